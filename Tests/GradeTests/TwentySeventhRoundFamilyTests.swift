import Foundation
@testable import Grade
import Solve
import Testing

/// Families of writing from the twenty-seventh round of independent corpora (`final45/`), each
/// on an example written here.
@Suite("Twenty-seventh-round families")
struct TwentySeventhRoundFamilyTests {
    static func grade(_ text: String, _ key: [String: Answer], questions: [String: String], tolerances: [String: Double] = [:]) -> [String: Verdict] {
        SummaryAndListFamilyTests.grade(text, key, questions: questions, tolerances: tolerances)
    }

    @Test func resultAsTheObjectOfAVerbMarksNoAnswer() {
        let verdicts = Self.grade("""
            User: what is the ratio of 12 to pi?

            Assistant: **(a)** First pass: 12/3.1 ≈ 3.87.

            Hmm, rounding π that far skews the result: the denominator should be 3.14159.

            So the ratio is **3.82**.
            """, ["a": .real(RealValue(3.8197))], questions: ["a": "Compute the ratio of 12 to π."], tolerances: ["a": 0.005])
        #expect(verdicts["a"]?.kind == .correct, "\(String(describing: verdicts["a"]))")
        for marked in ["Result: 3.82", "The result is 3.82.", "So the result is 3.82.", "**Result:** 3.82"] {
            #expect(FinalAnswer.marker.firstMatch(in: marked, range: NSRange(marked.startIndex..., in: marked)) != nil, "\(marked)")
        }
    }

    @Test func aPropertyOfTheFormulaAskedIsNoSecondAnswer() {
        let verdicts = Self.grade("""
            User: (b) differentiate g(x) = x^2 - 6x + 1

            Assistant: **(b)** Term by term,

            g'(x) = 2x − 6

            It vanishes at x = 3, where g has its minimum.
            """, ["b": .expression("2*x - 6")], questions: ["b": "Give the derivative g'(x) of g(x) = x^2 - 6x + 1."])
        #expect(verdicts["b"]?.kind == .correct, "\(String(describing: verdicts["b"]))")
    }

    @Test func oneNameGivenTwoValuesIsTheListAsked() {
        let questions = ["c": "Find both roots of x^2 - 3x - 4 = 0, as an ordered pair (smaller, larger)."]
        let verdicts = Self.grade("""
            User: part (c)?

            Assistant: **(c)** Factoring, (x − 4)(x + 1) = 0.
            So x* = −1 (smaller) and x* = 4 (larger).
            """, ["c": .vector([-1, 4])], questions: questions)
        #expect(verdicts["c"]?.kind == .correct, "\(String(describing: verdicts["c"]))")
        // Remarks naming the order the other way round leave the pair unread.
        #expect(FinalAnswer.repeatedName("So x = 4 (larger) and x = −1 (smaller).") == nil)
        #expect(FinalAnswer.repeatedName("So x = −1 and x = 4.") == "(−1, 4)")
    }

    @Test func eitherOfTwoValuesInTheSameLineLeavesThePartUnclear() {
        let verdicts = Self.grade("""
            User: (d) probability of two reds?

            Assistant: **(d)** Without replacement, P = (3/8)(2/7) = 3/28 ≈ 0.107.

            One caveat: if the draws are with replacement, then P = (3/8)^2 ≈ 0.141 instead. Either of these could be what's meant, depending on how the problem is read.
            """, ["d": .real(RealValue(0.1071))], questions: ["d": "Two balls are drawn from a bag with 3 red and 5 blue balls. What is the probability that both are red?"],
            tolerances: ["d": 0.001])
        #expect(verdicts["d"]?.kind == .unclear, "\(String(describing: verdicts["d"]))")
    }

    @Test func aRoundedRestatementLeavesTheValueItRounds() {
        let verdicts = Self.grade("""
            User: (e)?

            Assistant: **(e)** The posterior probability works out to about 0.4137, i.e. roughly a 41% chance.
            """, ["e": .real(RealValue(0.4137))], questions: ["e": "What is the posterior probability?"], tolerances: ["e": 0.0005])
        #expect(verdicts["e"]?.kind == .correct, "\(String(describing: verdicts["e"]))")
        #expect(FinalAnswer.rounds("0.4137", to: "41% chance"))
        #expect(!FinalAnswer.rounds("0.4137", to: "45% chance"))
        #expect(FinalAnswer.rounds("2.71828", to: "2.72"))
    }

    @Test func aProductLeftToWorkOutBeforeAColonIsNoResult() {
        let verdicts = Self.grade("""
            User: (f) and (g)

            Assistant: **(f)** The weights are w = 0.4 + 0.3 = 0.7.

            **(g)** Now the two weights are w₁ = 0.3 × 0.2 and w₂ = 0.7 × 0.5:

            The second clearly dominates.
            """, ["f": .real(RealValue(0.7)), "g": .real(RealValue(0.35))],
            questions: ["f": "What is the total weight?", "g": "What is the larger of the two weights?"])
        #expect(verdicts["f"]?.kind == .correct)
        #expect(verdicts["g"]?.kind == .missing, "\(String(describing: verdicts["g"]))")
    }

    @Test func askingTheUserToCheckOrToPlugInAnswersNothing() {
        let questions = ["h": "What is the rate constant ratio k2/k1?", "i": "What is the mean waiting time, in hours?"]
        let verdicts = Self.grade("""
            User: (h) and (i)

            Assistant: **(h)** Arrhenius gives ln(k2/k1) = (Ea/R)(1/T1 − 1/T2)

            with $n = 2$ for this reaction. Plug in the two temperatures from the problem to get the ratio.

            **(i)** The exponential distribution can be written with a rate $\\beta$ (mean $\\alpha/\\beta$) or a scale $\\theta$ (mean $\\alpha\\theta$). Could you check which parameterisation your course uses? Then I'll finish it.
            """, ["h": .real(RealValue(1.9)), "i": .real(RealValue(2))], questions: questions)
        #expect(verdicts["h"]?.kind == .missing, "\(String(describing: verdicts["h"]))")
        #expect(verdicts["i"]?.kind == .missing || verdicts["i"]?.kind == .unclear, "\(String(describing: verdicts["i"]))")
        #expect(verdicts["i"]?.kind != .incorrect)
    }

    @Test func aValueOfTheNameALogarithmIsTakenOfIsDerivedFromTheLogarithmAsked() {
        let logarithm = ["j": "Find ln K for the reaction at 310 K, to two decimal places."]
        for reply in ["$$\\ln K = -\\frac{\\Delta G^\\circ}{RT} = \\frac{10\\,820}{8.314 \\times 310} = 4.20$$\n\nSo $K \\approx 66.7$.",
                      "ln K = −ΔG°/RT = 10820/(8.314 × 310)\n\nSo ln K ≈ 4.20, i.e. K ≈ 66.7 — the products are favoured."] {
            let text = "User: (j)?\n\nAssistant: **(j)** At equilibrium,\n\n" + reply
            let asked = Self.grade(text, ["j": .real(RealValue(4.198))], questions: logarithm, tolerances: ["j": 0.005])
            #expect(asked["j"]?.kind == .correct, "\(reply): \(String(describing: asked["j"]))")
            // Asked for K itself, the value of K is the answer.
            let bare = Self.grade(text, ["j": .real(RealValue(66.6))], questions: ["j": "Find the equilibrium constant K at 310 K."], tolerances: ["j": 0.5])
            #expect(bare["j"]?.kind == .correct, "\(reply): \(String(describing: bare["j"]))")
        }
    }

    @Test func aLogarithmInAnotherBaseStillAnswersTheLogarithmAsked() {
        let verdicts = Self.grade("""
            User: (k)?

            Assistant: **(k)** At equilibrium, $\\ln K = \\dfrac{nFE^\\circ}{RT} = 42.8$.

            $$\\boxed{\\log K = 42.8}$$

            so $K \\approx 4 \\times 10^{18}$.
            """, ["k": .real(RealValue(18.59))], questions: ["k": "Find log_{10} K for the cell reaction, to two decimal places."], tolerances: ["k": 0.005])
        // The boxed value is the answer (here the natural logarithm, so wrong); K is derived from it.
        #expect(verdicts["k"]?.kind == .incorrect, "\(String(describing: verdicts["k"]))")
        #expect(verdicts["k"]?.extracted == .real(RealValue(42.8)))
    }

    @Test func theBareNameAskedStaysTheAnswerBesideItsLogarithm() {
        let verdicts = Self.grade("""
            User: (l)?

            Assistant: **(l)** ln K = −ΔG°/RT = 8.5, so K ≈ 4900.
            """, ["l": .real(RealValue(4914))], questions: ["l": "Calculate the equilibrium constant K, using ln K = −ΔG°/RT."], tolerances: ["l": 20])
        #expect(verdicts["l"]?.kind == .correct, "\(String(describing: verdicts["l"]))")
        #expect(QuantityNames.askedLogarithms(in: "Find log_{10} K for the cell reaction.") == ["log10K"])
        #expect(QuantityNames.askedLogarithms(in: "Calculate K, using ln K = −ΔG°/RT.").isEmpty)
    }

    @Test func reviewedEdgesOfTheNewReadings() {
        let handOff = Self.grade("""
            User: (m)?

            Assistant: **(m)** The drop is h = 0.52 m. Plug in the numbers to get v ≈ 3.2 m/s.
            """, ["m": .real(RealValue(3.19))], questions: ["m": "What is the speed at the bottom, in m/s?"], tolerances: ["m": 0.05])
        #expect(handOff["m"]?.kind == .correct, "\(String(describing: handOff["m"]))")
        #expect(FinalAnswer.repeatedName("So x = 2, and x = 3.") == "(2, 3)")
        #expect(FinalAnswer.repeatedName("So N* = 8000 (larger) and N* = 2000.") == nil)
        for marked in ["Here's the result: 42", "This gives the result: 42", "The expected result is 42."] {
            #expect(FinalAnswer.marker.firstMatch(in: marked, range: NSRange(marked.startIndex..., in: marked)) != nil, "\(marked)")
        }
    }
}
