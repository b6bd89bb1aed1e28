import ArgumentParser
import Foundation
import Ingest

/// `hwlens extract`: what a PDF's text layer really holds.
struct ExtractCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "extract",
        abstract: "Read the text layer of PDFs: text, lines, words with boxes and fonts, formula runs.",
        discussion: """
            With --format json, prints one JSON document per file per line (JSON Lines).
            With --format text, prints the page text as a copy-paste gives it, pages separated
            by form feeds; with several files each gets a '==> FILE <==' header.
            """)

    @OptionGroup var pdf: PDFOptions
    @OptionGroup var jobs: JobOptions

    @Option(name: .long, help: "Output format: text or json.")
    var format: ExtractFormat = .text

    @Flag(name: .long, help: "Also find ink without text (renders each page; json only).")
    var ink = false

    @Flag(name: .long, help: "Rebuild the math from the glyph layout (scripts, fractions, sums, matrices; text only).")
    var clean = false

    @Argument(help: "PDF files.")
    var files: [String]

    func validate() throws {
        if files.isEmpty { throw ValidationError("no input files") }
        if ink && format != .json { throw ValidationError("--ink needs --format json") }
        if clean && format != .text { throw ValidationError("--clean needs --format text") }
    }

    func run() async throws {
        for (index, path) in files.enumerated() {
            do {
                let file = try PDFFile(path: path, password: pdf.password)
                let extraction = try await TextLayerReader.read(
                    file, pages: pdf.selection, ink: ink ? InkDetector() : nil, jobs: jobs.jobs)
                switch format {
                case .json:
                    var bytes = extraction.jsonBytes()
                    bytes.append(0x0A)
                    StandardOutput.write(Data(bytes))
                case .text:
                    let header = files.count > 1 ? (index > 0 ? "\n" : "") + "==> \(path) <==\n" : ""
                    let text = clean ? extraction.cleanedText : extraction.text
                    StandardOutput.write(header + text)
                }
            } catch {
                Diagnostics.error(error)
            }
        }
    }
}
