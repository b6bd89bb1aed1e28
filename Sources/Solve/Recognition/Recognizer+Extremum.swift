/// "Which of the following layers has the fewest parameters? (A) a 3 × 3 convolution from 32 to
/// 64 channels without bias (B) … (C) the depthwise separable block of part (b)": each option's
/// count, computed as its own question (or an earlier part's answer when the option names that
/// part), and the one option with the extreme count.
extension Recognizer {
    /// The option with the most or fewest parameters; nil when the part asks no such question,
    /// and not recognized when an option's count is not computed or two options tie.
    func choosingExtremum(_ part: PartStatement) -> Recognition? {
        let text = StatementText(part.text)
        guard part.options.count >= 2,
              let asks = text.firstMatch(#"\bwhich\b[^?]{0,80}?\b(?:has|have|uses|needs|contains|requires)\s+the\s+(most|fewest|largest number of|smallest number of|greatest number of|least|highest number of|lowest number of)\s+(?:trainable\s+|learnable\s+)?parameters\b"#)
        else { return nil }
        let most = ["most", "largest number of", "greatest number of", "highest number of"].contains(asks[1].lowercased())
        var counts: [(label: String, count: Int)] = []
        var confidence = 1.0
        for option in part.options {
            // "the grouped convolution of part (c)": that part's count.
            if let reference = StatementText(option.text).firstMatch(#"\b(?:of|in|from)\s+(?:part\s+)?\(([a-z])\)"#) {
                guard case .integer(let count)? = part.earlierAnswers[reference[1].lowercased()] else {
                    return .notRecognized(reason: "multiple choice: option (\(option.label)) is part (\(reference[1]))'s layer, whose count was not computed")
                }
                counts.append((option.label, count))
                confidence *= 0.95
                continue
            }
            var question = part
            question.text = "How many parameters does \(option.text.trimmingSpaces.trimming(",. ")) have?"
            question.options = []
            guard case .recognized(let computed) = recognize(question), case .integer(let count) = computed.answer else {
                return .notRecognized(reason: "multiple choice: the parameters of option (\(option.label)) are not computed")
            }
            counts.append((option.label, count))
            confidence = min(confidence, computed.confidence)
        }
        guard let extreme = (most ? counts.map(\.count).max() : counts.map(\.count).min()),
              counts.filter({ $0.count == extreme }).count == 1, let chosen = counts.first(where: { $0.count == extreme }) else {
            return .notRecognized(reason: "multiple choice: two options tie for the \(most ? "most" : "fewest") parameters")
        }
        let evidence = asks[0] + "; " + counts.map { "(\($0.label)) \($0.count)" }.joined(separator: ", ")
        return .recognized(RecognizedAnswer(answer: .choice(chosen.label), family: .parameterCount, solver: "extremum_of_options",
                                            parameters: Dictionary(uniqueKeysWithValues: counts.map { ("(\($0.label))", "\($0.count)") }),
                                            confidence: confidence, evidence: evidence))
    }
}
