import Files
import Foundation
import Ingest

/// Everything that can go wrong while recognizing an input. One short line naming the file.
public enum OCRError: Error, Equatable, Sendable {
    /// The file could not be read (the message is ``FileError``'s).
    case file(FileError)
    /// A PDF could not be opened or rendered (the message is Ingest's).
    case input(IngestError)
    case notAnImage(path: String, detail: String)
    case corruptImage(path: String, detail: String)
    case imageTooLarge(path: String, width: Int, height: Int, limit: Int)
    case missingLanguage(language: String, searched: [String])
    case engineFailed(detail: String)
}

extension OCRError: LocalizedError {
    public var errorDescription: String? {
        switch self {
        case .file(let error):
            return error.errorDescription
        case .input(let error):
            return error.errorDescription
        case .notAnImage(let path, let detail):
            return "\(path): not an image or pdf (\(detail))"
        case .corruptImage(let path, let detail):
            return "\(path): corrupt or truncated image (\(detail))"
        case .imageTooLarge(let path, let width, let height, let limit):
            return "\(path): image is \(width)x\(height) pixels, over the limit of \(limit) pixels (--max-pixels)"
        case .missingLanguage(let language, let searched):
            let package = "tesseract-ocr-" + language.lowercased().replacingOccurrences(of: "_", with: "-")
            return "language '\(language)' is not installed (apt-get install \(package)); looked in \(searched.joined(separator: ", "))"
        case .engineFailed(let detail):
            return "tesseract failed: \(detail)"
        }
    }
}
