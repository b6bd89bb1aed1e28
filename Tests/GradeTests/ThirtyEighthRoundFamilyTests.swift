import Foundation
@testable import Grade
import Solve
import Testing

/// Families of writing from the thirty-eighth round (the held-out `final66/`, now development
/// data), each on an example written here.
@Suite("Thirty-eighth-round families")
struct ThirtyEighthRoundFamilyTests {
    static func grade(_ text: String, _ key: [String: Answer], questions: [String: String], stems: [String: String] = [:]) -> [String: Verdict] {
        SummaryAndListFamilyTests.grade(text, key, questions: questions, stems: stems)
    }

    /// "> **Student:** …" quoted, the assistant unmarked: a speaker marker inside the quotes
    /// gives no assistant turn, and the quoting splits the turns.
    @Test func aSpeakerMarkerInsideQuotedUserTurnsLeavesTheRestToTheAssistant() {
        let text = """
            > **Student:** heat question 2: (a) energy to warm 2 kg of water by 5 K (c = 4186)

            Here you go.

            **2(a)** Q = m c ΔT = 2 · 4186 · 5 = **41 860 J**

            > **Student:** thanks!
            """
        let transcript = TranscriptReader.fromText(text)
        #expect(transcript.turns.map(\.role) == [.user, .assistant, .user])
        let verdicts = Self.grade(text, ["2a": .integer(41860)], questions: ["2a": "Energy to warm 2 kg of water by 5 K."])
        #expect(verdicts["2a"]?.kind == .correct, "\(String(describing: verdicts["2a"]))")
    }

    /// A key written as a hexadecimal literal matches the last one a line writes, without case
    /// or digit-group underscores.
    @Test func aHexadecimalKeyMatchesTheLastLiteralOfTheLine() {
        let key: [String: Answer] = ["3b": .text("0x3F800000")]
        let questions = ["3b": "Give the float32 encoding of 1.0 in hexadecimal."]
        let same = Self.grade("Assistant:\n(b) sign 0, exponent 127 = 0111 1111, so the word is `0x3f80_0000`.", key, questions: questions)
        #expect(same["3b"]?.kind == .correct, "\(String(describing: same["3b"]))")
        let other = Self.grade("Assistant:\n(b) The encoding is \\texttt{0x3F000000}.", key, questions: questions)
        #expect(other["3b"]?.kind == .incorrect, "\(String(describing: other["3b"]))")
        let none = Self.grade("Assistant:\n(b) The exponent field is 127.", key, questions: questions)
        #expect(none["3b"]?.kind == .missing, "\(String(describing: none["3b"]))")
    }

    /// "1536 or 1540": two values offered without a hedge, even when one rounds the other; with
    /// "roughly" before the rounder one it restates the first.
    @Test func twoValuesOfferedWithoutAHedgeAreTwoAnswersEvenWhenOneRoundsTheOther() {
        let key: [String: Answer] = ["1c": .integer(1536)]
        let questions = ["1c": "How many bytes does the buffer hold?"]
        let offered = Self.grade("Assistant:\n(c) 1536 or 1540", key, questions: questions)
        #expect(offered["1c"]?.kind == .unclear, "\(String(describing: offered["1c"]))")
        let restated = Self.grade("Assistant:\n(c) The buffer size is 1536 bytes, or roughly 1540 bytes.", key, questions: questions)
        #expect(restated["1c"]?.kind == .correct, "\(String(describing: restated["1c"]))")
    }

    /// "365 is odd, so the remainder is 1.": a line that opens with the number it is about,
    /// then concludes after "so", answers with the conclusion.
    @Test func aLineAboutAGivenNumberAnswersWithItsConclusion() {
        let key: [String: Answer] = ["4a": .integer(1)]
        let questions = ["4a": "What is the remainder when 365 is divided by 2?"]
        let verdicts = Self.grade("Assistant:\n**4(a).** 365 is odd. So the remainder is 1.", key, questions: questions)
        #expect(verdicts["4a"]?.kind == .correct, "\(String(describing: verdicts["4a"]))")
        let comma = Self.grade("Assistant:\n(a) 365 lies between 364 and 366, so the remainder is 3.", key, questions: questions)
        #expect(comma["4a"]?.kind == .incorrect, "\(String(describing: comma["4a"]))")
    }

    /// "15π", "3π/4": a Unicode π after a number is the constant, never a unit.
    @Test func aUnicodePiAfterANumberIsTheConstant() {
        #expect(AnswerGrammar.read("A = 15π", expecting: .scalar).value?.numbers?.first.map { abs($0.value - 15 * Double.pi) < 1e-9 } == true)
        let key: [String: Answer] = ["2b": .integer(15)]
        let verdicts = Self.grade("Assistant:\n(b) The area is 15π cm².", key, questions: ["2b": "Find the area of the sector."])
        #expect(verdicts["2b"]?.kind == .incorrect, "\(String(describing: verdicts["2b"]))")
    }

    /// A multiple of π given for an angle where the problem states its angles in degrees is the
    /// angle in radians; where the problem speaks of radians it is compared as it stands.
    @Test func aMultipleOfPiIsRadiansWhereTheProblemUsesDegrees() {
        let key: [String: Answer] = ["1b": .integer(45)]
        let degrees = Self.grade("Assistant:\n(b) cos φ = 1/√2, so φ = π/4", key, questions: ["1b": "Find the angle φ between u and v, in degrees."])
        #expect(degrees["1b"]?.kind == .correct, "\(String(describing: degrees["1b"]))")
        let radians = Self.grade("Assistant:\n(b) cos φ = 1/√2, so φ = π/4", key, questions: ["1b": "Find the angle φ between u and v in radians."])
        #expect(radians["1b"]?.kind == .incorrect, "\(String(describing: radians["1b"]))")
    }

    /// "Set p = 0.3 and solve … for n." states the setup of a computation it does not do.
    @Test func aSetupToSolveForTheUnknownIsNoAnswer() {
        let key: [String: Answer] = ["3c": .integer(12)]
        let questions = ["3c": "How many trials n are needed so that the probability of at least one success is 0.97?"]
        let verdicts = Self.grade("Assistant:\n**(c)** Let $q = 0.7$ and solve $1 - q^n = 0.97$ for $n$. Happy to go through the logs with you.", key, questions: questions)
        #expect(verdicts["3c"]?.kind == .missing, "\(String(describing: verdicts["3c"]))")
        let done = Self.grade("Assistant:\n**(c)** Let $q = 0.7$ and solve $1 - q^n = 0.97$ for $n$: n = ln 0.03 / ln 0.7 ≈ 9.8, so n = 10.", key, questions: questions)
        #expect(done["3c"]?.kind == .incorrect, "\(String(describing: done["3c"]))")
    }

    /// "B wins the runoff.", "the Borda winner is D": the candidate named as the winner.
    @Test func theCandidateNamedAsTheWinnerIsTheChoice() {
        let questions = ["5a": "Who wins the runoff?", "5b": "Who is the Borda winner?"]
        let verdicts = Self.grade("""
            Assistant:
            (a) After C is eliminated its 5 ballots go to B: B has 11, A has 9. B wins the runoff.
            (b) Scores A 20, B 25, D 27, so the Borda winner is D.
            """, ["5a": .choice("B"), "5b": .choice("D")], questions: questions)
        #expect(verdicts["5a"]?.kind == .correct, "\(String(describing: verdicts["5a"]))")
        #expect(verdicts["5b"]?.kind == .correct, "\(String(describing: verdicts["5b"]))")
    }

    /// "the rows of M are (1, 2), (3, 4) and (5, 6)": a named matrix's rows in words.
    @Test func theRowsOfANamedMatrixInWords() {
        let key: [String: Answer] = ["2a": .matrix([[1, 2], [3, 4], [5, 6]])]
        let verdicts = Self.grade("Assistant:\n(a) Stacking the samples, the rows of $X$ are (1, 2), (3, 4) and (5, 6).", key, questions: ["2a": "Write the data matrix X."])
        #expect(verdicts["2a"]?.kind == .correct, "\(String(describing: verdicts["2a"]))")
    }

    /// "u = 2⁻¹⁰ ≈ 9.77 × 10⁻⁴ or 2⁻¹¹ ≈ 4.88 × 10⁻⁴": a power and its decimal offered after
    /// "or" beside another.
    @Test func aPowerAndItsDecimalAfterOrIsASecondAnswer() {
        let key: [String: Answer] = ["1d": .real(RealValue(0.0009765625))]
        let verdicts = Self.grade("Assistant:\n**(d)** **Answer:** u = 2⁻¹⁰ ≈ 9.77 × 10⁻⁴ or 2⁻¹¹ ≈ 4.88 × 10⁻⁴, depending on the definition of unit roundoff.", key,
                                  questions: ["1d": "What is the unit roundoff of binary16?"])
        #expect(verdicts["1d"]?.kind == .unclear, "\(String(describing: verdicts["1d"]))")
    }

    /// "Give it to at least 4 significant figures": an answer that shows 3 does not give what was
    /// asked, however close; 4 or an exact fraction does.
    @Test func fewerSignificantFiguresThanTheQuestionAsksIsIncorrect() {
        let key: [String: Answer] = ["2a": .real(RealValue(2.0 / 7.0))]
        let questions = ["2a": "Compute the ratio r. Give it to at least 4 significant figures."]
        let coarse = Self.grade("Assistant:\n(a) r = 2/7 ≈ 0.286", key, questions: questions)
        #expect(coarse["2a"]?.kind == .incorrect, "\(String(describing: coarse["2a"]))")
        let fine = Self.grade("Assistant:\n(a) r ≈ 0.2857", key, questions: questions)
        #expect(fine["2a"]?.kind == .correct, "\(String(describing: fine["2a"]))")
        let exact = Self.grade("Assistant:\n(a) r = 2/7", key, questions: questions)
        #expect(exact["2a"]?.kind == .correct, "\(String(describing: exact["2a"]))")
        let unasked = Self.grade("Assistant:\n(a) r ≈ 0.286", key, questions: ["2a": "Compute the ratio r."])
        #expect(unasked["2a"]?.kind == .correct, "\(String(describing: unasked["2a"]))")
    }

    /// A key entry may give a number and its exact form together; they must agree, and an answer
    /// in either form is graded against the number.
    @Test func aKeyNumberWithItsExactFormIsOneAnswer() throws {
        let key = try AnswerKey.parse("""
            parts:
              1b: { answer: 2.0943951, expression: "2*pi/3", tolerance: 0.0005 }
              1c: { answer: 1.7320508, expression: "sqrt(3)" }
            """)
        #expect(key.answers["1b"]?.tolerance == 0.0005)
        let questions = ["1b": "Find the angle in radians.", "1c": "Find the length."]
        let verdicts = SummaryAndListFamilyTests.grade("Assistant:\n(b) θ = 2π/3\n(c) |v| = √3 ≈ 1.732", ["1b": key.answers["1b"]!.answer, "1c": key.answers["1c"]!.answer],
                                                       questions: questions, tolerances: ["1b": 0.0005])
        #expect(verdicts["1b"]?.kind == .correct, "\(String(describing: verdicts["1b"]))")
        #expect(verdicts["1c"]?.kind == .correct, "\(String(describing: verdicts["1c"]))")
        #expect(throws: KeyError.self) {
            try AnswerKey.parse("parts:\n  1b: { answer: 2.0944, expression: \"pi/3\" }\n")
        }
        #expect(throws: KeyError.self) {
            try AnswerKey.parse("parts:\n  1b: { answer: 2.0944, expression: \"2*x/3\" }\n")
        }
    }

    /// "$|v| = 4 + 2\sqrt2$": between math delimiters a number before `\sqrt2` is its coefficient,
    /// never a rendering copied before its source.
    @Test func aCoefficientBeforeARootBetweenDollarsIsKept() {
        let key: [String: Answer] = ["2a": .real(RealValue(4 + 2 * 2.0.squareRoot()))]
        let verdicts = Self.grade("Assistant:\n- (a) $|v| = 4 + 2\\sqrt2$", key, questions: ["2a": "Compute |v|."])
        #expect(verdicts["2a"]?.kind == .correct, "\(String(describing: verdicts["2a"]))")
    }

    /// A complex constant in decimals of three significant figures or more is the exact key
    /// rounded, part by part; two figures are not enough.
    @Test func aComplexConstantInDecimalsIsTheKeyRounded() {
        let key: [String: Answer] = ["3b": .expression("(1 + sqrt(2))/2 + i*(1 - sqrt(2))/2")]
        let questions = ["3b": "Write u/v in the form a + bi."]
        let fine = Self.grade("Assistant:\n(b) **u/v ≈ 1.2071 − 0.2071i**", key, questions: questions)
        #expect(fine["3b"]?.kind == .correct, "\(String(describing: fine["3b"]))")
        let coarse = Self.grade("Assistant:\n(b) **u/v ≈ 1.2 − 0.21i**", key, questions: questions)
        #expect(coarse["3b"]?.kind == .incorrect, "\(String(describing: coarse["3b"]))")
        let other = Self.grade("Assistant:\n(b) **u/v ≈ 1.2071 + 0.2071i**", key, questions: questions)
        #expect(other["3b"]?.kind == .incorrect, "\(String(describing: other["3b"]))")
    }

    /// "2.718 × 10⁻³" shows six decimal places: the key rounded to them.
    @Test func aNumberInPowersOfTenShowsTheDecimalsOfItsValue() {
        let key: [String: Answer] = ["1c": .real(RealValue(0.0027183))]
        let questions = ["1c": "Compute the rate."]
        for written in ["k = 2.718 × 10⁻³", "k = 2.718 \\times 10^{-3}", "k = 2.718e-3"] {
            let verdicts = Self.grade("Assistant:\n(c) \(written)", key, questions: questions)
            #expect(verdicts["1c"]?.kind == .correct, "\(written): \(String(describing: verdicts["1c"]))")
        }
        let off = Self.grade("Assistant:\n(c) k = 2.722 × 10⁻³", key, questions: questions)
        #expect(off["1c"]?.kind == .incorrect, "\(String(describing: off["1c"]))")
    }

    /// "Equivalently, that is 12.5 bits per sample." after the answer: the same result as another
    /// quantity is no rival answer.
    @Test func anEquivalentRestatementIsNoRivalAnswer() {
        let key: [String: Answer] = ["2c": .real(RealValue(1.5625))]
        let verdicts = Self.grade("""
            Assistant:
            **2(c)** 100 samples × 12.5 bits / 800 = **1.5625 kB**.

            Equivalently, that is 12.5 bits per sample.
            """, key, questions: ["2c": "How many kB does the buffer need?"])
        #expect(verdicts["2c"]?.kind == .correct, "\(String(describing: verdicts["2c"]))")
    }
}

