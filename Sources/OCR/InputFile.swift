import Foundation
import Ingest

/// Reads an input file whole, with errors that name it.
enum InputFile {
    static func read(_ path: String) throws(OCRError) -> Data {
        do {
            return try InputBytes.read(path)
        } catch {
            switch error {
            case .fileNotFound(let path): throw .fileNotFound(path: path)
            case .isDirectory(let path): throw .isDirectory(path: path)
            case .unreadable(let path, let reason): throw .unreadable(path: path, reason: reason)
            case .emptyFile(let path): throw .emptyFile(path: path)
            default: throw .pdf(message: error.localizedDescription)
            }
        }
    }

}
