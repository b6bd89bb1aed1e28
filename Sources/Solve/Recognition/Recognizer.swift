/// Decides which solver a problem part needs, reads its parameters from the wording and
/// numbers, and computes the answer with the pure solvers.
///
/// The recognizer never guesses: a multiple-choice part, a part whose parameters are
/// missing or ambiguous, or one no solver family fits comes back
/// ``Recognition/notRecognized(reason:)``. Conventions it does apply (no padding when none
/// is mentioned, a pooling stride equal to the window, cross-correlation when the kernel
/// flip is not mentioned, ε = 0) lower the confidence and are named in the evidence.
public struct Recognizer: Sendable {
    public init() {}

    /// Recognizes one part.
    public func recognize(_ part: PartStatement) -> Recognition {
        let reading = PartReading(part)
        if reading.part.isEmpty { return .notRecognized(reason: "empty part") }
        if let choice = Self.multipleChoice(reading.part) {
            return .notRecognized(reason: "multiple choice (\(choice)): needs an answer key")
        }
        // Most specific wording first; the first family that computes an answer wins.
        let readers: [(PartReading) -> Attempt] = [
            ModuleParameterReader.read,
            ModuleShapeReader.read,
            ShapeReader.readReceptiveField,
            ParameterCountReader.read,
            NormalizationReader.readAxes,
            NormalizationReader.readMeanGradient,
            DropoutReader.read,
            NormalizationReader.readNumbers,
            ShapeReader.readShape,
            PoolingReader.read,
            ConvolutionReader.readKernelRecovery,
            ConvolutionReader.read,
        ]
        for reader in readers {
            switch reader(reading) {
            case .notApplicable: continue
            case .recognized(let answer): return .recognized(answer)
            case .failed(let reason):
                // A part that a more specific family claims but cannot solve ("max pooling
                // of the output of (a)") is not handed on to a looser one.
                return .notRecognized(reason: reason)
            }
        }
        return .notRecognized(reason: "no solver family matches the wording")
    }

    /// Recognizes several parts in order.
    public func recognize(_ parts: [PartStatement]) -> [Recognition] {
        parts.map(recognize)
    }

    /// The phrase that makes a part multiple choice, if any.
    static func multipleChoice(_ text: StatementText) -> String? {
        if let phrase = text.firstMatch(#"\b(?:choose|select|pick|circle) (?:one|the correct|the best|all that apply)\b|\bwhich of the following\b|\btrue or false\b"#)?[0] {
            return phrase
        }
        if let options = text.firstMatch(#"(?:^|\n|\s)\(A\)\s[\s\S]*?(?:^|\n|\s)\(B\)\s"#) {
            return options[0].trimmingSpaces.prefix(3) + "… (B)"
        }
        return nil
    }
}
