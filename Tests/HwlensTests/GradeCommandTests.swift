import Foundation
import TestSupport
import Testing

@Suite("hwlens grade, end to end")
struct GradeCommandTests {
    @Test func gradesTwoTranscriptsAsTwoJSONDocuments() throws {
        let result = try CommandRunner.run([
            "grade", "--problems", "samples/cnn-basics/homework.tex", "--key", "samples/cnn-basics/key.yaml", "--format", "json",
            "Tests/Fixtures/transcripts/terse.md", "samples/cnn-basics/transcripts/text-image.json",
        ])
        #expect(result.status == 0, "\(result.stderr)")
        let documents = result.stdout.split(separator: "\n")
        #expect(documents.count == 2)
        let first = try #require(try JSONSerialization.jsonObject(with: Data(documents[0].utf8)) as? [String: Any])
        #expect((first["counts"] as? [String: Int])?["correct"] == 21)
        let second = try #require(try JSONSerialization.jsonObject(with: Data(documents[1].utf8)) as? [String: Any])
        #expect(second["conversation"] as? String == "CNN Homework 3 Solutions")
        #expect((second["branches"] as? [String])?.count == 1)
    }

    @Test func textTableAndList() throws {
        let result = try CommandRunner.run([
            "grade", "--problems", "samples/cnn-basics/homework.tex", "--key", "samples/cnn-basics/key.yaml",
            "Tests/Fixtures/transcripts/plain.txt",
        ])
        #expect(result.status == 0, "\(result.stderr)")
        #expect(result.stdout.contains("3c    incorrect"))
        let list = try CommandRunner.run(["grade", "--list", "samples/pooling-quiz/transcripts/pdf.json"])
        #expect(list.stdout.contains("1\tPooling quiz practice"))
    }

    @Test func errorsNameTheFile() throws {
        let missing = try CommandRunner.run(["grade", "--problems", "samples/cnn-basics/homework.tex", "no-such-transcript.md"])
        #expect(missing.status == 1)
        #expect(missing.stderr.contains("no-such-transcript.md"))
        #expect(missing.stderr.split(separator: "\n").count == 1)
        let usage = try CommandRunner.run(["grade", "Tests/Fixtures/transcripts/terse.md"])
        #expect(usage.status == 2)
    }
}
