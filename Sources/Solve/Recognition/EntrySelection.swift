/// One entry of an array that a part asks for instead of the whole array: "What is the
/// top-left entry of the true convolution X * K?", "Give only the (2, 3) element of the
/// output", "the last component of the gradient". The array is computed as usual and the
/// entry taken from it; a position the array's shape does not fix (a corner of a vector, an
/// ordinal of a matrix) leaves the part unanswered.
struct EntrySelection: Sendable, Equatable {
    enum Position: Sendable, Equatable {
        case corner(bottom: Bool, right: Bool)
        /// `(row, column)` counted from 1, as "the (i, j) entry" counts in mathematics.
        case cell(row: Int, column: Int)
        /// The n-th entry of a vector, from 1; `nil` is the last.
        case ordinal(Int?)
    }

    var position: Position
    var phrase: String

    private static let ordinals = ["first": 1, "second": 2, "third": 3, "fourth": 4, "fifth": 5, "sixth": 6, "last": 0]

    /// The entry the part's question asks for, if it asks for one.
    static func asked(in text: StatementText) -> EntrySelection? {
        let position = #"((?:top|upper|bottom|lower)[- ](?:left|right)(?:[- ]most)?|\(\s*\d+\s*,\s*\d+\s*\)|first|second|third|fourth|fifth|sixth|last)"#
        // ("Which value is the normalized last entry, ĥ_4?": a word for what the array is may
        // stand between the article and the position.)
        let pattern = #"\b(?:what is|what's|what (?:would|will|should) be|which (?:value|number) (?:is|would be)|compute|calculate|find|give|report|determine|evaluate|state)\s+(?:only\s+|just\s+)?the\s+(?:(?:normali[sz]ed|output|resulting|computed|final|transformed|scaled|updated)\s+)?"#
            + position + #"[- ]?(?:entry|element|component|value|coordinate)\b(?!s)"#
        // "Evaluate the derivative of tanh at the third entry of z": an elementwise function taken
        // at one entry is that entry of its value.
        let at = #"\b(?:at|on)\s+the\s+"# + position + #"[- ]?(?:entry|element|component|coordinate)\s+of\b"#
        guard let match = text.firstMatch(pattern) ?? text.firstMatch(at) else { return nil }
        let word = match[1].lowercased()
        if let cell = StatementText(word).firstMatch(#"\(\s*(\d+)\s*,\s*(\d+)\s*\)"#), let row = Int(cell[1]), let column = Int(cell[2]) {
            // "(0, 0)" counts from 0; any other pair counts from 1.
            let zeroBased = row == 0 || column == 0
            return EntrySelection(position: .cell(row: zeroBased ? row + 1 : row, column: zeroBased ? column + 1 : column), phrase: match[0])
        }
        if let n = ordinals[word] { return EntrySelection(position: .ordinal(n == 0 ? nil : n), phrase: match[0]) }
        return EntrySelection(position: .corner(bottom: word.hasPrefix("bottom") || word.hasPrefix("lower"), right: word.contains("right")),
                              phrase: match[0])
    }

    /// The entry of a computed answer; a reason when the answer's shape does not fix it.
    /// One entry as an answer: a whole number as an integer, else a real.
    static func entry(_ value: Double) -> Answer {
        value == value.rounded() && abs(value) < 1e15 ? .integer(Int(value)) : .real(RealValue(value))
    }

    func select(from answer: Answer) -> Result<Answer, Refusal> {
        let entry = Self.entry
        switch (answer, position) {
        case (.matrix(let rows), .corner(let bottom, let right)):
            guard let row = bottom ? rows.last : rows.first, let value = right ? row.last : row.first else { break }
            return .success(entry(value))
        case (.matrix(let rows), .cell(let r, let c)):
            guard r >= 1, r <= rows.count, c >= 1, c <= rows[r - 1].count else { break }
            return .success(entry(rows[r - 1][c - 1]))
        case (.vector(let values), .ordinal(let n)):
            guard let index = n.map({ $0 - 1 }) ?? (values.isEmpty ? nil : values.count - 1), values.indices.contains(index) else { break }
            return .success(entry(values[index]))
        case (.integer, _), (.real, _):
            // The reader computed the entry itself.
            return .success(answer)
        default:
            break
        }
        return .failure(Refusal(reason: "'\(phrase)' does not pick one entry of the computed \(answer)"))
    }

    struct Refusal: Error, Equatable {
        var reason: String
    }
}
