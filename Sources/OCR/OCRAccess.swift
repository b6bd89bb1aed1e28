/// The OCR engines a reader may use, or the error that explains why there are none (a
/// language that is not installed, unusable language data).
///
/// Readers that meet an image or a PDF to OCR throw that error there and then, so the user
/// sees the real reason wherever OCR is needed, and inputs that need no OCR never fail on it.
public struct OCRAccess: Sendable {
    private let pool: Result<OCREnginePool, OCRError>

    /// Engines for `languages` (`eng`, `eng+grc`), started on demand.
    public init(languages: String) {
        do {
            pool = .success(try OCREnginePool(languages: languages))
        } catch {
            pool = .failure(error)
        }
    }

    /// The engine pool, or the error that prevented it.
    public func engines() throws(OCRError) -> OCREnginePool {
        try pool.get()
    }
}
