/// The text layers of the selected pages of one PDF file.
public struct PDFExtraction: Codable, Sendable {
    /// Version of this JSON layout; bumped on incompatible change.
    public var version: Int = 1
    public var file: String
    public var pageCount: Int
    public var pages: [TextLayer]

    public init(file: String, pageCount: Int, pages: [TextLayer]) {
        self.file = file
        self.pageCount = pageCount
        self.pages = pages
    }

    /// The text of all pages as a copy-paste gives it, pages separated by form feeds
    /// like `pdftotext`.
    public var text: String {
        pages.map { $0.text.hasSuffix("\n") || $0.text.isEmpty ? $0.text : $0.text + "\n" }.joined(separator: "\u{0C}")
    }

    /// The text with its math rebuilt from the layout (``LayoutRebuilder``), pages
    /// separated by form feeds.
    public var cleanedText: String {
        pages.map { LayoutRebuilder.rebuild($0).text + "\n" }.joined(separator: "\u{0C}")
    }
}
