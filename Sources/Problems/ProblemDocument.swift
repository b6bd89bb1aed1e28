import Files

/// One input form of a problem set as problems and parts, cleaned: what `hwlens problems`
/// prints.
public struct ProblemDocument: Codable, Sendable {
    /// Version of this JSON layout.
    public var version = 2
    public var file: String
    /// How the text was read: `latex`, `markdown`, `plain`, `text`, `pdf-text`, `pdf-ocr` or `ocr`.
    public var form: InputForm.Reading
    /// Repairs applied to the whole text, by name, with counts.
    public var repairs: [String: Int]
    public var problems: [ProblemEntry]
    public var warnings: [String]
    /// The text before the first problem: instructions and conventions stated once for the set.
    public var preamble: String = ""

    /// Part ids in order.
    public var partIDs: [String] { problems.flatMap { $0.parts.map(\.id) } }

    /// The part with this id.
    public func part(_ id: String) -> PartEntry? {
        problems.lazy.flatMap(\.parts).first { $0.id == id }
    }
}

/// A problem with its statement and parts.
public struct ProblemEntry: Codable, Sendable {
    public var id: String
    public var title: String
    public var text: String
    /// Facts the statement states; every part can use them.
    public var facts: [Fact]
    /// For a problem without parts, the kind of answer it asks for and its options.
    public var kind: PartKind
    public var options: [PartOption]
    public var parts: [PartEntry]
    public var location: Location
}

/// A part: its cleaned and raw text, the formulas and values in it, and where it is.
public struct PartEntry: Codable, Sendable {
    public var id: String
    public var label: String
    /// Text after the repairs.
    public var text: String
    /// The same part in the text before repairs (empty when segmenting the raw text did
    /// not find this part).
    public var rawText: String
    /// Formulas in canonical linear form.
    public var formulas: [String]
    public var values: [MathValue]
    public var kind: PartKind
    public var options: [PartOption]
    /// Ids of the parts it refers to.
    public var references: [String]
    /// The facts it can use: its own (no `from`), then those of the parts it refers to or is
    /// nested in and of the statement (`from` names where each comes from).
    public var facts: [Fact]
    public var location: Location
}

/// Where a problem or part came from: lines of the text (0-based, end exclusive) and,
/// for PDFs, the page and the box on it (points, top-left origin).
public struct Location: Codable, Sendable, Equatable {
    public var lines: [Int]
    public var page: Int?
    public var box: Box?
}

extension ProblemDocument {
    /// Words that pick, in an export of many conversations, the one about this problem set
    /// (``TranscriptReader/read(_:conversation:hints:)``): generic ones and the problem titles.
    public var transcriptHints: [String] {
        ["homework", "problem", "quiz", "exercise"] + problems.map(\.title).filter { $0.count > 3 }
    }
}
