/// What tesseract read on one image or PDF page.
///
/// Boxes are `[x, y, width, height]` in **pixels** of the recognized image, top-left origin;
/// ``dpi`` converts them to inches (for PDF pages, points = pixels × 72 / dpi).
public struct OCRPage: Codable, Equatable, Sendable {
    /// The input file.
    public var file: String
    /// 1-based page number (always 1 for an image).
    public var page: Int
    public var width: Int
    public var height: Int
    /// Resolution used for recognition (recorded, given by `--dpi`, or 0 when unknown).
    public var dpi: Int
    /// Text in reading order, as tesseract's plain-text output gives it.
    public var text: String
    /// Tesseract's mean word confidence, 0–100.
    public var meanConfidence: Int
    public var lines: [OCRLine]
    public var words: [OCRWord]
    /// Tesseract's TSV rows for the page (no header), when asked for.
    public var tsv: String?
    /// Tesseract's hOCR `ocr_page` element, when asked for.
    public var hocr: String?

    enum CodingKeys: String, CodingKey {
        case file, page, width, height, dpi, text, meanConfidence, lines, words
    }
}

/// One recognized line.
public struct OCRLine: Codable, Equatable, Sendable {
    public var text: String
    public var box: PixelBox
    public var confidence: Double
}

/// One recognized word with tesseract's confidence (0–100).
public struct OCRWord: Codable, Equatable, Sendable {
    public var text: String
    public var box: PixelBox
    public var confidence: Double
    /// Index into ``OCRPage/lines``.
    public var line: Int
}

/// A rectangle in image pixels, `[x, y, width, height]` in JSON.
public struct PixelBox: Equatable, Sendable, Codable {
    public var x: Int
    public var y: Int
    public var width: Int
    public var height: Int

    public var maxX: Int { x + width }
    public var maxY: Int { y + height }

    public init(x: Int, y: Int, width: Int, height: Int) {
        self.x = x
        self.y = y
        self.width = width
        self.height = height
    }

    public init(from decoder: Decoder) throws {
        var c = try decoder.unkeyedContainer()
        x = try c.decode(Int.self)
        y = try c.decode(Int.self)
        width = try c.decode(Int.self)
        height = try c.decode(Int.self)
    }

    public func encode(to encoder: Encoder) throws {
        var c = encoder.unkeyedContainer()
        try c.encode(contentsOf: [x, y, width, height])
    }
}
