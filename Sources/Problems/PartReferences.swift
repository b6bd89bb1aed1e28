/// Which parts a part's text refers to: "Repeat (b) with …", "using your answer to (a)",
/// "the total from (i) and (ii)", "(b)(i)", "part 2", "Problem 3(a)", and "same setting as
/// above", which is the part just before.
///
/// A label resolves among the problem's parts, nearest first: a sibling of the part, then
/// a part at the top of the problem, then any part whose last label it is. A label
/// written against a word ("f(a)", "x(i)") is an argument, not a reference.
enum PartReferences {
    /// - Parameters:
    ///   - ids: the part ids of the part's problem, in order.
    ///   - problems: every problem's id and part ids, for "Problem 3(a)".
    static func references(in text: String, of partID: String, problemID: String, ids: [String], problems: [(id: String, parts: [String])]) -> [String] {
        var found: [String] = []
        func add(_ id: String?) {
            if let id, id != partID, !found.contains(id) { found.append(id) }
        }
        let lower = text.lowercased()
        let parenthesized = text.contains(")")
        // "Problem 1(b)": a part of another problem.
        for match in lower.contains("problem") ? lower.matches(of: #/problem\s+(\d+(?:\.\d+)?)\s*(?:\(([a-z]{1,4})\))?/#) : [] {
            let target = String(match.1)
            guard target != problemID, let label = match.2, let problem = problems.first(where: { $0.id == target }) else { continue }
            add(problem.parts.first { path($0, problemID: target) == [String(label)] })
        }
        // Labels are lowercase: "(A)" is an option.
        for match in parenthesized ? text.matches(of: #/\(([a-z]{1,4}|\d{1,2})\)(?:\s*\(([ivx]{1,4})\))?/#) : [] {
            if match.range.lowerBound > text.startIndex {
                let before = text[text.index(before: match.range.lowerBound)]
                if before.isLetter || before.isNumber || before == ")" || before == "_" { continue }
            }
            let labels = [String(match.1)] + (match.2.map { [String($0)] } ?? [])
            add(resolve(labels, from: partID, problemID: problemID, ids: ids))
        }
        // "Repeat b) for the water", "Using a) and b)": a label as the problem's parts write it.
        // Inside a sentence only: "a) …" opening a line is an option.
        for match in parenthesized ? text.matches(of: #/[ \t]([a-z]|[ivx]{2,4})\)/#) : [] {
            add(resolve([String(match.1)], from: partID, problemID: problemID, ids: ids))
        }
        // "b.i and b.ii": a dotted path of labels.
        for match in text.matches(of: #/\b([a-z])\.(i{1,3}|iv|vi{0,3}|ix|x)\b/#) {
            add(resolve([String(match.1), String(match.2)], from: partID, problemID: problemID, ids: ids))
        }
        for match in lower.contains("part ") || lower.contains("item ") ? lower.matches(of: #/\b(?:part|item)\s+(\d{1,2})?([a-z]|\d{1,2})\b/#) : [] {
            // "part 2b": item 2, its part (b).
            add(resolve((match.1.map { [String($0)] } ?? []) + [String(match.2)], from: partID, problemID: problemID, ids: ids))
        }
        if ["above", "before", "previous", "same"].contains(where: lower.contains),
           lower.contains(#/same (setting|setup|set-up|situation|network|model|data) as (above|before|in the previous part)|\bas above\b|the previous part|the part above|\bthe same (matrix|data|dataset|distribution|graph|system|circuit|signal|network|model|setting|setup|sample|experiment)\b/#),
           let index = ids.firstIndex(of: partID), index > 0
        {
            add(ids[index - 1])
        }
        return found
    }

    /// The labels of a part below its problem: "2a.ii" → ["a", "ii"], "2.3a" → ["3", "a"].
    static func path(_ id: String, problemID: String) -> [String] {
        guard id.hasPrefix(problemID) else { return [] }
        var labels: [String] = []
        var current = ""
        for character in id.dropFirst(problemID.count) {
            if character == "." {
                if !current.isEmpty { labels.append(current) }
                current = ""
            } else if character.isLetter, current.first?.isNumber == true {
                labels.append(current)
                current = String(character)
            } else {
                current.append(character)
            }
        }
        if !current.isEmpty { labels.append(current) }
        return labels
    }

    private static func resolve(_ labels: [String], from partID: String, problemID: String, ids: [String]) -> String? {
        let own = path(partID, problemID: problemID)
        let paths = ids.map { ($0, path($0, problemID: problemID)) }
        let matching = paths.filter { $0.1.count >= labels.count && Array($0.1.suffix(labels.count)) == labels }
        if labels.count == 2 { return matching.first { $0.1.count == 2 }?.0 ?? matching.first?.0 }
        let siblings = matching.filter { $0.1.count == own.count && Array($0.1.dropLast()) == Array(own.dropLast()) }
        if let sibling = siblings.first { return sibling.0 }
        if let top = matching.first(where: { $0.1.count == 1 }) { return top.0 }
        return matching.first?.0
    }
}
