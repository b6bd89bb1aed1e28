/// A value written in a problem: a number, a vector or a matrix, with its source text.
public enum MathValue: Sendable, Codable, Equatable {
    /// A number such as `12,800`, `−3`, `0.5` or `1e-3`.
    case number(Double, text: String)
    /// A vector such as `[2, −1, 5]`, `(4, -1, 0)` or `(1, 2, 0, 3, 1)ᵀ`.
    case vector([Double], text: String)
    /// A matrix, row by row, such as `[1 2 0 1; 0 1 3 2]` or `[[1, 2], [3, 4]]`.
    case matrix([[Double]], text: String)

    /// The source text the value was read from.
    public var text: String {
        switch self {
        case .number(_, let text), .vector(_, let text), .matrix(_, let text): text
        }
    }

    /// The value as a number, when it is one.
    public var number: Double? {
        if case .number(let value, _) = self { value } else { nil }
    }
}
