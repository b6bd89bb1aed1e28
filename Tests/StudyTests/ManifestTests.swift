import Foundation
import Results
import TestSupport
import Testing
@testable import Study

@Suite("Study manifests")
struct ManifestTests {
    @Test func readsTheSampleManifest() throws {
        let manifest = try StudyManifest.load(path: Fixtures.path("samples/cnn-basics/study.yaml"))
        #expect(manifest.name == "cnn-basics")
        #expect(manifest.source == "homework.tex")
        #expect(manifest.key == "key.yaml")
        #expect(manifest.forms.map(\.name) == ["pasted", "text+image", "screenshot", "pdf"])
        #expect(manifest.forms[1].inputs.count == 5)
        #expect(manifest.forms[2].transcript == "transcripts/screenshot.pdf")
        #expect(manifest.resolve("homework.tex").hasSuffix("samples/cnn-basics/homework.tex"))
    }

    @Test func withoutSource() throws {
        let manifest = try StudyManifest.load(path: Fixtures.path("samples/pooling-quiz/study.yaml"))
        #expect(manifest.source == nil)
        #expect(manifest.pdf == "quiz.pdf")
        #expect(manifest.key == "key.yaml")
        #expect(manifest.forms.map(\.name) == ["pasted", "pdf"])
    }

    @Test func discoversStudies() throws {
        let samples = Fixtures.path("samples")
        let all = try StudyManifest.discover(samples)
        #expect(all.map { URL(fileURLWithPath: $0).deletingLastPathComponent().lastPathComponent } == ["cnn-basics", "pooling-quiz"])
        #expect(try StudyManifest.discover(samples + "/pooling-quiz").count == 1)
        #expect(try StudyManifest.discover(samples + "/pooling-quiz/study.yaml").count == 1)
        #expect(throws: StudyError.self) { try StudyManifest.discover(samples + "/cnn-basics/forms") }
        #expect(throws: StudyError.self) { try StudyManifest.discover("/no/such/folder") }
    }

    @Test func rejectsBadManifests() {
        #expect(throws: StudyError.self) { try StudyManifest.parse("title: x\nforms: {a: {input: a.txt}}\n", path: "/tmp/s/study.yaml") }
        #expect(throws: StudyError.self) { try StudyManifest.parse("pdf: a.pdf\n", path: "/tmp/s/study.yaml") }
        #expect(throws: StudyError.self) { try StudyManifest.parse("pdf: a.pdf\nforms: {a: {transcript: t.md}}\n", path: "/tmp/s/study.yaml") }
        #expect(throws: StudyError.self) { try StudyManifest.parse("[unclosed", path: "/tmp/s/study.yaml") }
    }
}

@Suite("Manifest mistakes")
struct ManifestMistakeTests {
    static let base = """
        title: Quiz
        pdf: quiz.pdf
        forms:
          pasted: {input: forms/pasted.txt, transcript: transcripts/pasted.md}

        """

    /// A misspelled key is not silently dropped: it is a warning the results carry.
    @Test func unknownKeysAreWarnings() throws {
        let yaml = Self.base.replacingOccurrences(of: "pdf: quiz.pdf", with: "pdf: quiz.pdf\nkeys: key.yaml")
            .replacingOccurrences(of: "transcript: transcripts/pasted.md", with: "transcipt: transcripts/pasted.md")
        let manifest = try StudyManifest.parse(yaml, path: "/tmp/q/study.yaml")
        #expect(manifest.warnings == [
            "study.yaml: unknown key 'keys' (known: title, source, pdf, key, forms)",
            "study.yaml: form 'pasted': unknown key 'transcipt' (known: input, transcript, conversation)",
        ])
        #expect(try StudyManifest.parse(Self.base, path: "/tmp/q/study.yaml").warnings.isEmpty)
    }

    @Test func aFormNamedTwiceIsAnError() {
        let yaml = Self.base + "  pasted: {input: forms/other.txt, transcript: transcripts/other.md}\n"
        #expect(throws: StudyError.badManifest(path: "/tmp/q/study.yaml", detail: "form 'pasted' appears twice")) {
            _ = try StudyManifest.parse(yaml, path: "/tmp/q/study.yaml")
        }
    }

    /// YAML errors are one line that says where the problem is.
    @Test func yamlErrorsAreOneLine() {
        do {
            _ = try StudyManifest.parse("title: \"unclosed\nforms:\n  a: b\n", path: "/tmp/q/study.yaml")
            Issue.record("parsed")
        } catch {
            let message = error.localizedDescription
            #expect(message.hasPrefix("/tmp/q/study.yaml: not valid YAML: "), "\(message)")
            #expect(!message.contains("\n") && !message.contains("error: "), "\(message)")
        }
    }

    /// A conventional folder whose transcripts have no inputs is an error, not a study of nothing.
    @Test func conventionalFolderWithoutFormsIsAnError() throws {
        let folder = Fixtures.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        try FileManager.default.createDirectory(at: folder.appendingPathComponent("transcripts"), withIntermediateDirectories: true)
        try FileManager.default.copyItem(atPath: Fixtures.path("samples/pooling-quiz/quiz.pdf"), toPath: folder.appendingPathComponent("quiz.pdf").path)
        try FileManager.default.copyItem(atPath: Fixtures.path("samples/pooling-quiz/transcripts/pasted.md"),
                                        toPath: folder.appendingPathComponent("transcripts/pasted.md").path)
        #expect(throws: StudyError.self) { _ = try StudyManifest.load(path: folder.path) }
    }

    /// A study with an error and no forms reads cleanly in report.md: no empty tables.
    @Test func reportOfAStudyWithoutForms() {
        let study = StudyResults.Study(name: "broken", title: "broken", referenceKind: .none, reference: "", key: nil, parts: [], forms: [],
                                       errors: ["study.yaml: not valid YAML: …"], warnings: [])
        let markdown = ReportMarkdownFormatter.format(StudyResults(studies: [study]))
        #expect(markdown == "# hwlens run\n\n## broken (`broken`)\n\n\n**Error:** study.yaml: not valid YAML: …\n")
        let html = ReportHTMLFormatter.format(StudyResults(studies: [study]))
        #expect(html.contains("Error: study.yaml: not valid YAML") && !html.contains("<table"))
    }
}
