/// A Markdown document as blocks (CommonMark + GFM tables and strikethrough).
///
/// The block structure is cmark-gfm's; each block's text is read back from the source lines, so
/// inline markup, backslashes and LaTeX stay exactly as written.
public struct MarkdownDocument: Sendable, Equatable {
    /// The top-level blocks, in source order.
    public var blocks: [MarkdownBlock]

    /// Parses `text`. Never fails: any text is some Markdown.
    ///
    /// Linear in the length of `text`. NUL characters read as U+FFFD (as cmark reads them) and a
    /// leading byte order mark is skipped; lines end at `\n`, `\r\n` or `\r`. Pathological nesting
    /// is flattened: container markers opening more than 64 levels on one line read as text, and
    /// blocks nested deeper than 64 lists, items and quotes join the deepest kept one.
    public init(parsing text: String) {
        let source = SourceText(text)
        let input = CMarkInput(source)
        var builder = BlockBuilder(source: source, input: input)
        blocks = input.bytes.withUnsafeBufferPointer { bytes in
            CMark.withDocument(bytes) { document in builder.blocks(of: document) }
        }
    }

    /// A document made of `blocks`.
    public init(blocks: [MarkdownBlock]) {
        self.blocks = blocks
    }
}
