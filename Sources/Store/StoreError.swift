import Foundation

/// Failures of the results store and the input cache.
public enum StoreError: LocalizedError, Equatable {
    case cannotOpen(path: String, detail: String)
    case failed(path: String, detail: String)

    public var errorDescription: String? {
        switch self {
        case .cannotOpen(let path, let detail): "\(path): cannot open the database (\(detail))"
        case .failed(let path, let detail): "\(path): \(detail)"
        }
    }
}
