import Foundation
import Garble
import Ingest
import OCR
import Problems

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
    let pool: OCREnginePool?

    /// `pool` is needed only when images or OCR'd PDFs are read.
    public init(pool: OCREnginePool?) {
        self.pool = pool
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
        let data: Data
        do {
            data = try InputBytes.read(path)
        } catch {
            throw AnalyzeError.unreadableCandidate(path: path, detail: error.localizedDescription)
        }
        let key = cache == nil ? nil : cacheSettings(for: data).map { InputCacheKey(content: ContentHash.sha256(data), settings: $0) }
        if let key, let cached = cache?.text(for: key) {
            return GarbleCandidate(name: path, form: cached.form, text: cached.text)
        }
        let candidate = try await Self.read(path, data: data, pool: pool, settings: ocrSettings, jobs: jobs, password: password, ocrPDFs: ocrPDFs)
        if let key { cache?.store(CachedInputText(form: candidate.form, text: candidate.text), for: key) }
        return candidate
    }

    /// What shapes the text read from these bytes, or nil for inputs not worth caching
    /// (pasted text and saved JSON are read in less time than a lookup takes).
    func cacheSettings(for data: Data) -> String? {
        let isPDF = InputBytes.isPDF(data)
        if isPDF && !ocrPDFs { return "pdf-text v1; poppler \(PDFFile.popplerVersion)" }
        guard isPDF || Self.looksLikeImage(data) else { return nil }
        let s = ocrSettings
        // PDF pages are rendered by poppler before OCR.
        return "\(isPDF ? "pdf-ocr v1; poppler \(PDFFile.popplerVersion)" : "ocr v1"); tesseract \(OCREngine.tesseractVersion); "
            + "lang \(s.languages); psm \(s.pageSegmentationMode.map(String.init) ?? "default"); dpi \(s.dpi.map(String.init) ?? "auto"); "
            + "upscale \(s.upscale); data \(LanguageData.identity(for: s.languages))"
    }

    /// Reads a candidate from bytes already read.
    static func read(
        _ path: String, data: Data, pool: OCREnginePool?, settings ocrSettings: OCRSettings, jobs: Int, password: String?,
        ocrPDFs: Bool = true
    ) async throws -> GarbleCandidate {
        let isPDF = InputBytes.isPDF(data)
        // A file named .pdf that is no PDF is an error, not a text to read as is.
        if !isPDF && path.lowercased().hasSuffix(".pdf") { try PDFFile.check(data, path: path) }
        if isPDF && !ocrPDFs {
            let file = try PDFFile(data: data, path: path, password: password)
            let extraction = try await TextLayerReader.read(file, jobs: jobs)
            return GarbleCandidate(name: path, form: "pdf-text", text: extraction.text)
        }
        if isPDF || Self.looksLikeImage(data) {
            guard let pool else { throw AnalyzeError.unreadableCandidate(path: path, detail: "\(path): needs ocr, but no ocr engine is available") }
            let outcome = await OCRBatch.recognize([path], settings: ocrSettings, pool: pool, jobs: jobs, password: password)[0]
            let pages = try outcome.result.get()
            return GarbleCandidate(name: path, form: isPDF ? "pdf-ocr" : "ocr", text: OCRTextFormatter.format(pages))
        }
        let text = try TextDecoding.decode(data, path: path)
        if path.lowercased().hasSuffix(".json") {
            return try Self.savedJSON(text, path: path)
        }
        return GarbleCandidate(name: path, form: "text", text: text)
    }

    /// Saved output of `hwlens extract --format json` or `hwlens ocr --format json` (first line).
    static func savedJSON(_ text: String, path: String) throws -> GarbleCandidate {
        let firstLine = Data((text.split(separator: "\n", maxSplits: 1).first ?? "").utf8)
        if let extraction = try? JSONDecoder().decode(PDFExtraction.self, from: firstLine) {
            return GarbleCandidate(name: path, form: "pdf-text", text: extraction.text)
        }
        struct OCRDocument: Decodable { var pages: [OCRPage] }
        if let document = try? JSONDecoder().decode(OCRDocument.self, from: firstLine) {
            return GarbleCandidate(name: path, form: "ocr", text: OCRTextFormatter.format(document.pages))
        }
        throw AnalyzeError.unknownJSON(path: path)
    }

    static func looksLikeImage(_ data: Data) -> Bool {
        let b = [UInt8](data.prefix(12))
        func starts(_ prefix: [UInt8]) -> Bool { b.starts(with: prefix) }
        return starts([0x89, 0x50, 0x4E, 0x47]) || starts([0xFF, 0xD8, 0xFF]) || starts([0x47, 0x49, 0x46, 0x38])
            || starts([0x49, 0x49, 0x2A, 0x00]) || starts([0x4D, 0x4D, 0x00, 0x2A]) || starts([0x42, 0x4D])
            || (b.count >= 12 && starts([0x52, 0x49, 0x46, 0x46]) && Array(b[8..<12]) == [0x57, 0x45, 0x42, 0x50])
            || (b.count >= 2 && b[0] == 0x50 && (0x31...0x36).contains(b[1]))
    }
}

extension SourceText {
    /// The source as a garble reference, its problem parts as regions.
    public var garbleReference: GarbleReference {
        GarbleReference(
            name: path, text: text,
            formulas: formulas.map { ReferenceFormula(id: $0.id, start: $0.start, end: $0.end, latex: $0.latex, display: $0.display) },
            regions: partRegions)
    }

    /// The parts of the problem set, as character ranges of ``text``.
    public var partRegions: [ReferenceRegion] {
        let set = ProblemSegmenter.segment(text)
        var lineStarts: [Int] = [0]
        for (offset, character) in text.enumerated() where character == "\n" { lineStarts.append(offset + 1) }
        let end = text.count
        func offset(_ line: Int) -> Int { line < lineStarts.count ? lineStarts[line] : end }
        return set.problems.flatMap(\.parts).map { part in
            ReferenceRegion(id: part.id, start: offset(part.lines.lowerBound), end: offset(part.lines.upperBound))
        }
    }
}
