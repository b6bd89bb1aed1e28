import Foundation

/// Chemical formulas (`C2H4O`, `C₄H₈O₂`, `$\mathrm{CO_2}$`): a key written as one is compared
/// with the last formula the text writes, subscripts and dress taken off.
extension AnswerGrammar {
    /// Whether a key's text is a formula: element symbols with counts, with a digit or two elements.
    static func isFormula(_ text: String) -> Bool {
        let written = text.trimmingCharacters(in: .whitespaces)
        guard written.count >= 2, written.wholeMatch(of: #/(?:\(?[A-Z][a-z]?\d*\)?\d*)+/#) != nil else { return false }
        let elements = written.filter(\.isUppercase).count
        return written.contains(where: \.isNumber) ? elements >= 1 && written.count >= 2 : elements >= 2 && written.contains(where: \.isLowercase)
    }

    /// The formula written with plain digits: subscripts, `_{…}`, math delimiters and text commands taken off.
    static func formulaText(_ text: String) -> String {
        var s = AnswerLexer.undress(text)
        for (index, digit) in "₀₁₂₃₄₅₆₇₈₉".enumerated() { s = s.replacingOccurrences(of: String(digit), with: String(index)) }
        return s.replacingOccurrences(of: #"_\{?(\d+)\}?"#, with: "$1", options: .regularExpression)
    }

    static let formulaToken = try! NSRegularExpression(pattern: #"(?<![A-Za-z\d])(?:\(?[A-Z][a-z]?\d*\)?\d*){1,12}(?![A-Za-z\d])"#)

    /// The last formula in `text` (`the molecular formula is **C₄H₈O₂** (ethyl acetate)` → C4H8O2).
    static func formula(_ text: String) -> AnswerReading {
        let plain = formulaText(text)
        let found = formulaToken.matches(in: plain, range: NSRange(plain.startIndex..., in: plain))
            .compactMap { Range($0.range, in: plain).map { String(plain[$0]) } }.filter(isFormula)
        guard let last = found.last else { return .none }
        return .value(.formula(last))
    }

    static let nameToken = try! NSRegularExpression(pattern: #"(?<![A-Za-z\d\\])[a-z]{1,2}\d{1,2}(?![A-Za-z\d])"#)

    /// The one indexed name `text` writes ("so $s_2$ leaves the basis" → s2, with subscripts
    /// plain); none when it writes several ("x₂ enters and s₂ leaves") or none.
    static func name(_ text: String) -> AnswerReading {
        let plain = formulaText(text)
        let found = Set(nameToken.matches(in: plain, range: NSRange(plain.startIndex..., in: plain)).compactMap { Range($0.range, in: plain).map { String(plain[$0]) } })
        guard found.count == 1, let only = found.first else { return .none }
        return .value(.formula(only))
    }
}

