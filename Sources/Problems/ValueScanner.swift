/// A single left-to-right pass over text collecting ``MathValue``s.
struct ValueScanner {
    private let chars: [Character]
    private var index = 0
    private var values: [MathValue] = []
    /// The last word read, lowercased, and whether only blanks followed it so far.
    private var lastWord = ""
    private var afterWord = false

    /// Words after which a number is a reference or label, not a value.
    private static let referenceWords: Set<String> = [
        "problem", "problems", "question", "questions", "exercise", "exercises", "part", "parts",
        "section", "sections", "chapter", "figure", "fig", "table", "equation", "equations", "eq", "eqs",
        "homework", "hw", "assignment", "lecture", "week", "page", "pages", "pp", "theorem", "lemma",
    ]
    /// Words after which a four-digit number is a year.
    private static let yearWords: Set<String> = [
        "fall", "spring", "summer", "winter", "autumn", "term", "january", "february", "march", "april", "may",
        "june", "july", "august", "september", "october", "november", "december", "jan", "feb", "mar", "apr",
        "jun", "jul", "aug", "sep", "sept", "oct", "nov", "dec",
    ]
    private static let ordinalSuffixes: Set<String> = ["st", "nd", "rd", "th"]

    init(_ chars: [Character]) {
        self.chars = chars
    }

    mutating func scan() -> [MathValue] {
        while index < chars.count {
            let c = chars[index]
            if c == "^" || c == "_" {
                skipScript()
                afterWord = false
            } else if c == "[" || c == "(" {
                if let (value, end) = bracketValue(at: index) {
                    if let value { values.append(value) }
                    index = end
                } else {
                    index += 1
                }
                afterWord = false
            } else if startsNumber(at: index) {
                scanNumber()
                afterWord = false
            } else if c.isLetter {
                scanWord()
            } else {
                if !(c.isBlank || c == "." || c == "#" || c == "~") { afterWord = false }
                index += 1
            }
        }
        return values
    }

    // MARK: Words and scripts

    /// Reads a word with its glued digits ("w2", "R4"); an `x` between digits is a times sign.
    private mutating func scanWord() {
        let start = index
        if chars[index] == "x" || chars[index] == "X", index > 0, chars[index - 1].isASCIIDigit,
           index + 1 < chars.count, chars[index + 1].isASCIIDigit
        {
            index += 1
            afterWord = false
            return
        }
        while index < chars.count, chars[index].isLetter || chars[index].isASCIIDigit || chars[index] == "'" {
            index += 1
        }
        lastWord = String(chars[start..<index]).lowercased()
        afterWord = true
    }

    /// Skips `_1`, `^2`, `^{-1}`, `_{i+u-1}`, `^T`.
    private mutating func skipScript() {
        index += 1
        guard index < chars.count else { return }
        if chars[index] == "{" {
            var depth = 0
            while index < chars.count {
                if chars[index] == "{" { depth += 1 }
                if chars[index] == "}" {
                    depth -= 1
                    if depth == 0 {
                        index += 1
                        return
                    }
                }
                index += 1
            }
            return
        }
        if chars[index].isNumberSign || chars[index] == "+" { index += 1 }
        if index < chars.count, chars[index].isASCIIDigit {
            while index < chars.count, chars[index].isASCIIDigit { index += 1 }
        } else if index < chars.count, chars[index].isLetter {
            index += 1
        }
    }

    // MARK: Numbers

    /// Whether a number starts at `i`: a digit, or a unary sign or a dot before a digit,
    /// not glued to a preceding word, number or closing bracket.
    private func startsNumber(at i: Int) -> Bool {
        var j = i
        if chars[j].isNumberSign {
            if i > 0 {
                let before = chars[i - 1]
                if before.isLetter || before.isASCIIDigit || ")]}.".contains(before) { return false }
            }
            j += 1
        }
        guard j < chars.count else { return false }
        if chars[j] == "." {
            guard j + 1 < chars.count, chars[j + 1].isASCIIDigit else { return false }
            if j > 0, chars[j - 1].isASCIIDigit || chars[j - 1].isLetter { return false }
            return true
        }
        guard chars[j].isASCIIDigit else { return false }
        if j == i, i > 0, chars[i - 1] == "." || chars[i - 1].isASCIIDigit { return false }
        return true
    }

    /// Reads a number at `index` and appends it unless it is a label, a reference or an ordinal.
    private mutating func scanNumber() {
        guard let (value, end) = ValueScanner.number(in: chars, at: index, thousands: true) else {
            index += 1
            return
        }
        let text = String(chars[index..<end])
        index = end
        // Ordinals: 1st, 2nd, 3rd, 4th.
        var wordEnd = end
        while wordEnd < chars.count, chars[wordEnd].isLetter { wordEnd += 1 }
        if wordEnd > end, ValueScanner.ordinalSuffixes.contains(String(chars[end..<wordEnd]).lowercased()) {
            index = wordEnd
            return
        }
        if afterWord {
            if ValueScanner.referenceWords.contains(lastWord) { return }
            if ValueScanner.yearWords.contains(lastWord), value == value.rounded(), (1900...2100).contains(value) {
                return
            }
        }
        values.append(.number(value, text: text))
    }

    /// Parses a signed decimal number with optional thousands groups and exponent.
    /// Returns the value and the end index; nil when there is no finite number.
    static func number(in chars: [Character], at start: Int, thousands: Bool) -> (Double, Int)? {
        var i = start
        var literal = ""
        if i < chars.count, chars[i].isNumberSign {
            literal.append("-")
            i += 1
        }
        let digitsStart = i
        while i < chars.count, chars[i].isASCIIDigit {
            literal.append(chars[i])
            i += 1
        }
        let integerDigits = i - digitsStart
        if thousands, (1...3).contains(integerDigits) {
            while i + 3 < chars.count, chars[i] == ",", chars[i + 1].isASCIIDigit, chars[i + 2].isASCIIDigit,
                  chars[i + 3].isASCIIDigit, i + 4 == chars.count || !chars[i + 4].isASCIIDigit
            {
                literal.append(contentsOf: chars[(i + 1)...(i + 3)])
                i += 4
            }
        }
        if i + 1 < chars.count, chars[i] == ".", chars[i + 1].isASCIIDigit {
            if integerDigits == 0 { literal.append("0") }
            literal.append(".")
            i += 1
            while i < chars.count, chars[i].isASCIIDigit {
                literal.append(chars[i])
                i += 1
            }
        }
        guard literal.contains(where: \.isASCIIDigit) else { return nil }
        // Exponent: e-3, E+4, e5.
        if i < chars.count, chars[i] == "e" || chars[i] == "E" {
            var j = i + 1
            var exponent = "e"
            if j < chars.count, chars[j] == "+" || chars[j].isNumberSign {
                exponent.append(chars[j] == "+" ? "+" : "-")
                j += 1
            }
            let exponentStart = j
            while j < chars.count, chars[j].isASCIIDigit, j - exponentStart < 4 {
                exponent.append(chars[j])
                j += 1
            }
            let nextIsLetter = j < chars.count && chars[j].isLetter
            if j > exponentStart, !nextIsLetter, j == chars.count || !chars[j].isASCIIDigit {
                literal.append(exponent)
                i = j
            }
        }
        guard let value = Double(literal), value.isFinite else { return nil }
        return (value, i)
    }

    // MARK: Vectors and matrices

    /// A value starting at an opening bracket: `.some(value)` with its end, `.some(nil)` for a
    /// skipped equation number `(3)`, or nil when the brackets hold no numeric value.
    private func bracketValue(at start: Int) -> (MathValue?, Int)? {
        if chars[start] == "(" {
            return parenthesized(at: start)
        }
        let next = chars.skippingBlanks(from: start + 1)
        if next < chars.count, chars[next] == "[" {
            return nested(at: start)
        }
        return bracketed(at: start)
    }

    /// `(4, -1, 0)`, `(1, 2, 0, 3, 1)ᵀ`; `(3)` is an equation number and skipped.
    private func parenthesized(at start: Int) -> (MathValue?, Int)? {
        guard let (rows, close) = ValueScanner.elements(in: chars, from: start + 1, closer: ")", allowSpaces: false),
              rows.count == 1, let row = rows.first
        else { return nil }
        if row.count == 1 {
            let inner = String(chars[(start + 1)..<close]).trimmed
            if inner.allSatisfy(\.isASCIIDigit) { return (nil, close + 1) }
            return nil
        }
        let end = transposeEnd(after: close + 1)
        return (.vector(row, text: String(chars[start..<end])), end)
    }

    /// `[2, −1, 5]`, `[1 2 3]`, `[1 2 0 1; 0 1 3 2]`.
    private func bracketed(at start: Int) -> (MathValue?, Int)? {
        guard let (rows, close) = ValueScanner.elements(in: chars, from: start + 1, closer: "]", allowSpaces: true)
        else { return nil }
        let end = transposeEnd(after: close + 1)
        let text = String(chars[start..<end])
        if rows.count == 1 {
            guard rows[0].count >= 2 else { return nil }
            return (.vector(rows[0], text: text), end)
        }
        guard let width = rows.first?.count, width >= 1, rows.allSatisfy({ $0.count == width }) else { return nil }
        return (.matrix(rows, text: text), end)
    }

    /// `[[1, 2], [3, 4]]`, `[[1 2] [3 4]]`.
    private func nested(at start: Int) -> (MathValue?, Int)? {
        var rows: [[Double]] = []
        var i = chars.skippingBlanks(from: start + 1)
        while i < chars.count, chars[i] == "[" {
            guard let (row, close) = ValueScanner.elements(in: chars, from: i + 1, closer: "]", allowSpaces: true),
                  row.count == 1
            else { return nil }
            rows.append(row[0])
            i = chars.skippingBlanks(from: close + 1)
            if i < chars.count, chars[i] == "," || chars[i] == ";" { i = chars.skippingBlanks(from: i + 1) }
        }
        guard i < chars.count, chars[i] == "]", let width = rows.first?.count, width >= 1,
              rows.allSatisfy({ $0.count == width })
        else { return nil }
        let end = transposeEnd(after: i + 1)
        return (.matrix(rows, text: String(chars[start..<end])), end)
    }

    /// Rows of numbers up to `closer`: separated by commas (or blanks when `allowSpaces`),
    /// rows by semicolons. Nil when anything else appears.
    static func elements(
        in chars: [Character], from start: Int, closer: Character, allowSpaces: Bool
    ) -> ([[Double]], Int)? {
        var rows: [[Double]] = [[]]
        var i = chars.skippingBlanks(from: start)
        var expectNumber = true
        while i < chars.count {
            let c = chars[i]
            if c == closer {
                // Empty brackets or a trailing separator hold no value.
                guard !expectNumber else { return nil }
                return (rows, i)
            }
            if expectNumber {
                guard let (value, end) = number(in: chars, at: i, thousands: false) else { return nil }
                rows[rows.count - 1].append(value)
                i = end
                expectNumber = false
                // A number must end at a separator, a blank or the closer.
                guard i < chars.count, chars[i].isBlank || chars[i] == "," || chars[i] == ";" || chars[i] == closer
                else { return nil }
                continue
            }
            if c == "," {
                expectNumber = true
                i = chars.skippingBlanks(from: i + 1)
            } else if c == ";" {
                rows.append([])
                expectNumber = true
                i = chars.skippingBlanks(from: i + 1)
            } else if c.isBlank {
                let j = chars.skippingBlanks(from: i)
                if j < chars.count, chars[j] == "," || chars[j] == ";" || chars[j] == closer {
                    i = j
                } else if allowSpaces {
                    expectNumber = true
                    i = j
                } else {
                    return nil
                }
            } else {
                return nil
            }
        }
        return nil
    }

    /// The end of a transpose mark after a closing bracket: ᵀ, ⊤, ^T, ^{T}, ^\top, ^{\top}.
    private func transposeEnd(after close: Int) -> Int {
        for mark in ["\u{1D40}", "\u{22A4}", "^T", "^{T}", "^\\top", "^{\\top}", "^\u{22A4}"] {
            if chars.hasPrefix(mark, at: close, ignoringCase: false) {
                let end = close + mark.count
                if end < chars.count, chars[end].isLetter, mark.hasSuffix("top") { continue }
                return end
            }
        }
        return close
    }
}
