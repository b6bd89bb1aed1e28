/// A table that a PDF's text layer gave column by column, as pasted: a heading, then the row
/// numbers 1…N one per line, then the other headings, then each column's N cells one per
/// line —
///
///     Layer / 1 / 2 / 3 / 4 / 5 Type / Kernel / Stride / conv / … / 3×3 / … / 1 / 1 / 2 / …
///
/// rebuilt as rows ("Layer Type Kernel Stride", "1 conv 3×3 1", …), the way the source's
/// table reads. The cells run to the first line that opens with "(" (a part's label) or is
/// longer than a cell (24 characters); they must fill the columns exactly, else the text is
/// left as it is.
public enum ColumnTable {
    /// The repair's name in a document's repair counts.
    public static let repair = "column table"

    /// `text` with each table pasted column by column rebuilt as rows, counted under ``repair``.
    public static func rebuilding(_ text: String, counts: inout [String: Int]) -> String {
        var lines = text.split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
        var index = 0
        while index < lines.count {
            if let (span, rows) = table(at: index, in: lines) {
                lines.replaceSubrange(span, with: rows)
                counts[repair, default: 0] += 1
                index += rows.count
            } else {
                index += 1
            }
        }
        return lines.joined(separator: "\n")
    }

    /// A heading: one or two words of letters, no digits.
    private static func isHeading(_ line: String) -> Bool {
        let words = line.split(separator: " ")
        return (1...2).contains(words.count) && line.count <= 20 && words.allSatisfy { $0.allSatisfy(\.isLetter) }
    }

    /// The table whose first heading is line `start`: the lines it spans and its rows.
    private static func table(at start: Int, in lines: [String]) -> (Range<Int>, [String])? {
        let first = lines[start].trimmingCharacters(in: .whitespaces)
        guard isHeading(first) else { return nil }
        // The row numbers 1…N, the last perhaps followed by the next heading ("5 Type").
        var cursor = start + 1
        var count = 0
        var headings = [first]
        while cursor < lines.count {
            let line = lines[cursor].trimmingCharacters(in: .whitespaces)
            if line == String(count + 1) {
                count += 1
                cursor += 1
                continue
            }
            if let number = line.split(separator: " ").first, number == Substring(String(count + 1)),
               case let rest = line.dropFirst(number.count).trimmingCharacters(in: .whitespaces), isHeading(rest) {
                count += 1
                headings.append(rest)
                cursor += 1
            }
            break
        }
        guard count >= 3 else { return nil }
        // The other headings, then the cells: each column's N non-empty lines, up to a part's
        // label or a sentence. How many of the short lines are headings follows from the count.
        var run: [String] = []
        while cursor < lines.count {
            let line = lines[cursor].trimmingCharacters(in: .whitespaces)
            if line.hasPrefix("(") || line.count > 24 { break }
            cursor += 1
            if !line.isEmpty { run.append(line) }
        }
        // (Blank lines after the last cell belong to the text that follows.)
        while cursor > start, lines[cursor - 1].trimmingCharacters(in: .whitespaces).isEmpty { cursor -= 1 }
        let inline = headings.count - 1
        guard let more = (0...4).first(where: { $0 + (inline + $0) * count == run.count }), inline + more >= 1,
              run.prefix(more).allSatisfy(isHeading) else { return nil }
        headings += run.prefix(more)
        let cells = Array(run.dropFirst(more))
        var rows = [headings.joined(separator: " ")]
        for row in 0..<count {
            rows.append(([String(row + 1)] + (0..<(headings.count - 1)).map { cells[$0 * count + row] }).joined(separator: " "))
        }
        return (start..<cursor, rows)
    }
}
