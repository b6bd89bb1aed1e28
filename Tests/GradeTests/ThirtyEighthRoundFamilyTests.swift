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

    /// The reviewer's counter-examples to this round's rules (session 38), each with the verdict a
    /// careful grader gives: rejected or spaced hexadecimal values; π for a period, π electrons;
    /// a hedge with doubt; complex constants off in one part; scientific roundings of tiny values;
    /// "X or Y" at two precisions; a conclusion about another quantity after "so"; "Set … solve …
    /// for q. Answer: 30."; a winner named twice; "s = 2, or s² = 4"; keys with exact forms; exact
    /// answers under a significant-figures request; a rate "in other words".
    @Test func reviewedMisfiresOfThisRoundsRules() throws {
        let cases: [(name: String, key: String, transcript: String, questions: [String: String], stems: [String: String], verdicts: [String: Verdict.Kind])] = [
            ("hex2", #"""
            parts:
              1a: { text: "0xC0C80000" }
            """#,
             #"""
            User: Problem 1(a): write -6.25 as a float32 in hex.

            Assistant: Answer: 0x40C80000 (not 0xC0C80000, which would be the negative of it).
            """#,
             ["1a": "Write the bit pattern of -6.25 as a float32, in hexadecimal."], [:], ["1a": .incorrect]),
            ("hex3", #"""
            parts:
              1a: { text: "0xC0C80000" }
            """#,
             #"""
            User: Problem 1(a): write -6.25 as a float32 in hex.

            Assistant: sign 1, exponent 129, fraction 1001.

            Answer: 0xC0C8 0000
            """#,
             ["1a": "Write the bit pattern of -6.25 as a float32, in hexadecimal."], [:], ["1a": .correct]),
            ("deg1", #"""
            parts:
              1a: { answer: 360 }
            """#,
             #"""
            User: 1(a) What is the period of f(x) = sin(x°)?

            Assistant: The sine function repeats every full cycle, so the period of f is 2π.
            """#,
             ["1a": "What is the period of f?"], ["1": "The function f(x) = sin(x°) takes its argument x in degrees."], ["1a": .incorrect]),
            ("or9b", #"""
            parts:
              1a: { answer: 2048 }
            """#,
             #"""
            User: Problem 1(a). What is the stored value when 2049 is converted to binary16?

            Assistant: The stored value is 2048 or about 2050; I'm not sure which.
            """#,
             ["1a": "What is the stored value when 2049 is converted to binary16?"], [:], ["1a": .unclear]),
            ("cx6", #"""
            parts:
              1a: { expression: "12.5 + i*sqrt(3)/2" }
            """#,
             #"""
            User: Problem 1(a). Compute z = 12.5 + i·√3/2 in rectangular form.

            Assistant: z ≈ 12.5 + 0.819i
            """#,
             ["1a": "Compute z = 12.5 + i·√3/2 in rectangular form."], [:], ["1a": .incorrect]),
            ("cx7", #"""
            parts:
              1a: { expression: "5*sqrt(5) + i*sqrt(2)/2" }
            """#,
             #"""
            User: Problem 1(a). Write z = 5√5 + i·√2/2 in decimal rectangular form.

            Assistant: z ≈ 11.2 + 0.743i
            """#,
             ["1a": "Write z = 5√5 + i·√2/2 in decimal rectangular form."], [:], ["1a": .incorrect]),
            ("cx9", #"""
            parts:
              1a: { expression: "25*sqrt(3)/2 + 25*i/2" }
            """#,
             #"""
            User: Problem 1(a). Compute 25·e^{iπ/6} in rectangular form.

            Assistant: ≈ 21.7 + 12.4i
            """#,
             ["1a": "Compute 25·e^{iπ/6} in rectangular form."], [:], ["1a": .incorrect]),
            ("sci7", #"""
            parts:
              1a: { answer: 1.1920928955078125e-07 }
            """#,
             #"""
            User: Problem 1(a). What is 2^-23?

            Assistant: 2^-23 ≈ 1.18 × 10⁻⁷
            """#,
             ["1a": "What is 2^-23?"], [:], ["1a": .incorrect]),
            ("sci10", #"""
            parts:
              1a: { answer: "4/255" }
            """#,
             #"""
            User: Problem 1(a). What is 4/255? Give at least 4 significant figures.

            Assistant: 4/255 ≈ 1.57 × 10⁻²
            """#,
             ["1a": "What is 4/255? Give at least 4 significant figures."], [:], ["1a": .incorrect]),
            ("pi1", #"""
            parts:
              1a: { answer: 6 }
            """#,
             #"""
            User: 1(a) How many π electrons in benzene?

            Assistant: Each of the three C=C double bonds contributes two, so benzene has 6 π electrons.
            """#,
             ["1a": "How many π electrons does benzene have?"], [:], ["1a": .correct]),
            ("pi6", #"""
            parts:
              1a: { answer: 2 }
            """#,
             #"""
            User: 1(a)

            Assistant: Each C=O double bond has one σ and one π bond.

            Answer: 2 π bonds
            """#,
             ["1a": "How many π bonds are in a molecule of CO₂?"], [:], ["1a": .correct]),
            ("or12", #"""
            parts:
              1a: { answer: 0.693147, tolerance: 0.0005 }
            """#,
             #"""
            User: Problem 1(a). What is ln 2?

            Assistant: ln 2 ≈ 0.693, or 0.6931 to four places.
            """#,
             ["1a": "What is ln 2?"], [:], ["1a": .correct]),
            ("or7", #"""
            parts:
              1a: { answer: 1.414 }
            """#,
             #"""
            User: Problem 1(a). What is sqrt(2) to three decimals?

            Assistant: √2 ≈ 1.414 or 1.41, depending on how many decimals you keep.
            """#,
             ["1a": "What is sqrt(2) to three decimals?"], [:], ["1a": .correct]),
            ("so1", #"""
            parts:
              1a: { answer: 2048 }
            """#,
             #"""
            User: Problem 1(a). The integer 2049 is converted to binary16. What value is stored?

            Assistant: Spacing is 2 in [2048, 4096) and ties go to even.

            2048 is the stored value, so the rounding error is 1.
            """#,
             ["1a": "The integer 2049 is converted to binary16. What value is stored?"], [:], ["1a": .correct]),
            ("so2", #"""
            parts:
              1a: { answer: 45 }
            """#,
             #"""
            User: Problem 1(a). How many of the 50 test points are classified correctly?

            Assistant: Counting the diagonal of the confusion matrix:

            45 are classified correctly, so the accuracy is 90%.
            """#,
             ["1a": "How many of the 50 test points are classified correctly?"], [:], ["1a": .correct]),
            ("so5", #"""
            parts:
              1a: { answer: 10 }
            """#,
             #"""
            User: Problem 1(a). How many edges does K5 have?

            Assistant: Each of 5 vertices joins 4 others, counted twice.

            10 is the edge count, so the average degree is 4.
            """#,
             ["1a": "How many edges does K5 have?"], [:], ["1a": .correct]),
            ("set1", #"""
            parts:
              1a: { answer: 30 }
            """#,
             #"""
            User: Problem 1(a). Profit is π(q) = 60q − q² − 500. Which output maximizes profit?

            Assistant: Set the derivative 60 − 2q to zero and solve for q. Answer: 30.
            """#,
             ["1a": "Profit is π(q) = 60q − q² − 500. Which output maximizes profit?"], [:], ["1a": .correct]),
            ("set2", #"""
            parts:
              1a: { answer: 30 }
            """#,
             #"""
            User: Problem 1(a). Profit is P(q) = 60q − q² − 500. Which output maximizes profit?

            Assistant: Set P'(q) = 60 − 2q equal to zero and solve for q. This gives 30 units.
            """#,
             ["1a": "Profit is P(q) = 60q − q² − 500. Which output maximizes profit?"], [:], ["1a": .correct]),
            ("set3", #"""
            parts:
              1a: { answer: 23.03, tolerance: 0.01 }
            """#,
             #"""
            User: Problem 1(a). The efficiency is E = 1 − e^(−D/10). What dose D gives E = 0.9?

            Assistant: Set E = 0.9 and solve 0.9 = 1 − e^(−D/10) for D. The required dose is 23.03.
            """#,
             ["1a": "The efficiency is E = 1 − e^(−D/10). What dose D gives E = 0.9?"], [:], ["1a": .correct]),
            ("win1", #"""
            parts:
              1a: { choice: A }
              1b: { choice: C }
            """#,
             #"""
            User: Problem 1 (a) and (b).

            Assistant: **(a)** First preferences: A 8, B 6, C 4, D 3. The plurality winner is A, though B wins under IRV.

            **(b)** Eliminate D (3): C gets 7. Eliminate B? No — B has 6, eliminate B: C gets 13. C beats A 13–8, so the IRV winner is C.
            """#,
             ["1a": "Who is the plurality winner? (A) A (B) B (C) C (D) D", "1b": "Who wins under instant-runoff voting? (A) A (B) B (C) C (D) D"], ["1": "Ballots (21 voters): 8 voters A > B > C > D; 6 voters B > C > D > A; 4 voters C > D > B > A; 3 voters D > C > B > A."], ["1a": .correct]),
            ("win2", #"""
            parts:
              1a: { choice: A }
              1b: { choice: C }
            """#,
             #"""
            User: Problem 1 (a) and (b).

            Assistant: **(a)** A has 8 first-place votes, more than anyone else, so the plurality winner is A. (Had the 3 D-voters ranked B first instead, B wins.)

            **(b)** After eliminating D then C, B has 13 to A's 8: B.
            """#,
             ["1a": "Who is the plurality winner? (A) A (B) B (C) C (D) D", "1b": "Who wins under instant-runoff voting? (A) A (B) B (C) C (D) D"], ["1": "Ballots (21 voters): 8 voters A > B > C > D; 6 voters B > C > D > A; 4 voters C > D > B > A; 3 voters D > C > B > A."], ["1a": .correct]),
            ("eps2", #"""
            parts:
              1a: { answer: 4 }
            """#,
             #"""
            User: Problem 1(a). What is the variance of the sample 1, 3, 5?

            Assistant: The mean is 3 and the squared deviations sum to 8, so s = 2, or s² = 4.
            """#,
             ["1a": "What is the variance of the sample 1, 3, 5?"], [:], ["1a": .correct]),
            ("ke1", #"""
            parts:
              1a: { answer: 5.66, expression: "4*sqrt(2)" }
            """#,
             #"""
            User: Problem 1(a). What is |z| for z = 4 + 4i?

            Assistant: |z| = √(16 + 16) = √32 = **4√2**.
            """#,
             ["1a": "What is |z| for z = 4 + 4i?"], [:], ["1a": .correct]),
            ("ke2", #"""
            parts:
              1a: { answer: 0.333, expression: "1/3" }
            """#,
             #"""
            User: Problem 1(a). What is 1/3 as a decimal? Give the exact value.

            Assistant: The exact value is **1/3**.
            """#,
             ["1a": "What is 1/3 as a decimal? Give the exact value."], [:], ["1a": .correct]),
            ("ren3", #"""
            parts:
              1a: { answer: 4.828427, expression: "2 + 2*sqrt(2)" }
            """#,
             #"""
            User: Problem 1(a). What is |zw|?

            Assistant: So $|zw| = 2 + 2\sqrt2$.
            """#,
             ["1a": "What is |zw|?"], [:], ["1a": .correct]),
            ("sf1", #"""
            parts:
              1a: { answer: 0.5 }
            """#,
             #"""
            User: Problem 1(a). A fair coin is tossed twice. What is the probability of exactly one head? Give your answer to 3 significant figures.

            Assistant: Outcomes HT and TH: 2 of 4, so the probability is 0.5.
            """#,
             ["1a": "A fair coin is tossed twice. What is the probability of exactly one head? Give your answer to 3 significant figures."], [:], ["1a": .correct]),
            ("sf2", #"""
            parts:
              1a: { answer: 0.75 }
            """#,
             #"""
            User: Problem 1(a). What decimal value does the float32 bit pattern 0x3F400000 represent? (Where a value is not exact, give at least 4 significant figures.)

            Assistant: Exponent 126 − 127 = −1, significand 1.5, so the value is 1.5 × 2⁻¹ = 0.75 exactly.
            """#,
             ["1a": "What decimal value does the float32 bit pattern 0x3F400000 represent? (Where a value is not exact, give at least 4 significant figures.)"], [:], ["1a": .correct]),
            ("sf3", #"""
            parts:
              1a: { answer: 1.25 }
            """#,
             #"""
            User: Problem 1(a). The rod's length, 2.500 m, is known to 4 significant figures. What is half its length, in metres?

            Assistant: Half of 2.5 m is 1.25 m.
            """#,
             ["1a": "The rod's length, 2.500 m, is known to 4 significant figures. What is half its length, in metres?"], [:], ["1a": .correct]),
            ("sf7", #"""
            parts:
              1a: { answer: 0.375 }
            """#,
             #"""
            User: Problem 1(a). What is 3/8 as a decimal? Give 4 s.f.

            Assistant: 3/8 = 0.375 exactly.
            """#,
             ["1a": "What is 3/8 as a decimal? Give 4 s.f."], [:], ["1a": .correct]),
            ("eq4", #"""
            parts:
              1a: { answer: 1.5 }
            """#,
             #"""
            User: Problem 1(a). Bananas cost $6 for 4 pounds. What is the price in dollars per pound?

            Assistant: $6 buys 4 pounds.

            In other words, the price is 1.50 dollars per pound.
            """#,
             ["1a": "Bananas cost $6 for 4 pounds. What is the price in dollars per pound?"], [:], ["1a": .correct]),
        ]
        for item in cases {
            let key = try AnswerKey.parse(item.key)
            let verdicts = SummaryAndListFamilyTests.grade(item.transcript, key.answers.mapValues(\.answer), questions: item.questions, stems: item.stems,
                                                           tolerances: key.answers.compactMapValues(\.tolerance))
            for (part, kind) in item.verdicts {
                #expect(verdicts[part]?.kind == kind, "\(item.name) \(part): \(String(describing: verdicts[part]))")
            }
        }
    }
}
