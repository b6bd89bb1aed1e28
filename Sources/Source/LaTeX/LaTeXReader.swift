import Foundation

/// Reads LaTeX source into canonical text with formula spans: macros expanded, the body
/// interpreted command by command, math linearized by ``LaTeXMath``.
struct LaTeXReader {
    /// What a run of tokens is inside of, to know where it ends.
    enum Frame {
        case group(line: Int)
        case environment(String, line: Int)
        /// The whole body of a file without `\begin{document}`.
        case body
        /// Tokens replayed from elsewhere (a title, an item label): ends at their end.
        case fragment
    }

    enum ListKind { case enumerate, itemize, description }

    struct ListState {
        var name = ""
        var kind: ListKind
        var label: ListLabel?
        var itemLabel: String?
        var counter = 0
    }

    let source: [Character]
    var tokens: [LaTeXToken]
    var index = 0
    var out = TextAssembler()
    var issues: IssueLog
    var frames: [Frame] = []
    var lists: [ListState] = []
    /// The last enumerate list that ended, by name and depth, for enumitem's `resume`.
    var endedLists: [ListKey: ListState] = [:]

    /// A list environment's name and its depth among lists of that name.
    struct ListKey: Hashable {
        var name: String
        var depth: Int
    }
    var tabularDepth = 0
    var theorems: [String: MacroExpander.Theorem]
    /// Enumerate labels redefined outside any list (`\renewcommand{\labelenumi}{…}`), by level.
    var enumerateLabels: [Int: ListLabel] = [:]
    /// enumitem's `\newlist` lists by name, with the list they behave as.
    var customLists: [String: String] = [:]
    /// enumitem's `\setlist[name,level]{…}` options, by list name and level (0: every level).
    var listSettings: [String: [Int: [LaTeXToken]]] = [:]
    /// `\newcounter` and theorem counters, for `\theexercise`, `\arabic{exercise}` and the like.
    var counters: [String: Int] = [:]
    var title: [LaTeXToken]?
    var author: [LaTeXToken]?
    var date: [LaTeXToken]?

    /// `loader` reads the local files the source loads (see ``LaTeXInclusions``).
    static func read(_ text: String, path: String, loader: LaTeXInclusions.Loader? = nil) -> SourceText {
        let source = Array(SourceLines.normalize(text))
        var lexer = LaTeXLexer(source)
        var raw = lexer.run()
        var expander = MacroExpander()
        for issue in lexer.issues { expander.issues.add(issue) }
        if let loader {
            var inclusions = LaTeXInclusions(loader: loader)
            raw = inclusions.splice(raw)
            for issue in inclusions.issues.finished() { expander.issues.add(issue) }
        }
        let tokens = expander.expand(raw)
        var reader = LaTeXReader(source: source, tokens: tokens, issues: expander.issues, theorems: expander.theorems)
        reader.readDocument()
        let (canonical, formulas) = reader.out.finish()
        return SourceText(path: path, kind: .latex, text: canonical, formulas: formulas, issues: reader.issues.finished())
    }

    private init(source: [Character], tokens: [LaTeXToken], issues: IssueLog, theorems: [String: MacroExpander.Theorem]) {
        self.source = source
        self.tokens = tokens
        self.issues = issues
        self.theorems = theorems
    }

    private mutating func readDocument() {
        guard let begin = findBeginDocument() else {
            run(.body)
            return
        }
        scanPreamble(upTo: begin.at)
        index = begin.after
        run(.environment("document", line: tokens[begin.at].line))
    }

    /// Where `\begin{document}` is, and the index after it.
    private func findBeginDocument() -> (at: Int, after: Int)? {
        for position in tokens.indices where tokens[position].isCommand("begin") {
            if let (name, after) = environmentName(at: position), name == "document" { return (position, after) }
        }
        return nil
    }

    /// The preamble prints nothing; `\title`, `\author`, `\date` are kept for `\maketitle`.
    private mutating func scanPreamble(upTo end: Int) {
        index = 0
        while index < end {
            let token = tokens[index]
            index += 1
            switch token.commandName {
            case "title": _ = optionalTokens(); title = argumentTokens()
            case "author": _ = optionalTokens(); author = argumentTokens()
            case "date": date = argumentTokens()
            case "newlist", "setlist", "newcounter", "setcounter", "addtocounter", "stepcounter":
                preambleCommand(name: token.commandName!)
            case MacroExpander.listLabelCommand:
                // (`\renewcommand{\labelenumi}{(\alph{enumi})}` in the preamble: every list's labels.)
                // (Only a label that prints its counter itself: `(\theenumi)` under a redefined
                // `\theenumi` is not read here.)
                let level = Int(renderToString(argumentTokens())) ?? 1
                let label = argumentTokens()
                if Self.printsCounter(label) { enumerateLabels[level] = labelTemplate(label) }
            default: break
            }
        }
    }

    // MARK: - The main loop

    mutating func run(_ frame: Frame) {
        frames.append(frame)
        defer { frames.removeLast() }
        while index < tokens.count {
            let token = tokens[index]
            switch token.kind {
            case .close:
                if case .group = frame {
                    index += 1
                    return
                }
                if case .environment(let name, let line) = frame, frames.contains(where: { if case .group = $0 { return true } else { return false } }) {
                    issues.add(line: line, "missing \\end{\(name)} (begun on line \(line))")
                    return
                }
                issues.add(line: token.line, "unbalanced }")
                index += 1
            case .command("end"):
                let (name, after) = environmentName(at: index) ?? ("", index + 1)
                if case .environment(let current, _) = frame, current == name {
                    index = after
                    return
                }
                if case .body = frame, name == "document" {
                    index = tokens.count
                    return
                }
                if frames.contains(where: { if case .environment(let open, _) = $0 { return open == name } else { return false } }) {
                    switch frame {
                    case .group(let line): issues.add(line: line, "unclosed { (opened on line \(line))")
                    case .environment(let current, let line): issues.add(line: line, "missing \\end{\(current)} (begun on line \(line))")
                    case .body, .fragment: break
                    }
                    if case .fragment = frame { index = tokens.count }
                    return
                }
                issues.add(line: token.line, "\\end{\(name)} without \\begin{\(name)}")
                index = after
            default:
                step()
            }
        }
        switch frame {
        case .group(let line):
            issues.add(line: line, "unclosed { (opened on line \(line))")
        case .environment(let name, let line):
            issues.add(line: line, "missing \\end{\(name)} (begun on line \(line))")
        case .body, .fragment:
            break
        }
    }

    /// Replays tokens (a title, a label) into the output where we are.
    mutating func runFragment(_ fragment: [LaTeXToken]) {
        let savedTokens = tokens
        let savedIndex = index
        tokens = fragment
        index = 0
        run(.fragment)
        tokens = savedTokens
        index = savedIndex
    }

    /// The plain text of tokens, on their own (formula spans inside are not kept).
    mutating func renderToString(_ fragment: [LaTeXToken]) -> String {
        let savedOut = out
        out = TextAssembler()
        runFragment(fragment)
        let text = out.finish().text
        out = savedOut
        return text
    }

    /// One token at `index`.
    mutating func step() {
        let token = tokens[index]
        index += 1
        switch token.kind {
        case .char(let c):
            character(c)
        case .space:
            out.space()
        case .par:
            out.paragraphBreak()
        case .open:
            run(.group(line: token.line))
        case .close:
            issues.add(line: token.line, "unbalanced }")
        case .mathShift:
            dollar(token)
        case .param:
            break
        case .verbatim(let text, let block):
            if block {
                out.lineBreak()
                out.literal(text)
                out.lineBreak()
            } else {
                out.literal(text)
            }
        case .command(let name):
            command(name, token)
        }
    }

    private mutating func character(_ c: Character) {
        switch c {
        case "-":
            if peekChar("-") {
                index += 1
                if peekChar("-") {
                    index += 1
                    out.text("—")
                } else {
                    out.text("–")
                }
            } else {
                out.text("-")
            }
        case "`":
            if peekChar("`") {
                index += 1
                out.text("“")
            } else {
                out.text("`")
            }
        case "'":
            if peekChar("'") {
                index += 1
                out.text("”")
            } else {
                out.text("'")
            }
        case "~":
            out.space()
        case "&":
            if tabularDepth > 0 {
                out.space()
            } else {
                out.space()
                issues.add(line: tokens[index - 1].line, "misplaced & outside a table")
            }
        default:
            out.text(String(c))
        }
    }

    // MARK: - Token helpers

    func peekChar(_ c: Character) -> Bool {
        index < tokens.count && tokens[index].isChar(c)
    }

    /// Skips spaces (not paragraph breaks).
    mutating func skipSpaces() {
        while index < tokens.count, tokens[index].isSpace { index += 1 }
    }

    /// The name of `\begin{name}` / `\end{name}` whose command is at `position`, and the index after it.
    func environmentName(at position: Int) -> (String, Int)? {
        var look = position + 1
        while look < tokens.count, tokens[look].isSpace { look += 1 }
        guard look < tokens.count, tokens[look].kind == .open else { return nil }
        var name = ""
        look += 1
        while look < tokens.count, tokens[look].kind != .close {
            switch tokens[look].kind {
            case .char(let c): name.append(c)
            case .space: break
            default: return nil
            }
            look += 1
            if name.count > 60 { return nil }
        }
        guard look < tokens.count else { return nil }
        return (name, look + 1)
    }

    /// The tokens of the next `{…}` argument (without braces), or of the next token.
    mutating func argumentTokens() -> [LaTeXToken] {
        skipSpaces()
        guard index < tokens.count else { return [] }
        let first = tokens[index]
        switch first.kind {
        case .open:
            index += 1
            var level = 1
            let start = index
            while index < tokens.count {
                if tokens[index].kind == .open { level += 1 }
                if tokens[index].kind == .close {
                    level -= 1
                    if level == 0 {
                        index += 1
                        return Array(tokens[start..<(index - 1)])
                    }
                }
                index += 1
            }
            issues.add(line: first.line, "unclosed { (opened on line \(first.line))")
            return Array(tokens[start...])
        case .close, .par:
            return []
        case .command("end"):
            return []
        default:
            index += 1
            return [first]
        }
    }

    /// Prints the next argument in place (a group, or one token).
    mutating func processArgument() {
        skipSpaces()
        guard index < tokens.count else { return }
        switch tokens[index].kind {
        case .open:
            index += 1
            run(.group(line: tokens[index - 1].line))
        case .close, .par, .command("end"):
            return
        default:
            step()
        }
    }

    /// `[…]` if it comes next (brace-aware), without the brackets.
    mutating func optionalTokens() -> [LaTeXToken]? {
        var look = index
        while look < tokens.count, tokens[look].isSpace { look += 1 }
        guard look < tokens.count, tokens[look].isChar("[") else { return nil }
        var level = 0
        var end = look + 1
        while end < tokens.count {
            let token = tokens[end]
            if token.kind == .open { level += 1 }
            if token.kind == .close { level -= 1 }
            if level < 0 || token.kind == .par { return nil }
            if level == 0, token.isChar("]") { break }
            end += 1
        }
        guard end < tokens.count else { return nil }
        index = end + 1
        return Array(tokens[(look + 1)..<end])
    }

    mutating func skipStar() {
        if peekChar("*") { index += 1 }
    }

    /// The source as written between two token positions, for ``FormulaSpan/latex``.
    func sourceText(_ body: ArraySlice<LaTeXToken>) -> String {
        guard let first = body.first, let last = body.last else { return "" }
        let start = max(0, min(first.start, source.count))
        let end = max(start, min(last.end, source.count))
        return String(source[start..<end]).trimmingSpaces
    }
}
