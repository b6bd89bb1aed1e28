import ArgumentParser
import Foundation
import Synchronization

/// The one path for what hwlens says on standard error: errors, warnings and notes, one
/// line each (`hwlens: error: FILE: problem`). Errors are counted, and a command that
/// reported any ends with exit code 1 (see ``Hwlens/main()``).
enum Diagnostics {
    private static let errors = Atomic<Int>(0)

    /// How many errors were reported so far.
    static var errorCount: Int { errors.load(ordering: .relaxed) }

    /// Reports an error about one input; the command goes on with the others.
    static func error(_ error: any Error) {
        self.error(message(error))
    }

    static func error(_ message: String) {
        errors.add(1, ordering: .relaxed)
        write("hwlens: error: \(message)")
    }

    static func warning(_ message: String) {
        write("hwlens: warning: \(message)")
    }

    static func note(_ message: String) {
        write("hwlens: note: \(message)")
    }

    /// Reports an error that ends the command, and returns the exit to throw.
    static func fatal(_ error: any Error, status: Int32 = ExitStatus.inputFailed) -> ExitCode {
        fatal(message(error), status: status)
    }

    static func fatal(_ message: String, status: Int32 = ExitStatus.inputFailed) -> ExitCode {
        self.error(message)
        return ExitCode(status)
    }

    /// The error's one-line message.
    static func message(_ error: any Error) -> String {
        (error as? LocalizedError)?.errorDescription ?? "\(error)"
    }

    /// Writes a line as it is (usage errors, whose text ArgumentParser composes).
    static func write(_ message: String) {
        let line = message.hasSuffix("\n") ? message : message + "\n"
        FileHandle.standardError.write(Data(line.utf8))
    }
}

/// Buffered standard output: one `write` per finished document, so a failing
/// document never leaves a partial JSON line.
enum StandardOutput {
    static func write(_ text: String) {
        FileHandle.standardOutput.write(Data(text.utf8))
    }

    static func write(_ data: Data) {
        FileHandle.standardOutput.write(data)
    }
}

/// Keeps C libraries' own stderr chatter (libpng's "libpng error: …" lines) out of the
/// one-line-per-file error report while `body` runs; hwlens prints its own errors after.
enum QuietStandardError {
    static func during<T>(_ body: () async throws -> T) async rethrows -> T {
        let saved = dup(STDERR_FILENO)
        let null = open("/dev/null", O_WRONLY)
        if saved >= 0, null >= 0 { dup2(null, STDERR_FILENO) }
        defer {
            if saved >= 0 {
                dup2(saved, STDERR_FILENO)
                close(saved)
            }
            if null >= 0 { close(null) }
        }
        return try await body()
    }
}
