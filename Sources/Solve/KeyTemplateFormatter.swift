import Problems

/// An answer key to start from (`hwlens solve FILE --key-template key.yaml`): every computed
/// answer in the key's own format, commented with its family and evidence, and a commented
/// `TODO` entry per part without one. Filling in the TODOs (and uncommenting them) gives a
/// key that `solve --key` and `grade --key` read.
public enum KeyTemplateFormatter {
    /// The template; `kinds` types the TODO entries (`choice:` for multiple choice).
    public static func format(_ report: SolveReport, kinds: [String: PartKind]) -> String {
        var lines = [
            "# Answer key for \(report.file), started by `hwlens solve --key-template`.",
            "# Computed answers are filled in: check each against its evidence.",
            "# For every TODO, remove the leading '# ' and give the answer (see the README: answer:,",
            "# choice:, expression:, text:, shape: or solve:).",
        ]
        let computed = report.parts.filter { $0.answer != nil }
        lines.append(computed.isEmpty ? "parts: {}" : "parts:")
        for part in report.parts {
            if let answer = part.answer {
                let how = [part.solver ?? part.source, part.family.map { "(\($0))" }].compactMap { $0 }.joined(separator: " ")
                lines.append("  \(quoted(part.id)): \(entry(answer))")
                lines.append("    # \(how)" + (part.evidence.map { ": " + oneLine($0) } ?? ""))
            } else {
                let field: String
                switch kinds[part.id] {
                case .multipleChoice?: field = "choice: TODO"
                case .trueFalse?, .selectAll?, .matching?, .open?: field = "text: TODO"
                default: field = "answer: TODO"
                }
                lines.append("  # \(quoted(part.id)): { \(field) }")
                lines.append("    # " + oneLine(part.reason.map { "not computed: " + $0 } ?? "not computed"))
            }
        }
        return lines.joined(separator: "\n") + "\n"
    }

    /// One entry in flow style: `{ answer: 73856 }`, `{ shape: [16, 64, 64], layout: CHW }`.
    static func entry(_ answer: Answer) -> String {
        switch answer {
        case .integer(let value): return "{ answer: \(value) }"
        case .real(let value): return "{ answer: \(value.exact ?? RealValue.format(value.value)) }"
        case .vector(let values): return "{ answer: \(list(values)) }"
        case .matrix(let rows): return "{ answer: [" + rows.map(list).joined(separator: ", ") + "] }"
        case .shape(let dimensions, let layout):
            return "{ shape: [\(dimensions.map(String.init).joined(separator: ", "))]" + (layout.map { ", layout: \($0)" } ?? "") + " }"
        case .choice(let letter): return "{ choice: \(letter) }"
        case .expression(let text): return "{ expression: \(quoted(text)) }"
        case .text(let text): return "{ text: \(quoted(text)) }"
        }
    }

    private static func list(_ values: [Double]) -> String {
        "[" + values.map(RealValue.format).joined(separator: ", ") + "]"
    }

    /// A YAML double-quoted string.
    private static func quoted(_ text: String) -> String {
        "\"" + text.replacingOccurrences(of: "\\", with: "\\\\").replacingOccurrences(of: "\"", with: "\\\"") + "\""
    }

    private static func oneLine(_ text: String) -> String {
        text.split(whereSeparator: \.isNewline).joined(separator: " ")
    }
}
