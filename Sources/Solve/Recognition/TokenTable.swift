import Foundation

/// Vectors given per token in a table, one row per token:
///
///     token q k v
///     1 (1, 0) (1, 1) (1, 2)
///     2 (0, 1) (2, 0) (0, 1)
///
/// Column `q` read down the rows is the matrix `Q`, and so on. Rows must be numbered 1, 2, …
/// in order and hold one vector per named column, all of a column's vectors the same length.
struct TokenTable {
    private var columns: [String: [[Double]]] = [:]

    init?(_ text: StatementText) {
        // (A statement's lines may be joined with spaces: the rows are read in one run.)
        let flat = Self.plain(text.text)
        guard let header = flat.firstMatch(of: #/(?i)\b(?:token|tokens|position|word)((?:\s+(?:q|k|v|query|key|value)\b){2,})/#) else { return nil }
        let vectorNames = header.output.1.split(separator: " ").map { String($0.lowercased().prefix(1)) }
        guard Set(vectorNames).count == vectorNames.count else { return nil }
        var rest = flat[header.range.upperBound...]
        var rows: [[[Double]]] = []
        while let number = rest.firstMatch(of: #/^\s*(\d+)\s+/#), Int(number.output.1) == rows.count + 1 {
            rest = rest[number.range.upperBound...]
            var vectors: [[Double]] = []
            for _ in vectorNames {
                guard let tuple = rest.firstMatch(of: #/^\s*\(([^()]*)\)/#) else { return nil }
                let entries = tuple.output.1.split(separator: ",").map { Double(String($0).trimmingSpaces.replacingOccurrences(of: "−", with: "-")) }
                guard !entries.isEmpty, entries.allSatisfy({ $0 != nil }) else { return nil }
                vectors.append(entries.compactMap { $0 })
                rest = rest[tuple.range.upperBound...]
            }
            rows.append(vectors)
        }
        guard rows.count >= 2 else { return nil }
        for (position, name) in vectorNames.enumerated() {
            let column = rows.map { $0[position] }
            guard Set(column.map(\.count)).count == 1 else { return nil }
            columns[name] = column
        }
    }

    /// The table's text as plain runs of words and tuples: a Markdown pipe table's bars and
    /// rule row, a LaTeX tabular's `&`, `\\` and rules, and math dollars dropped; a header
    /// cell that names its letter after the word ("query $q$", "key (k)") read as the word.
    static func plain(_ text: String) -> String {
        var flat = text.replacingOccurrences(of: "\n", with: " ")
        flat = flat.replacingOccurrences(of: #"\|\s*:?-{3,}:?\s*(?=\|)"#, with: " ", options: .regularExpression)
        flat = flat.replacingOccurrences(of: #"\\(?:hline|toprule|midrule|bottomrule)\b|\\\\|[|&$]"#, with: " ", options: .regularExpression)
        for word in ["query", "key", "value"] {
            flat = flat.replacingOccurrences(of: #"(?i)\b("# + word + #")\s*\(?\s*(?:\\mathbf\{|\\vec\{)?"# + word.prefix(1) + #"\}?\s*\)?(?![\w(])"#, with: "$1 ", options: .regularExpression)
        }
        return flat
    }

    /// The matrix of a column (`Q` for column `q`), its rows in token order.
    func matrix(_ name: String) -> [[Double]]? {
        columns[name.lowercased()]
    }
}
