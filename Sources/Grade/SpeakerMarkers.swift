import Foundation

/// The speaker markers of chat apps, exporters and students, at the start of a line:
/// `User:` / `Assistant:`, `**User:**`, `You:` / `ChatGPT:`, `#### You:` / `#### ChatGPT:`,
/// `## 👤 User · 2025-03-02 14:11` / `## 🤖 Assistant · …`, `Human:` / `Claude:`,
/// `You said:` / `ChatGPT said:`; and a student's own turn labels `Q1:` / `A1:`.
enum SpeakerMarkers {
    /// Names by role, longest first so that "you said" wins over "you".
    static let names: [(String, Transcript.Turn.Role)] = [
        ("chatgpt said", .assistant), ("claude said", .assistant), ("gemini said", .assistant), ("you said", .user),
        ("assistant", .assistant), ("chatgpt", .assistant), ("claude", .assistant), ("gemini", .assistant), ("copilot", .assistant),
        ("model", .assistant), ("student", .user), ("human", .user), ("system", .system), ("user", .user), ("you", .user),
        ("me", .user), ("ai", .assistant),
    ]

    /// A speaker marker at the start of a line: the role and the rest of the line.
    static func speaker(_ line: String) -> (Transcript.Turn.Role, String)? {
        let raw = line.trimmingCharacters(in: .whitespaces)
        var text = Substring(raw)
        var heading = false
        while text.hasPrefix("#") { text = text.dropFirst(); heading = true }
        text = text.drop { $0 == " " }
        // Emoji and symbols before the name: "👤 User", "🤖 Assistant".
        while let first = text.first, !first.isLetter, !first.isNumber, first != "*", first != "_", first != "[" {
            text = text.dropFirst()
        }
        text = text.drop { $0 == " " }
        var bold = false
        if text.hasPrefix("**") { text = text.dropFirst(2); bold = true } else if text.hasPrefix("__") { text = text.dropFirst(2); bold = true }
        let lowered = text.lowercased()
        for (name, role) in names where lowered.hasPrefix(name) {
            var rest = text.dropFirst(name.count)
            // The marker must end the word: "User:", "User", "**User:**", "## Assistant".
            if let next = rest.first, next.isLetter || next.isNumber || next == "'" || next == "’" { continue }
            var sawColon = false
            if rest.hasPrefix(":") { rest = rest.dropFirst(); sawColon = true }
            if bold, rest.hasPrefix("**") || rest.hasPrefix("__") { rest = rest.dropFirst(2); bold = false }
            if !sawColon, rest.hasPrefix(":") { rest = rest.dropFirst(); sawColon = true }
            let remainder = rest.trimmingCharacters(in: .whitespaces)
            if sawColon { return (role, remainder) }
            // Without a colon the marker stands alone, or with metadata: "## 👤 User · 2025-03-02 14:11".
            let metadata = remainder.first.map { "·|—–-(•[".contains($0) } == true
            let timestamp = metadata && remainder.count < 40 && remainder.contains(where: \.isNumber)
            guard remainder.isEmpty || (heading || bold) && metadata || timestamp else { continue }
            if ["me", "ai", "model"].contains(name), !heading { continue }
            return (role, "")
        }
        return nil
    }

    static let questionLabel = try! NSRegularExpression(pattern: #"^\s*(?:\*\*)?(Q|A)(\d+)(?:\*\*)?\s*[:.)](?:\*\*)?\s*(.*)$"#)

    /// The label itself, `Q1` or `A1`.
    static func studentLabelName(_ line: String) -> String? {
        let range = NSRange(line.startIndex..., in: line)
        guard let match = questionLabel.firstMatch(in: line, range: range),
            let kind = Range(match.range(at: 1), in: line), let number = Range(match.range(at: 2), in: line) else { return nil }
        return String(line[kind]) + String(line[number])
    }

    /// A student's turn label: `Q1:` (their question, a user turn) or `A1:` (its answer).
    static func studentLabel(_ line: String) -> (Transcript.Turn.Role, String)? {
        let range = NSRange(line.startIndex..., in: line)
        guard let match = questionLabel.firstMatch(in: line, range: range),
            let kind = Range(match.range(at: 1), in: line).map({ String(line[$0]) }),
            let rest = Range(match.range(at: 3), in: line).map({ String(line[$0]) })
        else { return nil }
        return (kind == "Q" ? .user : .assistant, rest)
    }
}
