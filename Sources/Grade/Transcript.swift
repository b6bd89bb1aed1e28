/// A conversation with a language model, as read from a transcript file.
public struct Transcript: Sendable, Equatable {
    /// The turns on the graded path, in order.
    public var turns: [Turn]
    /// Other branches of the conversation that are not graded (regenerated answers, edits).
    public var branches: [String]
    /// Remarks about the reading: vanished formulas, skipped conversations.
    public var notes: [String]
    /// The conversation's title, when the file has one.
    public var title: String?

    public init(turns: [Turn], branches: [String] = [], notes: [String] = [], title: String? = nil) {
        self.turns = turns
        self.branches = branches
        self.notes = notes
        self.title = title
    }

    /// One message.
    public struct Turn: Sendable, Equatable {
        public enum Role: String, Sendable, Codable { case user, assistant, system }
        public var role: Role
        public var text: String
        /// Where the turn starts: `"turn 3"`, `"line 40"`, `"page 2"`.
        public var place: String
        /// Places of the text's lines (same count as its lines), when known.
        public var linePlaces: [String]?
        /// The label a student gave the turn in their own log (`Q1`, `A1`), which later turns
        /// may refer to ("in Q1 you used …").
        public var label: String?

        public init(role: Role, text: String, place: String, linePlaces: [String]? = nil, label: String? = nil) {
            self.role = role
            self.text = text
            self.place = place
            self.linePlaces = linePlaces
            self.label = label
        }

        /// The place of line `index` (0-based) of the text.
        public func place(ofLine index: Int) -> String {
            if let linePlaces, index < linePlaces.count { return linePlaces[index] }
            return index == 0 ? place : "\(place), line \(index + 1)"
        }
    }
}
