@testable import Grade
import Solve
import Testing

/// Families of writing from the twenty-second round of independent corpora (`final40/`), each
/// on an example written here.
@Suite("Twenty-second-round families")
struct TwentySecondRoundFamilyTests {
    static func grade(_ text: String, _ key: [String: Answer], questions: [String: String], stems: [String: String] = [:],
                      tolerances: [String: Double] = [:]) -> [String: Verdict] {
        SummaryAndListFamilyTests.grade(text, key, questions: questions, stems: stems, tolerances: tolerances)
    }

    @Test func aSecondValueWithAUnitAfterACommaAndOrIsAnotherAnswer() {
        let questions = ["2a": "Find the wavelength in metres."]
        let verdicts = Self.grade("""
            User: problem 2

            Assistant: **(a)** So λ ≈ 1.25 m, or roughly 1.31 m if you include the end correction.
            """, ["2a": .real(RealValue(1.25))], questions: questions)
        #expect(verdicts["2a"]?.kind == .unclear, "\(String(describing: verdicts["2a"]))")
        #expect(AnswerGrammar.read("4.0 kg, or 4.4 kg", expecting: .scalar).value == nil)
    }

    @Test func aValueInTheBaseOfACompoundUnitIsRestatedInThePrefixedUnitAsked() {
        let questions = ["1a": "Find the flow rate in mL/s."]
        let verdicts = Self.grade("""
            User: problem 1

            Assistant: **(a)** Q = 3 L ÷ 1500 s = **0.002 L/s**
            """, ["1a": .integer(2)], questions: questions)
        #expect(verdicts["1a"]?.kind == .correct, "\(String(describing: verdicts["1a"]))")
    }

    @Test func aValueFinerThanTheKeyOnTheEdgeOfItsToleranceAgrees() {
        #expect(AnswerGrammarTests.equal("2.35", .scalar, .real(RealValue(2.3)), tolerance: 0.05))
        #expect(!AnswerGrammarTests.equal("2.36", .scalar, .real(RealValue(2.3)), tolerance: 0.05))
        // Written to the key's own decimals, the edge is another rounding.
        #expect(!AnswerGrammarTests.equal("0.551", .scalar, .real(RealValue(0.552)), tolerance: 0.001))
        #expect(!AnswerGrammarTests.equal("2.4", .scalar, .real(RealValue(2.3)), tolerance: 0.1))
    }

    @Test func aSpecialCaseAfterTheFormulaIsNotTheAnswer() {
        let questions = ["3b": "Write the Michaelis–Menten rate v in terms of Vmax, S and Km."]
        let verdicts = Self.grade("""
            User: problem 3

            Assistant: **(b)** The rate is

            $$
            v = \\frac{V_{max} \\, S}{K_m + S}
            $$

            When the substrate is scarce (S ≪ K_m) this reduces to v ≈ V_max S / K_m.
            """, ["3b": .expression("Vmax*S/(Km + S)")], questions: questions)
        #expect(verdicts["3b"]?.kind == .correct, "\(String(describing: verdicts["3b"]))")
    }

    @Test func aKeyNameOfFiveLettersMayBeWrittenWithItsTailSubscripted() {
        let questions = ["4": "Give the total resistance in terms of Rwire and Rload."]
        let verdicts = Self.grade("""
            User: problem 4

            Assistant: **Problem 4.** The resistances add: $R = R_{wire} + R_{load}$.
            """, ["4": .expression("Rwire + Rload")], questions: questions)
        #expect(verdicts["4"]?.kind == .correct, "\(String(describing: verdicts["4"]))")
    }

    @Test func aReplysOpeningDoesNotAnswerAPartTheUserSaidTheyHadDone() {
        let questions = ["6a": "Find the time of the peak t_max.", "6b": "Find the peak value.", "6c": "Find the area."]
        let key: [String: Answer] = ["6a": .real(RealValue(2.5)), "6b": .integer(8), "6c": .integer(40)]
        let text = """
            User: Q6 please. I already did (a) myself so just (b) and (c).

            Assistant: The curve is C(t) = 16 · (e^(−0.2t) − e^(−0.6t)) = 2.5 at most of its rise.

            **(b)** The peak value is **8**.

            **(c)** The area is **40**.
            """
        let verdicts = Self.grade(text, key, questions: questions)
        #expect(verdicts["6a"]?.kind == .missing, "\(String(describing: verdicts["6a"]))")
        #expect(verdicts["6b"]?.kind == .correct)
        // Asked for every part, the opening answers the first.
        let asked = Self.grade(text.replacingOccurrences(of: "I already did (a) myself so just (b) and (c).", with: "All three parts."), key, questions: questions)
        #expect(asked["6a"]?.kind != .missing, "\(String(describing: asked["6a"]))")
    }
}
