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
        do {
            return try DatabasePool(path: path, configuration: configuration)
        } catch {
            throw .cannotOpen(path: path, detail: describe(error))
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
