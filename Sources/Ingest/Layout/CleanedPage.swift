import Files

/// A page's text after undoing what the text layer did to its math: glyph pass-through
/// mapped back, sub- and superscripts marked, and display formulas (fractions, sums with
/// limits, matrices) rebuilt from the glyph boxes into hwlens' canonical linear form.
public struct CleanedPage: Codable, Sendable, Equatable {
    public var page: Int
    public var text: String
    /// How often each repair was applied, by name.
    public var repairs: [String: Int]
    /// The box of each line of ``text`` on the page.
    public var lineBoxes: [Box]

    public init(page: Int, text: String, repairs: [String: Int], lineBoxes: [Box] = []) {
        self.page = page
        self.text = text
        self.repairs = repairs
        self.lineBoxes = lineBoxes
    }
}

/// Names of the layout repairs.
public enum LayoutRepair {
    /// A CMEX glyph code mapped back to its symbol (`P`/`X` → `∑`, `R`/`Z` → `∫`).
    public static let glyphPassThrough = "glyphPassThrough"
    /// A group of smaller glyphs above or below the baseline written as `_`/`^` script.
    public static let script = "script"
    /// Two stacked rows written as `a/b`.
    public static let fraction = "fraction"
    /// A big operator with limits above and below written as `∑_{…}^{…}`.
    public static let operatorLimits = "operatorLimits"
    /// Rows between big delimiters written as `[a b; c d]`.
    public static let matrix = "matrix"
    /// Text-layer lines that sit on one visual line joined again.
    public static let joinedLines = "joinedLines"
}
