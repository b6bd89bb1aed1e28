import Foundation

extension Grader {
    /// A sentence in one part's answer that declares another part's answer wrong and gives the
    /// right one ("(b) … Hmm — that means (a)(ii) above is wrong: it should be" then
    /// "M_A = … = **21.875 kN·m**, not 31.25."): from that sentence on, the text answers the
    /// part it names, after that part's own pieces; the part it stood in keeps what came before.
    static func assignCrossCorrections(grammar: PartLabelGrammar, into pieces: inout [String: [PartAttribution.Piece]]) {
        var moved: [(target: String, pieces: [PartAttribution.Piece])] = []
        for (id, own) in pieces.sorted(by: { $0.key < $1.key }) {
            var kept: [PartAttribution.Piece] = []
            var index = 0
            while index < own.count {
                let piece = own[index]
                guard let match = crossCorrection.firstMatch(in: piece.text, range: NSRange(piece.text.startIndex..., in: piece.text)),
                      let cited = Range(match.range, in: piece.text)?.lowerBound,
                      let target = named(match, in: piece.text, from: id, grammar: grammar), target != id, pieces[target] != nil,
                      // ("This does not mean (a) was wrong", "if (a) above is wrong": in its own sentence, no correction.)
                      case let clause = piece.text[..<cited].split(separator: #/[.!?;:]\s+/#, omittingEmptySubsequences: false).last ?? "",
                      clause.range(of: #"(?i)\bnot\b|n['’]t\b|\bif\b|\bunless\b|\bwhether\b"#, options: .regularExpression) == nil
                else {
                    kept.append(piece)
                    index += 1
                    continue
                }
                // ("Hmm — in (b) I used wL²/2 … That means (a)(ii) above is wrong": the sentence
                // that opened the second thought goes with it, when it is the one before.)
                let head = piece.text[..<cited]
                let sentenceStarts = [head.startIndex] + head.ranges(of: #/[.!?]\s+/#).map(\.upperBound)
                let opening = sentenceStarts.suffix(2).first { head[$0...].prefixMatch(of: #/(?i)[\s*_]*(?:hmm+|wait|actually|oops|hold on|hang on)\b/#) != nil }
                let start = opening.flatMap { head[$0...].firstIndex { $0.isLetter } } ?? cited
                var taken = piece
                taken.text = String(piece.text[start...])
                taken.shared = []
                var group = [taken]
                // "… it should be" then the value on the next line of the same turn.
                if index + 1 < own.count, own[index + 1].turn == piece.turn,
                   taken.text.range(of: #"(?i)(?:should be|is|are|instead|correct(?:ed)? (?:value|answer) is)\s*:?\s*$|:\s*$"#, options: .regularExpression) != nil {
                    group.append(own[index + 1])
                    index += 1
                }
                let before = String(piece.text[..<start]).trimmingCharacters(in: .whitespaces)
                if !before.isEmpty {
                    var rest = piece
                    rest.text = before
                    kept.append(rest)
                }
                moved.append((target, group))
                index += 1
            }
            pieces[id] = kept
        }
        for (target, group) in moved { pieces[target, default: []] += group }
    }

    /// "(a)(ii) above is wrong", "my answer to 2(b) was incorrect", "part (c) is off", "2b was
    /// wrong". Groups: 1 the words that say it is a part ("part", "my answer to"), 2–3 a
    /// letter label and its numeral, 4–6 a numbered label, 7 "above"/"earlier". Letters are in
    /// lower case: "(A) is incorrect" rules out an option.
    static let crossCorrection = try! NSRegularExpression(
        pattern: #"((?i:my|the) (?i:answer|result|value) (?i:to|for|in|of) (?:(?i:part)\s+)?|(?i:part)\s+)?"#
            + #"(?:\(([a-h])\)(?:\(("# + PartLabelGrammar.roman + #")\))?|(\d+(?:\.\d+)?)\(?([a-h])\)?(?:\(("# + PartLabelGrammar.roman + #")\))?)"#
            + #"(\s+(?i:above|earlier|before))?\s+(?i:is|was)\s+(?i:wrong|incorrect|off|in error|a mistake)\b"#)

    /// Whether the match says its label is a part: words before it, "above" after it, or a
    /// problem number before its letter.
    static func namesPart(_ match: NSTextCheckingResult) -> Bool {
        match.range(at: 1).location != NSNotFound || match.range(at: 7).location != NSNotFound || match.range(at: 4).location != NSNotFound
    }

    /// The part a cross-correction names: a letter under the problem of the part it stands in,
    /// or a full label.
    static func named(_ match: NSTextCheckingResult, in text: String, from id: String, grammar: PartLabelGrammar) -> String? {
        func group(_ index: Int) -> String? { Range(match.range(at: index), in: text).map { String(text[$0]).lowercased() } }
        guard namesPart(match) else { return nil }
        if let letter = group(2) {
            return grammar.id(problem: PartLabelGrammar.split(id).problem, part: letter, subpart: group(3))
        }
        guard let number = group(4), let letter = group(5) else { return nil }
        return grammar.id(problem: number, part: letter, subpart: group(6))
    }
}
