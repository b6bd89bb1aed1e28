import Foundation

/// Which parts a user turn asks about when it names none: the student retyped the question
/// in their own words ("now heavy ball momentum, beta = 0.9 … what is w(2)?"). The turn's
/// distinctive words and numbers are matched against each part's text in the problem set.
///
/// - A word counts by how rare it is among the parts (inverse document frequency); words
///   are compared by their first five letters ("params" meets "parameters"), Greek letters
///   by name, subscript digits as digits.
/// - The problem is the one whose best part scores highest, by a clear margin (1.5×) over
///   every other problem's best, with at least two tokens shared, or one that only one part uses.
/// - Within it, each question of the turn (split at `?`) names the one part whose own text
///   (less what all the problem's parts share) it matches best; a tie names none. When no
///   question names a part, the turn only sets the problem.
///
/// A turn that pastes several labelled parts ("(a) … (b) …") without the problem's number names
/// the problem only, by the same margin over the union of each problem's texts.
///
/// It abstains whenever the evidence is thin: a wrong part is worse than an unattributed one.
public struct QuestionMatch: Sendable {
    struct Document {
        var id: String
        var problem: String
        var own: Set<String>
        var all: Set<String>
    }

    let documents: [Document]
    /// Each problem's stem tokens.
    let stemTokens: [String: Set<String>]
    let weights: [String: Double]
    /// In how many parts' texts each token occurs.
    let frequency: [String: Int]
    /// In how many parts' own texts (without their problem's stem) each token occurs.
    let ownFrequency: [String: Int]
    /// The quantities each part's question names, for summary lines that name no part.
    public let names: QuantityNames
    /// Parts whose question asks whether to reject a hypothesis.
    let decisionParts: Set<String>
    /// Each problem's stem and its parts' questions, for the units it states its values in.
    let problemTexts: [String: String]

    /// Each part's question as written.
    let questionTexts: [String: String]
    /// Each problem's text before its parts.
    let stems: [String: String]
    /// Parts whose question asks for the exact value ("What is the exact spacing between DFT
    /// bins?", "Give the exact value."): a rounded decimal is not what was asked.
    let exactParts: Set<String>
    /// Parts whose question asks for a percentage ("Give a percentage.", "in %").
    let percentParts: Set<String>

    /// The prefixed unit a part's question asks its answer in ("the tip deflection in mm", "(in kN·m)").
    var askedUnits: [String: String]

    /// The base unit a part's question asks its answer in by name ("How long, in metres, is the
    /// queue?", "(in seconds)"): a value written in a prefixed unit of it is restated in it.
    let askedBaseUnits: [String: String]

    /// The power of ten a part's question asks its answer in ("in units of 10^6 mm^4").
    let askedScales: [String: Int]

    /// The significant figures a part's question asks at least ("to at least 4 significant
    /// figures", "Give 3 s.f."): an answer that shows fewer does not give what was asked.
    let askedFigures: [String: Int]
    /// Parts whose question asks an angle (θ, "angle", "argument", a rotation …) where the question
    /// or its problem states angles in degrees and never in radians (no "rad", no π): a multiple of
    /// π given as the answer is that angle in radians.
    let degreeParts: Set<String>
    /// Each part's request: the last sentence of its question that asks ("What price do buyers
    /// pay after the tax?", "Find the tension in the left cable.").
    let requests: [String: String]

    /// A prefixed unit the reading restates values in (`mm`, `kJ`, `km/s`, `mg/L`), as a question
    /// asks it or a key gives it.
    static let prefixedUnit = #"(?:[kMGcmµμn])(?:m|s|N|J|W|V|A|Pa|Hz|g|Ω|L|pc)(?:·m|/(?:min|h|s|kg|L|mol|day))?"#

    /// `questions` maps part ids to their text; `stems` maps problem numbers to the problem's text
    /// before its parts; `keyUnits` maps part ids to the unit of the key's number (`unit: km/s`),
    /// which stands for the unit asked where the question asks none.
    public init(questions: [String: String], stems: [String: String], partIDs: [String], keyUnits: [String: String] = [:]) {
        names = QuantityNames(questions: questions.filter { partIDs.contains($0.key) })
        decisionParts = Set(questions.filter { partIDs.contains($0.key) && TestDecision.isAsked(by: $0.value) }.keys)
        percentParts = Set(questions.filter { partIDs.contains($0.key) && $0.value.range(of: #"(?i)\bpercent(?:age)?s?\b|\bin\s*\\?%|\(\s*\\?%\s*\)"#, options: .regularExpression) != nil }.keys)
        // ("What is the exact spacing …?"; not "Fisher's exact test", "an exact value is not required",
        // nor a question that also asks decimals or an estimate.)
        exactParts = Set(questions.filter { id, question in
            partIDs.contains(id)
                && question.range(of: #"(?i)\b(?:what is|what's|give|find|compute|determine|state|write)\b[^.?]{0,40}\bexact\s+(?!test\b|differential\b|same\b|match\b)\w+"#, options: .regularExpression) != nil
                && question.range(of: #"(?i)\bdecimal|\bsignificant|\bs\.\s?f\.|\bround\w*|\bapprox\w*|\bestimat\w*|\bnot required\b|\bno need\b|\bnumerical(?:ly)?\b"#, options: .regularExpression) == nil
        }.keys)
        askedFigures = questions.filter { partIDs.contains($0.key) }.compactMapValues { question in
            let words = ["one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6]
            guard let match = question.firstMatch(of: #/(?i)\b(\d|one|two|three|four|five|six)\s+(?:significant\s+(?:figures|digits)|s\.\s?f\.)/#) else { return nil }
            return Int(match.1) ?? words[match.1.lowercased()]
        }
        degreeParts = Set(questions.filter { id, question in
            guard partIDs.contains(id) else { return false }
            let text = question + "\n" + (stems[PartLabelGrammar.split(id).problem] ?? "")
            // (The part must ask for an angle: "the period of sin(x°)" is no angle.)
            return question.range(of: #"(?i)\bangles?\b|θ|φ|\\theta|\\phi|\bargument\b|\bArg\b|\bbearing\b|\bheading\b|\bphase\b|\brotat\w*"#, options: .regularExpression) != nil
                && text.range(of: #"°|\^\s*\{?∘|\\circ\b|(?i)\bdegrees?\b"#, options: .regularExpression) != nil
                && text.range(of: #"π|\\pi\b|(?i)\brad(?:ians?|s)?\b"#, options: .regularExpression) == nil
        }.keys)
        // ("how large a ranging error (km, one decimal place)": the unit opening a parenthesis.)
        let unitAsked = try! Regex(#"\bin\s+(?:units of\s+)?\$?\s*\\?(?:text\{|si\{|mathrm\{)?("# + Self.prefixedUnit + #")(?![A-Za-z])|\(\s*("# + Self.prefixedUnit + #")\s*(?:[,;)]|\s+(?:to|rounded)\b)"#)
        let unitWritten = try! Regex(Self.prefixedUnit)
        askedUnits = questions.filter { partIDs.contains($0.key) }.compactMapValues { source in
            // ("in \si{\micro\metre}" asks for µm.)
            let question = PrefixedUnit.quotients(PrefixedUnit.symbols(source))
            return question.firstMatch(of: unitAsked).map { String($0.output[1].substring ?? $0.output[2].substring ?? "") }
                ?? PrefixedUnit.spelledUnit(askedIn: question)
        }
        // (A key's unit that is a prefixed unit the reading knows, or one of its base units.)
        var baseFromKey: [String: String] = [:]
        for (id, unit) in keyUnits where partIDs.contains(id) && askedUnits[id] == nil {
            if unit.wholeMatch(of: unitWritten) != nil {
                askedUnits[id] = unit
            } else if PrefixedUnit.bases.contains(where: { $0.symbol == unit && unit != "FLOPs" }) {
                baseFromKey[id] = unit
            }
        }
        let prefixedAsked = askedUnits
        askedBaseUnits = questions.filter { partIDs.contains($0.key) && prefixedAsked[$0.key] == nil }.compactMapValues(PrefixedUnit.spelledBase(askedIn:))
            .merging(baseFromKey) { asked, _ in asked }
        askedScales = questions.filter { partIDs.contains($0.key) }.compactMapValues(AskedScale.power(in:))
        requests = questions.filter { partIDs.contains($0.key) }.compactMapValues { question in
            question.split(whereSeparator: { ".?!".contains($0) }).map(String.init).last { sentence in
                sentence.range(of: #"(?i)^\s*(?:what|which|who|how|find|compute|calculate|determine|give|state|report)\b"#, options: .regularExpression) != nil
            }
        }
        questionTexts = questions.filter { partIDs.contains($0.key) }
        var problemTexts = stems
        for id in partIDs {
            guard let question = questions[id] else { continue }
            problemTexts[PartLabelGrammar.split(id).problem, default: ""] += "\n" + question
        }
        self.problemTexts = problemTexts
        self.stems = stems
        stemTokens = stems.mapValues { Self.tokens($0) }
        var documents: [Document] = []
        for id in partIDs {
            guard let question = questions[id] else { continue }
            let problem = PartLabelGrammar.split(id).problem
            let own = Self.tokens(question)
            documents.append(Document(id: id, problem: problem, own: own, all: own.union(Self.tokens(stems[problem] ?? ""))))
        }
        var frequency: [String: Int] = [:]
        for document in documents { for token in document.all { frequency[token, default: 0] += 1 } }
        let count = Double(max(documents.count, 1))
        weights = frequency.mapValues { log(1 + count / Double($0)) }
        self.frequency = frequency
        var ownFrequency: [String: Int] = [:]
        for document in documents { for token in document.own { ownFrequency[token, default: 0] += 1 } }
        self.ownFrequency = ownFrequency
        self.documents = documents
    }

    public var isEmpty: Bool { documents.isEmpty }

    /// The problem and the parts a user turn asks about, or nil.
    public func match(_ text: String) -> (problem: String, parts: [String])? {
        // A turn that pastes several labelled parts is not one retyped question: it only names
        // the problem whose text it repeats.
        let pasted = PartLabelGrammar.listsSeveralParts(text)
        guard !documents.isEmpty, text.count < (pasted ? 6000 : 800) else { return nil }
        let asked = Self.tokens(text).filter { weights[$0] != nil }
        func score(_ tokens: Set<String>) -> Double { weight(of: asked.intersection(tokens)) }
        var bestByProblem: [String: Double] = [:]
        if pasted {
            var union: [String: Set<String>] = [:]
            for document in documents { union[document.problem, default: []].formUnion(document.all) }
            bestByProblem = union.mapValues(score)
        } else {
            for document in documents { bestByProblem[document.problem] = max(bestByProblem[document.problem] ?? 0, score(document.all)) }
        }
        let ranked = bestByProblem.sorted { $0.value > $1.value }
        guard var best = ranked.first, best.value > 0 else { return nil }
        // Questions end at "?", and before "and what …", "then solve …" or "also"; a question
        // goes on to the next at ", what …" ("What is E°cell, what is ΔG° …", not the setting
        // "For a filter with 10 emails (4 spam, 6 ham), what's …").
        let questions = text.replacingOccurrences(of: #"(?i)\b(?:and|then) (?=(?:what|how|which|give|find|compute|solve)\b)|\balso\b"#, with: "?",
                                                  options: .regularExpression).split(separator: "?").flatMap { question -> [String] in
            let pieces = question.split(separator: #/,\s+(?=(?i:what|how|which)\b)/#).map(String.init)
            guard pieces.count > 1, pieces[0].range(of: Self.questionWord, options: .regularExpression) != nil else { return [String(question)] }
            return pieces
        }
        if ranked.count > 1, best.value < 1.5 * ranked[1].value, distinctiveProblem(asked) != best.key {
            // ("titration: 25.0 mL … a) volume to equivalence b) pH after 10.0 mL. also which 0.10 M
            // solution has highest pH: (A) …": the labelled parts' problem, without the other
            // question the turn adds after them.)
            if pasted, let added = Self.addedQuestion(in: text) { return match(String(text[..<added])) }
            guard !pasted, let covering = problemCovering(questions) else { return nil }
            best = (covering, bestByProblem[covering] ?? 0)
        }
        let candidates = documents.filter { $0.problem == best.key }
        if pasted { return (best.key, []) }
        // Two shared tokens, or one that only a single part uses ("det B" → "det").
        guard candidates.contains(where: { document in
            let shared = asked.intersection(document.all)
            return shared.count >= 2 || shared.contains { frequency[$0] == 1 || ownFrequency[$0] == 1 && document.own.contains($0) }
        }) else { return nil }
        var chosen = parts(askedIn: questions, candidates: candidates)
        // "… d_k = 4. Scaled scores, softmax weights (3 decimals), and the output.": a closing
        // sentence listing requests without question marks, each item naming its own part.
        let sentences = text.split(separator: #/[.!?]\s+|\n/#).map { $0.trimmingCharacters(in: .whitespaces) }.filter { !$0.isEmpty }
        if let last = sentences.last, !last.contains(#/\([a-hivx]{1,4}\)/#) {
            var items = last.components(separatedBy: CharacterSet(charactersIn: ",;")).flatMap { $0.components(separatedBy: " and ") }
            // "Carnot engine between 600 K and 300 K, what is the efficiency": the items before the
            // first question word are the setting, not requests.
            if let first = items.firstIndex(where: { $0.range(of: Self.questionWord, options: .regularExpression) != nil }) { items.removeFirst(first) }
            let listed = parts(askedIn: items, candidates: candidates)
            // (A list that names more parts than the questions did: "need rho, L, W (minutes), Lq, and P(N>=3)".)
            if listed.count >= 2, chosen.count <= 1 || listed.count > chosen.count { chosen = listed }
        }
        // "(a)(i) orders (m, n)? (ii) k in M⁻² s⁻¹?": a turn that labels the questions it retypes
        // asks those parts, whatever else its data shares with other parts.
        if let labelled = Self.labelledParts(in: text, problem: best.key, ids: candidates.map(\.id)) { chosen = labelled }
        if chosen.isEmpty, let id = bestPart(asked, among: candidates) { chosen = [id] }
        let order = candidates.map(\.id)
        return (best.key, chosen.sorted { order.firstIndex(of: $0)! < order.firstIndex(of: $1)! })
    }

    /// Where a turn that lists labelled parts adds another question after them ("… b) pH after
    /// 10.0 mL. also which …?"): the start of "also", "plus" or "and also" after the last label.
    static func addedQuestion(in text: String) -> String.Index? {
        guard let last = text.matches(of: #/\([a-h]\)|\b[a-h][.)]\s/#).last,
              let added = text[last.range.upperBound...].firstMatch(of: #/(?i)[.;,]?\s+(?:and\s+)?(?:also|plus|oh and|btw)\b/#) else { return nil }
        return added.range.lowerBound
    }

    /// The parts of `problem` that a turn's own labels name, "(a)(i) … (ii) …" (a bare numeral under
    /// the last letter), when there are two or more and every label names one; else nil.
    static func labelledParts(in text: String, problem: String, ids: [String]) -> [String]? {
        let grammar = PartLabelGrammar(ids: ids)
        var letter: String? = nil
        var found: [String] = []
        let roman = PartLabelGrammar.roman
        for match in text.matches(of: try! Regex(#"\(([a-h])\)(?:\s*\(("# + roman + #")\))?|\(("# + roman + #")\)"#)) {
            let id: String?
            let subpart = match.output[2].substring.map(String.init)
            if let named = match.output[1].substring.map(String.init) {
                letter = named
                id = grammar.id(problem: problem, part: named, subpart: subpart)
                    ?? (subpart == nil ? grammar.id(problem: problem, part: named) : nil)
            } else if let roman = match.output[3].substring.map(String.init) {
                id = letter.flatMap { grammar.id(problem: problem, part: $0, subpart: roman) } ?? grammar.id(problem: problem, part: roman)
            } else {
                id = nil
            }
            guard let id else { return nil }
            if !found.contains(id) { found.append(id) }
        }
        return found.count >= 2 ? found : nil
    }

    /// The one part among `candidates` (one problem's) that the tokens match best. Parts are
    /// told apart by what they do not all share ("median" against "mean", not the data).
    private func bestPart(_ tokens: Set<String>, among candidates: [Document]) -> String? {
        let shared = candidates.count > 1 ? candidates.dropFirst().reduce(candidates[0].own) { $0.intersection($1.own) } : []
        let scores = candidates.map { document -> (id: String, score: Double, coverage: Double) in
            let distinctive = document.own.subtracting(shared)
            let score = weight(of: tokens.intersection(distinctive))
            let total = weight(of: distinctive)
            return (document.id, score, total > 0 ? score / total : 0)
        }
        guard let top = scores.map(\.score).max(), top > 0 else { return nil }
        var winners = scores.filter { $0.score >= top - 1e-9 }
        // A tie goes to the part whose own words the question covers more fully ("the output
        // shape" is all of "What is the shape of the output?", a little of "… the shape after pooling?").
        if winners.count > 1, let most = winners.map(\.coverage).max() { winners = winners.filter { $0.coverage >= most - 1e-9 } }
        return winners.count == 1 ? winners[0].id : nil
    }

    /// The part of `problem` that a row's name ("scaled scores", "weights", "output") asks
    /// for: the one it matches best among the problem's parts, as a retyped question would.
    public func part(named name: String, in problem: String) -> String? {
        let tokens = Self.tokens(name).filter { weights[$0] != nil && $0.first?.isLetter == true }
        guard !tokens.isEmpty, tokens.count <= 4 else { return nil }
        return bestPart(tokens, among: documents.filter { $0.problem == problem })
    }

    /// The parts that the questions name, each the one part it alone matches best.
    private func parts(askedIn questions: [String], candidates: [Document]) -> [String] {
        var chosen: [String] = []
        for question in questions {
            // "rho", "W (minutes)": an item that is one part's symbol.
            if let id = names.part(symbol: question, among: candidates.map(\.id)) {
                if !chosen.contains(id) { chosen.append(id) }
                continue
            }
            // "newton from x0=2, x1 exactly and x2 to 6 dp": items of one question, each a part's symbol.
            let items = question.components(separatedBy: CharacterSet(charactersIn: ",;")).flatMap { $0.components(separatedBy: " and ") }
            let symbols = items.compactMap { names.part(symbol: $0, among: candidates.map(\.id)) }
            if Set(symbols).count >= 2 {
                for id in symbols where !chosen.contains(id) { chosen.append(id) }
                continue
            }
            // "What is the orbital speed in km/s and the period in minutes?": clauses that each ask in
            // the unit of another part (the part among those asking that unit whose words it shares).
            let unitClauses = question.split(separator: #/,?\s+and\s+|;\s+/#).map(String.init)
            if unitClauses.count >= 2 {
                let ids = unitClauses.compactMap { clause -> String? in
                    guard let symbols = AskedUnit.symbols(askedIn: clause) else { return nil }
                    let owners = candidates.filter { questionTexts[$0.id].flatMap(AskedUnit.symbols(askedIn:)) == symbols }
                    // (Its words from the question word on: the setting before it names other parts' words.)
                    let asked = clause.range(of: Self.questionWord, options: .regularExpression).map { String(clause[$0.lowerBound...]) } ?? clause
                    return owners.count == 1 ? owners[0].id : bestPart(Self.tokens(asked).filter { weights[$0] != nil }, among: owners)
                }
                if ids.count == unitClauses.count, Set(ids).count == ids.count {
                    for id in ids where !chosen.contains(id) { chosen.append(id) }
                    continue
                }
            }
            // A quantity only one part names ("P(spam)" against "P(spam | x)") decides first.
            // "shouldn't the extinction probability be less than 1 since the mean is bigger than 1?":
            // what a reason names is not asked about.
            var question = question
            if let reason = question.firstMatch(of: #/(?i)[,\s]+(?:since|because|given that)\s/#),
                case let head = String(question[..<reason.range.lowerBound]),
                names.parts(namedIn: head, among: candidates.map(\.id)).count == 1
                    || bestPart(Self.tokens(head).filter { weights[$0] != nil }, among: candidates) != nil {
                question = String(question[..<reason.range.lowerBound])
            }
            let named = names.parts(namedIn: String(question), among: candidates.map(\.id))
            if named.count == 1 {
                if !chosen.contains(named[0]) { chosen.append(named[0]) }
                continue
            }
            // "D(P||Q) for P = …, and I(X;Y) for the joint table": clauses that each name one
            // part's quantity ask for each.
            if named.count > 1 {
                let clauses = question.split(separator: #/,?\s+and\s+|;\s+/#).map(String.init)
                let each = clauses.map { names.parts(namedIn: $0, among: candidates.map(\.id)) }
                if each.allSatisfy({ $0.count <= 1 }), case let ids = each.compactMap(\.first), Set(ids).count == ids.count, ids.count == named.count {
                    for id in ids where !chosen.contains(id) { chosen.append(id) }
                    continue
                }
            }
            // "For an RGB 64x64 input and Conv2d(3, 32, kernel_size=5, stride=2), what is the output
            // shape?": the setup before the question word is context; the question asks from there.
            var tokens = Self.tokens(String(question)).filter { weights[$0] != nil }
            if let word = question.range(of: Self.questionWord, options: .regularExpression),
                word.lowerBound > question.startIndex {
                let asked = Self.tokens(String(question[word.lowerBound...])).filter { weights[$0] != nil }
                if bestPart(asked, among: candidates) != nil { tokens = asked }
            } else if let last = question.split(separator: #/\.\s+/#).last(where: { sentence in
                // (Not a sentence that only constrains how to answer: "Don't recompute the orbital
                // speed.", "Assume the speed from before.")
                sentence.range(of: #"(?i)^\s*(?:don['’]t|do not|assume|use|keep|remember|note|please|thanks|thank you|no need)\b"#, options: .regularExpression) == nil
            }), last.count < question.count {
                // "A moon orbits … with period 1.769 days. Mass of the planet in kg?": without a
                // question word, the request is the last sentence; the ones before set the scene.
                let asked = Self.tokens(String(last)).filter { weights[$0] != nil }
                if bestPart(asked, among: candidates) != nil { tokens = asked }
            }
            if let id = bestPart(tokens, among: candidates), !chosen.contains(id) { chosen.append(id) }
        }
        return chosen
    }

    static let questionWord = #"(?i)\b(?:what|how|which|find|compute|calculate|determine|give)\b"#

    /// The summed weights of tokens that all have one.
    private func weight(of tokens: Set<String>) -> Double {
        tokens.reduce(0) { $0 + weights[$1]! }
    }

    /// "… what is the entropy of the labels in bits? and the gini impurity as a fraction?" where
    /// the turn's words as a whole lean to no problem: the problem whose parts answer its
    /// questions best, each question scored by its best part there (from its question word on,
    /// when that part is found), summed. Two questions at least, and the same 1.5× margin.
    func problemCovering(_ questions: [String]) -> String? {
        let asked = questions.map { question -> Set<String> in
            let tokens = Self.tokens(question).filter { weights[$0] != nil }
            guard let word = question.range(of: Self.questionWord, options: .regularExpression), word.lowerBound > question.startIndex else { return tokens }
            let own = Self.tokens(String(question[word.lowerBound...])).filter { weights[$0] != nil }
            return own.isEmpty ? tokens : own
        }.filter { !$0.isEmpty }
        guard asked.count >= 2 else { return nil }
        var total: [String: Double] = [:]
        for tokens in asked {
            var best: [String: Double] = [:]
            for document in documents {
                let score = weight(of: tokens.intersection(document.all))
                best[document.problem] = max(best[document.problem] ?? 0, score)
            }
            for (problem, score) in best { total[problem, default: 0] += score }
        }
        let ranked = total.sorted { $0.value > $1.value }
        guard let first = ranked.first, first.value > 0, ranked.count == 1 || first.value >= 1.5 * ranked[1].value else { return nil }
        return first.key
    }

    /// The one problem whose own words the tokens name when no other problem's are named:
    /// "period of the two-state flip chain?" shares "chain" and "state" with other problems
    /// but "period" with one alone.
    func distinctiveProblem(_ tokens: Set<String>) -> String? {
        var owners: [String: Set<String>] = [:]
        for document in documents { for token in document.all { owners[token, default: []].insert(document.problem) } }
        let named = Set(tokens.compactMap { token in owners[token].flatMap { $0.count == 1 ? $0.first : nil } })
        return named.count == 1 ? named.first : nil
    }

    /// Whether every number in `text` is one the texts of `ids` (or their problem's) write:
    /// "and if day 0 is (0.5, 0.5), what's day 1?" restates the part's own condition.
    public func restates(_ text: String, parts ids: [String]) -> Bool {
        let written = documents.filter { ids.contains($0.id) }.reduce(into: Set<String>()) { $0.formUnion($1.all) }
        return Self.tokens(text).filter { $0.first?.isNumber == true }.allSatisfy(written.contains)
    }

    /// The one part of `problem` that a section title names ("**Scores.**" → the part asking
    /// for the scaled scores, "### Gradient" → the part asking for the gradient): every word of
    /// the title in that part's own text and in no other part's of the problem. Nil otherwise.
    /// `outsideStem`: some word of the title is not the problem's setting ("For the ideal Otto
    /// cycle, …" names the problem's cycle, not a part's quantity; "For the window size, …"
    /// after a stem about the packet size names the window).
    public func part(titled title: String, in problem: String, outsideStem: Bool = false) -> String? {
        let words = Self.tokens(title).filter { $0.first?.isLetter == true }
        guard !words.isEmpty, words.count <= 4 else { return nil }
        if outsideStem, words.isSubset(of: stemTokens[problem] ?? []) { return nil }
        let candidates = documents.filter { $0.problem == problem }
        let matching = candidates.filter { words.isSubset(of: $0.own) }
        guard matching.count == 1 else { return nil }
        // Each word must tell the part apart: none is shared by every part of the problem.
        let others = candidates.filter { $0.id != matching[0].id }
        guard !others.isEmpty, !words.contains(where: { word in others.allSatisfy { $0.own.contains(word) } }) else { return nil }
        return matching[0].id
    }

    /// Whether `title` writes every word of part `id`'s own question ("Variance" for "Compute the
    /// variance.", not "Codeword" for "Assuming one bit error, give the corrected codeword.").
    public func title(_ title: String, covers id: String) -> Bool {
        guard let document = documents.first(where: { $0.id == id }) else { return false }
        let words = Self.tokens(title)
        let asked = document.own.filter { $0.first?.isLetter == true }
        return !asked.isEmpty && asked.isSubset(of: words)
    }

    /// The parts of `problem` whose own text writes every word of `title` ("Backward" → the
    /// sub-parts of "(b) Backward pass: …"), in order.
    public func parts(writing title: String, in problem: String) -> [String] {
        let words = Self.tokens(title).filter { $0.first?.isLetter == true }
        guard !words.isEmpty else { return [] }
        return documents.filter { $0.problem == problem && words.isSubset(of: $0.own) }.map(\.id)
    }

    static let stopwords: Set<String> = [
        "the", "and", "for", "what", "whats", "with", "that", "this", "then", "than", "from", "into", "your", "you", "are", "was",
        "how", "many", "much", "does", "give", "compute", "find", "write", "show", "also", "only", "please", "pls", "thanks",
        "now", "same", "each", "one", "its", "which", "when", "where", "there", "have", "has", "can", "could", "would", "will",
        "answer", "part", "problem", "question", "exercise", "value", "using", "use", "after", "before", "ok", "okay", "next",
        // The vocabulary of homework talk, which says nothing about which part.
        "solution", "solutions", "sheet", "homework", "course", "notes", "check", "correct", "wrong", "right", "sure", "think", "got",
        "get", "says", "said", "same", "again", "but", "too", "just", "really", "should", "shouldn", "isn", "doesn", "don", "last",
        "year", "thank", "help", "explain", "why", "instead",
    ]

    static let greek: [Character: String] = [
        "α": "alpha", "β": "beta", "γ": "gamma", "δ": "delta", "ε": "epsilon", "η": "eta", "θ": "theta", "λ": "lambda",
        "μ": "mu", "σ": "sigma", "τ": "tau", "φ": "phi", "ω": "omega", "π": "pi", "ρ": "rho", "ν": "nu", "κ": "kappa", "ξ": "xi", "χ": "chi", "ψ": "psi", "ζ": "zeta",
    ]

    /// Distinctive tokens: numbers as written without trailing zeros, words by their first five letters.
    /// Words and notations that name the same thing, written one way: "determinant" and "det",
    /// "A^{-1}" and "inverse", "maximum-likelihood estimate" and "MLE".
    static let synonyms: [(pattern: String, replacement: String)] = [
        (#"(?i)\bdeterminants?\b"#, " det "),
        (#"\^\{?[-−]1\}?|⁻¹"#, " inverse "),
        (#"(?i)\bmaximum[- ]likelihood(?: estimat\w*)?"#, " mle "),
        (#"(?i)\bstandard deviations?\b"#, " std "),
        (#"(?i)\beigen-?values?\b"#, " eigenvalue "),
        (#"(?i)\bmax\b"#, " maximum "),
        (#"(?i)\bmin\b"#, " minimum "),
        // "E°cell", "ΔG^∘", "E^{\circ}": a naught on a quantity's symbol marks its standard value.
        (#"(?:(?<=[A-Za-z}])\s*\^\s*\{?\s*(?:∘|\\circ|°)\s*\}?|(?<=[A-Za-z])[°∘])"#, " standard "),
    ]

    static func tokens(_ text: String) -> Set<String> {
        var text = text
        for (pattern, replacement) in synonyms { text = text.replacingOccurrences(of: pattern, with: replacement, options: .regularExpression) }
        var normalized = ""
        for scalar in text.lowercased().unicodeScalars {
            if (0x2080...0x2089).contains(scalar.value) { normalized.unicodeScalars.append(UnicodeScalar(scalar.value - 0x2080 + 0x30)!) }
            else if let name = greek[Character(scalar)] { normalized += " \(name) " }
            else if scalar == "−" { normalized += "-" }
            else { normalized.unicodeScalars.append(scalar) }
        }
        var result: Set<String> = []
        // "conv1" and "conv2" are different layers: letters keep the digits that follow them.
        let pattern = #/[a-z]+\d*|\d+(?:\.\d+)?/#
        for match in normalized.matches(of: pattern) {
            let token = String(match.output)
            if token.first!.isNumber {
                var number = token
                if number.contains(".") { while number.hasSuffix("0") { number.removeLast() }; if number.hasSuffix(".") { number.removeLast() } }
                result.insert(number)
            } else if token.count >= 3, !stopwords.contains(token) {
                let letters = token.prefix { $0.isLetter }
                result.insert(String(letters.prefix(5)) + token.drop { $0.isLetter })
            }
        }
        // "det B" and "det A" are different quantities: an operator keeps the one-letter name after it.
        for match in normalized.matches(of: #/\b(det|tr|rank|trace|var|cov|dim|inverse)\s*\(?\s*([a-z])\b/#) {
            result.insert("\(match.1)_\(match.2)")
        }
        // "e_{k+1}/e_k": a letter with a subscript that is an index expression names a sequence.
        for match in normalized.matches(of: #/(?:^|[^a-z\\])([a-z])_\{?([a-z](?:\s*[+-]\s*\d)?)\}?/#) {
            result.insert("\(match.1)_" + match.2.filter { !$0.isWhitespace })
        }
        return result
    }
}
