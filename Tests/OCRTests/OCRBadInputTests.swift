import Files
import Foundation
import Ingest
import OCR
import TestSupport
import Testing

@Suite("Bad OCR input")
struct OCRBadInputTests {
    /// The error for `path`, run in a batch beside a good file that must still finish.
    static func outcome(_ path: String, settings: OCRSettings = OCRSettings(), good: String = OCRFixtures.pageTop) async -> OCRError? {
        let outcomes = await OCRBatch.recognize([path, good], settings: settings, pool: OCRFixtures.pool, jobs: 2)
        #expect((try? outcomes[1].result.get())?.first?.text.contains("Convolutional Networks") == true)
        if case .failure(let error) = outcomes[0].result { return error }
        return nil
    }

    @Test func zeroByteFile() async {
        let path = Fixtures.write(Data(), name: "empty.png")
        #expect(await Self.outcome(path) == .file(.emptyFile(path: path)))
    }

    @Test func notAnImage() async {
        let path = Fixtures.write(Data("just some words\n".utf8), name: "notes.png")
        #expect(await Self.outcome(path) == .notAnImage(path: path, detail: "looks like plain text"))
    }

    @Test func truncatedPNG() async throws {
        let bytes = try Data(contentsOf: URL(fileURLWithPath: OCRFixtures.screenshot))
        let path = Fixtures.write(bytes.prefix(bytes.count / 2), name: "cut.png")
        guard case .corruptImage(path, _) = await Self.outcome(path) else {
            Issue.record("expected corruptImage")
            return
        }
    }

    /// Only the first bytes of a PNG: its signature and no header.
    @Test func pngCutInsideItsHeader() async throws {
        let bytes = try Data(contentsOf: URL(fileURLWithPath: OCRFixtures.screenshot))
        let path = Fixtures.write(bytes.prefix(10), name: "stub.png")
        #expect(await Self.outcome(path) == .corruptImage(path: path, detail: "looks like a png image, but its header is cut short"))
    }

    @Test func truncatedJPEG() async throws {
        let bytes = try Data(contentsOf: URL(fileURLWithPath: OCRFixtures.screenshotJPEG))
        let path = Fixtures.write(bytes.prefix(bytes.count / 2), name: "cut.jpg")
        guard case .corruptImage(path, _) = await Self.outcome(path) else {
            Issue.record("expected corruptImage")
            return
        }
    }

    @Test func corruptBytesAfterAValidHeader() async throws {
        var bytes = try Data(contentsOf: URL(fileURLWithPath: OCRFixtures.screenshot))
        for i in stride(from: 100, to: bytes.count, by: 7) { bytes[i] ^= 0x5A }
        let path = Fixtures.write(bytes, name: "corrupt.png")
        guard case .corruptImage(path, _) = await Self.outcome(path) else {
            Issue.record("expected corruptImage")
            return
        }
    }

    @Test func imageOverThePixelLimitIsRefusedBeforeDecoding() async throws {
        // A PNG claiming 60000 x 60000 pixels, with almost no data behind the header.
        let path = Fixtures.write(PNGHeader.make(width: 60_000, height: 60_000), name: "huge.png")
        #expect(await Self.outcome(path) == .imageTooLarge(path: path, width: 60_000, height: 60_000, limit: OCRImage.defaultPixelLimit))
        var settings = OCRSettings()
        settings.pixelLimit = 500_000
        let title = try OCRFixtures.renderPNG(page: 1, dpi: 200, crop: Box(x: 140, y: 70, width: 330, height: 18), name: "title.png")
        #expect(await Self.outcome(OCRFixtures.screenshot, settings: settings, good: title) == .imageTooLarge(path: OCRFixtures.screenshot, width: 935, height: 1210, limit: 500_000))
    }

    @Test func missingFileAndDirectory() async {
        #expect(await Self.outcome("/nonexistent.png") == .file(.fileNotFound(path: "/nonexistent.png")))
        let folder = Fixtures.temporaryFolder().path
        #expect(await Self.outcome(folder) == .file(.isDirectory(path: folder)))
    }

    @Test func missingLanguageNamesTheDebianPackage() {
        #expect(throws: OCRError.self) { try OCREnginePool(languages: "eng+qqq") }
        do {
            _ = try OCREnginePool(languages: "eng+qqq")
        } catch {
            #expect(error.localizedDescription.hasPrefix("language 'qqq' is not installed (apt-get install tesseract-ocr-qqq)"))
        }
    }
}

/// Builds the first bytes of a PNG: signature, a valid IHDR chunk, and some zeros.
enum PNGHeader {
    static func make(width: UInt32, height: UInt32) -> Data {
        var chunk = Data("IHDR".utf8)
        for value in [width, height] { chunk.append(contentsOf: withUnsafeBytes(of: value.bigEndian, Array.init)) }
        chunk.append(contentsOf: [8, 0, 0, 0, 0])  // 8-bit greyscale
        var data = Data([0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A, 0, 0, 0, 13])
        data.append(chunk)
        data.append(contentsOf: withUnsafeBytes(of: crc32(chunk).bigEndian, Array.init))
        data.append(Data(repeating: 0, count: 64))
        return data
    }

    static func crc32(_ data: Data) -> UInt32 {
        var crc: UInt32 = 0xFFFF_FFFF
        for byte in data {
            crc ^= UInt32(byte)
            for _ in 0..<8 { crc = crc & 1 == 1 ? (crc >> 1) ^ 0xEDB8_8320 : crc >> 1 }
        }
        return crc ^ 0xFFFF_FFFF
    }
}
