import Foundation

/// The modules of the one `nn.Sequential(…)` a problem writes, in order, and the module a
/// part points at: "right after `nn.MaxPool2d(2)`", "after the second convolution", "the
/// first linear layer". Nil where the statement writes no Sequential, several, or the part
/// names no module of it unambiguously.
struct SequentialModel: Sendable {
    /// The modules inside the Sequential, in order.
    let modules: [FrameworkCall]
    /// The index of the module the part points at.
    let target: Int
    /// The words that point at it.
    let phrase: String

    static let ordinals = ["first": 0, "second": 1, "third": 2, "fourth": 3, "fifth": 4]

    /// The kinds of module a part may name in words, and the calls of each.
    static let kinds: [(pattern: String, names: Set<String>)] = [
        (#"conv(?:olution)?(?:al)?(?: layer)?"#, ["Conv1d", "Conv2d", "Conv3d"]),
        (#"(?:max[- ]?)?pool(?:ing)?(?: layer)?"#, ["MaxPool1d", "MaxPool2d", "AvgPool1d", "AvgPool2d"]),
        (#"(?:linear|fully[- ]connected) layer"#, ["Linear"]),
    ]

    init?(_ reading: PartReading) {
        let sequentials = FrameworkCall.calls(in: reading.problemStatement.text).filter { $0.name == "Sequential" }
        guard sequentials.count == 1, let sequential = sequentials.first else { return nil }
        let inner = FrameworkCall.calls(in: sequential.text).filter { $0.name != "Sequential" }
        guard !inner.isEmpty else { return nil }
        modules = inner
        let part = reading.part
        // ("… after the second convolution if its padding were 0?": a model changed by the part is not this one.)
        guard part.firstMatch(#"\bif\b|\binstead\b|\breplac\w*|\bwere\b|\bchang\w*|\bremov\w*|\binsert\w*"#) == nil else { return nil }
        // "after the second convolution", "the last pooling layer".
        if let match = part.firstMatch(#"\b(first|second|third|fourth|fifth|last)\s+("# + Self.kinds.map(\.pattern).joined(separator: "|") + #")\b"#) {
            let word = match[2].lowercased()
            guard let kind = Self.kinds.first(where: { word.range(of: "^(?:" + $0.pattern + ")$", options: .regularExpression) != nil }) else { return nil }
            // ("the first max-pooling layer": a pooling of that kind only.)
            let names = word.hasPrefix("max") ? kind.names.filter { $0.hasPrefix("Max") } : kind.names
            let positions = inner.indices.filter { names.contains(inner[$0].name) }
            let ordinal = match[1].lowercased()
            guard let position = ordinal == "last" ? positions.last : Self.ordinals[ordinal].flatMap({ $0 < positions.count ? positions[$0] : nil }) else { return nil }
            target = position
            phrase = match[0]
            return
        }
        // "right after nn.MaxPool2d(2)": a call the Sequential writes once.
        let named = inner.indices.filter { part.text.contains(inner[$0].text) }
        guard named.count == 1, let index = named.first, inner.filter({ $0.text == inner[index].text }).count == 1,
              part.text.range(of: #"\bafter\s+`?"# + NSRegularExpression.escapedPattern(for: inner[index].text), options: .regularExpression) != nil
        else { return nil }
        target = index
        phrase = "after " + inner[index].text
    }

    /// The modules up to and including the target.
    var throughTarget: ArraySlice<FrameworkCall> { modules[...target] }
}
