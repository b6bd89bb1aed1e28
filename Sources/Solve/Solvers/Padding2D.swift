/// Zero padding of a 2D map: `rows` pads top/bottom, `columns` pads left/right.
/// An integer literal means the same padding on all four sides (`padding: 1`).
public struct Padding2D: Sendable, Hashable, Codable, ExpressibleByIntegerLiteral {
    public var rows: Padding
    public var columns: Padding

    public static let none = Padding2D(0)

    public init(rows: Padding, columns: Padding) {
        self.rows = rows
        self.columns = columns
    }

    public init(top: Int, bottom: Int, left: Int, right: Int) {
        self.init(rows: Padding(before: top, after: bottom), columns: Padding(before: left, after: right))
    }

    /// `amount` zeros on every side.
    public init(_ amount: Int) {
        self.init(rows: Padding(amount), columns: Padding(amount))
    }

    public init(integerLiteral value: Int) {
        self.init(value)
    }

    func validate(_ name: String) throws {
        try rows.validate(name)
        try columns.validate(name)
    }
}
