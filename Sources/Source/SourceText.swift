import Files

/// A problem set's source text in hwlens' canonical linear form.
///
/// The canonical form is what the typeset problem set says, as one plain string, with
/// its math written linearly. Readers of LaTeX, Markdown and plain text all produce it,
/// so a source can be compared with what a PDF paste or OCR gives.
///
/// ## Prose
/// - Line endings are `\n`. Paragraphs are separated by exactly one blank line (`\n\n`);
///   single newlines inside a paragraph become spaces, runs of spaces become one space,
///   and no line starts or ends with a space.
/// - LaTeX: everything before `\begin{document}` is dropped, except `\newcommand`,
///   `\renewcommand`, `\providecommand`, `\def`, `\let`, `\DeclareMathOperator`,
///   `\newenvironment` and `\newtheorem` definitions, which are expanded everywhere, and
///   `\title`, `\author`, `\date`, which `\maketitle` prints as separate lines. Comments
///   are dropped; `\%` `\&` `\_` `\#` `\$` print their character; `--` → `–`, `---` → `—`,
///   ``` `` ``` → `“`, `''` → `”`, `~` → space. Single quotes are kept as typed.
/// - `\section`, `\subsection`, `\subsubsection`, `\paragraph` (starred or not) print their
///   title, without a number, on its own line. `\textbf`, `\emph`, `\textit`, `\underline`
///   and other font commands print their content; `\\` and `\newline` break the line;
///   layout commands (`\vspace`, `\noindent`, `\medskip`, `\small`, …) print nothing;
///   `\ref` prints `??`, `\eqref` `(??)`, `\cite` `[?]`.
/// - Lists: each `\item` starts a new line with its label and one space. `enumerate`
///   labels are generated as LaTeX prints them: by nesting level `1.`, `(a)`, `i.`, `A.`;
///   enumitem's `label=` (with `\arabic*`, `\alph*`, `\Alph*`, `\roman*`, `\Roman*`) and
///   `start=`, and the enumerate package's `[(a)]` form are followed; `\item[x]` prints
///   `x`. `itemize` items get `•`, `description` items their term.
/// - Tables (`tabular`): cells separated by one space, rows by newlines.
/// - Display math (`\[…\]`, `$$…$$`, equation, align, gather, multline, eqnarray and their
///   starred forms) stands on its own line(s); inline math (`$…$`, `\(…\)`) sits in the line.
/// - Markdown: heading `#` markers, emphasis markers, inline-code backticks and link
///   targets are dropped; list markers are kept (`-`, `*`, `+` become `•`); lines of a
///   paragraph are joined with spaces like the LaTeX reader does.
/// - Plain text is kept as it is, apart from line endings.
///
/// ## Math (``LaTeXMath/linearize(_:)``)
/// - Symbols become Unicode: Greek letters (`\epsilon` → `ϵ`, `\varepsilon` → `ε`,
///   `\phi` → `ϕ`, `\varphi` → `φ`), big operators (`∑ ∏ ∫ ∮ ⋃ ⋂`), operators, relations,
///   arrows and delimiters (`× · ∂ ∇ ≤ ≥ ≠ ≈ ∈ → ⌊ ⌋ ⟨ ⟩ ‖ …`). ASCII `-` becomes `−`
///   (U+2212); `*` stays `*`; `'` becomes `′`.
/// - Scripts: `_x` / `^x` when the script is one Character, else `_{…}` / `^{…}`;
///   subscript before superscript; primes right after the base (`f′`).
/// - `\frac{a}{b}` → `a/b`, with parentheses around a numerator or denominator that is not
///   atomic (one number, one identifier with its scripts and accents, one symbol, a root,
///   a matrix, or something wholly in brackets): `(∂L)/(∂x_i)`.
/// - `\sqrt{x}` → `√x`, or `√(…)` when not atomic; `\sqrt[3]{x}` → `∛x`, other indices
///   `root(n, x)`. `\binom{n}{k}` → `binom(n, k)`.
/// - Accents are combining marks after their argument (on its last Character):
///   `\hat` U+0302, `\bar`/`\overline` U+0304, `\tilde` U+0303, `\dot` U+0307, `\ddot` U+0308,
///   `\vec` U+20D7.
/// - `\mathbb{R}` → `ℝ` (every letter double-struck: `ℕ ℤ ℚ ℂ 𝔼 …`); other font commands
///   (`\mathcal`, `\mathbf`, `\boldsymbol`, `\mathrm`, `\mathit`), `\text{…}` and
///   `\operatorname{…}` give their plain content.
/// - Function names (`\log`, `\max`, `\sin`, …) are plain letters.
/// - Matrices (matrix, bmatrix, pmatrix, Bmatrix, vmatrix, Vmatrix, smallmatrix, array)
///   → `[a b; c d]`: entries separated by one space, rows by `; `; brackets around a matrix
///   (`\left[ … \right]`) are dropped. `cases` → `{a, x>0; b, x≤0}`.
/// - Rows of align-like content (`\\`) become separate lines; `&`, `\label`, `\tag`,
///   `\nonumber` are dropped. `\left`, `\right`, `\big…` and style commands are dropped,
///   keeping the delimiter.
/// - Spacing: spaces in the math source do not count. At the outer level (and inside
///   brackets there) relations and binary operators have one space on each side
///   (`a + b = c`, `3 × 3`); inside scripts, fractions, roots and matrix entries they
///   have none (`∑_{i=1}^m`, `(x_i−μ_B)/√(σ_B^2+ϵ)`). A sign with nothing to its left, or
///   after `(`, a comma, a relation or an operator, is unary and has no space (`−2`,
///   `(−1, 2)`). A comma or semicolon is followed by one space, everywhere. Big operators
///   and function names are separated by a space from an operand next to them
///   (`∑_{i=1}^m x_i`, `log x`, `2 log x`), except a function name before `(`: `max(a, b)`.
///   Explicit spacing (`\,` `\;` `\:` `~` `\quad` `\qquad`) gives one space, except after an
///   opening or before a closing bracket; `\!` gives nothing. Runs of spaces become one.
///
/// ## Formula spans
/// Every piece of math is one ``FormulaSpan`` whose `[start, end)` range, in Characters,
/// holds exactly its linearized form: `Array(text)[start..<end] == Array(linearized)`.
/// Math that linearizes to nothing (`$\label{x}$`) gets no span.
public struct SourceText: Sendable, Codable, Equatable {
    public enum Kind: String, Sendable, Codable { case latex, markdown, plain }

    /// The file it was read from ("" when read from a string).
    public var path: String
    public var kind: Kind
    /// The canonical text.
    public var text: String
    public var formulas: [FormulaSpan]
    /// What was not understood (unknown macros, unbalanced braces, custom environments…),
    /// ordered by line.
    public var issues: [SourceIssue]

    public init(path: String, kind: Kind, text: String, formulas: [FormulaSpan], issues: [SourceIssue]) {
        self.path = path
        self.kind = kind
        self.text = text
        self.formulas = formulas
        self.issues = issues
    }
}

extension SourceText.Kind {
    /// How a source of this kind is read, as an input form.
    public var reading: InputForm.Reading {
        switch self {
        case .latex: .latex
        case .markdown: .markdown
        case .plain: .plain
        }
    }
}
