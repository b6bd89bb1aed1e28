import Foundation
import Ingest
import OCR

enum OCRFixtures {
    static let root = URL(fileURLWithPath: #filePath)
        .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()

    static func path(_ relative: String) -> String {
        root.appendingPathComponent(relative).path
    }

    static let sample = path("samples/cnn-basics/homework.pdf")
    static let screenshot = path("Tests/Fixtures/screenshot-110dpi.png")
    static let screenshotJPEG = path("Tests/Fixtures/screenshot-110dpi.jpg")
    static let pageTop = path("Tests/Fixtures/page1-top-300dpi.png")

    static func temporaryFolder() -> URL {
        let url = FileManager.default.temporaryDirectory.appendingPathComponent("hwlens-ocr-\(UUID().uuidString)")
        try! FileManager.default.createDirectory(at: url, withIntermediateDirectories: true)
        return url
    }

    static func write(_ data: Data, name: String) -> String {
        let path = temporaryFolder().appendingPathComponent(name).path
        _ = FileManager.default.createFile(atPath: path, contents: data)
        return path
    }

    /// A region of a sample page rendered to a PNG file.
    static func renderPNG(page: Int, dpi: Double, crop: Box? = nil, name: String) throws -> String {
        let image = try PDFDocument(path: sample).page(page).render(dpi: dpi, crop: crop)
        let path = temporaryFolder().appendingPathComponent(name).path
        try image.writePNG(to: path)
        return path
    }

    static let pool: OCREnginePool = try! OCREnginePool(languages: "eng")
}
