import Foundation
import Study
import TestSupport
import Testing

@Suite("Studies without a manifest, and the template")
struct ConventionTests {
    @Test func templateParses() throws {
        let manifest = try StudyManifest.parse(StudyManifest.template, path: "/tmp/x/study.yaml")
        #expect(manifest.forms.map(\.name) == ["pasted", "screenshot", "pdf"])
        #expect(manifest.forms[1].inputs == ["forms/page-1.png", "forms/page-2.png"])
        #expect(manifest.forms[2].conversation == "0")
    }

    /// The cnn-basics study, copied without its study.yaml, is read by the folder convention.
    @Test func conventionalFolder() throws {
        let folder = Fixtures.temporaryFolder().appendingPathComponent("cnn-basics")
        try FileManager.default.copyItem(atPath: Fixtures.path("samples/cnn-basics"), toPath: folder.path)
        try FileManager.default.removeItem(at: folder.appendingPathComponent("study.yaml"))
        let found = try StudyManifest.discover(folder.path)
        #expect(found == [folder.standardizedFileURL.path])
        let manifest = try StudyManifest.load(path: found[0])
        #expect(manifest.source == "homework.tex" && manifest.pdf == "homework.pdf" && manifest.key == "key.yaml")
        // Its screenshots are named page-N.png, not screenshot-N.png: that form needs the manifest.
        #expect(manifest.forms.map(\.name) == ["pasted", "pdf"])
        #expect(manifest.forms.first { $0.name == "pasted" }?.inputs == ["forms/pasted.txt"])
        #expect(manifest.forms.first { $0.name == "pdf" }?.inputs == ["homework.pdf"])
    }
}
