import Foundation
import TestSupport
import Testing

@Suite("hwlens garble, end to end")
struct GarbleCommandTests {
    static let source = "samples/cnn-basics/homework.tex"
    static let pdf = "samples/cnn-basics/homework.pdf"

    static func json(_ result: CommandRunner.Result) throws -> [String: Any] {
        try #require(try JSONSerialization.jsonObject(with: result.stdoutData) as? [String: Any])
    }

    @Test func pdfTextLayerAgainstItsSource() throws {
        let result = try CommandRunner.run(["garble", "--source", Self.source, Self.pdf, "--format", "json"])
        #expect(result.status == 0)
        let object = try Self.json(result)
        #expect(object["version"] as? Int == 1)
        let source = try #require(object["source"] as? [String: Any])
        #expect(source["kind"] as? String == "latex")
        #expect((source["formulas"] as? Int ?? 0) >= 40)
        let candidate = try #require((object["candidates"] as? [[String: Any]])?.first)
        #expect(candidate["form"] as? String == "pdf-text")
        let characters = try #require(candidate["characters"] as? [String: Any])
        let cer = try #require(characters["rate"] as? Double)
        #expect(cer > 0.01 && cer < 0.2)
        let formula = try #require(candidate["formula"] as? [String: Any])
        let formulaCER = try #require(formula["formulaCER"] as? Double)
        let proseCER = try #require(formula["proseCER"] as? Double)
        #expect(formulaCER > 5 * proseCER, "pasting damages formulas far more than prose")
        let events = try #require(candidate["events"] as? [[String: Any]])
        let kinds = Set(events.compactMap { $0["kind"] as? String })
        #expect(kinds.isSuperset(of: ["glyphPassThrough", "flattenedScript", "scatteredMatrix"]))
        // The sums of the sample show up as glyph pass-through: ∑ read as P or X.
        let passThrough = try #require(events.first { $0["kind"] as? String == "glyphPassThrough" })
        let examples = try #require(passThrough["examples"] as? [[String: Any]])
        #expect(examples.contains { $0["reference"] as? String == "∑" && ["P", "X"].contains($0["candidate"] as? String) })
        // Per part, once the source is segmented.
        let regions = try #require(candidate["regions"] as? [[String: Any]])
        #expect(regions.compactMap { $0["id"] as? String }.count == 25)
        #expect(regions.contains { ($0["formulaCER"] as? Double ?? 0) > 0.2 })
        let symbols = try #require(candidate["symbols"] as? [[String: Any]])
        let scripts = try #require(symbols.first { $0["class"] as? String == "script" })
        #expect((scripts["survived"] as? Int ?? -1) < (scripts["total"] as? Int ?? 0) / 2)
    }

    @Test func ocrScreenshotAndTextTableAndHTML() throws {
        let text = try CommandRunner.run(["garble", "--source", Self.source, Self.pdf, "Tests/Fixtures/screenshot-110dpi.png"])
        #expect(text.status == 0)
        #expect(text.stdout.contains("pdf-text") && text.stdout.contains("ocr"))
        #expect(text.stdout.contains("glyphPassThrough"))
        let html = try CommandRunner.run(["garble", "--source", Self.source, Self.pdf, "--format", "html"])
        #expect(html.status == 0)
        #expect(html.stdout.hasPrefix("<!DOCTYPE html>"))
        #expect(html.stdout.contains("class=\"diff\"") && html.stdout.contains("title=\"glyphPassThrough\""))
    }

    @Test func savedExtractJSONIsACandidate() throws {
        let folder = Fixtures.temporaryFolder()
        let saved = folder.appendingPathComponent("extract.json").path
        let extract = try CommandRunner.run(["extract", "--format", "json", Self.pdf])
        try extract.stdoutData.write(to: URL(fileURLWithPath: saved))
        let fromJSON = try Self.json(try CommandRunner.run(["garble", "--source", Self.source, saved, "--format", "json"]))
        let fromPDF = try Self.json(try CommandRunner.run(["garble", "--source", Self.source, Self.pdf, "--format", "json"]))
        let a = try #require((fromJSON["candidates"] as? [[String: Any]])?.first?["characters"] as? [String: Any])
        let b = try #require((fromPDF["candidates"] as? [[String: Any]])?.first?["characters"] as? [String: Any])
        #expect(a["distance"] as? Int == b["distance"] as? Int)
    }

    @Test func badCandidatesAreReportedAndTheRestMeasured() throws {
        let folder = Fixtures.temporaryFolder()
        let binary = folder.appendingPathComponent("blob.txt").path
        try Data([0x00, 0x01, 0x02, 0xFF]).write(to: URL(fileURLWithPath: binary))
        let latin1 = folder.appendingPathComponent("latin1.txt").path
        try Data([0x63, 0x61, 0x66, 0xE9]).write(to: URL(fileURLWithPath: latin1))
        // One line of a megabyte: a correct figure, not a crash.
        let long = folder.appendingPathComponent("long.txt").path
        try Data(String(repeating: "the kernel is not flipped ", count: 40_000).utf8).write(to: URL(fileURLWithPath: long))
        let result = try CommandRunner.run(["garble", "--source", Self.source, binary, latin1, long, "--format", "json"])
        #expect(result.status == 1)
        let lines = result.stderr.split(separator: "\n")
        #expect(lines.count == 2)
        #expect(lines[0] == "hwlens: error: \(binary): not a text file (binary data: NUL byte at offset 0)")
        #expect(lines[1].hasPrefix("hwlens: error: \(latin1): not a text file (invalid utf-8"))
        let candidates = try #require(try Self.json(result)["candidates"] as? [[String: Any]])
        #expect(candidates.count == 1)
        let rate = try #require((candidates.first?["characters"] as? [String: Any])?["rate"] as? Double)
        #expect(rate > 1)
    }

    @Test func emptyReferenceIsAnError() throws {
        let folder = Fixtures.temporaryFolder()
        let empty = folder.appendingPathComponent("empty.tex").path
        try Data("  \n".utf8).write(to: URL(fileURLWithPath: empty))
        let result = try CommandRunner.run(["garble", "--source", empty, Self.pdf])
        #expect(result.status == 1)
        #expect(result.stderr == "hwlens: error: \(empty): file is empty\n")
    }

    @Test func unknownNormalizationIsAUsageError() throws {
        let result = try CommandRunner.run(["garble", "--source", Self.source, "--normalize", "nfc,bogus", Self.pdf])
        #expect(result.status == 2)
        #expect(result.stderr.contains("unknown normalization step 'bogus'"))
    }
}
