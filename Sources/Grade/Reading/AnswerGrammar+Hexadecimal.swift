import Foundation

/// Hexadecimal literals (`0xC0C80000`, `` `0x3f80_0000` ``, `\texttt{0xC0C80000}`): a key written
/// as one is compared with the last such literal the text writes, digits without case or `_`.
extension AnswerGrammar {
    static let hexadecimalToken = try! NSRegularExpression(pattern: #"(?<![A-Za-z\d])0[xX][0-9A-Fa-f]+(?:_[0-9A-Fa-f]+)*(?![A-Za-z\d])"#)

    /// Whether a key's text is one hexadecimal literal.
    static func isHexadecimal(_ text: String) -> Bool {
        text.trimmingCharacters(in: .whitespaces).wholeMatch(of: #/0[xX][0-9A-Fa-f]+(?:_[0-9A-Fa-f]+)*/#) != nil
    }

    /// `0x` and the literal's digits, upper-case and without `_`.
    static func hexadecimalText(_ literal: String) -> String {
        "0x" + literal.trimmingCharacters(in: .whitespaces).dropFirst(2).uppercased().replacingOccurrences(of: "_", with: "")
    }

    /// The last hexadecimal literal in `text` ("bits 1100 0000 1100 1000 … = **0xC0C80000**").
    static func hexadecimal(_ text: String) -> AnswerReading {
        let found = hexadecimalToken.matches(in: text, range: NSRange(text.startIndex..., in: text))
            .compactMap { Range($0.range, in: text).map { String(text[$0]) } }
        guard let last = found.last else { return .none }
        return .value(.formula(hexadecimalText(last)))
    }
}
