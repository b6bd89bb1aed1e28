import ArgumentParser
import Foundation
import Garble
import OCR
import Problems
import Source
import Study

/// `hwlens problems`: any input form as problems and parts, cleaned.
struct ProblemsCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "problems",
        abstract: "Segment an input form into problems and parts, clean it, rebuild math from the PDF layout.",
        discussion: """
            FILE is a source (.tex, .md), a PDF (text layer, math rebuilt from the layout; --ocr-pdf
            to OCR it), an image (OCR with --psm 4 unless given), or pasted text. With --stats and
            --source, prints the formula error rate of the raw and the cleaned text against the source.
            """)

    @Option(name: .long, help: "Output format: json or text.")
    var format: ProblemsFormat = .text

    @Flag(name: .long, help: "Print formula CER of raw and cleaned text against --source.")
    var stats = false

    @Option(name: .long, help: "The problem set's source, for --stats.")
    var source: String?

    @Flag(name: .long, help: "OCR PDFs instead of reading their text layer.")
    var ocrPdf = false

    @Option(name: .long, help: "Resolution for OCR (PDF pages and images without one).")
    var dpi: Int?

    @Option(name: .long, help: "Tesseract page segmentation mode for OCR.")
    var psm: Int = 4

    @Option(name: .long, help: "Tesseract languages for OCR.")
    var lang: String = "eng"

    @OptionGroup var jobs: JobOptions

    @Argument(help: "Input forms of a problem set.")
    var files: [String]

    func validate() throws {
        if let dpi, !(20...2400).contains(dpi) { throw ValidationError("--dpi must be between 20 and 2400") }
        if files.isEmpty { throw ValidationError("no input files") }
        if stats && source == nil { throw ValidationError("--stats needs --source") }
        if !(0...13).contains(psm) { throw ValidationError("--psm must be between 0 and 13") }
    }

    func run() async throws {
        var reader = ProblemReader(ocr: OCRAccess(languages: lang))
        reader.ocrPDFs = ocrPdf
        reader.ocrSettings.dpi = dpi
        reader.ocrSettings.languages = lang
        reader.ocrSettings.pageSegmentationMode = psm
        reader.jobs = jobs.jobs
        var reference: PreparedReference? = nil
        if let source {
            do {
                reference = try PreparedReference(GarbleReference(source: SourceReader.read(path: source)), normalization: .standard)
            } catch {
                throw Diagnostics.fatal(error)
            }
        }
        for (index, path) in files.enumerated() {
            do {
                let texts = try await QuietStandardError.during { try await reader.texts(of: path) }
                let document = ProblemDocument(file: path, texts: texts)
                switch format {
                case .json: StandardOutput.write(try ProblemsJSONFormatter.format(document) + Data([0x0A]))
                case .text: StandardOutput.write((index > 0 ? "\n" : "") + ProblemsTextFormatter.format(document))
                }
                if stats, let reference {
                    Diagnostics.write(await CleaningStats.measure(texts, of: path, against: reference).line)
                }
            } catch {
                Diagnostics.error(error)
            }
        }
    }
}

/// Output formats of `hwlens problems`.
enum ProblemsFormat: String, ExpressibleByArgument, CaseIterable {
    case text
    case json
}
