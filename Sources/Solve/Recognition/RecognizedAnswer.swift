/// An answer the recognizer computed, with what it read to get there.
public struct RecognizedAnswer: Sendable, Equatable, Codable {
    /// The computed answer.
    public var answer: Answer
    /// Which kind of computation the part asks for.
    public var family: SolverFamily
    /// The solver that computed it, e.g. `"transposed_conv1d"` (the names an answer key's
    /// `solve:` uses).
    public var solver: String
    /// What was read, e.g. `["stride": "2", "padding": "0", "input": "(1, 2, −1)"]`.
    public var parameters: [String: String]
    /// 0…1: lower when a parameter came from a convention rather than the text.
    public var confidence: Double
    /// The phrases that decided the family and the parameters, separated by `"; "`.
    public var evidence: String

    public init(answer: Answer, family: SolverFamily, solver: String, parameters: [String: String], confidence: Double, evidence: String) {
        self.answer = answer
        self.family = family
        self.solver = solver
        self.parameters = parameters
        self.confidence = confidence
        self.evidence = evidence
    }
}
