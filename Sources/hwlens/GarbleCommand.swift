import ArgumentParser
import Files
import Foundation
import Garble
import OCR
import Source
import Study

/// `hwlens garble`: what each input form did to the text and the math of the source.
struct GarbleCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "garble",
        abstract: "Measure what input forms did to the text and the math of a problem set's source.",
        discussion: """
            The source (.tex, .md, or .txt) is converted to hwlens' canonical text with its formula
            spans; each candidate (a PDF's text layer, an image or PDF to OCR, pasted text, or saved
            'hwlens extract'/'hwlens ocr' JSON) is normalized, aligned with it in full, and measured.
            """)

    @Option(name: .long, help: "The problem set's source: .tex, .md or .txt.")
    var source: String

    @Option(name: .long, help: "Normalization steps, e.g. standard, none, nfc,whitespace, or standard,-quotes,+dashes.")
    var normalize: String = "standard"

    @Option(name: .long, help: "Output format: text, json or html.")
    var format: GarbleFormat = .text

    @Flag(name: .long, help: "OCR PDF candidates instead of reading their text layer.")
    var ocrPdf = false

    @Option(name: .long, help: "Resolution for OCR of PDFs and of images without one.")
    var dpi: Int?

    @Option(name: .long, help: "Tesseract languages for OCR.")
    var lang: String = "eng"

    @Option(name: .long, help: "Write the normalized texts that were aligned to this folder (reference.txt, candidate-N.txt).")
    var saveTexts: String?

    @OptionGroup var jobs: JobOptions

    @Argument(help: "Candidate texts: PDFs, images, .txt, or saved hwlens JSON.")
    var candidates: [String]

    func validate() throws {
        if let dpi, !(20...2400).contains(dpi) { throw ValidationError("--dpi must be between 20 and 2400") }
        if candidates.isEmpty { throw ValidationError("no candidates to measure") }
        do {
            _ = try Normalization(parsing: normalize)
        } catch {
            throw ValidationError(error.localizedDescription)
        }
    }

    func run() async throws {
        let normalization = try Normalization(parsing: normalize)
        // The source is read while the first candidate is.
        let sourcePath = source
        let sourceTask = Task.detached { () throws -> (SourceText, PreparedReference) in
            let text = try SourceReader.read(path: sourcePath)
            return (text, try PreparedReference(GarbleReference(source: text), normalization: normalization))
        }
        func sourceOrExit() async throws -> (SourceText, PreparedReference) {
            do { return try await sourceTask.value } catch { throw Diagnostics.fatal(error) }
        }
        var reader = CandidateReader(ocr: OCRAccess(languages: lang))
        reader.ocrPDFs = ocrPdf
        reader.ocrSettings.languages = lang
        reader.ocrSettings.dpi = dpi
        reader.jobs = jobs.jobs
        var reports: [GarbleReport] = []
        for (index, path) in candidates.enumerated() {
            let candidate: GarbleCandidate
            do {
                candidate = try await QuietStandardError.during { try await reader.read(path) }
            } catch {
                Diagnostics.error(error)
                continue
            }
            let (_, prepared) = try await sourceOrExit()
            if let saveTexts {
                if reports.isEmpty { try save(String(prepared.characters), as: "reference.txt", in: saveTexts) }
                try save(String(normalization.apply(candidate.text).characters), as: "candidate-\(index + 1).txt", in: saveTexts)
            }
            reports.append(await GarbleAnalyzer.analyze(candidate, against: prepared, keepAlignment: format == .html))
        }
        let (sourceText, prepared) = try await sourceOrExit()
        let comparison = GarbleComparison(
            source: SourceSummary(
                file: source, kind: sourceText.kind.rawValue, characters: prepared.characters.count,
                formulas: sourceText.formulas.count, issues: sourceText.issues.map { "line \($0.line): \($0.message)" }),
            normalization: normalization.names, candidates: reports)
        switch format {
        case .text: StandardOutput.write(GarbleTextFormatter.format(comparison))
        case .json:
            do { StandardOutput.write(try GarbleJSONFormatter.format(comparison)) } catch { throw Diagnostics.fatal(error) }
        case .html: StandardOutput.write(GarbleHTMLFormatter.format(comparison))
        }
    }

    func save(_ text: String, as name: String, in folder: String) throws {
        let path = (folder as NSString).appendingPathComponent(name)
        do {
            try FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true)
            try Data(text.utf8).write(to: URL(fileURLWithPath: path))
        } catch {
            throw Diagnostics.fatal(FileError.writeFailed(path: path, reason: "cannot write"))
        }
    }
}
