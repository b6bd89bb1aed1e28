import Analyze
import ArgumentParser
import Foundation
import Ingest
import OCR
import Store

/// Output on stdout of `hwlens run`.
enum RunFormat: String, ExpressibleByArgument, CaseIterable {
    case summary
    case json

    /// Prints `results` on stdout in this format.
    func write(_ results: StudyResults) {
        switch self {
        case .summary: StandardOutput.write(ResultsSummaryFormatter.format(results))
        case .json: StandardOutput.write(ResultsJSONFormatter.format(results))
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
        var entries: [StudyEntry] = []
        var failed = false
        var seen = Set<String>()
        for path in paths {
            let found: [String]
            do {
                found = try StudyManifest.discover(path)
            } catch {
                Diagnostics.report(error)
                failed = true
                continue
            }
            // A manifest that cannot be read is a study with that error; the others still run.
            for manifestPath in found where seen.insert(manifestPath).inserted {
                do {
                    entries.append(.study(try StudyManifest.load(path: manifestPath)))
                } catch {
                    entries.append(.unreadable(path: manifestPath, error: error.localizedDescription))
                }
            }
        }
        if entries.isEmpty { throw ExitCode(ExitStatus.inputFailed) }
        // Studies are named by their folders: two of one name are told apart only by position.
        var folders: [String: [String]] = [:]
        for entry in entries { folders[entry.name, default: []].append(entry.folder) }
        for (name, paths) in folders.sorted(by: { $0.key < $1.key }) where paths.count > 1 {
            Diagnostics.write("hwlens: warning: \(paths.count) studies are named '\(name)' (\(paths.joined(separator: ", "))); rename the folders to tell them apart in the results")
        }
        try ResultFiles.prepare(out)

        let store: ResultsStore
        do {
            store = try ResultsStore(path: db ?? (out as NSString).appendingPathComponent("results.sqlite"))
        } catch {
            Diagnostics.report(error)
            throw ExitCode(ExitStatus.inputFailed)
        }
        // The cache only saves time: when it cannot be opened the run goes on without it.
        var inputCache: InputCache? = nil
        if !cache.noCache {
            do {
                inputCache = try InputCache(path: cache.path)
            } catch {
                Diagnostics.write("hwlens: warning: input cache: \(error.localizedDescription); running without it")
            }
        }

        // Progress goes to the terminal only; C libraries' chatter is kept off stderr while running.
        let progressFD: Int32 = isatty(2) == 1 ? dup(2) : -1
        var runner = StudyRunner(pool: try? OCREnginePool(languages: "eng"), jobs: jobs.jobs)
        runner.cache = inputCache
        if progressFD >= 0 {
            runner.progress = { line in
                let text = "\r\u{1B}[K" + String(line.prefix(100))
                _ = text.withCString { write(progressFD, $0, strlen($0)) }
            }
        }
        var incremental = IncrementalRun(runner: runner, settings: BuildIdentity.settings(languages: "eng"), version: Hwlens.version)
        incremental.shard = shard.flatMap { Shard($0) }
        incremental.reuse = !cache.noCache
        let outcome: IncrementalRun.Outcome
        do {
            outcome = try await QuietStandardError.during { try await incremental.run(entries, store: store) }
        } catch {
            Diagnostics.report(error)
            throw ExitCode(ExitStatus.inputFailed)
        }
        if progressFD >= 0 {
            _ = "\r\u{1B}[K".withCString { write(progressFD, $0, strlen($0)) }
            close(progressFD)
        }
        if outcome.reused > 0 {
            let studies = outcome.reused == 1 ? "study" : "studies"
            Diagnostics.write("hwlens: note: reused \(outcome.reused) stored \(studies) from \(store.path), ran \(outcome.ran)")
        }
        let results = outcome.results
        try ResultFiles.writeOrFail(results, to: out)
        format.write(results)
        ResultFiles.reportErrors(results)
        for problem in outcome.storeProblems { Diagnostics.write("hwlens: error: \(problem)") }
        for problem in inputCache?.problems ?? [] { Diagnostics.write("hwlens: warning: input cache: \(problem)") }
        if !outcome.storeProblems.isEmpty { failed = true }
        if failed || results.hasErrors { throw ExitCode(ExitStatus.inputFailed) }
    }
}
