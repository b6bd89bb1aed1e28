import Foundation
import Grade
import Problems
import Solve
import Source
import Study
import TestSupport
import Yams

/// Shared data for the grader tests: expected answers, hand labels, graded transcripts.
enum GradeSupport {
    /// cnn-basics: part ids and expected answers as `hwlens solve --key` computes them.
    static func cnnBasics() async throws -> (ids: [String], expected: [String: Answer?]) {
        let document = ProblemDocument(source: try SourceReader.read(path: Fixtures.path("samples/cnn-basics/homework.tex")))
        let key = try AnswerKey.load(path: Fixtures.path("samples/cnn-basics/key.yaml"))
        let resolved = AnswerResolver.resolve(parts: document.partStatements, key: key)
        var expected: [String: Answer?] = [:]
        for item in resolved { expected[item.partID] = item.answer }
        return (resolved.map(\.partID), expected)
    }

    /// pooling-quiz: the verified answers of samples/pooling-quiz/answers.md.
    static let poolingIDs = ["1a", "1b", "1c", "2a", "2b", "2c", "3a"]
    static let pooling: [String: Answer?] = [
        "1a": .matrix([[5, 4], [6, 8]]), "1b": .matrix([[2.5, 2], [2, 5]]), "1c": .real(RealValue(2.875, exact: "23/8")),
        "2a": .shape(dimensions: [32, 32, 32], layout: "HWC"), "2b": .integer(32), "2c": .vector([2, 5, -7, 2]),
        "3a": .real(RealValue(4.0)),
    ]

    /// Hand-labelled verdicts: file -> part -> verdict.
    static func labels(_ relative: String) throws -> [String: [String: String]] {
        let text = try String(contentsOfFile: Fixtures.path(relative), encoding: .utf8)
        guard let root = try Yams.load(yaml: text) as? [String: Any] else { return [:] }
        var result: [String: [String: String]] = [:]
        for (file, parts) in root {
            guard let parts = parts as? [String: Any] else { continue }
            for (part, label) in parts {
                if let verdict = (label as? [String: Any])?["verdict"] as? String { result[file, default: [:]]["\(part)"] = verdict }
            }
        }
        return result
    }

    struct Agreement {
        var file: String
        var agreed: Int
        var total: Int
        /// part: graded vs labelled.
        var disagreements: [String]
        /// Parts labelled incorrect/missing/unclear but graded correct.
        var falseCorrect: [String]
    }

    static func agreement(file: String, path: String, ids: [String], expected: [String: Answer?], labels: [String: String],
                          conversation: String? = nil) async throws -> (Agreement, [Verdict]) {
        let transcript = try await TranscriptFile.read(path, conversation: conversation)
        let verdicts = Grader.grade(transcript: transcript, expected: expected, partIDs: ids)
        var agreed = 0
        var disagreements: [String] = []
        var falseCorrect: [String] = []
        for verdict in verdicts {
            guard let label = labels[verdict.part] else { continue }
            if verdict.kind.rawValue == label { agreed += 1 } else {
                disagreements.append("\(file) \(verdict.part): graded \(verdict.kind.rawValue) (\(verdict.extracted?.description ?? "-")), labelled \(label)")
                if verdict.kind == .correct { falseCorrect.append("\(file) \(verdict.part)") }
            }
        }
        return (Agreement(file: file, agreed: agreed, total: labels.count, disagreements: disagreements, falseCorrect: falseCorrect), verdicts)
    }

    /// Every labelled transcript, graded.
    static func all() async throws -> [Agreement] {
        let cnn = try await cnnBasics()
        var result: [Agreement] = []
        let fixtures = try labels("Tests/Fixtures/transcripts/labels.yaml")
        for file in fixtures.keys.sorted() {
            result.append(try await agreement(file: "fixtures/\(file)", path: Fixtures.path("Tests/Fixtures/transcripts/\(file)"),
                                              ids: cnn.ids, expected: cnn.expected, labels: fixtures[file]!).0)
        }
        let samples = try labels("samples/cnn-basics/transcripts/labels.yaml")
        for file in samples.keys.sorted() {
            result.append(try await agreement(file: "cnn-basics/\(file)", path: Fixtures.path("samples/cnn-basics/transcripts/\(file)"),
                                              ids: cnn.ids, expected: cnn.expected, labels: samples[file]!).0)
        }
        let quiz = try labels("samples/pooling-quiz/transcripts/labels.yaml")
        for file in quiz.keys.sorted() {
            result.append(try await agreement(file: "pooling-quiz/\(file)", path: Fixtures.path("samples/pooling-quiz/transcripts/\(file)"),
                                              ids: poolingIDs, expected: pooling, labels: quiz[file]!).0)
        }
        return result
    }
}
