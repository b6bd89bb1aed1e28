/// A small, fast JSON writer for the large outputs (text layers of long documents),
/// where Foundation's `JSONEncoder` costs as much as reading the PDF.
///
/// Writes exactly what `JSONEncoder` with `.sortedKeys` and `.withoutEscapingSlashes`
/// writes for the same `Codable` values: callers emit keys in sorted order.
public struct JSONWriter {
    public private(set) var bytes: [UInt8] = []

    public init(capacity: Int = 4096) {
        bytes.reserveCapacity(capacity)
    }

    @inline(__always) mutating func raw(_ text: StaticString) {
        text.withUTF8Buffer { bytes.append(contentsOf: $0) }
    }

    @inline(__always) public mutating func byte(_ value: UInt8) {
        bytes.append(value)
    }

    /// Appends already-encoded JSON.
    public mutating func append(json: [UInt8]) {
        bytes.append(contentsOf: json)
    }

    public mutating func key(_ name: StaticString, first: Bool = false) {
        if !first { byte(UInt8(ascii: ",")) }
        byte(UInt8(ascii: "\""))
        raw(name)
        raw("\":")
    }

    public mutating func string(_ value: String) {
        byte(UInt8(ascii: "\""))
        var value = value
        value.withUTF8 { utf8 in
            for unit in utf8 {
                switch unit {
                case UInt8(ascii: "\""): raw("\\\"")
                case UInt8(ascii: "\\"): raw("\\\\")
                case 0x0A: raw("\\n")
                case 0x0D: raw("\\r")
                case 0x09: raw("\\t")
                case 0x08: raw("\\b")
                case 0x0C: raw("\\f")
                case 0..<0x20:
                    raw("\\u00")
                    let hex: [UInt8] = Array("0123456789abcdef".utf8)
                    byte(hex[Int(unit >> 4)])
                    byte(hex[Int(unit & 0xF)])
                default: byte(unit)
                }
            }
        }
        byte(UInt8(ascii: "\""))
    }

    public mutating func int(_ value: Int) {
        bytes.append(contentsOf: String(value).utf8)
    }

    /// A number rounded to 0.01, printed as `JSONEncoder` prints it (`612`, `127.85`).
    public mutating func number(_ value: Double) {
        let rounded = (value * 100).rounded() / 100
        if rounded == 0 {
            byte(UInt8(ascii: "0"))
        } else if rounded == rounded.rounded(), abs(rounded) < 1e15 {
            int(Int(rounded))
        } else {
            bytes.append(contentsOf: rounded.description.utf8)
        }
    }

    public mutating func bool(_ value: Bool) {
        if value { raw("true") } else { raw("false") }
    }

    public mutating func box(_ box: Box) {
        byte(UInt8(ascii: "["))
        number(box.x)
        byte(UInt8(ascii: ","))
        number(box.y)
        byte(UInt8(ascii: ","))
        number(box.width)
        byte(UInt8(ascii: ","))
        number(box.height)
        byte(UInt8(ascii: "]"))
    }

    public mutating func array<T>(_ items: [T], _ element: (inout JSONWriter, T) -> Void) {
        byte(UInt8(ascii: "["))
        for (i, item) in items.enumerated() {
            if i > 0 { byte(UInt8(ascii: ",")) }
            element(&self, item)
        }
        byte(UInt8(ascii: "]"))
    }
}
