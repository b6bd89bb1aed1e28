/// Leaf blocks: their lines from cmark's positions (corrected where cmark's are off) and their
/// text from the source lines, with only the container and block syntax removed.
///
/// Where cmark-gfm 0.29's end positions are unreliable, the lines are recomputed:
/// a setext heading ends at the line after its underline, a fenced code block that its container
/// closes ends one line late, an HTML block of kinds 1–5 one line early, an indented code block
/// includes the blank lines after it, and a paragraph split off before a table has no position.
extension BlockBuilder {
    func leafBlock(_ node: OpaquePointer, _ type: CMark.NodeType) -> MarkdownBlock? {
        if type == .paragraph, CMark.startLine(node) <= 0 {
            return paragraphBeforeTable(node)
        }
        let start = CMark.startLine(node) - 1
        guard (0..<source.lineCount).contains(start) else { return nil }
        switch type {
        case .heading:
            return heading(node, start: start)
        case .codeBlock:
            return codeBlock(node, start: start)
        case .htmlBlock:
            let literal = normalizedLiteral(node)
            return MarkdownBlock(
                kind: .html, text: Self.text(of: literal), lines: clampedLines(start, start + Self.lineCount(of: literal)))
        case .thematicBreak:
            return MarkdownBlock(kind: .thematicBreak, text: "", lines: clampedLines(start, start + 1))
        case .table:
            return table(node)
        default:
            // A paragraph, or a block of a kind this module does not know: its source lines.
            return paragraph(start: start, column: CMark.startColumn(node), end: CMark.endLine(node))
        }
    }

    // MARK: Paragraphs and headings

    private func paragraph(start: Int, column: Int, end: Int) -> MarkdownBlock {
        var lines = clampedLines(start, end)
        while lines.count > 1, isBlank(lines.upperBound - 1) { lines = lines.lowerBound..<lines.upperBound - 1 }
        return MarkdownBlock(kind: .paragraph, text: text(of: lines, firstColumn: column), lines: lines)
    }

    /// The GFM table extension splits the lines before a table's header row off into a new
    /// paragraph without positions; the table node keeps the paragraph's start.
    private func paragraphBeforeTable(_ node: OpaquePointer) -> MarkdownBlock? {
        guard let table = CMark.next(node), CMark.type(table) == .table else { return nil }
        let start = CMark.startLine(table) - 1
        guard (0..<source.lineCount).contains(start) else { return nil }
        return paragraph(start: start, column: CMark.startColumn(table), end: tableHeaderLine(table))
    }

    private func heading(_ node: OpaquePointer, start: Int) -> MarkdownBlock {
        let column = CMark.startColumn(node)
        let kind = MarkdownBlock.Kind.heading(level: CMark.headingLevel(node))
        let firstLine = source.line(start, fromColumn: column)
        if LineSyntax.isATXHeading(firstLine, in: source) {
            let text = source.string(LineSyntax.atxHeadingText(firstLine, in: source))
            return MarkdownBlock(kind: kind, text: text, lines: clampedLines(start, start + 1))
        }
        // Setext: cmark ends it on the line after the underline unless the input ends there.
        let end = CMark.endLine(node)
        var underline = end - 1
        let endsAtUnderline =
            underline > start && underline < source.lineCount
            && LineSyntax.isSetextUnderline(contentRange(underline), in: source)
            && nextBlockStartLine(after: node) != end
        if !endsAtUnderline { underline -= 1 }
        underline = max(underline, start + 1)
        let lines = clampedLines(start, underline + 1)
        return MarkdownBlock(kind: kind, text: text(of: lines.lowerBound..<max(lines.lowerBound, lines.upperBound - 1), firstColumn: column), lines: lines)
    }

    // MARK: Code

    private func codeBlock(_ node: OpaquePointer, start: Int) -> MarkdownBlock {
        let literal = normalizedLiteral(node)
        let contentLines = Self.lineCount(of: literal)
        guard let fence = CMark.fence(node) else {
            return MarkdownBlock(kind: .code(info: ""), text: Self.text(of: literal), lines: clampedLines(start, start + contentLines))
        }
        // The line after the content closes the fence if it is a closing fence and no other block starts there.
        var end = start + 1 + contentLines
        if end < source.lineCount, end + 1 <= CMark.endLine(node),
            LineSyntax.isClosingFence(contentRange(end), for: fence, in: source),
            nextBlockStartLine(after: node) != end + 1
        {
            end += 1
        }
        let info = String(decoding: input.restoring(Array(CMark.fenceInfo(node).utf8)), as: UTF8.self)
        return MarkdownBlock(kind: .code(info: info), text: Self.text(of: literal), lines: clampedLines(start, end))
    }

    /// A code or HTML block's literal as in the source, with `\r\n` and `\r` line endings as `\n`.
    private func normalizedLiteral(_ node: OpaquePointer) -> [UInt8] {
        let literal = input.restoring(CMark.literal(node))
        guard literal.contains(0x0D) else { return literal }
        var normalized: [UInt8] = []
        normalized.reserveCapacity(literal.count)
        for (index, byte) in literal.enumerated() {
            if byte != 0x0D {
                normalized.append(byte)
            } else if index + 1 == literal.count || literal[index + 1] != 0x0A {
                normalized.append(0x0A)
            }
        }
        return normalized
    }

    private static func lineCount(of literal: [UInt8]) -> Int {
        var count = 0
        for byte in literal where byte == 0x0A { count += 1 }
        if let last = literal.last, last != 0x0A { count += 1 }
        return count
    }

    /// The literal without its final line ending.
    private static func text(of literal: [UInt8]) -> String {
        String(decoding: literal.last == 0x0A ? literal.dropLast() : literal[...], as: UTF8.self)
    }

    // MARK: Tables

    private func table(_ node: OpaquePointer) -> MarkdownBlock {
        let header = tableHeaderLine(node)
        let tableStart = CMark.startLine(node) - 1
        let column = CMark.startColumn(node)
        var rowLines = [header]
        var child = CMark.firstChild(node)
        while let row = child {
            if CMark.type(row) == .tableRow { rowLines.append(CMark.startLine(row) - 1) }
            child = CMark.next(row)
        }
        let lines = clampedLines(header, max(header + 2, (rowLines.last ?? header) + 1))
        var rows: [[String]] = []
        rows.reserveCapacity(rowLines.count)
        for line in rowLines where lines.contains(line) {
            let content = line == tableStart ? source.line(line, fromColumn: column) : contentRange(line)
            var cells: [String] = []
            for cell in TableRowCells.split(content, in: source) { cells.append(source.string(cell)) }
            rows.append(cells)
        }
        let text = text(of: lines, firstColumn: header == tableStart ? column : nil)
        return MarkdownBlock(kind: .table(rows: rows), text: text, lines: lines)
    }

    /// The 0-based line of a table's header row: two lines above its first body row, or the line
    /// above its end (the delimiter row) when it has none. cmark's header row position is wrong
    /// when paragraph lines preceded the table.
    private func tableHeaderLine(_ node: OpaquePointer) -> Int {
        var child = CMark.firstChild(node)
        while let row = child {
            if CMark.type(row) == .tableRow { return CMark.startLine(row) - 3 }
            child = CMark.next(row)
        }
        return CMark.endLine(node) - 2
    }

    // MARK: Source lines

    /// Line `index` from where its content starts, after the open containers' markers.
    private func contentRange(_ index: Int) -> Range<Int> {
        let line = source.line(index)
        return prefixes.contentStart(of: line, in: source)..<line.upperBound
    }

    private func isBlank(_ index: Int) -> Bool { source.trimmed(contentRange(index)).isEmpty }

    /// The text of `lines`: the first from the 1-based byte `firstColumn` (when given), the
    /// others from after their container markers and indentation; trailing spaces dropped,
    /// joined with `\n`.
    private func text(of lines: Range<Int>, firstColumn: Int?) -> String {
        guard lines.count > 1 else {
            return lines.isEmpty ? "" : source.string(textRange(lines.lowerBound, firstColumn: firstColumn))
        }
        var bytes: [UInt8] = []
        for index in lines {
            if index > lines.lowerBound { bytes.append(0x0A) }
            bytes.append(contentsOf: source.bytes[textRange(index, firstColumn: index == lines.lowerBound ? firstColumn : nil)])
        }
        return String(decoding: bytes, as: UTF8.self)
    }

    /// Line `index` from `firstColumn` or else from after its container markers, without trailing spaces.
    private func textRange(_ index: Int, firstColumn: Int?) -> Range<Int> {
        let range = firstColumn.map { source.line(index, fromColumn: $0) } ?? contentRange(index)
        return range.lowerBound..<source.trimmed(range).upperBound
    }

    /// The 1-based line where the next block after `node` in document order starts, if any.
    private func nextBlockStartLine(after node: OpaquePointer) -> Int? {
        var current = node
        while true {
            if let sibling = CMark.next(current) {
                let line = CMark.startLine(sibling)
                if line > 0 { return line }
                // A paragraph split off before a table starts where the table node does.
                if let table = CMark.next(sibling) { return CMark.startLine(table) }
                current = sibling
                continue
            }
            guard let parent = CMark.parent(current) else { return nil }
            current = parent
        }
    }
}
