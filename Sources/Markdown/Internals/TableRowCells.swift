/// Splits a GFM table row into its cells as written.
///
/// Cells are separated by `|` that is neither escaped (`\|`) nor inside a backtick code span;
/// a leading and a trailing `|` only delimit the row. Cells are trimmed of spaces and tabs and
/// keep their markup. Code spans are matched the CommonMark way (a run of n backticks closes at
/// the next run of exactly n) in one pass, so the split is linear in the row's length.
enum TableRowCells {
    private struct BacktickRun {
        var start: Int
        var length: Int
    }

    static func split(_ row: Range<Int>, in source: SourceText) -> [Range<Int>] {
        let content = source.trimmed(row)
        guard !content.isEmpty else { return [] }
        let bytes = source.bytes
        var pipes: [Int] = []
        var runs: [BacktickRun] = []
        var index = content.lowerBound
        while index < content.upperBound {
            switch bytes[index] {
            case UInt8(ascii: "\\"):
                index += 2
            case UInt8(ascii: "|"):
                pipes.append(index)
                index += 1
            case UInt8(ascii: "`"):
                let start = index
                while index < content.upperBound, bytes[index] == UInt8(ascii: "`") { index += 1 }
                runs.append(BacktickRun(start: start, length: index - start))
            default:
                index += 1
            }
        }
        let separators = runs.count < 2 ? pipes : pipesOutsideCode(pipes, spans: codeSpans(runs))
        var cells: [Range<Int>] = []
        var cellStart = content.lowerBound
        for pipe in separators {
            cells.append(cellStart..<pipe)
            cellStart = pipe + 1
        }
        cells.append(cellStart..<content.upperBound)
        if separators.first == content.lowerBound { cells.removeFirst() }
        if separators.last == content.upperBound - 1, !cells.isEmpty { cells.removeLast() }
        for index in cells.indices { cells[index] = source.trimmed(cells[index]) }
        return cells
    }

    /// The byte ranges of matched code spans, in order, from the row's backtick runs.
    private static func codeSpans(_ runs: [BacktickRun]) -> [Range<Int>] {
        // For each run length, the indices of the runs with that length, and how far each list was consumed.
        var byLength: [Int: [Int]] = [:]
        for position in runs.indices { byLength[runs[position].length, default: []].append(position) }
        var cursor: [Int: Int] = [:]
        var spans: [Range<Int>] = []
        var position = 0
        while position < runs.count {
            let run = runs[position]
            let candidates = byLength[run.length] ?? []
            var next = cursor[run.length] ?? 0
            while next < candidates.count, candidates[next] <= position { next += 1 }
            cursor[run.length] = next
            if next < candidates.count {
                let closer = runs[candidates[next]]
                spans.append(run.start..<closer.start + closer.length)
                position = candidates[next] + 1
            } else {
                position += 1
            }
        }
        return spans
    }

    private static func pipesOutsideCode(_ pipes: [Int], spans: [Range<Int>]) -> [Int] {
        var kept: [Int] = []
        var span = 0
        for pipe in pipes {
            while span < spans.count, spans[span].upperBound <= pipe { span += 1 }
            if span < spans.count, spans[span].contains(pipe) { continue }
            kept.append(pipe)
        }
        return kept
    }
}
