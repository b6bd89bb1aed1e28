import Files
import Foundation
import OCR
import Store
import Study
import TestSupport
import Testing

@Suite("Candidate reader with the input cache")
struct CandidateCacheTests {
    /// The reader stores a PDF's text layer under its content hash, and a copy of the PDF
    /// under another name is read from the cache.
    @Test func readerUsesTheCacheByContent() async throws {
        let folder = Fixtures.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let cache = try InputCache(path: folder.appendingPathComponent("cache.sqlite").path)
        let copy = folder.appendingPathComponent("renamed.pdf").path
        try FileManager.default.copyItem(atPath: Fixtures.path("samples/pooling-quiz/quiz.pdf"), toPath: copy)
        var reader = CandidateReader(ocr: OCRAccess(languages: "eng"))
        reader.cache = cache
        let first = try await reader.read(Fixtures.path("samples/pooling-quiz/quiz.pdf"))
        #expect(cache.counts == (0, 1))
        let second = try await reader.read(copy)
        #expect(cache.counts == (1, 1))
        #expect(second.text == first.text && second.form == InputForm(.pdfText) && second.name == copy)
        // Pasted text is not worth caching.
        _ = try await reader.read(Fixtures.path("samples/pooling-quiz/forms/pasted.txt"))
        #expect(cache.counts == (1, 1))
    }
}
