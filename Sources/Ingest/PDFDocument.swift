import Foundation

/// An open PDF document. Owns its poppler handle; not for concurrent use —
/// open one per worker from the same ``PDFFile``.
public final class PDFDocument {
    /// The file this document was opened from.
    public let file: PDFFile
    /// Number of pages.
    public let pageCount: Int

    let handle: OpaquePointer  // PopplerDocument*

    init(file: PDFFile) throws(IngestError) {
        self.file = file
        do {
            handle = try Poppler.openDocument(bytes: file.bytes, byteCount: file.byteCount, password: file.password)
        } catch {
            if error.isEncrypted {
                throw file.password == nil ? .passwordRequired(path: file.path) : .wrongPassword(path: file.path)
            }
            throw .damaged(path: file.path, detail: error.message.lowercased())
        }
        pageCount = Poppler.pageCount(handle)
    }

    /// Opens a PDF file on disk.
    public convenience init(path: String, password: String? = nil) throws(IngestError) {
        try self.init(file: PDFFile(path: path, password: password))
    }

    deinit {
        Poppler.release(handle)
    }

    /// The page with the given 1-based number.
    public func page(_ number: Int) throws(IngestError) -> PDFPage {
        guard (1...max(pageCount, 1)).contains(number), number <= pageCount,
            let page = Poppler.page(handle, index: number - 1)
        else {
            throw .pageOutOfRange(path: file.path, page: number, pageCount: pageCount)
        }
        return PDFPage(document: self, handle: page, number: number)
    }
}
