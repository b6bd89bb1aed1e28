import CTesseract
import Foundation

/// The one place where OCR talks to tesseract and leptonica: C strings are copied and
/// freed at once, failures become ``OCRError``s.
enum Tesseract {
    /// Copies a tesseract-allocated string into Swift and frees it.
    static func takeText(_ pointer: UnsafeMutablePointer<CChar>?) -> String {
        guard let pointer else { return "" }
        defer { TessDeleteText(pointer) }
        return String(cString: pointer)
    }

    /// The tesseract library version, e.g. `5.3.0`.
    static var version: String { String(cString: TessVersion()) }

    /// Leptonica prints its errors to stderr; hwlens reports its own instead.
    static let quietLeptonica: Void = {
        _ = setMsgSeverity(6)  // L_SEVERITY_NONE
    }()
}
