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

extension ThirtySeventhRoundFamilyTests {
    /// A user turn that lists one problem's labelled parts and adds another question after
    /// "also": the bare labels of the reply are that problem's parts, not the previous one's.
    @Test func labelledPartsBeforeAnAddedQuestionNameTheirProblem() {
        let key: [String: Answer] = ["1a": .integer(12), "2a": .integer(40), "2b": .integer(25), "3": .choice("B")]
        let questions = ["1a": "How many edges does the cube graph have?",
                         "2a": "A conveyor moves 40 boxes per minute into the scanner. What is the arrival rate in boxes per minute?",
                         "2b": "The scanner clears 25 boxes per minute. What is its service rate in boxes per minute?",
                         "3": "Which layout minimises travel? (A) line (B) U-shape (C) cell (D) star"]
        let stems = ["1": "Graph facts.", "2": "Conveyor and scanner line with boxes per minute.", "3": "Plant layout."]
        let verdicts = Self.grade("""
            User: cube graph edges? a) count them

            Assistant: a) 12

            User: conveyor: 40 boxes per minute into the scanner, scanner clears 25 boxes per minute. a) arrival rate b) service rate. also which layout minimises travel: (A) line (B) U-shape (C) cell (D) star

            Assistant: a) 40 boxes per minute

            b) 25 boxes per minute

            Layout: a U-shape keeps stations close. Answer: (B).
            """, key, questions: questions, stems: stems)
        #expect(verdicts["1a"]?.kind == .correct, "\(String(describing: verdicts["1a"]))")
        #expect(verdicts["2a"]?.kind == .correct, "\(String(describing: verdicts["2a"]))")
    }

    /// "False. The true slope is a fixed number …": "true" after a determiner is an adjective.
    @Test func trueAfterADeterminerIsAnAdjective() {
        let key: [String: Answer] = ["2c": .text("false")]
        let questions = ["2c": "True or false: there is a 90% probability that the slope lies in this interval."]
        let verdicts = Self.grade("""
            Assistant:
            (c) False. The true slope is a fixed number; the 90% refers to the procedure.
            """, key, questions: questions)
        #expect(verdicts["2c"]?.kind == .correct, "\(String(describing: verdicts["2c"]))")
    }

    /// A matrix drawn with Unicode bracket pieces over three lines is one matrix.
    @Test func aMatrixDrawnWithBracketPiecesIsOneMatrix() {
        let key: [String: Answer] = ["1b": .matrix([[1, 2], [3, 4], [5, 6]])]
        let questions = ["1b": "Write the matrix M."]
        let verdicts = Self.grade("""
            Assistant:
            (b)
            M = ⎛1 2⎞
                ⎜3 4⎟
                ⎝5 6⎠
            """, key, questions: questions)
        #expect(verdicts["1b"]?.kind == .correct, "\(String(describing: verdicts["1b"]))")
    }

    /// "The rank is 2, not 3, so the claim is true.": the rejected value's clause only; the
    /// verdict after it stands.
    @Test func aRejectedValueLeavesTheClauseAfterIt() {
        let key: [String: Answer] = ["4c": .text("true")]
        let questions = ["4c": "True or false: the matrix is singular."]
        let verdicts = Self.grade("""
            Assistant:
            (c) The rank is 2, not 3, so the claim is true.
            """, key, questions: questions)
        #expect(verdicts["4c"]?.kind == .correct, "\(String(describing: verdicts["4c"]))")
    }

    /// "… then apply arcsin to get the angle": the last step is left to the reader, so the part is
    /// not answered.
    @Test func aLastStepLeftToTheReaderIsNoAnswer() {
        let key: [String: Answer] = ["2d": .real(RealValue(30))]
        let questions = ["2d": "Find the launch angle in degrees."]
        let verdicts = Self.grade("""
            Assistant:
            (d) From the range formula, sin 2θ = 0.866.

            Now apply arcsin (degree mode) to get 2θ, then halve it.
            """, key, questions: questions)
        #expect(verdicts["2d"]?.kind == .missing, "\(String(describing: verdicts["2d"]))")
    }
}
