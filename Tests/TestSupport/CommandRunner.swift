import Foundation

/// Runs the built `hwlens` binary, as a user would, with a deadline so a hang fails the test.
public struct CommandRunner {
    /// What a run of the binary gave.
    public struct Result: Sendable {
        public var status: Int32
        public var stdout: String
        public var stderr: String
        public var stdoutData: Data
    }

    static var root: URL { Fixtures.root }

    /// `HWLENS_BIN`, else `hwlens` next to the test bundle (both live in the build folder).
    public static let binary: String = {
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

    /// Runs `hwlens ARGUMENTS` (or `prefix… hwlens ARGUMENTS`) from the repository root.
    public static func run(_ arguments: [String], prefix: [String] = [], timeout: TimeInterval = 120, with extra: [String: String] = [:]) throws -> Result {
        let process = Process()
        let command = prefix + [binary] + arguments
        process.executableURL = URL(fileURLWithPath: command[0].hasPrefix("/") ? command[0] : "/usr/bin/env")
        process.arguments = command[0].hasPrefix("/") ? Array(command.dropFirst()) : command
        process.currentDirectoryURL = root
        process.environment = environment.merging(extra) { _, new in new }
        // Output goes to files, so a large output can never block the child on a full pipe.
        let folder = Fixtures.temporaryFolder()
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
    public static let environment: [String: String] = {
        var environment = ProcessInfo.processInfo.environment
        environment["OMP_THREAD_LIMIT"] = "1"
        if environment["HWLENS_CACHE"] == nil {
            environment["HWLENS_CACHE"] = Fixtures.temporaryFolder().appendingPathComponent("cache.sqlite").path
        }
        return environment
    }()

    /// Starts `hwlens ARGUMENTS` without waiting (output discarded), for tests that kill it
    /// or run several at once.
    public static func start(_ arguments: [String]) throws -> Process {
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
    public static func wait(_ process: Process, timeout: TimeInterval = 600) throws -> Int32 {
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

    /// A command that did not finish in time.
    public struct TimeoutError: Error, CustomStringConvertible {
        public var command: String
        public var description: String { "timed out: \(command)" }
    }
}
