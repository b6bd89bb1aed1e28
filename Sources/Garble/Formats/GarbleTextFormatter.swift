import Foundation

/// The comparison as a plain-text report: one table across candidates, then each
/// candidate's taxonomy, symbol survival and most frequent confusions.
public enum GarbleTextFormatter {
    public static func format(_ comparison: GarbleComparison) -> String {
        var out = "reference: \(comparison.source.file) (\(comparison.source.kind), \(comparison.source.characters) characters, \(comparison.source.formulas) formulas)\n"
        out += "normalization: \(comparison.normalization.isEmpty ? "none" : comparison.normalization.joined(separator: ", "))\n"
        for issue in comparison.source.issues.prefix(5) { out += "source issue: \(issue)\n" }
        out += "\n"
        let header = ["candidate", "form", "CER", "WER", "formula CER", "prose CER", "formulas ok/damaged/vanished", "symbols lost"]
        var rows: [[String]] = [header]
        for report in comparison.candidates {
            let lost = report.symbols.filter { $0.symbolClass != .matrix }.reduce(0) { $0 + $1.total - $1.survived }
            rows.append([
                report.file, report.form.description, percent(report.characters.rate), percent(report.words.rate),
                percent(report.formula.formulaCER), percent(report.formula.proseCER),
                "\(report.formula.intact)/\(report.formula.damaged)/\(report.formula.vanished)", String(lost),
            ])
        }
        out += table(rows)
        for report in comparison.candidates {
            out += "\n== \(report.file) (\(report.form))\n"
            let c = report.characters
            out += "characters: \(c.distance) edits in \(c.referenceLength) (\(c.insertions) inserted, \(c.deletions) deleted, \(c.substitutions) substituted)\n"
            let w = report.words
            out += "words: \(w.distance) edits in \(w.referenceLength) (\(w.insertions) inserted, \(w.deletions) deleted, \(w.substitutions) substituted)\n"
            if !report.symbols.isEmpty {
                out += "symbols survived: "
                out += report.symbols.map { "\($0.symbolClass.rawValue) \($0.survived)/\($0.total)" }.joined(separator: ", ") + "\n"
            }
            if !report.events.isEmpty {
                out += "garble events:\n"
                for event in report.events {
                    let examples = distinct(event.examples).prefix(3).map { "\(clip(show($0.reference))) → \(clip(show($0.candidate)))" }.joined(separator: "; ")
                    out += "  \(event.kind.rawValue) ×\(event.count): \(examples)\n"
                }
            }
            if !report.regions.isEmpty {
                out += "parts (CER / formula CER): " + report.regions.map { region in
                    "\(region.id) \(percent(region.cer))/\(percent(region.formulaCER))"
                }.joined(separator: ", ") + "\n"
            }
            let confusions = report.confusions.prefix(10)
            if !confusions.isEmpty {
                out += "confusions: " + confusions.map { "\(show($0.reference)) → \(show($0.candidate)) ×\($0.count)" }.joined(separator: ", ") + "\n"
            }
        }
        return out
    }

    /// One example per reference piece first, then the rest.
    static func distinct(_ examples: [GarbleExample]) -> [GarbleExample] {
        var seen = Set<String>()
        // Symbols before constructs, then one per reference piece.
        let ordered = examples.filter { $0.reference.count == 1 } + examples.filter { $0.reference.count != 1 }
        let first = ordered.filter { seen.insert($0.reference).inserted }
        return first + ordered.filter { example in !first.contains(example) }
    }

    static func clip(_ text: String, _ limit: Int = 40) -> String {
        text.count <= limit ? text : String(text.prefix(limit - 1)) + "…"
    }

    static func percent(_ value: Double) -> String {
        String(format: "%.2f%%", value * 100)
    }

    /// Shows empty strings as ∅ and invisible characters by code point.
    static func show(_ text: String) -> String {
        if text.isEmpty { return "∅" }
        var out = ""
        for scalar in text.unicodeScalars {
            switch scalar {
            case " ": out += "␣"
            case "\n": out += "⏎"
            default:
                if scalar.value < 0x20 || (0xE000...0xF8FF).contains(scalar.value) {
                    out += "U+" + String(scalar.value, radix: 16, uppercase: true)
                } else {
                    out.unicodeScalars.append(scalar)
                }
            }
        }
        return out
    }

    static func table(_ rows: [[String]]) -> String {
        let widths = rows[0].indices.map { column in rows.map { $0[column].count }.max() ?? 0 }
        return rows.enumerated().map { index, row in
            let line = row.enumerated().map { column, cell in
                cell + String(repeating: " ", count: widths[column] - cell.count)
            }.joined(separator: "  ")
            let text = line.replacingOccurrences(of: "\\s+$", with: "", options: .regularExpression) + "\n"
            return index == 0 ? text + widths.map { String(repeating: "-", count: $0) }.joined(separator: "  ") + "\n" : text
        }.joined()
    }
}
