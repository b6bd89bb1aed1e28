import Foundation

/// A multiple-choice part answered by an option's content instead of its letter: "**z is in
/// the middle**" for "Which gene lies in the middle? (A) x (B) y (C) z".
///
/// Only a bold span that names exactly one option's text, as a whole word (an option of one
/// letter in its own case), in a piece that writes no capital letter standing alone; the piece
/// then ends with "So the answer is (C)." for the grammar to read.
enum ChoiceByContent {
    /// The options a question lists one per line, "(A) x", "B) y", "C. z", in order.
    static func options(in question: String) -> [(label: String, text: String)] {
        question.split(separator: "\n").compactMap { line -> (String, String)? in
            guard let match = line.wholeMatch(of: #/\s*\(?([A-H])[).]\s+(.{1,60}?)\s*/#) else { return nil }
            return (String(match.output.1), String(match.output.2))
        }
    }

    /// The piece's text, with the option its bold span names appended.
    /// (Not where the piece writes a letter of its own anywhere, "so the answer is C", "so B";
    /// nor for options that are numbers; nor a bold span that negates, "**not stay the same**".)
    static func naming(_ text: String, options: [(label: String, text: String)]) -> String {
        guard options.count >= 2, text.range(of: #"(?<![\w'’])[A-H](?![\w'’])"#, options: .regularExpression) == nil,
              !options.contains(where: { $0.text.contains(where: \.isNumber) }) else { return text }
        var named: Set<String> = []
        for span in text.matches(of: #/\*\*([^*\n]{1,80})\*\*/#) {
            let inner = String(span.output.1)
            if inner.range(of: #"(?i)\b(?:not|no|never|neither|nor)\b|n['’]t\b"#, options: .regularExpression) != nil { return text }
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
