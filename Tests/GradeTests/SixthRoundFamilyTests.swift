@testable import Grade
import Solve
import Testing

/// Families of writing from the sixth round of independent corpora (`final10/`, `dev8/`), each
/// on an example written here: values offered under another assumption ("In practice …",
/// "Without momentum …", "(If you meant …, it's … instead.)", "If the question means …");
/// one unknown's values in a display formula or in bold; a reply to a disputed value; transposes
/// as names; an option that opens its line; a part's own numbered steps; a label alone on its
/// line; a conclusion's value before a remark on it.
@Suite("Sixth-round families")
struct SixthRoundFamilyTests {
    static func grade(_ text: String, _ key: [String: Answer], questions: [String: String] = [:]) -> [String: Verdict] {
        SummaryAndListFamilyTests.grade(text, key, questions: questions)
    }

    @Test func aMoreRealisticValueInTheNextSentenceIsUnclear() {
        let verdicts = Self.grade("""
            Assistant:
            (b) Treating the pumps as independent, P(both fail) = 0.02 × 0.03 = 0.0006. In reality the failures share a power supply, so ≈ 0.004 is a more realistic figure.
            """, ["2b": .real(RealValue(0.0006))])
        #expect(verdicts["2b"]?.kind == .unclear, "\(String(describing: verdicts["2b"]))")
    }

    @Test func aValueWithoutTheAssumptionAfterABoldAnswerIsUnclear() {
        let verdicts = Self.grade("""
            Assistant:
            **(d)** With momentum the second step moves the weight by **0.35**.

            Without momentum the step is only **0.25**, and that is what most graders look for.
            """, ["3d": .real(RealValue(0.35))])
        #expect(verdicts["3d"]?.kind == .unclear, "\(String(describing: verdicts["3d"]))")
        // "Without replacement" that states the answer itself, after a step, is no alternative.
        let plain = Self.grade("""
            Assistant:
            **(c)** P(first ball red) = 0.5.

            Without replacement, both balls are red with probability **0.2**.
            """, ["1c": .real(RealValue(0.2))])
        #expect(plain["1c"]?.kind == .correct, "\(String(describing: plain["1c"]))")
    }

    @Test func aParentheticalOtherReadingWithADecimalIsUnclear() {
        let verdicts = Self.grade("""
            Assistant:
            (c) The RMS value is 1/√2 ≈ 0.7071. (If you meant the peak-to-peak value, it's 2.0 instead.)
            """, ["4c": .real(RealValue(0.7071))])
        #expect(verdicts["4c"]?.kind == .unclear, "\(String(describing: verdicts["4c"]))")
    }

    @Test func aParagraphForAnotherReadingOfTheQuestionIsUnclear() {
        let verdicts = Self.grade("""
            Assistant:
            (b) **True** — conditioning never increases entropy.

            If you mean the entropy given one particular outcome y, though, H(X | Y = y) can exceed H(X), so the statement would be **False** for that reading.
            """, ["2b": .text("true")])
        #expect(verdicts["2b"]?.kind == .unclear, "\(String(describing: verdicts["2b"]))")
    }

    @Test func oneUnknownsValuesInADisplayFormulaOrInBoldAreAList() {
        let display = Self.grade("""
            Assistant:
            **(a)** Setting the derivative to zero gives

            $$x_1 = 3, \\quad x_2 = -1.$$
            """, ["1a": .vector([3, -1])])
        #expect(display["1a"]?.kind == .correct, "\(String(describing: display["1a"]))")
        let bold = Self.grade("""
            Assistant:
            **(b)** The roots of r² − 2.5r + 1 are r₁ = **0.5**, r₂ = **2**.
            """, ["1b": .vector([0.5, 2])])
        #expect(bold["1b"]?.kind == .correct, "\(String(describing: bold["1b"]))")
    }

    @Test func aReplyToADisputedValueAnswersThePartThatGaveIt() {
        let verdicts = Self.grade("""
            Assistant:
            **(a)** The sample mean is **4.5**.

            **(b)** The variance is Σ(x − 4.5)²/4 = **3.1**

            Want me to do (c) too?

            User:
            where does the 3.1 come from? I get 2.25

            Assistant:
            You're right, I divided the wrong sum. The variance is **2.25**.
            """, ["1a": .real(RealValue(4.5)), "1b": .real(RealValue(2.25))])
        #expect(verdicts["1a"]?.kind == .correct, "\(String(describing: verdicts["1a"]))")
        #expect(verdicts["1b"]?.kind == .correct, "\(String(describing: verdicts["1b"]))")
    }

    @Test func aTransposeIsOneNameHoweverItIsWritten() {
        let questions = ["2a": "Write the data matrix $A$ with one row per sample and compute $A^\\top A$."]
        for written in ["A'A", "AᵀA", "A^T A"] {
            let verdicts = Self.grade("""
                Assistant:
                **(a)** A = [[1, 2], [3, 4], [5, 6]], and

                \(written) = [[35, 44], [44, 56]]
                """, ["2a": .matrix([[35, 44], [44, 56]])], questions: questions)
            #expect(verdicts["2a"]?.kind == .correct, "\(written): \(String(describing: verdicts["2a"]))")
        }
        #expect(QuantityNames.names(in: "compute X^⊤X.").contains("XTX"))
        #expect(QuantityNames.normalized("f'(x)") == "f'(x)")
    }

    @Test func anOptionThatOpensItsLineIsTheChoice() {
        let verdicts = Self.grade("""
            Assistant:
            1(c) d) consistent, but its standard error is understated under autocorrelation
            1(d) (A) — the Durbin–Watson statistic near 2 means no first-order autocorrelation
            """, ["1c": .choice("D"), "1d": .choice("A")])
        #expect(verdicts["1c"]?.kind == .correct, "\(String(describing: verdicts["1c"]))")
        #expect(verdicts["1d"]?.kind == .correct, "\(String(describing: verdicts["1d"]))")
    }

    @Test func aNumberedListAPartsLeadInOpensIsItsSteps() {
        let verdicts = Self.grade("""
            Assistant:
            ## Q1

            **a.** The mean code length needs the tree first.

            **b.** Building the tree:
            1. Join e (0.05) and d (0.15) into 0.2
            2. Join c (0.2) and that node into 0.4
            3. Join b (0.25) and a (0.35) into 0.6

            The average length is **2.25 bits**.
            """, ["1a": .real(RealValue(2.2)), "1b": .real(RealValue(2.25)), "2": .integer(7), "3": .integer(9)])
        #expect(verdicts["1b"]?.kind == .correct, "\(String(describing: verdicts["1b"]))")
        #expect(verdicts["2"]?.kind == .missing, "\(String(describing: verdicts["2"]))")
        #expect(verdicts["3"]?.kind == .missing, "\(String(describing: verdicts["3"]))")
    }

    @Test func aLetterLabelAloneOnItsLineOpensThePart() {
        let verdicts = Self.grade("""
            Assistant:
            ### Q2 — Channels

            **a.**
            C = 1 − H(0.2)
              = **0.278 bits**

            **b.** No.
            """, ["2a": .real(RealValue(0.278)), "2b": .text("false")])
        #expect(verdicts["2a"]?.kind == .correct, "\(String(describing: verdicts["2a"]))")
    }

    @Test func aConclusionsValueBeforeARemarkOnItIsTheAnswer() {
        let verdicts = Self.grade("""
            Assistant:
            Q4(b): Averaging the three runs, giving a mean latency of 12.4 ms, which is well under the 20 ms budget the spec sets.
            """, ["4b": .real(RealValue(12.4))])
        #expect(verdicts["4b"]?.kind == .correct, "\(String(describing: verdicts["4b"]))")
    }

    @Test func aBoldProblemNumberAfterALaterPartOpensTheProblem() {
        let verdicts = Self.grade("""
            Assistant:
            **1(a)** The stationary distribution is (0.4, 0.6).

            **1(b)** True, the chain is aperiodic.

            **2** Solving (I − 0.8P)v = r gives v = (3.5, 2.5), so v(s₂) = 2.5.
            """, ["1a": .vector([0.4, 0.6]), "1b": .text("true"), "2": .real(RealValue(2.5))])
        #expect(verdicts["1b"]?.kind == .correct, "\(String(describing: verdicts["1b"]))")
        #expect(verdicts["2"]?.kind == .correct, "\(String(describing: verdicts["2"]))")
    }

    @Test func namedValuesInAnInlineRecapAreSummaries() {
        let questions = ["3a": "Find the constant $k$.", "3b": "Find $E[Y]$.", "3c": "Find $\\operatorname{Var}(Y)$."]
        let verdicts = Self.grade("""
            Assistant:
            (a) k = 2.
            (b) E[Y] = 2/3.
            (c) Var(Y) = 1/18.

            All together: k = 2, E[Y] = 2/3, and Var(Y) = 1/9.
            """, ["3a": .integer(2), "3b": .real(RealValue(2.0 / 3.0)), "3c": .real(RealValue(1.0 / 18.0))], questions: questions)
        #expect(verdicts["3b"]?.kind == .correct, "\(String(describing: verdicts["3b"]))")
        #expect(verdicts["3c"]?.kind == .unclear, "\(String(describing: verdicts["3c"]))")
    }

    @Test func aValueForTheOtherCaseAfterASemicolonIsUnclear() {
        let verdicts = Self.grade("""
            Assistant:
            (b) If the 2 ms setup is paid once, the total is 2 + 50 × 0.4 = 22 ms; otherwise it is 50 × 2.4 = 120 ms.
            """, ["2b": .integer(22)])
        #expect(verdicts["2b"]?.kind == .unclear, "\(String(describing: verdicts["2b"]))")
    }

    @Test func aPlainValueForAnotherReadingAfterABoldAnswerIsUnclear() {
        let verdicts = Self.grade("""
            Assistant:
            **(c)** The degrees of freedom come to **df = 17** — but if your course uses the conservative rule, 9.
            """, ["4c": .integer(17)])
        #expect(verdicts["4c"]?.kind == .unclear, "\(String(describing: verdicts["4c"]))")
    }

    @Test func aTupleWrittenWithItsComponentsNamesIsAList() {
        let slashes = Self.grade("""
            Assistant:
            **(a)** Page number / offset = 20 / 12
            """, ["1a": .vector([20, 12])])
        #expect(slashes["1a"]?.kind == .correct, "\(String(describing: slashes["1a"]))")
        let words = Self.grade("""
            Assistant:
            **(a)** So the split is: sign 1, exponent 8, mantissa 23.
            """, ["1a": .vector([1, 8, 23])])
        #expect(words["1a"]?.kind == .correct, "\(String(describing: words["1a"]))")
        // Fewer names than values: a division, not a tuple.
        #expect(FinalAnswer.namedTuple("rate = 20 / 12 / 2") == nil)
    }

    @Test func aHypotheticalAskedWithANewProblemSetsOnlyItsPartAside() {
        let verdicts = Self.grade("""
            User:
            Problem 1: (a) mean of 2, 4, 9 (b) median of 2, 4, 9

            Assistant:
            (a) The mean is 5.
            (b) The median is 4.

            User:
            thanks. Problem 2: (a) range of 2, 4, 9. also for 1a what would the mean be if the 9 were a 12?

            Assistant:
            (a) The range is 9 − 2 = 7.

            For 1(a) with a 12 instead: the mean would be 6.
            """, ["1a": .integer(5), "1b": .integer(4), "2a": .integer(7)])
        #expect(verdicts["1a"]?.kind == .correct, "\(String(describing: verdicts["1a"]))")
        #expect(verdicts["2a"]?.kind == .correct, "\(String(describing: verdicts["2a"]))")
    }

    @Test func numbersAfterAClauseOfWordsAreNoValuesOffered() {
        let verdicts = Self.grade("""
            Assistant:
            (b) Power ≈ 0.6513. That is low because the test rejects only with 7 or 8 successes.
            """, ["1b": .real(RealValue(0.6513))])
        #expect(verdicts["1b"]?.kind == .correct, "\(String(describing: verdicts["1b"]))")
    }

    @Test func anIntervalReadsAsAPair() {
        #expect(AnswerGrammar.read("$$4.02 \\le \\mu \\le 5.98$$", expecting: .sequence).value?.answer == .vector([4.02, 5.98]))
        #expect(AnswerGrammar.read("= 5.0 ± 0.98", expecting: .sequence).value.map { Equivalence.compare($0, .vector([4.02, 5.98])).equal } == true)
        #expect(AnswerGrammar.read("3 < x < 7", expecting: .sequence).value?.answer == .vector([3, 7]))
    }

    @Test func correctedAnswersForANamedProblemGoToItsParts() {
        let verdicts = Self.grade("""
            Assistant:
            Problem 1
            (a) 12
            (b) 30

            User:
            I think (a) should use the discount. Also problem 2: (a) 2 + 2?

            Assistant:
            You're right, the second payment is discounted.

            Corrected answers for Problem 1:
            - (a) 10.8
            - (b) 30

            Problem 2
            (a) 4
            """, ["1a": .real(RealValue(10.8)), "1b": .integer(30), "2a": .integer(4)])
        #expect(verdicts["1a"]?.kind == .correct, "\(String(describing: verdicts["1a"]))")
        #expect(verdicts["2a"]?.kind == .correct, "\(String(describing: verdicts["2a"]))")
    }

    @Test func anOtherReadingInAMiddleSentenceIsUnclear() {
        let verdicts = Self.grade("""
            Assistant:
            (c) It depends on the model. If both draws share one unknown rate, P(two successes) = E[θ²] = 0.3. If instead you plug in θ̂ = 0.5, P(two successes) = 0.25. Courses differ here.
            """, ["1c": .real(RealValue(0.3))])
        #expect(verdicts["1c"]?.kind == .unclear, "\(String(describing: verdicts["1c"]))")
    }

    @Test func theNameRepeatedAfterOrStillOffersTwoValues() {
        let verdicts = Self.grade("""
            Assistant:
            (b) So x₂ = 1.35 or x₂ = 1.5 depending on whether the step is damped.
            """, ["3b": .real(RealValue(1.35))])
        #expect(verdicts["3b"]?.kind == .unclear, "\(String(describing: verdicts["3b"]))")
    }

    @Test func aQuickReferenceLineOfDottedStretchesIsASummary() {
        let verdicts = Self.grade("""
            Assistant:
            **(a)** The kernel has 3 · 3 · 8 = **72** weights.

            **(b)** With biases the layer has **80** parameters.

            ### Quick reference

            1(a) 72 · 1(b) 80 · 2: 0.35
            """, ["1a": .integer(72), "1b": .integer(80), "2": .real(RealValue(0.25))])
        #expect(verdicts["1a"]?.kind == .correct, "\(String(describing: verdicts["1a"]))")
        #expect(verdicts["1b"]?.kind == .correct, "\(String(describing: verdicts["1b"]))")
        #expect(verdicts["2"]?.kind == .incorrect, "\(String(describing: verdicts["2"]))")
    }

    @Test func aProblemNumberAloneOverLabelledPartsOpensTheProblem() {
        let verdicts = Self.grade("""
            Assistant:
            Short answers below.

            2.1
            a) rank = 2
            b) nullity = 1

            2.2
            a) trace = 9
            """, ["2.1a": .integer(2), "2.1b": .integer(1), "2.2a": .integer(9)])
        #expect(verdicts["2.1a"]?.kind == .correct, "\(String(describing: verdicts["2.1a"]))")
        #expect(verdicts["2.1b"]?.kind == .correct, "\(String(describing: verdicts["2.1b"]))")
        #expect(verdicts["2.2a"]?.kind == .correct, "\(String(describing: verdicts["2.2a"]))")
    }

    @Test func aValueBesideAQuestionBackIsTheQuestionsData() {
        let verdicts = Self.grade("""
            Assistant:
            **(c)** I only see the mean μ = 4.5 in your message, not the standard deviation. Could you tell me what σ is?
            """, ["1c": .real(RealValue(0.31))])
        #expect(verdicts["1c"]?.kind == .missing, "\(String(describing: verdicts["1c"]))")
    }

    @Test func aLatexTransposeWithASpaceIsOneName() {
        let questions = ["3c": "Compute $X^\\top X$."]
        let verdicts = Self.grade("""
            Assistant:
            **(c)** $X^\\top X = \\begin{bmatrix}3 & 3\\\\ 3 & 5\\end{bmatrix}$, $\\quad X^\\top y = \\begin{bmatrix}6\\\\ 11\\end{bmatrix}$
            """, ["3c": .matrix([[3, 3], [3, 5]])], questions: questions)
        #expect(verdicts["3c"]?.kind == .correct, "\(String(describing: verdicts["3c"]))")
    }

    @Test func anotherConventionInParenthesesIsUnclear() {
        let verdicts = Self.grade("""
            Assistant:
            **(b)** The kurtosis is 3.0. (Many textbooks instead quote the excess kurtosis, κ − 3 = 0.0 — use whichever your course uses.)
            """, ["2b": .real(RealValue(3.0))])
        #expect(verdicts["2b"]?.kind == .unclear, "\(String(describing: verdicts["2b"]))")
    }

    @Test func aBoldNumberOpeningTheLineIsItsLabel() {
        let verdicts = Self.grade("""
            User:
            Problem 3: batch {2, 4}, gamma = 3, output for input 4?

            Assistant:
            **3.** $\\mu = 3$, $\\sigma = 1$, so $y = 3 \\cdot 1 + 0.5 = 3.5$.
            """, ["3": .real(RealValue(3.5))])
        #expect(verdicts["3"]?.kind == .correct, "\(String(describing: verdicts["3"]))")
    }

    @Test func eitherOfferedAfterABoxIsUnclear() {
        let verdicts = Self.grade("""
            Assistant:
            **c)** $H = 1 - 0.5 = \\boxed{\\tfrac{1}{2}}$. Some courses normalise it by the maximum, giving 1. So the answer is either $\\tfrac{1}{2}$ or $1$ depending on the convention.
            """, ["2c": .real(RealValue(0.5))])
        #expect(verdicts["2c"]?.kind == .unclear, "\(String(describing: verdicts["2c"]))")
    }

    @Test func aPlainTitleAfterAPartsResultEndsThePart() {
        let verdicts = Self.grade("""
            Assistant:
            a) y = 0.8

            Gradient steps

            - ∂L/∂y = y − t = −0.2
            - ∂L/∂w = −0.2 · 3 = −0.6

            b) ∂L/∂w = −0.6
            """, ["1a": .real(RealValue(0.8)), "1b": .real(RealValue(-0.6))])
        #expect(verdicts["1a"]?.kind == .correct, "\(String(describing: verdicts["1a"]))")
        #expect(verdicts["1b"]?.kind == .correct, "\(String(describing: verdicts["1b"]))")
    }

    @Test func aListNumberBeforeALetterLabelIsTheLists() {
        let verdicts = Self.grade("""
            Assistant:
            **Problem 1**

            1. (a) The mean is 2.5.
            2. (b) The variance is 1.25.
            """, ["1a": .real(RealValue(2.5)), "1b": .real(RealValue(1.25)), "2a": .integer(3)])
        #expect(verdicts["1a"]?.kind == .correct, "\(String(describing: verdicts["1a"]))")
        #expect(verdicts["1b"]?.kind == .correct, "\(String(describing: verdicts["1b"]))")
        #expect(verdicts["2a"]?.kind == .missing, "\(String(describing: verdicts["2a"]))")
    }
}
