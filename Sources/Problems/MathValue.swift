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

/// JSON: `{"type": "number", "value": 2, "text": "2"}`, `{"type": "vector", "value": [1, 2], …}`,
/// `{"type": "matrix", "value": [[1, 2], [3, 4]], …}`.
extension MathValue {
    enum CodingKeys: String, CodingKey { case type, value, text }

    public init(from decoder: Decoder) throws {
        let c = try decoder.container(keyedBy: CodingKeys.self)
        let text = try c.decode(String.self, forKey: .text)
        switch try c.decode(String.self, forKey: .type) {
        case "number": self = .number(try c.decode(Double.self, forKey: .value), text: text)
        case "vector": self = .vector(try c.decode([Double].self, forKey: .value), text: text)
        case "matrix": self = .matrix(try c.decode([[Double]].self, forKey: .value), text: text)
        case let other:
            throw DecodingError.dataCorruptedError(forKey: .type, in: c, debugDescription: "unknown value type \(other)")
        }
    }

    public func encode(to encoder: Encoder) throws {
        var c = encoder.container(keyedBy: CodingKeys.self)
        switch self {
        case .number(let value, let text):
            try c.encode("number", forKey: .type)
            try c.encode(value, forKey: .value)
            try c.encode(text, forKey: .text)
        case .vector(let value, let text):
            try c.encode("vector", forKey: .type)
            try c.encode(value, forKey: .value)
            try c.encode(text, forKey: .text)
        case .matrix(let value, let text):
            try c.encode("matrix", forKey: .type)
            try c.encode(value, forKey: .value)
            try c.encode(text, forKey: .text)
        }
    }
}
