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
}
