internal import CTesseract
import Foundation

/// The one place where OCR talks to tesseract and leptonica.
///
/// Each C call has a thin typed wrapper here: statuses become thrown ``OCRError``s, C
/// strings are copied and freed at once, and handles leave as `OpaquePointer`s that the
/// owning classes (``OCREngine``, ``OCRImage``) release in their `deinit`. No other file
/// imports `CTesseract`.
enum Tesseract {
    /// Copies a tesseract-allocated string into Swift and frees it.
    static func takeText(_ pointer: UnsafeMutablePointer<CChar>?) -> String {
        guard let pointer else { return "" }
        defer { TessDeleteText(pointer) }
        return String(cString: pointer)
    }

    /// The tesseract library version, e.g. `5.3.0`.
    static var version: String { String(cString: TessVersion()) }

    /// Leptonica prints its errors to stderr; hwlens reports its own instead.
    static let quietLeptonica: Void = {
        _ = setMsgSeverity(6)  // L_SEVERITY_NONE
    }()

    // MARK: Engines

    /// A new engine (`TessBaseAPI*`) with `languages` loaded from `folder`.
    static func engine(languages: String, folder: String) throws(OCRError) -> OpaquePointer {
        guard let handle = TessBaseAPICreate() else { throw .engineFailed(detail: "cannot create an engine") }
        // Tesseract's warnings ("Estimating resolution as …") go nowhere; hwlens reports its own.
        TessBaseAPISetVariable(handle, "debug_file", "/dev/null")
        guard TessBaseAPIInit3(handle, folder, languages) == 0 else {
            TessBaseAPIDelete(handle)
            throw .engineFailed(detail: "cannot load language data '\(languages)' from \(folder)")
        }
        return handle
    }

    static func release(engine: OpaquePointer) {
        TessBaseAPIEnd(engine)
        TessBaseAPIDelete(engine)
    }

    /// What one recognition gives before it is shaped into an ``OCRPage``.
    struct Recognized {
        var text: String
        var meanConfidence: Int
        var lines: [OCRLine]
        var words: [OCRWord]
        var tsv: String?
        var hocr: String?
    }

    /// Recognizes `image` with `engine`; `dpi` > 0 overrides the image's resolution.
    static func recognize(
        engine: OpaquePointer, image: OpaquePointer, mode: Int, dpi: Int, page: Int, tsv: Bool, hocr: Bool
    ) -> Recognized {
        TessBaseAPISetPageSegMode(engine, TessPageSegMode(UInt32(clamping: mode)))
        TessBaseAPISetImage2(engine, UnsafeMutablePointer<PIX>(image))
        if dpi > 0 { TessBaseAPISetSourceResolution(engine, Int32(clamping: dpi)) }
        defer { TessBaseAPIClear(engine) }
        _ = TessBaseAPIRecognize(engine, nil)
        let (lines, words) = layout(engine)
        return Recognized(
            text: takeText(TessBaseAPIGetUTF8Text(engine)), meanConfidence: Int(TessBaseAPIMeanTextConf(engine)), lines: lines,
            words: words, tsv: tsv ? takeText(TessBaseAPIGetTsvText(engine, Int32(clamping: page))) : nil,
            hocr: hocr ? takeText(TessBaseAPIGetHOCRText(engine, Int32(clamping: page))) : nil)
    }

    /// Lines and words from tesseract's result iterator.
    private static func layout(_ engine: OpaquePointer) -> ([OCRLine], [OCRWord]) {
        var lines: [OCRLine] = []
        var words: [OCRWord] = []
        guard let iterator = TessBaseAPIGetIterator(engine) else { return ([], []) }
        defer { TessResultIteratorDelete(iterator) }
        let pageIterator = TessResultIteratorGetPageIterator(iterator)
        var lineWords: [String] = []
        func closeLine() {
            guard !lines.isEmpty else { return }
            lines[lines.count - 1].text = lineWords.joined(separator: " ")
            lineWords = []
        }
        func box(_ level: TessPageIteratorLevel) -> PixelBox {
            var left: Int32 = 0
            var top: Int32 = 0
            var right: Int32 = 0
            var bottom: Int32 = 0
            guard TessPageIteratorBoundingBox(pageIterator, level, &left, &top, &right, &bottom) != 0 else {
                return PixelBox(x: 0, y: 0, width: 0, height: 0)
            }
            return PixelBox(x: Int(left), y: Int(top), width: Int(right - left), height: Int(bottom - top))
        }
        func rounded(_ value: Float) -> Double { (Double(value) * 100).rounded() / 100 }
        repeat {
            guard let wordText = TessResultIteratorGetUTF8Text(iterator, RIL_WORD) else { continue }
            let word = takeText(wordText)
            if TessPageIteratorIsAtBeginningOf(pageIterator, RIL_TEXTLINE) != 0 || lines.isEmpty {
                closeLine()
                lines.append(OCRLine(text: "", box: box(RIL_TEXTLINE), confidence: rounded(TessResultIteratorConfidence(iterator, RIL_TEXTLINE))))
            }
            lineWords.append(word)
            words.append(
                OCRWord(text: word, box: box(RIL_WORD), confidence: rounded(TessResultIteratorConfidence(iterator, RIL_WORD)), line: lines.count - 1))
        } while TessResultIteratorNext(iterator, RIL_WORD) != 0
        closeLine()
        return (lines, words)
    }

    // MARK: Images

    /// What an image's header says, read without decoding it.
    struct ImageHeader {
        var width: Int
        var height: Int
        var isJPEG: Bool
    }

    /// Reads an image header from memory, or nil when the bytes have none leptonica knows.
    static func header(_ data: Data) -> ImageHeader? {
        _ = quietLeptonica
        return data.withUnsafeBytes { raw -> ImageHeader? in
            let bytes = raw.bindMemory(to: UInt8.self)
            var format: Int32 = 0
            var width: Int32 = 0
            var height: Int32 = 0
            var bitsPerSample: Int32 = 0
            var samplesPerPixel: Int32 = 0
            var colormap: Int32 = 0
            guard
                pixReadHeaderMem(bytes.baseAddress, bytes.count, &format, &width, &height, &bitsPerSample, &samplesPerPixel, &colormap) == 0
            else { return nil }
            return ImageHeader(width: Int(width), height: Int(height), isJPEG: format == 2)  // IFF_JFIF_JPEG
        }
    }

    /// Decodes an image (`PIX*`) from memory, or nil when the decoder gives up. JPEGs fail on
    /// bad data instead of giving a grey half-image.
    static func decode(_ data: Data, isJPEG: Bool) -> OpaquePointer? {
        _ = quietLeptonica
        return data.withUnsafeBytes { raw -> OpaquePointer? in
            let bytes = raw.bindMemory(to: UInt8.self)
            if isJPEG {
                var warnings: Int32 = 0
                return pixReadMemJpeg(bytes.baseAddress, bytes.count, 0, 1, &warnings, 1).map(OpaquePointer.init)  // L_JPEG_FAIL_ON_BAD_DATA
            }
            return pixReadMem(bytes.baseAddress, bytes.count).map(OpaquePointer.init)
        }
    }

    /// A 32-bit image (`PIX*`) from cairo's ARGB32 rows, with a resolution; nil when
    /// leptonica cannot allocate it.
    static func image(width: Int, height: Int, bytesPerRow: Int, pixels: [UInt8], dpi: Int) -> OpaquePointer? {
        guard let width32 = Int32(exactly: width), let height32 = Int32(exactly: height), let pix = pixCreate(width32, height32, 32) else {
            return nil
        }
        let wordsPerLine = Int(pixGetWpl(pix))
        let target = pixGetData(pix)!
        pixels.withUnsafeBufferPointer { source in
            let base = UnsafeRawPointer(source.baseAddress!)
            for y in 0..<height {
                let row = base + y * bytesPerRow
                let out = target + y * wordsPerLine
                for x in 0..<width {
                    // cairo 0xAARRGGBB → leptonica 0xRRGGBBAA
                    out[x] = (row + x * 4).loadUnaligned(as: UInt32.self) << 8 | 0xFF
                }
            }
        }
        pixSetResolution(pix, Int32(clamping: dpi), Int32(clamping: dpi))
        return OpaquePointer(pix)
    }

    static func release(image: OpaquePointer) {
        var pointer: UnsafeMutablePointer<PIX>? = UnsafeMutablePointer(image)
        pixDestroy(&pointer)
    }

    static func width(_ image: OpaquePointer) -> Int { Int(pixGetWidth(UnsafeMutablePointer<PIX>(image))) }
    static func height(_ image: OpaquePointer) -> Int { Int(pixGetHeight(UnsafeMutablePointer<PIX>(image))) }
    static func resolution(_ image: OpaquePointer) -> Int { Int(pixGetXRes(UnsafeMutablePointer<PIX>(image))) }

    /// The image scaled by `factor` (leptonica's smoothing/sharpening scaler), or nil.
    static func scaled(_ image: OpaquePointer, by factor: Double) -> OpaquePointer? {
        pixScale(UnsafeMutablePointer<PIX>(image), Float(factor), Float(factor)).map(OpaquePointer.init)
    }

    static func setResolution(_ image: OpaquePointer, _ dpi: Int) {
        pixSetResolution(UnsafeMutablePointer<PIX>(image), Int32(clamping: dpi), Int32(clamping: dpi))
    }
}
