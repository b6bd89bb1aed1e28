import Files
import Foundation
import GRDB
import Ingest
import Results
import Store
import TestSupport
import Testing

/// Edge cases of the store, the cache, shards and merge, through the built binary.
@Suite("hwlens run and merge: broken studies, foreign files, odd shards")
struct ScaleEdgeCaseTests {
    static func digest(_ path: String) -> String? {
        FileManager.default.contents(atPath: path).map(ContentHash.sha256)
    }

    static func studyIDs(_ out: URL) throws -> [String: Int64] {
        try DatabaseQueue(path: out.appendingPathComponent("results.sqlite").path).read { db in
            Dictionary(uniqueKeysWithValues: try Row.fetchAll(db, sql: "SELECT name, id FROM study").map { ($0["name"] as String, $0["id"] as Int64) })
        }
    }

    /// A study.yaml broken between two runs costs its own study only: the studies after it
    /// still run (here: are reused from the store), and it is reported as a study with an error.
    @Test func brokenManifestCostsOnlyItsStudy() throws {
        let studies = try ScaleCommandTests.quizzes(3)
        let work = studies.deletingLastPathComponent()
        defer { try? FileManager.default.removeItem(at: work) }
        let out = work.appendingPathComponent("out")
        #expect(try CommandRunner.run(["run", studies.path, "--out", out.path]).status == 0)
        let before = try Self.studyIDs(out)
        try Data("forms: [\n".utf8).write(to: studies.appendingPathComponent("quiz-02/study.yaml"))
        let result = try CommandRunner.run(["run", studies.path, "--out", out.path])
        #expect(result.status == 1)
        let lines = result.stderr.split(separator: "\n").map(String.init)
        #expect(lines.count == 2, "\(result.stderr)")
        #expect(lines.contains { $0.hasPrefix("hwlens: error: quiz-02: study.yaml: not valid YAML") }, "\(result.stderr)")
        #expect(lines.contains("hwlens: note: reused 2 stored studies from \(out.path)/results.sqlite, ran 1"), "\(result.stderr)")
        #expect(result.stdout.contains("quiz-01") && result.stdout.contains("quiz-03"))
        let after = try Self.studyIDs(out)
        #expect(after["quiz-01"] == before["quiz-01"] && after["quiz-03"] == before["quiz-03"])
        let json = try #require(ScaleCommandTests.contents(out, "results.json"))
        let root = try #require(try JSONSerialization.jsonObject(with: json) as? [String: Any])
        let names = (root["studies"] as? [[String: Any]])?.map { $0["name"] as? String }
        #expect(names == ["quiz-01", "quiz-02", "quiz-03"])
    }

    /// Merge reads its inputs and never writes them; it refuses to write into one of them.
    @Test func mergeLeavesShardsAsTheyWere() throws {
        let studies = try ScaleCommandTests.quizzes(3)
        let work = studies.deletingLastPathComponent()
        defer { try? FileManager.default.removeItem(at: work) }
        let shards = (1...2).map { work.appendingPathComponent("shard-\($0)") }
        for (index, shard) in shards.enumerated() {
            #expect(try CommandRunner.run(["run", studies.path, "--shard", "\(index + 1)/2", "--out", shard.path]).status == 0)
        }
        let stores = shards.map { $0.appendingPathComponent("results.sqlite").path }
        let digests = stores.map(Self.digest)
        // SQLite may leave a reader's -shm and -wal beside a WAL file; nothing else may change.
        func listing() throws -> [[String]] {
            try shards.map { try FileManager.default.contentsOfDirectory(atPath: $0.path).filter { !$0.hasSuffix("-shm") && !$0.hasSuffix("-wal") }.sorted() }
        }
        let before = try listing()
        let merged = try CommandRunner.run(["merge", "--out", work.appendingPathComponent("merged").path] + shards.map(\.path))
        #expect(merged.status == 0, "\(merged.stderr)")
        #expect(stores.map(Self.digest) == digests)
        #expect(try listing() == before)

        // Into a shard's own folder: refused before anything is written.
        let into = try CommandRunner.run(["merge", "--out", shards[0].path] + shards.map(\.path))
        #expect(into.status == 1)
        #expect(into.stderr == "hwlens: error: \(stores[0]): is one of the stores to merge; merge into another --out (or --db)\n")
        #expect(stores.map(Self.digest) == digests)
    }

    /// A whole-run store merged with a shard of the same run is complete; a shard count far
    /// beyond the studies neither hangs nor names shards that hold nothing.
    @Test func mergeCountsStudiesNotShards() throws {
        let studies = try ScaleCommandTests.quizzes(2)
        let work = studies.deletingLastPathComponent()
        defer { try? FileManager.default.removeItem(at: work) }
        let whole = work.appendingPathComponent("whole")
        let shard = work.appendingPathComponent("shard")
        let huge = work.appendingPathComponent("huge")
        #expect(try CommandRunner.run(["run", studies.path, "--out", whole.path]).status == 0)
        #expect(try CommandRunner.run(["run", studies.path, "--shard", "1/2", "--out", shard.path]).status == 0)
        #expect(try CommandRunner.run(["run", studies.path, "--shard", "1/2000000000", "--out", huge.path]).status == 0)
        let both = try CommandRunner.run(["merge", "--out", work.appendingPathComponent("m1").path, shard.path, whole.path])
        #expect(both.status == 0, "\(both.stderr)")
        let alone = try CommandRunner.run(["merge", "--out", work.appendingPathComponent("m2").path, huge.path], timeout: 60)
        #expect(alone.status == 1)
        let expected = ["quiz-01", "quiz-02"].map { Shard.index(of: $0, count: 2_000_000_000) }.sorted()
            .map { "hwlens: error: shard \($0)/2000000000 is missing (1 study)\n" }.joined()
        #expect(alone.stderr == expected)
    }

    /// Each file says what it is: a cache given as the store, a folder, an empty name.
    @Test func filesOfTheWrongKindAreRefused() throws {
        let studies = try ScaleCommandTests.quizzes(1)
        let work = studies.deletingLastPathComponent()
        defer { try? FileManager.default.removeItem(at: work) }
        let cache = work.appendingPathComponent("cache.sqlite").path
        #expect(try CommandRunner.run(["run", studies.path, "--out", work.appendingPathComponent("a").path, "--cache", cache]).status == 0)
        let cacheAsStore = try CommandRunner.run(["run", studies.path, "--out", work.appendingPathComponent("b").path, "--db", cache])
        #expect(cacheAsStore.status == 1)
        #expect(cacheAsStore.stderr == "hwlens: error: \(cache): not a results store (an input cache)\n")
        let folder = try CommandRunner.run(["run", studies.path, "--out", work.appendingPathComponent("c").path, "--db", studies.path])
        #expect(folder.stderr == "hwlens: error: \(studies.path): cannot open the database (is a folder, not a database file)\n")
        let foreign = work.appendingPathComponent("other.db").path
        try DatabaseQueue(path: foreign).write { try $0.execute(sql: "CREATE TABLE notes (text TEXT)") }
        let other = try CommandRunner.run(["run", studies.path, "--out", work.appendingPathComponent("d").path, "--db", foreign])
        #expect(other.stderr == "hwlens: error: \(foreign): not a results store (another program's database)\n")
        let empty = try CommandRunner.run(["run", studies.path, "--out", work.appendingPathComponent("e").path, "--db", ""])
        #expect(empty.status == 2)
        // An output folder that cannot be one is found before any study runs.
        let file = work.appendingPathComponent("notes.txt")
        try Data("notes\n".utf8).write(to: file)
        let outIsFile = try CommandRunner.run(["run", studies.path, "--out", file.path])
        #expect(outIsFile.status == 1)
        #expect(outIsFile.stderr == "hwlens: error: \(file.path): is a file, not a folder\n")
    }

    /// Other language data (here a copy of eng.traineddata with another date) is another
    /// cache key: the image is read again instead of taken from the cache.
    @Test func otherLanguageDataIsAnotherCacheEntry() throws {
        let studies = try ScaleCommandTests.quizzes(1)
        let work = studies.deletingLastPathComponent()
        defer { try? FileManager.default.removeItem(at: work) }
        let study = studies.appendingPathComponent("quiz-01")
        try FileManager.default.copyItem(atPath: Fixtures.path("Tests/Fixtures/screenshot-110dpi.png"),
                                        toPath: study.appendingPathComponent("forms/shot.png").path)
        let manifest = try String(contentsOf: study.appendingPathComponent("study.yaml"), encoding: .utf8)
        try (manifest + "  shot: {input: forms/shot.png, transcript: transcripts/pasted.md}\n")
            .write(to: study.appendingPathComponent("study.yaml"), atomically: true, encoding: .utf8)
        let installed = "/usr/share/tesseract-ocr/5/tessdata/eng.traineddata"
        try #require(FileManager.default.fileExists(atPath: installed))
        let data = work.appendingPathComponent("tessdata")
        try FileManager.default.createDirectory(at: data, withIntermediateDirectories: true)
        try FileManager.default.copyItem(atPath: installed, toPath: data.appendingPathComponent("eng.traineddata").path)
        try FileManager.default.setAttributes([.modificationDate: Date(timeIntervalSince1970: 1_000_000_000)],
                                              ofItemAtPath: data.appendingPathComponent("eng.traineddata").path)
        let cache = work.appendingPathComponent("cache.sqlite").path
        func entries() throws -> Int { try InputCache(path: cache).summary().entries }
        #expect(try CommandRunner.run(["run", studies.path, "--out", work.appendingPathComponent("a").path, "--cache", cache]).status == 0)
        let first = try entries()
        #expect(try CommandRunner.run(["run", studies.path, "--out", work.appendingPathComponent("b").path, "--cache", cache]).status == 0)
        #expect(try entries() == first)
        let other = try CommandRunner.run(["run", studies.path, "--out", work.appendingPathComponent("c").path, "--cache", cache],
                                          with: ["TESSDATA_PREFIX": data.path])
        #expect(other.status == 0, "\(other.stderr)")
        #expect(try entries() == first + 1)
    }
}

extension ScaleEdgeCaseTests {
    /// Two studies of one name (ps1/alice, ps2/alice) run, with one warning naming both folders.
    @Test func studiesOfOneNameAreAWarning() throws {
        let work = Fixtures.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: work) }
        for set in ["ps1", "ps2"] {
            try FileManager.default.createDirectory(at: work.appendingPathComponent(set), withIntermediateDirectories: true)
            try FileManager.default.copyItem(atPath: Fixtures.path("samples/pooling-quiz"), toPath: work.appendingPathComponent("\(set)/alice").path)
        }
        let a = work.appendingPathComponent("ps1/alice").path
        let b = work.appendingPathComponent("ps2/alice").path
        let result = try CommandRunner.run(["run", work.appendingPathComponent("ps1").path, work.appendingPathComponent("ps2").path,
                                            "--out", work.appendingPathComponent("out").path])
        #expect(result.status == 0)
        #expect(result.stderr == "hwlens: warning: 2 studies are named 'alice' (\(a), \(b)); rename the folders to tell them apart in the results\n")
        #expect(result.stdout.components(separatedBy: "\nalice ").count == 5)
    }
}
