import Foundation

import Files

/// Everything that can go wrong while reading a PDF or rendering its pages.
///
/// Every message is one short lower-case line that starts with the file it is about,
/// so the command line can print it as it is.
public enum IngestError: Error, Equatable, Sendable {
    /// The file could not be read as bytes (the message is ``FileError``'s).
    case file(FileError)
    case notPDF(path: String, detail: String)
    case truncated(path: String)
    case damaged(path: String, detail: String)
    case passwordRequired(path: String)
    case wrongPassword(path: String)
    case pageOutOfRange(path: String, page: Int, pageCount: Int)
    case invalidPageRange(spec: String)
    case invalidCrop(spec: String)
    case renderFailed(path: String, page: Int, detail: String)
}

extension IngestError: LocalizedError {
    public var errorDescription: String? {
        switch self {
        case .file(let error):
            return error.errorDescription
        case .notPDF(let path, let detail):
            return "\(path): not a pdf (\(detail))"
        case .truncated(let path):
            return "\(path): truncated pdf (no %%EOF marker at the end)"
        case .damaged(let path, let detail):
            return "\(path): damaged pdf (\(detail))"
        case .passwordRequired(let path):
            return "\(path): encrypted pdf, a password is required (--password)"
        case .wrongPassword(let path):
            return "\(path): encrypted pdf, wrong password"
        case .pageOutOfRange(let path, let page, let pageCount):
            let pages = pageCount == 1 ? "1 page" : "\(pageCount) pages"
            return "\(path): page \(page) is out of range (the document has \(pages))"
        case .invalidPageRange(let spec):
            return "invalid page range '\(spec)' (expected e.g. 1-3,5)"
        case .invalidCrop(let spec):
            return "invalid crop '\(spec)' (expected x,y,w,h in points, w and h positive)"
        case .renderFailed(let path, let page, let detail):
            return "\(path): page \(page) could not be rendered (\(detail))"
        }
    }
}
