import Foundation
import GRDB

/// How hwlens opens its SQLite files: write-ahead logging (readers never block the writer,
/// a killed process leaves the last committed transaction intact), a generous busy timeout
/// so several processes can share one file, and errors that name the file.
enum SQLiteFile {
    static let busyTimeout: TimeInterval = 120

    static func open(_ path: String, readOnly: Bool = false) throws(StoreError) -> DatabasePool {
        var configuration = Configuration()
        configuration.busyMode = .timeout(busyTimeout)
        configuration.readonly = readOnly
        configuration.label = path
        if !readOnly {
            // With WAL, NORMAL still never corrupts; a power cut may lose the last commits, a kill does not.
            configuration.prepareDatabase { db in try db.execute(sql: "PRAGMA synchronous = NORMAL") }
        }
        let folder = (path as NSString).deletingLastPathComponent
        if !readOnly, !folder.isEmpty {
            try? FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true)
        }
        if readOnly, !FileManager.default.fileExists(atPath: path) {
            throw .cannotOpen(path: path, detail: "no such file")
        }
        // Switching a new file to WAL takes a lock that SQLite does not wait for: two processes
        // creating one file at once see SQLITE_BUSY, so opening is retried for a while.
        var attempt = 0
        while true {
            do {
                return try DatabasePool(path: path, configuration: configuration)
            } catch let error as DatabaseError where error.resultCode == .SQLITE_BUSY && attempt < 100 {
                attempt += 1
                usleep(UInt32(20_000 + (attempt % 10) * 10_000))
            } catch {
                throw .cannotOpen(path: path, detail: describe(error))
            }
        }
    }

    /// Creates or upgrades a schema under the write lock (`BEGIN IMMEDIATE`), so processes
    /// opening a new file together create it once. `versions[i]` moves `user_version` i to i + 1.
    static func prepareSchema(_ pool: DatabasePool, path: String, versions: [String]) throws(StoreError) {
        try perform(path, "cannot set up the schema") {
            try pool.writeWithoutTransaction { db in
                try db.inTransaction(.immediate) {
                    let current = try Int.fetchOne(db, sql: "PRAGMA user_version") ?? 0
                    if current > versions.count {
                        throw StoreError.failed(path: path, detail: "written by a newer hwlens (schema \(current))")
                    }
                    for version in current..<versions.count { try db.execute(sql: versions[version]) }
                    if current < versions.count { try db.execute(sql: "PRAGMA user_version = \(versions.count)") }
                    return .commit
                }
            }
        }
    }

    /// A database error as a short phrase, without GRDB's SQL echo.
    static func describe(_ error: any Error) -> String {
        if let error = error as? DatabaseError {
            return (error.message ?? "\(error.resultCode)").lowercased()
        }
        return (error as? StoreError)?.errorDescription ?? "\(error)"
    }

    /// Runs `body`, turning any failure into a ``StoreError`` naming `path`.
    static func perform<T>(_ path: String, _ what: String, _ body: () throws -> T) throws(StoreError) -> T {
        do {
            return try body()
        } catch let error as StoreError {
            throw error
        } catch {
            throw .failed(path: path, detail: "\(what): \(describe(error))")
        }
    }
}
