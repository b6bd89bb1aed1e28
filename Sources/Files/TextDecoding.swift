import Foundation

/// Decodes text files: UTF-8 (a byte order mark is stripped) or UTF-16 with a byte order
/// mark. A NUL byte means binary data; bytes that are not UTF-8 are an error naming the
/// 0-based offset of the first bad byte.
public enum TextDecoding {
    public static func decode(_ data: Data, path: String) throws(FileError) -> String {
        let bytes = [UInt8](data)
        if bytes.isEmpty { throw .emptyFile(path: path) }
        if bytes.starts(with: [0xFF, 0xFE]) { return try utf16(bytes, littleEndian: true, path: path) }
        if bytes.starts(with: [0xFE, 0xFF]) { return try utf16(bytes, littleEndian: false, path: path) }
        let skip = bytes.starts(with: [0xEF, 0xBB, 0xBF]) ? 3 : 0
        if let nul = bytes.firstIndex(of: 0) {
            throw .notText(path: path, detail: "binary data: NUL byte at offset \(nul)")
        }
        if let bad = firstInvalidUTF8(bytes, from: skip) {
            throw .notText(path: path, detail: "invalid utf-8 at byte \(bad)")
        }
        return String(decoding: bytes[skip...], as: UTF8.self)
    }

    /// The offset of the first byte that does not start or continue a valid UTF-8 sequence.
    static func firstInvalidUTF8(_ bytes: [UInt8], from start: Int) -> Int? {
        var parser = Unicode.UTF8.ForwardParser()
        var iterator = bytes[start...].makeIterator()
        var offset = start
        while true {
            switch parser.parseScalar(from: &iterator) {
            case .valid(let encoded): offset += encoded.count
            case .emptyInput: return nil
            case .error: return offset
            }
        }
    }

    private static func utf16(_ bytes: [UInt8], littleEndian: Bool, path: String) throws(FileError) -> String {
        guard bytes.count % 2 == 0 else {
            throw .notText(path: path, detail: "invalid utf-16: odd number of bytes")
        }
        var units: [UInt16] = []
        units.reserveCapacity(bytes.count / 2 - 1)
        var index = 2
        while index + 1 < bytes.count {
            let low = UInt16(bytes[littleEndian ? index : index + 1])
            let high = UInt16(bytes[littleEndian ? index + 1 : index])
            units.append(high << 8 | low)
            index += 2
        }
        var parser = Unicode.UTF16.ForwardParser()
        var iterator = units.makeIterator()
        var unit = 0
        var text = ""
        while true {
            switch parser.parseScalar(from: &iterator) {
            case .valid(let encoded):
                let scalar = Unicode.UTF16.decode(encoded)
                if scalar.value == 0 {
                    throw .notText(path: path, detail: "binary data: NUL character at offset \(2 + unit * 2)")
                }
                text.unicodeScalars.append(scalar)
                unit += encoded.count
            case .emptyInput:
                return text
            case .error:
                throw .notText(path: path, detail: "invalid utf-16 at byte \(2 + unit * 2)")
            }
        }
    }
}
