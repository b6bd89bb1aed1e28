/// Zero padding along one axis: `before` zeros in front, `after` zeros behind.
/// An integer literal means symmetric padding (`padding: 2`).
public struct Padding: Sendable, Hashable, Codable, ExpressibleByIntegerLiteral {
    public var before: Int
    public var after: Int

    public static let none = Padding(0)

    public init(before: Int, after: Int) {
        self.before = before
        self.after = after
    }

    /// Symmetric padding: `amount` zeros on each side.
    public init(_ amount: Int) {
        self.init(before: amount, after: amount)
    }

    public init(integerLiteral value: Int) {
        self.init(value)
    }

    /// `before + after` (saturating at `Int.max`, which the size checks then reject).
    public var total: Int {
        let (sum, overflow) = before.addingReportingOverflow(after)
        return overflow ? Int.max : sum
    }

    func validate(_ name: String) throws {
        try Check.nonNegative(before, "\(name) (before)")
        try Check.nonNegative(after, "\(name) (after)")
    }
}
