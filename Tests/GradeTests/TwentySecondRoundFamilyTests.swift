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

    @Test func ordinalsAfterTheValuesAreWordsAndASerialCommaEndsTheList() {
        let questions = ["5b": "List the first three odd harmonics of 200 Hz."]
        let key: [String: Answer] = ["5b": .vector([200, 600, 1000])]
        let verdicts = Self.grade("""
            User: problem 5

            Assistant: **(b)** 200 Hz, 600 Hz, 1000 Hz (the 1st, 3rd and 5th harmonics).
            """, key, questions: questions)
        #expect(verdicts["5b"]?.kind == .correct, "\(String(describing: verdicts["5b"]))")
        if case .value(.sequence(let items)) = AnswerGrammar.read("2, 4, and 8", expecting: .sequence) { #expect(items.count == 3) } else { Issue.record("2, 4, and 8 is no list") }
        let titled = Self.grade("""
            User: problem 5

            Assistant: **(b)** Odd harmonics only: 200 Hz, 600 Hz, and 1000 Hz.
            """, key, questions: questions)
        #expect(titled["5b"]?.kind == .correct, "\(String(describing: titled["5b"]))")
    }

    @Test func aValueComparedWithIsNoResultAndALeadInStatesNone() {
        let questions = ["2c": "How many cents is a just major third (5:4)?"]
        let verdicts = Self.grade("""
            User: problem 2

            Assistant: **(c)** In cents the interval is 1200 times the base-2 log of the ratio:

            The just third is therefore about fourteen cents narrower than the tempered one (400 cents).
            """, ["2c": .real(RealValue(386.31))], questions: questions)
        #expect(verdicts["2c"]?.kind == .missing, "\(String(describing: verdicts["2c"]))")
    }

    @Test func anExactFormBeforeItsDecimalIsTheFormulaAnswered() {
        let questions = ["3a": "Give the exact ratio of a tempered whole tone."]
        let verdicts = Self.grade("""
            User: problem 3

            Assistant: **(a)** Two semitones: 2^(2/12) = 2^(1/6) = ∜(√2)… no: = 2^(1/6) ≈ 1.1225
            """, ["3a": .expression("2^(1/6)")], questions: questions)
        #expect(verdicts["3a"]?.kind == .correct, "\(String(describing: verdicts["3a"]))")
        let root = Self.grade("""
            User: problem 3

            Assistant: **(a)** The ratio is r = ∛3 ≈ 1.4422
            """, ["3a": .expression("3^(1/3)")], questions: questions)
        #expect(root["3a"]?.kind == .correct, "\(String(describing: root["3a"]))")
    }

    static let tankQuestions = [
        "2a": "What is the tank's volume (m³)?",
        "2b.i": "Give the water level at t = 0, 1, …, 4 min.",
        "2b.ii": "What is the highest level?",
        "2c": "At what time (min) is the level highest?",
    ]
    static let tankKey: [String: Answer] = ["2a": .integer(12), "2b.i": .vector([0, 3, 5, 4, 1]), "2b.ii": .integer(5), "2c": .integer(2)]

    @Test func aTableAgainstACountingIndexGivesItsLastColumnAndAPartsLetterAndNumeralMayShareALabel() {
        let verdicts = Self.grade("""
            User: problem 2

            Assistant: **a.** V = 3 × 2 × 2 = **12 m³**.

            **b. i.** Inflow minus outflow, minute by minute:

            | t (min) | in | out | level |
            |---|---|---|---|
            | 0 | 0 | 0 | 0 |
            | 1 | 3 | 0 | 3 |
            | 2 | 3 | 1 | 5 |
            | 3 | 1 | 2 | 4 |
            | 4 | 0 | 3 | 1 |

            **ii.** The highest level is **5**.

            **c.** It is reached at **t = 2 min**.
            """, Self.tankKey, questions: Self.tankQuestions)
        #expect(verdicts["2b.i"]?.kind == .correct, "\(String(describing: verdicts["2b.i"]))")
        #expect(verdicts["2c"]?.kind == .correct, "\(String(describing: verdicts["2c"]))")
        // A first column that does not count up is no index: the table states no list.
        #expect(FinalAnswer.tabulatedColumn("| t | C |\n|---|---|\n| 1 | 6.21 |\n| 2 | 6.96 |\n| 4 | 5.29 |") == nil)
        #expect(FinalAnswer.tabulatedColumn("| t | C |\n|---|---|\n| 1 | 6.21 |\n| 2 | 6.96 |\n| 3 | 5.29 |") == "(6.21, 6.96, 5.29)")
    }

    @Test func aRecapWithoutLabelsSummarizesTheProblemsLastPartsInOrder() {
        var questions = Self.tankQuestions
        questions["1b"] = "How long does the water take to cross the tank?"
        var key = Self.tankKey
        key["1b"] = .integer(50)
        let verdicts = Self.grade("""
            User: problems 1 and 2

            Assistant: ### Problem 1

            **b.** t = L/v = 10/0.2 = **50 s**

            ### Problem 2

            **a.** V = **12 m³**.

            **b. i.** Levels 0, 3, 5, 4, 1.

            **ii.** The highest level is **5**.

            **c.** It is reached at **t = 2 min**.

            **Recap of 2:** levels = [0, 3, 5, 4, 1]; highest 5 at t = 3 min.
            """, key, questions: questions)
        // The recap names problem 2: its t is not problem 1's, whose answer assigned a t too.
        #expect(verdicts["1b"]?.kind == .correct, "\(String(describing: verdicts["1b"]))")
        // The recap's last clause says 3 minutes where the body says 2: neither is withdrawn.
        #expect(verdicts["2c"]?.kind == .unclear, "\(String(describing: verdicts["2c"]))")
        #expect(verdicts["2b.ii"]?.kind == .correct, "\(String(describing: verdicts["2b.ii"]))")
    }

    @Test func aValueRestatedRoundedAfterOrIsTheSameAnswer() {
        #expect(AnswerGrammar.read("3184 kJ, or roughly 3180 kJ", expecting: .scalar).value != nil)
        #expect(AnswerGrammar.read("0.4172 or about 0.417", expecting: .scalar).value != nil)
        // A rounder value of fewer than three figures, or another value, is a second answer.
        #expect(AnswerGrammar.read("12, or 10", expecting: .scalar).value == nil)
        #expect(AnswerGrammar.read("3184 kJ, or 3170 kJ", expecting: .scalar).value == nil)
    }
}
