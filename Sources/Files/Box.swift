/// An axis-aligned rectangle in PDF points with the origin at the top-left of the page.
///
/// Encoded in JSON as `[x, y, width, height]`, rounded to 0.01 pt.
public struct Box: Equatable, Hashable, Sendable {
    public var x: Double
    public var y: Double
    public var width: Double
    public var height: Double

    public init(x: Double, y: Double, width: Double, height: Double) {
        self.x = x
        self.y = y
        self.width = width
        self.height = height
    }

    public var maxX: Double { x + width }
    public var maxY: Double { y + height }

    /// The smallest box holding both.
    public func union(_ other: Box) -> Box {
        let minX = Swift.min(x, other.x)
        let minY = Swift.min(y, other.y)
        return Box(
            x: minX, y: minY,
            width: Swift.max(maxX, other.maxX) - minX,
            height: Swift.max(maxY, other.maxY) - minY)
    }

    /// The box grown by `margin` on every side.
    public func expanded(by margin: Double) -> Box {
        Box(x: x - margin, y: y - margin, width: width + 2 * margin, height: height + 2 * margin)
    }

    /// Whether the two boxes overlap with positive area.
    public func intersects(_ other: Box) -> Bool {
        x < other.maxX && other.x < maxX && y < other.maxY && other.y < maxY
    }

    /// The union of all boxes, or nil for none.
    public static func union<S: Sequence>(_ boxes: S) -> Box? where S.Element == Box {
        boxes.reduce(nil) { partial, box in partial?.union(box) ?? box }
    }
}

extension Box: Codable {
    public init(from decoder: Decoder) throws {
        var container = try decoder.unkeyedContainer()
        x = try container.decode(Double.self)
        y = try container.decode(Double.self)
        width = try container.decode(Double.self)
        height = try container.decode(Double.self)
    }

    public func encode(to encoder: Encoder) throws {
        var container = encoder.unkeyedContainer()
        for value in [x, y, width, height] {
            try container.encode((value * 100).rounded() / 100)
        }
    }
}
