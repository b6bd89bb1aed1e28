/// One problem of a homework: its header, its statement and its parts.
public struct Problem: Sendable, Codable, Equatable {
    /// The problem number as a stable id: "1", "2", or "2.3" for dotted numbers.
    public var id: String
    /// The rest of the header line without the separator ("Cross-Correlation by Hand"); may be empty.
    public var title: String
    /// The statement between the header and the first part, lines joined with "\n" and trimmed.
    public var text: String
    /// The parts in order; sub-parts follow their lettered part ("2a", "2a.i", "2a.ii", "2b").
    public var parts: [Part]
    /// 0-based range of input lines, from the header line to the next problem's header.
    public var lines: Range<Int>
    /// Facts the statement states, shared by every part.
    public var facts: [Fact] = []
    /// For a problem without parts: what kind of answer it asks for, and its options.
    public var kind: PartKind = .value
    public var options: [PartOption] = []

    public init(id: String, title: String, text: String, parts: [Part], lines: Range<Int>) {
        self.id = id
        self.title = title
        self.text = text
        self.parts = parts
        self.lines = lines
    }
}
