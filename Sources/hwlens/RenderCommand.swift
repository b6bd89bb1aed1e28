import ArgumentParser
import Files
import Foundation
import Ingest

/// `hwlens render`: PNG per page, as a screenshot of the page shows it.
struct RenderCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "render",
        abstract: "Render PDF pages to PNG on white, as a screenshot shows them.",
        discussion: """
            Writes OUT/NAME-N.png per page (N zero-padded like pdftoppm) and prints each path.
            """)

    @OptionGroup var pdf: PDFOptions
    @OptionGroup var jobs: JobOptions

    @Option(name: .long, help: "Resolution in dots per inch.")
    var dpi: Double = 150

    @Option(name: .long, help: "Output folder (created if missing).")
    var out: String = "."

    @Option(name: .long, help: "Render only this region, x,y,w,h in points from the top-left.")
    var crop: String?

    @Argument(help: "PDF files.")
    var files: [String]

    func validate() throws {
        if files.isEmpty { throw ValidationError("no input files") }
        guard dpi >= 1, dpi <= 2400 else { throw ValidationError("--dpi must be between 1 and 2400") }
        if let crop { _ = try Self.parseCrop(crop) }
    }

    static func parseCrop(_ spec: String) throws -> Box {
        let values = spec.split(separator: ",").map { Double($0.trimmingCharacters(in: .whitespaces)) }
        guard values.count == 4, let x = values[0], let y = values[1], let w = values[2], let h = values[3],
            w > 0, h > 0
        else {
            throw ValidationError(IngestError.invalidCrop(spec: spec).localizedDescription)
        }
        return Box(x: x, y: y, width: w, height: h)
    }

    func run() async throws {
        let crop = try self.crop.map(Self.parseCrop)
        do {
            try FileManager.default.createDirectory(atPath: out, withIntermediateDirectories: true)
        } catch {
            throw Diagnostics.fatal(FileError.writeFailed(path: out, reason: "cannot create folder"))
        }
        for path in files {
            do {
                let file = try PDFFile(path: path, password: pdf.password)
                let written = try await PageRenderer.renderPNGs(
                    file, pages: pdf.selection, dpi: dpi, crop: crop, folder: out, jobs: jobs.jobs)
                StandardOutput.write(written.map { $0 + "\n" }.joined())
            } catch {
                Diagnostics.error(error)
            }
        }
    }
}
