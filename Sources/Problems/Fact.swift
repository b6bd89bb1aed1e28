/// A quantity a problem states, with its name as the text gives it: "stride" from "a
/// stride of 2", "η" from "η = 0.1", "in_channels" from `nn.Conv2d(3, 16, 3)`, "input
/// channels" from "8 input channels", "x" from a table row "x 0 1 2 3".
public struct Fact: Sendable, Codable, Equatable {
    public var name: String
    /// The value: one number, or several for a vector or a table row.
    public var values: [Double]
    /// For a matrix, its rows and columns (`values` holds it row by row).
    public var shape: [Int]?
    /// The unit as written ("kg", "K", "m/s"), if any.
    public var unit: String?
    /// The symbol the text gives the quantity besides its name ("η" in "a learning rate η = 0.1").
    public var symbol: String?
    /// The words that state it: "a stride of 2", "nn.Conv2d(3, 16, 3, padding=1)".
    public var text: String
    /// In a part's facts: where the fact comes from — nil for the part's own text,
    /// "stem" for the problem's statement, or the id of a part it refers to.
    public var from: String?

    public init(name: String, values: [Double], shape: [Int]? = nil, unit: String? = nil, symbol: String? = nil, text: String, from: String? = nil) {
        self.name = name
        self.values = values
        self.shape = shape
        self.unit = unit
        self.symbol = symbol
        self.text = text
        self.from = from
    }

    /// The single value, when there is one.
    public var value: Double? { values.count == 1 ? values[0] : nil }
}
