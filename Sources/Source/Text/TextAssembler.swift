/// Builds canonical text from prose, breaks and math, keeping each formula's Character range.
///
/// Whitespace is soft: runs become one space, a line or paragraph break wins over spaces
/// next to it, and nothing is written before the first or after the last visible character.
struct TextAssembler {
    private var characters: [Character] = []
    private var spans: [FormulaSpan] = []
    private var pendingSpace = false
    /// 0 none, 1 line break, 2 paragraph break.
    private var pendingBreak = 0
    /// End of the last formula, so prose never merges into it.
    private var lastSpanEnd = -1

    var isEmpty: Bool { characters.isEmpty }

    /// Whether the last thing written ends a line (or nothing is written yet).
    var atLineStart: Bool { characters.isEmpty || pendingBreak > 0 || characters.last == "\n" }

    mutating func space() {
        pendingSpace = true
    }

    mutating func lineBreak() {
        pendingBreak = max(pendingBreak, 1)
    }

    mutating func paragraphBreak() {
        pendingBreak = 2
    }

    /// Prose: whitespace is soft (see ``space()``).
    mutating func text(_ string: String) {
        for character in string {
            if character.isWhitespace {
                pendingSpace = true
            } else {
                flush()
                append(character)
            }
        }
    }

    /// Text kept as it is, newlines included (verbatim, plain text), after pending breaks.
    mutating func literal(_ string: String) {
        guard !string.isEmpty else { return }
        flush()
        for character in string { append(character) }
    }

    /// A formula: its canonical text goes in as one unit and is recorded as a span.
    mutating func math(_ linear: String, latex: String, display: Bool, line: Int) {
        guard !linear.isEmpty else { return }
        flush()
        if let first = linear.first, let last = characters.last, String([last, first]).count == 1 {
            characters.append(" ")
        }
        let start = characters.count
        characters.append(contentsOf: linear)
        lastSpanEnd = characters.count
        spans.append(FormulaSpan(id: spans.count + 1, start: start, end: characters.count, latex: latex, display: display, line: line))
    }

    private mutating func flush() {
        defer {
            pendingSpace = false
            pendingBreak = 0
        }
        guard !characters.isEmpty else { return }
        if pendingBreak > 0 {
            while characters.last == " " { characters.removeLast() }
            if characters.last != "\n" { characters.append("\n") }
            if pendingBreak == 2, characters.count >= 2 ? characters[characters.count - 2] != "\n" : true {
                characters.append("\n")
            }
        } else if pendingSpace, characters.last != " ", characters.last != "\n" {
            characters.append(" ")
        }
    }

    /// Appends one Character; one that would merge with the previous one (a lone combining
    /// mark) merges, unless the previous one ends a formula.
    private mutating func append(_ character: Character) {
        if !character.isASCII, let last = characters.last {
            let joined = String(last) + String(character)
            if joined.count == 1 {
                if characters.count == lastSpanEnd {
                    characters.append(" ")
                } else {
                    characters[characters.count - 1] = Character(joined)
                    return
                }
            }
        }
        characters.append(character)
    }

    func finish() -> (text: String, formulas: [FormulaSpan]) {
        var end = characters.count
        while end > 0, characters[end - 1] == " " || characters[end - 1] == "\n" { end -= 1 }
        return (String(characters[0..<end]), spans)
    }
}
