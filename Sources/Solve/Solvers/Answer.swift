/// A typed homework answer, as every solver can report it.
///
/// ## JSON encoding (stable)
/// Every answer encodes as an object with a `"type"` tag and a `"value"`:
///
/// | case         | JSON                                                              |
/// |--------------|-------------------------------------------------------------------|
/// | `integer`    | `{"type":"integer","value":108}`                                  |
/// | `real`       | `{"type":"real","value":1.25,"exact":"5/4"}` (`exact` omitted when nil) |
/// | `vector`     | `{"type":"vector","value":[2,-1,3]}`                              |
/// | `matrix`     | `{"type":"matrix","value":[[1,2],[3,4]]}`                         |
/// | `shape`      | `{"type":"shape","value":[14,14,32],"layout":"HWC"}` (`layout` omitted when nil) |
/// | `choice`     | `{"type":"choice","value":"B"}`                                   |
/// | `expression` | `{"type":"expression","value":"g_i - (1/m) Σ_j g_j"}`             |
/// | `text`       | `{"type":"text","value":"identity at test time"}`                 |
///
/// Decoding accepts exactly these shapes and rejects unknown `type` tags.
public enum Answer: Sendable, Hashable, Codable, CustomStringConvertible {
    case integer(Int)
    case real(RealValue)
    case vector([Double])
    case matrix([[Double]])
    case shape(dimensions: [Int], layout: String?)
    case choice(String)
    case expression(String)
    case text(String)

    /// A fraction as an answer: `integer` when whole, else `real` with its exact form.
    public init(_ rational: Rational) {
        self = rational.isInteger ? .integer(rational.numerator) : .real(RealValue(rational))
    }

    /// The tag used in the JSON encoding.
    public var type: String {
        switch self {
        case .integer: "integer"
        case .real: "real"
        case .vector: "vector"
        case .matrix: "matrix"
        case .shape: "shape"
        case .choice: "choice"
        case .expression: "expression"
        case .text: "text"
        }
    }

    /// A short human display: `108`, `5/4 = 1.25`, `[2, -1, 3]`, `[[1, 2], [3, 4]]`, `14×14×32 (HWC)`.
    public var description: String {
        switch self {
        case .integer(let value): "\(value)"
        case .real(let value): value.description
        case .vector(let values): Self.list(values)
        case .matrix(let rows): "[" + rows.map(Self.list).joined(separator: ", ") + "]"
        case .shape(let dimensions, let layout):
            dimensions.map(String.init).joined(separator: "×") + (layout.map { " (\($0))" } ?? "")
        case .choice(let value), .expression(let value), .text(let value): value
        }
    }

    private static func list(_ values: [Double]) -> String {
        "[" + values.map(RealValue.format).joined(separator: ", ") + "]"
    }

    private enum CodingKeys: String, CodingKey { case type, value, exact, layout }

    public init(from decoder: any Decoder) throws {
        let container = try decoder.container(keyedBy: CodingKeys.self)
        let type = try container.decode(String.self, forKey: .type)
        switch type {
        case "integer": self = .integer(try container.decode(Int.self, forKey: .value))
        case "real":
            self = .real(RealValue(try container.decode(Double.self, forKey: .value),
                                   exact: try container.decodeIfPresent(String.self, forKey: .exact)))
        case "vector": self = .vector(try container.decode([Double].self, forKey: .value))
        case "matrix": self = .matrix(try container.decode([[Double]].self, forKey: .value))
        case "shape":
            self = .shape(dimensions: try container.decode([Int].self, forKey: .value),
                          layout: try container.decodeIfPresent(String.self, forKey: .layout))
        case "choice": self = .choice(try container.decode(String.self, forKey: .value))
        case "expression": self = .expression(try container.decode(String.self, forKey: .value))
        case "text": self = .text(try container.decode(String.self, forKey: .value))
        default:
            throw DecodingError.dataCorruptedError(forKey: .type, in: container, debugDescription: "unknown answer type '\(type)'")
        }
    }

    public func encode(to encoder: any Encoder) throws {
        var container = encoder.container(keyedBy: CodingKeys.self)
        try container.encode(type, forKey: .type)
        switch self {
        case .integer(let value): try container.encode(value, forKey: .value)
        case .real(let value):
            try container.encode(value.value, forKey: .value)
            try container.encodeIfPresent(value.exact, forKey: .exact)
        case .vector(let values): try container.encode(values, forKey: .value)
        case .matrix(let rows): try container.encode(rows, forKey: .value)
        case .shape(let dimensions, let layout):
            try container.encode(dimensions, forKey: .value)
            try container.encodeIfPresent(layout, forKey: .layout)
        case .choice(let value), .expression(let value), .text(let value):
            try container.encode(value, forKey: .value)
        }
    }
}

extension Answer {
    /// The number an integer or real answer holds (nil for arrays, shapes and words).
    public var scalar: Double? {
        switch self {
        case .integer(let value): Double(value)
        case .real(let value): value.value
        default: nil
        }
    }
}
