/// Decides each part's expected answer: an answer key wins over recognition; when both
/// have one and they differ, the disagreement is reported; parts with neither are listed
/// without an answer.
public enum AnswerResolver {
    ///
    /// Parts the key answers but the problem set's text did not yield (a house style the
    /// segmenter missed) are graded too: they follow the found parts, in id order.
    public static func resolve(parts: [PartStatement], key: AnswerKey?, recognizer: Recognizer = Recognizer()) -> [ResolvedAnswer] {
        let found = Set(parts.map(\.id))
        let extra = (key?.answers.values.filter { !found.contains($0.partID) } ?? []).sorted { PartOrder.precedes($0.partID, $1.partID) }
        let fromKey = extra.map { keyed in
            ResolvedAnswer(partID: keyed.partID, answer: keyed.answer, source: .key, keyed: keyed,
                           recognition: .notRecognized(reason: "not found in the problem set's text; the key gives it"),
                           disagreement: nil)
        }
        return resolveFound(parts, key: key, recognizer: recognizer) + fromKey
    }

    static func resolveFound(_ parts: [PartStatement], key: AnswerKey?, recognizer: Recognizer) -> [ResolvedAnswer] {
        // A later part may take an earlier part's answer as its operand: the key's when it has
        // one, else the computed one.
        var earlier = EarlierAnswers()
        return parts.map { part in
            let recognition = recognizer.recognize(earlier.filling(part))
            let keyed = key?.answer(for: part.id)
            earlier.record(keyed?.answer ?? recognition.recognized?.answer, for: part.id)
            if let keyed {
                var disagreement: String?
                if let recognized = recognition.recognized, !AnswerAgreement.agree(keyed.answer, recognized.answer) {
                    disagreement = "key says \(keyed.answer), recognition (\(recognized.solver)) computed \(recognized.answer)"
                }
                return ResolvedAnswer(partID: part.id, answer: keyed.answer, source: .key, keyed: keyed,
                                      recognition: recognition, disagreement: disagreement)
            }
            if let recognized = recognition.recognized {
                return ResolvedAnswer(partID: part.id, answer: recognized.answer, source: .recognition, keyed: nil,
                                      recognition: recognition, disagreement: nil)
            }
            return ResolvedAnswer(partID: part.id, answer: nil, source: .none, keyed: nil, recognition: recognition, disagreement: nil)
        }
    }

    /// Whether two answers agree (the comparison the resolver uses for disagreements).
    public static func agree(_ a: Answer, _ b: Answer) -> Bool {
        AnswerAgreement.agree(a, b)
    }
}
