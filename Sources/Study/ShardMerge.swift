import Foundation
import Results
import Store

/// `hwlens merge`: the stores of a run's shards combined into one, study for study what one
/// machine would have stored. The shard stores are only read. Problems (a missing or
/// unfinished shard, a store from another run) are reported and the rest is still merged.
public enum ShardMerge {
    public struct Outcome: Sendable {
        /// The merged studies in run order; nil when there was nothing to merge (and nothing was written).
        public var results: StudyResults?
        /// One line each, naming the store or the shard.
        public var problems: [String]
    }

    /// Merges the stores at `paths` (files) into the store at `target`, replacing what it held.
    /// Refuses a target that is one of the inputs or holds a shard, before writing anything.
    public static func merge(_ paths: [String], into target: String, version: String) throws(StoreError) -> Outcome {
        let targetPath = canonical(target)
        if paths.contains(where: { canonical($0) == targetPath }) {
            throw .failed(path: target, detail: "is one of the stores to merge; merge into another --out (or --db)")
        }
        var problems: [String] = []
        var inputs: [(path: String, store: ResultsStore, info: RunInfo)] = []
        for path in paths {
            do {
                let store = try ResultsStore(reading: path)
                guard let info = try store.info() else {
                    problems.append("\(path): holds no run")
                    continue
                }
                inputs.append((path, store, info))
            } catch {
                problems.append(error.localizedDescription)
            }
        }
        // The run most stores belong to (the first of those on a tie); the others are foreign.
        var votes: [String: Int] = [:]
        for input in inputs { votes[key(input.info), default: 0] += 1 }
        let most = votes.values.max()
        guard let chosen = inputs.first(where: { votes[key($0.info)] == most }) else {
            return Outcome(results: nil, problems: problems)
        }
        var run = chosen.info
        let shares = chosen.info.shares
        run.shard = nil
        run.shares = [:]
        var split: Int? = nil
        var seenShards = Set<Int>()
        var studies: [Int: (fingerprint: String, study: StudyResults.Study)] = [:]
        for input in inputs {
            if key(input.info) != key(chosen.info) {
                problems.append("\(input.path): comes from another run (its list of studies differs)")
                continue
            }
            if let shard = input.info.shard {
                if let split, split != shard.count {
                    problems.append("\(input.path): shard \(shard) does not split the run like the others (into \(split))")
                    continue
                }
                split = shard.count
                seenShards.insert(shard.index)
            }
            do {
                let stored = try input.store.studiesWithFingerprints()
                if !input.info.complete {
                    problems.append("\(input.path): \(input.info.shard.map { "shard \($0)" } ?? "the run") did not finish (\(stored.count) studies stored)")
                }
                for item in stored {
                    if let known = studies[item.position] {
                        if known.fingerprint != item.fingerprint {
                            problems.append("\(input.path): study '\(item.study.name)' differs from the one in another store; the first is kept")
                        }
                        continue
                    }
                    studies[item.position] = (item.fingerprint, item.study)
                }
            } catch {
                problems.append(error.localizedDescription)
            }
        }
        problems += missing(studies: Set(studies.keys), run: run, split: split, shares: shares, seen: seenShards)

        let store = try ResultsStore(path: target)
        if let held = try store.info(), let shard = held.shard {
            throw .failed(path: target, detail: "holds shard \(shard) of a run; merge into another --out (or --db)")
        }
        run.version = version
        run.complete = studies.count == run.studyCount && problems.isEmpty
        let ordered = studies.keys.sorted().map { (position: $0, fingerprint: studies[$0]!.fingerprint, study: studies[$0]!.study) }
        try store.copy(ordered, run: run)
        return Outcome(results: try store.results(), problems: problems)
    }

    static func key(_ info: RunInfo) -> String { "\(info.identity) \(info.studyCount)" }

    static func canonical(_ path: String) -> String {
        URL(fileURLWithPath: path).standardizedFileURL.resolvingSymlinksInPath().path
    }

    /// Shards that hold studies and were not given, named (the first few), or, when the
    /// stores say nothing of shards, the missing studies counted. Nothing when every study
    /// is here (a whole-run store may stand in for shards).
    static func missing(studies: Set<Int>, run: RunInfo, split: Int?, shares: [Int: Int], seen: Set<Int>) -> [String] {
        let absent = run.studyCount - studies.count
        guard absent > 0 else { return [] }
        guard let split, !shares.isEmpty else { return ["\(absent) of \(run.studyCount) studies are missing"] }
        let shards = shares.keys.filter { !seen.contains($0) }.sorted()
        var lines = shards.prefix(5).map { "shard \($0)/\(split) is missing (\(shares[$0]!) \(shares[$0]! == 1 ? "study" : "studies"))" }
        let more = shards.count - 5
        if more > 0 { lines.append(more == 1 ? "1 more shard of \(split) is missing" : "\(more) more shards of \(split) are missing") }
        return lines
    }
}
