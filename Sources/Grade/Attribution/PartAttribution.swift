import Foundation

/// Which assistant text answers which part, read with the ``PartLabelGrammar`` over each
/// turn's document structure (``TurnSegments``).
///
/// - Headings, list items and lines that start with a label set the problem and part that
///   the following text belongs to; a heading of a problem clears the part.
/// - Prose that names a part ("In part (c) …") turns to it.
/// - Tables whose column holds part ids are summaries: each row's answer cell belongs to its part.
/// - User turns are never graded. A user turn that pastes a problem sets the next answer's
///   problem; one that asks about a single part ("is 3b rounded?") points the next answer at it,
///   and so does one that retypes a part's question without naming it (``QuestionMatch``);
///   a hypothetical follow-up ("and if the input were 9 × 9?") makes the next answer not count.
public struct PartAttribution: Sendable {
    /// One piece of assistant text attributed to a part.
    public struct Piece: Sendable, Equatable {
        /// The text without its label.
        public var text: String
        /// The first line as written, label included (for quoting).
        public var original: String
        public var place: String
        /// Index of the turn in the transcript.
        public var turn: Int
        /// The parts a combined label ("(a) and (b)") gave this piece to, in order; empty for one part.
        public var shared: [String] = []

        public init(text: String, original: String, place: String, turn: Int, shared: [String] = []) {
            self.text = text
            self.original = original
            self.place = place
            self.turn = turn
            self.shared = shared
        }
    }

    /// The text attributed to each part id, in order.
    public var parts: [String: [Piece]] = [:]
    /// Summary-table answer cells by part id.
    public var summaries: [String: [Piece]] = [:]
    /// Text of a problem that no part label claims, by problem number.
    public var unlabelled: [String: [Piece]] = [:]
    /// Answers to a user turn that retyped several parts' questions ("output shape? number of
    /// params?"), unlabelled: the parts in order and the answer's pieces, for the grader to
    /// share out by the kind each part expects.
    public var retypedGroups: [(parts: [String], pieces: [Piece])] = []
    private var openGroup: (parts: [String], pieces: [Piece])? = nil
    /// After a summary's lead-in, until the turn ends: unlabelled text belongs to no part.
    private var summarizing = false
    /// A part the user's hypothetical asked about in the turn that also pasted a new problem:
    /// the reply's text under it answers the hypothetical.
    private var setAside: String? = nil
    /// Parts a user turn says need no answer ("I already did (a) myself so just (b)–(d)"):
    /// the reply's unlabelled opening does not answer them.
    public private(set) var declined: Set<String> = []
    /// A recap of one problem without labels or names the questions give ("**Recap of 5.6:**
    /// DRH = […] m³/s; peak 60 m³/s at t = 3 h"): its clauses in order, for the grader to match
    /// to the problem's parts by kind.
    public private(set) var recaps: [(problem: String, clauses: [Piece])] = []
    /// The unlabelled lines of the summary being read, one per part in the parts' order if it
    /// recaps them all (``closeRecapList()``).
    private var recapList: (problem: String, lines: [Piece])? = nil
    /// The label grammar of the problem set's parts.
    public let grammar: PartLabelGrammar
    /// The parts' questions: for section titles that name what a part asks ("**Gradient.**") and
    /// for summary lines that name a part's quantity ("V* ≈ …").
    let questions: QuestionMatch?

    /// `questions` matches user turns that name no part to the parts they retype.
    public init(transcript: Transcript, partIDs: [String], questions: QuestionMatch? = nil) {
        let grammar = PartLabelGrammar(ids: partIDs)
        self.grammar = grammar
        self.questions = questions
        let problems = Set(partIDs.map { PartLabelGrammar.split($0).problem })
        var problem: String? = problems.count == 1 ? problems.first : nil
        var current: [String] = []
        var pastedProblem: String? = nil
        var askedPart: String? = nil
        var hypothetical = false
        // The words a follow-up's "what if" changes ("what if c were doubled" → "doubled").
        var hypotheticalWords: Set<String> = []
        var retyped: (problem: String, parts: [String])? = nil
        var asideNext: String? = nil
        // The last part the previous replies answered, for "are you sure about the last one?".
        var lastAnswered: String? = nil
        // A student's own log: the problem each of their labelled questions (`Q2:`) was about,
        // and the one a later turn refers to by that label ("in Q1 you used …").
        var labelProblems: [String: String] = [:]
        var openLabel: String? = nil
        var referencedProblem: String? = nil
        // "For 4.2 shouldn't the off-diagonal entries be negative?": the one problem a challenge names.
        var challengedProblem: String? = nil
        for (turnIndex, turn) in transcript.turns.enumerated() {
            guard turn.role == .assistant else {
                if turn.role == .user {
                    if let label = openLabel, let problem { labelProblems[label] = problem }
                    openLabel = turn.label.flatMap { $0.hasPrefix("Q") ? String($0.dropFirst()) : nil }
                    referencedProblem = labelProblems.isEmpty ? nil : turn.text.firstMatch(of: #/\b[QA](\d+)\b/#).flatMap { labelProblems[String($0.1)] }
                    // (A label referred to is no problem number: "in Q1 you used …" is not about problem 1.)
                    let text = referencedProblem == nil ? turn.text : turn.text.replacing(#/\b[QA]\d+\b/#, with: "that exchange")
                    pastedProblem = Self.firstProblem(in: text, grammar: grammar)
                    declined.formUnion(Self.setAsideParts(in: text, grammar: grammar, problem: pastedProblem ?? referencedProblem ?? problem))
                    askedPart = Self.askedPart(in: text, grammar: grammar, problem: referencedProblem ?? problem)
                    hypothetical = Self.isHypothetical(turn.text)
                    hypotheticalWords = hypothetical ? Self.conditionWords(turn.text) : []
                    // "yes do Q4: … and also for 2b what would the power be if p = 0.9": the reply answers
                    // the new problem; what it says under 2b answers the hypothetical, not 2b.
                    asideNext = nil
                    // "for problem 2, what would it be with 7 classifiers instead of 5?" after every part
                    // of problem 2 is answered: a follow-up about it, not the problem asked anew.
                    // (Not "sorry, I typed problem 2 wrong. what would it be with 7 …?": the problem restated.)
                    if hypothetical, let named = pastedProblem, case let own = grammar.parts(of: named), !own.isEmpty,
                       own.allSatisfy({ parts[$0] != nil }),
                       turn.text.range(of: #"(?i)\btyp(?:ed|o)\b|\bmistyped\b|\bI meant\b|\bmy (?:mistake|bad)\b|\bwrong (?:number|value)s?\b|\bcorrect(?:ion|ed)\b"#, options: .regularExpression) == nil {
                        pastedProblem = nil
                    }
                    if hypothetical, pastedProblem != nil {
                        asideNext = askedPart
                        askedPart = nil
                        hypothetical = false
                    }
                    // "… and if day 0 is (0.5, 0.5), what's day 1?": a retyped question whose own condition
                    // is the problem's, about parts not answered yet, is not a follow-up.
                    if hypothetical, pastedProblem == nil, askedPart == nil, let questions, let matched = questions.match(turn.text),
                        !matched.parts.isEmpty, matched.parts.allSatisfy({ parts[$0] == nil }), questions.restates(turn.text, parts: matched.parts) {
                        hypothetical = false
                    }
                    // "For 2(b) why do we add 180 and not subtract?": a part answered already, asked to be
                    // explained, not disputed; its reply answers again only if it corrects the answer.
                    if let asked = askedPart, parts[asked] != nil, pastedProblem == nil, Self.asksWhy(turn.text) { hypothetical = true }
                    // "for 1e what's the smallest profit …" where 1e asks for the largest: another question.
                    if let asked = askedPart, parts[asked] != nil, pastedProblem == nil, let question = questions?.questionTexts[asked],
                       Self.asksOppositeExtreme(turn.text, of: question) || Self.asksAnotherQuantity(turn.text, of: question) { hypothetical = true }
                    if askedPart == nil, pastedProblem == nil, !hypothetical { askedPart = Self.disputedPart(in: turn.text, answered: parts) }
                    if askedPart == nil, pastedProblem == nil, turn.text.count < 400, turn.text.range(of: Self.lastOne, options: .regularExpression) != nil { askedPart = lastAnswered }
                    // "hmm are you sure? I thought layer norm is per example": a turn that opens with a
                    // challenge and names no part, problem or value, right after a reply that answered one
                    // part only, is about that part ("for the orbital period, why …" names its part by words).
                    if askedPart == nil, pastedProblem == nil, referencedProblem == nil, !hypothetical, turn.text.count < 400,
                       turn.text.range(of: Self.openingChallenge, options: .regularExpression) != nil,
                       Self.problemsNamed(in: text).isEmpty, let previous = transcript.turns[..<turnIndex].lastIndex(where: { $0.role == .assistant }) {
                        let answered = parts.filter { $0.value.contains { $0.turn == previous } }.keys
                        if answered.count == 1 { askedPart = answered.first }
                    }
                    // (Not a student's own label: "in Q1 the gain looks off" is about that exchange's problem.)
                    let named = Set(Self.problemsNamed(in: text).filter(grammar.isProblem))
                    // (The turn opens with it, "For 4.2 shouldn't …"; not "Everything in 2 matches, but …".)
                    let opensWithIt = named.count == 1 && text.prefix(24).range(of: #"(?i)\b(?:in|for|on|about|re|regarding|problem|question|exercise)\s+(?:problem\s+|question\s+|exercise\s+)?"# + NSRegularExpression.escapedPattern(for: named.first!) + #"\b"#, options: .regularExpression) != nil
                    challengedProblem = askedPart == nil && pastedProblem == nil && referencedProblem == nil && turn.text.count < 400
                        && Self.challenges(turn.text) && opensWithIt && text.range(of: #"(?i)\b(?:but|however|although|though)\b"#, options: .regularExpression) == nil ? named.first : nil
                    retyped = pastedProblem == nil && askedPart == nil && !hypothetical ? questions?.match(turn.text) : nil
                    // ("For 4.2 shouldn't the off-diagonal entries be negative?": the problem a challenge
                    // names, not another whose question shares its words.)
                    if let matched = retyped, let challenged = challengedProblem, matched.problem != challenged { retyped = nil }
                    // "For the program in question 1 (…): how many variables live after instr 4, what's the
                    // max live, number of interference edges, …": a turn that names its problem and retypes
                    // some of its parts' questions.
                    // (Only when it asks for every part it does not set aside: a partial match leaves the
                    // reply to the parts in order.)
                    if let named = pastedProblem, askedPart == nil, !hypothetical, let matched = questions?.match(turn.text),
                        matched.problem == named, !matched.parts.isEmpty,
                        Set(matched.parts).union(Self.setAsideParts(in: turn.text, grammar: grammar)).isSuperset(of: grammar.parts(of: named)) {
                        retyped = matched
                    }
                    // A question about a part already answered that does not challenge the answer
                    // ("what happens to the estimate as λ → ∞?") is a follow-up: its reply does not count.
                    if let matched = retyped, !matched.parts.isEmpty, matched.parts.allSatisfy({ parts[$0] != nil }), !Self.challenges(turn.text) {
                        retyped = nil
                        hypothetical = true
                    }
                }
                continue
            }
            if hypothetical && !Self.corrects(turn.text) {
                hypothetical = false
                continue
            }
            // A reply that corrects an answer while it answers a "what if": its lines under that
            // condition ("- If c were doubled: X = 0.0625 m") answer the what-if, not the part.
            let whatIf = hypothetical ? hypotheticalWords : []
            hypothetical = false
            current = []
            summarizing = false
            setAside = asideNext
            asideNext = nil
            var numberedList: (problem: String, last: Int)? = nil
            // The problem a heading of this turn opened ("### Problem 4").
            var headedProblem: String? = nil
            // "**b.** Huffman steps:" then "1. Merge …", "2. Merge …": a numbered list that a part's
            // lead-in opens is the part's steps, not problems 2 and 3.
            var steps: (part: [String], last: Int)? = nil
            var leadInBefore = false
            // The current part came from a section title (``QuestionMatch/part(titled:in:)``).
            var titled = false
            // The current part came from a heading with its label ("### (b) Encoding"): its
            // section runs to the next heading.
            var headed: [String]? = nil
            if let pastedProblem {
                problem = pastedProblem
                // A problem without parts: the answer is its only part's.
                if let whole = grammar.id(problem: pastedProblem, part: nil), grammar.parts(of: pastedProblem) == [whole] { current = [whole] }
            }
            // "MAP = 8/13 … That replaces my earlier 0.6 for 1(b)": a reply that says which part it corrects.
            if askedPart == nil, retyped?.parts.isEmpty ?? true, let corrected = Self.correctedPart(in: turn.text, grammar: grammar, problem: problem) ?? Self.withdrawnPart(in: turn.text, answered: parts) {
                askedPart = corrected
            }
            if askedPart == nil, retyped == nil, pastedProblem == nil, let referencedProblem { problem = referencedProblem }
            // (The reply's text before its first label answers the challenged problem's part before it.)
            if askedPart == nil, retyped == nil, pastedProblem == nil, let challengedProblem { problem = challengedProblem }
            if askedPart == nil, retyped == nil, pastedProblem == nil, let named = Self.correctedProblem(in: turn.text, grammar: grammar) { problem = named }
            // "(b) With the unbiased estimator, s² = 11. (c) …" in a reply after problem 2.4 (no parts):
            // the one problem answered before that has every part the reply labels.
            if askedPart == nil, retyped == nil, pastedProblem == nil,
                let other = Self.repliedProblem(turn.text, grammar: grammar, problem: problem, answered: Set(parts.keys)) {
                problem = other
            }
            // The part a challenge asked about, its reply's lead text given to it before any label.
            let askedLead = askedPart
            var labelled = false
            if let askedPart {
                current = [askedPart]
                problem = PartLabelGrammar.split(askedPart).problem
            }
            if let retyped {
                problem = retyped.problem
                if retyped.parts.count > 1 {
                    openGroup = (retyped.parts, [])
                } else {
                    current = retyped.parts
                }
            }
            pastedProblem = nil
            askedPart = nil
            retyped = nil
            let segments = Self.splittingLabelledLines(TurnSegments(turn.text).segments, grammar: grammar, problem: problem)
            let stepItems = Self.stepItems(segments, grammar: grammar)
            for (segmentIndex, segment) in segments.enumerated() {
                let place = turn.place(ofLine: segment.line)
                let firstLine = String(segment.text.split(separator: "\n", maxSplits: 1, omittingEmptySubsequences: false).first ?? "")
                    .trimmingCharacters(in: .whitespaces)
                var text = segment.text
                // ("- With the original load: δ = 4.5 mm" is the part's own setting.)
                if !whatIf.isEmpty, case .text = segment.kind, firstLine.range(of: #"(?i)^[\s>*•-]*(?:\*\*)?(?:if|with|when|for)\b"#, options: .regularExpression) != nil,
                   firstLine.range(of: #"(?i)\b(?:original|given|stated|corrected|correct|actual)\b"#, options: .regularExpression) == nil,
                   whatIf.contains(where: { firstLine.range(of: "(?i)\\b" + NSRegularExpression.escapedPattern(for: $0) + "\\b", options: .regularExpression) != nil }) {
                    continue
                }
                let opensList = leadInBefore
                leadInBefore = segment.text.trimmingCharacters(in: .whitespacesAndNewlines).hasSuffix(":")
                if case .text = segment.kind, !current.isEmpty, let item = firstLine.firstMatch(of: #/^(\d{1,2})[.)]\s+\D/#), let number = Int(item.1) {
                    if number == 1, opensList, parts[current[0]]?.contains(where: { $0.turn == turnIndex }) == true {
                        steps = (current, 1)
                    } else if let open = steps, open.part == current, number == open.last + 1 {
                        steps = (current, number)
                        add(segment.text, original: firstLine, place: place, turn: turnIndex, to: current, problem: problem)
                        continue
                    }
                } else if segment.depth == 0 || segment.text.first?.isNumber != true {
                    steps = nil
                }
                switch segment.kind {
                case .table(let rows):
                    if addSummary(rows, grammar: grammar, problem: problem, place: place, turn: turnIndex) { continue }
                case .code:
                    // A code block headed "Summary": one problem's or part's answers per line.
                    // ("Summary statistics: x̄ = 3.5, …" before any part is answered in the turn states the
                    // data the answers come from; after them it may recap them.)
                    let statesData = firstLine.firstMatch(of: #/^[#*\s]*(?i:summary (?:statistics|stats)|summary of the data)\b/#) != nil
                        && !answered(in: turnIndex)
                    if !statesData, !Self.answersFirst(firstLine, answeredInTurn: answered(in: turnIndex)),
                       Self.summaryLead.firstMatch(in: firstLine, range: NSRange(firstLine.startIndex..., in: firstLine)) != nil {
                        for line in segment.text.split(separator: "\n").dropFirst() {
                            addSummaryLine(String(line), grammar: grammar, problem: problem, place: place, turn: turnIndex)
                        }
                        continue
                    }
                case .heading, .text:
                    let isHeading: Bool = { if case .heading = segment.kind { return true }; return false }()
                    if stepItems.contains(segmentIndex) {
                        add(segment.text, original: firstLine, place: place, turn: turnIndex, to: current, problem: problem)
                        continue
                    }
                    // "Double-check on 1c: 0.386 < 0.5, so … **1c is F**": a paragraph whose lead-in names
                    // one part (with its problem) before a colon is about that part.
                    // (Only a check or a correction: "Same idea as for 2a:" in (b)'s section is (b)'s.)
                    if !isHeading, let lead = firstLine.firstMatch(of: #/^[\s>*_]*(?:(?i:quick|double|sanity|one more|a)[- ])?(?i:check|correction|note|update|fix|erratum|re-?check)\s+(?i:on|for|to|of|re|about|regarding)\s+(?i:part\s+)?\**(\d+(?:\.\d+)?\s?\(?[a-h]\)?(?:\.?\(?[ivx]{1,4}\)?)?)\**\s*:\s/#),
                       let id = grammar.idInCell(String(lead.output.1), problem: nil), !PartLabelGrammar.split(id).part.isEmpty {
                        add(segment.text, original: firstLine, place: place, turn: turnIndex, to: [id], problem: PartLabelGrammar.split(id).problem)
                        continue
                    }
                    // "In words: with R₀ = 3, about 94.5% of the population is eventually infected": a
                    // restatement in plain words of another part's quantity is a summary of that part.
                    if !isHeading, let questions, let (id, value) = Self.plainWordsRestatement(segment.text, questions: questions), !current.contains(id) {
                        summarize(value, for: id, original: firstLine, place: place, turn: turnIndex)
                        continue
                    }
                    // "4.3" alone on its line, then "a) …": a problem's number over its labelled parts
                    // (a trace or a table may stand before the first: the next label decides).
                    if let number = firstLine.wholeMatch(of: #/\d+(?:\.\d+)?/#).map({ String($0.0) }), !segment.text.contains("\n"),
                        grammar.isProblem(number), segmentIndex + 1 < segments.count,
                        case .parts? = segments[(segmentIndex + 1)...].prefix(40).lazy.compactMap({ next in
                            grammar.label(next.text.split(separator: "\n").first.map(String.init) ?? "", problem: number, part: nil) }).first {
                        problem = number
                        current = []
                        summarizing = false
                        continue
                    }
                    // "3   Circular conv, y = [3, 4, 5]" among "1a  X[0] = 2" lines: a problem without parts
                    // named in a column of ids, its answer after the gap.
                    if !isHeading, let opening = firstLine.firstMatch(of: #/^(\d+(?:\.\d+)?)(?:\s{2,}|\t)(?=\S)/#),
                        case let number = String(opening.1), let whole = grammar.id(problem: number, part: nil), grammar.parts(of: number) == [whole] {
                        problem = number
                        current = [whole]
                        add(Self.replacingFirstLine(of: segment.text, with: String(firstLine[opening.range.upperBound...])), original: firstLine,
                            place: place, turn: turnIndex, to: current, problem: number)
                        continue
                    }
                    // "2.4 is about the ambiguous grammar, so I've left it out": a line that opens with
                    // the next problem's number and goes on in words is about that problem.
                    if !isHeading, let open = problem, let opening = firstLine.firstMatch(of: #/^(\d+(?:\.\d+)?)\s+(?=[a-z]{2,}\b)/#),
                        case let number = String(opening.1), number != open, grammar.isProblem(number),
                        let at = grammar.ids.lastIndex(where: { PartLabelGrammar.split($0).problem == open }),
                        grammar.ids.dropFirst(at + 1).first.map({ PartLabelGrammar.split($0).problem }) == number {
                        problem = number
                        let whole = grammar.id(problem: number, part: nil)
                        current = whole.flatMap { grammar.parts(of: number) == [$0] ? [$0] : nil } ?? []
                        add(Self.replacingFirstLine(of: segment.text, with: String(firstLine[opening.range.upperBound...])), original: firstLine,
                            place: place, turn: turnIndex, to: current, problem: number)
                        continue
                    }
                    // "That changes Problem 2 as well, since …:": a lead-in that names another problem opens
                    // it; what the current part said ended before it.
                    // (A later problem only, on a line without a label: "Recall the capacity from Problem 1:"
                    // refers back, and the current part goes on.)
                    if !isHeading, !segment.text.contains("\n"), firstLine.hasSuffix(":"), let open = problem,
                       grammar.label(firstLine, problem: problem, part: nil) == nil,
                       case let named = Set(firstLine.matches(of: #/(?i)\b(?:problem|question|exercise)\s+(\d+(?:\.\d+)?)\b/#).map { String($0.1) }),
                       named.count == 1, let number = named.first, number != open, grammar.isProblem(number),
                       let later = Double(number), let opened = Double(open), later > opened {
                        problem = number
                        current = []
                        continue
                    }
                    // "Final answers: 1(a) 2.15 | 1(b) 1162 MIPS | 1(c) 0.86 s": a summary on one line, one
                    // entry per stretch between bars or middle dots. (Semicolons may part problems whose
                    // parts share a stretch, "1 (a) 2, (b) 4; 2 ≈ 0.5": read below.)
                    if !isHeading, !segment.text.contains("\n"),
                       let lead = segment.text.firstMatch(of: #/^[\W_]*(?i:final answers?|answers?|summary|results?)\s*:\s*/#),
                       let stretches = [" | ", " · "].lazy.map({ String(segment.text[lead.range.upperBound...]).components(separatedBy: $0) }).first(where: { $0.count >= 3 }) {
                        for stretch in stretches {
                            addSummaryLine(stretch, grammar: grammar, problem: problem, place: place, turn: turnIndex)
                        }
                        continue
                    }
                    // "1(a) 16 × 32 × 32 · 1(b) 1,216 · 2: 2,480" under a summary's heading: one entry per stretch.
                    if summarizing, !isHeading, !segment.text.contains("\n"), segment.text.components(separatedBy: " · ").count >= 3 {
                        for stretch in segment.text.components(separatedBy: " · ") {
                            addSummaryLine(stretch, grammar: grammar, problem: problem, place: place, turn: turnIndex)
                        }
                        continue
                    }
                    // "Correction: oxygen is limiting, so 1b) is (B) oxygen and 1c) is … = 52.8 g CO₂.": the
                    // parts a correction names by label take its words, after their first answers.
                    if !isHeading, !segment.text.contains("\n"),
                       let lead = segment.text.firstMatch(of: #/^[\W_]*(?i:correction|corrected|update|erratum)[\W_]*:\s*/#),
                       let inline = grammar.inlineLabels(String(segment.text[lead.range.upperBound...]), problem: problem),
                       inline.contains(where: { !$0.ids.isEmpty }) {
                        for (ids, text) in inline where !ids.isEmpty {
                            add("Correction: " + text, original: firstLine, place: place, turn: turnIndex, to: ids, problem: problem)
                        }
                        continue
                    }
                    if !isHeading, !segment.text.contains("\n"), let inline = grammar.inlineLabels(segment.text, problem: problem) {
                        for (ids, text) in inline {
                            add(text, original: firstLine, place: place, turn: turnIndex, to: ids.isEmpty ? current : ids, problem: problem)
                        }
                        current = inline.last!.ids
                        problem = PartLabelGrammar.split(current[0]).problem
                        continue
                    }
                    // "## 3": a heading that is a problem's number alone.
                    if isHeading, let number = PartLabelGrammar.undecorated(firstLine).wholeMatch(of: #/\s*(\d+(?:\.\d+)?)\s*[.:]?\s*/#),
                        grammar.isProblem(String(number.1)) {
                        problem = String(number.1)
                        current = grammar.id(problem: problem!, part: nil).flatMap { grammar.parts(of: problem!) == [$0] ? [$0] : nil } ?? []
                        summarizing = false
                        continue
                    }
                    // "1. SE = 4.8/4 = 1.2", "2. CI = …" under a problem whose parts are letters: the parts in order.
                    // (Under "### Problem 4", a list of exactly as many items as its parts counts them,
                    // though its numbers are also problems'; its length is counted once, at its first item.)
                    if !isHeading, let problem, let (id, rest) = Self.numberedPart(firstLine, grammar: grammar, problem: problem,
                                                                                    continuing: numberedList?.problem == problem ? numberedList?.last : nil,
                                                                                    opening: current.isEmpty,
                                                                                    listLength: headedProblem != problem ? nil
                                                                                        : numberedList?.problem == problem ? 0 : Self.numberedRun(segments[segmentIndex...])) {
                        numberedList = (problem, (numberedList?.problem == problem ? numberedList?.last ?? 0 : 0) + 1)
                        current = [id]
                        add(Self.replacingFirstLine(of: segment.text, with: rest), original: firstLine, place: place, turn: turnIndex, to: current, problem: problem)
                        continue
                    }
                    // "2: 12·11·10 = 1320 …" as a paragraph after "1c(ii): …": a later problem's number and a
                    // colon open that problem (not a step "2:" after a step "1:" of the part's answer).
                    let colonOpensPast: Bool = {
                        guard case .text = segment.kind, segment.depth == 0, let open = current.first,
                              let number = firstLine.firstMatch(of: #/^(\d+):\s/#).flatMap({ Int($0.1) }), grammar.isProblem(String(number)),
                              let under = Int(PartLabelGrammar.split(open).problem), number > under else { return false }
                        return !(parts[open] ?? []).contains { piece in
                            piece.turn == turnIndex && piece.text.split(separator: "\n").contains { $0.hasPrefix("\(number - 1):") }
                        }
                    }()
                    // "- 4: False (…)" in a summary's list after "- 3b: 50.5 mm": a later problem's number
                    // and a colon open that problem there too (a summary holds no steps).
                    let summaryOpensPast: Bool = {
                        guard summarizing, let open = current.first,
                              let number = PartLabelGrammar.undecorated(firstLine).firstMatch(of: #/^(\d+):\s/#).flatMap({ Int($0.1) }),
                              grammar.isProblem(String(number)), let under = Int(PartLabelGrammar.split(open).problem) else { return false }
                        return number > under
                    }()
                    if let label = grammar.label(firstLine, problem: problem, part: current.first,
                                                 structural: isHeading || segment.depth <= 1 && current.isEmpty || colonOpensPast || summaryOpensPast) {
                        // A problem's or part's heading after a summary starts answering again.
                        if isHeading { summarizing = false }
                        switch label {
                        case .problem(let number, let rest):
                            problem = number
                            headedProblem = isHeading ? number : nil
                            current = []
                            // "**Problem 2.** (a) $m_1 = 0.05$. (b) … (c) …": the parts inline after the heading.
                            if !segment.text.contains("\n"), let inline = grammar.inlineLabels(rest, problem: number) {
                                for (ids, text) in inline {
                                    add(text, original: firstLine, place: place, turn: turnIndex, to: ids.isEmpty ? current : ids, problem: problem)
                                }
                                current = inline.last!.ids
                                continue
                            }
                            // "- 4: 250 kPa · 0.45" in a summary: one bare value per part between middle dots,
                            // in the parts' order, kept as a recap (whose clauses must read as their parts'
                            // kinds). A stretch with a relation or an operator ("P = 3 · 70 kPa = 210 kPa")
                            // is working, and names may come in another order: neither is split.
                            // ("- 3.4: 7, [0, 3, 1, 5, 7]", "- 3.1: 45, C": the values apart by commas outside
                            // brackets, an option letter among them.)
                            let problemParts = grammar.parts(of: number)
                            let dotted = rest.contains(" · ")
                            let stretches = dotted ? rest.components(separatedBy: " · ").map { $0.trimmingCharacters(in: .whitespaces) }
                                : Self.topLevelItems(rest)
                            // (Items apart by commas are bare: a word of four letters or more makes the line prose.)
                            if summarizing, problemParts.count >= 2, stretches.count == problemParts.count, !segment.text.contains("\n"),
                               stretches.allSatisfy({ ($0.contains(where: \.isNumber) || !dotted && $0.wholeMatch(of: #/\(?[A-H]\)?/#) != nil)
                                   && $0.range(of: #"[=≈<>+×*/^]|\\approx|\s[-−]\s"#, options: .regularExpression) == nil
                                   && (dotted || $0.range(of: #"\b[A-Za-z]{4,}\b"#, options: .regularExpression) == nil) }) {
                                recaps.append((number, stretches.map { Piece(text: $0, original: firstLine, place: place, turn: turnIndex) }))
                                continue
                            }
                            // "Problem 2: 16 × 32 × 32" for a problem without parts.
                            if let whole = grammar.id(problem: number, part: nil), grammar.parts(of: number) == [whole] {
                                current = [whole]
                                // "- 2.5: [1, −1, 3]" in a list after the problem was answered: a summary.
                                // (Under a summary's lead the entry may explain itself at any length.)
                                if segment.depth >= 1, !segment.text.contains("\n"), rest.count <= 60 || summarizing,
                                    parts[whole]?.contains(where: { $0.turn == turnIndex }) == true {
                                    summarize(rest, for: whole, original: firstLine, place: place, turn: turnIndex)
                                    continue
                                }
                            }
                            add(Self.replacingFirstLine(of: segment.text, with: rest), original: firstLine, place: place, turn: turnIndex,
                                to: current, problem: problem)
                        case .parts(let ids, let rest):
                            // ("Yes, good catch …" then "- **2.3(a)** ∇f = **(−6, 4)**": the reply's first label
                            // for the part it was asked about answers it; it does not sum up the lead text.)
                            let leadOnly = !labelled && ids == [askedLead]
                            labelled = true
                            current = ids
                            headed = isHeading && ids.count == 1 ? ids : nil
                            problem = PartLabelGrammar.split(ids[0]).problem
                            // A list of "3(c): A" lines (or plain "1b) 1,200" lines) after the parts were
                            // answered in this turn is a summary: it confirms the body or contradicts it.
                            let bare = PartLabelGrammar.undecorated(firstLine)
                            // "4.1 (a) 1.01  (b) 0.0100": more parts of the problem on the line.
                            let own = PartLabelGrammar.split(ids[0]).part.split(separator: ".").map { "(\($0))" }.joined()
                            if ids.count == 1, !segment.text.contains("\n"), bare.first?.isNumber == true, !own.isEmpty,
                                let inline = grammar.inlineLabels(own + " " + rest, problem: problem), inline.count > 1,
                                inline.first?.ids == [ids[0]] {
                                let answered = parts[ids[0]]?.contains(where: { $0.turn == turnIndex }) == true
                                for entry in inline {
                                    guard entry.ids.count == 1, let id = entry.ids.first else { continue }
                                    if answered {
                                        summarize(entry.text, for: id, original: firstLine, place: place, turn: turnIndex)
                                    } else {
                                        add(entry.text, original: firstLine, place: place, turn: turnIndex, to: [id], problem: problem)
                                    }
                                }
                                current = inline.last!.ids.isEmpty ? ids : inline.last!.ids
                                continue
                            }
                            if ids.count == 1, bare.first?.isNumber == true || bare.hasPrefix("Q"),
                                !segment.text.contains("\n"), rest.count <= 40, !leadOnly,
                                parts[ids[0]]?.contains(where: { $0.turn == turnIndex }) == true {
                                summarize(rest, for: ids[0], original: firstLine, place: place, turn: turnIndex)
                                continue
                            }
                            add(Self.replacingFirstLine(of: segment.text, with: rest), original: firstLine, place: place, turn: turnIndex,
                                to: current, problem: problem)
                        }
                        continue
                    }
                    // ("Summary statistics: x̄ = 3.5, …" before any part is answered in the turn states the
                    // data the answers come from; after them it may recap them.)
                    let statesData = firstLine.firstMatch(of: #/^[#*\s]*(?i:summary (?:statistics|stats)|summary of the data)\b/#) != nil
                        && !answered(in: turnIndex)
                    if !statesData, !Self.answersFirst(firstLine, answeredInTurn: answered(in: turnIndex)),
                       Self.summaryLead.firstMatch(in: firstLine, range: NSRange(firstLine.startIndex..., in: firstLine)) != nil {
                        // "Summary: P(+) = 0.117, …, distance √5": a recap of several parts, not the
                        // current part's text. Its unlabelled text is dropped; its labelled lines and
                        // tables still count as summaries.
                        current = []
                        closeRecapList()
                        summarizing = true
                        let lines = ([segment] + segments[(segmentIndex + 1)...].prefix(12)).flatMap { $0.text.split(separator: "\n").map(String.init) }
                        if let other = Self.summarizedProblem(lines.dropFirst(), grammar: grammar, problem: problem,
                                                              answered: Set(parts.filter { $0.value.contains { $0.turn == turnIndex } }.keys)) {
                            problem = other
                        }
                        // "Summary" alone on its line, then "3.1: ωn = 20 rad/s, ζ = 0.2" and "3.4: X = 0.05 m"
                        // lines: each line a summary line of its own (not one run-on recap).
                        let ownLines = segment.text.split(separator: "\n").map { $0.trimmingCharacters(in: .whitespaces) }
                        if ownLines.count >= 2, Self.leadStandsAlone(firstLine),
                           ownLines.dropFirst().allSatisfy({ grammar.label($0, problem: problem, part: nil) != nil }) {
                            for line in ownLines.dropFirst() { addSummaryLine(line, grammar: grammar, problem: problem, place: place, turn: turnIndex) }
                            continue
                        }
                        // "Quick reference for Problem 2" then "Css = 5 mg/L", "Time to 90% … ≈ 16.6 h" in
                        // the same paragraph (a printed chat's): the unlabelled lines, each a summary line.
                        if ownLines.count >= 3, !firstLine.contains(":") || firstLine.hasSuffix(":") || firstLine.hasSuffix(":**"),
                           ownLines.dropFirst().allSatisfy({ grammar.label($0, problem: problem, part: nil) == nil }) {
                            add(ownLines.dropFirst().joined(separator: "\n"), original: firstLine, place: place, turn: turnIndex, to: [], problem: problem)
                            continue
                        }
                        addInlineSummary(segment.text, grammar: grammar, problem: problem, original: firstLine, place: place, turn: turnIndex)
                        continue
                    }
                    // "**Scores.** The dot products are …", "### Gradient": a title naming what one part asks.
                    // (Under a part's own heading, only a title that says all its part's question asks:
                    // "### (b) Encoding" then "**Codeword:** …" is (b)'s result, though (d) asks for "the
                    // corrected codeword" after a single bit error; "### (a) Mean" then "**Variance:** …"
                    // answers (b) "Compute the variance".)
                    if let problem, let questions, let (title, rest) = Self.sectionTitle(segment.text, isHeading: isHeading) {
                        if let id = questions.part(titled: title, in: problem),
                           isHeading || headed != current || current.isEmpty || questions.title(title, covers: id) {
                            current = [id]
                            titled = true
                            if !rest.trimmingCharacters(in: .whitespaces).isEmpty {
                                add(rest, original: firstLine, place: place, turn: turnIndex, to: current, problem: problem)
                            }
                            continue
                        }
                        // A title naming no one part ends the section an earlier title opened.
                        if titled { current = [] }
                    }
                    // "a) L = 0.125" then "Backward pass" on its own line: a plain title after the part's
                    // result opens the derivation for the parts that follow, not more of the part.
                    // ("Let me recompute", "Wait no": a correction keeps the part; "True" alone is an answer.)
                    if !isHeading, !segment.text.contains("\n"), firstLine.wholeMatch(of: #/[A-Z][a-z]+(?: [a-z]+){1,3}/#) != nil,
                        FinalAnswer.correction.firstMatch(in: firstLine, range: NSRange(firstLine.startIndex..., in: firstLine)) == nil,
                        firstLine.firstMatch(of: #/^(?i:let|wait|actually|hmm|oops|hold|sorry|no|hang|so|then|thus|hence|therefore)\b/#) == nil,
                        let open = current.first, parts[open]?.contains(where: { $0.turn == turnIndex && $0.text.contains("=") && $0.text.contains(where: \.isNumber) }) == true {
                        current = []
                    }
                    // "(a) f = 9" then "Backward: ∂f/∂b = 2b = −6, …": a line opening with a title that only
                    // later parts write ("(b) Backward pass: …") is their derivation, not more of the part.
                    // ("### (b) Encoding" then "**Codeword:** c = (1,0,1,1,0,1,0)": under a heading the
                    // section runs on to the next heading; the title is the part's result.)
                    if !isHeading, headed != current, let questions, let problem, let open = current.first,
                        let lead = firstLine.firstMatch(of: #/^([A-Z][a-z]{3,}(?: [a-z]{3,}){0,2}):\s+\S/#),
                        case let writing = questions.parts(writing: String(lead.1), in: problem), !writing.isEmpty, !writing.contains(open),
                        let position = partIDs.firstIndex(of: open), writing.allSatisfy({ (partIDs.firstIndex(of: $0) ?? 0) > position }),
                        parts[open]?.contains(where: { $0.turn == turnIndex && $0.text.contains("=") && $0.text.contains(where: \.isNumber) }) == true {
                        current = []
                    }
                    if case .heading = segment.kind {
                        // A heading of its own ("Solution") keeps the part.
                    } else if let label = grammar.prose(firstLine, problem: problem, part: current.first)
                        // "Good catch on both. For 4.2(a) I took a column …": a short acknowledgement before the prose label.
                        ?? firstLine.firstMatch(of: #/^[A-Z][^.!?\n]{0,40}[.!]\s+(?=(?:For|In|On|As for|Regarding)\s)/#).flatMap({ acknowledgement in
                            grammar.prose(String(firstLine[acknowledgement.range.upperBound...]), problem: problem, part: current.first) }) {
                        switch label {
                        case .problem(let number, _):
                            problem = number
                            current = grammar.id(problem: number, part: nil).map { [$0] } ?? []
                        case .parts(let ids, let rest):
                            current = ids
                            // ("For **4.3(b)**: **True** — …": what follows the opening is the answer.)
                            if PartLabelGrammar.proseOpeningNumbered.firstMatch(in: firstLine, range: NSRange(firstLine.startIndex..., in: firstLine)) != nil {
                                text = rest + segment.text.dropFirst(firstLine.count)
                            }
                        }
                    } else if let questions, let problem, let lead = firstLine.firstMatch(of: #/^(?:For|As for|Now for|Next, for) the ([A-Za-z][A-Za-z -]{2,40}?)\s*[,:]/#),
                        let id = questions.part(titled: String(lead.1), in: problem, outsideStem: true) {
                        // "For the deflection, I'll compute it numerically …": a paragraph that opens on one part's quantity.
                        current = [id]
                        titled = true
                    }
                }
                add(text, original: firstLine, place: place, turn: turnIndex, to: current, problem: problem)
            }
            closeRecapList()
            if let group = openGroup {
                if !group.pieces.isEmpty { retypedGroups.append(group) }
                openGroup = nil
                lastAnswered = group.pieces.isEmpty ? lastAnswered : group.parts.last
            } else if let last = partIDs.last(where: { id in parts[id]?.contains { $0.turn == turnIndex } ?? false }) {
                lastAnswered = last
            }
        }
    }

    /// Lines of a part's answer that name what its sub-parts ask ("w(0) = [2, 3]" for the
    /// sub-part asking ŵ(0)), each with the one sub-part its name belongs to; nil unless every
    /// line that assigns a value names exactly one sub-part, and two sub-parts are named (or the
    /// text is that one line).
    private func namedSubpartLines(_ text: String, of id: String) -> [(String, String)]? {
        guard let questions else { return nil }
        let children = grammar.parts(of: PartLabelGrammar.split(id).problem).filter { $0.hasPrefix(id + ".") }
        guard children.count >= 2 else { return nil }
        func bare(_ name: String) -> String {
            String(String.UnicodeScalarView(QuantityNames.normalized(name).decomposedStringWithCanonicalMapping.unicodeScalars
                .filter { !(0x300...0x36F).contains($0.value) }))
        }
        var routed: [(String, String)] = []
        for line in text.split(separator: "\n").map(String.init) {
            guard let match = line.firstMatch(of: #/^\s*`?\$?([A-Za-zα-ωÀ-ž][^\s=≈:]{0,11})\$?\s*(?:=|≈)\s*\S/#) else { continue }
            let name = bare(String(match.1))
            guard QuantityNames.isSymbolic(name) else { continue }
            let owners = children.filter { child in questions.names.names(of: child).contains { bare($0) == name } }
            guard owners.count == 1 else { return nil }
            routed.append((owners[0], line))
        }
        // (A code block's lines come one by one: a single line naming one sub-part is routed too.)
        guard !routed.isEmpty, Set(routed.map(\.0)).count >= 2 || text.split(separator: "\n").count == 1 else { return nil }
        return routed
    }

    /// A summary's value for a part; "(i) no, (ii) yes" after "4.2(b)" gives each sub-part its own.
    private mutating func summarize(_ value: String, for id: String, original: String, place: String, turn: Int) {
        // "5.1 a) $308.39 | b) 9.07% | c) False": the problem's other parts after bars, each its own.
        // ("3.1 a) k(k-1)/(2m)   b) 1.225   c) 0.706": or after a run of spaces or a semicolon before a bare label.)
        let bars = value.split(separator: #/ \| |\s{2,}(?=\(?[a-h]\)\s)|;\s*(?=\(?[a-h]\)\s)/#, omittingEmptySubsequences: false).map(String.init)
        let problem = PartLabelGrammar.split(id).problem
        if bars.count >= 2, !value.contains("\n"), case .parts(let next, _)? = grammar.label(bars[1], problem: problem, part: nil), next.count == 1 {
            summarize(bars[0], for: id, original: original, place: place, turn: turn)
            for entry in bars.dropFirst() {
                if case .parts(let others, let text)? = grammar.label(entry, problem: problem, part: nil), others.count == 1 {
                    summarize(text, for: others[0], original: original, place: place, turn: turn)
                }
            }
            return
        }
        for (owners, text) in grammar.siblingSubparts(of: id, in: value) ?? [([id], value)] {
            summaries[owners[0], default: []].append(Piece(text: text, original: original, place: place, turn: turn))
        }
    }

    private mutating func add(_ text: String, original: String, place: String, turn: Int, to ids: [String], problem: String?) {
        if let setAside, ids == [setAside] { return }
        // "*(I did Q4 myself — it's the L³ one.)*" under 3(c): a line setting another problem aside
        // answers neither.
        if !ids.isEmpty, !text.contains("\n"), let named = Self.namedProblemNumber(in: text),
           !ids.contains(where: { PartLabelGrammar.split($0).problem == named }),
           text.range(of: Self.setAsidePart, options: .regularExpression) != nil { return }
        // "**3.**" alone on its line, the work below it: the label of the problem it opened, no value.
        if let problem, ids == [problem], let number = original.filter({ !"*#_ ".contains($0) }).wholeMatch(of: #/(\d+(?:\.\d+)*)[.):]/#),
            number.1 == problem, text.filter({ !"*#_ ".contains($0) }) == original.filter({ !"*#_ ".contains($0) }) { return }
        // "(a) (i) Average waiting time = 8.75 ms, (ii) average turnaround = 15.25 ms": each sub-part its own.
        if ids.count == 1, let siblings = grammar.siblingSubparts(of: ids[0], in: text) ?? (text.contains("\n") ? nil : grammar.childSubparts(of: ids[0], in: text)) {
            for (owners, piece) in siblings { add(piece, original: original, place: place, turn: turn, to: owners, problem: problem) }
            return
        }
        // "(a) w(0) = [2, 3] / w(2) = [1.33, 1]" under a part whose sub-parts ask ŵ(0) and ŵ(2).
        if ids.count == 1, let routed = namedSubpartLines(text, of: ids[0]) {
            for (child, line) in routed { add(line, original: line, place: place, turn: turn, to: [child], problem: problem) }
            return
        }
        let piece = Piece(text: text, original: original, place: place, turn: turn, shared: ids.count > 1 ? ids : [])
        if ids.isEmpty {
            if summarizing {
                // "• V* ≈ (9.9, 11, 0)" in a summary: the part whose question names V*.
                for line in text.split(separator: "\n") {
                    let line = String(line)
                    if let problem {
                        if recapList?.problem != problem { closeRecapList() }
                        recapList = (problem, (recapList?.lines ?? []) + [Piece(text: line, original: line, place: place, turn: turn)])
                    }
                    if addNamedEntries(line, original: line, place: place, turn: turn, atLeast: 2) { continue }
                    // ("- Q = 54.1 mm" after "(b) … Q = … = 54.7 mm": a one-letter name this turn's answer assigned.)
                    if let entry = questions?.names.entry(line) ?? problem.flatMap({ titledEntry(line, problem: $0) })
                        ?? assignedEntry(line.replacing(#/^\s*(?:[-•*·▪–]|\d+[.)])\s+/#, with: ""), assignedNames(in: turn)).flatMap({ entry in
                            // ("- Q = 675 m³/day (aquifer discharge)" is not (b)'s "Q = … = 54.7 mm": another unit, another quantity.)
                            Self.unitsAgree(entry.value, parts[entry.part]?.last(where: { $0.turn == turn })?.text ?? "") ? entry : nil
                        }) {
                        summaries[entry.part, default: []].append(Piece(text: entry.value, original: line, place: place, turn: turn))
                    }
                }
                return
            }
            if openGroup != nil { openGroup!.pieces.append(piece) }
            else if let problem { unlabelled[problem, default: []].append(piece) }
        } else if summarizing {
            // "2(c) True" then "3 (A)" (or "• 4: C"): a summary line opening with a problem's number, that problem having no parts.
            // ("- 5.3: x = 177" for problem 5.3 itself: its number, set off by a colon or a parenthesis,
            // is the label, not a value; "2 × 10³ Pa" after its label "**2.**" keeps its 2.)
            if let line = text.firstMatch(of: #/^\s*(?:[•*·–-]\s*)?(\d+(?:\.\d+)?)(\s*[:)]|\.)?\s+(\S.{0,60})$/#),
                line.2 != nil || !ids.contains(where: { PartLabelGrammar.split($0).problem == String(line.1) }),
                let whole = grammar.id(problem: String(line.1), part: nil), grammar.parts(of: String(line.1)) == [whole] {
                summarize(String(line.3), for: whole, original: original, place: place, turn: turn)
                return
            }
            // "Final answers so far: - 4.2 (a) 2.0 (b) A": labelled lines after a summary's lead-in recap.
            for id in ids { summarize(text, for: id, original: original, place: place, turn: turn) }
        } else {
            for id in ids { parts[id, default: []].append(piece) }
        }
    }

    /// A summary's unlabelled lines, as many as the problem has parts ("- ρ = 0.8", "- L = 4",
    /// "- Queue wait ≈ 12 min", "- P(empty) = 0.2"), kept as a recap of the parts in order
    /// (whose lines must read as their parts' kinds) — when every line that names a part's
    /// quantity names the part at its own place.
    private mutating func closeRecapList() {
        defer { recapList = nil }
        guard let list = recapList else { return }
        let ids = grammar.parts(of: list.problem)
        guard ids.count >= 2, list.lines.count == ids.count else { return }
        let lines = list.lines.map { piece in
            var piece = piece
            piece.text = piece.text.replacing(#/^\s*(?:[-•*·▪–]|\d+[.)])\s+/#, with: "")
            return piece
        }
        let symbols = ids.map { Self.symbols(in: questions?.questionTexts[$0] ?? "") }
        for ((id, line), own) in zip(zip(ids, lines), symbols) {
            guard line.text.contains(where: \.isNumber) || line.text.range(of: #"(?i)\b(?:true|false)\b|\([A-H]\)"#, options: .regularExpression) != nil
            else { return }
            if let named = questions?.names.entry(line.text)?.part, named != id { return }
            // ("- L = 4" at (a)'s place, where (b)'s question names L: out of order.)
            if let name = Self.symbolNamed(line.text), questions != nil {
                let naming = ids.indices.filter { symbols[$0].contains(name) }
                if !naming.isEmpty, !naming.contains(where: { ids[$0] == id }) { return }
            }
            // ("- Empty system: 0.2" at (a)'s place, "- λ = 12 per hour", a step "μ − λ = 3": a line
            // named in words its own part's question does not use is no recap of that part.)
            if questions != nil, let words = Self.nameWords(line.text), !words.isEmpty, words.isDisjoint(with: own.map { $0.lowercased() }) { return }
        }
        recaps.append((list.problem, lines))
    }

    /// The words of the name before a line's value ("Time to 90% of Css ≈ 16.6 h" → time, 90, css;
    /// "P(empty) = 0.2" → p, empty), lower-case, without little words; nil when the line names none.
    static func nameWords(_ line: String) -> Set<String>? {
        guard let match = line.firstMatch(of: #/^\s*([^=≈:\d][^=≈:]{0,60}?)\s*(?:=|≈|:)/#) else { return nil }
        let little: Set<String> = ["the", "of", "to", "a", "an", "in", "for", "at", "is", "and", "on", "by", "with"]
        return Set(String(match.1).filter { !"$_{}\\*`".contains($0) }.split(whereSeparator: { !$0.isLetter && !$0.isNumber })
            .map { $0.lowercased() }.filter { !little.contains($0) })
    }

    /// The symbol a line assigns ("ρ = 0.8", "$C_0$ ≈ 14.3 mg/L", "CL: 4.0 L/h"), spelled bare ("C0").
    static func symbolNamed(_ line: String) -> String? {
        guard let match = line.firstMatch(of: #/^\s*[*$`]*\s*([^\s=≈:]{1,12}?)\s*[*$`]*\s*(?:=|≈|:)/#) else { return nil }
        let bare = String(match.1).filter { !"$_{}\\*`".contains($0) }
        return bare.isEmpty || bare.contains(where: { "()[]".contains($0) }) ? nil : bare
    }

    /// The symbols a question writes, spelled bare ("$C_{ss}$" → "Css"), with its words.
    static func symbols(in question: String) -> Set<String> {
        Set(question.filter { !"$_{}\\".contains($0) }.split(whereSeparator: { !$0.isLetter && !$0.isNumber }).map(String.init))
    }

    /// "Quick summary: 4.1 → 99,328; 4.2 → h₂ ≈ −0.234", "Final answers: a) 0.194   b) 1/70",
    /// "**Summary for Problem 2:** (a)(i) $w_2 = 0.52$; (b) $w = 1.948$": each labelled entry
    /// after the lead-in is a summary of its part.
    private mutating func addInlineSummary(_ text: String, grammar: PartLabelGrammar, problem: String?, original: String, place: String, turn: Int) {
        let flat = text.replacingOccurrences(of: "\n", with: " ")
        guard let colon = flat.firstIndex(of: ":") else { return }
        let lead = String(flat[..<colon])
        var context = problem
        // ("Recap of 5.6:": the number the lead names, when it is a problem's.)
        var named = false
        if let number = Self.namedProblemNumber(in: lead) ?? lead.firstMatch(of: #/(?i)\b(?:of|for)\s+(\d+(?:\.\d+)?)\b/#).map({ String($0.1) }),
           grammar.isProblem(number) {
            context = number
            named = true
        }
        var rest = String(flat[flat.index(after: colon)...])
        while rest.hasPrefix("*") || rest.hasPrefix(" ") { rest.removeFirst() }
        // "4.1 (a) 2.1, (b) 2.09 | 4.2 (i) 0.71 | 4.3 V(A) = 3.10": one problem per stretch between bars
        // (or semicolons, when each stretch opens with a problem's number: "4.1 (a) …; 4.2 ≈ 0.948; 4.3 (a)(i) 0.2, …").
        var stretches = rest.components(separatedBy: " | ")
        let bySemicolon = rest.components(separatedBy: "; ")
        if stretches.count < 2, bySemicolon.count >= 2, bySemicolon.allSatisfy({ stretch in
            stretch.trimmingCharacters(in: .whitespaces).firstMatch(of: #/^(\d+(?:\.\d+)?)\s+/#).map { grammar.isProblem(String($0.1)) } ?? false
        }) {
            stretches = bySemicolon
        }
        if stretches.count >= 2 {
            for stretch in stretches {
                let trimmed = stretch.trimmingCharacters(in: .whitespaces)
                guard let number = trimmed.firstMatch(of: #/^(\d+(?:\.\d+)?)\s+/#), grammar.isProblem(String(number.1)) else { continue }
                let body = String(trimmed[number.range.upperBound...])
                if let whole = grammar.id(problem: String(number.1), part: nil), grammar.parts(of: String(number.1)) == [whole] {
                    summarize(body, for: whole, original: original, place: place, turn: turn)
                } else {
                    addInlineSummary("Problem \(number.1): " + body, grammar: grammar, problem: String(number.1), original: original, place: place, turn: turn)
                }
            }
            return
        }
        // "Recap: 1a 56 · 1c 358,800 · 2b 734": one labelled entry per stretch between middle dots.
        let dotted = rest.components(separatedBy: " · ")
        // ("… · 2(b) 8 then 7 · …": an entry may name a part whose sub-parts the key grades.)
        if dotted.count >= 2, dotted.allSatisfy({ stretch in
            let entry = stretch.trimmingCharacters(in: .whitespaces)
            return grammar.label(entry, problem: context, part: nil) != nil || grammar.subpartValues(entry, problem: context) != nil
        }) {
            for stretch in dotted { addSummaryLine(stretch, grammar: grammar, problem: context, place: place, turn: turn) }
            return
        }
        var entries: [(ids: [String], text: String)] = []
        if let inline = grammar.inlineLabels(rest, problem: context) {
            entries = inline.filter { !$0.ids.isEmpty }
        } else {
            for chunk in rest.split(separator: ";") {
                let item = chunk.trimmingCharacters(in: .whitespaces)
                switch grammar.label(item, problem: context, part: nil) {
                case .parts(let ids, let value)?: entries.append((ids, value))
                case .problem(let number, let value)?:
                    if let whole = grammar.id(problem: number, part: nil), grammar.parts(of: number) == [whole] { entries.append(([whole], value)) }
                case nil: break
                }
            }
        }
        for (ids, value) in entries where ids.count == 1 {
            summarize(value, for: ids[0], original: original, place: place, turn: turn)
        }
        // "Putting it together: c = 3/8, E[X] = 1.5, and Var(X) = 0.25.": named values, no labels.
        // (Only for a recap whose lead names its problem.)
        // ("Final answers: 3.79 h, 75.8 Ah, and a round-trip efficiency of about 93.5 %." right after
        // 7.2(a)–(c) were answered in the turn: one clause with one number per part, a recap of
        // the problem the reply is on.)
        if entries.isEmpty, !addNamedEntries(rest, original: original, place: place, turn: turn, of: named ? context : nil), let context {
            let clauses = NamedAssignment.split(rest).filter { $0.contains(where: \.isNumber) }
            let ids = grammar.parts(of: context)
            // (Not givens restated, "given 12 V, 50 Ah and 30 W, the answers are as above".)
            let answeredAll = ids.count >= 2 && ids.allSatisfy { id in parts[id]?.contains { $0.turn == turn } ?? false }
                && clauses.count == ids.count && clauses.allSatisfy { $0.matches(of: #/\d+(?:[.,]\d+)*/#).count == 1 }
                && rest.range(of: #"(?i)\bgiven\b|\bas above\b|\bwith\b|\bfrom\b|\busing\b"#, options: .regularExpression) == nil
            if clauses.count >= 2, named || answeredAll { recaps.append((context, clauses.map { Piece(text: $0, original: original, place: place, turn: turn) })) }
        }
    }

    /// "c = 3/8, E[X] = 1.5, and Var(X) = 0.25": each clause assigning a value to a name that a
    /// question asks for is a summary of that part. False when fewer than `minimum` clauses or none named.
    @discardableResult
    /// With `problem` (a recap whose lead names it), only that problem's parts.
    private mutating func addNamedEntries(_ text: String, original: String, place: String, turn: Int, atLeast minimum: Int = 1,
                                          of problem: String? = nil) -> Bool {
        let clauses = NamedAssignment.split(text)
        guard clauses.count >= minimum, let names = questions?.names else { return false }
        let assigned = assignedNames(in: turn)
        let named = clauses.compactMap { clause in names.entry(clause) ?? assignedEntry(clause, assigned) }
            .filter { problem == nil || PartLabelGrammar.split($0.part).problem == problem }
        for entry in named { summaries[entry.part, default: []].append(Piece(text: entry.value, original: original, place: place, turn: turn)) }
        return !named.isEmpty
    }

    /// The names this turn's answers assign their results to ("**(h)** DWL = ½ × 6 × 8 = 24"),
    /// each with the one part that assigns it (a name two parts assign is left out).
    private func assignedNames(in turn: Int) -> [String: String] {
        var owners: [String: Set<String>] = [:]
        for (id, pieces) in parts {
            for piece in pieces where piece.turn == turn && piece.shared.isEmpty {
                if let name = NamedAssignment.assignedName(piece) { owners[name, default: []].insert(id) }
            }
        }
        return owners.compactMapValues { $0.count == 1 ? $0.first : nil }
    }

    /// Whether a summary's value and a part's answer carry the same unit after their numbers
    /// (or one of them none).
    static func unitsAgree(_ value: String, _ answer: String) -> Bool {
        func unit(_ text: Substring) -> String? {
            text.matches(of: #/\d[\d.,]*\s*([A-Za-zµμ°%][\w/³²·⁻¹]*)/#).last.map { String($0.1) }
        }
        let lastLine = answer.split(separator: "\n").last(where: { $0.contains(where: \.isNumber) }) ?? ""
        guard let a = unit(Substring(value)), let b = unit(lastLine) else { return true }
        return a == b
    }

    /// "DWL = 48" in a summary, where the body's part (h) assigned DWL: that part's entry.
    private func assignedEntry(_ clause: String, _ assigned: [String: String]) -> (part: String, value: String)? {
        guard let match = clause.firstMatch(of: #/^\s*\$?\s*([^=≈\s$]{1,12})\s*\$?\s*(?:=|≈)\s*([^=≈]+)$/#) else { return nil }
        let name = QuantityNames.normalized(String(match.1))
        guard let part = assigned[name] else { return nil }
        return (part, String(match.2).trimmingCharacters(in: .whitespaces))
    }

    /// A paragraph whose lines each start with a label ("**2.1** The mean is 4.5." then
    /// "**2.2** …" with no blank line between): one segment per line.
    static func splittingLabelledLines(_ segments: [TurnSegments.Segment], grammar: PartLabelGrammar, problem: String?) -> [TurnSegments.Segment] {
        segments.flatMap { segment -> [TurnSegments.Segment] in
            guard segment.kind == .text, segment.text.contains("\n") else { return [segment] }
            let lines = segment.text.components(separatedBy: "\n")
            let labelled = lines.dropFirst().filter { line in
                let trimmed = line.trimmingCharacters(in: .whitespaces)
                return trimmed.hasPrefix("**") && grammar.label(trimmed, problem: problem, part: nil) != nil
            }
            guard !labelled.isEmpty, grammar.label(lines[0].trimmingCharacters(in: .whitespaces), problem: problem, part: nil) != nil else { return [segment] }
            return lines.enumerated().map { offset, line in
                TurnSegments.Segment(kind: .text, text: line, line: segment.line + offset, depth: segment.depth)
            }
        }
    }

    /// Whether any part has an answer from turn `turn`.
    private func answered(in turn: Int) -> Bool {
        parts.values.contains { $0.contains { $0.turn == turn } }
    }

    /// One line of a summary block: "3.3 (a) (1, 2, 2)    (b) 9", "2b: 0.25".
    private mutating func addSummaryLine(_ line: String, grammar: PartLabelGrammar, problem: String?, place: String, turn: Int) {
        let trimmed = line.trimmingCharacters(in: .whitespaces)
        var context = problem
        var rest = trimmed
        // "3.1 (a) … (b) …": the problem's number, then its parts inline.
        if let match = trimmed.firstMatch(of: #/^(\d+(?:\.\d+)?)\s+(?=\()/#), grammar.isProblem(String(match.1)),
            let inline = grammar.inlineLabels(String(trimmed[match.range.upperBound...]), problem: String(match.1)) {
            for (ids, value) in inline where ids.count == 1 {
                summarize(value, for: ids[0], original: trimmed, place: place, turn: turn)
            }
            return
        }
        // "2(b) 8 then 7": a part's sub-parts, their values in order.
        if let values = grammar.subpartValues(trimmed, problem: problem) {
            for (id, value) in values { summarize(value, for: id, original: trimmed, place: place, turn: turn) }
            return
        }
        switch grammar.label(trimmed, problem: problem, part: nil) {
        case .problem(let number, let value)?:
            context = number
            rest = value
            if let whole = grammar.id(problem: number, part: nil), grammar.parts(of: number) == [whole] {
                summarize(value, for: whole, original: trimmed, place: place, turn: turn)
                return
            }
            // "3.1: ωn = 20 rad/s, ζ = 0.2, ωd = 19.80 rad/s": the problem's parts by the names they ask for.
            if grammar.inlineLabels(value, problem: number) == nil {
                addNamedEntries(value, original: trimmed, place: place, turn: turn, of: number)
                return
            }
        case .parts(let ids, let value)? where ids.count == 1:
            if grammar.inlineLabels(trimmed, problem: context) == nil {
                summarize(value, for: ids[0], original: trimmed, place: place, turn: turn)
                return
            }
        default: break
        }
        for (ids, value) in grammar.inlineLabels(rest, problem: context) ?? [] where ids.count == 1 {
            summarize(value, for: ids[0], original: trimmed, place: place, turn: turn)
        }
    }

    /// A line's items at commas and semicolons outside brackets: "7, [0, 3, 1, 5, 7]" → "7",
    /// "[0, 3, 1, 5, 7]". (A comma between digit groups, "1,000", stays.)
    static func topLevelItems(_ text: String) -> [String] {
        var items: [String] = []
        var current = ""
        var depth = 0
        let characters = Array(text)
        for (index, character) in characters.enumerated() {
            if "([{".contains(character) { depth += 1 } else if ")]}".contains(character) { depth -= 1 }
            let grouping = character == "," && index + 3 < characters.count && characters[index + 1].isNumber && characters[index + 2].isNumber
                && characters[index + 3].isNumber && index > 0 && characters[index - 1].isNumber
            if depth == 0, character == ";" || character == "," && !grouping {
                items.append(current.trimmingCharacters(in: .whitespaces))
                current = ""
            } else {
                current.append(character)
            }
        }
        items.append(current.trimmingCharacters(in: CharacterSet(charactersIn: " .")))
        return items.filter { !$0.isEmpty }
    }

    /// Column headings of a running index ("| step | extracted | s | a | …"): such a column counts
    /// steps of a trace, not problems.
    static let runningIndexHeaders: Set<String> = ["step", "steps", "iteration", "iter", "round", "epoch", "k", "n", "t", "i", "time", "row",
                                                   "stage", "pass", "day", "year", "trial", "generation", "gen", "period", "month", "week"]

    /// A table with a column of part ids: each row's answer cell is a summary of its part.
    /// The answer column is the one headed "answer", "result", "value" or "final", else the
    /// last other column.
    private mutating func addSummary(_ rows: [[String]], grammar: PartLabelGrammar, problem: String?, place: String, turn: Int) -> Bool {
        guard rows.count >= 2 else { return false }
        let header = rows[0]
        let body = rows.dropFirst()
        let columns = header.count
        var idColumn: Int? = nil
        // ("| Part | Answer |" over "| c | … |": bare letters under a heading that names parts.)
        func bare(_ column: Int) -> Bool { Self.cell(header[column]).lowercased().wholeMatch(of: #/part|parts|question|q|item|#/#) != nil }
        for column in 0..<columns where !Self.runningIndexHeaders.contains(Self.cell(header[column]).lowercased()) {
            let ids = body.compactMap { column < $0.count ? grammar.idInCell($0[column], problem: problem, bareLetters: bare(column)) : nil }
            // (A column where one id comes back row after row, "| 3 | 3 | 3 |", holds values, not ids.)
            guard ids.count * 2 >= body.count, !ids.isEmpty, Set(ids).count * 2 > ids.count else { continue }
            // (Bare numbers under a heading that names something else, "| free | … |" over "| 3 |", are
            // counts, not problems.)
            let numbers = body.allSatisfy { column >= $0.count || Self.cell($0[column]).wholeMatch(of: #/\d+(?:\.\d+)?/#) != nil }
            if numbers, !Self.cell(header[column]).isEmpty,
               header[column].lowercased().firstMatch(of: #/(?:^|[^a-z])(?:problems?|questions?|q|no|nr|items?|exercises?|ex|tasks?|ids?|parts?|prob)(?![a-z])|#/#) == nil { continue }
            idColumn = column
            break
        }
        // Or the problem and the part in two columns side by side: "| 2 | a | 2.828 |".
        var partColumn: Int? = nil
        if idColumn == nil {
            for column in 0..<max(0, columns - 1) {
                let hits = body.filter { column + 1 < $0.count && Self.pairID($0[column], $0[column + 1], grammar: grammar) != nil }.count
                if hits * 2 >= body.count, hits > 0 { idColumn = column; partColumn = column + 1; break }
            }
        }
        guard let idColumn else { return addNamedRows(rows, problem: problem, place: place, turn: turn) }
        // "| Part | Your answer | Correct answer |": the user's column is not the model's answer.
        func isUsers(_ cell: String) -> Bool {
            cell.lowercased().firstMatch(of: #/\byour\b|\byou\b|\bstudent'?s?\b|\buser'?s?\b|\bsubmitted\b|\bclaimed\b/#) != nil
        }
        let answerWords = ["answer", "result", "value", "final", "solution"]
        let candidates = header.indices.filter { column in
            !isUsers(header[column]) && answerWords.contains { header[column].lowercased().contains($0) }
        }
        let named = candidates.first { header[$0].lowercased().contains("correct") || header[$0].lowercased().contains("final") } ?? candidates.first
        let last = (0..<columns).last { $0 != idColumn && $0 != partColumn && !isUsers(header[$0]) } ?? columns - 1
        let answerColumn = named.flatMap { $0 == idColumn || $0 == partColumn ? nil : $0 } ?? last
        for row in body where idColumn < row.count && answerColumn < row.count {
            let found = partColumn.flatMap { column in column < row.count ? Self.pairID(row[idColumn], row[column], grammar: grammar) : nil }
            guard let id = found ?? grammar.idInCell(row[idColumn], problem: problem, bareLetters: bare(idColumn)) else { continue }
            let original = "| " + row.joined(separator: " | ") + " |"
            summarize(row[answerColumn], for: id, original: original, place: place, turn: turn)
        }
        return true
    }

    /// "| scaled scores | [0.5, 1, 0] |", "| weights | … |", "| output | … |": a table whose rows
    /// name what the problem's parts ask for, each row a different part, is a summary of them.
    private mutating func addNamedRows(_ rows: [[String]], problem: String?, place: String, turn: Int) -> Bool {
        guard let problem, let questions, rows.count >= 3, rows.allSatisfy({ $0.count == 2 }) else { return false }
        let body = rows.dropFirst()
        let owners = body.map { questions.part(named: $0[0].replacingOccurrences(of: "*", with: ""), in: problem) }
        let found = owners.compactMap { $0 }
        guard found.count >= 2, found.count * 2 > body.count, Set(found).count == found.count else { return false }
        for (row, owner) in zip(body, owners) {
            guard let owner else { continue }
            summarize(row[1], for: owner, original: "| " + row.joined(separator: " | ") + " |", place: place, turn: turn)
        }
        return true
    }

    /// The part a problem cell and a part cell name together: `2` + `a`, `1` + `c(ii)`.
    static func pairID(_ problem: String, _ part: String, grammar: PartLabelGrammar) -> String? {
        let number = cell(problem)
        guard !number.isEmpty, number.first!.isNumber else { return nil }
        return grammar.id(problem: number, part: cell(part)) ?? grammar.idInCell(number + part.filter { $0 != " " && $0 != "*" }, problem: number)
    }

    /// A table cell without emphasis or brackets: "**(a)**" → "a".
    static func cell(_ text: String) -> String {
        text.filter { !"*()[]_ ".contains($0) }.lowercased()
    }

    static func replacingFirstLine(of text: String, with first: String) -> String {
        guard let newline = text.firstIndex(of: "\n") else { return first }
        return first + String(text[newline...])
    }

    // MARK: User turns

    /// The first problem a user turn pastes (`Problem 4: …` at a line start).
    static func firstProblem(in text: String, grammar: PartLabelGrammar) -> String? {
        // "Assignment 4. Problem 1 (Naive Bayes). Spam filter …": a sentence that opens a problem
        // with its statement, before any line does.
        let opening = text.prefix(4000).firstMatch(of: #/(?:^|[.!?]\s+)(?i:problem|question|exercise)\s+(\d+(?:\.\d+)?)\s*(?:\([^()\n]{1,60}\))?\s*[.:]\s+\S/#)
            .flatMap { match in grammar.isProblem(String(match.output.1)) ? (number: String(match.output.1), at: match.range.lowerBound) : nil }
            // ("Problem 1 (Trees): done, no need to check it.": a problem set aside opens nothing; nor
            // does a question about one, "Question 2: what if we used … instead?")
            .flatMap { opening in
                let rest = text[opening.at...].drop { ".!? \n".contains($0) }
                let sentence = rest.prefix { !".!?\n".contains($0) }
                let asks = rest.dropFirst(sentence.count).first == "?"
                return !asks && sentence.range(of: setAsidePart + #"|(?i)\bdone\b|\bfinished\b"#, options: .regularExpression) == nil ? opening : nil
            }
        for line in text.split(separator: "\n").prefix(400) {
            if let opening, opening.at < line.startIndex { return opening.number }
            if case .problem(let number, _)? = grammar.label(String(line), problem: nil, part: nil) {
                return number
            }
            // "Question 1 (a) Compute … (b) …", "1. (a) Compute …": a pasted problem written on one
            // line with its parts.
            if let named = line.firstMatch(of: #/^\W{0,4}(?:(?i:question|problem|exercise)\s+(\d+(?:\.\d+)?)\s*[:.]?|(\d+(?:\.\d+)?)\s*[.:)])\s+\(?[a-z][).]\s/#),
               let number = (named.output.1 ?? named.output.2).map(String.init), grammar.isProblem(number) {
                return number
            }
        }
        // "ok and question 2?", "Last one, question 3.": a short turn that names a problem.
        guard text.count < 600, let number = namedProblemNumber(in: text), grammar.isProblem(number) else { return nil }
        return number
    }

    /// "ok and question 2?", "now problem 3:", "great, and 5.4?", and "and 3: a = …" at the start of a turn.
    static let namedProblem = try! NSRegularExpression(
        pattern: #"(?i)\b(?:question|problem|exercise|task)\s+(\d+(?:\.\d+)?)\b|^\W*(?:\w+[.,!]?\s+){0,2}?(?:and|now|next|then|ok|okay)\s+(\d+(?:\.\d+)?)\s*(?:[:.)]\s|\?\s*$)"#
            // "wait, for Q2 doesn't …", "thanks. now q2" (a lone q1 = (1, 0) is a variable).
            + #"|(?:(?-i:\bQ)|(?<=\b(?:now|next|and|then|ok|okay|to)\s)(?-i:q))(\d+(?:\.\d+)?)\b(?!\s*[=_(])"#)

    /// The problem number ``namedProblem`` finds, whichever of its forms wrote it.
    static func namedProblemNumber(in text: String) -> String? {
        guard let match = namedProblem.firstMatch(in: text, range: NSRange(text.startIndex..., in: text)) else { return nil }
        return (1...3).lazy.compactMap({ Range(match.range(at: $0), in: text) }).first.map { String(text[$0]) }
    }

    static let setAsidePart = #"(?i)\b(?:skip|already (?:did|done|have|solved|got|finished)|(?:don't|do not) need|no need|ignore|leave out|(?:did|done|solved|do|doing)\b[^.?!]{0,30}\b(?:myself|on my own))\b"#

    /// The parts a user turn sets aside ("I already did 2(a) myself so skip it"): those named in
    /// a sentence that says so.
    /// With `problem`, a bare label ("I already did (a) myself") is that problem's part.
    static func setAsideParts(in text: String, grammar: PartLabelGrammar, problem: String? = nil) -> Set<String> {
        var skipped: Set<String> = []
        let bare = problem == nil ? [] : bareMention.matches(in: text, range: NSRange(text.startIndex..., in: text))
        for match in mention.matches(in: text, range: NSRange(text.startIndex..., in: text)) + bare {
            let numbered = match.numberOfRanges > 2
            guard let whole = Range(match.range, in: text),
                let number = numbered ? Range(match.range(at: 1), in: text).map({ String(text[$0]) }) : problem,
                let letter = Range(match.range(at: numbered ? 2 : 1), in: text).map({ String(text[$0]) }),
                let id = grammar.id(problem: number, part: letter) else { continue }
            let start = text[..<whole.lowerBound].lastIndex(where: { ".?!\n".contains($0) }).map { text.index(after: $0) } ?? text.startIndex
            let end = text[whole.upperBound...].firstIndex(where: { ".?!\n".contains($0) }) ?? text.endIndex
            if text[start..<end].range(of: setAsidePart, options: .regularExpression) != nil { skipped.insert(id) }
        }
        return skipped
    }

    /// "(a)", "part a": a part label without its problem.
    static let bareMention = try! NSRegularExpression(pattern: #"(?<![\w)])(?:\((?=[a-h]\))|(?i:part)\s+)([a-h])\b\)?(?!\s*=)"#)

    /// ("question 1 (a = ld [x], …)": a letter that is assigned is a variable, not a part.)
    /// ("1(c)(ii)", "1c.ii", "1(c)ii": a roman sub-part after the letter, group 3.)
    static let mention = try! NSRegularExpression(pattern: #"(?<![\w.])(?:Q|q)?(\d+(?:\.\d+)?)\s?\(?([a-h])\)?(?:\.?\(?(i{1,3}|iv|vi{0,3}|ix|x)\)?)?(?![\w])(?!\s*=)"#)

    /// The one part a short user turn asks about ("can you double check 4b?").
    static func askedPart(in text: String, grammar: PartLabelGrammar, problem: String?) -> String? {
        // "for 4.3(c) my group got 1.1, using the variance 2 from part (a)": a part named as where
        // a value comes from is not what the turn asks about.
        // ("What's the Kraft sum for the lengths you found in 1(b)?": a value found there, asked about anew.)
        let text = text.replacingOccurrences(of: #"(?i)\b(?:from|you (?:found|used|derived) (?:in|for))\s+(?:part\s+|question\s+)?(?:\d+(?:\.\d+)?\s?)?\(?[a-h]\)?(?![\w(])"#, with: "from there",
                                             options: .regularExpression)
        // "wait for b) the true label is class 2, not 1. you even used class 2 in c)": a
        // challenge that opens by naming its part; a later label stands only as where it looks
        // for support ("… in c)").
        // (Not "wait, for (a) and (b) …", a list of parts; nor "ok for c) I got the same. for d) I
        // get 18, not 36", where the dispute is another part's; nor a question for a detail,
        // "wait for b) what critical value did you use?"; nor "in (e) … but in (a) …", two parts
        // set against each other.)
        let named = Set(problemsNamed(in: text).filter(grammar.isProblem))
        if text.count < 200, let problem, named.count <= 1,
           let opening = text.firstMatch(of: #/^\W*(?:(?i:hmm+|wait|ok|okay|so|but|um+|also|and|sorry)\W+){0,3}(?i:for|about|regarding|on|in)\s+(?:(?i:part)\s+)?\(?([a-h])\)(?!\s*(?:and|&|,|or|–|-|to)\s*\(?[a-h]\))/#),
           challenges(text) || disputedValue.firstMatch(in: text, range: NSRange(text.startIndex..., in: text)) != nil
            || text.range(of: #"(?i)\bshould (?:be|have|it)\b|\bsupposed to\b|\bnot\b"#, options: .regularExpression) != nil,
           text.range(of: #"(?i)\b(?:but|whereas|while|which (?:one|is it|is right)|inconsistent|contradict\w*|same)\b"#, options: .regularExpression) == nil,
           text[opening.range.upperBound...].matches(of: #/(?:^|[^\w(])\(?[a-h]\)(?![\w(])/#).allSatisfy({ later in
               text[..<later.range.lowerBound].range(of: #"\s(?:in|from|like)$"#, options: .regularExpression) != nil
           }),
           text.range(of: #"(?i)\b(?:what|which|where|how|why)\b[^.?!]*\?"#, options: .regularExpression) == nil
            || challenges(text) && text.range(of: #"(?i)\b(?:shouldn['’]?t|isn['’]?t|wrong|mistake)\b"#, options: .regularExpression) != nil,
           let id = grammar.id(problem: named.first ?? problem, part: String(opening.1)) {
            return id
        }
        // "wait, for (c) shouldn't … be squared? 0.1555 is smaller than (b)": a short challenge about
        // one bare part, comparing it with another.
        if text.count < 200, let problem, challenges(text) {
            let about = Set(text.matches(of: #/(?i)\b(?:for|about|in|on|regarding)\s+(?:part\s+)?\(([a-h])\)/#).map { String($0.1) })
            let compared = Set(text.matches(of: #/(?i)\b(?:than|as|like|with|from)\s+(?:part\s+)?\(([a-h])\)/#).map { String($0.1) })
            if about.count == 1, let label = about.first, !compared.isEmpty, !compared.contains(label), named.count <= 1 {
                return grammar.id(problem: named.first ?? problem, part: label)
            }
        }
        guard text.count < 400, !PartLabelGrammar.listsSeveralParts(text) else { return nil }
        var found: [String] = []
        let skipped = setAsideParts(in: text, grammar: grammar)
        for match in mention.matches(in: text, range: NSRange(text.startIndex..., in: text)) {
            guard let number = Range(match.range(at: 1), in: text).map({ String(text[$0]) }),
                let letter = Range(match.range(at: 2), in: text).map({ String(text[$0]) }),
                let id = grammar.id(problem: number, part: letter, subpart: Range(match.range(at: 3), in: text).map { String(text[$0]) })
                    ?? grammar.id(problem: number, part: letter), !skipped.contains(id) else { continue }
            if !found.contains(id) { found.append(id) }
        }
        if found.count == 1 {
            // "for 3 the label is the third class … also my 2b is …": another problem named too.
            let own = PartLabelGrammar.split(found[0]).problem
            let others = problemsNamed(in: text).filter { $0 != own && grammar.isProblem($0) }
            return others.isEmpty ? found[0] : nil
        }
        if found.isEmpty, let problem, let g = PartLabelGrammar.groups(PartLabelGrammar.prosePart, text), let label = g[1] ?? g[2] {
            return grammar.id(problem: problem, part: label)
        }
        // "(c) 0.50 W radiated uniformly …, what's the level 20 m away": a turn that opens with a
        // bare label asks that part of the problem under way.
        // (Not a turn that names a problem, or points at the last part or a value given.)
        // ("(e)(ii): three Y-connected capacitors …?": a sub-part's label with its part's.)
        if found.isEmpty, let problem, let open = text.firstMatch(of: #/^\s*(?:[Pp]art\s+)?\(?([a-h])\)(?:\s?\((i{1,3}|iv|vi{0,3}|ix|x)\))?:?\s+\S/#),
           bareLabel.numberOfMatches(in: text, range: NSRange(text.startIndex..., in: text)) <= 1,
           // (A number after "to", "bring pf to 1", may name the problem under way, no other.)
           problemsNamed(in: text).allSatisfy({ $0 == problem }), text.range(of: lastOne, options: .regularExpression) == nil,
           disputedValue.firstMatch(in: text, range: NSRange(text.startIndex..., in: text)) == nil {
            if let subpart = open.2 { return grammar.id(problem: problem, part: String(open.1), subpart: String(subpart)) }
            return grammar.id(problem: problem, part: String(open.1))
        }
        // "can you explain (c) a bit more, why gamma?": a question why about one bare label, of the
        // problem under way, else of the one problem that has that part.
        if found.isEmpty, let problem, text.count < 200, asksWhy(text), problemsNamed(in: text).isEmpty {
            let labels = Set(bareLabel.matches(in: text, range: NSRange(text.startIndex..., in: text)).compactMap { match in
                (Range(match.range(at: 1), in: text) ?? Range(match.range(at: 2), in: text)).map { String(text[$0]) }
            })
            if labels.count == 1, let label = labels.first {
                if let id = grammar.id(problem: problem, part: label) { return id }
                let owners = grammar.ids.filter { PartLabelGrammar.split($0).part == label }
                if owners.count == 1 { return owners[0] }
            }
        }
        // "are you sure about (b)? my friend got 240": a short challenge naming one bare part label.
        // ("(a) makes sense now. Are you sure about the last one?": the part the turn points at instead.)
        if found.isEmpty, let problem, text.count < 200, challenges(text), text.range(of: lastOne, options: .regularExpression) == nil {
            let labels = Set(bareLabel.matches(in: text, range: NSRange(text.startIndex..., in: text)).compactMap { match in
                (Range(match.range(at: 1), in: text) ?? Range(match.range(at: 2), in: text)).map { String(text[$0]) }
            })
            // ("hmm, in 2.1 shouldn't (a) use …": the problem the turn names, else the one under way.)
            let named = Set(problemsNamed(in: text).filter(grammar.isProblem))
            if labels.count == 1, let label = labels.first { return grammar.id(problem: named.count == 1 ? named.first! : problem, part: label) }
        }
        return nil
    }

    /// A bare part label in a user's turn: "(b)", "part c".
    static let bareLabel = try! NSRegularExpression(pattern: #"(?<![\w(])\(([a-h])\)(?![\w(])|(?i:\bpart\s+)([a-h])\b"#)

    /// "are you sure about the last one?", "redo the last part": the part answered last.
    /// A turn that opens by doubting the answer: "hmm are you sure?", "that's wrong".
    /// (Only a doubt of the answer itself: "I think …" may speak of anything.)
    static let openingChallenge = #"(?i)^\W*(?:(?:hmm+|hm+|um+|uh+|wait|oh|ok|okay|huh)\b[\s,.!…-]*)*(?:are you sure|really\s*\?|is that (?:right|correct)\s*\?|that(?:['’]s| is) (?:wrong|not right|incorrect)|that doesn['’]t (?:look|seem) right)"#

    static let lastOne = #"(?i)\b(?:the|that|your) (?:very )?last (?:one|part|question|answer|item)\b"#

    /// ("where does the 1100 Hz tone end up?" asks where a given tone lands, not where an answer came from.)
    static let disputedValue = try! NSRegularExpression(
        pattern: #"(?i)\b(?:not|instead of|rather than|isn['’]t|aren['’]t)\s*\$?([-−]?\d+(?:\.\d+)?)(?![\d.]\d)|\bwhere (?:does|did) (?:the |your )?\$?([-−]?\d+(?:\.\d+)?)(?![\d.]\d)(?!\s*(?:[A-Za-zµ]{1,3}\s+)?(?:tone|component|harmonic|signal|sinusoid|peak|line|frequency)\b[^?.\n]{0,30}\b(?:end up|ends up|appear|land|alias\w*|fold\w*|show up|go)\b)|([-−]?\d+(?:\.\d+)?)\$?\s+(?:is|looks|seems)\s+(?:wrong|off|incorrect)\b|\b(?:is|was)\s+(?:the\s+|your\s+)?\$?([-−]?\d+(?:\.\d+)?)\$?\s+(?:wrong|off|incorrect|a mistake)\s*\?"#)

    /// The one part whose last answered line holds the value a user turn disputes ("hmm 0.6 − 0.6
    /// is 0 not 1.2?", "where does the 4.5 come from?", "0.25 looks wrong", "is 157 wrong?",
    /// "2.78 s seems really fast for a reaction"): the reply is about it.
    static func disputedPart(in text: String, answered parts: [String: [Piece]]) -> String? {
        guard text.count < 400 else { return nil }
        let values = disputedValue.matches(in: text, range: NSRange(text.startIndex..., in: text)).compactMap { match in
            (1...4).lazy.compactMap { Range(match.range(at: $0), in: text) }.first.map { text[$0].replacingOccurrences(of: "−", with: "-") }
        }
        if let found = owner(ofAny: values, answered: parts) { return found }
        // "2.78 s seems way too fast for …": a value with its unit doubted, the one a part's last
        // line ends on (not a given that line divides by: "the porosity 0.30 seems high").
        let doubted = doubtedValue.matches(in: text, range: NSRange(text.startIndex..., in: text)).compactMap { match in
            Range(match.range(at: 1), in: text).map { text[$0].replacingOccurrences(of: "−", with: "-") }
        }
        return owner(ofAny: doubted, answered: parts, closing: true)
    }

    static let doubtedValue = try! NSRegularExpression(
        pattern: #"(?i)([-−]?\d+(?:\.\d+)?)\$?(?:\s*[A-Za-zμ°%][\w/⁻¹²³]{0,5})?\s+(?:is|looks|seems|sounds)\s+(?:(?:really|very|way|far|quite|a bit|kind of|suspiciously)\s+)?(?:too\s+(?:fast|slow|high|low|large|small|big|short|long)|(?:fast|slow|high|low|large|small|big|short|long)\s+for\b|unrealistic|implausible)\b"#)

    /// "… so it is **2.21 mg/L**, and my 2.35 earlier was wrong", "this replaces my earlier 0.6",
    /// "I previously gave 4.8 by mistake": a value a reply withdraws as its own (not "I earlier
    /// got 12 for the sample size", which withdraws nothing).
    static let withdrawnValue = try! NSRegularExpression(
        pattern: #"(?i)\bmy\s+(?:(?:earlier|previous|original|first|initial)\s+)?(?:(?:answer|value|result|figure|number)\s+(?:of\s+)?)?[*$]*([-−]?\d+(?:\.\d+)?)(?![\d.]\d)[^.\n]{0,24}?\b(?:was|is)\s+(?:wrong|incorrect|off|a mistake|an error)\b|\b(?:replaces|instead of|rather than|supersedes|corrects)\s+my\s+(?:(?:earlier|previous|original|first|initial)\s+)?(?:(?:answer|value|result)\s+(?:of\s+)?)?[*$]*([-−]?\d+(?:\.\d+)?)(?![\d.]\d)|\bI\s+(?:previously|earlier|originally|first)\s+(?:gave|said|wrote|got|had|reported)\s+[*$]*([-−]?\d+(?:\.\d+)?)(?![\d.]\d)(?=[^.\n]{0,30}\b(?:by mistake|in error|wrongly|incorrectly|(?:which|but that|that) was (?:wrong|incorrect)))"#)

    /// The one part whose last answered line holds the value a reply withdraws ("my 2.35 earlier
    /// was wrong"): the reply corrects that part.
    static func withdrawnPart(in text: String, answered parts: [String: [Piece]]) -> String? {
        let values = withdrawnValue.matches(in: text, range: NSRange(text.startIndex..., in: text)).compactMap { match in
            (1...3).lazy.compactMap { Range(match.range(at: $0), in: text) }.first.map { text[$0].replacingOccurrences(of: "−", with: "-") }
        }
        return owner(ofAny: values, answered: parts)
    }

    /// The one part whose last answered line (in its latest turn) holds one of `values`.
    /// With `closing`, the value must be the last number of that line (its result).
    static func owner(ofAny values: [String], answered parts: [String: [Piece]], closing: Bool = false) -> String? {
        guard !values.isEmpty else { return nil }
        let owners = parts.keys.filter { id in
            // The last line with a number in the part's latest turn ("I'll do (c) next" after it is no answer).
            guard let pieces = parts[id], let latest = pieces.map(\.turn).max(),
                let line = pieces.filter({ $0.turn == latest }).flatMap({ $0.text.split(separator: "\n") }).last(where: { $0.contains(where: \.isNumber) })
            else { return false }
            let written = line.replacingOccurrences(of: "−", with: "-")
            return values.contains { value in
                written.range(of: #"(?<![\d.])"# + NSRegularExpression.escapedPattern(for: value) + #"(?![\d]|\.\d)"# + (closing ? #"[^\d]*$"# : ""), options: .regularExpression) != nil
            }
        }
        return owners.count == 1 ? owners.first : nil
    }

    /// The problem a summary's bare labels belong to when the current problem lacks one of
    /// them: "Summary", "(a) 69.52 °C" … "(d) 8.63 m²", "4.2(a) 0.7746" after problem 4.2 (parts
    /// a and b) are problem 4.1's, the one problem answered in the turn that has them all.
    static func summarizedProblem(_ lines: ArraySlice<String>, grammar: PartLabelGrammar, problem: String?, answered: Set<String>) -> String? {
        guard let problem else { return nil }
        // ("(c)(ii) 3.47 days": a sub-part's label, with its part's.)
        var labels: [(part: String, subpart: String?)] = []
        for line in lines {
            guard let bare = line.firstMatch(of: #/^\s*[-•*_]*\s*\(?([a-h])\)(?:\(([ivx]{1,4})\))?[*_]*\s*[:=]?\s+\S/#) else { break }
            labels.append((String(bare.1), bare.2.map(String.init)))
        }
        func has(_ problem: String) -> Bool {
            labels.allSatisfy { grammar.id(problem: problem, part: $0.part, subpart: $0.subpart) != nil }
        }
        guard labels.count >= 2, !has(problem) else { return nil }
        let owners = Set(answered.map { PartLabelGrammar.split($0).problem }).filter { $0 != problem && has($0) }
        return owners.count == 1 ? owners.first : nil
    }

    /// The one problem other than `problem`, among those with answered parts, that has every
    /// one of `letters` as a part; nil when none or several do.
    static func soleProblem(having letters: some Collection<String>, grammar: PartLabelGrammar, besides problem: String?, answered: Set<String>) -> String? {
        let owners = Set(answered.map { PartLabelGrammar.split($0).problem }).filter { other in
            other != problem && letters.allSatisfy { grammar.id(problem: other, part: $0) != nil }
        }
        return owners.count == 1 ? owners.first : nil
    }

    /// The problem a reply's bare part labels ("(b) …", "(c) …" opening its lines) belong to when
    /// the current problem lacks one of them: the one problem with answered parts that has them all.
    static func repliedProblem(_ text: String, grammar: PartLabelGrammar, problem: String?, answered: Set<String>) -> String? {
        var letters: Set<String> = []
        for line in text.split(separator: "\n").prefix(200) {
            if let bare = line.firstMatch(of: #/^\s*[-•*_]*\s*\(([a-h])\)[*_]*\s*[:=]?\s+\S/#) { letters.insert(String(bare.1)) }
        }
        guard !letters.isEmpty, letters.contains(where: { letter in problem.map { grammar.id(problem: $0, part: letter) == nil } ?? true }) else { return nil }
        return soleProblem(having: letters, grammar: grammar, besides: problem, answered: answered)
    }

    /// Whether a summary's lead line holds nothing but the lead ("**Summary**", "Final answers:"):
    /// no number, nothing after its colon.
    static func leadStandsAlone(_ line: String) -> Bool {
        !line.contains(where: \.isNumber) && line.split(separator: ":", omittingEmptySubsequences: false).dropFirst()
            .allSatisfy { $0.allSatisfy { $0 == "*" || $0 == "_" || $0.isWhitespace } }
    }

    /// "Quick answers for HW3:" before any part is answered in the turn: the answers themselves,
    /// not a recap of them (after answers, "**Quick answers:** 3: 0.711 · 4: True" recaps).
    static func answersFirst(_ line: String, answeredInTurn: Bool) -> Bool {
        !answeredInTurn && line.range(of: #"(?i)\b(?:quick|short|brief) answers\b"#, options: .regularExpression) != nil
    }

    /// "Summary:", "Final answers", "TL;DR": a recap of answers.
    static let summaryLead = try! NSRegularExpression(
        pattern: #"(?i)^[#*\s]*(?:(?:so|and|now|ok|okay),?\s+)?(?:(?:quick|short|brief|my|the|in|to|final|answer)\s+){0,2}(?:summary|summari[sz]e|recap|final answers|(?:quick|short|brief) answers|answers at a glance|tl;?dr|reference|cheat ?sheet|putting it (?:all )?together|all together)\b[^:\n]{0,30}(?::|\*\*|$)"#)

    static let hypotheticalPattern = try! NSRegularExpression(
        pattern: #"(?i)\b(?:what if|and if|if instead|what would|suppose|now assume|how about|what about if|what happens if|and for an? |would it change if)\b|\b(?:can|could) you also (?:say|tell(?: me)?|explain|show|work out|figure out) (?:what|how|whether|which|why)\b(?![^?]*(?:\b(?:part|problem|question|exercise)\b|\b\d+\s?\(?[a-h]\)?(?![\w(])|\([a-h]\)|\bI (?:got|get|have)\b|\d))|\bhow (?:would|does|do|will) [^?]{0,60}\bchange\b|\binstead\s*\?"#)

    /// A short question asking why an answer is what it is ("why do we add 180?", "can you explain
    /// the 0.5?"), without disputing it.
    static func asksWhy(_ text: String) -> Bool {
        text.count < 300 && text.range(of: #"(?i)\b(?:why|how come|can you explain|could you explain|explain why)\b"#, options: .regularExpression) != nil
            && !challenges(text)
    }

    /// Opposite extremes a question may ask for.
    static let extremes: [(String, String)] = [("largest", "smallest"), ("maximum", "minimum"), ("highest", "lowest"), ("greatest", "least"),
                                                 ("upper", "lower"), ("max", "min"), ("biggest", "smallest")]

    /// Whether a follow-up asks for the opposite extreme of the part's question ("what's the
    /// smallest …" of a part asking for the largest), and not for the part's own.
    static func asksOppositeExtreme(_ text: String, of question: String) -> Bool {
        // ("at most 80%", "at least 5" bound a condition; they ask no extreme.)
        func says(_ word: String, _ text: String) -> Bool {
            text.replacingOccurrences(of: #"(?i)\bat (?:least|most)\b"#, with: "", options: .regularExpression)
                .range(of: "(?i)\\b" + word + "\\b", options: .regularExpression) != nil
        }
        return extremes.contains { pair in
            [(pair.0, pair.1), (pair.1, pair.0)].contains { own, other in
                says(own, question) && !says(other, question) && says(other, text) && !says(own, text)
            }
        }
    }

    /// Whether a follow-up asks for a quantity of an answered part that the part's question does
    /// not ask: "what's the frequency of the 2nd harmonic in 2(a)?" after a part asking for the
    /// fundamental. (A word of the question, or a word that asks for the part's answer again,
    /// "what's the final value for 2(a)?", keeps it the part's; so does a challenge.)
    static func asksAnotherQuantity(_ text: String, of question: String) -> Bool {
        guard !challenges(text), let asked = text.firstMatch(of: #/(?i)\bwhat(?:['’]s| is| are| would be| will be)\s+(?:the\s+)?([^?.;:!\n]{3,60}?)\s+(?:of|in|for|from)\s+(?:part\s+|problem\s+|question\s+)?\(?\d*(?:\.\d+)?\s?\(?[a-h]\)?\s*\?/#) else { return false }
        let generic: Set<String> = ["answer", "answers", "result", "results", "value", "values", "final", "number", "numbers", "solution",
                                    "part", "question", "problem", "exact", "numerical", "numeric", "rounded", "correct", "right", "actual", "your"]
        let questionWords = Set(question.lowercased().split(whereSeparator: { !$0.isLetter && !$0.isNumber }).map(String.init))
        let words = asked.output.1.lowercased().split(whereSeparator: { !$0.isLetter && !$0.isNumber }).map(String.init)
            .filter { $0.count >= 3 && !["the", "and", "its", "this", "that"].contains($0) }
        return words.contains { !generic.contains($0) && !questionWords.contains($0) && !questionWords.contains(String($0.dropLast())) }
    }

    /// The words of a follow-up's changed condition: "what if c were doubled, for 3.4?" →
    /// ["doubled"] (words of four letters or more after the clause's verb, up to its end).
    static func conditionWords(_ text: String) -> Set<String> {
        guard let match = hypotheticalPattern.firstMatch(in: text, range: NSRange(text.startIndex..., in: text)),
              let range = Range(match.range, in: text) else { return [] }
        let whole = text[range.upperBound...].prefix { !",;?.!\n".contains($0) }
        // (What the what-if changes comes after its verb: "the beam were steel" → "steel"; the
        // subject, "beam", is the part's own too.)
        guard let verb = whole.firstMatch(of: #/(?i)\b(?:were|was|is|are|had been|became|becomes|equals?|got|gets)\b|=/#) else { return [] }
        let clause = whole[verb.range.upperBound...]
        let common: Set<String> = ["were", "was", "would", "could", "does", "that", "this", "with", "then", "instead", "have", "been", "still", "also", "about"]
        return Set(clause.split(whereSeparator: { !$0.isLetter }).map { $0.lowercased() }.filter { $0.count >= 4 && !common.contains($0) })
    }

    /// A follow-up about another setting: the answer to it is not the part's answer.
    static func isHypothetical(_ text: String) -> Bool {
        text.count < 600 && hypotheticalPattern.firstMatch(in: text, range: NSRange(text.startIndex..., in: text)) != nil
    }

    static let challengePattern = try! NSRegularExpression(
        pattern: #"(?i)\b(?:are you sure|isn['’]?t (?:it|a|an|the|that)|why (?:did|do|would) you|shouldn['’]?t|should it be|i got|i get (?:something|a different|[^\s,.?]{1,12}\s*=\s*[-−]?\d|[-−]?\d)|i['’]m getting (?:something|[-−]?\d)|i think|(?:re-?)?check|is (?:this|that|it|(?:part\s+)?\(?[a-h]\)?) (?:really\s+)?(?:right|correct)\s*\?|wrong|mistake|error|redo|recompute|typo|doesn['’]?t|why not|not sure|incorrect|missed|forgot|instead|solution sheet|my answer|the key|don['’]?t you (?:get|need|have)|wouldn['’]?t|that['’]?s (?:more|less|bigger|smaller|larger|higher|lower|not)|hm+,? but)\b|\?\?"#)

    /// A user turn that disputes or questions an answer given ("are you sure about …", "I got 6").
    static func challenges(_ text: String) -> Bool {
        challengePattern.firstMatch(in: text, range: NSRange(text.startIndex..., in: text)) != nil
    }

    static let correctionPattern = try! NSRegularExpression(
        pattern: #"(?i)\b(?:correction|i made (?:an error|a mistake)|earlier i|my (?:earlier|previous) answer|i was wrong|you['’]re (?:right|correct)|good catch|(?:was|were) (?:wrong|incorrect)|apologi(?:es|ze|se)|i (?:slipped|miscalculated|mis-?computed|misread)|my (?:mistake|error|slip)|(?:the|my|this is the) corrected (?:answer|value|result)|i was too (?:quick|hasty|fast)|sorry|w?hoops|oops|(?:an?|my) (?:arithmetic |small )?slip|let me (?:redo|recompute|recalculate|re-?check)|i (?:divided|multiplied|added|subtracted|computed|calculated|used|took|read)\b[^.]{0,30}\b(?:wrong(?:ly)?|incorrectly))\b"#)

    /// An answer to a follow-up that corrects the original answers after all.
    static func corrects(_ text: String) -> Bool {
        correctionPattern.firstMatch(in: text, range: NSRange(text.startIndex..., in: text)) != nil
    }
}
