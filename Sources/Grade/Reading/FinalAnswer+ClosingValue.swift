import Foundation

/// How a line states its value: the closing value after the last formula, a conclusion, the
/// first sentence of a marked answer, and what is not a result (conditions, rejected
/// alternatives). Lines are prepared here too: matrices over several lines joined, matrices
/// given by rows in words written out.
extension FinalAnswer {
    /// The text up to the end of its first sentence (a period, then a space and a capital,
    /// outside brackets and `$…$`): "$16,\\!386.20$. I apologize … A = P(1 + r)" → "$16,\\!386.20$.".
    static func firstSentence(_ text: Substring) -> String {
        var depth = 0
        var inMath = false
        var index = text.startIndex
        while index < text.endIndex {
            let c = text[index]
            if c == "$" { inMath.toggle() }
            else if "([{".contains(c) { depth += 1 }
            else if ")]}".contains(c) { depth = max(0, depth - 1) }
            else if c == ".", depth == 0, !inMath {
                let next = text.index(after: index)
                if next < text.endIndex, text[next] == " ", let letter = text[next...].dropFirst().first, letter.isUppercase {
                    return String(text[...index])
                }
            }
            index = text.index(after: index)
        }
        return String(text)
    }

    static let conditional = regex(#"\b(?:when|whenever|if|unless|assuming|where|as long as|for all|because|since)\b|\b(?:about|around|near)\s+\$?\\?[A-Za-z]{1,5}\$?\s*$|\b(?:zero|maximal|minimal|maximi[sz]ed|minimi[sz]ed|undefined|attained|peaks?) at\b"#)

    static let rejected = regex(#"(?:[,;]|\s[—–-])\s*(?:and\s+)?not\s+\S.*$|\s+(?:rather than|instead of)\s+\S.*$"#)

    /// The text without an alternative it rejects: "**(C)**, not (A)" → "**(C)**".
    /// ("det A = 1, not −1, so the statement is false.": the rejected value's clause only; what
    /// follows it stands.)
    static func withoutRejected(_ text: String) -> String {
        guard let match = rejected.firstMatch(in: text, range: NSRange(text.startIndex..., in: text)),
            let range = Range(match.range, in: text), range.lowerBound > text.startIndex else { return text }
        let kept = String(text[..<range.lowerBound])
        // (Only a clause of words: "…, not −3; x = −3 makes the logarithm undefined" names the
        // rejected value again, "(C), not (A), and (B) is also wrong" another option.)
        guard let not = text[range].range(of: #"\bnot\s+"#, options: .regularExpression),
              let next = text[not.upperBound...].range(of: #"[,;]\s+(?=\S)"#, options: .regularExpression),
              text[next.lowerBound...].range(of: #"^[,;]\s+[A-Za-z][A-Za-z\s'’-]*[.!]?\s*$"#, options: .regularExpression) != nil else { return kept }
        return kept + text[next.lowerBound...]
    }

    /// ("the rows of R are (0, 0, 1), (1, 0, 0) and (0, 1, 0)": the matrix may be named.)
    static let rowsPhrase = regex(#"\b(rows|columns)(?:\s+of\s+\$?[A-Za-z][\w^{}⁻¹²ᵀ]*\$?)?\s+(?:are\s+|:\s*)?(\([^()]*\)(?:\s*(?:,\s*and|,|and)\s*\([^()]*\))+)"#)

    /// A matrix given by its rows or columns in words: "A² has rows (18, 7) and (14, 11)" →
    /// "A² has [[18, 7], [14, 11]]"; columns are transposed.
    static func rowsWritten(_ line: String) -> String {
        // ("the rows of Rᵀ are those", "the rows of R are …, so read them as columns": a named
        // matrix transposed or inverted on its line is not the one answered.)
        if line.range(of: #"\brows\s+of\s+"#, options: .regularExpression) != nil,
           line.range(of: #"(?i)transpos\w*|ᵀ|\^\{?T\}?|\^\{?\\top\}?|⁻¹|\^\{?-1\}?|\binverse\b|\bas columns\b"#, options: .regularExpression) != nil { return line }
        guard let match = rowsPhrase.firstMatch(in: line, range: NSRange(line.startIndex..., in: line)),
            let whole = Range(match.range, in: line), let kind = Range(match.range(at: 1), in: line),
            let list = Range(match.range(at: 2), in: line) else { return line }
        let groups = line[list].split(separator: ")").map { $0.drop { $0 != "(" }.dropFirst() }.filter { !$0.isEmpty }
        var rows = groups.map { $0.split(separator: ",").map { $0.trimmingCharacters(in: .whitespaces) } }
        guard rows.count >= 2, Set(rows.map(\.count)).count == 1 else { return line }
        if line[kind].lowercased() == "columns" {
            rows = (0..<rows[0].count).map { column in rows.map { $0[column] } }
        }
        return line.replacingCharacters(in: whole, with: "[" + rows.map { "[" + $0.joined(separator: ", ") + "]" }.joined(separator: ", ") + "]")
    }

    /// Lines joined while a bracket stays open: a matrix printed over several lines
    /// (`Y = [[0, -1],` / ` [2, 0]]`, numpy's `array([[…],` / `[…]])`) is one line. At most
    /// 24 lines join; a bracket never closed leaves the lines as they were.
    static func joiningOpenBrackets(_ lines: [String]) -> [String] {
        var result: [String] = []
        var index = 0
        while index < lines.count {
            var depth = 0
            var end = index
            var joined = ""
            repeat {
                let line = lines[end]
                for c in line { if c == "[" || c == "(" { depth += 1 } else if c == "]" || c == ")" { depth -= 1 } }
                joined += (end == index ? "" : " ") + line.trimmingCharacters(in: .whitespaces)
                end += 1
            } while depth > 0 && end < lines.count && end - index < 24
            if depth == 0 && end - index > 1 {
                result.append(joined)
                index = end
            } else {
                result.append(lines[index])
                index += 1
            }
        }
        return result
    }

    /// The closing value of a line: after its last `=` or arrow; the value after "is" that
    /// ends a sentence ("so 2c is 18."); or the whole line when it starts with a value (a
    /// display formula, a number, a tuple) or, for a choice, when it is short.
    /// "q̂ ≈ μ/(hs) = 2 × 10⁻⁴ with the h = 0.5 scaling" → "q̂ ≈ μ/(hs) = 2 × 10⁻⁴": a value, then
    /// the setting it holds under; the setting's value is an input, not the result. The text
    /// as it is unless a relation with a number stands before the setting.
    static func withoutSetting(_ text: String) -> String {
        guard let setting = text.firstMatch(of: #/^(.*[=≈][^=≈]*?\d[^=≈]*?)\s+(?i:with|using|assuming|taking|for)\s+(?i:the\s+|a\s+)?\\?[A-Za-zα-ωΑ-Ω](?:_\{?\w+\}?)?\s*=\s*[-−]?\d[\d.,]*(?:\s+[A-Za-z-]+){0,3}\s*[.*$]*$/#) else { return text }
        return String(setting.1)
    }

    /// Words that give a magnitude its sign: "in compression", "a decrease", "below".
    static let signWords = #"\b(?:in compression|compressive|in tension|tensile|a decrease|a drop|a loss|a deficit|a reduction|decrease|downwards?|below|to the left|to the south|to the west|lower|less|shorter|smaller|thinner|contraction|shortening|clockwise|counter-?clockwise)\b"#

    static func closingValue(_ line: String, expecting expectation: AnswerExpectation) -> String? {
        // ("**Final estimate:** 4.0": a bold run-in title names the value after it.)
        // ("This is the corrected answer to 3.4.": the number after "answer to" is a part's label.)
        let trimmed = line.trimmingCharacters(in: .whitespaces).replacing(#/^\*\*([^*\n]{2,60}:)\*\*/#) { $0.output.1 }
            .replacing(#/(?i)\b(answers?|solution)\s+(?:to|for)\s+(?:part\s+|question\s+|exercise\s+|problem\s+)?\(?\d+(?:\.\d+)?(?:\s?\(?[a-h]\)?)?\)?(?=\s*(?:[.!,;:*]|\bis\b|$))/#) { String($0.output.1) }
        guard !trimmed.isEmpty else { return nil }
        // "B, since discharge happens at the critical density k_j/2 = 60 veh/km.": an option that
        // opens the line, then its reason with the reason's own numbers.
        if expectation == .choice, let opening = AnswerLexer.undress(trimmed).firstMatch(of: #/^\s*(\([A-H]\)|[A-H])(?=,\s+(?i:since|because|as)\b)/#) {
            return String(opening.1)
        }
        // "The path is s → b → a → c → d → t (2 + 1 + 5 + 2 + 3 = 13).": the path, not its length.
        if expectation == .set, AnswerGrammar.path(trimmed) != nil { return trimmed }
        // "… the probability is 0.162 — even after a positive test, a person is still more likely
        // healthy …", "…, it is 84% instead — use whichever your notes use": a remark in words after a dash that follows the value is no part of the
        // clause ("… = 4 — more carefully, ε = … ≈ −0.923" corrects it, with numbers).
        if let dashed = trimmed.firstMatch(of: #/^(.*\d%?\$?(?:\s+(?i:instead|then|too|here|there|overall|exactly))?)\s+[—–]\s+(?!(?i:or|but|although|though|unless|if|wait|actually|hmm|no|not|either|so|thus|hence|therefore|giving|i\.e)\b)[^\d=≈]+$/#),
            !dashed.1.contains("—"), !dashed.1.contains("–"), let value = closingValue(String(dashed.1), expecting: expectation) {
            return value
        }
        if expectation == .scalar, case let plain = withoutSetting(trimmed), plain != trimmed, let value = closingValue(plain, expecting: expectation) {
            return value
        }
        // "So the scale is 1 : 25 000.": a closing ratio is one value (its colon is no label's).
        if expectation == .scalar, let ratio = trimmed.firstMatch(of: #/(?:\bis|\bof|=)\s*\**\s*(\d{1,6}(?::| : )(?:\d{1,3}(?:[,  ]\d{3})+|\d+))\s*\**\s*[.;]?\s*$/#) {
            return String(ratio.1)
        }
        // "1b) s, b, a, c, d, t": a line that is only a list of names.
        if expectation == .set, AnswerLexer.undress(trimmed).trimmingCharacters(in: .whitespaces)
            .wholeMatch(of: #/[A-Za-z][A-Za-z0-9_']{0,2}(?:\s*,\s*[A-Za-z][A-Za-z0-9_']{0,2}){2,}\s*\.?/#) != nil { return trimmed }
        // "≈ 0.14, i.e. roughly a 14% chance …" under a display formula the print lost: the line
        // opens with the formula's value.
        if expectation == .scalar, let opening = trimmed.firstMatch(of: #/^(?:[≈=~]|\approx)\s*\$?([-−]?\d[\d,]*(?:\.\d+)?%?)\$?\s*(?:[,;]\s+\D|\.?\s*$)/#) {
            return String(opening.1)
        }
        // "about 8.77 years." on its own line, under a display a PDF print lost: a hedged value
        // with its unit is the line.
        if expectation == .scalar,
           let closing = trimmed.firstMatch(of: #/^(?i:about|approximately|roughly|around|nearly|≈|~)\s*\$?([-−]?\d[\d,]*(?:\.\d+)?)\$?\s*(?:[A-Za-zµμ°%][\w/·⁻¹²³]{0,9}(?:\s[a-z]{1,9})?)?\s*[.!]?$/#) {
            return String(closing.1)
        }
        // "So the pedestrian hears about 755.0 Hz while it approaches.": a conclusion that gives
        // its one value with a hedge word, whatever its verb (not a ratio, "about 2 times as large");
        // "The bat hears the echo at 41,183 Hz (to the nearest hertz).": what an observer hears or
        // measures, rounded as a result is (a given restated, "measures the speed of sound at
        // 343 m/s", is not one).
        if expectation == .scalar,
           let concluded = trimmed.firstMatch(of: #/^(?i:so|thus|hence|therefore)\b[^=≈\d]*?\b(?i:about|approximately|roughly|around|nearly)\s+\$?([-−]?\d[\d,]*(?:\.\d+)?)\$?\s*(?!(?i:times|fold|x)\b|×)(?:[A-Za-zµμ°%][\w\/·⁻¹²³]{0,9})?(?:\s+(?i:while|when|as|once|for|at|in|on)\b[^=≈\d]*)?\s*[.!]?$/#)
            ?? trimmed.firstMatch(of: #/^(?:(?i:so|thus|hence|therefore),?\s+)?[A-Za-z][A-Za-z -]{0,40}?\b(?i:hears?|measures?|detects?|observes?|registers?|records?|perceives?)\b[^=≈\d]{0,40}?\b(?i:at|about|approximately|roughly|around|nearly|of)\s+\$?([-−]?\d{1,3}(?:,\d{3})*(?:\.\d+)?|[-−]?\d+(?:\.\d+)?)\$?\s*(?:[A-Za-zµμ°%][\w\/·⁻¹²³]{0,9})?\s*\((?i:to the nearest|rounded|to \d+|to (?:one|two|three|four) )[^()\d]*\)\s*[.!]?$/#) {
            return String(concluded.1)
        }
        // "17 (saturate c→t = 7 and d→t = 10)", "17, the cut into t doesn't change because c→t is
        // still 7.": a line that opens with its value, then explains it in parentheses or a reason.
        if expectation == .scalar, let opening = trimmed.firstMatch(of: #/^\$?([-−]?\d[\d,]*(?:\.\d+)?)\$?(?:\s*\(([^()]*)\)\s*\.?|,\s+(?!(?i:so|then|thus|hence|which|giving|and|or|but|i\.e|that is|wait|actually)\b)[a-z][^=]*\b(?:because|since|as)\b[^=]*)$/#),
            opening.2.map({ $0.contains(where: \.isLetter) }) ?? true {
            return String(opening.1)
        }
        // "μ_B = 4, since 1 + 3 + 4 + 8 = 16 and 16/4 = 4.", "… is 5 m, because the sum is 16": a
        // value stated, then the reason for it (whose numbers are not the answer).
        if expectation == .scalar,
           let stated = trimmed.firstMatch(of: #/^(.*?(?:=|≈|\bis|\bequals)\s*\$?\**\s*[-−]?\d[\d,]*(?:\.\d+)?\s*\**\$?(?:\s*[A-Za-zµμ°%][\w\/·⁻¹²³]{0,9})?)\s*,\s+(?i:since|because)\s+(\S.*)$/#),
           // (Not a step whose reason goes on to the result: "t = 3 h, since …, so the day takes 15 h".)
           String(stated.2).range(of: #"(?i)\b(?:so|thus|hence|therefore|giving|gives)\b"#, options: .regularExpression) == nil,
           let value = closingValue(String(stated.1), expecting: expectation) {
            return value
        }
        // "… = 12,544 features; … i.e. 125,450 parameters.": a restatement after the last formula.
        if let restated = ["i.e.", "i. e.", "that is,"].compactMap({ trimmed.range(of: $0, options: .backwards) }).max(by: { $0.lowerBound < $1.lowerBound }),
            !trimmed[restated.upperBound...].contains("=") {
            // ("i.e. about 16%": the hedge is no part of the value.)
            let spoken = trimmed[restated.upperBound...].trimmingCharacters(in: .whitespaces)
            let tail = spoken.replacingOccurrences(of: #"^(?:about|approximately|roughly|around|nearly)\s+(?:an?\s+)?(?=[-−\d$])"#, with: "", options: .regularExpression)
            // "The stress is −64.4 MPa, i.e. 64.4 MPa in compression.": the magnitude with the sign in
            // words restates the signed value, which is the answer.
            let head = String(trimmed[..<restated.lowerBound]).trimmingCharacters(in: CharacterSet(charactersIn: " ,;("))
            // "This is about 0.648, i.e. roughly a 65% chance": a rounded restatement leaves the
            // value it rounds as the answer.
            if tail != spoken, let value = head.firstMatch(of: #/(?:^|[\s$=≈])([-−]?\d+(?:\.\d+)?)\$?$/#),
                Self.rounds(String(value.1), to: tail) {
                return String(value.1)
            }
            if let signed = head.firstMatch(of: #/[-−]\s?(\d+(?:\.\d+)?)\D{0,12}$/#),
                let magnitude = tail.firstMatch(of: #/^\$?(\d+(?:\.\d+)?)\b[^\d]*$/#), signed.1 == magnitude.1,
                tail.range(of: Self.signWords, options: [.regularExpression, .caseInsensitive]) != nil,
                let value = closingValue(head, expecting: expectation) {
                return value
            }
            if let first = AnswerLexer.undress(tail).trimmingCharacters(in: .whitespaces).first, first.isNumber || "-−([$\\".contains(first) {
                return tail.replacingOccurrences(of: "componentwise", with: "").replacingOccurrences(of: "elementwise", with: "")
            }
        }
        // "Shortest distance from s to t: 8.", "Final shape: $32 \times 14 \times 14$.": a line that names
        // its result, then a colon and the value.
        if !trimmed.contains("="), let named = trimmed.firstMatch(of: #/^[^:]{3,80}:\s*((?:\$|\\\()?\s*[-−(\[]?\d[^:]*?)\s*\.?\s*$/#),
            // ("Resonances: 343 Hz, 686 Hz, and 1029 Hz.": a unit repeated and "and" are no more words.)
            Set(String(named.1).split(whereSeparator: { !$0.isLetter }).filter({ $0.count > 1 && $0 != "and" })).count <= 3 {
            return String(named.1)
        }
        // "Triangle a-b-c forces 3 colours, and 3 are enough: chromatic number 3.": the quantity
        // named after the colon, then its value, closes the line.
        if !trimmed.contains("="), let named = trimmed.firstMatch(of: #/:\s*((?:[A-Za-z][a-z]+\s+){1,3})([-−]?\d[\d,]*(?:\.\d+)?)\s*\.?\s*$/#),
            !String(named.1).split(separator: " ").contains(where: { ["is", "are", "has", "have", "was", "were", "and", "or", "with", "of"].contains($0.lowercased()) }) {
            return String(named.2)
        }
        // "Since 2²⁰ = 1,048,576 ≥ 10⁶, the smallest such n is 20.": a clause after the formulas that
        // names its subject and gives it a value closes the sentence; the formulas are its reasons.
        // (Only after a clause of reasons, "Since …", "As …", "Because …": "x̄ = 6.4, the median is 6"
        // states two results, and "s² = 13.3, the population variance is 10.64" a second one.)
        if expectation == .scalar, trimmed.firstMatch(of: #/^[\s>*_•-]*(?i:since|as|because|given that)\s/#) != nil,
           let clause = trimmed.firstMatch(of: #/,\s+(?:(?:so|hence|thus|therefore)\s+)?(?:the|our|my|its|this|that)\s+[^=≈,;]{2,60}?\s+(?:is|are|equals|comes to|works out to)\s+\**\$?([-−]?\d[\d,]*(?:\.\d+)?%?)\$?\**\s*\.?\s*$/#) {
            return String(clause.1)
        }
        // "… the risk set is {8, 10, 12+, 14, 16+}, so 5 patients are at risk.": a count that the
        // closing clause states as its subject, after the working.
        // (Not a count of what is left out, "so 5 patients are no longer at risk", nor one beside
        // another count of the same noun, "… : 4 patients, so 5 patients are excluded".)
        if expectation == .scalar,
           let clause = trimmed.firstMatch(of: #/,\s+(?:so|hence|thus|therefore)\s+\**\$?([-−]?\d[\d,]*(?:\.\d+)?)\$?\**\s+([a-z][a-z-]*)(?:\s+[a-z-]+){0,2}\s+(?:are|is|remain|remains|were|was)\b([^=≈\d]*)$/#),
           String(clause.3).range(of: #"(?i)\b(?:not|no|no longer|excluded|left out|removed|gone|behind|lost|dropped|censored|outside)\b"#, options: .regularExpression) == nil,
           trimmed[..<clause.range.lowerBound].range(of: #"\d\s+"# + NSRegularExpression.escapedPattern(for: String(clause.2)) + #"\b"#, options: .regularExpression) == nil,
           !trimmed[..<clause.range.lowerBound].contains(where: { $0 == "=" || $0 == "≈" }) || trimmed[..<clause.range.lowerBound].contains("{") {
            return String(clause.1)
        }
        let separators = ["=", "≈", "≡", "\\equiv", "\\approx", "→", "->", "⇒", "\\to ", "\\Rightarrow", "\\rightarrow"]
        // A truth value is a word, never what a formula equals ("… = 62. So the statement is False.").
        // "`batch_first=False`": an assignment in inline code is an argument, not a relation.
        let code = trimmed.ranges(of: #/`[^`\n]*`/#)
        // "= 9, via s → a → b → c → t": arrows that chain names are a path, not relations.
        let paths = trimmed.ranges(of: Self.path)
        var relations = separators.flatMap { trimmed.ranges(of: $0) }.filter { range in
            !code.contains { $0.contains(range.lowerBound) } && !paths.contains { $0.contains(range.lowerBound) }
        }
        // "S = {s, a, b}, which gives a cut of capacity 5 + 2 + 6 = 13.": where a set is expected,
        // the relation that states one.
        if expectation == .set {
            let stating = relations.filter { range in
                let value = trimmed[range.upperBound...].drop { $0 == " " || $0 == "$" }
                return value.hasPrefix("{") || value.hasPrefix("\\{")
            }
            if !stating.isEmpty { relations = stating }
        }
        // "so 5 − 3 = 2 groups: C_D = F/(ρV²D²) and Re = ρVD/μ": a count that a colon then spells
        // out in formulas is the result; the formulas name what is counted.
        if expectation == .scalar, let counted = trimmed.firstMatch(of: #/(?:=|≈)\s*[-−]?\d[\d,]*(?:\.\d+)?\s+(?:[A-Za-z]+\s*){1,3}:\s+(.+)$/#),
            !counted.1.contains(#/(?:=|≈)\s*\$?[-−]?\d/#) {
            return String(trimmed[..<counted.1.startIndex]).trimmingCharacters(in: CharacterSet(charactersIn: ": "))
        }
        // "= ∛2 ≈ 1.2599" where a formula is asked: the exact form before its decimal.
        if expectation == .expression, let last = relations.max(by: { $0.lowerBound < $1.lowerBound }),
           ["≈", "\\approx"].contains(String(trimmed[last])),
           trimmed[last.upperBound...].wholeMatch(of: #/\s*\$?\s*[-−]?\d+\.\d+\s*\$?\s*\.?\s*/#) != nil,
           let exact = closingValue(String(trimmed[..<last.lowerBound]), expecting: expectation) {
            return exact
        }
        if expectation != .boolean, let last = relations.max(by: { $0.lowerBound < $1.lowerBound }) {
            // "Use the decay formula H_t = H_0(1 − 1/2N)^t with H_0 = 0.5, N = 50 and t = 10.": the
            // values a formula is applied with are its inputs.
            // ("… from the recurrence D₅ = 4(D₄ + D₃) with D₄ = 9 and D₃ = 2.": a formula over
            // variables, in brackets, then the values it is applied with.)
            // (Not when the line goes on to conclude: "v = √(μ/r) with r = 6771 km → v = 7.67 km/s".)
            if let with = trimmed[..<last.lowerBound].lastRange(ofPattern: #"\bwith\b"#),
                !trimmed[with.upperBound..<last.lowerBound].contains(". "),
                trimmed[with.upperBound...].range(of: #"(?i)\b(?:so|hence|thus|therefore|giving|gives|we get)\b|→|⇒|->|\\Rightarrow|\\to\b"#, options: .regularExpression) == nil {
                // (The sentence that holds the "with": "These are derangements. You get the count from …".)
                let sentence = trimmed[..<with.lowerBound].range(of: ". ", options: .backwards).map { $0.upperBound } ?? trimmed.startIndex
                let lead = trimmed[sentence..<with.lowerBound]
                if lead.range(of: #"^[\W\d]*(?:(?:we|i|let['’]?s|now)\s+)?(?:use|using|apply|applying|plug|plugging|substitute|substituting|start from|starting from)\b"#,
                              options: [.regularExpression, .caseInsensitive]) != nil && sentence == trimmed.startIndex
                    || lead.range(of: #"=\s*[^=]*\([^()=]*[A-Za-zα-ωΑ-Ω][^()=]*\)[^=]*$"#, options: .regularExpression) != nil {
                    return nil
                }
            }
            // "… even when all xᵢ = 0.", "where n = 4": a condition or a definition, not a result.
            // (A comma inside brackets, "Since gcd(4, 5) = 1", does not end the clause.)
            var clauseStart = trimmed.startIndex
            var nesting = 0
            for index in trimmed[..<last.lowerBound].indices.reversed() {
                let c = trimmed[index]
                if ")]}".contains(c) { nesting += 1 } else if "([{".contains(c) { nesting = max(0, nesting - 1) }
                if nesting == 0, ".,;:".contains(c) { clauseStart = trimmed.index(after: index); break }
            }
            let lead = String(trimmed[clauseStart..<last.lowerBound])
            if conditional.firstMatch(in: lead, range: NSRange(lead.startIndex..., in: lead)) != nil {
                // "x³ is not convex, since (x³)'' = 6x changes sign, so (C).": an option is a word, read on.
                return expectation == .choice && trimmed.contains("(") ? trimmed : nil
            }
            let after = trimmed[last.upperBound...]
            // The value up to the end of its clause (a semicolon outside brackets).
            var depth = 0
            var end = after.endIndex
            for index in after.indices {
                let c = after[index]
                if "([{".contains(c) { depth += 1 } else if ")]}".contains(c) { depth = max(0, depth - 1) }
                // (Not TeX's `\;` space: "\Rightarrow\; (−0.140, −0.010)".)
                if c == ";", depth == 0, expectation != .matrix, index == after.startIndex || after[after.index(before: index)] != "\\" { end = index; break }
                // … or a remark in words after a colon, "= −10 cm: a virtual image on the same side",
                // or (for one number) after a comma, "= −10 cm, a virtual image." ("…: a fraction of
                // 0.9", "…: option D" state the answer.)
                if depth == 0, c == ":" && expectation != .choice || c == "," && expectation == .scalar,
                   !after[index...].contains(where: \.isNumber),
                   case let rest = after[index...].dropFirst(), rest.first == " ",
                   rest.range(of: #"^\s*(?:option|answer|choice)\b"#, options: [.regularExpression, .caseInsensitive]) == nil,
                   let word = rest.drop(while: { $0 == " " }).first, word.isLetter, word.isLowercase {
                    end = index
                    break
                }
                // … or the end of its sentence: "= 1,216 parameters. Your 1200 is missing the biases."
                // (A remark in parentheses too: "= ½. (Consistent with μ > 1, so q < 1.)")
                if c == ".", depth == 0, let next = after[index...].dropFirst().first, next == " ",
                    let letter = after[index...].dropFirst(2).drop(while: { "(*_".contains($0) }).first, letter.isUppercase {
                    end = index
                    break
                }
            }
            var clause = String(after[..<end])
            // "= 9, via s → a → b → t": the path that explains the value is no part of it.
            if expectation != .set, let path = clause.firstMatch(of: Self.path) { clause = String(clause[..<path.range.lowerBound]) }
            // "= \frac{y^3}{8}, \qquad 0 \le y \le 2": the domain a formula holds on is no part of it.
            if [.expression, .scalar].contains(expectation),
                let domain = clause.firstMatch(of: #/,\s*(?:\\q?quad\s*)*(?:for\s+|where\s+|when\s+|if\s+)?[^,=]{0,30}?(?:≤|≥|<|>|\\leq?\b|\\geq?\b|\\in\b|∈)/#) {
                clause = String(clause[..<domain.range.lowerBound])
            }
            // "= {s, a, b}, which gives a cut of capacity 13": a set ends at its closing brace.
            if expectation == .set, clause.drop(while: { $0 == " " || $0 == "$" }).first.map({ "{\\".contains($0) }) == true {
                var braces = 0
                if let close = clause.firstIndex(where: { c in
                    if c == "{" { braces += 1 } else if c == "}" { braces -= 1; return braces == 0 }
                    return false
                }) { clause = String(clause[...close]) }
            }
            // "≈ 2.88. So the initial pH is about 2.87–2.88.": a later sentence of the line that concludes with a value.
            // (Not a remark in parentheses: "= ½. (Consistent with μ > 1, so q < 1.)") "12/2 = 6 and 18/2 = 9.
            // The minimum ratio is 6.": a closing sentence that names the quantity and states its value.
            if end < after.endIndex, !after[end...].contains("="), after[end...].dropFirst().drop(while: \.isWhitespace).first != "(",
                let concluded = conclusion(String(after[end...]))
                    ?? String(after[end...]).firstMatch(of: #/^[.;]\s+The\s+(?:[\w-]+\s+){1,4}?(?:is|are|equals)\s+(?:about\s+|approximately\s+)?([-−]?\$?\d[^\s,;]*(?:\s+[a-zA-Z%°]{1,6})?)\s*\.?\s*$/#).map({ String($0.1) }),
                AnswerLexer.undress(concluded).trimmingCharacters(in: .whitespaces).first.map({ $0.isNumber || "-−".contains($0) }) == true {
                return concluded
            }
            // "= 76. Times 24 filters: 1824 parameters.": a later sentence of the line that states a value after a colon.
            if end < after.endIndex, let later = String(after[end...]).firstMatch(of: #/[.;]\s+[^=:]*:\s*([-−(\[]?\d[^:=]*?)\s*\.?\s*$/#) {
                let value = String(later.1)
                if value.split(whereSeparator: { !$0.isLetter }).filter({ $0.count > 1 }).count <= 3 { return value }
            }
            // "= 75 plus 16 biases, so part (b) comes to 1216 parameters": a conclusion after the formula.
            if let concluded = conclusion(clause) { return concluded }
            // "FOLLOW(T) = {+, *, ), $} which has 4 elements": where one number is expected, the count of what the formula lists.
            if expectation == .scalar, let count = clause.firstMatch(of: #/\s(?:which|that)\s+(?:has|have|contains?|gives?)\s+(\d[\d,]*\s+[A-Za-z]+)\s*\.?\s*$/#) {
                return String(count.1)
            }
            // "= p − y, i.e. componentwise p_k − y_k": the restatement is the answer.
            if let restated = ["i.e.", "i. e.", "that is,", "namely"].compactMap({ clause.range(of: $0, options: .backwards) }).max(by: { $0.lowerBound < $1.lowerBound }) {
                clause = String(clause[restated.upperBound...])
                return clause.replacingOccurrences(of: "componentwise", with: "").replacingOccurrences(of: "elementwise", with: "")
            }
            return String(trimmed[..<last.upperBound]) + clause
        }
        // "∫₀¹ f_B(x) F_A(x) dx" on its own: an integral or a sum left to evaluate states no number.
        if expectation == .scalar, trimmed.contains(where: { "∫∑∏".contains($0) }) || trimmed.contains("\\int") || trimmed.contains("\\sum") {
            return nil
        }
        switch expectation {
        case .name:
            // "(ii) It occurs in the s₂ row, so s₂ leaves the basis.": the line's one indexed name.
            return AnswerGrammar.name(trimmed) == .none ? nil : trimmed
        case .formula:
            // "So the molecular formula is C₄H₈O₂ (ethyl acetate).": the line's last formula.
            return AnswerGrammar.formula(trimmed) == .none ? nil : trimmed
        case .hexadecimal:
            return AnswerGrammar.hexadecimal(trimmed) == .none ? nil : trimmed
        case .binary:
            return AnswerGrammar.binary(trimmed) == .none ? nil : trimmed
        case .address:
            return AnswerGrammar.address(trimmed) == .none ? nil : trimmed
        case .boolean:
            // A truth value in words anywhere ("so the statement is false"), T/F on a short line.
            let words = Set(trimmed.lowercased().split { !$0.isLetter }.map(String.init))
            // "No — 1.917 does not exceed 2.131.": a yes or no that opens the line is its answer.
            if let opening = AnswerLexer.undress(trimmed).firstMatch(of: #/^\s*(?i:(yes|no))(?![\w'’])\s*(?:[—–:,.;!]|-\s|$)/#) { return String(opening.1) }
            // "T. Simplify removes a, e, f …": a truth letter that opens the line is its answer.
            if let opening = AnswerLexer.undress(trimmed).firstMatch(of: #/^\s*([TF])\s*(?:[—–:,.;]\s|$)/#) { return String(opening.1) }
            return !words.isDisjoint(with: ["true", "false"]) || trimmed.count <= 12 ? trimmed : nil
        case .choice:
            // "b) unbiased, but the usual standard errors are invalid", "C, since short jobs …": the option that opens the line, then its text.
            if let opening = AnswerLexer.undress(trimmed).firstMatch(of: #/^\s*(\([A-Ha-h]\)|[a-h]\)|[A-H]\)|[A-H][.:](?=\s)|[A-H](?=\s+[—–-]\s)|[A-H](?=,\s+(?i:since|because|as|which|given|for|so)\b))/#) {
                return String(opening.1)
            }
            // "At position 6 the active set is A, C, D, … so C is spilled — option (C).": the option named last.
            if let named = trimmed.matches(of: #/(?i:\b(?:option|answer|choice))\s*(?:is\s+)?(\([A-Ha-h]\)|[A-H]\b)/#).last {
                return String(named.1)
            }
            // "A has 8, B has 6 … A wins under plurality.", "so the IRV winner is C": the candidate
            // named as the winner.
            // (The first: "The plurality winner is A, though B wins under IRV", "(Had …, B wins.)")
            if let winner = trimmed.matches(of: #/(?:^|[\s*(])([A-H])\**\s+(?:wins|is elected|prevails|comes out on top)\b|\bwinner\s+(?:is|=|:)\s*\**\s*([A-H])\b(?!\s*(?:has|gets|with))/#).first {
                return String(winner.1 ?? winner.2 ?? "")
            }
            // "…, the limiting reagent is B) ethanol.": an option a copula states, with its text.
            if let stated = trimmed.matches(of: #/\b(?:is|are)\s+(?:\*\*)?(\([A-H]\)|[A-H]\))\s+\w/#).last {
                return String(stated.1)
            }
            // "The MOE depends on p, not on n, so it stays the same: D": a long line that closes on
            // one option letter after a colon, an arrow, a dash or "so".
            // (Not a range of letters, "all four of A–D".)
            if let closing = AnswerLexer.undress(trimmed).firstMatch(of: #/(\b[A-H]\s*)?([:→⇒—–]|\b(?i:so))\s*\(?([A-H])\)?\s*[.!]?\s*$/#),
               closing.1 == nil || !"—–".contains(closing.2) {
                return String(closing.3)
            }
            return trimmed.count <= 40 || trimmed.lowercased().contains("option") || trimmed.contains("(") ? trimmed : nil
        default:
            // A line that starts with a value: a number (not "2c"), a bracket, a formula; unless a
            // conclusion ends it ("45 of the 50 points are right, so the accuracy is 90%.").
            let undressed = AnswerLexer.undress(trimmed).trimmingCharacters(in: .whitespaces)
            // ("2049 lies between 2048 and 2050 …, so the stored value is 2048.": a number that a
            // sentence is about, then a conclusion after "so".)
            if undressed.range(of: #"^[-−]?\d[\d,]*(?:\.\d+)?\s+(?:of|out of)\s"#, options: .regularExpression) != nil
                || undressed.range(of: #"^[-−]?\d[\d,]*(?:\.\d+)?\s+(?:lies|lie|sits|falls|(?:is|are|was|were)\s+(?:a|an|odd|even|exactly|halfway|between|not|prime|divisible|greater|less|larger|smaller))\b[^=≈]*[,;.]\s+(?i:so|thus|hence|therefore)\b"#, options: .regularExpression) != nil,
                let concluded = conclusion(trimmed) {
                return concluded
            }
            if undressed.range(of: #"^[-−]?(?:\d[\d,]*(?:\.\d+)?|\.\d+)(?![A-Za-z\d])"#, options: .regularExpression) != nil
                || undressed.hasPrefix("(") || undressed.hasPrefix("[") || undressed.hasPrefix("{") || undressed.hasPrefix("\\")
                || undressed.hasPrefix("-\\") || undressed.hasPrefix("−\\") {
                return trimmed
            }
            if expectation == .shape, trimmed.range(of: #"\d\s*[x×*]\s*\d"#, options: .regularExpression) != nil { return trimmed }
            // A short line that is a formula: "p_k − y_k" (operators, few words).
            if expectation == .expression, trimmed.count <= 60, undressed.contains(where: { "+-−*/^_·".contains($0) }),
                undressed.split(whereSeparator: { !$0.isLetter }).filter({ $0.count >= 3 }).count <= 1 {
                return trimmed
            }
            // A list, matrix or shape in brackets amid prose: "output shape (32, 14, 14)"; the one a
            // copula states, to the end of its sentence ("The [1.5, 2.0] above was wrong; the
            // corrected estimate is (9/8, 13/8). Note …").
            if [.sequence, .matrix, .shape].contains(expectation), trimmed.contains("(") || trimmed.contains("[") || trimmed.contains("\\begin") {
                if let stated = copulas.flatMap({ trimmed.ranges(of: $0) }).filter({ range in
                    trimmed[range.upperBound...].drop { $0 == " " || $0 == "$" }.first.map { "([\\".contains($0) } == true
                }).max(by: { $0.lowerBound < $1.lowerBound }) {
                    return firstSentence(trimmed[stated.upperBound...])
                }
                return trimmed
            }
            if let range = copulas.compactMap({ trimmed.range(of: $0, options: .backwards) }).max(by: { $0.lowerBound < $1.lowerBound }) {
                // "… is 8 (or so the docs say).": a remark in parentheses is not part of the clause.
                let stated = String(trimmed[range.upperBound...])
                // ("which is about 10.845 km/s.": a hedge word before the value is no part of it.)
                // ("… is −10 cm: a virtual image.": a remark after a colon is no part of it either.)
                let after = remark.stringByReplacingMatches(in: stated, range: NSRange(stated.startIndex..., in: stated), withTemplate: "")
                    .trimmingCharacters(in: .whitespaces)
                    .replacingOccurrences(of: #"^(?:about|approximately|roughly|around|just under|just over)\s+(?=[-−\d$])"#, with: "", options: .regularExpression)
                    .replacingOccurrences(of: #"^([^:(\[{]*\d[^:(\[{]*?)\s*:\s+(?!(?i:option|answer|choice)\b)[a-z]\D*$"#, with: "$1", options: .regularExpression)
                // "… so 2c is 18.": the value ends its clause; "… is 1/0.75 or 1/0.25 depends on …" discusses.
                // "… the contact time is half that, 0.157 s.": a few words that relate it, then the value.
                if let appositive = after.firstMatch(of: #/^(?:[a-z]+\s+){0,3}[a-z]+,\s*([-−]?\d[\d.,]*(?:\s*[A-Za-zΩ°%]{1,5})?)\s*\.?\)?\s*$/#) {
                    return String(appositive.1)
                }
                let clause = after.prefix { !",;!?".contains($0) }
                let words = clause.split(whereSeparator: { !$0.isLetter }).filter { $0.count > 1 }
                // ("… so the set is {s, a, b}.": a set opens with its brace; "… is θ₁ + 2θ₂x.": a
                // formula may open with a name.)
                if words.count <= 3, let first = AnswerLexer.undress(after).trimmingCharacters(in: .whitespaces).first,
                    first.isNumber || "-−([".contains(first) || expectation == .set && (first == "{" || after.contains("\\{"))
                        || expectation == .expression && (first.isLetter || first == "\\") && clause.contains(where: { "+-−*/^·".contains($0) }) {
                    // "The score is 2.5 > 0, so the model predicts class 1.": the prediction, not the score.
                    if after.range(of: #"(?i)[,;]\s+(?:so|thus|hence|therefore)\b[^.]*\b(?:predicts|outputs|classifies)\b"#, options: .regularExpression) != nil,
                        let predicted = conclusion(String(after)) {
                        return predicted
                    }
                    return String(after)
                }
            }
            // "…, giving an average length of 1.9 bits/symbol, which is within one bit of H": a
            // conclusion's value before a remark on it.
            let head = trimmed.firstMatch(of: #/,\s+(?:which|as|since|because)\b/#).map { String(trimmed[..<$0.range.lowerBound]) } ?? trimmed
            return conclusion(head)
        }
    }

    /// Arrows chaining names: a path (`s → a → b`, `$s \to a \to t$`).
    static var path: Regex<Substring> { #/(?:\b[A-Za-z][A-Za-z0-9_]{0,2}\s*(?:→|->|\\to\b|\\rightarrow\b)\s*){2,}[A-Za-z][A-Za-z0-9_]{0,2}\b/# }

    static let concluding = regex(
        #"(?:^\s*|[,;.]\s+)(?:(?:so|thus|hence|therefore|which gives|giving)\b.*|(?:[\w()’']+\s+){0,4}?(?:total|answer|result|overall|altogether|final|part(?:\s*\(\w+\))?)\s+(?:[\w’']+\s+){0,3}?)"#
            // ("so the induced emf has magnitude 2.5 V": the quantity's magnitude or value is it;
            // "So there are about 0.200 mol": a hedge word after a copula is no part of the value;
            // "… raises it from about 16% to about 65%" is a change described, not a result.)
            + #"\b(?:(?:is|are|comes to|gives?|has|have|totals?|equals|get)\s+(?:(?:about|approximately|roughly|around|nearly)\s+)?|(?:of|to)\s+)(?:(?:a |the )?(?:magnitude|value|size)\s+(?:of\s+)?)?(?=[-−(\[$\d])(.+)$"#
            // "…, so 52 parameters", "…, normalised to (0.09, 0.24, 0.67)": the value right after the connective.
            + #"|[,;.]\s+(?:so|thus|hence|therefore|giving|(?:which |and )?(?:normali[sz]ed|normali[sz]es|normali[sz]ing|rounded|rounds|rounding) to)\s+(?=[-−(\[$\d])(.+)$"#
            // "… so U = ½κCV² rises by a factor of 4.": the factor is the result.
            + #"|\b(?:rises|falls|grows|drops|increases|decreases|changes|goes up|goes down|scales)\s+by\s+a\s+factor\s+of\s+(?=[-−(\[$\d])(.+)$"#
            // "The pedestrian hears 722.5 Hz.", "…, so the SVM predicts −1.": what an observer perceives
            // or measures, or what a model predicts, is the result.
            + #"|(?:^\s*|[,;.]\s+)(?:so\s+|thus\s+|hence\s+)?(?:the|this|that|our|each|an?)\s+(?:[\w’'-]+\s+){0,3}?(?:hears|measures|detects|observes|registers|records|perceives|receives|reads|predicts|outputs|classifies\s+(?:it|the point|the example|x)\s+as)\s+(?:a |an |the |class |label )?(?=[-−(\[$\d])(.+)$"#)

    /// The value a conclusion states after a formula's result ("…, so the layer has 1216
    /// parameters", "…, the total comes to 28,672", "…, part (b) is 12"), when it ends the
    /// sentence (at most three more words).
    static func conclusion(_ clause: String) -> String? {
        // "…, so expect a number fairly close to 1.": an expectation, not a result.
        if clause.range(of: #"(?i)\bexpect(?:ing)?\s+(?:a|an|the|it|something)\b"#, options: .regularExpression) != nil { return nil }
        guard let match = concluding.firstMatch(in: clause, range: NSRange(clause.startIndex..., in: clause)),
            let range = (1...4).lazy.compactMap({ Range(match.range(at: $0), in: clause) }).first else { return nil }
        var value = String(clause[range])
        // "… is $\mathbf{11}$ (2 is a quadratic residue, so …).": a remark in parentheses is no part of it.
        value = remark.stringByReplacingMatches(in: value, range: NSRange(value.startIndex..., in: value), withTemplate: "")
        // "0.200 mol of acetic acid", "9.73 g of Br₂": an amount, its unit, then what it is of.
        if let amount = value.firstMatch(of: #/^([-−]?\d[\d,]*(?:\.\d+)?\s*(?:[a-zA-Zµμ]{1,4}))\s+of\s+\S/#) { value = String(amount.1) }
        let words = value.split(whereSeparator: { !$0.isLetter }).filter { $0.count > 1 }
        return words.count <= 3 ? value : nil
    }

    /// Whether `restatement` ("65% chance", "0.65") is `value` ("0.648") rounded to the
    /// restatement's own precision.
    static func rounds(_ value: String, to restatement: String) -> Bool {
        guard let number = restatement.firstMatch(of: #/^\$?([-−]?\d+(?:\.(\d+))?)\$?(\s*%)?/#),
              let stated = Double(String(number.1).replacingOccurrences(of: "−", with: "-")),
              let exact = Double(value.replacingOccurrences(of: "−", with: "-")) else { return false }
        let percent = number.3 != nil
        let decimals = (number.2?.count ?? 0) + (percent ? 2 : 0)
        let rounded = percent ? stated / 100 : stated
        return abs(exact - rounded) <= 0.5 * pow(10, -Double(decimals)) + 1e-12 && abs(exact - rounded) > 0
    }
}
