import Grade
import Solve
import Testing

/// Families of writing from the eighth round of independent corpora (`final16/`, `dev11/`),
/// each on an example written here.
@Suite("Eighth-round families")
struct EighthRoundFamilyTests {
    static func grade(_ text: String, _ key: [String: Answer], questions: [String: String], stems: [String: String] = [:]) -> [String: Verdict] {
        let ids = key.keys.sorted(by: PartOrder.precedes)
        let match = QuestionMatch(questions: questions, stems: stems, partIDs: ids)
        let verdicts = Grader.grade(transcript: TranscriptReader.fromText(text), expected: key.mapValues { Optional($0) }, partIDs: ids, questions: match)
        return Dictionary(uniqueKeysWithValues: verdicts.map { ($0.part, $0) })
    }

    @Test(arguments: [
        ("4096 \\times 384 = 1{,}572{,}864 \\text{ bytes} \\approx 1.57 \\text{ MB}", 1_572_864.0),
        ("t = 0.0032 s ≈ 3.2 ms", 0.0032),
        ("E = 2.45 \\times 10^{4} J ≈ 24.5 kJ", 24_500.0),
    ])
    func aValueRestatedInAThousandfoldUnitIsTheValueBeforeIt(text: String, expected: Double) {
        let reading = AnswerGrammar.read(text, expecting: .scalar)
        guard case .value(.number(let number)) = reading else { Issue.record("\(reading)"); return }
        #expect(abs(number.value - expected) < 1e-9 * max(1, expected), "\(number)")
    }

    @Test(arguments: [
        ("p = 1/3 ≈ 0.333", 0.333),
        ("a = 1.4142 m ≈ 1.41 m", 1.41),
    ])
    func anApproximationThatIsNotAUnitChangeIsReadAsWritten(text: String, expected: Double) {
        let reading = AnswerGrammar.read(text, expecting: .scalar)
        guard case .value(.number(let number)) = reading else { Issue.record("\(reading)"); return }
        #expect(abs(number.value - expected) < 1e-9, "\(number)")
    }

    @Test func anExactCountRestatedInMegaunitsIsGradedAsTheCount() {
        let verdicts = Self.grade("""
            User: How many bytes does one 4096-token batch of 384-byte embeddings take?

            Assistant: Each token stores 384 bytes, so the batch takes 4096 × 384 = 1,572,864 bytes ≈ 1.57 MB.
            """, ["1": .integer(1_572_864)], questions: ["1": "How many bytes does one 4096-token batch of 384-byte embeddings take?"])
        #expect(verdicts["1"]?.kind == .correct, "\(String(describing: verdicts["1"]))")
    }

    static let rc = (
        questions: [
            "2a": "Find the work done by the gas, in joules.",
            "2b": "Find the time constant of the circuit.",
            "2c": "At what frequency does the 11 kHz tone appear after sampling?",
        ],
        stems: ["2": "A gas at 300 K; an RC circuit with R = 2 kΩ and C = 1.1 µF is switched on at t = 0 and observed for 5 s; a signal sampled at 8 kHz."]
    )

    @Test func aValueInAPrefixedUnitTheProblemNeverWritesIsReadInTheProblemsUnit() {
        let verdicts = Self.grade("""
            User: please do problem 2

            Assistant: (a) W = nRT ln 2 ≈ 2450 J, so the gas does about **2.45 kJ** of work.

            (b) τ = RC = 2 kΩ × 1.1 µF = **2.2 ms**.

            (c) It folds back to |11 − 8| = **3 kHz**.

            Summary: (a) 2450 J, (b) 2.2 ms, (c) 3 kHz
            """, ["2a": .real(RealValue(2450)), "2b": .real(RealValue(2.2)), "2c": .integer(3)], questions: Self.rc.questions, stems: Self.rc.stems)
        // 2.45 kJ is 2450 J, which the summary agrees with; 2.2 ms is not a time constant of 2.2 s;
        // kHz is the problem's own unit, so 3 kHz is 3.
        #expect(verdicts["2a"]?.kind == .correct, "\(String(describing: verdicts["2a"]))")
        #expect(verdicts["2b"]?.kind == .incorrect, "\(String(describing: verdicts["2b"]))")
        #expect(verdicts["2c"]?.kind == .correct, "\(String(describing: verdicts["2c"]))")
    }
}
