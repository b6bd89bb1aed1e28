import Foundation

/// A power of ten a part asks its answer in ("Express it in units of 10^6 mm^4", "in 10⁻³ s",
/// "in millions of dollars"):
/// a value written as a number times that power ("66.67 × 10⁶ mm⁴", and "66.67 × 10 6 mm 4" as
/// printed to PDF) is the number alone, as the key gives it. A value written any other way is
/// left as it is: "66,666,667 mm⁴" is not rescaled. "20 million" is 20 where millions are asked.
enum AskedScale {
    /// The powers of ten that scale words stand for.
    static let scaleWords = ["thousand": 3, "million": 6, "billion": 9, "trillion": 12]

    static let superscripts: [Character: Character] = ["0": "⁰", "1": "¹", "2": "²", "3": "³", "4": "⁴", "5": "⁵", "6": "⁶", "7": "⁷", "8": "⁸", "9": "⁹", "-": "⁻"]

    /// The power a question asks its answer in, or nil.
    static func power(in question: String) -> Int? {
        // ("Give the revenue in millions of dollars": the scale word's power.)
        // ("How many million parameters …?", "in million dollars", "($ millions)": the word anywhere.)
        if let words = question.firstMatch(of: #/(?i)\b(thousand|million|billion|trillion)s?\b/#) {
            return scaleWords[words.output.1.lowercased()]
        }
        guard let match = question.firstMatch(of: #/\bin\s+(?:(?:the\s+)?units?\s+of\s+)?\$?\s*(?:\\\()?\s*10\s*(?:\^\s*\{?\s*([-−]?\d{1,2})\s*\}?|([⁻]?[⁰¹²³⁴⁵⁶⁷⁸⁹]{1,2}))/#) else { return nil }
        let written = match.1.map(String.init) ?? match.2.map { digits in
            String(digits.map { character in superscripts.first { $0.value == character }?.key ?? character })
        } ?? ""
        guard let power = Int(written.replacingOccurrences(of: "−", with: "-")), power != 0 else { return nil }
        return power
    }

    /// `text` with each value written as a number times 10^`power` written as the number.
    static func removing(_ power: Int, from text: String) -> String {
        let digits = String(power.magnitude)
        let sign = power < 0 ? "[-−]" : ""
        let superscript = String(String(power).map { superscripts[$0] ?? $0 })
        // (A power flattened onto the line only after a times sign, and only before a unit or the end: "× 10 6 mm".)
        let times = #"\s*(?:×|\\times|\\cdot|·)\s*10\s*(?:\^\s*\{?\s*"# + sign + digits + #"\s*\}?(?![\d.])|"#
            + NSRegularExpression.escapedPattern(for: superscript) + #"(?![⁰¹²³⁴⁵⁶⁷⁸⁹])|\s?"# + sign + digits + #"(?=\s*(?:[A-Za-zµμ\\$*)]|$)))"#
        let number = #"\d(?:[\d.,]|\{,\})*"#
        // ("66{,}666{,}667 mm^4 ≈ 66.67 × 10^6 mm^4": the value restated in the power asked is the one stated.)
        let restated = #"[-−]?"# + number + #"\s*(?:\\[,;: ]|~)?\s*(?:\\(?:text|mathrm)\{)?[A-Za-zµμ]{1,3}\}?(?:\^\{?\d\}?|[²³⁴])?\}?\s*\$?\s*(?:≈|\\approx|=)\s*\$?\s*(?="# + number + times + ")"
        // ("$20 million" where millions are asked: the number alone.)
        let word = scaleWords.first { $0.value == power }.map { #"(\*\*)?\s+(?i:"# + $0.key + #")\b"# }
        let unscaled = word.map { text.replacingOccurrences(of: "(" + number + ")" + $0, with: "$1$2", options: .regularExpression) } ?? text
        return unscaled.replacingOccurrences(of: restated, with: "", options: .regularExpression)
            .replacingOccurrences(of: "(" + number + ")" + times, with: "$1", options: .regularExpression)
    }
}
