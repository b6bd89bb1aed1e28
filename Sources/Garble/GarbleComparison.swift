/// All candidates of one reference, measured: what `hwlens garble` reports.
public struct GarbleComparison: Codable, Sendable {
    /// Version of this JSON layout.
    public var version = 1
    public var source: SourceSummary
    /// Normalization steps applied, in order.
    public var normalization: [String]
    public var candidates: [GarbleReport]

    public init(source: SourceSummary, normalization: [String], candidates: [GarbleReport]) {
        self.source = source
        self.normalization = normalization
        self.candidates = candidates
    }
}

/// The reference as measured.
public struct SourceSummary: Codable, Sendable {
    public var file: String
    /// `latex`, `markdown` or `plain`.
    public var kind: String
    /// Characters of the normalized reference.
    public var characters: Int
    public var formulas: Int
    /// What the source reader did not understand.
    public var issues: [String]

    public init(file: String, kind: String, characters: Int, formulas: Int, issues: [String]) {
        self.file = file
        self.kind = kind
        self.characters = characters
        self.formulas = formulas
        self.issues = issues
    }
}
