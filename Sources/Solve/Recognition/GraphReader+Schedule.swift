import Foundation

/// A learning-rate schedule written as a formula over its step: "η_t = ½η_0(1 + cos(πt/T))",
/// "η_t = 0.1 · t/500 for t ≤ 500", asked as "the learning rate at step 200".
extension GraphReader {
    /// "What is the learning rate at epoch t = 25?" (or "… during epoch 25?") under exactly one
    /// indexed definition of a rate (η_t, α_t, lr_t): that definition at that step. The step is
    /// a value the part gives (`t = 25`) or the number after "epoch", "step" or "iteration".
    static func rateQuery(_ part: StatementText, definitions: [String: Formula], values: [String: Tensor]) -> Query? {
        let schedules = definitions.keys.filter(isRate)
        guard schedules.count == 1, let name = schedules.first, let letter = indexLetter(of: name) else { return nil }
        // ("What is η_t at t = 25?", "Compute eta_t at t = 25.": the rate asked by its own symbol.)
        let symbol = NSRegularExpression.escapedPattern(for: String(name.dropLast(letter.count + 1))) + #"_\{?"# + NSRegularExpression.escapedPattern(for: letter) + #"\}?"#
        // ("What is the rate at iteration 120?" under "a linear warm-up raises the rate …".)
        guard part.firstMatch(#"\b(?:learning[- ])?rate\b"#) != nil || part.firstMatch(symbol + #"\s+at\s+"# + letter + #"\s*=\s*\d+\s*(?:\?|\.\s*$|$)"#) != nil else { return nil }
        var query = Query(formula: .name(name), gradients: nil, description: "the learning rate \(name)")
        if values[letter] == nil {
            guard let at = part.firstMatch(#"\b(?:at|in|during|for) (?:the )?(?:epoch|step|iteration) (?:"# + letter + #"\s*=\s*)?(\d+)\b"#),
                  let step = Double(at[1]) else { return nil }
            query.index = (letter, step)
        }
        return query
    }

    /// Whether a defined name is a learning rate over steps: η_t, α_t, lr_t.
    static func isRate(_ name: String) -> Bool {
        guard let letter = indexLetter(of: name) else { return false }
        return ["η", "α", "lr", "eta"].contains(String(name.dropLast(letter.count + 1)))
    }

    /// The range a formula over `letter` is stated for: "for t ≤ 500", "10 ≤ t ≤ 100",
    /// "for t > 5". Each bound the text states must hold at `value`; the first that does not
    /// is returned as its phrase. (A bound on the letter anywhere in the text counts: at worst
    /// it refuses an answer.)
    static func outsideStatedRange(_ letter: String, value: Double, in text: StatementText) -> String? {
        let relation = #"(≤|<|≥|>|\\leq?|\\geq?|\\lt|\\gt)"#
        // (Swift's regular expressions have no lookbehind: a lower bound, or a character that
        // is no part of a name, comes before the letter.)
        let pattern = #"(?:(-?\d+(?:\.\d+)?)\s*"# + relation + #"\s*|(?:^|[^\w\\]))"# + NSRegularExpression.escapedPattern(for: letter)
            + #"(?![\w_])\s*"# + relation + #"\s*(-?\d+(?:\.\d+)?)\b"#
        func holds(_ left: Double, _ op: String, _ right: Double) -> Bool {
            switch op {
            case "≤", "\\le", "\\leq": left <= right
            case "<", "\\lt": left < right
            case "≥", "\\ge", "\\geq": left >= right
            default: left > right
            }
        }
        for match in text.matches(pattern) {
            if let low = Double(match[1]), !holds(low, match[2], value) { return match[0] }
            if let high = Double(match[4]), !holds(value, match[3], high) { return match[0] }
        }
        return nil
    }

    /// The prose around a schedule restates numbers: its endpoints ("from 0 to a peak of
    /// 3 × 10^{−4}", "down to 0"), a phase's or the run's length ("over the first 500 steps",
    /// "lasts 20,000 steps"), the stated range ("for t ≤ 500") and the step asked ("at step
    /// 200"). Each endpoint must be a value the formula takes at step 0, at a stated bound or
    /// length, or at `T`; the phrases are returned for the check of unexplained numbers to
    /// skip, or the endpoint that disagrees.
    static func restatedSchedule(_ part: StatementText, letter: String, graph: ComputationGraph, formula: Formula) -> Result<[String], NoQuery> {
        let number = #"(-?\d+(?:\.\d+)?)(?:\s*×\s*10\^\{?([−-]?\d+)\}?)?"#
        let lengths = part.matches(#"\b(?:over|during|for) the (?:first|last) (\d[\d,]*) (?:steps|epochs|iterations)\b|\b(\d[\d,]*) (?:total )?(?:steps|epochs|iterations)(?: in total)?\b"#)
        let ranges = part.matches(#"\bfor (?:-?\d+(?:\.\d+)?\s*(?:≤|<)\s*)?"# + NSRegularExpression.escapedPattern(for: letter) + #"\s*(?:≤|<|≥|>)\s*(\d+)\b"#)
        var steps: [Double] = [0]
        steps += (lengths.map { $0[1].isEmpty ? $0[2] : $0[1] } + ranges.map { $0[1] }).compactMap { Double($0.filter { $0 != "," }) }
        if let t = graph.values["T"]?.entries.first { steps.append(t) }
        let reached: [Double] = steps.compactMap { step in
            var at = graph
            at.values[letter] = .scalar(step)
            guard let value = try? at.value(formula), value.kind == .scalar else { return nil }
            return value.entries.first
        }
        // ("to 4 significant figures" is a precision, not an endpoint.)
        let endpoints = part.matches(#"\b(?:from|(?:down |up )?to|peak of|minimum of|maximum of)\s+"# + number
            + #"(?![\d.]\d)(?!\d)(?!\s*(?:significant|decimal|d\.p\.|s\.f\.|places|digits|figures|sig))"#)
        for endpoint in endpoints {
            guard let mantissa = Double(endpoint[1]) else { continue }
            let value = mantissa * pow(10, Double(endpoint[2].replacingOccurrences(of: "−", with: "-")) ?? 0)
            guard reached.contains(where: { abs($0 - value) <= RealValue.noise(around: value) }) else {
                return .failure(NoQuery(reason: "'\(endpoint[0])' is not a value of the schedule"))
            }
        }
        let base = NSRegularExpression.escapedPattern(for: String(graph.definitions.keys.first { isRate($0) && indexLetter(of: $0) == letter }?.dropLast(letter.count + 1) ?? ""))
        let asked = part.matches(#"\b(?:at|in|during|for) (?:the )?(?:epoch|step|iteration) (?:"# + letter + #"\s*=\s*)?\d+\b"#)
            + (base.isEmpty ? [] : part.matches("(?:^|[^\\w])" + base + #"\s*\(\s*\d+\s*\)"#))
        return .success((lengths + ranges + endpoints + asked).map { $0[0] })
    }
}
