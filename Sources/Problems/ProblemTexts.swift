import Files
import Source

/// The texts of one input form of a problem set, as read: cleaned (repairs applied, math
/// rebuilt) and raw, with what was repaired and where each line came from.
public struct ProblemTexts: Sendable {
    public var form: InputForm.Reading
    public var cleaned: String
    public var raw: String
    /// Repairs applied to the whole text, by name, with counts.
    public var repairs: [String: Int]
    /// For PDFs: page and box of each line of `cleaned`.
    public var lineLocations: [(page: Int, box: Box)]?
    /// For sources: formula spans of `cleaned`.
    public var formulas: [FormulaSpan]?
    /// What reading the source could not understand (unknown macros, each once, files it
    /// could not follow), as `line N: message`.
    public var sourceIssues: [String] = []

    public init(
        form: InputForm.Reading, cleaned: String, raw: String, repairs: [String: Int] = [:], lineLocations: [(page: Int, box: Box)]? = nil,
        formulas: [FormulaSpan]? = nil
    ) {
        self.form = form
        self.cleaned = cleaned
        self.raw = raw
        self.repairs = repairs
        self.lineLocations = lineLocations
        self.formulas = formulas
    }
}
