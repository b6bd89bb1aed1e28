import Foundation

/// The number of features a flattening hands to the linear layer after it, when a listing of
/// modules leaves it as a symbol: "1 nn.Conv2d(3, 16, 3, padding=1) 2 nn.MaxPool2d(2) …
/// 5 nn.Flatten() 6 nn.Linear(D, 10)" on "3 × 32 × 32 images" makes D = 32·8·8 = 2048.
///
/// Only for modules listed in a stated order, every one before the flattening a shaped or
/// shape-preserving module, on a stated input, and a symbol the text gives no value.
struct FlattenedFeatures: Sendable, Hashable {
    /// The symbol, as written (`D`).
    let symbol: String
    var value: Int
    /// The call that writes it, and the same call with the value in its place.
    let call: String
    var resolved: String
    /// The modules and input the value follows from.
    let phrase: String
    /// The channels before the flattening: the value when global average pooling replaces it.
    let channels: Int
    /// The flattening's row number in a numbered list, if it has one.
    let flattenRow: Int?

    init?(in context: String) {
        let calls = FrameworkCall.calls(in: context)
        guard let index = calls.firstIndex(where: { $0.name == "Linear" }), index >= 1, calls[index - 1].name == "Flatten",
              let symbol = calls[index].positional.first ?? calls[index].keywords["in_features"],
              symbol.wholeMatch(of: #/[A-Za-z](?:_?[A-Za-z0-9]){0,6}/#) != nil, !["True", "False", "None"].contains(symbol) else { return nil }
        let escaped = NSRegularExpression.escapedPattern(for: symbol)
        // ("D = 512", "D is 512": a symbol the text gives a value is not left to be worked out.)
        guard context.range(of: #"(?<![\w.])"# + escaped + #"\s*(?:=|:=|is|equals)\s*\d"#, options: .regularExpression) == nil else { return nil }
        let text = StatementText(context).sizesInDigits
        // ("… 3 × 32 × 32 images resized to 3 × 64 × 64": an input stated twice is not read.)
        guard NamedModules.orderStated(in: text), text.firstMatch(#"\b(?:resiz\w*|rescal\w*|crop\w*|upsampl\w*|downsampl\w*|interpolat\w*|padded)\b"#) == nil,
              let (input, _, phrase) = LayerStackReader.inputShape(text) else { return nil }
        var shape = input
        for call in calls[..<(index - 1)] {
            if ModuleShapeReader.shapeless.contains(call.name) { continue }
            guard ModuleShapeReader.shaped.contains(call.name), let (layer, channels) = try? call.layer(),
                  channels == nil || channels == shape.channels, let next = try? shape.applying(layer) else { return nil }
            shape = next
        }
        guard let value = try? Check.multiply(Check.multiply(shape.channels, shape.height), shape.width), value > 0 else { return nil }
        self.symbol = symbol
        self.value = value
        call = calls[index].text
        resolved = calls[index].setting("in_features", to: String(value)).text
        self.phrase = "\(phrase), flattened after " + calls[..<(index - 1)].map(\.text).joined(separator: " → ")
            + ": \(shape.channels)·\(shape.height)·\(shape.width)"
        channels = shape.channels
        let flatten = calls[index - 1].text
        flattenRow = NamedModules.numbered(in: context).first { $0.call == flatten }
            .flatMap { Int($0.name.split(separator: " ").last ?? "") }
    }

    /// "Layer 5 is replaced by global average pooling followed by flattening, and D is changed
    /// accordingly": the flattening replaced by global average pooling leaves one feature per
    /// channel. Nil for any other change.
    func afterGlobalPooling(in part: String) -> FlattenedFeatures? {
        let named = flattenRow.map { #"(?:[Ll]ayer|[Mm]odule|[Rr]ow)\s+"# + String($0) } ?? #"(?:the\s+)?(?:nn\.Flatten\(\)|flatten(?:ing)?(?:\s+layer)?)"#
        guard part.range(of: #"\b"# + named + #"\s+is\s+replaced\s+(?:by|with)\s+(?:a\s+)?(?:global\s+average\s+pooling|nn\.AdaptiveAvgPool2d\(\s*1\s*\))"#, options: .regularExpression) != nil,
              part.range(of: #"(?<![\w.])"# + NSRegularExpression.escapedPattern(for: symbol) + #"\s+is\s+(?:changed|adjusted|updated)\s+accordingly\b"#, options: .regularExpression) != nil else { return nil }
        var changed = self
        changed.value = channels
        changed.resolved = FrameworkCall.calls(in: call).first?.setting("in_features", to: String(channels)).text ?? call
        return changed
    }

    /// Whether a part's own text writes the symbol: such a part speaks of it ("D is changed
    /// accordingly"), and its modules are not read with the value in place.
    func isNamed(in part: String) -> Bool {
        part.range(of: #"(?<![\w.])"# + NSRegularExpression.escapedPattern(for: symbol) + #"(?![\w(])"#, options: .regularExpression) != nil
    }

    /// "What must D be?", "Find the value of D.": the value, when the part asks nothing else.
    static func read(_ reading: PartReading) -> Attempt {
        guard let features = reading.flattenedFeatures else { return .notApplicable }
        let symbol = NSRegularExpression.escapedPattern(for: features.symbol)
        guard let asks = reading.part.firstMatch(#"^\W*(?:what (?:must|should|is|will) (?:the value of )?"# + symbol + #"(?: be)?|(?:find|determine|give|compute) (?:the value of )?"# + symbol + #")\s*[?.]?\s*$"#) else {
            return .notApplicable
        }
        var finding = Finding(.outputShape)
        finding.note(asks[0])
        finding.read("flattened", features.phrase)
        return finding.finish(.fixedCount(features.value, name: "flattened_features", family: .outputShape))
    }
}
