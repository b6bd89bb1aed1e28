import Files
import Foundation

/// Reads a transcript's text: Markdown or plain text with speaker markers, a chat printed
/// to PDF (its pages' text, see ``fromPages(_:)``), a ChatGPT `conversations.json` or a
/// Claude export. Reading the file and the PDF's text layer is the caller's part.
public enum TranscriptReader {
    /// Reads the text of a transcript of `kind` from `path` (named in errors);
    /// `conversation` picks one conversation of an export by title or 0-based index;
    /// otherwise the first that mentions any of `hints` (or the longest).
    public static func read(
        _ text: String, kind: InputKind, path: String, conversation: String? = nil, hints: [String] = []
    ) throws(GradeError) -> Transcript {
        switch kind {
        case .chatGPTExport, .claudeExport, .otherJSON:
            // A file named .json is an export or an error; text that only looks like one stays text.
            if InputKind.claimed(by: path) == .otherJSON {
                return try fromJSON(text, path: path, conversation: conversation, hints: hints)
            }
            if let transcript = try? fromJSON(text, path: path, conversation: conversation, hints: hints) { return transcript }
            return fromText(text)
        default:
            return fromText(text)
        }
    }

    /// Titles of the conversations in a transcript's text (one untitled entry, the file's
    /// name, for transcripts that are not exports).
    public static func list(_ text: String, kind: InputKind, path: String) throws(GradeError) -> [String] {
        guard InputKind.claimed(by: path) == .otherJSON else { return [URL(fileURLWithPath: path).lastPathComponent] }
        return try conversations(text, path: path).map { $0.title ?? "(untitled)" }
    }

    // MARK: Text

    /// A speaker marker at the start of a line: the role and the rest of the line.
    static func speaker(_ line: String) -> (Transcript.Turn.Role, String)? {
        var text = line.trimmingCharacters(in: .whitespaces)
        while text.hasPrefix("#") { text.removeFirst() }
        text = text.trimmingCharacters(in: .whitespaces)
        var bold = false
        if text.hasPrefix("**") { text.removeFirst(2); bold = true }
        let names: [(String, Transcript.Turn.Role)] = [
            ("you said", .user), ("user", .user), ("human", .user), ("me", .user), ("student", .user),
            ("chatgpt said", .assistant), ("claude said", .assistant), ("assistant", .assistant), ("chatgpt", .assistant),
            ("claude", .assistant), ("model", .assistant), ("gemini", .assistant), ("system", .system),
        ]
        let lowered = text.lowercased()
        for (name, role) in names where lowered.hasPrefix(name) {
            var rest = Substring(text.dropFirst(name.count))
            // The marker must end the word: "User:", "User", "**User:**", "## Assistant".
            if let next = rest.first, next.isLetter || next.isNumber { continue }
            var sawColon = false
            if rest.hasPrefix(":") { rest = rest.dropFirst(); sawColon = true }
            if rest.hasPrefix("**") { rest = rest.dropFirst(2); bold = false }
            if !sawColon, rest.hasPrefix(":") { rest = rest.dropFirst(); sawColon = true }
            let remainder = rest.trimmingCharacters(in: .whitespaces)
            let heading = line.trimmingCharacters(in: .whitespaces).hasPrefix("#")
            // Without a colon the marker must stand alone (a heading or a bare line).
            if !sawColon && !(remainder.isEmpty && (heading || !bold)) { continue }
            if bold { continue }
            return (role, remainder)
        }
        return nil
    }

    /// Splits text at speaker markers; text before the first marker is dropped into a
    /// system turn when not empty. A file without markers is one assistant turn.
    public static func fromText(_ text: String, lineOffset: Int = 0, pageOfLine: [Int]? = nil) -> Transcript {
        let lines = text.components(separatedBy: "\n")
        var turns: [Transcript.Turn] = []
        var role: Transcript.Turn.Role? = nil
        var body: [String] = []
        var places: [String] = []
        func place(_ index: Int) -> String {
            if let pageOfLine, index < pageOfLine.count { return "page \(pageOfLine[index])" }
            return "line \(index + 1 + lineOffset)"
        }
        func flush() {
            let joined = body.joined(separator: "\n")
            if let role, !joined.trimmingCharacters(in: .whitespacesAndNewlines).isEmpty {
                turns.append(.init(role: role, text: joined, place: places.first ?? "", linePlaces: places))
            }
            body = []
            places = []
        }
        var sawMarker = false
        for (index, line) in lines.enumerated() {
            if let (newRole, rest) = speaker(line) {
                flush()
                sawMarker = true
                role = newRole
                if !rest.isEmpty { body.append(rest); places.append(place(index)) }
                continue
            }
            if role == nil { role = .system }
            body.append(line)
            places.append(place(index))
        }
        flush()
        if !sawMarker {
            turns = turns.map { var turn = $0; turn.role = .assistant; return turn }
        }
        return Transcript(turns: turns)
    }

    /// A chat printed to PDF: pages joined, speakers as in text; assistant lines where a
    /// formula vanished from the text layer are noted.
    public static func fromPages(_ pages: [String]) -> Transcript {
        var lines: [String] = []
        var pageOfLine: [Int] = []
        for (index, page) in pages.enumerated() {
            for line in withoutFurniture(page.components(separatedBy: "\n")) {
                lines.append(line)
                pageOfLine.append(index + 1)
            }
        }
        var transcript = fromText(lines.joined(separator: "\n"), pageOfLine: pageOfLine)
        for turn in transcript.turns where turn.role == .assistant {
            let turnLines = turn.text.components(separatedBy: "\n")
            for (index, line) in turnLines.enumerated() {
                let trimmed = line.trimmingCharacters(in: .whitespaces)
                if PartAttribution.labelOnly(trimmed) || trimmed.hasSuffix("=") {
                    transcript.notes.append("vanished formula at \(turn.place(ofLine: index)): \"\(trimmed)\"")
                }
            }
        }
        return transcript
    }

    /// A page's lines without the browser's print header (date, site title) and footer
    /// (address, page counter).
    static func withoutFurniture(_ page: [String]) -> [String] {
        var lines = page.filter { !isPageFurniture($0) }
        let trimmed = { (line: String) in line.trimmingCharacters(in: .whitespaces) }
        if page.contains(where: { trimmed($0).range(of: #"^\d{1,2}/\d{1,2}/\d{2,4},\s*\d{1,2}:\d{2}"#, options: .regularExpression) != nil }),
           let first = lines.firstIndex(where: { !trimmed($0).isEmpty }), ["ChatGPT", "Claude", "Gemini"].contains(trimmed(lines[first])) {
            lines.remove(at: first)
        }
        while let last = lines.lastIndex(where: { !trimmed($0).isEmpty }),
              trimmed(lines[last]).range(of: #"^\d+\s*/\s*\d+$"#, options: .regularExpression) != nil,
              page.contains(where: { trimmed($0).hasPrefix("http") }) {
            lines.remove(at: last)
        }
        return lines
    }

    /// Browser print headers and footers: `11/15/23, 9:02 AM  ChatGPT`, `https://… 1/2`.
    static func isPageFurniture(_ line: String) -> Bool {
        let trimmed = line.trimmingCharacters(in: .whitespaces)
        if trimmed.range(of: #"^https?://\S+(\s+\d+\s*/\s*\d+)?$"#, options: .regularExpression) != nil { return true }
        if trimmed.range(of: #"^\d{1,2}/\d{1,2}/\d{2,4},\s*\d{1,2}:\d{2}(\s*[AP]M)?\b"#, options: .regularExpression) != nil { return true }
        return false
    }

    // MARK: JSON exports

    struct Conversation {
        var title: String?
        var turns: [Transcript.Turn]
        var branches: [String]
        var text: String { turns.map(\.text).joined(separator: "\n") }
    }

    static func conversations(_ text: String, path: String) throws(GradeError) -> [Conversation] {
        let root: Any
        do {
            root = try JSONSerialization.jsonObject(with: Data(text.utf8))
        } catch {
            throw .malformed(file: path, detail: "invalid JSON")
        }
        let items: [[String: Any]]
        if let list = root as? [[String: Any]] { items = list }
        else if let one = root as? [String: Any] { items = [one] }
        else { throw .malformed(file: path, detail: "expected a conversation or a list of them") }
        var result: [Conversation] = []
        for item in items {
            if item["mapping"] != nil { result.append(chatGPT(item)) }
            else if item["chat_messages"] != nil { result.append(claude(item)) }
            else { throw .malformed(file: path, detail: "neither a ChatGPT (mapping) nor a Claude (chat_messages) conversation") }
        }
        return result
    }

    static func fromJSON(_ text: String, path: String, conversation: String?, hints: [String]) throws(GradeError) -> Transcript {
        let all = try conversations(text, path: path)
        guard !all.isEmpty else { throw .noConversation(file: path, detail: "no conversation in the file") }
        let chosen: Conversation
        if let conversation {
            if let index = Int(conversation) {
                guard all.indices.contains(index) else {
                    throw .noConversation(file: path, detail: "no conversation \(index) (the file has \(all.count))")
                }
                chosen = all[index]
            } else if let match = all.first(where: { ($0.title ?? "").lowercased() == conversation.lowercased() })
                ?? all.first(where: { ($0.title ?? "").lowercased().contains(conversation.lowercased()) }) {
                chosen = match
            } else {
                throw .noConversation(file: path, detail: "no conversation titled '\(conversation)'")
            }
        } else {
            let words = (hints.isEmpty ? ["homework", "problem", "quiz", "exercise", "assignment"] : hints).map { $0.lowercased() }
            func score(_ item: Conversation) -> Int {
                let lowered = item.text.lowercased()
                return words.filter { lowered.contains($0) }.count
            }
            let best = all.map(score).max() ?? 0
            chosen = best > 0 ? all.first { score($0) == best }! : all.max { $0.text.count < $1.text.count }!
        }
        var notes: [String] = []
        if all.count > 1 {
            notes.append("graded conversation '\(chosen.title ?? "(untitled)")' of \(all.count); others: "
                + all.filter { $0.title != chosen.title }.map { "'\($0.title ?? "(untitled)")'" }.joined(separator: ", "))
        }
        return Transcript(turns: chosen.turns, branches: chosen.branches, notes: notes, title: chosen.title)
    }

    static func chatGPT(_ item: [String: Any]) -> Conversation {
        let mapping = item["mapping"] as? [String: [String: Any]] ?? [:]
        var path: [String] = []
        var node = item["current_node"] as? String
        if node == nil {
            // No current node: follow the last child from the root.
            var current = mapping.first { ($0.value["parent"] as? String) == nil }?.key
            while let id = current {
                path.append(id)
                current = (mapping[id]?["children"] as? [String])?.last
            }
        } else {
            var seen = Set<String>()
            while let id = node, !seen.contains(id) {
                seen.insert(id)
                path.append(id)
                node = mapping[id]?["parent"] as? String
            }
            path.reverse()
        }
        func messageText(_ id: String) -> (Transcript.Turn.Role, String)? {
            guard let message = mapping[id]?["message"] as? [String: Any] else { return nil }
            let author = (message["author"] as? [String: Any])?["role"] as? String ?? "user"
            let content = message["content"] as? [String: Any] ?? [:]
            var pieces: [String] = []
            for part in content["parts"] as? [Any] ?? [] {
                if let string = part as? String { pieces.append(string) }
                else if let object = part as? [String: Any] {
                    if let kind = object["content_type"] as? String, kind.contains("image") { pieces.append("[image]") }
                    else if let text = object["text"] as? String { pieces.append(text) }
                }
            }
            if let text = content["text"] as? String { pieces.append(text) }
            let text = pieces.joined(separator: "\n")
            guard !text.trimmingCharacters(in: .whitespacesAndNewlines).isEmpty else { return nil }
            let role: Transcript.Turn.Role = author == "assistant" || author == "tool" ? .assistant : author == "system" ? .system : .user
            return (role, text)
        }
        var turns: [Transcript.Turn] = []
        var branches: [String] = []
        let onPath = Set(path)
        for id in path {
            guard let (role, text) = messageText(id) else { continue }
            turns.append(.init(role: role, text: text, place: "turn \(turns.count + 1)"))
            // Siblings of this node that are off the path.
            if let parent = mapping[id]?["parent"] as? String, let siblings = mapping[parent]?["children"] as? [String] {
                for sibling in siblings where !onPath.contains(sibling) {
                    let first = messageText(sibling)?.1.split(separator: "\n").first.map(String.init) ?? ""
                    branches.append("turn \(turns.count): another \(role.rawValue) branch (\(sibling)), not graded: \(first.prefix(80))")
                }
            }
        }
        return Conversation(title: item["title"] as? String, turns: turns, branches: branches)
    }

    static func claude(_ item: [String: Any]) -> Conversation {
        var turns: [Transcript.Turn] = []
        for message in item["chat_messages"] as? [[String: Any]] ?? [] {
            let sender = message["sender"] as? String ?? "human"
            var text = message["text"] as? String ?? ""
            if text.isEmpty, let content = message["content"] as? [[String: Any]] {
                text = content.compactMap { $0["text"] as? String }.joined(separator: "\n")
            }
            for attachment in message["attachments"] as? [[String: Any]] ?? [] {
                let name = attachment["file_name"] as? String ?? "attachment"
                text += "\n[attachment: \(name)]\n" + (attachment["extracted_content"] as? String ?? "")
            }
            guard !text.trimmingCharacters(in: .whitespacesAndNewlines).isEmpty else { continue }
            let role: Transcript.Turn.Role = sender == "assistant" ? .assistant : .user
            turns.append(.init(role: role, text: text, place: "turn \(turns.count + 1)"))
        }
        return Conversation(title: item["name"] as? String, turns: turns, branches: [])
    }
}
