import Foundation
import Solve

/// Answers written in the names a part's question gives them, rewritten in the key's terms.
extension Grader {
    /// "a) equilibrium (P*, Q*)" answered "P* = 30, Q* = 60.": each line that assigns a value to
    /// every name of the question's tuple gains the tuple in the question's order. Only for a
    /// vector key whose problem writes one tuple of that many names; a value must end its
    /// assignment ("c_1 = 11/5 = 2.2" assigns no 11).
    static func tupleAssignments(key: Answer, problemText text: String) -> ((String) -> String)? {
        guard case .vector(let values) = key, values.count >= 2 else { return nil }
        let tuples = text.matches(of: #/\(\s*([A-Za-z][\w*^{}'′]{0,6})((?:\s*,\s*[A-Za-z][\w*^{}'′]{0,6})+)\s*\)/#).map { match in
            ([String(match.output.1)] + String(match.output.2).split(separator: ",").map { $0.trimmingCharacters(in: .whitespaces) })
                .map(QuantityNames.normalized)
        }.filter { $0.count == values.count && Set($0).count == $0.count && $0.allSatisfy { name in name.contains(where: \.isLetter) } }
        guard Set(tuples).count == 1, let names = tuples.first else { return nil }
        return { text in
            text.split(separator: "\n", omittingEmptySubsequences: false).map { line -> String in
                var assigned: [String: String] = [:]
                // ("p_He = 90 kPa, p_Ne = 120 kPa": a unit may follow each value.)
                for assignment in line.matches(of: #/([A-Za-z][\w*^{}'′]{0,6})\s*=\s*\\?\$?([-−]?\d+(?:\.\d+)?)(?:\s*[A-Za-zµμΩ°%][\w/]{0,5})?(?=\s*\$?\s*(?:[,;]|\.(?!\d)|$|\s(?:and|so|then)\b))/#) {
                    let name = QuantityNames.normalized(String(assignment.output.1))
                    if names.contains(name) { assigned[name] = String(assignment.output.2) }
                }
                guard assigned.count == names.count else { return String(line) }
                return String(line) + " So (" + names.joined(separator: ", ") + ") = (" + names.map { assigned[$0]! }.joined(separator: ", ") + ")."
            }.joined(separator: "\n")
        }
    }

    /// "Write x_{k+1} in terms of x = x_k and a" with the key `(x + a/x)/2`: the question names
    /// x_k by x, so an answer in x_k is in x. Only for an expression key that writes no index of
    /// the letter.
    static func aliasedIndices(key: Answer, problemText text: String) -> ((String) -> String)? {
        guard case .expression(let key) = key else { return nil }
        let aliases = text.matches(of: #/(?:^|[^\w\\])([A-Za-z])\s*=\s*([A-Za-z])_\{?([A-Za-z0-9])\}?(?![\w{])/#)
            .filter { $0.output.1 == $0.output.2 && !key.contains(String($0.output.1) + "_") }
            .map { (letter: String($0.output.1), index: String($0.output.3)) }
        guard !aliases.isEmpty else { return nil }
        return { text in
            aliases.reduce(text) { text, alias in
                text.replacingOccurrences(of: "(?<![A-Za-z\\\\])" + alias.letter + "_(?:\\{" + alias.index + "\\}|" + alias.index + "(?![A-Za-z0-9{+-]))",
                                          with: alias.letter, options: .regularExpression)
            }
        }
    }
}
