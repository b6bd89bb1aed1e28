import Foundation

/// What an input file is, decided in one place for every reader, the study folder
/// convention and the input cache: first by the bytes' signature, then by the extension.
///
/// JSON files are told apart by their top-level keys, read from the first bytes only.
public enum InputKind: Hashable, Sendable {
    case pdf
    case image(ImageFormat)
    case latex
    case markdown
    case plainText
    /// A ChatGPT data export (`conversations.json`).
    case chatGPTExport
    /// A Claude data export.
    case claudeExport
    /// Saved `hwlens extract --format json` output.
    case extractJSON
    /// Saved `hwlens ocr --format json` output.
    case ocrJSON
    /// JSON of no kind hwlens knows.
    case otherJSON
    /// Binary data that is none of the above (a zip archive, an unknown format).
    case binary(String)

    /// Image formats leptonica decodes.
    public enum ImageFormat: String, Hashable, Sendable, CaseIterable {
        case png, jpeg, gif, tiff, webp, bmp, pnm
    }

    /// Extensions of the text kinds, lower-case, without the dot.
    public static let extensions: [String: InputKind] = [
        "tex": .latex, "latex": .latex, "ltx": .latex,
        "md": .markdown, "markdown": .markdown, "mdown": .markdown, "mkd": .markdown, "mkdn": .markdown,
        "txt": .plainText, "text": .plainText,
        "pdf": .pdf,
        "png": .image(.png), "jpg": .image(.jpeg), "jpeg": .image(.jpeg), "gif": .image(.gif), "tif": .image(.tiff),
        "tiff": .image(.tiff), "webp": .image(.webp), "bmp": .image(.bmp), "pbm": .image(.pnm), "pgm": .image(.pnm),
        "ppm": .image(.pnm), "pnm": .image(.pnm),
        "json": .otherJSON,
    ]

    /// The kind a file name claims by its extension, or nil when the extension is unknown.
    public static func claimed(by path: String) -> InputKind? {
        let name = path.split(separator: "/").last.map(String.init) ?? path
        guard let dot = name.lastIndex(of: "."), dot != name.startIndex else { return nil }
        return extensions[name[name.index(after: dot)...].lowercased()]
    }

    /// The kind of a source file of a problem set, by its name: LaTeX, Markdown, else plain text.
    public static func source(named path: String) -> InputKind {
        switch claimed(by: path) {
        case .latex: .latex
        case .markdown: .markdown
        default: .plainText
        }
    }

    /// Whether a file name is that of a LaTeX or Markdown source.
    public static func isSource(_ path: String) -> Bool {
        let kind = claimed(by: path)
        return kind == .latex || kind == .markdown
    }

    /// The kind of `data` read from `path`: the signature decides, then the extension;
    /// text whose extension says nothing is plain text.
    public static func detect(_ data: Data, path: String) -> InputKind {
        if let signed = signature(data) { return signed }
        let claimed = claimed(by: path)
        let first = data.prefix(1 << 16).first { !(($0 == 0x20) || $0 == 0x0A || $0 == 0x0D || $0 == 0x09 || $0 == 0xEF || $0 == 0xBB || $0 == 0xBF) }
        let looksLikeJSON = first == UInt8(ascii: "{") || first == UInt8(ascii: "[")
        if claimed == .otherJSON || (looksLikeJSON && (claimed == nil || claimed == .plainText || claimed == .markdown)) {
            if let json = jsonKind(data) { return json }
            if claimed == .otherJSON { return .otherJSON }
        }
        switch claimed {
        case .latex, .markdown, .plainText: return claimed!
        default: break
        }
        return isText(data) ? .plainText : .binary("unknown binary data")
    }

    /// The kind the first bytes prove, for the formats with a signature.
    public static func signature(_ data: Data) -> InputKind? {
        let bytes = [UInt8](data.prefix(12))
        func starts(_ prefix: [UInt8]) -> Bool { bytes.starts(with: prefix) }
        if isPDF(data) { return .pdf }
        if starts([0x89, 0x50, 0x4E, 0x47]) { return .image(.png) }
        if starts([0xFF, 0xD8, 0xFF]) { return .image(.jpeg) }
        if starts([0x47, 0x49, 0x46, 0x38]) { return .image(.gif) }
        if starts([0x49, 0x49, 0x2A, 0x00]) || starts([0x4D, 0x4D, 0x00, 0x2A]) { return .image(.tiff) }
        if bytes.count >= 12, starts([0x52, 0x49, 0x46, 0x46]), Array(bytes[8..<12]) == [0x57, 0x45, 0x42, 0x50] { return .image(.webp) }
        // "BM", the file size, then four reserved zero bytes: text that starts with "BM" is no bitmap.
        if bytes.count >= 10, starts([0x42, 0x4D]), bytes[6..<10].allSatisfy({ $0 == 0 }) { return .image(.bmp) }
        if isPNM(data) { return .image(.pnm) }
        if starts([0x50, 0x4B, 0x03, 0x04]) { return .binary("zip archive") }
        return nil
    }

    /// A netpbm header: `P1`–`P6`, then white space, comments and two numbers (width and
    /// height), so pasted text that starts "P1 is …" is not taken for an image.
    static func isPNM(_ data: Data) -> Bool {
        let bytes = [UInt8](data.prefix(256))
        guard bytes.count >= 3, bytes[0] == UInt8(ascii: "P"), (UInt8(ascii: "1")...UInt8(ascii: "6")).contains(bytes[1]) else { return false }
        func isSpace(_ b: UInt8) -> Bool { b == 0x20 || b == 0x0A || b == 0x0D || b == 0x09 }
        var k = 2
        var numbers = 0
        while k < bytes.count, numbers < 2 {
            guard isSpace(bytes[k]) || bytes[k] == UInt8(ascii: "#") else { return false }
            while k < bytes.count, isSpace(bytes[k]) { k += 1 }
            if k < bytes.count, bytes[k] == UInt8(ascii: "#") {
                while k < bytes.count, bytes[k] != 0x0A { k += 1 }
                continue
            }
            let start = k
            while k < bytes.count, (UInt8(ascii: "0")...UInt8(ascii: "9")).contains(bytes[k]) { k += 1 }
            guard k > start else { return false }
            numbers += 1
        }
        return numbers == 2
    }

    /// Whether the bytes are a PDF: a `%PDF-` header within the first KiB, where readers look.
    public static func isPDF(_ data: Data) -> Bool {
        data.prefix(1024).range(of: Data("%PDF-".utf8)) != nil
    }

    /// Whether the kind is an image format.
    public var isImage: Bool {
        if case .image = self { return true }
        return false
    }

    /// What a file looks like, for messages: "looks like a png image", "looks like plain text".
    public static func describe(_ data: Data) -> String {
        switch signature(data) {
        case .image(let format): return "looks like a \(format.rawValue) image"
        case .pdf: return "looks like a pdf"
        case .binary(let what): return "looks like a \(what)"
        default:
            let bytes = [UInt8](data.prefix(12))
            let printable = bytes.allSatisfy { (0x20...0x7E).contains($0) || $0 == 0x0A || $0 == 0x0D || $0 == 0x09 }
            return printable ? "looks like plain text" : "unknown binary data"
        }
    }

    /// No NUL byte in the first 64 KiB: text in some encoding.
    static func isText(_ data: Data) -> Bool {
        !data.prefix(1 << 16).contains(0)
    }

    /// The JSON kind from the keys in the first 64 KiB, or nil when none is known.
    static func jsonKind(_ data: Data) -> InputKind? {
        let head = String(decoding: data.prefix(1 << 16), as: UTF8.self)
        if head.contains("\"mapping\"") { return .chatGPTExport }
        if head.contains("\"chat_messages\"") { return .claudeExport }
        if head.contains("\"pages\"") && head.contains("\"words\"") && head.contains("\"fonts\"") { return .extractJSON }
        if head.contains("\"pages\"") && head.contains("\"confidence\"") { return .ocrJSON }
        return nil
    }
}
