import Analyze
import Foundation

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

    /// Runs `manifests` (the whole run, in order; the shard picks its share) into `store`.
    public func run(_ manifests: [StudyManifest], store: ResultsStore) async throws(StoreError) -> Outcome {
        let positions = manifests.indices.filter { shard?.contains($0) ?? true }
        var fingerprints: [Int: String] = [:]
        for position in positions { fingerprints[position] = StudyFingerprint.of(manifests[position], settings: settings) }
        let info = RunInfo(identity: StudyFingerprint.runIdentity(of: manifests), studyCount: manifests.count, shard: shard, version: version)
        var studies = try store.begin(info, fingerprints: fingerprints, reuse: reuse)
        let reused = studies.count
        let pending = positions.filter { studies[$0] == nil }
        var problems: [String] = []
        await runner.run(manifests: pending.map { manifests[$0] }) { index, study in
            let position = pending[index]
            studies[position] = study
            do {
                try store.save(study, position: position, fingerprint: fingerprints[position]!)
            } catch {
                problems.append(error.localizedDescription)
            }
        }
        if problems.isEmpty {
            do { try store.finish() } catch { problems.append(error.localizedDescription) }
        }
        return Outcome(results: StudyResults(studies: positions.compactMap { studies[$0] }), reused: reused, ran: pending.count,
                       storeProblems: problems)
    }
}
