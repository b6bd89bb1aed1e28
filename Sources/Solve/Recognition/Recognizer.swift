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
        if let verb = Self.explanation(reading.part) { return .notRecognized(reason: "asks for an explanation ('\(verb)'), not a value") }
        if let choice = Self.multipleChoice(reading.part) ?? (part.options.isEmpty ? nil : "options") {
            return choosing(part, phrase: choice)
        }
        return compute(reading)
    }

    /// A multiple-choice part whose options are numbers: the question computed without its
    /// options, then the one option equal to the result. Anything else needs a key.
    private func choosing(_ part: PartStatement, phrase: String) -> Recognition {
        let needsKey = Recognition.notRecognized(reason: "multiple choice (\(phrase)): needs an answer key")
        let values = part.options.compactMap { OptionValue.number(in: $0.text) }
        guard part.options.count >= 2, values.count == part.options.count, let cut = Self.optionsStart(part) else { return needsKey }
        var question = part
        question.text = String(part.text[..<cut])
        question.options = []
        let reading = PartReading(question)
        guard Self.multipleChoice(reading.part) == nil, case .recognized(var computed) = compute(reading) else { return needsKey }
        let result: Double
        switch computed.answer {
        case .integer(let value): result = Double(value)
        case .real(let value): result = value.value
        default: return .notRecognized(reason: "multiple choice: computed \(computed.answer), not a number to match the options")
        }
        let matching = zip(part.options, values).filter { $0.1.matches(result) }
        guard matching.count == 1, let option = matching.first?.0 else {
            return .notRecognized(reason: "multiple choice: computed \(computed.answer), which matches \(matching.count) of the options")
        }
        computed.evidence += "; computed \(computed.answer) is option (\(option.label)) \(option.text)"
        computed.answer = .choice(option.label)
        return .recognized(computed)
    }

    /// Where the options start: the last "(A) ", "A) " or "A. " that the second option's label
    /// follows.
    static func optionsStart(_ part: PartStatement) -> String.Index? {
        guard part.options.count >= 2 else { return nil }
        func forms(_ label: String) -> [String] { ["(\(label)) ", "\(label)) ", "\(label). ", "(\(label))\n", "\(label).\n"] }
        let text = part.text
        let firsts = forms(part.options[0].label).flatMap { text.ranges(of: $0) }
            .filter { $0.lowerBound == text.startIndex || text[text.index(before: $0.lowerBound)].isWhitespace }
            .sorted { $0.lowerBound < $1.lowerBound }
        let second = forms(part.options[1].label)
        return firsts.last { range in second.contains { text[range.upperBound...].contains($0) } }?.lowerBound
    }

    private func compute(_ reading: PartReading) -> Recognition {
        // Most specific wording first; the first family that computes an answer wins.
        let readers: [(PartReading) -> Attempt] = [
            OperationCountReader.read,
            ModuleParameterReader.read,
            ModuleShapeReader.read,
            ShapeReader.readReceptiveField,
            ParameterCountReader.read,
            NormalizationReader.readAxes,
            NormalizationReader.readMeanGradient,
            DropoutReader.read,
            LeastSquaresReader.read,
            OptimizerReader.read,
            LossReader.read,
            ActivationReader.read,
            NormalizationGraphReader.read,
            NormalizationReader.readNumbers,
            ShapeReader.readShape,
            PoolingReader.read,
            ConvolutionReader.readKernelRecovery,
            ConvolutionReader.read,
            GraphReader.read,
        ]
        for reader in readers {
            switch reader(reading) {
            case .notApplicable: continue
            case .recognized(let answer): return .recognized(answer)
            case .failed(let reason):
                // A part that a more specific family claims but cannot solve ("max pooling
                // of the output of (a)") is not handed on to a looser one; only the equations
                // the statement writes out ("a = w x + c, q = tanh(a)") may still answer it.
                if case .recognized(let answer) = GraphReader.read(reading) { return .recognized(answer) }
                return .notRecognized(reason: reason)
            }
        }
        return .notRecognized(reason: "no solver family matches the wording")
    }

    /// Recognizes several parts in order.
    public func recognize(_ parts: [PartStatement]) -> [Recognition] {
        parts.map(recognize)
    }

    /// The verb of a part that asks for words, not a value: "Briefly discuss why …", "Explain …",
    /// "Show that …" (its first sentence, after a points marker).
    static func explanation(_ text: StatementText) -> String? {
        text.removing(#"^\s*[(\[]\s*\d+(?:\.\d+)?\s*(?:pts?|points?|marks?)\s*[)\]]"#)
            .firstMatch(#"^\s*(?:briefly\s+|in (?:one|two|three|a few)(?: or (?:two|three))? sentences?,?\s+)?(explain|discuss|describe|justify|show that|prove|argue|why|comment|interpret|sketch)\b"#)?[1]
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
