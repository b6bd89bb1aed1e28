import Foundation

/// A product of one-letter variables written without a sign: "φ(pq) = pq − p − q + 1" for the
/// key `(p-1)*(q-1)`, "ab − 2a + b − 2". The answer grammar reads a run of letters as a word;
/// a run of two or three letters that are each a one-letter variable of the key, standing
/// next to an operator, a brace or a power, is their product. A run that is a function's name, or a name of the
/// key's own, stays as it is.
enum JuxtaposedLetters {
    /// (Greek letters too: "32μLV/(ρgD²)" for the key `32*mu*L*V/(rho*g*D^2)`.)
    static let run = try! NSRegularExpression(pattern: #"(?<![A-Za-z\\_])([A-Za-zα-ω]{2,4})(?![A-Za-z0-9_(])"#)
    static let flattenedPower = try! NSRegularExpression(pattern: #"(?<=[A-Za-z0-9])([A-Za-z]) (\d)(?![\d.,])(?=\s*(?:[/)+\-−=·*]|$))"#, options: [.anchorsMatchLines])

    /// The one-letter variables of an expression key.
    static func letters(ofKey key: String) -> Set<Character> {
        let pattern = try! NSRegularExpression(pattern: #"(?<![A-Za-z_\\])[A-Za-z](?![A-Za-z0-9_(])"#)
        var letters = Set(pattern.matches(in: key, range: NSRange(key.startIndex..., in: key)).compactMap { match in
            Range(match.range, in: key).flatMap { key[$0].first }
        })
        // Greek letters the key names (`mu`, `rho`), as they are written.
        for (letter, name) in AnswerLexer.greekNames where key.range(of: #"(?<![A-Za-z])"# + name + #"(?![A-Za-z])"#, options: .regularExpression) != nil {
            letters.formUnion(letter)
        }
        return letters
    }

    /// `text` with each such run spelled apart ("pq" → "p q").
    static func splitting(_ text: String, letters: Set<Character>) -> String {
        guard letters.count >= 2 else { return text }
        var result = text
        for match in run.matches(in: text, range: NSRange(text.startIndex..., in: text)).reversed() {
            guard let range = Range(match.range, in: text) else { continue }
            let run = text[range]
            guard run.allSatisfy(letters.contains), !Expression.functions.contains(run.lowercased()),
                  Self.besideOperator(text, range) else { continue }
            result.replaceSubrange(range, with: run.map(String.init).joined(separator: " "))
        }
        return result
    }

    /// `text` with each power a print to PDF flattened onto the line raised again: "5wL 4 /(384EI)"
    /// is `5wL^4/(384EI)`. Only a single digit after a key's letter that closes a run of letters
    /// or digits written without spaces, before an operator, a bracket or the end: nobody
    /// writes the factor 4 after its letters as "wL 4".
    static func raisingFlattenedPowers(_ text: String, letters: Set<Character>) -> String {
        guard !letters.isEmpty else { return text }
        var result = text
        for match in flattenedPower.matches(in: text, range: NSRange(text.startIndex..., in: text)).reversed() {
            guard let letter = Range(match.range(at: 1), in: text).map({ text[$0] }), let first = letter.first, letters.contains(first),
                  let whole = Range(match.range, in: text), let digit = Range(match.range(at: 2), in: text) else { continue }
            result.replaceSubrange(whole, with: String(letter) + "^" + text[digit])
        }
        return result
    }

    /// Whether the nearest character before or after the run (spaces aside) is an operator,
    /// a bracket or a math delimiter, and neither is a letter ("(an approximation)" is prose);
    /// or a connective word stands before it and an operator after ("…, or βSI − γI").
    private static func besideOperator(_ text: String, _ range: Range<String.Index>) -> Bool {
        // (LaTeX's braces group, and a superscript digit is a power: "\\frac{5wL^4}{384EI}", "5wL⁴".)
        let operators: Set<Character> = ["=", "+", "-", "−", "*", "/", "·", "^", "(", ")", "$", "×", "{", "}", "⁰", "¹", "²", "³", "⁴", "⁵", "⁶", "⁷", "⁸", "⁹"]
        let before = text[..<range.lowerBound].last { $0 != " " }
        let after = text[range.upperBound...].first { $0 != " " }
        // ("…, or βSI − γI if …", "which is pq − 1": a connective word before the run and an
        // operator after it, or the other way round.)
        if before?.isLetter == true || after?.isLetter == true {
            guard before?.isLetter != after?.isLetter else { return false }
            let word = before?.isLetter == true
                ? text[..<range.lowerBound].split(separator: " ").last.map { $0.lowercased() }
                : text[range.upperBound...].split(separator: " ").first.map { $0.lowercased() }
            let other = before?.isLetter == true ? after : before
            return ["or", "and", "is", "equals", "gives", "becomes", "get", "gets", "if", "when", "where", "for"].contains(word ?? "")
                && other.map(operators.contains) == true
        }
        return before.map(operators.contains) == true || after.map(operators.contains) == true
    }
}
