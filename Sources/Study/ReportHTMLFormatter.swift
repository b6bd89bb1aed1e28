import Foundation
import Grade
import Results

/// `index.html`: a self-contained report (inline CSS and SVG, no network): per study, the
/// form summary, the verdict grid parts × forms (evidence on click), a scatter of part
/// formula CER against correctness, and paired comparisons of the forms.
public enum ReportHTMLFormatter {
    public static func format(_ results: StudyResults) -> String {
        var out = """
            <!DOCTYPE html>
            <html lang="en"><head><meta charset="utf-8"><title>hwlens run</title>
            <style>
            body{font:14px/1.4 system-ui,sans-serif;margin:2em;color:#222}
            table{border-collapse:collapse;margin:.5em 0 1.5em}
            th,td{border:1px solid #ccc;padding:3px 8px;text-align:left;vertical-align:top}
            td.num{text-align:right}
            .grid td.v{min-width:7em}
            .correct{background:#c8e6c9}.incorrect{background:#ffcdd2}.missing{background:#fff9c4}
            .unclear{background:#ffe0b2}.ungraded{background:#eee}.none{background:#fafafa;color:#999}
            details summary{cursor:pointer}
            details div{font-size:12px;max-width:28em;white-space:pre-wrap;word-break:break-word}
            .error{color:#b71c1c}.warning{color:#8d6e00}
            svg text{font:11px system-ui,sans-serif}
            </style></head><body>
            <h1>hwlens run</h1>

            """
        for study in results.studies {
            out += "<section class=\"study\" id=\"\(escape(study.name))\">\n"
            out += "<h2>\(escape(study.title)) <small>(\(escape(study.name)))</small></h2>\n"
            if study.referenceKind != .none {
                out += "<p>Reference: \(study.referenceKind.label) <code>\(escape(study.reference))</code>"
                out += study.key.map { ", key <code>\(escape($0))</code>" } ?? ""
                out += "; \(study.parts.count) parts.</p>\n"
            }
            for error in study.errors { out += "<p class=\"error\">Error: \(escape(error))</p>\n" }
            for warning in study.warnings { out += "<p class=\"warning\">Warning: \(escape(warning))</p>\n" }
            // A study whose manifest could not be read has nothing else to show.
            if !study.forms.isEmpty {
                out += summary(study)
                out += grid(study)
                out += scatter(study)
                out += comparisons(study)
            }
            out += "</section>\n"
        }
        out += "</body></html>\n"
        return out
    }

    static func summary(_ study: StudyResults.Study) -> String {
        var out = "<h3>Forms</h3>\n<table class=\"summary\"><tr><th>form</th><th>input</th><th>CER</th><th>formula CER</th><th>symbols lost</th><th>top garble events</th><th>accuracy</th><th>missing</th><th>error</th></tr>\n"
        for form in study.forms {
            let events = form.events.prefix(3).map { "\($0.kind) ×\($0.count)" }.joined(separator: ", ")
            let accuracy = form.accuracy.map { "\(form.correct)/\(form.graded) (\(String(format: "%.0f", $0 * 100)) %)" } ?? "—"
            out += "<tr><td>\(escape(form.name))</td><td>\(escape(form.inputForm?.description ?? "—"))</td>"
            out += "<td class=\"num\">\(ReportMarkdownFormatter.percent(form.cer))</td><td class=\"num\">\(ReportMarkdownFormatter.percent(form.formulaCER))</td>"
            out += "<td class=\"num\">\(form.symbolsLost.map(String.init) ?? "—")</td><td>\(escape(events.isEmpty ? "—" : events))</td>"
            out += "<td class=\"num\">\(accuracy)</td><td class=\"num\">\(form.parts.isEmpty ? "—" : String(form.missing))</td>"
            out += "<td class=\"error\">\(escape(form.error ?? ""))</td></tr>\n"
        }
        return out + "</table>\n"
    }

    static func grid(_ study: StudyResults.Study) -> String {
        var out = "<h3>Verdicts</h3>\n<table class=\"grid\"><tr><th>part</th><th>expected</th>"
        for form in study.forms { out += "<th>\(escape(form.name))</th>" }
        out += "</tr>\n"
        for part in study.parts {
            out += "<tr><th>\(escape(part.id))</th><td>\(escape(part.expected ?? "—"))</td>"
            for form in study.forms {
                guard let result = form.parts.first(where: { $0.id == part.id }), let verdict = result.verdict else {
                    out += "<td class=\"v none\">—</td>"
                    continue
                }
                var detail: [String] = []
                if let extracted = result.extracted { detail.append("answer: \(extracted)") }
                if let evidence = result.evidence { detail.append("evidence: \(evidence)") }
                if let place = result.place { detail.append("at: \(place)") }
                if let diagnosis = result.diagnosis { detail.append("note: \(diagnosis)") }
                if let cer = result.cer { detail.append("part CER: \(Rounding.text(cer))") }
                if let formula = result.formulaCER { detail.append("part formula CER: \(Rounding.text(formula))") }
                let text = detail.joined(separator: "\n")
                out += "<td class=\"v \(verdict.rawValue)\" title=\"\(escape(text))\"><details><summary>\(verdict.symbol) \(verdict.rawValue)</summary><div>\(escape(text))</div></details></td>"
            }
            out += "</tr>\n"
        }
        return out + "</table>\n"
    }

    static let palette = ["#1f77b4", "#d62728", "#2ca02c", "#9467bd", "#ff7f0e", "#8c564b", "#e377c2", "#17becf"]

    /// Part formula CER (x) against correctness (y: 1 correct, 0 not; jittered), per form.
    static func scatter(_ study: StudyResults.Study) -> String {
        let width = 520.0, height = 260.0, left = 50.0, right = 150.0, top = 20.0, bottom = 40.0
        let plotW = width - left - right, plotH = height - top - bottom
        var points: [(form: Int, x: Double, y: Double, label: String)] = []
        for (index, form) in study.forms.enumerated() {
            for part in form.parts {
                guard let verdict = part.verdict, verdict != .ungraded, let x = part.formulaCER ?? part.cer else { continue }
                let measure = part.formulaCER != nil ? "formula CER" : "CER"
                let correct = verdict == .correct ? 1.0 : 0.0
                let jitter = (Double(stableHash("\(form.name)/\(part.id)") % 1000) / 1000 - 0.5) * 0.16
                points.append((index, min(max(x, 0), 1), correct + jitter, "\(form.name) \(part.id): \(verdict.rawValue), \(measure) \(Rounding.text(x))"))
            }
        }
        let usesFormula = study.forms.contains { $0.parts.contains { $0.formulaCER != nil } }
        var out = "<h3>Part \(usesFormula ? "formula CER" : "CER") against correctness</h3>\n"
        out += "<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"\(Int(width))\" height=\"\(Int(height))\" viewBox=\"0 0 \(Int(width)) \(Int(height))\" role=\"img\">\n"
        out += "<rect x=\"\(f(left))\" y=\"\(f(top))\" width=\"\(f(plotW))\" height=\"\(f(plotH))\" fill=\"#fafafa\" stroke=\"#999\"/>\n"
        func px(_ x: Double) -> Double { left + x * plotW }
        func py(_ y: Double) -> Double { top + (1.2 - (y + 0.1)) / 1.2 * plotH }
        for tick in [0.0, 0.25, 0.5, 0.75, 1.0] {
            out += "<line x1=\"\(f(px(tick)))\" y1=\"\(f(top + plotH))\" x2=\"\(f(px(tick)))\" y2=\"\(f(top + plotH + 4))\" stroke=\"#999\"/>"
            out += "<text x=\"\(f(px(tick)))\" y=\"\(f(top + plotH + 16))\" text-anchor=\"middle\">\(Rounding.text(tick))</text>\n"
        }
        out += "<text x=\"\(f(left - 6))\" y=\"\(f(py(1) + 4))\" text-anchor=\"end\">correct</text>"
        out += "<text x=\"\(f(left - 6))\" y=\"\(f(py(0) + 4))\" text-anchor=\"end\">not</text>\n"
        out += "<text x=\"\(f(left + plotW / 2))\" y=\"\(f(height - 6))\" text-anchor=\"middle\">part \(usesFormula ? "formula CER" : "CER")</text>\n"
        for point in points {
            let color = palette[point.form % palette.count]
            out += "<circle cx=\"\(f(px(point.x)))\" cy=\"\(f(py(point.y)))\" r=\"4\" fill=\"\(color)\" fill-opacity=\"0.7\"><title>\(escape(point.label))</title></circle>\n"
        }
        for (index, form) in study.forms.enumerated() {
            let y = top + 12 + Double(index) * 16
            out += "<circle cx=\"\(f(left + plotW + 16))\" cy=\"\(f(y))\" r=\"4\" fill=\"\(palette[index % palette.count])\"/>"
            out += "<text x=\"\(f(left + plotW + 26))\" y=\"\(f(y + 4))\">\(escape(form.name))</text>\n"
        }
        return out + "</svg>\n"
    }

    static func comparisons(_ study: StudyResults.Study) -> String {
        let all = PairedComparison.all(study)
        guard !all.isEmpty else { return "" }
        var out = "<h3>Paired comparisons</h3>\n<p>On the parts graded in both forms: flips and McNemar's exact test (two-sided binomial on the discordant pairs).</p>\n"
        out += "<table class=\"pairs\"><tr><th>forms</th><th>parts</th><th>correct → not</th><th>not → correct</th><th>McNemar p</th></tr>\n"
        for c in all {
            out += "<tr><td>\(escape(c.first)) vs \(escape(c.second))</td><td class=\"num\">\(c.pairs)</td><td class=\"num\">\(c.correctToIncorrect)</td>"
            out += "<td class=\"num\">\(c.incorrectToCorrect)</td><td class=\"num\">\(Rounding.text(c.pValue))</td></tr>\n"
        }
        return out + "</table>\n"
    }

    static func f(_ value: Double) -> String { String(format: "%.1f", value) }

    /// FNV-1a: a jitter that is the same on every run.
    static func stableHash(_ text: String) -> UInt64 {
        var hash: UInt64 = 0xcbf29ce484222325
        for byte in text.utf8 {
            hash ^= UInt64(byte)
            hash = hash &* 0x100000001b3
        }
        return hash
    }

    static func escape(_ text: String) -> String {
        var out = ""
        for c in text {
            switch c {
            case "&": out += "&amp;"
            case "<": out += "&lt;"
            case ">": out += "&gt;"
            case "\"": out += "&quot;"
            case "'": out += "&#39;"
            default: out.append(c)
            }
        }
        return out
    }
}
