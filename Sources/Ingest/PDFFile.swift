import Files
import Foundation

/// The bytes of a PDF file, read once, checked, and shared by every worker that opens it.
///
/// Poppler documents are not for concurrent use, so each worker opens its own
/// ``PDFDocument`` from the same `PDFFile`; the bytes are immutable and the
/// underlying `GBytes` is reference counted atomically, hence `@unchecked Sendable`.
public final class PDFFile: @unchecked Sendable {
    /// The path as the user gave it; used in every error message.
    public let path: String
    /// The password to open it with, if any.
    public let password: String?
    /// Size of the file in bytes.
    public let byteCount: Int

    let bytes: OpaquePointer  // GBytes*

    /// The poppler library version, which shapes the text layer (part of cache keys).
    public static var popplerVersion: String { Poppler.version }

    /// Reads and checks a PDF file. Throws an ``IngestError`` naming the file when it is
    /// missing, a directory, unreadable, empty, not a PDF, or truncated.
    public convenience init(path: String, password: String? = nil) throws(IngestError) {
        try self.init(data: Self.read(path: path), path: path, password: password)
    }

    /// Checks PDF bytes already read from `path` (used in messages only).
    public init(data: Data, path: String, password: String? = nil) throws(IngestError) {
        try Self.check(data, path: path)
        self.path = path
        self.password = password
        self.byteCount = data.count
        self.bytes = Poppler.bytes(data)
    }

    deinit {
        Poppler.releaseBytes(bytes)
    }

    /// Opens a document on these bytes; each call gives an independent document.
    public func open() throws(IngestError) -> PDFDocument {
        try PDFDocument(file: self)
    }

    static func read(path: String) throws(IngestError) -> Data {
        do {
            return try InputBytes.read(path)
        } catch {
            throw .file(error)
        }
    }

    /// Throws when `data` is empty, has no `%PDF-` header or no `%%EOF` near its end.
    public static func check(_ data: Data, path: String) throws(IngestError) {
        if data.isEmpty { throw .file(.emptyFile(path: path)) }
        // The header may be preceded by junk, which readers tolerate within the first 1 KiB.
        guard InputKind.isPDF(data) else {
            throw .notPDF(path: path, detail: "no %PDF- header; \(InputKind.describe(data))")
        }
        let tail = data.suffix(2048)
        guard tail.range(of: Data("%%EOF".utf8)) != nil else {
            throw .truncated(path: path)
        }
    }
}
