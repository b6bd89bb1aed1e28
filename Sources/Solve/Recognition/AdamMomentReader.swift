/// Reads a part that asks for Adam's moment estimates of one weight: "the first-moment estimate
/// m_1", "the second-moment estimate v_1", "the raw (uncorrected) moment estimates m_1 and v_1",
/// "the bias-corrected m̂_2". The gradients are those the statement gives one per step
/// (`g_1 = 0.5`, or a table of steps), β₁ and β₂ as stated (never assumed); the step is the
/// names' index, the same for every estimate asked.
enum AdamMomentReader {
    static func read(_ reading: PartReading) -> Attempt {
        let texts = [reading.part] + [reading.parentPart].compactMap { $0 } + [reading.problemStatement, reading.conventions]
        guard texts.contains(where: { $0.firstMatch(#"\badam\b"#) != nil }) else { return .notApplicable }
        let part = reading.part
        // (A moment written by its symbol: "m_1", "v_{2}", "m̂_1", "\hat m_1"; by its words: "first-moment estimate".)
        let firstName = #"(?:\\hat\s*\{?m\}?|m̂|\bm)\s*_\s*\{?(\d+)\}?"#
        let secondName = #"(?:\\hat\s*\{?v\}?|v̂|\bv)\s*_\s*\{?(\d+)\}?"#
        // (m_0 and v_0 are the start: "starting from m_0 = 0.2" asks for neither.)
        let asked = part.removing(#"(?:\bm|\bv)\s*_\s*\{?0\}?"#)
        let first = asked.firstMatch(#"\bfirst[- ]moment\b|"# + firstName)
        let second = asked.firstMatch(#"\bsecond[- ](?:raw )?moment\b|"# + secondName)
        // (The part or its parent must say "moment": a momentum method's velocity is also v_1.)
        let own = [part] + [reading.parentPart].compactMap { $0 }
        guard first != nil || second != nil, own.contains(where: { $0.firstMatch(#"\bmoments?\b"#) != nil }) else { return .notApplicable }
        // Which step: the index of every symbol the part writes (m_0 and v_0 are the start, not asked).
        let indices = Set(part.matches(firstName).compactMap { Int($0[1]) } + part.matches(secondName).compactMap { Int($0[1]) }).subtracting([0])
        let step: Int
        if indices.count == 1, let only = indices.first {
            step = only
        } else if indices.isEmpty, own.contains(where: { $0.firstMatch(#"\bafter (?:the )?(?:first|one|a single) (?:step|update|iteration)\b"#) != nil }) {
            step = 1
        } else if indices.isEmpty, let after = part.firstMatch(#"\bafter (?:step|update|iteration) (?:t\s*=\s*)?(\d+)\b"#), let k = Int(after[1]), k > 0 {
            // ("What is the (uncorrected) first moment m2 after step 2?": the step by its number.)
            step = k
        } else {
            return .failed("Adam moments: the step they are asked after is not read")
        }
        // (A start other than zero, a decay or a clipping of the gradient, or a momentum method's
        // velocity beside Adam's moments, is another computation.)
        if let start = texts.lazy.compactMap({ $0.firstMatch(#"(?:\bm|\bv)\s*_\s*\{?0\}?\s*=\s*(?:[-−]?0*[1-9]|[-−]?0*\.0*[1-9])"#) }).first {
            return .failed("Adam moments: '\(start[0])' is not a start at zero")
        }
        if let other = texts.lazy.compactMap({ $0.firstMatch(#"\bweight decay\b|\bL2\b|\bclip\w*|\bmomentum\b|\bvelocity\b"#) }).first {
            return .failed("Adam moments: '\(other[0])' changes what the moments are")
        }
        var finding = Finding(.optimizerStep)
        let corrected: Bool
        switch (part.firstMatch(#"\buncorrected\b|\braw\b|\bbefore (?:the )?bias[- ]correction\b"#), part.firstMatch(#"\\hat|m̂|v̂|\bbias[- ]corrected\b|\bafter (?:the )?bias[- ]correction\b"#)) {
        case (.some(let raw), nil): corrected = false; finding.note(raw[0])
        case (nil, .some(let hat)): corrected = true; finding.note(hat[0])
        case (nil, nil): corrected = false; finding.assume(0.9, "a moment named without a hat is the raw estimate")
        default: return .failed("Adam moments: both raw and bias-corrected estimates are named")
        }
        let betas = OptimizerReader.adamSettingNames.prefix(2).map { OptimizerReader.value(texts, $0) }
        guard let beta1 = betas[0], let beta2 = betas[1] else { return .failed("Adam moments: β₁ and β₂ are not stated") }
        guard let given = OptimizerReader.givenGradients(texts, dimension: 1), given.values.count >= step else {
            return .failed("Adam moments: the gradients of the first \(step) steps are not given")
        }
        finding.read("beta1", NormalizationReader.format(beta1.0), from: beta1.1)
        finding.read("beta2", NormalizationReader.format(beta2.0), from: beta2.1)
        finding.read("gradients", given.phrase)
        finding.read("step", "\(step)")
        // Both asked: in the order the part names them.
        var moments: [AdamMoments.Moment] = []
        if let first, let second {
            let text = part.text
            let firstAt = text.range(of: first[0])?.lowerBound, secondAt = text.range(of: second[0])?.lowerBound
            moments = (firstAt ?? text.endIndex) <= (secondAt ?? text.endIndex) ? [.first, .second] : [.second, .first]
        } else {
            moments = [first != nil ? .first : .second]
        }
        let adam = AdamMoments(beta1: beta1.0, beta2: beta2.0, gradients: given.values.prefix(step).map { $0[0] }, corrected: corrected)
        return finding.finish(.adamMoments(adam, moments))
    }
}
