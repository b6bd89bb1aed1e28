@testable import Analyze
import Foundation
import Testing

@Suite("Study manifests")
struct ManifestTests {
    @Test func readsTheSampleManifest() throws {
        let manifest = try StudyManifest.load(path: RunSupport.packagePath("samples/cnn-basics/study.yaml"))
        #expect(manifest.name == "cnn-basics")
        #expect(manifest.source == "homework.tex")
        #expect(manifest.key == "key.yaml")
        #expect(manifest.forms.map(\.name) == ["pasted", "text+image", "screenshot", "pdf"])
        #expect(manifest.forms[1].inputs.count == 5)
        #expect(manifest.forms[2].transcript == "transcripts/screenshot.pdf")
        #expect(manifest.resolve("homework.tex").hasSuffix("samples/cnn-basics/homework.tex"))
    }

    @Test func withoutSource() throws {
        let manifest = try StudyManifest.load(path: RunSupport.packagePath("samples/pooling-quiz/study.yaml"))
        #expect(manifest.source == nil)
        #expect(manifest.pdf == "quiz.pdf")
        #expect(manifest.key == "key.yaml")
        #expect(manifest.forms.map(\.name) == ["pasted", "pdf"])
    }

    @Test func discoversStudies() throws {
        let samples = RunSupport.packagePath("samples")
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
