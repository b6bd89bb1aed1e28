import Foundation

/// A matrix written as its entries: "x_{11} = 25, x_{12} = 5, x_{21} = 0, x_{22} = 20", and as a
/// print to PDF flattens the subscripts, "x 11 = 25, x 12 = 5, …". Read only where a matrix is
/// expected, and only when one name's entries fill every row and column of a grid once.
extension FinalAnswer {
    static let indexedEntry = try! NSRegularExpression(
        pattern: #"(?<![\w\\])([A-Za-z])\s?_?\{?\s?([1-9])\s?,?\s?([1-9])\s?\}?\s*(?:=|:)\s*\$?\s*("# + number + #")(?![\d.]*\s*[+\-−·×*/^(])"#)

    /// The matrix one name's indexed entries give on a line, as rows "[25, 5; 0, 20]"; nil unless
    /// there are at least four entries, one name, and each row and column of the grid is full.
    static func indexedMatrix(_ line: String) -> String? {
        var entries: [String: String] = [:]
        var name: String? = nil
        var rows = 0, columns = 0
        for match in indexedEntry.matches(in: line, range: NSRange(line.startIndex..., in: line)) {
            guard let letter = Range(match.range(at: 1), in: line).map({ String(line[$0]) }),
                  let row = Range(match.range(at: 2), in: line).flatMap({ Int(line[$0]) }),
                  let column = Range(match.range(at: 3), in: line).flatMap({ Int(line[$0]) }),
                  let value = Range(match.range(at: 4), in: line).map({ String(line[$0]) }) else { continue }
            guard name == nil || name == letter else { return nil }
            name = letter
            // The same entry twice: a recomputation, not one matrix.
            guard entries["\(row),\(column)"] == nil else { return nil }
            entries["\(row),\(column)"] = value
            rows = max(rows, row)
            columns = max(columns, column)
        }
        guard entries.count >= 4, rows >= 2, columns >= 2, entries.count == rows * columns else { return nil }
        let grid = (1...rows).map { row in (1...columns).map { entries["\(row),\($0)"]! }.joined(separator: ", ") }
        return "[" + grid.joined(separator: "; ") + "]"
    }
}
