import Foundation
import TestSupport
import Testing

@Suite("hwlens extract, end to end")
struct ExtractCommandTests {
    static let sample = "samples/cnn-basics/homework.pdf"

    @Test func versionAndHelp() throws {
        let version = try CommandRunner.run(["--version"])
        #expect(version.status == 0)
        #expect(version.stdout.trimmingCharacters(in: .whitespacesAndNewlines) == "0.1.0")
        let help = try CommandRunner.run(["--help"])
        #expect(help.status == 0)
        #expect(help.stdout.contains("extract") && help.stdout.contains("render"))
    }

    @Test func textIsWhatPastingGives() throws {
        let result = try CommandRunner.run(["extract", Self.sample])
        #expect(result.status == 0)
        #expect(result.stderr.isEmpty)
        #expect(result.stdout.contains("CS 487 Homework 3: Convolutional Networks"))
        #expect(result.stdout.components(separatedBy: "\u{0C}").count == 4)
    }

    @Test func jsonLinesOneDocumentPerFile() throws {
        let result = try CommandRunner.run(["extract", "--format", "json", "--pages", "1-2", Self.sample, Self.sample])
        #expect(result.status == 0)
        let lines = result.stdout.split(separator: "\n")
        #expect(lines.count == 2)
        for line in lines {
            let object = try #require(try JSONSerialization.jsonObject(with: Data(line.utf8)) as? [String: Any])
            #expect(object["file"] as? String == Self.sample)
            #expect(object["pageCount"] as? Int == 4)
            #expect(object["version"] as? Int == 1)
            let pages = try #require(object["pages"] as? [[String: Any]])
            #expect(pages.map { $0["page"] as? Int } == [1, 2])
            let words = try #require(pages[0]["words"] as? [[String: Any]])
            #expect(words.contains { $0["math"] as? Bool == true && $0["font"] as? String == "CMEX10" })
        }
    }

    @Test func inkWithoutTextIsReportedOnDemand() throws {
        let result = try CommandRunner.run(["extract", "--format", "json", "--ink", "--pages", "3", Self.sample])
        #expect(result.status == 0)
        let object = try #require(try JSONSerialization.jsonObject(with: result.stdoutData) as? [String: Any])
        let page = try #require((object["pages"] as? [[String: Any]])?.first)
        // Fraction bars of the normalization formulas are rules: ink with no text.
        let ink = try #require(page["ink"] as? [[String: Any]])
        #expect(!ink.isEmpty)
        let plain = try CommandRunner.run(["extract", "--format", "json", "--pages", "3", Self.sample])
        #expect(!plain.stdout.contains("\"ink\""))
    }

    @Test func badFileAmongGoodOnesStillGivesTheGoodOutput() throws {
        let folder = Fixtures.temporaryFolder()
        let broken = folder.appendingPathComponent("broken.pdf").path
        _ = FileManager.default.createFile(atPath: broken, contents: Data("not a pdf at all\n".utf8))
        let result = try CommandRunner.run(["extract", "--format", "json", Self.sample, broken, Self.sample])
        #expect(result.status == 1)
        #expect(result.stdout.split(separator: "\n").count == 2)
        #expect(result.stderr == "hwlens: error: \(broken): not a pdf (no %PDF- header; looks like plain text)\n")
    }

    @Test(arguments: [
        ("missing.pdf", "missing.pdf: no such file"),
        ("samples", "samples: is a directory, not a file"),
        ("Tests/Fixtures/encrypted.pdf", "Tests/Fixtures/encrypted.pdf: encrypted pdf, a password is required (--password)"),
    ])
    func badInputGivesOneLineAndExitCode1(file: String, message: String) throws {
        let result = try CommandRunner.run(["extract", "--format", "json", file])
        #expect(result.status == 1)
        #expect(result.stdout.isEmpty)
        #expect(result.stderr == "hwlens: error: \(message)\n")
    }

    @Test func wrongPasswordAndPageOutOfRange() throws {
        let wrong = try CommandRunner.run(["extract", "--password", "nope", "Tests/Fixtures/encrypted.pdf"])
        #expect(wrong.status == 1)
        #expect(wrong.stderr.contains("wrong password"))
        let right = try CommandRunner.run(["extract", "--password", "secret", "--pages", "1", "Tests/Fixtures/encrypted.pdf"])
        #expect(right.status == 0)
        #expect(right.stdout.contains("Convolutional Networks"))
        let range = try CommandRunner.run(["extract", "--pages", "2-7", Self.sample])
        #expect(range.status == 1)
        #expect(range.stderr == "hwlens: error: \(Self.sample): page 5 is out of range (the document has 4 pages)\n")
    }

    @Test(arguments: [["extract"], ["extract", "--pages", "x", "a.pdf"], ["extract", "--jobs", "0", "a.pdf"],
        ["extract", "--ink", "a.pdf"], ["nonsense"]])
    func usageErrorsExitWith2(arguments: [String]) throws {
        let result = try CommandRunner.run(arguments)
        #expect(result.status == 2)
        #expect(!result.stderr.isEmpty)
    }

    /// Root reads anything, so the permission check runs the binary as `nobody`.
    @Test(.enabled(if: getuid() == 0 && FileManager.default.isExecutableFile(atPath: "/usr/bin/setpriv")))
    func unreadableFile() throws {
        let folder = Fixtures.temporaryFolder()
        try FileManager.default.setAttributes([.posixPermissions: 0o755], ofItemAtPath: folder.path)
        let locked = folder.appendingPathComponent("locked.pdf").path
        try FileManager.default.copyItem(atPath: Fixtures.path(Self.sample), toPath: locked)
        try FileManager.default.setAttributes([.posixPermissions: 0o000], ofItemAtPath: locked)
        let result = try CommandRunner.run(
            ["extract", locked], prefix: ["/usr/bin/setpriv", "--reuid=65534", "--regid=65534", "--clear-groups"])
        #expect(result.status == 1)
        #expect(result.stderr == "hwlens: error: \(locked): cannot read file (permission denied)\n")
    }
}

@Suite("hwlens render, end to end")
struct RenderCommandTests {
    @Test func writesOnePNGPerPage() throws {
        let out = Fixtures.temporaryFolder()
        let result = try CommandRunner.run(["render", "--dpi", "50", "--out", out.path, "samples/cnn-basics/homework.pdf"])
        #expect(result.status == 0)
        let paths = result.stdout.split(separator: "\n").map(String.init)
        #expect(paths.map { URL(fileURLWithPath: $0).lastPathComponent } == (1...4).map { "homework-\($0).png" })
        for path in paths {
            let data = try #require(FileManager.default.contents(atPath: path))
            #expect(data.starts(with: [0x89, 0x50, 0x4E, 0x47]))
            // Width and height from the IHDR chunk: 612 x 792 pt at 50 dpi.
            let width = data[16..<20].reduce(0) { $0 << 8 | Int($1) }
            let height = data[20..<24].reduce(0) { $0 << 8 | Int($1) }
            #expect(width == 425 && height == 550)
        }
    }

    @Test func cropRendersOneRegion() throws {
        let out = Fixtures.temporaryFolder()
        let result = try CommandRunner.run(
            ["render", "--dpi", "144", "--pages", "2", "--crop", "72,72,100,50", "--out", out.path, "samples/cnn-basics/homework.pdf"])
        #expect(result.status == 0)
        let data = try #require(FileManager.default.contents(atPath: out.appendingPathComponent("homework-2.png").path))
        #expect(data[16..<20].reduce(0) { $0 << 8 | Int($1) } == 200)
        #expect(data[20..<24].reduce(0) { $0 << 8 | Int($1) } == 100)
    }

    @Test func badCropIsAUsageError() throws {
        let result = try CommandRunner.run(["render", "--crop", "1,2,3", "samples/cnn-basics/homework.pdf"])
        #expect(result.status == 2)
    }
}
