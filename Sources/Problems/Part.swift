/// One part (or sub-part) of a problem, with the values written in it.
public struct Part: Sendable, Codable, Equatable {
    /// Stable id: problem id, lowercase letter, then "." and a lowercase roman numeral
    /// for sub-parts: "1b", "2a.ii". Roman parts of a problem without lettered parts are "3.i".
    public var id: String
    /// The label as written, without Markdown emphasis: "(b)", "b)", "Part (c)", "ii.".
    public var label: String
    /// The part's lines joined with "\n" and trimmed, without the label;
    /// page numbers and running headers are left out.
    public var text: String
    /// 0-based range of input lines, from the label line to the next label or problem header.
    public var lines: Range<Int>
    /// Numbers, vectors and matrices in ``text``, in order of appearance.
    public var values: [MathValue]
    /// What kind of answer it asks for, and the options it lists.
    public var kind: PartKind = .value
    public var options: [PartOption] = []
    /// Ids of the parts its text refers to ("Repeat (b) …" → the id of (b)).
    public var references: [String] = []
    /// Facts its own text states.
    public var facts: [Fact] = []

    public init(id: String, label: String, text: String, lines: Range<Int>, values: [MathValue]) {
        self.id = id
        self.label = label
        self.text = text
        self.lines = lines
        self.values = values
    }
}
