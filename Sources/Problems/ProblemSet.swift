/// A homework segmented into problems and parts.
///
/// Produced by ``ProblemSegmenter/segment(_:)`` from any text form of a homework
/// (canonical text of a LaTeX or Markdown source, a PDF's pasted text layer, OCR).
/// The segmentation never fails: what could not be recognized is reported in
/// ``warnings``.
public struct ProblemSet: Sendable, Codable, Equatable {
    /// The problems in order of appearance, with strictly increasing numbers.
    public var problems: [Problem]
    /// Notes about the segmentation, such as "no problem structure found".
    public var warnings: [String]
    /// The text before the first problem: instructions and the set's conventions ("Unless
    /// stated otherwise, convolution means cross-correlation, stride 1 and no padding").
    public var preamble: String

    public init(problems: [Problem], warnings: [String] = [], preamble: String = "") {
        self.problems = problems
        self.warnings = warnings
        self.preamble = preamble
    }

    /// Every part id in order: "1a", "1b", "2a", "2a.i", …
    public var partIDs: [String] { problems.flatMap { $0.parts.map(\.id) } }

    /// The part with the given id, if any.
    public func part(_ id: String) -> Part? {
        for problem in problems {
            if let part = problem.parts.first(where: { $0.id == id }) { return part }
        }
        return nil
    }
}
