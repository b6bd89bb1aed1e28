import Foundation
import Solve

/// Names of more than one letter that an expression key uses (`Km*(1 + I/Ki)`). The answer
/// grammar reads single letters as variables and longer words as prose, so each such name is
/// written as one placeholder letter in the key and in the answers, where its subscripted
/// forms count as the same name (`K_m`, `K_M`, `K_{m}`, `Km`; `b₁` for `b1`). LaTeX spacing (`\,`) goes too,
/// and a concentration's brackets (`[I]` is `I`).
struct KeyIdentifiers {
    let names: [(name: String, placeholder: String, pattern: String)]

    static let placeholders = ["ϰ", "ϱ", "ϖ", "ϑ", "ϵ", "ϕ"]

    static let greek: Set<String> = [
        "alpha", "beta", "gamma", "delta", "epsilon", "zeta", "eta", "theta", "iota", "kappa", "lambda", "mu", "nu", "xi", "pi",
        "rho", "sigma", "tau", "upsilon", "phi", "chi", "psi", "omega",
    ]

    /// Nil when the key has no such name, or more than there are placeholders.
    init?(key: String) {
        let pattern = try! NSRegularExpression(pattern: #"(?<![A-Za-z_\\])([A-Za-z])([A-Za-z0-9]{1,5})(?![A-Za-z0-9(])"#)
        var words: [(String, String)] = []
        for match in pattern.matches(in: key, range: NSRange(key.startIndex..., in: key)) {
            guard let head = Range(match.range(at: 1), in: key), let tail = Range(match.range(at: 2), in: key) else { continue }
            let word = String(key[head]) + String(key[tail])
            // (Functions, and Greek letters by name: `mu` is μ, which the grammar reads already.)
            // (`theta1` too: a Greek letter with its index.)
            let letters = String(word.lowercased().prefix { $0.isLetter })
            if Expression.functions.contains(word.lowercased()) || Self.greek.contains(word.lowercased()) || Self.greek.contains(letters) { continue }
            words.append((String(key[head]), String(key[tail])))
        }
        var names: [(String, String, String)] = []
        for (head, tail) in words where !names.contains(where: { $0.0 == head + tail }) {
            guard names.count < Self.placeholders.count else { return nil }
            let escaped = NSRegularExpression.escapedPattern(for: tail)
            // ("b₁" for `b1`: an index in subscript digits.)
            // (Written so, it may run into the next factor: "2b₂x".)
            let subscripted = tail.allSatisfy(\.isASCII) && tail.allSatisfy(\.isNumber)
                ? "|" + String(tail.map { Character(UnicodeScalar(0x2080 + $0.wholeNumberValue!)!) }) + "(?![0-9₀-₉])" : ""
            // ("CL_{int}" for `CLint`: the subscript may start after any of the name's letters.)
            let word = head + tail
            let split = (1..<word.count).dropFirst().map { k in
                "|" + NSRegularExpression.escapedPattern(for: String(word.prefix(k))) + #"_\{?(?i:"# + NSRegularExpression.escapedPattern(for: String(word.dropFirst(k))) + #")\}?(?![A-Za-z0-9])"#
            }.joined()
            let pattern = #"(?<![A-Za-z\\])(?:"# + NSRegularExpression.escapedPattern(for: head) + #"(?:(?:_\{?(?i:"# + escaped + #")\}?|(?i:"# + escaped + #"))(?![A-Za-z0-9])"#
                + subscripted + ")" + split + ")"
            names.append((head + tail, Self.placeholders[names.count], pattern))
        }
        guard !names.isEmpty else { return nil }
        self.names = names
    }

    /// `text` with each name as its placeholder.
    func rewrite(_ text: String) -> String {
        var text = text.replacingOccurrences(of: #"\\[,;:! ]"#, with: " ", options: .regularExpression)
            // "[I]", "[S]": a concentration written in brackets is the variable.
            .replacingOccurrences(of: #"\[([A-Za-z])\]"#, with: "$1", options: .regularExpression)
        // (Spaced, so that a factor written against it stays apart: "2b₂x" is 2·b2·x.)
        for name in names { text = text.replacingOccurrences(of: name.pattern, with: " " + name.placeholder + " ", options: .regularExpression) }
        return text
    }

    /// `text` with each placeholder as its name again.
    func restore(_ text: String) -> String {
        var text = text
        for name in names { text = text.replacingOccurrences(of: name.placeholder, with: name.name) }
        return text
    }
}
