/// Reads Markdown into canonical text: math (`$…$`, `$$…$$`, `\(…\)`, `\[…\]`) as formula
/// spans, markup dropped, list markers kept, paragraph lines joined.
struct MarkdownReader {
    private let chars: [Character]
    private var index = 0
    private var line = 1
    private var out = TextAssembler()
    private var issues = IssueLog()
    private var atLineStart = true
    /// The current line is a heading or table row: its newline is a line break.
    private var lineEndsBlock = false
    private var inTableRow = false
    /// Index of a link's `]` → index after its `(url)`.
    private var linkTails: [Int: Int] = [:]
    /// Emphasis runs that were paired, to drop.
    private var droppedRuns: Set<Int> = []
    /// Heading: where the trailing `#`s start, to skip them.
    private var skipFrom: Int?

    private init(_ chars: [Character]) {
        self.chars = chars
    }

    static func read(_ text: String, path: String) -> SourceText {
        var reader = MarkdownReader(Array(SourceLines.normalize(text)))
        reader.run()
        let (canonical, formulas) = reader.out.finish()
        return SourceText(path: path, kind: .markdown, text: canonical, formulas: formulas, issues: reader.issues.finished())
    }

    private func char(_ at: Int) -> Character? { at >= 0 && at < chars.count ? chars[at] : nil }

    private func lineEnd(from start: Int) -> Int {
        var end = start
        while end < chars.count, chars[end] != "\n" { end += 1 }
        return end
    }

    private func isBlankLine(_ start: Int, _ end: Int) -> Bool {
        chars[start..<end].allSatisfy { $0 == " " || $0 == "\t" }
    }

    /// The end of the paragraph that contains `start` (the next blank line or the end).
    private func paragraphEnd(from start: Int) -> Int {
        var position = start
        while position < chars.count {
            if chars[position] == "\n" {
                let next = lineEnd(from: position + 1)
                if position + 1 >= chars.count || isBlankLine(position + 1, next) { return position }
            }
            position += 1
        }
        return chars.count
    }

    private mutating func run() {
        while index < chars.count {
            if atLineStart {
                startLine()
                continue
            }
            if let skip = skipFrom, index >= skip {
                index = lineEnd(from: index)
                skipFrom = nil
                continue
            }
            let c = chars[index]
            switch c {
            case "\n":
                if lineEndsBlock { out.lineBreak() } else { out.space() }
                lineEndsBlock = false
                inTableRow = false
                index += 1
                line += 1
                atLineStart = true
            case "\\":
                backslash()
            case "$":
                dollar()
            case "`":
                codeSpan()
            case "*", "_":
                emphasis(c)
            case "[":
                linkStart()
            case "!" where char(index + 1) == "[":
                index += 1
                linkStart()
            case "]":
                if let tail = linkTails[index] {
                    index = tail
                } else {
                    out.text("]")
                    index += 1
                }
            case "|" where inTableRow:
                out.space()
                index += 1
            case "<":
                angle()
            default:
                out.text(String(c))
                index += 1
            }
        }
    }

    // MARK: - Blocks

    private mutating func startLine() {
        atLineStart = false
        let end = lineEnd(from: index)
        if isBlankLine(index, end) {
            out.paragraphBreak()
            index = min(end + 1, chars.count)
            if end < chars.count { line += 1 }
            atLineStart = true
            return
        }
        var position = index
        while position < end, chars[position] == " " || chars[position] == "\t" { position += 1 }
        let content = String(chars[position..<end])
        if content.hasPrefix("```") || content.hasPrefix("~~~") {
            fence(String(content.prefix(3)), from: end)
            return
        }
        while position < end, chars[position] == ">" {
            position += 1
            if position < end, chars[position] == " " { position += 1 }
        }
        index = position
        let rest = String(chars[position..<end])
        let trimmed = rest.trimmingSpaces
        if let first = trimmed.first, "=-*_".contains(first), trimmed.count >= 3 || first == "=", trimmed.allSatisfy({ $0 == first || $0 == " " }) {
            // Setext underline or thematic break.
            out.lineBreak()
            skipLine(end)
            return
        }
        if rest.hasPrefix("#") {
            let hashes = rest.prefix { $0 == "#" }.count
            if hashes <= 6, hashes == rest.count || char(position + hashes) == " " {
                out.lineBreak()
                lineEndsBlock = true
                index = position + hashes
                var tail = end
                while tail > index, chars[tail - 1] == " " { tail -= 1 }
                var hashStart = tail
                while hashStart > index, chars[hashStart - 1] == "#" { hashStart -= 1 }
                if hashStart < tail, hashStart > index, chars[hashStart - 1] == " " { skipFrom = hashStart }
                return
            }
        }
        if rest.hasPrefix("|") {
            if trimmed.allSatisfy({ "|-: ".contains($0) }) {
                skipLine(end)
                return
            }
            out.lineBreak()
            lineEndsBlock = true
            inTableRow = true
            return
        }
        if let marker = rest.first, "-*+".contains(marker), rest.count == 1 || char(position + 1) == " " {
            out.lineBreak()
            out.text("•")
            out.space()
            index = position + 1
            return
        }
        if let markerLength = orderedMarkerLength(rest) {
            out.lineBreak()
            out.text(String(rest.prefix(markerLength)))
            index = position + markerLength
            return
        }
    }

    /// `1.`, `1)`, `(a)`, `a)`, `(iv)` followed by a space.
    private func orderedMarkerLength(_ rest: String) -> Int? {
        let characters = Array(rest.prefix(8))
        var position = 0
        let parenthesized = characters.first == "("
        if parenthesized { position += 1 }
        let bodyStart = position
        while position < characters.count, characters[position].isLetter || characters[position].isNumber { position += 1 }
        let body = characters[bodyStart..<position]
        guard !body.isEmpty, body.count <= 4, position < characters.count else { return nil }
        let allDigits = body.allSatisfy(\.isNumber)
        guard allDigits || body.count == 1 || body.allSatisfy({ "ivxlcIVXLC".contains($0) }) else { return nil }
        let closer = characters[position]
        if parenthesized {
            guard closer == ")" else { return nil }
        } else {
            guard closer == ")" || (closer == "." && (allDigits || body.count == 1)) else { return nil }
        }
        position += 1
        guard position == rest.count || (position < characters.count && characters[position] == " ") else { return nil }
        return position
    }

    private mutating func skipLine(_ end: Int) {
        index = min(end + 1, chars.count)
        if end < chars.count { line += 1 }
        atLineStart = true
        lineEndsBlock = false
    }

    private mutating func fence(_ marker: String, from end: Int) {
        let startLine = line
        var position = min(end + 1, chars.count)
        line += 1
        var lines: [String] = []
        var closed = false
        while position < chars.count {
            let lineEnd = lineEnd(from: position)
            let text = String(chars[position..<lineEnd])
            position = min(lineEnd + 1, chars.count)
            line += 1
            if text.trimmingSpaces.hasPrefix(marker) {
                closed = true
                break
            }
            lines.append(text)
        }
        if !closed { issues.add(line: startLine, "unclosed code block (begun on line \(startLine))") }
        out.lineBreak()
        out.literal(lines.joined(separator: "\n"))
        out.lineBreak()
        index = position
        atLineStart = true
    }

    // MARK: - Inline

    private mutating func backslash() {
        guard let next = char(index + 1) else {
            out.text("\\")
            index += 1
            return
        }
        if next == "(" || next == "[" {
            let closer: [Character] = next == "(" ? ["\\", ")"] : ["\\", "]"]
            if let close = find(closer, from: index + 2, limit: paragraphEnd(from: index)) {
                emitMath(from: index + 2, to: close, display: next == "[")
                index = close + 2
                return
            }
            issues.add(line: line, "unclosed \\\(next)")
        }
        if next.isASCII, next.isPunctuation || next.isSymbol {
            out.text(String(next))
            index += 2
        } else {
            out.text("\\")
            index += 1
        }
    }

    private mutating func dollar() {
        if char(index + 1) == "$" {
            if let close = find(["$", "$"], from: index + 2, limit: paragraphEnd(from: index)) {
                emitMath(from: index + 2, to: close, display: true)
                index = close + 2
            } else {
                issues.add(line: line, "unclosed $$")
                out.text("$$")
                index += 2
            }
            return
        }
        let next = char(index + 1)
        if next == nil || next == " " || next == "\n" || next == "\t" {
            out.text("$")
            index += 1
            return
        }
        let digit = next?.isNumber == true
        let limit = digit ? lineEnd(from: index) : paragraphEnd(from: index)
        var position = index + 1
        var close: Int?
        while position < limit {
            if chars[position] == "\\" {
                position += 2
                continue
            }
            if chars[position] == "$", !chars[position - 1].isWhitespace {
                close = position
                break
            }
            position += 1
        }
        guard let close else {
            if !digit { issues.add(line: line, "unclosed $") }
            out.text("$")
            index += 1
            return
        }
        emitMath(from: index + 1, to: close, display: false)
        index = close + 1
    }

    /// The first index of `pattern` at or after `from` and before `limit`, skipping `\`-escapes.
    private func find(_ pattern: [Character], from: Int, limit: Int) -> Int? {
        var position = from
        while position + pattern.count <= min(limit, chars.count) {
            if Array(chars[position..<(position + pattern.count)]) == pattern { return position }
            position += chars[position] == "\\" && pattern.first != "\\" ? 2 : 1
        }
        return nil
    }

    private mutating func emitMath(from start: Int, to end: Int, display: Bool) {
        let latex = String(chars[start..<end])
        let startLine = line
        line += chars[start..<end].filter { $0 == "\n" }.count
        let result = LaTeXMath.linearize(tokens: LaTeXLexer.tokenize(latex))
        issues.unknownInMath(result.unknown, line: startLine)
        if display { out.lineBreak() }
        out.math(result.text, latex: latex.trimmingSpaces, display: display, line: startLine)
        if display { out.lineBreak() }
    }

    private mutating func codeSpan() {
        var run = 0
        while char(index + run) == "`" { run += 1 }
        let limit = paragraphEnd(from: index)
        var position = index + run
        while position < limit {
            if chars[position] == "`" {
                var closeRun = 0
                while char(position + closeRun) == "`" { closeRun += 1 }
                if closeRun == run {
                    let content = String(chars[(index + run)..<position])
                    out.text(content.trimmingSpaces)
                    line += content.filter { $0 == "\n" }.count
                    index = position + run
                    return
                }
                position += closeRun
            } else {
                position += 1
            }
        }
        out.text(String(repeating: "`", count: run))
        index += run
    }

    /// `*`, `**`, `_`, `__`: dropped when they pair up within the paragraph, kept otherwise
    /// (`2 * 3`, `snake_case`).
    private mutating func emphasis(_ c: Character) {
        var run = 0
        while char(index + run) == c { run += 1 }
        if droppedRuns.contains(index) {
            index += run
            return
        }
        let before = char(index - 1) ?? " "
        let after = char(index + run) ?? " "
        let intraword = c == "_" && (before.isLetter || before.isNumber) && (after.isLetter || after.isNumber)
        if !after.isWhitespace, !intraword, let closer = closingRun(of: c, length: run, from: index + run) {
            droppedRuns.insert(closer)
            index += run
            return
        }
        out.text(String(repeating: c, count: run))
        index += run
    }

    private func closingRun(of c: Character, length: Int, from start: Int) -> Int? {
        let limit = paragraphEnd(from: start)
        var position = start
        while position < limit {
            let current = chars[position]
            if current == "`" || current == "$" { return nil }
            if current == c {
                var run = 0
                while char(position + run) == c { run += 1 }
                let before = chars[position - 1]
                let after = char(position + run) ?? " "
                let intraword = c == "_" && (after.isLetter || after.isNumber)
                if run == length, !before.isWhitespace, !intraword { return position }
                position += run
            } else {
                position += 1
            }
        }
        return nil
    }

    /// `[text](url)` → text.
    private mutating func linkStart() {
        let limit = paragraphEnd(from: index)
        var depth = 0
        var position = index
        while position < limit {
            if chars[position] == "[" { depth += 1 }
            if chars[position] == "]" {
                depth -= 1
                if depth == 0 { break }
            }
            position += 1
        }
        if position < limit, char(position + 1) == "(" {
            var tail = position + 2
            while tail < limit, chars[tail] != ")" { tail += 1 }
            if tail < limit {
                linkTails[position] = tail + 1
                index += 1
                return
            }
        }
        out.text("[")
        index += 1
    }

    /// `<https://…>` → the address; `<!-- … -->` → nothing.
    private mutating func angle() {
        if Array(chars[index..<min(index + 4, chars.count)]) == ["<", "!", "-", "-"],
           let close = find(["-", "-", ">"], from: index + 4, limit: chars.count) {
            line += chars[index..<close].filter { $0 == "\n" }.count
            index = close + 3
            return
        }
        let end = lineEnd(from: index)
        if let close = find([">"], from: index + 1, limit: end) {
            let inner = String(chars[(index + 1)..<close])
            if inner.hasPrefix("http://") || inner.hasPrefix("https://") || inner.hasPrefix("mailto:") {
                out.text(inner)
                index = close + 1
                return
            }
        }
        out.text("<")
        index += 1
    }
}
