import Foundation

/// Answers worked out under scenarios a reply lays out itself: "If the ratings are updated
/// after every game:" … "Final: (1504.1, 1531.4, 1624.5)", then "If all updates are applied at
/// the end:" … "Final: (1504.5, 1531.1, 1624.4)".
///
/// A scenario opens at a line that starts with a condition and ends with a colon, and runs
/// over the lines that follow it without a blank line (or, where pieces carry no line
/// numbers, up to the next opener or the end of the turn). Two scenarios that end in
/// different values, each under the same label ("Final: …"), leave the part unclear, unless
/// the turn then commits to an answer after them ("Since the problem says once at the end,
/// the answer is …").
struct ScenarioTracker {
    private var count = 0
    private var open: (turn: Int, id: Int, lastLine: Int?)? = nil

    /// "If …:", "Assuming …:", "Under …:", a Markdown marker or bold allowed; not a step of the
    /// working ("If we subtract 5 from both sides:", "If you double that:").
    static let opener = try! NSRegularExpression(
        pattern: #"^[\s>*_#•-]*(?:\*\*)?(?:If|Assuming|Under)\b(?!\s+(?:we|you|I|one)\b)[^\n:]{3,200}:\s*(?:\*\*)?\s*$"#)

    /// The scenario the piece belongs to, opening one at an opener line.
    mutating func enter(_ piece: PartAttribution.Piece) -> Int? {
        let lines = piece.text.split(separator: "\n", omittingEmptySubsequences: false)
        let first = lines.first(where: { !$0.trimmingCharacters(in: .whitespaces).isEmpty }).map(String.init) ?? ""
        let line = Self.lineNumber(piece.place)
        let last = line.map { $0 + max(0, lines.count - 1) }
        if let current = open {
            let gap = line.flatMap { start in current.lastLine.map { start > $0 + 1 } } ?? false
            if current.turn != piece.turn || gap { open = nil }
        }
        if Self.opener.firstMatch(in: first, range: NSRange(first.startIndex..., in: first)) != nil {
            count += 1
            open = (piece.turn, count, last)
        } else if open != nil {
            open?.lastLine = last
        }
        return open?.id
    }

    /// "line 26", "turn 3, line 26": the line a piece starts on.
    static func lineNumber(_ place: String) -> Int? {
        guard let match = place.firstMatch(of: #/\bline (\d+)\b/#) else { return nil }
        return Int(match.output.1)
    }

    /// The candidates once the scenarios of each turn are weighed: two or more scenarios ending
    /// in different values offer each end, none chosen (hedged; the values before and inside
    /// them were steps), unless an answer at least as explicit follows them in the turn, or a
    /// more explicit one precedes them (then they were the working or what-ifs, and drop out).
    static func resolve(_ body: [FinalAnswer.Candidate]) -> [FinalAnswer.Candidate] {
        var body = body
        for turn in Set(body.map(\.turn)) {
            let inScenario = body.filter { $0.turn == turn && $0.scenario != nil }
            // Each scenario's own answer: its most explicit value, the last of those.
            let ends = Dictionary(grouping: inScenario, by: { $0.scenario! }).values.compactMap { group in
                group.filter { $0.strength == group.map(\.strength).max() }.last
            }
            // (Only ends written alike under one label, "Final: …" in each: a scenario that ends in
            // a step's value, "P = 1/2", is working.)
            let labels = Set(ends.map { end in end.evidence.firstMatch(of: #/^[\s>*_#•-]*([A-Z][\w ]{0,20}?)\**:\s/#).map { String($0.output.1) } })
            guard ends.count >= 2, labels.count == 1, labels.first! != nil,
                  ends.contains(where: { end in !FinalAnswer.same(end.reading, ends[0].reading) }) else { continue }
            let strongest = min(ends.map(\.strength).max() ?? 0, 3)
            let lastOrder = inScenario.map(\.order).max() ?? 0
            let firstOrder = inScenario.map(\.order).min() ?? 0
            // (A more explicit answer before them, "**R′ = 1577.49**" then "If K were 16: …", makes
            // them what-ifs explored after it.)
            let committed = body.contains { $0.turn == turn && $0.scenario == nil && $0.order > lastOrder && min($0.strength, 3) >= strongest }
            let explored = body.contains { $0.turn == turn && $0.scenario == nil && $0.order < firstOrder && min($0.strength, 3) > strongest }
            if committed || explored {
                body.removeAll { $0.turn == turn && $0.scenario != nil }
                continue
            }
            body.removeAll { candidate in
                guard candidate.turn == turn else { return false }
                if candidate.scenario == nil { return candidate.order < firstOrder && min(candidate.strength, 3) <= strongest }
                return !ends.contains(candidate)
            }
            for index in body.indices where body[index].turn == turn && body[index].scenario != nil {
                body[index].hedged = true
            }
        }
        return body
    }
}
