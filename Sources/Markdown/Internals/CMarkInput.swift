/// The bytes handed to cmark: the source, with the few bytes that would make cmark-gfm 0.29
/// superlinear swapped for unused control bytes of the same width (so every column still matches).
///
/// Two shapes are quadratic in that version: a table row with many cells (the cell list is
/// appended to by walking it) and inline content nested very deep (each appended node walks its
/// ancestors). So on a line with more than ``maximumPipes`` `|`, the later ones are swapped, and
/// in a line's leading container markers (`>`, `-`, `*`, `+`, `1.`, `1)`), those that would nest
/// deeper than ``maximumDepth`` — counting each marker and each two further columns of
/// indentation as one level — are swapped;
/// such markers then read as text. Ordinary Markdown is handed over unchanged. Code and HTML
/// literals that cmark returns are mapped back with ``restoring(_:)``.
struct CMarkInput {
    static let maximumPipes = 128
    static let maximumDepth = 64

    private(set) var bytes: [UInt8]
    /// The original byte for each substitute, indexed by the substitute byte.
    private var originals: [UInt8: UInt8] = [:]
    /// A substitute for each byte that may be swapped, once one was needed.
    private var substitutes: [UInt8: UInt8]?
    /// Set when no substitutes are free (the text uses nearly every control byte): nothing is swapped.
    private var unguarded = false

    init(_ source: SourceText) {
        bytes = source.bytes
        for line in 0..<source.lineCount {
            let range = source.line(line)
            capPipes(range)
            capNesting(range)
        }
    }

    /// `literal` (from cmark) with every substitute turned back into its original byte.
    func restoring(_ literal: [UInt8]) -> [UInt8] {
        guard !originals.isEmpty else { return literal }
        var restored = literal
        for index in restored.indices {
            if let original = originals[restored[index]] { restored[index] = original }
        }
        return restored
    }

    // MARK: Guards

    private mutating func capPipes(_ line: Range<Int>) {
        var count = 0
        for index in line where bytes[index] == UInt8(ascii: "|") {
            count += 1
            if count > Self.maximumPipes { swap(index) }
        }
    }

    private mutating func capNesting(_ line: Range<Int>) {
        var index = line.lowerBound
        var columns = 0
        var markers = 0
        var thematicBreak: Range<Int>?
        while index < line.upperBound {
            let byte = bytes[index]
            if byte == 0x20 || byte == 0x09 {
                columns += byte == 0x09 ? 4 : 1
                index += 1
                continue
            }
            let delimiter = byte == UInt8(ascii: ">") ? index : listMarkerDelimiter(at: index, in: line)
            guard let delimiter else { return }
            markers += 1
            if markers + columns / 2 > Self.maximumDepth {
                if byte != UInt8(ascii: ">") {
                    // From here the line may be a thematic break (`- - - -`), not list items.
                    if thematicBreak == nil { thematicBreak = thematicBreakStarts(line) }
                    if thematicBreak?.contains(index) == true { return }
                }
                swap(delimiter)
            }
            // The space or tab after a marker belongs to it.
            index = delimiter + 1
            if index < line.upperBound, bytes[index] == 0x20 || bytes[index] == 0x09 { index += 1 }
        }
    }

    /// For a list marker at `index` (a bullet, or one to nine digits and `.` or `)`, followed by a
    /// space, a tab or the end of the line), the offset of the byte that makes it a marker.
    private func listMarkerDelimiter(at index: Int, in line: Range<Int>) -> Int? {
        var end = index
        switch bytes[index] {
        case UInt8(ascii: "-"), UInt8(ascii: "*"), UInt8(ascii: "+"):
            break
        case UInt8(ascii: "0")...UInt8(ascii: "9"):
            while end < line.upperBound, end - index < 9, (UInt8(ascii: "0")...UInt8(ascii: "9")).contains(bytes[end]) { end += 1 }
            guard end < line.upperBound, bytes[end] == UInt8(ascii: ".") || bytes[end] == UInt8(ascii: ")") else { return nil }
        default:
            return nil
        }
        guard end + 1 == line.upperBound || bytes[end + 1] == 0x20 || bytes[end + 1] == 0x09 else { return nil }
        return end
    }

    /// The offsets from which the rest of `line` is a thematic break (three or more of one of `-`,
    /// `*`, `_`, and spaces) when it starts with that character; an empty range if none. One
    /// backward pass, so each line is scanned at most twice.
    private func thematicBreakStarts(_ line: Range<Int>) -> Range<Int> {
        var end = line.upperBound
        while end > line.lowerBound, bytes[end - 1] == 0x20 || bytes[end - 1] == 0x09 { end -= 1 }
        guard end > line.lowerBound, [UInt8(ascii: "-"), UInt8(ascii: "*"), UInt8(ascii: "_")].contains(bytes[end - 1]) else {
            return 0..<0
        }
        let character = bytes[end - 1]
        var count = 0
        var thirdFromEnd: Int?
        var start = end
        while start > line.lowerBound, bytes[start - 1] == character || bytes[start - 1] == 0x20 || bytes[start - 1] == 0x09 {
            start -= 1
            if bytes[start] == character {
                count += 1
                if count == 3 { thirdFromEnd = start }
            }
        }
        guard let thirdFromEnd else { return 0..<0 }
        return start..<thirdFromEnd + 1
    }

    // MARK: Substitutes

    private static let swappable: [UInt8] = Array("|>-*+.)".utf8)

    private mutating func swap(_ index: Int) {
        if substitutes == nil { chooseSubstitutes() }
        guard !unguarded, let substitute = substitutes?[bytes[index]] else { return }
        bytes[index] = substitute
    }

    /// Picks a control byte the text does not contain for each swappable byte.
    private mutating func chooseSubstitutes() {
        var used = [Bool](repeating: false, count: 256)
        for byte in bytes { used[Int(byte)] = true }
        // Control bytes that cmark treats as ordinary text (not NUL, tab, line endings, \v, \f).
        let candidates = (Array(0x01...0x08) + Array(0x0E...0x1F) + [0x7F]).map(UInt8.init).filter { !used[Int($0)] }
        guard candidates.count >= Self.swappable.count else {
            unguarded = true
            substitutes = [:]
            return
        }
        var chosen: [UInt8: UInt8] = [:]
        for (original, substitute) in zip(Self.swappable, candidates) {
            chosen[original] = substitute
            originals[substitute] = original
        }
        substitutes = chosen
    }
}
