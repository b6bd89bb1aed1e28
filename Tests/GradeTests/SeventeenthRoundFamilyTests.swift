@testable import Grade
import Solve
import Testing

/// Families of writing from the seventeenth round of independent corpora (`final34/`), each on an
/// example written here.
@Suite("Seventeenth-round families")
struct SeventeenthRoundFamilyTests {
    static func grade(_ text: String, _ key: [String: Answer], questions: [String: String], stems: [String: String] = [:]) -> [String: Verdict] {
        SummaryAndListFamilyTests.grade(text, key, questions: questions, stems: stems)
    }

    @Test func aSummaryNamesAnInverseWrittenWithSuperscripts() {
        let questions = ["1a": "Compute $\\det(B^{-1})$.", "1b": "Compute $B^{-1}$."]
        let key: [String: Answer] = ["1a": .real(RealValue(0.25)), "1b": .matrix([[0.5, 0], [0, 0.5]])]
        let verdicts = Self.grade("""
            User: problem 1

            Assistant: (a) det(B⁻¹) = 1/det(B) = 1/4 = 0.25

            (b) B⁻¹ = [[0.5, 0], [0, 0.5]]

            Summary for 1: det(B⁻¹) = 0.25; B⁻¹ = [[0.5, 0.1], [0, 0.5]]
            """, key, questions: questions)
        #expect(verdicts["1a"]?.kind == .correct, "\(String(describing: verdicts["1a"]))")
        // The summary's inverse contradicts the body's.
        #expect(verdicts["1b"]?.kind == .unclear, "\(String(describing: verdicts["1b"]))")
    }

    @Test func aParentheticalIfYouInsteadMeanOffersAnotherValue() {
        let questions = ["2b": "How long is the block in contact with the spring?"]
        let verdicts = Self.grade("""
            User: 2b

            Assistant: b) The period is T = 2π√(m/k) ≈ 0.628 s. (If you instead mean one compression only, the contact time is half that, 0.314 s.)
            """, ["2b": .real(RealValue(0.628))], questions: questions)
        #expect(verdicts["2b"]?.kind == .unclear, "\(String(describing: verdicts["2b"]))")
    }

    @Test func aPrefixedValueAfterANameAndApproximatelyIsRestated() {
        let questions = ["3": "What is the pressure of the gas, in pascals?"]
        let verdicts = Self.grade("""
            User: 3

            Assistant: p = nRT/V, so ✅ **p ≈ 41.6 kPa**
            """, ["3": .integer(41600)], questions: questions)
        #expect(verdicts["3"]?.kind == .correct, "\(String(describing: verdicts["3"]))")
    }

    @Test func aCorrectingReplysLabelledLinesAnswerTheDisputedPart() {
        let questions = ["1a": "Compute the gradient at (0, 0).", "1b": "Take one step with rate 0.5."]
        let key: [String: Answer] = ["1a": .vector([-4, 2]), "1b": .vector([2, -1])]
        let verdicts = Self.grade("""
            User: problem 1 please

            Assistant: **1(a)** ∇g(0, 0) = **(−2, 1)**

            **1(b)** w = (0, 0) − 0.5·(−2, 1) = **(1, −0.5)**

            User: 1(a) — you forgot the factor 2 from the square?

            Assistant: Right, I dropped the chain-rule factor in both components.

            - **1(a)** ∇g(0, 0) = **(−4, 2)**
            - **1(b)** w = (0, 0) − 0.5·(−4, 2) = **(2, −1)**
            """, key, questions: questions)
        #expect(verdicts["1a"]?.kind == .correct, "\(String(describing: verdicts["1a"]))")
        #expect(verdicts["1b"]?.kind == .correct, "\(String(describing: verdicts["1b"]))")
    }

    @Test func aChallengeAboutOnePartComparedWithAnotherIsAboutTheFirst() {
        let questions = ["2a": "P(A)?", "2b": "P(A | B)?", "2c": "P(A | B, C)?"]
        let key: [String: Answer] = ["2a": .real(RealValue(0.3)), "2b": .real(RealValue(0.5)), "2c": .real(RealValue(0.75))]
        let verdicts = Self.grade("""
            User: problem 2

            Assistant: (a) 0.3 (b) 0.5 (c) P(A | B, C) ≈ **0.42**

            User: hmm, for (c) shouldn't it go up? 0.42 is lower than (b)

            Assistant: You're right, I used the wrong likelihood. With both pieces of evidence, P(A | B, C) = 0.06/0.08 = **0.75**.
            """, key, questions: questions)
        #expect(verdicts["2c"]?.kind == .correct, "\(String(describing: verdicts["2c"]))")
        #expect(verdicts["2b"]?.kind == .correct, "\(String(describing: verdicts["2b"]))")
    }

    @Test func aDashedWaitWithdrawsTheAnswerBeforeIt() {
        let questions = ["4": "Which statement is correct? (A) … (B) … (C) …"]
        let verdicts = Self.grade("""
            User: 4

            Assistant: The answer is B — wait, B confuses the sample with the population. So the correct statement is **A**.
            """, ["4": .choice("A")], questions: questions)
        #expect(verdicts["4"]?.kind == .correct, "\(String(describing: verdicts["4"]))")
    }

    @Test func aHedgedRestatementAfterALostFormulaIsTheValue() {
        let questions = ["1b": "Give P(D | +) to three significant figures."]
        let verdicts = Self.grade("""
            User: 1b

            Assistant: (b) By Bayes' rule the posterior is

            i.e. about 23%.
            """, ["1b": .real(RealValue(0.2308))], questions: questions)
        // Two figures where three are asked: read, and wrong.
        #expect(verdicts["1b"]?.kind == .incorrect, "\(String(describing: verdicts["1b"]))")
    }

    @Test func aSecondValueAfterOrAndItsConditionIsOffered() {
        let questions = ["3a": "Give a 90% confidence interval for the mean."]
        let verdicts = Self.grade("""
            User: 3a

            Assistant: **Answer:** (9.18, 10.82) — or, taking t₁₅ = 1.753 as some courses do, (9.12, 10.88).
            """, ["3a": .vector([9.18, 10.82])], questions: questions)
        #expect(verdicts["3a"]?.kind == .unclear, "\(String(describing: verdicts["3a"]))")
    }

    @Test func theDomainAfterAFormulaIsNoPartOfIt() {
        let questions = ["2c": "Find the CDF of X."]
        let verdicts = Self.grade("""
            User: 2c

            Assistant: Integrating the density, $$F(x) = \\frac{x^2}{4}, \\qquad 0 \\le x \\le 2.$$
            """, ["2c": .expression("x^2/4")], questions: questions)
        #expect(verdicts["2c"]?.kind == .correct, "\(String(describing: verdicts["2c"]))")
    }

    @Test func aKeyTheGrammarCannotReadDecidesNothing() {
        let questions = ["5": "Give Φ(x) in terms of the error function."]
        let verdicts = Self.grade("""
            User: 5

            Assistant: Φ(x) = ½(1 + erf(x/√2)).
            """, ["5": .expression("(1 + erf(x/sqrt(2)))/2")], questions: questions)
        #expect(verdicts["5"]?.kind == .ungraded, "\(String(describing: verdicts["5"]))")
    }

    @Test func aKeyNameWithDigitsMatchesItsSubscriptedForm() {
        let questions = ["2": "Give the slope of the fitted curve at x."]
        let verdicts = Self.grade("""
            User: 2

            Assistant: The slope is a₁ + 2a₂x.
            """, ["2": .expression("a1 + 2*a2*x")], questions: questions)
        #expect(verdicts["2"]?.kind == .correct, "\(String(describing: verdicts["2"]))")
    }

    @Test func aPowerIsNoIndexInTheNamesOfQuantities() {
        // "x^2" in the question of 2a and 2c does not make x_2 a name of both: the summary's x₂ is 2a's.
        let questions = ["2a": "Apply Newton's method to f(x) = x^2 - 3 from x_0 = 2. Give x_2 as a fraction.",
                         "2c": "Write the iteration for f(x) = x^2 - a."]
        let verdicts = Self.grade("""
            User: problem 2

            Assistant: (a) x₁ = 7/4, and x₂ = 7/4 − (1/16)/(7/2) = 97/56

            Summary: x₂ ≈ 1.7205
            """, ["2a": .real(RealValue(97.0 / 56, exact: "97/56")), "2c": .expression("(x + a/x)/2")], questions: questions)
        #expect(verdicts["2a"]?.kind == .unclear, "\(String(describing: verdicts["2a"]))")
        #expect(QuantityNames.normalized("x^2") != QuantityNames.normalized("x_2"))
        #expect(QuantityNames.normalized("A^{-1}") == QuantityNames.normalized("A⁻¹"))
        #expect(QuantityNames.normalized("x²") == QuantityNames.normalized("x^{2}"))
    }

    @Test func anAnswerInTheIndexedNameTheQuestionAliasesIsInTheKeysName() {
        let questions = ["3": "Write y_{n+1} for Euler's method on y' = −2y, in terms of y = y_n and h."]
        let verdicts = Self.grade("""
            User: 3

            Assistant: $$y_{n+1} = y_n + h\\,(-2 y_n) = \\frac{y_n}{1}(1 - 2h)$$
            """, ["3": .expression("y*(1 - 2*h)")], questions: questions, stems: ["3": "Euler's method."])
        #expect(verdicts["3"]?.kind == .correct, "\(String(describing: verdicts["3"]))")
    }

    @Test func anExactValueTheResultIsComparedWithIsNoAnswer() {
        let questions = ["2": "Estimate the integral of x³ on [0, 2] with Simpson's rule, n = 2."]
        let verdicts = Self.grade("""
            User: 2

            Assistant: $$S_2 = \\frac{1}{3}[0 + 4 + 8] = 4$$

            The exact integral is 4, so Simpson's rule has no error here; the trapezoid rule would overestimate.
            """, ["2": .integer(4)], questions: questions)
        #expect(verdicts["2"]?.kind == .correct, "\(String(describing: verdicts["2"]))")
        let wrong = Self.grade("""
            User: 2

            Assistant: $$T_2 = \\frac{1}{2}[0 + 2 + 8] = 5$$

            The exact integral is 4, so the trapezoid rule overestimates.
            """, ["2": .integer(4)], questions: questions)
        #expect(wrong["2"]?.kind == .incorrect, "\(String(describing: wrong["2"]))")
    }

    @Test func valuesAssignedToTheQuestionsTupleAreThatTuple() {
        let questions = ["1a": "Find the equilibrium (p*, q*).", "1b": "Find the elasticity."]
        let verdicts = Self.grade("""
            User: 1a

            Assistant: a) 100 − p = 2p − 20 → p* = 40, q* = 60.
            """, ["1a": .vector([40, 60]), "1b": .integer(-1)], questions: questions, stems: ["1": "Demand q = 100 − p, supply q = 2p − 20. (a) Find the equilibrium (p*, q*). (b) Find the elasticity."])
        #expect(verdicts["1a"]?.kind == .correct, "\(String(describing: verdicts["1a"]))")
        // A value that does not end its assignment ("c_1 = 11/5 = 2.2") is no value of the name.
        let fit = Self.grade("""
            User: 2a

            Assistant: **a)** $c_1 = 11/5 = 2.2$ and $c_0 = 4 - 2.2 \\times 1.5 = 0.7$, so $(c_0, c_1) = (0.7, 2.2)$.
            """, ["2a": .vector([0.7, 2.2]), "2b": .integer(1)], questions: ["2a": "Find (c_0, c_1).", "2b": "Give the RSS."],
            stems: ["2": "Fit y = c_0 + c_1 x. a) Find (c_0, c_1). b) Give the RSS."])
        #expect(fit["2a"]?.kind == .correct, "\(String(describing: fit["2a"]))")
    }

    @Test func boldLetterLabelsOnOneLine() {
        let questions = ["2a": "Give p.", "2b": "Give q.", "2c": "True or false: a pure equilibrium exists."]
        let verdicts = Self.grade("""
            User: problem 2

            Assistant: **a)** $p = 0.25$  **b)** $q \\approx 0.667$  **c)** False — no cell is a mutual best response.
            """, ["2a": .real(RealValue(0.25)), "2b": .real(RealValue(2.0 / 3)), "2c": .text("false")], questions: questions)
        #expect(verdicts["2a"]?.kind == .correct, "\(String(describing: verdicts["2a"]))")
        #expect(verdicts["2b"]?.kind == .correct, "\(String(describing: verdicts["2b"]))")
        #expect(verdicts["2c"]?.kind == .correct, "\(String(describing: verdicts["2c"]))")
    }
}
