import Foundation

/// Conditions a reply copies from the question: "the system x ≡ 2 (mod 3), x ≡ 3 (mod 5),
/// x ≡ 2 (mod 7) has a unique solution modulo 105" restates the congruences the question set,
/// and none of their right sides is the answer. A congruence written in the reply that the
/// question's text holds too (the same name, value and modulus) is taken out before the answer
/// is read. A congruence the question does not hold ("x ≡ 23 (mod 105)") stays.
enum GivenConditions {
    /// `text` without the congruences that `problemText` states.
    static func removing(from text: String, problemText: String) -> String {
        let given = Set(congruences(in: problemText).map(\.key))
        guard !given.isEmpty else { return text }
        var result = text
        for found in congruences(in: text).reversed() where given.contains(found.key) {
            result.replaceSubrange(found.range, with: "(a condition of the question)")
        }
        return result
    }

    /// "x ≡ 2 (mod 3)", "$x \equiv 2 \pmod 3$", "x ≡ 2 mod 3": each with its normalized key
    /// ("x≡2 mod 3") and range, in order.
    static func congruences(in text: String) -> [(key: String, range: Range<String.Index>)] {
        let pattern = #/([A-Za-z](?:_\{?\w+\}?)?)\s*(?:≡|\\equiv)\s*(-?\d+)\s*(?:\(\s*mod\s*(\d+)\s*\)|\\pmod\s*\{?\s*(\d+)\s*\}?|\(\s*\\(?:bmod|mod)\s*\{?\s*(\d+)\s*\}?\s*\)|\\?(?:b?mod)\s*\{?\s*(\d+)\s*\}?)/#
        return text.matches(of: pattern).compactMap { match in
            guard let modulus = match.output.3 ?? match.output.4 ?? match.output.5 ?? match.output.6 else { return nil }
            let name = match.output.1.filter { $0 != "{" && $0 != "}" }
            return ("\(name)≡\(match.output.2) mod \(modulus)", match.range)
        }
    }

    /// The givens a problem's stem states by name ("rolls at $u = 4.5$ m/s down a ramp": a given
    /// may run on in words), the first value of each name.
    static func givens(in stem: String) -> [String: Double] {
        Dictionary(assignments(in: stem.replacingOccurrences(of: "$", with: ""), pattern: statedGiven).map { ($0.name, $0.value) },
                   uniquingKeysWith: { first, _ in first })
    }

    /// `text` without the assignments (`v = 0.98c`) that a stem states (its `givens`) with the same
    /// name and value, where the assignment ends its clause (not `v = 0.98c = 2.94 × 10⁸ m/s`). A
    /// given whose value is `expected` stays: restating it may be the answer.
    static func removingStated(from text: String, givens: [String: Double], expected: Double?) -> String {
        guard !givens.isEmpty else { return text }
        var result = text
        for found in assignments(in: text).reversed() where givens[found.name] == found.value && found.value != expected {
            result.replaceSubrange(found.range, with: "(a given of the question)")
        }
        return result
    }

    /// "v = 0.98c", "m = 2.5 kg": a one-letter name (a subscript allowed) set to a number, the
    /// clause ending after it.
    static func assignments(in text: String, pattern: NSRegularExpression = assignment) -> [(name: String, value: Double, range: Range<String.Index>)] {
        pattern.matches(in: text, range: NSRange(text.startIndex..., in: text)).compactMap { match in
            guard let whole = Range(match.range, in: text), let name = Range(match.range(at: 1), in: text),
                  let number = Range(match.range(at: 2), in: text), let value = Double(text[number]) else { return nil }
            return (text[name].filter { $0 != "{" && $0 != "}" }, value, whole)
        }
    }

    /// A one-letter name (a subscript allowed) and the number set to it: groups 1 and 2.
    private static let namedNumber = #"(?<![\w.\\])([A-Za-zα-ωΑ-Ω](?:_\{?\w{1,3}\}?|[₀-₉]{1,2})?)\s*=\s*(-?\d+(?:\.\d+)?)"#

    static let assignment = try! NSRegularExpression(
        pattern: namedNumber + #"(?:\s*[A-Za-zμΩ°%/]{1,5})?(?=\s*(?:[,;)—–]|\.(?!\d)|$|\s(?:and|with|from|for|in|so|then|plus)\b))"#)

    /// A given as a statement writes it: the value not followed by an operation.
    static let statedGiven = try! NSRegularExpression(pattern: namedNumber + #"(?![\d.]*\s*[=≈×*/^+·−-]|[\d.]*\s*\\(?:times|cdot))"#)
}
