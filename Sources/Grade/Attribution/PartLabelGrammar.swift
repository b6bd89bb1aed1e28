import Foundation

/// The label grammar: what, at the start of a heading, list item or line, names a problem
/// or a part, and which part ids of the problem set it can mean.
///
/// | written | means |
/// |---|---|
/// | `Problem 2`, `Question 2: …`, `Exercise 2.3`, `Task 1 — …`, `Q3`, `## 1. Title`, `**1.**` | problem context |
/// | `(a)`, `a)`, `a.`, `[a]`, `**(b)**`, `Part (c):`, `(ii)`, `ii.`, `(1)` | part of the current problem |
/// | `1(b)`, `1b)`, `**1(b).**`, `Q3b`, `2.3a`, `1c.i`, `1(c)(ii)`, `Problem 1(b)` | part with its problem |
/// | `(a) and (b)`, `(a)–(c)` | several parts |
/// | `(A)`–`(E)`, `A.` | multiple-choice options, never parts |
///
/// A label means a part only when the problem set has that id; otherwise the text is read as
/// prose.
public struct PartLabelGrammar: Sendable {
    /// The problem set's part ids, as given.
    public let ids: [String]
    let known: Set<String>
    let byNormalized: [String: String]
    /// The problem numbers (`1`, `2.3`).
    let problems: Set<String>

    public init(ids: [String]) {
        self.ids = ids
        var byNormalized: [String: String] = [:]
        for id in ids { byNormalized[Self.normalize(id)] = byNormalized[Self.normalize(id)] ?? id }
        self.byNormalized = byNormalized
        known = Set(byNormalized.keys)
        problems = Set(ids.map { Self.split($0).problem })
    }

    /// `1(b)` → `1b`, `1c.ii` → `1c.ii`, `1 (c)(ii)` → `1c.ii`, `Q3B` → `3b`.
    static func normalize(_ id: String) -> String {
        var text = id.lowercased().replacingOccurrences(of: " ", with: "")
        text = text.replacingOccurrences(of: ")(", with: ".").replacingOccurrences(of: "(", with: "").replacingOccurrences(of: ")", with: "")
        return text
    }

    /// The problem and the rest of an id: `2.3a` → (`2.3`, `a`); `1c.i` → (`1`, `c.i`); `5` → (`5`, ``).
    static func split(_ id: String) -> (problem: String, part: String) {
        let characters = Array(id.lowercased())
        var end = 0
        while end < characters.count, characters[end].isNumber { end += 1 }
        // "2.3a": a dot between digits belongs to the problem number.
        if end + 1 < characters.count, characters[end] == ".", characters[end + 1].isNumber {
            end += 1
            while end < characters.count, characters[end].isNumber { end += 1 }
        }
        var part = String(characters[end...])
        if part.hasPrefix(".") { part.removeFirst() }
        return (String(characters[..<end]), part)
    }

    /// The id for `problem` + `part` (and `subpart`), when the problem set has it.
    func id(problem: String, part: String?, subpart: String? = nil) -> String? {
        var candidates: [String] = []
        let p = part?.lowercased() ?? ""
        if let subpart = subpart?.lowercased() {
            candidates += ["\(problem)\(p).\(subpart)", "\(problem)\(p)\(subpart)", "\(problem).\(p).\(subpart)"]
        } else if p.isEmpty {
            candidates.append(problem)
        } else {
            candidates += ["\(problem)\(p)", "\(problem).\(p)"]
        }
        for candidate in candidates { if let id = byNormalized[Self.normalize(candidate)] { return id } }
        return nil
    }

    /// Whether `number` is a problem of the set.
    func isProblem(_ number: String) -> Bool { problems.contains(number) }

    /// The part ids of a problem.
    func parts(of problem: String) -> [String] {
        ids.filter { Self.split($0).problem == problem }
    }

    // MARK: Reading labels

    /// What a label at the start of a line says.
    public enum Label: Equatable, Sendable {
        /// A problem: its number, and the text after the label.
        case problem(String, rest: String)
        /// Parts, resolved to ids, and the text after the label.
        case parts([String], rest: String)
    }

    static func regex(_ pattern: String) -> NSRegularExpression {
        try! NSRegularExpression(pattern: pattern, options: [])
    }

    static func groups(_ regex: NSRegularExpression, _ text: String) -> [String?]? {
        guard let match = regex.firstMatch(in: text, range: NSRange(text.startIndex..., in: text)) else { return nil }
        return (0..<match.numberOfRanges).map { Range(match.range(at: $0), in: text).map { String(text[$0]) } }
    }

    /// Markdown decoration before a label: `#`, `>`, list bullets, emphasis, emoji and spaces.
    /// "Corrected 2(b):", "Revised (c):", "Corrected Q1.iii:", "Updated 2b:": a label restated with its correction.
    /// ("Redoing 4.2(b) with the corrected matrix:", "Recomputing (c):" too.)
    static let revision = #"^(?i:(?:redoing|redone|recomputing|recomputed)\s+(?=\d+(?:\.\d+)?\s?\(?(?-i:[a-h])\)?(?:\s|:|$))|(?:corrected|revised|updated|fixed|amended)\s+(?=(?i:part|problem|question|exercise|q)?\s*\d*(?:\.\d+)?\s*\(|(?i:part|problem|question|exercise|q)\s*\d+(?:\.\d+)?(?:\.?(?-i:[a-h]|"# + roman + #"))?\s*[:)]|\d+(?:\.\d+)?(?-i:[a-h])(?:\.(?-i:"# + roman + #"))?\s*[:)]|\d+\.\d+\s*:))"#

    static func undecorated(_ line: String) -> String {
        var text = Substring(line)
        while let first = text.first {
            if "#>* \t_~".contains(first) { text = text.dropFirst(); continue }
            if first == "-" || first == "+", text.dropFirst().first == " " { text = text.dropFirst(); continue }
            // Bullets of printed and pasted lists.
            if "•◦▪‣·–".contains(first), text.dropFirst().first == " " { text = text.dropFirst(); continue }
            if first.unicodeScalars.first.map({ $0.properties.isEmojiPresentation || (0x2600...0x27BF).contains($0.value) }) == true {
                text = text.dropFirst()
                continue
            }
            break
        }
        // "\textbf{Problem 1.}", "\section*{Problem 2}": a reply written in LaTeX wraps its headings
        // in a command; the heading is what the braces hold.
        if let command = text.prefixMatch(of: #/\\(?:textbf|textit|emph|underline|(?:sub){0,2}section\*?|paragraph\*?)\{/#),
           let close = text[command.range.upperBound...].firstIndex(of: "}"),
           // (Only a heading or a label in the braces: "\textbf{2} real solutions" is prose.)
           text[command.range.upperBound..<close].firstMatch(of: #/^\s*(?:(?i:problem|question|exercise|part|task)\b|\((?:[a-h]|[ivx]{1,4})\))/#) != nil {
            var inner = text[command.range.upperBound..<close] + text[text.index(after: close)...]
            while inner.first == " " { inner = inner.dropFirst() }
            return undecorated(String(inner))
        }
        // "Now Q1. Components: …", "Next, Problem 3:": a reply turning to another problem names it
        // after a word of transition.
        if let turn = text.prefixMatch(of: #/(?i:now|next|and now|moving on to|on to|turning to)\s*,?\s*(?i:for\s+)?(?=(?:Q|Problem|Question|Exercise)\s*\d)/#) {
            return undecorated(String(text[turn.range.upperBound...]))
        }
        // "(f ) Since 1 − e−5 ≈ 0.993, …": a PDF's text layer spaces an italic letter from its bracket.
        if let spaced = text.prefixMatch(of: #/\(\s([a-h])\)|\(([a-h])\s\)/#) {
            return "(" + String(spaced.output.1 ?? spaced.output.2 ?? "") + ")" + text[spaced.range.upperBound...]
        }
        return String(text)
    }

    /// Emphasis and punctuation after a label: `**`, `:`, `.`, `)`, `—`, spaces.
    static func rest(_ text: String) -> String {
        var rest = Substring(text)
        while let first = rest.first, "*_:.)]—–- \t".contains(first) {
            // A sign or a decimal point belongs to the number after it: "1a: -3", "3b: .92".
            if "-.".contains(first), rest.dropFirst().first?.isNumber == true { break }
            // "**(c)** **True.** …": bold that opens the answer stays.
            if rest.hasPrefix("**"), let next = rest.dropFirst(2).first, next.isLetter || next.isNumber || "$\\".contains(next),
                rest.dropFirst(2).contains("**") { break }
            rest = rest.dropFirst()
        }
        // "**d) PI** = 1115.57 / 1000 = **1.156**": the label's bold closes after a title; without its
        // opening the closing marks would pair with the answer's.
        if rest.components(separatedBy: "**").count % 2 == 0, let close = rest.range(of: "**"),
            let before = rest[..<close.lowerBound].last, !before.isWhitespace, rest[..<close.lowerBound].count <= 40 {
            rest.removeSubrange(close)
        }
        return String(rest)
    }

    static let problemWords = #"(?:problem|question|exercise|exercice|task|aufgabe|q|prob\.?|ex\.?)"#
    static let roman = #"(?:i{1,3}|iv|v|vi{1,3}|ix|x)"#

    /// `Problem 2`, `Question 1(b)`, `Exercise 2.3 (a)`, `Q3b`, `Task 1 — …`, `Q3.ii`.
    static let problemHeading = regex(
        #"^(?i:"# + problemWords + #")\s*(\d+(?:\.\d+)?)(?:\s*[\(\[]?([a-hA-H])[\)\]]?(?![A-Za-z]))?(?:(?:\s*\(?|\.)("# + roman + #")\)?(?![a-z]))?(?![\d.]\d)\s*(?:[:.)\]—–\-]|\*\*|\s|$)(.*)$"#)
    /// `1(b)`, `1b)`, `1b.`, `1b:`, `2.3a`, `1c.i`, `1(c)(ii)`, `1c(ii)`, `1b)(i)`, `1 (b)`, `2c) i.`.
    static let fused = regex(
        #"^(\d+(?:\.\d+)?)\s?(?:\(([a-h])\)|([a-h])(?=[\s:.)\]*(]|$))(?:[).]?\s?\(("# + roman + #")\)|\.("# + roman + #")(?=[\s:.)*]|$)|[).]\s?("# + roman + #")[.)](?=[\s*]|$))?\s*(?:[:.)\]]|\*\*)*\s*(.*)$"#)
    /// `3(ii)`, `3 (i)`, `3ii)`, `3iv:`: a problem whose parts are numbered in roman numerals directly.
    static let fusedRoman = regex(
        #"^(\d+(?:\.\d+)?)(?:\s?\(("# + roman + #")\)|("# + roman + #")(?=[:.)]))\s*(?:[:.)\]]|\*\*)*\s*(.*)$"#)
    /// `and (b)`, `& (c)`, `, (d)`, `and 5.1(b)` after a part label.
    static let moreParts = regex(#"^\s*(?:and|&|,)\s*(?:(\d+(?:\.\d+)?)\s?)?\(([a-h])\)(.*)$"#)

    /// "Task 1 (a) and (b): …", "**5.1 (a) and (b).**", "5.1(a) and 5.1(b):": the parts of the same
    /// problem listed after the first, and the text after them.
    func following(_ first: String, problem number: String, rest text: String) -> (ids: [String], rest: String) {
        var ids = [first]
        var rest = text
        while let more = Self.groups(Self.moreParts, rest), more[1] == nil || more[1] == number, let next = more[2],
              let other = id(problem: number, part: next), !ids.contains(other) {
            ids.append(other)
            rest = more[3] ?? ""
        }
        return (ids, rest)
    }
    /// `2.5:`, `3:`, `4.2 —` followed by text; `3.3 Running …` (a capital or a bracket after an exercise number).
    /// ("**4.3.** Δf = …": an exercise number with a closing dot, `number.contains(".")` only.)
    static let problemNumber = regex(#"^(\d+(?:\.\d+)?)(?:\s*(?:[:)]|→|->|=(?!=))(?:\*\*)?|\*\*(?=\s|$)|\.(?:\*\*)?(?=\s|$)|\s[—–](?:\*\*)?(?=\s)|\s(?=[A-Z(]))\s*(.*)$"#)
    /// `1.`, `2)`, `**3.**` followed by text: a numbered problem.
    static let numbered = regex(#"^(\d+)[.)](?:\*\*)?(?:\s+(.*))?$"#)
    /// `(a)`, `a)`, `a.`, `[a]`, `Part (c)`, `part c:`, `(ii)`, `(a) and (b)`, `(a)–(c)`, `(a)(ii)`, `d) i.`, `a) i)`.
    static let letter = regex(
        #"^(?i:part\s+)?[\(\[]?([a-h]|"# + roman + #")[\)\]](?:(?:\s*[\(\[](?=(?:"# + roman + #")[\)\]])|\s+(?=(?:"# + roman + #")[.)]\s))("# + roman + #")[\)\]\.])?(?:\s*(?:and|&|,|–|-|to)\s*[\(\[]?([a-h])[\)\]])?(?:\s*(?:and|&|,)\s*[\(\[]?([a-h])[\)\]])?\s*(?:[:.]|\*\*(?![^*\n]+\*\*))*\s*(.*)$"#)
    /// `b/c)`, `(b)/(c)`: two letters joined by a slash.
    /// (Never "a/c: 3/5", a ratio: the second letter closes its bracket.)
    static let slashedLetters = regex(#"^[\(\[]?([a-h])[\)\]]?\s*/\s*[\(\[]?([a-h])[\)\]]\s*(?:[:.]|\*\*(?![^*\n]+\*\*))*\s*(.*)$"#)
    /// "a. 0.25", "**b.** Huffman steps:", "**a.**" alone on its line (the answer below it).
    /// `b. i.`, `b.ii)`: a part's letter and its sub-part's numeral, each with its dot.
    static let letterDotRoman = regex(#"^([a-h])\.\s?("# + roman + #")[.:)](?:\*\*)?(?:\s+(.*)|\s*)$"#)
    static let letterDot = regex(#"^(?i:part\s+)?([a-h]|"# + roman + #")[.:](?:\*\*)?(?:\s+(.*)|\s*)$"#)
    static let partWord = regex(#"^(?i:part)\s+([a-h]|"# + roman + #")(?![a-z])\s*(?:[:.)]|\*\*(?![^*\n]+\*\*))*\s*(.*)$"#)

    /// The label a line starts with, in the context of `problem` and the current `part`
    /// (for sub-part labels such as `(ii)` under `(c)`).
    public func label(_ line: String, problem: String?, part: String?, structural: Bool = true) -> Label? {
        // "**Corrected (c):** …", "Revised 2(b): …": a label restated with its correction.
        let text = Self.undecorated(Self.undecorated(line).replacingOccurrences(of: Self.revision, with: "", options: .regularExpression))
        guard let first = text.first else { return nil }
        if first.isLetter, let g = Self.groups(Self.problemHeading, text), let number = g[1] {
            let letter = g[2]
            // Capital letters after a problem number are parts only when written in parentheses with a lower-case id.
            if let letter, let found = id(problem: number, part: letter.lowercased(), subpart: g[3]) ?? id(problem: number, part: letter.lowercased()) {
                let (ids, rest) = following(found, problem: number, rest: g[4] ?? "")
                return .parts(ids, rest: Self.rest(rest))
            }
            if isProblem(number) {
                if letter == nil, let roman = g[3], let found = id(problem: number, part: roman) { return .parts([found], rest: Self.rest(g[4] ?? "")) }
                return .problem(number, rest: Self.rest(g[4] ?? ""))
            }
            return nil
        }
        if first.isNumber {
            // "3. 4.1(c): (8, 10, 64)": a list's own number before a part's full label.
            if let marker = text.firstMatch(of: #/^\d{1,2}[.)]\s+(?=\d)/#) {
                let inner = String(text[marker.range.upperBound...])
                switch label(inner, problem: problem, part: part, structural: structural) {
                case .parts(let ids, let rest)? where Self.groups(Self.fused, inner)?[1] != nil: return .parts(ids, rest: rest)
                // "8. 4.3: 0.99": a problem without parts.
                case .problem(let number, let rest)? where inner.hasPrefix(number + ":") && parts(of: number).count == 1: return .problem(number, rest: rest)
                default: break
                }
            }
            // "2. (a) Answer: C" after problem 1's parts: a list numbered by problem, its letters starting over.
            if let marker = text.firstMatch(of: #/^(\d{1,2})[.)]\s+(?=\**(?:\(a\)|a\)\s))/#), String(marker.1) != problem, isProblem(String(marker.1)),
                case .parts(let ids, let rest)? = label(String(text[marker.range.upperBound...]), problem: String(marker.1), part: nil, structural: structural) {
                return .parts(ids, rest: rest)
            }
            // "2. (b) In bits: …": a list's own number before a part's letter label.
            // ("2. **(b)** Distance: …": the label in bold.)
            if let problem, let marker = text.firstMatch(of: #/^\d{1,2}[.)]\s+(?=\**(?:\([a-h]\)|[a-h]\)\s))/#),
                case .parts(let ids, let rest)? = label(String(text[marker.range.upperBound...]), problem: problem, part: part, structural: structural) {
                return .parts(ids, rest: rest)
            }
            if let g = Self.groups(Self.fused, text), let number = g[1], let letter = g[2] ?? g[3] {
                let subpart = g[4] ?? g[5] ?? g[6]
                if let found = id(problem: number, part: letter, subpart: subpart) ?? id(problem: number, part: letter) {
                    let (ids, rest) = subpart == nil ? following(found, problem: number, rest: g[7] ?? "") : ([found], g[7] ?? "")
                    return .parts(ids, rest: Self.rest(rest))
                }
            }
            if let g = Self.groups(Self.fusedRoman, text), let number = g[1], let roman = g[2] ?? g[3], let found = id(problem: number, part: roman) {
                return .parts([found], rest: Self.rest(g[4] ?? ""))
            }
            // "2.5: [1, −1, 3]", "2) 16", "**2.1** …": a problem's number and its answer.
            // Inside a part's answer, "4: |4 − 0| = 4" in a list is a step, not problem 4.
            // (A bold number inside a part's answer opens a problem when it moves past the current
            // one: "**3** (I − 0.5P)V = R …" after 2(b).)
            func movesPast(_ number: String) -> Bool {
                part.flatMap { Double(Self.split($0).problem) }.map { Double(number) ?? 0 > $0 } ?? false
            }
            if let g = Self.groups(Self.problemNumber, text), let number = g[1],
                // (An arrow or `=` counts only after an exercise number: "2.5 → [1, −1, 4]".)
                // ("**3 —** B": a bold number set off by a dash, past the current problem; not "3 — the
                // discriminant is positive", an answer that opens on its value.)
                number.contains(".") || [":", "*"].contains(text.dropFirst(number.count).first)
                    && (structural || part == nil || text.dropFirst(number.count).first == "*" && movesPast(number))
                    || [" —**", " –**"].contains(where: { text.dropFirst(number.count).hasPrefix($0) }) && (part == nil || movesPast(number)), isProblem(number) {
                return .problem(number, rest: g[2] ?? "")
            }
            // "5.3" alone on its line (a print's heading for an exercise without parts): an
            // exercise number of the set, past the current one inside a part.
            if text.contains("."), text.wholeMatch(of: #/\d+\.\d+/#) != nil, isProblem(text), part == nil || movesPast(text) {
                return .problem(text, rest: "")
            }
            if let g = Self.groups(Self.numbered, text), let number = g[1] {
                // "1." is a problem when the set has problem 1; a part number when the current problem has it.
                if let problem, let found = id(problem: problem, part: number) { return .parts([found], rest: g[2] ?? "") }
                // Inside a part, a numbered list is the steps of its answer, not problems: a list
                // item is a problem only when it moves past the current one.
                let current = part.map { Self.split($0).problem }.flatMap { Double($0) }
                if isProblem(number), structural || part == nil || current.map({ Double(number) ?? 0 > $0 }) == true {
                    return .problem(number, rest: g[2] ?? "")
                }
            }
            return nil
        }
        guard let problem else { return nil }
        if let g = Self.groups(Self.letter, text), let label = g[1], label == label.lowercased() {
            return partLabel(label, subpart: g[2], more: [g[3], g[4]].compactMap { $0 }, rest: g[5] ?? "", problem: problem, part: part)
        }
        // "b/c) RK4 stages:", "(b)/(c):": two parts that share one answer.
        if let g = Self.groups(Self.slashedLetters, text), let first = g[1], let second = g[2], second > first,
           id(problem: problem, part: first) != nil, id(problem: problem, part: second) != nil {
            return partLabel(first, subpart: nil, more: [second], rest: g[3] ?? "", problem: problem, part: part)
        }
        if let g = Self.groups(Self.letterDotRoman, text), let letter = g[1], let roman = g[2], id(problem: problem, part: letter, subpart: roman) != nil {
            return partLabel(letter, subpart: roman, more: [], rest: g[3] ?? "", problem: problem, part: part)
        }
        if let g = Self.groups(Self.letterDot, text) ?? Self.groups(Self.partWord, text), let label = g[1], label == label.lowercased() {
            return partLabel(label, subpart: nil, more: [], rest: g[2] ?? "", problem: problem, part: part)
        }
        return nil
    }

    /// A letter or roman label under `problem`: a part, or a sub-part of the current part.
    func partLabel(_ label: String, subpart: String?, more: [String], rest: String, problem: String, part: String?) -> Label? {
        let isRoman = label.range(of: "^" + Self.roman + "$", options: .regularExpression) != nil
        // "(i)" is a part when the problem has part i, else a sub-part of the current part.
        if let found = id(problem: problem, part: label, subpart: subpart) {
            let others = more.compactMap { id(problem: problem, part: $0) }
            return .parts(expand([found] + others, range: more.count == 1 && rest.isEmpty), rest: Self.rest(rest))
        }
        if isRoman, let part, let found = id(problem: problem, part: Self.split(part).part.split(separator: ".").first.map(String.init), subpart: label) {
            return .parts([found], rest: Self.rest(rest))
        }
        // "**(e)**" where the key has only (e)(i) and (e)(ii): it opens them, and the "(i)", "(ii)"
        // that follow name each. (Text after it, "**(d)** Conditioned on N(2) = 6, …", leads into
        // them and answers neither: which sub-part it would answer is not known.)
        if subpart == nil, more.isEmpty {
            let subparts = children(of: problem, label.lowercased())
            if subparts.count >= 2 { return .parts(subparts, rest: "") }
        }
        // "(i)" with no part open, where only one part of the problem has a sub-part (i): that one.
        if isRoman, part == nil {
            let owners = Set(parts(of: problem).compactMap { id -> String? in
                let pieces = Self.split(id).part.split(separator: ".")
                return pieces.count == 2 && pieces[1] == label ? String(pieces[0]) : nil
            })
            if owners.count == 1, let found = id(problem: problem, part: owners.first, subpart: label) {
                return .parts([found], rest: Self.rest(rest))
            }
        }
        return nil
    }

    /// The sub-parts of `problem`'s part `letter` ("2b.i", "2b.ii"), in the key's order.
    func children(of problem: String, _ letter: String) -> [String] {
        parts(of: problem).filter { id in
            let pieces = Self.split(id).part.split(separator: ".")
            return pieces.count == 2 && pieces[0] == letter
        }
    }

    /// "2(b) 8 then 7", "(b) 8, 7" in a recap, where the key has only the sub-parts 2(b)(i) and
    /// 2(b)(ii): the values in order, one per sub-part. Nil unless the label names a part that
    /// has only sub-parts and the values, each with a digit, are exactly as many as they.
    public func subpartValues(_ line: String, problem: String?) -> [(id: String, text: String)]? {
        let text = Self.undecorated(line)
        let number: String, letter: String, rest: String
        if let g = Self.groups(Self.fused, text), let n = g[1], let l = g[2] ?? g[3], g[4] == nil, g[5] == nil, g[6] == nil {
            (number, letter, rest) = (n, l, g[7] ?? "")
        } else if let problem, let g = Self.groups(Self.letter, text), let l = g[1], g[2] == nil, g[3] == nil, g[4] == nil {
            (number, letter, rest) = (problem, l, g[5] ?? "")
        } else {
            return nil
        }
        let subparts = children(of: number, letter)
        guard subparts.count >= 2, id(problem: number, part: letter) == nil else { return nil }
        let values = Self.rest(rest).split(separator: try! Regex(#"\s*[,;]\s+|\s+(?:(?:and\s+)?then|and)\s+"#))
            .map { $0.trimmingCharacters(in: .whitespaces) }
        guard values.count == subparts.count, values.allSatisfy({ $0.contains(where: \.isNumber) }) else { return nil }
        return Array(zip(subparts, values)).map { (id: $0.0, text: $0.1) }
    }

    /// `(a)–(c)`: the parts from the first to the last.
    func expand(_ ids: [String], range: Bool) -> [String] {
        guard ids.count == 2, let from = self.ids.firstIndex(of: ids[0]), let to = self.ids.firstIndex(of: ids[1]), from < to else { return ids }
        return Array(self.ids[from...to])
    }

    static let bareLabel = regex(#"^(?:\d+(?:\.\d+)?\s*)?(?:\(?[a-h]\)|[a-h][.:]|\d+\(?[a-h]\)?[.:)]?|\(?"# + roman + #"\))\s*[:.]?$"#)

    /// A label alone on its line (`3(a)`, `**(b)**`, `(ii)`), whatever the problem set: in a
    /// chat printed to PDF, the formula after it may have vanished.
    public static func isLabelOnly(_ line: String) -> Bool {
        let text = undecorated(line).replacingOccurrences(of: "*", with: "").trimmingCharacters(in: .whitespaces)
        return !text.isEmpty && groups(bareLabel, text) != nil
    }

    static let inlineLabel = regex(
        // ("**a)** $p = 0.6$  **b)** $q ≈ 0.333$": a bold letter and its bracket, group 6.)
        // ("…, 2(b) 3, 3: 0.1353.": a problem without parts by its number and a colon after a
        // list's comma, group 7 — not "stride 2: 32";
        // "1(d)(i) 15/64": a sub-part with its problem and part, groups 8–10.)
        #"(?:^|(?<=[\s;,.$]))(?:(?:\*\*)?(\(([a-h])\)(?:\(((?-i:"# + roman + #"))\))?|(?<!\d\.)(\d+(?:\.\d+)?)\(?([a-h])\)?[:)])(?:\*\*)?|\*\*([a-h])\)\*\*|(?<=[,;]\s)(\d+(?:\.\d+)?):|(?<![\d.])(\d+(?:\.\d+)?)\(([a-h])\)\(((?-i:"# + roman + #"))\):?)(?=\s)"#)

    /// "(i) no, (ii) yes" after "4.2(b)": the value of a sub-part, then its siblings' under the
    /// same part, each with its id; nil when no sibling label follows.
    public func siblingSubparts(of id: String, in value: String) -> [(ids: [String], text: String)]? {
        let (problem, part) = Self.split(id)
        let pieces = part.split(separator: ".", maxSplits: 1)
        guard pieces.count == 2 else { return nil }
        let letter = String(pieces[0])
        // ("So the corrected answers are **(i) 771** and **(ii) 257/264**": a label in bold too.)
        let labels = value.matches(of: try! Regex(#"(?:^|[,;.]\s*|\s)(?:\*\*)?\((?<roman>"# + Self.roman + #")\)\s*[:.]?\s*"#))
        var result: [(ids: [String], text: String)] = []
        var owner = id
        var start = value.startIndex
        for label in labels {
            guard let roman = label.output["roman"]?.substring, let sibling = self.id(problem: problem, part: letter, subpart: String(roman)), sibling != owner
            else { continue }
            // ("… the count in (i) double-counts each pair": a label after a preposition is referred to.)
            if value[..<label.range.upperBound].range(of: #"(?i)\b(?:in|from|of|to|see|using|with|by|than|like|per)\s+(?:\*\*)?\([ivx]+\)\s*[:.]?\s*$"#, options: .regularExpression) != nil { continue }
            result.append(([owner], String(value[start..<label.range.lowerBound])))
            owner = sibling
            start = label.range.upperBound
        }
        guard !result.isEmpty else { return nil }
        result.append(([owner], String(value[start...])))
        return result
    }

    /// "**a)** … So (i) NPV = $4,017.99 and (ii) NPV = −$395.83." under a part with sub-parts: each
    /// of at least two of its sub-parts' roman labels in the text opens that sub-part's piece, the
    /// text before the first staying the part's. Nil unless two labels name two of its sub-parts.
    public func childSubparts(of id: String, in value: String) -> [(ids: [String], text: String)]? {
        let (problem, part) = Self.split(id)
        guard !part.contains("."), part.count == 1 else { return nil }
        let labels = value.matches(of: try! Regex(#"(?:^|[,;.]\s*|\s)(?:\*\*)?\((?<roman>"# + Self.roman + #")\)(?:\*\*)?\s*[:.]?\s*"#))
        var result: [(ids: [String], text: String)] = []
        var owner = id
        var start = value.startIndex
        for label in labels {
            guard let roman = label.output["roman"]?.substring, let child = self.id(problem: problem, part: part, subpart: String(roman)),
                  child != owner, !result.contains(where: { $0.ids == [child] }) else { continue }
            // ("… the rate from (i) …": a label after a preposition is referred to.)
            if value[..<label.range.upperBound].range(of: #"(?i)\b(?:in|from|of|to|see|using|with|by|than|like|per|part)\s+(?:\*\*)?\([ivx]+\)\s*[:.]?\s*$"#, options: .regularExpression) != nil { continue }
            result.append(([owner], String(value[start..<label.range.lowerBound])))
            owner = child
            start = label.range.upperBound
        }
        result.append(([owner], String(value[start...])))
        let children = result.filter { $0.ids != [id] }
        guard children.count >= 2 else { return nil }
        // ("For (ii) we first need (i): …": labels talked about, not opening values. The lead before the
        // first label is a concluding word at most; the labels come in order, each with a number.)
        let lead = (result.first { $0.ids == [id] }?.text ?? "").trimmingCharacters(in: .whitespaces)
        guard lead.isEmpty || lead.range(of: #"^(?i:so|thus|hence|therefore|i\.e\.|that is|this gives|giving)[,:]?$"#, options: .regularExpression) != nil,
              children.allSatisfy({ $0.text.contains(where: \.isNumber) }),
              zip(children, children.dropFirst()).allSatisfy({ $0.ids[0] < $1.ids[0] }) else { return nil }
        return result.filter { $0.ids != [id] || !$0.text.trimmingCharacters(in: .whitespaces).isEmpty }
    }

    /// A line answering several parts after each other: "(a) $5$ (b) $4$ (c) $1$",
    /// "1a: 5; 1b: 6". Each piece with the ids its label gives; nil unless at least two labels
    /// of the problem set stand in the line.
    public func inlineLabels(_ line: String, problem: String?) -> [(ids: [String], text: String)]? {
        if let prose = proseLabels(line, problem: problem) { return prose }
        // "… the scaled scores from (a) or …": a label after a preposition refers to a part, it opens none.
        let matches = Self.inlineLabel.matches(in: line, range: NSRange(line.startIndex..., in: line)).filter { match in
            guard let start = Range(match.range, in: line)?.lowerBound else { return false }
            // ("Dividing (b) by (a)": a label that an operation's word follows is an operand.)
            guard let end = Range(match.range, in: line)?.upperBound,
                line[end...].range(of: #"^\s*(?:by|over|into|divided|times|minus|plus)\b"#, options: .regularExpression) == nil else { return false }
            // ("This does not mean (a) was wrong": a label that a judgement of it follows is talked about.)
            if line[end...].range(of: #"^\s*(?:is|was|were|are)\s+(?:still\s+)?(?:wrong|right|correct|incorrect|off|fine|unaffected|unchanged)\b"#, options: .regularExpression) != nil,
               line[..<start].contains(where: \.isLetter) { return false }
            // ("0.1 + 0.1 → 0.2; 0.2 (c) + 0.2 (de) → 0.4": a letter in parentheses between a
            // value and an operator names a symbol, not a part.)
            // (A minus before a number is the next value's sign: "(b)(ii) −4".)
            // (Bold after a label, "(b) **12**", and "(b) = 5" leave it a label.)
            if line[end...].range(of: #"^\s*(?:[+×/→←]|->|\\to\b|[−-](?!\s*\d))"#, options: .regularExpression) != nil,
               line[..<start].range(of: #"\d\s*$"#, options: .regularExpression) != nil { return false }
            // ("the t from part (a)", "I'll skip (d) here": a label after "part" or a verb that takes a
            // part as its object is talked about too.)
            return line[..<start].range(of: #"(?i)\b(?:from|in|of|to|see|using|with|by|than|as|like|per|part|parts|skip|skipping|skipped|redo|redoing|repeat|repeating|revisit|recheck)\s*$"#, options: .regularExpression) == nil
        }
        var pieces: [(ids: [String], text: String)] = []
        if matches.count == 1, let range = Range(matches[0].range, in: line), range.lowerBound > line.startIndex {
            // One full label after a sentence: "Correction: I dropped the padding term. 2c: 16".
            let before = line[..<range.lowerBound].trimmingCharacters(in: .whitespaces)
            // "Forward: q = 4, r = 3, so **(a)** f = 12.": a bold label after "so" opens its part mid-sentence.
            let concluding = line[range].hasPrefix("**") && before.range(of: #"(?i)(?:^|[\s,;])(?:so|hence|thus|therefore|giving)$"#, options: .regularExpression) != nil
            // (A list's own number, "3.", is no sentence.)
            guard let last = before.last, ".!?:".contains(last) && before.contains(where: \.isLetter) && Range(matches[0].range(at: 4), in: line) != nil || concluding
            else { return nil }
            pieces.append(([], String(before)))
        } else {
            // Several labels: the line must start with the first ("(a) $5$ (b) $4$"); labels
            // inside a sentence ("Parts (c) and (d) don't depend on it") are prose.
            // ("So **(a)** c ≈ 0.182 and **(b)** h ≈ 0.0898.", "oxygen is limiting, so 1b) is (B) and 1c)
            // is 52.8 g": a concluding word may come first.)
            guard matches.count >= 2, let first = Range(matches[0].range, in: line),
                case let lead = Self.undecorated(String(line[..<first.lowerBound])).trimmingCharacters(in: .whitespaces),
                lead.isEmpty || lead.range(of: #"(?:^|[.!?,]\s+)(?i:so|thus|hence|therefore|in summary|to summari[sz]e|overall)[,:]?$"#, options: .regularExpression) != nil
            else { return nil }
            if !lead.isEmpty { pieces.append(([], String(line[..<first.lowerBound]))) }
        }
        for (index, match) in matches.enumerated() {
            guard let whole = Range(match.range, in: line) else { return nil }
            let end = index + 1 < matches.count ? Range(matches[index + 1].range, in: line)!.lowerBound : line.endIndex
            var found: String? = nil
            if let letter = (Range(match.range(at: 2), in: line) ?? Range(match.range(at: 6), in: line)).map({ String(line[$0]) }), let problem {
                // "(c)(ii)": a sub-part.
                let sub = Range(match.range(at: 3), in: line).map { String(line[$0]) }
                found = id(problem: problem, part: letter, subpart: sub)
            } else if let number = Range(match.range(at: 4), in: line).map({ String(line[$0]) }),
                let letter = Range(match.range(at: 5), in: line).map({ String(line[$0]) }) {
                found = id(problem: number, part: letter)
            } else if let number = Range(match.range(at: 7), in: line).map({ String(line[$0]) }), parts(of: number) == [number] {
                found = number
            } else if let number = Range(match.range(at: 8), in: line).map({ String(line[$0]) }),
                      let letter = Range(match.range(at: 9), in: line).map({ String(line[$0]) }),
                      let sub = Range(match.range(at: 10), in: line).map({ String(line[$0]) }) {
                found = id(problem: number, part: letter, subpart: sub)
            }
            guard let found else { return nil }
            let text = String(line[whole.upperBound..<end])
            // "(a) and (b) Reactions", "(a)–(c):": labels joined by a connector share what follows.
            if let last = pieces.last, !last.ids.isEmpty, last.text.range(of: #"^\s*(?:and|&|,|–|-|to)\s*$"#, options: .regularExpression) != nil {
                let range = last.text.range(of: #"^\s*(?:–|-|to)\s*$"#, options: .regularExpression) != nil
                pieces[pieces.count - 1] = (expand(last.ids + [found], range: range && last.ids.count == 1), text)
                continue
            }
            pieces.append(([found], text))
        }
        // (Only combined labels: one piece, which the line's own label reading gives.)
        if pieces.count == 1, pieces[0].ids.count > 1 { return nil }
        return pieces
    }

    static let proseInline = regex(
        #"(?<=[.!?;]\s)(?:For|In|On|And for|As for)\s+(?:part\s+)?\(((?-i:[a-h])|"# + roman + #")\)[,:]"#
            + #"|(?:(?<=^)|(?<=[.!?;]\s))(?:[Ii]n|[Ff]or)\s+[Pp]art\s*\(((?-i:[a-h])|"# + roman + #")\)"#
            + #"|(?<=[\w,] )(?<!(?:of|from|using|with|see|in|to) )[Pp]art\s*\(((?-i:[a-h])|"# + roman
            + #")\)(?=\s*(?:is|are|comes|equals|=|gives|becomes|yields|works out|we (?:get|have|find)|:))"#)

    /// "For (a), option B …. For (c), the total is 8768.", "…, so part (b) comes to 1216.": parts
    /// named at sentence starts, or stated as a result mid-sentence, in one line. Each part takes
    /// its sentence and those after it; the text before the first stays with the current part.
    func proseLabels(_ line: String, problem: String?) -> [(ids: [String], text: String)]? {
        guard let problem else { return nil }
        let matches = Self.proseInline.matches(in: line, range: NSRange(line.startIndex..., in: line))
        guard !matches.isEmpty else { return nil }
        var starts: [String.Index] = []
        var ids: [String] = []
        // Mid-sentence mentions, blanked out of the text so that "(b)" is not read as a choice.
        var mentions: [Range<String.Index>] = []
        for match in matches {
            guard let whole = Range(match.range, in: line),
                let label = (1...3).lazy.compactMap({ Range(match.range(at: $0), in: line) }).first.map({ String(line[$0]) }),
                let found = id(problem: problem, part: label) else { return nil }
            // A result stated mid-sentence claims the whole sentence.
            var start = whole.lowerBound
            if Range(match.range(at: 3), in: line) != nil { mentions.append(whole) }
            if let stop = line[..<start].lastIndex(where: { ".!?;".contains($0) }) {
                let after = line.index(after: stop)
                if after < start, line[after] == " " { start = line.index(after: after) }
            } else {
                start = line.startIndex
            }
            if let previous = starts.last, start <= previous { return nil }
            starts.append(start)
            ids.append(found)
        }
        var pieces: [(ids: [String], text: String)] = [([], String(line[..<starts[0]]))]
        for index in starts.indices {
            let end = index + 1 < starts.count ? starts[index + 1] : line.endIndex
            var text = ""
            var cursor = starts[index]
            for mention in mentions where mention.lowerBound >= cursor && mention.upperBound <= end {
                text += line[cursor..<mention.lowerBound] + "this part"
                cursor = mention.upperBound
            }
            pieces.append(([ids[index]], text + line[cursor..<end]))
        }
        return pieces
    }

    /// Whether a text lists several part labels ("(a) … (b) …", "a. output b. T/F"): a pasted
    /// problem, not a question about one part.
    public static func listsSeveralParts(_ text: String) -> Bool {
        text.matches(of: #/\([a-h]\)|\b[a-h][.)]\s/#).count >= 2
    }

    // MARK: Prose

    static let prosePart = regex(
        #"(?i)\b(?:in|for|to|of|on|and|returning to|back to|now)\s+(?:the\s+)?(?:part\s*\(?((?-i:[a-h])|"# + roman + #")\)?(?![a-z])|\**\(((?-i:[a-h])|"# + roman + #")\)(?:\(((?-i:"# + roman + #"))\))?\**(?=[,:]))"#)
    /// "Redoing (a) with r_1 = 6871 km:", "Let me redo (b) using …": a sentence that opens by
    /// redoing a part, with what it changes (not "I won't redo (a) here", "redo (b) instead").
    static let proseRedo = regex(
        #"(?i)(?:^|[.!?—–]\s+)(?:let me\s+|I['’]ll\s+)?(?:redoing|redo|recomputing|recompute|reworking|rework)\s+(?:part\s*)?\(((?-i:[a-h])|"# + roman + #")\)\s*(?:with|using|for the|:)"#)
    /// "For (b) the semi-major axis only grows …": a line that opens on "For (b)" and goes on in
    /// prose.
    static let proseOpening = regex(#"^(?:For|As for|And for)\s+\**\(((?-i:[a-h])|"# + roman + #")\)\**\s+(?=[a-z])"#)
    /// "For **4.3(b)**: **True** — …": a line that opens on a part named with its problem; group 1
    /// the problem, group 2 the part.
    static let proseOpeningNumbered = regex(#"^(?:For|As for|And for)\s+(?:part\s+)?\**(\d+(?:\.\d+)?)\s?\(((?-i:[a-h])|"# + roman + #")\)\**\s*[:,]?\s+"#)
    static let proseNext = regex(
        #"(?i)^(?:and\s+)?(?:now|next|then)\b,?\s+(?:(?:for|on to|to)\s+)?\**(?:part\s*)?\(((?-i:[a-h])|"# + roman + #")\)\**\s*[.,:]"#)
    static let proseProblem = regex(
        #"(?i)^(?:returning to|back to|now,?(?: for| on to)?|next,?|moving on to|on to|for|turning to|(?:(?:corrected|revised|updated|final)\s+)?answers?\s+(?:for|to))\s+[*_]*(?:(?:question|problem|exercise|task)\s+(\d+(?:\.\d+)?)\b|the\s+("#
            + ordinals.keys.joined(separator: "|") + #")\s+(?:question|problem|exercise|task)\b)"#)
    /// "Jacobi (question 4):": a few words of topic, then the problem in parentheses, alone on the line.
    static let topicHeading = regex(#"(?i)^[\p{L}'’ -]{2,40}\(\s*(?:question|problem|exercise|task|q\.?)\s*(\d+(?:\.\d+)?)\s*\)\s*:?\s*$"#)
    /// "For the second question, …"
    static let ordinals = ["first": "1", "second": "2", "third": "3", "fourth": "4", "fifth": "5", "sixth": "6", "seventh": "7", "eighth": "8"]

    /// "For 2.4(c) — …", "So for 3.3(b): …", "Good catch on 3.3(b) — I dropped …": a line that opens
    /// on a full label in prose. Groups: the problem, the part.
    static let proseFused = regex(
        #"(?i)^(?:(?:so|and|then|thus),?\s+)?(?:in|for|on|returning to|back to|now(?:,? for)?|as for|(?:good catch|you['’]re right)\s+(?:on|about|for|regarding|with))\s+(?:(?:question|problem|exercise|task|part)\s+)?(\d+(?:\.\d+)?)\s?\(?((?-i:[a-h])|"# + roman + #")\)?(?![\w.])"#)

    /// Words before "part (a)" that refer back to a part instead of opening it.
    static let backReference = #"\b(?:found|computed|obtained|derived|shown|seen|calculated|established|got|used|result|results|answer|answers|value|values)\s+(?:\w+\s+){0,1}$"#

    static let partsPhrase = regex(#"(?i)\bparts?\s*\(([a-h])\)\s*(?:and|&|,)\s*\(([a-h])\)(?:\s*(?:and|&|,)\s*\(([a-h])\))?"#)

    /// A part or problem named in prose at the start of a paragraph: "In part (c) we get …",
    /// "Returning to question 2 …".
    public func prose(_ line: String, problem: String?, part: String?) -> Label? {
        let text = Self.undecorated(line)
        if let g = Self.groups(Self.proseProblem, text), let number = g[1] ?? g[2].map({ Self.ordinals[$0.lowercased()]! }), isProblem(number) {
            // "For Exercise 2.3, parts (a) and (b): …"
            if let p = Self.groups(Self.partsPhrase, text) {
                let ids = [p[1], p[2], p[3]].compactMap { $0 }.map { id(problem: number, part: $0) }
                if ids.allSatisfy({ $0 != nil }) { return .parts(ids.compactMap { $0 }, rest: text) }
            }
            return .problem(number, rest: text)
        }
        // "Jacobi (question 4):", "Bisection (Problem 2)": a topic heading that names its problem.
        if let g = Self.groups(Self.topicHeading, text), let number = g[1], isProblem(number) {
            return .problem(number, rest: "")
        }
        // "For 2.4(c) — do you mean …", "Back to question 3b: …", "So for 3.3(b): q = 1/2."
        if let g = Self.groups(Self.proseFused, String(text.prefix(60))), let number = g[1], let label = g[2],
            let id = id(problem: number, part: label) {
            return .parts([id], rest: text)
        }
        // "Now **(c)**. With conditional independence …": the next part announced at a line's start.
        if let problem, let g = Self.groups(Self.proseNext, String(text.prefix(40))), let label = g[1], let id = id(problem: problem, part: label) {
            return .parts([id], rest: text)
        }
        // "Good catch — I should have used the 500 km orbit. Redoing (a) with r_1 = 6871 km:": a part
        // announced as redone, in the line's first sentences.
        // ("For (b) the semi-major axis only grows …": the next part in prose; not a line that opens
        // on a label of its own, "**(b)** Correcting (a) for …", nor one that looks back, "For (a)
        // the radius was …" inside (c).)
        let labelled = text.firstMatch(of: #/^\**\(?[a-h]\)|^\**[a-h][.)]\s|^\**\d+(?:\.\d+)?\s?\(?[a-h]\)/#) != nil
        if let problem, !labelled, let g = Self.groups(Self.proseRedo, String(text.prefix(120))), let label = g[1], let id = id(problem: problem, part: label) {
            return .parts([id], rest: text)
        }
        // ("For **4.3(b)**: **True** — …": the part named with its problem, whatever problem came before.)
        if !labelled, let g = Self.groups(Self.proseOpeningNumbered, String(text.prefix(40))), let number = g[1], let label = g[2],
           let id = id(problem: number, part: label),
           let match = Self.proseOpeningNumbered.firstMatch(in: text, range: NSRange(text.startIndex..., in: text)), let opening = Range(match.range, in: text) {
            return .parts([id], rest: Self.rest(String(text[opening.upperBound...])))
        }
        if let problem, !labelled, let g = Self.groups(Self.proseOpening, String(text.prefix(40))), let label = g[1], let id = id(problem: problem, part: label),
           part.map({ ids.firstIndex(of: id) ?? 0 > ids.firstIndex(of: $0) ?? 0 }) ?? true {
            return .parts([id], rest: text)
        }
        guard let problem, let g = Self.groups(Self.prosePart, String(text.prefix(60))), let label = g[1] ?? g[2] else { return nil }
        // ("pole-zero cancellation found in part (a).", a printed line that wraps a sentence of
        // (c)'s answer; "Using the result of part (a), …": a part referred back to opens nothing.)
        // (Only "in" or "of" right after such a word: "As for part (b), …" and "Using the sorted data
        // for part (c), …" open their parts.)
        if let match = Self.prosePart.firstMatch(in: text, range: NSRange(text.startIndex..., in: text)),
           let whole = Range(match.range, in: text), text[whole].range(of: #"^(?i:in|of)\b"#, options: .regularExpression) != nil,
           text[..<whole.lowerBound].range(of: Self.backReference, options: [.regularExpression, .caseInsensitive]) != nil { return nil }
        // ("For (d)(i), the number of calls …": a sub-part with its part.)
        if let sub = g[3] { return id(problem: problem, part: label, subpart: sub).map { .parts([$0], rest: text) } }
        if let id = id(problem: problem, part: label) { return .parts([id], rest: text) }
        if let part, let id = id(problem: problem, part: Self.split(part).part.split(separator: ".").first.map(String.init), subpart: label) {
            return .parts([id], rest: text)
        }
        return nil
    }

    /// A part id written anywhere in a table cell or a short text: `3b`, `Q3b`, `3(b)`, `(b)`.
    /// `bareLetters`: the cell is under a "Part" heading, where "c" alone is the current problem's (c).
    public func idInCell(_ cell: String, problem: String?, bareLetters: Bool = false) -> String? {
        let text = Self.rest(Self.undecorated(cell)).trimmingCharacters(in: .whitespaces)
        guard !text.isEmpty, text.count <= 24 else { return nil }
        let stripped = text.replacingOccurrences(of: "*", with: "").trimmingCharacters(in: CharacterSet(charactersIn: " :."))
        if case .parts(let ids, let rest)? = label(stripped, problem: problem, part: nil), ids.count == 1, rest.isEmpty { return ids[0] }
        // "| c | …" under a "Part" column: a bare letter is the current problem's part.
        if bareLetters, problem != nil, stripped.wholeMatch(of: #/[a-z]|[ivx]{1,4}/#) != nil,
           case .parts(let ids, let rest)? = label("(" + stripped + ")", problem: problem, part: nil), ids.count == 1, rest.isEmpty {
            return ids[0]
        }
        let compact = Self.normalize(stripped.replacingOccurrences(of: "q", with: "", options: [.caseInsensitive, .anchored]))
        if let id = byNormalized[compact] { return id }
        // "| transfer time (2d) | 10.6 h |": the quantity's name, then its part's id in brackets.
        if let named = cell.firstMatch(of: #/^\s*[^()|]*?\S\s*\((\d[^()]{0,7})\)[\s*_]*$/#) {
            return idInCell(String(named.output.1), problem: problem)
        }
        return nil
    }
}
