import Files
import Foundation

/// Renders pages of a PDF to PNG files in parallel, one document per worker.
public enum PageRenderer {
    /// Renders `pages` (all when nil) of `file` into `folder` as `NAME-N.png`, N zero-padded
    /// to the digits of the page count; returns the paths written, in page order.
    public static func renderPNGs(
        _ file: PDFFile, pages selection: PageSelection?, dpi: Double, crop: Box?, folder: String, jobs: Int
    ) async throws(IngestError) -> [String] {
        let pageCount = try file.open().pageCount
        let pages = try selection?.pages(in: pageCount, path: file.path) ?? Array(0..<pageCount).map { $0 + 1 }
        let stem = URL(fileURLWithPath: file.path).deletingPathExtension().lastPathComponent
        let digits = String(pageCount).count
        let paths = pages.map { page in
            let number = String(repeating: "0", count: max(0, digits - String(page).count)) + String(page)
            return (folder as NSString).appendingPathComponent("\(stem)-\(number).png")
        }
        let next = Counter()
        do {
            try await withThrowingTaskGroup(of: Void.self) { group in
                for _ in 0..<max(1, min(jobs, pages.count)) {
                    group.addTask {
                        let document = try file.open()
                        while true {
                            let index = next.take()
                            guard index < pages.count else { break }
                            let image = try document.page(pages[index]).render(dpi: dpi, crop: crop)
                            try image.writePNG(to: paths[index])
                        }
                    }
                }
                try await group.waitForAll()
            }
        } catch let error as IngestError {
            throw error
        } catch {
            throw .renderFailed(path: file.path, page: 0, detail: "\(error)")
        }
        return paths
    }
}
