import Synchronization

/// Reads the text layers of many pages in parallel.
///
/// Each worker opens its own ``PDFDocument`` on the shared ``PDFFile`` bytes (poppler
/// documents are not for concurrent use) and takes the next page from a shared
/// counter; pages come back in the order asked for.
public enum TextLayerReader {
    /// Reads `pages` (all when nil) of `file` with up to `jobs` workers, adding ink
    /// without text when `ink` is given.
    public static func read(
        _ file: PDFFile, pages selection: PageSelection? = nil, ink: InkDetector? = nil, jobs: Int
    ) async throws(IngestError) -> PDFExtraction {
        let pageCount = try file.open().pageCount
        let pages = try selection?.pages(in: pageCount, path: file.path) ?? Array(1...max(pageCount, 1)).filter { $0 <= pageCount }
        let workers = max(1, min(jobs, pages.count))
        let next = Counter()
        do {
            let layers = try await withThrowingTaskGroup(of: [(Int, TextLayer)].self) { group in
                for _ in 0..<workers {
                    group.addTask {
                        let document = try file.open()
                        var done: [(Int, TextLayer)] = []
                        while true {
                            let index = next.take()
                            guard index < pages.count else { break }
                            let page = try document.page(pages[index])
                            var layer = page.textLayer()
                            if let ink {
                                layer.ink = try page.inkWithoutText(textLayer: layer, detector: ink)
                            }
                            done.append((index, layer))
                        }
                        return done
                    }
                }
                var all: [(Int, TextLayer)] = []
                for try await part in group { all.append(contentsOf: part) }
                return all.sorted { $0.0 < $1.0 }.map(\.1)
            }
            return PDFExtraction(file: file.path, pageCount: pageCount, pages: layers)
        } catch let error as IngestError {
            throw error
        } catch {
            throw .damaged(path: file.path, detail: "\(error)")
        }
    }
}

/// A work counter shared by parallel workers: each `take()` hands out the next index once.
public final class Counter: Sendable {
    private let value = Atomic<Int>(0)

    public init() {}

    public func take() -> Int {
        value.add(1, ordering: .relaxed).oldValue
    }
}
