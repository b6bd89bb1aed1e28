/// What kind of answer a part (or a problem without parts) asks for, read from its text.
public enum PartKind: String, Sendable, Codable, Equatable, CaseIterable {
    /// One of listed options.
    case multipleChoice = "mcq"
    /// Every listed option that applies.
    case selectAll = "select-all"
    /// True or false (also yes/no questions the text asks to decide as such).
    case trueFalse = "true-false"
    /// Items matched to items.
    case matching
    /// Explain, prove, derive, sketch: not graded automatically.
    case open
    /// A value, vector, shape or expression.
    case value
}

/// One listed option of a multiple-choice, select-all or matching part.
public struct PartOption: Sendable, Codable, Hashable {
    /// The option's letter or number as written, without brackets: "A", "b", "3".
    public var label: String
    public var text: String

    public init(label: String, text: String) {
        self.label = label
        self.text = text
    }
}
