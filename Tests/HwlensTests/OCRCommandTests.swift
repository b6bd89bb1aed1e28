import Foundation
import TestSupport
import Testing

@Suite("hwlens ocr, end to end")
struct OCRCommandTests {
    static let screenshot = "Tests/Fixtures/screenshot-110dpi.png"
    static let pageTop = "Tests/Fixtures/page1-top-300dpi.png"

    @Test func textOfAScreenshot() throws {
        let result = try CommandRunner.run(["ocr", Self.screenshot])
        #expect(result.status == 0)
        #expect(result.stderr.isEmpty)
        #expect(result.stdout.contains("Convolutional Networks"))
    }

    /// In-process recognition gives the tesseract CLI's text for the same image and settings.
    @Test(.enabled(if: FileManager.default.isExecutableFile(atPath: "/usr/bin/tesseract")))
    func sameTextAsTheTesseractCLI() throws {
        let ours = try CommandRunner.run(["ocr", Self.pageTop])
        let folder = Fixtures.temporaryFolder()
        let cli = Process()
        cli.executableURL = URL(fileURLWithPath: "/usr/bin/tesseract")
        cli.arguments = [Fixtures.path(Self.pageTop), folder.appendingPathComponent("cli").path]
        cli.environment = ["OMP_THREAD_LIMIT": "1", "PATH": "/usr/bin:/bin"]
        cli.standardError = FileHandle.nullDevice
        try cli.run()
        cli.waitUntilExit()
        let reference = try String(contentsOf: folder.appendingPathComponent("cli.txt"), encoding: .utf8)
        #expect(ours.stdout == reference)
    }

    @Test func jsonLinesInInputOrderAndABrokenFileReported() throws {
        let folder = Fixtures.temporaryFolder()
        let broken = folder.appendingPathComponent("broken.png").path
        _ = FileManager.default.createFile(atPath: broken, contents: Data([0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A, 1, 2, 3]))
        let result = try CommandRunner.run(["ocr", "--format", "json", "--jobs", "2", Self.pageTop, broken, Self.screenshot])
        #expect(result.status == 1)
        #expect(result.stderr.hasPrefix("hwlens: error: \(broken): "))
        #expect(result.stderr.split(separator: "\n").count == 1)
        let documents = try result.stdout.split(separator: "\n").map {
            try #require(try JSONSerialization.jsonObject(with: Data($0.utf8)) as? [String: Any])
        }
        #expect(documents.map { $0["file"] as? String } == [Self.pageTop, Self.screenshot])
        let page = try #require((documents[1]["pages"] as? [[String: Any]])?.first)
        #expect(page["dpi"] as? Int == 110)
        #expect((page["meanConfidence"] as? Int ?? 0) > 50)
        let words = try #require(page["words"] as? [[String: Any]])
        #expect(words.contains { $0["text"] as? String == "Convolutional" })
    }

    @Test func tsvAndHOCRFormatsAndOutFolder() throws {
        let tsv = try CommandRunner.run(["ocr", "--format", "tsv", Self.screenshot])
        #expect(tsv.status == 0)
        #expect(tsv.stdout.hasPrefix("level\tpage_num\tblock_num"))
        let out = Fixtures.temporaryFolder()
        let hocr = try CommandRunner.run(["ocr", "--format", "hocr", "--out", out.path, Self.screenshot])
        #expect(hocr.status == 0)
        let written = out.appendingPathComponent("screenshot-110dpi.png.hocr")
        #expect(hocr.stdout == written.path + "\n")
        let html = try String(contentsOf: written, encoding: .utf8)
        #expect(html.contains("class='ocr_page'") && html.hasSuffix("</html>\n"))
    }

    @Test func pdfPagesAreRenderedThenRead() throws {
        let result = try CommandRunner.run(["ocr", "--dpi", "100", "--format", "json", "samples/cnn-basics/homework.pdf"])
        #expect(result.status == 0)
        let object = try #require(try JSONSerialization.jsonObject(with: result.stdoutData) as? [String: Any])
        let pages = try #require(object["pages"] as? [[String: Any]])
        #expect(pages.map { $0["page"] as? Int } == [1, 2, 3, 4])
    }

    @Test func missingLanguageIsOneLineAndExit2() throws {
        let result = try CommandRunner.run(["ocr", "--lang", "eng+zzz", Self.screenshot])
        #expect(result.status == 2)
        #expect(result.stderr.hasPrefix("hwlens: error: language 'zzz' is not installed (apt-get install tesseract-ocr-zzz)"))
        #expect(result.stderr.split(separator: "\n").count == 1)
    }

    @Test(arguments: [["ocr", "--psm", "14", "a.png"], ["ocr", "--upscale", "0", "a.png"], ["ocr"]])
    func usageErrors(arguments: [String]) throws {
        #expect(try CommandRunner.run(arguments).status == 2)
    }
}
