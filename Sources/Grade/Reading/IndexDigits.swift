/// Indices of one digit each written the crystallographer's way, "(201)", "[2̄21]",
/// "[2\,\bar{2}\,\bar{1}]": without separators, a bar over a digit making it negative. Set
/// apart as a vector, "(2, 0, 1)", "[−2, 2, 1]", for a key of such indices. Plain digits with
/// separators ("(2 0 1)", "(2, 0, 1)") read as they are.
enum IndexDigits {
    /// Whether a key's entries are such indices: two to four whole numbers from −9 to 9.
    static func applies(to entries: [Double]) -> Bool {
        (2...4).contains(entries.count) && entries.allSatisfy { abs($0) <= 9 && $0 == $0.rounded() }
    }

    /// `written` with each bracket of exactly `count` such indices written out as a vector.
    static func separated(_ written: String, count: Int) -> String {
        // (A combining macron makes one character with its digit: written as \bar{…} first.)
        let text = written.replacingOccurrences(of: "(\\d)\u{0304}", with: "\\\\bar{$1}", options: .regularExpression)
        return text.replacing(#/([(\[⟨<{])((?:\s*(?:\\,)?\s*(?:\\bar\{\d\}|\\overline\{\d\}|\d)){2,4})\s*([)\]⟩>}])/#) { match in
            let indices = String(match.output.2).matches(of: #/\\(?:bar|overline)\{(\d)\}|(\d)/#).map { index in
                index.output.1.map { "−" + $0 } ?? String(index.output.2 ?? "")
            }
            let barred = indices.contains { $0.hasPrefix("−") }
            guard indices.count == count, barred || match.output.2.allSatisfy(\.isNumber) else { return String(match.output.0) }
            return String(match.output.1) + indices.joined(separator: ", ") + String(match.output.3)
        }
    }
}
