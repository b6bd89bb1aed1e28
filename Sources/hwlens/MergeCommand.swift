import ArgumentParser
import Foundation
import Store
import Study

/// `hwlens merge`: combines the output of `hwlens run --shard K/N` runs into one store and one report.
struct MergeCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "merge",
        abstract: "Combine shard outputs into one results store and one report.",
        discussion: """
            Each SHARD is an output folder of `hwlens run --shard K/N` (its results.sqlite) or a results store itself. Writes results.sqlite, results.json, results.csv, report.md and index.html to --out: the same files one `hwlens run` over all studies writes.

            A missing, unfinished or foreign shard is reported (exit code 1) and the rest is still merged. Errors the studies recorded are reported as `hwlens run` reports them (exit code 1).
            """)

    @Option(name: .long, help: "Folder to write the merged store and report to.")
    var out: String

    @Option(name: .long, help: "The merged results store (default: results.sqlite in --out).")
    var db: String?

    @Option(name: .long, help: "What to print on stdout: summary or json.")
    var format: RunFormat = .summary

    @Argument(help: "Shard output folders or results stores.")
    var shards: [String]

    func validate() throws {
        if shards.isEmpty { throw ValidationError("give at least one shard output folder") }
        if db?.isEmpty == true { throw ValidationError("--db needs a file name") }
    }

    func run() async throws {
        let stores = shards.map { path -> String in
            var isDirectory: ObjCBool = false
            let exists = FileManager.default.fileExists(atPath: path, isDirectory: &isDirectory)
            return exists && isDirectory.boolValue ? (path as NSString).appendingPathComponent("results.sqlite") : path
        }
        let outcome: ShardMerge.Outcome
        do {
            outcome = try ShardMerge.merge(stores, into: db ?? (out as NSString).appendingPathComponent("results.sqlite"), version: Hwlens.version)
        } catch {
            throw Diagnostics.fatal(error)
        }
        for problem in outcome.problems { Diagnostics.error(problem) }
        guard let results = outcome.results else { throw Diagnostics.fatal("nothing to merge; \(out) was not written") }
        // The studies' own errors too, as the single run would have reported them.
        try ResultsOutput.write(results, to: out, format: format)
    }
}
