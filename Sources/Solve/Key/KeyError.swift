import Files
import Foundation

/// Why an answer key could not be loaded: one line naming the file (and the part).
public enum KeyError: Error, Equatable, Sendable {
    /// The file could not be read as text (the message is ``FileError``'s).
    case file(FileError)
    /// The file is not valid YAML, or not shaped like a key (`parts:` mapping ids to entries).
    case malformed(file: String, detail: String)
    /// One part's entry is wrong: two answer kinds, an unknown solver, a missing parameter…
    case invalidPart(file: String, part: String, detail: String)
}

extension KeyError: LocalizedError {
    public var errorDescription: String? {
        switch self {
        case .file(let error): error.errorDescription
        case .malformed(let file, let detail): "\(file): \(detail)"
        case .invalidPart(let file, let part, let detail): "\(file): part \(part): \(detail)"
        }
    }
}
