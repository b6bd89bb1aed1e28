/// One feature of a batch written as a matrix whose rows are examples and whose columns are
/// features ("the pre-activations below (rows are examples, columns are the three features):
/// X = [1 2 0; 3 0 1; …]"), as a part names it: "the BN output for the second feature".
/// The per-feature scale and shift, when stated as vectors (γ = (2, 1, 0.5)), give that
/// feature's entries.
struct FeatureColumn {
    let index: Int
    let values: [Double]
    let phrase: String

    init?(_ reading: PartReading) {
        let layout = #"\b(?:rows? (?:are|is|=) (?:the )?(?:examples|samples|data points|instances)\b[^.;]{0,20}\bcolumns? (?:are|is|=) (?:the )?(?:\w+ )?features\b|\bcolumns? (?:are|is|=) (?:the )?(?:\w+ )?features\b[^.;]{0,20}\brows? (?:are|is|=) (?:the )?(?:examples|samples))"#
        guard reading.problemStatement.firstMatch(layout) != nil || reading.part.firstMatch(layout) != nil else { return nil }
        // One feature named by its ordinal, and no other.
        let named = reading.part.matches(#"\b(?:the )?(first|second|third|fourth|fifth|sixth|1st|2nd|3rd|4th|5th|6th) feature\b|\bfeature (\d+)\b"#)
        let ordinals = ["first": 1, "second": 2, "third": 3, "fourth": 4, "fifth": 5, "sixth": 6, "1st": 1, "2nd": 2, "3rd": 3, "4th": 4, "5th": 5, "6th": 6]
        let indices = Set(named.compactMap { ordinals[$0[1].lowercased()] ?? Int($0[2]) })
        guard indices.count == 1, let index = indices.first,
              reading.part.firstMatch(#"\b(?:each|every|all) (?:of the )?(?:\w+ )?features\b|\bper feature\b|\b(?:for|of) (?:the )?(?:first|second|third|fourth|fifth|last|\d+(?:st|nd|rd|th)) example\b"#) == nil else { return nil }
        let matrices = reading.contextBindings.filter { $0.literal.grid != nil }
        guard matrices.count == 1, let matrix = matrices.first, let grid = matrix.literal.grid,
              grid.count >= 2, index <= grid[0].count, grid.allSatisfy({ $0.count == grid[0].count }) else { return nil }
        self.index = index
        values = grid.map { $0[index - 1] }
        phrase = "column \(index) of \(matrix.name) (rows are examples, columns features)"
    }

    /// The feature's entry of a parameter stated per feature (`γ = (2, 1, 0.5)`), else the
    /// parameter's one value.
    func parameter(_ names: [String], in reading: PartReading) -> (value: Double, phrase: String)? {
        let vectors = (reading.partBindings + reading.contextBindings).filter { names.contains($0.name) && $0.literal.flat != nil }
        if let vector = vectors.last, let flat = vector.literal.flat {
            guard index <= flat.count else { return nil }
            return (flat[index - 1], "\(vector.name)_\(index) of \(ConvolutionReader.display(vector.literal.text))")
        }
        return reading.scalar(names).map { ($0.value, $0.phrase) }
    }
}
