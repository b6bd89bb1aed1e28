/// One block with the 0-based source lines it spans (`lines.lowerBound` first line, upperBound exclusive).
public struct MarkdownBlock: Sendable, Equatable {
    /// What a block is, with what its syntax says beyond its text.
    public enum Kind: Sendable, Equatable {
        /// An ATX (`#`) or setext (underlined) heading of level 1 to 6.
        case heading(level: Int)
        /// A paragraph (display math spanning lines, `$$…$$` or `\[…\]`, is one too).
        case paragraph
        /// A bullet or ordered list; `start` is the first item's number of an ordered list. Children are `.item` blocks.
        case list(ordered: Bool, start: Int?)
        /// A list item with its marker as written: `-`, `*`, `+`, `1.`, `2)`. Children are the item's blocks.
        case item(marker: String)
        /// A fenced or indented code block; `info` is a fence's info string (empty for indented code).
        case code(info: String)
        /// A block quote; children are the quoted blocks.
        case quote
        /// A GFM table: header row first, then body rows; cells as written in the source (markup kept), trimmed.
        case table(rows: [[String]])
        /// An HTML block; `text` is its lines.
        case html
        /// A thematic break (`---`, `***`, `___`).
        case thematicBreak
    }

    /// What the block is.
    public var kind: Kind
    /// The block's own text AS WRITTEN IN THE SOURCE for headings and paragraphs (without the `#` marks
    /// of an ATX heading and without container prefixes such as `> ` or list-item indentation/markers;
    /// line breaks kept as "\n"; inline markup such as `**`, `*`, `` ` ``, `$…$`, backslashes and LaTeX
    /// left exactly as in the source, NOT rendered). For code: the literal code. For tables: the source
    /// lines of the table. For lists/items/quotes: empty.
    ///
    /// In headings, paragraphs and tables the leading indentation of continuation lines and the
    /// trailing spaces of every line are dropped; code keeps its spaces but not its final line ending.
    /// HTML blocks hold their lines; thematic breaks are empty.
    public var text: String
    /// The 0-based source lines the block spans, upper bound exclusive. Containers end with their
    /// last child (trailing blank lines are not part of any block).
    public var lines: Range<Int>
    /// The blocks inside a list, item or quote (empty for other kinds).
    public var children: [MarkdownBlock]

    /// A block of `kind` with its text, lines and children.
    public init(kind: Kind, text: String = "", lines: Range<Int>, children: [MarkdownBlock] = []) {
        self.kind = kind
        self.text = text
        self.lines = lines
        self.children = children
    }
}
