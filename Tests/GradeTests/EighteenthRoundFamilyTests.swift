@testable import Grade
import Solve
import Testing

/// Families of writing from the eighteenth round of independent corpora (`final36/`), each on an
/// example written here.
@Suite("Eighteenth-round families")
struct EighteenthRoundFamilyTests {
    static func grade(_ text: String, _ key: [String: Answer], questions: [String: String]) -> [String: Verdict] {
        SummaryAndListFamilyTests.grade(text, key, questions: questions, stems: [:])
    }

    @Test func aUnitAfterAnExpressionIsNoFactor() {
        let questions = ["2c": "Give the inductor current i(t) in amperes."]
        let verdicts = Self.grade("""
            User: 2c

            Assistant: (c) i(t) = 2 − 2e^(−t/0.25) A, for t ≥ 0
            """, ["2c": .expression("2*(1 - exp(-t/0.25))")], questions: questions)
        #expect(verdicts["2c"]?.kind == .correct, "\(String(describing: verdicts["2c"]))")
    }

    @Test func aWrongExpressionWithAUnitIsStillWrong() {
        let questions = ["2c": "Give the inductor current i(t) in amperes."]
        let verdicts = Self.grade("""
            User: 2c

            Assistant: (c) i(t) = 2 − 2e^(−t/0.5) A
            """, ["2c": .expression("2*(1 - exp(-t/0.25))")], questions: questions)
        #expect(verdicts["2c"]?.kind == .incorrect, "\(String(describing: verdicts["2c"]))")
    }

    @Test func aFractionBeforeAGreekUnitIsANumber() {
        let questions = ["3": "What is the equivalent resistance?"]
        let verdicts = Self.grade("""
            User: 3

            Assistant: R_eq = (6 × 3)/(6 + 3) + 1/3 = 7/3 Ω
            """, ["3": .real(RealValue(7.0 / 3.0))], questions: questions)
        #expect(verdicts["3"]?.kind == .correct, "\(String(describing: verdicts["3"]))")
    }

    @Test func unitLettersInsideATupleEndTheirEntries() {
        let questions = ["1b": "Find the node voltages (v1, v2)."]
        let verdicts = Self.grade("""
            User: 1b

            Assistant: (b) (v₁, v₂) = (3.2 V, −1.5 V)
            """, ["1b": .vector([3.2, -1.5])], questions: questions)
        #expect(verdicts["1b"]?.kind == .correct, "\(String(describing: verdicts["1b"]))")
    }

    @Test func bracketedRowsOnTheirOwnLinesAreOneMatrix() {
        let questions = ["1a": "Write the resistance matrix R of the mesh equations R i = v."]
        let verdicts = Self.grade("""
            User: 1a

            Assistant: (a) Mesh analysis gives
            R = [ 10  −4 ]
                [ −4   6 ]   (ohms),   v = [5, 0]ᵀ V
            """, ["1a": .matrix([[10, -4], [-4, 6]])], questions: questions)
        #expect(verdicts["1a"]?.kind == .correct, "\(String(describing: verdicts["1a"]))")
    }

    @Test func aSecondAssignmentAfterWithIsAnotherQuantity() {
        let questions = ["1a": "Write the resistance matrix R."]
        let verdicts = Self.grade("""
            User: 1a

            Assistant: (a) R = [[10, −4], [−4, 6]] Ω, with v = (5, 0) V.
            """, ["1a": .matrix([[10, -4], [-4, 6]])], questions: questions)
        #expect(verdicts["1a"]?.kind == .correct, "\(String(describing: verdicts["1a"]))")
    }

    @Test func aBoldfaceNameIsAName() {
        let questions = ["1a": "Write the resistance matrix R."]
        let verdicts = Self.grade("""
            User: 1a

            Assistant: (a) $$R = \\begin{bmatrix} 10 & -4 \\\\ -4 & 6 \\end{bmatrix}\\ \\Omega, \\qquad \\boldsymbol{v} = \\begin{bmatrix} 5 \\\\ 0 \\end{bmatrix}$$
            """, ["1a": .matrix([[10, -4], [-4, 6]])], questions: questions)
        #expect(verdicts["1a"]?.kind == .correct, "\(String(describing: verdicts["1a"]))")
    }

    @Test func aTeXSpaceIsNoClauseEnd() {
        let questions = ["4b": "Give a 90 % confidence interval for the difference."]
        let verdicts = Self.grade("""
            User: 4b

            Assistant: (b) $$\\bar d \\pm E = 0.12 \\pm 0.05 \\;\\approx\\; (0.07,\\ 0.17)$$
            """, ["4b": .vector([0.07, 0.17])], questions: questions)
        #expect(verdicts["4b"]?.kind == .correct, "\(String(describing: verdicts["4b"]))")
    }

    @Test func aRecapsThresholdNameIsNoRivalValue() {
        let questions = ["3": "Above what temperature is the reaction spontaneous (nearest 10 K)?"]
        let verdicts = Self.grade("""
            User: 3

            Assistant: 3) T = ΔH/ΔS = 92 000/178 ≈ 520 K, so the reaction is spontaneous above about 520 K.

            | Part | Answer |
            |---|---|
            | 3 | T > 520 K |
            """, ["3": .integer(520)], questions: questions)
        #expect(verdicts["3"]?.kind == .correct, "\(String(describing: verdicts["3"]))")
    }

    @Test func aCorrectionNamingPartsByLabelReplacesTheirAnswers() {
        let questions = ["2a": "Which reactant is limiting? (A) zinc (B) acid", "2b": "How many grams of hydrogen form?", "2c": "How much zinc is left?"]
        let key: [String: Answer] = ["2a": .choice("B"), "2b": .real(RealValue(0.202)), "2c": .real(RealValue(3.46))]
        let verdicts = Self.grade("""
            User: 2a-2c quick answers

            Assistant: 2a) (A) zinc

            2b) 0.153 mol × 2.016 = 0.308 g

            2c) zinc left: that can't be, there is less acid than that.

            Correction: the acid runs out first, so 2a) is (B) acid and 2b) is 0.100 mol × 2.016 g/mol = 0.202 g H₂.

            2c) 10.0 − 6.54 = 3.46 g of zinc left
            """, key, questions: questions)
        #expect(verdicts["2a"]?.kind == .correct, "\(String(describing: verdicts["2a"]))")
        #expect(verdicts["2b"]?.kind == .correct, "\(String(describing: verdicts["2b"]))")
        #expect(verdicts["2c"]?.kind == .correct, "\(String(describing: verdicts["2c"]))")
    }
}
