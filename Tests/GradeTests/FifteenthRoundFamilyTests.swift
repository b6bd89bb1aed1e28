import Grade
import Solve
import Testing

/// Families of writing from the fifteenth round of independent corpora (`final32/`), each on an
/// example written here.
@Suite("Fifteenth-round families")
struct FifteenthRoundFamilyTests {
    static func grade(_ text: String, _ key: [String: Answer], questions: [String: String]) -> [String: Verdict] {
        SummaryAndListFamilyTests.grade(text, key, questions: questions)
    }

    @Test func aCheckInParenthesesAfterTheAnswerIsNoAnswer() {
        let questions = ["1b": "How many terms of the series are needed for an error below 0.001?"]
        let verdicts = Self.grade("""
            User: 1b

            Assistant: **(b)** We need 1/(n+1) < 0.001, so n > 999 and

            $$n = 1000$$

            (check: $1/1001 \\approx 9.99 \\times 10^{-4} < 10^{-3}$ ✓)
            """, ["1b": .integer(1000)], questions: questions)
        #expect(verdicts["1b"]?.kind == .correct, "\(String(describing: verdicts["1b"]))")
    }

    @Test func aReferenceValueInAnAsideIsNoAnswer() {
        let questions = ["2a": "Estimate ln 2 with the midpoint rule, n = 2."]
        let verdicts = Self.grade("""
            User: 2a please

            Assistant: **(a)** M₂ = 0.5·(1/1.25 + 1/1.75) ≈ 0.6857 (the exact value is ln 2 ≈ 0.6931, so the error is about 7.4 × 10⁻³).
            """, ["2a": .real(RealValue(0.6857))], questions: questions)
        #expect(verdicts["2a"]?.kind == .correct, "\(String(describing: verdicts["2a"]))")
    }

    @Test func theLimitAnIterateMovesTowardIsNotTheIterate() {
        let questions = ["3": "Give the Gauss–Seidel iterate x^(2)."]
        let verdicts = Self.grade("""
            User: question 3

            Assistant: Starting from zero, the first iterate is (1.5, 0.7) and the second iterate is

            which is already heading toward the exact solution (1, 1).
            """, ["3": .vector([1.1, 0.95])], questions: questions)
        #expect(verdicts["3"]?.kind == .missing, "\(String(describing: verdicts["3"]))")
    }

    @Test func aValueAfterOrUnderItsConditionIsOffered() {
        let questions = ["1a": "Give a 95% confidence interval for the mean.", "1b": "What is 2 + 2?"]
        let verdicts = Self.grade("""
            User: 1a

            Assistant: **(a)** The interval is $(2.1, 3.9)$ — or $(2.3, 3.7)$ if your course uses the z value. Go with your lecturer's convention.
            """, ["1a": .vector([2.1, 3.9]), "1b": .integer(4)], questions: questions)
        #expect(verdicts["1a"]?.kind == .unclear, "\(String(describing: verdicts["1a"]))")
        // "or" inside a plain sentence with no condition offers nothing.
        let plain = Self.grade("""
            User: 1a

            Assistant: **(a)** With five or so observations the t value matters; the interval is $(2.1, 3.9)$.
            """, ["1a": .vector([2.1, 3.9]), "1b": .integer(4)], questions: questions)
        #expect(plain["1a"]?.kind == .correct, "\(String(describing: plain["1a"]))")
    }

    @Test func aTopicHeadingNamingItsProblem() {
        let questions = ["1a": "Compute the mean.", "1b": "Compute the median.", "2": "Solve 2x + 1 = 7."]
        let verdicts = Self.grade("""
            User: all of it

            Assistant: (a) The mean is 4.
            (b) The median is 3.

            Linear equation (question 2):
            2x = 6, so x = 3.
            """, ["1a": .integer(4), "1b": .integer(3), "2": .integer(3)], questions: questions)
        #expect(verdicts["2"]?.kind == .correct, "\(String(describing: verdicts["2"]))")
    }

    @Test func aReplysBareLabelsBelongToTheProblemThatHasThem() {
        let questions = ["1a": "Find P(A).", "1b": "Find P(B).", "2a": "Find the mean.", "2b": "Find the variance.", "2c": "Find the standard deviation.",
                         "3": "Which option is right?"]
        let verdicts = Self.grade("""
            User: do 1, 2 and 3

            Assistant: **1.** (a) 0.2 (b) 0.5
            **2.** (a) 3 (b) 2 (c) 1.41
            **3.** (B)

            User: our notes divide by n−1 for this. does (c) change too?

            Assistant: Right.

            (b) With n − 1 the variance is 2.5.

            (c) The standard deviation is √2.5 ≈ 1.58.
            """, ["1a": .real(RealValue(0.2)), "1b": .real(RealValue(0.5)), "2a": .integer(3), "2b": .real(RealValue(2.5)),
                  "2c": .real(RealValue(1.58)), "3": .choice("B")], questions: questions)
        #expect(verdicts["2b"]?.kind == .correct, "\(String(describing: verdicts["2b"]))")
        #expect(verdicts["2c"]?.kind == .correct, "\(String(describing: verdicts["2c"]))")
        #expect(verdicts["1b"]?.kind == .correct, "\(String(describing: verdicts["1b"]))")
    }

    @Test func anotherCoursesReadingAfterAnAbbreviationIsOffered() {
        let questions = ["4": "Which is the unit of entropy here? (A) nats (B) bits (C) bans (D) hartleys"]
        let verdicts = Self.grade("""
            User: 4

            Assistant: With log base 2 the unit is bits, i.e. **(B)**. Many textbooks use the natural log by default, which gives nats, i.e. **(A)**.
            """, ["4": .choice("B")], questions: questions)
        #expect(verdicts["4"]?.kind == .unclear, "\(String(describing: verdicts["4"]))")
    }

    @Test func aValueAfterAVerbOfArrivingRestatesTheNamedOne() {
        let questions = ["2": "Where does the 900 Hz tone appear after sampling at 1200 Hz?"]
        let verdicts = Self.grade("""
            User: 2

            Assistant: The Nyquist limit is 600 Hz. Answer: the 900 Hz tone appears
            at 300 Hz.
            """, ["2": .integer(300)], questions: questions)
        #expect(verdicts["2"]?.kind == .correct, "\(String(describing: verdicts["2"]))")
    }

    @Test func anExpressionKeyReadInPartIsNoVerdict() {
        let questions = ["3": "Give the marginal effect as a function of x."]
        let verdicts = Self.grade("""
            User: 3

            Assistant: The marginal effect is d = ½(1 + erf(x/√2)).
            """, ["3": .expression("(1 + erf(x/sqrt(2)))/2")], questions: questions)
        #expect(verdicts["3"]?.kind == .ungraded, "\(String(describing: verdicts["3"]))")
        #expect(!Equivalence.readsInFull("b1 + 2*b2*log(x)"))
        #expect(Equivalence.readsInFull("s*(1 - s)"))
        #expect(Equivalence.readsInFull("2*a*b + sqrt(c)"))
        #expect(Equivalence.readsInFull("p_k - y_k"))
        #expect(Equivalence.readsInFull("log2((1-p)/p)"))
    }

    @Test func anArticleAfterAVerbOfChangeLeavesTheSentenceOpen() {
        let questions = ["1b": "By what factor does the stored energy change?"]
        let verdicts = Self.grade("""
            User: 1b

            Assistant: (b) The charge stays fixed while C becomes 3C, so U = Q²/2C falls by a
            factor of 3.
            """, ["1b": .integer(3)], questions: questions)
        #expect(verdicts["1b"]?.kind == .correct, "\(String(describing: verdicts["1b"]))")
        // After another verb an article leads on to another sentence, whose value is not the answer.
        let other = Self.grade("""
            User: 1b

            Assistant: (b) Dividing gives the ratio r = 3. Note that a positive charge keeps the
            field finite even when all x = 0.
            """, ["1b": .integer(3)], questions: questions)
        #expect(other["1b"]?.kind == .correct, "\(String(describing: other["1b"]))")
    }
}
