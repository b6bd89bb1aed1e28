import Files

/// The reference a candidate is measured against: the source's canonical text and the
/// formula spans in it.
public struct GarbleReference: Sendable {
    public var name: String
    public var text: String
    public var formulas: [ReferenceFormula]
    /// Named pieces of the text (problem parts), measured on their own.
    public var regions: [ReferenceRegion]

    public init(name: String, text: String, formulas: [ReferenceFormula], regions: [ReferenceRegion] = []) {
        self.name = name
        self.text = text
        self.formulas = formulas
        self.regions = regions
    }
}

/// A named piece of the reference, such as a problem part: characters `start..<end`.
public struct ReferenceRegion: Sendable, Codable, Equatable {
    public var id: String
    public var start: Int
    public var end: Int

    public init(id: String, start: Int, end: Int) {
        self.id = id
        self.start = start
        self.end = end
    }
}

/// A formula of the reference: characters `start..<end` of its text (in `Character`s).
public struct ReferenceFormula: Sendable, Codable, Equatable {
    public var id: Int
    public var start: Int
    public var end: Int
    public var latex: String
    public var display: Bool

    public init(id: Int, start: Int, end: Int, latex: String, display: Bool) {
        self.id = id
        self.start = start
        self.end = end
        self.latex = latex
        self.display = display
    }
}

/// The text of one input form, as the model saw it.
public struct GarbleCandidate: Sendable {
    public var name: String
    /// How the text was obtained; OCR'd text is also measured for look-alike confusions.
    public var form: InputForm
    public var text: String

    public init(name: String, form: InputForm, text: String) {
        self.name = name
        self.form = form
        self.text = text
    }
}
