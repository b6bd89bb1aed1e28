import Foundation
import GRDB
import Results

/// The results of `hwlens run` as a SQLite database (`results.sqlite` in the output folder):
/// studies, forms, parts, garble figures, verdicts and evidence, one row each, so users can
/// query them with `sqlite3`. The schema is in ``schema`` and in the README.
///
/// Each study is written in one transaction when all its forms are done, so a run killed at
/// any point leaves every finished study intact and no half-written one; the next run finds
/// them by fingerprint and runs only the rest.
public final class ResultsStore: Sendable {
    public let path: String
    let pool: any DatabaseWriter

    /// Opens (creating if needed) the store at `path`.
    public init(path: String) throws(StoreError) {
        self.path = path
        let pool = try SQLiteFile.open(path, kind: .resultsStore)
        self.pool = pool
        try SQLiteFile.prepareSchema(pool, path: path, kind: .resultsStore, versions: Self.schema)
    }

    /// Opens an existing store to read it, writing nothing to the file (for `hwlens merge`).
    public init(reading path: String) throws(StoreError) {
        self.path = path
        let queue = try SQLiteFile.openForReading(path, kind: .resultsStore)
        pool = queue
        let (version, known) = try SQLiteFile.perform(path, "cannot read it") {
            try queue.read { db in
                (try Int.fetchOne(db, sql: "PRAGMA user_version") ?? 0, try db.tableExists("study") && db.tableExists("meta"))
            }
        }
        if !known { throw .failed(path: path, detail: "not a results store (no study table)") }
        try SQLiteFile.checkVersion(version, Self.schema.count, path: path)
    }

    // MARK: Run information

    /// What the store holds, or nil when nothing was run into it yet.
    public func info() throws(StoreError) -> RunInfo? {
        let meta = try SQLiteFile.perform(path, "cannot read it") {
            try pool.read { db in
                Dictionary(try Row.fetchAll(db, sql: "SELECT key, value FROM meta").map { ($0["key"] as String, $0["value"] as String) },
                           uniquingKeysWith: { a, _ in a })
            }
        }
        guard let identity = meta["run"], let count = meta["studies"].flatMap(Int.init) else { return nil }
        var info = RunInfo(identity: identity, studyCount: count, shard: meta["shard"].flatMap { Shard($0) },
                           complete: meta["complete"] == "1", version: meta["version"] ?? "")
        info.shares = RunInfo.decodeShares(meta["shares"] ?? "")
        return info
    }

    /// Starts a run: records `run`, keeps the stored studies whose fingerprint is still wanted
    /// (renumbered to their new positions, when `reuse` is on) and deletes every other study.
    /// Returns the kept studies by position. Studies that recorded an error are never kept:
    /// the error may have been passing.
    public func begin(_ run: RunInfo, fingerprints: [Int: String], reuse: Bool) throws(StoreError) -> [Int: StudyResults.Study] {
        try SQLiteFile.perform(path, "cannot start the run") {
            try pool.write { db in
                // Shards share nothing: one that found another shard of its split here would delete its studies.
                let stored = try String.fetchOne(db, sql: "SELECT value FROM meta WHERE key = 'shard'").flatMap { Shard($0) }
                let storedRun = try String.fetchOne(db, sql: "SELECT value FROM meta WHERE key = 'run'")
                if let stored, let shard = run.shard, stored.count == shard.count, stored != shard, storedRun == run.identity {
                    throw StoreError.failed(path: path, detail: "holds shard \(stored) of this run; give shard \(shard) its own --out or --db")
                }
                try Self.writeMeta(run, db)
                var wanted: [String: [Int]] = [:]
                for (position, fingerprint) in fingerprints.sorted(by: { $0.key < $1.key }) { wanted[fingerprint, default: []].append(position) }
                var keep: [(id: Int64, position: Int)] = []
                var drop: [Int64] = []
                let failed = Set(try Int64.fetchAll(db, sql: "SELECT DISTINCT study_id FROM form WHERE error IS NOT NULL"))
                for row in try Row.fetchAll(db, sql: "SELECT id, fingerprint, errors FROM study ORDER BY ordinal") {
                    let id: Int64 = row["id"]
                    let fingerprint: String = row["fingerprint"]
                    let clean = (row["errors"] as String) == "[]" && !failed.contains(id)
                    if reuse, clean, var positions = wanted[fingerprint], !positions.isEmpty {
                        keep.append((id, positions.removeFirst()))
                        wanted[fingerprint] = positions
                    } else {
                        drop.append(id)
                    }
                }
                for id in drop { try db.execute(sql: "DELETE FROM study WHERE id = ?", arguments: [id]) }
                // Two steps, so no renumbering collides with a position not yet moved.
                for (id, _) in keep { try db.execute(sql: "UPDATE study SET ordinal = -1 - id WHERE id = ?", arguments: [id]) }
                for (id, position) in keep { try db.execute(sql: "UPDATE study SET ordinal = ? WHERE id = ?", arguments: [position, id]) }
                // Read in the same transaction: another run on this store cannot slip a study in.
                var kept: [Int: StudyResults.Study] = [:]
                for item in try Self.load(db) { kept[item.position] = item.study }
                return kept
            }
        }
    }

    /// Marks the run finished.
    public func finish() throws(StoreError) {
        try SQLiteFile.perform(path, "cannot finish the run") {
            try pool.write { db in try db.execute(sql: "INSERT OR REPLACE INTO meta (key, value) VALUES ('complete', '1')") }
        }
    }

    static func writeMeta(_ run: RunInfo, _ db: Database) throws {
        let values = [
            ("schema", String(Self.schema.count)), ("run", run.identity), ("studies", String(run.studyCount)), ("shard", run.shard?.description ?? ""),
            ("complete", run.complete ? "1" : "0"), ("version", run.version), ("shares", RunInfo.encodeShares(run.shares)),
        ]
        for (key, value) in values {
            try db.execute(sql: "INSERT OR REPLACE INTO meta (key, value) VALUES (?, ?)", arguments: [key, value])
        }
    }

    // MARK: Studies

    /// Writes one study at `position`, replacing any study stored there, in one transaction.
    public func save(_ study: StudyResults.Study, position: Int, fingerprint: String) throws(StoreError) {
        try SQLiteFile.perform(path, "cannot save study '\(study.name)'") {
            try pool.write { db in try Self.insert(study, position: position, fingerprint: fingerprint, db) }
        }
    }

    /// Every stored study with its fingerprint, by position.
    public func fingerprints() throws(StoreError) -> [Int: String] {
        try SQLiteFile.perform(path, "cannot read it") {
            try pool.read { db in
                Dictionary(try Row.fetchAll(db, sql: "SELECT ordinal, fingerprint FROM study").map { ($0["ordinal"] as Int, $0["fingerprint"] as String) },
                           uniquingKeysWith: { a, _ in a })
            }
        }
    }

    /// The stored studies in position order, as `hwlens run` reports them.
    public func results() throws(StoreError) -> StudyResults {
        StudyResults(studies: try storedStudies().map(\.study))
    }

    /// The stored studies with their positions, in position order.
    public func storedStudies() throws(StoreError) -> [(position: Int, study: StudyResults.Study)] {
        try studiesWithFingerprints().map { ($0.position, $0.study) }
    }

    /// Copies studies (with positions and fingerprints) from another store, in one transaction.
    public func copy(_ studies: [(position: Int, fingerprint: String, study: StudyResults.Study)], run: RunInfo) throws(StoreError) {
        try SQLiteFile.perform(path, "cannot write the merged results") {
            try pool.write { db in
                try db.execute(sql: "DELETE FROM study")
                try Self.writeMeta(run, db)
                for item in studies { try Self.insert(item.study, position: item.position, fingerprint: item.fingerprint, db) }
            }
        }
    }

    /// Stored studies with their fingerprints (for merging), in one read.
    public func studiesWithFingerprints() throws(StoreError) -> [(position: Int, fingerprint: String, study: StudyResults.Study)] {
        try SQLiteFile.perform(path, "cannot read it") { try pool.read { try Self.load($0) } }
    }

    /// `PRAGMA integrity_check`: "ok" for a sound file.
    public func integrityCheck() throws(StoreError) -> String {
        try SQLiteFile.perform(path, "cannot check it") {
            try pool.read { try String.fetchAll($0, sql: "PRAGMA integrity_check").joined(separator: "; ") }
        }
    }
}
