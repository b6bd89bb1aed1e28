import Files
import Foundation
import Grade
import Solve

/// Everything `hwlens run` measured: per study, per form, per part. Deterministic: no
/// timestamps, paths relative to each study's folder, studies and forms in a stable order,
/// numbers rounded to 6 decimals.
public struct StudyResults: Codable, Sendable, Equatable {
    public var version = 1
    public var studies: [Study]

    public init(studies: [Study]) {
        self.studies = studies
    }

    /// One study.
    public struct Study: Codable, Sendable, Equatable {
        /// The study folder's name.
        public var name: String
        public var title: String
        /// What the forms were measured against.
        public var referenceKind: ReferenceKind
        /// The reference's path, relative to the study folder.
        public var reference: String
        public var key: String?
        /// The parts, in order, with their expected answers.
        public var parts: [ExpectedPart]
        public var forms: [Form]
        /// Study-wide failures (unreadable reference or key).
        public var errors: [String]
        public var warnings: [String]

        public init(name: String, title: String, referenceKind: ReferenceKind, reference: String, key: String?, parts: [ExpectedPart],
                    forms: [Form], errors: [String], warnings: [String]) {
            self.name = name
            self.title = title
            self.referenceKind = referenceKind
            self.reference = reference
            self.key = key
            self.parts = parts
            self.forms = forms
            self.errors = errors
            self.warnings = warnings
        }

        enum CodingKeys: String, CodingKey {
            case name, title, referenceKind = "reference_kind", reference, key, parts, forms, errors, warnings
        }
    }

    /// A part and its expected answer.
    public struct ExpectedPart: Codable, Sendable, Equatable {
        public var id: String
        /// The answer as text; nil when none is known (the part is ungraded).
        public var expected: String?
        /// How it was obtained: from the key, by recognition, or not at all.
        public var source: ResolvedAnswer.Source

        public init(id: String, expected: String?, source: ResolvedAnswer.Source) {
            self.id = id
            self.expected = expected
            self.source = source
        }
    }

    /// One input form of a study.
    public struct Form: Codable, Sendable, Equatable {
        public var name: String
        public var inputs: [String]
        public var transcript: String?
        /// How the input text was read (`text`, `ocr`, `pdf-text`, joined with `+`).
        public var inputForm: InputForm?
        /// Set when the form failed (unreadable input or transcript); the rest may be empty.
        public var error: String?
        /// Character error rate of the whole input against the reference.
        public var cer: Double?
        public var formulaCER: Double?
        public var wordErrorRate: Double?
        /// Reference symbols (Greek, operators, …) that did not come through unchanged.
        public var symbolsLost: Int?
        public var formulasVanished: Int?
        /// Garble events, most frequent first.
        public var events: [EventCount]
        /// Verdict counts by kind.
        public var counts: VerdictCounts
        public var parts: [PartResult]

        public init(name: String, inputs: [String], transcript: String?, inputForm: InputForm?, error: String?, cer: Double?,
                    formulaCER: Double?, wordErrorRate: Double?, symbolsLost: Int?, formulasVanished: Int?, events: [EventCount],
                    counts: VerdictCounts, parts: [PartResult]) {
            self.name = name
            self.inputs = inputs
            self.transcript = transcript
            self.inputForm = inputForm
            self.error = error
            self.cer = cer
            self.formulaCER = formulaCER
            self.wordErrorRate = wordErrorRate
            self.symbolsLost = symbolsLost
            self.formulasVanished = formulasVanished
            self.events = events
            self.counts = counts
            self.parts = parts
        }

        enum CodingKeys: String, CodingKey {
            case name, inputs, transcript, inputForm = "input_form", error, cer, formulaCER = "formula_cer",
                 wordErrorRate = "word_error_rate", symbolsLost = "symbols_lost", formulasVanished = "formulas_vanished",
                 events, counts, parts
        }

        /// Parts graded correct.
        public var correct: Int { counts[.correct] }
        /// Parts with an expected answer (not ungraded).
        public var graded: Int { parts.filter { $0.verdict != nil && $0.verdict != .ungraded }.count }
        public var missing: Int { counts[.missing] }
        /// correct / graded, nil when nothing is graded.
        public var accuracy: Double? { graded == 0 ? nil : Double(correct) / Double(graded) }
    }

    /// A garble event kind and how often it occurred.
    public struct EventCount: Codable, Sendable, Equatable {
        public var kind: String
        public var count: Int

        public init(kind: String, count: Int) {
            self.kind = kind
            self.count = count
        }
    }

    /// One part × form.
    public struct PartResult: Codable, Sendable, Equatable {
        public var id: String
        /// nil when the transcript failed.
        public var verdict: Verdict.Kind?
        public var extracted: String?
        public var expected: String?
        public var evidence: String?
        public var place: String?
        public var diagnosis: String?
        /// Error rate of the part's region of the reference in this form's input.
        public var cer: Double?
        public var formulaCER: Double?
        /// Garble events in the part's region.
        public var events: [String: Int]?

        public init(id: String, verdict: Verdict.Kind?, extracted: String?, expected: String?, evidence: String?, place: String?,
                    diagnosis: String?, cer: Double?, formulaCER: Double?, events: [String: Int]?) {
            self.id = id
            self.verdict = verdict
            self.extracted = extracted
            self.expected = expected
            self.evidence = evidence
            self.place = place
            self.diagnosis = diagnosis
            self.cer = cer
            self.formulaCER = formulaCER
            self.events = events
        }

        enum CodingKeys: String, CodingKey {
            case id, verdict, extracted, expected, evidence, place, diagnosis, cer, formulaCER = "formula_cer", events
        }
    }

    /// True when any study or form recorded an error.
    public var hasErrors: Bool {
        studies.contains { !$0.errors.isEmpty || $0.forms.contains { $0.error != nil } }
    }
}

/// What a study's forms were measured against.
public enum ReferenceKind: String, Sendable, Codable {
    /// The LaTeX or Markdown source.
    case source
    /// The PDF's cleaned text layer, when there is no source.
    case pdfText = "pdf-text"
    /// Nothing: the study could not be read.
    case none

    /// For reports: "source", "PDF text layer (no source)".
    public var label: String {
        switch self {
        case .source: "source"
        case .pdfText: "PDF text layer (no source)"
        case .none: "none"
        }
    }
}

/// Rounding for deterministic output.
public enum Rounding {
    public static func six(_ value: Double) -> Double {
        guard value.isFinite else { return 0 }
        let rounded = (value * 1_000_000).rounded() / 1_000_000
        return rounded == 0 ? 0 : rounded
    }

    /// A rounded number as text: `0.25`, `1`, `0.333333`.
    public static func text(_ value: Double?) -> String {
        guard let value else { return "" }
        let rounded = six(value)
        if rounded == rounded.rounded(), abs(rounded) < 1e15 { return String(Int(rounded)) }
        var text = String(format: "%.6f", rounded)
        while text.hasSuffix("0") { text.removeLast() }
        return text
    }
}
