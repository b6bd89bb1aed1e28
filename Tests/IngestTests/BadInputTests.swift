import Foundation
import Ingest
import TestSupport
import Testing

@Suite("Bad input gives one clear error")
struct BadInputTests {
    static func open(_ path: String, password: String? = nil) -> IngestError? {
        do {
            _ = try PDFFile(path: path, password: password).open()
            return nil
        } catch {
            return error
        }
    }

    static var sampleBytes: [UInt8] { [UInt8](FileManager.default.contents(atPath: Fixtures.samplePDF)!) }

    @Test func missingFile() {
        #expect(Self.open("/nonexistent/x.pdf") == .file(.fileNotFound(path: "/nonexistent/x.pdf")))
    }

    @Test func directory() {
        let folder = Fixtures.temporaryFolder().path
        #expect(Self.open(folder) == .file(.isDirectory(path: folder)))
    }

    @Test func emptyFile() {
        let path = Fixtures.write([], name: "empty.pdf")
        #expect(Self.open(path) == .file(.emptyFile(path: path)))
    }

    @Test func randomBytes() throws {
        var generator = SystemRandomNumberGenerator()
        let path = Fixtures.write((0..<4096).map { _ in UInt8.random(in: 0...255, using: &generator) }, name: "random.pdf")
        guard case .notPDF(path, _) = try #require(Self.open(path)) else {
            Issue.record("expected notPDF")
            return
        }
    }

    @Test func pngRenamedAsPDF() {
        let path = Fixtures.write([0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A] + Array(repeating: 0, count: 64), name: "image.pdf")
        #expect(Self.open(path) == .notPDF(path: path, detail: "no %PDF- header; looks like a png image"))
        #expect(Self.open(path)?.localizedDescription == "\(path): not a pdf (no %PDF- header; looks like a png image)")
    }

    @Test func truncatedPDF() {
        let path = Fixtures.write(Array(Self.sampleBytes.prefix(40_000)), name: "truncated.pdf")
        #expect(Self.open(path) == .truncated(path: path))
    }

    @Test func truncatedPDFWithEndMarkerIsDamaged() throws {
        let path = Fixtures.write(Array(Self.sampleBytes.prefix(40_000)) + Array("\n%%EOF\n".utf8), name: "cut.pdf")
        guard case .damaged(path, _) = try #require(Self.open(path)) else {
            Issue.record("expected damaged")
            return
        }
    }

    @Test func encryptedWithoutPassword() {
        #expect(Self.open(Fixtures.path("Tests/Fixtures/encrypted.pdf")) == .passwordRequired(path: Fixtures.path("Tests/Fixtures/encrypted.pdf")))
    }

    @Test func encryptedWithWrongPassword() {
        #expect(Self.open(Fixtures.path("Tests/Fixtures/encrypted.pdf"), password: "wrong") == .wrongPassword(path: Fixtures.path("Tests/Fixtures/encrypted.pdf")))
    }

    @Test func encryptedWithRightPassword() throws {
        let document = try PDFFile(path: Fixtures.path("Tests/Fixtures/encrypted.pdf"), password: "secret").open()
        #expect(document.pageCount == 4)
        #expect(try document.page(1).textLayer().text.contains("Convolutional Networks"))
    }

    @Test func pageOutOfRange() async throws {
        let file = try PDFFile(path: Fixtures.samplePDF)
        #expect(throws: IngestError.pageOutOfRange(path: Fixtures.samplePDF, page: 9, pageCount: 4)) {
            _ = try file.open().page(9)
        }
        await #expect(throws: IngestError.pageOutOfRange(path: Fixtures.samplePDF, page: 5, pageCount: 4)) {
            _ = try await TextLayerReader.read(file, pages: PageSelection(parsing: "2-5"), jobs: 2)
        }
    }

    @Test func everyMessageIsOneLineNamingTheFile() {
        let errors: [IngestError] = [
            .file(.fileNotFound(path: "a.pdf")), .file(.isDirectory(path: "a.pdf")), .file(.unreadable(path: "a.pdf", reason: "permission denied")),
            .file(.emptyFile(path: "a.pdf")), .file(.writeFailed(path: "a.pdf", reason: "x")), .notPDF(path: "a.pdf", detail: "x"), .truncated(path: "a.pdf"),
            .damaged(path: "a.pdf", detail: "x"), .passwordRequired(path: "a.pdf"), .wrongPassword(path: "a.pdf"),
            .pageOutOfRange(path: "a.pdf", page: 3, pageCount: 1), .renderFailed(path: "a.pdf", page: 1, detail: "x"),
        ]
        for error in errors {
            let message = error.localizedDescription
            #expect(message.hasPrefix("a.pdf: "))
            #expect(!message.contains("\n"))
        }
    }
}
