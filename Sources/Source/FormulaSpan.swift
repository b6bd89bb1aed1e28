/// One piece of math in a ``SourceText``: where its canonical form sits in the text,
/// and the LaTeX it came from.
public struct FormulaSpan: Sendable, Codable, Equatable {
    /// 1-based, in order of appearance.
    public var id: Int
    /// Offset in ``SourceText/text``, counted in Characters (grapheme clusters).
    public var start: Int
    /// Exclusive end, in Characters.
    public var end: Int
    /// The math as written in the source, without the `$` / `\[` delimiters or the
    /// `\begin{…}`/`\end{…}` of a math environment, surrounding whitespace trimmed.
    /// For plain text it is the span's own text.
    public var latex: String
    /// Whether the math was set on its own line (`\[…\]`, `$$…$$`, equation, align, …).
    public var display: Bool
    /// 1-based line in the source file where the math starts.
    public var line: Int

    public init(id: Int, start: Int, end: Int, latex: String, display: Bool, line: Int) {
        self.id = id
        self.start = start
        self.end = end
        self.latex = latex
        self.display = display
        self.line = line
    }
}
