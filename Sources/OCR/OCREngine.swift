import Foundation

/// One tesseract engine (`TessBaseAPI`), initialized once for a language list and reused
/// across images. Never shared between tasks: ``OCREnginePool`` hands each worker its own.
///
/// Tesseract's OpenMP threads fight each other when several engines run at once; run
/// with `OMP_THREAD_LIMIT=1` in the environment from process start (the `hwlens` command
/// sees to it) and parallelize across images instead.
public final class OCREngine: @unchecked Sendable {
    public let languages: String
    let handle: OpaquePointer  // TessBaseAPI*

    /// Starts an engine; loading the language data is the costly part.
    public init(languages: String = "eng") throws(OCRError) {
        let folder = try LanguageData.folder(for: languages)
        self.handle = try Tesseract.engine(languages: languages, folder: folder)
        self.languages = languages
    }

    deinit {
        Tesseract.release(engine: handle)
    }

    /// Recognizes one image.
    public func recognize(
        _ image: OCRImage, file: String, page: Int = 1, settings: OCRSettings = OCRSettings()
    ) -> OCRPage {
        var dpi = image.resolution
        if dpi == 0, let fallback = settings.dpi {
            dpi = fallback
        }
        let result = Tesseract.recognize(
            engine: handle, image: image.pix, mode: settings.pageSegmentationMode ?? 3, dpi: dpi, page: page, tsv: settings.wantTSV,
            hocr: settings.wantHOCR)
        return OCRPage(
            file: file, page: page, width: image.width, height: image.height, dpi: dpi, text: result.text,
            meanConfidence: result.meanConfidence, lines: result.lines, words: result.words, tsv: result.tsv, hocr: result.hocr)
    }

    /// The tesseract library version.
    public static var tesseractVersion: String { Tesseract.version }
}
