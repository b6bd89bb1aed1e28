import Foundation
@testable import Grade
import Solve
import Testing

/// Families found in the held-out run of `grading/final75` (session 41), each tested on
/// transcripts written for these tests.
@Suite("Grading families, forty-first round")
struct FortyFirstRoundFamilyTests {
    static func grade(_ text: String, _ key: [String: Answer]) -> [String: Verdict] {
        ThirtyNinthRoundFamilyTests.grade(text, key, questions: [:])
    }

    /// "E = mc² … , or mc²/2 if your course …": an expression offered under another convention
    /// beside the plain one, in a terse list of answers as in prose. An equivalent form offered
    /// the same way is the same answer.
    @Test func anExpressionOfferedUnderAnotherConvention() {
        let key: [String: Answer] = ["1": .real(RealValue(2)), "3": .expression("k*x^2/2")]
        let terse = Self.grade("""
            User: springs. 1 period ratio, 3 stored energy. answers only

            Assistant: 1: 2
            3: U = kx²/2, or kx² if your course defines the spring energy without the half
            """, key)
        #expect(terse["3"]?.kind == .unclear, "\(String(describing: terse["3"]))")
        let prose = Self.grade("""
            User: 3. What is the stored energy of the spring?

            Assistant: Integrating the force over the stretch, the stored energy is U = kx²/2 — or kx² if the textbook measures it differently.
            """, key)
        #expect(prose["3"]?.kind == .unclear, "\(String(describing: prose["3"]))")
        let same = Self.grade("""
            User: springs. 1 period ratio, 3 stored energy. answers only

            Assistant: 1: 2
            3: U = kx²/2, or k·x²/2 if your course writes products with a dot
            """, key)
        #expect(same["3"]?.kind == .correct, "\(String(describing: same["3"]))")
    }

    /// "**2/3**. If the vaccine is only 90 % effective, the coverage is **0.74** in that case.":
    /// a later bold value in a sentence that opens with a condition is offered beside the
    /// answer. A sentence that opens with a step of the working ("If we substitute …") is not.
    @Test func aBoldValueInASentenceOpeningWithAConditionIsOffered() {
        let key: [String: Answer] = ["2": .real(RealValue(0.25))]
        let offered = Self.grade("""
            User: 2. What fraction of the tank is left after two half-lives?

            Assistant: **2.** Each half-life halves it, so the fraction left is **0.25**. Assuming a leak that doubles the loss rate, the fraction is **0.0625** instead.
            """, key)
        #expect(offered["2"]?.kind == .unclear, "\(String(describing: offered["2"]))")
        let step = Self.grade("""
            User: 2. What fraction of the tank is left after two half-lives?

            Assistant: **2.** Each half-life halves it, so after one it is **0.5**. If we halve again, the fraction left is **0.25**.
            """, key)
        #expect(step["2"]?.kind == .correct, "\(String(describing: step["2"]))")
    }

    /// "(c ) The perimeter is 4 × 3 = 12.": a PDF text layer spaces an italic letter from its
    /// bracket; the label is still the part's.
    @Test func aLabelWithASpaceInsideItsBracket() {
        let key: [String: Answer] = ["1a": .real(RealValue(3)), "1b": .real(RealValue(9)), "1c": .real(RealValue(12))]
        let verdicts = Self.grade("""
            You said:
            1. (a) side of the square (b) its area (c) its perimeter
            ChatGPT said:
            (a) The side is 3.
            ( b) Squaring the side gives 4.
            (c ) The perimeter is 4 × 3 = 12.
            """, key)
        #expect(verdicts["1b"]?.kind == .incorrect, "\(String(describing: verdicts["1b"]))")
        #expect(verdicts["1c"]?.kind == .correct, "\(String(describing: verdicts["1c"]))")
    }

    /// A reply written in LaTeX heads its problems "\textbf{Problem 2.}" or "\section*{Problem 2}":
    /// the parts under it are that problem's (from `grading/final76`).
    @Test func problemHeadingsWrappedInLaTeXCommands() {
        let key: [String: Answer] = ["1a": .real(RealValue(6)), "2a": .real(RealValue(10)), "2b": .real(RealValue(3))]
        let verdicts = Self.grade("""
            \\textbf{Problem 1.}

            (a) $2 \\times 3 = \\boxed{6}$

            \\section*{Problem 2}

            (a) $4 + 6 = \\boxed{10}$

            (b) $9 / 3 = \\boxed{4}$
            """, key)
        #expect(verdicts["1a"]?.kind == .correct, "\(String(describing: verdicts["1a"]))")
        #expect(verdicts["2a"]?.kind == .correct, "\(String(describing: verdicts["2a"]))")
        #expect(verdicts["2b"]?.kind == .incorrect, "\(String(describing: verdicts["2b"]))")
    }

    /// "Corrected 3.4: **…**" revises the answer of exercise 3.4, a part named by a decimal number
    /// alone.
    @Test func aCorrectionNamingAPartByItsDecimalNumber() {
        let key: [String: Answer] = ["3.3": .real(RealValue(2)), "3.4": .real(RealValue(25))]
        let verdicts = Self.grade("""
            User: 3.3 and 3.4 please

            Assistant: 3.3: 2
            3.4: 20

            User: one of those looks off, and what about the units?

            Assistant: Both are unitless. I also dropped a term earlier. Corrected 3.4: **25**
            """, key)
        #expect(verdicts["3.4"]?.kind == .correct, "\(String(describing: verdicts["3.4"]))")
        #expect(verdicts["3.3"]?.kind == .correct, "\(String(describing: verdicts["3.3"]))")
    }

    /// "For **2.1(c)**: **False** — …": a part named in prose with its problem opens that part,
    /// its answer what follows; "no" before a noun ("with no friction") is no answer of its own,
    /// while "No, …" still is.
    @Test func aProseOpeningNamingItsProblemAndNoBeforeANoun() {
        let key: [String: Answer] = ["2.1b": .real(RealValue(5)), "2.1c": .text("false")]
        let verdicts = Self.grade("""
            User: 2.1 b) speed after 5 s at 1 m/s² from rest? c) T/F momentum is conserved here

            Assistant: For **2.1(b)**: v = at = **5 m/s**.

            For **2.1(c)**: **False** — with no friction the block still feels gravity, so momentum changes; only energy is kept.
            """, key)
        #expect(verdicts["2.1b"]?.kind == .correct, "\(String(describing: verdicts["2.1b"]))")
        #expect(verdicts["2.1c"]?.kind == .correct, "\(String(describing: verdicts["2.1c"]))")
        let answered = Self.grade("""
            User: 2.1 c) T/F momentum is conserved here

            Assistant: 2.1(c): No, energy is conserved but momentum is not.
            """, key)
        #expect(answered["2.1c"]?.kind == .correct, "\(String(describing: answered["2.1c"]))")
    }

    /// The review's counter-examples to this round's rules: a condition that is a step of the
    /// working, a special case offered after "or", "No there isn't …", a bold number in prose.
    @Test func reviewedMisfiresOfThisRoundsRules() {
        let steps = Self.grade("""
            User: Solve problem 1.

            Assistant: **(a)** For one toss, **P(H) = 0.5**. Assuming the tosses are independent, **P(HH) = 0.5 × 0.5 = 0.25**.

            **(c)** After one hour, **0.5** remains. If the same halving happens again, **0.25** remains.
            """, ["1a": .real(RealValue(0.25)), "1c": .real(RealValue(0.25))])
        #expect(steps["1a"]?.kind == .correct, "\(String(describing: steps["1a"]))")
        #expect(steps["1c"]?.kind == .correct, "\(String(describing: steps["1c"]))")
        let special = Self.grade("""
            User: Solve problem 1.

            Assistant: (c) The infected compartment changes as dI/dt = bSI − gI, or dI/dt ≈ −gI when the susceptible pool is exhausted.

            (d) Integrating the acceleration, v = at — or v = v₀ + at if the body does not start from rest.
            """, ["1c": .expression("b*S*I - g*I"), "1d": .expression("a*t")])
        #expect(special["1c"]?.kind == .correct, "\(String(describing: special["1c"]))")
        #expect(special["1d"]?.kind == .correct, "\(String(describing: special["1d"]))")
        let truth = Self.grade("""
            User: Answer problem 1.

            Assistant: (a) No there isn't such a guarantee; it is only true for matrices with nonzero determinant.

            (d) No we can't say that; it is true only for monotone bounded sequences.
            """, ["1a": .text("false"), "1d": .text("false")])
        #expect(truth["1a"]?.kind != .incorrect, "\(String(describing: truth["1a"]))")
        #expect(truth["1d"]?.kind != .incorrect, "\(String(describing: truth["1d"]))")
    }
}
