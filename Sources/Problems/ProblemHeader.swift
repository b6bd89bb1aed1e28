import Foundation

/// A line that may start a problem: `Problem 2: Title`, `Q3)`, `## Question 4`, `1. Title`.
struct ProblemHeader: Sendable, Equatable {
    /// How strongly the line looks like a header.
    enum Kind: Sendable, Equatable {
        /// A keyword (`Problem`, `Question`, `Exercise`, `Q`) or a Markdown heading `# 3. Title`.
        case keyword
        /// A bare number with `.` or `)` and a capitalized title: `1. Title`.
        case numbered
    }

    /// Number components: [2] for "Problem 2", [2, 3] for "Problem 2.3".
    var number: [Int]
    var title: String
    var kind: Kind

    /// The numeral as printed when it is roman ("II" in "Problem II").
    var roman: String?

    /// The keyword as a family ("problem", "question", "exercise", "task", "prob", "q"), or
    /// nil for a numbered line or heading: a document that moves from "Exercise 3.5" to
    /// "Problem 1" starts a new numbering.
    var keyword: String?

    /// Whether the line is a section number and title as LaTeX prints it ("2 Momentum").
    var isSection = false

    /// The id used for the problem: components joined with ".", or the roman numeral as
    /// printed ("II"), which is what a reader cites.
    var id: String { roman ?? number.map(String.init).joined(separator: ".") }

    private static let keywords = ["problem", "question", "exercise", "task", "prob.", "prob", "q"]
    private static let separators: Set<Character> = [":", ".", "\u{2014}", "\u{2013}", "-", ")", "|", "\u{2012}"]

    /// Parses a decorated line; nil when it is not a header candidate.
    static func parse(_ shape: LineShape) -> ProblemHeader? {
        let chars = withoutAttributes(shape.characters)
        guard let first = chars.first else { return nil }
        if first.isASCIILetter {
            return parseKeyword(chars)
        }
        if first.isASCIIDigit, var header = parseNumbered(chars, strict: !shape.isHeading) {
            if shape.isHeading { header.kind = .keyword }
            return header
        }
        return nil
    }

    /// The line without pandoc's heading attributes: `Exercise 4.1 {#ex4-1}`, `Problem 2 {.unnumbered}`.
    static func withoutAttributes(_ chars: [Character]) -> [Character] {
        guard chars.last == "}", let open = chars.lastIndex(of: "{"), open > 0, chars[open - 1].isBlank,
            open + 1 < chars.count, "#.".contains(chars[open + 1]) else { return chars }
        var end = open
        while end > 0, chars[end - 1].isBlank { end -= 1 }
        return Array(chars[..<end])
    }

    /// Words that may come before the keyword: "Bonus Question 4", "Optional Problem 5".
    private static let qualifiers = ["bonus ", "extra credit ", "extra-credit ", "optional ", "challenge ", "starred "]

    /// `Problem 2: Title`, `PROBLEM 2`, `Question 4:`, `Q3)`, `Exercise 5 — Title`,
    /// `Bonus Question 4: Title`.
    private static func parseKeyword(_ chars: [Character]) -> ProblemHeader? {
        guard chars[0].isUppercase else { return nil }
        for qualifier in qualifiers where chars.hasPrefix(qualifier, at: 0) {
            let rest = Array(chars[chars.skippingBlanks(from: qualifier.count)...])
            guard rest.first?.isUppercase == true else { return nil }
            return parseKeyword(rest)
        }
        for keyword in keywords where chars.hasPrefix(keyword, at: 0) {
            var i = keyword.count
            if i < chars.count, chars[i].isASCIILetter { continue }
            if keyword == "q" {
                // Q3, Q 3, Q.3
                if i < chars.count, chars[i] == "." { i += 1 }
            } else {
                guard i < chars.count, chars[i].isBlank || keyword.hasSuffix(".") else { continue }
            }
            i = chars.skippingBlanks(from: i)
            if i < chars.count, chars[i] == "#" { i = chars.skippingBlanks(from: i + 1) }
            if chars.hasPrefix("no.", at: i) { i = chars.skippingBlanks(from: i + 3) }
            guard let (number, numberEnd) = parseNumber(chars, at: i) else { return nil }
            // "Exercise 4.4*", "Problem 3^⋆": a starred (optional) problem.
            var end = numberEnd
            if end < chars.count, chars[end] == "^", end + 1 < chars.count, "*∗⋆★".contains(chars[end + 1]) { end += 2 }
            else if end < chars.count, "*∗⋆★".contains(chars[end]) { end += 1 }
            guard let title = parseTitle(chars, at: end) else { return nil }
            let written = String(chars[i..<numberEnd])
            return ProblemHeader(number: number, title: title, kind: .keyword, roman: RomanNumeral.value(of: written) != nil ? written : nil,
                                 keyword: keyword == "prob." ? "prob" : keyword)
        }
        return nil
    }

    /// `1. Title`, `1) Title`: a number up to 3 digits, `.` or `)`, blank, capitalized word.
    private static func parseNumbered(_ chars: [Character], strict: Bool) -> ProblemHeader? {
        var i = 0
        var value = 0
        while i < chars.count, let digit = chars[i].digitValue, i < 3 {
            value = value * 10 + digit
            i += 1
        }
        guard i > 0, i < chars.count, !chars[i].isASCIIDigit else { return nil }
        // "2 Momentum and Adam (14 points)": a numbered section as LaTeX prints it.
        if chars[i].isBlank, value > 0, let title = sectionTitle(Array(chars[i...])) {
            var header = ProblemHeader(number: [value], title: title, kind: .numbered)
            header.isSection = true
            return header
        }
        guard chars[i] == "." || chars[i] == ")" else { return nil }
        i += 1
        // "1." alone on its line, its parts below.
        if i == chars.count { return ProblemHeader(number: [value], title: "", kind: .numbered) }
        guard chars[i].isBlank else { return nil }
        i = chars.skippingBlanks(from: i)
        guard i < chars.count else { return nil }
        if strict {
            // "1. Title", or a title in parentheses: "3. (A quadratic objective, 6 points) Let …".
            var titleStart = chars[i] == "(" && i + 1 < chars.count ? i + 1 : i
            // Points before the title: "1. (10 points) Scaled dot-product attention."
            if let after = pointsGroup(chars, at: i) { titleStart = after }
            // ("3. 1D convolutions, forwards and backwards", "1. 1-D convolution by hand": a title may
            // open with "1D", "2-D", "3D".)
            // (A title: a few words, no other number — not "1. 1-D convolution with stride 2 halves
            // the length." in a list of statements.)
            let opening = (String(chars[min(titleStart, chars.count)...]).split(separator: ".", maxSplits: 1).first.map(String.init) ?? "")
                .replacing(#/\s*\([^()]*\)/#, with: "")
            let dimensional = opening.firstMatch(of: #/^[1-4]-?D(?![A-Za-z])/#) != nil
                && opening.split(separator: " ").count <= 5 && opening.dropFirst(2).allSatisfy { !$0.isNumber }
            guard titleStart < chars.count, chars[titleStart].isUppercase && chars[titleStart].isLetter || dimensional else { return nil }
        }
        let title = String(chars[i...]).trimmed
        return ProblemHeader(number: [value], title: title, kind: .numbered)
    }

    /// The title after a section number: a capitalized name of words only (points aside),
    /// ten words at most — "3 × 3 kernel" and "1 Conv 3×3, stride 1" are no sections.
    private static func sectionTitle(_ rest: [Character]) -> String? {
        let text = withoutTrailingPoints(String(rest).trimmed)
        let words = text.split(separator: " ")
        guard let first = text.first, first.isUppercase, first.isLetter, (1...10).contains(words.count),
              text.allSatisfy({ $0.isLetter || $0 == " " || $0 == "-" || $0 == "'" || $0 == "’" || $0 == "," || $0 == ":" }),
              !sentenceOpeners.contains(words[0].lowercased())
        else { return nil }
        return String(rest).trimmed
    }

    /// A header line's rest as title and the statement that follows it on the same line:
    /// "(Linear layers). Let W ∈ …" → ("Linear layers", "Let W ∈ …"); "(10 points)
    /// Entropy. The layer has …" → ("Entropy", "The layer has …"). Other titles stay whole.
    static func splitTitle(_ written: String) -> (title: String, statement: String) {
        let (title, statement) = splitStatement(written)
        // "(Recurrent layers) [10 pts]": the points are no statement.
        let characters = Array(statement)
        let rest = pointsGroup(characters, at: 0).map { String(characters[$0...]) } ?? statement
        return (withoutTrailingPoints(title), rest)
    }

    /// "Thin lens (8 marks)", "Attention [6 pts]" → the title without its points.
    private static func withoutTrailingPoints(_ title: String) -> String {
        let characters = Array(title)
        guard let last = characters.last, last == ")" || last == "]",
              let open = characters.lastIndex(of: last == ")" ? "(" : "["), open > 0,
              pointsGroup(characters, at: open) != nil
        else { return title }
        return String(characters[..<open]).trimmed
    }

    private static func splitStatement(_ written: String) -> (title: String, statement: String) {
        let characters = Array(written)
        if let after = pointsGroup(characters, at: 0) {
            let rest = String(characters[after...])
            // "(10 points) Newton's method", "(8 points) Masks and positions.": the rest is the
            // title; "(9 pts) Two fair dice are rolled …" is the statement.
            let short = rest.split(separator: " ").count <= 8
            return leadingPhrase(rest) ?? (short ? (rest.hasSuffix(".") ? String(rest.dropLast()) : rest, "") : ("", rest))
        }
        if characters.first == "(", let close = characters.firstIndex(of: ")"), close > 1 {
            var rest = close + 1
            if rest < characters.count, characters[rest] == "." || characters[rest] == ":" { rest += 1 }
            return (String(characters[1..<close]), rest < characters.count ? String(characters[rest...]).trimmed : "")
        }
        return leadingPhrase(written) ?? (titleLike(written) ? (written, "") : ("", written))
    }

    /// A title is a short name, not a sentence that states or asks: "Question 2. Prove that
    /// the iterates converge." has no title.
    static func titleLike(_ written: String) -> Bool {
        let text = withoutTrailingPoints(written)
        let words = text.split(separator: " ")
        guard let first = words.first else { return true }
        // "A resistor network", "State feedback" are titles; "Prove that …", "Let x …" are not.
        // ("Count the trainable parameters of each layer.", "Give all answers to 3 decimals.": a verb
        // that commands, then what it is done to; "State feedback" stays a title.)
        if words.count >= 2, imperatives.contains(first.lowercased()),
           ["the", "a", "an", "each", "every", "all", "these", "this", "your", "both"].contains(words[1].lowercased()) { return false }
        return words.count <= 8 && !text.contains("?") && !text.contains("=")
            && !sentenceOpeners.contains(first.lowercased().trimmingCharacters(in: .punctuationCharacters))
    }

    /// Verbs a sheet commands with, which also open titles ("State feedback", "Count data"):
    /// sentences when an article or a determiner follows.
    private static let imperatives: Set<String> = [
        "count", "give", "state", "write", "use", "list", "solve", "simplify", "sketch", "draw", "identify", "name",
        "report", "estimate", "express", "verify", "check", "apply", "complete", "classify", "convert", "choose",
        "select", "answer", "fill", "match", "rank", "compare", "describe", "plot", "graph", "label", "tabulate",
    ]

    /// "Scaled dot-product attention. A single query …", "Batch norm by hand: a mini-batch
    /// …": a short capitalized phrase that names the problem before its first sentence. A
    /// phrase that opens like a statement ("A fair die …", "Compute the mean.") is none.
    private static func leadingPhrase(_ text: String) -> (String, String)? {
        guard let stop = text.range(of: #"[.:] "#, options: .regularExpression) else { return nil }
        let phrase = String(text[..<stop.lowerBound])
        let words = phrase.split(separator: " ")
        guard (1...5).contains(words.count), let first = words.first, first.first?.isUppercase == true,
              !phrase.contains(where: { $0.isNumber || $0 == "=" }),
              !statementOpeners.contains(first.lowercased())
        else { return nil }
        let statement = String(text[stop.upperBound...]).trimmed
        return statement.isEmpty ? nil : (phrase, statement)
    }

    private static let statementOpeners: Set<String> = [
        "a", "an", "the", "let", "consider", "suppose", "assume", "given", "compute", "find", "show", "prove", "derive",
        "calculate", "determine", "what", "how", "why", "which", "is", "are", "in", "for", "if", "we", "you", "this", "use",
        "write", "explain", "state", "give", "evaluate", "estimate",
    ]

    /// First words of a sentence that no title starts with.
    private static let sentenceOpeners: Set<String> = [
        "let", "consider", "suppose", "assume", "given", "compute", "find", "show", "prove", "derive", "calculate",
        "determine", "what", "how", "why", "which", "is", "are", "if", "we", "you", "evaluate", "explain",
    ]

    /// The index after a bracketed point value ("(10 points) ", "[5 pts] "), or nil.
    static func pointsGroup(_ chars: [Character], at start: Int) -> Int? {
        guard start < chars.count, chars[start] == "(" || chars[start] == "[" else { return nil }
        let close: Character = chars[start] == "(" ? ")" : "]"
        guard let end = chars[start...].firstIndex(of: close), end - start < 24 else { return nil }
        let inside = String(chars[(start + 1)..<end]).lowercased()
        guard inside.contains(#/^\d+(\.\d+)?\s*(points?|pts?\.?|marks?|p)$/#) else { return nil }
        return chars.skippingBlanks(from: end + 1)
    }

    /// A problem number: digits with OCR look-alikes (l, I, |, O), optionally dotted ("2.3"),
    /// or an uppercase roman numeral ("II").
    private static func parseNumber(_ chars: [Character], at start: Int) -> ([Int], Int)? {
        // Roman numerals first: Problem II, Problem IV.
        var j = start
        var token = ""
        while j < chars.count, "IVX".contains(chars[j]), token.count < 7 {
            token.append(chars[j])
            j += 1
        }
        if let value = RomanNumeral.value(of: token), j == chars.count || !(chars[j].isLetter || chars[j].isNumber) {
            return ([value], j)
        }
        var i = start
        var components: [Int] = []
        while true {
            var digits = ""
            var realDigits = 0
            while i < chars.count, digits.count < 4 {
                let c = chars[i]
                if c.isASCIIDigit {
                    digits.append(c)
                    realDigits += 1
                } else if c == "l" || c == "I" || c == "|" {
                    digits.append("1")
                } else if c == "O" || c == "o", !digits.isEmpty {
                    digits.append("0")
                } else {
                    break
                }
                i += 1
            }
            if digits.isEmpty { break }
            if realDigits == 0, digits.count > 1 { return nil }
            guard let value = Int(digits) else { return nil }
            components.append(value)
            // A dotted sub-number only when a digit follows the dot.
            if i + 1 < chars.count, chars[i] == ".", chars[i + 1].isASCIIDigit, components.count < 3 {
                i += 1
                continue
            }
            break
        }
        if components.isEmpty { return nil }
        // The number must end at a word boundary.
        if i < chars.count, chars[i].isLetter || chars[i].isNumber { return nil }
        return (components, i)
    }

    /// The title after a number, or nil when the line continues as prose ("Problem 3, part (b)").
    private static func parseTitle(_ chars: [Character], at end: Int) -> String? {
        let i = chars.skippingBlanks(from: end)
        guard i < chars.count else { return "" }
        let next = chars[i]
        if separators.contains(next) {
            var j = i
            while j < chars.count, separators.contains(chars[j]) { j += 1 }
            return String(chars[j...]).trimmed
        }
        guard i > end else { return nil }  // "Problem 2a"
        if next == "(" || next == "[" || next.isUppercase || next.isASCIIDigit {
            return String(chars[i...]).trimmed
        }
        return nil
    }
}
