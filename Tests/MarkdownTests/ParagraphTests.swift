import Markdown
import Testing

@Suite("Paragraphs keep their source text")
struct ParagraphTests {
    @Test func inlineMarkupAndLaTeXStayAsWritten() {
        let source = "**bold** and $\\frac{1}{2}$ with a_i*b_j and \\(x_1\\)\n*not emphasis* `code` \\_escaped\\_ ~~gone~~  \nhard break above"
        let expected = "**bold** and $\\frac{1}{2}$ with a_i*b_j and \\(x_1\\)\n*not emphasis* `code` \\_escaped\\_ ~~gone~~\nhard break above"
        #expect(blocks(source) == [MarkdownBlock(kind: .paragraph, text: expected, lines: 0..<3)])
    }

    @Test func continuationLinesLoseOnlyTheirIndentation() {
        #expect(blocks("first\n   second $a * b$\n\tthird  ").first?.text == "first\nsecond $a * b$\nthird")
    }

    @Test func displayMathSpanningLinesIsOneParagraph() {
        let parsed = blocks("$$\n\\sum_{i=1}^n a_i * b_i\n$$\n\n\\[\n  x_1 = \\frac{-b}{2a}\n\\]\n")
        #expect(parsed == [
            MarkdownBlock(kind: .paragraph, text: "$$\n\\sum_{i=1}^n a_i * b_i\n$$", lines: 0..<3),
            MarkdownBlock(kind: .paragraph, text: "\\[\nx_1 = \\frac{-b}{2a}\n\\]", lines: 4..<7),
        ])
    }

    @Test func lineRangesAcrossBlankLines() {
        let parsed = blocks("\n\none\n\n\n\ntwo\nthree\n\n\n# Four\n\n")
        #expect(parsed.map(\.lines) == [2..<3, 6..<8, 10..<11])
        #expect(parsed.map(\.text) == ["one", "two\nthree", "Four"])
    }

    @Test func crlfAndLoneCarriageReturnsEndLines() {
        let parsed = blocks("a\r\nb\r\n\r\n# H\rc")
        #expect(parsed == [
            MarkdownBlock(kind: .paragraph, text: "a\nb", lines: 0..<2),
            MarkdownBlock(kind: .heading(level: 1), text: "H", lines: 3..<4),
            MarkdownBlock(kind: .paragraph, text: "c", lines: 4..<5),
        ])
    }

    @Test func thematicBreaks() {
        let parsed = blocks("a\n\n---\n***\n_ _ _\ntext\n---")
        #expect(parsed.map(\.kind) == [.paragraph, .thematicBreak, .thematicBreak, .thematicBreak, .heading(level: 2)])
        #expect(parsed.map(\.lines) == [0..<1, 2..<3, 3..<4, 4..<5, 5..<7])
    }

    @Test func htmlBlocksKeepTheirLines() {
        let parsed = blocks("<div>\nhi\n</div>\n\n<!--\nnote\n-->\nafter")
        #expect(parsed == [
            MarkdownBlock(kind: .html, text: "<div>\nhi\n</div>", lines: 0..<3),
            MarkdownBlock(kind: .html, text: "<!--\nnote\n-->", lines: 4..<7),
            MarkdownBlock(kind: .paragraph, text: "after", lines: 7..<8),
        ])
    }
}
