import Foundation

/// Finds the conversations of a ChatGPT or Claude export in one linear pass over its bytes,
/// without building the whole document: each conversation's byte range and title. Only the
/// conversation to grade is then parsed, so a 17 MB export of 10,000 conversations is listed
/// and graded in time and memory proportional to the file.
enum ExportScanner {
    /// One conversation of an export.
    struct Element {
        var range: Range<Int>
        var title: String?
    }

    /// The conversations: the elements of a top-level array, or the one top-level object.
    /// Throws for text that is not a JSON array or object, or ends inside one.
    static func elements(_ bytes: [UInt8], path: String) throws(GradeError) -> [Element] {
        var index = 0
        func skipSpace() { while index < bytes.count, [0x20, 0x0A, 0x0D, 0x09].contains(bytes[index]) { index += 1 } }
        // A UTF-8 byte order mark.
        if bytes.starts(with: [0xEF, 0xBB, 0xBF]) { index = 3 }
        skipSpace()
        guard index < bytes.count else { throw .malformed(file: path, detail: "invalid JSON") }
        if bytes[index] == UInt8(ascii: "{") {
            let start = index
            let end = try skipValue(bytes, from: index, path: path)
            return [Element(range: start..<end, title: title(bytes, in: start..<end))]
        }
        guard bytes[index] == UInt8(ascii: "[") else {
            throw .malformed(file: path, detail: "expected a conversation or a list of them")
        }
        index += 1
        var elements: [Element] = []
        while true {
            skipSpace()
            guard index < bytes.count else { throw .malformed(file: path, detail: "invalid JSON") }
            if bytes[index] == UInt8(ascii: "]") { break }
            let start = index
            guard bytes[index] == UInt8(ascii: "{") else { throw .malformed(file: path, detail: "expected a conversation or a list of them") }
            index = try skipValue(bytes, from: index, path: path)
            elements.append(Element(range: start..<index, title: title(bytes, in: start..<index)))
            skipSpace()
            guard index < bytes.count else { throw .malformed(file: path, detail: "invalid JSON") }
            if bytes[index] == UInt8(ascii: ",") { index += 1; continue }
            if bytes[index] == UInt8(ascii: "]") { break }
            throw .malformed(file: path, detail: "invalid JSON")
        }
        return elements
    }

    /// The index just past the value starting at `start` (an object or array, matched by
    /// depth, strings skipped with their escapes).
    static func skipValue(_ bytes: [UInt8], from start: Int, path: String) throws(GradeError) -> Int {
        var depth = 0
        var index = start
        while index < bytes.count {
            switch bytes[index] {
            case UInt8(ascii: "\""):
                index = try skipString(bytes, from: index, path: path)
                continue
            case UInt8(ascii: "{"), UInt8(ascii: "["):
                depth += 1
                // Deeply nested exports are refused rather than parsed later at risk of the stack.
                if depth > 512 { throw .malformed(file: path, detail: "nested deeper than 512 levels") }
            case UInt8(ascii: "}"), UInt8(ascii: "]"):
                depth -= 1
                if depth == 0 { return index + 1 }
            default:
                break
            }
            index += 1
        }
        throw .malformed(file: path, detail: "invalid JSON (it ends inside a conversation)")
    }

    /// The index just past the string starting at `start`.
    static func skipString(_ bytes: [UInt8], from start: Int, path: String) throws(GradeError) -> Int {
        var index = start + 1
        while index < bytes.count {
            if bytes[index] == UInt8(ascii: "\\") { index += 2; continue }
            if bytes[index] == UInt8(ascii: "\"") { return index + 1 }
            index += 1
        }
        throw .malformed(file: path, detail: "invalid JSON (an unterminated string)")
    }

    /// The `title` (ChatGPT) or `name` (Claude) of the conversation object in `range`: a key
    /// of the object itself, not of anything inside it.
    static func title(_ bytes: [UInt8], in range: Range<Int>) -> String? {
        var depth = 0
        var index = range.lowerBound
        var expectKey = false
        while index < range.upperBound {
            let byte = bytes[index]
            switch byte {
            case UInt8(ascii: "{"), UInt8(ascii: "["):
                depth += 1
                expectKey = byte == UInt8(ascii: "{") && depth == 1
            case UInt8(ascii: "}"), UInt8(ascii: "]"):
                depth -= 1
            case UInt8(ascii: ","):
                expectKey = depth == 1
            case UInt8(ascii: "\""):
                guard let end = try? skipString(bytes, from: index, path: "") else { return nil }
                if depth == 1, expectKey {
                    let key = String(decoding: bytes[(index + 1)..<(end - 1)], as: UTF8.self)
                    expectKey = false
                    if key == "title" || key == "name" {
                        var value = end
                        while value < range.upperBound, bytes[value] != UInt8(ascii: ":") { value += 1 }
                        value += 1
                        while value < range.upperBound, [0x20, 0x0A, 0x0D, 0x09].contains(bytes[value]) { value += 1 }
                        guard value < range.upperBound, bytes[value] == UInt8(ascii: "\""),
                            let close = try? skipString(bytes, from: value, path: "") else { return nil }
                        return (try? JSONSerialization.jsonObject(with: Data(bytes[value..<close]), options: [.fragmentsAllowed])) as? String
                    }
                }
                index = end
                continue
            default:
                break
            }
            index += 1
        }
        return nil
    }

    /// How many of `words` (lower-case) occur in the conversation's bytes, case-insensitively.
    static func mentions(_ words: [String], in bytes: [UInt8], range: Range<Int>) -> Int {
        guard !words.isEmpty else { return 0 }
        let lowered = bytes[range].map { (0x41...0x5A).contains($0) ? $0 | 0x20 : $0 }
        return words.filter { word in
            let needle = Array(word.utf8)
            return !needle.isEmpty && lowered.firstRange(of: needle) != nil
        }.count
    }
}
