import Files
import Foundation
import Garble
import Ingest
import OCR
import Store

/// Reads the text of an input form as the model saw it: a PDF's text layer (or its OCR),
/// an image through OCR, pasted text, or saved `hwlens extract` / `hwlens ocr` JSON.
public struct CandidateReader: Sendable {
    /// OCR PDFs instead of reading their text layer.
    public var ocrPDFs = false
    public var ocrSettings = OCRSettings()
    public var jobs = 2
    public var password: String? = nil
    /// Where texts already read are kept; nil reads every input afresh.
    public var cache: (any InputTextCache)? = nil
    let ocr: OCRAccess

    /// `ocr` is used only when images or OCR'd PDFs are read; its error is thrown there.
    public init(ocr: OCRAccess) {
        self.ocr = ocr
    }

    /// Reads one candidate. A path that does not exist but joins existing files with `+`
    /// (`shot-1.png+shot-2.png`) is read as one candidate: the texts in order, the pages of
    /// one form.
    public func read(_ path: String) async throws -> GarbleCandidate {
        if !FileManager.default.fileExists(atPath: path), path.contains("+") {
            let parts = path.split(separator: "+").map(String.init)
            if !parts.isEmpty, parts.allSatisfy({ FileManager.default.fileExists(atPath: $0) }) {
                var pieces: [GarbleCandidate] = []
                for part in parts { pieces.append(try await readOne(part)) }
                return GarbleCandidate(name: path, form: pieces[0].form, text: pieces.map(\.text).joined(separator: "\u{0C}"))
            }
        }
        return try await readOne(path)
    }

    func readOne(_ path: String) async throws -> GarbleCandidate {
        let data = try InputBytes.read(path)
        let kind = InputKind.detect(data, path: path)
        let key = cache == nil ? nil : cacheSettings(for: kind).map { InputCacheKey(content: ContentHash.sha256(data), settings: $0) }
        if let key, let cached = cache?.text(for: key) {
            return GarbleCandidate(name: path, form: InputForm(cached.form), text: cached.text)
        }
        let candidate = try await Self.read(path, data: data, kind: kind, ocr: ocr, settings: ocrSettings, jobs: jobs, password: password, ocrPDFs: ocrPDFs)
        if let key { cache?.store(CachedInputText(form: candidate.form.readings[0], text: candidate.text), for: key) }
        return candidate
    }

    /// What shapes the text read from an input of this kind, or nil for inputs not worth
    /// caching (pasted text and saved JSON are read in less time than a lookup takes).
    func cacheSettings(for kind: InputKind) -> String? {
        let isPDF = kind == .pdf
        if isPDF && !ocrPDFs { return "pdf-text v1; poppler \(PDFFile.popplerVersion)" }
        guard isPDF || kind.isImage else { return nil }
        let s = ocrSettings
        // PDF pages are rendered by poppler before OCR.
        return "\(isPDF ? "pdf-ocr v1; poppler \(PDFFile.popplerVersion)" : "ocr v1"); tesseract \(OCREngine.tesseractVersion); "
            + "lang \(s.languages); psm \(s.pageSegmentationMode.map(String.init) ?? "default"); dpi \(s.dpi.map(String.init) ?? "auto"); "
            + "upscale \(s.upscale); data \(LanguageData.identity(for: s.languages))"
    }

    /// Reads a candidate from bytes already read, of the kind already detected.
    static func read(
        _ path: String, data: Data, kind: InputKind, ocr: OCRAccess, settings ocrSettings: OCRSettings, jobs: Int, password: String?,
        ocrPDFs: Bool = true
    ) async throws -> GarbleCandidate {
        // A file named .pdf that is no PDF is an error, not a text to read as is.
        if kind != .pdf && InputKind.claimed(by: path) == .pdf { try PDFFile.check(data, path: path) }
        if kind == .pdf && !ocrPDFs {
            let file = try PDFFile(data: data, path: path, password: password)
            let extraction = try await TextLayerReader.read(file, jobs: jobs)
            return GarbleCandidate(name: path, form: InputForm(.pdfText), text: extraction.text)
        }
        if kind == .pdf || kind.isImage {
            let pool: OCREnginePool
            do {
                pool = try ocr.engines()
            } catch {
                throw StudyError.needsOCR(path: path, detail: error.localizedDescription)
            }
            let outcome = await OCRBatch.recognize([path], settings: ocrSettings, pool: pool, jobs: jobs, password: password)[0]
            let pages = try outcome.result.get()
            return GarbleCandidate(name: path, form: InputForm(kind == .pdf ? .pdfOCR : .ocr), text: OCRTextFormatter.format(pages))
        }
        let text = try TextDecoding.decode(data, path: path)
        if InputKind.claimed(by: path) == .otherJSON {
            return try Self.savedJSON(text, path: path)
        }
        return GarbleCandidate(name: path, form: InputForm(.text), text: text)
    }

    /// Saved output of `hwlens extract --format json` or `hwlens ocr --format json` (first line).
    static func savedJSON(_ text: String, path: String) throws(StudyError) -> GarbleCandidate {
        let firstLine = Data((text.split(separator: "\n", maxSplits: 1).first ?? "").utf8)
        if let extraction = try? JSONDecoder().decode(PDFExtraction.self, from: firstLine) {
            return GarbleCandidate(name: path, form: InputForm(.pdfText), text: extraction.text)
        }
        struct OCRDocument: Decodable { var pages: [OCRPage] }
        if let document = try? JSONDecoder().decode(OCRDocument.self, from: firstLine) {
            return GarbleCandidate(name: path, form: InputForm(.ocr), text: OCRTextFormatter.format(document.pages))
        }
        throw .unknownJSON(path: path)
    }
}
