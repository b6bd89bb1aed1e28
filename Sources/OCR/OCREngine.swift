import CTesseract
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
        guard let handle = TessBaseAPICreate() else { throw .engineFailed(detail: "cannot create an engine") }
        // Tesseract's warnings ("Estimating resolution as …") go nowhere; hwlens reports its own.
        TessBaseAPISetVariable(handle, "debug_file", "/dev/null")
        guard TessBaseAPIInit3(handle, folder, languages) == 0 else {
            TessBaseAPIDelete(handle)
            throw .engineFailed(detail: "cannot load language data '\(languages)' from \(folder)")
        }
        self.languages = languages
        self.handle = handle
    }

    deinit {
        TessBaseAPIEnd(handle)
        TessBaseAPIDelete(handle)
    }

    /// Recognizes one image.
    public func recognize(
        _ image: OCRImage, file: String, page: Int = 1, settings: OCRSettings = OCRSettings()
    ) -> OCRPage {
        TessBaseAPISetPageSegMode(handle, TessPageSegMode(UInt32(settings.pageSegmentationMode ?? 3)))
        TessBaseAPISetImage2(handle, image.pix)
        var dpi = image.resolution
        if dpi == 0, let fallback = settings.dpi {
            dpi = fallback
        }
        if dpi > 0 { TessBaseAPISetSourceResolution(handle, Int32(clamping: dpi)) }
        defer { TessBaseAPIClear(handle) }
        _ = TessBaseAPIRecognize(handle, nil)

        let text = Tesseract.takeText(TessBaseAPIGetUTF8Text(handle))
        let (lines, words) = layout()
        return OCRPage(
            file: file, page: page, width: image.width, height: image.height, dpi: dpi, text: text,
            meanConfidence: Int(TessBaseAPIMeanTextConf(handle)), lines: lines, words: words,
            tsv: settings.wantTSV ? Tesseract.takeText(TessBaseAPIGetTsvText(handle, Int32(page))) : nil,
            hocr: settings.wantHOCR ? Tesseract.takeText(TessBaseAPIGetHOCRText(handle, Int32(page))) : nil)
    }

    /// Lines and words from tesseract's result iterator.
    private func layout() -> ([OCRLine], [OCRWord]) {
        var lines: [OCRLine] = []
        var words: [OCRWord] = []
        guard let iterator = TessBaseAPIGetIterator(handle) else { return ([], []) }
        defer { TessResultIteratorDelete(iterator) }
        let pageIterator = TessResultIteratorGetPageIterator(iterator)
        var lineWords: [String] = []
        func closeLine() {
            guard !lines.isEmpty else { return }
            lines[lines.count - 1].text = lineWords.joined(separator: " ")
            lineWords = []
        }
        func box(_ level: TessPageIteratorLevel) -> PixelBox? {
            var left: Int32 = 0
            var top: Int32 = 0
            var right: Int32 = 0
            var bottom: Int32 = 0
            guard TessPageIteratorBoundingBox(pageIterator, level, &left, &top, &right, &bottom) != 0 else { return nil }
            return PixelBox(x: Int(left), y: Int(top), width: Int(right - left), height: Int(bottom - top))
        }
        repeat {
            guard let wordText = TessResultIteratorGetUTF8Text(iterator, RIL_WORD) else { continue }
            let word = Tesseract.takeText(wordText)
            if TessPageIteratorIsAtBeginningOf(pageIterator, RIL_TEXTLINE) != 0 || lines.isEmpty {
                closeLine()
                lines.append(
                    OCRLine(
                        text: "", box: box(RIL_TEXTLINE) ?? PixelBox(x: 0, y: 0, width: 0, height: 0),
                        confidence: Self.rounded(Double(TessResultIteratorConfidence(iterator, RIL_TEXTLINE)))))
            }
            lineWords.append(word)
            words.append(
                OCRWord(
                    text: word, box: box(RIL_WORD) ?? PixelBox(x: 0, y: 0, width: 0, height: 0),
                    confidence: Self.rounded(Double(TessResultIteratorConfidence(iterator, RIL_WORD))),
                    line: lines.count - 1))
        } while TessResultIteratorNext(iterator, RIL_WORD) != 0
        closeLine()
        return (lines, words)
    }

    static func rounded(_ value: Double) -> Double { (value * 100).rounded() / 100 }

    /// The tesseract library version.
    public static var tesseractVersion: String { Tesseract.version }
}
