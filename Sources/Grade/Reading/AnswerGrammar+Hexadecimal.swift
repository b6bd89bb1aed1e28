import Foundation

/// Hexadecimal literals and strings of bits (`0xC0C80000`, `` `0x3f80_0000` ``, `\texttt{0xC0C80000}`, `0xC0C8 0000`):
/// a key written as one is compared with the one such literal a line gives (see ``hexadecimal(_:)``),
/// digits without case, `_` or spaces.
extension AnswerGrammar {
    /// (Digits in groups of four may be spaced: "0xC0C8 0000".)
    static let hexadecimalToken = try! NSRegularExpression(pattern: #"(?<![A-Za-z\d])0[xX](?:[0-9A-Fa-f]{4}(?: [0-9A-Fa-f]{4})+(?![0-9A-Fa-f])|[0-9A-Fa-f]+(?:_[0-9A-Fa-f]+)*)(?![A-Za-z\d])"#)

    /// Whether a key's text is one hexadecimal literal: `0xA6`, or bare digits with a digit and a
    /// letter A–F among them (`A6`, `C15A0000`; all-decimal digits would be a number).
    static func isHexadecimal(_ text: String) -> Bool {
        let trimmed = text.trimmingCharacters(in: .whitespaces)
        return trimmed.wholeMatch(of: #/0[xX][0-9A-Fa-f]+(?:_[0-9A-Fa-f]+)*/#) != nil
            || trimmed.wholeMatch(of: #/[0-9A-Fa-f]{2,16}/#) != nil && trimmed.contains(where: \.isNumber) && trimmed.contains(where: { "ABCDEFabcdef".contains($0) })
    }

    /// `0x` and the literal's digits, upper-case and without `_` (a key's bare digits too).
    static func hexadecimalText(_ literal: String) -> String {
        let trimmed = literal.trimmingCharacters(in: .whitespaces)
        let digits = trimmed.hasPrefix("0x") || trimmed.hasPrefix("0X") ? trimmed.dropFirst(2) : Substring(trimmed)
        return "0x" + digits.uppercased().replacingOccurrences(of: "_", with: "").replacingOccurrences(of: " ", with: "")
    }

    /// Whether a key's text is a string of bits: four or more 0s and 1s, in groups of four apart
    /// by spaces or `_` if grouped.
    static func isBinary(_ text: String) -> Bool {
        text.trimmingCharacters(in: .whitespaces).wholeMatch(of: #/(?:0[bB])?[01]{4,}(?:[ _][01]{4})*/#) != nil
    }

    /// The bits of a key or a literal, without `0b`, spaces or `_`.
    static func binaryText(_ literal: String) -> String {
        let trimmed = literal.trimmingCharacters(in: .whitespaces)
        let digits = trimmed.hasPrefix("0b") || trimmed.hasPrefix("0B") ? trimmed.dropFirst(2) : Substring(trimmed)
        return digits.filter { $0 == "0" || $0 == "1" }
    }

    static let binaryToken = try! NSRegularExpression(pattern: #"(?<![\w.,])(?:0[bB])?[01]{4,}(?:[ _][01]{4})*(?![\w,]|\.\d)(?!₁₀|\s*\((?:base )?10\))"#)

    /// The one string of bits a line gives ("Add one: **10110101**", "`1011 0101`"); two
    /// different ones are two answers. (Bits a line marks as base ten, or that make up a
    /// decimal number, are none.)
    static func binary(_ text: String) -> AnswerReading {
        literal(in: text, token: binaryToken, normalized: binaryText, read: binary, kind: "strings of bits")
    }

    /// The hexadecimal literal of `text` ("bits 1100 0000 1100 1000 … = **0xC0C80000**"); one
    /// rejected ("(not 0xC0C80000, …)") does not count, and two others are two answers.
    static func hexadecimal(_ text: String) -> AnswerReading {
        let prefixed = literal(in: text, token: hexadecimalToken, normalized: hexadecimalText, read: hexadecimal, kind: "hexadecimal values")
        // ("6A + 3C = **A6**", "**A6₁₆**", "A6h": digits without `0x`, upper-case,
        // a letter and a digit among them, when the line writes no `0x` literal.)
        guard prefixed == .none else { return prefixed }
        return bareHexadecimal(text)
    }

    /// The one bare hexadecimal literal of `text`, its suffix ("₁₆", "h") dropped.
    private static func bareHexadecimal(_ text: String) -> AnswerReading {
        literal(in: text, token: bareHexadecimalToken, normalized: { hexadecimalText($0.replacingOccurrences(of: #"(?:₁₆|h)$"#, with: "", options: .regularExpression)) },
                read: bareHexadecimal, kind: "hexadecimal values")
    }

    static let bareHexadecimalToken = try! NSRegularExpression(pattern: #"(?<![\w.])(?=[0-9A-F]*[A-F])(?=[0-9A-F]*\d)[0-9A-F]{2,16}(?:₁₆|h)?(?![\w.]|\.\d)"#)

    /// The one literal `token` finds in `text`, `normalized`, leaving out one rejected ("not …");
    /// several different: the one closing the line (``closingLiteral(_:_:)``), else ambiguous.
    private static func literal(in text: String, token: NSRegularExpression, normalized: (String) -> String,
                                read: (String) -> AnswerReading, kind: String) -> AnswerReading {
        let found = token.matches(in: text, range: NSRange(text.startIndex..., in: text)).compactMap { match -> String? in
            guard let range = Range(match.range, in: text) else { return nil }
            if text[..<range.lowerBound].range(of: #"(?i)(?:\bnot|\brather than|\binstead of)\s*\**`?$"#, options: .regularExpression) != nil { return nil }
            return normalized(String(text[range]))
        }
        var distinct: [String] = []
        for literal in found where !distinct.contains(literal) { distinct.append(literal) }
        guard let first = distinct.first else { return .none }
        if distinct.count > 1 {
            if let closing = closingLiteral(text, read) { return closing }
            return .ambiguous(reason: "two " + kind, distinct.map { .formula($0) })
        }
        return .value(.formula(first))
    }

    /// "0x6A + 0x3C = 0xA6", "Invert → 1011 0100, add 1 → `10110101`": of a line's several
    /// literals, the one alone after its last relation or arrow; nil when that is not one.
    static func closingLiteral(_ text: String, _ read: (String) -> AnswerReading) -> AnswerReading? {
        guard let relation = ["=", "→", "⇒", "\\to", "\\Rightarrow"].compactMap({ text.range(of: $0, options: .backwards) })
            .max(by: { $0.lowerBound < $1.lowerBound }) else { return nil }
        guard case .value(let value) = read(String(text[relation.upperBound...])) else { return nil }
        return .value(value)
    }
}
