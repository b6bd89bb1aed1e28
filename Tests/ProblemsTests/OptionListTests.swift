@testable import Problems
import Source
import Testing

/// Options under a question whose sentence holds an abbreviation.
@Suite("Option lists")
struct OptionListTests {
    /// "What is the largest step for which it converges, i.e. |1 − 10η| < 1?": the abbreviation's
    /// points end no sentence, so the question still asks for a choice among the capitals below it
    /// (the euler-rk-steps sheet of `grading/final62` read its options (A)–(D) as parts 4a–4d).
    @Test func aQuestionWithAnAbbreviationStillAsksForAChoice() {
        #expect(PartSequencer.asksChoice("What is the largest step for which it converges, i.e. |1 − 10η| < 1?", acrossAbbreviations: true))
        #expect(PartSequencer.asksChoice("Which rate, e.g. in percent, is higher?", acrossAbbreviations: true))
        #expect(!PartSequencer.asksChoice("Compute the step, i.e. the update.", acrossAbbreviations: true))
    }
}

extension OptionListTests {
    /// "What is its output, i.e. the value of y? Use the two settings below." then "(a) …", "(b) …":
    /// lower-case items under a question with an abbreviation stay parts (only capitals are read across it).
    @Test func lowerCaseItemsUnderAnAbbreviationStayParts() {
        #expect(!PartSequencer.asksChoice("What is its output, i.e. the value of y? Use the two settings below."))
        #expect(PartSequencer.asksChoice("What is its output, i.e. the value of y? Use the two settings below.", acrossAbbreviations: true))
    }
}

extension OptionListTests {
    /// Capital options in a list whose last item is followed, past a blank line, by the sheet's
    /// footer ("*Lab hours: …*"): still the options of the question, not parts a–d.
    @Test func optionsBeforeAFooterAreNoParts() {
        let document = ProblemDocument(source: SourceReader.markdown("""
            ## Problem 4 — Half-lives (5 pts)

            A drug's elimination rate doubles. Its half-life becomes

            - (A) twice as long
            - (B) half as long
            - (C) unchanged
            - (D) four times as long

            ---
            *Lab hours: Thu 1–3 pm. Late work loses 10 % per day.*
            """))
        let problem = document.problems.first { $0.id == "4" }
        #expect(problem?.parts.isEmpty == true, "\(String(describing: problem?.parts.map(\.id)))")
        #expect(problem?.text.contains("(D) four times as long") == true)
    }
}

extension OptionListTests {
    /// "As the learning rate grows past the limit, gradient descent on a quadratic" over "(A)
    /// converges faster" …: capitals that finish the stem's sentence are its options, though no
    /// "which" asks for one (the traffic-webster sheet of `grading/final79` read its exam-class
    /// `oneparchoices` as parts 3a–3d). Capitals that set tasks stay parts.
    @Test func capitalsThatFinishTheStemAreOptions() {
        let document = GeneratedSetTests.document("opt.tex", #"""
            \documentclass{exam}
            \begin{document}
            \begin{questions}
            \question A step size above the limit makes gradient descent diverge.
            \begin{parts}
            \part Compute the limit for $a = 4$.
            \end{parts}
            \question[2] As the learning rate grows past the stability limit, gradient descent on a quadratic
            \begin{oneparchoices}
            \choice converges faster
            \choice oscillates with growing amplitude
            \choice stops at the minimum
            \end{oneparchoices}
            Write the letter of your choice.
            \end{questions}
            \end{document}
            """#)
        let second = document.problems.first { $0.id == "2" }
        #expect(second?.parts.isEmpty == true, "\(String(describing: second?.parts.map(\.id)))")
        #expect(document.problems.first { $0.id == "1" }?.parts.map(\.id) == ["1a"])
    }
}
