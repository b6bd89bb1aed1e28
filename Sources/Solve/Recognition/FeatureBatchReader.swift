/// Reads batch-norm parts about every feature of a batch at once: "Compute the per-feature
/// batch mean μ", "the batch variance of each of the three features", "the 4 × 2 output
/// matrix Y (rows are examples)", "the BN output for the first example (one value per
/// feature)". The batch is a table of numbered examples or a matrix whose rows are examples;
/// γ and β are one value per feature or one for all.
enum FeatureBatchReader {
    /// Nil when the part does not ask about every feature of such a batch.
    static func read(_ reading: PartReading) -> Attempt? {
        let part = reading.part
        // ("the variance of each feature over the batch", "the output Y of the layer (4 × 2)".)
        let everyFeature = part.firstMatch(#"\bper[- ]feature\b|\b(?:each|every|all) (?:of the )?(?:\w+ )?features\b|\b(?:each|every) feature\b|\bone value per feature\b"#)
        let matrix = part.firstMatch(#"\b(\d+)\s*[×x]\s*(\d+) (?:output )?matrix\b|\boutput matrix\b"#)
            ?? part.firstMatch(#"\boutput\s+Y\b[^.?()]{0,30}?\((\d+)\s*[×x]\s*(\d+)\)"#)
        guard everyFeature != nil || matrix != nil,
              // (Gradients are another reader's.)
              part.firstMatch(#"∂|\bgradient\b|\bderivative\b"#) == nil,
              let batch = FeatureColumn.batch(reading) else { return nil }
        let examples = batch.rows.count, features = batch.rows[0].count
        var finding = Finding(.normalization)
        let quantity: SolverCall.FeatureQuantity
        if let row = exampleRow(in: part) {
            guard part.firstMatch(#"\boutputs?\b"#) != nil else { return nil }
            guard row <= examples else { return .failed("batch norm: example \(row) of \(examples)") }
            quantity = .outputRow(row)
        } else if part.firstMatch(#"\boutputs?\b|\bY\b"#) != nil {
            quantity = .output
        } else if part.firstMatch(#"\bnormali[sz]ed\b|x̂"#) != nil {
            quantity = .normalized
        } else if part.firstMatch(#"\bvariances?\b|σ\^2|σ²"#) != nil {
            if part.has("unbiased", "sample variance", "bessel") { return .failed("unbiased variance: only the biased (batch) variance is computed") }
            if part.firstMatch(#"\bstandard deviation\b"#) != nil { return nil }
            quantity = .variances
        } else if part.firstMatch(#"\bmeans?\b|μ"#) != nil {
            quantity = .means
        } else {
            return nil
        }
        if let matrix, let rows = Int(matrix[1]), let columns = Int(matrix[2]), (rows, columns) != (examples, features) {
            return .failed("batch norm: a \(rows) × \(columns) matrix asked of \(examples) examples with \(features) features")
        }
        finding.note(everyFeature?[0] ?? matrix?[0] ?? "")
        finding.read("batch", "\(examples) × \(features)", from: batch.phrase)
        var gamma: [Double]? = nil, beta: [Double]? = nil
        if quantity.isOutput {
            guard let g = perFeature(["γ", "gamma"], count: features, reading), let b = perFeature(["β", "beta"], count: features, reading) else {
                return .failed("batch norm: γ or β not stated for each of \(features) features")
            }
            (gamma, beta) = (g.values, b.values)
            finding.read("gamma", g.phrase)
            finding.read("beta", b.phrase)
        }
        let epsilon: Double
        let columns = (0..<features).map { j in batch.rows.map { $0[j] } }
        switch NormalizationReader.epsilon(reading, groups: quantity == .means || quantity == .variances ? nil : columns, &finding) {
        case .success(let value): epsilon = value
        case .failure(let refusal): return .failed("batch norm: \(refusal.reason)")
        }
        return finding.finish(.batchNormFeatures(batch: batch.rows, gamma: gamma, beta: beta, epsilon: epsilon, quantity: quantity))
    }

    /// "the first example", "example 3": the one example a part names.
    private static func exampleRow(in part: StatementText) -> Int? {
        let ordinals = ["first": 1, "second": 2, "third": 3, "fourth": 4, "fifth": 5, "sixth": 6]
        let rows = part.matches(#"\b(?:the )?(first|second|third|fourth|fifth|sixth) (?:example|sample|row)\b|\b(?:example|sample|row) (\d+)\b"#)
            .compactMap { ordinals[$0[1].lowercased()] ?? Int($0[2]) }
        guard let first = rows.first, rows.allSatisfy({ $0 == first }) else { return nil }
        return first
    }

    /// γ or β: a vector of one value per feature, else one number for every feature (the
    /// part's own first, else the context's).
    private static func perFeature(_ names: [String], count: Int, _ reading: PartReading) -> (values: [Double], phrase: String)? {
        for bindings in [reading.partBindings, reading.contextBindings] {
            if let vector = bindings.last(where: { names.contains($0.name) && $0.literal.flat != nil }), let flat = vector.literal.flat {
                return flat.count == count ? (flat, "\(vector.name) = \(ConvolutionReader.display(vector.literal.text))") : nil
            }
            if bindings.contains(where: { names.contains($0.name) && $0.literal.number != nil }) { break }
        }
        guard let scalar = reading.scalar(names) else { return nil }
        return (Array(repeating: scalar.value, count: count), scalar.phrase)
    }
}
