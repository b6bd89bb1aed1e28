import Foundation

/// Names what a file looks like from its first bytes, for "not a PDF" / "not an image" messages.
public enum FileSignature {
    public static func describe(_ data: Data) -> String {
        let bytes = [UInt8](data.prefix(12))
        func starts(_ prefix: [UInt8]) -> Bool { bytes.starts(with: prefix) }
        if starts([0x89, 0x50, 0x4E, 0x47]) { return "looks like a png image" }
        if starts([0xFF, 0xD8, 0xFF]) { return "looks like a jpeg image" }
        if starts([0x47, 0x49, 0x46, 0x38]) { return "looks like a gif image" }
        if starts([0x49, 0x49, 0x2A, 0x00]) || starts([0x4D, 0x4D, 0x00, 0x2A]) { return "looks like a tiff image" }
        if starts([0x50, 0x4B, 0x03, 0x04]) { return "looks like a zip archive" }
        if bytes.count >= 12, starts([0x52, 0x49, 0x46, 0x46]), Array(bytes[8..<12]) == [0x57, 0x45, 0x42, 0x50] {
            return "looks like a webp image"
        }
        let printable = bytes.allSatisfy { (0x20...0x7E).contains($0) || $0 == 0x0A || $0 == 0x0D || $0 == 0x09 }
        return printable ? "looks like plain text" : "unknown binary data"
    }
}
