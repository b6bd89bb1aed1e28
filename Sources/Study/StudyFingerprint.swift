import Files
import Foundation
import Ingest

/// The identity of a study's results: SHA-256 over everything they depend on — the manifest
/// (read or inferred), the bytes of every file it names, and the settings of the run
/// (hwlens build, library versions, OCR languages). Equal fingerprints give equal results,
/// so a stored study with the same fingerprint is reused instead of run again.
public enum StudyFingerprint {
    public static func of(_ manifest: StudyManifest, settings: String) -> String {
        var hash = ContentHash()
        var files: [String: String] = [:]
        func file(_ label: String, _ relative: String?, contents: Bool = true) {
            guard let relative else { return hash.update("\(label): none\n") }
            hash.update("\(label): \(relative) \(contents ? digest(manifest.resolve(relative), &files) : "unread")\n")
        }
        hash.update("hwlens study v1\nsettings: \(settings)\nname: \(manifest.name)\ntitle: \(manifest.title)\n")
        for warning in manifest.warnings { hash.update("warning: \(warning)\n") }
        file("source", manifest.source)
        // The PDF is the reference only without a source (as a form's input it is hashed there).
        file("pdf", manifest.pdf, contents: manifest.source == nil)
        file("key", manifest.key)
        for form in manifest.forms {
            hash.update("form: \(form.name)\nconversation: \(form.conversation ?? "none")\n")
            for input in form.inputs { file("input", input) }
            file("transcript", form.transcript)
        }
        return hash.finish()
    }

    /// The digest of a file, or what is wrong with it.
    static func digest(_ path: String, _ memo: inout [String: String]) -> String {
        if let known = memo[path] { return known }
        let value: String
        if let data = FileManager.default.contents(atPath: path) {
            value = ContentHash.sha256(data)
        } else {
            value = FileManager.default.fileExists(atPath: path) ? "unreadable" : "missing"
        }
        memo[path] = value
        return value
    }

    /// The identity of a run's study list (its names in order), shared by all its shards.
    public static func runIdentity(of names: [String]) -> String {
        var hash = ContentHash()
        hash.update("hwlens run v1\n\(names.count)\n")
        for name in names { hash.update("\(name)\n") }
        return hash.finish()
    }
}
