import Foundation
import Source
import TestSupport
import Testing

/// The Markdown and plain-text readers.
@Suite struct SourceReaderTextTests {
    @Test func markdownMathAndMarkup() {
        let source = SourceReader.markdown("""
        # Problem 1 #

        Let $x_i \\in \\mathbb{R}$ and **compute** the *mean*
        $$\\mu = \\frac{1}{n}\\sum_i x_i$$
        using `numpy` and [the notes](https://example.com/notes). It costs \\$5 or $20 today.
        """)
        #expect(source.kind == .markdown)
        #expect(source.text == "Problem 1\n\nLet x_i ∈ ℝ and compute the mean\nμ = 1/n ∑_i x_i\nusing numpy and the notes. It costs $5 or $20 today.")
        #expect(SourceReaderLaTeXTests.spanTexts(source) == ["x_i ∈ ℝ", "μ = 1/n ∑_i x_i"])
        #expect(source.formulas.map(\.display) == [false, true])
        #expect(source.formulas.map(\.line) == [3, 4])
        #expect(source.formulas.map(\.latex) == ["x_i \\in \\mathbb{R}", "\\mu = \\frac{1}{n}\\sum_i x_i"])
        #expect(source.issues.isEmpty)
    }

    @Test func markdownListsAndOtherDelimiters() {
        let source = SourceReader.markdown("""
        1. First \\(a+b\\)
        - bullet with snake_case and 2 * 3
        * star __bold__
        (a) part \\[ \\frac{\\partial L}{\\partial w} \\]
        > quoted _text_
        """)
        #expect(source.text == "1. First a + b\n• bullet with snake_case and 2 * 3\n• star bold\n(a) part\n(∂L)/(∂w)\nquoted text")
        #expect(source.formulas.count == 2)
    }

    @Test func markdownDollarAmountsAndUnclosedMath() {
        let amounts = SourceReader.markdown("Pay $5 now and $10 later.")
        #expect(amounts.text == "Pay $5 now and $10 later.")
        #expect(amounts.formulas.isEmpty)
        let unclosed = SourceReader.markdown("Let $x be\n\nnext")
        #expect(unclosed.text == "Let $x be\n\nnext")
        #expect(unclosed.issues.map(\.message) == ["unclosed $"])
    }

    @Test func plainTextIsKeptAsIs() {
        let text = "Problem 1.\r\nLet x ∈ ℝ and compute ∑_{i=1}^n x_i for a 3×3 matrix.\r\nNo math here, α = 0.5 though."
        let source = SourceReader.plain(text)
        #expect(source.kind == .plain)
        #expect(source.text == "Problem 1.\nLet x ∈ ℝ and compute ∑_{i=1}^n x_i for a 3×3 matrix.\nNo math here, α = 0.5 though.")
        #expect(SourceReaderLaTeXTests.spanTexts(source) == ["x ∈ ℝ", "∑_{i=1}^n x_i", "3×3", "α = 0.5"])
        #expect(source.formulas.map(\.line) == [2, 2, 2, 3])
        #expect(source.formulas.allSatisfy { !$0.display })
    }

    @Test func plainTextWithoutMathHasNoSpans() {
        let source = SourceReader.plain("Compute the output for stride 1 and no padding.\nA is a letter.")
        #expect(source.formulas.isEmpty)
    }

    @Test func readChoosesTheReaderByExtension() throws {
        let folder = Fixtures.temporaryFolder()
        var kinds: [SourceText.Kind] = []
        for name in ["a.tex", "b.LATEX", "c.md", "d.markdown", "e.txt", "f"] {
            let path = folder.appendingPathComponent(name).path
            try "Let $x$ be".write(toFile: path, atomically: true, encoding: .utf8)
            let source = try SourceReader.read(path: path)
            #expect(source.path == path)
            kinds.append(source.kind)
        }
        #expect(kinds == [.latex, .latex, .markdown, .markdown, .plain, .plain])
    }
}
