import Foundation
import Solve

/// The answers to a turn that retyped several parts' questions ("sample mean, the median, and
/// the range?"), shared out among those parts.
extension Grader {
    /// The answer to a turn that retyped several parts' questions: from the last part back,
    /// each takes the last piece before the next part's that gives a value of its kind; when
    /// one finds none, every part gets the whole answer (each reads its own kind from it).
    static func assignRetyped(_ attribution: PartAttribution, expected: [String: Answer?], questions: QuestionMatch?,
                              into pieces: inout [String: [PartAttribution.Piece]]) {
        for group in attribution.retypedGroups {
            // "**Predicted probability.** …", "**Derivative.** …" then "**Gradient.** …": parts that a
            // title or label in the same reply already answered are not the group's to share.
            let turn = group.pieces.first?.turn
            let parts = withGapsFilled(group, grammar: attribution.grammar, expected: expected, pieces: pieces)
            let open = parts.filter { id in !(pieces[id]?.contains { $0.turn == turn } ?? false) }
            guard !open.isEmpty else { continue }
            let clusters = alternativesKept(group.pieces)
            let candidates = clusters.map { cluster in
                var joined = cluster[0]
                joined.text = cluster.map(\.text).joined(separator: "\n")
                return joined
            }
            // "So the entropy is about 0.92 bits and the Gini impurity is 4/9.": a sentence whose
            // clauses name each part in its question's words gives each its clause.
            if let split = byNamedClauses(open, from: group.pieces, questions: questions) {
                for (id, piece) in split {
                    pieces[id] = (pieces[id, default: []] + [piece]).enumerated()
                        .sorted { ($0.element.turn, $0.offset) < ($1.element.turn, $1.offset) }.map(\.element)
                }
                continue
            }
            // "… W ≈ 3458 J of work" then "Entropy: for an isothermal process ΔS = … ≈ 5.76 J/K": a
            // paragraph opening on a title that names one of the parts is that part's answer.
            if let split = byTitledSections(open, from: clusters, questions: questions) {
                for (id, own) in split {
                    pieces[id] = (pieces[id, default: []] + own).enumerated()
                        .sorted { ($0.element.turn, $0.offset) < ($1.element.turn, $1.offset) }.map(\.element)
                }
                continue
            }
            // "→ Δv ≈ 2.37 km/s" then "T_t = … = 10.61 h … → t ≈ 5.31 h" for a burn asked in km/s and a
            // coast asked in hours: each paragraph goes to the part whose unit it states.
            if let split = byAskedUnits(open, from: clusters, questions: questions) {
                for (id, own) in split {
                    pieces[id] = (pieces[id, default: []] + own).enumerated()
                        .sorted { ($0.element.turn, $0.offset) < ($1.element.turn, $1.offset) }.map(\.element)
                }
                continue
            }
            var chosen = byRowName(open, from: candidates, expected: expected, questions: questions)
                ?? inOrderByKind(open, from: candidates, expected: expected, acceptingAmbiguous: true, names: questions?.names) ?? [:]
            // "Efficiency: … 0.565", "T2: … 1200 K", "True/false: before I answer, do you mean …?": the
            // parts that some piece answers share them out; a part none answers keeps the whole reply.
            var unanswered: Set<String> = []
            if chosen.isEmpty {
                let answered = open.filter { id in
                    guard let key = expected[id] ?? nil else { return false }
                    return candidates.contains { reading(of: $0, expecting: AnswerExpectation(key))?.value != nil }
                }
                if answered.count >= 2, answered.count < open.count,
                    let partial = inOrderByKind(answered, from: candidates, expected: expected, acceptingAmbiguous: true, names: questions?.names) {
                    chosen = partial
                    unanswered = Set(open).subtracting(answered)
                }
            }
            // "For the Nernst part, Q = … E = 1.159 V. Raising [Cu2+] … so the answer is (B).": a line of
            // another part's titled section that gives an option (or a truth value) where that part
            // asks for a number answers the group's part that asks for one.
            for id in open where chosen[id] == nil {
                guard let key = expected[id] ?? nil, case let kind = AnswerExpectation(key), kind == .choice || kind == .boolean,
                    !candidates.contains(where: { reading(of: $0, expecting: kind)?.value != nil }) else { continue }
                for other in parts where !open.contains(other) {
                    guard let otherKey = expected[other] ?? nil, AnswerExpectation(otherKey) == .scalar,
                        let index = pieces[other]?.lastIndex(where: { $0.turn == turn }),
                        let piece = pieces[other]?[index],
                        reading(of: piece, expecting: kind)?.value != nil, !statesNumber(piece) else { continue }
                    pieces[other]!.remove(at: index)
                    pieces[id, default: []].append(piece)
                    break
                }
            }
            for id in open {
                let own = chosen.isEmpty || unanswered.contains(id) ? group.pieces : chosen[id].map { clusters[$0] } ?? []
                // In turn order, keeping the order within a turn.
                pieces[id] = (pieces[id, default: []] + own).enumerated()
                    .sorted { ($0.element.turn, $0.offset) < ($1.element.turn, $1.offset) }.map(\.element)
            }
        }
    }

    /// The group's parts and those between them that its question asked in one phrase ("what
    /// are the distances between the middle gene and each of the others, and between the two
    /// outer genes?" for 2b, 2c and 2d): a numeric part between two of the group's, answered
    /// nowhere, joins it when the reply bolds exactly one number more per such part than the
    /// group's numeric parts (a question that skips a part, "the mean and the range", is
    /// answered with as many numbers as it asks).
    static func withGapsFilled(_ group: (parts: [String], pieces: [PartAttribution.Piece]), grammar: PartLabelGrammar,
                               expected: [String: Answer?], pieces: [String: [PartAttribution.Piece]]) -> [String] {
        guard let first = group.parts.first, let last = group.parts.last else { return group.parts }
        let all = grammar.parts(of: PartLabelGrammar.split(first).problem)
        guard let from = all.firstIndex(of: first), let to = all.firstIndex(of: last), from < to else { return group.parts }
        func numeric(_ id: String) -> Bool { (expected[id] ?? nil).map { AnswerExpectation($0) == .scalar } ?? false }
        let gaps = all[from...to].filter { !group.parts.contains($0) }
        guard !gaps.isEmpty, gaps.allSatisfy({ numeric($0) && pieces[$0] == nil }) else { return group.parts }
        let bolded = group.pieces.reduce(0) { count, piece in count + piece.text.matches(of: boldNumber).count }
        guard bolded == group.parts.filter(numeric).count + gaps.count else { return group.parts }
        return Array(all[from...to])
    }

    /// A bold span that holds a digit: "**15.5 cM**".
    private static var boldNumber: Regex<Substring> { try! Regex(#"\*\*[^*\n]*\d[^*\n]*\*\*"#) }

    /// The last sentence of the reply made of as many clauses as the group has parts, joined
    /// by "and" or ";", each "the ‹words› is ‹value›" with words that name one of the parts (as
    /// a row's name would, ``QuestionMatch/part(named:in:)``), every part once; nil otherwise.
    static func byNamedClauses(_ ids: [String], from pieces: [PartAttribution.Piece], questions: QuestionMatch?) -> [String: PartAttribution.Piece]? {
        guard let questions, ids.count >= 2, let problem = ids.first.map({ PartLabelGrammar.split($0).problem }) else { return nil }
        // (The reply's closing sentence only: "The mean is 10 and the range is 14." opening the
        // working states data, not the answers.)
        for piece in pieces.suffix(1) {
            for sentence in piece.text.split(separator: #/[.!?](?:\s+|$)|\n/#).filter({ !$0.trimmingCharacters(in: .whitespaces).isEmpty }).suffix(1) {
                let clauses = sentence.split(separator: #/,?\s+and\s+|;\s+/#)
                guard clauses.count == ids.count else { continue }
                var chosen: [String: PartAttribution.Piece] = [:]
                for clause in clauses {
                    guard let stated = clause.firstMatch(of: #/^(?i:(?:so|thus|hence|therefore|overall|in summary|in short),?\s+)?(?i:the\s+)?([A-Za-z][\w ()-]{1,40}?)\s+(?:is|are|=|≈|equals|comes out to)\s+(?i:about\s+|approximately\s+|roughly\s+|exactly\s+)?(\S.*)$/#),
                          stated.output.2.contains(where: \.isNumber),
                          let id = questions.part(named: String(stated.output.1), in: problem), ids.contains(id), chosen[id] == nil else { break }
                    var own = piece
                    own.text = String(clause)
                    chosen[id] = own
                }
                if chosen.count == ids.count { return chosen }
            }
        }
        return nil
    }

    /// The reply in sections opened by plain or bold titles ("Entropy: …", "**Work.** …") that
    /// each name one of the parts in the problem's words: each titled part takes its section,
    /// and the one part no title names, when it comes before them all, the text before the
    /// first title. Nil unless a title names a part and every part gets a section.
    static func byTitledSections(_ ids: [String], from clusters: [[PartAttribution.Piece]], questions: QuestionMatch?) -> [String: [PartAttribution.Piece]]? {
        guard let questions, ids.count >= 2, let problem = ids.first.map({ PartLabelGrammar.split($0).problem }) else { return nil }
        var openings: [(index: Int, id: String)] = []
        for (index, cluster) in clusters.enumerated() {
            let text = cluster[0].text
            let firstLine = String(text.prefix { $0 != "\n" })
            let title = firstLine.firstMatch(of: #/^([A-Z][a-z]{3,}(?: [a-z]{2,}){0,3}):\s+\S/#).map { String($0.1) }
                ?? PartAttribution.sectionTitle(text, isHeading: false)?.0
            guard let title, let id = questions.part(titled: title, in: problem), ids.contains(id) else { continue }
            // (A part titled twice is not split by its titles.)
            guard !openings.contains(where: { $0.id == id }) else { return nil }
            openings.append((index, id))
        }
        guard let first = openings.first else { return nil }
        let untitled = ids.filter { id in !openings.contains { $0.id == id } }
        guard untitled.count <= 1 else { return nil }
        var sections: [String: Range<Int>] = [:]
        if let lead = untitled.first {
            // The untitled part answers first, in the order the question asked.
            // ("Here is the working." then "Acceleration: …": a lead without a number answers nothing.)
            guard first.index > 0, clusters[..<first.index].joined().contains(where: { $0.text.contains(where: \.isNumber) }),
                  let position = ids.firstIndex(of: lead),
                  openings.allSatisfy({ (ids.firstIndex(of: $0.id) ?? 0) > position }) else { return nil }
            sections[lead] = 0..<first.index
        }
        for (offset, opening) in openings.enumerated() {
            sections[opening.id] = opening.index..<(offset + 1 < openings.count ? openings[offset + 1].index : clusters.count)
        }
        return sections.mapValues { Array(clusters[$0].joined()) }
    }

    /// Whether a piece, read where a number is expected, gives a number (not an option letter read as a name).
    static func statesNumber(_ piece: PartAttribution.Piece) -> Bool {
        if case .number? = reading(of: piece, expecting: .scalar)?.value { return true }
        return false
    }

    /// "scores = [0.5, 1, 0]", "weights ≈ […]", "output ≈ […]": when every graded part of the
    /// group has a line assigning a value of its kind to words that name it (as a retyped
    /// question would), each takes its last such line.
    static func byRowName(_ ids: [String], from candidates: [PartAttribution.Piece], expected: [String: Answer?],
                          questions: QuestionMatch?) -> [String: Int]? {
        guard let questions, let problem = ids.first.map({ PartLabelGrammar.split($0).problem }) else { return nil }
        var chosen: [String: Int] = [:]
        for (index, candidate) in candidates.enumerated() {
            guard let words = candidate.text.firstMatch(of: #/^\s*([A-Za-z][A-Za-z ]{2,30}?)\s*(?:=|≈)/#),
                let id = questions.part(named: String(words.1), in: problem), ids.contains(id), let key = expected[id] ?? nil,
                reading(of: candidate, expecting: AnswerExpectation(key))?.value != nil else { continue }
            chosen[id] = index
        }
        let graded = ids.filter { (expected[$0] ?? nil) != nil }
        return graded.count >= 2 && graded.allSatisfy({ chosen[$0] != nil }) ? chosen : nil
    }

    /// Each paragraph that states a value in the unit one part's question asks ("in km/s", "in
    /// hours") and in no other part's, given to that part; the paragraphs no unit claims go to
    /// the one part that asks none, if there is one. Nil unless every part but at most one asks a
    /// unit of its own, and every part gets a paragraph.
    static func byAskedUnits(_ ids: [String], from clusters: [[PartAttribution.Piece]], questions: QuestionMatch?) -> [String: [PartAttribution.Piece]]? {
        guard ids.count >= 2, let questions else { return nil }
        var units: [String: [String]] = [:]
        for id in ids {
            if let question = questions.questionTexts[id], let asked = AskedUnit.symbols(askedIn: question) { units[id] = asked }
        }
        let unitless = ids.filter { units[$0] == nil }
        guard unitless.count <= 1, units.count >= 2 || unitless.count == 1 && units.count >= 1 else { return nil }
        let all = units.values.flatMap { $0 }
        guard Set(all).count == all.count else { return nil }
        func states(_ symbols: [String], in text: String) -> Bool {
            symbols.contains { symbol in
                text.range(of: #"\d"# + PrefixedUnit.separator + NSRegularExpression.escapedPattern(for: symbol) + #"(?![A-Za-z/²³^])"#, options: .regularExpression) != nil
            }
        }
        var split: [String: [PartAttribution.Piece]] = [:]
        for cluster in clusters {
            let text = cluster.map(\.text).joined(separator: "\n")
            let owners = ids.filter { units[$0].map { states($0, in: text) } == true }
            if owners.count == 1 { split[owners[0], default: []] += cluster } else if owners.isEmpty, let rest = unitless.first { split[rest, default: []] += cluster }
        }
        // (The part that asks no unit must get a paragraph with a number, not only a preamble.)
        if let rest = unitless.first, split[rest]?.contains(where: { $0.text.contains(where: \.isNumber) }) != true { return nil }
        return ids.allSatisfy({ split[$0] != nil }) ? split : nil
    }

    /// The pieces in runs: "Day 1: (0.6, 0.4)." then "Or, multiplying the other way, (0.5, 0.5).":
    /// the other reading is the same part's, not the next one's.
    static func alternativesKept(_ pieces: [PartAttribution.Piece]) -> [[PartAttribution.Piece]] {
        var clusters: [[PartAttribution.Piece]] = []
        for piece in pieces {
            if let last = clusters.last?.last, last.turn == piece.turn, FinalAnswer.opensAlternative(piece.text) {
                clusters[clusters.count - 1].append(piece)
            } else {
                clusters.append([piece])
            }
        }
        return clusters
    }
}
