import ArgumentParser
import Foundation
import OCR
import Results
import Store
import Study

/// Output on stdout of `hwlens run`.
enum RunFormat: String, ExpressibleByArgument, CaseIterable {
    case summary
    case json

    /// Prints `results` on stdout in this format.
    func write(_ results: StudyResults) throws {
        switch self {
        case .summary: StandardOutput.write(ResultsSummaryFormatter.format(results))
        case .json: StandardOutput.write(try ResultsJSONFormatter.format(results))
        }
    }
}

/// `hwlens run`: runs whole studies (problem set, input forms, transcripts) and writes the results.
struct RunCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "run",
        abstract: "Run studies: garble and grades per part × input form; write results and a report.",
        discussion: """
            PATH is a study folder (with study.yaml), a study.yaml, or a folder of study folders. Writes results.sqlite, results.json, results.csv, report.md and index.html to --out. A form whose input or transcript cannot be read is recorded as an error (exit code 1); the rest completes.

            Each study is saved to the results store as soon as it is done. A re-run reuses the stored studies whose files and settings did not change, and reads PDFs and images from the input cache when their content was read before, so an interrupted run resumes where it stopped.

            With --shard K/N only the studies whose name hashes to share K of N are run (give every shard the same PATHs); `hwlens merge` combines the shards' outputs.
            """)

    @Option(name: .long, help: "Folder to write results.sqlite, results.json, results.csv, report.md and index.html to.")
    var out: String

    @Option(name: .long, help: "The results store (default: results.sqlite in --out).")
    var db: String?

    @Option(name: .long, help: "Run only share K of N of the studies, e.g. 2/8 (for a cluster job array).")
    var shard: String?

    @OptionGroup var cache: CacheOptions

    @Option(name: .long, help: "What to print on stdout: summary or json.")
    var format: RunFormat = .summary

    @OptionGroup var jobs: JobOptions

    @Argument(help: "Study folders, study.yaml files, or folders of study folders.")
    var paths: [String]

    func validate() throws {
        if paths.isEmpty { throw ValidationError("give at least one study") }
        if db?.isEmpty == true { throw ValidationError("--db needs a file name") }
        if let shard, Shard(shard) == nil { throw ValidationError("--shard must be K/N with 1 ≤ K ≤ N, e.g. 2/8; got '\(shard)'") }
    }

    func run() async throws {
        let list = StudyList(paths: paths)
        for failure in list.failures { Diagnostics.error(failure) }
        if list.entries.isEmpty { throw ExitCode(ExitStatus.inputFailed) }
        for (name, folders) in list.sharedNames {
            Diagnostics.warning("\(folders.count) studies are named '\(name)' (\(folders.joined(separator: ", "))); rename the folders to tell them apart in the results")
        }
        do { try ReportFiles.prepare(out) } catch { throw Diagnostics.fatal(error) }
        let store: ResultsStore
        do {
            store = try ResultsStore(path: db ?? (out as NSString).appendingPathComponent("results.sqlite"))
        } catch {
            throw Diagnostics.fatal(error)
        }
        let inputCache = cache.open()
        var runner = StudyRunner(ocr: OCRAccess(languages: "eng"), jobs: jobs.jobs)
        runner.cache = inputCache
        let progress = ProgressLine()
        runner.progress = progress.show
        var incremental = IncrementalRun(runner: runner, settings: BuildIdentity.settings(version: Hwlens.version, languages: "eng"), version: Hwlens.version)
        incremental.shard = shard.flatMap { Shard($0) }
        incremental.reuse = !cache.noCache
        let outcome: IncrementalRun.Outcome
        do {
            outcome = try await QuietStandardError.during { try await incremental.run(list.entries, store: store) }
        } catch {
            throw Diagnostics.fatal(error)
        }
        progress.clear()
        if outcome.reused > 0 {
            Diagnostics.note("reused \(outcome.reused) stored \(outcome.reused == 1 ? "study" : "studies") from \(store.path), ran \(outcome.ran)")
        }
        try ResultsOutput.write(outcome.results, to: out, format: format)
        for problem in outcome.storeProblems { Diagnostics.error(problem) }
        for problem in inputCache?.problems ?? [] { Diagnostics.warning("input cache: \(problem)") }
    }
}
