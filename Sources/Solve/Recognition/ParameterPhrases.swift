/// The phrases that give a layer's hyperparameters: stride, padding, whether the kernel
/// is flipped, bias, window size.
enum ParameterPhrases {
    /// Zero padding as a statement gives it.
    enum PaddingValue: Sendable, Hashable {
        case amount(Int)
        /// "same" padding: `(k − 1)/2` for an odd kernel at stride 1.
        case same
    }

    private static let count = NumberWords.pattern

    /// Every stride the text states, with the phrase.
    static func strides(in text: StatementText) -> [(value: Int, phrase: String)] {
        var found: [(Int, String)] = []
        let patterns = [
            #"\bstrides?\s*(?:of\s+|=\s*|:\s*|is\s+|[sS](?:_\w+)?\s*=\s*)?(\d+)\b"#,
            #"\bstride-(\d+)\b"#,
            #"\bstrides?\s+(?:of\s+|is\s+)?(one|two|three|four|five|six|seven|eight)\b"#,
        ]
        for pattern in patterns {
            for match in text.matches(pattern) {
                if let value = NumberWords.value(match[1]) { found.append((value, match[0])) }
            }
        }
        for match in text.matches(#"\b(?:unit stride|all strides (?:are|equal) 1)\b"#) { found.append((1, match[0])) }
        return found
    }

    /// Every dilation the text states, with the phrase: "a dilation of 2", "dilation=2", "dilated by 2".
    static func dilations(in text: StatementText) -> [(value: Int, phrase: String)] {
        text.matches(#"\bdilation(?:\s+rate)?\s*(?:of\s+|=\s*|:\s*|is\s+)?(\d+)\b|\bdilated by (\d+)\b|\b(\d+)-dilated\b"#).compactMap { match in
            (Int(match[1]) ?? Int(match[2]) ?? Int(match[3])).map { ($0, match[0]) }
        }
    }

    /// Every padding the text states, with the phrase.
    static func paddings(in text: StatementText) -> [(value: PaddingValue, phrase: String)] {
        var found: [(PaddingValue, String)] = []
        // "(valid)", ", valid,": the 'valid' mode of a convolution is no padding.
        for match in text.matches(#"\b(?:no|without(?: any)?) (?:zero[- ]?)?padding\b|\bvalid padding\b|\bunpadded\b|\bnot padded\b|[(,]\s*[“"']?valid[”"']?\s*[),]"#) {
            found.append((.amount(0), match[0]))
        }
        let patterns = [
            #"\b(?:zero[- ]?)?padding\s*(?:of\s+(?:width\s+|size\s+)?|=\s*|:\s*|is\s+|[pP]\s*=\s*)?(\d+)\b"#,
            // ("zero-padding of one on each side")
            #"\b(?:zero[- ]?)?padding\s+(?:of\s+(?:width\s+|size\s+)?|is\s+)(one|two|three|four)\b"#,
            #"\bpad(?:ded|s)?\b[^.;]{0,60}?\b(?:width|size|thickness)\s+(?:of\s+)?(\d+|one|two|three)\b"#,
            #"\bpad(?:ded|s)?\b[^.;]{0,40}?\bwith\s+(\d+|one|two|three|a(?:\s+single)?|one\s+single)\s+(?:zeros?|pixels?|rows?)\b"#,
            #"\b(?:zero[- ])?pad(?:ded|s)?\s+(?:\w+\s+)?by\s+(\d+|one|two|three)\b(?!\s*[×x])"#,
            #"\b(\d+|one|two|three)[- ](?:pixels?|zeros?|cells?) of (?:zero[- ]?)?padding\b"#,
        ]
        for pattern in patterns {
            for match in text.matches(pattern) {
                // "with a single zero on each side": one.
                let written = match[1].lowercased()
                let amount = written.hasPrefix("a") || written.hasSuffix("single") ? 1 : NumberWords.value(match[1])
                if let amount { found.append((.amount(amount), match[0])) }
            }
        }
        for match in text.matches(#"\bsame padding\b|\bpadding\s*=\s*["'“]?same\b"#) { found.append((.same, match[0])) }
        return found
    }

    /// "cross-correlation (no kernel flip)", "without flipping the kernel", "the filter is never flipped".
    static let negatedFlip = #"\b(?:not|never|without|no)\s+(?:be\s+)?(?:(?:the|a|any|kernel|filter|mask|weights?|its)\s+){0,2}(?:flipped|flipping|flips?)\b|\b(?:kernel|filter) is not flipped\b|\bunflipped\b"#
    /// "flip the kernel", "rotated by 180", "the true (signal-processing) convolution".
    static let positiveFlip = #"\b(?:flip(?:ped|s|ping)?|rotated? (?:by )?180)\b|\btrue\s+(?:\([^()]{1,30}\)\s+)?convolution\b|\bsignal[- ]processing convolution\b|\bmathematical convolution\b"#

    /// A clause naming an exception to the rule it follows: "unless a part asks for …", "except
    /// where stated" (up to its comma, colon or the end of the sentence).
    static let exception = #"\b(?:unless|except (?:where|when|if|in))\b[^.;,:]*"#

    /// Cross-correlation or true convolution, from "not flipped"/"flip the kernel"/
    /// "cross-correlation"; nil when the text does not say.
    static func mode(in written: StatementText) -> (mode: Convolution.Mode, phrase: String)? {
        // ("… means cross-correlation unless a part explicitly asks for a true (flipped)
        // convolution": the exception a clause names is not the rule.)
        let text = written.removing(exception)
        if let match = text.firstMatch(negatedFlip) {
            return (.crossCorrelation, match[0])
        }
        if let match = text.firstMatch(positiveFlip) {
            return (.trueConvolution, match[0])
        }
        if let match = text.firstMatch(#"\bcross[- ]\)?\s*correlat\w*"#) { return (.crossCorrelation, match[0]) }
        return nil
    }

    /// A text that says a kernel is not flipped and also names a flip ("PyTorch's nn.Conv1d never
    /// flips its kernel, but a true convolution does. Compute the true convolution of x with w."):
    /// the kind its request sentence names, or `.undecided` when that sentence does not settle it.
    enum Conflict { case decided(Convolution.Mode, String), undecided(String) }

    static func conflict(in text: StatementText) -> Conflict? {
        guard let negated = text.firstMatch(negatedFlip), text.removing(negatedFlip).firstMatch(positiveFlip) != nil else { return nil }
        let request = text.text.split(separator: #/[.;?!]\s+/#).last { $0.firstMatch(of: #/^\s*(?i:compute|find|give|apply|evaluate|calculate|determine|what is)\b/#) != nil }
        if let request, case let sentence = StatementText(String(request)), sentence.firstMatch(negatedFlip) == nil || sentence.removing(negatedFlip).firstMatch(positiveFlip) == nil,
           let found = mode(in: sentence) {
            return .decided(found.mode, found.phrase)
        }
        return .undecided(negated[0])
    }

    /// Whether `text` is a notation naming both kinds: "true convolution" (or "mathematical",
    /// "signal-processing") and "cross-correlation".
    static func namesBothModes(_ text: StatementText) -> Bool {
        let text = text.removing(exception)
        return text.firstMatch(#"\b(?:true|mathematical|signal[- ]processing)\s+(?:\([^()]{1,30}\)\s+)?convolution\b"#) != nil && text.firstMatch(#"\bcross[- ]\)?\s*correlat"#) != nil
    }

    /// The kind a part asks for under `notation`, which names both: the kind the notation gives
    /// the operator the part writes ("x * w denotes true convolution"), else the part's word
    /// ("the convolution" is the flipped kind the notation calls convolution). Nil when the
    /// part uses neither, or speaks of a network's layer.
    static func notatedMode(of part: StatementText, under notation: StatementText) -> (mode: Convolution.Mode, phrase: String)? {
        let kinds = #"(true convolution|mathematical convolution|signal[- ]processing convolution|convolution|cross[- ]correlation|correlation)"#
        for (sign, written) in [(#"(?:⋆|\\star)"#, "⋆"), (#"(?:\*|∗|\\ast)"#, "*")] {
            guard part.firstMatch(#"\b[A-Za-z]\w*\s*"# + sign + #"\s*[A-Za-z]\b"#) != nil,
                  let defined = notation.firstMatch(#"\b[A-Za-z]\w*\s*"# + sign + #"\s*[A-Za-z]\w*\s+(?:denotes|means|is|stands for|for)\s+(?:the\s+)?"# + kinds) else { continue }
            return (defined[1].lowercased().contains("correlation") ? .crossCorrelation : .trueConvolution, "\(written) denotes \(defined[1])")
        }
        // (Not a network's "convolutional layer", which is cross-correlation whatever the notation.)
        if let word = part.firstMatch(#"\b(?:convolution|convolve[sd]?)\b"#), part.firstMatch(ConvolutionReader.networkFraming) == nil {
            return (.trueConvolution, word[0])
        }
        return nil
    }

    /// Whether biases are counted: "including biases" → true, "without bias" → false.
    static func bias(in text: StatementText) -> (value: Bool, phrase: String)? {
        if let match = text.firstMatch(#"\b(?:without|no|excluding|ignor(?:e|ing)|not counting|bias-free|neither has a)\s+(?:the\s+|any\s+)?bias(?:es|-free)?\b|\bneither(?:\s+of\s+them|\s+layer|\s+convolution|\s+one)?,?\s+(?:with|has|having|uses|carries)\s+(?:a\s+|any\s+)?bias(?:es)?\b|\bbias\s*=\s*false\b|\bno bias terms?\b|\bdo(?:n['’]t| not) count (?:the\s+|any\s+)?bias(?:es)?\b|\b(?:no|none of the)\s+(?:layers?|convolutions?|modules?|units?)\s+(?:has|have|uses?|carr(?:y|ies))\s+(?:a\s+|any\s+)?bias(?:es| terms?)?\b"#) {
            return (false, match[0])
        }
        if let match = text.firstMatch(#"\b(?:including|with|plus|and|counting|include)\s+(?:the\s+|its\s+|their\s+|one\s+)?bias(?:es| terms?)?\b|\bweights? and bias(?:es)?\b|\bbias per\b"#) {
            return (true, match[0])
        }
        // "Every convolution and the linear layer has a bias" (not "Not every layer has a bias", nor
        // one with exceptions).
        if let match = text.firstMatch(#"\b(?:every|each|all)\b[^.;]{0,40}\b(?:has|have) (?:a |its own )?bias(?:es)?\b"#),
           let sentence = text.sentences.first(where: { $0.contains(match[0]) }),
           StatementText(sentence).firstMatch(#"\bnot\b|\bexcept\b|\bbut\b|\bonly\b|\bnone\b|\bunless\b"#) == nil {
            return (true, match[0])
        }
        return nil
    }

    /// A square size written `k × k`, `k×k` or `k x k` at the start of `text`'s matches.
    static let squarePattern = #"(\d+)\s*[×x]\s*(\d+)"#

    /// A count (digits or words) from a captured group.
    static func number(_ text: String) -> Int? { NumberWords.value(text) }

    /// The regex fragment for a count.
    static var countPattern: String { count }
}
