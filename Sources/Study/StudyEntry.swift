import Foundation
import Results

/// One study of a run as the command line found it: a manifest, or a manifest that could not
/// be read. The second still takes its place in the run (and in every shard's list), and is
/// reported as a study with that error, so one broken study.yaml costs only its own study.
public enum StudyEntry: Sendable {
    case study(StudyManifest)
    case unreadable(path: String, error: String)

    /// The study's name: its folder's.
    public var name: String {
        switch self {
        case .study(let manifest): return manifest.name
        case .unreadable(let path, _): return Self.folder(of: path).lastPathComponent
        }
    }

    /// The study's folder.
    public var folder: String {
        switch self {
        case .study(let manifest): return manifest.folder
        case .unreadable(let path, _): return Self.folder(of: path).path
        }
    }

    /// The results of a study that could not be read: its error, nothing else.
    var failedStudy: StudyResults.Study? {
        guard case .unreadable(let path, let error) = self else { return nil }
        let message = error.replacingOccurrences(of: Self.folder(of: path).path + "/", with: "")
        return StudyResults.Study(name: name, title: name, referenceKind: .none, reference: "", key: nil, parts: [], forms: [],
                                  errors: [message], warnings: [])
    }

    /// The study folder: `path` itself when it is a folder, else the manifest's folder.
    static func folder(of path: String) -> URL {
        var isDirectory: ObjCBool = false
        let url = URL(fileURLWithPath: path).standardizedFileURL
        return FileManager.default.fileExists(atPath: path, isDirectory: &isDirectory) && isDirectory.boolValue ? url : url.deletingLastPathComponent()
    }
}
