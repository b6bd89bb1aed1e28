import Foundation
import TestSupport
import Testing

@Suite("hwlens run, end to end")
struct RunCommandTests {
    static func json(_ folder: URL) throws -> [String: Any] {
        let data = try Data(contentsOf: folder.appendingPathComponent("results.json"))
        return try #require(try JSONSerialization.jsonObject(with: data) as? [String: Any])
    }

    /// Hand labels of cnn-basics: transcript file name -> part -> verdict (read without YAML: `  1a:` then `    verdict: x`).
    static func labels() throws -> [String: [String: String]] {
        let text = try String(contentsOfFile: Fixtures.path("samples/cnn-basics/transcripts/labels.yaml"), encoding: .utf8)
        var result: [String: [String: String]] = [:]
        var file: String?
        var part: String?
        for line in text.split(separator: "\n", omittingEmptySubsequences: false).map(String.init) {
            if line.hasPrefix("#") || line.trimmingCharacters(in: .whitespaces).isEmpty { continue }
            if !line.hasPrefix(" "), line.hasSuffix(":") {
                file = String(line.dropLast())
            } else if line.hasPrefix("  "), !line.hasPrefix("   "), line.hasSuffix(":") {
                part = line.trimmingCharacters(in: .whitespaces).replacingOccurrences(of: ":", with: "")
            } else if let file, let part, line.trimmingCharacters(in: .whitespaces).hasPrefix("verdict:") {
                let value = line.split(separator: ":", maxSplits: 1)[1].trimmingCharacters(in: .whitespaces)
                result[file, default: [:]][part] = value
            }
        }
        return result
    }

    @Test func runsTheSamples() throws {
        let out1 = Fixtures.temporaryFolder()
        let out2 = Fixtures.temporaryFolder()
        defer {
            try? FileManager.default.removeItem(at: out1)
            try? FileManager.default.removeItem(at: out2)
        }
        let first = try CommandRunner.run(["run", "samples/", "--out", out1.path], timeout: 600)
        #expect(first.status == 0, "\(first.stderr)")
        #expect(first.stdout.contains("cnn-basics"))
        #expect(first.stdout.contains("pooling-quiz"))
        // Not a terminal: no progress line.
        #expect(first.stderr.isEmpty, "\(first.stderr)")

        let root = try Self.json(out1)
        #expect(root["version"] as? Int == 1)
        let studies = try #require(root["studies"] as? [[String: Any]])
        #expect(studies.map { $0["name"] as? String } == ["cnn-basics", "pooling-quiz"])
        for (study, count) in zip(studies, [25, 7]) {
            let forms = try #require(study["forms"] as? [[String: Any]])
            #expect(!forms.isEmpty)
            for form in forms { #expect((form["parts"] as? [[String: Any]])?.count == count) }
        }

        // cnn-basics verdicts agree with the hand labels.
        let labels = try Self.labels()
        var agreed = 0, total = 0
        for form in try #require(studies[0]["forms"] as? [[String: Any]]) {
            let transcript = URL(fileURLWithPath: try #require(form["transcript"] as? String)).lastPathComponent
            let formLabels = try #require(labels[transcript])
            for part in try #require(form["parts"] as? [[String: Any]]) {
                guard let id = part["id"] as? String, let label = formLabels[id] else { continue }
                total += 1
                if part["verdict"] as? String == label { agreed += 1 }
            }
        }
        #expect(total == 100)
        #expect(Double(agreed) >= 0.95 * Double(total), "\(agreed)/\(total)")

        // Deterministic.
        let second = try CommandRunner.run(["run", "samples/", "--out", out2.path, "--jobs", "1"], timeout: 600)
        #expect(second.status == 0)
        for name in ["results.json", "results.csv", "report.md", "index.html"] {
            let a = try Data(contentsOf: out1.appendingPathComponent(name))
            let b = try Data(contentsOf: out2.appendingPathComponent(name))
            #expect(a == b, "\(name) differs between runs")
        }

        let csv = try String(contentsOf: out1.appendingPathComponent("results.csv"), encoding: .utf8)
        #expect(csv.hasPrefix("study,form,part,verdict,extracted,expected,part_cer,part_formula_cer,form_cer,form_formula_cer"))
        #expect(csv.split(separator: "\r\n").count == 1 + 4 * 25 + 2 * 7)
        let html = try String(contentsOf: out1.appendingPathComponent("index.html"), encoding: .utf8)
        #expect(html.contains("<table class=\"grid\">"))
        #expect(html.contains("<svg"))
        #expect(!html.contains("https://"))
        let markdown = try String(contentsOf: out1.appendingPathComponent("report.md"), encoding: .utf8)
        #expect(markdown.contains("### Verdicts"))
    }

    @Test func aMissingTranscriptStillProducesTheOtherForms() throws {
        let folder = Fixtures.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let study = folder.appendingPathComponent("studies/quiz")
        try FileManager.default.createDirectory(at: study.deletingLastPathComponent(), withIntermediateDirectories: true)
        try FileManager.default.copyItem(atPath: Fixtures.path("samples/pooling-quiz"), toPath: study.path)
        try FileManager.default.removeItem(at: study.appendingPathComponent("transcripts/pdf.json"))
        let out = folder.appendingPathComponent("out")
        let result = try CommandRunner.run(["run", study.deletingLastPathComponent().path, "--out", out.path])
        #expect(result.status == 1)
        #expect(result.stderr.contains("pdf.json"))
        let studies = try #require(try Self.json(out)["studies"] as? [[String: Any]])
        let forms = try #require(studies.first?["forms"] as? [[String: Any]])
        #expect(forms.count == 2)
        #expect(forms[0]["error"] == nil)
        #expect((forms[0]["parts"] as? [[String: Any]])?.allSatisfy { $0["verdict"] != nil } == true)
        #expect((forms[1]["error"] as? String)?.contains("transcripts/pdf.json") == true)
        #expect(FileManager.default.fileExists(atPath: out.appendingPathComponent("index.html").path))
    }

    /// The golden results of the study without OCR (pooling-quiz); re-record on purpose with HWLENS_RECORD_GOLDEN=1.
    @Test func goldenResults() throws {
        let out = Fixtures.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: out) }
        let result = try CommandRunner.run(["run", "samples/pooling-quiz", "--out", out.path])
        #expect(result.status == 0, "\(result.stderr)")
        let produced = try Data(contentsOf: out.appendingPathComponent("results.json"))
        let golden = URL(fileURLWithPath: Fixtures.path("Tests/Fixtures/golden/results.json"))
        if ProcessInfo.processInfo.environment["HWLENS_RECORD_GOLDEN"] == "1" {
            try produced.write(to: golden)
            return
        }
        let expected = try Data(contentsOf: golden)
        #expect(produced == expected, "results.json differs from Tests/Fixtures/golden/results.json (re-record with HWLENS_RECORD_GOLDEN=1)")
    }

    @Test func usage() throws {
        let none = try CommandRunner.run(["run", "--out", "/tmp/x"])
        #expect(none.status == 2)
        let missing = try CommandRunner.run(["run", "no-such-study", "--out", Fixtures.temporaryFolder().path])
        #expect(missing.status == 1)
        #expect(missing.stderr.contains("no-such-study"))
    }
}
