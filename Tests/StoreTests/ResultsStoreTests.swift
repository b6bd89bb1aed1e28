import Foundation
import GRDB
import Results
import Store
import TestSupport
import Testing

@Suite("Results store")
struct ResultsStoreTests {
    let run = RunInfo(identity: "run-a", studyCount: 3, shard: nil, version: "test")

    /// A real study's results go into rows and come back equal, field for field.
    @Test func roundTripIsExact() async throws {
        let folder = Fixtures.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let results = try StoreSupport.quizResults()
        #expect(results.studies[0].forms.allSatisfy { !$0.parts.isEmpty && $0.error == nil })
        let store = try ResultsStore(path: folder.appendingPathComponent("results.sqlite").path)
        _ = try store.begin(run, fingerprints: [0: "f0"], reuse: true)
        try store.save(results.studies[0], position: 0, fingerprint: "f0")
        #expect(try store.results() == results)
        // Reopened from the file, still equal.
        #expect(try ResultsStore(path: store.path).results() == results)
        #expect(try store.integrityCheck() == "ok")
    }

    /// The rows answer plain SQL: the `verdicts` view has one row per part × form.
    @Test func verdictsViewAnswersSQL() async throws {
        let folder = Fixtures.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let results = try StoreSupport.quizResults()
        let path = folder.appendingPathComponent("results.sqlite").path
        let store = try ResultsStore(path: path)
        _ = try store.begin(run, fingerprints: [0: "f0"], reuse: true)
        try store.save(results.studies[0], position: 0, fingerprint: "f0")
        let queue = try DatabaseQueue(path: path)
        let correct = try await queue.read { try Int.fetchOne($0, sql: "SELECT COUNT(*) FROM verdicts WHERE verdict = 'correct'") }
        #expect(correct == results.studies[0].forms.reduce(0) { $0 + $1.correct })
        let rows = try await queue.read { try Int.fetchOne($0, sql: "SELECT COUNT(*) FROM verdicts") }
        #expect(rows == results.studies[0].forms.reduce(0) { $0 + $1.parts.count })
    }

    /// A re-run keeps the studies whose fingerprint is unchanged, moved to their new
    /// positions, and drops the rest.
    @Test func beginKeepsMatchingStudies() async throws {
        let folder = Fixtures.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        var study = try StoreSupport.quizResults().studies[0]
        let store = try ResultsStore(path: folder.appendingPathComponent("results.sqlite").path)
        _ = try store.begin(run, fingerprints: [0: "a", 1: "b", 2: "c"], reuse: true)
        for (position, name) in ["a", "b", "c"].enumerated() {
            study.name = name
            try store.save(study, position: position, fingerprint: name)
        }
        // "a" is gone, "c" moved to the front, "b" stays, "d" is new.
        let kept = try store.begin(run, fingerprints: [0: "c", 1: "b", 2: "d"], reuse: true)
        #expect(kept.keys.sorted() == [0, 1])
        #expect(kept[0]?.name == "c" && kept[1]?.name == "b")
        #expect(try store.results().studies.map(\.name) == ["c", "b"])
        // Without reuse nothing is kept.
        #expect(try store.begin(run, fingerprints: [0: "c", 1: "b"], reuse: false).isEmpty)
        #expect(try store.results().studies.isEmpty)
    }

    /// A study that recorded an error is run again, even with an unchanged fingerprint.
    @Test func studiesWithErrorsAreNotKept() async throws {
        let folder = Fixtures.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        var study = try StoreSupport.quizResults().studies[0]
        study.forms[1].error = "transcripts/pdf.json: no such file"
        let store = try ResultsStore(path: folder.appendingPathComponent("results.sqlite").path)
        _ = try store.begin(run, fingerprints: [0: "a"], reuse: true)
        try store.save(study, position: 0, fingerprint: "a")
        #expect(try store.results().studies[0].forms[1].error == study.forms[1].error)
        #expect(try store.begin(run, fingerprints: [0: "a"], reuse: true).isEmpty)
    }

    /// A file that is not SQLite is refused with one line naming it.
    @Test func notADatabase() throws {
        let folder = Fixtures.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let path = folder.appendingPathComponent("report.md").path
        try Data("# a report, not a database\n".utf8).write(to: URL(fileURLWithPath: path))
        #expect {
            _ = try ResultsStore(path: path)
        } throws: { error in
            let message = (error as? LocalizedError)?.errorDescription ?? ""
            return message.hasPrefix(path) && message.contains("not a database") && !message.contains("\n")
        }
    }

    @Test func runInfoIsKept() throws {
        let folder = Fixtures.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let store = try ResultsStore(path: folder.appendingPathComponent("results.sqlite").path)
        #expect(try store.info() == nil)
        let sharded = RunInfo(identity: "x", studyCount: 9, shard: Shard("2/4"), version: "test")
        _ = try store.begin(sharded, fingerprints: [:], reuse: true)
        #expect(try store.info() == sharded)
        try store.finish()
        #expect(try store.info()?.complete == true)
    }
}

extension ResultsStoreTests {
    /// Two shards of one run pointed at one store would delete each other's studies: the
    /// second is refused with a line that says what to do.
    @Test func anotherShardOfTheRunIsRefused() throws {
        let folder = Fixtures.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let path = folder.appendingPathComponent("results.sqlite").path
        let store = try ResultsStore(path: path)
        _ = try store.begin(RunInfo(identity: "r", studyCount: 4, shard: Shard("1/2"), version: "t"), fingerprints: [0: "a"], reuse: true)
        #expect(throws: StoreError.failed(path: path, detail: "holds shard 1/2 of this run; give shard 2/2 its own --out or --db")) {
            _ = try store.begin(RunInfo(identity: "r", studyCount: 4, shard: Shard("2/2"), version: "t"), fingerprints: [1: "b"], reuse: true)
        }
        // The same shard again, or another run, is fine.
        _ = try store.begin(RunInfo(identity: "r", studyCount: 4, shard: Shard("1/2"), version: "t"), fingerprints: [0: "a"], reuse: true)
        _ = try store.begin(RunInfo(identity: "other", studyCount: 4, shard: Shard("2/2"), version: "t"), fingerprints: [1: "b"], reuse: true)
    }
}

extension ResultsStoreTests {
    /// A store of schema 1 (no `title` in the view) is upgraded when opened, its rows kept.
    @Test func schemaOneIsUpgraded() async throws {
        let folder = Fixtures.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let path = folder.appendingPathComponent("results.sqlite").path
        let results = try StoreSupport.quizResults()
        do {
            let store = try ResultsStore(path: path)
            _ = try store.begin(run, fingerprints: [0: "f0"], reuse: true)
            try store.save(results.studies[0], position: 0, fingerprint: "f0")
        }
        // Back to schema 1, as an older hwlens left it.
        try await DatabaseQueue(path: path).write { db in
            try db.execute(sql: """
                DROP VIEW verdicts;
                CREATE VIEW verdicts AS SELECT study.name AS study, form.name AS form, verdict.part, verdict.verdict
                    FROM verdict JOIN form ON form.id = verdict.form_id JOIN study ON study.id = form.study_id;
                PRAGMA user_version = 1;
                """)
        }
        let reopened = try ResultsStore(path: path)
        #expect(try reopened.results() == results)
        let titles = try await DatabaseQueue(path: path).read { try String.fetchAll($0, sql: "SELECT DISTINCT title FROM verdicts") }
        #expect(titles == [results.studies[0].title])
        let version = try await DatabaseQueue(path: path).read { try Int.fetchOne($0, sql: "PRAGMA user_version") }
        #expect(version == 2)
    }
}
