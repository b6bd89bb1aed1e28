import Foundation
@testable import Grade
import Solve
import Testing

/// Families of writing from the twenty-sixth round of independent corpora (`final44/`), each
/// on an example written here.
@Suite("Twenty-sixth-round families")
struct TwentySixthRoundFamilyTests {
    static func grade(_ text: String, _ key: [String: Answer], questions: [String: String], stems: [String: String] = [:],
                      tolerances: [String: Double] = [:]) -> [String: Verdict] {
        SummaryAndListFamilyTests.grade(text, key, questions: questions, stems: stems, tolerances: tolerances)
    }

    @Test func aReplyWithdrawingItsOwnValueAnswersThePartThatValueAnswered() {
        let questions = ["2a": "What is the half-life of the isotope, in days?", "2b": "What is its decay constant, per day?"]
        let key: [String: Answer] = ["2a": .real(RealValue(8)), "2b": .real(RealValue(0.0866))]
        for withdrawal in ["so my 0.0693 was wrong.", "which replaces my earlier 0.0693.", "— I previously gave 0.0693 by mistake."] {
            let verdicts = Self.grade("""
                User: 2a and 2b please

                Assistant: **(a)** The half-life is 8.0 days.

                **(b)** λ = ln 2 / 10 = 0.0693 per day.

                User: hmm that doesn't look right, can you check again?

                Assistant: You're right to ask. λ = ln 2 / 8.0 = 0.0866 per day, \(withdrawal)
                """, key, questions: questions)
            #expect(verdicts["2b"]?.kind == .correct, "\(withdrawal): \(String(describing: verdicts["2b"]))")
            #expect(verdicts["2a"]?.kind == .correct)
        }
        // A value mentioned as an earlier step withdraws nothing.
        let step = "I earlier got 12 for the sample size, so SE = 2/√12 = 0.577."
        #expect(PartAttribution.withdrawnValue.firstMatch(in: step, range: NSRange(step.startIndex..., in: step)) == nil)
    }

    @Test func anUnlabelledCorrectionGoesToThePartAnsweredInOrderThatHeldTheValue() {
        let questions = ["1a": "Find the mean of the sample 2, 4, 9.", "1b": "Find the median of the sample.",
                         "2a": "How many outcomes does the experiment have?", "2b": "How many of them are even?"]
        let key: [String: Answer] = ["1a": .real(RealValue(5)), "1b": .integer(4), "2a": .integer(6), "2b": .integer(3)]
        let verdicts = Self.grade("""
            User: Q1: problem 1, the mean and the median of 2, 4, 9

            Assistant: Adding up, 2 + 4 + 9 = 16, so the mean is 16/3 = 5.33.

            The median is the middle value, 4.

            User: Q2: now problem 2. (a) outcomes (b) even ones

            Assistant: (a) A die has 6 outcomes. (b) Three of them are even: 3.

            User: wait, check the first one again?

            Assistant: Good catch: 2 + 4 + 9 = 15, so the mean is **5** — my 5.33 earlier was wrong.
            """, key, questions: questions)
        #expect(verdicts["1a"]?.kind == .correct, "\(String(describing: verdicts["1a"]))")
        #expect(verdicts["1b"]?.kind == .correct, "\(String(describing: verdicts["1b"]))")
        #expect(verdicts["2b"]?.kind == .correct, "\(String(describing: verdicts["2b"]))")
    }

    @Test func valuesNamedAsWhatAResultComesFromArePremises() {
        let questions = ["1a": "How many students are in the sample?", "1b": "What is the mean score?"]
        let key: [String: Answer] = ["1a": .integer(12), "1b": .integer(8)]
        for closing in ["Sounds good — it follows directly from n = 12 and Σx = 96.", "Sure, the rest of 1 is computed from n = 12 and Σx = 96 anyway."] {
            let verdicts = Self.grade("""
                User: problem 1

                Assistant: **(a)** There are 12 students.

                **(b)** The mean score is **8**.

                User: thanks, I'll compare 1b with my TA's notes

                Assistant: \(closing)
                """, key, questions: questions)
            #expect(verdicts["1b"]?.kind == .correct, "\(closing): \(String(describing: verdicts["1b"]))")
        }
    }

    @Test func aRecapClauseNamedWithHyphenatedWordsStillSummarizesItsPart() {
        let questions = ["2a": "What is the half-life, in days?", "2b": "What is the decay constant, per day?"]
        let key: [String: Answer] = ["2a": .integer(8), "2b": .real(RealValue(0.0866))]
        let verdicts = Self.grade("""
            User: problem 2

            Assistant: **(a)** The half-life is 8 days.

            **(b)** λ = ln 2 / 8 = **0.0866 per day**.

            Quick summary for 2: half-life 8 days, first-order rate constant 0.0693 per day.
            """, key, questions: questions)
        // The recap contradicts the body: which one the reply stands by is not clear.
        #expect(verdicts["2b"]?.kind == .unclear, "\(String(describing: verdicts["2b"]))")
        #expect(verdicts["2a"]?.kind == .correct, "\(String(describing: verdicts["2a"]))")
        #expect(AnswerGrammar.read("steady-state peak 12.5 mg/L", expecting: .scalar).value != nil)
    }

    @Test func aLeadInOfSeveralWordsBeforeTheAskedNameStillNamesIt() {
        let questions = ["1a": "Estimate the mean m of the five readings.", "1b": "Estimate their spread."]
        let key: [String: Answer] = ["1a": .integer(6), "1b": .integer(2)]
        let verdicts = Self.grade("""
            User: problem 1

            Assistant: **(a)** Summing all readings: $m = 30/5 = 6$, so $n = 5$.

            **(b)** The spread is **2**.
            """, key, questions: questions)
        #expect(verdicts["1a"]?.kind == .correct, "\(String(describing: verdicts["1a"]))")
    }

    @Test func aLeadInSettingANameToAnExpressionIsNoNumericInstance() {
        let questions = ["3b": "Write the variance of one trial as a function of p alone."]
        let verdicts = Self.grade("""
            User: 3b

            Assistant: **(b)** With $q = 1 - p$: the variance is $= p(1-p)$.
            """, ["3b": .expression("p*(1-p)")], questions: questions)
        #expect(verdicts["3b"]?.kind == .correct, "\(String(describing: verdicts["3b"]))")
        // Numbers put in for names still make an instance of the formula, not the formula.
        let instance = "For r = 8 and k = 2 this gives 4."
        #expect(FinalAnswer.instance.firstMatch(in: instance, range: NSRange(instance.startIndex..., in: instance)) != nil)
    }

    @Test func anotherWayOfCountingOfferedAfterTheValueLeavesItUnclear() {
        let questions = ["4": "How many days does the culture take to reach 10^6 cells?"]
        let verdicts = Self.grade("""
            User: problem 4

            Assistant: **4.** Doubling daily from 1,000 cells, 2^10 ≈ 10^6, so it takes **10 days**.

            (If you include the day of inoculation, it's **11 days**.)
            """, ["4": .integer(10)], questions: questions)
        #expect(verdicts["4"]?.kind == .unclear, "\(String(describing: verdicts["4"]))")
    }

    @Test func valuesHandedOverToBePutIntoTheFormulaLeaveThePartUnanswered() {
        let questions = ["2c": "Compute the odds ratio OR = (a·d)/(b·c)."]
        let verdicts = Self.grade("""
            User: 2c

            Assistant: **(c)** From the table a = 30, b = 10, c = 20 and d = 40. Substitute them into the formula for OR to get the odds ratio.
            """, ["2c": .integer(6)], questions: questions)
        #expect(verdicts["2c"]?.kind == .missing, "\(String(describing: verdicts["2c"]))")
    }

    @Test func aSentenceLeadingIntoALostDisplayStatesNoValue() {
        let questions = ["5a": "How many moles of gas are in the flask?", "5b": "What is the pressure, in kPa?"]
        let verdicts = Self.grade("""
            User: problem 5

            Assistant: (a) Moles of gas
            The ideal-gas law holds at 2 atm and 300 K, so the amount in the 3 L flask is



            (b) Pressure
            The pressure is 202.6 kPa.
            """, ["5a": .real(RealValue(0.2437)), "5b": .real(RealValue(202.6))], questions: questions)
        #expect(verdicts["5a"]?.kind == .missing, "\(String(describing: verdicts["5a"]))")
        #expect(verdicts["5b"]?.kind == .correct, "\(String(describing: verdicts["5b"]))")
        // A line that states its value before the lead-in keeps it.
        let stated = Self.grade("User: 6a\n\nAssistant: **(a)** So p̂ = 0.25, that is\n", ["6a": .real(RealValue(0.25))],
                                questions: ["6a": "Estimate the proportion p."])
        #expect(stated["6a"]?.kind == .correct, "\(String(describing: stated["6a"]))")
    }
}
