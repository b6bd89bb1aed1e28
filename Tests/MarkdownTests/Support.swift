import Markdown

/// The top-level blocks of `text`.
func blocks(_ text: String) -> [MarkdownBlock] {
    MarkdownDocument(parsing: text).blocks
}

extension MarkdownBlock {
    /// This block and all blocks inside it, depth first.
    var allBlocks: [MarkdownBlock] {
        [self] + children.flatMap(\.allBlocks)
    }

    var depth: Int { 1 + (children.map(\.depth).max() ?? 0) }
}
