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
        let key: [String: Answer] = ["1c": .integer(12), "1d": .integer(4)]
        let questions = ["1c": "Find the DC gain of the loop.", "1d": "Find the bandwidth."]
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

extension ThirtySeventhRoundFamilyTests {
    /// Counter-examples a review of this round's rules found (written by the reviewer, not by
    /// the rules' author); the verdicts are those of the session-start grader, which a rule of
    /// this round had broken and which are right.
    @Test func reviewedMisfiresOfThisRoundsRules() {
        typealias Problem = (questions: [String: String], key: [String: Answer], tolerances: [String: Double])
        let p18: Problem = (["1a": "Solve log_2(x - 1) + log_2(x + 1) = 3 for x."],
                            ["1a": .integer(-3)], [:])
        let p4W: Problem = (["1a": "Find the percent overshoot of the closed-loop step response."],
                            ["1a": .integer(2)], ["1a": 0.01])
        let p5: Problem = (["1a": "Find the mean of the sample 2, 4, 6.", "1b": "Find the median of the sample 1, 3, 9, 11.", "1c": "Find the range of the sample 1, 3, 9, 11."],
                            ["1a": .integer(4), "1b": .integer(6), "1c": .integer(10)], [:])
        let p6: Problem = (["1a": "Which of the following statements about the function f(x) = x^3 is true? (a) f is decreasing (b) f is increasing (c) f is constant (d) f is periodic"],
                            ["1a": .choice("B")], [:])
        let p15: Problem = (["1a": "Choose the step: (a) the base case (b) the inductive hypothesis (c) the inductive step (d) the conclusion"],
                            ["1a": .choice("C")], [:])
        let p10: Problem = (["1a": "True or false: every bounded monotone sequence of real numbers converges."],
                            ["1a": .text("true")], [:])
        let p7: Problem = (["1a": "Determine the components of the vector v that solves A v = b, where A = [[2, 0], [0, 4]] and b = (4, 8).", "1b": "Determine the magnitude of the resultant force R acting on the beam."],
                            ["1a": .vector([2, 2]), "1b": .integer(50)], [:])
        let p8: Problem = (["1a": "Compute the vector $v$, the image of the point under the map.", "1b": "Find the matrix $B = A^2$."],
                            ["1a": .vector([1, 2, 3]), "1b": .matrix([[1, 2], [3, 4]])], [:])
        let p9: Problem = (["1a": "A particle moves with x(t) = 3t^3 + 12t^2. Find its position x at t = 2 s."],
                            ["1a": .integer(72)], [:])
        let p3: Problem = (["1a": "What is the probability of drawing a red ball?"],
                            ["1a": .real(RealValue(0.375))], ["1a": 0.001])
        let p14: Problem = (["1a": "Find the angle θ between the vectors u = (1, 2, 2) and v = (2, 1, 2), in degrees."],
                            ["1a": .real(RealValue(27.27))], ["1a": 0.05])
        let p17: Problem = (["1a": "Which option gives the correct limit? (A) 0 (B) 1 (C) 2 (D) does not exist", "1b": "Find the value of k for which the system has a unique solution with k > 2."],
                            ["1a": .choice("C"), "1b": .integer(3)], [:])
        let cases: [(transcript: String, problem: Problem, verdicts: [String: Verdict.Kind])] = [
            (#"""
            User: Solve problem 1.
            Assistant: Combining, (x−1)(x+1) = 8, so x² = 9.
            The solution is x = 3, not −3; x = −3 makes the logarithms undefined.
            """#, p18, ["1a": .incorrect]),
            (#"""
            User: Solve problem 1.
            Assistant: Combining, (x−1)(x+1) = 8, so x² = 9.
            **Answer:** x = 3, not x = −3; reject x = −3 since log of a negative is undefined.
            """#, p18, ["1a": .incorrect]),
            (#"""
            User: Solve problem 1.
            Assistant: The velocity constant is K_v = 2.
            The steady-state error is 1/K_v = 0.5, so the steady-state error is
            small compared with the ramp itself.
            """#, p4W, ["1a": .incorrect]),
            (#"""
            User: Solve problem 1.
            Assistant: In part (a), the mean is (2+4+6)/3 = 5.

            As for part (b), the median is (3+9)/2 = 6.

            As for part (c), the range is 11 − 7 = 4.
            """#, p5, ["1a": .incorrect, "1b": .correct, "1c": .incorrect]),
            (#"""
            User: Solve problem 1.
            Assistant: In part (a), the mean is (2+4+6)/3 = 4.

            As for part (b), the median is (3+9)/2 = 6.

            As for part (c), the range is 11 − 1 = 10.
            """#, p5, ["1a": .correct, "1b": .correct, "1c": .correct]),
            (#"""
            User: Solve problem 1.
            Assistant: In part (a), the mean is (2+4+6)/3 = 4.

            Using the same idea for part (b), the median is (3+9)/2 = 6.

            Using the sorted data for part (c), the range is 11 − 1 = 10.
            """#, p5, ["1a": .correct, "1b": .correct, "1c": .correct]),
            (#"""
            User: Solve problem 1.
            Assistant: **Part (a).** The mean is (2+4+6)/3 = 4.

            Using the sorted data for part (b), the median is (3+9)/2 = 6.

            Recall the sorted data; for part (c), the range is 11 − 1 = 10.
            """#, p5, ["1a": .correct, "1b": .correct, "1c": .correct]),
            (#"""
            User: Solve problem 1.
            Assistant: f'(x) = 3x^2 ≥ 0, so f is increasing.

            **Answer:** The correct statement is the one in (b).
            """#, p6, ["1a": .correct]),
            (#"""
            User: Solve problem 1.
            Assistant: f'(x) = 3x^2 ≥ 0, so f is increasing.

            **Answer:** the true statement is stated as (b): f is increasing.
            """#, p6, ["1a": .correct]),
            (#"""
            User: Solve problem 1.
            Assistant: f'(x) = 3x^2 ≥ 0, so f is increasing.

            **Final answer:** only the statement in (b) holds; (a) fails since f' ≥ 0.
            """#, p6, ["1a": .correct]),
            (#"""
            User: Solve problem 1.
            Assistant: f'(x) = 3x^2 ≥ 0, so f is increasing.

            The answer is the one listed as (b).
            """#, p6, ["1a": .correct]),
            (#"""
            User: Solve problem 1.
            Assistant: The inductive step assumes n ≥ 2 implicitly.
            **Answer:** The error is in (c).
            """#, p15, ["1a": .correct]),
            (#"""
            User: Solve problem 1.
            Assistant: The inductive step assumes n ≥ 2 implicitly.
            Answer: the flaw lies in (c); (a) is fine.
            """#, p15, ["1a": .correct]),
            (#"""
            User: Solve problem 1.
            Assistant: The inductive step assumes n ≥ 2 implicitly.
            Final answer: the mistake is in (c), the inductive step.
            """#, p15, ["1a": .correct]),
            (#"""
            User: Solve problem 1.
            Assistant: By the monotone convergence theorem a bounded increasing sequence converges to its supremum.
            So this is a true statement.
            """#, p10, ["1a": .correct]),
            (#"""
            User: Solve problem 1.
            Assistant: By the monotone convergence theorem a bounded increasing sequence converges to its supremum.
            **Answer:** It is a true statement (monotone convergence theorem).
            """#, p10, ["1a": .correct]),
            (#"""
            User: Solve problem 1.
            Assistant: By the monotone convergence theorem a bounded increasing sequence converges to its supremum.
            Answer: this is a false statement.
            """#, p10, ["1a": .incorrect]),
            (#"""
            User: Solve problem 1.
            Assistant: Consider the sequence.
            **Answer:** this is a false statement; it would be true only if the sequence were also bounded below.
            """#, p10, ["1a": .unclear]),
            (#"""
            User: Solve problem 1.
            Assistant: Consider the sequence.
            Answer: a false statement. It is true for Cauchy sequences in complete spaces, not here.
            """#, p10, ["1a": .incorrect]),
            (#"""
            User: Solve problem 1.
            Assistant: (a) Solving each row: v = (2, 2), and then A v = (4, 8) = b as required.

            (b) Components: R_x = 30 N, R = 50 N, R_y = 40 N.
            """#, p7, ["1a": .missing, "1b": .correct]),
            (#"""
            User: Solve problem 1.
            Assistant: (a) v = \[1, 2, 3\], w = (0, 1, 0)

            (b) B = [[1, 2], [3, 4]]
            """#, p8, ["1a": .correct, "1b": .correct]),
            (#"""
            User: Solve problem 1.
            Assistant: x(2) = 3(8) + 12(4) = 24 + 48.
            So if t = 0, x = 0, and if t = 2, x = 72.
            """#, p9, ["1a": .correct]),
            (#"""
            User: Solve problem 1.
            Assistant: The probability is 3 (favorable) / 8 (total).
            """#, p3, ["1a": .correct]),
            (#"""
            User: Solve problem 1.
            Assistant: u·v = 2 + 2 + 4 = 8 and |u| = |v| = 3, so cos θ = 8/9 ≈ 0.8889.
            Take the inverse cosine to get θ = arccos(8/9) ≈ 27.27°.
            """#, p14, ["1a": .correct]),
            (#"""
            User: Solve problem 1.
            Assistant: u·v = 2 + 2 + 4 = 8 and |u| = |v| = 3, so cos θ = 8/9 ≈ 0.8889.
            Take the inverse cosine of 8/9 to get θ ≈ 27.27°.
            """#, p14, ["1a": .correct]),
            (#"""
            User: Solve problem 1.
            Assistant: u·v = 2 + 2 + 4 = 8 and |u| = |v| = 3, so cos θ = 8/9 ≈ 0.8889.
            Use a calculator to find θ = cos⁻¹(0.8889) ≈ 27.27°.
            """#, p14, ["1a": .correct]),
            (#"""
            User: Solve problem 1.
            Assistant: **(a)** The answer is (C), not (A), and (B) is also wrong.

            **(b)** k = 3, not 4, since k = 4 makes the determinant zero.
            """#, p17, ["1a": .correct, "1b": .missing]),
            (#"""
            User: Solve problem 1.
            Assistant: (a) Answer: C, not B, because B = 1 is the limit of the wrong ratio.

            (b) The answer is k = 3, not 4; k = 4 gives det = 0.
            """#, p17, ["1a": .correct, "1b": .correct]),
        ]
        for (index, item) in cases.enumerated() {
            let verdicts = SummaryAndListFamilyTests.grade(item.transcript, item.problem.key, questions: item.problem.questions, tolerances: item.problem.tolerances)
            for (id, kind) in item.verdicts {
                #expect(verdicts[id]?.kind == kind, "case \(index), \(id): \(String(describing: verdicts[id]))")
            }
        }
    }
}

extension ThirtySeventhRoundFamilyTests {
    /// "Final answers: 1(a) 4.2 | 1(b) 310 | 1(c) 7" on one line is a summary: a value that
    /// disagrees with the body leaves the part unclear.
    @Test func aOneLineSummaryBetweenBarsIsASummary() {
        let key: [String: Answer] = ["1a": .real(RealValue(4.2)), "1b": .integer(311), "1c": .integer(7)]
        let questions = ["1a": "Compute the mean.", "1b": "Compute the total in grams.", "1c": "How many batches?"]
        let verdicts = Self.grade("""
            Assistant:
            (a) mean = 4.2
            (b) total = 310.6 ≈ 311 g
            (c) 7 batches

            Final answers: 1(a) 4.2 | 1(b) 310 g | 1(c) 7
            """, key, questions: questions)
        #expect(verdicts["1b"]?.kind == .unclear, "\(String(describing: verdicts["1b"]))")
        #expect(verdicts["1c"]?.kind == .correct, "\(String(describing: verdicts["1c"]))")
    }

    /// Indices of one digit written without separators ("the plane (110)", "[011]") for a key
    /// of single-digit entries.
    @Test func digitsWithoutSeparatorsAreTheEntriesOfADigitVector() {
        let key: [String: Answer] = ["2a": .vector([1, 1, 0]), "2b": .vector([0, 1, 1])]
        let questions = ["2a": "Give the Miller indices of the plane.", "2b": "Give the direction."]
        let verdicts = Self.grade("""
            Assistant:
            (a) The plane is **(110)**.
            (b) The direction is [101].
            """, key, questions: questions)
        #expect(verdicts["2a"]?.kind == .correct, "\(String(describing: verdicts["2a"]))")
        #expect(verdicts["2b"]?.kind == .incorrect, "\(String(describing: verdicts["2b"]))")
    }

    /// "πr²/4" against the key "pi*r^2/4": π is the constant; "π/4 ≈ 0.785" restates it.
    @Test func piInAnAnswerIsTheConstant() {
        let key: [String: Answer] = ["3a": .expression("pi/4"), "3b": .expression("2*pi")]
        let questions = ["3a": "Find the exact ratio of the areas.", "3b": "Find the exact period."]
        let verdicts = Self.grade("""
            Assistant:
            (a) The ratio is **π/4** (≈ 0.785).
            (b) T = 2π
            """, key, questions: questions)
        #expect(verdicts["3a"]?.kind == .correct, "\(String(describing: verdicts["3a"]))")
        #expect(verdicts["3b"]?.kind == .correct, "\(String(describing: verdicts["3b"]))")
    }

    /// "**0.52 m** (if your course measures from the floor, use **1.32 m**)": another value under
    /// a condition.
    @Test func aValueToUseUnderAConditionInParenthesesIsAnAlternative() {
        let key: [String: Answer] = ["4a": .real(RealValue(0.52))]
        let questions = ["4a": "Find the height of the centroid."]
        let verdicts = Self.grade("""
            Assistant:
            (a) **0.52 m** (if your course measures from the floor, use **1.32 m**)
            """, key, questions: questions)
        #expect(verdicts["4a"]?.kind == .unclear, "\(String(describing: verdicts["4a"]))")
    }
}

extension ThirtySeventhRoundFamilyTests {
    /// Indices with a bar over a digit are negative: "[1̄10]" with a combining macron, and
    /// "$[0\,\bar{1}\,1]$" in LaTeX.
    @Test func aBarOverAnIndexMakesItNegative() {
        let key: [String: Answer] = ["3a": .vector([-1, 1, 0]), "3b": .vector([0, 1, -1])]
        let questions = ["3a": "Give the direction indices [uvw].", "3b": "Give the direction of the other edge."]
        let verdicts = Self.grade("""
            Assistant:
            (a) So the direction is [1\u{0304}10].
            (b) Direction = $[0\\,\\bar{1}\\,1]$
            """, key, questions: questions)
        #expect(verdicts["3a"]?.kind == .correct, "\(String(describing: verdicts["3a"]))")
        #expect(verdicts["3b"]?.kind == .incorrect, "\(String(describing: verdicts["3b"]))")
    }
}
