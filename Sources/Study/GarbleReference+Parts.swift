import Garble
import Problems
import Source

extension GarbleReference {
    /// A problem set's source as a garble reference: its formulas, and its problem parts as
    /// regions, so every form is measured per part.
    public init(source: SourceText) {
        self.init(
            name: source.path, text: source.text,
            formulas: source.formulas.map { ReferenceFormula(id: $0.id, start: $0.start, end: $0.end, latex: $0.latex, display: $0.display) },
            regions: Self.partRegions(of: source.text))
    }

    /// A text without formula spans (a PDF's cleaned text layer) as a reference, with its
    /// problem parts as regions.
    public init(name: String, problemText text: String) {
        self.init(name: name, text: text, formulas: [], regions: Self.partRegions(of: text))
    }

    /// The parts of a problem set's text, as character ranges of it.
    static func partRegions(of text: String) -> [ReferenceRegion] {
        let set = ProblemSegmenter.segment(text)
        var lineStarts: [Int] = [0]
        for (offset, character) in text.enumerated() where character == "\n" { lineStarts.append(offset + 1) }
        let end = text.count
        func offset(_ line: Int) -> Int { line < lineStarts.count ? lineStarts[line] : end }
        return set.problems.flatMap(\.parts).map { part in
            ReferenceRegion(id: part.id, start: offset(part.lines.lowerBound), end: offset(part.lines.upperBound))
        }
    }
}
