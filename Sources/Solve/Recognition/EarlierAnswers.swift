/// Carries each part's answer to the later parts of its problem, which may take it as an
/// operand ("global average pooling of your output from (a)", "the ratio of (b) to (a)").
struct EarlierAnswers {
    private var answers: [String: [String: Answer]] = [:]

    /// The problem and the bare label of a lettered part id: `"5d"` → `("5", "d")`;
    /// nil for a sub-part (`"1e.ii"`) or an id without a letter.
    private static func split(_ id: String) -> (problem: String, label: String)? {
        guard let match = id.wholeMatch(of: #/(.*\d)([a-z])/#) else { return nil }
        return (String(match.output.1), String(match.output.2))
    }

    /// The statement with the answers found so far for its problem's earlier parts.
    /// (A sub-part, `"2e.i"`, sees the answers of its problem's parts before its own.)
    func filling(_ statement: PartStatement) -> PartStatement {
        let part = statement.id.lastIndex(of: ".").map { String(statement.id[..<$0]) } ?? statement.id
        guard let (problem, _) = Self.split(statement.id) ?? Self.split(part), let found = answers[problem] else { return statement }
        var filled = statement
        filled.earlierAnswers = found
        return filled
    }

    /// Records a part's answer.
    mutating func record(_ answer: Answer?, for id: String) {
        guard let answer, let (problem, label) = Self.split(id) else { return }
        answers[problem, default: [:]][label] = answer
    }
}
