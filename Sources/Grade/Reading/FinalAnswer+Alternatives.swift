import Foundation

/// Lines that give more than one value: the values of one unknown (a list where a list is
/// expected), "X or Y" offered as the answer, and one quantity under two conditions.
extension FinalAnswer {
    static let solutionValue = #"\$?\s*=\s*\$?([-−]?\d+(?:\.\d+)?(?:/\d+)?)\$?"#
    static let solutionIndex = #"(?:_\{?\w+\}?|[₀-₉]+)?"#
    static let solution = try! NSRegularExpression(
        pattern: #"(?<![\w\\])\$?(\\[A-Za-z]+|\p{L})"# + solutionIndex + solutionValue
            + #"((?:\s*(?:,|,?\s*or|,?\s*and|\\q?quad)\s*(?:\\q?quad\s*)?\$?\1"# + solutionIndex + solutionValue + #")+)"#)
    static let solutionValues = try! NSRegularExpression(pattern: solutionValue)

    /// The values one unknown takes, or the entries of one indexed name, listed at the end of
    /// a line ("x = 2 or x = 3", "$x = -2$ and $x = -3$", "λ₁ = 5 and λ₂ = 2", "λ_1 = 5, \quad λ_2 = -2",
    /// "μ₁ = **7/3**, μ₂ = **25/3**"), as a tuple;
    /// nil unless the list ends the sentence. Different names ("a = 1 and b = 4") are no list.
    static func solutions(_ line: String) -> String? {
        let line = line.replacingOccurrences(of: "**", with: "")
        let matches = solution.matches(in: line, range: NSRange(line.startIndex..., in: line))
        guard let match = matches.last, let whole = Range(match.range, in: line) else { return nil }
        let after = line[whole.upperBound...].filter { !"*_$".contains($0) }.trimmingCharacters(in: .whitespaces)
        guard after.isEmpty || after == "." else { return nil }
        let values = solutionValues.matches(in: line, range: match.range).compactMap { value in
            Range(value.range(at: 1), in: line).map { String(line[$0]) }
        }
        return values.count >= 2 ? "(" + values.joined(separator: ", ") + ")" : nil
    }

    /// Words that state a result before its value ("the trace gives 7", "comes out to 2.5").
    static let copulas = [" is ", " it's ", " it’s ", " That's ", " that's ", " That’s ", " that’s ", " are ", " gives ", " give ", " giving ", " equals ", " comes to ", " come to ", " comes out to ", " becomes ",
                          " yields ", " we get ", " is now ", " works out to ", " increases by ", " decreases by ", " grows by ", " drops by ",
                          " falls by ", " rises by "]

    /// The last `=`, `≈` or `\approx` in `text`.
    static func lastRelation(in text: Substring) -> Range<Substring.Index>? {
        ["=", "≈", "\\approx"].compactMap { text.range(of: $0, options: .backwards) }.max { $0.lowerBound < $1.lowerBound }
    }

    /// ("128 subnets for /23, or 64 subnets for /22": a condition may name a setting by its sign.)
    static let condition = regex(#"\b(?:with|using|under|if|assuming|when|for)\s+(?:the|a|an)?\s*[/#$]?\w+|\bas\s+(?:the|a|an)\s+\w+"#)
    static let conjunction = regex(#"\s+(?:or|and|while|whereas)\s+|;\s*"#)

    /// One quantity given two values, each under its own condition: "σ² = 5.0 with the
    /// population formula and σ² ≈ 6.67 with the sample formula", "≈ 3.683 with the population
    /// variance or ≈ 3.324 with the sample variance", "40 kN·m for the load as drawn, or 45 kN·m
    /// as the absolute maximum". Ambiguous when the values differ.
    static func conditioned(_ line: String, expecting expectation: AnswerExpectation) -> AnswerReading? {
        guard expectation == .scalar else { return nil }
        // "3 if C multiplies the summed hinge loss, 2.6 if it multiplies the mean": two values, each
        // opening its clause under "if" ("P(greedy) is 0.85 if …, or 0.8 if …": after what they are of).
        // (After a subject only with "or" between them: "is 0 J when …, and 96 J when …" gives two
        // moments' values, one of which the question names.)
        if let pair = line.firstMatch(of: #/^(?:([^=≈\n]{0,60}?(?:\bis|\bare|=|≈|\bequals))\s+)?[\s*$]*([-−]?\d[\d.,/]*)\**\s*(?:[A-Za-z%°]{1,6}\s+)?(?i:if|when|assuming)\b[^,;]*[,;]\s*((?i:or\s+|and\s+|but\s+)?)\**([-−]?\d[\d.,/]*)\**\s*(?:[A-Za-z%°]{1,6}\s+)?(?i:if|when|assuming)\b/#),
           pair.1 == nil || pair.3.lowercased().hasPrefix("or"),
           case .value(let a) = AnswerGrammar.read(String(pair.2), expecting: .scalar),
           case .value(let b) = AnswerGrammar.read(String(pair.4), expecting: .scalar), !same(.value(a), .value(b)) {
            return .ambiguous(reason: "two values, each under its own condition", [a, b])
        }
        let range = NSRange(line.startIndex..., in: line)
        // "If the question wants the gain at the boundary, K = 60; if it wants the largest integer
        // gain …, K = 59.": each condition first, then the same name's value.
        if let match = conditionFirst.firstMatch(in: line, range: range),
           let a = Range(match.range(at: 2), in: line), let b = Range(match.range(at: 3), in: line),
           case .value(let first) = AnswerGrammar.read(String(line[a]), expecting: .scalar),
           case .value(let second) = AnswerGrammar.read(String(line[b]), expecting: .scalar), !same(.value(first), .value(second)) {
            return .ambiguous(reason: "two values, each under its own condition", [first, second])
        }
        for match in conjunction.matches(in: line, range: range) {
            guard let cut = Range(match.range, in: line) else { continue }
            let halves = [String(line[..<cut.lowerBound]), String(line[cut.upperBound...])]
            var values: [AnswerValue] = []
            let offered = line[cut].trimmingCharacters(in: .whitespaces) == "or"
            for (place, half) in halves.enumerated() {
                // The half's last relation and the value after it, followed by its condition.
                // ("M = 40 kN·m for the load as drawn, or 45 kN·m as the absolute maximum": after
                // "or", the value may open its half.)
                let after: String
                if let relation = lastRelation(in: half[...]) {
                    after = String(half[relation.upperBound...])
                } else if place == 1, offered, half.first?.isNumber == true || half.first == "−" || half.first == "-" {
                    after = half
                } else {
                    break
                }
                guard let qualifier = condition.firstMatch(in: after, range: NSRange(after.startIndex..., in: after)),
                    let start = Range(qualifier.range, in: after)?.lowerBound,
                    case .value(let value) = AnswerGrammar.read(String(after[..<start]), expecting: .scalar), value.numbers?.count == 1
                else { break }
                values.append(value)
            }
            if values.count == 2, !same(.value(values[0]), .value(values[1])) {
                return .ambiguous(reason: "two values, each under its own condition", values)
            }
        }
        return nil
    }

    /// "If …, K = 60; if …, K = 59": two clauses opening with their condition, each assigning
    /// the same name. Groups: the name, the first value, the second.
    /// (Conditions in words, and ";" or "or" between the clauses: "So if t = 0, x = 0, and if t = 2,
    /// x = 72" tabulates a function.)
    static let conditionFirst = regex(#"(?i:\bif|\bwhen|\bassuming)\b[^,;=]{1,120},\s*\$?([A-Za-zα-ωΑ-Ω][\w^{}]{0,8})\$?\s*(?:=|≈)\s*\$?([-−]?\d[\d.,/]*?)\$?\s*(?:;\s*(?i:but\s+)?|,?\s+(?i:or)\s+)(?i:if|when|assuming)\b[^,;=]{1,120},\s*\$?\1\$?\s*(?:=|≈)\s*\$?([-−]?\d[\d.,/]*?)\$?\s*(?:[.;,]|$)"#)

    /// "The margin is √2 ≈ 1.414 (or 2√2 ≈ 2.828 if you mean the full width)": a value, then
    /// another offered in parentheses, with or without its condition. Ambiguous when they differ.
    static func parentheticalAlternative(_ line: String, expecting expectation: AnswerExpectation) -> AnswerReading? {
        // "**2θ ≈ 43.26°** (if your software reports θ itself rather than 2θ, enter **21.63°**)": a
        // value, then another to use under a condition.
        if let conditional = line.firstMatch(of: #/\(\s*(?i:if|when|should|in case)\b[^()]*?\b(?i:enter|use|write|give|put|report|answer with|it['’]s|it is|the answer is)\s+([^()]+?)\s*\)/#) {
            let before = String(line[..<conditional.range.lowerBound])
            if let first = closingValue(before, expecting: expectation),
               case .value(let a) = AnswerGrammar.read(first, expecting: expectation),
               case .value(let b) = AnswerGrammar.read(String(conditional.1), expecting: expectation), !same(.value(a), .value(b)) {
                return .ambiguous(reason: "an alternative offered under a condition", [a, b])
            }
        }
        // "**20** probes (21 if your course also counts the final check)": another value, then the
        // reading of the question under which it holds. (Not "(0.33 days if you prefer days)", the
        // same value in other words.)
        // (Not one the parenthesis rejects, "(14 if we included CD, but that would close a cycle)",
        // nor the value in another unit, "(30 min if your course defines W in minutes)".)
        if let reading = readingAlternative.firstMatch(in: line, range: NSRange(line.startIndex..., in: line)),
           let whole = Range(reading.range, in: line), let second = Range(reading.range(at: 1), in: line),
           line[whole].range(of: #"(?i)\b(?:but|which (?:is|are|was) not|not part of|would (?:close|break|violate|create)|wrong|incorrect|invalid|rejected|not allowed)\b"#, options: .regularExpression) == nil,
           PartAttribution.unitsAgree(String(line[second]), String(line[..<whole.lowerBound])),
           let first = closingValue(String(line[..<whole.lowerBound]), expecting: expectation) ?? lastBold(line[..<whole.lowerBound]),
           case .value(let a) = AnswerGrammar.read(first, expecting: expectation),
           case .value(let b) = AnswerGrammar.read(String(line[second]), expecting: expectation), !same(.value(a), .value(b)) {
            return .ambiguous(reason: "an alternative offered under another reading", [a, b])
        }
        // ("At DC, H = 1/(1 − 0.8) = 5. Hmm, or 1.25 if you normalise by the feedback coefficient.": a
        // sentence that offers another value under a condition. Not "or rather 1.25", a correction.)
        if let offered = line.firstMatch(of: #/[.!]\s+(?:(?i:hmm+|well|though|alternatively|but)[,.…]*\s+)?(?i:or)\s+(?:(?i:maybe|perhaps|possibly)\s+)?(\$?[-−]?\d[\d.,/]*\$?)\s+(?i:if|when|depending|assuming|under)\b/#),
           !resolvesOffer(String(line[offered.range.upperBound...])) {
            let before = String(line[..<offered.range.lowerBound]) + "."
            if let first = closingValue(before, expecting: expectation) ?? lastBold(before[...]),
               case .value(let a) = AnswerGrammar.read(first, expecting: expectation),
               case .value(let b) = AnswerGrammar.read(String(offered.1).trimmingCharacters(in: CharacterSet(charactersIn: "$,.")), expecting: expectation),
               !same(.value(a), .value(b)) {
                return .ambiguous(reason: "an alternative offered under a condition", [a, b])
            }
        }
        guard let match = line.firstMatch(of: #/\(\s*or\s+([^()]*?)(?:\s+(?:if|when|with|for|under|assuming|depending)\b[^()]*)?\)/#) else { return nil }
        let before = String(line[..<match.range.lowerBound])
        // ("**3 NAND gates** (or 4 if your course counts …)": the bold value before it.)
        guard let first = closingValue(before, expecting: expectation) ?? lastBold(before[...]) ?? before.split(separator: " ").last.map(String.init),
            case .value(let a) = AnswerGrammar.read(first, expecting: expectation),
            case .value(let b) = AnswerGrammar.read(String(match.1), expecting: expectation) else { return nil }
        return same(.value(a), .value(b)) ? nil : .ambiguous(reason: "an alternative offered in parentheses", [a, b])
    }

    /// Whether the words after a value offered under a condition set it aside ("…, which is not
    /// the case here; the answer is **5**").
    static func resolvesOffer(_ rest: String) -> Bool {
        rest.range(of: #"(?i)\bnot the case\b|\bdoes(?:n['’]t| not) apply\b|\bthe answer is\b|\bfinal answer\b|\bnot here\b|\bnot what (?:is|was) asked\b"#, options: .regularExpression) != nil
    }

    /// The last bold span of `text` ("takes at most **12** comparisons"), if any.
    static func lastBold(_ text: Substring) -> String? {
        text.matches(of: #/\*\*([^*]+)\*\*/#).last.map { String($0.1) }
    }

    /// "(21 if your course also counts …)", "(13 when one counts …)": a value in parentheses, then a
    /// condition on how the question is read (counted, included, defined, meant). Group 1: the value.
    static let readingAlternative = regex(#"\(\s*((?:≈|~|about\s+)?\$?[-−]?\d[\d.,/]*(?:\s*[A-Za-z%°]{1,12})?)\s+(?:if|when|assuming|should)\b[^()]*?\b(?:counts?|counting|counted|includes?|including|included|treats?|treated|defines?|defined|means?|meant|interprets?|regards?|considers?|convention)\b[^()]*\)"#)

    /// "So the answer is (A) — although if your instructor measures only the time in queue, you
    /// might argue for (B)": a value, then a second one conceded under a condition. Ambiguous
    /// when they differ.
    static func concededAlternative(_ line: String, expecting expectation: AnswerExpectation) -> AnswerReading? {
        guard let match = conceded.firstMatch(in: line, range: NSRange(line.startIndex..., in: line)),
            let whole = Range(match.range, in: line), let second = Range(match.range(at: 1), in: line) else { return nil }
        // ("If your course also wants the magnitude, it is |h| ≈ 52,965, but that is extra
        // information rather than a different answer": another quantity, disclaimed.)
        let conceding = String(line[whole])
        if disclaimedSentence.firstMatch(in: conceding, range: NSRange(conceding.startIndex..., in: conceding)) != nil { return nil }
        if expectation == .sequence || expectation == .matrix,
           conceding.range(of: #"(?i)\b(?:magnitude|norm|length)\b|\|\s*\\?[A-Za-z]+\s*\|"#, options: .regularExpression) != nil {
            return nil
        }
        guard let first = closingValue(String(line[..<whole.lowerBound]), expecting: expectation),
            case .value(let a) = AnswerGrammar.read(first, expecting: expectation),
            case .value(let b) = AnswerGrammar.read(firstSentence(line[second]), expecting: expectation),
            !same(.value(a), .value(b)) else { return nil }
        return .ambiguous(reason: "a second answer conceded under a condition", [a, b])
    }

    /// ("…; if your course counts the boundary vertex as outside, the answer is {s, a, b}." concedes
    /// too: a sentence that opens with its condition and states another answer.)
    static let conceded = regex(#"(?i)(?:(?:[—–,;.]\s*|\s)(?:although|though|but|however|unless),?\s+(?:if|when|assuming|under)\b[^—–;]*?\b(?:argue for|go with|choose|pick|prefer|opt for|the answer (?:would|could|might) be|(?:it|that|this) (?:would|could|might) be|you(?:'|’)d get|you would get|(?:it|they|we|one|the \w+) (?:would|could|might) (?:budget|collect|earn|charge|pay|receive|count|need|take|get|report|record|expect))|[;.]\s+(?:if|when|assuming)\b[^—–;.]*?,\s+(?:the answer (?:is|becomes)|it (?:is|becomes)))\s+(.+)$"#)

    /// A sentence that accepts another answer besides the one given: "(D) is also a defensible
    /// answer", "some instructors would accept 0.5 as well", "you could also argue for (C)".
    static let alsoAcceptedPhrase = regex(#"(?i)\b(?:(?:is|are|would be|could be|might be)\s+(?:also|equally|arguably)\s+(?:a\s+|an\s+)?(?:defensible|acceptable|valid|correct|reasonable|right|fine)|(?:would|might|could|may)\s+(?:also\s+)?accept\b|(?:could|might|can)\s+(?:also\s+)?(?:argue|make a case)\s+for)\b"#)

    /// "… so the answer is **(B)**. That said, some instructors would accept (D) here as well, so
    /// (D) is also a defensible answer.": a value, then a later sentence of the line that accepts
    /// another one. Ambiguous when they differ; a negated sentence ("no grader would accept (D)")
    /// accepts nothing.
    static func alsoAccepted(_ line: String, expecting expectation: AnswerExpectation) -> AnswerReading? {
        guard let match = alsoAcceptedPhrase.firstMatch(in: line, range: NSRange(line.startIndex..., in: line)),
            let phrase = Range(match.range, in: line) else { return nil }
        // The sentence that holds the phrase, and the text before it.
        // (Foundation's regular expressions do not search backwards: the last of the matches.)
        let opening = line[..<phrase.lowerBound].ranges(of: #/[.!?;]\s+/#).last?.upperBound ?? line.startIndex
        let closing = line[phrase.upperBound...].range(of: #"[.!?;](?:\s|$)"#, options: .regularExpression)?.lowerBound ?? line.endIndex
        let sentence = String(line[opening..<closing])
        // The clause of the phrase must not deny it ("… is not isolated, and some would accept (D)" accepts).
        let clauseStart = line[opening..<phrase.lowerBound].ranges(of: #/[,:—–]/#).last?.upperBound ?? opening
        let before = line[..<opening]
        let lastSentence = before.dropLast().ranges(of: #/[.!?;]\s+/#).last.map { before[$0.upperBound...] } ?? before
        guard line[clauseStart..<phrase.upperBound].range(of: #"(?i)\b(?:no|not|never|nobody|none)\b|n['’]t\b"#, options: .regularExpression) == nil,
            let a = [String(lastSentence), closingValue(String(before), expecting: expectation)].lazy.compactMap({ text -> AnswerValue? in
                guard let text, case .value(let value) = AnswerGrammar.read(text, expecting: expectation) else { return nil }
                return value
            }).first else { return nil }
        // Its values: options for a choice, numbers otherwise; any that differs from the first.
        let values = expectation == .choice ? acceptedOption : acceptedNumber
        for found in values.matches(in: sentence, range: NSRange(sentence.startIndex..., in: sentence)) {
            guard let range = Range(found.range, in: sentence) else { continue }
            let token = String(sentence[range]).trimmingCharacters(in: CharacterSet(charactersIn: "()"))
            guard case .value(let b) = AnswerGrammar.read(token, expecting: expectation), !same(.value(a), .value(b)) else { continue }
            return .ambiguous(reason: "another answer accepted too", [a, b])
        }
        return nil
    }

    static let acceptedOption = regex(#"\(([A-H])\)|\b([A-H])\b(?=\s+(?:is|would|could|might|as)\b)"#)
    static let acceptedNumber = regex(#"[-−]?\d[\d,]*(?:\.\d+)?%?"#)

    static let acceptsBoth = regex(#"(?i)\b(?:either|both)\b(?:\s+[\w-]+){0,3}?\s+(?:is|are|would be)\s+(?:a\s+|an\s+|equally\s+)?(?:valid|correct|acceptable|fine|legitimate)\b"#)

    /// "S = {s, a, b} … the cut with S = {s, a, b, c} is also minimum, so either set is a valid
    /// answer": a line that states two values and accepts both. Ambiguous when they differ.
    static func acceptedBoth(_ line: String, expecting expectation: AnswerExpectation) -> AnswerReading? {
        guard acceptsBoth.firstMatch(in: line, range: NSRange(line.startIndex..., in: line)) != nil else { return nil }
        var values: [AnswerValue] = []
        for relation in line.ranges(of: #/=|≈/#) {
            // The value up to the end of its clause (a comma or semicolon outside brackets, or a sentence's end).
            var depth = 0
            let after = line[relation.upperBound...]
            let clause = after.prefix { c in
                if "([{".contains(c) { depth += 1 } else if ")]}".contains(c) { depth = max(0, depth - 1) }
                return depth > 0 || !",;".contains(c)
            }
            guard case .value(let value) = AnswerGrammar.read(String(clause).replacingOccurrences(of: #"\.\s.*$"#, with: "", options: .regularExpression), expecting: expectation)
            else { continue }
            if expectation == .set, case .set = value {} else if expectation == .set { continue }
            if !values.contains(where: { same(.value($0), .value(value)) }) { values.append(value) }
        }
        return values.count >= 2 ? .ambiguous(reason: "two values given, both accepted", values) : nil
    }

    static let eitherOr = try! NSRegularExpression(
        pattern: #"\beither\s+(?:\*\*)?([^\s*,;]+(?:\s[^\s*,;]+){0,2}?)(?:\*\*)?\s+or\s+(?:\*\*)?([^\s*,;]+(?:\s[^\s*,;]+){0,2}?)(?:\*\*)?[.,;:!?)]*(?=\s+(?:could|might|may|would|will|is|are|works|depending|dependent|fits|—|–|-)\b|\s*(?:[—–,;)]|$)|\.\s)"#,
        options: [.caseInsensitive])

    /// "… either (C) or (D) could be what they're after", "this is either 274 or 149 — …": two
    /// short values offered side by side, wherever they stand (a remark in parentheses too).
    static func eitherOffered(_ written: String, expecting expectation: AnswerExpectation) -> AnswerReading? {
        // "Either 198.6 Hz or, if the 65 cm were only half of it, about 397 Hz": the second
        // value's condition and hedge stand between "or" and the value.
        let line = withoutOrCondition(written)
        for match in eitherOr.matches(in: line, range: NSRange(line.startIndex..., in: line)) {
            guard let x = Range(match.range(at: 1), in: line), let y = Range(match.range(at: 2), in: line),
                case .value(let a) = AnswerGrammar.read(String(line[x]), expecting: expectation),
                case .value(let b) = AnswerGrammar.read(String(line[y]), expecting: expectation),
                !same(.value(a), .value(b)) else { continue }
            return .ambiguous(reason: "two values offered, either one", [a, b])
        }
        // "either the harmonic mean, Ne ≈ 85.71, or the simple average, Ne ≈ 116.7": each branch
        // describes its value and states it.
        if let either = line.range(of: #"\beither\b(?!\s+way)"#, options: [.regularExpression, .caseInsensitive]),
            let or = line[either.upperBound...].range(of: #",?\s+or\b"#, options: .regularExpression) {
            let values = [line[either.upperBound..<or.lowerBound], line[or.upperBound...]].compactMap { branch -> AnswerValue? in
                guard let relation = lastRelation(in: branch) else { return nil }
                let stated = branch[relation.upperBound...]
                let end = stated.range(of: #"[,;]\s|[.!?]?\s*$|\.\s"#, options: .regularExpression)?.lowerBound ?? stated.endIndex
                guard case .value(let value) = AnswerGrammar.read(String(stated[..<end]), expecting: expectation) else { return nil }
                return value
            }
            if values.count == 2, !same(.value(values[0]), .value(values[1])) {
                return .ambiguous(reason: "two values offered, either one", values)
            }
        }
        return nil
    }

    /// "X or, if …, Y" → "X or Y": the condition between "or" and the second value.
    static func withoutOrCondition(_ text: String) -> String {
        text.replacingOccurrences(
            of: #"\bor,\s+(?:if|when|assuming|should|in case|had|using|with|taking|under)\b[^,]*,\s*(?:about|approximately|roughly|around|≈|~)?\s*"#,
            with: "or ", options: [.regularExpression, .caseInsensitive])
    }

    /// "… is 8,896 or 8,960": two values offered as the answer ("(48.04, 51.96) — or, using
    /// t₉₉ as many courses do, (48.02, 51.98)" too).
    static func offered(_ written: String, expecting expectation: AnswerExpectation) -> AnswerReading? {
        // ("X^* = \begin{pmatrix}…\end{pmatrix} \quad\text{or}\quad X^* = …": "or" set in a display.)
        var written = written.replacingOccurrences(of: #"(?:\\q?quad|\\[,;:])?\s*\\(?:text|mathrm|textrm)\{\s*or\s*\}\s*(?:\\q?quad|\\[,;:])?"#, with: " or ", options: .regularExpression)
        // ("OR ≈ 3.35 (uncorrected) / 3.32 (corrected)": a slash after a value's qualifier in words
        // offers another value, it divides nothing.)
        // (Values with decimals: "3 (favorable) / 8 (total)" is a fraction of counts.)
        written = written.replacingOccurrences(of: #"(\d\.\d+\s*\((?:[A-Za-z][A-Za-z-]{2,}\s?){1,3}\))\s*/\s*(?=(?:≈|~|\\approx)?\s*\$?[-−]?\d*\.\d)"#, with: "$1 or ", options: .regularExpression)
        if let either = eitherOffered(written, expecting: expectation) { return either }
        if let alternative = parentheticalAlternative(written, expecting: expectation) { return alternative }
        if let alternative = concededAlternative(written, expecting: expectation) { return alternative }
        if let alternative = alsoAccepted(written, expecting: expectation) { return alternative }
        // Remarks in parentheses ("(1.62, -1.0) (velocity accumulates raw gradients) or …") are not values.
        let unconditioned = withoutOrCondition(written)
        var line = remark.stringByReplacingMatches(in: unconditioned, range: NSRange(unconditioned.startIndex..., in: unconditioned), withTemplate: "")
        // "w2 = 0.52 or w2 = 0.952 depending on …": the name repeated after "or" is dropped.
        if let repeated = line.firstMatch(of: #/\bor\s+\$?([A-Za-z\\][\w{}^₀-₉*]{0,8})\s*=\s*/#),
            line[..<repeated.range.lowerBound].contains(repeated.1 + " =") || line[..<repeated.range.lowerBound].contains(repeated.1 + "=") {
            // ("k = exp(−1.3) ≈ 0.2725 or k = exp(−0.36) ≈ 0.6973": the second's value is after its
            // last relation, as the first's is.)
            let rest = line[repeated.range.upperBound...]
            // (Only where the second value ends the line: "…; the stable one is x = 2.236" chooses.)
            if rest.range(of: #"[;—]|\.\s+\S|,\s+[A-Za-z]"#, options: .regularExpression) == nil,
               let relation = lastRelation(in: rest), rest[relation.upperBound...].contains(where: \.isNumber),
               rest[relation.upperBound...].wholeMatch(of: #/\s*\$?[-−]?\d[\d,]*(?:\.\d+)?\$?\s*(?:[A-Za-z%°][\w\/·⁻¹²³]{0,9})?\s*\.?\s*/#) != nil {
                line = String(line[..<repeated.range.lowerBound]) + "or " + String(rest[relation.upperBound...])
            } else {
                line.replaceSubrange(repeated.range, with: "or ")
            }
        } else if let formula = line.firstMatch(of: #/,?\s+or\s+\$?([^\s=,;]*[/()^·*][^\s=,;]*)\s*=\s*|,?\s+or\s+\$?(\d[^\s=≈,;]*[⁻⁰¹²³⁴⁵⁶⁷⁸⁹^][^\s=≈,;]*)\s*(?:=|≈)\s*/#),
                  line[..<formula.range.lowerBound].range(of: #"(?:=|≈)\s*\$?[-−]?\d"#, options: .regularExpression) != nil {
            // "q̂ ≈ μ/s = 1 × 10⁻⁴, or μ/(hs) = 2 × 10⁻⁴": another formula for the same quantity, and its value
            // ("ε = 2⁻²³ ≈ 1.19 × 10⁻⁷ or 2⁻²⁴ ≈ 5.96 × 10⁻⁸": a power and its decimal).
            line.replaceSubrange(formula.range, with: " or ")
        }
        guard let or = line.range(of: #"\bor\b"#, options: .regularExpression) else { return nil }
        // The second value must end its clause ("… is 8,896 or 8,960.", "… or q = 1 — both …"), unless "either" offers
        // both: "… is 1/0.75 or 1/0.25 depends on the convention" discusses, it does not answer.
        // (A comma inside brackets does not end it.)
        var depth = 0
        let tail = line[or.upperBound...].prefix { c in
            if "([{".contains(c) { depth += 1 } else if ")]}".contains(c) { depth = max(0, depth - 1) }
            return depth > 0 || !",;!?—".contains(c)
        }
        // (LaTeX's commands and environments are no words: "\begin{pmatrix} 20 & 10 … \end{pmatrix}".)
        let words = tail.replacingOccurrences(of: #"\\[A-Za-z]+(?:\{[A-Za-z*]+\})?"#, with: " ", options: .regularExpression)
            .split(whereSeparator: { !$0.isLetter }).filter { $0.count > 1 }
        // "… = 2560 — or 2480 if you count one bias": the second value under its own condition.
        let condition = tail.range(of: #"^\s*(?:(?:about|approximately|roughly|around|just)\s+)?(?:≈|~|\\approx)?\s*\$?(?:[-−(\[{\d]|\\(?:frac|tfrac|dfrac|sqrt)|\*{0,2}[A-H]\b)[^,;]*?\s(?=(?:if|when|with|under|assuming|depending)\b)"#, options: .regularExpression)
        let conditioned = condition != nil
        guard words.count <= 3 || line.lowercased().contains("either") || conditioned else { return nil }
        // The values offered start after the last "is", ":" or "=" before the "or".
        let head = line[..<or.lowerBound]
        // (A new sentence or clause starts them too: "…; I'd go with either (16, 32, 32) or (16, 28, 28).")
        let anchors = [" is ", ":", "=", "≈", "\\approx", " be ", ", so ", " so ", ". ", "; "]
        let anchor = anchors.compactMap({ head.range(of: $0, options: .backwards) }).max(by: { $0.lowerBound < $1.lowerBound })
        // … up to the end of the second value's clause ("…, depending on whether x = 0.5 …" is not offered).
        let end = condition?.upperBound ?? tail.endIndex
        // ("≈ 0.742 or ≈ 0.81": the approximation signs are not relations between the two.)
        let offeredText = String(line[(anchor?.upperBound ?? line.startIndex)..<end]).replacingOccurrences(of: "—", with: " ")
            .replacingOccurrences(of: #"(^|\bor)\s*(?:≈|~|\\approx\b|(?:about|approximately|roughly|around|just)\s)\s*"#, with: "$1 ", options: .regularExpression)
        // "The test is quite weak because rejecting requires 9 or 10 heads": numbers that follow a
        // clause of words after the anchor are its subject matter, not the answer offered.
        let lead = offeredText.prefix { !($0.isNumber || "([-−$\\".contains($0)) }
        let leadWords = lead.split(whereSeparator: { !$0.isLetter }).map { $0.lowercased() }
            .filter { $0.count > 1 && !["either", "about", "approximately", "roughly", "around", "option", "options", "answer", "or"].contains($0) }
        if leadWords.count > 2, ![.choice, .boolean].contains(expectation) { return nil }
        var reading = AnswerGrammar.read(offeredText, expecting: expectation)
        // "I'd write 0.25 or 0.125 depending on …": the few words before the values are no part of them.
        if reading.value != nil, !lead.isEmpty, ![.choice, .boolean].contains(expectation) {
            reading = AnswerGrammar.read(String(offeredText.dropFirst(lead.count)), expecting: expectation)
        }
        // ("2759 kcal/day, or roughly 2760 kcal/day": a hedged second value that rounds the first restates it.)
        // ("1.414 or 1.41, depending on how many decimals you keep", "0.693, or 0.6931 to four
        // places": the same value at another precision. Not "…; I'm not sure which".)
        if case .ambiguous(_, let values) = reading, values.count == 2,
           tail.range(of: #"^\s*(?:≈|~|\\approx\b|(?i:about|approximately|roughly|around|nearly)\s)"#, options: .regularExpression) != nil
            || line.range(of: #"(?i)\bto (?:\w+ )?(?:decimal )?(?:places|decimals|digits|significant figures|s\.f\.)|\bhow many (?:decimals|decimal places|digits|places|significant figures)\b"#, options: .regularExpression) != nil,
           line.range(of: #"(?i)\bnot sure\b|\bunsure\b|\bwhich(?:ever)?\b(?! (?:is|are) )|\bcan['’]?t tell\b|\bdon['’]?t know\b|\beither\b"#, options: .regularExpression) == nil,
           AnswerGrammar.roundingOf(values[0], values[1]) != nil {
            return nil
        }
        if case .ambiguous = reading { return reading }
        return nil
    }

    /// (Also a qualifier of a word or two after a value: "v = 1/2 (mixed) or v = −1 (pure)".)
    static let remark = regex(#"\s\((?=[^()]*[A-Za-z]{3,}[^()]*[A-Za-z]{3,})[^()]*(?:\([^()]*\)[^()]*)*\)|(?<=[\d$)])\s\((?!(?:million|billion|thousand|hundred|percent|squared|cubed)\b)(?:[A-Za-z-]{3,}(?:\s+[A-Za-z-]{3,})?)\)"#)
}
