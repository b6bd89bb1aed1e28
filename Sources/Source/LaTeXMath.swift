/// Converts LaTeX math (math-mode content, no delimiters) to the canonical linear form
/// described on ``SourceText``: `\frac{\partial L}{\partial x_i}` → `(∂L)/(∂x_i)`,
/// `\sum_{j=1}^{n} w_j` → `∑_{j=1}^n w_j`, `\begin{bmatrix}1&2\\3&4\end{bmatrix}` → `[1 2; 3 4]`.
public enum LaTeXMath {
    public static func linearize(_ latex: String) -> String {
        linearize(tokens: LaTeXLexer.tokenize(SourceLines.normalize(latex))).text
    }

    /// What linearizing tokens gives: the text, and what was not understood.
    struct Result {
        var text: String
        /// `\foo` or `environment foo`, with how often.
        var unknown: [(name: String, count: Int)]
        var unclosed: [String]
    }

    static func linearize(tokens: [LaTeXToken]) -> Result {
        var parser = MathParser(tokens)
        let rows = parser.parseDocument()
        return Result(text: MathRenderer.render(rows: rows), unknown: parser.unknown, unclosed: parser.unclosed)
    }
}
