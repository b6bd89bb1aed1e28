import Foundation

/// A multiple-choice part answered by an option's content instead of its letter: "**z is in
/// the middle**" for "Which gene lies in the middle? (A) x (B) y (C) z".
///
/// Only a bold span that names exactly one option's text, as a whole word (an option of one
/// letter in its own case), in a piece that writes no option letter of its own; the piece then
/// ends with "So the answer is (C)." for the grammar to read.
enum ChoiceByContent {
    /// The options a question lists one per line, "(A) x", "B) y", "C. z", in order.
    static func options(in question: String) -> [(label: String, text: String)] {
        question.split(separator: "\n").compactMap { line -> (String, String)? in
            guard let match = line.wholeMatch(of: #/\s*\(?([A-H])[).]\s+(.{1,60}?)\s*/#) else { return nil }
            return (String(match.output.1), String(match.output.2))
        }
    }

    /// The piece's text, with the option its bold span names appended.
    static func naming(_ text: String, options: [(label: String, text: String)]) -> String {
        guard options.count >= 2, text.firstMatch(of: #/\(([A-H])\)|\b[Oo]ption\s+[A-H]\b|\*\*[A-H]\*\*/#) == nil else { return text }
        var named: Set<String> = []
        for span in text.matches(of: #/\*\*([^*\n]{1,80})\*\*/#) {
            let inner = String(span.output.1)
            let found = options.filter { option in
                let pattern = "(?<![\\w])" + NSRegularExpression.escapedPattern(for: option.text) + "(?![\\w])"
                return inner.range(of: pattern, options: option.text.count == 1 ? .regularExpression : [.regularExpression, .caseInsensitive]) != nil
            }
            if found.count == 1 { named.insert(found[0].label) } else if found.count > 1 { return text }
        }
        guard named.count == 1, let label = named.first else { return text }
        return text + " So the answer is (" + label + ")."
    }
}
