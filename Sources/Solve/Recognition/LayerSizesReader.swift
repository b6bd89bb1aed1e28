/// Reads parameter counts of a fully connected network given by its layer sizes:
/// "an MLP with layer sizes 784 → 256 → 128 → 10", then "How many parameters does its first
/// layer have?" or "… does the whole network have?".
///
/// Each arrow is one `nn.Linear` with its bias unless the text says there is none. A part
/// that names no layer and not the whole network, or names a layer the chain lacks, is not
/// computed.
enum LayerSizesReader {
    static func read(_ reading: PartReading) -> Attempt {
        guard let asks = reading.part.firstMatch(#"\bhow many\b[^.?]*\b(?:parameters|weights)\b|\bnumber of (?:learnable |trainable )?(?:parameters|weights)\b|\bparameter count\b"#)?[0] else {
            return .notApplicable
        }
        // ("A classmate swaps the first layer for an LSTM layer …": another layer than the chain's.)
        // ("… followed by an nn.BatchNorm1d of matching width": a module inside a word, or any call but Linear.)
        if reading.part.firstMatch(#"\bLSTM\b|\bGRU\b|\bRNN\b|\bconv\w*|\battention\b|\bembedding\b|\bnorm\w*|[A-Za-z]+Norm\w*|\bswap\w*|\breplac\w*|\binstead\b"#) != nil
            || FrameworkCall.calls(in: reading.part.text).contains(where: { $0.name != "Linear" }) {
            return .notApplicable
        }
        // ("Each hidden layer is now created with bias=False …; the output layer is unchanged. How
        // many parameters does the network have now?": a changed network, whatever layer it names.)
        if let change = reading.part.firstMatch(#"\b(?:is|are) now\b|\bunchanged\b|\bfollowed by\b|\bnow created\b|\bhave now\b|\bhas now\b"#) {
            return .failed("\(asks): '\(change[0])' changes the network, which is not counted")
        }
        let sources = [reading.part] + (reading.parentPart.map { [$0] } ?? []) + [reading.problemStatement]
        guard let (sizes, phrase, source) = sources.lazy.compactMap({ text in chain(in: text).map { ($0.0, $0.1, text) } }).first else { return .notApplicable }
        guard source.firstMatch(#"\bMLP\b|\bmulti-?layer perceptron\b|\bfully[- ]connected\b|\bdense\b|\blinear layers?\b|\blayer sizes\b|\bfeed-?forward\b"#) != nil else {
            return .notApplicable
        }
        var finding = Finding(.parameterCount)
        finding.note(asks)
        finding.read("layer sizes", sizes.map(String.init).joined(separator: " → "), from: phrase)
        let bias = sources.allSatisfy { $0.firstMatch(#"\b(?:no|without)\s+(?:any\s+)?bias(?:es)?\b|\bbias\s*=\s*False\b"#) == nil }
        if !bias { finding.read("bias", "none") }
        let layers = zip(sizes, sizes.dropFirst()).map { FrameworkModule.linear(inputs: $0, outputs: $1, bias: bias) }
        let ordinals = ["first": 0, "second": 1, "third": 2, "fourth": 3, "fifth": 4]
        if let named = reading.part.firstMatch(#"\b(first|second|third|fourth|fifth|last|output|hidden)\s+(?:(?:linear|dense|fully[- ]connected|weight)\s+)?layer\b"#) {
            let word = named[1].lowercased()
            let index: Int
            switch word {
            case "last", "output": index = layers.count - 1
            case "hidden":
                guard layers.count == 2 else { return .failed("\(named[0]): the chain has \(layers.count - 1) hidden layers") }
                index = 0
            default:
                guard let position = ordinals[word], position < layers.count else { return .failed("\(named[0]): the chain has \(layers.count) layers") }
                index = position
            }
            finding.read("layer", "\(index + 1) of \(layers.count)", from: named[0])
            return finding.finish(.parameterCountModule(layers[index]))
        }
        if let whole = reading.part.firstMatch(#"\b(?:whole|entire|full)\s+(?:network|model|MLP)\b|\bin total\b|\ball (?:the )?layers\b|\btotal\b|\bthe (?:network|model|MLP) have\b"#) {
            finding.read("layers", "all \(layers.count)", from: whole[0])
            return finding.finish(.parameterCountModule(.group(layers)))
        }
        return .failed("\(asks): which layer of \(sizes.map(String.init).joined(separator: " → ")) is not stated")
    }

    /// "784 → 256 → 128 → 10", "784-256-10" after "sizes": three or more sizes.
    private static func chain(in text: StatementText) -> ([Int], String)? {
        let arrows = #"\b(\d+)((?:\s*(?:→|->|\\to|⟶)\s*\d+){2,})\b"#
        guard let match = text.firstMatch(arrows), let first = Int(match[1]) else { return nil }
        let rest = match[2].split(whereSeparator: { !$0.isNumber }).compactMap { Int($0) }
        return ([first] + rest, match[0])
    }
}
