import Files

/// One character of a page's text layer: a Unicode scalar, its box and its font.
///
/// Glyphs are indexed like the Unicode scalars of the page text, including the
/// spaces and line breaks poppler inserts between words and lines.
public struct Glyph: Equatable, Sendable {
    public var scalar: Unicode.Scalar
    public var box: Box
    /// Index into ``TextLayer/fonts``, or -1 where poppler gave no attributes (inserted whitespace).
    public var font: Int32
    public var fontSize: Double

    public init(scalar: Unicode.Scalar, box: Box, font: Int32, fontSize: Double) {
        self.scalar = scalar
        self.box = box
        self.font = font
        self.fontSize = fontSize
    }

    /// Whether the scalar is a space or line break.
    public var isWhitespace: Bool { scalar.properties.isWhitespace }
}
