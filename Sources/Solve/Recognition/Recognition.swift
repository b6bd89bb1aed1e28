/// What the recognizer made of one part: a computed answer, or why there is none.
public enum Recognition: Sendable, Equatable {
    case recognized(RecognizedAnswer)
    /// No solver applies, or a parameter is missing or ambiguous. `reason` is one short
    /// lower-case line.
    case notRecognized(reason: String)

    /// The recognized answer, if any.
    public var recognized: RecognizedAnswer? {
        if case .recognized(let answer) = self { return answer }
        return nil
    }

    /// The computed answer, if any.
    public var answer: Answer? { recognized?.answer }

    /// The reason nothing was recognized (nil when something was).
    public var reason: String? {
        if case .notRecognized(let reason) = self { return reason }
        return nil
    }
}
