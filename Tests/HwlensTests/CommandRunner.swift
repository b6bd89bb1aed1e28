import Foundation

/// Runs the built `hwlens` binary, as a user would, with a deadline so a hang fails the test.
struct CommandRunner {
    struct Result {
        var status: Int32
        var stdout: String
        var stderr: String
        var stdoutData: Data
    }

    static let root = URL(fileURLWithPath: #filePath)
        .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()

    /// `HWLENS_BIN`, else `hwlens` next to the test bundle (both live in the build folder).
    static let binary: String = {
        if let path = ProcessInfo.processInfo.environment["HWLENS_BIN"] { return path }
        let executable = URL(fileURLWithPath: "/proc/self/exe").resolvingSymlinksInPath()
        var folder = executable.deletingLastPathComponent()
        while folder.path != "/" {
            let candidate = folder.appendingPathComponent("hwlens")
            var isDirectory: ObjCBool = false
            if FileManager.default.fileExists(atPath: candidate.path, isDirectory: &isDirectory), !isDirectory.boolValue {
                return candidate.path
            }
            folder = folder.deletingLastPathComponent()
        }
        return root.appendingPathComponent(".build/debug/hwlens").path
    }()

    static func path(_ relative: String) -> String {
        root.appendingPathComponent(relative).path
    }

    /// Runs `hwlens ARGUMENTS` (or `prefix… hwlens ARGUMENTS`) from the repository root.
    static func run(_ arguments: [String], prefix: [String] = [], timeout: TimeInterval = 120, with extra: [String: String] = [:]) throws -> Result {
        let process = Process()
        let command = prefix + [binary] + arguments
        process.executableURL = URL(fileURLWithPath: command[0].hasPrefix("/") ? command[0] : "/usr/bin/env")
        process.arguments = command[0].hasPrefix("/") ? Array(command.dropFirst()) : command
        process.currentDirectoryURL = root
        process.environment = environment.merging(extra) { _, new in new }
        // Output goes to files, so a large output can never block the child on a full pipe.
        let folder = temporaryFolder()
        let outURL = folder.appendingPathComponent("stdout")
        let errURL = folder.appendingPathComponent("stderr")
        _ = FileManager.default.createFile(atPath: outURL.path, contents: nil)
        _ = FileManager.default.createFile(atPath: errURL.path, contents: nil)
        let out = try FileHandle(forWritingTo: outURL)
        let err = try FileHandle(forWritingTo: errURL)
        defer {
            try? out.close()
            try? err.close()
            try? FileManager.default.removeItem(at: folder)
        }
        process.standardOutput = out
        process.standardError = err
        process.standardInput = FileHandle.nullDevice
        try process.run()
        let deadline = Date().addingTimeInterval(timeout)
        while process.isRunning && Date() < deadline { usleep(10_000) }
        if process.isRunning {
            process.terminate()
            process.waitUntilExit()
            throw TimeoutError(command: command.joined(separator: " "))
        }
        process.waitUntilExit()
        let outData = try Data(contentsOf: outURL)
        let errData = try Data(contentsOf: errURL)
        return Result(
            status: process.terminationStatus, stdout: String(decoding: outData, as: UTF8.self),
            stderr: String(decoding: errData, as: UTF8.self), stdoutData: outData)
    }

    /// The tests' environment: one OpenMP thread, and an input cache of the test run's own
    /// (never the user's `~/.cache`) unless `HWLENS_CACHE` is set.
    static let environment: [String: String] = {
        var environment = ProcessInfo.processInfo.environment
        environment["OMP_THREAD_LIMIT"] = "1"
        if environment["HWLENS_CACHE"] == nil {
            environment["HWLENS_CACHE"] = temporaryFolder().appendingPathComponent("cache.sqlite").path
        }
        return environment
    }()

    /// Starts `hwlens ARGUMENTS` without waiting (output discarded), for tests that kill it
    /// or run several at once.
    static func start(_ arguments: [String]) throws -> Process {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: binary)
        process.arguments = arguments
        process.currentDirectoryURL = root
        process.environment = environment
        process.standardOutput = FileHandle.nullDevice
        process.standardError = FileHandle.nullDevice
        process.standardInput = FileHandle.nullDevice
        try process.run()
        return process
    }

    /// Waits for a started process, killing it after `timeout` seconds; its exit status.
    static func wait(_ process: Process, timeout: TimeInterval = 600) throws -> Int32 {
        let deadline = Date().addingTimeInterval(timeout)
        while process.isRunning && Date() < deadline { usleep(10_000) }
        if process.isRunning {
            process.terminate()
            process.waitUntilExit()
            throw TimeoutError(command: ([binary] + (process.arguments ?? [])).joined(separator: " "))
        }
        process.waitUntilExit()
        return process.terminationStatus
    }

    struct TimeoutError: Error, CustomStringConvertible {
        var command: String
        var description: String { "timed out: \(command)" }
    }

    static func temporaryFolder() -> URL {
        let url = FileManager.default.temporaryDirectory.appendingPathComponent("hwlens-cli-\(UUID().uuidString)")
        try! FileManager.default.createDirectory(at: url, withIntermediateDirectories: true)
        return url
    }
}
