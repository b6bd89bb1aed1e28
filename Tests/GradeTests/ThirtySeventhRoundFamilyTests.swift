import Foundation
@testable import Grade
import Solve
import Testing

/// Families of writing from the thirty-seventh round (the held-out `final63/`, now development
/// data), each on an example written here.
@Suite("Thirty-seventh-round families")
struct ThirtySeventhRoundFamilyTests {
    static func grade(_ text: String, _ key: [String: Answer], questions: [String: String], stems: [String: String] = [:]) -> [String: Verdict] {
        SummaryAndListFamilyTests.grade(text, key, questions: questions, stems: stems)
    }

    /// "≈ 0.412 (exact) / 0.41 (rounded)": a slash after a value's qualifier in words offers a
    /// second value; a slash between bare numbers still divides.
    @Test func aSlashAfterAQualifiedValueOffersAnotherValue() {
        let key: [String: Answer] = ["2a": .real(RealValue(0.75))]
        let questions = ["2a": "Compute the relative risk reduction."]
        let offered = Self.grade("""
            Assistant:
            **(a)** RRR = 1 − 0.25 = 0.75, or with the adjusted counts 0.71.

            **(a) answer:** RRR ≈ 0.75 (crude) / 0.71 (adjusted)
            """, key, questions: questions)
        #expect(offered["2a"]?.kind == .unclear, "\(String(describing: offered["2a"]))")
        let divided = Self.grade("""
            Assistant:
            **(a)** RRR = 3/4 = 0.75
            """, key, questions: questions)
        #expect(divided["2a"]?.kind == .correct, "\(String(describing: divided["2a"]))")
    }

    /// "… = 0.2 and the slope is 3, hence the gain is" ending a printed line whose formula
    /// vanished: its values are steps, not the answer.
    @Test func aLineLeadingToAResultThatIsNotOnItStatesNoResult() {
        let key: [String: Answer] = ["1c": .integer(12)]
        let questions = ["1c": "Find the DC gain of the loop."]
        let verdicts = Self.grade("""
            Assistant:
            (c) DC gain
            The pole is at s = −0.2 and the slope is 3, hence the gain is

            (d) Bandwidth
            """, key, questions: questions)
        #expect(verdicts["1c"]?.kind == .missing, "\(String(describing: verdicts["1c"]))")
    }

    /// "… the same factor as derived in part (a)." at the start of a wrapped line of (c)'s answer
    /// opens no part: the answer below it stays (c)'s.
    @Test func aPartReferredBackToInProseOpensNothing() {
        let key: [String: Answer] = ["2a": .integer(7), "2b": .integer(3), "2c": .choice("C")]
        let questions = ["2a": "Compute the rank of M.", "2b": "Compute the nullity.", "2c": "Which statement holds? (A) … (B) … (C) … (D) …"]
        let verdicts = Self.grade("""
            Assistant:
            Problem 2
            (a) Row reduction leaves 7 pivots, so rank M = 7.

            (b) Nullity = 10 − 7 = 3.

            (c) The kernel is three-dimensional, which agrees with the
            nullity computed in part (a) and (b) together.
            So the answer is C.
            """, key, questions: questions)
        #expect(verdicts["2a"]?.kind == .correct, "\(String(describing: verdicts["2a"]))")
        #expect(verdicts["2c"]?.kind == .correct, "\(String(describing: verdicts["2c"]))")
    }

    /// "the determinant of the stiffness matrix K = …": a name a property is asked of is no name
    /// of the answer, so "det = 42" after "K = [[…]]" is the answer.
    @Test func aNameAPropertyIsAskedOfIsNoNameOfTheAnswer() {
        let key: [String: Answer] = ["4b": .integer(42)]
        let questions = ["4b": "Compute the determinant of the stiffness matrix K = A^T A."]
        let verdicts = Self.grade("""
            Assistant:
            (b) K = A^T A = [[6, 0], [0, 7]].

            det = 42
            """, key, questions: questions)
        #expect(verdicts["4b"]?.kind == .correct, "\(String(describing: verdicts["4b"]))")
    }

    /// "\[ Q = …, \quad R = … \]" for a part asking for R: the display's two assignments are apart
    /// and the one asked is the answer.
    @Test func aDisplayAssigningTwoNamesGivesTheOneAsked() {
        let key: [String: Answer] = ["3a": .matrix([[2, 1], [0, 3]])]
        let questions = ["3a": "Compute the QR factorization A = QR of the matrix. Report R."]
        let verdicts = Self.grade(#"""
            Assistant:
            **(a)**

            \[
            R = \begin{bmatrix} 2 & 1 \\ 0 & 3 \end{bmatrix}, \quad
            Q = \begin{bmatrix} 0 & 1 \\ 1 & 0 \end{bmatrix}
            \]
            """#, key, questions: questions)
        #expect(verdicts["3a"]?.kind == .correct, "\(String(describing: verdicts["3a"]))")
    }

    /// "Repeat (b) with the new rate and compare with the options" chooses no option: a
    /// lower-case letter after a word that refers to a part is that part.
    @Test func aPartReferredToByLetterIsNoOption() {
        let key: [String: Answer] = ["5c": .choice("B")]
        let questions = ["5c": "Which coverage is closest? (A) 0.5 (B) 0.6 (C) 0.7 (D) 0.8"]
        let verdicts = Self.grade("""
            Assistant:
            (c) Repeat (b) with the new rate and compare it with the options above.
            """, key, questions: questions)
        #expect(verdicts["5c"]?.kind == .missing, "\(String(describing: verdicts["5c"]))")
    }

    /// "If … , n = 12; if …, n = 13.": each value under a condition that opens its clause.
    @Test func twoConditionsEachOpeningTheirValueLeaveItUnclear() {
        let key: [String: Answer] = ["1d": .integer(13)]
        let questions = ["1d": "How many samples are needed?"]
        let verdicts = Self.grade("""
            Assistant:
            (d) If you round the bound down, n = 12; if you take the ceiling as usual, n = 13.
            """, key, questions: questions)
        #expect(verdicts["1d"]?.kind == .unclear, "\(String(describing: verdicts["1d"]))")
    }
}
