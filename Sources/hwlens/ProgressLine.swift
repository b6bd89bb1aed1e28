import Foundation

/// One line of progress on the terminal (never in a log): each update overwrites the last.
/// Silent when standard error is not a terminal.
final class ProgressLine: Sendable {
    private let descriptor: Int32

    init() {
        descriptor = isatty(2) == 1 ? dup(2) : -1
    }

    deinit {
        if descriptor >= 0 { close(descriptor) }
    }

    /// Shows `line`, cut to 100 characters.
    var show: @Sendable (String) -> Void {
        { [descriptor] line in
            guard descriptor >= 0 else { return }
            let text = "\r\u{1B}[K" + String(line.prefix(100))
            _ = text.withCString { write(descriptor, $0, strlen($0)) }
        }
    }

    /// Clears the line.
    func clear() {
        guard descriptor >= 0 else { return }
        _ = "\r\u{1B}[K".withCString { write(descriptor, $0, strlen($0)) }
    }
}
