import Foundation
import Source
import TestSupport
import Testing

/// The LaTeX reader on small hand-written sources.
@Suite struct SourceReaderLaTeXTests {
    /// The text of each formula span, cut out of the canonical text by its range.
    static func spanTexts(_ source: SourceText) -> [String] {
        let characters = Array(source.text)
        return source.formulas.map { String(characters[$0.start..<$0.end]) }
    }

    @Test func inlineAndDisplayMathSpans() {
        let source = SourceReader.latex("Let $x_i \\in \\mathbb{R}$ and \\[ \\mu_B = \\frac{1}{m}\\sum_{i=1}^{m} x_i \\]")
        #expect(source.kind == .latex)
        #expect(source.text == "Let x_i ∈ ℝ and\nμ_B = 1/m ∑_{i=1}^m x_i")
        #expect(source.formulas == [
            FormulaSpan(id: 1, start: 4, end: 11, latex: "x_i \\in \\mathbb{R}", display: false, line: 1),
            FormulaSpan(id: 2, start: 16, end: 39, latex: "\\mu_B = \\frac{1}{m}\\sum_{i=1}^{m} x_i", display: true, line: 1),
        ])
        #expect(Self.spanTexts(source) == ["x_i ∈ ℝ", "μ_B = 1/m ∑_{i=1}^m x_i"])
        #expect(source.issues.isEmpty)
    }

    @Test func spanOffsetsCountCharactersNotScalars() {
        let source = SourceReader.latex("Café $\\hat{x}_i$ and $\\tilde{a}$.")
        #expect(source.text == "Café x\u{0302}_i and a\u{0303}.")
        #expect(source.formulas.map(\.start) == [5, 13])
        #expect(source.formulas.map(\.end) == [8, 14])
        #expect(Self.spanTexts(source) == [LaTeXMath.linearize("\\hat{x}_i"), LaTeXMath.linearize("\\tilde{a}")])
    }

    @Test func allMathDelimitersAndEnvironments() {
        let source = SourceReader.latex("""
        a \\(x\\) b $$y$$ c
        \\begin{equation}\\label{eq:1} z = 1 \\end{equation}
        \\begin{align*} a &= 1 \\\\ b &= 2 \\nonumber \\end{align*}
        \\begin{gather} u \\tag{3} \\end{gather}
        \\begin{eqnarray} p &=& q \\end{eqnarray}
        \\begin{multline} m \\end{multline}
        end
        """)
        #expect(source.text == "a x b\ny\nc\nz = 1\na = 1\nb = 2\nu\np = q\nm\nend")
        #expect(source.formulas.map(\.display) == [false, true, true, true, true, true, true])
        #expect(source.formulas.map(\.line) == [1, 1, 2, 3, 4, 5, 6])
        #expect(source.formulas.map(\.latex)[3] == "a &= 1 \\\\ b &= 2 \\nonumber")
        #expect(Self.spanTexts(source) == ["x", "y", "z = 1", "a = 1\nb = 2", "u", "p = q", "m"])
        #expect(source.issues.isEmpty)
    }

    @Test func preambleDroppedMacrosExpandedTitleKept() {
        let source = SourceReader.latex("""
        \\documentclass{article}
        \\usepackage{amsmath}
        \\newcommand{\\R}{\\mathbb{R}}
        \\newcommand{\\norm}[1]{\\left\\| #1 \\right\\|}
        \\renewcommand{\\vec}[2][n]{#2_{#1}}
        \\def\\loss#1{\\mathcal{L}(#1)}
        \\DeclareMathOperator*{\\argmin}{arg\\,min}
        \\title{Homework 1}
        \\author{Prof.~X}
        \\date{Fall}
        \\begin{document}
        \\maketitle
        Let $v \\in \\R^n$ with $\\norm{v} = 1$, $\\vec{x}$, $\\vec[k]{y}$, $\\loss{\\theta}$, $\\argmin_x f$.
        \\end{document}
        ignored after the end
        """)
        #expect(source.text == "Homework 1\nProf. X\nFall\n\nLet v ∈ ℝ^n with ‖v‖ = 1, x_n, y_k, L(θ), arg min_x f.")
        #expect(source.issues.isEmpty)
        #expect(source.formulas.first?.line == 13)
    }

    @Test func commentsEscapesAndLigatures() {
        let source = SourceReader.latex("""
        50\\% of A\\&B % a comment
        costs \\$5, a\\_b \\#1 --- pages 1--2 ``quoted'' non~breaking.
        """)
        #expect(source.text == "50% of A&B costs $5, a_b #1 — pages 1–2 “quoted” non breaking.")
    }

    @Test func paragraphsAndLineBreaks() {
        let source = SourceReader.latex("one\ntwo\n\n\n\nthree\\\\four\\newline five\\\\[2pt]six\n% comment\n\nseven")
        #expect(source.text == "one two\n\nthree\nfour\nfive\nsix\n\nseven")
    }

    @Test func sectionsAndFormatting() {
        let source = SourceReader.latex("""
        \\section{Intro} Text with \\textbf{bold}, \\emph{emph}, \\textit{it} and \\underline{under}.
        \\subsection*{Part A}
        \\paragraph{Note.} More \\noindent\\vspace{2mm}text\\medskip\\ see \\ref{x}.
        """)
        // An unstarred section prints its number, as in the PDF.
        #expect(source.text == "1 Intro\nText with bold, emph, it and under.\nPart A\nNote.\nMore text see ??.")
        #expect(source.issues.isEmpty)
    }

    @Test func enumerateLabelsByLevel() {
        let source = SourceReader.latex("""
        \\begin{enumerate}
        \\item one
        \\begin{enumerate} \\item two \\begin{enumerate} \\item three \\begin{enumerate} \\item four \\end{enumerate}\\end{enumerate}\\end{enumerate}
        \\item five
        \\end{enumerate}
        """)
        #expect(source.text == "1. one\n(a) two\ni. three\nA. four\n2. five")
    }

    /// enumitem's `resume`: a list broken by a display continues its letters.
    @Test func resumedListsCountOn() {
        let source = SourceReader.latex("""
        \\begin{enumerate}[label=(\\alph*)] \\item one \\item two \\end{enumerate}
        Use the matrix below.
        \\begin{enumerate}[label=(\\alph*),resume] \\item three \\end{enumerate}
        \\begin{enumerate}[resume*] \\item four \\end{enumerate}
        \\begin{enumerate} \\item fresh \\end{enumerate}
        """)
        #expect(source.text == "(a) one\n(b) two\nUse the matrix below.\n(c) three\n(d) four\n1. fresh")
    }

    /// `\setcounter` on a list's own counter numbers its next item on, as LaTeX prints it:
    /// the exam class's `partno` and `subpart`, and `enumi` … for enumerate levels.
    @Test func settingAListCounterNumbersItsNextItemOn() {
        let exam = SourceReader.latex("""
        \\begin{questions}
        \\question Losses.
        \\begin{parts} \\part First? \\end{parts}
        Now the logits change.
        \\begin{parts} \\setcounter{partno}{1} \\part Second? \\addtocounter{partno}{1} \\part Fourth?
        \\begin{subparts} \\setcounter{subpart}{2} \\subpart Third sub? \\end{subparts}
        \\end{parts}
        \\end{questions}
        """)
        #expect(exam.text == "Question 1. Losses.\n(a) First?\nNow the logits change.\n(b) Second?\n(d) Fourth?\niii. Third sub?")
        let enumerate = SourceReader.latex("""
        \\begin{enumerate} \\setcounter{enumi}{4} \\item five
        \\begin{enumerate} \\setcounter{enumii}{1} \\item bee \\end{enumerate}
        \\end{enumerate}
        """)
        #expect(enumerate.text == "5. five\n(b) bee")
    }

    @Test func examClassQuestionsPartsAndChoices() {
        let source = SourceReader.latex("""
        \\begin{questions}
        \\question[4] Roll two dice.
        \\begin{parts}
        \\part[2] Sum?
        \\begin{subparts} \\subpart Even? \\subpart[1] Odd? \\end{subparts}
        \\part Max?
        \\begin{choices} \\choice 6 \\CorrectChoice 12 \\end{choices}
        \\end{parts}
        \\question Flip a coin.
        \\end{questions}
        """)
        // (Sub-parts as the class prints them, "i.": a "(i)" could not be told from part (i).)
        #expect(source.text == "Question 1. Roll two dice.\n(a) Sum?\ni. Even?\nii. Odd?\n(b) Max?\n(A) 6\n(B) 12\nQuestion 2. Flip a coin.")
    }

    @Test func enumitemLabels() {
        let source = SourceReader.latex("""
        \\begin{enumerate}[label=(\\alph*)] \\item Compute the output. \\item Next. \\item[(z)] Given. \\item After. \\end{enumerate}
        \\begin{enumerate}[label=\\arabic*.] \\item A \\end{enumerate}
        \\begin{enumerate}[label=(\\roman*), start=3] \\item B \\end{enumerate}
        \\begin{enumerate}[label=\\Alph*)] \\item C \\end{enumerate}
        \\begin{enumerate}[label={Part \\Roman*:}] \\item D \\end{enumerate}
        \\begin{enumerate}[(i)] \\item E \\item F \\end{enumerate}
        \\begin{itemize} \\item G \\item H \\end{itemize}
        \\begin{description} \\item[Term] I \\end{description}
        """)
        #expect(source.text == """
        (a) Compute the output.
        (b) Next.
        (z) Given.
        (c) After.
        1. A
        (iii) B
        A) C
        Part I: D
        (i) E
        (ii) F
        • G
        • H
        Term I
        """)
        #expect(source.issues.isEmpty)
    }

    @Test func tables() {
        let source = SourceReader.latex("""
        \\begin{tabular}{|l|c|}
        \\hline
        a & b \\\\ \\hline
        $x$ & 2 \\\\
        \\end{tabular}
        """)
        #expect(source.text == "a b\nx 2")
        #expect(source.formulas.count == 1)
    }

    @Test func unknownMacrosAndEnvironmentsAreReportedOnce() {
        let source = SourceReader.latex("""
        \\foo{a} and \\foo{b} and \\foo.
        \\begin{solution} text $\\bar x + \\zeta + \\qux$ \\end{solution}
        """)
        // An unknown macro's name is kept out of the text; its arguments stay.
        #expect(source.text == "a and b and .\ntext x\u{0304} + ζ+")
        #expect(source.issues == [
            SourceIssue(line: 1, message: "unknown macro \\foo (3 times)"),
            SourceIssue(line: 2, message: "unknown environment solution"),
            SourceIssue(line: 2, message: "unknown macro \\qux"),
        ])
    }

    @Test func unbalancedInputGivesIssuesNotCrashes() {
        let missingBrace = SourceReader.latex("\\textbf{bold and on\n\nmore")
        #expect(missingBrace.text == "bold and on\n\nmore")
        #expect(missingBrace.issues.map(\.message) == ["unclosed { (opened on line 1)"])

        let extraBrace = SourceReader.latex("a } b")
        #expect(extraBrace.text == "a b")
        #expect(extraBrace.issues.map(\.message) == ["unbalanced }"])

        let missingEnd = SourceReader.latex("\\begin{itemize}\\item x\n\nNext")
        #expect(missingEnd.text == "• x\n\nNext")
        #expect(missingEnd.issues.map(\.message) == ["missing \\end{itemize} (begun on line 1)"])

        let missingDollar = SourceReader.latex("cost $x + 1\n\nnext $y$")
        #expect(missingDollar.text == "cost x + 1\n\nnext y")
        #expect(missingDollar.issues.map(\.message) == ["unclosed $ (begun on line 1)"])
        #expect(missingDollar.formulas.count == 2)

        let missingMathEnd = SourceReader.latex("\\begin{equation} x = 1\n\nafter")
        #expect(missingMathEnd.text == "x = 1\n\nafter")
        #expect(missingMathEnd.issues.map(\.message) == ["missing \\end{equation} (begun on line 1)"])

        let stray = SourceReader.latex("a \\end{center} b")
        #expect(stray.issues.map(\.message) == ["\\end{center} without \\begin{center}"])

        let recursive = SourceReader.latex("\\def\\a{\\a x}\\a")
        #expect(recursive.issues.contains { $0.message.hasPrefix("macro expansion limit reached") })
    }

    @Test func randomSlicesOfTheSampleNeitherCrashNorHang() throws {
        let text = try String(contentsOfFile: Fixtures.path("samples/cnn-basics/homework.tex"), encoding: .utf8)
        let characters = Array(text)
        var generator = SplitMix(seed: 487)
        for _ in 0..<100 {
            let a = Int(generator.next() % UInt64(characters.count))
            let b = Int(generator.next() % UInt64(characters.count))
            let slice = String(characters[min(a, b)..<max(a, b)])
            for reader in [SourceReader.latex, SourceReader.markdown, SourceReader.plain] {
                let source = reader(slice, "")
                let all = Array(source.text)
                for span in source.formulas {
                    #expect(span.start >= 0 && span.start < span.end && span.end <= all.count)
                }
            }
            _ = LaTeXMath.linearize(slice)
        }
    }
}
