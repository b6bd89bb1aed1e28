import Foundation
import Garble
import Ingest
import OCR
import Problems

/// Reads any input form of a problem set into problems and parts: a source (`.tex`, `.md`),
/// a PDF (its text layer, with the math rebuilt from the layout), an image (OCR), or
/// pasted text; the cleaned text is segmented, and so is the raw text for comparison.
public struct ProblemReader: Sendable {
    public var ocrSettings: OCRSettings
    public var jobs = 2
    public var password: String? = nil
    /// OCR PDFs instead of reading their text layer.
    public var ocrPDFs = false
    let pool: OCREnginePool?

    public init(pool: OCREnginePool?) {
        self.pool = pool
        var settings = OCRSettings()
        // A single column of text of varying sizes keeps part labels on their lines,
        // where automatic segmentation (3) splits them off as blocks of their own.
        settings.pageSegmentationMode = 4
        ocrSettings = settings
    }

    /// The cleaned and raw text of an input, with how it was read.
    public struct Texts: Sendable {
        public var form: String
        public var cleaned: String
        public var raw: String
        public var repairs: [String: Int]
        /// For PDFs: page and box of each line of `cleaned`.
        public var lineLocations: [(page: Int, box: Box)]?
        /// For sources: formula spans of `cleaned`.
        public var formulas: [FormulaSpan]?
    }

    public func texts(of path: String) async throws -> Texts {
        let lower = path.lowercased()
        if [".tex", ".latex", ".ltx", ".md", ".markdown"].contains(where: lower.hasSuffix) {
            let source = try SourceReader.read(path: path)
            return Texts(form: source.kind.rawValue, cleaned: source.text, raw: source.text, repairs: [:], lineLocations: nil, formulas: source.formulas)
        }
        let data = try InputBytes.read(path)
        let isPDF = InputBytes.isPDF(data)
        var repairs: [String: Int] = [:]
        if isPDF && !ocrPDFs {
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
            return Texts(form: "pdf-text", cleaned: cleaned, raw: raw, repairs: repairs, lineLocations: locations, formulas: nil)
        }
        let candidate = try await CandidateReader.read(path, data: data, pool: pool, settings: ocrSettings, jobs: jobs, password: password)
        let raw = candidate.text.replacingOccurrences(of: "\u{0C}", with: "\n")
        let cleaned = TextRepairs.apply(raw, counts: &repairs)
        return Texts(form: candidate.form, cleaned: cleaned, raw: raw, repairs: repairs, lineLocations: nil, formulas: nil)
    }

    public func read(_ path: String) async throws -> ProblemDocument {
        let texts = try await texts(of: path)
        return Self.document(path: path, texts: texts)
    }

    /// Segments the texts of one input into a document.
    public static func document(path: String, texts: Texts) -> ProblemDocument {
        let cleanedSet = ProblemSegmenter.segment(texts.cleaned)
        let rawSet = texts.raw == texts.cleaned ? cleanedSet : ProblemSegmenter.segment(texts.raw)
        let lines = texts.cleaned.split(separator: "\n", omittingEmptySubsequences: false)
        // Character offset of each line start, to place formula spans in lines.
        var lineStarts: [Int] = []
        var offset = 0
        for line in lines {
            lineStarts.append(offset)
            offset += line.count + 1
        }
        func location(_ range: Range<Int>) -> Location {
            var location = Location(lines: [range.lowerBound, range.upperBound], page: nil, box: nil)
            if let places = texts.lineLocations {
                let inRange = range.filter { $0 < places.count }.map { places[$0] }
                if let first = inRange.first {
                    location.page = first.page
                    location.box = Box.union(inRange.filter { $0.page == first.page }.map(\.box))
                }
            }
            return location
        }
        let textCharacters = Array(texts.cleaned)
        func formulas(_ part: Part) -> [String] {
            if let spans = texts.formulas {
                let lower = part.lines.lowerBound < lineStarts.count ? lineStarts[part.lines.lowerBound] : offset
                let upper = part.lines.upperBound < lineStarts.count ? lineStarts[part.lines.upperBound] : offset
                return spans.filter { $0.start >= lower && $0.end <= upper }.map { String(textCharacters[$0.start..<$0.end]) }
            }
            let plain = SourceReader.plain(part.text)
            let characters = Array(plain.text)
            return plain.formulas.map { String(characters[$0.start..<$0.end]) }
        }
        let problems = cleanedSet.problems.map { problem in
            ProblemEntry(
                id: problem.id, title: problem.title, text: problem.text,
                parts: problem.parts.map { part in
                    PartEntry(
                        id: part.id, label: part.label, text: part.text, rawText: rawSet.part(part.id)?.text ?? "",
                        formulas: formulas(part), values: part.values, location: location(part.lines))
                },
                location: location(problem.lines))
        }
        return ProblemDocument(file: path, form: texts.form, repairs: texts.repairs, problems: problems, warnings: cleanedSet.warnings)
    }
}
