import Grade
import Solve
import Testing

/// Families of writing from the eleventh round of independent corpora (`final24/`, `dev16/`),
/// each on an example written here.
@Suite("Eleventh-round families")
struct EleventhRoundFamilyTests {
    static func grade(_ text: String, _ key: [String: Answer], questions: [String: String], stems: [String: String] = [:]) -> [String: Verdict] {
        SummaryAndListFamilyTests.grade(text, key, questions: questions, stems: stems)
    }

    static func kinds(_ verdicts: [String: Verdict]) -> String { String(describing: verdicts.mapValues(\.kind)) }

    static let pendulum = [
        "1a": "Find the time the cart takes to cover the track.",
        "1b": "Find the reaction forces $(F_x, F_y, M)$ at the wall.",
        "1c": "Find the span between the supports in metres.",
    ]

    @Test func aPowerOfTenWithoutBracesInsideAFractionKeepsTheFractionsBrace() {
        let verdicts = Self.grade("""
            User: problem 1

            Assistant: (a) $t = \\dfrac{450}{1.5\\times 10^2} = 3.00$ s
            """, ["1a": .real(RealValue(3.0))], questions: Self.pendulum)
        #expect(verdicts["1a"]?.kind == .correct, "\(String(describing: verdicts["1a"]))")
    }

    @Test func aVectorWhoseEntriesCarryCompoundUnitsIsReadWithoutThem() {
        let verdicts = Self.grade("""
            User: problem 1

            Assistant: (b) (F_x, F_y, M) = (4 kN, 3 kN, 12 kN·m)
            """, ["1b": .vector([4, 3, 12])], questions: Self.pendulum)
        #expect(verdicts["1b"]?.kind == .correct, "\(String(describing: verdicts["1b"]))")
    }

    @Test func anAmountStatedWithAHedgeWordAndWhatItIsOfClosesThePart() {
        let verdicts = Self.grade("""
            User: problem 2

            Assistant: (a) M(NaOH) = 22.990 + 15.999 + 1.008 = 39.997 g/mol

            So there are roughly 0.125 mol of sodium hydroxide.
            """, ["2a": .real(RealValue(0.125))], questions: ["2a": "How many moles of NaOH are in 5.00 g?"])
        #expect(verdicts["2a"]?.kind == .correct, "\(String(describing: verdicts["2a"]))")
    }

    @Test func anOptionACopulaStatesWithItsTextIsTheAnswer() {
        let verdicts = Self.grade("""
            User: problem 3

            Assistant: (b) The mean is pulled by the two outliers, the trimmed mean still feels one of them, so on balance the most robust estimator here is C) the sample median.
            """, ["3b": .choice("C")], questions: ["3b": "Which estimator is most robust? A) mean B) trimmed mean C) median"])
        #expect(verdicts["3b"]?.kind == .correct, "\(String(describing: verdicts["3b"]))")
    }

    @Test func aLaterLineOfferingTheCommittedValueBesideAnotherLeavesThePartUnclear() {
        let verdicts = Self.grade("""
            User: problem 1

            Assistant: (c) Between the pin and the roller: L = 5.2 − 2.8 = **2.40 m**
            (Counting the overhang instead, the span is 2.40 m or 2.65 m depending on which support your text measures from.)
            """, ["1c": .real(RealValue(2.4))], questions: Self.pendulum)
        #expect(verdicts["1c"]?.kind == .unclear, "\(String(describing: verdicts["1c"]))")
    }

    @Test func aSecondAnswerConcededUnderAConditionLeavesThePartUnclear() {
        let verdicts = Self.grade("""
            User: problem 4

            Assistant: (a) So the answer is (A) — although if your instructor measures only the waiting time in queue, timber could come out ahead and you might argue for (B).
            """, ["4a": .choice("A")], questions: ["4a": "Which design is cheapest? (A) steel (B) timber (C) concrete"])
        #expect(verdicts["4a"]?.kind == .unclear, "\(String(describing: verdicts["4a"]))")
    }

    @Test func eitherBranchDescribingAndStatingItsValueLeavesThePartUnclear() {
        let verdicts = Self.grade("""
            User: problem 5

            Assistant: (a) That depends on the averaging: either the geometric mean, g ≈ 1.082, or the arithmetic mean, g ≈ 1.100.
            """, ["5a": .real(RealValue(1.082))], questions: ["5a": "What is the average growth factor g per year?"])
        #expect(verdicts["5a"]?.kind == .unclear, "\(String(describing: verdicts["5a"]))")
    }

    @Test func aSentenceOfOneConnectiveEndingThePartLeadsIntoALostResult() {
        let verdicts = Self.grade("""
            User: problem 6

            Assistant:
            (a) x1 = 1.5

            (b) g(1.5) = −0.125 and g′(1.5) = 4.75, the correction being small. Then



            (c) The error roughly squares at each step: quadratic, so (C).
            """, ["6a": .real(RealValue(1.5)), "6b": .real(RealValue(1.526316)), "6c": .choice("C")],
            questions: ["6a": "Compute $x_1$.", "6b": "Compute $x_2$ to six decimals.", "6c": "What is the order of convergence?"])
        #expect(verdicts["6a"]?.kind == .correct, "\(Self.kinds(verdicts))")
        #expect(verdicts["6b"]?.kind == .missing, "\(String(describing: verdicts["6b"]))")
    }

    @Test func symbolItemsOfOneRetypedQuestionAskForEachSymbolsPart() {
        let verdicts = Self.grade("""
            User: euler from t0=0, y1 exactly and y2 to 4 dp? also is the global error O(h) or O(h^2) (A/B)

            Assistant: y1 = 1 + 0.1·1 = 1.1.
            y2 = 1.1 + 0.1·1.21 = 1.2210 (to four decimals).
            Euler's global error is first order, so (A).
            """, ["7a": .real(RealValue(1.1)), "7b": .real(RealValue(1.221)), "7c": .choice("A"), "8a": .integer(1)],
            questions: ["7a": "Compute $y_1$ exactly.", "7b": "Compute $y_2$, rounded to four decimal places.",
                        "7c": "The global error of Euler's method is (A) O(h) (B) O(h^2)",
                        "8a": "From $y_1 = 2$ and $y_2 = 3$ at unit spacing, find the slope."],
            stems: ["7": "Euler's method with step h = 0.1 for y' = y^2, y(0) = 1."])
        #expect(verdicts["7a"]?.kind == .correct, "\(Self.kinds(verdicts))")
        #expect(verdicts["7b"]?.kind == .correct, "\(Self.kinds(verdicts))")
    }

    @Test func aBoldExerciseNumberWithAClosingDotOpensThatExercise() {
        let verdicts = Self.grade("""
            User: exercises 2.2 and 2.3

            Assistant:
            **2.2(a).** The mean is 5.

            **2.2(b).** The median is 7.

            **2.3.** Together they come to 12.
            """, ["2.2a": .integer(5), "2.2b": .integer(7), "2.3": .integer(12)],
            questions: ["2.2a": "Find the mean.", "2.2b": "Find the median.", "2.3": "Find their total."])
        #expect(verdicts["2.2b"]?.kind == .correct, "\(Self.kinds(verdicts))")
        #expect(verdicts["2.3"]?.kind == .correct, "\(Self.kinds(verdicts))")
    }

    @Test func aValueRestatedInTheAskedPrefixedUnitPerMoleIsTheAnswer() {
        let verdicts = Self.grade("""
            User: problem 5

            Assistant: (a) $$\\Delta H = -(3)(4.184)(120) = -1{,}506\\ \\text{J/mol} \\approx -1.51\\ \\text{kJ/mol}$$
            """, ["5a": .real(RealValue(-1.51))], questions: ["5a": "Compute the enthalpy change in kJ/mol (two decimals)."])
        #expect(verdicts["5a"]?.kind == .correct, "\(String(describing: verdicts["5a"]))")
    }

    @Test func aNaughtOnASymbolAsksForTheStandardValuesPart() {
        let verdicts = Self.grade("""
            User: For the reaction at 350 K. What is ΔH°, what is ΔH at 350 K, and what is ΔG at 350 K?

            Assistant: ΔH° = −92.2 kJ/mol.
            With the heat capacities, ΔH(350) = −93.0 kJ/mol.
            And ΔG(350) = −28.1 kJ/mol.
            """, ["6a": .real(RealValue(-92.2)), "6b": .real(RealValue(-93.0)), "6c": .real(RealValue(-28.1))],
            questions: ["6a": "Compute the standard reaction enthalpy $\\Delta H^\\circ$ in kJ/mol.",
                        "6b": "Compute $\\Delta H$ at 350 K in kJ/mol from the heat capacities.",
                        "6c": "Compute $\\Delta G$ at 350 K in kJ/mol."])
        #expect(verdicts["6a"]?.kind == .correct, "\(Self.kinds(verdicts))")
        #expect(verdicts["6b"]?.kind == .correct, "\(Self.kinds(verdicts))")
        #expect(verdicts["6c"]?.kind == .correct, "\(Self.kinds(verdicts))")
    }

    @Test func aLetterMarkedStandardOrAssignedIsNoOption() {
        #expect(AnswerGrammar.read("E°cell = 0.34 − (−0.76) = 1.10 V.", expecting: .choice) == .none)
        #expect(AnswerGrammar.read("so E = 0.25 V", expecting: .choice) == .none)
        #expect(AnswerGrammar.read("so the answer is E.", expecting: .choice) == .value(.choice("E")))
    }

    static let flows = [
        "2a": "Find the maximum flow from s to t.",
        "2b": "Find the maximum flow after the edge a→t is widened to 9.",
        "3": "How many monotone lattice paths cross a 3×3 grid?",
    ]

    @Test func aLineOpeningWithItsValueThenExplainingItKeepsThatValue() {
        let verdicts = Self.grade("""
            User: problems 2 and 3

            Assistant:
            2a) 12 (push a→t = 5 and b→t = 7)
            2b) 12, the bottleneck doesn't move because b→t is still 7.
            """, ["2a": .integer(12), "2b": .integer(14)], questions: Self.flows)
        #expect(verdicts["2a"]?.kind == .correct, "\(Self.kinds(verdicts))")
        #expect(verdicts["2b"]?.kind == .incorrect, "\(String(describing: verdicts["2b"]))")
    }

    @Test func aTraceTablesValueColumnRepeatingAnIdIsNoSummary() {
        let verdicts = Self.grade("""
            User: problems 2 and 3

            Assistant: Bellman–Ford rounds:

            | round | s | a | b | t |
            |---|---|---|---|---|
            | 1 | 0 | 3 | 5 | 9 |
            | 2 | 0 | 3 | 4 | 8 |
            | 3 | 0 | 3 | 4 | 7 |

            ### Problem 3
            Choose the 3 right-steps among 6: C(6,3) = 20.
            """, ["2a": .integer(7), "2b": .integer(9), "3": .integer(20)], questions: Self.flows)
        #expect(verdicts["3"]?.kind == .correct, "\(String(describing: verdicts["3"]))")
    }

    @Test func aPageNumberSetFarRightInAPrintedChatIsNoAnswer() {
        let padding = String(repeating: " ", count: 90)
        let verdicts = Self.grade("""
            User: problem 3

            Assistant: Choose the 3 right-steps among 6,

            so there are 20 paths.

            \(padding)2
            Lattice paths - Claude        https://claude.ai/chat/5d1e0a2b
            """, ["3": .integer(20)], questions: Self.flows)
        #expect(verdicts["3"]?.kind == .correct, "\(String(describing: verdicts["3"]))")
    }

    @Test func anOptionLineEndingAnotherPartsTitledSectionAnswersTheChoicePart() {
        let verdicts = Self.grade("""
            User: Cell with E°(Ag) = 0.80 V and E°(Cu) = 0.34 V. What is E°cell, and what is E at [Ag+] = 0.010 M? Also, if [Ag+] is increased, does E (A) increase or (B) decrease?

            Assistant: E°cell = 0.80 − 0.34 = 0.46 V.
            For the Nernst part, Q = 1/[Ag+]^2 = 10^4, so
            E = 0.46 − (0.05916/2)·4 = 0.342 V.
            Raising [Ag+] lowers Q and therefore raises E, so the answer is (A).
            """, ["8a": .real(RealValue(0.46)), "8b": .real(RealValue(0.342)), "8c": .choice("A")],
            questions: ["8a": "Compute the standard cell potential $E^\\circ_{cell}$ in volts.",
                        "8b": "Use the Nernst equation to find $E_{cell}$ when [Ag+] = 0.010 M.",
                        "8c": "If [Ag+] is increased, $E_{cell}$ (A) increases (B) decreases"],
            stems: ["8": "Consider the galvanic cell Cu | Cu2+ || Ag+ | Ag with E°(Ag) = 0.80 V and E°(Cu) = 0.34 V."])
        #expect(verdicts["8a"]?.kind == .correct, "\(Self.kinds(verdicts))")
        #expect(verdicts["8b"]?.kind == .correct, "\(String(describing: verdicts["8b"]))")
        #expect(verdicts["8c"]?.kind == .correct, "\(Self.kinds(verdicts))")
    }

    @Test func aBareCapitalAVerbGovernsIsANameBesideABracketedOption() {
        #expect(AnswerGrammar.read("the load shifts, which lowers F, so the answer is (C).", expecting: .choice) == .value(.choice("C")))
        #expect(AnswerGrammar.read("I'd pick B, since (A) ignores friction.", expecting: .choice) == .value(.choice("B")))
    }

    @Test func aSubscriptedSequenceNameTellsTheProblemApart() {
        let verdicts = Self.grade("""
            User: newton on (x-1)^2 is linear, what is e_{k+1}/e_k?

            Assistant: At a double root Newton's error halves each step: e_{k+1}/e_k = 1/2.
            """, ["2c": .choice("B"), "3a": .integer(3), "3c": .real(RealValue(0.5))],
            questions: ["2c": "The order of convergence of Newton's method at a simple root is (A) 1 (linear) (B) 2",
                        "3a": "How many secant steps reach the tolerance from $x_0 = 1$?",
                        "3c": "Newton's method on $g(x) = (x-1)^2$ converges only linearly. Find the ratio $e_{k+1}/e_k$, where $e_k = x_k - 1$."])
        #expect(verdicts["3c"]?.kind == .correct, "\(String(describing: verdicts["3c"]))")
    }

    @Test func aLineTitledWithWhatOnlyLaterPartsWriteStartsTheirDerivation() {
        let verdicts = Self.grade("""
            User: problem 5

            Assistant: Forward: ŷ = 2 · 1.5 = 3.
            (a) L = (3 − 1)² = 4
            Backward: ∂L/∂ŷ = 2(ŷ − y) = 4, so ∂L/∂w = 4 · 1.5 = 6.
            (b)(i) ∂L/∂w = 6
            (b)(ii) ∂L/∂b = 4
            """, ["5a": .integer(4), "5b.i": .integer(6), "5b.ii": .integer(4)],
            questions: ["5a": "Forward pass: compute the loss L.", "5b.i": "Backward pass: compute ∂L/∂w.", "5b.ii": "Backward pass: compute ∂L/∂b."])
        #expect(verdicts["5a"]?.kind == .correct, "\(String(describing: verdicts["5a"]))")
        #expect(verdicts["5b.i"]?.kind == .correct, "\(Self.kinds(verdicts))")
    }

    static let liveness = [
        "1a": "How many variables are live immediately after instruction 3?",
        "1b": "What is the maximum number of simultaneously live variables?",
        "1c": "How many edges does the interference graph have?",
        "2a": "What is the spill cost of v?",
        "2b": "Which node does Chaitin's heuristic spill? (A) p (B) q (C) r",
    ]

    @Test func aTurnNamingItsProblemAndListingItsPartsQuestionsSharesTheReply() {
        let verdicts = Self.grade("""
            User: For the program in question 1 (a = ld [x], b = a + 1, c = a * b): how many variables are live after instr 3, what's the max live, and the number of interference edges?

            Assistant: Working backwards:
            - after 3: {b, c} → 2 live variables.
            - Max live: just before instruction 3 you hold a and b, so the peak is 2.
            - Interference edges: a–b, b–c → 2 edges.
            """, ["1a": .integer(2), "1b": .integer(2), "1c": .integer(2), "2a": .integer(30), "2b": .choice("B")], questions: Self.liveness)
        #expect(verdicts["1a"]?.kind == .correct, "\(Self.kinds(verdicts))")
        #expect(verdicts["1b"]?.kind == .correct, "\(Self.kinds(verdicts))")
        #expect(verdicts["1c"]?.kind == .correct, "\(Self.kinds(verdicts))")
    }

    @Test func aPartTheUserSetsAsideIsNotAskedAbout() {
        let verdicts = Self.grade("""
            User: question 2: which node gets spilled with p 20/4, q 9/3, r 30/5? I already did 2(a) myself so skip it.

            Assistant: Ratios are p 5, q 3, r 6. The minimum is q, i.e. option B.
            """, ["1a": .integer(2), "1b": .integer(2), "1c": .integer(2), "2a": .integer(30), "2b": .choice("B")], questions: Self.liveness)
        #expect(verdicts["2a"]?.kind == .missing, "\(String(describing: verdicts["2a"]))")
        #expect(verdicts["2b"]?.kind == .correct, "\(String(describing: verdicts["2b"]))")
    }

    @Test func aRangeConcludingTheLineLeavesThePartUnclear() {
        let verdicts = Self.grade("""
            User: problem 3

            Assistant: (a) With the approximation, pOH ≈ 4.62; exactly, pOH ≈ 4.61. So the pOH is about 4.61–4.62.
            """, ["3a": .real(RealValue(4.61))], questions: ["3a": "Find the pOH of the solution."])
        #expect(verdicts["3a"]?.kind == .unclear, "\(String(describing: verdicts["3a"]))")
    }

    @Test func anAcknowledgementBeforeAProseLabelKeepsTheLabel() {
        let verdicts = Self.grade("""
            User: problem 6 please

            Assistant: (a) v = (0.2, 0.3, 0.5)

            (b) d = 0.4

            User: your v in 6(a) doesn't sum to 1. and shouldn't d in 6(b) be 0.3?

            Assistant: Thanks for spotting that. For 6(a) I dropped the last term; normalising properly:

            v = (0.2, 0.2, 0.6)

            For 6(b), yes: d = 0.3.
            """, ["6a": .vector([0.2, 0.2, 0.6]), "6b": .real(RealValue(0.3))],
            questions: ["6a": "Find the stationary vector v.", "6b": "Find the distance d."])
        #expect(verdicts["6a"]?.kind == .correct, "\(String(describing: verdicts["6a"]))")
        #expect(verdicts["6b"]?.kind == .correct, "\(String(describing: verdicts["6b"]))")
    }

    @Test func aCheckAfterTheResultOnItsLineIsNoAnswer() {
        let verdicts = Self.grade("""
            User: problem 6 please

            Assistant: (a) v = (0.2, 0.2, 0.6) — check: vP = (0.04 + 0.16, 0.2, …) gives v back.
            """, ["6a": .vector([0.2, 0.2, 0.6])], questions: ["6a": "Find the stationary vector v."])
        #expect(verdicts["6a"]?.kind == .correct, "\(String(describing: verdicts["6a"]))")
    }

    static let simplex = [
        "2c.i": "What is the minimum ratio in the ratio test?",
        "2c.ii": "Which variable leaves the basis?",
    ]

    @Test func anIndexedNameAnswerIsTheOneNameTheLineWrites() {
        let key: [String: Answer] = ["2c.i": .integer(4), "2c.ii": .text("s1")]
        let right = Self.grade("User: problem 2\n\nAssistant: (c)(i) The ratios are 8/2 = 4 and 15/3 = 5. The minimum ratio is 4.\n(c)(ii) The minimum is in the first row, so $s_1$ leaves.\n",
                               key, questions: Self.simplex)
        #expect(right["2c.i"]?.kind == .correct, "\(String(describing: right["2c.i"]))")
        #expect(right["2c.ii"]?.kind == .correct, "\(String(describing: right["2c.ii"]))")
        let wrong = Self.grade("User: problem 2\n\nAssistant: (c)(i) 4\n(c)(ii) so s₃ leaves the basis.\n", key, questions: Self.simplex)
        #expect(wrong["2c.ii"]?.kind == .incorrect, "\(String(describing: wrong["2c.ii"]))")
        let both = Self.grade("User: problem 2\n\nAssistant: (c)(i) 4\n(c)(ii) x2 enters and s1 leaves.\n", key, questions: Self.simplex)
        #expect(both["2c.ii"]?.kind != .correct, "\(String(describing: both["2c.ii"]))")
    }

    @Test func unlabelledRowsStatingAValueByApproximationAnswerTheirPartsInOrder() {
        let verdicts = Self.grade("""
            User: problem 7 please

            Assistant:
            ### Q7
            - Posterior: $\\text{Beta}(1+2,\\ 1+4)$, so $(\\alpha,\\beta) = (3, 5)$.
            - Posterior mean: $\\dfrac{3}{8} \\approx 0.375$
            - MAP: $\\dfrac{2}{6} = 0.3333$
            """, ["7a": .vector([3, 5]), "7b": .real(RealValue(0.375)), "7c": .real(RealValue(0.3333))],
            questions: ["7a": "Give the posterior parameters.", "7b": "Give the posterior mean.", "7c": "Give the MAP estimate."])
        #expect(verdicts["7a"]?.kind == .correct, "\(Self.kinds(verdicts))")
        #expect(verdicts["7b"]?.kind == .correct, "\(String(describing: verdicts["7b"]))")
        #expect(verdicts["7c"]?.kind == .correct, "\(Self.kinds(verdicts))")
    }

    @Test func aConcludingSentenceKeepsItsValueBeforeARemarkInParentheses() {
        let verdicts = Self.grade("""
            User: problem 8

            Assistant: (b) The order divides 16, and $3^8 = 6561 = 385\\cdot 17 + 16 \\equiv -1$. So the order of 3 is $\\mathbf{16}$ (3 is a primitive root, so nothing smaller works).
            """, ["8b": .integer(16)], questions: ["8b": "Find the multiplicative order of 3 modulo 17."])
        #expect(verdicts["8b"]?.kind == .correct, "\(String(describing: verdicts["8b"]))")
    }

    @Test func anIntegralLeftToEvaluateAndAnExpectationAreNoAnswer() {
        let verdicts = Self.grade("""
            User: problem 9

            Assistant: (c) There is no closed form I can do by hand, so I'd suggest evaluating

            ∫₀¹ g(x) G(x) dx

            with a quadrature routine. Since B's mean is far higher, so expect a number fairly close to 1.
            """, ["9c": .real(RealValue(0.912))], questions: ["9c": "Compute P(p_B > p_A) to three decimals."])
        #expect(verdicts["9c"]?.kind == .missing, "\(String(describing: verdicts["9c"]))")
    }
}

