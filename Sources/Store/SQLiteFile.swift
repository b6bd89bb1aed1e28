import Foundation
import GRDB

/// How hwlens opens its SQLite files: write-ahead logging (readers never block the writer,
/// a killed process leaves the last committed transaction intact), a generous busy timeout
/// so several processes can share one file, a mark in the header saying what the file is,
/// and errors that name the file.
enum SQLiteFile {
    static let busyTimeout: TimeInterval = 120

    /// What a file holds, marked by its `application_id`.
    enum Kind: Int32 {
        case resultsStore = 0x6877_6C72  // "hwlr"
        case inputCache = 0x6877_6C63  // "hwlc"

        var name: String {
            switch self {
            case .resultsStore: "a results store"
            case .inputCache: "an input cache"
            }
        }
    }

    /// Opens (creating it and its folder if needed) a file of `kind` for reading and writing.
    static func open(_ path: String, kind: Kind) throws(StoreError) -> DatabasePool {
        try checkFile(path, kind: kind, mayCreate: true)
        var configuration = Configuration()
        configuration.busyMode = .timeout(busyTimeout)
        configuration.label = path
        // With WAL, NORMAL still never corrupts; a power cut may lose the last commits, a kill does not.
        configuration.prepareDatabase { db in try db.execute(sql: "PRAGMA synchronous = NORMAL") }
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

    /// Opens an existing file of `kind` without writing to it, not even its journal mode (for
    /// `hwlens merge`, whose inputs may be on a read-only file system).
    static func openForReading(_ path: String, kind: Kind) throws(StoreError) -> DatabaseQueue {
        try checkFile(path, kind: kind, mayCreate: false)
        var configuration = Configuration()
        configuration.readonly = true
        configuration.busyMode = .timeout(busyTimeout)
        configuration.label = path
        do {
            return try DatabaseQueue(path: path, configuration: configuration)
        } catch let error as DatabaseError where error.resultCode == .SQLITE_CANTOPEN {
            // A WAL file in a read-only folder without its -shm: readable as immutable.
            let uri = "file:" + (path.addingPercentEncoding(withAllowedCharacters: .urlPathAllowed) ?? path) + "?immutable=1"
            do {
                return try DatabaseQueue(path: uri, configuration: configuration)
            } catch {
                throw .cannotOpen(path: path, detail: describe(error))
            }
        } catch {
            throw .cannotOpen(path: path, detail: describe(error))
        }
    }

    /// Refuses, before SQLite touches it, a path that is a folder, a file that is not SQLite,
    /// and a database that is not of `kind` (the other kind, or another program's).
    static func checkFile(_ path: String, kind: Kind, mayCreate: Bool) throws(StoreError) {
        if path.isEmpty { throw .cannotOpen(path: path, detail: "no file name") }
        var isDirectory: ObjCBool = false
        guard FileManager.default.fileExists(atPath: path, isDirectory: &isDirectory) else {
            guard mayCreate else { throw .cannotOpen(path: path, detail: "no such file") }
            let folder = (path as NSString).deletingLastPathComponent
            if !folder.isEmpty {
                do {
                    try FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true)
                } catch {
                    throw .cannotOpen(path: path, detail: "cannot create its folder")
                }
            }
            return
        }
        if isDirectory.boolValue { throw .cannotOpen(path: path, detail: "is a folder, not a database file") }
        guard let handle = FileHandle(forReadingAtPath: path) else { throw .cannotOpen(path: path, detail: "not readable") }
        let header = [UInt8]((try? handle.read(upToCount: 100)) ?? Data())
        try? handle.close()
        if header.isEmpty { return }  // an empty file becomes a new database
        guard header.count == 100, header.starts(with: Array("SQLite format 3\0".utf8)) else {
            throw .cannotOpen(path: path, detail: "file is not a database")
        }
        func bigEndian(_ offset: Int) -> UInt32 { header[offset..<offset + 4].reduce(0) { $0 << 8 | UInt32($1) } }
        let application = Int32(bitPattern: bigEndian(68))
        if application == kind.rawValue { return }
        // Killed between creating the file and making its schema: one page, no mark yet.
        if application == 0 && bigEndian(28) <= 1 { return }
        // Killed before a checkpoint: the mark is still in the write-ahead log, not in the
        // file's header. SQLite itself reads it (the schema check refuses a foreign database).
        if application == 0, let size = (try? FileManager.default.attributesOfItem(atPath: path + "-wal"))?[.size] as? Int, size > 0 { return }
        throw .failed(path: path, detail: "not \(kind.name) (\(Kind(rawValue: application)?.name ?? "another program's database"))")
    }

    /// Creates or upgrades a schema under the write lock (`BEGIN IMMEDIATE`), so processes
    /// opening a new file together create it once. `versions[i]` moves `user_version` i to i + 1.
    static func prepareSchema(_ pool: DatabasePool, path: String, kind: Kind, versions: [String]) throws(StoreError) {
        try perform(path, "cannot set up the schema") {
            try pool.writeWithoutTransaction { db in
                try db.inTransaction(.immediate) {
                    let application = try Int32.fetchOne(db, sql: "PRAGMA application_id") ?? 0
                    let current = try Int.fetchOne(db, sql: "PRAGMA user_version") ?? 0
                    if application == 0 {
                        let objects = try Int.fetchOne(db, sql: "SELECT COUNT(*) FROM sqlite_master") ?? 0
                        if objects > 0 { throw StoreError.failed(path: path, detail: "not \(kind.name) (another program's database)") }
                        try db.execute(sql: "PRAGMA application_id = \(kind.rawValue)")
                    } else if application != kind.rawValue {
                        throw StoreError.failed(path: path, detail: "not \(kind.name) (\(Kind(rawValue: application)?.name ?? "another program's database"))")
                    }
                    try checkVersion(current, versions.count, path: path)
                    for version in current..<versions.count { try db.execute(sql: versions[version]) }
                    if current < versions.count { try db.execute(sql: "PRAGMA user_version = \(versions.count)") }
                    return .commit
                }
            }
        }
    }

    static func checkVersion(_ current: Int, _ known: Int, path: String) throws(StoreError) {
        if current > known { throw .failed(path: path, detail: "written by a newer hwlens (schema \(current))") }
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
