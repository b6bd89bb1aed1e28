import OCR
import Problems
import Solve

/// A problem set read into parts, with each part's expected answer resolved from recognition
/// and the answer key: what `solve` prints and `grade` grades against.
public struct ResolvedProblemSet: Sendable {
    public var document: ProblemDocument
    public var resolved: [ResolvedAnswer]

    /// Reads the key at `key` (first, so a bad key fails before any OCR), then the problem
    /// set at `path`.
    public static func read(_ path: String, key: String?, ocr: OCRAccess, jobs: Int) async throws -> ResolvedProblemSet {
        let answerKey = try key.map { try AnswerKey.load(path: $0) }
        var reader = ProblemReader(ocr: ocr)
        reader.jobs = jobs
        let document = try await reader.read(path)
        return ResolvedProblemSet(document: document, resolved: AnswerResolver.resolve(parts: document.partStatements, key: answerKey))
    }

    /// The expected answer of each part (nil for parts without one).
    public var expected: [String: Answer?] {
        var expected: [String: Answer?] = [:]
        for item in resolved { expected[item.partID] = item.answer }
        return expected
    }

    /// The key entries' own tolerances, by part id.
    public var tolerances: [String: Double] {
        var tolerances: [String: Double] = [:]
        for item in resolved { if let tolerance = item.tolerance { tolerances[item.partID] = tolerance } }
        return tolerances
    }

    /// The key entries' units, by part id.
    public var units: [String: String] {
        var units: [String: String] = [:]
        for item in resolved { if let unit = item.unit { units[item.partID] = unit } }
        return units
    }

    /// Part ids in order.
    public var partIDs: [String] { resolved.map(\.partID) }
}
