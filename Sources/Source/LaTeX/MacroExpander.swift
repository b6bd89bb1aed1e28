/// Collects `\newcommand`-style definitions and expands their uses, TeX-like: a token
/// stream in, the same stream with definitions removed and macros replaced out.
struct MacroExpander {
    struct Macro {
        var parameters: Int
        /// Default of an optional first argument (`\newcommand{\x}[2][d]{…}`).
        var optionalDefault: [LaTeXToken]?
        var body: [LaTeXToken]
        /// The arguments of an xparse definition (`\NewDocumentCommand{\x}{m o}{…}`), in order;
        /// nil for a `\newcommand`.
        var signature: [XparseArgument]? = nil
    }

    struct Environment {
        var parameters: Int
        var optionalDefault: [LaTeXToken]?
        var begin: [LaTeXToken]
        var end: [LaTeXToken]
        var signature: [XparseArgument]? = nil
    }

    /// One argument of an xparse signature: `m`, `o`, `O{default}`, `s`.
    enum XparseArgument {
        case mandatory
        case optional(default: [LaTeXToken]?)
        case star
    }

    /// What an absent `o` argument (or an absent star) is replaced by, for `\IfValueTF` and
    /// `\IfBooleanTF` to test.
    static let noValueCommand = "hwlens@novalue"
    static let trueCommand = "hwlens@true"

    /// A `\newtheorem` environment: printed as its title, a number, then the content.
    struct Theorem {
        var title: [LaTeXToken]
        var numbered: Bool
        var counter: String
        /// The sectioning counter the number lives within (`\newtheorem{exercise}{Exercise}[section]`
        /// numbers 7.1, 7.2, … in section 7, from 1 again in each section).
        var within: String? = nil
    }

    private(set) var macros: [String: Macro] = [:]
    private(set) var environments: [String: Environment] = [:]
    private(set) var theorems: [String: Theorem] = [:]
    /// `\newif` switches by name (`solutions` for `\ifsolutions`), false until set.
    var switches: [String: Bool] = [:]
    var issues = IssueLog()

    /// Tokens still to read, last = next.
    var stack: [LaTeXToken] = []
    private var expansions = 0
    private var limitReached = false
    private static let expansionLimit = 20_000
    private static let outputLimit = 2_000_000

    /// The command the reader receives for a redefined enumerate label: `{level}{template}`.
    static let listLabelCommand = "hwlens@listlabel"
    private static let enumerateLabelLevels: [String: Int] = ["labelenumi": 1, "labelenumii": 2, "labelenumiii": 3, "labelenumiv": 4]
    /// Tokens a definition leaves in the output.
    private var pendingOutput: [LaTeXToken] = []

    private static let definers: Set<String> = [
        "newcommand", "renewcommand", "providecommand", "def", "gdef", "edef", "xdef", "let", "DeclareMathOperator",
        "newenvironment", "renewenvironment", "newtheorem", "DeclareRobustCommand",
        "NewDocumentCommand", "RenewDocumentCommand", "DeclareDocumentCommand", "ProvideDocumentCommand",
        "NewDocumentEnvironment", "RenewDocumentEnvironment", "DeclareDocumentEnvironment", "ProvideDocumentEnvironment",
    ]

    mutating func expand(_ tokens: [LaTeXToken]) -> [LaTeXToken] {
        stack = tokens.reversed()
        var output: [LaTeXToken] = []
        output.reserveCapacity(tokens.count)
        while let token = stack.popLast() {
            guard case .command(let name) = token.kind else {
                output.append(token)
                continue
            }
            if Self.definers.contains(name) {
                define(name, at: token)
                output += pendingOutput
                pendingOutput = []
                continue
            }
            if conditional(name, at: token) { continue }
            if let branch = xparseTest(name) {
                stack.append(contentsOf: branch.reversed())
                continue
            }
            if !limitReached, let macro = macros[name] {
                if countExpansion(of: name, at: token, outputCount: output.count) {
                    let body = substitute(macro, at: token)
                    stack.append(contentsOf: body.reversed())
                    continue
                }
            }
            if !limitReached, name == "begin" || name == "end", let expanded = expandEnvironment(name, at: token) {
                if countExpansion(of: name, at: token, outputCount: output.count) {
                    stack.append(contentsOf: expanded.reversed())
                    continue
                }
            }
            output.append(token)
        }
        return output
    }

    private mutating func countExpansion(of name: String, at token: LaTeXToken, outputCount: Int) -> Bool {
        expansions += 1
        if expansions > Self.expansionLimit || outputCount + stack.count > Self.outputLimit {
            limitReached = true
            issues.add(line: token.line, "macro expansion limit reached at \\\(name) (recursive definition?)")
            return false
        }
        return true
    }

    // MARK: - Reading

    mutating func skipSpaces() {
        while let last = stack.last, last.kind == .space { stack.removeLast() }
    }

    /// A `{…}` group's tokens (without the braces) or one token.
    mutating func readArgument() -> [LaTeXToken]? {
        skipSpaces()
        guard let first = stack.popLast() else { return nil }
        guard first.kind == .open else { return first.kind == .close ? nil : [first] }
        var level = 1
        var collected: [LaTeXToken] = []
        while let next = stack.popLast() {
            if next.kind == .open { level += 1 }
            if next.kind == .close {
                level -= 1
                if level == 0 { return collected }
            }
            collected.append(next)
        }
        issues.add(line: first.line, "unclosed { (opened on line \(first.line))")
        return collected
    }

    /// `[…]` if it comes next (brace-aware), without the brackets.
    private mutating func readOptional() -> [LaTeXToken]? {
        var look = stack.count - 1
        while look >= 0, stack[look].kind == .space { look -= 1 }
        guard look >= 0, stack[look].isChar("[") else { return nil }
        var level = 0
        var position = look - 1
        var collected: [LaTeXToken] = []
        while position >= 0 {
            let token = stack[position]
            if token.kind == .open { level += 1 }
            if token.kind == .close { level -= 1 }
            if level < 0 { return nil }
            if level == 0, token.isChar("]") {
                stack.removeSubrange(position...)
                return collected
            }
            collected.append(token)
            position -= 1
        }
        return nil
    }

    /// `\foo` or `{\foo}` after `\newcommand`.
    private mutating func readCommandName() -> String? {
        skipSpaces()
        guard let token = stack.last else { return nil }
        if case .command(let name) = token.kind {
            stack.removeLast()
            return name
        }
        if token.kind == .open, let group = readArgument() {
            let names = group.filter { !$0.isSpace }
            if names.count == 1, let name = names[0].commandName { return name }
        }
        return nil
    }

    private static func text(of tokens: [LaTeXToken]) -> String {
        tokens.map { token -> String in
            switch token.kind {
            case .char(let c): return String(c)
            case .command(let name): return "\\" + name
            default: return ""
            }
        }.joined()
    }

    // MARK: - Definitions

    private mutating func define(_ definer: String, at token: LaTeXToken) {
        let starred = stack.last?.isChar("*") == true
        if starred { stack.removeLast() }
        switch definer {
        case "newcommand", "renewcommand", "providecommand", "DeclareRobustCommand":
            guard let name = readCommandName() else {
                issues.add(line: token.line, "cannot read \\\(definer) definition")
                return
            }
            let count = readOptional().flatMap { Int(Self.text(of: $0).trimmingSpaces) } ?? 0
            let optionalDefault = count > 0 ? readOptional() : nil
            let body = readArgument() ?? []
            if definer == "providecommand", macros[name] != nil { return }
            if let level = Self.enumerateLabelLevels[name] {
                // `\renewcommand{\labelenumi}{(\alph{enumi})}` sets the labels of the list it
                // sits in: passed on to the reader where it stands.
                let at = { (kind: LaTeXToken.Kind) in LaTeXToken(kind: kind, line: token.line, start: token.start, end: token.end) }
                pendingOutput = [at(.command(Self.listLabelCommand)), at(.open), at(.char(Character(String(level)))), at(.close), at(.open)]
                    + body + [at(.close)]
                return
            }
            macros[name] = Macro(parameters: min(max(count, 0), 9), optionalDefault: optionalDefault, body: body)
        case "def", "gdef", "edef", "xdef":
            guard let name = readCommandName() else {
                issues.add(line: token.line, "cannot read \\\(definer) definition")
                return
            }
            var parameters = 0
            var simple = true
            while let next = stack.last, next.kind != .open {
                stack.removeLast()
                if case .param(let n) = next.kind, n == parameters + 1 {
                    parameters = n
                } else {
                    simple = false
                }
            }
            let body = readArgument() ?? []
            if simple {
                macros[name] = Macro(parameters: parameters, optionalDefault: nil, body: body)
            } else {
                issues.add(line: token.line, "unsupported \\\(definer)\\\(name) (delimited parameters)")
            }
        case "let":
            guard let name = readCommandName() else { return }
            skipSpaces()
            if stack.last?.isChar("=") == true { stack.removeLast() }
            skipSpaces()
            guard let target = stack.popLast() else { return }
            if case .command(let targetName) = target.kind, let existing = macros[targetName] {
                macros[name] = existing
            } else {
                macros[name] = Macro(parameters: 0, optionalDefault: nil, body: [target])
            }
        case "DeclareMathOperator":
            guard let name = readCommandName() else { return }
            let body = readArgument() ?? []
            let open = LaTeXToken(kind: .open, line: token.line, start: token.start, end: token.end)
            let close = LaTeXToken(kind: .close, line: token.line, start: token.start, end: token.end)
            let command = LaTeXToken(kind: .command("operatorname"), line: token.line, start: token.start, end: token.end)
            macros[name] = Macro(parameters: 0, optionalDefault: nil, body: [command, open] + body + [close])
        case "newenvironment", "renewenvironment":
            guard let nameTokens = readArgument() else { return }
            let name = Self.text(of: nameTokens)
            let count = readOptional().flatMap { Int(Self.text(of: $0).trimmingSpaces) } ?? 0
            let optionalDefault = count > 0 ? readOptional() : nil
            let begin = readArgument() ?? []
            let end = readArgument() ?? []
            environments[name] = Environment(parameters: min(max(count, 0), 9), optionalDefault: optionalDefault, begin: begin, end: end)
        case "NewDocumentCommand", "RenewDocumentCommand", "DeclareDocumentCommand", "ProvideDocumentCommand":
            guard let name = readCommandName(), let spec = readArgument() else {
                issues.add(line: token.line, "cannot read \\\(definer) definition")
                return
            }
            let body = readArgument() ?? []
            guard let signature = Self.signature(spec) else {
                issues.add(line: token.line, "unsupported argument specification of \\\(name)")
                return
            }
            if definer == "ProvideDocumentCommand", macros[name] != nil { return }
            macros[name] = Macro(parameters: signature.count, optionalDefault: nil, body: body, signature: signature)
        case "NewDocumentEnvironment", "RenewDocumentEnvironment", "DeclareDocumentEnvironment", "ProvideDocumentEnvironment":
            guard let nameTokens = readArgument(), let spec = readArgument() else { return }
            let name = Self.text(of: nameTokens)
            let begin = readArgument() ?? []
            let end = readArgument() ?? []
            guard let signature = Self.signature(spec) else {
                issues.add(line: token.line, "unsupported argument specification of environment \(name)")
                return
            }
            if definer == "ProvideDocumentEnvironment", environments[name] != nil { return }
            environments[name] = Environment(parameters: signature.count, optionalDefault: nil, begin: begin, end: end, signature: signature)
        case "newtheorem":
            guard let nameTokens = readArgument() else { return }
            let name = Self.text(of: nameTokens)
            let shared = readOptional().map { Self.text(of: $0) }
            let title = readArgument() ?? []
            let within = readOptional().map { Self.text(of: $0).trimmingSpaces }
            theorems[name] = Theorem(title: title, numbered: !starred, counter: shared ?? name,
                                     within: shared == nil ? within.flatMap { $0.isEmpty ? nil : $0 } : nil)
        default:
            break
        }
    }

    // MARK: - Expansion

    private mutating func readArguments(parameters: Int, optionalDefault: [LaTeXToken]?) -> [[LaTeXToken]] {
        var arguments: [[LaTeXToken]] = []
        if let optionalDefault {
            arguments.append(readOptional() ?? optionalDefault)
        }
        while arguments.count < parameters {
            arguments.append(readArgument() ?? [])
        }
        return arguments
    }

    /// The arguments an xparse signature reads, in order; an absent optional or star as a marker.
    private mutating func readArguments(_ signature: [XparseArgument], at token: LaTeXToken) -> [[LaTeXToken]] {
        let marker = { (name: String) in [LaTeXToken(kind: .command(name), line: token.line, start: token.start, end: token.end)] }
        return signature.map { argument in
            switch argument {
            case .mandatory: return readArgument() ?? []
            case .optional(let fallback): return readOptional() ?? fallback ?? marker(Self.noValueCommand)
            case .star:
                skipSpaces()
                guard stack.last?.isChar("*") == true else { return marker(Self.noValueCommand) }
                stack.removeLast()
                return marker(Self.trueCommand)
            }
        }
    }

    /// `m o O{default} s` (spaces and the `+` of long arguments ignored); nil for any other kind.
    private static func signature(_ spec: [LaTeXToken]) -> [XparseArgument]? {
        var result: [XparseArgument] = []
        var index = 0
        while index < spec.count {
            let token = spec[index]
            index += 1
            if token.isSpace || token.isChar("+") || token.isChar("!") { continue }
            if token.isChar("m") { result.append(.mandatory) } else if token.isChar("o") { result.append(.optional(default: nil)) } else if token.isChar("s") {
                result.append(.star)
            } else if token.isChar("O"), index < spec.count, spec[index].kind == .open {
                var level = 0
                var fallback: [LaTeXToken] = []
                while index < spec.count {
                    let next = spec[index]
                    index += 1
                    if next.kind == .open { level += 1; if level == 1 { continue } }
                    if next.kind == .close { level -= 1; if level == 0 { break } }
                    fallback.append(next)
                }
                result.append(.optional(default: fallback))
            } else {
                return nil
            }
        }
        return result.count <= 9 ? result : nil
    }

    /// The xparse tests by name: whether a value (or a star) makes them hold, and the branches
    /// they take. (Looked up for every command the expander meets.)
    private static let xparseTests: [String: (value: Bool, branches: String)] = [
        "IfValueTF": (true, "TF"), "IfValueT": (true, "T"), "IfValueF": (true, "F"),
        "IfNoValueTF": (false, "TF"), "IfNoValueT": (false, "T"), "IfNoValueF": (false, "F"),
        "IfBooleanTF": (true, "TF"), "IfBooleanT": (true, "T"), "IfBooleanF": (true, "F"),
    ]

    /// `\IfValueTF{#2}{…}{…}`, `\IfValueT`, `\IfValueF`, `\IfNoValueTF`, `\IfNoValueT`, `\IfNoValueF`,
    /// `\IfBooleanTF`, `\IfBooleanT`, `\IfBooleanF`: the branch the tested argument picks.
    private mutating func xparseTest(_ name: String) -> [LaTeXToken]? {
        guard let test = Self.xparseTests[name] else { return nil }
        let tested = (readArgument() ?? []).filter { !$0.isSpace }
        let holds: Bool
        if name.hasPrefix("IfBoolean") {
            holds = tested.count == 1 && tested[0].commandName == Self.trueCommand
        } else {
            let absent = tested.count == 1 && tested[0].commandName == Self.noValueCommand
            holds = test.value ? !absent : absent
        }
        let first = test.branches.contains("T") ? readArgument() ?? [] : []
        let second = test.branches.contains("F") ? readArgument() ?? [] : []
        if test.branches == "TF" { return holds ? first : second }
        return test.branches == "T" ? (holds ? first : []) : (holds ? [] : second)
    }

    private mutating func substitute(_ macro: Macro, at token: LaTeXToken) -> [LaTeXToken] {
        if let signature = macro.signature { return Self.substitute(macro.body, arguments: readArguments(signature, at: token), at: token) }
        let arguments = readArguments(parameters: macro.parameters, optionalDefault: macro.optionalDefault)
        return Self.substitute(macro.body, arguments: arguments, at: token)
    }

    /// The body with `#n` replaced; body tokens take the position of the use.
    private static func substitute(_ body: [LaTeXToken], arguments: [[LaTeXToken]], at token: LaTeXToken) -> [LaTeXToken] {
        var out: [LaTeXToken] = []
        for var piece in body {
            if case .param(let n) = piece.kind {
                if n - 1 < arguments.count { out += arguments[n - 1] }
                continue
            }
            piece.line = token.line
            piece.start = token.start
            piece.end = token.end
            out.append(piece)
        }
        return out
    }

    /// `\begin{name}` / `\end{name}` of a `\newenvironment`, replaced by its code.
    private mutating func expandEnvironment(_ which: String, at token: LaTeXToken) -> [LaTeXToken]? {
        var look = stack.count - 1
        while look >= 0, stack[look].kind == .space { look -= 1 }
        guard look >= 0, stack[look].kind == .open else { return nil }
        var name = ""
        var position = look - 1
        while position >= 0, stack[position].kind != .close, name.count < 40 {
            if case .char(let c) = stack[position].kind { name.append(c) } else { return nil }
            position -= 1
        }
        guard position >= 0, let environment = environments[name] else { return nil }
        stack.removeSubrange(position...)
        if which == "end" {
            return Self.substitute(environment.end, arguments: [], at: token)
        }
        let arguments = environment.signature.map { readArguments($0, at: token) }
            ?? readArguments(parameters: environment.parameters, optionalDefault: environment.optionalDefault)
        return Self.substitute(environment.begin, arguments: arguments, at: token)
    }
}
