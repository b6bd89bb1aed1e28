/// A two-column table of values under a header such as "Parameter Value" or "quantity value"
/// (a Markdown or LaTeX table as it reaches text), as problem sets give a network's weights:
///
///     Parameter Value
///     W_1 ∈ ℝ^{3×2} [1 0; 2 1; −1 3]
///     b_1 (0, 1, 2)^⊤
///     W_2 (1×3) [1 −1 2]
///     b_2 −1
///
/// Flattened into one line, the rows would run together ("b_1 (0, 1, 2)^⊤ W_2 (1×3) …") and no
/// name would be bound. This rewrites each row as an assignment (`W_1 = [1 0; 2 1; −1 3],`).
/// A row is a name, an optional shape, one value and nothing else; a row whose shape disagrees
/// with its value, or any other line, ends the table and stays as written.
enum ValueTable {
    static func rewrite(_ text: String) -> String {
        var out: [String] = []
        var inTable = false
        for line in text.split(separator: "\n", omittingEmptySubsequences: false).map(String.init) {
            if StatementText(line.trimmingSpaces).firstMatch(header) != nil {
                inTable = true
                continue
            }
            if inTable, let assignment = assignment(line) ?? described(line) {
                out.append(assignment)
                continue
            }
            inTable = false
            out.append(line)
        }
        return out.joined(separator: "\n")
    }

    private static let header = #"^(?:parameters?|quantity|quantities|symbols?|variables?|names?|tensors?)\s*\|?\s*values?$"#

    /// The row as `name = value,`, or nil when the line is no row of values.
    static func assignment(_ line: String) -> String? {
        let characters = Array(line.trimmingSpaces)
        var cursor = 0
        while cursor < characters.count, characters[cursor] != " " { cursor += 1 }
        let name = String(characters[0..<cursor])
        guard let first = name.first, first.isLetter, name.count <= 12,
              name.allSatisfy({ $0.isLetter || $0.isNumber || "_{}^′'".contains($0) }) else { return nil }
        while cursor < characters.count, characters[cursor] == " " { cursor += 1 }
        var shape: [Int]? = nil
        if let match = StatementText(String(characters[cursor...])).firstMatch(shapePattern) {
            shape = match.dropFirst().compactMap { Int($0) }
            cursor += match[0].count
        }
        guard let literal = MathScanner.literal(characters, at: cursor), literal.isNumeric else { return nil }
        var end = literal.range.upperBound
        if literal.isArray, let mark = MathScanner.transposeMark(characters, at: end) { end = mark }
        guard String(characters[end...]).trimmingSpaces.isEmpty else { return nil }
        if let shape, !fits(literal, shape) { return nil }
        return "\(name) = \(String(characters[cursor..<end])),"
    }

    /// "target t 1", "learning rate η 0.1": a row whose name follows a word or two that say what
    /// it is; the name must then be a symbol (three characters at most).
    static func described(_ line: String) -> String? {
        guard let words = line.trimmingSpaces.firstMatch(of: #/^(?:[a-z]{3,}\s+){1,2}(?=\S{1,3}\s)/#) else { return nil }
        return assignment(String(line.trimmingSpaces[words.range.upperBound...]))
    }

    /// "(3×2)", "∈ ℝ^{3×2}", "∈ R^3" before the value.
    private static let shapePattern = #"^(?:\(\s*(\d+)\s*[×x]\s*(\d+)\s*\)|∈\s*(?:ℝ|R)\s*\^?\s*\{?\s*(\d+)(?:\s*[×x]\s*(\d+))?\s*\}?)\s+"#

    /// Whether a literal has the stated shape: rows × columns, or a length.
    private static func fits(_ literal: MathLiteral, _ shape: [Int]) -> Bool {
        let count = shape.reduce(1, *)
        let isLine = shape.count == 1 || shape.contains(1)
        switch literal.value {
        case .number: return count == 1
        case .vector(let values): return isLine && values.count == count
        case .matrix(let rows):
            if isLine { return (rows.count == 1 || rows.allSatisfy { $0.count == 1 }) && rows.reduce(0) { $0 + $1.count } == count }
            return rows.count == shape[0] && rows.allSatisfy { $0.count == shape[1] }
        case .symbolic: return false
        }
    }
}
