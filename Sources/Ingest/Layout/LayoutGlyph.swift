import Files

/// A glyph prepared for layout analysis: its text after undoing pass-through, its box,
/// size and role.
struct LayoutGlyph {
    enum Role: Equatable {
        case plain
        case space
        case bigOperator
        case radical
        case leftDelimiter
        case rightDelimiter
    }

    var text: String
    var box: Box
    var size: Double
    var math: Bool
    var role: Role
    /// Index in the page's glyphs, for reading order.
    var index: Int

    /// Where the glyph sits: the bottom of its box less a typical descent.
    var baseline: Double { box.maxY - 0.22 * size }
    var centerY: Double { box.y + box.height / 2 }
    var isLetter: Bool { text.first?.isLetter ?? false }
}
