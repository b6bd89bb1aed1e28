/// One part's answer from an answer key: a literal, a choice, an expression, a text, a
/// shape, or a solver call computed when the key was loaded.
public struct KeyedAnswer: Sendable, Equatable {
    /// How the key gave the answer.
    public enum Kind: String, Sendable, Hashable, Codable {
        /// `answer:` — a number, vector or matrix.
        case literal
        case choice
        case expression
        case text
        case shape
        /// `solve:` — computed by a solver.
        case solver
    }

    public var partID: String
    public var answer: Answer
    public var kind: Kind
    /// The solver's name for `solve:` entries.
    public var solver: String?
    /// The solver's family for `solve:` entries (``SolverFamily/choice`` for choices).
    public var family: SolverFamily?
    /// How far a numeric answer may be from the key (`tolerance:`, strictly less), replacing the
    /// default rule (the key rounded to the decimals shown, at least three significant figures).
    public var tolerance: Double?
    /// The unit the key's number is in (`unit: km/s`), which an answer in another prefix of it
    /// is converted to before grading.
    public var unit: String?

    public init(partID: String, answer: Answer, kind: Kind, solver: String? = nil, family: SolverFamily? = nil, tolerance: Double? = nil,
                unit: String? = nil) {
        self.partID = partID
        self.answer = answer
        self.kind = kind
        self.solver = solver
        self.family = family
        self.tolerance = tolerance
        self.unit = unit
    }
}
