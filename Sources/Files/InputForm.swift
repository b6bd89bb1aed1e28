/// How the text of an input form reached hwlens: one ``Reading`` per kind of input it is
/// made of, in order (pasted text plus screenshots is `text+ocr`).
///
/// Encoded in JSON as its readings joined with `+`, e.g. `"pdf-text"` or `"text+ocr"`.
public struct InputForm: Hashable, Sendable, Codable, CustomStringConvertible {
    /// How one input's text was obtained.
    public enum Reading: String, Hashable, Sendable, Codable, CaseIterable, CustomStringConvertible {
        /// A LaTeX source, read into canonical text.
        case latex
        /// A Markdown source, read into canonical text.
        case markdown
        /// A plain-text source.
        case plain
        /// Pasted or saved text, taken as it is.
        case text
        /// A PDF's text layer.
        case pdfText = "pdf-text"
        /// A PDF's pages rendered and recognized by OCR.
        case pdfOCR = "pdf-ocr"
        /// An image recognized by OCR.
        case ocr

        /// Whether the text came from OCR, with its look-alike confusions (`l`/`1`, `O`/`0`).
        public var isRecognized: Bool { self == .ocr || self == .pdfOCR }

        /// As written in JSON and reports: `pdf-text`, `ocr`.
        public var description: String { rawValue }
    }

    /// The distinct readings, in the order the inputs first showed them.
    public var readings: [Reading]

    /// The form of inputs read these ways, each reading once.
    public init(_ readings: [Reading]) {
        var distinct: [Reading] = []
        for reading in readings where !distinct.contains(reading) { distinct.append(reading) }
        self.readings = distinct
    }

    /// The form of one input.
    public init(_ reading: Reading) {
        self.readings = [reading]
    }

    /// Whether any of the text came from OCR.
    public var isRecognized: Bool { readings.contains(where: \.isRecognized) }

    public var description: String { readings.map(\.rawValue).joined(separator: "+") }

    /// Parses `text+ocr`; nil when a component is unknown.
    public init?(parsing text: String) {
        let readings = text.split(separator: "+").map { Reading(rawValue: String($0)) }
        guard !readings.isEmpty, readings.allSatisfy({ $0 != nil }) else { return nil }
        self.init(readings.compactMap { $0 })
    }

    public init(from decoder: any Decoder) throws {
        let text = try decoder.singleValueContainer().decode(String.self)
        guard let form = InputForm(parsing: text) else {
            throw DecodingError.dataCorrupted(.init(codingPath: decoder.codingPath, debugDescription: "unknown input form '\(text)'"))
        }
        self = form
    }

    public func encode(to encoder: any Encoder) throws {
        var container = encoder.singleValueContainer()
        try container.encode(description)
    }
}
