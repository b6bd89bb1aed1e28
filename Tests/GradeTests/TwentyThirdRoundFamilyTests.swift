@testable import Grade
import Solve
import Testing

/// Families of writing from the twenty-third round of independent corpora (`final41/`), each
/// on an example written here.
@Suite("Twenty-third-round families")
struct TwentyThirdRoundFamilyTests {
    static func grade(_ text: String, _ key: [String: Answer], questions: [String: String], stems: [String: String] = [:],
                      tolerances: [String: Double] = [:]) -> [String: Verdict] {
        SummaryAndListFamilyTests.grade(text, key, questions: questions, stems: stems, tolerances: tolerances)
    }

    @Test func aSecondValueAfterOrWithItsOwnQualifierLeavesThePartUnclear() {
        let questions = ["1b": "Find the peak pressure in the pipe."]
        let verdicts = Self.grade("""
            User: problem 1

            Assistant: **(b)** So p = 310 kPa for a slow valve closure, or 480 kPa as the instantaneous limit.
            """, ["1b": .integer(310)], questions: questions)
        #expect(verdicts["1b"]?.kind == .unclear, "\(String(describing: verdicts["1b"]))")
    }

    @Test func aValueTimesThePowerOfTenAskedIsTheNumberAlone() {
        let questions = ["2a": "Compute the polar moment J, in units of $10^{4}$ mm^4."]
        let key: [String: Answer] = ["2a": .real(RealValue(9.82))]
        for answer in ["J = 98{,}175\\ \\text{mm}^4 \\approx 9.82 \\times 10^4\\ \\text{mm}^4", "J = 9.82 × 10⁴ mm⁴", "J = 9.82 × 10 4 mm 4"] {
            let verdicts = Self.grade("User: problem 2\n\nAssistant: **(a)** \(answer)\n", key, questions: questions, tolerances: ["2a": 0.005])
            #expect(verdicts["2a"]?.kind == .correct, "\(answer): \(String(describing: verdicts["2a"]))")
        }
        #expect(AskedScale.power(in: "Give the stiffness in 10⁻³ N/m.") == -3)
        #expect(AskedScale.power(in: "Give the stiffness in N/m.") == nil)
        // Another power, or none, is left as written.
        #expect(AskedScale.removing(4, from: "J = 9.82 × 10^5 mm^4") == "J = 9.82 × 10^5 mm^4")
    }

    @Test func lettersOfTheKeyBesideABraceOrASuperscriptAreAProduct() {
        let questions = ["3": "Derive the tip deflection of a cantilever under an end load P."]
        for answer in ["$$\\delta = \\frac{PL^3}{3EI}$$", "δ = PL³/(3EI)", "So the tip deflection is δ = PL 3 /(3EI)."] {
            let verdicts = Self.grade("User: problem 3\n\nAssistant: \(answer)\n", ["3": .expression("P*L^3/(3*E*I)")], questions: questions)
            #expect(verdicts["3"]?.kind == .correct, "\(answer): \(String(describing: verdicts["3"]))")
        }
        #expect(JuxtaposedLetters.raisingFlattenedPowers("v = qa 2 /(2k)", letters: ["q", "a", "k"]) == "v = qa^2 /(2k)")
        // A number after a space that starts a new term is no power.
        #expect(JuxtaposedLetters.raisingFlattenedPowers("area = a 2.5 m", letters: ["a"]) == "area = a 2.5 m")
    }

    @Test func aPointTheFormulaBelowIsTakenAtIsNoAnswer() {
        let questions = ["4b": "Derive the slope at the free end in terms of w, L, E and I."]
        let verdicts = Self.grade("""
            User: problem 4

            Assistant: **(b)** Integrating once gives the slope everywhere. Evaluating at x = L:

            $$\\theta = \\frac{wL^3}{6EI}$$
            """, ["4b": .expression("w*L^3/(6*E*I)")], questions: questions)
        #expect(verdicts["4b"]?.kind == .correct, "\(String(describing: verdicts["4b"]))")
    }

    @Test func theOtherQuantitysValueIsNotTheAnswer() {
        let questions = ["1a": "Find the tension T_1 in the left cable, in N."]
        let verdicts = Self.grade("""
            User: problem 1

            Assistant: (a) Resolving vertically at the ring: T 1 = 340 N
            and by symmetry of the angles the other tension is 510 N.
            """, ["1a": .integer(340)], questions: questions)
        #expect(verdicts["1a"]?.kind == .correct, "\(String(describing: verdicts["1a"]))")
    }

    @Test func aBulletedSummaryLineOfAProblemWithoutPartsIsThatProblems() {
        let questions = ["2b": "Find the yield stress in MPa.", "3": "Which material is stiffest? (A) steel (B) brass (C) aluminium"]
        let verdicts = Self.grade("""
            User: problems 2 and 3

            Assistant: Question 2
            (b) σ_y = 250 MPa

            Question 3
            Steel has the largest modulus. Answer: (A)

            Summary
            • 2(b): 250 MPa
            • 3: A
            """, ["2b": .integer(250), "3": .choice("A")], questions: questions)
        #expect(verdicts["2b"]?.kind == .correct, "\(String(describing: verdicts["2b"]))")
        #expect(verdicts["3"]?.kind == .correct, "\(String(describing: verdicts["3"]))")
    }

    @Test func aLineSettingAnotherProblemAsideAnswersNeither() {
        let questions = ["2c": "Find the orbital period in hours.", "3": "Find the period of the outer orbit in hours."]
        let verdicts = Self.grade("""
            Q1: now problem 2, part (c): the period of the orbit in hours

            A1: **(c)** T = 2π√(a³/μ) ≈ **1.52 h**

            _(I'll do Q3 on my own, it comes out near 2.5 h.)_
            """, ["2c": .real(RealValue(1.52)), "3": .real(RealValue(2.61))], questions: questions, tolerances: ["2c": 0.005])
        #expect(verdicts["2c"]?.kind == .correct, "\(String(describing: verdicts["2c"]))")
        #expect(verdicts["3"]?.kind == .missing, "\(String(describing: verdicts["3"]))")
        #expect(PartAttribution.namedProblemNumber(in: "(I did Q4 myself)") == "4")
    }

    @Test func aValueRestatedInTheAskedUnitInBoldIsTheAnswer() {
        let questions = ["2a": "Find the escape speed, in km/s, to one decimal place."]
        let verdicts = Self.grade("""
            User: problem 2

            Assistant: **(a)** $$v = \\sqrt{2\\mu/r} = 11{,}186\\ \\text{m/s} \\approx \\mathbf{11.2\\ km/s}$$
            """, ["2a": .real(RealValue(11.186))], questions: questions, tolerances: ["2a": 0.05])
        #expect(verdicts["2a"]?.kind == .correct, "\(String(describing: verdicts["2a"]))")
    }

    @Test func anEquivalentRouteGivingAnotherValueLeavesThePartUnclear() {
        let questions = ["5": "Find the efficiency of the cycle."]
        let verdicts = Self.grade("""
            5) η = 1 − T_c/T_h = 1 − 300/500 = 0.4
               Equivalently η = W/Q_h = 120/400 = 0.3
            """, ["5": .real(RealValue(0.4))], questions: questions)
        #expect(verdicts["5"]?.kind == .unclear, "\(String(describing: verdicts["5"]))")
        // The same value twice is one answer.
        let same = Self.grade("""
            5) η = 1 − 300/500 = 0.4
               Equivalently η = 160/400 = 0.4
            """, ["5": .real(RealValue(0.4))], questions: questions)
        #expect(same["5"]?.kind == .correct, "\(String(describing: same["5"]))")
    }

    @Test func aMatrixWrittenByItsIndexedEntriesIsRead() {
        #expect(FinalAnswer.indexedMatrix("a_{11} = 2, a_{12} = 0, a_{21} = -1, a_{22} = 3") == "[2, 0; -1, 3]")
        #expect(FinalAnswer.indexedMatrix("y 11 = 4, y 12 = 1, y 13 = 0, y 21 = 2, y 22 = 2, y 23 = 6") == "[4, 1, 0; 2, 2, 6]")
        // A grid with a hole, and two names, are no matrix.
        #expect(FinalAnswer.indexedMatrix("a_{11} = 2, a_{12} = 0, a_{21} = -1") == nil)
        #expect(FinalAnswer.indexedMatrix("a_{11} = 2, a_{12} = 0, b_{21} = -1, b_{22} = 3") == nil)
    }

    @Test func twoDisplayedMatricesJoinedByOrLeaveThePartUnclear() {
        let questions = ["3a": "Give an optimal shipping plan as a matrix."]
        let verdicts = Self.grade("""
            User: problem 3

            Assistant: **(a)** Two plans tie:

            $$P = \\begin{bmatrix} 10 & 0 \\\\ 5 & 5 \\end{bmatrix} \\qquad\\text{or}\\qquad P = \\begin{bmatrix} 5 & 5 \\\\ 10 & 0 \\end{bmatrix}$$
            """, ["3a": .matrix([[10, 0], [5, 5]])], questions: questions)
        #expect(verdicts["3a"]?.kind == .unclear, "\(String(describing: verdicts["3a"]))")
    }
}
