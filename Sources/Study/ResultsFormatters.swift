import Files
import Foundation
import Grade
import Results

/// `results.json`: the results, keys sorted, one document with a trailing newline.
public enum ResultsJSONFormatter {
    public static func format(_ results: StudyResults) throws(FileError) -> Data {
        try JSONDocument.encode(results, what: "results.json", pretty: true, newline: true)
    }
}

/// `results.csv`: one row per study × form × part (RFC 4180 quoting).
public enum ResultsCSVFormatter {
    public static let header = ["study", "form", "part", "verdict", "extracted", "expected", "part_cer", "part_formula_cer", "form_cer", "form_formula_cer"]

    public static func format(_ results: StudyResults) -> String {
        var lines = [header.joined(separator: ",")]
        for study in results.studies {
            for form in study.forms {
                for part in form.parts {
                    let cells = [
                        study.name, form.name, part.id, part.verdict?.rawValue ?? "", part.extracted ?? "", part.expected ?? "",
                        Rounding.text(part.cer), Rounding.text(part.formulaCER), Rounding.text(form.cer), Rounding.text(form.formulaCER),
                    ]
                    lines.append(cells.map(quote).joined(separator: ","))
                }
            }
        }
        return lines.joined(separator: "\r\n") + "\r\n"
    }

    static func quote(_ cell: String) -> String {
        guard cell.contains(where: { $0 == "," || $0 == "\"" || $0 == "\n" || $0 == "\r" }) else { return cell }
        return "\"" + cell.replacingOccurrences(of: "\"", with: "\"\"") + "\""
    }
}

/// Paired comparison of two forms on the parts both graded: flips and McNemar's exact test.
public struct PairedComparison: Sendable, Equatable {
    public var first: String
    public var second: String
    /// Parts graded in both forms.
    public var pairs: Int
    /// Correct in the first, not in the second.
    public var correctToIncorrect: Int
    /// Not correct in the first, correct in the second.
    public var incorrectToCorrect: Int
    /// Two-sided exact McNemar p-value (binomial on the discordant pairs, p = 1/2).
    public var pValue: Double

    /// Every pair of forms of a study, in manifest order.
    public static func all(_ study: StudyResults.Study) -> [PairedComparison] {
        var result: [PairedComparison] = []
        let forms = study.forms.filter { !$0.parts.isEmpty }
        for i in forms.indices {
            for j in forms.indices where j > i {
                result.append(compare(forms[i], forms[j]))
            }
        }
        return result
    }

    public static func compare(_ a: StudyResults.Form, _ b: StudyResults.Form) -> PairedComparison {
        var verdictsB: [String: Verdict.Kind] = [:]
        for part in b.parts { if let verdict = part.verdict { verdictsB[part.id] = verdict } }
        var pairs = 0, down = 0, up = 0
        for part in a.parts {
            guard let va = part.verdict, va != .ungraded, let vb = verdictsB[part.id], vb != .ungraded else { continue }
            pairs += 1
            if va == .correct && vb != .correct { down += 1 }
            if va != .correct && vb == .correct { up += 1 }
        }
        return PairedComparison(first: a.name, second: b.name, pairs: pairs, correctToIncorrect: down, incorrectToCorrect: up,
                                pValue: McNemar.exactPValue(down, up))
    }
}

/// McNemar's exact test.
public enum McNemar {
    /// Two-sided p-value for `b` and `c` discordant pairs: 2 · P(X ≤ min(b, c)), X ~ Binomial(b + c, 1/2), capped at 1.
    public static func exactPValue(_ b: Int, _ c: Int) -> Double {
        let n = b + c
        guard n > 0 else { return 1 }
        let k = min(b, c)
        var tail = 0.0
        for i in 0...k { tail += exp(logChoose(n, i) - Double(n) * log(2.0)) }
        return Rounding.six(min(1, 2 * tail))
    }

    /// log C(n, k), summed so it is exact enough for any n.
    static func logChoose(_ n: Int, _ k: Int) -> Double {
        let k = min(k, n - k)
        guard k > 0 else { return 0 }
        var sum = 0.0
        for i in 1...k { sum += log(Double(n - k + i)) - log(Double(i)) }
        return sum
    }
}

/// `report.md`: per study, a summary of each form and the verdict grid parts × forms.
public enum ReportMarkdownFormatter {
    public static func format(_ results: StudyResults) -> String {
        var out = "# hwlens run\n"
        for study in results.studies {
            out += "\n## \(study.title) (`\(study.name)`)\n\n"
            if study.referenceKind != .none {
                out += "Reference: \(study.referenceKind.label) `\(study.reference)`"
                out += study.key.map { ", key `\($0)`" } ?? ""
                out += "; \(study.parts.count) parts.\n"
            }
            for error in study.errors { out += "\n**Error:** \(escape(error))\n" }
            for warning in study.warnings { out += "\n*Warning:* \(escape(warning))\n" }
            // A study whose manifest could not be read has nothing else to show.
            if study.forms.isEmpty { continue }
            out += "\n| form | input | CER | formula CER | symbols lost | top garble events | accuracy | missing | error |\n"
            out += "|---|---|---:|---:|---:|---|---:|---:|---|\n"
            for form in study.forms {
                let events = form.events.prefix(3).map { "\($0.kind) ×\($0.count)" }.joined(separator: ", ")
                let accuracy = form.accuracy.map { "\(form.correct)/\(form.graded) (\(String(format: "%.0f", $0 * 100)) %)" } ?? "—"
                let cells = [
                    form.name, form.inputForm?.description ?? "—", percent(form.cer), percent(form.formulaCER), form.symbolsLost.map(String.init) ?? "—",
                    events.isEmpty ? "—" : events, accuracy, form.parts.isEmpty ? "—" : String(form.missing), form.error.map(escape) ?? "",
                ]
                out += "| " + cells.map { $0.replacingOccurrences(of: "|", with: "\\|") }.joined(separator: " | ") + " |\n"
            }
            out += "\n### Verdicts\n\n| part | expected | " + study.forms.map(\.name).joined(separator: " | ") + " |\n"
            out += "|---|---|" + study.forms.map { _ in "---|" }.joined() + "\n"
            for part in study.parts {
                var cells = [part.id, part.expected.map(escape) ?? "—"]
                for form in study.forms {
                    guard let result = form.parts.first(where: { $0.id == part.id }), let verdict = result.verdict else {
                        cells.append("—")
                        continue
                    }
                    cells.append(verdict.symbol + " " + verdict.rawValue)
                }
                out += "| " + cells.map { $0.replacingOccurrences(of: "|", with: "\\|") }.joined(separator: " | ") + " |\n"
            }
            let comparisons = PairedComparison.all(study)
            if !comparisons.isEmpty {
                out += "\n### Paired comparisons\n\n| forms | parts | correct→not | not→correct | McNemar p |\n|---|---:|---:|---:|---:|\n"
                for c in comparisons {
                    out += "| \(c.first) vs \(c.second) | \(c.pairs) | \(c.correctToIncorrect) | \(c.incorrectToCorrect) | \(Rounding.text(c.pValue)) |\n"
                }
            }
        }
        return out
    }

    static func percent(_ value: Double?) -> String {
        value.map { String(format: "%.1f %%", $0 * 100) } ?? "—"
    }

    static func escape(_ text: String) -> String {
        text.replacingOccurrences(of: "\n", with: " ")
    }
}

/// The summary `hwlens run` prints: study, form, CER, formula CER, correct/total, missing.
public enum ResultsSummaryFormatter {
    public static func format(_ results: StudyResults) -> String {
        let header = ["study", "form", "CER", "formula CER", "correct", "missing", "error"]
        var rows: [[String]] = []
        for study in results.studies {
            for error in study.errors { rows.append([study.name, "—", "", "", "", "", error]) }
            for form in study.forms {
                rows.append([
                    study.name, form.name, ReportMarkdownFormatter.percent(form.cer), ReportMarkdownFormatter.percent(form.formulaCER),
                    form.graded == 0 ? "—" : "\(form.correct)/\(form.graded)", form.graded == 0 ? "—" : String(form.missing),
                    form.error ?? "",
                ])
            }
        }
        let widths = (0..<6).map { column in ([header] + rows).map { $0[column].count }.max() ?? 0 }
        func line(_ cells: [String]) -> String {
            let padded = (0..<6).map { cells[$0].padding(toLength: widths[$0], withPad: " ", startingAt: 0) }.joined(separator: "  ")
            return (padded + (cells[6].isEmpty ? "" : "  " + cells[6])).replacingOccurrences(of: "\\s+$", with: "", options: .regularExpression)
        }
        return ([line(header)] + rows.map(line)).joined(separator: "\n") + "\n"
    }
}
