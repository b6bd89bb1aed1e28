import Files
import Foundation
import Problems

/// Each part's computed answer and how it was obtained: what `hwlens solve` reports.
public struct SolveReport: Codable, Sendable {
    public var version = 1
    public var file: String
    public var key: String?
    public var parts: [SolvedPart]
    /// Parts left without an answer.
    public var unanswered: [String]

    /// One part.
    public struct SolvedPart: Codable, Sendable {
        public var id: String
        public var answer: Answer?
        /// `key`, `recognition` or `none`.
        public var source: String
        public var family: String?
        public var solver: String?
        public var parameters: [String: String]?
        public var confidence: Double?
        public var evidence: String?
        /// Why recognition gave no answer.
        public var reason: String?
        /// Set when the key and recognition disagree.
        public var disagreement: String?
    }

    /// Builds the report from resolved answers.
    public init(file: String, key: String?, resolved: [ResolvedAnswer]) {
        self.file = file
        self.key = key
        parts = resolved.map { item in
            let recognized = item.recognition.recognized
            return SolvedPart(
                id: item.partID, answer: item.answer, source: item.source.rawValue,
                family: item.keyed?.family?.rawValue ?? recognized?.family.rawValue,
                solver: item.keyed?.solver ?? recognized?.solver, parameters: recognized?.parameters,
                confidence: recognized?.confidence, evidence: recognized?.evidence, reason: item.recognition.reason,
                disagreement: item.disagreement)
        }
        unanswered = resolved.filter { $0.answer == nil }.map(\.partID)
    }
}

/// Building part statements for recognition from a problem document.
extension ProblemDocument {
    /// `(c)`, `c)`, `Part c:` → `c`.
    static func bareLabel(_ label: String) -> String {
        var text = label
        if text.lowercased().hasPrefix("part") { text = String(text.dropFirst(4)) }
        return text.filter { $0.isLetter || $0.isNumber }
    }

    /// The kind of each gradable unit: every part, and each problem without parts.
    public var unitKinds: [String: PartKind] {
        var kinds: [String: PartKind] = [:]
        for problem in problems {
            if problem.parts.isEmpty { kinds[problem.id] = kinds[problem.id] ?? problem.kind }
            for part in problem.parts { kinds[part.id] = kinds[part.id] ?? part.kind }
        }
        return kinds
    }

    /// One statement per part, with the problem's statement and earlier parts as context; a
    /// problem without parts is one statement under its own id. Line breaks inside a
    /// paragraph are layout (a PDF's lines), not meaning: they become spaces, once matrices set
    /// side by side are read apart (``SideBySideAssignments``) and a table's named rows bound
    /// (``ValueTable``, ``NamedRowVector``).
    public var partStatements: [PartStatement] {
        func flat(_ text: String) -> String {
            NamedRowVector.rewrite(ValueTable.rewrite(SideBySideAssignments.rewrite(text))).split(separator: "\n").map { $0.trimmingCharacters(in: .whitespaces) }.joined(separator: " ")
        }
        let conventions = flat(preamble)
        let references = CrossReferences(problems: problems, flat: flat)
        return problems.flatMap { problem in
            if problem.parts.isEmpty {
                return [PartStatement(id: problem.id, text: flat(problem.text), statement: "", earlierParts: [], title: problem.title,
                                      conventions: conventions, options: problem.kind == .multipleChoice ? problem.options : [])]
            }
            // A paragraph trailing a part that sets up the parts after it joins their statement.
            var texts: [String] = []
            var statements: [String] = []
            var setting = problem.text
            for (index, part) in problem.parts.enumerated() {
                statements.append(setting)
                let (own, interlude) = index + 1 < problem.parts.count ? PartInterlude.split(part.text, label: part.id.firstMatch(of: #/^\d+(?:\.\d+)?([a-z])/#).map { String($0.output.1) }) : (part.text, nil)
                texts.append(own)
                if let interlude { setting += "\n\n" + interlude }
            }
            return problem.parts.enumerated().map { index, part in
                var statement = PartStatement(
                    id: part.id, text: flat(texts[index]), statement: flat(statements[index]),
                    earlierParts: (0..<index).map { (label: Self.bareLabel(problem.parts[$0].label), text: flat(texts[$0])) },
                    title: problem.title, conventions: conventions, options: part.kind == .multipleChoice ? part.options : [])
                statement.crossReferences = references.text(for: part.text, orElse: problem.text, part: part.id)
                statement.hasSubparts = index + 1 < problem.parts.count && problem.parts[index + 1].id.hasPrefix(part.id + ".")
                return statement
            }
        }
    }
}

/// The solve report as JSON, keys sorted.
public enum SolveJSONFormatter {
    public static func format(_ report: SolveReport) throws(FileError) -> Data {
        try JSONDocument.encode(report, what: report.file, newline: true)
    }
}

/// The solve report as a table: part, answer, how it was obtained.
public enum SolveTextFormatter {
    public static func format(_ report: SolveReport) -> String {
        var out = "\(report.file): \(report.parts.count - report.unanswered.count) of \(report.parts.count) parts answered"
        out += report.key.map { " (key \($0))" } ?? ""
        out += "\n"
        for part in report.parts {
            let answer = part.answer.map { $0.description } ?? "—"
            var how: String
            switch part.source {
            case "key": how = "key" + (part.solver.map { " (\($0))" } ?? "")
            case "recognition":
                how = (part.solver ?? "solver") + String(format: ", confidence %.2f", part.confidence ?? 0)
                if let parameters = part.parameters, !parameters.isEmpty {
                    how += "; " + parameters.sorted { $0.key < $1.key }.map { "\($0.key)=\($0.value)" }.joined(separator: ", ")
                }
            default: how = "not recognized: " + (part.reason ?? "")
            }
            // (Ids longer than the column, "3.1e.ii", are written whole.)
            out += "\(part.id.padding(toLength: max(6, part.id.count), withPad: " ", startingAt: 0)) \(answer)\n       ← \(how)\n"
            if let disagreement = part.disagreement { out += "       ! \(disagreement)\n" }
        }
        if !report.unanswered.isEmpty { out += "without an answer: \(report.unanswered.joined(separator: ", "))\n" }
        return out
    }
}
