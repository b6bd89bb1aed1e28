import Analyze
import ArgumentParser
import Foundation
import OCR

/// Output on stdout of `hwlens run`.
enum RunFormat: String, ExpressibleByArgument, CaseIterable {
    case summary
    case json
}

/// `hwlens run`: runs whole studies (problem set, input forms, transcripts) and writes the results.
struct RunCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "run",
        abstract: "Run studies: garble and grades per part × input form; write results and a report.",
        discussion: """
            PATH is a study folder (with study.yaml), a study.yaml, or a folder of study folders.
            Writes results.json, results.csv, report.md and index.html to --out. A form whose input
            or transcript cannot be read is recorded as an error (exit code 1); the rest completes.
            """)

    @Option(name: .long, help: "Folder to write results.json, results.csv, report.md and index.html to.")
    var out: String

    @Option(name: .long, help: "What to print on stdout: summary or json.")
    var format: RunFormat = .summary

    @OptionGroup var jobs: JobOptions

    @Argument(help: "Study folders, study.yaml files, or folders of study folders.")
    var paths: [String]

    func validate() throws {
        if paths.isEmpty { throw ValidationError("give at least one study") }
    }

    func run() async throws {
        var manifests: [StudyManifest] = []
        var failed = false
        var seen = Set<String>()
        for path in paths {
            do {
                for manifestPath in try StudyManifest.discover(path) where seen.insert(manifestPath).inserted {
                    manifests.append(try StudyManifest.load(path: manifestPath))
                }
            } catch {
                Diagnostics.report(error)
                failed = true
            }
        }
        if manifests.isEmpty { throw ExitCode(ExitStatus.inputFailed) }

        // Progress goes to the terminal only; C libraries' chatter is kept off stderr while running.
        let progressFD: Int32 = isatty(2) == 1 ? dup(2) : -1
        var runner = StudyRunner(pool: try? OCREnginePool(languages: "eng"), jobs: jobs.jobs)
        if progressFD >= 0 {
            runner.progress = { line in
                let text = "\r\u{1B}[K" + String(line.prefix(100))
                _ = text.withCString { write(progressFD, $0, strlen($0)) }
            }
        }
        let results = await QuietStandardError.during { await runner.run(manifests: manifests) }
        if progressFD >= 0 {
            _ = "\r\u{1B}[K".withCString { write(progressFD, $0, strlen($0)) }
            close(progressFD)
        }

        do {
            try FileManager.default.createDirectory(atPath: out, withIntermediateDirectories: true)
            try save(ResultsJSONFormatter.format(results), "results.json")
            try save(Data(ResultsCSVFormatter.format(results).utf8), "results.csv")
            try save(Data(ReportMarkdownFormatter.format(results).utf8), "report.md")
            try save(Data(ReportHTMLFormatter.format(results).utf8), "index.html")
        } catch {
            Diagnostics.write("hwlens: error: \(out): cannot write the results (\(error.localizedDescription))")
            throw ExitCode(ExitStatus.inputFailed)
        }
        switch format {
        case .summary: StandardOutput.write(ResultsSummaryFormatter.format(results))
        case .json: StandardOutput.write(ResultsJSONFormatter.format(results))
        }
        for study in results.studies {
            for error in study.errors { Diagnostics.write("hwlens: error: \(study.name): \(error)") }
            for form in study.forms { if let error = form.error { Diagnostics.write("hwlens: error: \(study.name)/\(form.name): \(error)") } }
        }
        if failed || results.hasErrors { throw ExitCode(ExitStatus.inputFailed) }
    }

    func save(_ data: Data, _ name: String) throws {
        try data.write(to: URL(fileURLWithPath: out).appendingPathComponent(name))
    }
}
