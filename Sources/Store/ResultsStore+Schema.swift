extension ResultsStore {
    /// The schema, documented in the README: `schema[i]` takes `user_version` i to i + 1.
    /// Append to it; never edit a step.
    static let schema = [
        """
        CREATE TABLE IF NOT EXISTS meta (key TEXT PRIMARY KEY, value TEXT NOT NULL);
        CREATE TABLE IF NOT EXISTS study (
            id INTEGER PRIMARY KEY,
            ordinal INTEGER NOT NULL UNIQUE,
            name TEXT NOT NULL,
            title TEXT NOT NULL,
            reference_kind TEXT NOT NULL,
            reference TEXT NOT NULL,
            key TEXT,
            errors TEXT NOT NULL,
            warnings TEXT NOT NULL,
            fingerprint TEXT NOT NULL);
        CREATE TABLE IF NOT EXISTS expected_part (
            study_id INTEGER NOT NULL REFERENCES study(id) ON DELETE CASCADE,
            ordinal INTEGER NOT NULL,
            part TEXT NOT NULL,
            expected TEXT,
            source TEXT NOT NULL,
            PRIMARY KEY (study_id, ordinal));
        CREATE TABLE IF NOT EXISTS form (
            id INTEGER PRIMARY KEY,
            study_id INTEGER NOT NULL REFERENCES study(id) ON DELETE CASCADE,
            ordinal INTEGER NOT NULL,
            name TEXT NOT NULL,
            inputs TEXT NOT NULL,
            transcript TEXT,
            input_form TEXT,
            error TEXT,
            cer REAL,
            formula_cer REAL,
            word_error_rate REAL,
            symbols_lost INTEGER,
            formulas_vanished INTEGER,
            UNIQUE (study_id, ordinal));
        CREATE TABLE IF NOT EXISTS form_event (
            form_id INTEGER NOT NULL REFERENCES form(id) ON DELETE CASCADE,
            ordinal INTEGER NOT NULL,
            kind TEXT NOT NULL,
            count INTEGER NOT NULL,
            PRIMARY KEY (form_id, ordinal));
        CREATE TABLE IF NOT EXISTS verdict (
            form_id INTEGER NOT NULL REFERENCES form(id) ON DELETE CASCADE,
            ordinal INTEGER NOT NULL,
            part TEXT NOT NULL,
            verdict TEXT,
            extracted TEXT,
            expected TEXT,
            evidence TEXT,
            place TEXT,
            diagnosis TEXT,
            cer REAL,
            formula_cer REAL,
            PRIMARY KEY (form_id, ordinal));
        CREATE TABLE IF NOT EXISTS part_event (
            form_id INTEGER NOT NULL REFERENCES form(id) ON DELETE CASCADE,
            part_ordinal INTEGER NOT NULL,
            kind TEXT NOT NULL,
            count INTEGER NOT NULL,
            PRIMARY KEY (form_id, part_ordinal, kind));
        CREATE INDEX IF NOT EXISTS form_by_study ON form(study_id);
        CREATE VIEW IF NOT EXISTS verdicts AS
            SELECT study.name AS study, form.name AS form, verdict.part, verdict.verdict, verdict.expected,
                   verdict.extracted, verdict.evidence, verdict.diagnosis, verdict.cer, verdict.formula_cer,
                   form.input_form, form.cer AS form_cer
            FROM verdict JOIN form ON form.id = verdict.form_id JOIN study ON study.id = form.study_id
            ORDER BY study.ordinal, form.ordinal, verdict.ordinal;
        """,
        // 2: the view also gives the study's title (the problem set, to group students by).
        """
        DROP VIEW IF EXISTS verdicts;
        CREATE VIEW verdicts AS
            SELECT study.name AS study, form.name AS form, verdict.part, verdict.verdict, verdict.expected,
                   verdict.extracted, verdict.evidence, verdict.diagnosis, verdict.cer, verdict.formula_cer,
                   form.input_form, form.cer AS form_cer, study.title AS title
            FROM verdict JOIN form ON form.id = verdict.form_id JOIN study ON study.id = form.study_id
            ORDER BY study.ordinal, form.ordinal, verdict.ordinal;
        """,
    ]
}
