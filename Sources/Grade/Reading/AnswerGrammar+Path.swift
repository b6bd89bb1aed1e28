import Foundation

extension AnswerGrammar {
    static let arrow = #"\s*(?:→|->|⟶|\\to\b|\\rightarrow\b)\s*"#
    static let pathPattern = try! NSRegularExpression(
        pattern: #"(?<![A-Za-z0-9_\\])[A-Za-z][A-Za-z0-9_']{0,2}(?:"# + arrow + #"[A-Za-z][A-Za-z0-9_']{0,2}){2,}(?![A-Za-z0-9_(])"#)

    /// The last chain of three or more short names joined by arrows (`→`, `->`, `\to`) in
    /// `text`: "The path is s → b → a → c → d → t (13)" → `[s, b, a, c, d, t]`. A path is
    /// ordered: it compares with a key's names in order.
    static func path(_ text: String) -> [String]? {
        guard let last = pathPattern.matches(in: text, range: NSRange(text.startIndex..., in: text)).last,
            let range = Range(last.range, in: text) else { return nil }
        return text[range].replacingOccurrences(of: arrow, with: " ", options: .regularExpression).split(separator: " ").map(String.init)
    }
}
