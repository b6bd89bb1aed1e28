/// Splits LaTeX source into tokens the way TeX reads it: comments dropped, spaces after
/// control words skipped, a blank line ending a paragraph, verbatim kept as it is.
struct LaTeXLexer {
    private let chars: [Character]
    private var index = 0
    private var line = 1
    private var tokens: [LaTeXToken] = []
    private(set) var issues: [SourceIssue] = []
    /// Whether `@` is a letter in control words: from the start in `.sty` and `.cls` files,
    /// and between `\makeatletter` and `\makeatother` elsewhere.
    private var atIsLetter: Bool

    private static let verbatimEnvironments: Set<String> = ["verbatim", "verbatim*", "Verbatim", "lstlisting", "minted", "comment"]

    init(_ chars: [Character], atIsLetter: Bool = false) {
        self.chars = chars
        self.atIsLetter = atIsLetter
    }

    /// Tokens of `source`, whose line endings must already be `\n`.
    static func tokenize(_ source: String) -> [LaTeXToken] {
        var lexer = LaTeXLexer(Array(source))
        return lexer.run()
    }

    mutating func run() -> [LaTeXToken] {
        while index < chars.count {
            let c = chars[index]
            switch c {
            case " ", "\t", "\n":
                whitespace()
            case "%":
                comment()
            case "\\":
                command()
            case "{":
                emit(.open, from: index, to: index + 1)
                index += 1
            case "}":
                emit(.close, from: index, to: index + 1)
                index += 1
            case "$":
                emit(.mathShift, from: index, to: index + 1)
                index += 1
            case "#":
                if index + 1 < chars.count, let digit = chars[index + 1].wholeNumberValue, (1...9).contains(digit), chars[index + 1].isASCII {
                    emit(.param(digit), from: index, to: index + 2)
                    index += 2
                } else {
                    emit(.char(c), from: index, to: index + 1)
                    index += 1
                }
            default:
                emit(.char(c), from: index, to: index + 1)
                index += 1
            }
        }
        return tokens
    }

    private mutating func emit(_ kind: LaTeXToken.Kind, from start: Int, to end: Int, line: Int? = nil) {
        tokens.append(LaTeXToken(kind: kind, line: line ?? self.line, start: start, end: end))
    }

    private static func isBlank(_ c: Character) -> Bool { c == " " || c == "\t" }

    private mutating func whitespace() {
        let start = index
        let startLine = line
        var newlines = 0
        while index < chars.count, chars[index] == " " || chars[index] == "\t" || chars[index] == "\n" {
            if chars[index] == "\n" {
                newlines += 1
                line += 1
            }
            index += 1
        }
        emit(newlines >= 2 ? .par : .space, from: start, to: index, line: startLine)
    }

    /// `%` to the end of the line, the newline and the next line's leading blanks; an empty
    /// line right after still ends the paragraph.
    private mutating func comment() {
        while index < chars.count, chars[index] != "\n" { index += 1 }
        guard index < chars.count else { return }
        index += 1
        line += 1
        while index < chars.count, Self.isBlank(chars[index]) { index += 1 }
        if index < chars.count, chars[index] == "\n" {
            let start = index
            let startLine = line
            while index < chars.count, chars[index] == " " || chars[index] == "\t" || chars[index] == "\n" {
                if chars[index] == "\n" { line += 1 }
                index += 1
            }
            emit(.par, from: start, to: index, line: startLine)
        }
    }

    private func isLetter(_ c: Character) -> Bool {
        c.isASCII && c.isLetter || atIsLetter && c == "@"
    }

    private mutating func command() {
        let start = index
        index += 1
        guard index < chars.count else { return }
        let first = chars[index]
        if !isLetter(first) {
            index += 1
            if first == "\n" {
                emit(.command(" "), from: start, to: index)
                line += 1
            } else {
                emit(.command(String(first)), from: start, to: index)
            }
            return
        }
        var name = ""
        while index < chars.count, isLetter(chars[index]) {
            name.append(chars[index])
            index += 1
        }
        let end = index
        if name == "verb" {
            verb(start: start)
            return
        }
        if name == "lstinline" || name == "Verb" || name == "mintinline" {
            inlineCode(name, start: start)
            return
        }
        if name == "begin", let environment = verbatimEnvironmentName() {
            verbatimEnvironment(environment, start: start)
            return
        }
        if name == "makeatletter" { atIsLetter = true }
        if name == "makeatother" { atIsLetter = false }
        emit(.command(name), from: start, to: end)
        skipSpacesAfterControlWord()
    }

    /// TeX skips blanks after a control word, and the end of the line unless the next
    /// line is empty (that one still makes a paragraph break).
    private mutating func skipSpacesAfterControlWord() {
        while index < chars.count, Self.isBlank(chars[index]) { index += 1 }
        guard index < chars.count, chars[index] == "\n" else { return }
        var look = index + 1
        while look < chars.count, Self.isBlank(chars[look]) { look += 1 }
        if look >= chars.count || chars[look] == "\n" { return }
        index = look
        line += 1
    }

    private mutating func verb(start: Int) {
        if index < chars.count, chars[index] == "*" { index += 1 }
        guard index < chars.count, chars[index] != "\n" else {
            emit(.command("verb"), from: start, to: index)
            return
        }
        let delimiter = chars[index]
        index += 1
        var content = ""
        while index < chars.count, chars[index] != delimiter, chars[index] != "\n" {
            content.append(chars[index])
            index += 1
        }
        if index < chars.count, chars[index] == delimiter {
            index += 1
        } else {
            issues.append(SourceIssue(line: line, message: "unclosed \\verb"))
        }
        emit(.verbatim(content, block: false), from: start, to: index)
    }

    /// `\lstinline|nn.Conv2d(3, 16, kernel_size=5)|`, `\lstinline[language=Python]{x_1 % 2}`,
    /// `\Verb!a_b!`, `\mintinline{python}|f(x)|`: code written verbatim between a delimiter and its
    /// repeat, or in braces (balanced), after any options (and, for `\mintinline`, the language).
    private mutating func inlineCode(_ name: String, start: Int) {
        func skipGroup(_ open: Character, _ close: Character) {
            guard index < chars.count, chars[index] == open else { return }
            var depth = 0
            while index < chars.count {
                if chars[index] == open { depth += 1 } else if chars[index] == close { depth -= 1 }
                index += 1
                if depth == 0 { return }
            }
        }
        if index < chars.count, chars[index] == "*" { index += 1 }
        skipGroup("[", "]")
        if name == "mintinline" { skipGroup("{", "}") }
        guard index < chars.count, chars[index] != "\n", !Self.isBlank(chars[index]), !isLetter(chars[index]) else {
            emit(.command(name), from: start, to: index)
            return
        }
        let open = chars[index]
        let close: Character = open == "{" ? "}" : open
        index += 1
        var depth = 1
        var content = ""
        while index < chars.count, chars[index] != "\n" {
            if open == "{", chars[index] == "{" { depth += 1 }
            if chars[index] == close {
                depth -= 1
                if depth == 0 || open != "{" { break }
            }
            content.append(chars[index])
            index += 1
        }
        if index < chars.count, chars[index] == close {
            index += 1
        } else {
            issues.append(SourceIssue(line: line, message: "unclosed \\\(name)"))
        }
        emit(.verbatim(content, block: false), from: start, to: index)
    }

    /// The name of a verbatim environment if `{name}` follows here.
    private func verbatimEnvironmentName() -> String? {
        var look = index
        while look < chars.count, Self.isBlank(chars[look]) { look += 1 }
        guard look < chars.count, chars[look] == "{" else { return nil }
        var name = ""
        look += 1
        while look < chars.count, chars[look] != "}", name.count < 20 {
            name.append(chars[look])
            look += 1
        }
        return Self.verbatimEnvironments.contains(name) ? name : nil
    }

    private mutating func verbatimEnvironment(_ name: String, start: Int) {
        let startLine = line
        while index < chars.count, chars[index] != "}" { index += 1 }
        index = min(index + 1, chars.count)
        // Options of lstlisting / minted on the same line.
        while index < chars.count, chars[index] != "\n", chars[index] == "[" || chars[index] == "{" {
            let close: Character = chars[index] == "[" ? "]" : "}"
            while index < chars.count, chars[index] != close, chars[index] != "\n" { index += 1 }
            if index < chars.count, chars[index] == close { index += 1 }
        }
        let endMarker = Array("\\end{\(name)}")
        var content: [Character] = []
        var found = false
        while index < chars.count {
            if chars[index] == "\\", index + endMarker.count <= chars.count, Array(chars[index..<index + endMarker.count]) == endMarker {
                index += endMarker.count
                found = true
                break
            }
            if chars[index] == "\n" { line += 1 }
            content.append(chars[index])
            index += 1
        }
        if !found {
            issues.append(SourceIssue(line: startLine, message: "missing \\end{\(name)} (begun on line \(startLine))"))
        }
        var text = String(content)
        if text.hasPrefix("\n") { text.removeFirst() }
        if text.hasSuffix("\n") { text.removeLast() }
        if name == "comment" { text = "" }
        emit(.verbatim(text, block: true), from: start, to: index, line: startLine)
    }
}
