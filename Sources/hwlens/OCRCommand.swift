import ArgumentParser
import Files
import Foundation
import OCR

/// `hwlens ocr`: tesseract in-process, one engine per worker, output in input order.
struct OCRCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "ocr",
        abstract: "Recognize text in images (PNG, JPEG, TIFF, PNM, WebP, …) and PDFs with tesseract.",
        discussion: """
            PDF pages are rendered at --dpi (default 300) and recognized. Output goes to stdout
            in input order (with several files, text/tsv/hocr get a '==> FILE <==' header per file
            and json gives one line per file), or with --out to one file per input.
            """)

    @OptionGroup var jobs: JobOptions

    @Option(name: .long, help: "Output format: text, json, tsv or hocr.")
    var format: OCRFormat = .text

    @Option(name: .long, help: "Tesseract languages, e.g. eng or eng+grc.")
    var lang: String = "eng"

    @Option(name: .long, help: "Page segmentation mode 0-13 (default: tesseract's 3).")
    var psm: Int?

    @Option(name: .long, help: "Resolution for images without one, and for rendering PDF pages (default 300).")
    var dpi: Int?

    @Option(name: .long, help: "Scale images by this factor before recognition.")
    var upscale: Double = 1

    @Option(name: .long, help: "Refuse images with more pixels than this.")
    var maxPixels: Int = OCRImage.defaultPixelLimit

    @Option(name: .long, help: "Password for encrypted PDFs.")
    var password: String?

    @Option(name: .long, help: "Write one FILE.<format> per input into this folder instead of stdout.")
    var out: String?

    @Argument(help: "Images and PDFs.")
    var files: [String]

    func validate() throws {
        if files.isEmpty { throw ValidationError("no input files") }
        if let psm, !(0...13).contains(psm) { throw ValidationError("--psm must be between 0 and 13") }
        if let dpi, !(20...2400).contains(dpi) { throw ValidationError("--dpi must be between 20 and 2400") }
        guard upscale > 0, upscale <= 8 else { throw ValidationError("--upscale must be above 0 and at most 8") }
        guard maxPixels > 0 else { throw ValidationError("--max-pixels must be positive") }
    }

    /// The recognition settings the options give.
    var settings: OCRSettings {
        var settings = OCRSettings()
        settings.languages = lang
        settings.pageSegmentationMode = psm
        settings.dpi = dpi
        settings.upscale = upscale
        settings.pixelLimit = maxPixels
        settings.wantTSV = format == .tsv
        settings.wantHOCR = format == .hocr
        return settings
    }

    func run() async throws {
        let pool: OCREnginePool
        do {
            pool = try OCREnginePool(languages: lang)
        } catch {
            throw Diagnostics.fatal(error, status: ExitStatus.usage)
        }
        if let out {
            do {
                try FileManager.default.createDirectory(atPath: out, withIntermediateDirectories: true)
            } catch {
                throw Diagnostics.fatal(FileError.writeFailed(path: out, reason: "cannot create folder"))
            }
        }
        let outcomes = await QuietStandardError.during {
            await OCRBatch.recognize(files, settings: settings, pool: pool, jobs: jobs.jobs, password: password)
        }
        for (index, outcome) in outcomes.enumerated() {
            do {
                try write(outcome.result.get(), file: outcome.file, index: index)
            } catch {
                Diagnostics.error(error)
            }
        }
    }

    /// One input's pages: a file in `--out`, else on stdout (with a header when there are several files).
    func write(_ pages: [OCRPage], file: String, index: Int) throws {
        let body = try render(pages, file: file)
        if let out {
            let path = (out as NSString).appendingPathComponent(URL(fileURLWithPath: file).lastPathComponent + "." + format.fileExtension)
            guard FileManager.default.createFile(atPath: path, contents: body) else { throw FileError.writeFailed(path: path, reason: "cannot create file") }
            StandardOutput.write(path + "\n")
        } else if format == .json {
            StandardOutput.write(body + Data([0x0A]))
        } else {
            let header = files.count > 1 ? (index > 0 ? "\n" : "") + "==> \(file) <==\n" : ""
            StandardOutput.write(Data(header.utf8) + body)
        }
    }

    func render(_ pages: [OCRPage], file: String) throws -> Data {
        switch format {
        case .text: return Data(OCRTextFormatter.format(pages).utf8)
        case .json: return try OCRJSONFormatter.format(pages, file: file)
        case .tsv: return Data(TSVFormatter.format(pages).utf8)
        case .hocr: return Data(HOCRFormatter.format(pages, title: file).utf8)
        }
    }
}
