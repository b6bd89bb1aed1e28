import Files
import Foundation
import Ingest
import OCR
import TestSupport
import Testing

@Suite("Parallel batches")
struct BatchTests {
    @Test func parallelOutputEqualsSerialOutputInInputOrder() async throws {
        // Four different regions of page 1 at 150 dpi, and a two-page PDF slice.
        var files: [String] = []
        for (index, y) in [70.0, 250.0, 430.0, 610.0].enumerated() {
            files.append(try OCRFixtures.renderPNG(page: 1, dpi: 150, crop: Box(x: 60, y: y, width: 490, height: 160), name: "part\(index).png"))
        }
        let serial = await OCRBatch.recognize(files, settings: OCRSettings(), pool: OCRFixtures.pool, jobs: 1)
        let parallel = await OCRBatch.recognize(files, settings: OCRSettings(), pool: OCRFixtures.pool, jobs: 3)
        #expect(parallel.map(\.file) == files)
        let serialPages = try serial.map { try $0.result.get() }
        let parallelPages = try parallel.map { try $0.result.get() }
        #expect(serialPages == parallelPages)
        #expect(serialPages[0][0].text.contains("Convolutional Networks"))
    }

    @Test func pdfPagesAreRenderedAndRecognizedInOrder() async throws {
        var settings = OCRSettings()
        settings.dpi = 100
        let outcomes = await OCRBatch.recognize([OCRFixtures.sample], settings: settings, pool: OCRFixtures.pool, jobs: 2)
        let pages = try outcomes[0].result.get()
        #expect(pages.map(\.page) == [1, 2, 3, 4])
        #expect(pages.allSatisfy { $0.dpi == 100 && $0.width == 850 })
        #expect(pages[0].text.contains("Homework"))
        #expect(pages[3].text.contains("dropout"))
    }

    /// Many small images through few engines: no crash, no leak of engines, right text.
    @Test func enginePoolStress() async throws {
        let words = try OCRFixtures.renderPNG(page: 1, dpi: 200, crop: Box(x: 140, y: 70, width: 330, height: 18), name: "title.png")
        let files = Array(repeating: words, count: 40)
        let pool = try OCREnginePool(languages: "eng")
        let outcomes = await OCRBatch.recognize(files, settings: OCRSettings(), pool: pool, jobs: 4)
        #expect(outcomes.count == 40)
        for outcome in outcomes {
            let text = try outcome.result.get()[0].text
            #expect(text.contains("Homework 3: Convolutional Networks"))
        }
        #expect(pool.enginesCreated <= 4)
        // A second batch reuses the engines.
        _ = await OCRBatch.recognize(Array(files.prefix(8)), settings: OCRSettings(), pool: pool, jobs: 4)
        #expect(pool.enginesCreated <= 4)
    }
}
