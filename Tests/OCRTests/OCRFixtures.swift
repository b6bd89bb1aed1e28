import Files
import Foundation
import Ingest
import OCR
import TestSupport

enum OCRFixtures {
    static let sample = Fixtures.samplePDF
    static let screenshot = Fixtures.path("Tests/Fixtures/screenshot-110dpi.png")
    static let screenshotJPEG = Fixtures.path("Tests/Fixtures/screenshot-110dpi.jpg")
    static let pageTop = Fixtures.path("Tests/Fixtures/page1-top-300dpi.png")

    /// A region of a sample page rendered to a PNG file.
    static func renderPNG(page: Int, dpi: Double, crop: Box? = nil, name: String) throws -> String {
        let image = try PDFDocument(path: sample).page(page).render(dpi: dpi, crop: crop)
        let path = Fixtures.temporaryFolder().appendingPathComponent(name).path
        try image.writePNG(to: path)
        return path
    }

    static let pool: OCREnginePool = try! OCREnginePool(languages: "eng")
}
