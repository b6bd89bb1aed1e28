/// One token of LaTeX source, with where it came from.
struct LaTeXToken: Sendable, Equatable {
    enum Kind: Sendable, Equatable {
        /// `\name` (letters) or a control symbol like `\\`, `\,`, `\%` (name is the symbol).
        case command(String)
        case char(Character)
        /// `{`
        case open
        /// `}`
        case close
        /// Spaces, tabs, or one newline inside a paragraph.
        case space
        /// One or more blank lines.
        case par
        /// `$`
        case mathShift
        /// `#1` … `#9` in a macro body.
        case param(Int)
        /// The content of `\verb|…|` (inline) or a verbatim environment (block).
        case verbatim(String, block: Bool)
    }

    var kind: Kind
    /// 1-based source line.
    var line: Int
    /// Range in the source, in Characters.
    var start: Int
    var end: Int

    func isChar(_ character: Character) -> Bool { kind == .char(character) }

    func isCommand(_ name: String) -> Bool { kind == .command(name) }

    var commandName: String? {
        if case .command(let name) = kind { return name }
        return nil
    }

    var isSpace: Bool { kind == .space }
}
