/// A matrix drawn with Unicode bracket pieces over several lines, as chat apps copy a
/// rendered matrix:
///
///     A = ⎡0 −1 0⎤
///         ⎢1  0 0⎥
///         ⎣0  0 1⎦
///
/// rewritten on its first line as `A = [[0, −1, 0], [1, 0, 0], [0, 0, 1]]`, its other lines left
/// blank so that every line keeps its number. Parenthesis pieces (⎛ ⎜ ⎝) read the same way.
/// A drawing with two matrices side by side, or rows of different lengths, is left as it is.
enum BracketPieceMatrix {
    private static let pieces: [(top: Character, middle: Character, bottom: Character, closing: [Character])] = [
        ("⎡", "⎢", "⎣", ["⎤", "⎥", "⎦"]),
        ("⎛", "⎜", "⎝", ["⎞", "⎟", "⎠"]),
    ]

    /// A whole text's drawings joined, line by line.
    static func joined(_ text: String) -> String {
        guard text.contains("⎡") || text.contains("⎛") else { return text }
        return joined(text.components(separatedBy: "\n")).joined(separator: "\n")
    }

    static func joined(_ lines: [String]) -> [String] {
        guard lines.contains(where: { $0.contains("⎡") || $0.contains("⎛") }) else { return lines }
        var result = lines
        var index = 0
        while index < lines.count {
            if let (rows, prefix, suffix, last) = matrix(startingAt: index, in: lines) {
                result[index] = prefix + "[" + rows.map { "[" + $0.joined(separator: ", ") + "]" }.joined(separator: ", ") + "]" + suffix
                for blank in (index + 1)...last { result[blank] = "" }
                index = last + 1
            } else {
                index += 1
            }
        }
        return result
    }

    /// The rows of the matrix whose top piece stands on line `start`, the text before it on
    /// that line, the text after its bottom piece, and the index of its last line.
    private static func matrix(startingAt start: Int, in lines: [String]) -> ([[String]], String, String, Int)? {
        for piece in pieces {
            let line = lines[start]
            guard line.filter({ $0 == piece.top }).count == 1, let open = line.firstIndex(of: piece.top),
                  let close = line[open...].firstIndex(of: piece.closing[0]), line[close...].dropFirst().allSatisfy({ !$0.isNumber }) else { continue }
            var rows = [entries(line[line.index(after: open)..<close])]
            var index = start + 1
            var suffix = ""
            while index < lines.count, rows.count < 12 {
                let next = lines[index]
                let bottom = next.contains(piece.bottom)
                let opening: Character = bottom ? piece.bottom : piece.middle
                let closing = bottom ? piece.closing[2] : piece.closing[1]
                guard next.filter({ $0 == opening }).count == 1, let rowOpen = next.firstIndex(of: opening),
                      let rowClose = next[rowOpen...].firstIndex(of: closing),
                      next[..<rowOpen].allSatisfy(\.isWhitespace) else { return nil }
                rows.append(entries(next[next.index(after: rowOpen)..<rowClose]))
                if bottom {
                    suffix = String(next[next.index(after: rowClose)...])
                    guard rows.allSatisfy({ !$0.isEmpty && $0.count == rows[0].count }) else { return nil }
                    return (rows, String(line[..<open]), String(line[line.index(after: close)...]) + suffix, index)
                }
                index += 1
            }
            return nil
        }
        return nil
    }

    private static func entries(_ row: Substring) -> [String] {
        row.split(whereSeparator: { $0.isWhitespace || $0 == "," || $0 == "&" }).map(String.init)
    }
}
