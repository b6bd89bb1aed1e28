import Foundation

/// Parses LaTeX math tokens into ``MathNode``s, noting the commands and environments it
/// does not know.
struct MathParser {
    private let tokens: [LaTeXToken]
    private var index = 0
    /// Unknown commands (`\foo`) and environments (`environment foo`), with counts, in
    /// order of first appearance.
    private(set) var unknown: [(name: String, count: Int)] = []
    /// Environments left open at the end.
    private(set) var unclosed: [String] = []
    private var depth = 0

    private static let matrixEnvironments: Set<String> = [
        "matrix", "bmatrix", "pmatrix", "Bmatrix", "vmatrix", "Vmatrix", "smallmatrix", "array", "subarray",
        "matrix*", "bmatrix*", "pmatrix*", "Bmatrix*", "vmatrix*", "Vmatrix*", "psmallmatrix", "bsmallmatrix",
    ]
    private static let lineEnvironments: Set<String> = [
        "aligned", "alignedat", "split", "gathered", "align", "align*", "gather", "gather*", "multline", "multline*",
        "eqnarray", "eqnarray*", "equation", "equation*", "flalign", "flalign*", "alignat", "alignat*", "multlined",
        "displaymath", "math",
    ]
    private static let dropped: Set<String> = [
        "displaystyle", "textstyle", "scriptstyle", "scriptscriptstyle", "limits", "nolimits", "nonumber", "notag",
        "nolinebreak", "allowbreak", "nobreak", "relax", "protect", "left", "right", "middle", "big", "Big", "bigg", "Bigg",
        "bigl", "bigr", "Bigl", "Bigr", "biggl", "biggr", "Biggl", "Biggr", "bigm", "Bigm", "biggm", "Biggm",
        "centering", "hline", "strut", "mathstrut", "normalsize", "small", "footnotesize", "scriptsize", "tiny", "large", "Large",
        "bfseries", "itshape", "rmfamily", "selectfont", "/", "@", "-", "hfill", "hfil",
    ]
    private static let spaces: Set<String> = [
        ",", ";", ":", ">", " ", "quad", "qquad", "enspace", "thinspace", "medspace", "thickspace", "enskip", "space",
    ]
    private static let negativeSpaces: Set<String> = ["!", "negthinspace", "negmedspace", "negthickspace"]
    private static let fonts: Set<String> = [
        "mathcal", "mathbf", "boldsymbol", "bm", "mathrm", "mathit", "mathsf", "mathtt", "mathscr", "mathfrak",
        "mathnormal", "pmb", "mathbfit", "symbf", "symit", "symrm", "mathbold", "boxed", "fbox", "overbrace", "underbrace",
        "cancel", "bcancel", "xcancel", "smash",
    ]
    private static let texts: Set<String> = [
        "text", "textrm", "textit", "textbf", "textsf", "texttt", "textnormal", "mbox", "hbox", "intertext", "emph",
        "textup", "textmd", "textsl", "shortintertext", "textsc",
    ]
    private static let delimiterSizes: Set<String> = [
        "left", "right", "middle", "big", "Big", "bigg", "Bigg", "bigl", "bigr", "Bigl", "Bigr", "biggl", "biggr", "Biggl",
        "Biggr", "bigm", "Bigm", "biggm", "Biggm",
    ]

    init(_ tokens: [LaTeXToken]) {
        self.tokens = tokens
    }

    // MARK: - Entry

    /// Rows of the whole input (split at top-level `\\`), cells run together.
    mutating func parseDocument() -> [[MathNode]] {
        var rows: [[MathNode]] = []
        while true {
            let (cells, reason) = parseRow(environment: nil)
            rows.append(cells.flatMap { $0 })
            switch reason {
            case .row: continue
            case .end, .environmentEnd: return rows
            }
        }
    }

    // MARK: - Token access

    private var atEnd: Bool { index >= tokens.count }

    private func peek(_ offset: Int = 0) -> LaTeXToken? {
        index + offset < tokens.count ? tokens[index + offset] : nil
    }

    private mutating func skipSpaces() {
        while let token = peek(), token.kind == .space || token.kind == .par { index += 1 }
    }

    private mutating func noteUnknown(_ name: String) {
        if let at = unknown.firstIndex(where: { $0.name == name }) {
            unknown[at].count += 1
        } else {
            unknown.append((name, 1))
        }
    }

    // MARK: - Sequences

    private enum Stop { case end, cell, row, close, environmentEnd }
    private enum RowEnd { case row, end, environmentEnd }

    /// Cells of one row, up to `\\`, `\end` or the end.
    private mutating func parseRow(environment: String?) -> ([[MathNode]], RowEnd) {
        var cells: [[MathNode]] = []
        while true {
            let (nodes, stop) = parseList()
            cells.append(nodes)
            switch stop {
            case .cell:
                index += 1
            case .row:
                skipRowEnd()
                return (cells, .row)
            case .environmentEnd:
                if environment == nil {
                    // A stray \end{…}: skip it and go on.
                    index += 1
                    _ = readName()
                    continue
                }
                index += 1
                _ = readName()
                return (cells, .environmentEnd)
            case .close:
                if environment == nil {
                    index += 1  // a stray }
                    continue
                }
                unclosed.append(environment ?? "")
                return (cells, .end)
            case .end:
                if let environment { unclosed.append(environment) }
                return (cells, .end)
            }
        }
    }

    /// Skips `\\` (or `\cr`, `\newline`) with its `*` and `[length]`.
    private mutating func skipRowEnd() {
        index += 1
        if peek()?.isChar("*") == true { index += 1 }
        var look = index
        while let token = peek(look - index), token.isSpace { look += 1 }
        if look < tokens.count, tokens[look].isChar("[") {
            var end = look + 1
            while end < tokens.count, !tokens[end].isChar("]"), end - look < 20 { end += 1 }
            if end < tokens.count, tokens[end].isChar("]") { index = end + 1 }
        }
    }

    /// Nodes up to a closing brace, `&`, `\\`, `\end` or the end; the stopper is not consumed.
    private mutating func parseList() -> ([MathNode], Stop) {
        var nodes: [MathNode] = []
        while let token = peek() {
            switch token.kind {
            case .close: return (nodes, .close)
            case .char("&"): return (nodes, .cell)
            case .command("\\"), .command("cr"), .command("newline"), .command("crcr"): return (nodes, .row)
            case .command("end"): return (nodes, .environmentEnd)
            default:
                if let node = parseAtomWithScripts() { nodes.append(node) }
            }
        }
        return (nodes, .end)
    }

    /// The content of a `{…}` group whose `{` was just consumed.
    private mutating func parseGroupBody() -> [MathNode] {
        depth += 1
        defer { depth -= 1 }
        var nodes: [MathNode] = []
        while true {
            let (part, stop) = parseList()
            nodes += part
            switch stop {
            case .close:
                index += 1
                return nodes
            case .end:
                return nodes
            case .cell, .row:
                index += 1  // & or \\ inside a plain group: dropped
                if stop == .row { nodes.append(.space) }
            case .environmentEnd:
                index += 1
                _ = readName()
            }
        }
    }

    // MARK: - Atoms

    private mutating func parseAtomWithScripts() -> MathNode? {
        guard let base = parseAtom() else { return nil }
        if base.isSpace { return base }
        return parseScripts(base)
    }

    private mutating func parseScripts(_ base: MathNode) -> MathNode {
        var primes = 0
        var sub: [MathNode]?
        var sup: [MathNode]?
        loop: while let token = peek() {
            switch token.kind {
            case .space, .par, .command("limits"), .command("nolimits"), .command("displaylimits"):
                index += 1
            case .char("'"):
                primes += 1
                index += 1
            case .char("^"):
                index += 1
                sup = (sup ?? []) + parseScriptArgument()
            case .char("_"):
                index += 1
                sub = (sub ?? []) + parseScriptArgument()
            default:
                break loop
            }
        }
        if primes == 0 && sub == nil && sup == nil { return base }
        return .scripts(base: base, primes: primes, sub: sub, sup: sup)
    }

    /// A script: a group, one command (with its arguments) or one character.
    private mutating func parseScriptArgument() -> [MathNode] {
        skipSpaces()
        guard let token = peek() else { return [] }
        switch token.kind {
        case .open:
            index += 1
            return parseGroupBody()
        case .char(let c):
            index += 1
            return [characterNode(c)]
        case .close, .command("\\"), .command("end"):
            return []
        default:
            return parseAtom().map { [$0] } ?? []
        }
    }

    /// A mandatory argument: a group's content or one token's node.
    private mutating func parseArgument() -> [MathNode] {
        parseScriptArgument()
    }

    private func characterNode(_ c: Character) -> MathNode {
        if c.isNumber { return .number(String(c)) }
        switch c {
        case "-": return .symbol("−", .bin)
        case "'": return .symbol("′", .ord)
        case "~": return .space
        default: return .symbol(String(c), MathSymbols.classOf(c))
        }
    }

    private mutating func parseAtom() -> MathNode? {
        guard let token = peek() else { return nil }
        index += 1
        switch token.kind {
        case .space, .par, .mathShift, .param:
            return nil
        case .verbatim(let text, _):
            return .word(text, .ord)
        case .open:
            return .group(parseGroupBody())
        case .close:
            return nil
        case .char(let c):
            if c.isASCII, c.isNumber {
                var number = String(c)
                while let next = peek(), case .char(let d) = next.kind, d.isASCII,
                      d.isNumber || (d == "." && peek(1).map { if case .char(let e) = $0.kind { return e.isASCII && e.isNumber } else { return false } } == true) {
                    number.append(d)
                    index += 1
                }
                return .number(number)
            }
            if c == ":", peek()?.isChar("=") == true {
                index += 1
                return .symbol(":=", .rel)
            }
            if c == "^" || c == "_" {
                index -= 1
                return .group([])
            }
            return characterNode(c)
        case .command(let name):
            return parseCommand(name)
        }
    }

    // MARK: - Commands

    private mutating func parseCommand(_ name: String) -> MathNode? {
        if let symbol = MathSymbols.commands[name] {
            return .symbol(symbol.text, symbol.cls)
        }
        if MathSymbols.functions.contains(name) {
            return .word(name, .function)
        }
        if let words = MathSymbols.twoWordFunctions[name] {
            return .word(words, .function)
        }
        if Self.delimiterSizes.contains(name) {
            skipSpaces()
            if peek()?.isChar(".") == true { index += 1 }
            return nil
        }
        if Self.dropped.contains(name) { return nil }
        if Self.spaces.contains(name) { return .space }
        if Self.negativeSpaces.contains(name) { return nil }
        if let accent = MathSymbols.accents[name] {
            return .accent(parseArgument(), mark: accent.mark, fallback: accent.fallback)
        }
        if Self.fonts.contains(name) {
            return fontGroup(parseArgument())
        }
        if Self.texts.contains(name) {
            return .word(textArgument(), .ord)
        }
        switch name {
        case "frac", "dfrac", "tfrac", "cfrac", "flatfrac":
            if name == "cfrac" { skipOptionalArgument() }
            let numerator = parseArgument()
            return .fraction(numerator, parseArgument())
        case "over", "choose", "atop":
            // Infix forms are rare in homework; print them as written.
            return .symbol(name == "over" ? "/" : name == "choose" ? " choose " : " atop ", .ord)
        case "binom", "dbinom", "tbinom":
            let n = parseArgument()
            return .binomial(n, parseArgument())
        case "sqrt":
            let rootIndex = optionalArgumentNodes()
            return .root(index: rootIndex, parseArgument())
        case "mathbb", "mathbbm", "mathds", "varmathbb":
            return doubleStruck(parseArgument())
        case "operatorname", "operatornamewithlimits":
            if peek()?.isChar("*") == true { index += 1 }
            return .word(textArgument(), .function)
        case "not":
            skipSpaces()
            guard let next = parseAtom() else { return .symbol("/", .ord) }
            if case .symbol(let text, let cls) = next {
                return .symbol((text + "\u{0338}").precomposedStringWithCanonicalMapping, cls)
            }
            return next
        case "overset", "stackrel":
            let over = parseArgument()
            let base = fontGroup(parseArgument())
            return .scripts(base: base, primes: 0, sub: nil, sup: over)
        case "underset":
            let under = parseArgument()
            let base = fontGroup(parseArgument())
            return .scripts(base: base, primes: 0, sub: under, sup: nil)
        case "label", "tag", "ref", "eqref", "color", "hspace", "vspace", "phantom", "hphantom", "vphantom", "pagecolor", "hskip", "kern", "mkern", "mskip":
            if peek()?.isChar("*") == true { index += 1 }
            if ["hskip", "kern", "mkern", "mskip"].contains(name) {
                skipDimension()
                return name == "hskip" || name == "mskip" ? .space : nil
            }
            let argument = rawArgument()
            switch name {
            case "hspace", "phantom", "hphantom": return .space
            case "ref": return .word("??", .ord)
            case "eqref": return .word("(??)", .ord)
            default: _ = argument; return nil
            }
        case "textcolor", "colorbox":
            _ = rawArgument()
            return .group(parseArgument())
        case "pmod":
            // A leading space in a word survives rendering: `a \pmod{n}` → `a (mod n)`.
            return .word(" (mod " + MathRenderer.render(parseArgument(), nested: true) + ")", .ord)
        case "mod":
            return .word(" mod", .function)
        case "pod":
            return .word(" (" + MathRenderer.render(parseArgument(), nested: true) + ")", .ord)
        case "substack":
            let tokensInside = rawArgument()
            var inner = MathParser(tokensInside)
            let rows = inner.parseDocument().filter { !$0.isEmpty }
            merge(inner)
            return .lines(rows, separator: ", ")
        case "begin":
            return parseEnvironment()
        case "end":
            _ = readName()
            return nil
        case _ where SIUnits.commands.contains(name):
            skipOptionalArgument()
            let text = { (tokens: [LaTeXToken]) in tokens.compactMap { if case .char(let c) = $0.kind { String(c) } else { nil } }.joined() }
            switch name {
            case "num", "ang": return .word(SIUnits.number(text(rawArgument())), .ord)
            case "si", "unit": return .word(SIUnits.unit(rawArgument()), .ord)
            default:
                var value = SIUnits.number(text(rawArgument()))
                if name.hasSuffix("range") { value += "–" + SIUnits.number(text(rawArgument())) }
                skipOptionalArgument()
                return .word(SIUnits.quantity(value, SIUnits.unit(rawArgument())), .ord)
            }
        case "LaTeX": return .word("LaTeX", .ord)
        case "TeX": return .word("TeX", .ord)
        default:
            noteUnknown("\\" + name)
            // An unknown macro's name is no text a reader sees: it is reported, and its
            // arguments (read as groups after it) are kept.
            return .group([])
        }
    }

    private mutating func merge(_ inner: MathParser) {
        for item in inner.unknown {
            for _ in 0..<item.count { noteUnknown(item.name) }
        }
    }

    /// `\mathbf{x}`, `\mathrm{ReLU}`: letters and digits become one identifier.
    private func fontGroup(_ nodes: [MathNode]) -> MathNode {
        var letters = ""
        for node in nodes {
            switch node {
            case .symbol(let text, .ord) where text.allSatisfy({ $0.isLetter || $0.isNumber }): letters += text
            case .number(let text): letters += text
            case .word(let text, .ord): letters += text
            default: return .group(nodes)
            }
        }
        if letters.isEmpty { return .group(nodes) }
        if nodes.count == 1, case .symbol = nodes[0] { return nodes[0] }
        return .word(letters, .ord)
    }

    private func doubleStruck(_ nodes: [MathNode]) -> MathNode {
        let mapped: [MathNode] = nodes.map { node in
            switch node {
            case .symbol(let text, let cls) where text.count == 1:
                return .symbol(text.first.map(MathSymbols.doubleStruck) ?? text, cls)
            case .number(let text):
                return .symbol(text.map(MathSymbols.doubleStruck).joined(), .ord)
            default:
                return node
            }
        }
        return mapped.count == 1 ? mapped[0] : fontGroup(mapped)
    }

    // MARK: - Raw arguments

    /// The tokens of a `{…}` argument (or of one token), not parsed.
    private mutating func rawArgument() -> [LaTeXToken] {
        skipSpaces()
        guard let token = peek() else { return [] }
        guard token.kind == .open else {
            if token.kind == .close { return [] }
            index += 1
            return [token]
        }
        index += 1
        var level = 1
        var collected: [LaTeXToken] = []
        while let next = peek() {
            index += 1
            if next.kind == .open { level += 1 }
            if next.kind == .close {
                level -= 1
                if level == 0 { return collected }
            }
            collected.append(next)
        }
        return collected
    }

    /// The name in `{name}` after `\begin` / `\end`.
    private mutating func readName() -> String {
        rawArgument().map { token -> String in
            switch token.kind {
            case .char(let c): return String(c)
            case .command(let name): return "\\" + name
            default: return ""
            }
        }.joined()
    }

    private mutating func optionalArgumentTokens() -> [LaTeXToken]? {
        var look = index
        while look < tokens.count, tokens[look].isSpace { look += 1 }
        guard look < tokens.count, tokens[look].isChar("[") else { return nil }
        var level = 0
        var end = look + 1
        while end < tokens.count {
            let kind = tokens[end].kind
            if kind == .open { level += 1 }
            if kind == .close { level -= 1 }
            if level == 0, tokens[end].isChar("]") { break }
            if level < 0 { return nil }
            end += 1
        }
        guard end < tokens.count else { return nil }
        let inside = Array(tokens[(look + 1)..<end])
        index = end + 1
        return inside
    }

    private mutating func skipOptionalArgument() {
        _ = optionalArgumentTokens()
    }

    private mutating func optionalArgumentNodes() -> [MathNode]? {
        guard let inside = optionalArgumentTokens() else { return nil }
        var inner = MathParser(inside)
        let nodes = inner.parseDocument().flatMap { $0 }
        merge(inner)
        return nodes
    }

    /// A TeX dimension after `\kern`, `\hskip`: digits, a unit, maybe plus/minus parts.
    private mutating func skipDimension() {
        skipSpaces()
        var taken = 0
        while let token = peek(), case .char(let c) = token.kind, c.isLetter || c.isNumber || c == "." || c == "-", taken < 12 {
            index += 1
            taken += 1
        }
    }

    /// The text of `\text{…}`: characters as typed, spacing commands as spaces, nested
    /// `$…$` linearized.
    private mutating func textArgument() -> String {
        Self.plainText(rawArgument(), parser: &self)
    }

    private static func plainText(_ tokens: [LaTeXToken], parser: inout MathParser) -> String {
        var text = ""
        var position = 0
        while position < tokens.count {
            let token = tokens[position]
            position += 1
            switch token.kind {
            case .char("~"): text += " "
            case .char(let c): text.append(c)
            case .space, .par: text += " "
            case .verbatim(let content, _): text += content
            case .open, .close, .param: break
            case .mathShift:
                var end = position
                while end < tokens.count, tokens[end].kind != .mathShift { end += 1 }
                var inner = MathParser(Array(tokens[position..<end]))
                let rows = inner.parseDocument()
                parser.merge(inner)
                text += rows.map { MathRenderer.render($0, nested: false) }.joined(separator: " ")
                position = min(end + 1, tokens.count)
            case .command(let name):
                switch name {
                case "%", "&", "_", "#", "$", "{", "}": text += name
                case " ", ",", ";", ":", "quad", "qquad", "\\", "enspace", "thinspace": text += " "
                case "ldots", "dots", "textellipsis": text += "…"
                case "textendash": text += "–"
                case "textemdash": text += "—"
                default:
                    if let symbol = MathSymbols.commands[name] { text += symbol.text }
                }
            }
        }
        return text
    }

    // MARK: - Environments

    private mutating func parseEnvironment() -> MathNode? {
        let name = readName()
        let base = name.hasSuffix("*") ? String(name.dropLast()) : name
        if name == "array" || name == "subarray" {
            _ = optionalArgumentTokens()
            _ = rawArgument()
        }
        if name == "alignedat" || name == "alignat" || name == "alignat*" {
            _ = rawArgument()
        }
        if Self.matrixEnvironments.contains(name) || Self.matrixEnvironments.contains(base) {
            _ = optionalArgumentTokens()  // matrix* column alignment
            return .matrix(parseRows(environment: name))
        }
        if base == "cases" || base == "dcases" || base == "rcases" {
            return .cases(parseRows(environment: name))
        }
        if Self.lineEnvironments.contains(name) {
            let rows = parseRows(environment: name).map { $0.flatMap { $0 } }.filter { !$0.isEmpty }
            return .lines(rows, separator: "\n")
        }
        noteUnknown("environment " + name)
        let rows = parseRows(environment: name).map { $0.flatMap { $0 } }.filter { !$0.isEmpty }
        return .lines(rows, separator: "\n")
    }

    private mutating func parseRows(environment: String) -> [[[MathNode]]] {
        var rows: [[[MathNode]]] = []
        while true {
            let (cells, end) = parseRow(environment: environment)
            rows.append(cells)
            if end != .row { break }
        }
        // Drop rows with nothing in them (a trailing \\, an \hline row).
        return rows.filter { row in row.contains { cell in cell.contains { !$0.isSpace } } }
    }
}
