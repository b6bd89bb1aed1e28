import Markdown
import Testing

@Suite("Code blocks")
struct CodeTests {
    @Test func fencedCodeWithInfoAndContent() {
        let parsed = blocks("```python\ndef f(x):\n    return x | 1  \n```\nafter")
        #expect(parsed == [
            MarkdownBlock(kind: .code(info: "python"), text: "def f(x):\n    return x | 1  ", lines: 0..<4),
            MarkdownBlock(kind: .paragraph, text: "after", lines: 4..<5),
        ])
    }

    @Test func tildeFenceAndLongerClosingFence() {
        #expect(blocks("~~~ js extra\n`x`\n~~~~~\n") == [MarkdownBlock(kind: .code(info: "js extra"), text: "`x`", lines: 0..<3)])
    }

    @Test func fencePrecededByTextIsNotAFence() {
        let parsed = blocks("Here: ```python\nx = 1\n")
        #expect(parsed == [MarkdownBlock(kind: .paragraph, text: "Here: ```python\nx = 1", lines: 0..<2)])
    }

    @Test func unclosedFenceRunsToTheEnd() {
        #expect(blocks("```\na\n\nb\n") == [MarkdownBlock(kind: .code(info: ""), text: "a\n\nb", lines: 0..<4)])
    }

    /// cmark-gfm ends an unclosed fence that its container closes one line late.
    @Test func fenceClosedByItsContainer() {
        let parsed = blocks("- ```\n  code\nfoo\n\n> ```\n> a\n```\nb\n```")
        #expect(parsed.map(\.kind) == [.list(ordered: false, start: nil), .paragraph, .quote, .code(info: "")])
        #expect(parsed.map(\.lines) == [0..<2, 2..<3, 4..<6, 6..<9])
        #expect(parsed[0].children[0].children == [MarkdownBlock(kind: .code(info: ""), text: "code", lines: 0..<2)])
        #expect(parsed[2].children == [MarkdownBlock(kind: .code(info: ""), text: "a", lines: 4..<6)])
        #expect(parsed[3].text == "b")
    }

    @Test func indentedCodeExcludesTrailingBlankLines() {
        let parsed = blocks("    let a = 1\n\n    let b = 2\n\n\ntext")
        #expect(parsed == [
            MarkdownBlock(kind: .code(info: ""), text: "let a = 1\n\nlet b = 2", lines: 0..<3),
            MarkdownBlock(kind: .paragraph, text: "text", lines: 5..<6),
        ])
    }

    @Test func crlfInsideCode() {
        #expect(blocks("```\r\nc1\r\nc2\r\n```\r\n").first?.text == "c1\nc2")
    }
}
