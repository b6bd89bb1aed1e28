import Grade
import Solve
import Testing

/// Families of writing from the seventh round of independent corpora (`dev10/`), each on an
/// example written here: a retyped question whose own condition is the problem's ("… and if
/// the first toss is tails, …?"); a question naming one problem by a word no other problem
/// uses; a second reading opened by "Or," in a reply to several retyped questions; a
/// bracketed matrix written over several lines.
@Suite("Seventh-round families")
struct SeventhRoundFamilyTests {
    static func grade(_ text: String, _ key: [String: Answer], questions: [String: String], stems: [String: String] = [:]) -> [String: Verdict] {
        SummaryAndListFamilyTests.grade(text, key, questions: questions, stems: stems)
    }

    static let coin = (
        questions: [
            "3a": "What is the probability of two heads in two tosses?",
            "3b": "If the first toss is tails, what is the probability that the second toss is heads?",
            "4a": "A fair die is rolled twice. What is the probability that the sum is 7?",
            "4b": "What is the expected value of the larger of the two rolls?",
        ],
        stems: ["3": "A biased coin with P(heads) = 0.3 is tossed twice, independently.", "4": "Dice."],
        key: ["3a": Answer.real(RealValue(0.09)), "3b": .real(RealValue(0.3)), "4a": .real(RealValue(1.0 / 6)), "4b": .real(RealValue(161.0 / 36))]
    )

    @Test func aRetypedQuestionThatRestatesTheProblemsConditionIsAnswered() {
        let verdicts = Self.grade("""
            User: biased coin, P(heads) = 0.3, tossed twice: probability of two heads in two tosses? and if the first toss is tails, what is the chance the second toss is heads?

            Assistant: Two heads: 0.3 × 0.3 = 0.09.

            The tosses are independent, so P(second heads | first tails) = 0.3.
            """, Self.coin.key, questions: Self.coin.questions, stems: Self.coin.stems)
        #expect(verdicts["3a"]?.kind == .correct, "\(String(describing: verdicts["3a"]))")
        #expect(verdicts["3b"]?.kind == .correct, "\(String(describing: verdicts["3b"]))")
    }

    @Test func aConditionWithOtherNumbersAfterTheAnswerIsStillAFollowUp() {
        let verdicts = Self.grade("""
            User: biased coin, P(heads) = 0.3, tossed twice: probability of two heads in two tosses?

            Assistant: Two heads: 0.3 × 0.3 = 0.09.

            User: and if P(heads) were 0.5, what would the probability of two heads be?

            Assistant: Then it is 0.5 × 0.5 = 0.25.
            """, Self.coin.key, questions: Self.coin.questions, stems: Self.coin.stems)
        #expect(verdicts["3a"]?.kind == .correct, "\(String(describing: verdicts["3a"]))")
    }

    @Test func aWordOnlyOneProblemUsesNamesIt() {
        let questions = [
            "1a": "Find the stationary distribution of the chain on states 0 and 1 with P = [[0.9, 0.1], [0.5, 0.5]].",
            "1b": "Is the chain on states 0 and 1 reversible?",
            "2": "What is the period of the chain on {A, B} with transition matrix [[0, 1], [1, 0]]?",
            "3a": "A walk on states 0, 1, 2 is absorbed at 0. Find the absorption probability from 1.",
        ]
        // "chain", "state", 0 and 1 are other problems' words too, by no clear margin; "period" is problem 2's alone.
        let match = QuestionMatch(questions: questions, stems: [:], partIDs: ["1a", "1b", "2", "3a"])
        #expect(match.match("period of the two-state flip chain [[0,1],[1,0]]?")?.problem == "2")
        // A word every problem uses names none.
        #expect(match.match("is it a chain with 2 states?")?.problem != "2")
        let verdicts = Self.grade("""
            User: period of the two-state flip chain [[0,1],[1,0]]?

            Assistant: It alternates A, B, A, B, so returns happen at even times only: the period is 2.
            """, ["1a": .vector([5.0 / 6, 1.0 / 6]), "1b": .text("true"), "2": .integer(2), "3a": .real(RealValue(0.5))], questions: questions)
        #expect(verdicts["2"]?.kind == .correct, "\(String(describing: verdicts["2"]))")
    }

    @Test func anOrReadingInAReplyToSeveralQuestionsStaysWithItsPart() {
        let questions = [
            "2a": "Compute the mean of the sample 2, 4, 9.",
            "2b": "Compute the variance of the sample 2, 4, 9.",
            "3": "Unrelated: how many edges does a tree with 10 nodes have?",
        ]
        let verdicts = Self.grade("""
            User: sample 2, 4, 9 — the mean? and the variance?

            Assistant: Mean: (2 + 4 + 9)/3 = 5.

            Variance with the n − 1 denominator: (9 + 1 + 16)/2 = 13.

            Or, dividing by n instead, the variance is 26/3 ≈ 8.667.
            """, ["2a": .integer(5), "2b": .integer(13), "3": .integer(9)], questions: questions)
        #expect(verdicts["2a"]?.kind == .correct, "\(String(describing: verdicts["2a"]))")
        #expect(verdicts["2b"]?.kind == .unclear, "\(String(describing: verdicts["2b"]))")
    }

    @Test func aBracketedMatrixOverSeveralLinesIsOneAnswer() {
        let verdicts = Self.grade("""
            Assistant:
            (c) The inverse is
            W⁻¹ ≈
            [[0.6667, -0.3333],
             [-0.3333, 0.6667]]
            """, ["1c": .matrix([[2.0 / 3, -1.0 / 3], [-1.0 / 3, 2.0 / 3]])], questions: [:])
        #expect(verdicts["1c"]?.kind == .correct, "\(String(describing: verdicts["1c"]))")
    }

    static let sample = (
        questions: [
            "5a": "Compute the sample mean of the data.",
            "5b": "Compute the median of the data.",
            "5c": "Compute the range (largest minus smallest value) of the data.",
            "6": "How many edges does a tree with 12 nodes have?",
        ],
        stems: ["5": "The data are 3, 8, 4, 1, 9."],
        key: ["5a": Answer.integer(5), "5b": .integer(4), "5c": .integer(8), "6": .integer(11)]
    )

    @Test func aClosingSentenceListingRequestsNamesEachPart() {
        let verdicts = Self.grade("""
            User: data 3, 8, 4, 1, 9. Sample mean, the median, and the range please.

            Assistant: Sorted: 1, 3, 4, 8, 9.

            mean = 25/5 = 5

            median = 4

            range = 9 − 1 = 8
            """, Self.sample.key, questions: Self.sample.questions, stems: Self.sample.stems)
        for id in ["5a", "5b", "5c"] { #expect(verdicts[id]?.kind == .correct, "\(id): \(String(describing: verdicts[id]))") }
    }

    @Test func aTableWhoseRowsNameThePartsSummarisesThem() {
        let verdicts = Self.grade("""
            User: data 3, 8, 4, 1, 9. Sample mean, the median, and the range please.

            Assistant: Here are the three statistics of 1, 3, 4, 8, 9.

            | Quantity | Value |
            |---|---|
            | sample mean | 5 |
            | median | 3 |
            | range | 8 |
            """, Self.sample.key, questions: Self.sample.questions, stems: Self.sample.stems)
        #expect(verdicts["5a"]?.kind == .correct, "\(String(describing: verdicts["5a"]))")
        #expect(verdicts["5b"]?.kind == .incorrect, "\(String(describing: verdicts["5b"]))")
        #expect(verdicts["5c"]?.kind == .correct, "\(String(describing: verdicts["5c"]))")
    }

    @Test func partsATitleAnsweredInTheReplyAreNotTheRestsToShare() {
        let verdicts = Self.grade("""
            User: data 3, 8, 4, 1, 9. what's the sample mean, what's the median, and the range?

            Assistant: **Median.** Sorted, 1, 3, 4, 8, 9: the middle value is **4**.

            **Everything else.** The mean is 25/5 = **5** and the range is 9 − 1 = **8**.
            """, Self.sample.key, questions: Self.sample.questions, stems: Self.sample.stems)
        #expect(verdicts["5b"]?.kind == .correct, "\(String(describing: verdicts["5b"]))")
    }

    @Test func aLaterSentenceOfTheKindExpectedIsTheLinesAnswer() {
        let verdicts = Self.grade("""
            Assistant:
            (a) With stride 2 the padding is $p = 1$. The output of the layer has shape $(16, 14, 14)$.

            (b) Here $\\|b\\| = 3$. The projection of b onto the line is (1, 2, 2).
            """, ["1a": .shape(dimensions: [16, 14, 14], layout: "CHW"), "1b": .vector([1, 2, 2])], questions: [:])
        #expect(verdicts["1a"]?.kind == .correct, "\(String(describing: verdicts["1a"]))")
        #expect(verdicts["1b"]?.kind == .correct, "\(String(describing: verdicts["1b"]))")
    }

    @Test func aNamedResultInInlineMathAfterAColonIsRead() {
        let verdicts = Self.grade("""
            Assistant:
            (a) Pooling halves 14 to 7. Output after the block: $64 \\times 7 \\times 7$.

            (b) The events are independent. Probability of both: $0.06$.
            """, ["1a": .shape(dimensions: [64, 7, 7], layout: "CHW"), "1b": .real(RealValue(0.06))], questions: [:])
        #expect(verdicts["1a"]?.kind == .correct, "\(String(describing: verdicts["1a"]))")
        #expect(verdicts["1b"]?.kind == .correct, "\(String(describing: verdicts["1b"]))")
    }

    @Test func oneNamesComponentsByIndexAreAList() {
        let verdicts = Self.grade("""
            Assistant:
            (a) The characteristic polynomial is μ² − 3μ − 4 = (μ − 4)(μ + 1), so the eigenvalues are μ1 = 4 and μ2 = −1.

            (b) $t^2 - 2t - 8 = 0 \\Rightarrow t_1 = 4,\\ t_2 = -2$.

            (c) The raw dot products are d_1 = 6, d_2 = 2; scaled by √4 they give **s = (3, 1)**.
            """, ["1a": .vector([4, -1]), "1b": .vector([4, -2]), "1c": .vector([3, 1])], questions: [:])
        for id in ["1a", "1b", "1c"] { #expect(verdicts[id]?.kind == .correct, "\(id): \(String(describing: verdicts[id]))") }
    }

    @Test func valuesOfferedSideBySideInNewSentencesAreUnclear() {
        let verdicts = Self.grade("""
            Assistant:
            (a) The kernel is singular, so **(A)**. Although, if the last column were not a combination of the others, it would be **(D)**.

            (b) With replacement the probability is 0.36. So the answer is ≈ 0.36 or ≈ 0.33 depending on whether you replace the ball.

            (c) Stride 1 keeps the size: (8, 16, 16). With stride 2 you'd get (8, 8, 8); I'd go with either (8, 16, 16) or (8, 8, 8) depending on your starter code.
            """, ["1a": .choice("A"), "1b": .real(RealValue(0.36)), "1c": .shape(dimensions: [8, 16, 16], layout: "CHW")], questions: [:])
        for id in ["1a", "1b", "1c"] { #expect(verdicts[id]?.kind == .unclear, "\(id): \(String(describing: verdicts[id]))") }
    }

    @Test func aMatrixBuiltOfTheQuantitiesTheQuestionNamesIsItsAnswer() {
        let verdicts = Self.grade("""
            Assistant:
            **(b)** Class means:

            $$m_1 = \\tfrac12\\big((0,2) + (2,4)\\big) = (1, 3), \\qquad m_2 = \\tfrac12\\big((3,1) + (5,-1)\\big) = (4, 0)$$

            $$
            S = \\begin{bmatrix} 1 & 3 \\\\ 4 & 0 \\end{bmatrix}
            $$
            """, ["2b": .matrix([[1, 3], [4, 0]])],
            questions: ["2b": "Write the two class means as a $2 \\times 2$ matrix whose first row is $m_1$ and second row is $m_2$."])
        #expect(verdicts["2b"]?.kind == .correct, "\(String(describing: verdicts["2b"]))")
    }

    @Test func aValueAfterOrAndItsConditionIsAnotherAnswer() {
        let verdicts = Self.grade("""
            Assistant:
            (c) The update direction is d = −g = (0.4, 1.2), or, if you normalise it first, (0.316, 0.949).

            (d) There are 5 distinct roots, or, when counted with multiplicity, 6.
            """, ["1c": .vector([0.4, 1.2]), "1d": .integer(5)], questions: [:])
        #expect(verdicts["1c"]?.kind == .unclear, "\(String(describing: verdicts["1c"]))")
        #expect(verdicts["1d"]?.kind == .unclear, "\(String(describing: verdicts["1d"]))")
    }
}
