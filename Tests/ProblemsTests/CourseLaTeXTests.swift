import Foundation
import Problems
import Source
import Testing
import TestSupport

/// A course's LaTeX as published: a local package with macros and a problem environment,
/// numbered items as parts, lettered sub-items under them.
@Suite struct CourseLaTeXTests {
    @Test func problemEnvironmentFromALocalPackageWithNumberedItems() throws {
        let folder = Fixtures.temporaryFolder()
        try """
            \\ProvidesPackage{course}
            \\newcommand{\\bW}{\\mathbf{W}}
            \\newcommand{\\reals}{\\mathbb{R}}
            \\newtheorem{problem}{Problem}
            """.write(to: folder.appendingPathComponent("course.sty"), atomically: true, encoding: .utf8)
        let main = folder.appendingPathComponent("hw.tex")
        try """
            \\documentclass{article}
            \\usepackage{course}
            \\begin{document}
            \\begin{problem}[Linear layers]
            Let $\\bW_1 \\in \\reals^{4 \\times 3}$ and $\\bphi$ a feature map.
            \\begin{enumerate}
              \\item How many parameters does $\\bW_1$ have?
              \\item Suppose a bias is added.
              \\begin{enumerate}
                \\item Count the parameters again.
                \\item Which of the following is the output dimension?
                \\begin{enumerate}[label=(\\Alph*)]
                  \\item 3
                  \\item 4
                \\end{enumerate}
              \\end{enumerate}
            \\end{enumerate}
            \\end{problem}
            \\begin{problem}[Activations]
            \\begin{enumerate}
              \\item Compute the derivative of the sigmoid at 0.
            \\end{enumerate}
            \\end{problem}
            \\end{document}
            """.write(to: main, atomically: true, encoding: .utf8)
        let document = ProblemDocument(source: try SourceReader.read(path: main.path))
        #expect(document.problems.map(\.id) == ["1", "2"])
        #expect(document.partIDs == ["1.1", "1.2", "1.2a", "1.2b", "2.1"])
        #expect(document.part("1.2b")?.kind == .multipleChoice)
        #expect(document.part("1.2b")?.options.map(\.text) == ["3", "4"])
        // Macros from the package are expanded; the one nobody defines is named once and kept out.
        #expect(document.problems[0].text.contains("W_1 ∈ ℝ^{4×3}"))
        #expect(!document.problems[0].text.contains("bphi"))
        #expect(document.warnings.contains("line 5: unknown macro \\bphi"))
    }

    /// The family from the seventh held-out corpus: the exam class's titled and bonus questions.
    @Test func titledAndBonusQuestionsOfTheExamClass() throws {
        let folder = Fixtures.temporaryFolder()
        let main = folder.appendingPathComponent("quiz.tex")
        try """
            \\documentclass{exam}
            \\begin{document}
            \\begin{questions}
            \\titledquestion{Gradient descent}[6]
            A loss $f(w) = w^2$ is minimized from $w_0 = 2$.
            \\begin{parts}
              \\part[3] Take one step with learning rate 0.25.
              \\part[3] Take a second step.
            \\end{parts}
            \\bonusquestion[2]
            Prove that the iterates converge.
            \\bonustitledquestion{Momentum}[4]
            \\begin{parts}
              \\bonuspart[2] Take one heavy-ball step with $\\beta = 0.5$.
              \\bonuspart[2] Compare with plain gradient descent.
            \\end{parts}
            \\end{questions}
            \\end{document}
            """.write(to: main, atomically: true, encoding: .utf8)
        let document = ProblemDocument(source: try SourceReader.read(path: main.path))
        #expect(document.problems.map(\.id) == ["1", "2", "3"])
        #expect(document.problems.map(\.title) == ["Gradient descent", "", "Momentum"])
        #expect(document.partIDs == ["1a", "1b", "3a", "3b"])
    }

    /// The family from the eighth held-out corpus: numbered `\section`s as problems.
    @Test func numberedSectionsAreProblems() throws {
        let folder = Fixtures.temporaryFolder()
        let main = folder.appendingPathComponent("ps.tex")
        try """
            \\documentclass{article}
            \\begin{document}
            Submit by Friday.
            \\section{Gradient checks (8 points)}
            A network has one hidden layer.
            \\begin{enumerate}
              \\item Compute the numerical gradient.
              \\item Compare it with backpropagation.
              \\item Report the relative error.
            \\end{enumerate}
            \\section{Regularization (6 points)}
            \\begin{itemize}
              \\item[(a)] Derive the ridge solution.
              \\item[(b)] Explain why it shrinks.
            \\end{itemize}
            \\end{document}
            """.write(to: main, atomically: true, encoding: .utf8)
        let document = ProblemDocument(source: try SourceReader.read(path: main.path))
        #expect(document.problems.map(\.id) == ["1", "2"])
        #expect(document.problems.map(\.title) == ["Gradient checks", "Regularization"])
        #expect(document.partIDs == ["1.1", "1.2", "1.3", "2a", "2b"])
        #expect(document.preamble == "Submit by Friday.")
    }
}
