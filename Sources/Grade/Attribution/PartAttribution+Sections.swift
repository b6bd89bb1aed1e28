import Foundation

/// The ways an assistant's text names a part without a label: numbered items for lettered
/// parts, section titles, summary lines naming a quantity in words, and a reply that says which
/// part it corrects.
extension PartAttribution {
    /// A numbered item ("1. …", "2) …") that stands for the n-th part of a problem whose parts
    /// are letters: the first item only where no part is open, each next one only right after
    /// the one before (`continuing`). A numbered list inside a part is its steps, and where the
    /// set has a problem of that number the item is that problem.
    /// `listLength`: when the problem was opened by a heading, the length of the numbered run
    /// this line opens (any value for a line that continues one); a run exactly as long as the
    /// problem's parts may use numbers that are also problems'.
    static func numberedPart(_ line: String, grammar: PartLabelGrammar, problem: String, continuing last: Int?, opening: Bool,
                             listLength: Int? = nil) -> (String, String)? {
        guard let match = PartLabelGrammar.undecorated(line).firstMatch(of: #/^(\d{1,2})[.)]\s+(.*)$/#), let n = Int(match.1),
            grammar.id(problem: problem, part: String(n)) == nil, n == (last ?? 0) + 1, last != nil || opening && n == 1,
            !grammar.isProblem(String(n)) || n == 1 && listLength == grammar.parts(of: problem).count || last != nil && listLength != nil,
            // ("3. (c)(i) At least one man: …": a list number before a part's own label is the label's.)
            match.2.firstMatch(of: #/^\**\(?[a-h]\)/#) == nil else { return nil }
        var letters: [String] = []
        for id in grammar.parts(of: problem) {
            guard let letter = PartLabelGrammar.split(id).part.first, letter.isLetter else { return nil }
            if !letters.contains(String(letter)) { letters.append(String(letter)) }
        }
        guard n <= letters.count, let id = grammar.id(problem: problem, part: letters[n - 1]) else { return nil }
        return (id, String(match.2))
    }

    /// How many items a numbered list starting at the first segment runs to (1, 2, 3, … in
    /// order, other text between them allowed), up to a heading.
    static func numberedRun(_ segments: ArraySlice<TurnSegments.Segment>) -> Int {
        var last = 0
        for segment in segments {
            if case .heading = segment.kind { break }
            let first = segment.text.split(separator: "\n", maxSplits: 1).first.map(String.init) ?? ""
            guard let item = PartLabelGrammar.undecorated(first.trimmingCharacters(in: .whitespaces)).firstMatch(of: #/^(\d{1,2})[.)]\s+/#),
                  let n = Int(item.1) else { continue }
            guard n == last + 1 else { break }
            last = n
        }
        return last
    }

    /// The segments of a numbered list that counts past the set's problems ("1. Extract s",
    /// …, "6. Extract t" under a set of four problems): the steps of an answer, none of them a
    /// problem. A run is the items numbered 1, 2, 3, … in order; other text may stand between them,
    /// and an item that carries a part's label ends it.
    ///
    /// A run is steps too when one of its items cannot be its number's problem: a single line of
    /// working ("1. HI₁ = 100.000 + 1.425 = 101.425 m") where problem 1 has several parts.
    static func stepItems(_ segments: [TurnSegments.Segment], grammar: PartLabelGrammar) -> Set<Int> {
        var steps = Set<Int>()
        var run: [Int] = []
        var last = 0
        var pastProblems = false
        // ("## Question 1" over "1. **R₀** = … = **3**", …, "4. …" where question 1 has parts (a)–(d):
        // a list of exactly as many items as the parts of the problem its heading names is those parts.)
        var headed: String? = nil
        func close() {
            // (Most items marking a result in bold: "1. Ill among chicken eaters: 48; not ill: 72." is working.)
            let answersParts = headed.map({ grammar.parts(of: $0).count }) == run.count
                && run.filter({ segments[$0].text.range(of: #"\*\*[^*\n]*\d[^*\n]*\*\*"#, options: .regularExpression) != nil }).count * 2 > run.count
            if run.count >= 2, pastProblems, !answersParts { steps.formUnion(run) }
            run = []
            last = 0
            pastProblems = false
        }
        for (index, segment) in segments.enumerated() {
            if case .heading = segment.kind {
                close()
                if case .problem(let number, let rest)? = grammar.label(segment.text, problem: nil, part: nil), rest.isEmpty || !rest.contains(where: \.isNumber) {
                    headed = number
                } else {
                    headed = nil
                }
                continue
            }
            // ("**Exercise 5.2**" alone on its line: a bold heading.)
            if case .text = segment.kind, segment.text.wholeMatch(of: #/\s*\*\*[^*\n]+\*\*\s*/#) != nil,
               case .problem(let number, let rest)? = grammar.label(segment.text, problem: nil, part: nil), rest.isEmpty {
                close()
                headed = number
                continue
            }
            guard case .text = segment.kind,
                let item = PartLabelGrammar.undecorated(segment.text).firstMatch(of: #/^(\d{1,2})[.)]\s+(\S+)/#), let n = Int(item.1) else { continue }
            // "3. 4.1(c): (8, 10, 64)", "2. (b) …", "4. Problem 3: …": an item that carries a label is a summary's line, not a step.
            // ("1. **(a)** Central angle: …": the label in bold.)
            let token = item.2.drop { $0 == "*" || $0 == "_" }
            if token.first?.isNumber == true || token.first == "(" || token.wholeMatch(of: #/(?i)[a-h][).:]\**|problem|part|question|exercise|q\d.*/#) != nil {
                close()
                continue
            }
            if n != last + 1 { close() }
            guard n == last + 1 else { continue }
            run.append(index)
            last = n
            if !grammar.isProblem(String(n)) { pastProblems = true }
            // (Unless the part labels follow it: "**3. BatchNorm.** μ = 4, …" then "- (a) …".)
            let body = segment.text.trimmingCharacters(in: .whitespacesAndNewlines)
            let labelsFollow = segments[(index + 1)...].prefix { next in
                PartLabelGrammar.undecorated(next.text).firstMatch(of: #/^\d{1,2}[.)]\s/#) == nil
            }.contains { next in PartLabelGrammar.undecorated(next.text).firstMatch(of: #/^\(?[a-h]\)|^[a-h][.:]\s/#) != nil }
            if grammar.parts(of: String(n)).count > 1, !body.contains("\n"), body.contains("="), !labelsFollow { pastProblems = true }
        }
        close()
        return steps
    }

    /// A paragraph that restates one result in plain words ("In words: with R₀ = 3, about 94.5%
    /// of the population is eventually infected if nothing is done."): the part whose question
    /// its words name (``QuestionMatch``, which abstains on thin evidence), and its one value
    /// once the givens ("with R₀ = 3") are set aside. Nil for anything else.
    static func plainWordsRestatement(_ text: String, questions: QuestionMatch) -> (part: String, value: String)? {
        guard !text.contains("\n"), text.count < 300,
              let lead = text.firstMatch(of: #/^[*_]*(?i:in (?:words|short|plain (?:terms|english|language))|put simply|in other words|intuitively)[*_]*\s*[:,]\s*/#) else { return nil }
        let said = text[lead.range.upperBound...].replacing(#/(?i:\b(?:with|for|given|since)\s+[^,;]*?=\s*[^,;]*,)/#, with: "")
        guard let matched = questions.match(String(said)), matched.parts.count == 1 else { return nil }
        // (Numbers the problem itself states are its givens: "last longer than 1000 hours".)
        let stated = Set((questions.problemTexts[matched.problem] ?? "").matches(of: #/\d+(?:\.\d+)?/#).map { String($0.output) })
        let values = said.matches(of: #/[-−]?\d[\d,]*(?:\.\d+)?\s?%?/#).map { String(said[$0.range]).trimmingCharacters(in: .whitespaces) }
            .filter { !stated.contains($0.replacingOccurrences(of: ",", with: "")) }
        guard values.count == 1 else { return nil }
        return (matched.parts[0], values[0])
    }

    /// "• residual norm = 1.8" in a summary: the part whose question alone asks for a residual norm.
    func titledEntry(_ line: String, problem: String) -> (part: String, value: String)? {
        guard let questions, let match = line.firstMatch(of: #/^[\s•*·-]*([A-Za-z][A-Za-z ]{2,40}?)\s*(?:=|:)\s*(.+)$/#),
            let id = questions.part(titled: String(match.1), in: problem) else { return nil }
        return (id, String(match.2))
    }

    /// A section title: a whole heading, or a bold run-in title ending in `.` or `:` at the
    /// start of a paragraph ("**Predicted probability.** z = …"); with the text after it.
    static func sectionTitle(_ text: String, isHeading: Bool) -> (String, String)? {
        if isHeading {
            let title = text.trimmingCharacters(in: CharacterSet(charactersIn: "#*_ \n"))
            return title.count <= 40 ? (title, "") : nil
        }
        guard let match = text.firstMatch(of: #/^\*\*([^*\n]{2,40}?)([.:])?\*\*([.:])?\s*/#), match.2 != nil || match.3 != nil else { return nil }
        // "**False.** For example, …", "**0.25.**": an answer in bold, not a title.
        let title = String(match.1)
        // "**Answer (c):**" is a label; "**Solution.**" names nothing (its words are all stopwords).
        guard !title.contains(where: \.isNumber), !title.contains("("), AnswerGrammar.truthValue(title) == nil,
            !QuestionMatch.tokens(title).isEmpty,
            !["yes", "no"].contains(title.lowercased()) else { return nil }
        return (title, String(text[match.range.upperBound...]))
    }

    static let correctedMention = try! NSRegularExpression(
        pattern: #"(?i)\b(?:replaces|corrects|supersedes|updates|revises|fixes)\s+(?:my|the)\s+(?:earlier|previous|original|first)\b(?:[^.\n]|\.(?=\d)){0,40}?\b(?:for|in)\s+(?:part\s+)?(\d+(?:\.\d+)?)\s?\(?([a-h])\)?(?![\w])"#)

    /// "You're right, my (b) was wrong", "my answer to part c is off": a part of the current problem owned up to.
    static let wrongPart = try! NSRegularExpression(
        pattern: #"(?i)\bmy\s+(?:answer\s+(?:to|for)\s+)?(?:part\s+)?\(?([a-h])\)?\s+(?:was|is)\s+(?:wrong|incorrect|off|a mistake)\b"#)

    /// The one part a reply says it corrects ("That replaces my earlier 0.6 for 1(b)"; "my (b)
    /// was wrong" in the current problem).
    static func correctedPart(in text: String, grammar: PartLabelGrammar, problem: String?) -> String? {
        let range = NSRange(text.startIndex..., in: text)
        var ids = Set(correctedMention.matches(in: text, range: range).compactMap { match -> String? in
            guard let number = Range(match.range(at: 1), in: text), let letter = Range(match.range(at: 2), in: text) else { return nil }
            return grammar.id(problem: String(text[number]), part: String(text[letter]))
        })
        if let problem {
            for match in wrongPart.matches(in: text, range: range) {
                if let letter = Range(match.range(at: 1), in: text), let id = grammar.id(problem: problem, part: String(text[letter]).lowercased()) { ids.insert(id) }
            }
        }
        return ids.count == 1 ? ids.first : nil
    }

    /// The one problem that the opening paragraph of a correcting reply names ("You're right —
    /// I dropped the prior in 4.1." then "(a) …", "(b) …"): its labels are that problem's.
    static func correctedProblem(in text: String, grammar: PartLabelGrammar) -> String? {
        guard let opening = text.components(separatedBy: "\n\n").first(where: { !$0.trimmingCharacters(in: .whitespacesAndNewlines).isEmpty }),
            opening.count < 300, corrects(opening) else { return nil }
        let numbers = Set(problemsNamed(in: opening).filter(grammar.isProblem))
        return numbers.count == 1 ? numbers.first : nil
    }

    /// The problem numbers a sentence names after a preposition or a problem word ("I dropped the
    /// prior in 4.1", "about problem 3", "for Q2"), not a part's ("in 4.1(b)", "for 2 b").
    static func problemsNamed(in text: String) -> [String] {
        text.matches(of: #/(?i)\b(?:in|for|on|to|of|about|problem|question|exercise)\s+(?:problem\s+|question\s+|exercise\s+|q)?(\d+(?:\.\d+)?)\b(?![.(]?\s?[a-h]\b)/#)
            .map { String($0.1) }
    }
}
