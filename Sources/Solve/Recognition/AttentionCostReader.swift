/// The multiply–accumulate operations of the attention scores `QKᵀ` of one sequence, summed
/// over every head: h heads of width d_k = d_model/h each take n·n·d_k, n²·d_model in all.
///
/// The model width comes from the `nn.MultiheadAttention(embed_dim, num_heads)` the part or its
/// statement writes, else a stated `d_model`; the sequence length n from the part ("one sequence
/// of 128 tokens", "n = 100"), else its statement. The part must ask for the scores alone and for
/// every head ("summed over all heads", "of all 8 heads"); a head count it states must be the
/// layer's. Anything else is left to the other readers or unanswered.
enum AttentionCostReader {
    static func read(_ reading: PartReading) -> Attempt {
        let part = reading.part
        guard let asked = part.firstMatch(#"\bmultiply[-–‐ ]accumulate\w*|\bMACs?\b"#),
              let scores = part.firstMatch(#"\bscores?\b|\bscore matri(?:x|ces)\b|\bQ_?i?\s*K_?i?\s*\^?\s*(?:T|⊤|\\top)"#) else { return .notApplicable }
        guard let all = part.firstMatch(#"\b(?:summed|added|total(?:led)?) over (?:all|every|the) (?:\d+ )?heads\b|\b(?:of|for|across) (?:all|every|the) (?:\d+ )?heads\b|\ball (\d+) heads\b"#) else {
            return .failed("attention MACs: whether one head or all heads is asked is not read")
        }
        var finding = Finding(.operationCount)
        finding.note(asked[0])
        finding.note(scores[0])
        finding.note(all[0])
        // The model width and the heads.
        let calls = FrameworkCall.calls(in: part.text + "\n" + reading.problemStatement.text).filter { $0.name == "MultiheadAttention" }
        var width: Int?, heads: Int?
        if calls.count == 1, let call = calls.first, case .multiheadAttention(let embedding, let count, _)? = try? call.module() {
            (width, heads) = (embedding, count)
            finding.read("module", call.text)
        } else if calls.isEmpty, let stated = [part, reading.problemStatement].lazy.compactMap({ $0.firstMatch(#"\bd_\{?model\}?\s*=\s*(\d+)\b"#) }).first {
            width = Int(stated[1])
            finding.read("d_model", stated[1])
        }
        guard let width else { return .failed("attention MACs: the model width is not stated") }
        let statedHeads = part.matches(#"\b(?:all|the) (\d+) heads\b|\b(\d+) heads\b"#).compactMap { Int($0[1]) ?? Int($0[2]) }
        if let count = statedHeads.first {
            guard Set(statedHeads).count == 1, heads == nil || heads == count else { return .failed("attention MACs: \(count) heads stated, the layer has \(heads!)") }
            guard width % count == 0 else { return .failed("attention MACs: \(width) is not split evenly over \(count) heads") }
        }
        guard let length = sequenceLength(reading) else { return .failed("attention MACs: the sequence length is not stated, or several are") }
        finding.read("sequence length", "\(length)")
        guard let total = try? Check.multiply(Check.multiply(length, length), width) else { return .failed("attention MACs: too large to count") }
        return finding.finish(.fixedCount(total, name: "macs_attention_scores", family: .operationCount))
    }

    /// The sequence length: the part's, else the statement's (one stated length only).
    static func sequenceLength(_ reading: PartReading) -> Int? {
        let lengthPattern = #"\bn\s*=\s*(\d+)\b|\bsequence of (?:length (?:n\s*=\s*)?)?(\d+)(?: tokens)?\b|\b(\d+) tokens\b"#
        for text in [reading.part, reading.problemStatement] {
            let found = Set(text.matches(lengthPattern).compactMap { Int($0[1]) ?? Int($0[2]) ?? Int($0[3]) })
            if found.isEmpty { continue }
            return found.count == 1 ? found.first : nil
        }
        return nil
    }

    /// "For one example with a sequence of length 128, how many entries does the attention
    /// weight tensor have, counting all heads?": one n × n matrix of weights per head, for one
    /// sequence. The heads come from the `nn.MultiheadAttention` the part or its statement
    /// writes; the part must say one head or all heads, and one sequence (a batch is not read).
    static func readWeightEntries(_ reading: PartReading) -> Attempt {
        let part = reading.part
        guard let asked = part.firstMatch(#"\bhow many (?:entries|elements|numbers|values)\b[^?]*\battention (?:weights?|probabilit(?:y|ies)|scores?)(?: (?:tensor|matri(?:x|ces)|array))?\b|\b(?:number|count) of (?:entries|elements)\b[^?]*\battention (?:weights?|scores?)\b"#)
        else { return .notApplicable }
        var finding = Finding(.operationCount)
        finding.note(asked[0])
        // (A mask, or a question of which entries are zero, asks for another count.)
        if let other = part.firstMatch(#"\bmask\w*|\bcausal\b|\bnon-?zero\b|\bzeros?\b|\bsparse\b|\bwindow\w*|\blocal\b"#) {
            return .failed("attention weight entries: '\(other[0])' asks for another count")
        }
        guard part.firstMatch(#"\bbatch\b"#) == nil || part.firstMatch(#"\bbatch (?:size )?of (?:one|1)\b"#) != nil,
              part.firstMatch(#"\b(?:one|a single) (?:example|sequence|input|sentence)\b"#) != nil else {
            return .failed("attention weight entries: the part does not ask of one sequence")
        }
        let calls = FrameworkCall.calls(in: part.text + "\n" + reading.problemStatement.text).filter { $0.name == "MultiheadAttention" }
        let perHead = part.firstMatch(#"\b(?:one|a single|each|per) head\b|\b(?:each|one|any) of the (?:\d+ )?heads\b"#)
        let allHeads = part.firstMatch(#"\b(?:counting|over|across|for|of) (?:all|every) (?:\d+ )?heads\b|\b(?:counting|over|across|summed over) the (?:\d+ )?heads\b|\ball (?:\d+ )?heads\b"#)
        let heads: Int
        switch (perHead, allHeads) {
        case (.some, nil):
            heads = 1
        case (nil, .some(let all)):
            guard calls.count == 1, case .multiheadAttention(_, let count, _)? = try? calls[0].module() else {
                return .failed("attention weight entries: the number of heads is not read")
            }
            finding.read("module", calls[0].text, from: all[0])
            heads = count
        default:
            return .failed("attention weight entries: whether one head or all heads is asked is not read")
        }
        guard let length = sequenceLength(reading) else { return .failed("attention weight entries: the sequence length is not stated, or several are") }
        finding.read("sequence length", "\(length)")
        guard let total = try? Check.multiply(Check.multiply(length, length), heads) else { return .failed("attention weight entries: too large to count") }
        return finding.finish(.fixedCount(total, name: "attention_weight_entries", family: .operationCount))
    }
}
