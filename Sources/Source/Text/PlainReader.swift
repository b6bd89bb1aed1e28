/// Reads plain text: kept as it is (line endings normalized), with formula spans only
/// where math is plain to see — runs of words around Unicode math symbols.
struct PlainReader {
    /// Characters that make a word math.
    static let seeds: Set<Character> = Set("∑∏∫∮∂∇≤≥≠≈∈∉×·√∞±∓→⇒⟺∀∃⊂⊆∪∩≡∼∝′−ℝℕℤℚℂ⊗⊕∘⌊⌋⌈⌉‖⟨⟩ϵϕϑϖϱς")
    /// Seeds that take the operand after them: `∑ x_i`, `√ 2`.
    static let prefixOperators: Set<Character> = Set("∑∏∫∮∂∇√∀∃")
    static let operatorWords: Set<String> = [
        "=", "+", "-", "−", "<", ">", "/", "*", "^", "×", "·", "≤", "≥", "≠", "≈", "∈", "∉", "→", "⇒", "±", "∓", "≡", "∼",
        "∝", "⊂", "⊆", "∪", "∩", "⊗", "⊕", "∘", "|", ":=", "<=", ">=", "!=", "==",
    ]
    static let functionNames: Set<String> = ["log", "ln", "exp", "sin", "cos", "tan", "max", "min", "argmax", "argmin", "tanh", "det", "lim", "sup", "inf"]

    static func read(_ text: String, path: String) -> SourceText {
        let normalized = SourceLines.normalize(text)
        let characters = Array(normalized)
        var formulas: [FormulaSpan] = []
        var lineStart = 0
        var lineNumber = 1
        while lineStart <= characters.count {
            var lineEnd = lineStart
            while lineEnd < characters.count, characters[lineEnd] != "\n" { lineEnd += 1 }
            for (start, end) in spans(in: characters, from: lineStart, to: lineEnd) {
                let span = String(characters[start..<end])
                formulas.append(FormulaSpan(id: formulas.count + 1, start: start, end: end, latex: span, display: false, line: lineNumber))
            }
            lineStart = lineEnd + 1
            lineNumber += 1
        }
        return SourceText(path: path, kind: .plain, text: normalized, formulas: formulas, issues: [])
    }

    private static func isGreek(_ c: Character) -> Bool {
        guard let scalar = c.unicodeScalars.first, c.unicodeScalars.count == 1 else { return false }
        return (0x0391...0x03A9).contains(scalar.value) || (0x03B1...0x03C9).contains(scalar.value)
    }

    private static func isSeed(_ c: Character) -> Bool { seeds.contains(c) || isGreek(c) }

    private enum WordKind { case seed, operatorWord, operand, prose }

    private static func kind(_ word: Substring) -> WordKind {
        let core = word.trimmingCharacters(in: ".,;:!?")
        if operatorWords.contains(String(core)) { return .operatorWord }
        if core.contains(where: isSeed) { return .seed }
        if core.isEmpty { return .prose }
        if functionNames.contains(String(core.filter(\.isLetter))) && core.allSatisfy({ $0.isLetter || "()_^".contains($0) || $0.isNumber }) {
            return .operand
        }
        let allowed = core.allSatisfy { $0.isLetter || $0.isNumber || "_^(){}[],.'′".contains($0) }
        var longestLetters = 0
        var current = 0
        for c in core {
            current = c.isLetter ? current + 1 : 0
            longestLetters = max(longestLetters, current)
        }
        let hasDigit = core.contains(where: \.isNumber)
        let hasScript = core.contains("_") || core.contains("^")
        if allowed, longestLetters <= 1 || hasScript, core.count <= 16, hasDigit || hasScript || longestLetters == 1 {
            return .operand
        }
        return .prose
    }

    /// Joins two neighbours when one of them is an operator or a relation (or a big operator
    /// before its operand).
    private static func joins(_ left: (Substring, WordKind), _ right: (Substring, WordKind)) -> Bool {
        if left.1 == .prose || right.1 == .prose { return false }
        if left.1 == .operatorWord || right.1 == .operatorWord { return true }
        if left.1 == .seed, let first = left.0.first, prefixOperators.contains(first) { return true }
        return false
    }

    /// Character ranges of math on one line.
    private static func spans(in characters: [Character], from start: Int, to end: Int) -> [(Int, Int)] {
        var words: [(range: Range<Int>, text: Substring, kind: WordKind)] = []
        let line = String(characters[start..<end])
        var offset = start
        var wordStart: Int?
        var text = Substring("")
        var position = line.startIndex
        var textStart = line.startIndex
        while true {
            let atEnd = position == line.endIndex
            let blank = atEnd || line[position].isWhitespace
            if blank, let begin = wordStart {
                text = line[textStart..<position]
                words.append((begin..<offset, text, kind(text)))
                wordStart = nil
            } else if !blank, wordStart == nil {
                wordStart = offset
                textStart = position
            }
            if atEnd { break }
            position = line.index(after: position)
            offset += 1
        }
        var result: [(Int, Int)] = []
        var k = 0
        while k < words.count {
            guard words[k].kind == .seed else {
                k += 1
                continue
            }
            var first = k
            var last = k
            while first > 0, joins((words[first - 1].text, words[first - 1].kind), (words[first].text, words[first].kind)) { first -= 1 }
            while last + 1 < words.count, joins((words[last].text, words[last].kind), (words[last + 1].text, words[last + 1].kind)) { last += 1 }
            var spanStart = words[first].range.lowerBound
            var spanEnd = words[last].range.upperBound
            while spanEnd > spanStart, ".,;:!?".contains(characters[spanEnd - 1]) { spanEnd -= 1 }
            while spanStart < spanEnd, ".,;:!?".contains(characters[spanStart]) { spanStart += 1 }
            if spanEnd > spanStart { result.append((spanStart, spanEnd)) }
            k = last + 1
        }
        return result
    }
}

extension Substring {
    func trimmingCharacters(in set: String) -> Substring {
        var text = self
        while let last = text.last, set.contains(last) { text.removeLast() }
        while let first = text.first, set.contains(first) { text.removeFirst() }
        return text
    }
}
