import Foundation
import GRDB
import Results
import Store
import TestSupport
import Testing

/// The results store, the input cache, shards and merge, through the built binary.
@Suite("hwlens run at scale: store, cache, shards, merge")
struct ScaleCommandTests {
    static let reportFiles = ["results.json", "results.csv", "report.md", "index.html"]

    /// `count` copies of the pooling-quiz study (no OCR) in a fresh folder.
    static func quizzes(_ count: Int) throws -> URL {
        let folder = Fixtures.temporaryFolder().appendingPathComponent("studies")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        for index in 1...count {
            try FileManager.default.copyItem(atPath: Fixtures.path("samples/pooling-quiz"),
                                            toPath: folder.appendingPathComponent(String(format: "quiz-%02d", index)).path)
        }
        return folder
    }

    static func contents(_ folder: URL, _ name: String) -> Data? {
        FileManager.default.contents(atPath: folder.appendingPathComponent(name).path)
    }

    static func storedCount(_ out: URL) -> Int {
        (try? ResultsStore(reading: out.appendingPathComponent("results.sqlite").path).fingerprints().count) ?? 0
    }

    /// Shards merged write the very files one run over all studies writes.
    @Test func shardsMergeToTheSingleRun() throws {
        let work = Fixtures.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: work) }
        let cache = work.appendingPathComponent("cache.sqlite").path
        let whole = work.appendingPathComponent("whole")
        let single = try CommandRunner.run(["run", "samples/", "--out", whole.path, "--cache", cache], timeout: 600)
        #expect(single.status == 0, "\(single.stderr)")
        var shards: [String] = []
        // Split 4 ways, cnn-basics and pooling-quiz land in shards 4 and 2; 1 and 3 are empty.
        #expect(Shard.index(of: "cnn-basics", count: 4) == 4 && Shard.index(of: "pooling-quiz", count: 4) == 2)
        for index in 1...4 {
            let out = work.appendingPathComponent("shard-\(index)")
            let result = try CommandRunner.run(["run", "samples/", "--shard", "\(index)/4", "--out", out.path, "--cache", cache], timeout: 600)
            #expect(result.status == 0, "\(result.stderr)")
            #expect(result.stdout.contains("cnn-basics") == (index == 4))
            #expect(result.stdout.contains("pooling-quiz") == (index == 2))
            shards.append(out.path)
        }
        let merged = work.appendingPathComponent("merged")
        let merge = try CommandRunner.run(["merge", "--out", merged.path] + shards)
        #expect(merge.status == 0, "\(merge.stderr)")
        #expect(merge.stdout == single.stdout)
        for name in Self.reportFiles {
            let a = try #require(Self.contents(whole, name))
            #expect(Self.contents(merged, name) == a, "\(name) differs")
        }
        let store = try ResultsStore(reading: merged.appendingPathComponent("results.sqlite").path)
        #expect(try store.integrityCheck() == "ok")
        #expect(try store.info()?.complete == true)
    }

    /// kill -9 at several points: the store stays sound, no report is half written, and the
    /// next run resumes (keeping what was stored) and ends with the uninterrupted results.
    @Test func killedRunResumes() throws {
        let studies = try Self.quizzes(6)
        let work = studies.deletingLastPathComponent()
        defer { try? FileManager.default.removeItem(at: work) }
        let baseline = work.appendingPathComponent("baseline")
        let uninterrupted = try CommandRunner.run(["run", studies.path, "--out", baseline.path, "--no-cache", "--jobs", "1"], timeout: 600)
        #expect(uninterrupted.status == 0, "\(uninterrupted.stderr)")
        let expected = try #require(Self.contents(baseline, "results.json"))

        let out = work.appendingPathComponent("out")
        let cache = work.appendingPathComponent("cache.sqlite").path
        let arguments = ["run", studies.path, "--out", out.path, "--cache", cache, "--jobs", "1"]
        var killedMidway = false
        // Kill soon after the start, then as soon as 2 and 4 studies are stored.
        for target in [0, 2, 4] {
            let process = try CommandRunner.start(arguments)
            let deadline = Date().addingTimeInterval(300)
            if target == 0 { usleep(150_000) }
            while target > 0, process.isRunning, Self.storedCount(out) < target, Date() < deadline { usleep(5_000) }
            guard process.isRunning else {
                _ = try CommandRunner.wait(process)
                break
            }
            kill(process.processIdentifier, SIGKILL)
            process.waitUntilExit()
            let stored = Self.storedCount(out)
            if stored > 0 && stored < 6 { killedMidway = true }
            let path = out.appendingPathComponent("results.sqlite").path
            if FileManager.default.fileExists(atPath: path) {
                // Killed before the schema was made, the file may still be empty; never unsound.
                let check = try DatabaseQueue(path: path).read { try String.fetchOne($0, sql: "PRAGMA integrity_check") }
                #expect(check == "ok")
                if let info = try? ResultsStore(reading: path).info() { #expect(!info.complete) }
            }
            // A report file is either absent or whole.
            if let data = Self.contents(out, "results.json") {
                #expect((try? JSONSerialization.jsonObject(with: data)) != nil)
            }
        }
        #expect(killedMidway, "no kill landed between two studies")
        let before = try ResultsStore(reading: out.appendingPathComponent("results.sqlite").path).fingerprints()
        let resumed = try CommandRunner.run(arguments, timeout: 600)
        #expect(resumed.status == 0, "\(resumed.stderr)")
        #expect(Self.contents(out, "results.json") == expected)
        let after = try ResultsStore(reading: out.appendingPathComponent("results.sqlite").path)
        #expect(try after.info()?.complete == true)
        // The studies stored before the kill were kept, not run again.
        let fingerprints = try after.fingerprints()
        #expect(fingerprints.count == 6)
        for (position, print) in before { #expect(fingerprints[position] == print) }
    }

    /// Two runs at once on one cache (and two on one output folder) finish, agree, and leave
    /// sound files.
    @Test func concurrentRunsShareTheCache() throws {
        let work = Fixtures.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: work) }
        let cache = work.appendingPathComponent("cache.sqlite").path
        let outs = ["a", "b"].map { work.appendingPathComponent($0) }
        let processes = try outs.map { try CommandRunner.start(["run", "samples/", "--out", $0.path, "--cache", cache, "--jobs", "1"]) }
        for process in processes { #expect(try CommandRunner.wait(process) == 0) }
        let a = try #require(Self.contents(outs[0], "results.json"))
        #expect(Self.contents(outs[1], "results.json") == a)
        let store = try InputCache(path: cache)
        #expect(try store.summary().entries > 0)
        let check = try ResultsStore(reading: outs[0].appendingPathComponent("results.sqlite").path).integrityCheck()
        #expect(check == "ok")

        let shared = work.appendingPathComponent("shared")
        let pair = try (0..<2).map { _ in try CommandRunner.start(["run", "samples/", "--out", shared.path, "--cache", cache, "--jobs", "1"]) }
        for process in pair { #expect(try CommandRunner.wait(process) == 0) }
        #expect(Self.contents(shared, "results.json") == a)
        let sharedStore = try ResultsStore(reading: shared.appendingPathComponent("results.sqlite").path)
        #expect(try sharedStore.integrityCheck() == "ok")
        #expect(try sharedStore.fingerprints().count == 2)
    }

    /// The cache is really read: a doctored entry shows in the next run's figures, and
    /// `hwlens cache clear` brings the true ones back.
    @Test func cacheIsReadAndCleared() throws {
        let studies = try Self.quizzes(1)
        let work = studies.deletingLastPathComponent()
        defer { try? FileManager.default.removeItem(at: work) }
        let cache = work.appendingPathComponent("cache.sqlite").path
        func run(_ name: String) throws -> Data? {
            let out = work.appendingPathComponent(name)
            let result = try CommandRunner.run(["run", studies.path, "--out", out.path, "--cache", cache])
            #expect(result.status == 0, "\(result.stderr)")
            return Self.contents(out, "results.json")
        }
        let first = try #require(try run("first"))
        let info = try CommandRunner.run(["cache", "info", "--cache", cache])
        #expect(info.status == 0 && info.stdout.hasPrefix("\(cache): 1 entries"), "\(info.stdout)")
        // The quiz's PDF text layer is the one cached input (the pasted form is plain text).
        try DatabaseQueue(path: cache).write { try $0.execute(sql: "UPDATE input_text SET text = 'nothing survived'") }
        let doctored = try #require(try run("doctored"))
        #expect(doctored != first)
        let cleared = try CommandRunner.run(["cache", "clear", "--cache", cache])
        #expect(cleared.status == 0 && cleared.stdout.contains("removed 1 entries"), "\(cleared.stdout)")
        #expect(try run("after-clear") == first)

        // --no-cache neither reads nor creates a cache.
        let untouched = work.appendingPathComponent("never.sqlite").path
        let plain = try CommandRunner.run(["run", studies.path, "--out", work.appendingPathComponent("plain").path, "--no-cache", "--cache", untouched])
        #expect(plain.status == 0)
        #expect(!FileManager.default.fileExists(atPath: untouched))
    }

    @Test func badStoresAndShardsAreReported() throws {
        let studies = try Self.quizzes(2)
        let work = studies.deletingLastPathComponent()
        defer { try? FileManager.default.removeItem(at: work) }
        let notDB = work.appendingPathComponent("notes.txt").path
        try Data("not a database, just notes\n".utf8).write(to: URL(fileURLWithPath: notDB))
        let bad = try CommandRunner.run(["run", studies.path, "--out", work.appendingPathComponent("x").path, "--db", notDB])
        #expect(bad.status == 1)
        #expect(bad.stderr == "hwlens: error: \(notDB): cannot open the database (file is not a database)\n")

        let usage = try CommandRunner.run(["run", studies.path, "--out", work.path, "--shard", "3/2"])
        #expect(usage.status == 2)
        #expect(usage.stderr.contains("--shard must be K/N"))

        let shard = work.appendingPathComponent("shard-1")
        // Split 5 ways, quiz-01 is in shard 4 and quiz-02 in shard 5.
        #expect(Shard.index(of: "quiz-01", count: 5) == 4 && Shard.index(of: "quiz-02", count: 5) == 5)
        #expect(try CommandRunner.run(["run", studies.path, "--shard", "4/5", "--out", shard.path]).status == 0)
        let empty = work.appendingPathComponent("empty")
        try FileManager.default.createDirectory(at: empty, withIntermediateDirectories: true)
        let merged = work.appendingPathComponent("merged")
        let merge = try CommandRunner.run(["merge", "--out", merged.path, shard.path, empty.path])
        #expect(merge.status == 1)
        let lines = merge.stderr.split(separator: "\n").map(String.init)
        #expect(lines.contains("hwlens: error: \(empty.path)/results.sqlite: cannot open the database (no such file)"), "\(lines)")
        #expect(lines.contains("hwlens: error: shard 5/5 is missing (1 study)"), "\(lines)")
        // What was there is still merged and reported.
        #expect(merge.stdout.contains("quiz-01") && !merge.stdout.contains("quiz-02"))
        #expect(Self.contents(merged, "results.json") != nil)
    }
}

extension ScaleCommandTests {
    /// A cache that cannot be opened costs time, not results: one warning, the run completes.
    @Test func unusableCacheIsAWarning() throws {
        let studies = try Self.quizzes(1)
        let work = studies.deletingLastPathComponent()
        defer { try? FileManager.default.removeItem(at: work) }
        let notDB = work.appendingPathComponent("cache.sqlite").path
        try Data("not a database\n".utf8).write(to: URL(fileURLWithPath: notDB))
        let out = work.appendingPathComponent("out")
        let result = try CommandRunner.run(["run", studies.path, "--out", out.path, "--cache", notDB])
        #expect(result.status == 0)
        #expect(result.stderr == "hwlens: warning: input cache: \(notDB): cannot open the database (file is not a database); running without it\n")
        #expect(Self.contents(out, "results.json") != nil)
    }
}
