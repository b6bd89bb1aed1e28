/// One page of an open ``PDFDocument``; keeps its document alive.
public final class PDFPage {
    /// 1-based page number.
    public let number: Int
    /// The document this page belongs to.
    public let document: PDFDocument
    let handle: OpaquePointer  // PopplerPage*

    init(document: PDFDocument, handle: OpaquePointer, number: Int) {
        self.document = document
        self.handle = handle
        self.number = number
    }

    deinit {
        Poppler.release(handle)
    }

    /// Page size in PDF points (1/72 inch).
    public var size: PageSize {
        let (width, height) = Poppler.size(handle)
        return PageSize(width: width, height: height)
    }
}

/// Width and height of a page in PDF points.
public struct PageSize: Codable, Equatable, Sendable {
    public var width: Double
    public var height: Double

    public init(width: Double, height: Double) {
        self.width = width
        self.height = height
    }
}
