/// Plain-text handouts set matrices side by side:
///
///     Q = [[1, 0],        K = [[1, 1],        V = [[1, 0],
///     [0, 1]]             [0, 2],             [0, 1],
///                         [2, 0]]             [2, 2]]
///
/// Read line by line, the rows of `Q`, `K` and `V` interleave. This rewrites such a block as one
/// assignment per line (`Q = [[1, 0], [0, 1]]`, …): each continuation line holds one row for
/// every assignment still open, in order. A block whose continuation lines do not fit is left
/// as it is.
enum SideBySideAssignments {
    static func rewrite(_ text: String) -> String {
        let lines = stackingRows(text.split(separator: "\n", omittingEmptySubsequences: false).map(String.init).map(bracketingPipedRows))
        var out: [String] = []
        var index = 0
        while index < lines.count {
            let heads = assignments(lines[index])
            guard heads.count >= 2, heads.contains(where: { balance($0) > 0 }) else {
                out.append(lines[index])
                index += 1
                continue
            }
            var entries = heads
            var next = index + 1
            var fits = true
            while next < lines.count, case let open = entries.indices.filter({ balance(entries[$0]) > 0 }), !open.isEmpty {
                let rows = chunks(lines[next])
                guard rows.count == open.count else { fits = false; break }
                for (row, entry) in zip(rows, open) { entries[entry] += " " + row }
                next += 1
            }
            if fits, entries.allSatisfy({ balance($0) == 0 }) {
                out.append(contentsOf: entries)
                index = next
            } else {
                out.append(lines[index])
                index += 1
            }
        }
        return out.joined(separator: "\n")
    }

    /// "X = | 1  2  0  1 |        K = |  1   0 |": rows written between bars, as a plain-text
    /// handout draws a matrix, bracketed in place ("[ 1  2  0  1 ]"), so that every column
    /// stays where it was. Only a line whose every bar bounds a row of two numbers or more.
    static func bracketingPipedRows(_ line: String) -> String {
        guard line.contains("|") else { return line }
        let rows = #/\|(\s*[-−]?\d+(?:\.\d+)?(?:\s+[-−]?\d+(?:\.\d+)?)+\s*)\|/#
        let bracketed = line.replacing(rows) { "[" + $0.output.1 + "]" }
        // (Nothing else on the line but names assigned: "1  |   1    0  |   2" is a table's row.)
        let rest = bracketed.replacing(#/(?:[A-Za-z][\w^{}]{0,8}\s*=\s*)?\[[^\[\]]*\]/#, with: "")
        return bracketed == line || !rest.allSatisfy(\.isWhitespace) ? line : bracketed
    }

    /// The line cut before each `name =` that follows two or more spaces.
    private static func assignments(_ line: String) -> [String] {
        let starts = line.matches(of: #/(?:^|\s{2,})([A-Za-z][\w^{}]{0,8}\s*=[^=])/#).map { $0.output.1.startIndex }
        guard starts.count >= 2, starts.first == line.firstIndex(where: { !$0.isWhitespace }) else { return [] }
        return zip(starts, starts.dropFirst().map(Optional.some) + [nil]).map { start, end in
            String(line[start..<(end ?? line.endIndex)]).trimmingSpaces
        }
    }

    /// A continuation line's rows: pieces between runs of spaces, joined until each closes
    /// every bracket it opens.
    private static func chunks(_ line: String) -> [String] {
        var result: [String] = []
        var current = ""
        for piece in line.split(separator: " ", omittingEmptySubsequences: true) {
            current += current.isEmpty ? String(piece) : " " + piece
            if balance(current) <= 0 {
                result.append(current)
                current = ""
            }
        }
        if !current.isEmpty { result.append(current) }
        return result
    }

    /// Matrices printed one bracketed row per line, the rows of each under its first:
    ///
    ///     Q = [ 1  0 ]        K = [ 1  1 ]
    ///         [ 0  1 ]            [ 0  1 ]
    ///
    /// become `Q = [1 0; 0 1]`, `K = [1 1; 0 1]`, one per line. A continuation line gives one
    /// row to every assignment in order, or its brackets stand at the columns of the
    /// assignments' own. A block whose rows cannot be told apart (a text that lost its
    /// indentation, matrices of different heights) is not read as numbers at all: the first
    /// row alone is no value of the name.
    static func stackingRows(_ lines: [String]) -> [String] {
        var out: [String] = []
        var index = 0
        while index < lines.count {
            // The assignments whose value is one closed bracketed row: name, column of "[", rows.
            var heads: [(name: String, column: Int, rows: [String])] = []
            for match in lines[index].matches(of: #/([A-Za-z][\w^{}]{0,8})\s*=\s*\[([^\[\]]*)\]/#) {
                let column = lines[index].distance(from: lines[index].startIndex, to: match.range.lowerBound)
                    + match.output.0.distance(from: match.output.0.startIndex, to: match.output.0.firstIndex(of: "[")!)
                heads.append((String(match.output.1), column, [String(match.output.2)]))
            }
            var next = index + 1
            var fits = true
            /// The cells of a line of bracketed rows, each with the assignment it stands under; nil
            /// for a line that is not one.
            func placed(_ line: String) -> [(head: Int, cell: String)]?? {
                let row = Array(line)
                let opens = row.indices.filter { row[$0] == "[" }
                guard !opens.isEmpty, String(row).replacingOccurrences(of: #"\[[^\[\]]*\]"#, with: "", options: .regularExpression)
                        .allSatisfy(\.isWhitespace) else { return nil }
                let cells = opens.compactMap { open in row[open...].firstIndex(of: "]").map { String(row[(open + 1)..<$0]) } }
                // ("[2 pts]" under an assignment is a points line, not a row.)
                guard cells.allSatisfy({ $0.contains(where: \.isNumber) && $0.allSatisfy { "0123456789.,;-−+ \t".contains($0) } }) else { return nil }
                // (A line whose indentation was trimmed away keeps its brackets' spacing: the one
                // shift that puts every bracket under an assignment's.)
                let shifts = heads.map { $0.column - opens[0] }.filter { shift in opens.allSatisfy { open in heads.contains { $0.column == open + shift } } }
                // (A line whose brackets stand right under some assignments' own keeps its place: the
                // rows of a taller matrix below a shorter one beside it.)
                // (Where the shift is not one, the rows' widths may tell: "| 2  1  0  1 |" alone under a
                // four-wide X and a two-wide K is X's.)
                func entries(_ row: String) -> Int { row.split(whereSeparator: { " ,;\t".contains($0) }).count }
                let fitting = shifts.filter { shift in
                    zip(opens, cells).allSatisfy { open, cell in
                        heads.first { $0.column == open + shift }.map { head in head.rows.allSatisfy { entries($0) == entries(cell) } } == true
                    }
                }
                if opens.count < heads.count,
                   let shift = shifts.contains(0) ? 0 : shifts.count == 1 ? shifts.first : fitting.count == 1 ? fitting.first : nil {
                    return .some(zip(opens, cells).map { open, cell in (head: heads.firstIndex { $0.column == open + shift }!, cell: cell) })
                } else if opens.count == heads.count {
                    return .some(Array(zip(heads.indices, cells)).map { (head: $0.0, cell: $0.1) })
                }
                return .some(nil)
            }
            // ("    [ 1  2 ]  [ 0 ]" above "W1 = [ −1  0 ]  b1 = [ 1 ]": a display set beside its middle
            // row starts above the names.)
            var above = 0
            while !heads.isEmpty, out.count > above, case let line = out[out.count - 1 - above], let cells = placed(line), let cells {
                for (head, cell) in cells { heads[head].rows.insert(cell, at: 0) }
                above += 1
            }
            // (A line of bracketed rows above that stands under no assignment's bracket: the rows are
            // not told apart, and the name's own line is no value.)
            if !heads.isEmpty, out.count > above, case .some(.none) = placed(out[out.count - 1 - above]) {
                fits = false
                above += 1
            }
            // (Rows above a name stand beside it as a display's middle: about as many below. "The inputs
            // were the rows [3 2], [0 1]" over "W = [1 −1]" are not W's.)
            if above > 0, fits {
                var below = 0
                while next + below < lines.count, case .some(.some) = placed(lines[next + below]) { below += 1 }
                if abs(above - below) > 1 { above = 0; heads = heads.map { (name: $0.name, column: $0.column, rows: [$0.rows.last!]) } }
            }
            if above > 0 { out.removeLast(above) }
            while !heads.isEmpty, next < lines.count, let cells = placed(lines[next]) {
                if let cells {
                    for (head, cell) in cells { heads[head].rows.append(cell) }
                } else {
                    fits = false
                }
                next += 1
            }
            guard next > index + 1 || above > 0 else {
                out.append(lines[index])
                index += 1
                continue
            }
            for head in heads {
                out.append(head.name + " = " + (fits ? "[" + head.rows.map { $0.trimmingSpaces }.joined(separator: "; ") + "]" : "(a matrix whose rows are not read)"))
            }
            // ("W1 = [ 1  2 ]      b1 = (0, 1, -1)": what else the first line states stays.)
            let rest = lines[index].replacing(#/([A-Za-z][\w^{}]{0,8})\s*=\s*\[([^\[\]]*)\]/#, with: "").trimmingSpaces
            if !rest.isEmpty { out.append(rest) }
            index = next
        }
        return out
    }

    private static func balance(_ text: String) -> Int {
        text.reduce(0) { $0 + ($1 == "[" ? 1 : $1 == "]" ? -1 : 0) }
    }
}
