import Analyze
import Foundation

/// `hwlens merge`: the stores of a run's shards combined into one, study for study what one
/// machine would have stored. Problems (a missing or unfinished shard, a store from another
/// run) are reported and the rest is still merged.
public enum ShardMerge {
    public struct Outcome: Sendable {
        public var results: StudyResults
        /// One line each, naming the store or the shard.
        public var problems: [String]
    }

    /// Merges the stores at `paths` (files) into `target`, replacing what it held.
    public static func merge(_ paths: [String], into target: ResultsStore, version: String) throws(StoreError) -> Outcome {
        var problems: [String] = []
        var run: RunInfo? = nil
        var shards = Set<Int>()
        var studies: [Int: (fingerprint: String, study: StudyResults.Study)] = [:]
        let targetPath = URL(fileURLWithPath: target.path).standardizedFileURL.resolvingSymlinksInPath().path
        for path in paths {
            if URL(fileURLWithPath: path).standardizedFileURL.resolvingSymlinksInPath().path == targetPath {
                problems.append("\(path): is the merge's own output; skipped")
                continue
            }
            do {
                let store = try ResultsStore(existing: path)
                guard let info = try store.info() else {
                    problems.append("\(path): holds no run")
                    continue
                }
                if let run, run.identity != info.identity || run.studyCount != info.studyCount {
                    problems.append("\(path): comes from another run (its list of studies differs)")
                    continue
                }
                if run == nil { run = info }
                if let shard = info.shard {
                    if let first = run?.shard, first.count != shard.count {
                        problems.append("\(path): shard \(shard) does not split the run like shard \(first)")
                        continue
                    }
                    if run?.shard == nil { run?.shard = shard }
                    shards.insert(shard.index)
                }
                let stored = try store.studiesWithFingerprints()
                if !info.complete {
                    problems.append("\(path): \(info.shard.map { "shard \($0)" } ?? "the run") did not finish (\(stored.count) studies stored)")
                }
                for item in stored {
                    if let known = studies[item.position] {
                        if known.fingerprint != item.fingerprint {
                            problems.append("\(path): study '\(item.study.name)' differs from the one in another store; the first is kept")
                        }
                        continue
                    }
                    studies[item.position] = (item.fingerprint, item.study)
                }
            } catch {
                problems.append(error.localizedDescription)
            }
        }
        guard var run else {
            throw .failed(path: target.path, detail: "nothing to merge: " + (problems.first ?? "no stores given"))
        }
        if let shard = run.shard {
            for index in 1...shard.count where !shards.contains(index) {
                problems.append("shard \(index)/\(shard.count) is missing")
            }
        }
        run.shard = nil
        run.version = version
        run.complete = studies.count == run.studyCount && problems.isEmpty
        let ordered = studies.keys.sorted().map { (position: $0, fingerprint: studies[$0]!.fingerprint, study: studies[$0]!.study) }
        try target.copy(ordered, run: run)
        return Outcome(results: try target.results(), problems: problems)
    }
}
