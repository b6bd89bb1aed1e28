import Foundation

/// A two-column table of answers that plain `pdftotext` printed one column after the other:
///
///     Summary
///     1(a)
///     1(b)
///     2
///
///     0.499 mol
///     B (oxygen)
///     (1, 3, 2, 3)
///
/// reads as `1(a): 0.499 mol`, `1(b): B (oxygen)`, `2: (1, 3, 2, 3)`, the value lines left
/// blank so that every line keeps its number. Only a run of at least three labels (two of them
/// with a letter, the others a problem's bare number) and, after blank lines, a run of exactly
/// as many lines; a header over each column ("Part", "Answer") is kept out of the runs.
enum PrintedColumns {
    static func joined(_ lines: [String]) -> [String] {
        var result = lines
        var index = 0
        while index < result.count {
            var labels: [Int] = []
            var end = index
            while end < result.count, isLabel(result[end]) { labels.append(end); end += 1 }
            guard labels.count >= 3,
                  labels.filter({ PartLabelGrammar.isLabelOnly(result[$0]) }).count >= 2 else {
                index = max(end, index + 1)
                continue
            }
            var start = end
            while start < result.count, result[start].trimmingCharacters(in: .whitespaces).isEmpty { start += 1 }
            if start < result.count, isHeader(result[start], of: valueHeaders) { start += 1 }
            var values: [Int] = []
            var stop = start
            while stop < result.count, !result[stop].trimmingCharacters(in: .whitespaces).isEmpty { values.append(stop); stop += 1 }
            guard start > end, values.count == labels.count,
                  values.allSatisfy({ result[$0].count <= 60 && !isLabel(result[$0]) }) else {
                index = end
                continue
            }
            for (label, value) in zip(labels, values) {
                result[label] = trimmed(result[label]).trimmingCharacters(in: CharacterSet(charactersIn: ":.")) + ": " + trimmed(result[value])
                result[value] = ""
            }
            index = stop
        }
        return result
    }

    private static let valueHeaders = ["answer", "answers", "final answer", "result", "value", "my answer"]

    private static func isHeader(_ line: String, of words: [String]) -> Bool {
        words.contains(trimmed(line).lowercased().trimmingCharacters(in: CharacterSet(charactersIn: ":*")))
    }

    /// A part's label alone ("1(a)", "(b)", "3.2a") or a problem's bare number ("2", "4").
    private static func isLabel(_ line: String) -> Bool {
        let text = trimmed(line)
        return PartLabelGrammar.isLabelOnly(text) || text.wholeMatch(of: #/\d{1,2}/#) != nil
    }

    private static func trimmed(_ line: String) -> String { line.trimmingCharacters(in: .whitespaces) }
}
