import Foundation
@testable import Grade
import Solve
import Testing

/// Families of writing from the thirty-fifth round (the development half of `final58/`), each
/// on an example written here.
@Suite("Thirty-fifth-round families")
struct ThirtyFifthRoundFamilyTests {
    static func grade(_ text: String, _ key: [String: Answer], questions: [String: String], stems: [String: String] = [:]) -> [String: Verdict] {
        SummaryAndListFamilyTests.grade(text, key, questions: questions, stems: stems)
    }

    /// "**3.2 (a) and (b).** … the mean is … = 6.5, and the median is 6": a numbered part label
    /// that lists a second part of its problem labels the block for both, each part its own
    /// named value; "3.2(a) and 3.2(b)" the same.
    @Test func aNumberedLabelListingTwoPartsOpensBoth() {
        let key: [String: Answer] = ["3.2a": .real(RealValue(6.5)), "3.2b": .integer(6), "3.2c": .integer(4)]
        let questions = ["3.2a": "Compute the sample mean $\\bar{x}$.", "3.2b": "Compute the median $m$.", "3.2c": "Compute the range."]
        for label in ["**3.2 (a) and (b).**", "**3.2(a) and 3.2(b):**"] {
            let text = """
                User: please do 3.2

                Assistant:
                \(label) The six values sum to 39, so x̄ = 39/6 = 6.5, and sorting them the middle pair gives m = (5 + 7)/2 = 6.

                **3.2 (c).** The range is 9 − 5 = 4.
                """
            let verdicts = Self.grade(text, key, questions: questions)
            #expect(verdicts["3.2a"]?.kind == .correct, "\(label) \(String(describing: verdicts["3.2a"]))")
            #expect(verdicts["3.2b"]?.kind == .correct, "\(label) \(String(describing: verdicts["3.2b"]))")
            #expect(verdicts["3.2c"]?.kind == .correct, "\(label) \(String(describing: verdicts["3.2c"]))")
        }
    }

    /// "hmm, about c) — the rate is per minute, not per hour. you used minutes in d) too": a
    /// challenge that opens by naming its part with a closing bracket only asks about that part;
    /// the reply that corrects it answers it.
    @Test func aChallengeOpeningWithABareBracketLabelAsksThatPart() {
        let key: [String: Answer] = ["1a": .integer(12), "1b": .integer(40), "1c": .real(RealValue(0.5)), "1d": .integer(30)]
        let questions = ["1a": "How many arrivals in total?", "1b": "How long is the window in minutes?",
                         "1c": "What is the arrival rate per minute?", "1d": "How many arrivals in an hour?"]
        let text = """
            User: arrivals question, parts a) to d)

            Assistant:
            a) 12 arrivals.
            b) 40 minutes.
            c) The rate is 12/40 × 60 = 18 per hour.
            d) 0.5 × 60 = 30 arrivals.

            User: hmm, about c) the rate should be per minute, not per hour. you used minutes in d) too

            Assistant: You're right, I converted to hours by mistake. The rate is 12/40 = 0.5 per minute.
            """
        let verdicts = Self.grade(text, key, questions: questions)
        #expect(verdicts["1c"]?.kind == .correct, "\(String(describing: verdicts["1c"]))")
        #expect(verdicts["1d"]?.kind == .correct, "\(String(describing: verdicts["1d"]))")
    }

    /// "for question 3, what would it be if p were 0.6 instead?" after question 3 (a problem
    /// without parts) is answered: a follow-up about it, whose reply does not replace the answer;
    /// a short turn that only names a problem not yet answered still asks it.
    @Test func aWhatIfNamingAnAnsweredProblemIsAFollowUp() {
        let key: [String: Answer] = ["3": .real(RealValue(0.648)), "4": .integer(10)]
        let questions = ["3": "Three independent voters are each right with probability 0.6; what is the probability that the majority is right?",
                         "4": "How many ways are there to choose 2 of 5 models?"]
        let text = """
            User: questions 3 and 4 please

            Assistant:
            **3.** P(at least 2 of 3) = 3(0.6²)(0.4) + 0.6³ = 0.432 + 0.216 = 0.648.

            User: for question 3, what would it be with 5 voters instead of 3?

            Assistant: With five voters you need at least 3 right: 10(0.216)(0.16) + 5(0.1296)(0.4) + 0.07776 ≈ 0.6826.

            User: ok and question 4

            Assistant: C(5, 2) = 10.
            """
        let verdicts = Self.grade(text, key, questions: questions)
        #expect(verdicts["3"]?.kind == .correct, "\(String(describing: verdicts["3"]))")
        #expect(verdicts["4"]?.kind == .correct, "\(String(describing: verdicts["4"]))")
    }

    /// "The probability is 0.75 if draws are with replacement, or 0.7 if they are not": one
    /// quantity, two values each under its own condition, after what they are of: unclear.
    @Test func twoConditionedValuesAfterTheirSubjectAreUnclear() {
        let key: [String: Answer] = ["2a": .real(RealValue(0.75))]
        let questions = ["2a": "What is the probability that the second draw is red?"]
        let text = """
            Assistant:
            (a) P(red) is 0.75 if the first ball goes back (3/4 = 0.75 + 0), or 0.7 if it is kept out — both readings are common.
            """
        let verdicts = Self.grade(text, key, questions: questions)
        #expect(verdicts["2a"]?.kind == .unclear, "\(String(describing: verdicts["2a"]))")
    }

    /// "Two ways to report this, depending on which convention you follow:" then a value in
    /// each bullet: both offered, none chosen.
    @Test func twoWaysOfferedBeforeBulletsAreUnclear() {
        let key: [String: Answer] = ["1b": .real(RealValue(0.25))]
        let questions = ["1b": "What is the weight of a misclassified point after the update?"]
        let text = """
            Assistant:
            **(b)** There are two ways to write this, depending on which convention you follow:
            - normalised: w = 0.25
            - unnormalised: w = 0.2449
            """
        let verdicts = Self.grade(text, key, questions: questions)
        #expect(verdicts["1b"]?.kind == .unclear, "\(String(describing: verdicts["1b"]))")
    }

    /// Counter-examples found in the development corpora: a challenge that opens with a list of
    /// parts ("wait, for (a) and (b) …") or sets two parts against each other ("in (c) you used
    /// … but in (a) …") names no one part by its opening; "has a unique solution modulo 35"
    /// names the modulus, not a value of the quantity.
    @Test func misfiresOfThisRoundsRules() {
        let key: [String: Answer] = ["1a": .integer(4), "1b": .integer(8), "2a": .choice("B"), "2b": .integer(23), "3": .integer(23)]
        let questions = ["1a": "How many edges does one face of the cube have?", "1b": "How many vertices does the cube have?",
                         "2a": "Which theorem applies? (A) Fermat (B) CRT", "2b": "Solve x ≡ 2 (mod 3), x ≡ 3 (mod 5).",
                         "3": "Solve x ≡ 2 (mod 5), x ≡ 2 (mod 7)."]
        let listed = """
            User: problems 1, 2 and 3 please

            Assistant:
            **Problem 1**
            (a) 6 edges.
            (b) 8 vertices.

            **Problem 2**
            (a) The moduli are coprime, so the answer is (B).
            (b) x = 23.

            User: wait, for (a) and (b) weren't we supposed to count one face only?

            Assistant: Good point — that changes (a): one face has 4 edges, not 6, while (b) asks about the whole cube and stays 8.
            """
        let verdicts = Self.grade(listed, key, questions: questions)
        #expect(verdicts["2a"]?.kind == .correct, "\(String(describing: verdicts["2a"]))")
        let modulus = Self.grade("""
            Assistant:
            **3.** The moduli 5 and 7 are coprime, so the system has a unique solution modulo 35.
            """, key, questions: questions)
        #expect(modulus["3"]?.kind == .missing, "\(String(describing: modulus["3"]))")
        let contrasted = """
            User: problem 1 please

            Assistant:
            (a) 4 edges.
            (b) 8 vertices.

            User: hmm, in (b) you counted corners but in (a) you counted sides. which one is it?

            Assistant: Good catch — I mixed the words up: a face has 4 sides, not 6 corners. Redoing (a):
            - (a) 4 edges
            Part (b) was right, so 8 stands.
            """
        let second = Self.grade(contrasted, key, questions: questions)
        #expect(second["1b"]?.kind == .correct, "\(String(describing: second["1b"]))")
    }

    /// "r = √(…) ≈ 2.236 or r = √(…) ≈ 3.162.": the same name given two values by "or", each
    /// after its own chain of relations: unclear.
    @Test func aNameGivenTwoValuesAfterChainsIsUnclear() {
        let key: [String: Answer] = ["2b": .real(RealValue(2.236))]
        let questions = ["2b": "What is the distance r from the origin to P?"]
        let text = """
            Assistant:
            (b) r = √(1 + 4) = √5 ≈ 2.236 or r = √(1 + 9) ≈ 3.162.
            """
        let verdicts = Self.grade(text, key, questions: questions)
        #expect(verdicts["2b"]?.kind == .unclear, "\(String(describing: verdicts["2b"]))")
    }

    /// "True. … the false positive rate …": a term that holds "false" judges nothing; the
    /// verdict is the word that opens the answer.
    @Test func termsHoldingTrueOrFalseAreNoVerdicts() {
        let key: [String: Answer] = ["3": .text("true")]
        let questions = ["3": "True or false: raising the threshold can lower recall."]
        let text = """
            Assistant:
            **3.** True. Raising the threshold turns some true positives into false negatives, so recall = TP/(TP + FN) drops while the false positive rate falls.
            """
        let verdicts = Self.grade(text, key, questions: questions)
        #expect(verdicts["3"]?.kind == .correct, "\(String(describing: verdicts["3"]))")
    }

    /// A PDF print whose summary runs over a page break: the browser's footer (address, page
    /// counter), header (date, and the page title "ChatGPT - …") are furniture, and the list
    /// bullets the text layer gave as a C1 control code are bullets; the summary row that
    /// disagrees with the body leaves the part unclear.
    @Test func aSummaryOverAPageBreakWithControlCodeBullets() {
        let key: [String: Answer] = ["1a": .integer(4), "1b": .text("false")]
        let questions = ["1a": "How many clusters does the elbow suggest?", "1b": "True or false: k-means always finds the global optimum."]
        let text = """
            You said:
            help with 1a and 1b
            ChatGPT said:
            (a) The elbow is at k = 4.
            (b) Lloyd's algorithm only reaches a local optimum, so the statement is false.
            Quick summary
            \u{88} 1(a): 4

            https://chatgpt.com/c/0a1b2c3d-4e5f

            1/2

            \u{0C}3/9/25, 9:47 PM

            ChatGPT - Clustering hw

            \u{88} 1(b): True
            """
        let verdicts = Self.grade(text, key, questions: questions)
        #expect(verdicts["1a"]?.kind == .correct, "\(String(describing: verdicts["1a"]))")
        #expect(verdicts["1b"]?.kind == .unclear, "\(String(describing: verdicts["1b"]))")
    }

    /// Counter-examples from the review of this round's grading rules, written anew: a case
    /// split "two ways to …:" whose conclusion sums it up; "x = … ≈ A or x = … ≈ B; we keep
    /// …, x = B" chooses; "is 0 J when …, and 96 J when …" names two moments; a turn that
    /// agrees on one part and disputes another, or asks for a detail, asks nothing by its
    /// opening label; a problem retyped as "what would it be with …" after a typo is asked anew.
    @Test func reviewedMisfiresOfTheRoundsReview() {
        let key: [String: Answer] = ["1a": .integer(24), "1b": .real(RealValue(3.0)), "1c": .integer(50), "1d": .integer(30)]
        let questions = ["1a": "In how many ways can the four books be shelved with the two maths books together?",
                         "1b": "What is the positive root of x² = 9?", "1c": "What is the kinetic energy when it hits the ground?",
                         "1d": "How many arrivals in an hour?"]
        let text = """
            User: problem 1

            Assistant:
            (a) Glue the maths books into one block: 3 units give 3! = 6 orders. There are two ways to order the maths books inside the block:
            - algebra first: 6 arrangements
            - geometry first: 6 arrangements

            So the total is 6 + 6 = **12**.

            (b) x = −√9 = −3.0 or x = √9 = 3.0; the positive one is x = 3.0.
            (c) The kinetic energy is 0 J when the ball is at the top, and 50 J when it hits the ground.
            (d) 0.5 × 60 = 30 arrivals.

            User: ok for a) I got the same. for d) what rate did you use?

            Assistant: I used 0.5 arrivals per minute, from the 20 arrivals in 40 minutes.
            """
        let verdicts = Self.grade(text, key, questions: questions)
        #expect(verdicts["1a"]?.kind == .incorrect, "\(String(describing: verdicts["1a"]))")
        #expect(verdicts["1b"]?.kind == .correct, "\(String(describing: verdicts["1b"]))")
        #expect(verdicts["1c"]?.kind != .unclear, "\(String(describing: verdicts["1c"]))")
        #expect(verdicts["1d"]?.kind == .correct, "\(String(describing: verdicts["1d"]))")
        let retyped = Self.grade("""
            User: Problem 2: three voters are each right with probability 0.6. What is the probability the majority is right?

            Assistant: P = 3(0.6²)(0.4) + 0.6³ = 0.648.

            User: sorry, I typed problem 2 wrong. what would it be with probability 0.7 instead of 0.6?

            Assistant: With p = 0.7: 3(0.49)(0.3) + 0.343 = 0.784.
            """, ["2": .real(RealValue(0.784))], questions: ["2": "Three voters are each right with probability 0.7. What is the probability the majority is right?"])
        #expect(retyped["2"]?.kind == .correct, "\(String(describing: retyped["2"]))")
    }

    /// From the development half of `final60/`, written anew: "For (b)(i), …" names a sub-part
    /// in prose; "**(b)** Given …" leads into its sub-parts and answers neither; a summary's
    /// "1(b)(ii) 4" and "2: 0.25" name a sub-part and a problem without parts; "Both methods
    /// appear in textbooks" leaves the values before it standing; "±1.5" is two values.
    @Test func subPartsInProseAndSummariesAndBothSigns() {
        let key: [String: Answer] = ["1a": .integer(12), "1b.i": .real(RealValue(0.5)), "1b.ii": .integer(4), "2": .real(RealValue(0.25)),
                                     "3": .real(RealValue(1.5)), "4": .real(RealValue(0.3))]
        let questions = ["1a": "How many arrivals are expected in four hours?", "1b.i": "What is the probability that exactly one falls in the first hour?",
                         "1b.ii": "What is the expected number in the first hour?", "2": "What is the probability of no arrival in the window?",
                         "3": "What is the coordinate of the point on the first axis?", "4": "What is the probability the sample is defective?"]
        let text = """
            Assistant:
            For (a), the rate is 3 per hour, so 4 × 3 = **12**.

            **(b)** Given 8 arrivals in two hours, each falls in the first hour with probability 1/2.

            For (b)(i), the count is Binomial(8, 1/2) — wait, exactly one out of two equally likely slots: **0.5**.

            For (b)(ii), half of the 8: **4**.

            **Problem 2.** e^(−1.386) ≈ 0.25.

            **Problem 3.** z = ±3/2 = ±1.5.

            **Problem 4.** With replacement P = 3/10 = **0.3**; without it P = **0.25**. Both methods appear in textbooks.

            **Summary:** 1(a) 12, 1(b)(i) 0.5, 1(b)(ii) 4, 2: 0.25, 3: ±1.5.
            """
        let verdicts = Self.grade(text, key, questions: questions)
        #expect(verdicts["1a"]?.kind == .correct, "\(String(describing: verdicts["1a"]))")
        #expect(verdicts["1b.i"]?.kind == .correct, "\(String(describing: verdicts["1b.i"]))")
        #expect(verdicts["1b.ii"]?.kind == .correct, "\(String(describing: verdicts["1b.ii"]))")
        #expect(verdicts["2"]?.kind == .correct, "\(String(describing: verdicts["2"]))")
        #expect(verdicts["3"]?.kind == .unclear, "\(String(describing: verdicts["3"]))")
        #expect(verdicts["4"]?.kind == .unclear, "\(String(describing: verdicts["4"]))")
    }

    /// "can you explain (c) a bit more, why …?" after problem 3 (no parts) was answered: a
    /// question why about problem 1's (c), whose reply does not answer problem 3.
    @Test func aQuestionWhyAboutABareLabelOfAnEarlierProblem() {
        let key: [String: Answer] = ["1a": .integer(2), "1c": .integer(60), "3": .real(RealValue(0.14))]
        let questions = ["1a": "How many calls per hour?", "1c": "Expected wait until the 3rd call, in minutes?", "3": "Probability of no large claim?"]
        let text = """
            User: problems 1 and 3

            Assistant:
            **Problem 1**
            (a) 2 per hour.
            (c) Three gaps of 20 minutes: 60.

            **Problem 3**
            P = e^(−2) ≈ 0.14.

            User: can you explain (c) a bit more, why gamma?

            Assistant: The wait is a sum of 3 exponential gaps of mean 20 minutes, so E = 3 × 20 = 60 min.
            """
        let verdicts = Self.grade(text, key, questions: questions)
        #expect(verdicts["3"]?.kind == .correct, "\(String(describing: verdicts["3"]))")
        #expect(verdicts["1c"]?.kind == .correct, "\(String(describing: verdicts["1c"]))")
    }

    /// "… with stride 2: 32. The output shape is **8 × 16 × 16**." where problem 2 has no parts:
    /// a number and a colon inside a sentence is no problem's label (only after a list's comma).
    @Test func aNumberAndColonInsideASentenceIsNoProblemLabel() {
        let key: [String: Answer] = ["1a": .shape(dimensions: [8, 16, 16], layout: "CHW"), "1b": .integer(224), "2": .integer(7)]
        let questions = ["1a": "What is the output shape?", "1b": "How many parameters?", "2": "How many layers?"]
        let text = """
            Assistant:
            ## Problem 1

            **(a)** With padding 1 and stride 2: 16. The output shape is **8 × 16 × 16**.

            **(b)** 3·3·3·8 + 8 = **224**.
            """
        let verdicts = Self.grade(text, key, questions: questions)
        #expect(verdicts["1a"]?.kind == .correct, "\(String(describing: verdicts["1a"]))")
        #expect(verdicts["1b"]?.kind == .correct, "\(String(describing: verdicts["1b"]))")
        #expect(verdicts["2"]?.kind == .missing, "\(String(describing: verdicts["2"]))")
    }
}
