/// The text being parsed as the UTF-8 bytes cmark sees, with the byte bounds of every line.
///
/// cmark replaces each NUL byte with U+FFFD and skips a leading byte order mark; the same is done
/// here so that cmark's byte columns index these bytes directly. Lines end at `\n`, `\r\n` or a
/// lone `\r`, as in cmark. Building the index is one pass over the bytes.
struct SourceText {
    let bytes: [UInt8]
    /// The offset of each line's first byte.
    private let lineStarts: [Int]
    /// The offset just past each line's content (before its line ending).
    private let lineEnds: [Int]

    init(_ text: String) {
        var bytes = Array(text.utf8)
        if bytes.starts(with: [0xEF, 0xBB, 0xBF]) { bytes.removeFirst(3) }
        var lines = Self.lineBounds(of: bytes)
        if lines.hasNUL {
            bytes = Self.replacingNUL(in: bytes)
            lines = Self.lineBounds(of: bytes)
        }
        self.bytes = bytes
        self.lineStarts = lines.starts
        self.lineEnds = lines.ends
    }

    /// Where each line starts and where its content ends, and whether a NUL byte occurs.
    private static func lineBounds(of bytes: [UInt8]) -> (starts: [Int], ends: [Int], hasNUL: Bool) {
        var starts: [Int] = []
        var ends: [Int] = []
        var hasNUL = false
        bytes.withUnsafeBufferPointer { buffer in
            var lineStart = 0
            var index = 0
            let count = buffer.count
            while index < count {
                let byte = buffer[index]
                if byte > 0x0D {
                    index += 1
                } else if byte == 0x0A || byte == 0x0D {
                    starts.append(lineStart)
                    ends.append(index)
                    index += (byte == 0x0D && index + 1 < count && buffer[index + 1] == 0x0A) ? 2 : 1
                    lineStart = index
                } else {
                    hasNUL = hasNUL || byte == 0
                    index += 1
                }
            }
            if lineStart < count {
                starts.append(lineStart)
                ends.append(count)
            }
        }
        return (starts, ends, hasNUL)
    }

    /// `bytes` with each NUL as U+FFFD, as cmark reads it.
    private static func replacingNUL(in bytes: [UInt8]) -> [UInt8] {
        var replaced: [UInt8] = []
        replaced.reserveCapacity(bytes.count + 64)
        for byte in bytes {
            if byte == 0 { replaced.append(contentsOf: [0xEF, 0xBF, 0xBD]) } else { replaced.append(byte) }
        }
        return replaced
    }

    var lineCount: Int { lineStarts.count }

    /// The bytes of line `index` (0-based) without its line ending.
    func line(_ index: Int) -> Range<Int> { lineStarts[index]..<lineEnds[index] }

    /// The bytes of line `index` from the 1-based byte `column` that cmark reports.
    func line(_ index: Int, fromColumn column: Int) -> Range<Int> {
        let range = line(index)
        return min(range.lowerBound + max(column - 1, 0), range.upperBound)..<range.upperBound
    }

    func string(_ range: Range<Int>) -> String { String(decoding: bytes[range], as: UTF8.self) }

    // MARK: Scanning

    static func isSpaceOrTab(_ byte: UInt8) -> Bool { byte == 0x20 || byte == 0x09 }

    /// The first offset in `range` that is not a space or tab (or its end).
    func skippingSpaces(_ range: Range<Int>) -> Int {
        var index = range.lowerBound
        while index < range.upperBound, Self.isSpaceOrTab(bytes[index]) { index += 1 }
        return index
    }

    /// `range` without spaces and tabs at either end.
    func trimmed(_ range: Range<Int>) -> Range<Int> {
        let start = skippingSpaces(range)
        var end = range.upperBound
        while end > start, Self.isSpaceOrTab(bytes[end - 1]) { end -= 1 }
        return start..<end
    }
}
