import Testing
@testable import Problems

@Suite("Segmenter: formats")
struct SegmenterFormatTests {
    @Test("Problem N: Title with (a) parts")
    func problemColon() {
        let set = ProblemSegmenter.segment(SampleSets.problemColon)
        #expect(set.partIDs == SampleSets.problemColonIDs)
        #expect(set.problems.map(\.id) == ["1", "2", "3"])
        #expect(set.problems.map(\.title) == ["Matrix Products", "Norms of a Vector", "Eigenvalues"])
        #expect(set.problems[0].text == "Let A = [2 1; 0 3] and B = [1 -1; 4 2].")
        #expect(set.problems[2].text == "")
        #expect(set.part("1c")?.text == "Is matrix multiplication commutative? Explain in one sentence.")
        #expect(set.part("1a")?.label == "(a)")
        #expect(set.warnings.isEmpty)
    }

    @Test("Markdown ## Question N with **(a)** parts")
    func markdown() {
        let set = ProblemSegmenter.segment(SampleSets.markdown)
        #expect(set.partIDs == SampleSets.markdownIDs)
        #expect(set.problems.map(\.title) == ["", "Sampling", ""])
        #expect(set.problems[0].text == "A fair die is rolled 12 times.")
        #expect(set.part("2a")?.text == "Draw 5 samples from {1, 2, 3} with replacement. How many ordered outcomes are there?")
        #expect(set.part("1b")?.label == "(b)")
    }

    @Test("1. Title numbering with a) parts and (i)/(ii) sub-parts")
    func numbered() {
        let set = ProblemSegmenter.segment(SampleSets.numbered)
        #expect(set.partIDs == SampleSets.numberedIDs)
        #expect(set.problems.map(\.title) == ["Root Finding", "Interpolation", "Quadrature"])
        #expect(set.part("1b")?.text == "Perform Newton's method from x_0 = 2.")
        #expect(set.part("1b.ii")?.label == "(ii)")
        #expect(set.part("1b.ii")?.text == "Compute x_1 and x_2.")
        #expect(set.part("2a")?.label == "a)")
    }

    @Test("Q1/Q2 with Part (a): equation numbers, page numbers and lists are not structure")
    func questions() {
        let set = ProblemSegmenter.segment(SampleSets.questions)
        #expect(set.partIDs == SampleSets.questionsIDs)
        #expect(set.problems.map(\.id) == ["1", "2", "3"])
        #expect(set.problems.map(\.title) == ["Least Squares", "Matrix Rank", ""])
        let b = set.part("1b")?.text ?? ""
        #expect(b.hasPrefix("Solve equation (1) for w and b."))
        #expect(b.contains("Part of the reason"))
        #expect(set.part("1a")?.text.contains("[1, 2, 3]") == true)
        #expect(set.part("1a")?.text.contains("b) = 0 as the constraint.") == true)
        #expect(set.part("1c")?.text == "Compute the residual r from (2) and report its norm.")
        #expect(set.problems[1].text.contains("1 2 0 1\n0 1 3 2\n2 4 6"))
        #expect(set.part("2c")?.label == "Part c")
        #expect(set.part("2c")?.values == [.matrix([[1, 2, 0, 1], [0, 1, 3, 2]], text: "[1 2 0 1; 0 1 3 2]")])
    }

    @Test("PDF-pasted text with running headers, page numbers and garbled sums")
    func pastedPDF() {
        let set = ProblemSegmenter.segment(SampleSets.pastedPDF)
        #expect(set.partIDs == SampleSets.pastedPDFIDs)
        #expect(set.problems.map(\.title) == ["Sliding Windows", "Pooling", "Receptive Fields"])
        // Page furniture is left out of the text, broken lines are kept as they are.
        #expect(set.part("1c")?.text == "With stride 2 instead, how many outputs are\nthere for n = 9 and k = 3?")
        #expect(set.part("2b")?.text == "Apply an average pool\ninstead and compare the two results.")
        #expect(set.part("1a")?.values.contains(.vector([2, 0, 1, 3], text: "(2, 0, 1, 3)")) == true)
        #expect(set.problems[1].text == "Max pooling keeps the largest value of each window. Let\n3 1\n2 5\nbe the input.")
    }

    @Test("Line ranges cover the problems and parts")
    func lineRanges() {
        let set = ProblemSegmenter.segment(SampleSets.problemColon)
        #expect(set.problems.map(\.lines) == [3..<9, 9..<14, 14..<19])
        #expect(set.problems[0].parts.map(\.lines) == [5..<6, 6..<7, 7..<9])
        let numbered = ProblemSegmenter.segment(SampleSets.numbered)
        #expect(numbered.problems[0].parts.map(\.lines) == [5..<6, 6..<7, 7..<8, 8..<9, 9..<11])
    }

    @Test("Pandoc headings with attributes: ### Exercise 4.1 {#ex4-1}")
    func pandocAttributes() {
        let set = ProblemSegmenter.segment("""
            ### Exercise 2.1 {#first}

            A die is rolled twice.

            (a) Probability of a double?

            (b) Probability the sum is 7?

            ## Exercise 2.2 {.unnumbered}

            Compute the mean of 1, 2, 6.
            """)
        #expect(set.problems.map(\.id) == ["2.1", "2.2"])
        #expect(set.partIDs == ["2.1a", "2.1b"])
        #expect(set.problems[1].text == "Compute the mean of 1, 2, 6.")
        #expect(set.part("2.1b")?.text == "Probability the sum is 7?")
    }

    @Test("Numbered problems whose title is in parentheses: 2. (Projections, 6 points) …")
    func parenthesizedTitles() {
        let set = ProblemSegmenter.segment("""
            1. (Spectrum, 2 points) Find the eigenvalues of M.

            2. (Least squares, 4 points) Fit a line to the points below.
            (a) Give the slope.
            (b) Give the intercept.
            """)
        #expect(set.problems.map(\.id) == ["1", "2"])
        #expect(set.partIDs == ["2a", "2b"])
    }
}
