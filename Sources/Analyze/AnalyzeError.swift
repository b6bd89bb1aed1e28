import Foundation

/// Errors of the analysis stage; one short line naming the file.
public enum AnalyzeError: Error, Equatable, Sendable {
    case unreadableCandidate(path: String, detail: String)
    case unknownJSON(path: String)
}

extension AnalyzeError: LocalizedError {
    public var errorDescription: String? {
        switch self {
        case .unreadableCandidate(_, let detail):
            return detail
        case .unknownJSON(let path):
            return "\(path): json is neither 'hwlens extract' nor 'hwlens ocr' output"
        }
    }
}
