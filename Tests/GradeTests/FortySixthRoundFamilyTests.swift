import Foundation
@testable import Grade
import Solve
import Testing

/// Families found in session 46's held-out runs (`grading/final91` …, and the one case left
/// from `final87`), each tested on transcripts written for these tests.
@Suite("Grading families, forty-sixth round")
struct FortySixthRoundFamilyTests {
    static func grade(_ text: String, _ key: [String: Answer], questions: [String: String] = [:]) -> [String: Verdict] {
        ThirtyNinthRoundFamilyTests.grade(text, key, questions: questions)
    }

    /// "3(c) 12 and 15" in a recap, where the key has only 3(c)(i) and 3(c)(ii): the values in
    /// order, one per sub-part; a value that disagrees with the body leaves that sub-part unclear.
    @Test func aRecapNamesAPartWhoseSubpartsAreGraded() {
        let key: [String: Answer] = ["1a": .integer(4), "3c.i": .integer(12), "3c.ii": .integer(14)]
        func transcript(_ recap: String) -> String {
            """
            User: problems 1 and 3 please

            Assistant:
            **1(a).** The degree sum is 8, so there are **4** edges.

            **3(c)(i).** The first cut has capacity **12**.

            **3(c)(ii).** The second cut has capacity **14**.

            Recap: 1(a) 4 · \(recap)
            """
        }
        let disagreeing = Self.grade(transcript("3(c) 12 and 15"), key)
        #expect(disagreeing["3c.i"]?.kind == .correct, "\(String(describing: disagreeing["3c.i"]))")
        #expect(disagreeing["3c.ii"]?.kind == .unclear, "\(String(describing: disagreeing["3c.ii"]))")
        let agreeing = Self.grade(transcript("3(c) 12, 14"), key)
        #expect(agreeing["3c.ii"]?.kind == .correct, "\(String(describing: agreeing["3c.ii"]))")
        // (Values not as many as the sub-parts say nothing of either.)
        let uneven = Self.grade(transcript("3(c) 12 then 13 then 15"), key)
        #expect(uneven["3c.ii"]?.kind == .correct, "\(String(describing: uneven["3c.ii"]))")
    }

    /// A display fraction that plain pdftotext printed as numerator, bar line and denominator
    /// after "v =": the denominator under the result is an operand, not the answer.
    @Test func aPlainPrintedFractionsDenominatorIsNoAnswer() {
        let verdicts = Self.grade("""
            Problem 2
            (a) The average speed is
            v=

            150 m
            = 2.5 m/s
            60 s

            (b) The kinetic energy is 12 J.
            """, ["2a": .real(RealValue(2.5)), "2b": .integer(12)])
        #expect(verdicts["2a"]?.kind == .correct, "\(String(describing: verdicts["2a"]))")
        #expect(verdicts["2a"]?.extracted?.scalar == 2.5, "\(String(describing: verdicts["2a"]))")
    }

    /// A summary table printed to PDF with its columns one after the other: the labels, then as
    /// many values; each value summarizes its label's part, and one that disagrees with the body
    /// leaves it unclear.
    @Test func aSummaryTablesColumnsPrintedOneAfterTheOther() {
        let text = """
            Problem 1
            (a) The mass collected is m = 3.2 g.
            (b) The efficiency is 0.40.
            Problem 2
            The equilibrium point is (1, 2).
            Problem 3
            (a) The period is T = 2.0 s.
            (b) The frequency is f = 0.50 Hz.
            Summary
            1(a)
            1(b)
            2
            3(a)
            3(b)

            3.2 g
            0.40
            (1, 2)
            2.5 s
            0.50 Hz
            """
        let key: [String: Answer] = ["1a": .real(RealValue(3.2)), "1b": .real(RealValue(0.4)), "2": .vector([1, 2]),
                                     "3a": .real(RealValue(2)), "3b": .real(RealValue(0.5))]
        let verdicts = Self.grade(text, key)
        #expect(verdicts["1a"]?.kind == .correct, "\(String(describing: verdicts["1a"]))")
        #expect(verdicts["2"]?.kind == .correct, "\(String(describing: verdicts["2"]))")
        #expect(verdicts["3a"]?.kind == .unclear, "\(String(describing: verdicts["3a"]))")
        #expect(verdicts["3b"]?.kind == .correct, "\(String(describing: verdicts["3b"]))")
    }

    /// "≈ 0.437, so about 44 %" where the question asks a percentage: the percentage the line
    /// states is the answer given (44 is not 43.7); a bare fraction is still the same rate.
    @Test func aPercentageStatedAfterItsFraction() {
        let questions = ["3": "What percentage of the light is absorbed? Give three significant figures."]
        let key: [String: Answer] = ["3": .real(RealValue(43.7))]
        let rounded = Self.grade("User: 3\n\nAssistant: Absorbed fraction = 1 − 0.563 ≈ 0.437, so about 44 %.\n", key, questions: questions)
        #expect(rounded["3"]?.kind == .incorrect, "\(String(describing: rounded["3"]))")
        let stated = Self.grade("User: 3\n\nAssistant: Absorbed fraction = 1 − 0.563 ≈ 0.437, i.e. 43.7 %.\n", key, questions: questions)
        #expect(stated["3"]?.kind == .correct, "\(String(describing: stated["3"]))")
        let bare = Self.grade("User: 3\n\nAssistant: Absorbed fraction = 1 − 0.563 = **0.437**.\n", key, questions: questions)
        #expect(bare["3"]?.kind == .correct, "\(String(describing: bare["3"]))")
    }

    /// Parts answered in order without labels: a clause whose values carry only units other
    /// than the one the part's question asks in ("R = 20 Ω, θ = 30°" for a current in amperes)
    /// is not that part's answer.
    @Test func anUnlabelledClauseInAnotherUnitIsNotThePartsAnswer() {
        let questions = [
            "1a": "Find the line current, in amperes.",
            "1b": "Find the real power, in watts.",
        ]
        let verdicts = Self.grade("""
            User: problem 1 please

            Assistant: ## Problem 1

            - I = 120/20 = 6.0 A
            - R = 20 Ω, θ = 30°
            - P = 6.0² × 20 × cos 30° = 623.5 W
            """, ["1a": .real(RealValue(6)), "1b": .real(RealValue(623.5))], questions: questions)
        #expect(verdicts["1a"]?.kind == .correct, "\(String(describing: verdicts["1a"]))")
        #expect(verdicts["1b"]?.kind == .correct, "\(String(describing: verdicts["1b"]))")
        // (Where no clause of the part is in its unit, the clauses are read in order as before:
        // "W = 0.379 h" for a wait asked in minutes is its answer, wrong, not missing.)
        let hours = Self.grade("""
            User: problem 2 please

            Assistant: With a = λ/μ = 5/3 and ρ = 5/6:

            P₀ = [1 + 5/3 + 25/3]⁻¹, so **P₀ = 1/11**.

            L_q = 125/33 ≈ 3.79, and W_q = L_q/λ = 0.379 h.
            """, ["2a": Answer(try! Rational(1, 11)), "2b": .real(RealValue(22.7))],
            questions: ["2a": "Find P₀ as an exact fraction.", "2b": "Find the mean wait W_q in minutes."])
        #expect(hours["2a"]?.kind == .correct, "\(String(describing: hours["2a"]))")
        #expect(hours["2b"]?.kind == .incorrect, "\(String(describing: hours["2b"]))")
    }

    /// "(b)(ii): and the energy stored, to 1 decimal?": a user turn that opens on a sub-part's
    /// label asks that sub-part of the problem under way (a number after "to" names no other problem).
    @Test func aTurnOpeningOnASubpartsLabel() {
        let verdicts = Self.grade("""
            User: problem 1 (a) and (b)(i) please

            Assistant: **(a)** The capacitance is **4.0 µF**.

            **(b)(i)** The charge is **48 µC**.

            User: (b)(ii): and the energy stored in µJ, to 1 decimal?

            Assistant: The energy stored sits in the field between the plates:

            E = Q²/(2C) = 48²/(2 × 4.0) = 288 µJ

            **E = 288.0 µJ**
            """, ["1a": .real(RealValue(4)), "1b.i": .integer(48), "1b.ii": .integer(288)])
        #expect(verdicts["1a"]?.kind == .correct, "\(String(describing: verdicts["1a"]))")
        #expect(verdicts["1b.ii"]?.kind == .correct, "\(String(describing: verdicts["1b.ii"]))")
    }

    /// "3.1 a) k(k-1)/(2m)   b) 1.225   c) 0.706" in a summary: bare labels set apart by runs of
    /// spaces (or semicolons) each open their own part's value.
    @Test func aSummaryLineOfBareLabelsSetApartBySpaces() {
        let text = """
            Exercise 5.2

            a) The mean is 3.5.

            b) The variance is 2.9.

            Final answers
            5.2 a) 3.5   b) 2.92
            """
        let verdicts = Self.grade(text, ["5.2a": .real(RealValue(3.5)), "5.2b": .real(RealValue(2.9))])
        #expect(verdicts["5.2a"]?.kind == .correct, "\(String(describing: verdicts["5.2a"]))")
        #expect(verdicts["5.2b"]?.kind == .unclear, "\(String(describing: verdicts["5.2b"]))")
        let semicolons = Self.grade(text.replacingOccurrences(of: "3.5   b) 2.92", with: "3.5; b) 2.9"),
                                    ["5.2a": .real(RealValue(3.5)), "5.2b": .real(RealValue(2.9))])
        #expect(semicolons["5.2b"]?.kind == .correct, "\(String(describing: semicolons["5.2b"]))")
    }

    /// "## Question 2" over a numbered list of exactly as many items as question 2 has parts
    /// ("1. **Mean** = … = **4**", "2. …"): the items are the parts in order, though each is one
    /// line of working and the list counts past the set's problems.
    @Test func aNumberedListUnderAProblemsHeadingIsItsParts() {
        let key: [String: Answer] = ["1a": .integer(4), "1b": .integer(9), "1c": .integer(3), "1d": .integer(2), "2": .integer(7)]
        let verdicts = Self.grade("""
            User: problems 1 and 2

            Assistant:
            ## Question 1

            1. **Mean** = 12/3 = **4**
            2. **Variance** = 27/3 = **9**
            3. **Standard deviation** = √9 = **3**
            4. **Median.** Sorting the data (1, 2, 2, 7):
               - x₂ = 2
               - x₃ = 2

               → **median = 2**

            ## Question 2

            The answer is **7**.
            """, key)
        for id in ["1a", "1b", "1c", "1d", "2"] {
            #expect(verdicts[id]?.kind == .correct, "\(id): \(String(describing: verdicts[id]))")
        }
    }
}
