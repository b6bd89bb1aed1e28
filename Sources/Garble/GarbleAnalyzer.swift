import Foundation

/// Measures what an input form did to the text and the math of a reference.
public enum GarbleAnalyzer {
    /// Aligns the candidate with the reference (both normalized) and measures it.
    public static func analyze(
        _ candidate: GarbleCandidate, against reference: GarbleReference, normalization: Normalization = .standard,
        keepAlignment: Bool = false
    ) async throws(GarbleError) -> GarbleReport {
        let prepared = try PreparedReference(reference, normalization: normalization)
        return await analyze(candidate, against: prepared, keepAlignment: keepAlignment)
    }

    /// As above, with a reference prepared once for many candidates.
    public static func analyze(
        _ candidate: GarbleCandidate, against reference: PreparedReference, keepAlignment: Bool = false
    ) async -> GarbleReport {
        let normalized = reference.normalization.apply(candidate.text)
        // Words are aligned in a child task while the characters are aligned here.
        let characters = normalized.characters
        async let wordErrors = wordCounts(reference: reference, candidate: characters)
        var walk = AlignmentWalk(reference: reference, candidate: characters, recognized: candidate.form.isRecognized)
        walk.run()
        var report = GarbleReport(
            file: candidate.name, form: candidate.form,
            characters: ErrorCounts(
                referenceLength: reference.characters.count, candidateLength: normalized.characters.count,
                script: walk.script),
            words: await wordErrors,
            formula: walk.formulaSummary(), symbols: walk.symbolSurvival(), events: walk.events(),
            confusions: walk.confusions(), formulas: walk.formulaMeasures(), regions: walk.regionMeasures())
        if keepAlignment { report.alignment = walk.pieces() }
        return report
    }

    static func wordCounts(reference: PreparedReference, candidate: [Character]) -> ErrorCounts {
        var table = SymbolTable<String>()
        let a = reference.words.map { table.id($0) }
        let stranger = Int32(table.count)
        let b = WordSegmenter.words(candidate).map { table.existingID(String(candidate[$0])) ?? stranger }
        let script = EditScript.align(a, b, alphabetSize: table.count + 1)
        return ErrorCounts(referenceLength: a.count, candidateLength: b.count, script: script)
    }
}


/// A reference normalized once, with each normalized character's formula.
public struct PreparedReference: Sendable {
    public let reference: GarbleReference
    public let normalization: Normalization
    public let characters: [Character]
    /// Formula index (into `reference.formulas`) of each normalized character, or -1.
    let formulaOf: [Int32]
    /// Normalized positions of each formula (empty when normalization removed it all).
    let formulaRanges: [Range<Int>]
    /// Normalized positions of each region.
    let regionRanges: [Range<Int>]
    let words: [String]

    public init(_ reference: GarbleReference, normalization: Normalization) throws(GarbleError) {
        self.reference = reference
        self.normalization = normalization
        let normalized = normalization.apply(reference.text)
        guard !normalized.characters.isEmpty else { throw .emptyReference(path: reference.name) }
        characters = normalized.characters
        let rawCount = reference.text.count
        var byRaw = [Int32](repeating: -1, count: rawCount)
        for (index, formula) in reference.formulas.enumerated() {
            let lower = max(0, formula.start)
            let upper = min(rawCount, formula.end)
            guard lower < upper else { continue }
            for k in lower..<upper { byRaw[k] = Int32(index) }
        }
        formulaOf = normalized.origin.map { $0 >= 0 && Int($0) < rawCount ? byRaw[Int($0)] : -1 }
        var lower = [Int](repeating: Int.max, count: reference.formulas.count)
        var upper = [Int](repeating: -1, count: reference.formulas.count)
        for (k, f) in formulaOf.enumerated() where f >= 0 {
            lower[Int(f)] = min(lower[Int(f)], k)
            upper[Int(f)] = max(upper[Int(f)], k)
        }
        formulaRanges = zip(lower, upper).map { $0 <= $1 ? $0..<($1 + 1) : 0..<0 }
        // A region covers the normalized characters whose origin lies in it.
        let origin = normalized.origin
        regionRanges = reference.regions.map { region in
            let first = origin.firstIndex { Int($0) >= region.start } ?? origin.count
            let last = origin.lastIndex { Int($0) < region.end } ?? -1
            return first <= last ? first..<(last + 1) : first..<first
        }
        words = WordSegmenter.words(normalized.characters).map { String(normalized.characters[$0]) }
    }
}
