import Foundation
@testable import Grade
import Solve
import Testing

/// Families of writing from the thirty-first round of independent corpora (`final51/`), each on an
/// example written here.
@Suite("Thirty-first-round families")
struct ThirtyFirstRoundFamilyTests {
    static func grade(_ text: String, _ key: [String: Answer], questions: [String: String], tolerances: [String: Double] = [:]) -> [String: Verdict] {
        SummaryAndListFamilyTests.grade(text, key, questions: questions, tolerances: tolerances)
    }

    static let estimatorQuestions = [
        "1a": "Compute the sample mean.", "1b": "Compute the sample variance.",
        "1c": "Give the shrunk estimate of the mean.",
    ]

    /// Under a part's own heading, a bold run-in title is the part's result, although a later
    /// part's question writes the same words.
    @Test func aBoldTitleUnderAPartsHeadingStaysWithThatPart() {
        let verdicts = Self.grade("""
            User: please do problem 1

            Assistant: ### (a) The mean
            Adding the five values gives 21, so

            **Estimate:** μ̂ = 4.2

            ### (b) Variance
            s² = 2.7

            ### (c) Bias correction
            Shrinking toward the prior mean of 3.8 lowers it slightly.

            **Corrected estimate:** 4.0
            """, ["1a": .real(RealValue(4.2)), "1b": .real(RealValue(2.7)), "1c": .real(RealValue(4.0))], questions: Self.estimatorQuestions)
        #expect(verdicts["1a"]?.kind == .correct, "\(String(describing: verdicts["1a"]))")
        #expect(verdicts["1c"]?.kind == .correct, "\(String(describing: verdicts["1c"]))")
        #expect(verdicts["1c"]?.withdrawn == nil, "\(String(describing: verdicts["1c"]))")
        // A bold run-in title names the value after it.
        #expect(FinalAnswer.closingValue("**Final estimate:** 4.0", expecting: .scalar) == "4.0")
    }

    /// "Summary statistics: …" states the data; the labelled parts after it are answers, not a recap.
    @Test func summaryStatisticsAreDataNotARecap() {
        let verdicts = Self.grade("""
            User: solve problem 1

            Assistant: ## Problem 1

            Summary statistics: n = 8, x̄ = 12.5, s = 3.1.

            **(a) Mean**
            μ̂ = **12.5**

            **(b) Variance**
            s² = 3.1² = **9.61**

            That is roughly 10 squared units of spread.
            """, ["1a": .real(RealValue(12.5)), "1b": .real(RealValue(9.61))], questions: ["1a": "Estimate the mean.", "1b": "Compute the sample variance."])
        #expect(verdicts["1a"]?.kind == .correct, "\(String(describing: verdicts["1a"]))")
        #expect(verdicts["1b"]?.kind == .correct, "\(String(describing: verdicts["1b"]))")
    }

    /// "M = [ 1 2 ]" over "    [ 3 4 ]" in a code block is one matrix.
    @Test func bracketedRowsInACodeBlockAreOneMatrix() {
        let verdicts = Self.grade("""
            User: 2a please

            Assistant: **(a)** Multiplying out:

            ```
            AᵀA = [ 10  4 ]
                  [  4  2 ]
            ```
            """, ["2a": .matrix([[10, 4], [4, 2]])], questions: ["2a": "Compute AᵀA."])
        #expect(verdicts["2a"]?.kind == .correct, "\(String(describing: verdicts["2a"]))")
    }

    /// "I get … is (b) right?" asks about (b): the reply that corrects it answers (b).
    @Test func askingWhetherAPartIsRightMakesTheReplyItsAnswer() {
        let verdicts = Self.grade("""
            User: problem 1 please

            Assistant: **(a)** The mean is **6.5**.

            **(b)** The median is **7**.

            User: I get 6 for the median when I sort them, is (b) right?

            Assistant: You're right, I mis-sorted the list. Sorted, the middle values are 5 and 7, so the median is **6**.
            """, ["1a": .real(RealValue(6.5)), "1b": .real(RealValue(6))], questions: ["1a": "Find the mean.", "1b": "Find the median."])
        #expect(verdicts["1b"]?.kind == .correct, "\(String(describing: verdicts["1b"]))")
        #expect(verdicts["1a"]?.kind == .correct, "\(String(describing: verdicts["1a"]))")
    }

    /// "Good catch on 2(c) — …" opens on the part's full label.
    @Test func anAcknowledgementNamingAFullLabelOpensThatPart() {
        #expect(PartLabelGrammar.groups(PartLabelGrammar.proseFused, "Good catch on 2(c) — I used the wrong sign.")?[1] == "2")
        #expect(PartLabelGrammar.groups(PartLabelGrammar.proseFused, "You're right about 4.1(b): the bound is 12.")?[2] == "b")
        #expect(PartLabelGrammar.groups(PartLabelGrammar.proseFused, "Good catch, thanks.") == nil)
    }

    /// Two readings of the iterations asked, each under its condition, then `last`.
    static func iterations(_ last: String) -> String {
        """
        User: 1a

        Assistant: **(a)** The two answers come from two different stopping rules:

        - If you stop on the **step size**, $|x_{k+1} - x_k| \\le 10^{-6}$, you need $k = 12$.
        - If you stop on the **residual**, $|f(x_k)| \\le 10^{-6}$, you need $k = 15$.

        \(last)
        """
    }

    /// After two readings under their conditions, "I'd stick with X" commits to one of them.
    @Test func aCommitmentAfterTwoConditionedReadingsChoosesOne() {
        let questions = ["1a": "How many iterations are needed?"]
        let committed = Self.grade(Self.iterations("The usual statement uses the step size, so I'd stick with **12**."), ["1a": .integer(15)], questions: questions)
        #expect(committed["1a"]?.kind == .incorrect, "\(String(describing: committed["1a"]))")
        let open = Self.grade(Self.iterations("The usual statement uses the step size, which gives **12**."), ["1a": .integer(15)], questions: questions)
        #expect(open["1a"]?.kind == .unclear, "\(String(describing: open["1a"]))")
    }

    /// "Because 3⁵ = 243 > 200, the smallest such k is 5.": the closing clause, not the formula's value.
    @Test func aClauseAfterItsReasonsClosesTheSentence() {
        let piece = { (text: String) in PartAttribution.Piece(text: text, original: text, place: "line 1", turn: 1) }
        for (line, value) in [("Because 3^5 = 243 > 200, the smallest such k is 5.", 5.0), ("As 4! = 24 exceeds 20, the number of orderings is 24.", 24.0)] {
            var order = 0
            let found = FinalAnswer.candidates(in: piece(line), expecting: .scalar, summary: false, order: &order, endsTurn: false)
            if case .value(.number(let n))? = found.last?.reading { #expect(n.value == value, "\(line)") } else { Issue.record("\(line): \(found)") }
        }
    }

    // MARK: Counter-examples from the review of this round's rules

    static let statsQuestions = ["1a": "Compute the sample mean.", "1b": "Compute the median."]

    /// A commitment that is doubted, conditional, put off or made once per reading chooses nothing.
    @Test func aDoubtedOrConditionalCommitmentChoosesNothing() {
        let questions = ["1a": "How many iterations are needed?"]
        for last in ["Which one I'd go with depends on your course: the step-size reading gives **12**.",
                     "If your course uses the residual, I'd go with **15**.",
                     "Let's go with **15** for now, but ask your instructor which criterion is meant.",
                     "With the step size I'd go with **12**; with the residual I'd go with **15**."] {
            let verdicts = Self.grade(Self.iterations(last), ["1a": .integer(15)], questions: questions)
            #expect(verdicts["1a"]?.kind == .unclear, "\(last): \(String(describing: verdicts["1a"]))")
        }
    }

    /// Without a clause of reasons before it, a later clause states a second result, not the answer.
    @Test func aSecondClauseWithoutReasonsIsNoClosingValue() {
        #expect(FinalAnswer.closingValue("x̄ = 6.4, the median is 6.", expecting: .scalar) != "6")
        #expect(FinalAnswer.closingValue("s² = 53.2/4 = 13.3, the population variance is 10.64.", expecting: .scalar) != "10.64")
    }

    /// "Summary of problem 1:" and a "Summary statistics:" block after the answers recap them.
    @Test func aSummaryAfterTheAnswersIsARecapWhateverItsTitle() {
        for lead in ["**Summary of problem 1:**", "**Summary statistics:**"] {
            let verdicts = Self.grade("""
                User: problem 1 please

                Assistant: **(a)** x̄ = 31/5 = 6.2.

                **(b)** The median is 6.

                \(lead)
                - (a) 6.4
                - (b) 6
                """, ["1a": .real(RealValue(6.4)), "1b": .integer(6)], questions: Self.statsQuestions)
            #expect(verdicts["1a"]?.kind == .unclear, "\(lead): \(String(describing: verdicts["1a"]))")
        }
    }

    /// "I get why …", "I get it now", "Is it right-skewed?" question no part's answer.
    @Test func understandingOrAnotherQuestionIsNoChallenge() {
        for follow in ["I get why (b) is the middle value, but what is the interquartile range?",
                       "I get it now. Could you also compute the interquartile range?",
                       "Is it right-skewed? Just curious, since (b) asked for the median."] {
            let verdicts = Self.grade("""
                User: problem 1 please

                Assistant: **(a)** The mean is **6.4**.

                **(b)** The median is **7**.

                User: \(follow)

                Assistant: The quartiles are 5 and 7, so the interquartile range is **2**.
                """, ["1a": .real(RealValue(6.4)), "1b": .integer(6)], questions: Self.statsQuestions)
            #expect(verdicts["1b"]?.kind == .incorrect, "\(follow): \(String(describing: verdicts["1b"]))")
        }
    }

    /// Under a part's heading, a title that says all another part asks moves to that part; a
    /// heading over several parts leaves titles free.
    @Test func aTitleThatSaysAllAnotherPartAsksLeavesTheHeading() {
        let questions = ["1a": "Compute the sample mean.", "1b": "Compute the variance."]
        for heading in ["### (a) Mean", "### (a) and (b)"] {
            let verdicts = Self.grade("""
                User: problem 1

                Assistant: \(heading)
                x̄ = 32/5 = 6.4

                **Variance:** s² = 53.2/4 = 13.3
                """, ["1a": .real(RealValue(6.4)), "1b": .real(RealValue(13.3))], questions: questions)
            #expect(verdicts["1a"]?.kind == .correct, "\(heading): \(String(describing: verdicts["1a"]))")
            #expect(verdicts["1b"]?.kind == .correct, "\(heading): \(String(describing: verdicts["1b"]))")
        }
    }

    /// "Fair point about 1(a), although …" acknowledges a remark; it does not open (a).
    @Test func aFairPointIsNoLabel() {
        #expect(PartLabelGrammar.groups(PartLabelGrammar.proseFused, "Fair point about 1(a), although it is the same either way.") == nil)
    }
}
