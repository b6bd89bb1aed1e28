import Foundation

/// A self-contained HTML page: the comparison table, then per candidate a side-by-side
/// aligned diff (reference left, candidate right) with formulas highlighted and each
/// taxonomy event marked (hover for its kind). Needs reports made with `keepAlignment`.
public enum GarbleHTMLFormatter {
    public static func format(_ comparison: GarbleComparison) -> String {
        var html = """
            <!DOCTYPE html>
            <html lang="en"><head><meta charset="utf-8">
            <title>hwlens garble: \(escape(comparison.source.file))</title>
            <style>
            body{font-family:system-ui,sans-serif;margin:1.5em;color:#222}
            table{border-collapse:collapse}td,th{border:1px solid #ccc;padding:.25em .6em;text-align:left}
            .diff{display:grid;grid-template-columns:1fr 1fr;gap:0 1em;font-family:ui-monospace,monospace;font-size:13px}
            .diff>div{white-space:pre-wrap;word-break:break-word;border-bottom:1px solid #eee;padding:2px 0}
            .f{background:#e8f0ff}.del{background:#ffc9c9;text-decoration:line-through}.ins{background:#c9f7c9}
            .sub{background:#ffe3a8}.ev{outline:2px solid #c00;outline-offset:-1px}
            .legend span{margin-right:1em;padding:0 .3em}
            .events td{vertical-align:top}.events td:last-child{font-size:12px;color:#555;max-width:28em}
            .events code{background:#f4f4f4;padding:0 .2em}
            </style></head><body>
            <h1>Garble report</h1>
            <p>Reference <code>\(escape(comparison.source.file))</code> (\(escape(comparison.source.kind)), \(comparison.source.characters) characters, \(comparison.source.formulas) formulas); normalization: \(escape(comparison.normalization.joined(separator: ", ")))</p>
            <table><tr><th>candidate</th><th>form</th><th>CER</th><th>WER</th><th>formula CER</th><th>prose CER</th><th>formulas ok / damaged / vanished</th></tr>

            """
        for report in comparison.candidates {
            html += "<tr><td>\(escape(report.file))</td><td>\(escape(report.form.description))</td><td>\(GarbleTextFormatter.percent(report.characters.rate))</td><td>\(GarbleTextFormatter.percent(report.words.rate))</td><td>\(GarbleTextFormatter.percent(report.formula.formulaCER))</td><td>\(GarbleTextFormatter.percent(report.formula.proseCER))</td><td>\(report.formula.intact) / \(report.formula.damaged) / \(report.formula.vanished)</td></tr>\n"
        }
        html += "</table>\n<p class=\"legend\"><span class=\"f\">formula</span><span class=\"del\">deleted</span><span class=\"ins\">inserted</span><span class=\"sub\">substituted</span><span class=\"ev\">garble event</span></p>\n"
        for (index, report) in comparison.candidates.enumerated() {
            html += "<h2 id=\"c\(index)\">\(escape(report.file)) <small>(\(escape(report.form.description)))</small></h2>\n"
            if !report.events.isEmpty {
                html += "<table class=\"events\"><tr><th>event</th><th>count</th><th>examples (reference → candidate)</th><th>cause</th></tr>\n"
                for event in report.events {
                    let examples = GarbleTextFormatter.distinct(event.examples).prefix(4).map {
                        "<code>" + escape(GarbleTextFormatter.clip(visible($0.reference), 50)) + "</code> → <code>"
                            + escape(GarbleTextFormatter.clip(visible($0.candidate), 50)) + "</code>"
                    }.joined(separator: "<br>")
                    html += "<tr><td>\(event.kind.rawValue)</td><td>\(event.count)</td><td>\(examples)</td><td>\(escape(event.cause))</td></tr>\n"
                }
                html += "</table>\n"
            }
            html += "<div class=\"diff\">\n" + rows(report.alignment) + "</div>\n"
        }
        html += "</body></html>\n"
        return html
    }

    /// Aligned rows of about 90 reference characters, broken at spaces.
    static func rows(_ pieces: [AlignedPiece]) -> String {
        var out = ""
        var left = ""
        var right = ""
        var width = 0
        func flush() {
            out += "<div>\(left)</div><div>\(right)</div>\n"
            left = ""
            right = ""
            width = 0
        }
        for piece in pieces {
            var classes: [String] = []
            if piece.formula != nil { classes.append("f") }
            if !piece.kinds.isEmpty { classes.append("ev") }
            let title = piece.kinds.isEmpty ? "" : " title=\"\(piece.kinds.map(\.rawValue).joined(separator: ", "))\""
            func span(_ text: String, _ extra: String) -> String {
                guard !text.isEmpty else { return "" }
                let all = (classes + (extra.isEmpty ? [] : [extra])).joined(separator: " ")
                let shown = escape(extra.isEmpty ? text : GarbleTextFormatter.show(text))
                return all.isEmpty && title.isEmpty ? shown : "<span class=\"\(all)\"\(title)>\(shown)</span>"
            }
            switch piece.operation {
            case .match:
                // Break long matching runs at spaces to keep rows aligned.
                var chunk = ""
                for character in piece.reference {
                    chunk.append(character)
                    width += 1
                    if width >= 90, character == " " {
                        left += span(chunk, "")
                        right += span(chunk, "")
                        chunk = ""
                        flush()
                    }
                }
                left += span(chunk, "")
                right += span(chunk, "")
            case .substitute:
                left += span(piece.reference, "sub")
                right += span(piece.candidate, "sub")
                width += piece.reference.count
            case .delete:
                left += span(piece.reference, "del")
                width += piece.reference.count
            case .insert:
                right += span(piece.candidate, "ins")
            }
        }
        if !left.isEmpty || !right.isEmpty { flush() }
        return out
    }

    /// Invisible characters by code point, line breaks as ⏎; spaces stay spaces.
    static func visible(_ text: String) -> String {
        if text.isEmpty { return "∅" }
        return GarbleTextFormatter.show(text).replacingOccurrences(of: "␣", with: " ")
    }

    static func escape(_ text: String) -> String {
        var out = ""
        for character in text {
            switch character {
            case "&": out += "&amp;"
            case "<": out += "&lt;"
            case ">": out += "&gt;"
            case "\"": out += "&quot;"
            default: out.append(character)
            }
        }
        return out
    }
}
