import Grade
import Solve
import Testing

/// Families of writing from the fourteenth round of independent corpora (`final30/`), each on an
/// example written here.
@Suite("Fourteenth-round families")
struct FourteenthRoundFamilyTests {
    static func grade(_ text: String, _ key: [String: Answer], questions: [String: String]) -> [String: Verdict] {
        SummaryAndListFamilyTests.grade(text, key, questions: questions)
    }

    @Test func aLaterSentenceAllowingAnotherValueMakesItUnclear() {
        let questions = ["3a": "What is the largest eigenvalue?", "3b": "Give the projection $z = v^\\top x$ of x onto the unit eigenvector v."]
        let verdicts = Self.grade("""
            User: problem 3

            Assistant: **(a)** The eigenvalues are 5 and 1, so the largest is **5**.

            **(b)** $v = (0.6, 0.8)$, so $z = v^\\top x = 0.6 \\cdot 2 + 0.8 \\cdot 1 = 2$. Because the sign of an eigenvector is arbitrary, $-2$ is also acceptable.
            """, ["3a": .integer(5), "3b": .integer(2)], questions: questions)
        #expect(verdicts["3a"]?.kind == .correct, "\(String(describing: verdicts["3a"]))")
        #expect(verdicts["3b"]?.kind == .unclear, "\(String(describing: verdicts["3b"]))")
        // The same value restated as acceptable is no alternative.
        let same = Self.grade("""
            User: problem 3

            Assistant: **(b)** $v = (0.6, 0.8)$, so $z = v^\\top x = 2$. Rounded, 2.0 is equally correct.
            """, ["3b": .integer(2)], questions: questions)
        #expect(same["3b"]?.kind == .correct, "\(String(describing: same["3b"]))")
    }

    @Test func aCheckSentenceAfterTheResultIsNoAnswer() {
        let questions = ["2a": "Solve for x = A^{-1} b."]
        let verdicts = Self.grade("""
            User: 2a

            Assistant: **(a)** $x = A^{-1} b = (3, -1)$. Verification: $A x = (5, 1) = b$ as required.
            """, ["2a": .vector([3, -1])], questions: questions)
        #expect(verdicts["2a"]?.kind == .correct, "\(String(describing: verdicts["2a"]))")
    }

    @Test func givensLeadingIntoAFormulaAndACutOffSentenceStateNoResult() {
        let questions = ["1a": "What is the learning rate at step 40 of the schedule?", "1b": "What is the final loss?"]
        let verdicts = Self.grade(#"""
            User: problem 1

            Assistant: **(a)** Plug in the step. Using $s/S = 0.4$:

            $$\eta_{40} = 0.01 + 0.5 (0.2 - 0.01)\big(1 + \cos(0.4\pi)\big)$$

            $\cos(0.4\pi) = 0.3090$, so

            **(b)** The final loss is **0.25**.
            """#, ["1a": .real(RealValue(0.134355)), "1b": .real(RealValue(0.25))], questions: questions)
        #expect(verdicts["1a"]?.kind == .missing, "\(String(describing: verdicts["1a"]))")
        #expect(verdicts["1b"]?.kind == .correct, "\(String(describing: verdicts["1b"]))")
    }

    @Test func aPartNamedAsTheSourceOfAValueIsNotTheOneAskedAbout() {
        let questions = ["2a": "Compute the mean.", "2b": "Compute the variance.", "2c": "Compute the updated running mean."]
        let verdicts = Self.grade("""
            User: do problem 2

            Assistant: **(a)** 3. **(b)** 2. **(c)** The running mean is **0.9**.

            User: for 2(c) shouldn't it use the mean 3 from part (a)? I got 0.3

            Assistant: Yes, with momentum 0.1 the update is 0.9 · 0 + 0.1 · 3 = **0.3**.
            """, ["2a": .integer(3), "2b": .integer(2), "2c": .real(RealValue(0.3))], questions: questions)
        #expect(verdicts["2c"]?.kind == .correct, "\(String(describing: verdicts["2c"]))")
        #expect(verdicts["2a"]?.kind == .correct, "\(String(describing: verdicts["2a"]))")
    }

    @Test func aValueInParenthesesUnderItsOwnConditionIsAnotherAnswer() {
        let questions = ["4a": "What is the p-value?", "4b": "What is the test statistic?"]
        let verdicts = Self.grade("""
            User: problem 4

            Assistant: (a) p ≈ 0.0421 (0.0456 with the continuity correction)
            (b) z ≈ 2.03 (2.031 before rounding the standard error)
            """, ["4a": .real(RealValue(0.0421)), "4b": .real(RealValue(2.0312))], questions: questions)
        #expect(verdicts["4a"]?.kind == .unclear, "\(String(describing: verdicts["4a"]))")
        // The same value at another precision is no other answer.
        #expect(verdicts["4b"]?.kind == .correct, "\(String(describing: verdicts["4b"]))")
    }

    @Test func anotherConventionsValueAfterTheBoldAnswer() {
        let questions = ["1a": "How many parameters does the layer have?", "1b": "What is the output size?"]
        let verdicts = Self.grade("""
            User: problem 1

            Assistant: **(a)** With PyTorch's two bias vectors the RNN has **1,408** parameters. (Counting one bias, as many textbooks do, gives 1,376; use whichever your course uses.)

            **(b)** The output has **32** features. (The LSTM version would have 128 gates.)
            """, ["1a": .integer(1408), "1b": .integer(32)], questions: questions)
        #expect(verdicts["1a"]?.kind == .unclear, "\(String(describing: verdicts["1a"]))")
        // A remark about something else is no alternative.
        #expect(verdicts["1b"]?.kind == .correct, "\(String(describing: verdicts["1b"]))")
    }

    @Test func aLineOpeningWithAnotherReadingOffersItsBoldValue() {
        let questions = ["2b": "Compute the normalized value of x = 9."]
        let verdicts = Self.grade("""
            User: 2b

            Assistant: **(b)** x̂ = (9 − 5)/2 = **2**.
            If you take the sample standard deviation instead, x̂ = 4/2.31 ≈ **1.732**.
            """, ["2b": .integer(2)], questions: questions)
        #expect(verdicts["2b"]?.kind == .unclear, "\(String(describing: verdicts["2b"]))")
    }

    @Test func aStudentsOwnQuestionLabelNamesThatExchangesProblem() {
        let questions = ["1a": "How many weights?", "1b": "How many biases?", "3a": "Compute the entropy.", "3b": "Compute the gain."]
        let key: [String: Answer] = ["1a": .integer(40), "1b": .integer(4), "3a": .real(RealValue(0.811)), "3b": .real(RealValue(0.811))]
        let verdicts = Self.grade("""
            Q1: Question 3 of the sheet: a node with 6 positives and 2 negatives. (a) entropy (b) gain of the split

            A1: **(a)** H = 0.811 bits. **(b)** IG = 0.5 bits.

            Q2: Now question 1, a layer 10 → 4. (a) weights (b) biases

            A2: **(a)** 40 **(b)** 4

            Q3: in Q1 the gain looks off, the children are pure. can you redo (a) and (b)?

            A3: Right, both children are pure. So **(a)** H = 0.811 bits and **(b)** IG = 0.811 bits.
            """, key, questions: questions)
        #expect(verdicts["3b"]?.kind == .correct, "\(String(describing: verdicts["3b"]))")
        #expect(verdicts["1a"]?.kind == .correct, "\(String(describing: verdicts["1a"]))")
        #expect(verdicts["1b"]?.kind == .correct, "\(String(describing: verdicts["1b"]))")
    }

    @Test func matricesAcrossLinesAndFractionRows() {
        let questions = ["3a": "Write down the covariance matrix.", "3b": "Give the projection matrix."]
        let verdicts = Self.grade("""
            User: problem 3

            Assistant: (a) Dividing by n − 1:

            C = [[4.0, 1.5],
                 [1.5, 2.0]]

            (b) The projection is

            ```
            [ 1/2   1/2 ]
            [ 1/2   1/2 ]
            ```
            """, ["3a": .matrix([[4, 1.5], [1.5, 2]]), "3b": .matrix([[0.5, 0.5], [0.5, 0.5]])], questions: questions)
        #expect(verdicts["3a"]?.kind == .correct, "\(String(describing: verdicts["3a"]))")
        #expect(verdicts["3b"]?.kind == .correct, "\(String(describing: verdicts["3b"]))")
    }

    @Test func aQuestionBackBeforeTheNumberLeavesThePartMissing() {
        let questions = ["2a": "At what frequency does the 9 kHz tone appear after sampling at 12 kHz?"]
        let verdicts = Self.grade("""
            User: 2a

            Assistant: **(a)** Before I give a number: is there an anti-aliasing filter in front of the sampler, or does the tone go straight in? With a filter at fs/2 = 6 kHz the tone is removed; without one it folds down. Let me know which setup your course intends.
            """, ["2a": .integer(3)], questions: questions)
        #expect(verdicts["2a"]?.kind == .missing, "\(String(describing: verdicts["2a"]))")
    }

    @Test func givensBeforeAFormulaAndArrowsInsideADerivation() {
        let questions = ["3a": "Approximate the integral with Simpson's rule.", "3b": "What is the largest stable step size?"]
        let verdicts = Self.grade("""
            User: problem 3

            Assistant: (a) With h = 0.5 and nodes x = 0, 0.5, 1, the rule is
            (h/3)(f(0) + 4 f(0.5) + f(1))
            (b) det(A − λI) = 0 ⇒ λ = 1 or λ = 4, so λ_max = 4.
            η_max = 2/λ_max = 0.5
            """, ["3a": .real(RealValue(0.747)), "3b": .real(RealValue(0.5))], questions: questions)
        #expect(verdicts["3a"]?.kind == .missing, "\(String(describing: verdicts["3a"]))")
        #expect(verdicts["3b"]?.kind == .correct, "\(String(describing: verdicts["3b"]))")
        // A line the print wrapped after "are" goes on in words: no lead-in.
        let wrapped = Self.grade("""
            Problem 4 — k-means
            (a) With c1 = 1 and c2 = 7, the points 1, 2 are nearer c1 and the points 6, 8 are
            nearer c2. Averaging gives (c1, c2) = (1.5, 7).
            """, ["4a": .vector([1.5, 7])], questions: ["4a": "Give the centres after one step."])
        #expect(wrapped["4a"]?.kind == .correct, "\(String(describing: wrapped["4a"]))")
    }

    @Test func aValueOpeningTheLineUnderALostFormulaAndAnExplanationEndingInAColon() {
        let questions = ["2b": "Estimate P(X = 1).", "3a": "Which statement is right? (A) … (B) … (C) … (D) …"]
        let verdicts = Self.grade("""
            User: problem 2 and 3

            Assistant: (b) Plug-in estimate

            P(X = 1) = λ e^{−λ}, so at λ̂ = 1.5:


            ≈ 0.335, a one-in-three chance.

            (c) Concepts

            Problem 3

            (a) The right statement is D.

            The reason is that a p-value describes how surprising the data would be under the null hypothesis:
            it says nothing about the probability that the null hypothesis is true.
            """, ["2b": .real(RealValue(0.334695)), "3a": .choice("D")], questions: questions)
        #expect(verdicts["2b"]?.kind == .correct, "\(String(describing: verdicts["2b"]))")
        #expect(verdicts["3a"]?.kind == .correct, "\(String(describing: verdicts["3a"]))")
    }
}
