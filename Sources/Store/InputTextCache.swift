import Files
import Foundation

/// Texts of inputs already read (a PDF's text layer, an image's OCR), kept by
/// ``InputCacheKey`` so a re-run skips inputs that did not change.
///
/// Implementations are called from several tasks at once and must never fail the read they
/// serve: a lookup that cannot be answered is a miss, a store that cannot be written is dropped.
public protocol InputTextCache: Sendable {
    func text(for key: InputCacheKey) -> CachedInputText?
    func store(_ text: CachedInputText, for key: InputCacheKey)
}

/// The identity of an input's text: the SHA-256 of its bytes and everything else that shapes
/// the text read from them (how it was read, the library versions, the OCR settings).
public struct InputCacheKey: Hashable, Sendable {
    public var content: String
    public var settings: String

    public init(content: String, settings: String) {
        self.content = content
        self.settings = settings
    }
}

/// A cached text and how it was read (`pdf-text`, `ocr`, `pdf-ocr`).
public struct CachedInputText: Hashable, Sendable {
    public var form: InputForm.Reading
    public var text: String

    public init(form: InputForm.Reading, text: String) {
        self.form = form
        self.text = text
    }
}
