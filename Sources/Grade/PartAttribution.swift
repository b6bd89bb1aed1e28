import Foundation

/// Which assistant text answers which part: labels and headings (`1(b)`, `**(b)**`,
/// `Problem 2 — …`, `Part (c)`, `### 3a`, `Q3b:`), their order, and the user's turns (a
/// user turn that pastes problem 3 makes the next answer problem 3's). Later text for a
/// part (a correction, a recount in a follow-up turn) is kept after the earlier text.
public struct PartAttribution: Sendable {
    /// One line of assistant text, with its label removed.
    public struct Line: Sendable, Equatable {
        public var text: String
        /// The line as written, label included (for quoting).
        public var original: String
        public var place: String
        public var turn: Int
    }

    /// The text attributed to each part id.
    public var parts: [String: [Line]]
    /// Summary-table rows (`| 3d | 8 |`) by part id.
    public var summaries: [String: [Line]]
    /// Text of a problem that no part label claims (for unlabelled parts), by problem number.
    public var unlabelled: [String: [Line]]

    /// Splits `partIDs` like `3b` into problem `3` and part `b`.
    static func split(_ id: String) -> (problem: String, part: String) {
        let problem = String(id.prefix { $0.isNumber })
        return (problem, String(id.dropFirst(problem.count)).lowercased())
    }

    public init(transcript: Transcript, partIDs: [String]) {
        let known = Set(partIDs.map { $0.lowercased() })
        let problems = Set(partIDs.map { Self.split($0).problem })
        let idByLower = Dictionary(partIDs.map { ($0.lowercased(), $0) }, uniquingKeysWith: { a, _ in a })
        parts = [:]
        summaries = [:]
        unlabelled = [:]
        var problem: String? = problems.count == 1 ? problems.first : nil
        var current: [String] = []
        var inCode = false
        var pastedProblem: String? = nil
        var mentioned: String? = nil
        for (turnIndex, turn) in transcript.turns.enumerated() {
            if turn.role != .assistant {
                pastedProblem = Self.firstProblem(in: turn.text, problems: problems)
                mentioned = Self.mentionedPart(in: turn.text, known: known)
                continue
            }
            current = []
            if let pastedProblem { problem = pastedProblem }
            if let mentioned { problem = Self.split(mentioned).problem; current = [mentioned] }
            pastedProblem = nil
            mentioned = nil
            for (index, raw) in turn.text.components(separatedBy: "\n").enumerated() {
                let place = turn.place(ofLine: index)
                let trimmed = raw.trimmingCharacters(in: .whitespaces)
                if trimmed.hasPrefix("```") { inCode.toggle(); continue }
                var text = trimmed
                if !inCode {
                    // Summary table rows.
                    if let (id, rest) = Self.tableRow(trimmed), known.contains(id) {
                        summaries[idByLower[id]!, default: []].append(Line(text: rest, original: trimmed, place: place, turn: turnIndex))
                        continue
                    }
                    if let heading = Self.problemHeading(trimmed), problems.contains(heading.problem) {
                        problem = heading.problem
                        current = heading.part.map { ["\(heading.problem)\($0)"] } ?? []
                        text = heading.rest
                    } else if let label = Self.label(trimmed, problem: problem) {
                        let ids = label.ids.filter { known.contains($0) }
                        if !ids.isEmpty {
                            current = ids
                            problem = Self.split(ids[0]).problem
                            text = label.rest
                        }
                    } else if let id = Self.reference(trimmed, problem: problem), known.contains(id) {
                        current = [id]
                    }
                }
                let line = Line(text: text, original: trimmed, place: place, turn: turnIndex)
                if current.isEmpty {
                    if let problem { unlabelled[problem, default: []].append(line) }
                } else {
                    for id in current { parts[idByLower[id]!, default: []].append(line) }
                }
            }
        }
    }

    // MARK: Label patterns

    static func regex(_ pattern: String) -> NSRegularExpression {
        try! NSRegularExpression(pattern: pattern, options: [.caseInsensitive])
    }

    static func groups(_ regex: NSRegularExpression, _ text: String) -> [String?]? {
        let range = NSRange(text.startIndex..., in: text)
        guard let match = regex.firstMatch(in: text, range: range) else { return nil }
        return (0..<match.numberOfRanges).map { index in
            Range(match.range(at: index), in: text).map { String(text[$0]) }
        }
    }

    /// Markdown decoration before a label: `#`, `>`, `-`, `*`, spaces.
    static func undecorated(_ line: String) -> String {
        var text = Substring(line)
        while let first = text.first, "#>-* \t".contains(first) {
            if first == "-" || first == "*", text.dropFirst().first.map({ $0.isNumber }) == true { break }
            text = text.dropFirst()
        }
        return String(text)
    }

    static let headingPattern = regex(
        #"^(?:problem|question|exercise|aufgabe|task|q|a)\s*(\d+)\s*(?:\(?([a-h])\)?)?(?![\w])\s*(?:[:.)—–\-]|\*\*)*\s*(.*)$"#)

    /// `Problem 2 — …`, `## Question 1: Pooling`, `Q3:`, `A3:`, `Q3b:`.
    static func problemHeading(_ line: String) -> (problem: String, part: String?, rest: String)? {
        let text = undecorated(line)
        guard let groups = groups(headingPattern, text), let number = groups[1] else { return nil }
        let lower = text.lowercased()
        // "A1:" / "Q1:" need the colon; words need to start the line.
        if (lower.hasPrefix("a") || lower.hasPrefix("q")) && !lower.hasPrefix("question") {
            guard text.range(of: #"^[QAqa]\d+[a-h]?\s*:"#, options: .regularExpression) != nil else { return nil }
        }
        let rest = (groups[3] ?? "").trimmingCharacters(in: .whitespaces)
        // "A1:" is the answer block of problem 1; keep what follows as text.
        return (number, groups[2]?.lowercased(), groups[2] == nil && !lower.hasPrefix("a") ? "" : rest)
    }

    static let fullLabel = regex(#"^(\d+)\s*(?:\(([a-h])\)|([a-h])(?=\s*[:.)]|\*\*|\s*$|\s+[^a-z]))\s*(?:[:.)]|\*\*)*\s*(.*)$"#)
    static let letterLabel = regex(#"^(?:part\s*)?\(([a-h])\)(?:\s*(?:and|&|,)\s*\(([a-h])\))?(?:\s*(?:and|&|,)\s*\(([a-h])\))?\s*(?:[:.]|\*\*)*\s*(.*)$"#)
    static let letterParen = regex(#"^(?:part\s*)?([a-h])\)\s*(?:\*\*)*\s*(.*)$"#)
    static let finalLabel = regex(#"^((?:final )?answer)\s*\(([a-h])\)\s*(:.*)$"#)

    /// A part label starting a line: the part ids it names (lowercased) and the rest.
    static func label(_ line: String, problem: String?) -> (ids: [String], rest: String)? {
        let text = undecorated(line)
        if let g = groups(fullLabel, text), let number = g[1], let letter = g[2] ?? g[3] {
            return (["\(number)\(letter.lowercased())"], (g[4] ?? "").trimmingCharacters(in: .whitespaces))
        }
        guard let problem else { return nil }
        if let g = groups(finalLabel, text), let letter = g[2] {
            return (["\(problem)\(letter.lowercased())"], "\(g[1] ?? "Final answer")\(g[3] ?? "")")
        }
        // Lower-case letters only: "(A)" is a choice, not a part.
        let caseSensitiveText = text
        if let g = groups(letterLabel, caseSensitiveText), let first = g[1], first == first.lowercased() {
            let letters = [g[1], g[2], g[3]].compactMap { $0 }
            return (letters.map { "\(problem)\($0.lowercased())" }, (g[4] ?? "").trimmingCharacters(in: .whitespaces))
        }
        if let g = groups(letterParen, caseSensitiveText), let letter = g[1], letter == letter.lowercased() {
            return (["\(problem)\(letter)"], (g[2] ?? "").trimmingCharacters(in: .whitespaces))
        }
        return nil
    }

    /// A label alone on its line (`3(a)`, `**(b)**`): its formula may have vanished.
    public static func labelOnly(_ line: String) -> Bool {
        guard let found = label(line, problem: "1") else { return false }
        return found.rest.trimmingCharacters(in: CharacterSet(charactersIn: " *:$")).isEmpty
    }

    static let referencePattern = regex(
        #"(?:redo|redoing|recount|recounting|revisit|revisiting|correct|correcting|correction (?:to|for)|back to|fix|fixing)\s+(?:part\s+)?(\d*)\s*\(?([a-h])\)?(?![\w])"#)

    /// "let me redo (b)", "Recounting 4b:": the line turns to that part.
    static func reference(_ line: String, problem: String?) -> String? {
        guard let g = groups(referencePattern, line), let letter = g[2] else { return nil }
        let number = (g[1].flatMap { $0.isEmpty ? nil : $0 }) ?? problem
        return number.map { "\($0)\(letter.lowercased())" }
    }

    static let tablePattern = regex(#"^\|\s*(?:\*\*)?(\d+)\s*\(?([a-h])\)?(?:\*\*)?\s*\|(.*)\|\s*$"#)

    static func tableRow(_ line: String) -> (String, String)? {
        guard let g = groups(tablePattern, line), let number = g[1], let letter = g[2] else { return nil }
        return ("\(number)\(letter.lowercased())", (g[3] ?? "").replacingOccurrences(of: "|", with: " ").trimmingCharacters(in: .whitespaces))
    }

    static let mentionPattern = regex(#"(?<![\w.])(\d+)\s?\(?([a-h])\)?(?![\w])"#)

    /// A part a short user turn asks about ("can you double check 4b?").
    static func mentionedPart(in text: String, known: Set<String>) -> String? {
        guard text.count < 400 else { return nil }
        let ids = AnswerText.matches(mentionPattern, text).compactMap { g -> String? in
            guard let number = g[1], let letter = g[2] else { return nil }
            let id = "\(number)\(letter.lowercased())"
            return known.contains(id) ? id : nil
        }
        return Set(ids).count == 1 ? ids[0] : nil
    }

    static let pastedProblem = regex(#"(?:^|\n)\s*(?:#+\s*)?(?:\*\*)?(?:problem|question|exercise)\s+(\d+)\b"#)

    /// The first problem a user turn pastes (`Problem 4: …` at a line start).
    static func firstProblem(in text: String, problems: Set<String>) -> String? {
        guard let g = groups(pastedProblem, text), let number = g[1], problems.contains(number) else { return nil }
        return number
    }
}
