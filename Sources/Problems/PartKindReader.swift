/// Reads what kind of answer a part asks for, and its listed options, from its text.
///
/// Options are the lines of the text after the question that carry a run of labels from
/// the first one on — `(A) …`, `A. …`, `a) …`, `- (B) …` — or checkboxes (`☐ …`, `[ ] …`,
/// lettered by position), or labels in a row on one line (`(A) 4 (B) 8 (C) 16`).
enum PartKindReader {
    static func read(_ text: String) -> (kind: PartKind, options: [PartOption]) {
        let options = options(in: text)
        let lower = " " + text.lowercased()
        // The question is what comes before its options.
        let question = options.first.flatMap { option in lower.range(of: "\n" + option.label.lowercased()).map { String(lower[..<$0.lowerBound]) } }
            ?? (options.isEmpty ? lower : String(lower.prefix(while: { $0 != "\n" })))
        if selectAllCues.contains(where: question.contains) { return (.selectAll, options) }
        if trueFalseCues.contains(where: question.contains)
            || options.count == 2 && Set(options.map { $0.text.lowercased() }) == ["true", "false"]
        {
            return (.trueFalse, options)
        }
        if ["match each", "match every", "match the "].contains(where: question.contains) { return (.matching, options) }
        if options.count >= 2 { return (.multipleChoice, options) }
        // "(3 points) Explain …": the points are not the question.
        let characters = Array(lower.dropFirst())
        let start = ProblemHeader.pointsGroup(characters, at: 0) ?? 0
        let asked = String(characters[start...])
        let first = asked.prefix { $0.isLetter }
        if openWords.contains(String(first)) || asked.hasPrefix("show that") { return (.open, []) }
        return (.value, [])
    }

    /// An instruction to judge each item below it true or false.
    static func asksEachTrueOrFalse(_ text: String) -> Bool {
        let lower = text.lowercased().trimmed
        guard trueFalseCues.contains(where: (" " + lower).contains) else { return false }
        // "True or false. Write T or F": an instruction that opens the statement is for its parts.
        return ["each", "following", "statements", "every", "write t or f", "circle t or f"].contains(where: lower.contains)
            || trueFalseCues.contains(where: { (" " + lower).hasPrefix($0) || lower.hasPrefix($0) })
    }

    private static let selectAllCues = [
        "select all", "select every", "select each", "all that apply", "all those that apply", "all of the following that",
        "check all", "mark all", "tick all", "circle all", "choose all", "one or more of", "one or more correct",
        "one or more answers",
    ]
    /// "t/f" with a space or bracket before it: "input/filter" holds no "t/f".
    private static let trueFalseCues = ["true or false", "true/false", "true / false", " t/f", "(t/f)", " t or f", "yes or no", "yes/no"]

    private static let openWords: Set<String> = [
        "explain", "prove", "derive", "sketch", "describe", "discuss", "justify", "why", "argue", "interpret", "comment",
        "draw", "illustrate", "motivate", "outline",
    ]

    /// The options listed in a part's text.
    static func options(in text: String) -> [PartOption] {
        let lines = text.split(separator: "\n").map { String($0).trimmed }
        if let listed = listed(lines.dropFirst()), listed.count >= 2 { return listed }
        let boxes = lines.dropFirst().compactMap(checkbox)
        if boxes.count >= 2 {
            return boxes.enumerated().map { PartOption(label: String(Character(Unicode.Scalar(65 + min($0.offset, 25))!)), text: $0.element) }
        }
        return inline(text)
    }

    /// The longest run of labelled lines starting at the first label (A or a).
    private static func listed(_ lines: ArraySlice<String>) -> [PartOption]? {
        var best: [PartOption] = []
        var run: [PartOption] = []
        var expected: Character?
        for line in lines {
            // "B.O(n)": a PDF can lose the space after a label the run expects.
            guard let (label, text) = label(line) ?? expected.flatMap({ unspaced(line, $0) }) else {
                continue
            }
            if let next = expected, label == next {
                run.append(PartOption(label: String(label), text: text))
            } else if label == "A" || label == "a" {
                run = [PartOption(label: String(label), text: text)]
            } else {
                continue
            }
            expected = Character(Unicode.Scalar(label.unicodeScalars.first!.value + 1)!)
            if run.count > best.count { best = run }
        }
        return best.isEmpty ? nil : best
    }

    /// Whether a line lists an option (`(A) …`, `B. …`, `☐ …`): content even when the same
    /// options repeat through a document like a running header.
    static func isOptionLine(_ line: String) -> Bool {
        let trimmed = line.trimmed
        return label(trimmed) != nil || checkbox(trimmed) != nil
    }

    /// `(A) text`, `A. text`, `A) text`, `- (B) text`: the label and the text.
    private static func label(_ line: String) -> (Character, String)? {
        var rest = Substring(line)
        guard let first = rest.first, first == "(" || first.isLetter || "-•*◦▪".contains(first) else { return nil }
        if let first = rest.first, "-•*◦▪".contains(first) { rest = rest.dropFirst().drop { $0 == " " } }
        guard let match = rest.prefixMatch(of: #/\(?([A-Ja-j])[.)]\s+(\S.*)/#) else { return nil }
        if rest.first == "(", !rest.dropFirst(2).hasPrefix(")") { return nil }
        return (match.1.first!, String(match.2).trimmed)
    }

    /// `B.O(n)`: the expected label with `.` or `)` and text right after it.
    private static func unspaced(_ line: String, _ expected: Character) -> (Character, String)? {
        let characters = Array(line)
        guard characters.count > 2, characters[0] == expected, characters[1] == "." || characters[1] == ")" else { return nil }
        return (expected, String(characters[2...]).trimmed)
    }

    /// `☐ text`, `□ text`, `[ ] text`, `○ text`.
    private static func checkbox(_ line: String) -> String? {
        guard let match = line.prefixMatch(of: #/(?:[-*] )?(?:☐|□|○|◯|\[ \])\s*(\S.*)/#) else { return nil }
        return String(match.1)
    }

    /// `(A) 4 (B) 8 (C) 16` in a row, at least to (B).
    private static func inline(_ text: String) -> [PartOption] {
        var options: [PartOption] = []
        var label: Character = "A"
        var rest = Substring(text)
        guard let start = rest.range(of: "(A)") else { return [] }
        rest = rest[start.upperBound...]
        while true {
            let next = Character(Unicode.Scalar(label.unicodeScalars.first!.value + 1)!)
            let end = rest.range(of: "(\(next))")
            var piece = String(end.map { rest[..<$0.lowerBound] } ?? rest.prefix { $0 != "\n" }).trimmed
            // The last option ends the sentence: "(C) 8."
            if end == nil, piece.hasSuffix(".") || piece.hasSuffix(";") { piece.removeLast() }
            options.append(PartOption(label: String(label), text: piece))
            guard let end, options.count < 10 else { break }
            rest = rest[end.upperBound...]
            label = next
        }
        return options.count >= 2 ? options : []
    }
}
