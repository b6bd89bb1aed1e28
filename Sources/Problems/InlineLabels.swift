/// Splits a line that holds several parts in a row — "(a) Find x. (b) Find y." or, in a
/// Markdown paragraph, "i. with …; ii. with …" — at each next label of the same sequence
/// written after the end of a sentence or clause. Only the label that follows the line's
/// own first label counts, so "(b)" cited inside a sentence stays where it is.
enum InlineLabels {
    static func split(_ line: String) -> [String] {
        var pieces: [String] = []
        var rest = line
        // "approximate I with (i) the trapezoidal rule; (ii) Simpson's rule."
        if let (before, enumerated) = enumeration(in: line) {
            pieces.append(before)
            rest = enumerated
        }
        while pieces.count < 26, let label = PartLabel.parse(LineShape(rest)), let cut = nextLabel(after: label, in: rest) {
            pieces.append(String(rest[..<cut]).trimmed)
            rest = String(rest[cut...])
        }
        return pieces + [rest]
    }

    /// A sentence that lists sub-parts inline: the text before the first label, and the
    /// rest from it. Only when the first label's successor follows after `;`, `,` or `and`.
    private static func enumeration(in line: String) -> (String, String)? {
        for (first, second) in [("(i)", "(ii)"), ("(a)", "(b)"), ("(1)", "(2)")] {
            // A PDF may drop the space between a label and the math after it: "(a)R_1, (b)R_2".
            guard let start = line.range(of: " " + first), line[..<start.lowerBound].contains(where: \.isLetter),
                  let next = line.range(of: " " + second, range: start.upperBound..<line.endIndex)
            else { continue }
            let between = String(line[start.upperBound..<next.lowerBound]).trimmed
            guard between.hasSuffix(";") || between.hasSuffix(",") || between.hasSuffix(" and") || between.hasSuffix("; and")
                || between.hasSuffix(", and")
            else { continue }
            var rest = String(line[line.index(after: start.lowerBound)...])
            for label in labels(from: first) where rest.contains(label) && !rest.contains(label + " ") {
                rest = rest.replacingOccurrences(of: label, with: label + " ")
            }
            return (String(line[..<start.lowerBound]).trimmed, rest)
        }
        return nil
    }

    /// "(a)" → "(a)", "(b)", … "(h)"; "(i)" → "(i)" … "(viii)"; "(1)" → "(1)" … "(8)".
    private static func labels(from first: String) -> [String] {
        let token = String(first.dropFirst().dropLast())
        guard let reading = PartSequencer.readings(of: token).last else { return [] }
        return (1...8).compactMap { value in
            PartSequencer.token(PartSequencer.Level(style: reading.style, value: value)).map { "(" + $0 + ")" }
        }
    }

    /// Where the label after `label` opens, after `.`, `;`, `?`, `!` or `:` and a blank.
    private static func nextLabel(after label: PartLabel, in line: String) -> String.Index? {
        for next in successors(of: label) {
            var search = line.startIndex
            while let found = line.range(of: " " + next + " ", range: search..<line.endIndex) {
                var before = found.lowerBound
                while before > line.startIndex, line[line.index(before: before)] == " " { before = line.index(before: before) }
                if before > line.startIndex, ".;?!:,".contains(line[line.index(before: before)]) || line[..<before].hasSuffix(" and") {
                    return line.index(after: found.lowerBound)
                }
                search = found.upperBound
            }
        }
        return nil
    }

    /// The label as written with its token advanced by one: "(a)" → "(b)", "i." → "ii." and "j.".
    private static func successors(of label: PartLabel) -> [String] {
        guard let range = label.label.range(of: label.token) else { return [] }
        return PartSequencer.readings(of: label.token).compactMap { reading in
            var next = reading
            next.value += 1
            guard let token = PartSequencer.token(next) else { return nil }
            let written = reading.style == .uppercase ? token.uppercased() : token
            return label.label.replacingCharacters(in: range, with: written)
        }
    }
}
