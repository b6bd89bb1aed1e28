/// One part's answer after the key and the recognizer have been consulted.
public struct ResolvedAnswer: Sendable, Equatable {
    /// Where the answer came from.
    public enum Source: String, Sendable, Hashable, Codable {
        case key
        case recognition
        /// Neither the key nor the recognizer had one.
        case none
    }

    public var partID: String
    /// The answer to grade against; nil when the part is without an answer.
    public var answer: Answer?
    public var source: Source
    /// The key's entry, when there is one.
    public var keyed: KeyedAnswer?
    /// What the recognizer made of the part (computed even when the key answers it).
    public var recognition: Recognition
    /// When both have an answer and they differ: one line naming both (the key's wins).
    public var disagreement: String?

    public init(partID: String, answer: Answer?, source: Source, keyed: KeyedAnswer?, recognition: Recognition, disagreement: String?) {
        self.partID = partID
        self.answer = answer
        self.source = source
        self.keyed = keyed
        self.recognition = recognition
        self.disagreement = disagreement
    }

    /// The key entry's own tolerance for a numeric answer.
    public var tolerance: Double? { keyed?.tolerance }

    /// The key entry's unit for a numeric answer.
    public var unit: String? { keyed?.unit }

    /// Whether the part has an answer to grade against.
    public var hasAnswer: Bool { answer != nil }
}
