/// Reads the parameter count of a Transformer block's position-wise feed-forward network: two
/// linear layers, `d_model → d_ff → d_model`, so `2·d_model·d_ff` weights and `d_ff + d_model`
/// biases. The widths must be stated ("model width d_model = 512", "hidden width 2048",
/// "d_ff = 2048"), and the biases said or left to the default of linear layers (with); a
/// network with another shape ("three layers", gated, "SwiGLU") is not read.
enum FeedForwardReader {
    static func read(_ reading: PartReading) -> Attempt {
        let part = reading.part
        guard let network = part.firstMatch(#"\bfeed-?\s?forward (?:network|sub-?layer|block|layer|part)\b|\bFFN\b|\bMLP (?:sub-?layer|block)\b"#),
              let asked = ModuleParameterReader.asksCount(part) else { return .notApplicable }
        let texts = [part, reading.problemStatement, reading.conventions]
        if let other = texts.lazy.compactMap({ $0.firstMatch(#"\b(?:three|four|gated|swiglu|geglu|glu)\b[^.]{0,40}\b(?:layers?|linear|feed-?\s?forward|FFN|units?)\b|\bwithout (?:the )?(?:second|output) (?:layer|projection)\b"#) }).first {
            return .failed("feed-forward parameters: '\(other[0])' is another network")
        }
        let model = #"\bd_\{?\\?(?:text\{)?model\}?\}?\s*=\s*(\d+)\b|\bmodel (?:width|dimension|size) (?:of |is |d_\{?model\}? = )?(\d+)\b"#
        let hidden = #"\bd_\{?\\?(?:text\{)?ff\}?\}?\s*=\s*(\d+)\b|\b(?:hidden|inner|intermediate) (?:width|dimension|size|layer width) (?:of |is |d_\{?ff\}? = )?(\d+)\b"#
        func stated(_ pattern: String) -> (Int, String)? {
            let values = texts.flatMap { $0.matches(pattern) }.compactMap { match in (Int(match[1]) ?? Int(match[2])).map { ($0, match[0]) } }
            guard let first = values.first, values.allSatisfy({ $0.0 == first.0 }) else { return nil }
            return first
        }
        guard let (width, widthPhrase) = stated(model), let (inner, innerPhrase) = stated(hidden) else {
            return .failed("feed-forward parameters: the model width and the hidden width are not both stated")
        }
        var finding = Finding(.parameterCount)
        finding.note(asked)
        finding.note(network[0])
        finding.read("d_model", "\(width)", from: widthPhrase)
        finding.read("d_ff", "\(inner)", from: innerPhrase)
        let withoutBias = texts.contains { $0.firstMatch(#"\bwithout bias(?:es)?\b|\bno bias(?:es)?\b|\bbias\s*=\s*False\b"#) != nil }
        if withoutBias { finding.read("bias", "no") } else { finding.read("bias", "yes") }
        let (weights, overflowA) = width.multipliedReportingOverflow(by: inner)
        let (both, overflowB) = weights.multipliedReportingOverflow(by: 2)
        guard !overflowA, !overflowB else { return .failed("feed-forward parameters: too large to count") }
        return finding.finish(.fixedCount(both + (withoutBias ? 0 : inner + width), name: "param_count_feed_forward", family: .parameterCount))
    }
}
