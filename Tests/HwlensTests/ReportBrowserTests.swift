import Foundation
import TestSupport
import Testing

/// The HTML report as a browser shows it: headless Chromium (Debian's `chromium`, installed
/// by `make test`) loads it, the DOM must hold the verdict grid and the charts, and a
/// screenshot is written beside the report for people to look at.
@Suite("hwlens run report in a browser")
struct ReportBrowserTests {
    static let chromium = ["/usr/bin/chromium", "/usr/bin/chromium-browser"].first { FileManager.default.isExecutableFile(atPath: $0) }

    static func browser(_ arguments: [String]) throws -> String {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: chromium!)
        process.arguments = ["--headless", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage"] + arguments
        let out = Fixtures.temporaryFolder().appendingPathComponent("out")
        _ = FileManager.default.createFile(atPath: out.path, contents: nil)
        let handle = try FileHandle(forWritingTo: out)
        process.standardOutput = handle
        process.standardError = FileHandle.nullDevice
        try process.run()
        let deadline = Date().addingTimeInterval(120)
        while process.isRunning && Date() < deadline { usleep(50_000) }
        if process.isRunning { process.terminate() }
        process.waitUntilExit()
        try handle.close()
        return try String(contentsOf: out, encoding: .utf8)
    }

    @Test(.enabled(if: chromium != nil)) func gridAndChartsRender() throws {
        let folder = Fixtures.temporaryFolder()
        let result = try CommandRunner.run(["run", "samples/", "--out", folder.path])
        #expect(result.status == 0)
        let page = folder.appendingPathComponent("index.html")
        let dom = try Self.browser(["--dump-dom", page.absoluteString])
        #expect(dom.contains("class=\"grid\""))
        #expect(dom.components(separatedBy: "<svg").count - 1 >= 2)
        #expect(dom.contains("correct") && dom.contains("McNemar"))
        let shot = folder.appendingPathComponent("report.png")
        _ = try Self.browser(["--screenshot=\(shot.path)", "--window-size=1400,1800", page.absoluteString])
        let png = try #require(FileManager.default.contents(atPath: shot.path))
        #expect(png.starts(with: [0x89, 0x50, 0x4E, 0x47]) && png.count > 10_000)
    }
}
