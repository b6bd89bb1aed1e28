/// A label at the start of a line that may open a part: `(a)`, `a)`, `(a.)`, `a.`, `Part (c)`, `(ii)`.
struct PartLabel: Sendable, Equatable {
    /// The letters inside the label: "a", "C", "ii".
    var token: String
    /// Parenthesized or `Part …` labels are strong; `a)` and `a.` are weak and need more context.
    var isStrong: Bool
    /// The label as written: "(b)", "Part (c)", "a.".
    var label: String
    /// The text after the label on the same line.
    var rest: String

    private static let partSeparators: Set<Character> = [":", ".", ")", "\u{2014}", "\u{2013}", "-"]
    /// Characters that make the label part of a formula when they follow it: "(t) = …".
    private static let formulaFollowers: Set<Character> = [
        "=", "+", "<", ">", "^", "_", "/", "*", "\u{00B7}", "\u{00D7}", "\u{2212}", "\u{2264}", "\u{2265}",
        "\u{2208}", "\u{2248}", "{", "'", ",", ";", "|",
    ]

    /// Parses a decorated line; nil when it does not start with a label.
    static func parse(_ shape: LineShape) -> PartLabel? {
        let chars = shape.characters
        guard let first = chars.first else { return nil }
        if first == "(" || first == "[" { return parseParenthesized(chars) }
        // "+ 1. Give …" in a pasted formula is no numbered item.
        if first.isASCIIDigit { return shape.bullet == "+" ? nil : parseWeak(chars) }
        if first == "P", let label = parsePartKeyword(chars) { return label }
        if first.isASCIILetter, first.isLowercase { return parseWeak(chars) }
        return nil
    }

    /// Letters a label may hold: one letter, or a roman numeral up to 7 characters; or a
    /// number up to 30.
    private static func token(_ chars: [Character], from start: Int) -> (String, Int)? {
        var i = start
        if i < chars.count, chars[i].isASCIIDigit {
            while i < chars.count, chars[i].isASCIIDigit, i - start < 2 { i += 1 }
            guard let value = Int(String(chars[start..<i])), (1...30).contains(value), i == chars.count || !chars[i].isASCIIDigit
            else { return nil }
            return (String(value), i)
        }
        var token = ""
        while i < chars.count, chars[i].isASCIILetter, token.count < 8 {
            token.append(chars[i])
            i += 1
        }
        guard !token.isEmpty else { return nil }
        guard token.count == 1 || RomanNumeral.value(of: token) != nil else { return nil }
        return (token, i)
    }

    /// `(a)`, `(a.)`, `(ii)`, `(B)`, `[a]`, optionally followed by `.` or `:`.
    private static func parseParenthesized(_ chars: [Character]) -> PartLabel? {
        guard let (token, afterToken) = token(chars, from: 1) else { return nil }
        var i = afterToken
        if i < chars.count, chars[i] == "." { i += 1 }
        guard i < chars.count, chars[i] == (chars[0] == "[" ? "]" : ")") else { return nil }
        i += 1
        let labelEnd = i
        if i < chars.count, chars[i] == "." || chars[i] == ":" { i += 1 }
        // "(a)R_1,": a PDF can drop the space between a label and the math after it.
        // "(a)f(x) = e^{x2}": a lowercase symbol glued on is math too when a bracket, script or
        // sign follows it.
        let glued = i < chars.count && chars[i].isLetter && token.first?.isLowercase == true
            && (chars[i].isUppercase || i + 1 < chars.count && "(_^=".contains(chars[i + 1]))
        guard let rest = glued ? String(chars[i...]).trimmed : rest(chars, at: i) else { return nil }
        // "[a] Compute …": a bracketed label needs text after it.
        if chars[0] == "[", rest.isEmpty { return nil }
        // "(2) y = Wx", "(1)": equation numbers, not numbered parts.
        if token.first?.isASCIIDigit == true, !opensText(rest) { return nil }
        return PartLabel(token: token, isStrong: true, label: String(chars[..<labelEnd]), rest: rest)
    }

    /// `4.1 [2 pts] What is …`, `**4.2** …` under problem 4: the problem's number, a dot and
    /// the part's number (1 to 30), then text. Strong: the problem's number names the owner.
    static func parseDotted(_ shape: LineShape, problem: String) -> PartLabel? {
        let chars = shape.characters
        let prefix = Array(problem + ".")
        guard problem.allSatisfy(\.isASCIIDigit), chars.count > prefix.count, Array(chars[..<prefix.count]) == prefix,
              let (token, afterToken) = token(chars, from: prefix.count), token.first?.isASCIIDigit == true else { return nil }
        var i = afterToken
        if i < chars.count, chars[i] == "." || chars[i] == ")" || chars[i] == ":" { i += 1 }
        let labelEnd = i
        guard let rest = rest(chars, at: i), !rest.isEmpty, opensText(rest) else { return nil }
        return PartLabel(token: token, isStrong: true, label: String(chars[..<labelEnd]), rest: rest)
    }

    /// `Part (c)`, `Part c:`, `PART C.`, `Part b)`.
    private static func parsePartKeyword(_ chars: [Character]) -> PartLabel? {
        guard chars.hasPrefix("part", at: 0), chars.count > 4, chars[4].isBlank, chars[0] == "P" else { return nil }
        var i = chars.skippingBlanks(from: 4)
        var parenthesized = false
        if i < chars.count, chars[i] == "(" {
            parenthesized = true
            i += 1
        }
        guard let (token, afterToken) = token(chars, from: i) else { return nil }
        i = afterToken
        if parenthesized {
            guard i < chars.count, chars[i] == ")" else { return nil }
            i += 1
        }
        let labelEnd = i
        let j = chars.skippingBlanks(from: i)
        if j < chars.count {
            if partSeparators.contains(chars[j]) {
                var k = j
                while k < chars.count, partSeparators.contains(chars[k]) { k += 1 }
                return PartLabel(
                    token: token, isStrong: true, label: String(chars[..<labelEnd]), rest: String(chars[k...]).trimmed)
            }
            // "Part a of the reason": prose. A title must start with a capital, a digit or "(".
            guard j > i, chars[j].isUppercase || chars[j].isASCIIDigit || chars[j] == "(" else { return nil }
        }
        return PartLabel(token: token, isStrong: true, label: String(chars[..<labelEnd]), rest: String(chars[j...]).trimmed)
    }

    /// Text after a numbered label: a word of two letters or more, or a bracketed aside.
    private static func opensText(_ rest: String) -> Bool {
        guard let first = rest.first else { return false }
        if first == "(" || first == "[" { return true }
        return rest.prefix { $0.isLetter }.count >= 2
    }

    /// `a)`, `a.`, `ii.` (lowercase) or `1.`, `2)` (a number up to 30), followed by a blank
    /// and text; after a number, text that is no formula.
    private static func parseWeak(_ chars: [Character]) -> PartLabel? {
        guard let (token, afterToken) = token(chars, from: 0) else { return nil }
        var i = afterToken
        guard i < chars.count, chars[i] == ")" || chars[i] == "." else { return nil }
        i += 1
        let labelEnd = i
        guard i < chars.count, chars[i].isBlank else { return nil }
        guard let rest = rest(chars, at: i), !rest.isEmpty else { return nil }
        if token.first?.isASCIIDigit == true, !opensText(rest) { return nil }
        return PartLabel(token: token, isStrong: false, label: String(chars[..<labelEnd]), rest: rest)
    }

    /// The text after a label: nothing, or a blank then text that does not continue a formula.
    private static func rest(_ chars: [Character], at index: Int) -> String? {
        guard index < chars.count else { return "" }
        guard chars[index].isBlank else { return nil }
        var j = chars.skippingBlanks(from: index)
        guard j < chars.count else { return "" }
        // "(b) ^∗ Explain …", "(b) * Explain …": a starred (optional) part.
        if j + 1 < chars.count, chars[j] == "^", chars[j + 1] == "∗" || chars[j + 1] == "*" { j = chars.skippingBlanks(from: j + 2) }
        else if j + 1 < chars.count, chars[j] == "∗" || chars[j] == "*", chars[j + 1].isBlank { j = chars.skippingBlanks(from: j + 1) }
        guard j < chars.count else { return "" }
        if formulaFollowers.contains(chars[j]) || chars[j].isMinusSign { return nil }
        return String(chars[j...]).trimmed
    }
}
