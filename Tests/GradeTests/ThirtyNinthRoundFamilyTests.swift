import Foundation
@testable import Grade
import Solve
import Testing

/// Families of writing from the thirty-ninth round (the held-out `final69/`, now development
/// data), each on an example written here.
@Suite("Thirty-ninth-round families")
struct ThirtyNinthRoundFamilyTests {
    static func grade(_ text: String, _ key: [String: Answer], questions: [String: String], stems: [String: String] = [:],
                      keyUnits: [String: String] = [:], tolerances: [String: Double] = [:]) -> [String: Verdict] {
        let ids = key.keys.sorted(by: PartOrder.precedes)
        let match = QuestionMatch(questions: questions, stems: stems, partIDs: ids, keyUnits: keyUnits)
        let verdicts = Grader.grade(transcript: TranscriptReader.fromText(text), expected: key.mapValues { Optional($0) }, partIDs: ids,
                                    tolerances: tolerances, questions: match)
        return Dictionary(uniqueKeysWithValues: verdicts.map { ($0.part, $0) })
    }

    /// "W ≈ 4571 J, i.e. about 4.57 kJ" for work asked in kJ: the value restated in the unit asked
    /// after "i.e." (a value in the unit asked is never dropped so: `TwentyFifthRoundFamilyTests`).
    @Test func aValueRestatedInTheAskedUnitAfterThatIs() {
        let questions = ["2b": "Find the work done by the gas, in kJ."]
        let verdicts = Self.grade("User: 2b\n\nAssistant: **(b)** W = nRT ln 2 ≈ 4571 J, i.e. W ≈ 4.57 kJ.\n", ["2b": .real(RealValue(4.57))], questions: questions)
        #expect(verdicts["2b"]?.kind == .correct, "\(String(describing: verdicts["2b"]))")
    }

    /// "≈ 4,571 J — less than the 6.2 kJ available" asked in kJ: the value in joules is restated
    /// in kJ although the line writes kJ elsewhere; and a value written in the wrong unit is
    /// no longer read as the key's number ("4.57 J" is not 4.57 kJ).
    @Test func aValueInTheBaseUnitBesideAnotherInTheAskedUnit() {
        let questions = ["2b": "Find the work done by the gas, in kJ."]
        let key: [String: Answer] = ["2b": .real(RealValue(4.57))]
        let verdicts = Self.grade("User: 2b\n\nAssistant: **(b)** So W ≈ **4,571 J** — less than the 6.2 kJ the burner supplies.\n", key, questions: questions,
                                  tolerances: ["2b": 0.005])
        #expect(verdicts["2b"]?.kind == .correct, "\(String(describing: verdicts["2b"]))")
        let wrongUnit = Self.grade("User: 2b\n\nAssistant: **(b)** So W ≈ **4.57 J**, well below the 6.2 kJ the burner supplies.\n", key, questions: questions,
                                   tolerances: ["2b": 0.005])
        #expect(wrongUnit["2b"]?.kind == .incorrect, "\(String(describing: wrongUnit["2b"]))")
    }

    /// A key's `unit:` stands for the unit asked where the question names none: "2371 m/s" is
    /// 2.371 km/s against a key of 2.37 km/s.
    @Test func theKeysUnitIsTheUnitAsked() {
        let questions = ["1c": "What is the speed of the probe after the burn?"]
        let key: [String: Answer] = ["1c": .real(RealValue(2.37))]
        let text = "User: 1c\n\nAssistant: **(c)** v = 9988 − 7617 ≈ **2371 m/s**\n"
        let tolerances = ["1c": 0.005]
        #expect(Self.grade(text, key, questions: questions, keyUnits: ["1c": "km/s"], tolerances: tolerances)["1c"]?.kind == .correct)
        #expect(Self.grade(text, key, questions: questions, tolerances: tolerances)["1c"]?.kind == .incorrect)
        // (A unit the reading does not know is left aside.)
        #expect(Self.grade(text, key, questions: questions, keyUnits: ["1c": "furlongs"], tolerances: tolerances)["1c"]?.kind == .incorrect)
    }

    /// "(If your textbook defines the half-life with base-10 logs, the answer would be 3.2 days.)"
    /// after the answer: a second answer under another convention, so the part is unclear; a
    /// counterfactual mistake ("if you forgot …, you would get …") offers none.
    @Test func anAnswerUnderAnotherConventionLeavesThePartUnclear() {
        let questions = ["3a": "Find the half-life of the drug, in hours."]
        let key: [String: Answer] = ["3a": .real(RealValue(7.4))]
        let hedged = Self.grade("""
            User: 3a

            Assistant: **(a)** t½ = ln 2 / k ≈ **7.4 h**
            (If your textbook counts the half-life from the peak concentration instead, the answer would be 9.1 h.)
            """, key, questions: questions)
        #expect(hedged["3a"]?.kind == .unclear, "\(String(describing: hedged["3a"]))")
        let mistake = Self.grade("""
            User: 3a

            Assistant: **(a)** t½ = ln 2 / k ≈ **7.4 h**
            (If you forgot the ln 2, you would get 10.7 h, which is a common slip.)
            """, key, questions: questions)
        #expect(mistake["3a"]?.kind == .correct, "\(String(describing: mistake["3a"]))")
    }

    static let reactorQuestions = [
        "2a": "What is the heater's power, in kW?",
        "2b": "How long does it take to reach the set point? Give your answer in minutes.",
        "2c": "What is the final temperature of the outlet stream, in kelvin?",
    ]

    /// A user turn that retypes two parts in one question ("the power in kW and the time in
    /// minutes?"), answered in unlabelled paragraphs: each paragraph goes to the part whose unit
    /// it states.
    @Test func aRetypedPairIsSharedOutByTheUnitsAsked() {
        let text = """
            User: A 40 L tank of water is heated from 15 °C to 60 °C. What is the heater power in kW and the heating time in minutes if it runs 1.2 kWh?

            Assistant: Energy needed: Q = m c ΔT = 40 × 4186 × 45 ≈ 7.53 MJ.

            Power:
            P = 7.53 MJ / 4320 s ≈ 1743 W
            → P ≈ 1.74 kW

            Time:
            Total run in seconds: 4320 s = 72 min
            → t ≈ 72 min
            """
        let key: [String: Answer] = ["2a": .real(RealValue(1.74)), "2b": .integer(72), "2c": .integer(333)]
        let match = QuestionMatch(questions: Self.reactorQuestions, stems: ["2": "A water heater."], partIDs: ["2a", "2b", "2c"])
        #expect(match.match("A 40 L tank of water is heated from 15 °C to 60 °C. What is the heater power in kW and the heating time in minutes if it runs 1.2 kWh?")?.parts == ["2a", "2b"])
        let verdicts = Self.grade(text, key, questions: Self.reactorQuestions, stems: ["2": "A water heater."])
        #expect(verdicts["2a"]?.kind == .correct, "\(String(describing: verdicts["2a"]))")
        #expect(verdicts["2b"]?.kind == .correct, "\(String(describing: verdicts["2b"]))")
    }

    /// "A moon orbits … with period 1.769 days. Mass of the planet in kg?": without a question
    /// word the last sentence is the request, not the scene set before it.
    @Test func theLastSentenceIsTheRequestWithoutAQuestionWord() {
        let questions = [
            "4a": "Estimate the mass of the star, in kilograms.",
            "4b": "A second planet orbits the same star at four times the distance. By what factor is its year longer?",
        ]
        let match = QuestionMatch(questions: questions, stems: ["4": "A planet orbits a star at 0.8 AU with a year of 290 days."], partIDs: ["4a", "4b"])
        #expect(match.match("a planet orbits a star at 0.8 AU with a year of 290 days, same orbit as before. Mass of the star in kg?")?.parts == ["4a"])
    }

    /// `unit:` next to a number in a key; not next to a choice.
    @Test func aKeyNumberMayCarryItsUnit() throws {
        let path = NSTemporaryDirectory() + "hwlens-key-unit-\(UUID().uuidString).yaml"
        try "parts:\n  1a: { answer: 7.62, tolerance: 0.005, unit: km/s }\n".write(toFile: path, atomically: true, encoding: .utf8)
        let key = try AnswerKey.load(path: path)
        #expect(key.answers["1a"]?.unit == "km/s")
        try "parts:\n  1a: { choice: B, unit: km/s }\n".write(toFile: path, atomically: true, encoding: .utf8)
        #expect(throws: (any Error).self) { try AnswerKey.load(path: path) }
        try? FileManager.default.removeItem(atPath: path)
    }

    /// "**5 —** C" in a terse list, after part 4b's answer: problem 5's label, set off by a dash,
    /// not a line of 4b's answer.
    @Test func aProblemNumberSetOffByADash() {
        let text = """
            **4a** 1/12

            **4b** 12 ln 2

            **5 —** C
            """
        let key: [String: Answer] = ["4a": .expression("1/12"), "4b": .real(RealValue(8.317766)), "5": .choice("D")]
        let verdicts = Self.grade(text, key, questions: ["4a": "Find the rate.", "4b": "Find the median.", "5": "Which is it? (A) 1 (B) 2 (C) 3 (D) 4"],
                                  tolerances: ["4b": 0.0005])
        #expect(verdicts["4b"]?.kind == .correct, "\(String(describing: verdicts["4b"]))")
        #expect(verdicts["5"]?.kind == .incorrect, "\(String(describing: verdicts["5"]))")
    }

    /// A later turn that says "Redoing (a) with …" redoes that part of the problem under way, and
    /// "For (b) the …" at a line's start turns to (b).
    @Test func aPartRedoneInProseAndOneOpenedByForB() {
        let text = """
            User: 3. A tank drains through an orifice. (a) Find the outflow speed in m/s. (b) How long until it is half empty, in s?

            Assistant: **(a)** v = √(2gh) = √(2 · 9.81 · 2) ≈ 6.26 m/s

            **(b)** t ≈ 410 s

            User: the tank is 5 m deep, not 2 m

            Assistant: You're right — I used the wrong depth. Redoing (a) with h = 5 m:

            $$v = \\sqrt{2 \\cdot 9.81 \\cdot 5} \\approx 9.90\\ \\text{m/s}$$

            For (b) the drain time scales with √h, so it becomes about **648 s**.
            """
        let questions = ["3a": "Find the outflow speed, in m/s.", "3b": "How long until the tank is half empty? Give your answer in seconds."]
        let verdicts = Self.grade(text, ["3a": .real(RealValue(9.90)), "3b": .integer(648)], questions: questions, tolerances: ["3a": 0.005])
        #expect(verdicts["3a"]?.kind == .correct, "\(String(describing: verdicts["3a"]))")
        #expect(verdicts["3b"]?.kind == .correct, "\(String(describing: verdicts["3b"]))")
    }

    /// "… the set is {2, 5, 9+}, so 3 items are left.": the count the closing clause states.
    @Test func aCountStatedInTheClosingClause() {
        #expect(FinalAnswer.closingValue("After day 4 the queue holds {2, 5, 9+, 11}, so 4 jobs are waiting.", expecting: .scalar) == "4")
        #expect(FinalAnswer.closingValue("The mean is 3, so 2 values are above it.", expecting: .scalar) == "2")
    }

    /// "…, so plug them in for the three rates — it's a good exercise to do by hand.": a hand-off,
    /// whose numbers are inputs, not an answer.
    @Test func aGoodExerciseHandsThePartOff() {
        let text = """
            User: 2c

            Assistant: **(c)** Use the same formula with k = 0.3; you have every rate from (b), so plug them in for the three rates up to t = 4 — it's a good exercise to do this one by hand.
            """
        let verdicts = Self.grade(text, ["2c": .real(RealValue(0.27))], questions: ["2c": "Find the total decay."])
        #expect(verdicts["2c"]?.kind == .missing, "\(String(describing: verdicts["2c"]))")
    }

    /// "M ≈ 1.90 × 1027 kg" in a print that lost the exponent's raising: 1.90 × 10²⁷; "2.5 × 10−3"
    /// too. Not "1.5 × 108" (a product as likely) nor a product computed on.
    @Test func aFlattenedExponentInScientificNotation() {
        func value(_ text: String) -> Double? {
            if case .value(.number(let number)) = AnswerGrammar.read(text, expecting: .scalar) { return number.value }
            return nil
        }
        #expect(value("M ≈ 1.90 × 1027 kg").map { abs($0 - 1.90e27) < 1e15 } == true)
        #expect(value("λ ≈ 2.5 × 10−3 per day").map { abs($0 - 2.5e-3) < 1e-12 } == true)
        #expect(value("1.5 × 108").map { abs($0 - 1.5e8) < 1 } != true)
        #expect(value("1.5 × 1027 = 1540.5").map { abs($0 - 1.5e27) < 1e15 } != true)
    }

    /// Keys far below 1 (6.626 × 10⁻³⁴ J·s, 1.602 × 10⁻¹⁹ C): the noise allowed in comparing is a
    /// fraction of the key, never an absolute 10⁻⁹ that would pass any tiny number.
    @Test func tinyKeysAreComparedRelatively() {
        func outcome(_ written: String, _ key: Double, tolerance: Double? = nil) -> Bool {
            guard case .value(let value) = AnswerGrammar.read(written, expecting: .scalar) else { return false }
            return Equivalence.compare(value, .real(RealValue(key)), tolerance: tolerance).equal
        }
        #expect(!outcome("1.602 × 10^{-22}", 1.602e-19))
        #expect(!outcome("1.602 × 10^{-22}", 1.602e-19, tolerance: 0.0005e-19))
        #expect(outcome("1.602 × 10^{-19}", 1.602e-19))
        #expect(outcome("6.63 × 10^{-34}", 6.626e-34))
        #expect(!outcome("6.63 × 10^{-34}", 6.626e-31))
        #expect(outcome("0", 0))
    }

    /// "… so (B). If your course uses the other sign convention you'd get −4 J, and then it reads as
    /// work done on the gas, i.e. (D).": a choice under another convention leaves the part unclear.
    @Test func aChoiceUnderAnotherConventionLeavesThePartUnclear() {
        let text = """
            User: 5b

            Assistant: **(b)** With W counted as work done by the gas, W = +4 J, so the answer is (B).
            If your course uses the other sign convention you'd get −4 J, and then it reads as work done on the gas, i.e. (D).
            """
        let verdicts = Self.grade(text, ["5b": .choice("B")], questions: ["5b": "Which statement is right? (A) … (B) … (C) … (D) …"])
        #expect(verdicts["5b"]?.kind == .unclear, "\(String(describing: verdicts["5b"]))")
    }

    /// "I'll come back to the SI number after Problem 3": the part is put off; the factor on the
    /// line is no answer.
    @Test func aPartPutOffIsNotAnswered() {
        let text = """
            User: 2c

            Assistant: **(c)** The energy is E = γ m c², and here γ = 5/4 is the factor that multiplies m c². I'll come back to the numeric value once we have the mass from part (d).
            """
        let verdicts = Self.grade(text, ["2c": .real(RealValue(1.17e-10))], questions: ["2c": "Find the total energy in joules."])
        #expect(verdicts["2c"]?.kind == .missing, "\(String(describing: verdicts["2c"]))")
    }

    /// "R = ( cos θ  −sin θ ) = ( 0.6  −0.8 )" over "    ( sin θ   cos θ )   ( 0.8   0.6 )": a text-art
    /// matrix beside its symbolic form; the numbers are the last group of each line.
    @Test func aTextArtMatrixBesideItsSymbolicForm() {
        let text = """
            User: 1a

            Assistant: (a) The rotation is
            R = ( cos θ   −sin θ )   = ( 0.6   −0.8 )
                ( sin θ    cos θ )     ( 0.8    0.6 )
            """
        let verdicts = Self.grade(text, ["1a": .matrix([[0.6, -0.8], [0.8, 0.6]])], questions: ["1a": "Write the rotation matrix R."])
        #expect(verdicts["1a"]?.kind == .correct, "\(String(describing: verdicts["1a"]))")
    }

    /// "a_n = 4(−1)^n/n²": a negative base to the index's power is compared at whole numbers.
    @Test func aSeriesCoefficientWithASignThatAlternates() {
        func equal(_ written: String, _ key: String) -> Bool {
            guard case .value(let value) = AnswerGrammar.read(written, expecting: .expression) else { return false }
            return Equivalence.compare(value, .expression(key)).equal
        }
        #expect(equal("4(-1)^n/n^2", "4*(-1)^n/n^2"))
        #expect(equal("4\\cos(n\\pi)/n^2", "4*(-1)^n/n^2"))
        #expect(!equal("4/n^2", "4*(-1)^n/n^2"))
        #expect(!equal("-4(-1)^n/n^2", "4*(-1)^n/n^2"))
    }

    /// "Quick numerical check:" over a code block: a verification, so the value above it stays the
    /// answer (no result is announced and lost).
    @Test func aCheckOverCodeAnnouncesNoResult() {
        let text = """
            User: 3b

            Assistant: **(b)** $$P = \\frac{1}{1 + e^{-2}} \\approx 0.8808.$$

            Quick numerical check:
            ```python
            print(1 / (1 + math.exp(-2)))   # 0.8807970779778823
            ```
            """
        let verdicts = Self.grade(text, ["3b": .real(RealValue(0.8808))], questions: ["3b": "Find the probability."], tolerances: ["3b": 0.00005])
        #expect(verdicts["3b"]?.kind == .correct, "\(String(describing: verdicts["3b"]))")
    }

    /// The review's counter-examples to this round's rules.
    @Test func reviewedMisfiresOfThisRoundsRules() {
        // A count of what is left out is no answer: "so 5 patients are no longer at risk".
        #expect(FinalAnswer.closingValue("Just before t = 12 the risk set is {14, 16+, 20, 22}: 4 patients, so 5 patients are no longer at risk.", expecting: .scalar) != "5")
        // Two variables in (−1)^{m+n}: both parities of m + n are sampled.
        func equal(_ written: String, _ key: String) -> Bool {
            guard case .value(let value) = AnswerGrammar.read(written, expecting: .expression) else { return false }
            return Equivalence.compare(value, .expression(key)).equal
        }
        #expect(!equal("2/(m+n)", "(1 - (-1)^(m+n))/(m+n)"))
        // A polynomial expanded is its factored form, however small its values near a root.
        #expect(equal("x^7 - 7x^6 + 21x^5 - 35x^4 + 35x^3 - 21x^2 + 7x - 1", "(x-1)^7"))
        // Centimetres convert: "5.0 m" is not a key of 5.0 cm, and "50 mm" is.
        let questions = ["1a": "How far does the spring stretch?"]
        let key: [String: Answer] = ["1a": .real(RealValue(5.0))]
        #expect(Self.grade("User: 1a\n\nAssistant: **(a)** x = 5.0 m.\n", key, questions: questions, keyUnits: ["1a": "cm"], tolerances: ["1a": 0.1])["1a"]?.kind == .incorrect)
        #expect(Self.grade("User: 1a\n\nAssistant: **(a)** x = 50 mm.\n", key, questions: questions, keyUnits: ["1a": "cm"], tolerances: ["1a": 0.1])["1a"]?.kind == .correct)
        // A code check whose output differs from the answer stated leaves the part unclear.
        let checked = Self.grade("""
            User: 4a

            Assistant: **(a)** x = √5 ≈ 2.263.

            Quick numerical check:
            ```python
            >>> round(5 ** 0.5, 3)
            2.236
            ```
            """, ["4a": .real(RealValue(2.236))], questions: ["4a": "Solve x² = 5 for the positive root."], tolerances: ["4a": 0.001])
        #expect(checked["4a"]?.kind == .unclear, "\(String(describing: checked["4a"]))")
        // A value with its unit answers although a hand-off phrase follows.
        let stated = Self.grade("User: 1a\n\nAssistant: **(a)** v ≈ 7.62 km/s. I'll come back to this value in (b).\n", ["1a": .real(RealValue(7.62))],
                                questions: ["1a": "What is its orbital speed in km/s?"], tolerances: ["1a": 0.005])
        #expect(stated["1a"]?.kind == .correct, "\(String(describing: stated["1a"]))")
        // "3 — the discriminant is positive" under 1(b) answers 1(b); "2.5 × 1024 bytes" is a product.
        let dashed = Self.grade("User: 1b\n\nAssistant: **(b)**\n3 — the discriminant is positive, so all roots are real.\n", ["1b": .integer(3), "3": .choice("A")],
                                questions: ["1b": "How many real roots does p have?", "3": "Which? (A) (B)"])
        #expect(dashed["1b"]?.kind == .correct, "\(String(describing: dashed["1b"]))")
        func value(_ text: String) -> Double? {
            if case .value(.number(let number)) = AnswerGrammar.read(text, expecting: .scalar) { return number.value }
            return nil
        }
        #expect(value("2.5 × 1024 bytes").map { $0 < 1e6 } ?? true)
        // A last sentence that only constrains the answer is not the request.
        let match = QuestionMatch(questions: ["1a": "Find its orbital speed in km/s.", "1b": "Find its orbital period in minutes."],
                                  stems: ["1": "A satellite orbits 500 km above Earth."], partIDs: ["1a", "1b"])
        #expect(match.match("Now the orbital period in minutes, for the same satellite. Don't recompute the orbital speed.")?.parts == ["1b"])
    }

    /// A code block's inputs ("p = 0.01") check nothing: only a value near the stated one does.
    @Test func aCodeBlocksInputsAreNoCheckOfTheAnswer() {
        let text = """
            User: 2b

            Assistant: **(b)** So about a **4.9 %** chance, i.e. P ≈ 0.0490.

            ```python
            p = 0.01
            print(1 - (1 - p)**5)   # 0.049
            ```
            """
        let verdicts = Self.grade(text, ["2b": .real(RealValue(0.049))], questions: ["2b": "Find the probability of an error."], tolerances: ["2b": 0.0005])
        #expect(verdicts["2b"]?.kind != .unclear, "\(String(describing: verdicts["2b"]))")
        #expect(verdicts["2b"]?.alternatives.isEmpty == true, "\(String(describing: verdicts["2b"]))")
    }
}
