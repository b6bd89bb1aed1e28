/// Measures what an input form did to the text and the math of a reference.
public enum GarbleAnalyzer {
    /// Aligns the candidate with the reference (both normalized) and measures it.
    public static func analyze(
        _ candidate: GarbleCandidate, against reference: GarbleReference, normalization: Normalization = .standard,
        keepAlignment: Bool = false
    ) throws(GarbleError) -> GarbleReport {
        let prepared = try PreparedReference(reference, normalization: normalization)
        return analyze(candidate, against: prepared, keepAlignment: keepAlignment)
    }

    /// As above, with a reference prepared once for many candidates.
    public static func analyze(
        _ candidate: GarbleCandidate, against reference: PreparedReference, keepAlignment: Bool = false
    ) -> GarbleReport {
        let normalized = reference.normalization.apply(candidate.text)
        var walk = AlignmentWalk(reference: reference, candidate: normalized.characters, recognized: candidate.form.contains("ocr"))
        walk.run()
        var report = GarbleReport(
            file: candidate.name, form: candidate.form,
            characters: ErrorCounts(
                referenceLength: reference.characters.count, candidateLength: normalized.characters.count,
                script: walk.script),
            words: wordCounts(reference: reference, candidate: normalized.characters),
            formula: walk.formulaSummary(), symbols: walk.symbolSurvival(), events: walk.events(),
            confusions: walk.confusions(), formulas: walk.formulaMeasures())
        if keepAlignment { report.alignment = walk.pieces() }
        return report
    }

    static func wordCounts(reference: PreparedReference, candidate: [Character]) -> ErrorCounts {
        var table = SymbolTable<String>()
        let a = reference.words.map { table.id($0) }
        let b = WordSegmenter.words(candidate).map { table.id(String(candidate[$0])) }
        let script = EditScript.align(a, b, alphabetSize: table.count)
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
        words = WordSegmenter.words(normalized.characters).map { String(normalized.characters[$0]) }
    }
}
