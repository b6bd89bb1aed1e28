import Foundation

extension StringProtocol {
    /// The range of the last match of a regular expression. (Foundation's `range(of:options:)`
    /// with `[.regularExpression, .backwards]` returns the first match on Linux.)
    func lastRange(ofPattern pattern: String) -> Range<Index>? {
        let text = String(self)
        guard let expression = try? NSRegularExpression(pattern: pattern),
            let match = expression.matches(in: text, range: NSRange(text.startIndex..., in: text)).last,
            let range = Range(match.range, in: text) else { return nil }
        let lower = index(startIndex, offsetBy: text.distance(from: text.startIndex, to: range.lowerBound))
        return lower..<index(lower, offsetBy: text.distance(from: range.lowerBound, to: range.upperBound))
    }
}
