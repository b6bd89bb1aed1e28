import Foundation

/// One line that gives each of several parties its own value — "buyers pay P_b = $33 per loaf
/// and sellers receive P_s = $28", "firm A produces 20 units, while firm B produces 30" — read
/// for the party the question asks about ("What price do buyers pay?"): the clause whose own
/// words the question's request shares, when no other clause shares any of its own.
///
/// Only lines of two or more clauses, each with one number, joined by "and", "while",
/// "whereas" or a semicolon; a line the request matches ambiguously, or that offers its values
/// as alternatives ("either … or", "if"), is left whole.
enum RoleClauses {
    /// `text` with, on each such line, only the clause the request asks about kept.
    static func keepingAsked(_ text: String, request: String) -> String {
        let asked = words(request)
        guard !asked.isEmpty, text.contains(where: \.isNumber) else { return text }
        return text.split(separator: "\n", omittingEmptySubsequences: false).map { line in
            keepingAsked(line: String(line), asked: asked)
        }.joined(separator: "\n")
    }

    private static func keepingAsked(line: String, asked: Set<String>) -> String {
        // (Not values offered as alternatives: "either P = 56 (Cournot) or P = 24 if …".)
        guard line.firstMatch(of: #/(?i)\b(?:either|or|if|unless|depending|otherwise)\b/#) == nil else { return line }
        let joints = line.ranges(of: #/\s+(?:and|while|whereas)\s+|;\s+|,\s+(?:and\s+|while\s+|whereas\s+)?(?=[A-Za-z])/#)
        guard !joints.isEmpty, joints.count <= 4 else { return line }
        var clauses: [Substring] = []
        var start = line.startIndex
        for joint in joints {
            clauses.append(line[start..<joint.lowerBound])
            start = joint.upperBound
        }
        clauses.append(line[start...])
        // Each clause one value, named by words before it.
        let valued = clauses.indices.filter { clauses[$0].matches(of: #/(?:^|[^\w.])[-−]?\$?\d[\d,]*(?:\.\d+)?/#).count == 1 }
        guard valued.count >= 2, valued.count == clauses.filter({ $0.contains(where: \.isNumber) }).count else { return line }
        let clauseWords = valued.map { words(String(clauses[$0].prefix { !$0.isNumber && $0 != "=" && $0 != "$" })) }
        // A clause's own words: those no other valued clause has.
        let own = clauseWords.indices.map { index in
            clauseWords[index].subtracting(clauseWords.indices.filter { $0 != index }.reduce(into: Set<String>()) { $0.formUnion(clauseWords[$1]) })
        }
        // (Every clause names its party: "Consumer surplus falls by $150 … and is now $272" names
        // one quantity twice, a change and a level.)
        guard own.allSatisfy({ !$0.isEmpty }) else { return line }
        let matching = own.indices.filter { !own[$0].isDisjoint(with: asked) }
        guard matching.count == 1, let chosen = matching.first,
              clauses[valued[chosen]].firstMatch(of: #/(?i)\b(?:falls?|rises?|drops?|grows?|changes?|increases?|decreases?|by)\b/#) == nil else { return line }
        // (Not a chain that concludes: "v_a = 1.62 km/s, v₂ = 3.07 km/s, so Δv₂ = **1.46 km/s**"; nor
        // one whose other clause is emphasized as the answer.)
        for (index, clause) in valued.map({ clauses[$0] }).enumerated() where index != chosen {
            if clause.firstMatch(of: #/^\s*(?i:so|hence|thus|therefore|giving|which gives|i\.e\.)\b|\*\*|\\boxed|\\textbf/#) != nil { return line }
        }
        return String(clauses[valued[chosen]]).trimmingCharacters(in: .whitespaces)
    }

    /// Content words, lower-cased and without a plural or possessive ending; a capital letter
    /// standing alone after a word ("firm A", "plant B") is a word too.
    static func words(_ text: String) -> Set<String> {
        let letters = Set(text.matches(of: #/[A-Za-z]\s+([A-Z])\b(?![.'’])/#).map { "#" + String($0.output.1) })
        return letters.union(plainWords(text))
    }

    private static func plainWords(_ text: String) -> Set<String> {
        let stop: Set<String> = ["the", "and", "what", "which", "does", "did", "after", "before", "per", "are", "is", "was", "were", "then",
                                 "that", "this", "with", "from", "for", "into", "its", "their", "his", "her", "how", "much", "many",
                                 "give", "find", "compute", "calculate", "determine", "state", "answer", "now"]
        return Set(text.lowercased().split { !$0.isLetter }.compactMap { word -> String? in
            guard word.count >= 3, !stop.contains(String(word)) else { return nil }
            var stem = String(word)
            if stem.hasSuffix("s"), stem.count > 3 { stem.removeLast() }
            return stop.contains(stem) ? nil : stem
        })
    }
}
