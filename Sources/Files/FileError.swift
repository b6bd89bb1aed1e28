import Foundation

/// What can go wrong while reading or writing a file as bytes or text.
///
/// Every message is one short lower-case line that starts with the file it is about.
public enum FileError: Error, Equatable, Sendable {
    case fileNotFound(path: String)
    case isDirectory(path: String)
    case unreadable(path: String, reason: String)
    case emptyFile(path: String)
    case notText(path: String, detail: String)
    case writeFailed(path: String, reason: String)
    /// A result could not be written as JSON (a number that is not finite).
    case unencodable(what: String, detail: String)
}

extension FileError: LocalizedError {
    public var errorDescription: String? {
        switch self {
        case .fileNotFound(let path):
            return "\(path): no such file"
        case .isDirectory(let path):
            return "\(path): is a directory, not a file"
        case .unreadable(let path, let reason):
            return "\(path): cannot read file (\(reason))"
        case .emptyFile(let path):
            return "\(path): file is empty"
        case .notText(let path, let detail):
            return "\(path): not a text file (\(detail))"
        case .writeFailed(let path, let reason):
            return "\(path): cannot write file (\(reason))"
        case .unencodable(let what, let detail):
            return "\(what): cannot write as json (\(detail))"
        }
    }
}
