import Foundation

/// Writes to standard error and remembers whether any input failed.
enum Diagnostics {
    static func write(_ message: String) {
        let line = message.hasSuffix("\n") ? message : message + "\n"
        FileHandle.standardError.write(Data(line.utf8))
    }

    /// Prints an error for one input as `hwlens: error: <message>`.
    static func report(_ error: any Error) {
        let message = (error as? LocalizedError)?.errorDescription ?? "\(error)"
        write("hwlens: error: \(message)")
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
