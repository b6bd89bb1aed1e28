/// Environments and math.
extension LaTeXReader {
    mutating func beginEnvironment(_ token: LaTeXToken) {
        guard let (name, after) = environmentName(at: index - 1) else {
            issues.add(line: token.line, "\\begin without an environment name")
            return
        }
        index = after
        typealias Tables = LaTeXTextTables
        if Tables.mathEnvironments.contains(name) {
            if name.hasPrefix("alignat") { _ = argumentTokens() }
            mathEnvironment(name, token)
        } else if Tables.listEnvironments.contains(name) || customLists[name] != nil {
            list(name, token)
        } else if name == "list" {
            genericList(token)
        } else if Tables.tableEnvironments.contains(name) {
            if name == "tabular*" || name == "tabularx" || name == "tabulary" { _ = argumentTokens() }
            _ = optionalTokens()
            _ = argumentTokens()
            out.lineBreak()
            tabularDepth += 1
            run(.environment(name, line: token.line))
            tabularDepth -= 1
            out.lineBreak()
        } else if let skipped = Tables.blockEnvironments[name] {
            while optionalTokens() != nil {}
            for _ in 0..<skipped { _ = argumentTokens() }
            while optionalTokens() != nil {}
            block(name, token)
        } else if name == "abstract" {
            out.lineBreak()
            out.text("Abstract")
            block(name, token)
        } else if let theorem = theorems[name] {
            theoremEnvironment(name, theorem, token)
        } else if name == "proof" {
            let given = optionalTokens()
            out.lineBreak()
            if let given { runFragment(given) } else { out.text("Proof") }
            out.text(".")
            out.space()
            run(.environment(name, line: token.line))
            out.space()
            out.text("□")
            out.lineBreak()
        } else if ["array", "matrix", "bmatrix", "pmatrix", "cases", "aligned"].contains(name) {
            // Math environments used outside math: read them as math anyway.
            issues.add(line: token.line, "environment \(name) outside math")
            index = max(0, index - 1)
            while index > 0, !tokens[index].isCommand("begin") { index -= 1 }
            collectAndEmitMath(from: token, display: true, opener: "\\begin{\(name)}", includeOpener: true, environment: name)
        } else {
            issues.unknown("environment \(name)", line: token.line)
            block(name, token)
        }
    }

    private mutating func block(_ name: String, _ token: LaTeXToken) {
        out.lineBreak()
        run(.environment(name, line: token.line))
        out.lineBreak()
    }

    private mutating func theoremEnvironment(_ name: String, _ theorem: MacroExpander.Theorem, _ token: LaTeXToken) {
        let given = optionalTokens()
        out.lineBreak()
        runFragment(theorem.title)
        if theorem.numbered {
            let number = (counters[theorem.counter] ?? 0) + 1
            counters[theorem.counter] = number
            if let within = theorem.within, let outer = counters[within], outer > 0 {
                out.text(" \(outer).\(number)")
            } else {
                out.text(" \(number)")
            }
        }
        if let given {
            out.text(" (")
            runFragment(given)
            out.text(")")
        }
        out.text(".")
        out.space()
        run(.environment(name, line: token.line))
        out.lineBreak()
    }

    /// `\begin{list}{\alph{partsi})}{\usecounter{partsi} …}`: LaTeX's own list, numbered when
    /// its label prints a counter (as an enumerate with that label), else a list of bullets.
    private mutating func genericList(_ token: LaTeXToken) {
        let label = argumentTokens()
        _ = argumentTokens()
        let numbered = Self.printsCounter(label)
        var state = ListState(name: "list", kind: numbered ? .enumerate : .itemize)
        if numbered { state.label = labelTemplate(label) }
        lists.append(state)
        out.lineBreak()
        run(.environment("list", line: token.line))
        _ = lists.popLast()
        out.lineBreak()
    }

    private mutating func list(_ name: String, _ token: LaTeXToken) {
        let kind: ListKind
        switch customLists[name] ?? name {
        case "itemize", "itemize*", "compactitem": kind = .itemize
        case "description", "description*", "compactdesc": kind = .description
        default: kind = .enumerate
        }
        var state = ListState(name: name, kind: kind)
        if kind == .enumerate {
            let level = lists.filter { $0.kind == .enumerate }.count + 1
            state.label = LaTeXTextTables.examLists[name] ?? enumerateLabels[level] ?? ListLabel.enumerateDefault(level: level)
        }
        // enumitem's \setlist for this list (every level, then its own level).
        let depth = lists.filter { $0.name == name }.count + 1
        for level in [0, depth] {
            if let options = listSettings[name]?[level] { applyListOptions(options, to: &state) }
        }
        if let options = optionalTokens() { applyListOptions(options, to: &state) }
        lists.append(state)
        out.lineBreak()
        run(.environment(name, line: token.line))
        // enumitem's `resume` continues the last list of this name and depth.
        if let ended = lists.popLast(), ended.kind == .enumerate { endedLists[ListKey(name: name, depth: depth)] = ended }
        out.lineBreak()
    }

    // MARK: - Math

    mutating func dollar(_ token: LaTeXToken) {
        if index < tokens.count, tokens[index].kind == .mathShift, tokens[index].start == token.end {
            index += 1
            collectAndEmitMath(from: token, display: true, opener: "$$") { reader, position in
                let tokens = reader.tokens
                return tokens[position].kind == .mathShift && position + 1 < tokens.count && tokens[position + 1].kind == .mathShift
                    ? position + 2 : nil
            }
        } else {
            collectAndEmitMath(from: token, display: false, opener: "$") { reader, position in
                reader.tokens[position].kind == .mathShift ? position + 1 : nil
            }
        }
    }

    private mutating func mathEnvironment(_ name: String, _ token: LaTeXToken) {
        collectAndEmitMath(from: token, display: name != "math", opener: "\\begin{\(name)}", environment: name)
    }

    /// Collects math from `index` up to its closer and writes it out as a formula. Math
    /// that is never closed ends at the next paragraph break, with an issue.
    mutating func collectAndEmitMath(
        from token: LaTeXToken, display: Bool, opener: String, includeOpener: Bool = false, environment: String? = nil,
        closer: ((LaTeXReader, Int) -> Int?)? = nil
    ) {
        let start = index
        var end: Int?
        var after = start
        if let environment {
            var depth = 0
            var position = start + (includeOpener ? 1 : 0)
            while position < tokens.count {
                if tokens[position].isCommand("begin") || tokens[position].isCommand("end"),
                   let (name, next) = environmentName(at: position), name == environment {
                    if tokens[position].isCommand("begin") {
                        depth += 1
                    } else if depth == 0 {
                        end = includeOpener ? next : position
                        after = next
                        break
                    } else {
                        depth -= 1
                    }
                    position = next
                    continue
                }
                position += 1
            }
        } else if let closer {
            var position = start
            while position < tokens.count, tokens[position].kind != .par {
                if let next = closer(self, position) {
                    end = position
                    after = next
                    break
                }
                position += 1
            }
        }
        if end == nil {
            var position = start
            while position < tokens.count, tokens[position].kind != .par { position += 1 }
            end = position
            after = position
            let what = environment.map { "missing \\end{\($0)}" } ?? "unclosed \(opener)"
            issues.add(line: token.line, "\(what) (begun on line \(token.line))")
        }
        let body = tokens[start..<(end ?? start)]
        index = after
        emitMath(body, display: display, line: token.line)
    }

    private mutating func emitMath(_ body: ArraySlice<LaTeXToken>, display: Bool, line: Int) {
        let result = LaTeXMath.linearize(tokens: Array(body))
        issues.unknownInMath(result.unknown, line: line)
        for name in result.unclosed {
            issues.add(line: line, "missing \\end{\(name)} (begun on line \(line))")
        }
        if display { out.lineBreak() }
        out.math(result.text, latex: sourceText(body), display: display, line: line)
        if display { out.lineBreak() }
    }
}
