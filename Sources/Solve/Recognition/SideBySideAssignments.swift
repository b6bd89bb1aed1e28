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
        let lines = text.split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
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

    private static func balance(_ text: String) -> Int {
        text.reduce(0) { $0 + ($1 == "[" ? 1 : $1 == "]" ? -1 : 0) }
    }
}
