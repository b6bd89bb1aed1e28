import Markdown
import Testing

@Suite("GFM tables")
struct TableTests {
    @Test func rowsAndCellsAsWritten() {
        let source = """
            | Part | **Answer** |
            |:-----|-----------:|
            | (a)  | $\\frac{1}{2}$ |
            | (b)  | `x \\| y` and a \\| b |
            | (c)  | `p | q` |
            """
        let parsed = blocks(source)
        #expect(parsed.count == 1)
        #expect(parsed[0].lines == 0..<5)
        #expect(parsed[0].kind == .table(rows: [
            ["Part", "**Answer**"],
            ["(a)", "$\\frac{1}{2}$"],
            ["(b)", "`x \\| y` and a \\| b"],
            ["(c)", "`p | q`"],
        ]))
        #expect(parsed[0].text == source)
    }

    @Test func withoutOuterPipesAndWithShortRows() {
        let parsed = blocks("a | b\n--|--\n1\n3 | 4 | 5\n")
        #expect(parsed == [MarkdownBlock(kind: .table(rows: [["a", "b"], ["1"], ["3", "4", "5"]]), text: "a | b\n--|--\n1\n3 | 4 | 5", lines: 0..<4)])
    }

    /// The table extension splits the lines before the header into a paragraph that cmark gives no position.
    @Test func paragraphRightBeforeTheHeader() {
        let parsed = blocks("Intro $x$\nsecond line\n| a | b |\n|---|---|\n| 1 | 2 |\n\nafter")
        #expect(parsed == [
            MarkdownBlock(kind: .paragraph, text: "Intro $x$\nsecond line", lines: 0..<2),
            MarkdownBlock(kind: .table(rows: [["a", "b"], ["1", "2"]]), text: "| a | b |\n|---|---|\n| 1 | 2 |", lines: 2..<5),
            MarkdownBlock(kind: .paragraph, text: "after", lines: 6..<7),
        ])
    }

    @Test func headerOnlyTableInsideAQuote() {
        let parsed = blocks("> p\n> | a |\n> |:-:|\n\nq")
        #expect(parsed[0].children == [
            MarkdownBlock(kind: .paragraph, text: "p", lines: 0..<1),
            MarkdownBlock(kind: .table(rows: [["a"]]), text: "| a |\n|:-:|", lines: 1..<3),
        ])
        #expect(parsed[1].lines == 4..<5)
    }

    @Test func tableInsideAListItem() {
        let item = blocks("- | x | y |\n  |---|---|\n  | 1 | 2 |\n").first?.children.first
        #expect(item?.children == [MarkdownBlock(kind: .table(rows: [["x", "y"], ["1", "2"]]), text: "| x | y |\n|---|---|\n| 1 | 2 |", lines: 0..<3)])
    }
}
