import Files
import Foundation
import GRDB
import Store
import TestSupport
import Testing

@Suite("Input cache")
struct InputCacheTests {
    @Test func storesAndFindsByContentAndSettings() throws {
        let folder = Fixtures.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let cache = try InputCache(path: folder.appendingPathComponent("cache.sqlite").path)
        let key = InputCacheKey(content: ContentHash.sha256("page"), settings: "ocr v1; psm 4")
        #expect(cache.text(for: key) == nil)
        cache.store(CachedInputText(form: .ocr, text: "∑ x_i"), for: key)
        #expect(cache.text(for: key) == CachedInputText(form: .ocr, text: "∑ x_i"))
        // Other settings are another entry.
        #expect(cache.text(for: InputCacheKey(content: key.content, settings: "ocr v1; psm 3")) == nil)
        #expect(cache.counts.hits == 1 && cache.counts.misses == 2)
        #expect(try cache.summary().entries == 1)
        #expect(try cache.clear() == 1)
        #expect(cache.text(for: key) == nil)
    }

    /// Two handles on one file (as two processes would have) writing at once: every entry
    /// lands and the file stays sound.
    @Test func concurrentWritersShareOneFile() async throws {
        let folder = Fixtures.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let path = folder.appendingPathComponent("cache.sqlite").path
        let caches = [try InputCache(path: path), try InputCache(path: path)]
        await withTaskGroup(of: Void.self) { group in
            for worker in 0..<8 {
                group.addTask {
                    let cache = caches[worker % 2]
                    for item in 0..<50 {
                        let key = InputCacheKey(content: ContentHash.sha256("\(worker)-\(item)"), settings: "s")
                        cache.store(CachedInputText(form: .ocr, text: String(repeating: "x", count: item * 100)), for: key)
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
