import Problems

/// Parts that a part names by number (of other problems, or its own by its full id): "the standard convolution of 1(a)(i)", "the
/// layers of Question 1(a)", "the network of Problem 2(b)". A named part brings its problem's
/// statement, the part it belongs to and its own text, so that a reader can take a layer or
/// an input from there as it does from an earlier part of the same problem.
struct CrossReferences {
    private var texts: [String: (statement: String, text: String)] = [:]
    /// Each problem's statement, by its number.
    private var statements: [String: String] = [:]

    init(problems: [ProblemEntry], flat: (String) -> String) {
        for problem in problems {
            statements[problem.id] = flat(problem.text)
            for part in problem.parts { texts[part.id] = (flat(problem.text), flat(part.text)) }
        }
    }

    /// The referenced parts' texts for a part's text, else for its problem's statement (when
    /// the part itself names none); nil when neither names a part of another problem.
    func text(for partText: String, orElse statement: String, part id: String) -> String? {
        let own = lines(in: partText, part: id)
        let found = own.isEmpty ? lines(in: statement, part: id) : own
        return found.isEmpty ? nil : found.joined(separator: "\n")
    }

    /// ("the convolution of 2(a)" in problem 2 names its own problem's part: that part's text
    /// too, never the part itself.)
    private func lines(in text: String, part own: String) -> [String] {
        var result: [String] = []
        // "1(a)(i)", "Question 1(a)", "2.4(b)"; a number inside a word or after a point is none.
        let pattern = #/(?:^|[^\w.(])(\d+(?:\.\d+)?)\s?\(([a-z])\)(?:\s?\(([ivx]+)\))?/#
        for match in text.matches(of: pattern) {
            let number = String(match.output.1)
            let letter = String(match.output.2)
            let sub = match.output.3.map { "." + $0.lowercased() } ?? ""
            let id = number + letter + sub
            guard id != own, let entry = texts[id] else { continue }
            var line = entry.statement
            // A sub-part's layer is usually stated in the part it belongs to.
            if let dot = id.lastIndex(of: "."), let parent = texts[String(id[..<dot])] { line += " " + parent.text }
            // ("the depthwise separable block of Question 2(c)", where 2(c) replaces "the layer of
            // (a)": the parts of its own problem it names, before it.)
            for named in entry.text.matches(of: #/(?:part\s+|of\s+|in\s+|as\s+|to\s+|from\s+)\(([a-z])\)/#) {
                let earlier = number + String(named.output.1)
                if earlier != id, earlier < id, let text = texts[earlier]?.text, !line.contains(text) { line += " " + text }
            }
            line += " " + entry.text
            if !result.contains(line) { result.append(line) }
        }
        // "Use the network of Problem 1.", "the layers of Question 2": another problem's statement.
        let whole = #/(?i:\b(?:network|layers|table|model|stack|architecture|modules)\s+(?:of|from|in)\s+(?:problem|question|exercise))\s+(\d+(?:\.\d+)?)(?!\s?\(|\.\d|\d)/#
        for match in text.matches(of: whole) {
            let number = String(match.output.1)
            guard number != own.prefix(while: { $0.isNumber || $0 == "." }).description, let statement = statements[number],
                  !result.contains(statement) else { continue }
            result.append(statement)
        }
        return result
    }
}
