import Markdown
import Testing

@Suite("Headings")
struct HeadingTests {
    @Test func atxLevelsAndRawText() {
        let parsed = blocks("# Title *x* $a_i$ #\n\n###### Six \\# ######\n####### seven\n#hashtag\n   ## Indented ##  \n")
        #expect(parsed.map(\.kind) == [.heading(level: 1), .heading(level: 6), .paragraph, .heading(level: 2)])
        #expect(parsed[0] == MarkdownBlock(kind: .heading(level: 1), text: "Title *x* $a_i$", lines: 0..<1))
        #expect(parsed[1].text == "Six \\#")
        #expect(parsed[2].text == "####### seven\n#hashtag")
        #expect(parsed[2].lines == 3..<5)
        #expect(parsed[3].text == "Indented")
        #expect(parsed[3].lines == 5..<6)
    }

    @Test func emptyATXHeadingAndClosingHashesWithoutSpace() {
        let parsed = blocks("#\n# foo#\n## ###\n")
        #expect(parsed.map(\.text) == ["", "foo#", ""])
        #expect(parsed.map(\.lines) == [0..<1, 1..<2, 2..<3])
    }

    @Test func setextHeadingsSpanTheirUnderline() {
        let parsed = blocks("Title with **bold** and $\\frac{1}{2}$\n===\nSub\ntitle\n---\n\ntext\n")
        #expect(parsed.count == 3)
        #expect(parsed[0] == MarkdownBlock(kind: .heading(level: 1), text: "Title with **bold** and $\\frac{1}{2}$", lines: 0..<2))
        #expect(parsed[1] == MarkdownBlock(kind: .heading(level: 2), text: "Sub\ntitle", lines: 2..<5))
        #expect(parsed[2].lines == 6..<7)
    }

    /// cmark-gfm ends a setext heading on the line after its underline; that line is not the heading's.
    @Test func setextHeadingFollowedDirectlyByAnotherBlock() {
        let parsed = blocks("Foo\n===\n---\nBar\n---\n- Baz\n  ---\n- q")
        #expect(parsed.map(\.kind) == [.heading(level: 1), .thematicBreak, .heading(level: 2), .list(ordered: false, start: nil)])
        #expect(parsed.map(\.lines) == [0..<2, 2..<3, 3..<5, 5..<8])
        let items = parsed[3].children
        #expect(items[0].children == [MarkdownBlock(kind: .heading(level: 2), text: "Baz", lines: 5..<7)])
        #expect(items[1].lines == 7..<8)
    }

    @Test func hashWithoutSpaceUnderlinedIsSetext() {
        #expect(blocks("#nope\n===") == [MarkdownBlock(kind: .heading(level: 1), text: "#nope", lines: 0..<2)])
    }
}
