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
}
