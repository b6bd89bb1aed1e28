import Foundation
import TestSupport
import Testing

@Suite("hwlens problems, end to end")
struct ProblemsCommandTests {
    static let source = "samples/cnn-basics/homework.tex"
    static let pdf = "samples/cnn-basics/homework.pdf"

    static func document(_ arguments: [String]) throws -> [String: Any] {
        let result = try CommandRunner.run(["problems", "--format", "json"] + arguments)
        #expect(result.status == 0, "\(result.stderr)")
        return try #require(try JSONSerialization.jsonObject(with: result.stdoutData) as? [String: Any])
    }

    static func partIDs(_ document: [String: Any]) -> [String] {
        ((document["problems"] as? [[String: Any]]) ?? []).flatMap { (($0["parts"] as? [[String: Any]]) ?? []).compactMap { $0["id"] as? String } }
    }

    static func part(_ document: [String: Any], _ id: String) -> [String: Any]? {
        ((document["problems"] as? [[String: Any]]) ?? []).flatMap { ($0["parts"] as? [[String: Any]]) ?? [] }.first { $0["id"] as? String == id }
    }

    /// The same problem set from its source, its PDF and its pages OCR'd at 300 dpi lines up part by part.
    @Test func sourcePDFAndOCRGiveTheSameParts() throws {
        let fromSource = try Self.document([Self.source])
        let fromPDF = try Self.document([Self.pdf])
        let fromOCR = try Self.document(["--ocr-pdf", "--dpi", "300", Self.pdf])
        let expected = ["1a", "1b", "1c", "2a", "2b", "2c", "3a", "3b", "3c", "3d", "4a", "4b", "4c", "4d", "4e",
            "5a", "5b", "5c", "5d", "5e", "5f", "6a", "6b", "6c", "6d"]
        #expect(Self.partIDs(fromSource) == expected)
        #expect(Self.partIDs(fromPDF) == expected)
        #expect(Self.partIDs(fromOCR) == expected)
        #expect(fromSource["form"] as? String == "latex")
        #expect(fromPDF["form"] as? String == "pdf-text")
        #expect(fromOCR["form"] as? String == "pdf-ocr")
    }

    @Test func pdfPartsAreCleanedAndLocated() throws {
        let document = try Self.document([Self.pdf])
        let part = try #require(Self.part(document, "2b"))
        let text = try #require(part["text"] as? String)
        #expect(text.contains("X = [1 2; 3 4], W = [1 0; −1 2]"))
        let raw = try #require(part["rawText"] as? String)
        #expect(!raw.contains("[1 2; 3 4]"))
        let location = try #require(part["location"] as? [String: Any])
        #expect(location["page"] as? Int == 2)
        #expect((location["box"] as? [Double])?.count == 4)
        let values = try #require(part["values"] as? [[String: Any]])
        #expect(!values.isEmpty)
        let repairs = try #require(document["repairs"] as? [String: Int])
        #expect((repairs["glyphPassThrough"] ?? 0) > 0 && (repairs["script"] ?? 0) > 0 && (repairs["matrix"] ?? 0) > 0)
    }

    @Test func sourcePartsCarryTheirFormulas() throws {
        let document = try Self.document([Self.source])
        let part = try #require(Self.part(document, "5f"))
        let formulas = try #require(part["formulas"] as? [String])
        #expect(formulas.contains { $0.contains("∑_j x_j") })
    }

    /// The measured gain: formula CER of the cleaned PDF text is at most half that of the raw text layer.
    @Test func cleaningHalvesTheFormulaErrorRate() throws {
        let result = try CommandRunner.run(["problems", "--stats", "--source", Self.source, Self.pdf])
        #expect(result.status == 0)
        let line = try #require(result.stderr.split(separator: "\n").first { $0.hasPrefix("stats:") })
        let numbers = line.split(whereSeparator: { !$0.isNumber && $0 != "." }).compactMap { Double($0) }
        // formula CER raw, cleaned, ratio, CER raw, cleaned (after the file name's digits, if any).
        let figures = Array(numbers.suffix(5))
        #expect(figures.count == 5)
        #expect(figures[1] <= figures[0] / 2, "\(line)")
    }

    @Test func textWithoutStructureIsOneProblemWithAWarning() throws {
        let folder = Fixtures.temporaryFolder()
        let path = folder.appendingPathComponent("notes.txt").path
        try Data("just some notes about convolutions\nand nothing numbered at all\n".utf8).write(to: URL(fileURLWithPath: path))
        let document = try Self.document([path])
        #expect((document["problems"] as? [[String: Any]])?.count == 1)
        #expect((document["warnings"] as? [String])?.contains("no problem structure found") == true)
    }

    @Test func badInputIsOneLineAndExit1() throws {
        let result = try CommandRunner.run(["problems", "missing.pdf"])
        #expect(result.status == 1)
        #expect(result.stderr == "hwlens: error: missing.pdf: no such file\n")
    }
}

extension ProblemsCommandTests {
    /// One input kind everywhere: every Markdown extension reads as Markdown, so `h.mkd` and
    /// `h.md` give the same document (only the file name differs).
    @Test(arguments: ["mkd", "markdown", "mdown", "MD"])
    func markdownSpellingsAgree(ext: String) throws {
        let original = Fixtures.path("Tests/Fixtures/independent/grading/dev/norm-dropout-tasks/problems.md")
        let folder = Fixtures.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let md = folder.appendingPathComponent("h.md").path
        let other = folder.appendingPathComponent("h.\(ext)").path
        try FileManager.default.copyItem(atPath: original, toPath: md)
        try FileManager.default.copyItem(atPath: original, toPath: other)
        var a = try Self.document([md])
        var b = try Self.document([other])
        #expect(a["form"] as? String == "markdown" && b["form"] as? String == "markdown")
        #expect(!Self.partIDs(a).isEmpty)
        a["file"] = nil
        b["file"] = nil
        #expect(NSDictionary(dictionary: a).isEqual(to: b))
    }

    /// A missing OCR language is named, with its Debian package, by every command that needs OCR.
    @Test func missingLanguageIsNamedWhereOCRIsNeeded() throws {
        let image = "samples/cnn-basics/forms/page-1.png"
        let commands = [
            ["problems", "--lang", "grc", image],
            ["garble", "--lang", "grc", "--source", Self.source, image],
        ]
        for command in commands {
            let result = try CommandRunner.run(command)
            #expect(result.status == 1, "\(command)")
            #expect(result.stderr.hasPrefix("hwlens: error: \(image): needs ocr: language 'grc' is not installed (apt-get install tesseract-ocr-grc)"), "\(result.stderr)")
            #expect(result.stderr.split(separator: "\n").count == 1)
        }
        // A text input needs no OCR, so the missing language does not matter.
        let text = try CommandRunner.run(["problems", "--lang", "grc", "samples/cnn-basics/forms/pasted.txt"])
        #expect(text.status == 0, "\(text.stderr)")
    }
}
