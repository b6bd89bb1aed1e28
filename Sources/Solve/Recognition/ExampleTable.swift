/// Numbers given per example in a table, one row per example and one column per named
/// feature:
///
///     example x_1 x_2 x_3        (or: example feature 1 feature 2 feature 3)
///     1 1 2 0
///     2 3 2 3
///
/// Rows must be numbered 1, 2, … in order, each with one number per named column, and the
/// column names must differ. A part names a column ("the batch-norm output for feature
/// x_2", "the second feature") or a row ("to example 3 alone").
struct ExampleTable: Sendable, Equatable {
    let names: [String]
    let rows: [[Double]]

    private static let headers: Set<String> = ["example", "examples", "sample", "samples", "i", "n", "#", "point", "instance", "id", "row"]

    init?(_ text: StatementText) {
        // (A statement's lines may be joined with spaces: the table is read as one run of tokens.)
        let tokens = text.text.split(whereSeparator: \.isWhitespace).map(String.init)
        for start in tokens.indices where Self.headers.contains(tokens[start].lowercased()) {
            var names: [String] = []
            var index = start + 1
            // "feature 1 feature 2 feature 3": one word numbered from 1, each pair a name.
            while index + 1 < tokens.count, tokens[index].allSatisfy(\.isLetter), tokens[index] == tokens[start + 1],
                  Int(tokens[index + 1]) == names.count + 1 {
                names.append(tokens[index] + " " + tokens[index + 1])
                index += 2
            }
            let numbered = !names.isEmpty
            while !numbered, index < tokens.count, Self.isName(tokens[index]) { names.append(tokens[index]); index += 1 }
            guard names.count >= 2, Set(names).count == names.count else { continue }
            var rows: [[Double]] = []
            while index + names.count < tokens.count, Int(tokens[index]) == rows.count + 1 {
                let values = tokens[(index + 1)...(index + names.count)].compactMap(Self.number)
                guard values.count == names.count else { break }
                rows.append(values)
                index += names.count + 1
            }
            // (A number run on after the last row would make the table's width uncertain.)
            guard rows.count >= 2, index >= tokens.count || Self.number(tokens[index]) == nil else { continue }
            self.names = names
            self.rows = rows
            return
        }
        guard let transposed = Self.transposed(tokens) else { return nil }
        self = transposed
    }

    /// The same table with its examples as columns (a LaTeX table laid out across the page):
    ///
    ///     x^{(1)} x^{(2)} x^{(3)} x^{(4)}     (or: example 1 example 2 …)
    ///     feature 1 1 3 5 7
    ///     feature 2 2 2 8 4
    ///
    /// Examples numbered 1, 2, … in order; each feature row named ("feature k" numbered in order,
    /// or one name) with one number per example; nothing numeric runs on after the last row.
    private static func transposed(_ tokens: [String]) -> ExampleTable? {
        for start in tokens.indices {
            var count = 0, index = start
            while index < tokens.count, exampleNumber(tokens[index]) == count + 1 { count += 1; index += 1 }
            if count == 0 {
                while index + 1 < tokens.count, ["example", "sample"].contains(tokens[index].lowercased()), Int(tokens[index + 1]) == count + 1 {
                    count += 1
                    index += 2
                }
            }
            guard count >= 2 else { continue }
            var names: [String] = [], columns: [[Double]] = []
            while index < tokens.count {
                let name: String
                if index + 1 < tokens.count, tokens[index].lowercased() == "feature", Int(tokens[index + 1]) == names.count + 1 {
                    name = "feature \(names.count + 1)"
                    index += 2
                } else if isName(tokens[index]), tokens[index].lowercased() != "feature" {
                    name = tokens[index]
                    index += 1
                } else {
                    break
                }
                guard index + count <= tokens.count else { return nil }
                let values = tokens[index..<(index + count)].compactMap(number)
                guard values.count == count else { return nil }
                names.append(name)
                columns.append(values)
                index += count
                if index < tokens.count, number(tokens[index]) != nil { return nil }
                // (The rows end where the next token names no feature row: "Throughout this …".)
                if index < tokens.count, tokens[index].lowercased() != "feature",
                   !(index + 1 < tokens.count && isName(tokens[index]) && number(tokens[index + 1]) != nil) { break }
            }
            guard names.count >= 2, Set(names).count == names.count else { continue }
            return ExampleTable(names: names, rows: (0..<count).map { example in columns.map { $0[example] } })
        }
        return nil
    }

    /// The example a column heading numbers: `x^{(2)}`, `x^(2)`, `x⁽²⁾`.
    private static func exampleNumber(_ token: String) -> Int? {
        guard let match = token.wholeMatch(of: #/[a-zA-Z]\^?\{?\((\d+)\)\}?/#) else { return nil }
        return Int(match.output.1)
    }

    private init(names: [String], rows: [[Double]]) {
        self.names = names
        self.rows = rows
    }

    private static func isName(_ token: String) -> Bool {
        guard token.first?.isLetter == true else { return false }
        return token.count <= 12 && token.allSatisfy { $0.isLetter || $0.isNumber || "_{}^".contains($0) }
    }

    private static func number(_ token: String) -> Double? {
        Double(token.replacingOccurrences(of: "−", with: "-"))
    }

    /// The values down one column.
    func column(_ index: Int) -> [Double] { rows.map { $0[index] } }

    /// The one column the text names: "feature x_1" (or "x1"), "the second feature"; nil when it
    /// names none or several.
    func namedColumn(in text: StatementText) -> (index: Int, phrase: String)? {
        var found: [(Int, String)] = []
        for (index, name) in names.enumerated() {
            let plain = name.filter { $0 != "{" && $0 != "}" }
            let loose = plain.replacingOccurrences(of: "_", with: "_?")
            if let match = text.firstMatch(#"\b(?:feature|column|input)\s+"# + loose + #"(?![\w^])"#) { found.append((index, match[0])) }
            // A numbered name, "feature 2", as written or run together ("feature2").
            if plain.contains(" "), let match = text.firstMatch(#"\b"# + plain.replacingOccurrences(of: " ", with: #"\s*"#) + #"(?![\w^.])"#) {
                found.append((index, match[0]))
            }
        }
        let ordinals = ["first": 1, "second": 2, "third": 3, "fourth": 4, "fifth": 5, "sixth": 6]
        for match in text.matches(#"\b(?:the )?(first|second|third|fourth|fifth|sixth) (?:feature|column)\b"#) {
            if let n = ordinals[match[1].lowercased()], n <= names.count { found.append((n - 1, match[0])) }
        }
        guard let first = found.first, found.allSatisfy({ $0.0 == first.0 }) else { return nil }
        return first
    }

    /// The one row the text names: "example 3", "the third example"; nil when it names none or
    /// several.
    func namedRow(in text: StatementText) -> (index: Int, phrase: String)? {
        let ordinals = ["first": 1, "second": 2, "third": 3, "fourth": 4, "fifth": 5, "sixth": 6]
        let found = text.matches(#"\b(?:example|sample|row)\s+(\d+)\b|\b(?:the )?(first|second|third|fourth|fifth|sixth) (?:example|sample|row)\b"#)
            .compactMap { match -> (Int, String)? in
                guard let n = Int(match[1]) ?? ordinals[match[2].lowercased()], n >= 1, n <= rows.count else { return nil }
                return (n - 1, match[0])
            }
        guard let first = found.first, found.allSatisfy({ $0.0 == first.0 }) else { return nil }
        return first
    }
}
