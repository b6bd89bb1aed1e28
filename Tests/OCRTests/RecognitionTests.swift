import Foundation
import FoundationXML
import Ingest
import OCR
import TestSupport
import Testing

@Suite("Recognition of sample pages")
struct RecognitionTests {
    @Test func renderedPageContainsKnownSentences() throws {
        let raster = try PDFDocument(path: OCRFixtures.sample).page(1).render(dpi: 300)
        let page = try OCRFixtures.pool.withEngine { engine in
            engine.recognize(try OCRImage(raster: raster), file: "sample", page: 1)
        }
        #expect(page.dpi == 300)
        #expect(page.width == 2550 && page.height == 3300)
        for sentence in ["CS 487 Homework 3: Convolutional Networks", "the kernel is not flipped", "Problem 1: Cross-Correlation by Hand"] {
            #expect(page.text.contains(sentence))
        }
        #expect(page.meanConfidence > 70)
        #expect(page.words.count > 100)
        let word = try #require(page.words.first { $0.text == "Homework" })
        #expect(word.confidence > 80)
        #expect(page.lines[word.line].text.contains("Homework"))
        #expect(word.box.x > 0 && word.box.maxX <= page.width)
    }

    @Test func screenshotAt110DPIIsReadDespiteItsResolution() throws {
        let image = try OCRImage(path: OCRFixtures.screenshot)
        #expect(image.resolution == 110)
        let page = try OCRFixtures.pool.withEngine { $0.recognize(image, file: OCRFixtures.screenshot) }
        #expect(page.text.contains("Convolutional Networks"))
        #expect(page.dpi == 110)
    }

    @Test func jpegReadsLikeThePNG() throws {
        let page = try OCRFixtures.pool.withEngine { try $0.recognize(OCRImage(path: OCRFixtures.screenshotJPEG), file: "jpeg") }
        #expect(page.text.contains("Convolutional Networks"))
    }

    @Test func upscalingDoublesTheImageAndItsResolution() throws {
        let image = try OCRImage(path: OCRFixtures.screenshot)
        let scaled = image.scaled(by: 2)
        #expect(scaled.width == image.width * 2 && scaled.height == image.height * 2)
        #expect(scaled.resolution == 220)
    }

    @Test func blankImageGivesEmptyTextNotAnError() throws {
        let raster = RasterImage(
            width: 400, height: 300, bytesPerRow: 1600, pixels: [UInt8](repeating: 0xFF, count: 1600 * 300), dpi: 150)
        let path = Fixtures.temporaryFolder().appendingPathComponent("blank.png").path
        try raster.writePNG(to: path)
        let outcomes = try awaitBatch([path])
        let pages = try outcomes[0].result.get()
        #expect(pages.count == 1)
        #expect(pages[0].text.trimmingCharacters(in: .whitespacesAndNewlines).isEmpty)
        #expect(pages[0].words.isEmpty)
    }

    @Test func tsvAndHOCRParse() throws {
        var settings = OCRSettings()
        settings.wantTSV = true
        settings.wantHOCR = true
        let page = try OCRFixtures.pool.withEngine { try $0.recognize(OCRImage(path: OCRFixtures.screenshot), file: "s", settings: settings) }

        let tsv = TSVFormatter.format([page])
        let rows = tsv.split(separator: "\n", omittingEmptySubsequences: false).dropLast().map { $0.split(separator: "\t", omittingEmptySubsequences: false) }
        #expect(rows.first?.map(String.init) == ["level", "page_num", "block_num", "par_num", "line_num", "word_num", "left", "top", "width", "height", "conf", "text"])
        #expect(rows.dropFirst().allSatisfy { $0.count == 12 && Int($0[0]) != nil && Double($0[10]) != nil })
        let wordRows = rows.dropFirst().filter { $0[0] == "5" }
        #expect(wordRows.count == page.words.count)
        #expect(wordRows.map { String($0[11]) } == page.words.map(\.text))

        let hocr = HOCRFormatter.format([page], title: "s")
        let parser = XMLParser(data: Data(hocr.utf8))
        let counter = HOCRWordCounter()
        parser.delegate = counter
        #expect(parser.parse(), "hOCR is not well-formed XML")
        #expect(counter.pages == 1)
        // Tesseract's hOCR leaves out the words it puts in image ("photo") blocks.
        #expect(counter.words > page.words.count * 8 / 10 && counter.words <= page.words.count)
    }

    func awaitBatch(_ files: [String], jobs: Int = 2, settings: OCRSettings = OCRSettings()) throws -> [OCRBatch.Outcome] {
        let box = ResultBox()
        let semaphore = DispatchSemaphore(value: 0)
        Task {
            box.outcomes = await OCRBatch.recognize(files, settings: settings, pool: OCRFixtures.pool, jobs: jobs)
            semaphore.signal()
        }
        semaphore.wait()
        return box.outcomes
    }
}

final class ResultBox: @unchecked Sendable {
    var outcomes: [OCRBatch.Outcome] = []
}

#if canImport(FoundationXML)
#endif

final class HOCRWordCounter: NSObject, XMLParserDelegate {
    var words = 0
    var pages = 0

    func parser(_ parser: XMLParser, didStartElement name: String, namespaceURI: String?, qualifiedName: String?, attributes: [String: String] = [:]) {
        switch attributes["class"] {
        case "ocrx_word": words += 1
        case "ocr_page": pages += 1
        default: break
        }
    }
}
