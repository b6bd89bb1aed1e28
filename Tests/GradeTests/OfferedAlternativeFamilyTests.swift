@testable import Grade
import Solve
import Testing

/// Families of writing from the fifth round of independent corpora (`dev5/`–`dev7/`, `final8/`,
/// `final9/`), each on an example written here: answers offered side by side ("either … or …",
/// "**B**, although **C** …", "(D) also fails"); option lists; retyped questions and
/// corrections; summaries (sub-parts, bars, numbered lists, named values); truth values, test
/// decisions and logarithms.
@Suite("Offered alternative families")
struct OfferedAlternativeFamilyTests {
    static func grade(_ text: String, _ key: [String: Answer]) -> [String: Verdict] {
        SummaryAndListFamilyTests.grade(text, key, questions: [:])
    }

    @Test func eitherXOrYInsideARemarkLeavesTheBoldAnswerUnclear() {
        let verdicts = Self.grade("""
            Assistant:
            **(b)** A max-heap insert sifts up one root path, so it is $O(\\log n)$ — **(B)**. (If you count the array doubling, some books quote (D) amortised, so either (B) or (D) could be what the quiz wants.)
            """, ["4b": .choice("B")])
        #expect(verdicts["4b"]?.kind == .unclear, "\(String(describing: verdicts["4b"]))")
    }

    @Test func eitherTwoNumbersBeforeADashIsUnclear() {
        let verdicts = Self.grade("""
            Assistant:
            (c) Counting subsets: s(5) = 32 if the empty set counts, so this is either 32 or 31 — pick whichever your course uses.
            """, ["2c": .integer(32)])
        #expect(verdicts["2c"]?.kind == .unclear, "\(String(describing: verdicts["2c"]))")
    }

    @Test func eitherWithOneValueIsNoAlternative() {
        // "either" that offers one value and a word is no hedge.
        let verdicts = Self.grade("""
            Assistant:
            (a) It comes out the same either by hand or with numpy: the determinant is 14.
            """, ["1a": .integer(14)])
        #expect(verdicts["1a"]?.kind == .correct, "\(String(describing: verdicts["1a"]))")
    }

    @Test func aBoldAlternativeAfterAMarkedAnswerStands() {
        let verdicts = Self.grade("""
            Assistant:
            **(d)** My answer is **A**, although **D** also describes the vanishing-gradient effect they mention.
            """, ["1d": .choice("A")])
        #expect(verdicts["1d"]?.kind == .unclear, "\(String(describing: verdicts["1d"]))")
        // Without the connector both bold spans are just emphasis of one committed answer.
        let plain = Self.grade("""
            Assistant:
            **(d)** My answer is **A**: **the LSTM gate** keeps the gradient alive.
            """, ["1d": .choice("A")])
        #expect(plain["1d"]?.kind == .correct, "\(String(describing: plain["1d"]))")
    }

    @Test func soXOrYDependingOnAConventionIsUnclear() {
        let verdicts = Self.grade("""
            Assistant:
            - **2c** — padding 1 keeps the size → **C**. If the pooling window overlaps you would get 15 instead, so C or D depending on the framework.
            """, ["2c": .choice("C")])
        #expect(verdicts["2c"]?.kind == .unclear, "\(String(describing: verdicts["2c"]))")
    }

    @Test func theSetupBeforeAQuestionWordIsContext() {
        let questions = QuestionMatch(
            questions: ["2a": "What is the shape of the output?", "2b": "How many weights does the layer have?",
                        "2c": "The output then goes through MaxPool2d(kernel_size=2, stride=2). What is the shape after pooling?"],
            stems: ["2": "A 28 × 28 grayscale image goes through Conv2d(1, 8, kernel_size=3, stride=1)."], partIDs: ["2a", "2b", "2c"])
        // The retyped layer shares "kernel_size" and "stride" with the pooling part; the question is about the output shape.
        #expect(questions.match("For a 28x28 grayscale input and Conv2d(1, 8, kernel_size=3, stride=1), what is the output shape? and how many weights?")?.parts == ["2a", "2b"])
        #expect(questions.match("and the shape after the max pool with kernel_size=2, stride=2?")?.parts == ["2c"])
    }

    @Test func aChallengeThatComputesAnotherValueLetsTheCorrectionCount() {
        let questions = ["1a": "Compute the value of state A after one sweep of value iteration.", "1b": "Compute the optimal value of state A."]
        let text = """
            User: value iteration on my two-state MDP, gamma 0.5, rewards 2 in A and 0 in B
            Assistant: (a) V_1(A) = 2. (b) V*(A) = 3.
            User: hmm, but if you stay in A forever don't you get 2 + 1 + 0.5 + ... = 4? that's more than 3
            Assistant: You're right, my (b) was wrong: staying in A is worth 2/(1 − 0.5), so V*(A) = 4.
            """
        let verdicts = SummaryAndListFamilyTests.grade(text, ["1a": .integer(2), "1b": .integer(4)], questions: questions)
        #expect(verdicts["1b"]?.kind == .correct, "\(String(describing: verdicts["1b"]!))")
    }

    @Test func aYesOrNoOpeningTheLineIsItsAnswer() {
        let verdicts = Self.grade("""
            Assistant:
            (c) No — the p-value 0.08 is above 0.05.
            (d) Yes, since 0.01 < 0.05.
            """, ["3c": .text("no"), "3d": .text("yes")])
        #expect(verdicts["3c"]?.kind == .correct, "\(String(describing: verdicts["3c"]))")
        #expect(verdicts["3d"]?.kind == .correct, "\(String(describing: verdicts["3d"]))")
    }

    @Test func aSummaryGivesEachSiblingSubpartItsOwnValue() {
        let verdicts = Self.grade("""
            Assistant:
            **2(a)(i)** Yes, the chain is irreducible.
            **2(a)(ii)** No — state 3 has period 2.

            Final answers:
            - 2(a) (i) yes; (ii) yes
            """, ["2a.i": .text("yes"), "2a.ii": .text("no")])
        #expect(verdicts["2a.i"]?.kind == .correct, "\(String(describing: verdicts["2a.i"]))")
        // The summary's (ii) disagrees with the body's.
        #expect(verdicts["2a.ii"]?.kind == .unclear, "\(String(describing: verdicts["2a.ii"]))")
    }

    @Test func wordsWithApostrophesAndFunctionNamesAreNoTruthValues() {
        #expect(AnswerGrammar.read("it depends on the convention, so I won't guess", expecting: .boolean) == .none)
        #expect(AnswerGrammar.read("the product f(x)g(x) of two convex functions", expecting: .boolean) == .none)
        #expect(AnswerGrammar.read("T", expecting: .boolean).value == .boolean(true))
        #expect(AnswerGrammar.read("(b) F", expecting: .boolean).value == .boolean(false))
    }

    @Test func answerAsAVerbMarksNoAnswer() {
        let verdicts = Self.grade("""
            Assistant:
            **(c)** One thing before I answer: is the count over a vocabulary of 50 words or of 5,000?
            """, ["4c": .real(RealValue(0.02))])
        #expect(verdicts["4c"]?.kind == .missing, "\(String(describing: verdicts["4c"]))")
    }

    @Test func approximateAssignmentsOfSeveralNamesKeepThePartsOwn() {
        let verdicts = SummaryAndListFamilyTests.grade("""
            Assistant:
            (b) Solving the two Bellman equations:
            $$V(s_2) \\approx 4.615, \\qquad V(s_1) \\approx 5.154$$
            """, ["2b": .real(RealValue(4.615))], questions: ["2b": "Compute the value $V(s_2)$ to three decimals.", "2a": "Write the Bellman equation for $V(s_1)$."])
        #expect(verdicts["2b"]?.kind == .correct, "\(String(describing: verdicts["2b"]))")
    }

    @Test func aSummaryLineWithBarsHoldsOneProblemPerStretch() {
        let verdicts = Self.grade("""
            Assistant:
            2.1 (a) The mean is 4. (b) The variance is 2.5.
            2.2 The median is 3.

            Summary: 2.1 (a) 4, (b) 2.5 | 2.2 3 | 2.3 (a) 7
            """, ["2.1a": .integer(4), "2.1b": .real(RealValue(2.5)), "2.2": .integer(3), "2.3a": .integer(7)])
        for id in ["2.1a", "2.1b", "2.2", "2.3a"] {
            #expect(verdicts[id]?.kind == .correct, "\(id): \(String(describing: verdicts[id]))")
        }
    }

    @Test func assignmentsJoinedByAndKeepThePartsOwn() {
        let verdicts = SummaryAndListFamilyTests.grade("""
            Assistant:
            (c) Thus: p(B) = 5/12 ≈ 0.417 and p(C) = 1/4 = 0.25.
            """, ["1c": .real(RealValue(5.0 / 12))], questions: ["1c": "Compute the stationary probability $p(B)$.", "1a": "Is $p(C)$ positive?"])
        #expect(verdicts["1c"]?.kind == .correct, "\(String(describing: verdicts["1c"]))")
    }

    @Test func aBoldAnswerRightAfterAPlainLabelKeepsItsBold() {
        let verdicts = Self.grade("""
            Assistant:
            (c) **D** — only the GRU merges the cell and hidden state; the LSTM keeps both.
            Part (d) **True** — dropout is off at test time.
            """, ["1c": .choice("D"), "1d": .text("true")])
        #expect(verdicts["1c"]?.kind == .correct, "\(String(describing: verdicts["1c"]))")
        #expect(verdicts["1d"]?.kind == .correct, "\(String(describing: verdicts["1d"]))")
    }

    @Test func aValueComparedWithIsAReference() {
        let verdicts = Self.grade("""
            Assistant:
            (b) Midpoint rule: $M = 0.5 \\cdot (0.8 + 0.571) \\approx 0.6857$
            That is quite close to the exact value $\\pi/4 \\approx 0.7854$ for so few points.
            """, ["3b": .real(RealValue(0.6857))])
        #expect(verdicts["3b"]?.kind == .correct, "\(String(describing: verdicts["3b"]))")
    }

    @Test func aTruthValueIsAWordNotWhatAFormulaEquals() {
        let verdicts = Self.grade("""
            Assistant:
            (e) Parameters = 3·3·16·32 + 32 = 4,640. So the layer has 4,640 parameters and the claim is false.
            """, ["2e": .text("false")])
        #expect(verdicts["2e"]?.kind == .correct, "\(String(describing: verdicts["2e"]))")
    }

    @Test func aLabelAfterAPrepositionRefersToAPart() {
        let verdicts = Self.grade("""
            Assistant:
            **(c)** Reusing the mean from (a) and the variance from (b), the z-score is **1.25**.
            """, ["1a": .integer(3), "1b": .integer(4), "1c": .real(RealValue(1.25))])
        #expect(verdicts["1c"]?.kind == .correct, "\(String(describing: verdicts["1c"]))")
        #expect(verdicts["1a"]?.kind == .missing, "\(String(describing: verdicts["1a"]))")
    }

    @Test func itDependsOnWhetherThenAValuePerReadingIsUnclear() {
        let verdicts = Self.grade("""
            Assistant:
            **(b)** It depends on whether the variance is the sample or the population one:

            - sample variance: s² = 10/3 ≈ **3.333**
            - population variance: σ² = 10/4 = **2.5**
            """, ["2b": .real(RealValue(2.5))])
        #expect(verdicts["2b"]?.kind == .unclear, "\(String(describing: verdicts["2b"]))")
    }

    @Test func aSecondOptionThatAlsoFitsIsOffered() {
        let verdicts = Self.grade("""
            Assistant:
            (a) ReLU is not differentiable at 0, where its slope jumps, so (B). Note that (E), the hinge, also has a kink at 1, so (E) also qualifies.
            (b) Only the sigmoid saturates on both sides, so (A).
            """, ["3a": .choice("B"), "3b": .choice("A")])
        #expect(verdicts["3a"]?.kind == .unclear, "\(String(describing: verdicts["3a"]))")
        #expect(verdicts["3b"]?.kind == .correct, "\(String(describing: verdicts["3b"]))")
    }

    @Test func aTestDecisionAnswersAQuestionAboutRejecting() {
        let questions = ["3a": "At level 0.05, do you reject $H_0$? (yes/no)", "3b": "At level 0.01, do you reject $H_0$? (yes/no)",
                         "3c": "Is the sample mean above 10? (yes/no)"]
        let verdicts = SummaryAndListFamilyTests.grade("""
            Assistant:
            (a) p = 0.03 < 0.05, so we reject H₀.
            (b) p = 0.03 > 0.01, so we fail to reject H₀ at this level.
            (c) The mean 9.4 is below 10, so we reject the idea that it is above.
            """, ["3a": .text("yes"), "3b": .text("no"), "3c": .text("no")], questions: questions)
        #expect(verdicts["3a"]?.kind == .correct, "\(String(describing: verdicts["3a"]))")
        #expect(verdicts["3b"]?.kind == .correct, "\(String(describing: verdicts["3b"]))")
        // Where the question asks no decision, "reject" answers nothing.
        #expect(verdicts["3c"]?.kind == .missing, "\(String(describing: verdicts["3c"]))")
    }

    @Test func anAlternativeOnItsOwnLineInParenthesesIsOffered() {
        let verdicts = Self.grade("""
            Assistant:
            (b) Differentiating the squared error:
            dL/dw = 2(w x − t) x
            (or, written with the residual the other way round, 2(t − w x) x).
            """, ["2b": .expression("2*(w*x - t)*x")])
        #expect(verdicts["2b"]?.kind == .unclear, "\(String(describing: verdicts["2b"]))")
    }

    @Test func aLaterTurnAboutAProblemWithoutPartsAnswersItAgain() {
        let verdicts = Self.grade("""
            User: solve problem 4
            Assistant: **Problem 4.** Standardising first is not needed, so the answer is **(A)**.
            User: are you sure about 4?
            Assistant: You're right to ask — I got it wrong. Standardising is the step that matters.
            **Corrected answer: (C)**
            """, ["4": .choice("C")])
        #expect(verdicts["4"]?.kind == .correct, "\(String(describing: verdicts["4"]))")
    }

    @Test func aBoldLabelAfterSoOpensItsPart() {
        let verdicts = Self.grade("""
            Assistant:
            Forward pass: h = relu(2) = 2 and the output is y = 3h, so **(a)** y = 6.
            **(b)** dy/dx = 3 · 1 = 3.
            """, ["1a": .integer(6), "1b": .integer(3)])
        #expect(verdicts["1a"]?.kind == .correct, "\(String(describing: verdicts["1a"]))")
        #expect(verdicts["1b"]?.kind == .correct, "\(String(describing: verdicts["1b"]))")
    }

    @Test func unlabelledTextComputingAPartsNamedQuantityAnswersIt() {
        let verdicts = SummaryAndListFamilyTests.grade("""
            Assistant:
            **Problem 2**
            First the hidden unit: $h = \\tanh(0) = 0$, then $z = 0.5 + 2h = 0.5$, and $L = (z - 1)^2 = 0.25$.
            (b) dL/dz = 2(z − 1) = −1.
            """, ["2a": .real(RealValue(0.25)), "2b": .integer(-1)],
            questions: ["2a": "Compute the loss $L$.", "2b": "Compute $dL/dz$."])
        #expect(verdicts["2a"]?.kind == .correct, "\(String(describing: verdicts["2a"]))")
    }

    @Test func aSummaryLineOfAProblemWithoutPartsIsThatProblems() {
        let verdicts = Self.grade("""
            Assistant:
            **1(a)** 4   **1(b)** 7
            **Problem 2.** The rank is 2.

            Final answers:
            1(a) 4
            1(b) 7
            2 3
            """, ["1a": .integer(4), "1b": .integer(7), "2": .integer(2)])
        #expect(verdicts["1b"]?.kind == .correct, "\(String(describing: verdicts["1b"]))")
        #expect(verdicts["2"]?.kind == .unclear, "\(String(describing: verdicts["2"]))")
    }

    @Test func aLoneNumberIsNoMatrix() {
        let verdicts = Self.grade("""
            Assistant:
            (c) Gram–Schmidt on the columns: r11 = 5, then the remainder has norm 5.
            """, ["3c": .matrix([[5, 5], [0, 5]])])
        #expect(verdicts["3c"]?.kind == .missing, "\(String(describing: verdicts["3c"]))")
    }

    @Test func anAssignmentInInlineCodeIsAnArgument() {
        let verdicts = Self.grade("""
            Assistant:
            **(c)** `h_n`: `(2, 8, 64)` — one slice per layer, since `num_layers=2`.
            """, ["1c": .shape(dimensions: [2, 8, 64], layout: nil)])
        #expect(verdicts["1c"]?.kind == .correct, "\(String(describing: verdicts["1c"]))")
    }

    @Test func aSummaryLineWithSeveralNamedValuesGivesEachItsPart() {
        let verdicts = SummaryAndListFamilyTests.grade("""
            Assistant:
            (a) By Bayes, P(A|B) = 0.12/0.3 = 0.4.
            (b) The posterior mean is 2.5.

            Summary:
            P(A|B) = 0.4, and $V^*$ = 3.5
            """, ["1a": .real(RealValue(0.4)), "1b": .real(RealValue(2.5))],
            questions: ["1a": "Compute $P(A|B)$.", "1b": "Compute the optimal value $V^*$."])
        #expect(verdicts["1a"]?.kind == .correct, "\(String(describing: verdicts["1a"]))")
        #expect(verdicts["1b"]?.kind == .unclear, "\(String(describing: verdicts["1b"]))")
    }

    @Test func logarithmsKeepTheirBase() {
        for written in ["log₂(q/(1 − q))", "log2(q/(1-q))", "\\log_2 \\frac{q}{1-q}", "(1/ln 2) · ln(q/(1 − q))", "\\log_{2}(q) - \\log_2(1-q)"] {
            let value = AnswerGrammar.read(written, expecting: .expression).value
            #expect(value.map { Equivalence.compare($0, .expression("ln(q/(1-q))/ln(2)")).equal } == true, "\(written)")
        }
        // A natural log is no base-2 log, and "log2(x)" is no 2·log(x)... nor log(2)·x.
        #expect(AnswerGrammar.read("ln(q/(1-q))", expecting: .expression).value.map { Equivalence.compare($0, .expression("ln(q/(1-q))/ln(2)")).equal } == false)
        #expect(AnswerGrammar.read("log2(q)", expecting: .expression).value.map { Equivalence.compare($0, .expression("ln(2)*q")).equal } == false)
    }

    @Test func aTruthWordOpeningTheAnswerIsIt() {
        #expect(AnswerGrammar.read("True. Knowing one event gives no information about the other.", expecting: .boolean).value == .boolean(true))
        #expect(AnswerGrammar.read("No — the rank is 2, not 3.", expecting: .boolean).value == .boolean(false))
        // Unless the rest says the other way.
        #expect(AnswerGrammar.read("**False**; but under the other definition it is **True**.", expecting: .boolean).value == nil)
    }

    @Test func aNumberedSummaryListKeepsEachItemsFullLabel() {
        let verdicts = Self.grade("""
            Assistant:
            **2.1 (a)** The hidden state has shape (5, 3, 16).
            **2.1 (b)** 1,088 parameters.

            ### Final answers
            1. 2.1(a): (3, 5, 16)
            2. 2.1(b): 1,088
            3. 2.2: 0.75
            """, ["2.1a": .shape(dimensions: [5, 3, 16], layout: nil), "2.1b": .integer(1088), "2.2": .real(RealValue(0.75))])
        #expect(verdicts["2.1a"]?.kind == .unclear, "\(String(describing: verdicts["2.1a"]))")
        #expect(verdicts["2.1b"]?.kind == .correct, "\(String(describing: verdicts["2.1b"]))")
        #expect(verdicts["2.2"]?.kind == .correct, "\(String(describing: verdicts["2.2"]))")
    }

    @Test func aDottedExerciseNumberIsNotSplitAtItsDot() {
        // Problem 3 and Exercise 2.3 both have a part (a): "2.3(a):" is Exercise 2.3's.
        let verdicts = Self.grade("""
            Assistant:
            **2.3 (a)** The trace is 7.
            **3 (a)** The rank is 2.

            **Summary**

            - 2.3(a): 7
            - 3(a): 1
            """, ["2.3a": .integer(7), "3a": .integer(2)])
        #expect(verdicts["2.3a"]?.kind == .correct, "\(String(describing: verdicts["2.3a"]))")
        #expect(verdicts["3a"]?.kind == .unclear, "\(String(describing: verdicts["3a"]))")
    }
}
