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
