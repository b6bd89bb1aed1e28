@testable import Grade
import Solve
import Testing

/// Families of summaries, numbered lists, verifications and hand-offs from the fourth round of
/// independent transcripts, each on an example written here.
@Suite("Summary and list families")
struct SummaryAndListFamilyTests {
    /// The verdicts of an inline transcript, by part, with the questions (and stems) a problem set would give.
    static func grade(_ text: String, _ key: [String: Answer], questions: [String: String], stems: [String: String] = [:],
                      tolerances: [String: Double] = [:]) -> [String: Verdict] {
        let ids = key.keys.sorted(by: PartOrder.precedes)
        let match = QuestionMatch(questions: questions, stems: stems, partIDs: ids)
        let verdicts = Grader.grade(transcript: TranscriptReader.fromText(text), expected: key.mapValues { Optional($0) }, partIDs: ids,
                                    tolerances: tolerances, questions: match)
        return Dictionary(uniqueKeysWithValues: verdicts.map { ($0.part, $0) })
    }

    static let entropyQuestions = ["2a": "Compute the entropy $H(X)$ in bits.", "2b": "Compute $H(Y \\mid X)$.", "2c": "Is the code prefix-free?"]

    @Test func aSummaryLineNamingAQuantityIsThatPartsSummary() {
        let text = """
            Assistant:
            **(a)** The four outcomes are equally likely, so H(X) = log₂ 4 = 2 bits.

            **(b)** Given X the outcome of Y is a fair coin half the time: H(Y|X) = 0.5 bits.

            Summary
            • H(X) = 2 bits
            • H(Y|X) = 0.25 bits
            """
        let verdicts = Self.grade(text, ["2a": .integer(2), "2b": .real(RealValue(0.5))], questions: Self.entropyQuestions)
        #expect(verdicts["2a"]?.kind == .correct, "\(String(describing: verdicts["2a"]))")
        #expect(verdicts["2b"]?.kind == .unclear, "\(String(describing: verdicts["2b"]))")
    }

    @Test func quantityNamesAreFormulasNamedByOnePartOnly() {
        let names = QuantityNames(questions: ["1a": "Compute $V_1$.", "1b": "Compute $V^{*}$ and the optimal policy.", "2": "Report $V(s_1)$ and $V_1$ again."])
        #expect(names.entry("- $V^*$ ≈ (3, 4)")?.part == "1b")
        #expect(names.entry("V(s₁) = 2")?.part == "2")
        // V1 is named by two parts; "policy" is a word, not a quantity.
        #expect(names.entry("V1 = (1, 2)") == nil)
        #expect(names.entry("policy: stay") == nil)
    }

    @Test func aConstantFactorMultipliesAMatrixOrAVector() {
        let matrix = AnswerGrammar.read("B^{-1} = \\frac{1}{2}\\begin{bmatrix} 4 & -2 \\\\ -3 & 1 \\end{bmatrix}", expecting: .matrix)
        #expect(matrix.value.map { Equivalence.compare($0, .matrix([[2, -1], [-1.5, 0.5]])).equal } == true)
        let vector = AnswerGrammar.read("u = (1/3)(3, 6, -3)", expecting: .sequence)
        #expect(vector.value.map { Equivalence.compare($0, .vector([1, 2, -1])).equal } == true)
        #expect(AnswerGrammar.read("0.5 · [2, 4]", expecting: .sequence).value.map { Equivalence.compare($0, .vector([1, 2])).equal } == true)
        // A variable before the group is no constant factor.
        #expect(AnswerGrammar.read("x(3, 6)", expecting: .sequence).value.map { Equivalence.compare($0, .vector([1, 2])).equal } != true)
    }

    @Test func aVerificationAfterTheAnswerIsNotTheAnswer() {
        let verdicts = Self.grade("""
            Assistant:
            (c) Swap the diagonal and negate the rest: B⁻¹ = (2 −1; −1 1).
            Verification: B·B⁻¹ = (1 0; 0 1) ✓
            """, ["3c": .matrix([[2, -1], [-1, 1]])], questions: [:])
        #expect(verdicts["3c"]?.kind == .correct, "\(String(describing: verdicts["3c"]))")
    }

    @Test func leavingTheLastStepToTheReaderIsNoAnswer() {
        let verdicts = Self.grade("""
            Assistant:
            (b) The variance of the mean is σ²/n, so the standard error is its root; you can substitute σ = 3 and n = 25 to get the number.
            """, ["1b": .real(RealValue(0.6))], questions: [:])
        #expect(verdicts["1b"]?.kind == .missing, "\(String(describing: verdicts["1b"]))")
        let imperative = Self.grade("""
            Assistant:
            (d) Move against the gradient: θ ← θ − α g. Plug in your g and the current θ = (1, 2); try it yourself and I'll check it.
            """, ["1d": .vector([0.9, 1.7])], questions: [:])
        #expect(imperative["1d"]?.kind == .missing, "\(String(describing: imperative["1d"]))")
    }

    @Test func aNumberedListStandsForLetteredPartsInOrder() {
        let text = """
            User:
            5.2 — ten draws from Bernoulli(p) give 7 ones. (a) MLE of p (b) its standard error (c) a 95% Wald interval
            Assistant:
            **Exercise 5.2**

            1. The likelihood peaks at the sample mean, p̂ = 7/10 = **0.7**
            2. SE = √(p̂(1 − p̂)/n) = √(0.021) ≈ **0.145**
            3. 0.7 ± 1.96 · 0.145 = **(0.416, 0.984)**
            """
        let key: [String: Answer] = ["5.2a": .real(RealValue(0.7)), "5.2b": .real(RealValue(0.1449)), "5.2c": .vector([0.416, 0.984]),
                                     "5.1a": .integer(3)]
        let verdicts = Self.grade(text, key, questions: [:])
        #expect(verdicts["5.2a"]?.kind == .correct, "\(String(describing: verdicts["5.2a"]))")
        #expect(verdicts["5.2b"]?.kind == .correct, "\(String(describing: verdicts["5.2b"]))")
        #expect(verdicts["5.2c"]?.kind == .correct, "\(String(describing: verdicts["5.2c"]))")
        // Steps numbered inside a labelled part stay that part's.
        let steps = Self.grade("""
            Assistant:
            **5.2 (a)**
            1. Write the log-likelihood: 7 log p + 3 log(1 − p).
            2. Set its derivative to zero: p̂ = 0.7.
            """, key, questions: [:])
        #expect(steps["5.2a"]?.kind == .correct)
        #expect(steps["5.2b"]?.kind == .missing)
    }

    @Test func anAlternativeInParenthesesMakesItUnclear() {
        let verdicts = Self.grade("""
            Assistant:
            (b) Each pooling step halves the side, so the output side is 8 (or 4 if the last pooling layer is counted).
            """, ["2b": .integer(8)], questions: [:])
        #expect(verdicts["2b"]?.kind == .unclear, "\(String(describing: verdicts["2b"]))")
        // A remark in parentheses that offers no value leaves the answer alone.
        let remark = Self.grade("""
            Assistant:
            (b) Each pooling step halves the side, so the output side is 8 (or so the docs say).
            """, ["2b": .integer(8)], questions: [:])
        #expect(remark["2b"]?.kind == .correct, "\(String(describing: remark["2b"]))")
    }

    @Test func aSecondBoldValueAfterOrIsAnAlternative() {
        let verdicts = Self.grade("""
            Assistant:
            (c) Weights alone give **12** parameters — or, counting the biases as well, **15**. Both conventions are common.
            """, ["1c": .integer(12)], questions: [:])
        #expect(verdicts["1c"]?.kind == .unclear, "\(String(describing: verdicts["1c"]))")
    }

    @Test func aLetterWithAnIndexIsNoOption() {
        #expect(AnswerGrammar.read("so we reject H0, which is option C", expecting: .choice) == .value(.choice("C")))
        #expect(AnswerGrammar.read("X₁ is larger, so D", expecting: .choice) == .value(.choice("D")))
    }

    @Test func labelledLinesAfterASummaryLeadInALaterTurnAreARecap() {
        let verdicts = Self.grade("""
            Assistant:
            Problem 3
            (a) The mean is 5.
            (b) The sample is too small for the normal approximation, so option C.
            User:
            thanks, and problem 4?
            Assistant:
            Problem 4: the median is 3.

            Final answers so far:
            - 3 (a) 5  (b) D
            - 4: 3
            """, ["3a": .integer(5), "3b": .choice("C"), "4": .integer(3)], questions: [:])
        #expect(verdicts["3a"]?.kind == .correct, "\(String(describing: verdicts["3a"]))")
        #expect(verdicts["3b"]?.kind == .unclear, "\(String(describing: verdicts["3b"]))")
        #expect(verdicts["4"]?.kind == .correct, "\(String(describing: verdicts["4"]))")
    }

    @Test func aQuestionNamingAQuantityPointsAtThePartThatNamesIt() {
        let match = QuestionMatch(
            questions: ["2a": "Estimate the prior P(rain) from the counts.", "2b": "Estimate P(wet | rain) with add-one smoothing.",
                        "2c": "Using the prior from (a), compute the posterior P(rain | wet)."],
            stems: ["2": "Out of 20 days, 8 were rainy; the lawn was wet on 6 of those."], partIDs: ["2a", "2b", "2c"])
        #expect(match.match("20 days 8 rainy, whats P(rain)? and P(wet | rain) with add one smoothing?")?.parts == ["2a", "2b"])
        #expect(match.match("and the posterior P(rain | wet)?")?.parts == ["2c"])
    }

    @Test func aQuestionBackStatesNoValue() {
        let verdicts = Self.grade("""
            Assistant:
            (a) Your paste lost the exponent. Is the kernel (uᵀv + 1)^3 or (uᵀv + 1)^2? Once you tell me I'll evaluate it at uᵀv = 4.
            (b) The norm is √(9 + 16) = 5.
            """, ["3a": .integer(125), "3b": .integer(5)], questions: [:])
        #expect(verdicts["3a"]?.kind == .missing, "\(String(describing: verdicts["3a"]))")
        #expect(verdicts["3b"]?.kind == .correct)
    }

    @Test func aLeadInWhoseResultIsLostLeavesThePartUnanswered() {
        // A chat printed to PDF: the display formula after each lead-in vanished.
        let lost = Self.grade("""
            ChatGPT said:
            (b) Both likelihoods multiply: P(x | spam) = 0.12 and P(x | ham) = 0.03. Normalising,



            so the message is flagged.
            (c) The product has rows (2, 1) and (0, 3):



            """, ["2b": .real(RealValue(0.8)), "2c": .matrix([[2, 1], [0, 3]])], questions: [:])
        #expect(lost["2b"]?.kind == .missing, "\(String(describing: lost["2b"]))")
        // The value on the lead-in's own line is the result.
        #expect(lost["2c"]?.kind == .correct, "\(String(describing: lost["2c"]))")
        // When the value follows the lead-in, it is the answer.
        let kept = Self.grade("""
            ChatGPT said:
            (b) Both likelihoods multiply: P(x | spam) = 0.12 and P(x | ham) = 0.03. Normalising,

            P(spam | x) = 0.12 / 0.15 = 0.8
            """, ["2b": .real(RealValue(0.8))], questions: [:])
        #expect(kept["2b"]?.kind == .correct, "\(String(describing: kept["2b"]))")
    }

    static let regressionQuestions = [
        "5a": "Compute the fitted slope of the regression line.", "5b": "Compute the residual sum of squares.",
        "5c": "Is the intercept significant at the 5% level? Answer true or false.",
    ]

    @Test func aSectionTitleNamingWhatOnePartAsksIsItsLabel() {
        let text = """
            User:
            problem 5 please
            Assistant:
            **Slope.** From the normal equations, β₁ = Sxy/Sxx = 12/8 = 1.5.

            **Residuals.** Summing the squared residuals gives RSS = 2.25.

            **Significance.** The t statistic is 1.2, below the critical value, so this is **False**.
            """
        let verdicts = Self.grade(text, ["5a": .real(RealValue(1.5)), "5b": .real(RealValue(2.25)), "5c": .text("false")], questions: Self.regressionQuestions)
        #expect(verdicts["5a"]?.kind == .correct, "\(String(describing: verdicts["5a"]))")
        #expect(verdicts["5b"]?.kind == .correct, "\(String(describing: verdicts["5b"]))")
        #expect(verdicts["5c"]?.kind == .correct, "\(String(describing: verdicts["5c"]))")
        // A bold answer is no title, and a title every part could claim names none.
        let bold = Self.grade("""
            User:
            problem 5 (c)?
            Assistant:
            **False.** The t statistic is only 1.2.
            """, ["5c": .text("false")], questions: Self.regressionQuestions)
        #expect(bold["5c"]?.kind == .correct, "\(String(describing: bold["5c"]))")
    }

    @Test func nowAndALabelAnnounceTheNextPart() {
        let verdicts = Self.grade("""
            Assistant:
            **(a)** The mean is 4.
            Now **(b)**. Averaging the squared deviations, the variance is 2.5.
            """, ["6a": .integer(4), "6b": .real(RealValue(2.5))], questions: [:])
        #expect(verdicts["6a"]?.kind == .correct, "\(String(describing: verdicts["6a"]))")
        #expect(verdicts["6b"]?.kind == .correct, "\(String(describing: verdicts["6b"]))")
    }

    @Test func whereAFunctionVanishesIsNotItsValue() {
        let verdicts = Self.grade("""
            Assistant:
            (c) Differentiating, f′(x) = 2x − 4.
            This derivative is zero at x = 2, the minimum of f.
            """, ["1c": .expression("2x - 4")], questions: [:])
        #expect(verdicts["1c"]?.kind == .correct, "\(String(describing: verdicts["1c"]))")
    }

    @Test func bracketedRowsOnTheirOwnLinesAreAMatrix() {
        let verdicts = Self.grade("""
            Assistant:
            (a) Multiplying out,

            AB =
            [ 2  1 ]
            [ 0  3 ]
            """, ["7a": .matrix([[2, 1], [0, 3]])], questions: [:])
        #expect(verdicts["7a"]?.kind == .correct, "\(String(describing: verdicts["7a"]))")
    }

    @Test func aRomanLabelWithNoPartOpenBelongsToTheOnlyPartWithThatSubpart() {
        let verdicts = Self.grade("""
            Assistant:
            Problem 4
            (i) The kernel is 7 pixels wide.
            (ii) The stride is 2.
            """, ["4b.i": .integer(7), "4b.ii": .integer(2), "4a": .integer(1)], questions: [:])
        #expect(verdicts["4b.i"]?.kind == .correct, "\(String(describing: verdicts["4b.i"]))")
        #expect(verdicts["4b.ii"]?.kind == .correct, "\(String(describing: verdicts["4b.ii"]))")
    }

    @Test func aSquareSizeWhereOneNumberIsExpectedIsItsSide() {
        #expect(AnswerGrammar.read("so each patch is 7 × 7", expecting: .scalar) == AnswerGrammar.read("7", expecting: .scalar))
        #expect(AnswerGrammar.read("\\(11 \\times 11\\)", expecting: .scalar) == AnswerGrammar.read("11", expecting: .scalar))
        // A product written with a dot, or of two different numbers, is arithmetic.
        #expect(AnswerGrammar.read("7 · 7", expecting: .scalar).value.map { Equivalence.compare($0, .integer(49)).equal } == true)
        #expect(AnswerGrammar.read("3 × 4", expecting: .scalar).value.map { Equivalence.compare($0, .integer(12)).equal } == true)
    }

    @Test func aLaterSentenceThatStatesTheResultAfterAColonIsTheAnswer() {
        let verdicts = Self.grade("""
            Assistant:
            (b) One unit has 4*4 = 16 weights plus a bias = 17. Over 10 units: 170 parameters.
            """, ["2b": .integer(170)], questions: [:])
        #expect(verdicts["2b"]?.kind == .correct, "\(String(describing: verdicts["2b"]))")
    }

    @Test func boldRightAfterALabelIsTheAnswersBold() {
        let verdicts = Self.grade("""
            Assistant:
            Problem 8
            **(a)** **False.** A symmetric matrix can have negative eigenvalues.
            **(b)** **C.** Only option C keeps the norm.
            """, ["8a": .text("false"), "8b": .choice("C")], questions: [:])
        #expect(verdicts["8a"]?.kind == .correct, "\(String(describing: verdicts["8a"]))")
        #expect(verdicts["8b"]?.kind == .correct, "\(String(describing: verdicts["8b"]))")
    }

    @Test func aValueAfterNormalisedToIsTheResult() {
        let verdicts = Self.grade("""
            Assistant:
            (a) The exponentials are e^0, e^1 = 1, 2.718, normalised to (0.269, 0.731).
            """, ["9a": .vector([0.269, 0.731])], questions: [:])
        #expect(verdicts["9a"]?.kind == .correct, "\(String(describing: verdicts["9a"]))")
    }

    @Test func aUserTurnNamingAnotherProblemTooPointsAtNoPart() {
        let verdicts = Self.grade("""
            User:
            Problem 2 please
            Assistant:
            **(a)** The loss is 0.60.
            **(b)** The gradient's first entry is 0.33.
            Problem 3
            **(a)** The output is 12.
            User:
            for 2 you used the wrong class. also my 3a was 12 too
            Assistant:
            You're right: the true class has probability 0.074, so the loss is 2.60.
            """, ["2a": .real(RealValue(2.6)), "2b": .real(RealValue(0.33)), "3a": .integer(12)], questions: [:])
        #expect(verdicts["3a"]?.kind == .correct, "\(String(describing: verdicts["3a"]))")
    }

    @Test func valuesAfterBothVersionsAreOfferedNotChosen() {
        let verdicts = Self.grade("""
            Assistant:
            (c) The sheet does not say whether to penalise the bias, so here are both versions:
              - with the bias penalised: w = (0.5, 1.2)
              - without: w = (0.4, 1.3)
            """, ["4c": .vector([0.5, 1.2])], questions: [:])
        #expect(verdicts["4c"]?.kind == .unclear, "\(String(describing: verdicts["4c"]))")
    }

    @Test func titlesAndQuestionsMeetThroughSynonyms() {
        let match = QuestionMatch(
            questions: ["2a": "Find the eigenvalues of $M$.", "2b": "Compute $\\det N$.", "2c": "Compute $M^{-1}$."],
            stems: ["2": "Matrices, determinants and inverses. Let M and N be as below.", "3": "Let C be the covariance matrix."],
            partIDs: ["2a", "2b", "2c", "3"])
        #expect(match.part(titled: "Inverse of M", in: "2") == "2c")
        #expect(match.part(titled: "Determinant of N", in: "2") == "2b")
        // "det N" names the part that computes det N, though "determinants" is in the problem's title too.
        #expect(match.match("my det N came out as 4, the sheet says -4?? which is it")?.parts == ["2b"])
    }

    @Test func aValueForAnotherReadingOfTheQuestionIsAHedge() {
        let verdicts = Self.grade("""
            Assistant:
            (a) The first component explains 6/7 ≈ 0.857 of the variance. If the question instead means the share of the standard deviation, it is ≈ 0.710.
            """, ["3a": .real(RealValue(6.0 / 7))], questions: [:])
        #expect(verdicts["3a"]?.kind == .unclear, "\(String(describing: verdicts["3a"]))")
    }

    static let factorQuestions = ["2a": "Factor $M = QR$ by Gram–Schmidt. Give $R$.", "2b": "Solve $Mx = b$ for $b = (1, 2)$."]

    @Test func ofSeveralNamedMatricesThePartTakesTheOneItsQuestionNames() {
        let inline = Self.grade("""
            Assistant:
            (a) $$Q = \\begin{pmatrix} 0.6 & -0.8 \\\\ 0.8 & 0.6 \\end{pmatrix}, \\qquad R = \\begin{pmatrix} 5 & 1 \\\\ 0 & 2 \\end{pmatrix}$$
            """, ["2a": .matrix([[5, 1], [0, 2]])], questions: Self.factorQuestions)
        #expect(inline["2a"]?.kind == .correct, "\(String(describing: inline["2a"]))")
        let rows = Self.grade("""
            Assistant:
            (a) Gram–Schmidt on the columns gives

            R =
            | 5 1 |
            | 0 2 |

            Q =
            | 0.6 -0.8 |
            | 0.8 0.6 |
            """, ["2a": .matrix([[5, 1], [0, 2]])], questions: Self.factorQuestions)
        #expect(rows["2a"]?.kind == .correct, "\(String(describing: rows["2a"]))")
    }

    @Test func aTurnAskingTwoThingsWithAndWhatNamesBothParts() {
        let match = QuestionMatch(questions: ["1a": "Compute the inverse of $A$.", "1b": "Compute the condition number of $A$ in the 1-norm."],
                                  stems: [:], partIDs: ["1a", "1b"])
        #expect(match.match("What is A inverse and what is its condition number")?.parts == ["1a", "1b"])
    }

    @Test func aReplySayingWhichPartItCorrectsIsThatPartsAnswer() {
        let verdicts = Self.grade("""
            Assistant:
            Problem 4
            (a) The mean is 3.
            (b) The median is 3 too.
            User:
            hm, are you sure? the data are 1, 2, 4, 5, 9
            Assistant:
            Sorted, the middle value is 4, so the median = 4. That corrects my earlier 3 for 4(b); (a) stands.
            User:
            how would the mean change if the 9 were a 19?
            Assistant:
            It would become 31/5 = 6.2.
            """, ["4a": .real(RealValue(4.2)), "4b": .integer(4)], questions: [:])
        #expect(verdicts["4b"]?.kind == .correct, "\(String(describing: verdicts["4b"]))")
        // The what-if about another setting does not answer 4(a).
        #expect(verdicts["4a"]?.kind == .incorrect, "\(String(describing: verdicts["4a"]))")
        #expect(verdicts["4a"]?.extracted.map { "\($0)" } == "3")
    }

    @Test func aSecondBoldValueAfterAlthoughIsAlsoOffered() {
        let verdicts = Self.grade("""
            Assistant:
            (c) I'd pick **A**, although **D** says the same thing in other words.
            """, ["5c": .choice("A")], questions: [:])
        #expect(verdicts["5c"]?.kind == .unclear, "\(String(describing: verdicts["5c"]))")
    }

    @Test func aSummaryLineNamingAPartsQuantityInWordsIsItsSummary() {
        let verdicts = Self.grade("""
            User:
            problem 5 please
            Assistant:
            **(b)** The residuals are 1 and −1, so the RSS is 2.

            Summary for your notes:
            • residual sum = 4
            """, ["5a": .real(RealValue(1.5)), "5b": .integer(2)], questions: Self.regressionQuestions)
        #expect(verdicts["5b"]?.kind == .unclear, "\(String(describing: verdicts["5b"]))")
    }

    @Test func aRetypedQuestionForOneOfTwoNamedMatricesTakesItsOwn() {
        let match = QuestionMatch(questions: ["2a": "Compute the LU factorisation of $B$ without pivoting. Give $L$.", "2b": "Solve $Bx = c$ for $c = (1, 1)$."],
                                  stems: [:], partIDs: ["2a", "2b"])
        let transcript = TranscriptReader.fromText("""
            User:
            LU of B = [[2, 1], [6, 4]] without pivoting, give L. then solve Bx = c with c = (1, 1)
            Assistant:
            One elimination step with multiplier 3.

            L =
            | 1 0 |
            | 3 1 |

            U =
            | 2 1 |
            | 0 1 |

            Then x = (1.5, -2).
            """)
        let key: [String: Answer?] = ["2a": .matrix([[1, 0], [3, 1]]), "2b": .vector([1.5, -2])]
        let verdicts = Dictionary(uniqueKeysWithValues: Grader.grade(transcript: transcript, expected: key, partIDs: ["2a", "2b"], questions: match).map { ($0.part, $0) })
        #expect(verdicts["2a"]?.kind == .correct, "\(String(describing: verdicts["2a"]))")
        #expect(verdicts["2b"]?.kind == .correct, "\(String(describing: verdicts["2b"]))")
    }

    @Test func aHeadingThatIsAProblemsNumberOpensIt() {
        let verdicts = Self.grade("""
            Assistant:
            ## 1
            The roots are 2 and 5, so the answer is (2, 5).

            ## 2
            **(a)** The slope is 0.5.
            """, ["1": .vector([2, 5]), "2a": .real(RealValue(0.5))], questions: [:])
        #expect(verdicts["1"]?.kind == .correct, "\(String(describing: verdicts["1"]))")
        #expect(verdicts["2a"]?.kind == .correct, "\(String(describing: verdicts["2a"]))")
    }

    @Test func anExerciseNumberBeforeACapitalOpensIt() {
        let verdicts = Self.grade("""
            Assistant:
            2.1 Counting paths on the grid: C(6, 3) = 20 ways.

            2.2 Breadth-first search visits the nodes in layers. Shortest path length: 4.

            2.3 Peeling off sources one at a time, we find them all. That's 6 orderings.
            """, ["2.1": .integer(20), "2.2": .integer(4), "2.3": .integer(6)], questions: [:])
        #expect(verdicts["2.1"]?.kind == .correct, "\(String(describing: verdicts["2.1"]))")
        #expect(verdicts["2.2"]?.kind == .correct, "\(String(describing: verdicts["2.2"]))")
        #expect(verdicts["2.3"]?.kind == .correct, "\(String(describing: verdicts["2.3"]))")
    }

    @Test func aNumberedItemThatOpensWithAListKeepsItsProblem() {
        let verdicts = Self.grade("""
            Here are my answers.

            1. - (a) The mean is **4**
               - (b) The variance is **2**

            2. - (a) The mode is **7**
            """, ["1a": .integer(4), "1b": .integer(2), "2a": .integer(7)], questions: [:])
        #expect(verdicts["1a"]?.kind == .correct, "\(String(describing: verdicts["1a"]))")
        #expect(verdicts["1b"]?.kind == .correct, "\(String(describing: verdicts["1b"]))")
        #expect(verdicts["2a"]?.kind == .correct, "\(String(describing: verdicts["2a"]))")
    }

    @Test func aQuestionBackWithADecimalStatesNoValue() {
        #expect(FinalAnswer.withoutQuestions("Did you mean p = 0.5? Then the loss is 0.69.") == " Then the loss is 0.69.")
        let verdicts = Self.grade("""
            Assistant:
            (b) Is the threshold t = 0.5? Tell me and I'll finish the count.
            """, ["6b": .integer(0)], questions: [:])
        #expect(verdicts["6b"]?.kind == .missing, "\(String(describing: verdicts["6b"]))")
    }
}
