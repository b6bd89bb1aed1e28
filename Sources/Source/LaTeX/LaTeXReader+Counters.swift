/// LaTeX counters: `\newcounter{exercise}`, `\refstepcounter{exercise}`, `\setcounter`,
/// `\addtocounter`, and their values as `\theexercise`, `\arabic{exercise}`,
/// `\alph{…}`, `\roman{…}` — how custom problem environments number themselves.
extension LaTeXReader {
    mutating func counter(_ command: String) {
        let name = renderToString(argumentTokens()).trimmingSpaces
        switch command {
        case "newcounter":
            _ = optionalTokens()
            counters[name] = 0
        case "setcounter", "addtocounter":
            let amount = Int(renderToString(argumentTokens()).trimmingSpaces) ?? 0
            // `\setcounter{partno}{1}` in an exam class `parts` list, `\setcounter{enumi}{3}` in
            // an enumerate: the open list's own counter, so its next item is numbered on.
            if let position = listPosition(counter: name) {
                lists[position].counter = (command == "setcounter" ? 0 : lists[position].counter) + amount
                return
            }
            let base = command == "setcounter" ? 0 : value(of: name)
            setValue(base + amount, of: name)
        case "stepcounter", "refstepcounter":
            setValue(value(of: name) + 1, of: name)
        default:
            out.text(Self.format(value(of: name), as: command))
        }
    }

    /// The open list that a list counter numbers: the exam class's `question`, `partno`,
    /// `subpart`, `subsubpart`, or LaTeX's `enumi` … `enumiv` for the enumerate list at that level.
    private func listPosition(counter name: String) -> Int? {
        let exam = ["question": "questions", "partno": "parts", "subpart": "subparts", "subsubpart": "subsubparts"]
        if let list = exam[name] { return lists.lastIndex { $0.name == list } }
        guard let level = ["enumi": 1, "enumii": 2, "enumiii": 3, "enumiv": 4][name] else { return nil }
        let enumerates = lists.indices.filter { lists[$0].kind == .enumerate }
        return level <= enumerates.count ? enumerates[level - 1] : nil
    }

    private func value(of name: String) -> Int {
        counters[name] ?? 0
    }

    private mutating func setValue(_ value: Int, of name: String) {
        counters[name] = value
    }

    /// A value as `\arabic`, `\alph`, `\Alph`, `\roman` or `\Roman` prints it.
    static func format(_ value: Int, as style: String) -> String {
        switch style {
        case "alph": return ListLabel.letters(value)
        case "Alph": return ListLabel.letters(value).uppercased()
        case "roman": return ListLabel.roman(value)
        case "Roman": return ListLabel.roman(value).uppercased()
        default: return String(value)
        }
    }

    /// Definitions that work from the preamble: counters, and enumitem's `\newlist`
    /// (`{qparts}{enumerate}{2}`) and `\setlist` (`[qparts,1]{label=(\alph*)}`).
    mutating func preambleCommand(name: String) {
        switch name {
        case "newlist":
            let list = renderToString(argumentTokens()).trimmingSpaces
            let type = renderToString(argumentTokens()).trimmingSpaces
            _ = argumentTokens()
            customLists[list] = type
        case "setlist":
            skipStar()
            let target = optionalTokens().map { renderToString($0) } ?? "enumerate,itemize,description"
            let options = argumentTokens()
            var names: [String] = []
            var levels: [Int] = []
            for piece in target.split(separator: ",").map({ String($0).trimmingSpaces }) {
                if let level = Int(piece) { levels.append(level) } else { names.append(piece) }
            }
            for list in names {
                for level in levels.isEmpty ? [0] : levels { listSettings[list, default: [:]][level] = options }
            }
        default:
            counter(name)
        }
    }
}
