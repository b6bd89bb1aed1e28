import Files
import Foundation
import Ingest
import OCR
import Problems
import Source

/// Reads any input form of a problem set into problems and parts: a source (`.tex`, `.md`),
/// a PDF (its text layer, with the math rebuilt from the layout), an image (OCR), or
/// pasted text; the cleaned text is segmented, and so is the raw text for comparison.
public struct ProblemReader: Sendable {
    public var ocrSettings: OCRSettings
    public var jobs = 2
    public var password: String? = nil
    /// OCR PDFs instead of reading their text layer.
    public var ocrPDFs = false
    let ocr: OCRAccess

    public init(ocr: OCRAccess) {
        self.ocr = ocr
        var settings = OCRSettings()
        // A single column of text of varying sizes keeps part labels on their lines,
        // where automatic segmentation (3) splits them off as blocks of their own.
        settings.pageSegmentationMode = 4
        ocrSettings = settings
    }

    /// The cleaned and raw text of an input, with how it was read.
    public func texts(of path: String) async throws -> ProblemTexts {
        if InputKind.isSource(path) {
            return ProblemTexts(source: try SourceReader.read(path: path))
        }
        let data = try InputBytes.read(path)
        var repairs: [String: Int] = [:]
        let kind = InputKind.detect(data, path: path)
        if kind == .pdf && !ocrPDFs {
            let file = try PDFFile(data: data, path: path, password: password)
            let extraction = try await TextLayerReader.read(file, jobs: jobs)
            var cleanedPages: [String] = []
            var locations: [(page: Int, box: Box)] = []
            for layer in extraction.pages {
                let cleaned = LayoutRebuilder.rebuild(layer)
                repairs.merge(cleaned.repairs, uniquingKeysWith: +)
                cleanedPages.append(cleaned.text)
                for box in cleaned.lineBoxes { locations.append((layer.page, box)) }
            }
            let cleaned = TextRepairs.apply(cleanedPages.joined(separator: "\n"), counts: &repairs)
            // Line locations follow the lines of the rebuilt text; hyphenation joins keep the line count.
            let raw = extraction.pages.map(\.text).map { $0.hasSuffix("\n") ? String($0.dropLast()) : $0 }.joined(separator: "\n")
            return ProblemTexts(form: .pdfText, cleaned: cleaned, raw: raw, repairs: repairs, lineLocations: locations)
        }
        let candidate = try await CandidateReader.read(path, data: data, kind: kind, ocr: ocr, settings: ocrSettings, jobs: jobs, password: password)
        let raw = candidate.text.replacingOccurrences(of: "\u{0C}", with: "\n")
        // (A pasted table may come column by column, a display matrix row by row around its name, several displays
        // on one line with their outer rows on lines of their own;
        // a PDF's lines keep their places, so not there.)
        var cleaned = ColumnTable.rebuilding(TextRepairs.apply(raw, counts: &repairs), counts: &repairs)
        cleaned = ScatteredMatrix.rebuilding(cleaned, counts: &repairs)
        cleaned = ScatteredDisplayLine.rebuilding(cleaned, counts: &repairs)
        return ProblemTexts(form: candidate.form.readings[0], cleaned: cleaned, raw: raw, repairs: repairs)
    }

    public func read(_ path: String) async throws -> ProblemDocument {
        ProblemDocument(file: path, texts: try await texts(of: path))
    }
}
