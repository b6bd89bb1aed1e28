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
