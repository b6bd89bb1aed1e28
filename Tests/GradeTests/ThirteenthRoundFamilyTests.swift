import Grade
import Solve
import Testing

/// Families of writing from the thirteenth round of independent corpora (`final29/`), each on an
/// example written here.
@Suite("Thirteenth-round families")
struct ThirteenthRoundFamilyTests {
    static func grade(_ text: String, _ key: [String: Answer], questions: [String: String]) -> [String: Verdict] {
        SummaryAndListFamilyTests.grade(text, key, questions: questions)
    }

    static let questions = [
        "1a": "How many weights does the first layer have?",
        "1b": "How many biases does it have?",
        "1c": "What is the output size?",
    ]

    @Test func theUsersColumnOfASummaryTableIsNotTheAnswer() {
        let verdicts = Self.grade("""
            User: here are my answers: 1a 600, 1b 20, 1c 12

            Assistant: Checking each:

            | Part | Your answer | Correct answer |
            |---|---|---|
            | 1(a) | 600 | 600 |
            | 1(b) | 20 | 30 |
            | 1(c) | 12 | 12 |
            """, ["1a": .integer(600), "1b": .integer(30), "1c": .integer(12)], questions: Self.questions)
        #expect(verdicts["1a"]?.kind == .correct, "\(String(describing: verdicts["1a"]))")
        #expect(verdicts["1b"]?.kind == .correct, "\(String(describing: verdicts["1b"]))")
        #expect(verdicts["1c"]?.kind == .correct, "\(String(describing: verdicts["1c"]))")
    }

    @Test func linesNamingWhatSubPartsAskGoToThem() {
        let hats = ["2a": "Compute", "2a.i": "ŵ(1);", "2a.ii": "ŵ(4).", "2b": "What is the intercept?"]
        let transcript = TranscriptReader.fromText("""
            User: exercise 2 please

            Assistant: **Exercise 2**

            (a) Each coordinate shrinks by its own factor:

            ```
            w(1) = [0.5, 2.0]
            w(4) = [0.2, 0.8]
            ```
            """)
        // The parent part has no key answer of its own: its sub-parts have.
        let expected: [String: Answer?] = ["2a": nil, "2a.i": .vector([0.5, 2]), "2a.ii": .vector([0.2, 0.8]), "2b": .integer(1)]
        let ids = expected.keys.sorted(by: PartOrder.precedes)
        let verdicts = Grader.grade(transcript: transcript, expected: expected, partIDs: ids, tolerances: [:],
                                    questions: QuestionMatch(questions: hats, stems: [:], partIDs: ids))
        let named = Dictionary(uniqueKeysWithValues: verdicts.map { ($0.part, $0) })
        #expect(named["2a.i"]?.kind == .correct, "\(String(describing: named["2a.i"]))")
        #expect(named["2a.ii"]?.kind == .correct, "\(String(describing: named["2a.ii"]))")
    }
}
