import Foundation

/// Errors of the garble stage. One short line each.
public enum GarbleError: Error, Equatable, Sendable {
    case unknownNormalization(String)
    case emptyReference(path: String)
}

extension GarbleError: LocalizedError {
    public var errorDescription: String? {
        switch self {
        case .unknownNormalization(let name):
            let known = Normalization.Step.allCases.map(\.rawValue).joined(separator: ", ")
            return "unknown normalization step '\(name)' (known: \(known), standard, none)"
        case .emptyReference(let path):
            return "\(path): the reference text is empty after normalization; error rates need a reference"
        }
    }
}
