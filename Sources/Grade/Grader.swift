import Foundation
import Solve

/// Grades each part of a transcript against the expected answers: attribution
/// (``PartAttribution``), the part's final answer (``FinalAnswer``) read with the answer
/// grammar, and the equivalence rules (``Equivalence``).
public enum Grader {
    /// `expected` maps part ids to the expected answer (nil: no answer known, ungraded);
    /// `partIDs` gives the parts and their order; `tolerances` are the key entries' own.
    /// `questions` matches user turns to the parts they retype (nil: only labels attribute).
    public static func grade(transcript: Transcript, expected: [String: Answer?], partIDs: [String], tolerances: [String: Double] = [:],
                             questions: QuestionMatch? = nil) -> [Verdict] {
        let attribution = PartAttribution(transcript: transcript, partIDs: partIDs, questions: questions)
        var pieces = attribution.parts
        let grammar = attribution.grammar
        // A problem without labelled parts answered in one paragraph: the problem's text for its only part.
        for id in partIDs {
            let problem = PartLabelGrammar.split(id).problem
            guard grammar.parts(of: problem) == [id], let text = attribution.unlabelled[problem] else { continue }
            if let own = pieces[id], let last = own.map(\.turn).max() {
                // (Only a problem without parts: a later turn under a one-part problem's heading may be about another.)
                guard id == problem else { continue }
                // A later turn about the problem ("I got Question 3 wrong … (B)") answers it again.
                pieces[id] = own + text.filter { $0.turn > last }
            } else {
                pieces[id] = text
            }
        }
        assignUnlabelled(attribution, grammar: grammar, expected: expected, turns: transcript.turns, questions: questions, into: &pieces)
        assignRetyped(attribution, expected: expected, questions: questions, into: &pieces)
        if let names = questions?.names { assignNamed(attribution, names: names, expected: expected, into: &pieces) }
        assignWithdrawn(attribution, transcript: transcript, into: &pieces)
        assignCrossCorrections(grammar: grammar, into: &pieces)
        keepAskedUnits(partIDs: partIDs, questions: questions, in: &pieces)
        for id in partIDs {
            guard let own = pieces[id] else { continue }
            let names = questions?.names.names(of: id) ?? []
            let asked = questions?.names.askedNames(of: id) ?? []
            let logarithms = questions?.names.askedLogarithms(of: id) ?? []
            pieces[id] = NamedAssignment.focus(own.map { NamedAssignment.focus(share($0, with: id, expected: expected, names: names), on: names, asked: asked, logarithms: logarithms) },
                                               on: names, logarithms: logarithms)
        }
        var summaries = attribution.summaries
        /// Every piece and summary of part `id` with its text rewritten.
        func rewriteText(of id: String, _ rewrite: (String) -> String) {
            func rewritten(_ piece: PartAttribution.Piece) -> PartAttribution.Piece {
                var piece = piece
                piece.text = rewrite(piece.text)
                return piece
            }
            pieces[id] = pieces[id]?.map(rewritten)
            summaries[id] = summaries[id]?.map(rewritten)
        }
        assignRecaps(attribution, grammar: grammar, expected: expected, questions: questions, into: &summaries)
        // "Do you reject H₀? (yes/no)" answered "we fail to reject H₀": the decision is the answer.
        func spelled(_ piece: PartAttribution.Piece) -> PartAttribution.Piece {
            var spelled = piece
            spelled.text = TestDecision.spelled(piece.text)
            return spelled
        }
        for id in questions?.decisionParts ?? [] where (expected[id] ?? nil).map({ AnswerExpectation($0) == .boolean }) == true {
            pieces[id] = pieces[id]?.map(spelled)
            summaries[id] = summaries[id]?.map(spelled)
        }
        // "δ ≈ 0.032 m ≈ 32 mm" for a deflection asked in mm: the value in the unit asked.
        for (id, unit) in questions?.askedUnits ?? [:] {
            // "W ≈ 4571 J" for work asked in kJ: the value restated in the unit asked.
            func inUnit(_ piece: PartAttribution.Piece) -> PartAttribution.Piece {
                var piece = piece
                // ("−106\,134 J mol⁻¹ ≈ −106.1 kJ mol⁻¹" for ΔG asked in kJ/mol.)
                if unit.contains("/") { piece.text = PrefixedUnit.quotients(piece.text) }
                piece = PrefixedUnit.inAskedUnit(piece, unit: unit)
                piece.text = PrefixedUnit.fromOtherPrefixes(PrefixedUnit.fromBaseUnit(piece.text, unit: unit), unit: unit)
                return piece
            }
            pieces[id] = pieces[id]?.map(inUnit)
            summaries[id] = summaries[id]?.map(inUnit)
        }
        // "0.625 km" for a queue asked in metres: the value in the unit asked.
        for (id, base) in questions?.askedBaseUnits ?? [:] {
            func inBase(_ piece: PartAttribution.Piece) -> PartAttribution.Piece {
                var piece = PrefixedUnit.inAskedUnit(piece, unit: base)
                piece.text = PrefixedUnit.toBaseUnit(piece.text, base: base)
                return piece
            }
            pieces[id] = pieces[id]?.map(inBase)
            summaries[id] = summaries[id]?.map(inBase)
        }
        // "I = 66.67 × 10⁶ mm⁴" for a part asked in units of 10^6 mm^4: the number asked.
        for (id, power) in questions?.askedScales ?? [:] {
            rewriteText(of: id) { AskedScale.removing(power, from: $0) }
        }
        // "The Miller indices are **(201)**", "[2̄21]" for a key of one-digit indices.
        for id in partIDs {
            guard case .vector(let entries)?? = expected[id], IndexDigits.applies(to: entries) else { continue }
            rewriteText(of: id) { IndexDigits.separated($0, count: entries.count) }
        }
        var restatements: [String: [PrefixedUnit.Restatement]] = [:]
        for id in partIDs where (expected[id] ?? nil).map({ AnswerExpectation($0) == .scalar }) == true {
            let problem = PartLabelGrammar.split(id).problem
            guard let text = questions?.problemTexts[problem] else { continue }
            if restatements[problem] == nil { restatements[problem] = PrefixedUnit.restatements(for: text) }
            guard let units = restatements[problem], !units.isEmpty else { continue }
            func restated(_ piece: PartAttribution.Piece) -> PartAttribution.Piece {
                var restated = piece
                restated.text = PrefixedUnit.inProblemUnits(piece.text, units)
                return restated
            }
            pieces[id] = pieces[id]?.map(restated)
            summaries[id] = summaries[id]?.map(restated)
        }
        // "buyers pay P_b = $33 and sellers receive P_s = $28" for "What price do buyers pay?": the buyers' clause.
        for id in partIDs where (expected[id] ?? nil).map({ AnswerExpectation($0) == .scalar }) == true {
            guard let request = questions?.requests[id] else { continue }
            rewriteText(of: id) { RoleClauses.keepingAsked($0, request: request) }
        }
        // Names the question gives its answer: a tuple ("(P*, Q*)") and an index it aliases ("x = x_k").
        for id in partIDs {
            guard let key = expected[id] ?? nil, let text = questions?.problemTexts[PartLabelGrammar.split(id).problem],
                  let rewrite = Self.tupleAssignments(key: key, problemText: text) ?? Self.aliasedIndices(key: key, problemText: text) else { continue }
            rewriteText(of: id, rewrite)
        }
        // "**z is in the middle**" for options (A) x (B) y (C) z: the option its content names.
        for id in partIDs {
            guard case .choice?? = expected[id], let question = questions?.questionTexts[id],
                  case let options = ChoiceByContent.options(in: question), options.count >= 2 else { continue }
            rewriteText(of: id) { ChoiceByContent.naming($0, options: options) }
        }
        // "pq − p − q + 1" for the key `(p-1)*(q-1)`: letters of the key written side by side.
        for id in partIDs {
            guard case .expression(let key)?? = expected[id] else { continue }
            let letters = JuxtaposedLetters.letters(ofKey: key)
            rewriteText(of: id) { JuxtaposedLetters.splitting(JuxtaposedLetters.raisingFlattenedPowers($0, letters: letters), letters: letters) }
        }
        // "d = v·τ with v = 0.98c": a given of the problem's stem copied, not an answer.
        let givens = questions?.stems.mapValues(GivenConditions.givens(in:)) ?? [:]
        for id in partIDs {
            guard let given = givens[PartLabelGrammar.split(id).problem], let key = expected[id] ?? nil, AnswerExpectation(key) == .scalar else { continue }
            rewriteText(of: id) { GivenConditions.removingStated(from: $0, givens: given, expected: key.scalar) }
        }
        // "The system x ≡ 2 (mod 3), … has a unique solution": congruences copied from the question.
        for id in partIDs {
            guard let text = questions?.problemTexts[PartLabelGrammar.split(id).problem], text.contains("≡") || text.contains("\\equiv") else { continue }
            rewriteText(of: id) { GivenConditions.removing(from: $0, problemText: text) }
        }
        return partIDs.map { id in
            var verdict: Verdict
            if case .expression(let key)?? = expected[id], let identifiers = KeyIdentifiers(key: key) {
                // "Km (1 + I/Ki)" for the key `Km*(1 + I/Ki)`: names of several letters read as one variable each.
                func rewritten(_ piece: PartAttribution.Piece) -> PartAttribution.Piece {
                    var piece = piece
                    piece.text = identifiers.rewrite(piece.text)
                    return piece
                }
                verdict = grade(part: id, pieces: (pieces[id] ?? []).map(rewritten), summaries: (summaries[id] ?? []).map(rewritten),
                                expected: .expression(identifiers.rewrite(key)), tolerance: tolerances[id], notes: transcript.notes)
                verdict.expected = .expression(key)
                if case .expression(let got)? = verdict.extracted { verdict.extracted = .expression(identifiers.restore(got)) }
            } else {
                verdict = grade(part: id, pieces: pieces[id] ?? [], summaries: summaries[id] ?? [], expected: expected[id] ?? nil,
                                tolerance: tolerances[id], notes: transcript.notes, asksPercent: questions?.percentParts.contains(id) ?? false,
                                asksDegrees: questions?.degreeParts.contains(id) ?? false, askedFigures: questions?.askedFigures[id],
                                asksExact: questions?.exactParts.contains(id) ?? false)
            }
            // An expression key the grammar does not read in full cannot decide the verdict.
            if case .expression(let key)?? = expected[id], [.correct, .incorrect].contains(verdict.kind),
                !Equivalence.readsInFull(KeyIdentifiers(key: key)?.rewrite(key) ?? key) {
                verdict.kind = .ungraded
                verdict.diagnosis = "the key's expression '\(key)' is not read in full: grade it by hand"
            }
            // A part left unanswered after the problem's text asked for the input again.
            if verdict.kind == .missing, verdict.diagnosis != "asks for the input again",
                let request = FinalAnswer.request(in: attribution.unlabelled[PartLabelGrammar.split(id).problem] ?? []) {
                verdict.evidence = request.original
                verdict.place = request.place
                verdict.diagnosis = "asks for the input again"
            }
            return verdict
        }
    }

    /// Parts answered in order without labels in their problem's text (`μ = 5, σ² = 4` for
    /// 5a and 5b; "First, AᵀA = … The least-squares solution is x̂ = … For the ridge part,
    /// det = 15 and the ridge solution is …"; "… gives Y = … Max-pooling that gives …"): the
    /// problem's clauses that state a value (`= value`, or a result verb), each part
    /// taking the last clause of its kind before the next part's, from the last part back.
    /// Only for the problem's leading unlabelled parts, and only when each finds a clause.
    static func assignUnlabelled(
        _ attribution: PartAttribution, grammar: PartLabelGrammar, expected: [String: Answer?], turns: [Transcript.Turn] = [],
        questions: QuestionMatch? = nil, into pieces: inout [String: [PartAttribution.Piece]]
    ) {
        for (problem, lines) in attribution.unlabelled {
            // "You're right — …" then Λ's corrected matrix, then "Redoing 4.2(b) …": in a later reply
            // that corrects, the text before its first labelled part answers the one part before that
            // part again.
            for turn in Set(lines.map(\.turn)).sorted() where turns.indices.contains(turn) && PartAttribution.corrects(turns[turn].text) {
                let ids = grammar.parts(of: problem)
                guard let firstLabelled = ids.firstIndex(where: { id in pieces[id]?.contains { $0.turn == turn } ?? false }), firstLabelled == 1,
                      let earlier = pieces[ids[0]], earlier.contains(where: { $0.turn < turn }), !earlier.contains(where: { $0.turn == turn }),
                      let key = expected[ids[0]] ?? nil,
                      let start = pieces[ids[1]]?.first(where: { $0.turn == turn }).flatMap(line(of:)) else { continue }
                let before = lines.filter { $0.turn == turn && (line(of: $0) ?? .max) < start }
                guard before.contains(where: { reading(of: $0, expecting: AnswerExpectation(key))?.value != nil }) else { continue }
                pieces[ids[0]] = earlier + before
            }
            // The leading parts that no label claims.
            // (A summary row does not answer in the body: the part still takes its clause.)
            let parts = Array(grammar.parts(of: problem).prefix { pieces[$0] == nil })
            // "Walking through … So the answer is (A)." then "For (b), …": a turn's text before its
            // first labelled part answers the one part before it.
            // (Not one the user said needs no answer: "I already did (a) myself, so just (b)–(d)".)
            if parts.count == 1, attribution.declined.contains(parts[0]) { continue }
            if parts.count == 1, let next = grammar.parts(of: problem).dropFirst().first,
                let first = pieces[next]?.first, let start = line(of: first) {
                let before = lines.filter { $0.turn == first.turn && (line(of: $0) ?? .max) < start }
                if !before.isEmpty { pieces[parts[0]] = before }
                continue
            }
            guard parts.count >= 2 else { continue }
            var clauses: [PartAttribution.Piece] = []
            for line in lines {
                // "Wait — those inputs are in N and m, so … δ = 31.6 mm.": a correction goes on the clause it corrects.
                if var last = clauses.last, last.turn == line.turn,
                    FinalAnswer.correction.firstMatch(in: line.text, range: NSRange(line.text.startIndex..., in: line.text))?.range.location == 0 {
                    last.text += "\n" + line.text
                    clauses[clauses.count - 1] = last
                    continue
                }
                var text = line.text
                // "End differences are 120 °C and 20 °C, so" over the formula: the givens it leads into.
                let leadsIn = text.range(of: #"(?i)(?:[,:]|\b(?:so|then|hence|thus|therefore))\s*$"#, options: .regularExpression) != nil
                for separator in ["\\qquad", "\\quad", ";", ". ", ", and ", " and "] { text = text.replacingOccurrences(of: separator, with: "\u{1F}") }
                // ("Posterior mean: $\dfrac{13}{42} \approx 0.3095$": a titled row's approximation states a value too.)
                let titledRow = line.text.range(of: #"^\s*(?:[-*•]\s*)?[A-Z][\w ]{1,30}:\s"#, options: .regularExpression) != nil
                for clause in text.components(separatedBy: "\u{1F}")
                where clause.contains("=") || titledRow && (clause.contains("≈") || clause.contains("\\approx")) || !leadsIn && Self.commits(clause) {
                    var piece = line
                    piece.text = clause
                    clauses.append(piece)
                }
            }
            let graded = parts.filter { (expected[$0] ?? nil) != nil }
            // ("| AB | −11.25 | compression |": a table's rows named by the parts' symbols, each its part's.)
            if let rows = byTableRows(graded, from: lines, questions: questions) {
                for (id, row) in rows { pieces[id] = [row] }
                continue
            }
            let units = Dictionary(uniqueKeysWithValues: graded.compactMap { id in
                questions?.questionTexts[id].flatMap(AskedUnit.symbols(askedIn:)).map { (id, $0) }
            })
            // (The units the questions ask choose among the clauses; where no choice fits them all, none.)
            guard !graded.isEmpty, let indices = inOrderByKind(graded, from: clauses, expected: expected, acceptingAmbiguous: true,
                                                                     names: questions?.names, units: units)
                    ?? inOrderByKind(graded, from: clauses, expected: expected, acceptingAmbiguous: true, names: questions?.names) else { continue }
            let chosen = indices.mapValues { clauses[$0] }
            // A positional reading that the summary rows contradict on most parts is misaligned:
            // the clauses belong to other problems. (One disagreement among several is a real one.)
            var checked = 0
            var contradicted = 0
            for (id, clause) in chosen {
                guard let key = expected[id] ?? nil, let row = attribution.summaries[id]?.last else { continue }
                let kind = AnswerExpectation(key)
                checked += 1
                if let reading = Self.reading(of: clause, expecting: kind), !FinalAnswer.same(reading, AnswerGrammar.read(row.text, expecting: kind)) {
                    contradicted += 1
                }
            }
            if checked >= 2, contradicted * 2 > checked { continue }
            for (id, clause) in chosen { pieces[id] = [clause] }
        }
    }

    /// A problem's recap without labels: its clauses, in order, summarize as many of the
    /// problem's graded parts, the last ones (or else the first ones), when each clause reads
    /// as a value of its part's kind.
    static func assignRecaps(_ attribution: PartAttribution, grammar: PartLabelGrammar, expected: [String: Answer?],
                             questions: QuestionMatch? = nil, into summaries: inout [String: [PartAttribution.Piece]]) {
        for recap in attribution.recaps {
            let graded = grammar.parts(of: recap.problem).filter { (expected[$0] ?? nil) != nil }
            guard recap.clauses.count <= graded.count else { continue }
            for parts in [Array(graded.suffix(recap.clauses.count)), Array(graded.prefix(recap.clauses.count))] {
                // ("peak 60 m³/s", "steady-state peak 12.5 mg/L": a clause of a recap may name its value in
                // words, without a relation; a hyphen before a digit is a sign.)
                // (Such a clause is kept as the value it states: "a round-trip efficiency of about
                // 93.5 %" summarizes with 93.5 %.)
                // ("600 Wh stored, drawn at 2.5 A, lasting 20 h" for parts asked in A, h and Wh: a clause
                // in another quantity's unit than its part asks is out of order, and the recap unread.)
                let read = zip(parts, recap.clauses).map { id, clause -> PartAttribution.Piece? in
                    guard let key = expected[id] ?? nil else { return nil }
                    // (Only a simple unit the reading knows: "L/h" is seen as "L" in a clause.)
                    if let asked = questions?.questionTexts[id].flatMap(AskedUnit.symbols(askedIn:)),
                       !asked.contains(where: { $0.contains("/") }), asked.contains(where: AskedUnit.isKnown),
                       case let written = AskedUnit.written(in: clause.text),
                       !written.isEmpty, !written.contains(where: { AskedUnit.commensurate($0, asked) }) { return nil }
                    let kind = AnswerExpectation(key)
                    if case .value? = reading(of: clause, expecting: kind) { return clause }
                    var stated = clause
                    stated.text = clause.text.replacingOccurrences(of: #"^(?:[^=≈\d(\[-]|-(?![\d.]))*"#, with: "", options: .regularExpression)
                    if case .value = AnswerGrammar.read(stated.text, expecting: kind) { return stated }
                    return nil
                }
                guard read.allSatisfy({ $0 != nil }) else { continue }
                for (id, clause) in zip(parts, read.compactMap { $0 }) { summaries[id, default: []].append(clause) }
                break
            }
        }
    }

    /// The line a piece stands on ("line 20", "turn 2, line 10").
    static func line(of piece: PartAttribution.Piece) -> Int? {
        piece.place.firstMatch(of: #/line (\d+)$/#).flatMap { Int($0.1) }
    }

    /// A part still unanswered whose quantity the problem's unlabelled text computes by name
    /// ("Forward: q = 4, r = 3, f = q·r = 12." for "Compute the forward value $f$"): the last
    /// clause that assigns the name only this part's question writes, when it reads as the
    /// part's kind.
    static func assignNamed(_ attribution: PartAttribution, names: QuantityNames, expected: [String: Answer?],
                            into pieces: inout [String: [PartAttribution.Piece]]) {
        let ids = Array(expected.keys)
        for (problem, lines) in attribution.unlabelled {
            var found: [String: PartAttribution.Piece] = [:]
            for line in lines {
                for row in line.text.split(separator: "\n") {
                    for clause in NamedAssignment.split(String(row)) {
                        var piece = line
                        piece.text = clause
                        // The name must be this part's alone among all parts' questions.
                        guard let name = NamedAssignment.assignedName(piece) else { continue }
                        let owners = ids.filter { names.names(of: $0).contains(name) }
                        guard owners.count == 1, let id = owners.first, PartLabelGrammar.split(id).problem == problem, pieces[id] == nil,
                            let key = expected[id] ?? nil, reading(of: piece, expecting: AnswerExpectation(key))?.value != nil else { continue }
                        found[id] = piece
                    }
                }
            }
            for (id, piece) in found { pieces[id] = [piece] }
        }
    }

    /// Parts answered in order: from the last part back, each takes the last candidate before
    /// the next part's that reads as a value of its kind (a formula with variables is no
    /// number); the index of each part's candidate, nil when one finds none. Parts without an
    /// expected answer take nothing.
    static func inOrderByKind(_ ids: [String], from candidates: [PartAttribution.Piece], expected: [String: Answer?],
                              acceptingAmbiguous: Bool, names: QuantityNames? = nil, units: [String: [String]] = [:]) -> [String: Int]? {
        var chosen: [String: Int] = [:]
        var limit = candidates.count
        for id in ids.reversed() {
            guard let key = expected[id] ?? nil else { continue }
            let kind = AnswerExpectation(key)
            // "L =" then "U =": of pieces that assign names, only the one the part's question names.
            let own = names?.names(of: id) ?? []
            let assigned = candidates[..<limit].map(NamedAssignment.assignedName)
            let naming = !own.isEmpty && assigned.contains { $0.map(own.contains) == true } && Set(assigned.compactMap { $0 }).count >= 2
            func fits(_ index: Int) -> Bool {
                let candidate = candidates[index]
                if naming, let name = assigned[index], !own.contains(name) { return false }
                // ("|Z| = 10 Ω, θ = 36.87°" for a voltage asked in volts: values in other units only.)
                if let asked = units[id] {
                    let written = AskedUnit.written(in: candidate.text)
                    if !written.isEmpty, !written.contains(where: { AskedUnit.matches($0, asked) }) { return false }
                }
                guard let reading = Self.reading(of: candidate, expecting: kind) else { return false }
                switch reading {
                case .value(.expression(let e)) where kind == .scalar && e.constantValue == nil: return false
                case .value: return true
                case .ambiguous: return acceptingAmbiguous
                case .none: return false
                }
            }
            guard let index = candidates[..<limit].indices.last(where: fits) else { return nil }
            chosen[id] = index
            limit = index
        }
        return chosen
    }

    /// What a clause answers, read as a part's text is ("… gives S = [[0.5, 1], [1, 0]] for part (a)").
    static func reading(of clause: PartAttribution.Piece, expecting kind: AnswerExpectation) -> AnswerReading? {
        FinalAnswer.find(pieces: [clause], summaries: [], expecting: kind).final?.reading
    }

    /// A clause that states a result in words ("… gives [[1, 3], [2, 1]]", "the output is 12",
    /// "For the GRU, option A").
    static func commits(_ clause: String) -> Bool {
        resultVerb.firstMatch(in: clause, range: NSRange(clause.startIndex..., in: clause)) != nil
    }

    static let resultVerb = try! NSRegularExpression(
        pattern: #"(?i)\b(?:gives?|giving|is|are|equals?|produces?|yields?|becomes?|comes? (?:out )?to|(?:we )?get|obtain|option|choice|answer)\b|→|⇒"#)

    /// A piece that a combined label gave to several parts of one kind ("(a) and (b): the
    /// variance is … = 3.5, so … = 4.207"): each part takes its own clause, in order, the last
    /// part the last clause. Pieces of one part, or too few clauses, stay whole.
    /// (A piece that assigns the part's own quantity by name among others, "So R_A = 11 kN and
    /// R_B = 13 kN" for "(a) … R_A (b) … R_B", is left whole: the name chooses, not the order.)
    static func share(_ piece: PartAttribution.Piece, with id: String, expected: [String: Answer?], names: Set<String> = []) -> PartAttribution.Piece {
        guard piece.shared.count > 1, let mine = expected[id] ?? nil else { return piece }
        if !names.isEmpty, NamedAssignment.focus(piece, on: names).text != piece.text { return piece }
        let kind = AnswerExpectation(mine)
        let alike = piece.shared.filter { other in (expected[other] ?? nil).map { AnswerExpectation($0) == kind } ?? false }
        guard alike.count > 1, let position = alike.firstIndex(of: id) else { return piece }
        // "… gives 6P = 120, so **P* = 20** and **Q* = 60**": as many bold values as parts, in order.
        let bold = piece.text.matches(of: #/\*\*(.+?)\*\*/#).map { String($0.output.1) }.filter { AnswerGrammar.read($0, expecting: kind).value != nil }
        if bold.count == alike.count {
            var own = piece
            own.text = "**" + bold[position] + "**"
            return own
        }
        // Clauses end at a semicolon or a comma before a space (not inside "3,200").
        let clauses = piece.text.replacingOccurrences(of: ", ", with: ";").split(separator: ";").map(String.init).filter { clause in
            clause.contains("=") && AnswerGrammar.read(clause, expecting: kind).value != nil
        }
        if clauses.count >= alike.count {
            var own = piece
            own.text = position == alike.count - 1 ? clauses.last! : clauses[position]
            return own
        }
        // "… the outputs are [1, 3, −3] and [−2, 3, −1] respectively": the values in order.
        guard piece.text.range(of: "respectively", options: .caseInsensitive) != nil else { return piece }
        let tail = piece.text.range(of: ":", options: .backwards).map { String(piece.text[$0.upperBound...]) } ?? piece.text
        var chunks = [tail]
        for separator in [" and ", "; ", ", "] where chunks.count < alike.count {
            chunks = chunks.flatMap { $0.components(separatedBy: separator) }
        }
        let values = chunks.filter { AnswerGrammar.read($0, expecting: kind).value != nil }
        guard values.count == alike.count else { return piece }
        var own = piece
        own.text = values[position]
        return own
    }

    /// "0.852, so roughly 85 %": the percentage a line states right after a fraction, as its
    /// restatement (within a percentage point of a hundred times the fraction); nil otherwise.
    static func statedPercentage(after number: AnswerNumber, in evidence: String?, expecting expectation: AnswerExpectation) -> AnswerNumber? {
        guard let evidence, let range = evidence.range(of: number.text),
              let stated = evidence[range.upperBound...].firstMatch(of: #/^[^\d=]{0,30}?\b(?:so|i\.e\.|that is|or|about|roughly|approximately|which is)\b[^\d=]{0,20}?(\d+(?:\.\d+)?\s*(?:%|percent\b))/#),
              case .value(.number(let percentage)) = AnswerGrammar.read(String(stated.1), expecting: expectation),
              percentage.percent, abs(percentage.value - number.value * 100) <= 1 else { return nil }
        return percentage
    }

    static func grade(part id: String, pieces: [PartAttribution.Piece], summaries: [PartAttribution.Piece], expected: Answer?, tolerance: Double?,
                      notes: [String], asksPercent: Bool = false, asksDegrees: Bool = false, askedFigures: Int? = nil, asksExact: Bool = false) -> Verdict {
        let first = pieces.first { !$0.original.isEmpty } ?? pieces.first
        guard let expected else {
            return Verdict(part: id, kind: .ungraded, evidence: first?.original, place: first?.place, diagnosis: "no expected answer")
        }
        if pieces.isEmpty && summaries.isEmpty {
            return Verdict(part: id, kind: .missing, expected: expected, diagnosis: "the part is not answered")
        }
        let outcome = FinalAnswer.find(pieces: pieces, summaries: summaries, expecting: AnswerExpectation(expected))
        guard let final = outcome.final else {
            if let request = outcome.request {
                return Verdict(part: id, kind: .missing, evidence: request.original, place: request.place, expected: expected,
                               diagnosis: "asks for the input again")
            }
            let vanished = pieces.contains { piece in notes.contains { $0.hasPrefix("vanished formula at \(piece.place):") } }
            return Verdict(part: id, kind: .missing, evidence: first?.original, place: first?.place, expected: expected,
                           diagnosis: vanished ? "the formula vanished from the PDF text layer: not graded as wrong" : "no \(expected.type) given for the part")
        }
        // "I don't see a vector a — only b = (2, 1, 3). Could you tell me what a is?": the value
        // beside a question back is the question's own data, not an answer.
        if let request = outcome.request, request.original == final.evidence, request.turn == final.turn {
            return Verdict(part: id, kind: .missing, evidence: request.original, place: request.place, expected: expected,
                           diagnosis: "asks for the input again")
        }
        switch final.reading {
        case .ambiguous(let reason, let values):
            return Verdict(part: id, kind: .unclear, evidence: final.evidence, place: final.place, extracted: values.first?.answer,
                           alternatives: values.dropFirst().map(\.answer), expected: expected, diagnosis: reason)
        case .none:
            return Verdict(part: id, kind: .missing, evidence: final.evidence, place: final.place, expected: expected, diagnosis: "no answer read")
        case .value(var value):
            // ("| 3c | (0.5, 1) or (0.447, 0.894) |" beside a plain body answer: the cell's values conflict too.)
            let others = outcome.conflicting.flatMap { other -> [AnswerValue] in
                switch other.reading {
                case .value(let value): return [value]
                case .ambiguous(_, let values): return values.filter { !FinalAnswer.same(.value($0), .value(value)) }
                case .none: return []
                }
            }.filter { other in
                // ("| 2(e) | T > 1110 K |": where a number is expected, a lone name is the quantity's,
                // not a rival value.)
                if AnswerExpectation(expected) == .scalar, case .expression(.variable) = other { return false }
                return true
            }
            if !others.isEmpty {
                return Verdict(part: id, kind: .unclear, evidence: final.evidence, place: final.place, extracted: value.answer,
                               alternatives: others.map(\.answer), expected: expected,
                               diagnosis: "different final answers: " + ([value] + others).map(\.answer.description).joined(separator: " / "))
            }
            var comparison = Equivalence.compare(value, expected, tolerance: tolerance)
            // "EAR ≈ 0.0617" where the question asks for a percentage keyed 6.17: the same rate as a fraction.
            // "≈ 0.852, so roughly 85 %" where a percentage to a precision is asked: the line goes on to
            // state the percentage itself, and that is the answer in the form asked, with its own precision.
            if !comparison.equal, asksPercent, askedFigures != nil, case .number(let number) = value, !number.percent, abs(number.value) < 1,
               let stated = Self.statedPercentage(after: number, in: final.evidence, expecting: AnswerExpectation(expected)) {
                value = .number(stated)
                comparison = Equivalence.compare(value, expected, tolerance: tolerance)
            }
            if !comparison.equal, asksPercent, case .number(let number) = value, !number.percent, abs(number.value) < 1 {
                let hundredfold = AnswerNumber(value: number.value * 100, exact: number.exact.flatMap { try? $0 * Rational(100) },
                                               decimals: number.decimals.map { max(0, $0 - 2) }, significantFigures: number.significantFigures,
                                               text: number.text)
                let asPercent = Equivalence.compare(.number(hundredfold), expected, tolerance: tolerance)
                if asPercent.equal { comparison = Equivalence.Outcome(equal: true, diagnosis: "a fraction where a percentage was asked") }
            }
            // "θ = 2π/3 rad" where the problem states its angles in degrees (keyed 120): the same angle.
            if !comparison.equal, asksDegrees, case .expression = value, let expression = value.asExpression.expressionValue,
               expression.description.contains("π"), Set(expression.variables).isSubset(of: ["π"]) {
                let degrees = expression.evaluate(["π": Double.pi]) * 180 / Double.pi
                let rounded = abs(degrees - degrees.rounded()) < 1e-9 ? degrees.rounded() : degrees
                let angle = AnswerNumber(value: rounded, exact: nil, decimals: nil, significantFigures: nil, text: "\(value) rad")
                if Equivalence.compare(.number(angle), expected, tolerance: tolerance).equal {
                    comparison = Equivalence.Outcome(equal: true, diagnosis: "an angle in radians where the problem uses degrees")
                }
            }
            // ("≈ 1035.5 Hz" then "✅ **2(a): f′ ≈ 1035 Hz**": one answer at two precisions; either form the key accepts.)
            if !comparison.equal, let restated = outcome.restated, case .value(let other) = restated.reading,
               Equivalence.compare(other, expected, tolerance: tolerance).equal {
                return Verdict(part: id, kind: .correct, evidence: restated.evidence, place: restated.place, extracted: other.answer,
                               expected: expected, diagnosis: "restated at another precision")
            }
            // ("≈ 0.0157" where the question asks at least 4 significant figures of 4/255: not what was asked.)
            // (An answer that is the key exactly, "0.75", "0.5", shows all there is.)
            if comparison.equal, let askedFigures, case .number(let number) = value, number.decimals != nil || Equivalence.scientificDecimals(number.text) != nil,
               !number.text.contains("/"), let figures = number.significantFigures, figures < askedFigures,
               let keyValue = expected.scalar, abs(number.value - keyValue) > RealValue.noise(around: keyValue, fraction: 1e-12) {
                comparison = Equivalence.Outcome(equal: false, diagnosis: "\(figures) significant figures where the question asks \(askedFigures)")
            }
            // ("What is the exact spacing?" answered "≈ 15.6 Hz" for 15.625: a rounded value, not the exact one.)
            // (Not where the key gives a tolerance: its author allows rounding.)
            // (A percentage of a fraction, "31.25%" for 0.3125, is the same value converted: only a value
            // within rounding of the key is checked.)
            if comparison.equal, asksExact, tolerance == nil, case .number(let number) = value, number.decimals != nil, !number.text.contains("/"),
               !number.percent, let keyValue = expected.scalar, abs(number.value - keyValue) <= 0.05 * abs(keyValue),
               abs(number.value - keyValue) > RealValue.noise(around: keyValue, fraction: 1e-12),
               // ("5/16 ≈ **0.313**": the exact fraction written beside its rounding gives the exact value.)
               !(final.evidence ?? "").matches(of: #/(\d+)\s*/\s*(\d+)/#).contains(where: { fraction in
                   guard let p = Double(fraction.1), let q = Double(fraction.2), q != 0 else { return false }
                   return abs(p / q - keyValue) <= RealValue.noise(around: keyValue, fraction: 1e-9)
               }) {
                comparison = Equivalence.Outcome(equal: false, diagnosis: "a rounded value where the question asks the exact one")
            }
            var diagnosis = comparison.diagnosis
            // (An earlier statement of the same answer is restated, not withdrawn.)
            let withdrawn = outcome.withdrawn?.reading.value.flatMap { FinalAnswer.same(.value($0), .value(value)) ? nil : $0 }
            if let withdrawn {
                diagnosis = [diagnosis, "corrected: an earlier answer (\(withdrawn) at \(outcome.withdrawn!.place)) was withdrawn"].compactMap { $0 }
                    .joined(separator: "; ")
            }
            return Verdict(part: id, kind: comparison.equal ? .correct : .incorrect, evidence: final.evidence, place: final.place,
                           extracted: value.answer, expected: expected, diagnosis: diagnosis, withdrawn: withdrawn?.answer)
        }
    }
}
