/// One feature of a batch written as a matrix whose rows are examples and whose columns are
/// features ("the pre-activations below (rows are examples, columns are the three features):
/// X = [1 2 0; 3 0 1; …]"), as a part names it: "the BN output for the second feature".
/// The per-feature scale and shift, when stated as vectors (γ = (2, 1, 0.5)), give that
/// feature's entries.
struct FeatureColumn {
    let index: Int
    let values: [Double]
    let phrase: String
    /// The column's name in a table of examples ("x_1"): a gradient or parameter subscripted
    /// with its number ("∂L/∂x_1", "γ_1") is the feature's.
    var name: String? = nil

    private init(index: Int, values: [Double], phrase: String, name: String?) {
        (self.index, self.values, self.phrase, self.name) = (index, values, phrase, name)
    }

    init?(_ reading: PartReading) {
        if let matrix = Self.matrixColumn(reading) { self = matrix; return }
        // "Compute the batch-norm output for feature x_2" under a table of numbered examples (or
        // a sub-part under "Back to batch norm on feature x_1").
        let asked = StatementText(reading.part.text + " " + (reading.parentPart?.text ?? ""))
        guard let table = ExampleTable(reading.problemStatement), let named = table.namedColumn(in: asked),
              asked.firstMatch(#"\b(?:each|every|all) (?:of the )?(?:\w+ )?features\b|\bper feature\b"#) == nil else { return nil }
        self.init(index: named.index + 1, values: table.column(named.index),
                  phrase: "column \(table.names[named.index]) of the table of examples ('\(named.phrase)')", name: table.names[named.index])
    }

    /// The whole batch, rows the examples and columns the features: a table of numbered
    /// examples in the problem's statement, else the statement's one matrix laid out so.
    static func batch(_ reading: PartReading) -> (rows: [[Double]], phrase: String)? {
        if let table = ExampleTable(reading.problemStatement) {
            return (table.rows, "the table of examples (" + table.names.joined(separator: ", ") + ")")
        }
        let matrices = reading.contextBindings.filter { $0.literal.grid != nil }
        guard matrices.count == 1, let matrix = matrices.first, let grid = matrix.literal.grid,
              grid.count >= 2, grid[0].count >= 2, grid.allSatisfy({ $0.count == grid[0].count }),
              rowsAreExamples(reading, grid: grid) else { return nil }
        return (grid, "\(matrix.name) (rows are examples, columns features)")
    }

    /// The one example (row) of the batch a part names by its ordinal ("the first example (first
    /// row)", "example 3"), when the statement lays the batch out with one example per row.
    static func example(_ reading: PartReading) -> (values: [Double], phrase: String)? {
        let named = reading.part.matches(#"\b(?:the )?(first|second|third|fourth|fifth|sixth|last) (?:example|row|sample)\b|\b(?:example|row|sample) (\d+)\b"#)
        guard let batch = batch(reading) else { return nil }
        let indices = Set(named.compactMap { $0[1].lowercased() == "last" ? batch.rows.count : ordinals[$0[1].lowercased()] ?? Int($0[2]) })
        guard indices.count == 1, let index = indices.first, (1...batch.rows.count).contains(index) else { return nil }
        return (batch.rows[index - 1], "row \(index) of " + batch.phrase)
    }

    private static let ordinals = ["first": 1, "second": 2, "third": 3, "fourth": 4, "fifth": 5, "sixth": 6, "1st": 1, "2nd": 2, "3rd": 3, "4th": 4, "5th": 5, "6th": 6]

    /// Whether the statement lays the batch out with one example per row: it says so ("rows are
    /// examples, columns features", "stored row-wise"), or it counts N examples of D features
    /// (N ≠ D) and the matrix is N × D.
    static func rowsAreExamples(_ reading: PartReading, grid: [[Double]]) -> Bool {
        if reading.problemStatement.firstMatch(layout) != nil || reading.part.firstMatch(layout) != nil { return true }
        guard let counted = reading.problemStatement.firstMatch(#"\b(?:N\s*=\s*)?(\d+) (?:examples|samples|data points|instances) (?:with|of|each with|having) (?:D\s*=\s*)?(\d+) features\b"#),
              let examples = Int(counted[1]), let features = Int(counted[2]), examples != features else { return false }
        return grid.count == examples && grid[0].count == features
    }

    private static let layout = #"\bstored row-?wise\b|\b(?:one|each) (?:example|sample) (?:per|is a) row\b|\b(?:rows? (?:are|is|=) (?:the )?(?:examples|samples|data points|instances)\b[^.;]{0,20}\bcolumns? (?:are|is|=) (?:the )?(?:\w+ )?features\b|\bcolumns? (?:are|is|=) (?:the )?(?:\w+ )?features\b[^.;]{0,20}\brows? (?:are|is|=) (?:the )?(?:examples|samples))"#

    /// The column of feature `index` (from 1) of the statement's one matrix whose rows are
    /// examples: "∂L/∂β_1" names feature 1 as plainly as "the first feature".
    static func feature(_ index: Int, of reading: PartReading) -> FeatureColumn? {
        matrixColumn(reading, index: index)
    }

    private static func matrixColumn(_ reading: PartReading, index given: Int? = nil) -> FeatureColumn? {
        // One feature named by its ordinal (or its column's), and no other.
        let named = reading.part.matches(#"\b(?:the )?(first|second|third|fourth|fifth|sixth|1st|2nd|3rd|4th|5th|6th) (?:feature|column)\b|\b(?:feature|column) (\d+)\b"#)
        let indices = Set(named.compactMap { ordinals[$0[1].lowercased()] ?? Int($0[2]) }).union(given.map { [$0] } ?? [])
        guard indices.count == 1, let index = indices.first,
              reading.part.firstMatch(#"\b(?:each|every|all) (?:of the )?(?:\w+ )?features\b|\bper feature\b|\b(?:for|of) (?:the )?(?:first|second|third|fourth|fifth|last|\d+(?:st|nd|rd|th)) example\b"#) == nil else { return nil }
        let matrices = reading.contextBindings.filter { $0.literal.grid != nil }
        guard matrices.count == 1, let matrix = matrices.first, let grid = matrix.literal.grid,
              grid.count >= 2, index <= grid[0].count, grid.allSatisfy({ $0.count == grid[0].count }),
              rowsAreExamples(reading, grid: grid) else { return nil }
        return FeatureColumn(index: index, values: grid.map { $0[index - 1] }, phrase: "column \(index) of \(matrix.name) (rows are examples, columns features)", name: nil)
    }

    /// The feature's entry of a parameter stated per feature (`γ = (2, 1, 0.5)`), else the
    /// parameter's one value.
    func parameter(_ names: [String], in reading: PartReading) -> (value: Double, phrase: String)? {
        // (The part's, its parent's or its statement's; never an earlier part's: "(d) … γ = (2, 2, 2)"
        // says nothing of "(e) Go back to feature x_1 from part (a)".)
        let stated = [reading.parentPart, reading.problemStatement].compactMap { $0 }.flatMap { MathScanner.bindings(in: $0.text) }
        let vectors = (reading.partBindings + stated).filter { names.contains($0.name) && $0.literal.flat != nil }
        if let vector = vectors.last, let flat = vector.literal.flat {
            guard index <= flat.count else { return nil }
            return (flat[index - 1], "\(vector.name)_\(index) of \(ConvolutionReader.display(vector.literal.text))")
        }
        return reading.scalar(names).map { ($0.value, $0.phrase) }
    }
}
