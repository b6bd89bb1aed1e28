import Markdown
import Testing

@Suite("Lists and items")
struct ListTests {
    @Test func orderedListStartAndMarkers() {
        let parsed = blocks("3. three\n4. four\n\n1) one\n2) two\n")
        #expect(parsed.map(\.kind) == [.list(ordered: true, start: 3), .list(ordered: true, start: 1)])
        #expect(parsed[0].children.map(\.kind) == [.item(marker: "3."), .item(marker: "4.")])
        #expect(parsed[1].children.map(\.kind) == [.item(marker: "1)"), .item(marker: "2)")])
        #expect(parsed.map(\.lines) == [0..<2, 3..<5])
        #expect(parsed[1].children[1].children == [MarkdownBlock(kind: .paragraph, text: "two", lines: 4..<5)])
    }

    @Test func bulletMarkersAsWritten() {
        let parsed = blocks("- a\n* b\n+ c\n")
        #expect(parsed.map(\.kind) == Array(repeating: .list(ordered: false, start: nil), count: 3))
        #expect(parsed.flatMap(\.children).map(\.kind) == [.item(marker: "-"), .item(marker: "*"), .item(marker: "+")])
    }

    @Test func nestedItemChildren() {
        let source = """
            1. Part one $x_1$
               (a) first **step**
               (b) second
            2. Part two
               - sub *x*
               - sub2

                 more para
            """
        let list = blocks(source)
        #expect(list.count == 1)
        #expect(list[0].kind == .list(ordered: true, start: 1))
        #expect(list[0].lines == 0..<8)
        let items = list[0].children
        #expect(items.map(\.lines) == [0..<3, 3..<8])
        #expect(items[0].children == [
            MarkdownBlock(kind: .paragraph, text: "Part one $x_1$\n(a) first **step**\n(b) second", lines: 0..<3)
        ])
        #expect(items[1].children.map(\.kind) == [.paragraph, .list(ordered: false, start: nil)])
        let subItems = items[1].children[1].children
        #expect(subItems.map(\.kind) == [.item(marker: "-"), .item(marker: "-")])
        #expect(subItems[1].children == [
            MarkdownBlock(kind: .paragraph, text: "sub2", lines: 5..<6),
            MarkdownBlock(kind: .paragraph, text: "more para", lines: 7..<8),
        ])
        #expect(subItems[1].lines == 5..<8)
    }

    @Test func itemLinesEndWithTheirLastChildNotTrailingBlankLines() {
        let parsed = blocks("- a\n\n  b\n\n\nafter")
        #expect(parsed.map(\.lines) == [0..<3, 5..<6])
        #expect(parsed[0].children[0].lines == 0..<3)
    }

    @Test func emptyItemsAndItemsStartingWithABlankLine() {
        let items = blocks("-\n-\n  foo\n").first?.children ?? []
        #expect(items == [
            MarkdownBlock(kind: .item(marker: "-"), lines: 0..<1),
            MarkdownBlock(kind: .item(marker: "-"), lines: 1..<3, children: [MarkdownBlock(kind: .paragraph, text: "foo", lines: 2..<3)]),
        ])
    }

    @Test func lazyContinuationLine() {
        let item = blocks("- first\nlazy $a$\n").first?.children.first
        #expect(item?.children == [MarkdownBlock(kind: .paragraph, text: "first\nlazy $a$", lines: 0..<2)])
    }
}
