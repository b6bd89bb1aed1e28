import Foundation

/// An interval where a pair is expected: `9.216 ≤ μ ≤ 10.784`, `$9.2 < \mu < 10.8$`,
/// `10.0 ± 0.784` (as written after the last relation).
extension AnswerGrammar {
    static let bound = #"([-−]?\d+(?:\.\d+)?)"#
    static let below = #"\s*(?:≤|<=|<|\\leq?\b|\\lt\b)\s*"#
    static let between = try! NSRegularExpression(pattern: bound + below + #"[^≤<=\d]{1,16}?"# + below + bound)
    static let plusMinus = try! NSRegularExpression(pattern: #"^\s*\$*\s*"# + bound + #"\s*(?:±|\\pm\b)\s*"# + #"(\d+(?:\.\d+)?)\s*\$*\s*[.,;]?\s*$"#)

    /// The interval as a pair "(lower, upper)", or nil.
    static func interval(_ text: String) -> String? {
        let range = NSRange(text.startIndex..., in: text)
        if let match = between.matches(in: text, range: range).last,
            let low = Range(match.range(at: 1), in: text), let high = Range(match.range(at: 2), in: text) {
            return "(" + text[low] + ", " + text[high] + ")"
        }
        // "= 10.0 ± 0.784": the centre and half-width of the last relation's value.
        let tail = ["=", "≈", ":"].compactMap { text.range(of: $0, options: .backwards) }.max { $0.lowerBound < $1.lowerBound }
            .map { String(text[$0.upperBound...]) } ?? text
        guard let match = plusMinus.firstMatch(in: tail, range: NSRange(tail.startIndex..., in: tail)),
            let centreText = Range(match.range(at: 1), in: tail), let widthText = Range(match.range(at: 2), in: tail),
            let centre = Double(tail[centreText].replacingOccurrences(of: "−", with: "-")), let width = Double(tail[widthText]) else { return nil }
        let decimals = [tail[centreText], tail[widthText]].map { $0.split(separator: ".").dropFirst().first?.count ?? 0 }.max() ?? 0
        return "(" + String(format: "%.\(decimals)f", centre - width) + ", " + String(format: "%.\(decimals)f", centre + width) + ")"
    }
}
