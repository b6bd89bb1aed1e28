import Analyze
import Foundation
import GRDB
import Ingest
import Store
import Testing

@Suite("Input cache")
struct InputCacheTests {
    @Test func storesAndFindsByContentAndSettings() throws {
        let folder = StoreSupport.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let cache = try InputCache(path: folder.appendingPathComponent("cache.sqlite").path)
        let key = InputCacheKey(content: ContentHash.sha256("page"), settings: "ocr v1; psm 4")
        #expect(cache.text(for: key) == nil)
        cache.store(CachedInputText(form: "ocr", text: "∑ x_i"), for: key)
        #expect(cache.text(for: key) == CachedInputText(form: "ocr", text: "∑ x_i"))
        // Other settings are another entry.
        #expect(cache.text(for: InputCacheKey(content: key.content, settings: "ocr v1; psm 3")) == nil)
        #expect(cache.counts.hits == 1 && cache.counts.misses == 2)
        #expect(try cache.summary().entries == 1)
        #expect(try cache.clear() == 1)
        #expect(cache.text(for: key) == nil)
    }

    /// The reader stores a PDF's text layer under its content hash, and a copy of the PDF
    /// under another name is read from the cache.
    @Test func readerUsesTheCacheByContent() async throws {
        let folder = StoreSupport.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let cache = try InputCache(path: folder.appendingPathComponent("cache.sqlite").path)
        let copy = folder.appendingPathComponent("renamed.pdf").path
        try FileManager.default.copyItem(atPath: StoreSupport.path("samples/pooling-quiz/quiz.pdf"), toPath: copy)
        var reader = CandidateReader(pool: nil)
        reader.cache = cache
        let first = try await reader.read(StoreSupport.path("samples/pooling-quiz/quiz.pdf"))
        #expect(cache.counts == (0, 1))
        let second = try await reader.read(copy)
        #expect(cache.counts == (1, 1))
        #expect(second.text == first.text && second.form == "pdf-text" && second.name == copy)
        // Pasted text is not worth caching.
        _ = try await reader.read(StoreSupport.path("samples/pooling-quiz/forms/pasted.txt"))
        #expect(cache.counts == (1, 1))
    }

    /// Two handles on one file (as two processes would have) writing at once: every entry
    /// lands and the file stays sound.
    @Test func concurrentWritersShareOneFile() async throws {
        let folder = StoreSupport.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let path = folder.appendingPathComponent("cache.sqlite").path
        let caches = [try InputCache(path: path), try InputCache(path: path)]
        await withTaskGroup(of: Void.self) { group in
            for worker in 0..<8 {
                group.addTask {
                    let cache = caches[worker % 2]
                    for item in 0..<50 {
                        let key = InputCacheKey(content: ContentHash.sha256("\(worker)-\(item)"), settings: "s")
                        cache.store(CachedInputText(form: "ocr", text: String(repeating: "x", count: item * 100)), for: key)
                        _ = cache.text(for: key)
                    }
                }
            }
        }
        #expect(caches.allSatisfy { $0.problems.isEmpty }, "\(caches.flatMap(\.problems))")
        #expect(try caches[0].summary().entries == 400)
        let check = try await DatabaseQueue(path: path).read { try String.fetchOne($0, sql: "PRAGMA integrity_check") }
        #expect(check == "ok")
    }
}
