import Foundation
import OCR
import Results
import Store
import Study
import TestSupport
import Testing

@Suite("Incremental runs, shards and merge")
struct IncrementalRunTests {
    /// Three copies of the quiz, one of them with a different transcript.
    func studies(in folder: URL) throws -> [StudyManifest] {
        var manifests = try ["q1", "q2", "q3"].map { try StudySupport.quiz(in: folder, name: $0) }
        let transcript = URL(fileURLWithPath: manifests[1].resolve("transcripts/pasted.md"))
        try (String(contentsOf: transcript, encoding: .utf8) + "\nFinal answer for 1a: 12\n").write(to: transcript, atomically: true, encoding: .utf8)
        manifests[1] = try StudyManifest.load(path: manifests[1].path)
        return manifests
    }

    func incremental() -> IncrementalRun {
        IncrementalRun(runner: StudyRunner(ocr: OCRAccess(languages: "eng"), jobs: 2), settings: "test", version: "test")
    }

    @Test func reRunReusesUnchangedStudies() async throws {
        let folder = Fixtures.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let manifests = try studies(in: folder)
        let store = try ResultsStore(path: folder.appendingPathComponent("out/results.sqlite").path)
        let cold = try await incremental().run(manifests, store: store)
        #expect(cold.ran == 3 && cold.reused == 0 && cold.storeProblems.isEmpty)
        #expect(try store.results() == cold.results)
        #expect(try store.info()?.complete == true)

        let warm = try await incremental().run(manifests, store: store)
        #expect(warm.ran == 0 && warm.reused == 3)
        #expect(warm.results == cold.results)

        // A changed key: that study runs again, the others are reused.
        let key = URL(fileURLWithPath: manifests[2].resolve("key.yaml"))
        try (String(contentsOf: key, encoding: .utf8) + "\n# reviewed\n").write(to: key, atomically: true, encoding: .utf8)
        let changed = try await incremental().run(manifests, store: store)
        #expect(changed.ran == 1 && changed.reused == 2)
        #expect(changed.results == cold.results)

        var fresh = incremental()
        fresh.reuse = false
        let all = try await fresh.run(manifests, store: store)
        #expect(all.ran == 3 && all.results == cold.results)
    }

    /// Shards 1/2 and 2/2 merged give what one run gives, study for study.
    @Test func shardsMergeIntoTheWholeRun() async throws {
        let folder = Fixtures.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let manifests = try studies(in: folder)
        let whole = try await incremental().run(manifests, store: try ResultsStore(path: folder.appendingPathComponent("whole.sqlite").path))
        var paths: [String] = []
        for index in 1...2 {
            var run = incremental()
            run.shard = Shard(index: index, count: 2)
            let path = folder.appendingPathComponent("shard-\(index).sqlite").path
            let outcome = try await run.run(manifests, store: try ResultsStore(path: path))
            #expect(outcome.results.studies.map(\.name) == ["q1", "q2", "q3"].filter { Shard.index(of: $0, count: 2) == index })
            paths.append(path)
        }
        let mergedPath = folder.appendingPathComponent("merged.sqlite").path
        let outcome = try ShardMerge.merge(paths, into: mergedPath, version: "test")
        let merged = try ResultsStore(reading: mergedPath)
        #expect(outcome.problems.isEmpty, "\(outcome.problems)")
        #expect(outcome.results == whole.results)
        #expect(try merged.info()?.complete == true)
        #expect(try merged.info()?.shard == nil)

        // One shard alone: merged, and the missing one named.
        let partial = try ShardMerge.merge([paths[0]], into: folder.appendingPathComponent("partial.sqlite").path, version: "test")
        // q1 is in shard 1; q2 and q3 in shard 2.
        #expect(["q1", "q2", "q3"].map { Shard.index(of: $0, count: 2) } == [1, 2, 2])
        #expect(partial.problems == ["shard 2/2 is missing (2 studies)"])
        #expect(partial.results?.studies.map(\.name) == ["q1"])
    }

    @Test func mergeRefusesStoresOfAnotherRun() async throws {
        let folder = Fixtures.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let manifests = try studies(in: folder)
        let a = folder.appendingPathComponent("a.sqlite").path
        let b = folder.appendingPathComponent("b.sqlite").path
        _ = try await incremental().run(manifests, store: try ResultsStore(path: a))
        _ = try await incremental().run(Array(manifests.prefix(2)), store: try ResultsStore(path: b))
        let missing = folder.appendingPathComponent("nowhere.sqlite").path
        let outcome = try ShardMerge.merge([a, b, missing], into: folder.appendingPathComponent("m.sqlite").path, version: "test")
        #expect(outcome.results?.studies.count == 3)
        #expect(outcome.problems.count == 2)
        #expect(outcome.problems.contains("\(b): comes from another run (its list of studies differs)"))
        #expect(outcome.problems.contains { $0.hasPrefix(missing) && $0.contains("no such file") })
    }

    /// A study added to the run moves no other study to another shard: each shard's re-run
    /// reuses everything it had.
    @Test func addingAStudyMovesNoOther() async throws {
        let folder = Fixtures.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let manifests = try studies(in: folder)
        let added = try StudySupport.quiz(in: folder, name: "a0")
        for index in 1...2 {
            var run = incremental()
            run.shard = Shard(index: index, count: 2)
            let store = try ResultsStore(path: folder.appendingPathComponent("shard-\(index).sqlite").path)
            let first = try await run.run(manifests, store: store)
            // The new study sorts first: every other study's position moves by one.
            let second = try await run.run([added] + manifests, store: store)
            let gained = Shard.index(of: "a0", count: 2) == index ? 1 : 0
            #expect(second.reused == first.ran)
            #expect(second.ran == gained)
            #expect(second.results.studies.map(\.name) == (gained == 1 ? ["a0"] : []) + first.results.studies.map(\.name))
        }
    }
}
