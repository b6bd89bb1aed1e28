import Markdown
import Testing

@Suite("Block quotes")
struct QuoteTests {
    @Test func childrenWithMarkersStripped() {
        let parsed = blocks("> # Q $x$\n> para **b**\n> more\n> - item\n>   cont\n>\n> > nested\nlazy\n")
        #expect(parsed.count == 1)
        let quote = parsed[0]
        #expect(quote.kind == .quote)
        #expect(quote.text == "")
        #expect(quote.lines == 0..<8)
        #expect(quote.children.map(\.kind) == [.heading(level: 1), .paragraph, .list(ordered: false, start: nil), .quote])
        #expect(quote.children[0].text == "Q $x$")
        #expect(quote.children[1] == MarkdownBlock(kind: .paragraph, text: "para **b**\nmore", lines: 1..<3))
        #expect(quote.children[2].children[0].children == [MarkdownBlock(kind: .paragraph, text: "item\ncont", lines: 3..<5)])
        #expect(quote.children[3].children == [MarkdownBlock(kind: .paragraph, text: "nested\nlazy", lines: 6..<8)])
    }

    @Test func quoteInsideListItem() {
        let item = blocks("1. > quoted\n   > again\n").first?.children.first
        #expect(item?.children.first?.children == [MarkdownBlock(kind: .paragraph, text: "quoted\nagain", lines: 0..<2)])
    }

    @Test func markersWithoutSpace() {
        #expect(blocks(">a\n>b").first?.children == [MarkdownBlock(kind: .paragraph, text: "a\nb", lines: 0..<2)])
    }
}
