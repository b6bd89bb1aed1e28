/// Recognizers for the block syntax of one line, on byte ranges of a ``SourceText``.
///
/// They read what cmark's tree does not keep: where an ATX heading's text lies between its `#`
/// marks, whether a line is a setext underline or a closing fence, and a list item's marker.
enum LineSyntax {
    private static let hash = UInt8(ascii: "#")

    /// Whether `line` (starting at the block's first non-space byte) opens an ATX heading:
    /// one to six `#` followed by a space, a tab or the end of the line.
    static func isATXHeading(_ line: Range<Int>, in source: SourceText) -> Bool {
        var index = line.lowerBound
        while index < line.upperBound, source.bytes[index] == hash { index += 1 }
        let level = index - line.lowerBound
        guard (1...6).contains(level) else { return false }
        return index == line.upperBound || SourceText.isSpaceOrTab(source.bytes[index])
    }

    /// The text of an ATX heading line (starting at its first `#`): without the opening `#`s,
    /// the optional closing sequence of `#`s, and the spaces around them.
    static func atxHeadingText(_ line: Range<Int>, in source: SourceText) -> Range<Int> {
        var start = line.lowerBound
        while start < line.upperBound, source.bytes[start] == hash { start += 1 }
        let content = source.trimmed(start..<line.upperBound)
        var end = content.upperBound
        while end > content.lowerBound, source.bytes[end - 1] == hash { end -= 1 }
        if end == content.lowerBound {
            return content.lowerBound..<content.lowerBound
        }
        if end < content.upperBound, SourceText.isSpaceOrTab(source.bytes[end - 1]) {
            return source.trimmed(content.lowerBound..<end)
        }
        return content
    }

    /// Whether `content` (a line from its first non-space byte) is a setext underline:
    /// only `=` or only `-`, then optional spaces.
    static func isSetextUnderline(_ content: Range<Int>, in source: SourceText) -> Bool {
        let body = source.trimmed(content)
        guard let first = body.first.map({ source.bytes[$0] }), first == UInt8(ascii: "=") || first == UInt8(ascii: "-") else {
            return false
        }
        return body.allSatisfy { source.bytes[$0] == first }
    }

    /// Whether `content` (a line from its first non-space byte) closes a fence opened with `fence`:
    /// at least as many of the same character, then optional spaces.
    static func isClosingFence(_ content: Range<Int>, for fence: CMark.Fence, in source: SourceText) -> Bool {
        let body = source.trimmed(content)
        guard body.count >= max(fence.length, 3) else { return false }
        return body.allSatisfy { source.bytes[$0] == fence.character }
    }

    /// The list marker at the start of `line`: `-`, `*`, `+`, or up to nine digits and `.` or `)`.
    static func listMarker(_ line: Range<Int>, in source: SourceText) -> Range<Int> {
        guard let first = line.first else { return line }
        switch source.bytes[first] {
        case UInt8(ascii: "-"), UInt8(ascii: "*"), UInt8(ascii: "+"):
            return first..<first + 1
        default:
            var index = first
            while index < line.upperBound, index - first < 9, (UInt8(ascii: "0")...UInt8(ascii: "9")).contains(source.bytes[index]) {
                index += 1
            }
            guard index > first, index < line.upperBound,
                source.bytes[index] == UInt8(ascii: ".") || source.bytes[index] == UInt8(ascii: ")")
            else { return first..<first }
            return first..<index + 1
        }
    }
}
