/// Something in a source file that a reader did not understand, with the 1-based line
/// where it (first) occurs: an unknown macro or environment, unbalanced braces, a
/// missing `\end{…}` or `$`.
public struct SourceIssue: Sendable, Codable, Equatable {
    public var line: Int
    /// One short lower-case line, e.g. `unknown macro \foo (3 times)`.
    public var message: String

    public init(line: Int, message: String) {
        self.line = line
        self.message = message
    }
}
