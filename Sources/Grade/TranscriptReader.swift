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
        // A file named .json is an export or an error (saved `hwlens extract` output is no transcript).
        if InputKind.claimed(by: path) == .otherJSON {
            return try fromJSON(text, path: path, conversation: conversation, hints: hints)
        }
        switch kind {
        case .chatGPTExport, .claudeExport:
            // Text that only looks like an export stays text.
            if let transcript = try? fromJSON(text, path: path, conversation: conversation, hints: hints) { return transcript }
            return fromText(text)
        default:
            return fromText(text)
        }
    }

    /// Reads a ChatGPT or Claude export from its bytes (only the graded conversation is
    /// parsed; see ``ExportScanner``).
    public static func readExport(_ bytes: [UInt8], path: String, conversation: String? = nil, hints: [String] = []) throws(GradeError) -> Transcript {
        try fromJSON(bytes, path: path, conversation: conversation, hints: hints)
    }

    /// Titles of the conversations of an export, from its bytes.
    public static func listExport(_ bytes: [UInt8], path: String) throws(GradeError) -> [String] {
        try ExportScanner.elements(bytes, path: path).map { $0.title ?? "(untitled)" }
    }

    // MARK: Text

    /// Splits text at speaker markers (``SpeakerMarkers``); text before the first marker is a
    /// system turn when not empty. Without markers (or with markers that give no assistant
    /// turn, such as a "Student:" header), a student's `Q1:` / `A1:` labels are the turns; else quoted lines (`> …`) are the user's and the rest the assistant's; else the
    /// whole file is one assistant turn.
    public static func fromText(_ text: String, lineOffset: Int = 0, pageOfLine: [Int]? = nil) -> Transcript {
        // A PDF print copied as text keeps the browser's headers and footers: blanked, so lines keep their numbers.
        // (A formula printed from a rendered page keeps its LaTeX source only.)
        let raw = text.components(separatedBy: "\n")
        let furniture = furnitureLines(raw)
        let lines = StackedFraction.unstacked(StackedFraction.joined(BracketPieceMatrix.joined(raw.enumerated().map { furniture.contains($0.offset) ? "" : RenderedFormula.keepingSource(Self.bulleted($0.element)) })))
        func place(_ index: Int) -> String {
            if let pageOfLine, index < pageOfLine.count { return "page \(pageOfLine[index])" }
            return "line \(index + 1 + lineOffset)"
        }
        let marked = split(lines, place: place, marker: SpeakerMarkers.speaker)
        if let marked, marked.contains(where: { $0.role == .assistant }) { return Transcript(turns: marked) }
        // "Student: Priya R.  Tool: ChatGPT" in a header, then `Q1:` / `A1:`: the labels are the turns.
        let labelled = lines.compactMap(SpeakerMarkers.studentLabel)
        if labelled.contains(where: { $0.0 == .user }), labelled.contains(where: { $0.0 == .assistant }),
            var turns = split(lines, place: place, marker: SpeakerMarkers.studentLabel) {
            var labels: [String: String] = [:]
            for (index, line) in lines.enumerated() {
                if let label = SpeakerMarkers.studentLabelName(line) { labels[place(index)] = label }
            }
            for index in turns.indices { turns[index].label = labels[turns[index].place] }
            return Transcript(turns: turns)
        }
        // ("> **me:** ok next one, …" with the assistant unmarked: a speaker marker inside the
        // quotes gives no assistant turn, and the quoting splits the turns.)
        let quoted = lines.filter { $0.hasPrefix(">") }.count
        // (Not when a marker stands outside the quotes: "**me:** …" unquoted, then a reply that
        // quotes something, is no quoted user.)
        let markersQuoted = lines.allSatisfy { SpeakerMarkers.speaker($0) == nil || $0.hasPrefix(">") }
        if quoted > 0, markersQuoted, quoted < lines.filter({ !$0.trimmingCharacters(in: .whitespaces).isEmpty }).count,
            let turns = split(lines, place: place, marker: { line in
                line.hasPrefix(">") ? (.user, String(line.dropFirst()).trimmingCharacters(in: .whitespaces)) : nil
            }, continuing: { role, line in role == .user ? line.hasPrefix(">") || line.trimmingCharacters(in: .whitespaces).isEmpty : true }) {
            return Transcript(turns: turns)
        }
        if let marked { return Transcript(turns: marked) }
        let body = lines.joined(separator: "\n")
        guard !body.trimmingCharacters(in: .whitespacesAndNewlines).isEmpty else { return Transcript(turns: []) }
        return Transcript(turns: [.init(role: .assistant, text: body, place: place(0), linePlaces: lines.indices.map(place))])
    }

    /// Turns split where `marker` finds one; nil when it finds none. With `continuing`, a
    /// turn ends at the first line it does not take (the rest is the assistant's).
    static func split(
        _ lines: [String], place: (Int) -> String, marker: (String) -> (Transcript.Turn.Role, String)?,
        continuing: ((Transcript.Turn.Role, String) -> Bool)? = nil
    ) -> [Transcript.Turn]? {
        var turns: [Transcript.Turn] = []
        var role: Transcript.Turn.Role? = nil
        var body: [String] = []
        var places: [String] = []
        var sawMarker = false
        func flush() {
            let joined = body.joined(separator: "\n")
            if let role, !joined.trimmingCharacters(in: .whitespacesAndNewlines).isEmpty {
                turns.append(.init(role: role, text: joined, place: places.first ?? "", linePlaces: places))
            }
            body = []
            places = []
        }
        for (index, line) in lines.enumerated() {
            if let (newRole, rest) = marker(line) {
                if newRole != role || continuing == nil { flush(); role = newRole }
                sawMarker = true
                if !rest.isEmpty || continuing != nil { body.append(rest); places.append(place(index)) }
                continue
            }
            if let continuing, let current = role, !continuing(current, line) {
                flush()
                role = .assistant
            }
            if role == nil { role = continuing == nil ? .system : .assistant }
            body.append(line)
            places.append(place(index))
        }
        flush()
        return sawMarker ? turns : nil
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
                if PartLabelGrammar.isLabelOnly(trimmed) || trimmed.hasSuffix("=") {
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

    /// "\u{88} 2(d): True": a list bullet a PDF's text layer gave as a C1 control code or a
    /// private-use glyph, written as "•".
    static func bulleted(_ line: String) -> String {
        var scalars = line.unicodeScalars
        guard let first = scalars.firstIndex(where: { $0 != " " && $0 != "\t" }),
              (0x80...0x9F).contains(scalars[first].value) || (0xF0A7...0xF0B7).contains(scalars[first].value) else { return line }
        scalars.replaceSubrange(first...first, with: "•".unicodeScalars)
        return String(scalars)
    }

    /// The lines of a print's headers and footers (``isPageFurniture(_:)``), and a page counter
    /// `1/2` on a line of its own between them (blank lines between): pdftotext puts the
    /// footer's address and its counter on lines of their own.
    static func furnitureLines(_ lines: [String]) -> Set<Int> {
        var found = Set(lines.indices.filter { isPageFurniture(lines[$0]) })
        func trimmed(_ index: Int) -> String { lines[index].trimmingCharacters(in: .whitespacesAndNewlines) }
        // The nearest lines that are not blank, before and after (-1 or `lines.count` at the ends).
        func neighbours(_ index: Int) -> (before: Int, after: Int) {
            var before = index - 1
            while before >= 0, trimmed(before).isEmpty { before -= 1 }
            var after = index + 1
            while after < lines.count, trimmed(after).isEmpty { after += 1 }
            return (before, after)
        }
        for index in lines.indices where !found.contains(index) && trimmed(index).range(of: #"^\d{1,3}\s*/\s*\d{1,3}$"#, options: .regularExpression) != nil {
            let (before, after) = neighbours(index)
            // (Between two pieces of furniture only: "… the fraction is" / "1/4" / footer is an answer.)
            if (before < 0 || found.contains(before)) && (after >= lines.count || found.contains(after)) && (before >= 0 || after < lines.count) { found.insert(index) }
        }
        // "ChatGPT - PCA hw 5" beside a print's date line: the browser's page title, its header.
        for index in lines.indices where !found.contains(index)
            && trimmed(index).range(of: #"^(?:ChatGPT|Claude|Gemini|Copilot)\s+[-–—|]\s+\S.{0,100}$|^\S.{0,100}\s+[-–—|]\s+(?:ChatGPT|Claude|Gemini|Copilot)$"#, options: .regularExpression) != nil {
            let (before, after) = neighbours(index)
            if before >= 0 && found.contains(before) || after < lines.count && found.contains(after) { found.insert(index) }
        }
        return found
    }

    /// Browser print headers and footers: `11/15/23, 9:02 AM  ChatGPT`, `https://… 1/2`,
    /// `file:///C:/…/chat.html  2/3`, `Homework help - Claude      https://claude.ai/chat/…`, and a
    /// page counter `1/2` (or a bare page number) set far to the right on its own line.
    static func isPageFurniture(_ line: String) -> Bool {
        // (A page break, form feed, may open the header's line.)
        let trimmed = line.trimmingCharacters(in: .whitespacesAndNewlines)
        if trimmed.range(of: #"^(?:https?|file)://\S+(\s+\d+\s*/\s*\d+)?$"#, options: .regularExpression) != nil { return true }
        if trimmed.range(of: #"^\S.{0,120}?\s{3,}(?:https?|file)://\S+(\s+\d+\s*/\s*\d+)?$"#, options: .regularExpression) != nil { return true }
        if line.range(of: #"^[ \t]{24,}\d{1,3}\s*/\s*\d{1,3}\s*$"#, options: .regularExpression) != nil { return true }
        // (A bare page number set farther still: "                    …                    1".)
        if line.range(of: #"^[ \t]{40,}\d{1,3}\s*$"#, options: .regularExpression) != nil { return true }
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

    /// One conversation of an export, parsed.
    static func conversation(_ bytes: [UInt8], _ element: ExportScanner.Element, path: String) throws(GradeError) -> Conversation {
        let item: [String: Any]
        do {
            guard let object = try JSONSerialization.jsonObject(with: Data(bytes[element.range])) as? [String: Any] else {
                throw GradeError.malformed(file: path, detail: "expected a conversation or a list of them")
            }
            item = object
        } catch let error as GradeError {
            throw error
        } catch {
            throw .malformed(file: path, detail: "invalid JSON")
        }
        if item["mapping"] != nil { return chatGPT(item) }
        if item["chat_messages"] != nil { return claude(item) }
        throw .malformed(file: path, detail: "neither a ChatGPT (mapping) nor a Claude (chat_messages) conversation")
    }

    /// The conversation to grade: by `conversation` (title or 0-based index), else the first
    /// that mentions most of `hints`, else the longest. Only that one is parsed.
    static func fromJSON(_ text: String, path: String, conversation: String?, hints: [String]) throws(GradeError) -> Transcript {
        try fromJSON(Array(text.utf8), path: path, conversation: conversation, hints: hints)
    }

    static func fromJSON(_ bytes: [UInt8], path: String, conversation: String?, hints: [String]) throws(GradeError) -> Transcript {
        let all = try ExportScanner.elements(bytes, path: path)
        guard !all.isEmpty else { throw .noConversation(file: path, detail: "no conversation in the file") }
        let chosen: Int
        if let conversation {
            if let index = Int(conversation) {
                guard all.indices.contains(index) else {
                    throw .noConversation(file: path, detail: "no conversation \(index) (the file has \(all.count))")
                }
                chosen = index
            } else if let match = all.firstIndex(where: { ($0.title ?? "").lowercased() == conversation.lowercased() })
                ?? all.firstIndex(where: { ($0.title ?? "").lowercased().contains(conversation.lowercased()) }) {
                chosen = match
            } else {
                throw .noConversation(file: path, detail: "no conversation titled '\(conversation)'")
            }
        } else if all.count == 1 {
            chosen = 0
        } else {
            let words = (hints.isEmpty ? ["homework", "problem", "quiz", "exercise", "assignment"] : hints).map { $0.lowercased() }
            let scores = all.map { ExportScanner.mentions(words, in: bytes, range: $0.range) }
            let best = scores.max() ?? 0
            chosen = best > 0 ? scores.firstIndex(of: best)! : all.indices.max { all[$0].range.count < all[$1].range.count }!
        }
        let parsed = try Self.conversation(bytes, all[chosen], path: path)
        var notes: [String] = []
        if all.count > 1 {
            // A summary, not a list of thousands of titles.
            let others = all.indices.filter { $0 != chosen }.map { "'\(all[$0].title ?? "(untitled)")'" }
            let shown = others.prefix(3).joined(separator: ", ") + (others.count > 3 ? " and \(others.count - 3) more" : "")
            notes.append("graded conversation '\(parsed.title ?? "(untitled)")' of \(all.count); others: \(shown)")
        }
        return Transcript(turns: parsed.turns, branches: parsed.branches, notes: notes, title: parsed.title)
    }

    /// A ChatGPT conversation: the branch that ends at `current_node` (else at the latest
    /// message by `create_time`, following parent links), with only what the user saw of the
    /// assistant: its text messages to everyone. Tool calls and their output, code runs,
    /// `thoughts` and `reasoning_recap` are not answers.
    static func chatGPT(_ item: [String: Any]) -> Conversation {
        let mapping = item["mapping"] as? [String: [String: Any]] ?? [:]
        func parent(_ id: String) -> String? { mapping[id]?["parent"] as? String }
        func created(_ id: String) -> Double {
            ((mapping[id]?["message"] as? [String: Any])?["create_time"] as? Double) ?? -.infinity
        }
        var leaf = (item["current_node"] as? String).flatMap { mapping[$0] == nil ? nil : $0 }
        if leaf == nil {
            // No current node: the latest message of the conversation ends the shown branch.
            let parents = Set(mapping.values.compactMap { $0["parent"] as? String })
            let leaves = mapping.keys.filter { !parents.contains($0) }
            leaf = leaves.max { created($0) != created($1) ? created($0) < created($1) : $0 < $1 }
        }
        var path: [String] = []
        var seen = Set<String>()
        var node = leaf
        while let id = node, !seen.contains(id) {
            seen.insert(id)
            path.append(id)
            node = parent(id)
        }
        path.reverse()
        func messageText(_ id: String) -> (Transcript.Turn.Role, String)? {
            guard let message = mapping[id]?["message"] as? [String: Any] else { return nil }
            let author = (message["author"] as? [String: Any])?["role"] as? String ?? "user"
            guard author != "tool" else { return nil }
            if let recipient = message["recipient"] as? String, recipient != "all" { return nil }
            let metadata = message["metadata"] as? [String: Any] ?? [:]
            if metadata["is_visually_hidden_from_conversation"] as? Bool == true { return nil }
            let content = message["content"] as? [String: Any] ?? [:]
            let kind = content["content_type"] as? String ?? "text"
            guard ["text", "multimodal_text"].contains(kind) else { return nil }
            var pieces: [String] = []
            for part in content["parts"] as? [Any] ?? [] {
                if let string = part as? String { pieces.append(string) }
                else if let object = part as? [String: Any] {
                    if let type = object["content_type"] as? String, type.contains("image") { pieces.append("[image]") }
                    else if let text = object["text"] as? String { pieces.append(text) }
                }
            }
            let text = BracketPieceMatrix.joined(CitationMarkers.strip(pieces.joined(separator: "\n")))
            guard !text.trimmingCharacters(in: .whitespacesAndNewlines).isEmpty else { return nil }
            let role: Transcript.Turn.Role = author == "assistant" ? .assistant : author == "system" ? .system : .user
            return (role, text)
        }
        var turns: [Transcript.Turn] = []
        var branches: [String] = []
        let onPath = Set(path)
        for id in path {
            guard let (role, text) = messageText(id) else { continue }
            // Consecutive assistant messages (text around a tool call) are one turn.
            if let last = turns.last, last.role == role, role == .assistant {
                turns[turns.count - 1].text += "\n\n" + text
                continue
            }
            turns.append(.init(role: role, text: text, place: "turn \(turns.count + 1)"))
            // Siblings of this node that are off the path.
            if let parent = parent(id), let siblings = mapping[parent]?["children"] as? [String] {
                for sibling in siblings where !onPath.contains(sibling) {
                    let first = messageText(sibling)?.1.split(separator: "\n").first.map(String.init) ?? ""
                    branches.append("turn \(turns.count): another \(role.rawValue) branch (\(sibling)), not graded: \(first.prefix(80))")
                }
            }
        }
        return Conversation(title: item["title"] as? String, turns: turns, branches: branches)
    }

    /// A Claude conversation: each message's text blocks (not `thinking`, `tool_use` or
    /// `tool_result`), attachments of the user's messages as their text.
    static func claude(_ item: [String: Any]) -> Conversation {
        var turns: [Transcript.Turn] = []
        for message in item["chat_messages"] as? [[String: Any]] ?? [] {
            let sender = message["sender"] as? String ?? "human"
            var text: String
            if let content = message["content"] as? [[String: Any]], !content.isEmpty {
                text = content.filter { ($0["type"] as? String ?? "text") == "text" }.compactMap { $0["text"] as? String }.joined(separator: "\n")
            } else {
                text = message["text"] as? String ?? ""
            }
            for attachment in message["attachments"] as? [[String: Any]] ?? [] {
                let name = attachment["file_name"] as? String ?? "attachment"
                text += "\n[attachment: \(name)]\n" + (attachment["extracted_content"] as? String ?? "")
            }
            text = BracketPieceMatrix.joined(CitationMarkers.strip(text))
            guard !text.trimmingCharacters(in: .whitespacesAndNewlines).isEmpty else { continue }
            let role: Transcript.Turn.Role = sender == "assistant" ? .assistant : .user
            turns.append(.init(role: role, text: text, place: "turn \(turns.count + 1)"))
        }
        return Conversation(title: item["name"] as? String, turns: turns, branches: [])
    }
}
