import Grade
import Solve
import Testing

/// Families of writing from the tenth round of independent corpora (`final20/`, `dev14/`),
/// each on an example written here.
@Suite("Tenth-round families")
struct TenthRoundFamilyTests {
    static func grade(_ text: String, _ key: [String: Answer], questions: [String: String], stems: [String: String] = [:]) -> [String: Verdict] {
        SummaryAndListFamilyTests.grade(text, key, questions: questions, stems: stems)
    }

    static let optics = [
        "3a": "Find the focal length of the lens.",
        "3b": "Find the image distance for an object 30 cm away.",
        "3c": "Find the magnification.",
    ]

    static func kinds(_ verdicts: [String: Verdict]) -> String { String(describing: verdicts.mapValues(\.kind)) }

    @Test func eitherOrWithAConditionBeforeTheSecondValueLeavesThePartUnclear() {
        let verdicts = Self.grade("""
            User: problem 3 please

            Assistant: (a) 1/f = 1/20 + 1/30, so f = 12 cm.

            (b) Either 60 cm or, if the object distance is measured from the far face, roughly 52 cm — it depends on the convention.
            """, ["3a": .integer(12), "3b": .integer(60)], questions: Self.optics)
        #expect(verdicts["3a"]?.kind == .correct, "\(Self.kinds(verdicts))")
        #expect(verdicts["3b"]?.kind == .unclear, "\(String(describing: verdicts["3b"]))")
    }

    @Test func aShortChallengeNamingABareLabelMakesTheReplyThatPartsCorrection() {
        let verdicts = Self.grade("""
            User: problem 3 please

            Assistant:
            - **(a)** f = **12 cm**
            - **(b)** v = **60 cm**
            - **(c)** m = **−2**

            User: hmm are you sure about (c)? the book says −3

            Assistant: You're right, I mixed up the distances: m = −v/u with v = 60 and u = 20 gives **−3**.
            """, ["3a": .integer(12), "3b": .integer(60), "3c": .integer(-2)], questions: Self.optics)
        #expect(verdicts["3b"]?.kind == .correct, "\(Self.kinds(verdicts))")
        #expect(verdicts["3c"]?.kind == .incorrect, "\(String(describing: verdicts["3c"]))")
    }

    @Test func whatAnObserverMeasuresClosesThePart() {
        let verdicts = Self.grade("""
            User: problem 4

            Assistant: (a) The source recedes, so the frequency drops:
            f' = f · v/(v + v_s)
            The microphone registers 412.3 Hz.
            """, ["4a": .real(RealValue(412.3))], questions: ["4a": "What frequency does the microphone record?"])
        #expect(verdicts["4a"]?.kind == .correct, "\(Self.kinds(verdicts))")
    }

    @Test func aRemarkSentenceInParenthesesAfterTheValueIsNoPartOfIt() {
        let verdicts = Self.grade("""
            User: problem 5

            Assistant: (a) Solving x² − 5x + 6 = 0 gives x ∈ {2, 3}, so the stable one is $x = 2$. (Consistent with $|f'(2)| < 1$, so $x < 3$.)
            """, ["5a": .integer(2)], questions: ["5a": "Find the stable fixed point."])
        #expect(verdicts["5a"]?.kind == .correct, "\(Self.kinds(verdicts))")
    }

    @Test func twoFractionsOfferedUnderAConditionLeaveThePartUnclear() {
        let verdicts = Self.grade("""
            User: problem 6

            Assistant: (a) $P = \\tfrac{3}{8}$, unless the first toss is not counted, in which case it is $\\tfrac12$ — so $\\tfrac38$ or $\\tfrac12$ depending on the convention.
            """, ["6a": Answer(try! Rational(3, 8))], questions: ["6a": "Find the probability."])
        #expect(verdicts["6a"]?.kind == .unclear, "\(Self.kinds(verdicts))")
    }

    @Test func aPointOfExpansionIsNoResult() {
        let verdicts = Self.grade("""
            User: problem 7

            Assistant: (a) The generating function is G(s) = 1/(1 − s/3)², and the probability we want is the coefficient of $s^3$ in its Taylor series around $s = 0$.
            """, ["7a": Answer(try! Rational(4, 27))], questions: ["7a": "Find P(N = 3)."])
        #expect(verdicts["7a"]?.kind == .missing, "\(String(describing: verdicts["7a"]))")
    }

    @Test func aSecondValueBeforeADashEndsItsClause() {
        let verdicts = Self.grade("""
            User: problem 8

            Assistant: (a) The fixed points solve p = p²: so p = 0 or p = 1 — both satisfy g(p) = p.
            """, ["8a": .integer(0)], questions: ["8a": "Find the probability p."])
        #expect(verdicts["8a"]?.kind == .unclear, "\(Self.kinds(verdicts))")
    }

    @Test func soForAPartNamedWithItsProblemOpensThatPart() {
        let verdicts = Self.grade("""
            User: problem 2.1

            Assistant: (a) The mean is 4.

            (b) The variance is 9.

            User: are you sure about the mean?

            Assistant: The mean is fine: the values are symmetric about 4. But I squared twice in the other part.

            So for 2.1(b): Var = 4.
            """, ["2.1a": .integer(4), "2.1b": .integer(4)],
            questions: ["2.1a": "Find the mean.", "2.1b": "Find the variance."])
        #expect(verdicts["2.1a"]?.kind == .correct, "\(Self.kinds(verdicts))")
        #expect(verdicts["2.1b"]?.kind == .correct, "\(String(describing: verdicts["2.1b"]))")
    }

    @Test func aQuantityNamedAsAReasonIsNotTheOneAskedAbout() {
        let match = QuestionMatch(
            questions: ["4a": "Find the expected waiting time W.", "4b": "Find the utilization of the server."],
            stems: [:], partIDs: ["4a", "4b"])
        #expect(match.match("isn't the utilization too high since the expected waiting time is so short?")?.parts == ["4b"])
        #expect(match.match("shouldn't the waiting time be longer because the utilization is 0.9?")?.parts == ["4a"])
    }
}
