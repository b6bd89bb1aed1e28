import Foundation
import Store
import Study
import TestSupport
import Testing

@Suite("Study fingerprints")
struct StudyFingerprintTests {
    @Test func followsTheFilesNotTheFolder() throws {
        let folder = Fixtures.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let a = try StudySupport.quiz(in: folder.appendingPathComponent("one"))
        let b = try StudySupport.quiz(in: folder.appendingPathComponent("two"))
        let print = StudyFingerprint.of(a, settings: "s")
        // The same files elsewhere: the same results, the same fingerprint.
        #expect(StudyFingerprint.of(b, settings: "s") == print)
        #expect(StudyFingerprint.of(a, settings: "other build") != print)
        // One byte more in a transcript changes it.
        let transcript = URL(fileURLWithPath: b.resolve("transcripts/pasted.md"))
        var data = try Data(contentsOf: transcript)
        data.append(0x0A)
        try data.write(to: transcript)
        #expect(StudyFingerprint.of(b, settings: "s") != print)
        // A missing file too.
        try FileManager.default.removeItem(atPath: b.resolve("key.yaml"))
        #expect(StudyFingerprint.of(b, settings: "s") != print)
    }

    @Test func runIdentityFollowsTheStudyList() throws {
        let folder = Fixtures.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let a = try StudySupport.quiz(in: folder, name: "a")
        let b = try StudySupport.quiz(in: folder, name: "b")
        #expect(StudyFingerprint.runIdentity(of: [a.name, b.name]) == StudyFingerprint.runIdentity(of: [a.name, b.name]))
        #expect(StudyFingerprint.runIdentity(of: [a.name, b.name]) != StudyFingerprint.runIdentity(of: [b.name, a.name]))
        #expect(StudyFingerprint.runIdentity(of: [a.name]) != StudyFingerprint.runIdentity(of: [a.name, b.name]))
    }
}
