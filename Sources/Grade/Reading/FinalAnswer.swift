import Foundation
import Solve

/// Finds the answer a part's text commits to last.
///
/// Candidates, strongest first: `\boxed{…}`; a line marked "Answer:", "Final answer:", "the
/// answer is", `✅`; a summary-table cell; bold text; then the closing `= value` of a line, a
/// value alone on its line or in a display formula. The last candidate of the strongest kind
/// present wins. A correction ("wait", "let me recompute", "actually") withdraws the
/// candidates before it when a value follows; a later turn's candidates replace an earlier
/// turn's. Two explicit answers that disagree (a body and a summary, "either … or …") are
/// unclear; a question back instead of an answer is missing.
public enum FinalAnswer {
    /// One reading of an answer in the text.
    public struct Candidate: Sendable, Equatable {
        public var reading: AnswerReading
        /// How explicit the answer is: 4 boxed, 3 marked or a summary cell, 2 bold, 1 a closing value.
        public var strength: Int
        public var evidence: String
        public var place: String
        var turn: Int
        var order: Int
        /// Offered under a condition ("if your grader counts them, the answer would be (C)").
        var hedged = false
    }

    /// What the part's text gives.
    public struct Outcome: Sendable, Equatable {
        public var final: Candidate?
        /// Other explicit answers that disagree with the final one, none withdrawn.
        public var conflicting: [Candidate]
        /// A line asking for the input again, when there is one and no answer.
        public var request: PartAttribution.Piece?
        /// The last candidate a correction withdrew.
        public var withdrawn: Candidate?
    }

    static func regex(_ pattern: String) -> NSRegularExpression {
        try! NSRegularExpression(pattern: pattern, options: [.caseInsensitive])
    }

    /// A correction: a phrase that withdraws what came before anywhere in a sentence, or a
    /// word that does so at a sentence's start ("Wait, …", "Actually, …", "Correction: …";
    /// not "bias correction" or "wait time").
    static let correction = regex(
        #"\b(?:let me (?:redo|recompute|recalculate|re-?check|double[- ]check|fix)|that can['’]t be right|that['’]s (?:wrong|not right|backwards)|scratch that|i made (?:an error|a mistake)|please ignore|on second thought|no,? wait|recomputing|rechecking)|(?:^|[.!?:;]\s+|\*\*)(?:wait|actually|correction|hmm|oops)\b"#)
    static let request = regex(
        #"re-?upload|(?:could|can) you (?:paste|share|send|upload|re-?send|give|clarify|confirm|tell me)|send .{0,40} again|paste .{0,30}again|can['’]?t (?:see|read|make out)|cannot (?:see|read)|too small to read|is cut off|unreadable|can't tell what|which (?:one|convention) do you (?:mean|want)|do you mean\b"#)
    static let marker = regex(
        #"(?:final answer|(?:^|[\s*(])answer\b|the answer is|answer is|\bresult\s*(?=is\b|[:=]|\*\*)|(?:^|\s)total\s*(?=[:=])|✅|✔️?|⇒|therefore|so the answer is)\s*(?:\((?-i:[a-h])\)(?=\s*:))?"#
            // "the answer to 1(b) is …", "answer for part (c):": the part named is no value.
            + #"(?:\s*(?:to|for)\s+(?:(?:part|question|problem|exercise|task)\s+)?\d*(?:\.\d+)?\s?\(?(?-i:[a-h])?\)?(?:\((?-i:[ivx]+)\))?\s+(?:is\b)?)?\s*(?:\*\*)?\s*[:=]?\s*(?:\*\*)?\s*(.+)$"#)
    static let bold = try! NSRegularExpression(pattern: #"\*\*(.+?)\*\*|__(.+?)__"#)
    static let hedge = regex(#"\bwould be\b|\bif (?:your|you|the|we|one)\b[^.]*\b(?:would|then)\b|\botherwise\b|\bunless\b"#)

    /// `\boxed{…}` contents with balanced braces.
    static func boxed(_ text: String) -> [String] {
        var result: [String] = []
        var search = text.startIndex
        while let range = text.range(of: "\\boxed", range: search..<text.endIndex) {
            var index = range.upperBound
            while index < text.endIndex, text[index] == " " { index = text.index(after: index) }
            guard index < text.endIndex, text[index] == "{" else { search = range.upperBound; continue }
            let open = text.index(after: index)
            var depth = 1
            index = open
            while index < text.endIndex, depth > 0 {
                if text[index] == "{" { depth += 1 } else if text[index] == "}" { depth -= 1 }
                if depth > 0 { index = text.index(after: index) }
            }
            result.append(String(text[open..<index]))
            search = index < text.endIndex ? text.index(after: index) : text.endIndex
        }
        return result
    }

    /// The candidates of one piece, in order.
    static func candidates(in piece: PartAttribution.Piece, expecting expectation: AnswerExpectation, summary: Bool, order: inout Int) -> [Candidate] {
        var found: [Candidate] = []
        func add(_ raw: String, _ strength: Int, hedgedIn line: String = "") {
            let reading = AnswerGrammar.read(withoutRejected(raw), expecting: expectation)
            if reading == .none { return }
            // A formula with variables counts where a number is expected only when the text
            // commits to it (boxed, marked); amid a derivation it is an intermediate step.
            if strength < 3, expectation == .scalar, case .value(.expression(let e)) = reading, e.constantValue == nil { return }
            // "e = b − p = (2, −1, 0)": a bracketed vector amid a derivation is a step where one number is expected.
            if strength < 3, expectation == .scalar, case .ambiguous(let reason, _) = reading, reason == AnswerGrammar.severalValues,
                raw.contains("(") || raw.contains("[") { return }
            // "c_t = 0.5 · 2 + 0.8 · (−0.5)": arithmetic left undone is a step, not a result.
            if strength < 3, expectation == .scalar, case .value(.expression(let e)) = reading, e.isUndoneArithmetic { return }
            order += 1
            let hedged = hedge.firstMatch(in: line, range: NSRange(line.startIndex..., in: line)) != nil
            found.append(Candidate(reading: reading, strength: strength, evidence: piece.original, place: piece.place, turn: piece.turn, order: order,
                                   hedged: hedged))
        }
        if summary {
            add(piece.text, 3)
            return found
        }
        let text = piece.text
        // Rows of bare numbers on their own lines: a matrix (or a column vector).
        let rows = text.split(separator: "\n").map(String.init)
        let counts = rows.map { row in row.split(whereSeparator: { " ,\t".contains($0) }).count }
        // Single numbers on lines of a PDF page are a formula the text layer scattered, not a column.
        if rows.count >= 2, rows.allSatisfy(TurnSegments.isNumberRow), Set(counts).count == 1,
            expectation == .matrix && counts[0] >= 2 || expectation == .sequence && !piece.place.hasPrefix("page") {
            add("[" + rows.joined(separator: "; ") + "]", 1)
            return found
        }
        let lines = joiningOpenBrackets(text.split(separator: "\n", omittingEmptySubsequences: false).map(String.init))
        // A box that spans lines (a display formula) is read from the whole piece.
        let wholeBoxes = boxed(text)
        if wholeBoxes.count > lines.map({ boxed($0).count }).reduce(0, +) {
            for content in wholeBoxes { add(content, 4) }
            return found
        }
        for written in lines {
            let line = expectation == .matrix ? rowsWritten(written) : written
            let range = NSRange(line.startIndex..., in: line)
            // Boxed answers, in the order they stand among the other candidates.
            let boxes = boxed(line)
            if !boxes.isEmpty {
                for content in boxes { add(content, 4) }
                // "… = \boxed{255}. … Final answer: 10,455": a marked answer after the last box.
                if let last = line.range(of: boxes.last!, options: .backwards) {
                    let tail = String(line[last.upperBound...])
                    if let match = marker.firstMatch(in: tail, range: NSRange(tail.startIndex..., in: tail)),
                        let rest = Range(match.range(at: 1), in: tail) {
                        add(firstSentence(tail[rest]), 3, hedgedIn: tail)
                    }
                }
                continue
            }
            // "so x = 2 or x = 3": one unknown's values, a list where a list is expected.
            if expectation == .sequence,
                let values = solutions(remark.stringByReplacingMatches(in: line, range: range, withTemplate: "")) {
                add(values, 1)
                continue
            }
            // "It is either X or Y": two values offered, whatever their dress; or two values
            // each under its own condition ("5.0 with the population formula and 6.67 with the sample one").
            if let reading = offered(line, expecting: expectation) ?? conditioned(line, expecting: expectation) {
                order += 1
                // "So the answer is either X or Y": as explicit as any marked answer.
                let marked = marker.firstMatch(in: line, range: range) != nil
                found.append(Candidate(reading: reading, strength: marked ? 3 : 1, evidence: piece.original, place: piece.place, turn: piece.turn,
                                       order: order))
                continue
            }
            // Every marked sentence of the line, in order ("Therefore, the base is 15. … Final Answer: … is 120.").
            let before = found.count
            var searchFrom = line.startIndex
            var marked = 0
            // (At most 64 per line, so a pathological line stays linear.)
            while searchFrom < line.endIndex, marked < 64,
                let match = marker.firstMatch(in: line, range: NSRange(searchFrom..., in: line)), let rest = Range(match.range(at: 1), in: line) {
                let sentence = firstSentence(line[rest])
                add(sentence, 3, hedgedIn: line)
                searchFrom = line.index(rest.lowerBound, offsetBy: max(1, sentence.count), limitedBy: line.endIndex) ?? line.endIndex
                marked += 1
            }
            // A hedged answer ("… would be (C)") leaves the line's plain answer to be read too.
            if found.count > before, !found.last!.hedged { continue }
            var bolded = false
            for match in bold.matches(in: line, range: range) {
                guard let content = Range(match.range(at: 1), in: line) ?? Range(match.range(at: 2), in: line) else { continue }
                let inner = String(line[content])
                // "**h = 5**" or "**5**": a bold value; a bold label ("**Part (b):**") is not.
                if inner.hasSuffix(":") { continue }
                let before = found.count
                add(inner, 2)
                if found.count > before { bolded = true }
            }
            if bolded { continue }
            // A lone digit on a PDF page is an exponent the text layer split off its base.
            if piece.place.hasPrefix("page"), line.trimmingCharacters(in: .whitespaces).count == 1,
                line.trimmingCharacters(in: .whitespaces).first!.isNumber { continue }
            if let closing = closingValue(line, expecting: expectation) { add(closing, 1) }
        }
        return found
    }

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

    static let conditional = regex(#"\b(?:when|whenever|if|unless|assuming|where|as long as|for all|because|since)\b"#)

    static let rejected = regex(#"(?:[,;]|\s[—–-])\s*(?:and\s+)?not\s+\S.*$|\s+(?:rather than|instead of)\s+\S.*$"#)

    /// The text without an alternative it rejects: "**(C)**, not (A)" → "**(C)**".
    static func withoutRejected(_ text: String) -> String {
        guard let match = rejected.firstMatch(in: text, range: NSRange(text.startIndex..., in: text)),
            let range = Range(match.range, in: text), range.lowerBound > text.startIndex else { return text }
        return String(text[..<range.lowerBound])
    }

    static let rowsPhrase = regex(#"\b(rows|columns)\s+(?:are\s+|:\s*)?(\([^()]*\)(?:\s*(?:,\s*and|,|and)\s*\([^()]*\))+)"#)

    /// A matrix given by its rows or columns in words: "A² has rows (18, 7) and (14, 11)" →
    /// "A² has [[18, 7], [14, 11]]"; columns are transposed.
    static func rowsWritten(_ line: String) -> String {
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
    static func closingValue(_ line: String, expecting expectation: AnswerExpectation) -> String? {
        let trimmed = line.trimmingCharacters(in: .whitespaces)
        guard !trimmed.isEmpty else { return nil }
        // "… = 12,544 features; … i.e. 125,450 parameters.": a restatement after the last formula.
        if let restated = ["i.e.", "i. e.", "that is,"].compactMap({ trimmed.range(of: $0, options: .backwards) }).max(by: { $0.lowerBound < $1.lowerBound }),
            !trimmed[restated.upperBound...].contains("=") {
            let tail = trimmed[restated.upperBound...].trimmingCharacters(in: .whitespaces)
            if let first = AnswerLexer.undress(tail).trimmingCharacters(in: .whitespaces).first, first.isNumber || "-−([$\\".contains(first) {
                return tail.replacingOccurrences(of: "componentwise", with: "").replacingOccurrences(of: "elementwise", with: "")
            }
        }
        let separators = ["=", "≈", "\\approx", "→", "->", "⇒", "\\to ", "\\Rightarrow", "\\rightarrow"]
        if let last = separators.compactMap({ trimmed.range(of: $0, options: .backwards) }).max(by: { $0.lowerBound < $1.lowerBound }) {
            // "… even when all xᵢ = 0.", "where n = 4": a condition or a definition, not a result.
            let clauseStart = trimmed[..<last.lowerBound].lastIndex(where: { ".,;:".contains($0) }).map { trimmed.index(after: $0) } ?? trimmed.startIndex
            let lead = String(trimmed[clauseStart..<last.lowerBound])
            if conditional.firstMatch(in: lead, range: NSRange(lead.startIndex..., in: lead)) != nil { return nil }
            let after = trimmed[last.upperBound...]
            // The value up to the end of its clause (a semicolon outside brackets).
            var depth = 0
            var end = after.endIndex
            for index in after.indices {
                let c = after[index]
                if "([{".contains(c) { depth += 1 } else if ")]}".contains(c) { depth = max(0, depth - 1) }
                if c == ";", depth == 0, expectation != .matrix { end = index; break }
                // … or the end of its sentence: "= 1,216 parameters. Your 1200 is missing the biases."
                if c == ".", depth == 0, let next = after[index...].dropFirst().first, next == " ",
                    let letter = after[index...].dropFirst(2).first, letter.isUppercase {
                    end = index
                    break
                }
            }
            var clause = String(after[..<end])
            // "= 75 plus 16 biases, so part (b) comes to 1216 parameters": a conclusion after the formula.
            if let concluded = conclusion(clause) { return concluded }
            // "= p − y, i.e. componentwise p_k − y_k": the restatement is the answer.
            if let restated = ["i.e.", "i. e.", "that is,", "namely"].compactMap({ clause.range(of: $0, options: .backwards) }).max(by: { $0.lowerBound < $1.lowerBound }) {
                clause = String(clause[restated.upperBound...])
                return clause.replacingOccurrences(of: "componentwise", with: "").replacingOccurrences(of: "elementwise", with: "")
            }
            return String(trimmed[..<last.upperBound]) + clause
        }
        switch expectation {
        case .boolean:
            // A truth value in words anywhere ("so the statement is false"), T/F on a short line.
            let words = Set(trimmed.lowercased().split { !$0.isLetter }.map(String.init))
            return !words.isDisjoint(with: ["true", "false"]) || trimmed.count <= 12 ? trimmed : nil
        case .choice:
            return trimmed.count <= 40 || trimmed.lowercased().contains("option") || trimmed.contains("(") ? trimmed : nil
        default:
            // A line that starts with a value: a number (not "2c"), a bracket, a formula.
            let undressed = AnswerLexer.undress(trimmed).trimmingCharacters(in: .whitespaces)
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
                let after = trimmed[range.upperBound...].trimmingCharacters(in: .whitespaces)
                // "… so 2c is 18.": the value ends its clause; "… is 1/0.75 or 1/0.25 depends on …" discusses.
                let clause = after.prefix { !",;!?".contains($0) }
                let words = clause.split(whereSeparator: { !$0.isLetter }).filter { $0.count > 1 }
                if words.count <= 3, let first = AnswerLexer.undress(after).trimmingCharacters(in: .whitespaces).first,
                    first.isNumber || "-−([".contains(first) {
                    return String(after)
                }
            }
            return nil
        }
    }

    static let concluding = regex(
        #"[,;.]\s+(?:(?:so|thus|hence|therefore|which gives|giving)\b.*|(?:[\w()’']+\s+){0,4}?(?:total|answer|result|overall|altogether|final|part(?:\s*\(\w+\))?)\s+(?:[\w’']+\s+){0,3}?)"#
            + #"\b(?:is|are|comes to|gives?|has|have|totals?|equals|of|to|get)\s+(?=[-−(\[$\d])(.+)$"#
            // "…, so 52 parameters": the value right after the connective.
            + #"|[,;.]\s+(?:so|thus|hence|therefore|giving)\s+(?=[-−(\[$\d])(.+)$"#)

    /// The value a conclusion states after a formula's result ("…, so the layer has 1216
    /// parameters", "…, the total comes to 28,672", "…, part (b) is 12"), when it ends the
    /// sentence (at most three more words).
    static func conclusion(_ clause: String) -> String? {
        guard let match = concluding.firstMatch(in: clause, range: NSRange(clause.startIndex..., in: clause)),
            let range = Range(match.range(at: 1), in: clause) ?? Range(match.range(at: 2), in: clause) else { return nil }
        let value = String(clause[range])
        let words = value.split(whereSeparator: { !$0.isLetter }).filter { $0.count > 1 }
        return words.count <= 3 ? value : nil
    }

    static let solutionValue = #"\$?\s*=\s*\$?([-−]?\d+(?:\.\d+)?(?:/\d+)?)\$?"#
    static let solutionIndex = #"(?:_\{?\w+\}?|[₀-₉]+)?"#
    static let solution = try! NSRegularExpression(
        pattern: #"(?<![\w\\])\$?(\\[A-Za-z]+|\p{L})"# + solutionIndex + solutionValue
            + #"((?:\s*(?:,|,?\s*or|,?\s*and)\s*\$?\1"# + solutionIndex + solutionValue + #")+)"#)
    static let solutionValues = try! NSRegularExpression(pattern: solutionValue)

    /// The values one unknown takes, or the entries of one indexed name, listed at the end of
    /// a line ("x = 2 or x = 3", "$x = -2$ and $x = -3$", "λ₁ = 5 and λ₂ = 2"), as a tuple;
    /// nil unless the list ends the sentence. Different names ("a = 1 and b = 4") are no list.
    static func solutions(_ line: String) -> String? {
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
    static let copulas = [" is ", " it's ", " it’s ", " are ", " gives ", " give ", " equals ", " comes to ", " comes out to ", " becomes ",
                          " yields ", " we get ", " is now ", " works out to ", " increases by ", " decreases by ", " grows by ", " drops by ",
                          " falls by ", " rises by "]

    static let condition = regex(#"\b(?:with|using|under|if|assuming|when|for)\s+(?:the|a|an)?\s*\w+"#)
    static let conjunction = regex(#"\s+(?:or|and|while|whereas)\s+|;\s*"#)

    /// One quantity given two values, each under its own condition: "σ² = 5.0 with the
    /// population formula and σ² ≈ 6.67 with the sample formula", "≈ 3.683 with the population
    /// variance or ≈ 3.324 with the sample variance". Ambiguous when the values differ.
    static func conditioned(_ line: String, expecting expectation: AnswerExpectation) -> AnswerReading? {
        guard expectation == .scalar else { return nil }
        let range = NSRange(line.startIndex..., in: line)
        for match in conjunction.matches(in: line, range: range) {
            guard let cut = Range(match.range, in: line) else { continue }
            let halves = [String(line[..<cut.lowerBound]), String(line[cut.upperBound...])]
            var values: [AnswerValue] = []
            for half in halves {
                // The half's last relation and the value after it, followed by its condition.
                guard let relation = ["=", "≈", "\\approx"].compactMap({ half.range(of: $0, options: .backwards) }).max(by: { $0.lowerBound < $1.lowerBound })
                else { break }
                let after = String(half[relation.upperBound...])
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

    /// "… is 8,896 or 8,960": two values offered as the answer.
    static func offered(_ written: String, expecting expectation: AnswerExpectation) -> AnswerReading? {
        // Remarks in parentheses ("(1.62, -1.0) (velocity accumulates raw gradients) or …") are not values.
        let line = remark.stringByReplacingMatches(in: written, range: NSRange(written.startIndex..., in: written), withTemplate: "")
        guard let or = line.range(of: #"\bor\b"#, options: .regularExpression) else { return nil }
        // The second value must end its clause ("… is 8,896 or 8,960."), unless "either" offers
        // both: "… is 1/0.75 or 1/0.25 depends on the convention" discusses, it does not answer.
        // (A comma inside brackets does not end it.)
        var depth = 0
        let tail = line[or.upperBound...].prefix { c in
            if "([{".contains(c) { depth += 1 } else if ")]}".contains(c) { depth = max(0, depth - 1) }
            return depth > 0 || !",;!?".contains(c)
        }
        let words = tail.split(whereSeparator: { !$0.isLetter }).filter { $0.count > 1 }
        // "… = 2560 — or 2480 if you count one bias": the second value under its own condition.
        let condition = tail.range(of: #"^\s*\$?[-−(\[\d][^,;]*?\s(?=(?:if|when|with|under|assuming|depending)\b)"#, options: .regularExpression)
        let conditioned = condition != nil
        guard words.count <= 3 || line.lowercased().contains("either") || conditioned else { return nil }
        // The values offered start after the last "is", ":" or "=" before the "or".
        let head = line[..<or.lowerBound]
        let anchors = [" is ", ":", "=", " be "]
        let anchor = anchors.compactMap({ head.range(of: $0, options: .backwards) }).max(by: { $0.lowerBound < $1.lowerBound })
        // … up to the end of the second value's clause ("…, depending on whether x = 0.5 …" is not offered).
        let end = condition?.upperBound ?? tail.endIndex
        let offeredText = String(line[(anchor?.upperBound ?? line.startIndex)..<end]).replacingOccurrences(of: "—", with: " ")
        let reading = AnswerGrammar.read(offeredText, expecting: expectation)
        if case .ambiguous = reading { return reading }
        return nil
    }

    static let remark = regex(#"\s\((?=[^()]*[A-Za-z]{3,}[^()]*[A-Za-z]{3,})[^()]*(?:\([^()]*\)[^()]*)*\)"#)

    /// The final answer of a part from its pieces and its summary cells.
    public static func find(pieces: [PartAttribution.Piece], summaries: [PartAttribution.Piece], expecting expectation: AnswerExpectation) -> Outcome {
        var order = 0
        var body: [Candidate] = []
        var withdrawn: Candidate? = nil
        var pendingCorrection = false
        for whole in pieces {
          for (piece, corrects) in split(whole) {
            let found = candidates(in: piece, expecting: expectation, summary: false, order: &order)
            // A correction withdraws what came before it once a value follows.
            if corrects, !body.isEmpty {
                pendingCorrection = true
            }
            if !found.isEmpty, !body.isEmpty, pendingCorrection || body.last!.turn < piece.turn {
                // A later turn that answers the part again replaces what came before, too.
                withdrawn = body.last
                body = []
            }
            if !found.isEmpty { pendingCorrection = false }
            body += found
          }
        }
        var summary: [Candidate] = []
        for piece in summaries { summary += candidates(in: piece, expecting: expectation, summary: true, order: &order) }
        // A later turn that answers again replaces an earlier turn's summary row too.
        if let latest = body.map(\.turn).max() { summary.removeAll { $0.turn < latest } }

        let asking = request(in: pieces)
        guard !body.isEmpty || !summary.isEmpty else {
            return Outcome(final: nil, conflicting: [], request: asking, withdrawn: withdrawn)
        }
        let bodyStrongest = body.map(\.strength).max() ?? 0
        // The answer the body commits to last: its last explicit one (boxed or marked), else its
        // last of the strongest kind present; a summary that agrees confirms it. Else the summary's.
        let tier = min(bodyStrongest, 3)
        // An answer offered under a condition does not replace a plain one; both stand (unclear).
        let plainTier = body.filter { !$0.hedged }.map { min($0.strength, 3) }.max()
        let final: Candidate
        if let plainTier {
            final = body.last { min($0.strength, 3) == plainTier && !$0.hedged }!
        } else if bodyStrongest > 0 {
            final = body.last { min($0.strength, 3) == tier }!
        } else {
            final = summary.last!
        }
        var conflicting: [Candidate] = []
        for other in body where other.hedged && other != final && !same(other.reading, final.reading)
            && !conflicting.contains(where: { same($0.reading, other.reading) }) {
            conflicting.append(other)
        }
        // A body and a summary that disagree, unresolved.
        if let row = summary.last, let bodyFinal = body.last(where: { $0.strength == bodyStrongest }), !same(row.reading, bodyFinal.reading),
            !conflicting.contains(where: { same($0.reading, row.reading) && same($0.reading, bodyFinal.reading) }) {
            let other = final == row ? bodyFinal : row
            if !conflicting.contains(where: { same($0.reading, other.reading) }) { conflicting.append(other) }
        }
        return Outcome(final: final, conflicting: conflicting, request: nil, withdrawn: withdrawn)
    }

    /// The first piece that asks for the input again instead of answering.
    public static func request(in pieces: [PartAttribution.Piece]) -> PartAttribution.Piece? {
        pieces.first { piece in request.firstMatch(in: piece.text, range: NSRange(piece.text.startIndex..., in: piece.text)) != nil }
    }

    /// A piece cut where a correction starts: the text before it, then the correction and
    /// what follows (flagged).
    static func split(_ piece: PartAttribution.Piece) -> [(PartAttribution.Piece, Bool)] {
        let text = piece.text
        guard let match = correction.matches(in: text, range: NSRange(text.startIndex..., in: text)).last,
            let range = Range(match.range, in: text) else { return [(piece, false)] }
        var before = piece
        before.text = String(text[..<range.lowerBound])
        var after = piece
        after.text = String(text[range.lowerBound...])
        return before.text.trimmingCharacters(in: .whitespaces).isEmpty ? [(after, true)] : [(before, false), (after, true)]
    }

    /// Whether two readings give the same value.
    static func same(_ a: AnswerReading, _ b: AnswerReading) -> Bool {
        guard case .value(let x) = a, case .value(let y) = b else { return a == b }
        if x == y { return true }
        return Equivalence.compare(x, y.answer).equal || Equivalence.compare(y, x.answer).equal
    }
}
