/// Parts about a property the theory fixes, not a number to compute: a softmax is unchanged
/// when the same constant is added to every logit, and inverted dropout keeps each unit's
/// expected training output equal to its input (its test-time output).
///
/// A true-or-false claim is judged by whether it says the softmax changes or the expectation
/// equals the input; a multiple-choice part takes the one option that states the property.
/// A shift of only some logits, a scaling, a temperature, another dropout variant, a negation
/// the reading does not place, or options where the property is not stated exactly once leave
/// the part unanswered.
enum InvarianceReader {
    /// A judged true-or-false claim, if the claim is about one of the properties.
    static func judge(_ part: PartStatement) -> RecognizedAnswer? {
        let reading = PartReading(part)
        let claim = StatementText(PartReading.strippingLabel(part.text)).removing(#"^(?:\s*[(\[][^()\[\]\n]{0,25}[)\]])*\s*(?:true or false|true/false|T/F)\s*[:.,?]?\s*"#)
        if let shift = softmaxShift(in: claim, reading: reading) {
            // ("… does not change the softmax": the only negation is the one read.)
            let unchanged = claim.firstMatch(unchangedPattern)
            let rest = StatementText(unchanged.map { claim.text.replacingOccurrences(of: $0[0], with: " ") } ?? claim.text)
            guard rest.firstMatch(#"\bnot\b|n't\b|\bnever\b|\bno\b"#) == nil else { return nil }
            let changed = rest.firstMatch(#"\b(?:changes?|alters?|affects?|modif(?:y|ies))\b"#)
            switch (unchanged, changed) {
            case (let phrase?, nil): return answer(true, .activation, "softmax_shift_invariance", [shift, phrase[0]])
            case (nil, let phrase?): return answer(false, .activation, "softmax_shift_invariance", [shift, phrase[0]])
            default: return nil
            }
        }
        if let expectation = droppedExpectation(in: claim, reading: reading) {
            guard claim.firstMatch(#"\bnot\b|n't\b|\bnever\b|\bp\b|\bscal\w*|\bmultipl\w*|\bfactor\b|\bkeep probability\b|\bdrop rate\b"#) == nil,
                  let equals = claim.firstMatch(#"\bexpect\w*\b[^.?;]*\b(?:equals?|is equal to|is the same as|matches|=)\s+(?:its |the |their |each |that )?(?:corresponding |unit's |own )?(?:test[- ]time (?:output|value|activation)s?|(?:input |original |unscaled )?activations?|inputs?|(?:value|output)s? without dropout)\b"#)
            else { return nil }
            return answer(true, .dropout, "dropout_expected_output", [expectation, equals[0]])
        }
        return nil
    }

    /// The option that states the property, if the question is about one and exactly one of
    /// its options states it.
    static func choose(_ part: PartStatement) -> RecognizedAnswer? {
        guard part.options.count >= 2, let cut = Recognizer.optionsStart(part) else { return nil }
        let question = StatementText(String(part.text[..<cut]))
        let reading = PartReading(part)
        let options = part.options.map { StatementText($0.text.replacingOccurrences(of: "$", with: "")).text.trimmingSpaces }
        guard !options.contains(where: { StatementText($0).firstMatch(#"\bnone\b|\ball of\b|\bboth\b|\bneither\b"#) != nil }) else { return nil }
        if let shift = softmaxShift(in: question, reading: reading) {
            // "softmax(z)" alone restates the unshifted softmax of the question's own variable.
            let variable = question.firstMatch(#"softmax\s*\(\s*([a-z])\s*\+"#)?[1]
            let stating = options.indices.filter { index in
                let option = StatementText(options[index])
                if option.firstMatch(#"^(?:they |it |the \w+ )?(?:are |is )?(?:unchanged|(?:do|does|will)(?: not|n't) change|(?:stay|stays|remain|remains) (?:the same|unchanged))\s*\.?$"#) != nil { return true }
                if let variable, option.firstMatch(#"^softmax\s*\(\s*"# + variable + #"\s*\)\s*\.?$"#) != nil { return true }
                return false
            }
            guard stating.count == 1, let index = stating.first else { return nil }
            return answer(choice: part.options[index].label, .activation, "softmax_shift_invariance", [shift, "option (\(part.options[index].label)) \(options[index])"])
        }
        if let expectation = droppedExpectation(in: question, reading: reading) {
            // "(1 − p) a_i", "a_i", "a_i/(1 − p)", "p a_i": the option that is the activation alone.
            let bare = options.indices.filter { options[$0].wholeMatch(of: #/[a-zA-Z](?:_\{?[a-zA-Z0-9]{1,3}\}?)?\.?/#) != nil }
            guard bare.count == 1, let index = bare.first else { return nil }
            let symbol = options[index].filter { $0 != "." }
            guard question.text.contains(symbol), options.indices.allSatisfy({ $0 == index || options[$0].contains(symbol) }) else { return nil }
            return answer(choice: part.options[index].label, .dropout, "dropout_expected_output", [expectation, "option (\(part.options[index].label)) \(symbol)"])
        }
        return nil
    }

    static let unchangedPattern = #"\b(?:does|do|will|would)(?: not|n't) (?:change|alter|affect)\b|\bunchanged\b|\b(?:stays?|remains?) (?:the same|unchanged)\b|\binvariant\b|=\s*softmax\s*\(\s*[a-z]\s*\)\s*\.?\s*$"#

    /// "adding 5 to every logit", "a constant c is added to every score", "softmax(z + 100 · 1)":
    /// the same constant added to every input of a softmax (named in the text or its problem).
    private static func softmaxShift(in text: StatementText, reading: PartReading) -> String? {
        // (A cross-entropy of logits is a softmax's too; one of a sigmoid or a binary label is not.)
        let softmaxLoss = text.firstMatch(#"\bcross[- ]entropy\b"#) != nil && text.firstMatch(#"\blogits?\b"#) != nil
            && text.firstMatch(#"\bsigmoid\b|\bbinary\b|\bBCE\b"#) == nil && reading.problemStatement.firstMatch(#"\bsigmoid\b|\bbinary\b"#) == nil
        guard text.firstMatch(#"\bsoftmax\b"#) != nil || reading.problemStatement.firstMatch(#"\bsoftmax\b"#) != nil || softmaxLoss else { return nil }
        guard text.firstMatch(#"\bmultipl\w*|\bscal(?:e|ed|es|ing)\b|\btemperature\b|\bdivid\w*|\bone (?:of the )?(?:logits?|scores?)\b|\bsingle\b|\bonly\b|\bexponent\w*\b|\bsubtract\w*"#) == nil else { return nil }
        // What is said to change or not must be the softmax's ("… changes the sigmoid outputs"
        // or "… changes the logits" is another claim).
        guard text.firstMatch(#"\bsoftmax\b|\bprobabilit\w*|\bcross[- ]entropy\b|\battention weights\b"#) != nil,
              text.firstMatch(#"\bsigmoid\b|\btanh\b|\bReLU\b|\bargmax\b|\bthe logits themselves\b"#) == nil else { return nil }
        if let words = text.firstMatch(#"\b(?:add(?:s|ed|ing)?|plus)\b[^.?;]{0,50}?\bto (?:every|all(?: of)?|each)(?: (?:of )?(?:the|its))? (?:[\w-]+ ){0,2}?(?:logits?|scores?|entr(?:y|ies)|components?|inputs?|elements?|coordinates?)\b"#) {
            return words[0]
        }
        if let formula = text.firstMatch(#"softmax\s*\(\s*[a-z]\s*\+\s*(\d+(?:\.\d+)?|c)(?:\s*[·⋅*]?\s*(?:1|𝟏|𝟙|\\mathbf\{1\}|\\mathbb\{1\}))?\s*\)"#) {
            // A letter added is a constant only when the text calls it one.
            if formula[1].lowercased() == "c", text.firstMatch(#"\bconstant\b"#) == nil { return nil }
            return formula[0]
        }
        return nil
    }

    /// "with inverted dropout, the expected training-time output …": an expectation under
    /// inverted dropout, the variant named in the text or its problem and no other named.
    private static func droppedExpectation(in text: StatementText, reading: PartReading) -> String? {
        guard let expected = text.firstMatch(#"\bexpect(?:ed|ation)\b"#) else { return nil }
        let standard = #"\b(?:standard|vanilla|original|non-inverted|classic) dropout\b|\bno (?:re)?scaling (?:during|in) training\b"#
        for source in [text, reading.problemStatement] {
            guard source.firstMatch(standard) == nil else { return nil }
            if let inverted = source.firstMatch(#"\binverted dropout\b"#) { return inverted[0] + " … " + expected[0] }
        }
        return nil
    }

    private static func answer(_ verdict: Bool, _ family: SolverFamily, _ solver: String, _ evidence: [String]) -> RecognizedAnswer {
        RecognizedAnswer(answer: .text(verdict ? "true" : "false"), family: family, solver: solver, parameters: ["claim": verdict ? "true" : "false"],
                         confidence: 0.9, evidence: evidence.joined(separator: "; "))
    }

    private static func answer(choice label: String, _ family: SolverFamily, _ solver: String, _ evidence: [String]) -> RecognizedAnswer {
        RecognizedAnswer(answer: .choice(label), family: family, solver: solver, parameters: ["option": label], confidence: 0.9,
                         evidence: evidence.joined(separator: "; "))
    }
}
