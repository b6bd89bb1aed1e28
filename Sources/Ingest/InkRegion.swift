import Files

/// A region of a rendered page that carries ink but no text-layer character:
/// a formula drawn as vector paths, an image, a rule or a fraction bar — what a
/// copy-paste loses without a trace.
public struct InkRegion: Codable, Equatable, Sendable {
    /// Bounding box in points, top-left origin.
    public var box: Box
    /// Inked area inside the box, in square points.
    public var inkArea: Double

    public init(box: Box, inkArea: Double) {
        self.box = box
        self.inkArea = inkArea
    }

    enum CodingKeys: String, CodingKey { case box, inkArea }

    public func encode(to encoder: Encoder) throws {
        var c = encoder.container(keyedBy: CodingKeys.self)
        try c.encode(box, forKey: .box)
        try c.encode((inkArea * 100).rounded() / 100, forKey: .inkArea)
    }
}
