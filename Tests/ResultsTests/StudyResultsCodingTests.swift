import Files
import Foundation
import Grade
import Results
import TestSupport
import Testing

@Suite("Results as JSON")
struct StudyResultsCodingTests {
    /// The golden results decode into typed values and encode back to the same bytes.
    @Test func goldenFileRoundTrips() throws {
        let data = try Data(contentsOf: URL(fileURLWithPath: Fixtures.path("Tests/Fixtures/golden/results.json")))
        let results = try JSONDecoder().decode(StudyResults.self, from: data)
        let form = try #require(results.studies.first?.forms.first)
        #expect(form.inputForm == InputForm(.text))
        #expect(form.parts.allSatisfy { $0.verdict != nil })
        #expect(form.counts[.correct] == form.correct)
        #expect(try JSONDocument.encode(results, what: "results.json", pretty: true, newline: true) == data)
    }

    @Test func unknownVerdictIsRefused() {
        #expect(throws: DecodingError.self) { try JSONDecoder().decode(VerdictCounts.self, from: Data(#"{"great": 2}"#.utf8)) }
        let counts = VerdictCounts([.correct, .missing, .correct])
        #expect(counts[.correct] == 2 && counts[.unclear] == 0)
        #expect(counts.nonZero.map(\.kind) == [.correct, .missing])
    }

    @Test func shards() {
        #expect(Shard("2/8") == Shard(index: 2, count: 8))
        #expect(Shard("0/8") == nil && Shard("9/8") == nil && Shard("x") == nil)
    }
}
