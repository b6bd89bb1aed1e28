import Foundation

/// Why a transcript or problem set could not be graded; every message names the file.
public enum GradeError: LocalizedError, Equatable, Sendable {
    case malformed(file: String, detail: String)
    case noConversation(file: String, detail: String)
    case noAssistant(file: String)

    public var errorDescription: String? {
        switch self {
        case .malformed(let file, let detail): "\(file): malformed transcript: \(detail)"
        case .noConversation(let file, let detail): "\(file): \(detail)"
        case .noAssistant(let file): "\(file): no assistant turn found"
        }
    }
}
