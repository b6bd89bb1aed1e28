import Files
import Foundation
import GRDB
import Synchronization

/// The input cache as a SQLite file shared by every run on a machine (by default
/// `~/.cache/hwlens/cache.sqlite`): texts of PDFs and OCR'd images, keyed by content hash
/// and settings. Several processes may use one file at once (WAL, busy timeout).
///
/// A cache failure never fails a run: the input is read afresh and the failure is kept in
/// ``problems`` for one warning at the end.
public final class InputCache: InputTextCache {
    public let path: String
    let pool: DatabasePool
    private let state = Mutex(State())

    struct State {
        var hits = 0
        var misses = 0
        var problems: [String] = []
    }

    /// `$HWLENS_CACHE`, else `$XDG_CACHE_HOME/hwlens/cache.sqlite`, else `~/.cache/hwlens/cache.sqlite`.
    public static var defaultPath: String {
        let environment = ProcessInfo.processInfo.environment
        if let path = environment["HWLENS_CACHE"], !path.isEmpty { return path }
        let base = environment["XDG_CACHE_HOME"].flatMap { $0.isEmpty ? nil : $0 }
            ?? (NSHomeDirectory() as NSString).appendingPathComponent(".cache")
        return ((base as NSString).appendingPathComponent("hwlens") as NSString).appendingPathComponent("cache.sqlite")
    }

    public init(path: String = InputCache.defaultPath) throws(StoreError) {
        self.path = path
        pool = try SQLiteFile.open(path, kind: .inputCache)
        try SQLiteFile.prepareSchema(pool, path: path, kind: .inputCache, versions: [
            """
            CREATE TABLE IF NOT EXISTS input_text (
                content TEXT NOT NULL,
                settings TEXT NOT NULL,
                form TEXT NOT NULL,
                text TEXT NOT NULL,
                stored_at REAL NOT NULL,
                PRIMARY KEY (content, settings)) WITHOUT ROWID
            """
        ])
    }

    public func text(for key: InputCacheKey) -> CachedInputText? {
        do {
            let row = try pool.read { db in
                try Row.fetchOne(db, sql: "SELECT form, text FROM input_text WHERE content = ? AND settings = ?",
                                 arguments: [key.content, key.settings])
            }
            // A row of an unknown form (written by another hwlens) is a miss.
            let found = row.flatMap { row in InputForm.Reading(rawValue: row["form"]).map { CachedInputText(form: $0, text: row["text"]) } }
            state.withLock { found == nil ? ($0.misses += 1) : ($0.hits += 1) }
            return found
        } catch {
            note(error)
            return nil
        }
    }

    public func store(_ text: CachedInputText, for key: InputCacheKey) {
        do {
            try pool.write { db in
                try db.execute(
                    sql: "INSERT OR REPLACE INTO input_text (content, settings, form, text, stored_at) VALUES (?, ?, ?, ?, ?)",
                    arguments: [key.content, key.settings, text.form.rawValue, text.text, Date().timeIntervalSince1970])
            }
        } catch {
            note(error)
        }
    }

    private func note(_ error: any Error) {
        let line = "\(path): \(SQLiteFile.describe(error))"
        state.withLock { if !$0.problems.contains(line) { $0.problems.append(line) } }
    }

    /// Inputs found in the cache and inputs read afresh, so far.
    public var counts: (hits: Int, misses: Int) { state.withLock { ($0.hits, $0.misses) } }

    /// Failures met so far, one line each.
    public var problems: [String] { state.withLock { $0.problems } }

    /// Entries and the file's size in bytes.
    public func summary() throws(StoreError) -> (entries: Int, bytes: Int) {
        let entries = try SQLiteFile.perform(path, "cannot read the cache") {
            try pool.read { try Int.fetchOne($0, sql: "SELECT COUNT(*) FROM input_text") ?? 0 }
        }
        let bytes = ["", "-wal"].reduce(0) { total, suffix in
            total + ((try? FileManager.default.attributesOfItem(atPath: path + suffix)[.size] as? Int) ?? 0)
        }
        return (entries, bytes)
    }

    /// Deletes every entry and gives the space back; returns how many there were. Safe while
    /// another run uses the cache (its entries are simply read afresh).
    @discardableResult
    public func clear() throws(StoreError) -> Int {
        let removed = try SQLiteFile.perform(path, "cannot clear the cache") {
            try pool.write { db in
                try db.execute(sql: "DELETE FROM input_text")
                return db.changesCount
            }
        }
        try SQLiteFile.perform(path, "cannot compact the cache") {
            try pool.writeWithoutTransaction { try $0.execute(sql: "VACUUM") }
        }
        return removed
    }
}
