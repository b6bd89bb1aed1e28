import Grade
import Solve
import Testing

/// Families of writing from the ninth round of independent corpora (`final18/`, `dev13/`),
/// each on an example written here.
@Suite("Ninth-round families")
struct NinthRoundFamilyTests {
    static func grade(_ text: String, _ key: [String: Answer], questions: [String: String], stems: [String: String] = [:]) -> [String: Verdict] {
        SummaryAndListFamilyTests.grade(text, key, questions: questions, stems: stems)
    }

    static let queue = [
        "2a": "Find the utilization of the server.",
        "2b": "Find the mean number of jobs in the system.",
    ]

    @Test func aSummaryCellOfferingTwoValuesLeavesThePartUnclear() {
        let verdicts = Self.grade("""
            User: solve problem 2

            Assistant: **(a)** ρ = λ/μ = 3/4 = 0.75.

            **(b)** L = ρ/(1 − ρ) = 3.

            | Part | Answer |
            |---|---|
            | 2a | 0.75 |
            | 2b | 3 or 2.25 |
            """, ["2a": .real(RealValue(0.75)), "2b": .integer(3)], questions: Self.queue)
        #expect(verdicts["2a"]?.kind == .correct, "\(String(describing: verdicts["2a"]))")
        #expect(verdicts["2b"]?.kind == .unclear, "\(String(describing: verdicts["2b"]))\n\(String(describing: verdicts))")
    }

    @Test func aValueAfterASemicolonAndAConditionWithInsteadIsAnotherReading() {
        let verdicts = Self.grade("""
            User: solve problem 2

            Assistant: (a) The server is busy ρ = 0.75 of the time.

            (b) L = ρ/(1 − ρ) = 3 jobs; if you count only the jobs waiting in the queue instead you get L_q = 2.25.
            """, ["2a": .real(RealValue(0.75)), "2b": .integer(3)], questions: Self.queue)
        #expect(verdicts["2a"]?.kind == .correct, "\(String(describing: verdicts["2a"]))")
        #expect(verdicts["2b"]?.kind == .unclear, "\(String(describing: verdicts["2b"]))\n\(String(describing: verdicts))")
    }

    @Test(arguments: [
        ("3⁻¹ ≡ 5 (mod 7)", 5.0),
        ("$x \\equiv 4 \\pmod{9}$", 4.0),
        ("so 2^{10} ≡ 1024 ≡ 24 mod 1000.", 24.0),
        ("b = 9^{-1} \\bmod 11 = 5", 5.0),
    ])
    func theValueOfACongruenceIsItsRightSideWithoutTheModulus(text: String, expected: Double) {
        let reading = AnswerGrammar.read(text, expecting: .scalar)
        guard case .value(.number(let number)) = reading else { Issue.record("\(reading)"); return }
        #expect(number.value == expected, "\(number)")
    }

    @Test func aCongruenceClosingTheLineIsThePartsAnswer() {
        let verdicts = Self.grade("""
            User: do 2(a) and 2(b)

            Assistant: (a) 3 · 5 = 15 = 2 · 7 + 1, so 3⁻¹ ≡ 5 (mod 7).

            (b) By Fermat, 2^{6} ≡ 1 (mod 7), so 2^{20} = 2^{18} · 4 ≡ 4 (mod 7).
            """, ["2a": .integer(5), "2b": .integer(4)],
            questions: ["2a": "Find the inverse of 3 modulo 7.", "2b": "Compute 2^20 mod 7."])
        #expect(verdicts["2a"]?.kind == .correct, "\(String(describing: verdicts["2a"]))")
        #expect(verdicts["2b"]?.kind == .correct, "\(String(describing: verdicts["2b"]))")
    }

    static let channel = [
        "4a": "Compute $H(Y)$ in bits for the channel output.",
        "4b": "Compute the mutual information $I(X;Y)$ in bits.",
        "4c": "Which statement holds for every channel? (A) $H(Y) \\le I(X;Y)$ (B) $I(X;Y) \\ge 0$ (C) $H(Y \\mid X) > H(Y)$",
    ]

    @Test func theNamesInAChoicePartsOptionsAreNotWhatItAsksFor() {
        let names = QuantityNames(questions: Self.channel)
        #expect(names.part(named: "I(X;Y)") == "4b")
        #expect(names.part(named: "H(Y)") == "4a")
    }

    @Test func aDivergenceNamesTheSamePartHoweverItsBarsAreWritten() {
        let names = QuantityNames(questions: ["2a": "Compute $D(P \\,\\|\\, Q)$.", "2b": "Compute $H(P)$."])
        #expect(names.part(named: "D(P||Q)") == "2a")
        #expect(names.part(named: "D(P‖Q)") == "2a")
    }

    @Test func aRetypedQuestionWhoseClausesNameTwoPartsAsksForBoth() {
        let match = QuestionMatch(questions: Self.channel, stems: ["4": "A binary channel with input X and output Y."], partIDs: ["4a", "4b", "4c"])
        let asked = match.match("H(Y) for the output, and I(X;Y) for the joint table above. And which option always holds: (A) H(Y) ≤ I(X;Y) (B) I(X;Y) ≥ 0 (C) H(Y|X) > H(Y)")
        #expect(asked?.problem == "4")
        #expect(asked?.parts == ["4a", "4b", "4c"], "\(String(describing: asked))")
    }

    @Test func aReplyToAreYouSureAboutTheLastOneAnswersThePartAnsweredLast() {
        let verdicts = Self.grade("""
            User: please do problem 4

            Assistant: (a) H(Y) = 1 bit.

            (b) I(X;Y) = 1 − 0.469 = 0.531 bits.

            (c) I'd pick (A).

            User: are you sure about the last one?

            Assistant: You're right to ask — mutual information can never exceed H(Y), but the statement that always holds is (B): it is never negative.
            """, ["4a": .integer(1), "4b": .real(RealValue(0.531)), "4c": .choice("B")], questions: Self.channel,
            stems: ["4": "A binary channel with input X and output Y."])
        #expect(verdicts["4b"]?.kind == .correct, "\(String(describing: verdicts["4b"]))")
        #expect(verdicts["4c"]?.kind == .correct, "\(String(describing: verdicts["4c"]))\n\(verdicts)")
    }

    static let sample = [
        "5a": "For the data 1, 4, 7 write $m$ for the sample mean and $s^2 = \\frac{1}{n-1}\\sum (x_i - m)^2$. Give $s^2$.",
        "5b": "Give the median of the data.",
    ]

    @Test func theClosingRequestDecidesBetweenTwoNamesTheQuestionWrites() {
        let verdicts = Self.grade("""
            User: problem 5 please

            Assistant: (a) The deviations are −3, 0, 3, so $s^2 = 18/2 = 9$ and $m = 4$.

            (b) The median is 4.
            """, ["5a": .integer(9), "5b": .integer(4)], questions: Self.sample)
        #expect(verdicts["5a"]?.kind == .correct, "\(String(describing: verdicts["5a"]))")
        let swapped = Self.grade("""
            User: problem 5 please

            Assistant: (a) $m = 4$, so $s^2 = 18/2 = 9$.

            (b) The median is 4.
            """, ["5a": .integer(9), "5b": .integer(4)], questions: Self.sample)
        #expect(swapped["5a"]?.kind == .correct, "\(String(describing: swapped["5a"]))")
    }

    @Test func aClosingEitherIsValidLeavesBothAnswersStanding() {
        let verdicts = Self.grade("""
            User: problem 5 please

            Assistant: (a) With the sample formula, s² = 18/2 = 9.

            Dividing by n instead, s² = 18/3 = 6.

            Both are acceptable depending on which convention your course uses.

            (b) The median is 4.
            """, ["5a": .integer(9), "5b": .integer(4)], questions: Self.sample)
        #expect(verdicts["5a"]?.kind == .unclear, "\(String(describing: verdicts["5a"]))")
        #expect(verdicts["5b"]?.kind == .correct, "\(String(describing: verdicts["5b"]))")
    }

    @Test func aReplyThatWaitsForTheUserToConfirmTheInputGivesNoAnswer() {
        let verdicts = Self.grade("""
            User: problem 5 please

            Assistant: (a) Before I compute this: the last entry is 7, which makes the mean m = 4. Is that the intended list? If you confirm it, I'll work out s².

            (b) The median of 1, 4, 7 is 4.
            """, ["5a": .integer(9), "5b": .integer(4)], questions: Self.sample)
        #expect(verdicts["5a"]?.kind == .missing, "\(String(describing: verdicts["5a"]))")
        #expect(verdicts["5b"]?.kind == .correct, "\(String(describing: verdicts["5b"]))")
    }

    @Test func aNameTheQuestionGivesAsDataIsNotTheOneItAsksFor() {
        let verdicts = Self.grade("""
            User: problem 6

            Assistant: Iterates: $y_1 = 2$, $y_2 = 2.5$, so **$y_3 = 2.45$**.
            """, ["6": .real(RealValue(2.45))],
            questions: ["6": "Iterate $y_{k+1} = (y_k + 6/y_k)/2$. The first step gives $y_1 = 2$. What is $y_3$?"])
        #expect(verdicts["6"]?.kind == .correct, "\(String(describing: verdicts["6"]))")
    }

    @Test func aHedgeThatAWrappedLineCarriesOnHedgesTheValueThatCompletesIt() {
        let verdicts = Self.grade("""
            User: problem 7

            Assistant: (a) The language is a*, since every derivation adds one a.
            (b) True if you take "derivation" to include the empty step literally — then a has two derivations. But
            the textbook counts derivations up to ε-steps, in which case the expected answer
            is False.
            """, ["7a": .text("a*"), "7b": .text("false")],
            questions: ["7a": "Which language does the grammar S → aS | ε generate?", "7b": "True or false: the grammar is ambiguous."])
        #expect(verdicts["7b"]?.kind == .unclear, "\(String(describing: verdicts["7b"]))")
    }

    @Test func aCountThatAColonSpellsOutInFormulasIsTheResult() {
        let verdicts = Self.grade("""
            User: problem 8

            Assistant: The pendulum period depends on T, L, g and m, with dimensions M, L, T; m cannot appear, so 4 − 3 + 1 = 2 groups: Π₁ = T√(g/L) and Π₂ = m/m₀.
            """, ["8": .integer(2)],
            questions: ["8": "How many dimensionless groups does the Buckingham theorem give for the pendulum?"])
        #expect(verdicts["8"]?.kind == .correct, "\(String(describing: verdicts["8"]))")
    }

    static let automata = [
        "3.1a": "How many elements does FIRST(S) have?",
        "3.1b": "Is the grammar LL(1)? (true/false)",
        "3.2a": "How many moves does the DFA make on input abba?",
        "3.2b": "How many of them end in an accepting state?",
        "3.3": "Give the number of states of the minimal DFA.",
    ]

    @Test func aProblemNumberAloneThenATraceThenItsPartsOpensTheProblem() {
        let verdicts = Self.grade("""
            Assistant: 3.1
            a) FIRST(S) = {a, b, ε} which has 3 elements.
            b) False.

            3.2
            Run (state | rest):
            q0 | abba
            q1 | bba
            q2 | ba
            q1 | a
            q0 |
            a) moves: 4
            b) accepting: 1

            3.3 is about the minimal DFA, which I have not built, so I'll skip it.
            """, ["3.1a": .integer(3), "3.1b": .text("false"), "3.2a": .integer(4), "3.2b": .integer(2), "3.3": .integer(3)],
            questions: Self.automata)
        #expect(verdicts["3.1a"]?.kind == .correct, "\(String(describing: verdicts["3.1a"]))")
        #expect(verdicts["3.2a"]?.kind == .correct, "\(String(describing: verdicts["3.2a"]))")
        #expect(verdicts["3.2b"]?.kind == .incorrect, "\(String(describing: verdicts["3.2b"]))")
        #expect(verdicts["3.1b"]?.kind == .correct, "\(String(describing: verdicts["3.1b"]))")
        #expect(verdicts["3.3"]?.kind == .missing, "\(String(describing: verdicts["3.3"]))")
    }

    @Test(arguments: ["%@)(%@)", "%@(%@)", "%@.(%@)", "%@ (%@)", "%@.%@"])
    func aSubPartLabelFusedToItsPartLabelNamesTheSubPart(style: String) {
        func label(_ part: String, _ roman: String) -> String {
            style.replacingOccurrences(of: "%@", with: "\u{1}", options: [], range: style.range(of: "%@"))
                .replacingOccurrences(of: "%@", with: roman).replacingOccurrences(of: "\u{1}", with: part)
        }
        let verdicts = Self.grade("""
            User: all of problem 4

            Assistant: 4a) $R_0 = 4$
            \(label("4b", "i")) $1 - 1/R_0 = 3/4$
            \(label("4b", "ii")) $T_d = \\ln 2 / 0.2 \\approx 3.47$ days
            """, ["4a": .integer(4), "4b.i": .real(RealValue(0.75)), "4b.ii": .real(RealValue(3.47))],
            questions: ["4a": "Compute $R_0$.", "4b.i": "Give the herd-immunity threshold.", "4b.ii": "Give the doubling time in days."])
        #expect(verdicts["4b.i"]?.kind == .correct, "\(style): \(String(describing: verdicts["4b.i"]))")
        #expect(verdicts["4b.ii"]?.kind == .correct, "\(style): \(String(describing: verdicts["4b.ii"]))")
    }

    static let exchange = ["5a": "What value does Bob send?", "5b": "What is the shared key $K$?"]

    @Test func oneNameGivenTwoValuesInOneSentenceLeavesThePartUnclear() {
        let verdicts = Self.grade("""
            User: problem 5

            Assistant: (a) B = 3^4 mod 17 = 13.

            (b) From Alice's side I get K = 4, and from Bob's side K = 16 — they should match, so recheck one of them.
            """, ["5a": .integer(13), "5b": .integer(16)], questions: Self.exchange)
        #expect(verdicts["5a"]?.kind == .correct, "\(String(describing: verdicts["5a"]))")
        #expect(verdicts["5b"]?.kind == .unclear, "\(String(describing: verdicts["5b"]))")
    }

    @Test func aChainThatEndsInOneValueIsNotTwoValues() {
        let verdicts = Self.grade("""
            User: problem 5

            Assistant: (a) B = 13.

            (b) K = 13^5 mod 17 and K = 16.
            """, ["5a": .integer(13), "5b": .integer(16)], questions: Self.exchange)
        #expect(verdicts["5b"]?.kind == .correct, "\(String(describing: verdicts["5b"]))")
    }

    @Test func aReplyThatLetsTheStudentFinishGivesNoAnswer() {
        let verdicts = Self.grade("""
            User: problem 5

            Assistant: (a) B = 13.

            (b) The key is K = 13^5 mod 17; I'll let you finish the last exponentiation, it's good practice.
            """, ["5a": .integer(13), "5b": .integer(16)], questions: Self.exchange)
        #expect(verdicts["5b"]?.kind == .missing, "\(String(describing: verdicts["5b"]))")
    }

    @Test func twoValuesOfferedAfterAFewWordsLeaveThePartUnclear() {
        let verdicts = Self.grade("""
            User: problem 2

            Assistant: (a) ρ = 0.75.

            (b) The queue is stable for every λ < μ. Textbooks differ here; I'd quote 3 or 2.25 depending on whether the job in service counts.
            """, ["2a": .real(RealValue(0.75)), "2b": .integer(3)], questions: Self.queue)
        #expect(verdicts["2b"]?.kind == .unclear, "\(String(describing: verdicts["2b"]))")
    }

    @Test func aLaterBoldValueInASentenceOfferingAnotherAssumptionLeavesBothStanding() {
        let verdicts = Self.grade("""
            User: problem 2

            Assistant: (a) ρ = **0.75**.

            (b) With one server, **L = 3**. If the course counts only the jobs waiting in line, you would report **L = 2.25** instead.
            """, ["2a": .real(RealValue(0.75)), "2b": .integer(3)], questions: Self.queue)
        #expect(verdicts["2a"]?.kind == .correct, "\(String(describing: verdicts["2a"]))")
        #expect(verdicts["2b"]?.kind == .unclear, "\(String(describing: verdicts["2b"]))")
    }

    @Test func aPrintsTitleAndAddressLineAndItsRightAlignedPageCounterAreNoText() {
        let text = """
            User: problem 9

            Assistant: (a) The mean waiting time is 4 ms.

            (b) P2 runs first from t = 2, then P3 before P1 resumes:



            \(String(repeating: " ", count: 90))1/2

            Scheduling help - Claude                                   https://claude.ai/chat/2b7c6e9d-4f1a

            (c) The throughput is 0.5 jobs per ms.
            """
        let transcript = TranscriptReader.fromText(text)
        #expect(!transcript.turns.contains { $0.text.contains("claude.ai") || $0.text.contains("1/2") })
        let verdicts = Self.grade(text, ["9a": .integer(4), "9b": .real(RealValue(6.5)), "9c": .real(RealValue(0.5))],
                                  questions: ["9a": "Mean waiting time under FCFS?", "9b": "Mean waiting time under SRTF?", "9c": "Throughput in jobs per ms?"])
        #expect(verdicts["9b"]?.kind == .missing, "\(String(describing: verdicts["9b"]))")
        #expect(verdicts["9c"]?.kind == .correct, "\(String(describing: verdicts["9c"]))")
    }

    @Test func aReplyThatLeavesTheStepToTheStudentGivesNoAnswer() {
        let verdicts = Self.grade("""
            User: problem 5

            Assistant: (a) B = 13.

            (b) I'll leave the key K for you: raise B to the power a = 5 and reduce.
            """, ["5a": .integer(13), "5b": .integer(16)], questions: Self.exchange)
        #expect(verdicts["5b"]?.kind == .missing, "\(String(describing: verdicts["5b"]))")
    }

    @Test(arguments: [
        ("(a) The molecular formula is $\\mathrm{C_6H_{12}O_6}$ (glucose).", "C6H12O6", Verdict.Kind.correct),
        ("(a) So the molecular formula is **C₆H₁₂O₆**.", "C6H12O6", .correct),
        ("(a) The empirical formula CH₂O doubled twice is C₃H₆O₃.", "C6H12O6", .incorrect),
        ("(a) Empirical formula: NaCl", "NaCl", .correct),
    ])
    func aChemicalFormulaIsComparedWithItsSubscriptsWrittenPlain(line: String, key: String, expected: Verdict.Kind) {
        let verdicts = Self.grade("User: problem 6\n\nAssistant: \(line)\n\n(b) The yield is 80 %.\n",
                                  ["6a": .text(key), "6b": .integer(80)],
                                  questions: ["6a": "Give the molecular formula.", "6b": "Give the percent yield."])
        #expect(verdicts["6a"]?.kind == expected, "\(line): \(String(describing: verdicts["6a"]))")
    }

    @Test func aFormulaKeyIsReadAsAFormulaAndOtherTextIsNot() {
        #expect(AnswerExpectation(.text("C2H4O")) == .formula)
        #expect(AnswerExpectation(.text("CO2")) == .formula)
        #expect(AnswerExpectation(.text("ethyl acetate")) == .text)
        #expect(AnswerExpectation(.text("AB")) == .text)
    }

    static let circuit = [
        "7a": "By what factor does the stored energy change when the plate gap is halved at fixed charge?",
        "7b": "Find the magnitude of the induced emf in volts.",
    ]

    @Test func aSentenceThatAPrintWrappedIsReadWhole() {
        let verdicts = Self.grade("""
            User: problem 7

            Assistant: (a) At fixed charge U = Q²/(2C) and C doubles when the gap halves, so U = Q²/(2C) falls by a
            factor of 2.

            (b) Faraday's law with N = 50 turns:

            so the induced emf has magnitude 1.5 V.
            """, ["7a": .integer(2), "7b": .real(RealValue(1.5))], questions: Self.circuit)
        #expect(verdicts["7a"]?.kind == .correct, "\(String(describing: verdicts["7a"]))")
        #expect(verdicts["7b"]?.kind == .correct, "\(String(describing: verdicts["7b"]))")
    }

    @Test func aSecondValueThatAlsoSatisfiesTheConditionLeavesThePartUnclear() {
        let verdicts = Self.grade("""
            User: problem 8

            Assistant: Outside the charges 2/d² = 8/(d + 3)² gives d = 3, so E = 0 at x ≈ −3 m. Inside, the same balance gives x = 1 m, so the field also vanishes at x = 1 m.
            """, ["8": .integer(-3)], questions: ["8": "At what point x on the axis does the net field of the two charges vanish?"])
        #expect(verdicts["8"]?.kind == .unclear, "\(String(describing: verdicts["8"]))")
    }
}
