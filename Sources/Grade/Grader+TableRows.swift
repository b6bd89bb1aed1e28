import Foundation

/// Answers a reply gives in a table whose rows are named by the parts' symbols.
extension Grader {
    /// The rows of a Markdown table in the reply whose first cell is a symbol one part's question
    /// writes and no other's ("| AB | −11.25 | compression |" for "the force in member $AB$"):
    /// each part's row, the cell under the first header that shares a word with its question
    /// ("Force (kN)") as the text. Nil unless every part gets one row; a table after a "what if"
    /// ("if the load were 60 kN instead …") answers none.
    static func byTableRows(_ ids: [String], from pieces: [PartAttribution.Piece], questions: QuestionMatch?) -> [String: PartAttribution.Piece]? {
        guard let questions, ids.count >= 2 else { return nil }
        let symbols = ids.map { PartAttribution.symbols(in: questions.questionTexts[$0] ?? "") }
        let words = symbols.map { Set($0.map { $0.lowercased() }) }
        var rows: [String: PartAttribution.Piece] = [:]
        for (index, piece) in pieces.enumerated() {
            let lines = piece.text.split(separator: "\n").map(String.init)
            guard let start = lines.firstIndex(where: { $0.trimmingCharacters(in: .whitespaces).hasPrefix("|") }) else { continue }
            let before = lines[..<start].last(where: { !$0.trimmingCharacters(in: .whitespaces).isEmpty })
                ?? (index > 0 ? pieces[index - 1].text.split(separator: "\n").last.map(String.init) : nil) ?? ""
            if before.range(of: #"(?i)\b(?:if|were|instead|suppose|would|had)\b"#, options: .regularExpression) != nil { continue }
            let table = lines[start...].prefix { $0.trimmingCharacters(in: .whitespaces).hasPrefix("|") }
                .map { $0.split(separator: "|").map { $0.trimmingCharacters(in: .whitespaces) }.filter { !$0.isEmpty } }
                .filter { !$0.allSatisfy { $0.allSatisfy { "-: ".contains($0) } } }
            guard let header = table.first, !header.joined().contains(where: \.isNumber) else { continue }
            for (line, cells) in zip(lines[start...].filter { !$0.contains("---") }.dropFirst(), table.dropFirst()) {
                guard cells.count == header.count, let name = PartAttribution.symbolNamed(cells[0] + " :") else { continue }
                let owners = ids.indices.filter { symbols[$0].contains(name) }
                guard owners.count == 1, case let owner = owners[0],
                      let column = header.indices.dropFirst().first(where: { column in
                          !Set(PartAttribution.symbols(in: header[column]).map { $0.lowercased() }.filter { $0.count >= 3 }).isDisjoint(with: words[owner])
                      }), cells[column].contains(where: \.isNumber) else { continue }
                if rows[ids[owner]] != nil { return nil }
                var row = piece
                row.text = cells[column]
                row.original = line
                rows[ids[owner]] = row
            }
        }
        return rows.count == ids.count ? rows : nil
    }
}
