import Solve

/// The grade of one part.
public struct Verdict: Sendable, Equatable, Codable {
    public enum Kind: String, Sendable, Codable, CaseIterable {
        /// The final answer equals the expected one.
        case correct
        /// A final answer is given and differs.
        case incorrect
        /// Nothing of the expected type, or the model asked for the input again.
        case missing
        /// Two different final answers, none withdrawn.
        case unclear
        /// No expected answer to grade against.
        case ungraded

        /// A one-character mark for tables: ✓ ✗ ∅ ? ·.
        public var symbol: String {
            switch self {
            case .correct: "✓"
            case .incorrect: "✗"
            case .missing: "∅"
            case .unclear: "?"
            case .ungraded: "·"
            }
        }
    }

    public var part: String
    public var kind: Kind
    /// The line quoted from the transcript.
    public var evidence: String?
    /// Where the evidence is: `"line 40"`, `"turn 3"`, `"page 2"`.
    public var place: String?
    public var extracted: Answer?
    /// Other answers given for the part (for unclear verdicts).
    public var alternatives: [Answer]
    public var expected: Answer?
    public var diagnosis: String?
    /// An earlier answer the model withdrew ("let me redo (b)"), kept for the record.
    public var withdrawn: Answer?

    public init(part: String, kind: Kind, evidence: String? = nil, place: String? = nil, extracted: Answer? = nil,
                alternatives: [Answer] = [], expected: Answer? = nil, diagnosis: String? = nil, withdrawn: Answer? = nil) {
        self.part = part
        self.kind = kind
        self.evidence = evidence
        self.place = place
        self.extracted = extracted
        self.alternatives = alternatives
        self.expected = expected
        self.diagnosis = diagnosis
        self.withdrawn = withdrawn
    }
}
