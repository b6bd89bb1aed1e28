import Files

/// Error counts at one granularity (characters or words).
public struct ErrorCounts: Codable, Sendable, Equatable {
    public var referenceLength: Int
    public var candidateLength: Int
    public var insertions: Int
    public var deletions: Int
    public var substitutions: Int
    /// insertions + deletions + substitutions.
    public var distance: Int
    /// distance / referenceLength (0 when both are empty).
    public var rate: Double

    public init(referenceLength: Int, candidateLength: Int, script: EditScript) {
        self.referenceLength = referenceLength
        self.candidateLength = candidateLength
        insertions = script.insertions
        deletions = script.deletions
        substitutions = script.substitutions
        distance = script.distance
        rate = referenceLength == 0 ? (candidateLength == 0 ? 0 : 1) : Double(distance) / Double(referenceLength)
    }
}

/// Error rates inside formulas beside those of the prose around them.
public struct FormulaSummary: Codable, Sendable, Equatable {
    public var formulaCharacters: Int
    public var formulaErrors: Int
    /// Edits inside formula spans / formula characters.
    public var formulaCER: Double
    public var proseCharacters: Int
    public var proseErrors: Int
    public var proseCER: Double
    public var formulas: Int
    public var intact: Int
    public var damaged: Int
    public var vanished: Int
}

/// How many reference symbols of one class came through unchanged.
public struct SymbolSurvival: Codable, Sendable, Equatable {
    public var symbolClass: SymbolClass
    public var total: Int
    public var survived: Int
    public var rate: Double

    enum CodingKeys: String, CodingKey { case symbolClass = "class", total, survived, rate }
}

/// A kind of damage in the garble taxonomy, with what typically causes it.
public enum GarbleKind: String, Codable, Sendable, CaseIterable {
    case glyphPassThrough
    case flattenedScript
    case splitFraction
    case reorderedFraction
    case scatteredMatrix
    case vanishedFormula
    case lookAlike
    case ligature
    case hyphenation

    public var cause: String {
        switch self {
        case .glyphPassThrough:
            return "the font has no unicode mapping for the glyph, so its code passes through (CMEX: ∑ → P in text style, X in display style; ∫ → R, Z)"
        case .flattenedScript:
            return "the text layer keeps no baseline shift: sub- and superscripts run into their base (x_i → xi)"
        case .splitFraction:
            return "numerator and denominator are separate lines of the text layer; the fraction bar is a rule, not text"
        case .reorderedFraction:
            return "the text layer's reading order puts the denominator before the numerator"
        case .scatteredMatrix:
            return "matrix rows are separate lines, interleaved with the text around them"
        case .vanishedFormula:
            return "the formula is not in the text at all (drawn as paths or an image, or lost in export)"
        case .lookAlike:
            return "read as a similar-looking character (typical of OCR: μ → w, γ → y)"
        case .ligature:
            return "a ligature glyph was lost or mapped to something else"
        case .hyphenation:
            return "a word hyphenated at a line end was not joined again"
        }
    }
}

/// One example of an event: the reference piece and what the candidate has there.
public struct GarbleExample: Codable, Sendable, Equatable {
    public var reference: String
    public var candidate: String
    /// The formula it happened in, if any.
    public var formula: Int?
}

/// Counted occurrences of one kind of damage, with examples.
public struct GarbleEvent: Codable, Sendable, Equatable {
    public var kind: GarbleKind
    public var count: Int
    public var cause: String
    public var examples: [GarbleExample]
}

/// A counted confusion `reference → candidate` (either side may be empty: `∅`).
public struct Confusion: Codable, Sendable, Equatable {
    public var reference: String
    public var candidate: String
    public var count: Int
}

/// One reference formula as the candidate has it.
public struct FormulaMeasure: Codable, Sendable, Equatable {
    public enum Status: String, Codable, Sendable { case intact, damaged, vanished }
    public var id: Int
    public var latex: String
    /// The formula in canonical form (normalized).
    public var reference: String
    /// The candidate text aligned with it.
    public var candidate: String
    public var errors: Int
    public var cer: Double
    /// Fraction of its characters that came through unchanged.
    public var matched: Double
    public var status: Status
    public var events: [GarbleKind]
}

/// Everything measured for one candidate against the reference.
public struct GarbleReport: Codable, Sendable {
    public var file: String
    public var form: InputForm
    public var characters: ErrorCounts
    public var words: ErrorCounts
    public var formula: FormulaSummary
    public var symbols: [SymbolSurvival]
    public var events: [GarbleEvent]
    public var confusions: [Confusion]
    public var formulas: [FormulaMeasure]
    /// Per region of the reference (problem parts), when the reference has regions.
    public var regions: [RegionMeasure] = []
    /// Aligned pieces for the side-by-side view; not part of the JSON.
    public var alignment: [AlignedPiece] = []

    enum CodingKeys: String, CodingKey {
        case file, form, characters, words, formula, symbols, events, confusions, formulas, regions
    }
}

/// Error rates of one region of the reference (a problem part).
public struct RegionMeasure: Codable, Sendable, Equatable {
    public var id: String
    public var characters: Int
    public var errors: Int
    public var cer: Double
    public var formulaCharacters: Int
    public var formulaErrors: Int
    public var formulaCER: Double
    /// Taxonomy events found in the region.
    public var events: [String: Int]
}

/// A run of the alignment with one operation, for display.
public struct AlignedPiece: Sendable, Equatable {
    public var operation: EditOperation
    public var reference: String
    public var candidate: String
    /// The formula the reference side belongs to, if any.
    public var formula: Int?
    /// Taxonomy kinds found in this piece.
    public var kinds: [GarbleKind]
}
