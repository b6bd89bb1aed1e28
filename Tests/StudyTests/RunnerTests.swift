import Foundation
import OCR
import TestSupport
import Testing
@testable import Study

@Suite("Study runner")
struct RunnerTests {
    /// pooling-quiz needs no OCR: the reference is the PDF's cleaned text.
    @Test func runsAStudyWithoutSource() async throws {
        let manifest = try StudyManifest.load(path: Fixtures.path("samples/pooling-quiz/study.yaml"))
        let results = await StudyRunner(ocr: OCRAccess(languages: "eng"), jobs: 2).run(manifests: [manifest])
        let study = try #require(results.studies.first)
        #expect(study.referenceKind == .pdfText)
        #expect(study.parts.map(\.id) == ["1a", "1b", "1c", "2a", "2b", "2c", "3a"])
        #expect(study.forms.count == 2)
        for form in study.forms {
            #expect(form.error == nil, "\(form.error ?? "")")
            #expect(form.parts.count == 7)
            #expect(form.cer != nil)
            // No formula spans without a source.
            #expect(form.formulaCER == nil)
            #expect(form.parts.allSatisfy { $0.cer != nil })
        }
        #expect(!results.hasErrors)
    }

    @Test func aMissingTranscriptFailsOnlyItsForm() async throws {
        let folder = Fixtures.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let study = folder.appendingPathComponent("quiz")
        try FileManager.default.copyItem(atPath: Fixtures.path("samples/pooling-quiz"), toPath: study.path)
        try FileManager.default.removeItem(at: study.appendingPathComponent("transcripts/pasted.md"))
        let manifest = try StudyManifest.load(path: study.appendingPathComponent("study.yaml").path)
        let results = await StudyRunner(ocr: OCRAccess(languages: "eng"), jobs: 1).run(manifests: [manifest])
        let forms = results.studies[0].forms
        #expect(results.hasErrors)
        #expect(forms[0].error?.contains("transcripts/pasted.md") == true)
        #expect(forms[0].error?.contains(folder.path) == false)
        #expect(forms[0].cer != nil)
        #expect(forms[0].parts.allSatisfy { $0.verdict == nil })
        #expect(forms[1].error == nil)
        #expect(forms[1].parts.allSatisfy { $0.verdict != nil })
    }

    @Test func aCorruptImageFailsOnlyItsForm() async throws {
        let folder = Fixtures.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let study = folder.appendingPathComponent("quiz")
        try FileManager.default.copyItem(atPath: Fixtures.path("samples/pooling-quiz"), toPath: study.path)
        var bytes = Data([0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A])
        bytes.append(Data(repeating: 0, count: 40))
        try bytes.write(to: study.appendingPathComponent("forms/broken.png"))
        let yaml = try String(contentsOf: study.appendingPathComponent("study.yaml"), encoding: .utf8)
            + "  broken:\n    input: forms/broken.png\n    transcript: transcripts/pasted.md\n"
        try yaml.write(to: study.appendingPathComponent("study.yaml"), atomically: true, encoding: .utf8)
        let manifest = try StudyManifest.load(path: study.appendingPathComponent("study.yaml").path)
        // With an OCR engine, so the image really is decoded (and fails).
        let results = await StudyRunner(ocr: OCRAccess(languages: "eng"), jobs: 2).run(manifests: [manifest])
        let forms = results.studies[0].forms
        #expect(forms.map(\.name) == ["pasted", "pdf", "broken"])
        #expect(forms[2].error?.contains("forms/broken.png") == true, "\(forms[2].error ?? "")")
        #expect(forms[2].error?.contains("no ocr engine") == false)
        #expect(forms[2].cer == nil)
        // The transcript is still graded.
        #expect(forms[2].parts.contains { $0.verdict != nil })
        #expect(forms[0].error == nil && forms[1].error == nil)
    }
}

extension RunnerTests {
    /// A study's `quiz.pdf` that is really a few bytes of text fails the study with one line
    /// naming it, instead of being read as text.
    @Test func aPDFThatIsTextFailsTheStudy() async throws {
        let folder = Fixtures.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let study = folder.appendingPathComponent("quiz")
        try FileManager.default.copyItem(atPath: Fixtures.path("samples/pooling-quiz"), toPath: study.path)
        try Data("oops\n".utf8).write(to: study.appendingPathComponent("quiz.pdf"))
        let manifest = try StudyManifest.load(path: study.appendingPathComponent("study.yaml").path)
        let results = await StudyRunner(ocr: OCRAccess(languages: "eng"), jobs: 1).run(manifests: [manifest])
        #expect(results.studies[0].errors.count == 1)
        #expect(results.studies[0].errors.first?.hasPrefix("quiz.pdf: not a pdf") == true, "\(results.studies[0].errors)")
        #expect(results.studies[0].forms.allSatisfy { $0.error != nil && $0.cer == nil })
    }
}
