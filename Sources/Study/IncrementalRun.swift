import Foundation
import Results
import Store

/// `hwlens run` over a results store: takes this shard's share of the studies, reuses the
/// stored studies whose fingerprint did not change, runs the rest, and saves each study the
/// moment it is done, so an interrupted run resumes where it stopped.
public struct IncrementalRun: Sendable {
    public var runner: StudyRunner
    public var shard: Shard?
    /// Off (`--no-cache`): every study is run again.
    public var reuse = true
    /// What besides the files shapes the results (see ``StudyFingerprint``).
    public var settings: String
    public var version: String

    public init(runner: StudyRunner, settings: String, version: String) {
        self.runner = runner
        self.settings = settings
        self.version = version
    }

    /// What a run did.
    public struct Outcome: Sendable {
        /// This shard's studies in run order.
        public var results: StudyResults
        public var reused: Int
        public var ran: Int
        /// Studies that could not be saved (their results are still in ``results``).
        public var storeProblems: [String]
    }

    /// Runs `entries` (the whole run, in order; the shard picks its share) into `store`.
    public func run(_ entries: [StudyEntry], store: ResultsStore) async throws(StoreError) -> Outcome {
        let positions = entries.indices.filter { shard?.owns(entries[$0].name) ?? true }
        var fingerprints: [Int: String] = [:]
        for position in positions {
            switch entries[position] {
            case .study(let manifest): fingerprints[position] = StudyFingerprint.of(manifest, settings: settings)
            case .unreadable(let path, _): fingerprints[position] = "unreadable " + path
            }
        }
        var info = RunInfo(identity: StudyFingerprint.runIdentity(of: entries.map(\.name)), studyCount: entries.count, shard: shard,
                           version: version)
        if let shard {
            for entry in entries { info.shares[Shard.index(of: entry.name, count: shard.count), default: 0] += 1 }
        }
        var studies = try store.begin(info, fingerprints: fingerprints, reuse: reuse)
        let reused = studies.count
        var problems: [String] = []
        func save(_ study: StudyResults.Study, _ position: Int) {
            studies[position] = study
            do {
                try store.save(study, position: position, fingerprint: fingerprints[position]!)
            } catch {
                problems.append(error.localizedDescription)
            }
        }
        for position in positions where studies[position] == nil {
            if let failed = entries[position].failedStudy { save(failed, position) }
        }
        let pending = positions.filter { studies[$0] == nil }
        let manifests = pending.map { position -> StudyManifest in
            guard case .study(let manifest) = entries[position] else { preconditionFailure("unreadable studies are saved above") }
            return manifest
        }
        await runner.run(manifests: manifests) { index, study in save(study, pending[index]) }
        if problems.isEmpty {
            do { try store.finish() } catch { problems.append(error.localizedDescription) }
        }
        return Outcome(results: StudyResults(studies: positions.compactMap { studies[$0] }), reused: reused, ran: positions.count - reused,
                       storeProblems: problems)
    }

    /// Runs `manifests`, all readable (the whole run, in order) into `store`.
    public func run(_ manifests: [StudyManifest], store: ResultsStore) async throws(StoreError) -> Outcome {
        try await run(manifests.map { StudyEntry.study($0) }, store: store)
    }
}
