import Foundation

/// Hexadecimal literals (`0xC0C80000`, `` `0x3f80_0000` ``, `\texttt{0xC0C80000}`, `0xC0C8 0000`):
/// a key written as one is compared with the one such literal a line gives (see ``hexadecimal(_:)``),
/// digits without case, `_` or spaces.
extension AnswerGrammar {
    /// (Digits in groups of four may be spaced: "0xC0C8 0000".)
    static let hexadecimalToken = try! NSRegularExpression(pattern: #"(?<![A-Za-z\d])0[xX](?:[0-9A-Fa-f]{4}(?: [0-9A-Fa-f]{4})+(?![0-9A-Fa-f])|[0-9A-Fa-f]+(?:_[0-9A-Fa-f]+)*)(?![A-Za-z\d])"#)

    /// Whether a key's text is one hexadecimal literal.
    static func isHexadecimal(_ text: String) -> Bool {
        text.trimmingCharacters(in: .whitespaces).wholeMatch(of: #/0[xX][0-9A-Fa-f]+(?:_[0-9A-Fa-f]+)*/#) != nil
    }

    /// `0x` and the literal's digits, upper-case and without `_`.
    static func hexadecimalText(_ literal: String) -> String {
        "0x" + literal.trimmingCharacters(in: .whitespaces).dropFirst(2).uppercased().replacingOccurrences(of: "_", with: "").replacingOccurrences(of: " ", with: "")
    }

    /// The hexadecimal literal of `text` ("bits 1100 0000 1100 1000 … = **0xC0C80000**"); one
    /// rejected ("(not 0xC0C80000, …)") does not count, and two others are two answers.
    static func hexadecimal(_ text: String) -> AnswerReading {
        let found = hexadecimalToken.matches(in: text, range: NSRange(text.startIndex..., in: text)).compactMap { match -> String? in
            guard let range = Range(match.range, in: text) else { return nil }
            if text[..<range.lowerBound].range(of: #"(?i)(?:\bnot|\brather than|\binstead of)\s*\**`?$"#, options: .regularExpression) != nil { return nil }
            return hexadecimalText(String(text[range]))
        }
        var distinct: [String] = []
        for literal in found where !distinct.contains(literal) { distinct.append(literal) }
        guard let first = distinct.first else { return .none }
        if distinct.count > 1 { return .ambiguous(reason: "two hexadecimal values", distinct.map { .formula($0) }) }
        return .value(.formula(first))
    }
}
