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
        // ("The feed-forward block is nn.Linear(512, 2048), ReLU, nn.Linear(2048, 512).": its layers
        // written as calls are counted as calls.)
        if !FrameworkCall.calls(in: part.text).isEmpty { return .notApplicable }
        // (One network's count, as written: not a total, a comparison, a change, or several layers.)
        if let other = part.firstMatch(#"\battention\b|\blayer ?norm|\bembedding|\b(?:encoder|decoder|transformer) (?:layer|block)s?\b|\bin total\b|\btotal\b|\bacross\b|\ball \d+\b|\b\d+ (?:layers|blocks)\b|\bmore\b|\bfewer\b|\bthan\b|\bfraction\b|\bpercent|\bif\b|\bdoubl\w*|\binstead\b|\bwere\b"#) {
            return .failed("feed-forward parameters: '\(other[0])' asks for more than the network's count")
        }
        let texts = [part, reading.problemStatement, reading.conventions]
        if let other = texts.lazy.compactMap({ $0.firstMatch(#"\b(?:three|four|gated|swiglu|geglu|glu)\b[^.]{0,40}\b(?:layers?|linear|feed-?\s?forward|FFN|units?|matri(?:x|ces))\b|\bW_\{?3\b|⊙|\bSiLU\b|\bSwish\b|\bwithout (?:the )?(?:second|output) (?:layer|projection)\b"#) }).first {
            return .failed("feed-forward parameters: '\(other[0])' is another network")
        }
        // (A width written as a multiple, "4 times the model dimension", "d_ff = 4·d_model", is not read.)
        let multiple = #"(?!\s*(?:[×x·*]|\\cdot|\\times|times|d_))"#
        let model = #"\bd_\{?\\?(?:text\{)?model\}?\}?\s*=\s*(\d+)\b"# + multiple + #"|\bmodel (?:width|dimension|size) (?:of |is |d_\{?model\}? = )?(\d+)\b"# + multiple
        let hidden = #"\bd_\{?\\?(?:text\{)?ff\}?\}?\s*=\s*(\d+)\b"# + multiple + #"|\b(?:hidden|inner|intermediate) (?:width|layer width) (?:of |is |d_\{?ff\}? = )?(\d+)\b"# + multiple + #"|\b(?:inner|intermediate) (?:dimension|size) (?:of |is |d_\{?ff\}? = )?(\d+)\b"# + multiple
        func stated(_ pattern: String) -> (Int, String)? {
            let values = texts.flatMap { $0.matches(pattern) }.compactMap { match in match.dropFirst().lazy.compactMap { Int($0) }.first.map { ($0, match[0]) } }
            guard let first = values.first, values.allSatisfy({ $0.0 == first.0 }) else { return nil }
            return first
        }
        guard let (width, widthPhrase) = stated(model), let (inner, innerPhrase) = stated(hidden), width >= 2, inner >= 2 else {
            return .failed("feed-forward parameters: the model width and the hidden width are not both stated")
        }
        var finding = Finding(.parameterCount)
        finding.note(asked)
        finding.note(network[0])
        finding.read("d_model", "\(width)", from: widthPhrase)
        finding.read("d_ff", "\(inner)", from: innerPhrase)
        // Biases as the part says, else as the sentence that describes the network says, else with
        // (linear layers have them); a bias rule about other layers is not this one's.
        let describing = reading.problemStatement.sentences.map(StatementText.init).filter { $0.firstMatch(#"\bfeed-?\s?forward\b|\bFFN\b|\bMLP\b"#) != nil }
        let stated = ([part] + describing).lazy.compactMap { ParameterPhrases.bias(in: $0) }.first
        let withoutBias = stated.map { !$0.value } ?? false
        finding.read("bias", withoutBias ? "no" : "yes", from: stated?.phrase ?? "")
        if stated == nil { finding.assume(0.95, "the linear layers' biases counted") }
        guard let total = try? Check.add(Check.multiply(Check.multiply(width, inner), 2), withoutBias ? 0 : Check.add(inner, width)) else {
            return .failed("feed-forward parameters: too large to count")
        }
        return finding.finish(.fixedCount(total, name: "param_count_feed_forward", family: .parameterCount))
    }
}
