import Files
import Foundation
import GRDB
import Grade
import Results
import Solve

/// A study as rows of the store and back; the round trip is exact.
extension ResultsStore {
    static func insert(_ study: StudyResults.Study, position: Int, fingerprint: String, _ db: Database) throws {
        try db.execute(sql: "DELETE FROM study WHERE ordinal = ?", arguments: [position])
        try db.execute(
            sql: """
                INSERT INTO study (ordinal, name, title, reference_kind, reference, key, errors, warnings, fingerprint)
                VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)
                """,
            arguments: [position, study.name, study.title, study.referenceKind.rawValue, study.reference, study.key,
                        JSONList.encode(study.errors), JSONList.encode(study.warnings), fingerprint])
        let studyID = db.lastInsertedRowID
        for (ordinal, part) in study.parts.enumerated() {
            try db.execute(
                sql: "INSERT INTO expected_part (study_id, ordinal, part, expected, source) VALUES (?, ?, ?, ?, ?)",
                arguments: [studyID, ordinal, part.id, part.expected, part.source.rawValue])
        }
        for (ordinal, form) in study.forms.enumerated() {
            try db.execute(
                sql: """
                    INSERT INTO form (study_id, ordinal, name, inputs, transcript, input_form, error, cer, formula_cer,
                                      word_error_rate, symbols_lost, formulas_vanished)
                    VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
                    """,
                arguments: [studyID, ordinal, form.name, JSONList.encode(form.inputs), form.transcript, form.inputForm?.description, form.error,
                            form.cer, form.formulaCER, form.wordErrorRate, form.symbolsLost, form.formulasVanished])
            let formID = db.lastInsertedRowID
            for (index, event) in form.events.enumerated() {
                try db.execute(sql: "INSERT INTO form_event (form_id, ordinal, kind, count) VALUES (?, ?, ?, ?)",
                               arguments: [formID, index, event.kind, event.count])
            }
            for (index, part) in form.parts.enumerated() {
                try db.execute(
                    sql: """
                        INSERT INTO verdict (form_id, ordinal, part, verdict, extracted, expected, evidence, place, diagnosis,
                                             cer, formula_cer)
                        VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
                        """,
                    arguments: [formID, index, part.id, part.verdict?.rawValue, part.extracted, part.expected, part.evidence, part.place,
                                part.diagnosis, part.cer, part.formulaCER])
                for (kind, count) in (part.events ?? [:]).sorted(by: { $0.key < $1.key }) {
                    try db.execute(sql: "INSERT INTO part_event (form_id, part_ordinal, kind, count) VALUES (?, ?, ?, ?)",
                                   arguments: [formID, index, kind, count])
                }
            }
        }
    }

    /// Every study, each table read once (thousands of studies cost six queries).
    static func load(_ db: Database) throws -> [(position: Int, fingerprint: String, study: StudyResults.Study)] {
        var parts: [Int64: [StudyResults.ExpectedPart]] = [:]
        for row in try Row.fetchAll(db, sql: "SELECT study_id, part, expected, source FROM expected_part ORDER BY study_id, ordinal") {
            parts[row["study_id"], default: []].append(
                StudyResults.ExpectedPart(id: row["part"], expected: row["expected"], source: try Stored.value(row["source"], column: "source")))
        }
        var formEvents: [Int64: [StudyResults.EventCount]] = [:]
        for row in try Row.fetchAll(db, sql: "SELECT form_id, kind, count FROM form_event ORDER BY form_id, ordinal") {
            formEvents[row["form_id"], default: []].append(StudyResults.EventCount(kind: row["kind"], count: row["count"]))
        }
        var partEvents: [Int64: [Int: [String: Int]]] = [:]
        for row in try Row.fetchAll(db, sql: "SELECT form_id, part_ordinal, kind, count FROM part_event") {
            partEvents[row["form_id"], default: [:]][row["part_ordinal"], default: [:]][row["kind"]] = row["count"]
        }
        var verdicts: [Int64: [StudyResults.PartResult]] = [:]
        for row in try Row.fetchAll(db, sql: "SELECT * FROM verdict ORDER BY form_id, ordinal") {
            let formID: Int64 = row["form_id"]
            let ordinal: Int = row["ordinal"]
            verdicts[formID, default: []].append(
                StudyResults.PartResult(
                    id: row["part"], verdict: try Stored.optional(row["verdict"], column: "verdict"), extracted: row["extracted"], expected: row["expected"],
                    evidence: row["evidence"], place: row["place"], diagnosis: row["diagnosis"], cer: row["cer"],
                    formulaCER: row["formula_cer"], events: partEvents[formID]?[ordinal]))
        }
        var forms: [Int64: [StudyResults.Form]] = [:]
        for row in try Row.fetchAll(db, sql: "SELECT * FROM form ORDER BY study_id, ordinal") {
            let formID: Int64 = row["id"]
            let parts = verdicts[formID] ?? []
            let counts = VerdictCounts(parts.compactMap(\.verdict))
            forms[row["study_id"], default: []].append(
                StudyResults.Form(
                    name: row["name"], inputs: JSONList.decode(row["inputs"]), transcript: row["transcript"], inputForm: try Stored.form(row["input_form"]),
                    error: row["error"], cer: row["cer"], formulaCER: row["formula_cer"], wordErrorRate: row["word_error_rate"],
                    symbolsLost: row["symbols_lost"], formulasVanished: row["formulas_vanished"], events: formEvents[formID] ?? [],
                    counts: counts, parts: parts))
        }
        return try Row.fetchAll(db, sql: "SELECT * FROM study ORDER BY ordinal").map { row in
            let id: Int64 = row["id"]
            let study = StudyResults.Study(
                name: row["name"], title: row["title"], referenceKind: try Stored.value(row["reference_kind"], column: "reference_kind"), reference: row["reference"], key: row["key"],
                parts: parts[id] ?? [], forms: forms[id] ?? [], errors: JSONList.decode(row["errors"]), warnings: JSONList.decode(row["warnings"]))
            return (row["ordinal"], row["fingerprint"], study)
        }
    }
}

/// A list of strings in one column, as a JSON array (`json_each` reads it in SQL).
enum JSONList {
    static func encode(_ list: [String]) -> String {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.withoutEscapingSlashes]
        return (try? String(decoding: encoder.encode(list), as: UTF8.self)) ?? "[]"
    }

    static func decode(_ text: String) -> [String] {
        (try? JSONDecoder().decode([String].self, from: Data(text.utf8))) ?? []
    }
}

/// Typed values from their stored text; text no hwlens wrote is a damaged store.
enum Stored {
    static func value<T: RawRepresentable<String>>(_ text: String, column: String) throws -> T {
        guard let value = T(rawValue: text) else { throw DatabaseError(message: "unknown \(column) '\(text)'") }
        return value
    }

    static func optional<T: RawRepresentable<String>>(_ text: String?, column: String) throws -> T? {
        try text.map { try value($0, column: column) }
    }

    static func form(_ text: String?) throws -> InputForm? {
        guard let text else { return nil }
        guard let form = InputForm(parsing: text) else { throw DatabaseError(message: "unknown input_form '\(text)'") }
        return form
    }
}
