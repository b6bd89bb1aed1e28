import Files

/// What a PDF page's text layer holds: the text a copy-paste gives, its lines and words
/// with boxes and fonts, and the runs of it that are set in math fonts.
///
/// All offsets (`start`, `end`) count Unicode scalars (code points) of ``text``,
/// end exclusive, so they index the same way in Python and JavaScript.
public struct TextLayer: Sendable {
    /// 1-based page number.
    public var page: Int
    public var size: PageSize
    /// Text in poppler's reading order, lines separated by `\n`.
    public var text: String
    /// One glyph per Unicode scalar of ``text``.
    public var glyphs: [Glyph]
    /// Font names, indexed by ``Glyph/font``.
    public var fonts: [String]
    public var lines: [TextLine]
    public var words: [Word]
    public var formulaRuns: [FormulaRun]
    /// Regions with ink but no text, when asked for (see ``InkDetector``).
    public var ink: [InkRegion]?

    /// Whether a font index names a math font.
    public func isMathFont(_ index: Int32) -> Bool {
        index >= 0 && MathFont.isMath(fonts[Int(index)])
    }
}

/// One line of the page text.
public struct TextLine: Codable, Equatable, Sendable {
    public var text: String
    public var box: Box
    public var start: Int
    public var end: Int
}

/// One word: a maximal run of non-whitespace characters.
public struct Word: Codable, Equatable, Sendable {
    public var text: String
    public var box: Box
    /// The font of most of its characters.
    public var font: String
    public var size: Double
    /// Whether any of its characters is set in a math font.
    public var math: Bool
    /// Index into ``TextLayer/lines``.
    public var line: Int
    public var start: Int
    public var end: Int

    enum CodingKeys: String, CodingKey {
        case text, box, font, size, math, line, start, end
    }

    public init(from decoder: Decoder) throws {
        let c = try decoder.container(keyedBy: CodingKeys.self)
        text = try c.decode(String.self, forKey: .text)
        box = try c.decode(Box.self, forKey: .box)
        font = try c.decode(String.self, forKey: .font)
        size = try c.decode(Double.self, forKey: .size)
        math = try c.decode(Bool.self, forKey: .math)
        line = try c.decode(Int.self, forKey: .line)
        start = try c.decode(Int.self, forKey: .start)
        end = try c.decode(Int.self, forKey: .end)
    }

    public init(text: String, box: Box, font: String, size: Double, math: Bool, line: Int, start: Int, end: Int) {
        self.text = text
        self.box = box
        self.font = font
        self.size = size
        self.math = math
        self.line = line
        self.start = start
        self.end = end
    }

    public func encode(to encoder: Encoder) throws {
        var c = encoder.container(keyedBy: CodingKeys.self)
        try c.encode(text, forKey: .text)
        try c.encode(box, forKey: .box)
        try c.encode(font, forKey: .font)
        try c.encode((size * 100).rounded() / 100, forKey: .size)
        try c.encode(math, forKey: .math)
        try c.encode(line, forKey: .line)
        try c.encode(start, forKey: .start)
        try c.encode(end, forKey: .end)
    }
}

/// A run of the page text set in math fonts: what the page shows as a formula.
///
/// A run starts from characters in math fonts and takes in neighbouring digits,
/// operators, brackets and spaces (TeX sets `=`, `+`, `(` and digits in the text font),
/// but not letters of the text font; trailing sentence punctuation is left out.
/// A formula made only of digits in the text font cannot be told from prose and is not a run.
public struct FormulaRun: Codable, Equatable, Sendable {
    public var start: Int
    public var end: Int
    public var text: String
    /// The union of ``boxes``.
    public var box: Box
    /// One box per line the run touches.
    public var boxes: [Box]
    /// The math fonts it uses, sorted.
    public var fonts: [String]
}

extension TextLayer: Codable {
    enum CodingKeys: String, CodingKey {
        case page, width, height, text, lines, words, formulaRuns, ink, fonts
    }

    public init(from decoder: Decoder) throws {
        let c = try decoder.container(keyedBy: CodingKeys.self)
        page = try c.decode(Int.self, forKey: .page)
        size = PageSize(
            width: try c.decode(Double.self, forKey: .width),
            height: try c.decode(Double.self, forKey: .height))
        text = try c.decode(String.self, forKey: .text)
        lines = try c.decode([TextLine].self, forKey: .lines)
        words = try c.decode([Word].self, forKey: .words)
        formulaRuns = try c.decode([FormulaRun].self, forKey: .formulaRuns)
        ink = try c.decodeIfPresent([InkRegion].self, forKey: .ink)
        fonts = try c.decodeIfPresent([String].self, forKey: .fonts) ?? []
        glyphs = []
    }

    public func encode(to encoder: Encoder) throws {
        var c = encoder.container(keyedBy: CodingKeys.self)
        try c.encode(page, forKey: .page)
        try c.encode((size.width * 100).rounded() / 100, forKey: .width)
        try c.encode((size.height * 100).rounded() / 100, forKey: .height)
        try c.encode(text, forKey: .text)
        try c.encode(fonts, forKey: .fonts)
        try c.encode(lines, forKey: .lines)
        try c.encode(words, forKey: .words)
        try c.encode(formulaRuns, forKey: .formulaRuns)
        try c.encodeIfPresent(ink, forKey: .ink)
    }
}
