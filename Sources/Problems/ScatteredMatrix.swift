/// A display matrix that a PDF's text layer gave row by row around its name, as pasted:
///
///     1 5 2 0
///     3 −1 4 6
///     F =
///     0 2 7 1 .
///     8 −3 2 5
///
/// (the name sits at the matrix's vertical middle; pieces of the stretched brackets are
/// private-use glyphs, and the closing period stands beside a middle row), rebuilt as
/// `F = [1 5 2 0; 3 −1 4 6; 0 2 7 1; 8 −3 2 5].` Only a name alone on its line with rows of as
/// many numbers each above and below it, at least one below and two in all, nothing else
/// between, and the display's closing "." or "," beside one row (which the last column
/// carries); anything else is left as it is.
public enum ScatteredMatrix {
    /// The repair's name in a document's repair counts.
    public static let repair = "scattered matrix"

    /// `text` with each such matrix rebuilt on one line, counted under ``repair``.
    public static func rebuilding(_ text: String, counts: inout [String: Int]) -> String {
        var lines = text.split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
        var index = 0
        while index < lines.count {
            guard let name = name(lines[index]) else {
                index += 1
                continue
            }
            var above: [(index: Int, row: Row)] = []
            var first = index
            var cursor = index - 1
            while cursor >= 0 {
                let line = plain(lines[cursor])
                if line.isEmpty { cursor -= 1; continue }
                guard let row = row(line) else { break }
                above.insert((cursor, row), at: 0)
                first = cursor
                cursor -= 1
            }
            var below: [Row] = []
            var last = index
            cursor = index + 1
            while cursor < lines.count, let row = row(plain(lines[cursor])) {
                below.append(row)
                last = cursor
                cursor += 1
            }
            let rows = above.map(\.row) + below
            // (The display's closing punctuation sits at its vertical middle, beside a middle row.)
            let closings = rows.compactMap(\.closing)
            // (The closing mark stands beside the last column: without it, columns may follow on
            // lines of their own, "2", "1", "8", …, and the rows read are not the whole matrix.)
            // (Displays stacked one over another, "1 2 / A = / 3 4 , / 5 6 / B = / 7 8 .", share rows
            // whose owner the lines do not tell.)
            let near = lines[max(0, first - 3)..<first] + lines[(last + 1)..<min(lines.count, last + 4)]
            guard !below.isEmpty, rows.count >= 2, Set(rows.map(\.numbers.count)).count == 1, closings.count == 1,
                  !near.contains(where: { Self.name($0) != nil }) else {
                index += 1
                continue
            }
            let rebuilt = name + " = [" + rows.map { $0.numbers.joined(separator: " ") }.joined(separator: "; ") + "]" + (closings.first ?? "")
            let block = piecesAround(first...last, in: lines)
            lines.replaceSubrange(block, with: [rebuilt])
            counts[repair, default: 0] += 1
            index = block.lowerBound + 1
        }
        return lines.joined(separator: "\n")
    }

    /// `block` with the lines just above and below it that hold only pieces of the rebuilt
    /// display's stretched brackets: a line of nothing else once ``plain(_:)`` has taken them out.
    static func piecesAround(_ block: ClosedRange<Int>, in lines: [String]) -> ClosedRange<Int> {
        func isPieces(_ line: String) -> Bool { !line.trimmingCharacters(in: .whitespaces).isEmpty && plain(line).isEmpty }
        var first = block.lowerBound, last = block.upperBound
        while first > 0, isPieces(lines[first - 1]) { first -= 1 }
        while last + 1 < lines.count, isPieces(lines[last + 1]) { last += 1 }
        return first...last
    }

    struct Row {
        var numbers: [String]
        /// The punctuation that ends the display ("." or ","), beside one of its rows.
        var closing: String?
    }

    /// The line without the private-use glyphs of stretched brackets (and the control characters
    /// some fonts map bracket pieces to), trimmed.
    static func plain(_ line: String) -> String {
        String(String.UnicodeScalarView(line.unicodeScalars.filter { !(0xE000...0xF8FF).contains($0.value) && !(0x00...0x08).contains($0.value) && !(0x0E...0x1F).contains($0.value) }))
            .trimmingCharacters(in: .whitespaces)
    }

    /// "F =", "W_1 =": a name alone on its line.
    static func name(_ line: String) -> String? {
        plain(line).wholeMatch(of: #/([A-Za-z](?:_\{?\w{1,3}\}?)?)\s*=/#).map { String($0.output.1) }
    }

    /// Two or more numbers and nothing else, perhaps closed by "." or ",".
    static func row(_ line: String) -> Row? {
        guard let match = line.wholeMatch(of: #/((?:[-−]?\d+(?:\.\d+)?)(?:\s+[-−]?\d+(?:\.\d+)?)+)\s*([.,])?/#) else { return nil }
        return Row(numbers: match.output.1.split(whereSeparator: \.isWhitespace).map(String.init), closing: match.output.2.map(String.init))
    }
}
