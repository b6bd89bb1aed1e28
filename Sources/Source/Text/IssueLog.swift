/// Collects what a reader did not understand: one issue per distinct unknown macro or
/// environment (with a count), and other problems as they come.
struct IssueLog {
    private var issues: [SourceIssue] = []
    private var counted: [String: (line: Int, count: Int, message: String)] = [:]
    private var order: [String] = []

    mutating func add(line: Int, _ message: String) {
        issues.append(SourceIssue(line: line, message: message))
    }

    mutating func add(_ issue: SourceIssue) {
        issues.append(issue)
    }

    /// `what` is e.g. `macro \foo` or `environment foo`.
    mutating func unknown(_ what: String, line: Int, count: Int = 1) {
        self.count("unknown " + what, line: line, count: count)
    }

    /// A message reported once, with how many times it happened.
    mutating func count(_ message: String, line: Int, count: Int = 1) {
        if let existing = counted[message] {
            counted[message] = (min(existing.line, line), existing.count + count, existing.message)
        } else {
            counted[message] = (line, count, message)
            order.append(message)
        }
    }

    /// Merges what the math linearizer did not know.
    mutating func unknownInMath(_ unknown: [(name: String, count: Int)], line: Int) {
        for item in unknown {
            let what = item.name.hasPrefix("\\") ? "macro " + item.name : item.name
            self.unknown(what, line: line, count: item.count)
        }
    }

    func finished() -> [SourceIssue] {
        var all = issues
        for what in order {
            guard let entry = counted[what] else { continue }
            let suffix = entry.count > 1 ? " (\(entry.count) times)" : ""
            all.append(SourceIssue(line: entry.line, message: entry.message + suffix))
        }
        // Stable by line.
        return all.enumerated().sorted { ($0.element.line, $0.offset) < ($1.element.line, $1.offset) }.map(\.element)
    }
}
