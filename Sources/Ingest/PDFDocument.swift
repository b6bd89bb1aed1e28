import CPoppler
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
            // Through a memory stream rather than poppler_document_new_from_bytes: with a
            // wrong password, poppler 22.x's from_bytes/from_data retry path crashes.
            let stream = g_memory_input_stream_new_from_bytes(file.bytes)
            defer { g_object_unref(UnsafeMutableRawPointer(stream)) }
            handle = try Poppler.call { error in
                poppler_document_new_from_stream(stream, goffset(file.byteCount), file.password, nil, error)
            }
        } catch {
            if error.isEncrypted {
                throw file.password == nil ? .passwordRequired(path: file.path) : .wrongPassword(path: file.path)
            }
            throw .damaged(path: file.path, detail: error.message.lowercased())
        }
        pageCount = Int(poppler_document_get_n_pages(handle))
    }

    /// Opens a PDF file on disk.
    public convenience init(path: String, password: String? = nil) throws(IngestError) {
        try self.init(file: PDFFile(path: path, password: password))
    }

    deinit {
        g_object_unref(UnsafeMutableRawPointer(handle))
    }

    /// The page with the given 1-based number.
    public func page(_ number: Int) throws(IngestError) -> PDFPage {
        guard (1...max(pageCount, 1)).contains(number), number <= pageCount,
            let page = poppler_document_get_page(handle, Int32(number - 1))
        else {
            throw .pageOutOfRange(path: file.path, page: number, pageCount: pageCount)
        }
        return PDFPage(document: self, handle: page, number: number)
    }
}
