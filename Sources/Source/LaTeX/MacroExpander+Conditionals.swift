/// TeX conditionals as course templates use them: `\newif\ifsolutions` with
/// `\solutionstrue`/`\solutionsfalse`, `\iftrue`/`\iffalse`, and the empty-argument test
/// `\if\relax\detokenize{#1}\relax … \else … \fi`. A conditional that cannot be decided
/// is reported once and read as false, its `\else` branch kept.
extension MacroExpander {
    private static let primitives: Set<String> = [
        "if", "ifx", "ifnum", "ifdim", "ifodd", "ifcase", "ifdefined", "ifcsname", "ifmmode", "ifvmode", "ifhmode",
        "ifinner", "ifvoid", "ifeof", "ifcat",
    ]

    /// Handles a conditional's command; false when `name` is none.
    mutating func conditional(_ name: String, at token: LaTeXToken) -> Bool {
        switch name {
        case "newif":
            skipSpaces()
            if let next = stack.popLast(), case .command(let switchName) = next.kind, switchName.hasPrefix("if") {
                switches[String(switchName.dropFirst(2))] = false
            }
            return true
        case "fi":
            return true
        case "else":
            // Reached at the end of a branch taken: the other branch is skipped.
            skipBranch(toElse: false)
            return true
        case "iftrue":
            return true
        case "iffalse":
            skipBranch(toElse: true)
            return true
        default:
            break
        }
        if name.hasPrefix("if"), let value = switches[String(name.dropFirst(2))] {
            if !value { skipBranch(toElse: true) }
            return true
        }
        // `\solutionstrue`, `\solutionsfalse` for a declared switch.
        for (suffix, value) in [("true", true), ("false", false)] where name.hasSuffix(suffix) {
            let base = String(name.dropLast(suffix.count))
            if switches[base] != nil {
                switches[base] = value
                return true
            }
        }
        guard Self.primitives.contains(name) else { return false }
        if name == "if", let empty = emptinessTest() {
            if !empty { skipBranch(toElse: true) }
            return true
        }
        issues.count("conditional \\\(name) read as false", line: token.line)
        skipBranch(toElse: true)
        return true
    }

    /// `\relax\detokenize{…}\relax` after `\if`: whether the braced tokens are empty.
    private mutating func emptinessTest() -> Bool? {
        skipSpaces()
        guard stack.last?.isCommand("relax") == true else { return nil }
        stack.removeLast()
        skipSpaces()
        guard stack.last?.isCommand("detokenize") == true else { return nil }
        stack.removeLast()
        let argument = readArgument() ?? []
        skipSpaces()
        if stack.last?.isCommand("relax") == true { stack.removeLast() }
        return argument.allSatisfy { $0.kind == .space }
    }

    /// Drops tokens up to the matching `\else` (when `toElse`) or `\fi`, nested conditionals included.
    private mutating func skipBranch(toElse: Bool) {
        var depth = 0
        while let next = stack.popLast() {
            guard case .command(let name) = next.kind else { continue }
            if name == "fi" {
                if depth == 0 { return }
                depth -= 1
            } else if name == "else", depth == 0, toElse {
                return
            } else if Self.primitives.contains(name) || name == "iftrue" || name == "iffalse"
                || name.hasPrefix("if") && switches[String(name.dropFirst(2))] != nil
            {
                depth += 1
            }
        }
    }
}
