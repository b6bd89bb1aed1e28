import Foundation

/// Text-mode commands.
extension LaTeXReader {
    mutating func command(_ name: String, _ token: LaTeXToken) {
        typealias Tables = LaTeXTextTables
        switch name {
        case "\\", "newline", "linebreak", "tabularnewline", "cr":
            skipStar()
            _ = optionalTokens()
            out.lineBreak()
        case "par":
            out.paragraphBreak()
        case "begin":
            beginEnvironment(token)
        case "end":
            // Reached only when run() let it through; skip the name.
            index = environmentName(at: index - 1)?.1 ?? index
        case "(":
            collectAndEmitMath(from: token, display: false, opener: "\\(") { reader, position in
                reader.tokens[position].isCommand(")") ? position + 1 : nil
            }
        case "[":
            collectAndEmitMath(from: token, display: true, opener: "\\[") { reader, position in
                reader.tokens[position].isCommand("]") ? position + 1 : nil
            }
        case ")", "]":
            issues.add(line: token.line, "\\\(name) without \\\(name == ")" ? "(" : "[")")
        case "item":
            item(token)
        case _ where LaTeXTextTables.examItems.contains(name):
            // `\question[10]`, `\part[2]`: points, then an item of the exam list.
            // `\titledquestion{Title}[10]` prints its title after the number, on its own line.
            let title = name.hasSuffix("titledquestion") ? argumentTokens() : nil
            _ = optionalTokens()
            item(token, numbered: true)
            if let title {
                runFragment(title)
                out.lineBreak()
            }
        case "title":
            _ = optionalTokens()
            title = argumentTokens()
        case "author":
            _ = optionalTokens()
            author = argumentTokens()
        case "date":
            date = argumentTokens()
        case "maketitle":
            maketitle()
        case "and", "AND":
            out.space()
        case "verb":
            break
        case "vskip", "hskip", "kern":
            skipDimension()
        case "hspace":
            skipStar()
            _ = argumentTokens()
            out.space()
        case "!":
            break
        case _ where SIUnits.commands.contains(name):
            siunitx(name)
        case "newcounter", "setcounter", "addtocounter", "stepcounter", "refstepcounter", "arabic", "alph", "Alph", "roman", "Roman":
            counter(name)
        case "newlist", "setlist":
            preambleCommand(name: name)
        case MacroExpander.listLabelCommand:
            let level = Int(renderToString(argumentTokens())) ?? 1
            let label = labelTemplate(argumentTokens())
            // The enumerate at that level, innermost first; else every later one.
            if let position = lists.indices.last(where: { lists[$0].kind == .enumerate && lists[..<$0].filter { $0.kind == .enumerate }.count + 1 == level }) {
                lists[position].label = label
            } else {
                enumerateLabels[level] = label
            }
        default:
            if Tables.sections.contains(name) {
                section(name)
            } else if Tables.spaces.contains(name) {
                out.space()
            } else if Tables.ignored.contains(name) {
                break
            } else if let count = Tables.ignoredWithArguments[name] {
                skipStar()
                for _ in 0..<count {
                    while optionalTokens() != nil {}
                    _ = argumentTokens()
                }
                _ = optionalTokens()
            } else if let skipped = Tables.content[name] {
                skipStar()
                for _ in 0..<skipped {
                    while optionalTokens() != nil {}
                    _ = argumentTokens()
                }
                while optionalTokens() != nil {}
                processArgument()
            } else if let text = Tables.symbols[name] {
                out.text(text)
            } else if let mark = Tables.accents[name] {
                accent(mark)
            } else if let text = Tables.references[name] {
                skipStar()
                _ = argumentTokens()
                out.text(text)
            } else if Tables.citations.contains(name) {
                skipStar()
                while optionalTokens() != nil {}
                _ = argumentTokens()
                out.text("[?]")
            } else if ["input", "include", "subfile", "import", "includeonly"].contains(name) {
                let file = renderToString(argumentTokens())
                issues.add(line: token.line, "cannot follow \\\(name){\(file)}")
            } else if let symbol = MathSymbols.commands[name] {
                out.text(symbol.text)
                issues.count("math command \\\(name) outside math", line: token.line)
            } else if name.hasPrefix("the"), case let counter = String(name.dropFirst(3)), let value = counters[counter] {
                // (A theorem numbered within a section prints as "7.2".)
                if let within = theorems.values.first(where: { $0.counter == counter })?.within, let outer = counters[within], outer > 0 {
                    out.text("\(outer).\(value)")
                } else {
                    out.text(String(value))
                }
            } else {
                issues.unknown("macro \\\(name)", line: token.line)
            }
        }
    }

    /// `\'e` → é: the mark goes on the first character of the argument.
    private mutating func accent(_ mark: String) {
        let argument = argumentTokens()
        let text = renderToString(argument)
        guard let first = text.first else {
            out.text(mark.isEmpty ? "" : "´")
            return
        }
        out.text((String(first) + mark + text.dropFirst()).precomposedStringWithCanonicalMapping)
    }

    /// A heading on a line of its own; an unstarred `\section`, `\subsection` or
    /// `\subsubsection` with its number as the PDF prints it ("2 Momentum and Adam", "2.1 …").
    private mutating func section(_ name: String) {
        let starred = peekChar("*")
        skipStar()
        _ = optionalTokens()
        out.lineBreak()
        let levels = ["chapter", "section", "subsection", "subsubsection"]
        if !starred, let level = levels.firstIndex(of: name) {
            counters[name, default: 0] += 1
            for deeper in levels[(level + 1)...] { counters[deeper] = 0 }
            // (A theorem numbered within this level or a deeper one starts again from 1.)
            let reset = Set(levels[level...])
            for theorem in theorems.values where theorem.within.map(reset.contains) == true { counters[theorem.counter] = 0 }
            let chapter = counters["chapter", default: 0]
            let path = levels[(chapter > 0 ? 0 : 1)...level].map { counters[$0, default: 0] }
            if level > 0 || chapter > 0 {
                out.text(path.map(String.init).joined(separator: "."))
                out.space()
            }
        }
        processArgument()
        out.lineBreak()
    }

    private mutating func maketitle() {
        out.lineBreak()
        for part in [title, author, date] {
            guard let part, !part.isEmpty else { continue }
            runFragment(part)
            out.lineBreak()
        }
        out.paragraphBreak()
    }

    /// A TeX dimension after `\vskip`: digits, a unit, `plus`/`minus` parts.
    private mutating func skipDimension() {
        skipSpaces()
        var taken = 0
        while index < tokens.count, case .char(let c) = tokens[index].kind, c.isLetter || c.isNumber || c == "." || c == "-", taken < 24 {
            index += 1
            taken += 1
        }
    }

    // MARK: - Lists

    private mutating func item(_ token: LaTeXToken, numbered: Bool = false) {
        let given = numbered ? nil : optionalTokens()
        out.lineBreak()
        guard let position = lists.indices.last else {
            issues.add(line: token.line, "\\item outside a list")
            if let given { runFragment(given) }
            out.space()
            return
        }
        if let given {
            runFragment(given)
            out.space()
            return
        }
        switch lists[position].kind {
        case .itemize:
            out.text(lists[position].itemLabel ?? "•")
        case .enumerate:
            lists[position].counter += 1
            let label = lists[position].label ?? ListLabel.enumerateDefault(level: 1)
            out.text(label.format(lists[position].counter))
        case .description:
            break
        }
        out.space()
    }

    /// Options of a list environment: enumitem's `label=…`, `start=…`, or the enumerate
    /// package's `[(a)]`.
    mutating func applyListOptions(_ options: [LaTeXToken], to state: inout ListState) {
        let parts = splitAtCommas(options)
        var sawKey = false
        for part in parts {
            guard let equals = part.firstIndex(where: { $0.isChar("=") }) else {
                // `resume` counts on from the last list of this name and depth; `resume*`
                // takes its options too.
                let flag = renderToString(part).trimmingSpaces
                if flag == "resume" || flag == "resume*" {
                    sawKey = true
                    let depth = lists.filter { $0.name == state.name }.count + 1
                    if let ended = endedLists[ListKey(name: state.name, depth: depth)] {
                        state.counter = ended.counter
                        if flag == "resume*" { state.label = ended.label }
                    }
                }
                continue
            }
            sawKey = true
            let key = renderToString(Array(part[..<equals])).trimmingSpaces
            var value = Array(part[(equals + 1)...])
            while value.first?.isSpace == true { value.removeFirst() }
            while value.last?.isSpace == true { value.removeLast() }
            if value.first?.kind == .open, value.last?.kind == .close, value.count >= 2 {
                value = Array(value[1..<(value.count - 1)])
            }
            switch key {
            case "label":
                if state.kind == .enumerate {
                    state.label = labelTemplate(value)
                } else {
                    state.itemLabel = renderToString(value)
                }
            case "start":
                if let start = Int(renderToString(value).trimmingSpaces) { state.counter = start - 1 }
            default:
                break
            }
        }
        if !sawKey, state.kind == .enumerate {
            let template = renderToString(options)
            if let label = ListLabel.enumeratePackage(template) { state.label = label }
        }
    }

    private func splitAtCommas(_ tokens: [LaTeXToken]) -> [[LaTeXToken]] {
        var parts: [[LaTeXToken]] = [[]]
        var level = 0
        for token in tokens {
            if token.kind == .open { level += 1 }
            if token.kind == .close { level -= 1 }
            if level == 0, token.isChar(",") {
                parts.append([])
            } else {
                parts[parts.count - 1].append(token)
            }
        }
        return parts
    }

    /// `(\alph*)`, `\arabic*.`, `Problem \Roman*:` → a label.
    /// The commands that print a counter in a list label, by the style they print it in.
    static let counterStyles: [String: ListLabel.Style] = ["arabic": .arabic, "alph": .alph, "Alph": .Alph, "roman": .roman, "Roman": .Roman]

    /// Whether a label's tokens print a counter (`\alph{enumi})`), rather than text alone.
    static func printsCounter(_ tokens: [LaTeXToken]) -> Bool {
        tokens.contains { $0.commandName.map { counterStyles[$0] != nil } == true }
    }

    mutating func labelTemplate(_ tokens: [LaTeXToken]) -> ListLabel {
        let styles = Self.counterStyles
        var parts: [ListLabel.Part] = []
        var literal: [LaTeXToken] = []
        func flushLiteral(_ reader: inout LaTeXReader) {
            guard !literal.isEmpty else { return }
            var text = reader.renderToString(literal)
            if literal.first?.isSpace == true { text = " " + text }
            if literal.last?.isSpace == true { text += " " }
            if !text.isEmpty { parts.append(.literal(text)) }
            literal = []
        }
        var position = 0
        while position < tokens.count {
            let token = tokens[position]
            if let name = token.commandName, let style = styles[name] {
                flushLiteral(&self)
                parts.append(.counter(style))
                position += 1
                if position < tokens.count, tokens[position].isChar("*") { position += 1 }
                // `\alph{enumi}`: the counter's name is no text.
                if position < tokens.count, tokens[position].kind == .open,
                   let close = tokens[position...].firstIndex(where: { $0.kind == .close }) {
                    position = close + 1
                }
                continue
            }
            literal.append(token)
            position += 1
        }
        flushLiteral(&self)
        return ListLabel(parts: parts)
    }
}
