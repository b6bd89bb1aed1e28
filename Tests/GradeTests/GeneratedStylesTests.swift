import Foundation
import Grade
import Testing

/// Thousands of transcripts rendered from verdict plans in many styles: the grader must
/// recover every planned verdict.
@Suite("Generated transcripts")
struct GeneratedStylesTests {
    @Test func recoversEveryPlannedVerdict() {
        var generator = GeneratedTranscripts(seed: 20261201)
        var total = 0
        var failures: [String] = []
        var falseCorrect = 0
        for _ in 0..<600 {
            let item = generator.make()
            let transcript = TranscriptReader.fromText(item.text)
            let expected = GeneratedTranscripts.key.mapValues { Optional($0) }
            let verdicts = Grader.grade(transcript: transcript, expected: expected, partIDs: GeneratedTranscripts.ids)
            for verdict in verdicts {
                total += 1
                let plan = item.plans[verdict.part]!
                if verdict.kind != plan.verdict {
                    if verdict.kind == .correct { falseCorrect += 1 }
                    if failures.count < 40 {
                        failures.append("\(verdict.part) planned \(plan) got \(verdict.kind.rawValue) (\(verdict.extracted?.description ?? "-")) [\(item.style)] evidence: \(verdict.evidence ?? "-")")
                    }
                }
            }
        }
        let failed = failures.count
        print("generated: \(total) part verdicts; mismatches shown: \(failed); wrong graded correct: \(falseCorrect)")
        for failure in failures { print("  \(failure)") }
        #expect(falseCorrect == 0)
        #expect(failures.isEmpty)
    }
}
