/// What affects recognition; the same settings on the same image give the same text.
public struct OCRSettings: Hashable, Sendable {
    /// Tesseract language list, `eng` or `eng+grc`.
    public var languages: String = "eng"
    /// Page segmentation mode (0–13), nil for tesseract's default (3, automatic).
    public var pageSegmentationMode: Int? = nil
    /// Resolution for images that record none (screenshots: typically 96–144). PDF pages
    /// are rendered at this resolution too.
    public var dpi: Int? = nil
    /// Scale factor applied to images before recognition (1 = as is).
    public var upscale: Double = 1
    /// Images with more pixels are refused.
    public var pixelLimit: Int = OCRImage.defaultPixelLimit
    /// Also collect tesseract's TSV and hOCR output.
    public var wantTSV = false
    public var wantHOCR = false

    public init() {}

    /// Resolution for rendering PDF pages.
    public var pdfDPI: Int { dpi ?? 300 }
}
