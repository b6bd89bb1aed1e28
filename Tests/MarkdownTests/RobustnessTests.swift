import Foundation
import Markdown
import Testing

@Suite("Any text parses, in linear time")
struct RobustnessTests {
    @Test func emptyAndBlankTextHaveNoBlocks() {
        #expect(blocks("").isEmpty)
        #expect(blocks("\n\n   \n\t\n").isEmpty)
    }

    /// Every block's lines lie inside its parent's and after its previous sibling's.
    private func checkLines(_ blocks: [MarkdownBlock], within bounds: Range<Int>) {
        var previousEnd = bounds.lowerBound
        for block in blocks {
            #expect(!block.lines.isEmpty)
            #expect(block.lines.lowerBound >= previousEnd)
            #expect(block.lines.upperBound <= bounds.upperBound)
            previousEnd = block.lines.upperBound
            checkLines(block.children, within: block.lines)
        }
    }

    @Test func twentyThousandLines() {
        let pieces = [
            "## Problem {n}", "", "Let $\\frac{a_{n}}{b}$ and a_i*b_j.", "", "1. (a) first", "   (b) second", "   - nested",
            "", "> quoted {n}", "> more", "", "| a | b |", "|---|---|", "| {n} | `x\\|y` |", "", "```", "code {n}", "```", "---", "",
        ]
        var lines: [String] = []
        var n = 0
        while lines.count < 20_000 {
            n += 1
            lines += pieces.map { $0.replacingOccurrences(of: "{n}", with: "\(n)") }
        }
        let document = MarkdownDocument(parsing: lines.joined(separator: "\n"))
        #expect(document.blocks.count == n * 7)
        checkLines(document.blocks, within: 0..<lines.count)
        #expect(document.blocks.last?.kind == .thematicBreak)
        #expect(document.blocks.last?.lines == lines.count - 2..<lines.count - 1)
    }

    @Test func aLineOf200000Characters() {
        let line = String(repeating: "a_i*b_j $x$ ", count: 16_667)
        let parsed = blocks("# T\n" + line + "\n\n```\n" + line + "\n```")
        #expect(parsed.count == 3)
        #expect(parsed[1] == MarkdownBlock(kind: .paragraph, text: String(line.dropLast()), lines: 1..<2))
        #expect(parsed[2].text == line)
    }

    @Test func nulAndPrivateUseCharacters() {
        let parsed = blocks("a\u{0}b \u{E000}\u{F8FF}\n# \u{0}\n| \u{0} | b |\n|---|---|\n| \u{10FFFD} | \u{0} |")
        #expect(parsed.map(\.text).first == "a\u{FFFD}b \u{E000}\u{F8FF}")
        #expect(parsed.map(\.kind).dropFirst().first == .heading(level: 1))
        #expect(parsed.last?.kind == .table(rows: [["\u{FFFD}", "b"], ["\u{10FFFD}", "\u{FFFD}"]]))
    }

    @Test func byteOrderMarkIsSkipped() {
        #expect(blocks("\u{FEFF}# Title") == [MarkdownBlock(kind: .heading(level: 1), text: "Title", lines: 0..<1)])
    }

    @Test func parsingIsDeterministic() {
        let text = "# A\n\n- b\n  > c\n\n| d |\n|---|\n"
        #expect(MarkdownDocument(parsing: text) == MarkdownDocument(parsing: text))
    }

    /// About a megabyte of ordinary Markdown parses to every block (its time in the input's size
    /// is measured by `make bench`, `bench/bench.py linear`).
    @Test func aMegabyte() {
        let chunk = "## Part\n\nLet $\\frac{a}{b}$ with **bold** and `c | d`.\n\n1. one\n   (a) two\n\n> q\n\n| x | y |\n|---|---|\n| 1 | 2 |\n\n```\ncode\n```\n\n"
        let text = String(repeating: chunk, count: 1_000_000 / chunk.utf8.count)
        let count = MarkdownDocument(parsing: text).blocks.count
        #expect(count == 6 * (1_000_000 / chunk.utf8.count))
    }
}

@Suite("Shapes that are quadratic in cmark-gfm 0.29")
struct PathologicalTests {
    /// Deep nesting with many lazy lines; markers past 64 levels read as text.
    @Test func deeplyNestedQuotesWithLazyLines() {
        let text = String(repeating: "> ", count: 5_000) + "x\n" + String(repeating: "b\n", count: 5_000)
        let parsed = blocks(text)
        #expect(parsed.count == 1)
        #expect(parsed[0].depth <= 65)
        let paragraph = parsed[0].allBlocks.last
        #expect(paragraph?.kind == .paragraph)
        #expect(paragraph?.lines == 0..<5_001)
        let paragraphText = paragraph?.text ?? ""
        let expectedStart = String(repeating: "> ", count: 5_000 - 64) + "x\nb\nb"
        let expectedLength = 2 * (5_000 - 64) + 1 + 2 * 5_000
        #expect(paragraphText.hasPrefix(expectedStart))
        #expect(paragraphText.utf8.count == expectedLength)
    }

    @Test func deeplyNestedListsOnOneLine() {
        let parsed = blocks(String(repeating: "- ", count: 5_000) + "x\n" + String(repeating: "b\n", count: 5_000))
        #expect(parsed[0].depth <= 65)
        #expect(parsed[0].allBlocks.last?.text.hasPrefix(String(repeating: "- ", count: 5_000 - 64) + "x\nb\nb") == true)
    }

    @Test func thematicBreakMadeOfManyDashesStaysOne() {
        #expect(blocks(String(repeating: "- ", count: 200)).map(\.kind) == [.thematicBreak])
    }

    @Test func tableRowWithManyCells() {
        let row = "|" + String(repeating: " c |", count: 20_000)
        let parsed = blocks("| a |\n|---|\n" + row + "\n")
        guard case .table(let rows) = parsed.first?.kind else {
            Issue.record("no table")
            return
        }
        #expect(rows.count == 2)
        #expect(rows[1].count == 20_000)
        #expect(parsed[0].lines == 0..<3)
    }

    /// The pipes and markers swapped for cmark come back in code.
    @Test func codeWithManyPipesAndMarkersIsUnchanged() {
        let code = String(repeating: "|", count: 300) + "\n" + String(repeating: "> ", count: 100) + "- 1. x"
        #expect(blocks("```\n" + code + "\n```\n").first?.text == code)
    }
}
