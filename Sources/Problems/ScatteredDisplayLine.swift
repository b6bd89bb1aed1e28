/// A line of several display matrices and vectors that a PDF's text layer gave with only their
/// middle rows on the line of their names, the rows above and below on lines of their own:
///
///     1 −1
///     0
///     W1 = 2 0 , b1 = −1 , W2 = 1 −2 1 ,
///     0 1
///     1
///
/// rebuilt as `W1 = [1 −1; 2 0; 0 1], b1 = [0; −1; 1], W2 = [1 −2 1],`. A row goes to the one
/// display of the line whose middle row has as many entries, and each display must get as many
/// rows below as above (its name at its vertical middle). Two displays of the same width, a row
/// of a width no display has, or rows above and below that do not pair leave the lines as they
/// are.
public enum ScatteredDisplayLine {
    /// The repair's name in a document's repair counts.
    public static let repair = "scattered display line"
    /// A line of displays whose rows could not be put back, marked as shredded.
    public static let shredded = "shredded display line"

    struct Display {
        var name: String
        var middle: [String]
        var closing: String
        var above: [[String]] = []
        var below: [[String]] = []
    }

    /// `text` with each such line rebuilt, counted under ``repair``.
    public static func rebuilding(_ text: String, counts: inout [String: Int]) -> String {
        var lines = text.split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
        var index = 0
        while index < lines.count {
            guard var displays = displays(ScatteredMatrix.plain(lines[index])) else {
                index += 1
                continue
            }
            // The rows above (blank lines may stand between) and below (directly under it).
            var aboveRows: [(index: Int, numbers: [String])] = []
            var cursor = index - 1
            while cursor >= 0, aboveRows.count < 12 {
                let line = ScatteredMatrix.plain(lines[cursor])
                if line.isEmpty { cursor -= 1; continue }
                guard let numbers = numbers(line) else { break }
                aboveRows.insert((cursor, numbers), at: 0)
                cursor -= 1
            }
            var belowRows: [[String]] = []
            var last = index
            cursor = index + 1
            while cursor < lines.count, belowRows.count < 12, let numbers = numbers(ScatteredMatrix.plain(lines[cursor])) {
                belowRows.append(numbers)
                last = cursor
                cursor += 1
            }
            guard !belowRows.isEmpty, assign(aboveRows.map(\.numbers), to: &displays, above: true),
                  assign(belowRows, to: &displays, above: false),
                  displays.allSatisfy({ $0.above.count == $0.below.count }) else {
                // Rows above and below that do not pair: the displays are shredded, and their middle
                // rows ("W1 = 2 0 , b1 = −1") are not their values. The line keeps a bracket piece,
                // as a text layer gives one, so that no reader takes them.
                if !aboveRows.isEmpty, !belowRows.isEmpty, !lines[index].unicodeScalars.contains(where: { (0xE000...0xF8FF).contains($0.value) }) {
                    lines[index] += " \u{F8F0}"
                    counts[shredded, default: 0] += 1
                }
                index += 1
                continue
            }
            let first = aboveRows.first?.index ?? index
            let rebuilt = displays.map { display in
                let rows = display.above + [display.middle] + display.below
                return display.name + " = [" + rows.map { $0.joined(separator: " ") }.joined(separator: "; ") + "]" + display.closing
            }.joined(separator: " ")
            let block = ScatteredMatrix.piecesAround(first...last, in: lines)
            lines.replaceSubrange(block, with: [rebuilt])
            counts[repair, default: 0] += 1
            index = block.lowerBound + 1
        }
        return lines.joined(separator: "\n")
    }

    /// Each row to the one display of its width; false when a row fits no display or several,
    /// or when its width is also that of neighbouring displays' rows run together ("1 −1 0" of
    /// W1's "1 −1" and b1's "0" on one line, where W2 is three wide).
    private static func assign(_ rows: [[String]], to displays: inout [Display], above: Bool) -> Bool {
        let widths = displays.map(\.middle.count)
        // The widths of two or more neighbouring displays' rows together.
        var joined: Set<Int> = []
        for start in widths.indices {
            var sum = widths[start]
            for width in widths.dropFirst(start + 1) {
                sum += width
                joined.insert(sum)
            }
        }
        for row in rows {
            if joined.contains(row.count) { return false }
            let fitting = displays.indices.filter { displays[$0].middle.count == row.count }
            guard fitting.count == 1, let owner = fitting.first else { return false }
            if above { displays[owner].above.append(row) } else { displays[owner].below.append(row) }
        }
        return true
    }

    /// "W1 = 2 0 , b1 = −1 , W2 = 1 −2 1 ,": two or more names, each with a run of numbers and a
    /// comma or period; every width different.
    static func displays(_ line: String) -> [Display]? {
        let segment = #/\s*([A-Za-z](?:_?\{?\w{1,3}\}?)?)\s*=\s*((?:[-−]?\d+(?:\.\d+)?\s*)+?)\s*([,.])/#
        var displays: [Display] = []
        var rest = Substring(line)
        while !rest.isEmpty {
            guard let match = rest.prefixMatch(of: segment) else { return nil }
            displays.append(Display(name: String(match.output.1), middle: match.output.2.split(whereSeparator: \.isWhitespace).map(String.init),
                                    closing: String(match.output.3)))
            rest = rest[match.range.upperBound...].drop(while: \.isWhitespace)
        }
        guard displays.count >= 2, Set(displays.map(\.middle.count)).count == displays.count else { return nil }
        return displays
    }

    /// One or more numbers and nothing else.
    static func numbers(_ line: String) -> [String]? {
        guard line.wholeMatch(of: #/[-−]?\d+(?:\.\d+)?(?:\s+[-−]?\d+(?:\.\d+)?)*/#) != nil else { return nil }
        return line.split(whereSeparator: \.isWhitespace).map(String.init)
    }
}
