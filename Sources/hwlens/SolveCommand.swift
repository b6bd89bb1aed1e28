import ArgumentParser
import Files
import Foundation
import OCR
import Solve
import Study

/// `hwlens solve`: each part's answer, computed from the problem text (or the answer key).
struct SolveCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "solve",
        abstract: "Compute each part's answer: recognize what it asks and solve it; an answer key fills the rest.",
        discussion: """
            FILE is any input form `hwlens problems` reads (best: the source or the PDF). The key
            (YAML, see the README) wins over recognition; disagreements between them are reported.
            """)

    @Option(name: .long, help: "Answer key (YAML) for parts that are not recognized, or to override.")
    var key: String?

    @Option(name: .long, help: "Output format: text or json.")
    var format: ProblemsFormat = .text

    @Option(name: .long, help: "Write an answer key to start from: computed answers, and a TODO per part without one (never overwrites).")
    var keyTemplate: String?

    @OptionGroup var jobs: JobOptions

    @Argument(help: "The problem set (source, PDF or text).")
    var file: String

    func run() async throws {
        do {
            let problemSet = try await QuietStandardError.during {
                try await ResolvedProblemSet.read(file, key: key, ocr: OCRAccess(languages: "eng"), jobs: jobs.jobs)
            }
            let report = SolveReport(file: file, key: key, resolved: problemSet.resolved)
            if let keyTemplate {
                // A key someone has filled in is never overwritten.
                if FileManager.default.fileExists(atPath: keyTemplate) {
                    throw FileError.writeFailed(path: keyTemplate, reason: "already exists")
                }
                let text = KeyTemplateFormatter.format(report, kinds: problemSet.document.unitKinds)
                guard FileManager.default.createFile(atPath: keyTemplate, contents: Data(text.utf8)) else {
                    throw FileError.writeFailed(path: keyTemplate, reason: "cannot create file")
                }
            }
            switch format {
            case .json: StandardOutput.write(try SolveJSONFormatter.format(report))
            case .text: StandardOutput.write(SolveTextFormatter.format(report))
            }
        } catch {
            throw Diagnostics.fatal(error)
        }
    }
}
