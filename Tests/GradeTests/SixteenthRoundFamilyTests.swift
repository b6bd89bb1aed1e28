import Grade
import Solve
import Testing

/// Families of writing from the sixteenth round of independent corpora (`final33/`), each on an
/// example written here.
@Suite("Sixteenth-round families")
struct SixteenthRoundFamilyTests {
    static func grade(_ text: String, _ key: [String: Answer], questions: [String: String], stems: [String: String] = [:]) -> [String: Verdict] {
        SummaryAndListFamilyTests.grade(text, key, questions: questions, stems: stems)
    }

    @Test func greekNamesWithFusedOrUnicodeIndicesAreReadInFull() {
        let questions = ["2": "Give the marginal effect of x in the model y = θ0 + θ1 x + θ2 x² + u."]
        let key: [String: Answer] = ["2": .expression("theta1 + 2*theta2*x")]
        let right = Self.grade("""
            User: question 2

            Assistant: Differentiating, ∂y/∂x = θ₁ + 2θ₂x.
            """, key, questions: questions)
        #expect(right["2"]?.kind == .correct, "\(String(describing: right["2"]))")
        let latex = Self.grade("""
            User: question 2

            Assistant: The marginal effect is $\\theta_1 + 2\\theta_2 x$.
            """, key, questions: questions)
        #expect(latex["2"]?.kind == .correct, "\(String(describing: latex["2"]))")
        // Reading the whole formula also tells a wrong one apart: not θ₁ alone.
        let wrong = Self.grade("""
            User: question 2

            Assistant: The marginal effect is θ₁ + θ₂x.
            """, key, questions: questions)
        #expect(wrong["2"]?.kind == .incorrect, "\(String(describing: wrong["2"]))")
    }

    @Test func aNumberedListOfStepsPastTheSetsProblemsIsNoProblems() {
        let questions = ["1a": "How many comparisons does insertion sort make on [4, 3, 2, 1]?", "1b": "Is insertion sort stable?",
                         "2": "What is 7 mod 3?", "3": "Give gcd(12, 18)."]
        let key: [String: Answer] = ["1a": .integer(6), "1b": .text("true"), "2": .integer(1), "3": .integer(6)]
        let verdicts = Self.grade("""
            User: Problem 1: insertion sort on [4, 3, 2, 1]. (a) comparisons? (b) stable?

            Assistant: Tracing the passes:

            1. Insert 3: one comparison.
            2. Insert 2: two comparisons.
            3. Insert 1: three comparisons, so 3 steps here.
            4. Done with the outer loop.
            5. Total count below.

            (a) The number of comparisons is 6.

            (b) True: equal keys are never swapped past each other.
            """, key, questions: questions)
        #expect(verdicts["1a"]?.kind == .correct, "\(String(describing: verdicts["1a"]))")
        #expect(verdicts["1b"]?.kind == .correct, "\(String(describing: verdicts["1b"]))")
        #expect(verdicts["3"]?.kind == .missing, "\(String(describing: verdicts["3"]))")
        // A numbered list whose items carry part labels is a summary, not steps.
        let summaryQuestions = ["2.1a": "How many swaps does bubble sort make on [3, 2, 1]?", "2.1b": "Is bubble sort stable?", "2.2": "Give 2^5."]
        let summary = Self.grade("""
            User: exercises 2.1 and 2.2

            Assistant: **2.1(a)** The number of swaps is 3.

            **2.1(b)** True: equal keys are never swapped.

            **2.2** 2^5 = 32.

            Final answers
            1. 2.1(a): 2
            2. 2.1(b): true
            3. 2.2: 32
            """, ["2.1a": .integer(3), "2.1b": .text("true"), "2.2": .integer(32)], questions: summaryQuestions)
        #expect(summary["2.1a"]?.kind == .unclear, "\(String(describing: summary["2.1a"]))")
        #expect(summary["2.2"]?.kind == .correct, "\(String(describing: summary["2.2"]))")
    }

    @Test func aPathAfterTheValueIsNoRelation() {
        let questions = ["2a": "What is the length of the shortest path from u to z?"]
        let verdicts = Self.grade("""
            User: 2a

            Assistant: **(a)** The distance is $d(u, z) = 7$, along $u \\to x \\to y \\to z$.
            """, ["2a": .integer(7)], questions: questions)
        #expect(verdicts["2a"]?.kind == .correct, "\(String(describing: verdicts["2a"]))")
    }

    @Test func aSetAfterACopulaOrAmongOtherRelationsIsTheSet() {
        let questions = ["3b": "Which vertices are on the source side of the minimum cut?"]
        let key: [String: Answer] = ["3b": .text("{s, p, q}")]
        let copula = Self.grade("""
            User: 3b

            Assistant: **(b)** After the last augmentation the reachable part is what matters, so the set is $\\{s, q, p\\}$.
            """, key, questions: questions)
        #expect(copula["3b"]?.kind == .correct, "\(String(describing: copula["3b"]))")
        let among = Self.grade("""
            User: 3b

            Assistant: **(b)** The source side is $S = \\{s, p\\}$, which gives a cut of capacity $4 + 3 = 7$.
            """, key, questions: questions)
        #expect(among["3b"]?.kind == .incorrect, "\(String(describing: among["3b"]))")
    }

    @Test func twoValuesBothAcceptedAreUnclear() {
        let questions = ["3b": "Which vertices are on the source side of a minimum cut?"]
        let verdicts = Self.grade("""
            User: 3b

            Assistant: **(b)** Reachable from s in the residual graph: $S = \\{s, p\\}$. But $S = \\{s, p, q\\}$ also cuts 7 units, so both sets are valid answers here.
            """, ["3b": .text("{s, p, q}")], questions: questions)
        #expect(verdicts["3b"]?.kind == .unclear, "\(String(describing: verdicts["3b"]))")
    }

    @Test func anAnswerInTheBaseUnitOfAPrefixedUnitAskedIsRestated() {
        let questions = ["2a": "How much heat flows out of the rod in one minute? Give your answer in kJ."]
        let verdicts = Self.grade("""
            User: 2a

            Assistant: Q = P·t = 52 W × 60 s = **3120 J**.
            """, ["2a": .real(RealValue(3.12))], questions: questions)
        #expect(verdicts["2a"]?.kind == .correct, "\(String(describing: verdicts["2a"]))")
        let wrong = Self.grade("""
            User: 2a

            Assistant: Q = P·t = 52 W × 6 s = **312 J**.
            """, ["2a": .real(RealValue(3.12))], questions: questions)
        #expect(wrong["2a"]?.kind == .incorrect, "\(String(describing: wrong["2a"]))")
    }

    @Test func aPythonPowerInAKeyIsAPower() {
        let questions = ["4": "Give the fraction of the original amount left after n half-lives."]
        let verdicts = Self.grade("""
            User: 4

            Assistant: Each half-life halves it, so the fraction left is $2^{-n}$.
            """, ["4": .expression("2**(-n)")], questions: questions)
        #expect(verdicts["4"]?.kind == .correct, "\(String(describing: verdicts["4"]))")
    }

    @Test func aNumericInstanceAfterTheFormulaIsNoAnswer() {
        let questions = ["3b": "Derive the efficiency of the Diesel-like cycle in terms of the ratio k."]
        let verdicts = Self.grade("""
            User: 3b

            Assistant: (b) Cancelling the common factor, the efficiency is η = 1 − 1/k².
            With k = 4 this gives about 94%.
            """, ["3b": .expression("1 - 1/k**2")], questions: questions)
        #expect(verdicts["3b"]?.kind == .correct, "\(String(describing: verdicts["3b"]))")
    }

    @Test func anAnswerMarkerInsideAQuestionBackIsNoAnswer() {
        let questions = ["2c": "Derive the steady-state concentration in terms of k and c0."]
        let verdicts = Self.grade("""
            User: 2c

            Assistant: (c) Before I derive it: should the answer be k c0 only, or may I use the rate constants of both steps? Tell me and I will finish it.
            """, ["2c": .expression("k*c0")], questions: questions)
        #expect(verdicts["2c"]?.kind == .missing, "\(String(describing: verdicts["2c"]))")
    }

    @Test func aSecondValueAnInstructorMayInsteadWantIsOffered() {
        let questions = ["5": "Give a 90% confidence interval for the slope."]
        let verdicts = Self.grade("""
            User: 5

            Assistant: With 12 degrees of freedom the interval is 0.80 ± 0.36, i.e. [0.44, 1.16].
            Your course may instead want the z value here: 0.80 ± 0.33, i.e. [0.47, 1.13].
            """, ["5": .vector([0.44, 1.16])], questions: questions)
        #expect(verdicts["5"]?.kind == .unclear, "\(String(describing: verdicts["5"]))")
    }

    @Test func aSubscriptLetterIsNoOption() {
        let questions = ["1c": "Which is the heat pump's COP? (A) 3.0 (B) 4.0 (C) 5.0 (D) 6.0"]
        let verdicts = Self.grade("""
            User: 1c

            Assistant: **(c)** COP_hp = T_H/(T_H − T_C) = 400/100 = 4.0, which is option B.
            """, ["1c": .choice("B")], questions: questions)
        #expect(verdicts["1c"]?.kind == .correct, "\(String(describing: verdicts["1c"]))")
    }
}
