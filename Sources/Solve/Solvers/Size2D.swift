/// A (rows, columns) pair of integers: the kernel size, stride or dilation of a 2D layer.
/// An integer literal means the same value on both axes (`stride: 2`).
public struct Size2D: Sendable, Hashable, Codable, ExpressibleByIntegerLiteral, CustomStringConvertible {
    public var rows: Int
    public var columns: Int

    public init(rows: Int, columns: Int) {
        self.rows = rows
        self.columns = columns
    }

    /// The same value on both axes.
    public init(_ both: Int) {
        self.init(rows: both, columns: both)
    }

    public init(integerLiteral value: Int) {
        self.init(value)
    }

    /// `"3×3"`.
    public var description: String { "\(rows)×\(columns)" }
}
