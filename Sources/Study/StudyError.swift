import Foundation

/// Errors of reading studies and their input forms; one short line naming the file.
public enum StudyError: Error, Equatable, Sendable {
    case notFound(path: String)
    case noStudies(path: String)
    case unreadableManifest(path: String, detail: String)
    case badManifest(path: String, detail: String)
    /// A `.json` input that is neither `hwlens extract` nor `hwlens ocr` output.
    case unknownJSON(path: String)
    /// An input needs OCR and no engine can be started (a language that is not installed).
    case needsOCR(path: String, detail: String)
    /// The folder the results go to cannot take them.
    case outputFolder(path: String, problem: String)
}

extension StudyError: LocalizedError {
    public var errorDescription: String? {
        switch self {
        case .notFound(let path): return "\(path): no such file or folder"
        case .noStudies(let path): return "\(path): no study.yaml in it or in its subfolders"
        case .unreadableManifest(let path, let detail): return "\(path): \(detail)"
        case .badManifest(let path, let detail): return "\(path): \(detail)"
        case .unknownJSON(let path): return "\(path): json is neither 'hwlens extract' nor 'hwlens ocr' output"
        case .outputFolder(let path, let problem): return "\(path): \(problem)"
        case .needsOCR(let path, let detail): return "\(path): needs ocr: \(detail)"
        }
    }
}
