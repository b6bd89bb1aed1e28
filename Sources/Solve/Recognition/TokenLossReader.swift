import Foundation

/// Reads the loss a language model (or any classifier) gets from the probabilities it assigns
/// to the correct tokens: "assigns probabilities 0.5, 0.25 and 0.125 to the correct next token
/// at three successive positions" then "the average cross-entropy loss per token, in nats",
/// "the perplexity", the same in bits, and the loss of a uniform prediction over a stated
/// vocabulary.
///
/// The probabilities must be stated once, as probabilities of the correct (true, target)
/// token or class; the unit is nats unless the part says bits (or base 2). A sum rather than a
/// mean, or a unit the part leaves open beside a stated base, is not computed.
enum TokenLossReader {
    private static let probabilities = #"\bprobabilit(?:y|ies)(?:\s+of)?\s+((?:0?\.\d+|1(?:\.0+)?)(?:\s*,\s*(?:and\s+)?(?:0?\.\d+|1(?:\.0+)?)|\s+and\s+(?:0?\.\d+|1(?:\.0+)?))+)\s+to\s+the\s+(?:correct|true|target|right)\b"#

    static func read(_ reading: PartReading) -> Attempt {
        let part = reading.part
        let perplexity = part.firstMatch(#"\bperplexity\b"#) != nil
        let crossEntropy = part.firstMatch(#"\bcross[- ]entropy\b|\bnegative log[- ]likelihood\b|\bNLL\b|\bloss\b"#) != nil
        // ("Express your answer to (a) in bits": (a)'s loss, when (a) asks for the cross-entropy.)
        let restated = part.firstMatch(#"\b(?:express|convert|give|write)\b[^.?]*\b(?:your )?answer (?:to|from|of) (?:part )?\(([a-z])\)[^.?]*\bin bits\b"#)
            .flatMap { match in reading.segments.last { $0.label == match[1] } }
            .map { StatementText($0.text) }
        let restatesLoss = restated.map { $0.firstMatch(#"\bcross[- ]entropy\b|\bnegative log[- ]likelihood\b|\bloss\b"#) != nil && $0.firstMatch(#"\bperplexity\b|\buniform\b"#) == nil } == true
        guard perplexity || crossEntropy || restatesLoss else { return .notApplicable }
        // ("a model that predicts the uniform distribution over the vocabulary"; not weights
        // initialized from a uniform distribution, nor label smoothing spread uniformly.)
        let uniform = crossEntropy && !perplexity
            && part.firstMatch(#"\b(?:predicts?|predicting|outputs?|outputting|assigns?|assigning)\s+(?:a\s+|the\s+)?uniform\b|\buniform (?:prediction|guess|predictor|model)\b"#) != nil
            && part.firstMatch(#"\bsmooth\w*|\binitiali[sz]\w*|\bbelow\b|\babove\b|\bdifference\b|\bdecreas\w*|\bincreas\w*|\bcompared?\b|\bgap\b"#) == nil
        // (Only over the probabilities of correct tokens, or a uniform prediction: other losses are LossReader's.)
        let given = stated(reading)
        guard given != nil || uniform else { return .notApplicable }
        // ("A second model assigns probability 0.9 …", "if the model assigned probability 1 …", "a
        // loss of 2.0 nats": a part with numbers of its own asks of another setting; "at the first
        // position", "of the whole sequence": of some of the tokens, or their sum.)
        let size = uniform ? vocabulary(reading) : nil
        let vocabularyNumbers = size.map { [$0.0] } ?? []
        let ownNumbers = part.removing(#"\(\s*[a-z]\s*\)|\[\d+\s*(?:pts?|points?|marks?)?\]"#).text
            .matches(of: #/\d[\d,]*(?:\.\d+)?/#).compactMap { Double($0.output.replacingOccurrences(of: ",", with: "")) }
        if ownNumbers.contains(where: { number in !(uniform && vocabularyNumbers.contains(Int(number))) }) {
            return .failed("loss: the part writes numbers of its own, another setting than the probabilities stated")
        }
        if let some = part.firstMatch(#"\b(?:at|for|of|on) the (?:first|second|third|fourth|fifth|last|final|\d+(?:st|nd|rd|th)) (?:position|token|step|word|character|example)\b|\b(?:whole|entire|full) (?:sequence|sentence|text)\b|\bthis example\b"#) ?? (uniform ? nil : part.firstMatch(#"\bwould\b|\bif\b"#)) {
            return .failed("loss: '\(some[0])' asks of another quantity than the mean over the stated tokens")
        }
        if crossEntropy, !perplexity, !uniform, part.firstMatch(#"\baverage\b|\bmean\b|\bper (?:token|character|word|position|step)\b"#) == nil, !restatesLoss {
            return .failed("loss: the mean per token is not asked, and the sum is another number")
        }
        var finding = Finding(.loss)
        let bits = part.firstMatch(#"\bin bits\b|\bbits per\b|\bbase[- ]2\b|\blog_?2\b|\blog₂"#) != nil
        let nats = part.firstMatch(#"\bin nats\b|\bnats per\b|\bnatural log\w*\b|\bbase e\b|\bln\b"#) != nil
        if bits && nats { return .failed("loss: both bits and nats named") }
        // "the uniform distribution over the whole vocabulary": ln V.
        if uniform {
            guard let (size, phrase) = size else { return .failed("loss of a uniform prediction: the vocabulary's size is not stated") }
            finding.read("vocabulary", "\(size)", from: phrase)
            finding.note("a uniform prediction: each token has probability 1/\(size)")
            let loss = log(Double(size)) / (bits ? log(2.0) : 1)
            return finding.finish(.fixedValue(loss, name: "uniform_cross_entropy"))
        }
        if part.firstMatch(#"\btotal\b|\bsum\b|\bsummed\b"#) != nil { return .failed("loss: a total over the tokens, not the average per token, is asked") }
        guard let (values, phrase) = given else { return .notApplicable }
        finding.read("probabilities of the correct tokens", values.map { String($0) }.joined(separator: ", "), from: phrase)
        let mean = values.map { -log($0) }.reduce(0, +) / Double(values.count)
        // ("What is the perplexity of the model?" may name the loss it comes from too.)
        if perplexity {
            guard !crossEntropy || part.firstMatch(#"\b(?:what is|compute|find|give) the perplexity\b|\bperplexity of\b"#) != nil else {
                return .failed("loss: both the perplexity and the loss are named")
            }
            finding.note("perplexity = exp(mean cross-entropy in nats)")
            return finding.finish(.fixedValue(exp(mean), name: "perplexity"))
        }
        if bits { finding.note("in bits") } else { finding.note("in nats") }
        return finding.finish(.fixedValue(mean / (bits ? log(2.0) : 1), name: "mean_cross_entropy_of_correct_tokens"))
    }

    /// The probabilities of the correct tokens the part, its parent part (for a sub-part) or its
    /// statement states (the nearest first).
    private static func stated(_ reading: PartReading) -> ([Double], String)? {
        // (A sub-part that names another model, "the bigram model", "classifier A", "the first model
        // from (a)", asks of that one, not of its parent's probabilities.)
        let namesAnother = reading.part.firstMatch(#"\b(?:first|second|third|other|previous|earlier|original|bigram|trigram|unigram|n-gram|baseline)\b|\b(?:model|classifier|network|predictor)\s+[A-Z]\b|\b[A-Z]['’]s\b|\b(?:from|in|of)\s+(?:part\s+)?\([a-z]\)"#) != nil
        let texts = [reading.part, namesAnother ? nil : reading.parentPart, reading.problemStatement].compactMap { $0 }
        let found = texts.compactMap { $0.firstMatch(probabilities) }
        guard let match = found.first else { return nil }
        // ("0.7 and 0.2 to the correct class and to the most likely wrong class, respectively":
        // not all of them the correct token's.)
        if let sentence = (texts.lazy.flatMap(\.sentences).first { $0.contains(match[0]) }),
           StatementText(sentence).firstMatch(#"\brespectively\b|\bto the (?:correct|true|target|right) [\w ]{0,30}?\b(?:and|or) (?:to )?(?:the|a|an)\b"#) != nil { return nil }
        let values = match[1].split(whereSeparator: { !($0.isNumber || $0 == ".") }).compactMap { Double($0) }
        guard values.count >= 1, values.allSatisfy({ $0 > 0 && $0 <= 1 }) else { return nil }
        return (values, match[0])
    }

    /// The vocabulary's size: "a vocabulary of 30,000 tokens", or the rows of the one
    /// `nn.Embedding(V, d)` the part's statement or the problem it names writes.
    private static func vocabulary(_ reading: PartReading) -> (Int, String)? {
        let texts = [reading.part, reading.problemStatement] + [reading.crossReferenced].compactMap { $0 }
        for text in texts {
            if let match = text.firstMatch(#"\bvocabulary (?:size )?(?:of |is |= ?)?(\d[\d,]*)\b|\b(\d[\d,]*)[- ](?:token|word)s? vocabulary\b"#),
               let size = Int((match[1].isEmpty ? match[2] : match[1]).replacingOccurrences(of: ",", with: "")) {
                return (size, match[0])
            }
        }
        for text in texts {
            let embeddings = FrameworkCall.calls(in: text.text).filter { $0.name == "Embedding" }
            if embeddings.count == 1, let rows = embeddings[0].text.firstMatch(of: #/Embedding\(\s*(?:num_embeddings\s*=\s*)?(\d+)/#), let size = Int(rows.output.1) {
                return (size, embeddings[0].text)
            }
        }
        return nil
    }
}
