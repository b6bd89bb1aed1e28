/// Batch and layer normalization on given numbers, the way they are worked by hand:
///
///     μ = (1/m) Σ x,   σ² = (1/m) Σ (x − μ)²  (biased),   x̂ = (x − μ) / √(σ² + ε),   y = γ·x̂ + β
///
/// Every value comes as a ``RealValue``; when the inputs, γ, β and ε are rationals the
/// results also carry their exact closed form (`"5"`, `"1"`, `"-2/√3"`). `epsilon` defaults
/// to 0, as in most hand-worked problems.
public struct NormalizationLayer: Sendable, Hashable {
    /// The statistics and outputs of one normalized group of numbers.
    public struct Group: Sendable, Hashable {
        public let mean: RealValue
        /// The biased (population) variance σ².
        public let variance: RealValue
        /// √(σ² + ε).
        public let standardDeviation: RealValue
        /// x̂ for each input, in input order.
        public let normalized: [RealValue]
        /// y = γ·x̂ + β for each input.
        public let output: [RealValue]
    }

    /// Normalization of a `[N][D]` batch: the groups plus x̂ and y laid out like the input.
    public struct Result: Sendable, Hashable {
        /// One group per feature (batch norm) or per sample (layer norm).
        public let groups: [Group]
        public let normalized: [[RealValue]]
        public let output: [[RealValue]]
    }

    public var epsilon: Double

    public init(epsilon: Double = 0) {
        self.epsilon = epsilon
    }

    /// Normalizes one group with a scalar γ and β.
    public func normalize(_ values: [Double], gamma: Double = 1, beta: Double = 0) throws -> Group {
        let count = try TensorCheck.vector(values, "values")
        return try normalize(values, gamma: Array(repeating: gamma, count: count), beta: Array(repeating: beta, count: count))
    }

    /// Normalizes one group with a γ and β per element (layer norm's elementwise affine).
    public func normalize(_ values: [Double], gamma: [Double], beta: [Double]) throws -> Group {
        let count = try TensorCheck.vector(values, "values")
        guard gamma.count == count, beta.count == count else {
            throw SolverError.shapeMismatch("gamma has \(gamma.count) and beta \(beta.count) entries for \(count) values")
        }
        try Check.finite(gamma, "gamma")
        try Check.finite(beta, "beta")
        try Check.finite(epsilon, "epsilon")
        guard epsilon >= 0 else { throw SolverError.invalidParameter(name: "epsilon", reason: "must be non-negative, got \(epsilon)") }

        let mean = values.reduce(0, +) / Double(count)
        let variance = values.reduce(0) { $0 + ($1 - mean) * ($1 - mean) } / Double(count)
        guard variance + epsilon > 0 else {
            throw SolverError.invalidParameter(name: "epsilon", reason: "variance plus epsilon is zero, so x̂ is undefined")
        }
        let deviation = (variance + epsilon).squareRoot()
        let normalized = values.map { ($0 - mean) / deviation }
        let output = (0..<count).map { gamma[$0] * normalized[$0] + beta[$0] }

        let exact = exactForms(values, gamma: gamma, beta: beta)
        return Group(
            mean: RealValue(mean, exact: exact?.mean),
            variance: RealValue(variance, exact: exact?.variance),
            standardDeviation: RealValue(deviation, exact: exact?.deviation),
            normalized: (0..<count).map { RealValue(normalized[$0], exact: exact?.normalized[$0]) },
            output: (0..<count).map { RealValue(output[$0], exact: exact?.output[$0]) })
    }

    /// Batch norm of `batch[N][D]`: each feature (column) over the batch, with `gamma[D]`
    /// and `beta[D]` (default 1 and 0).
    public func batchNormalization(_ batch: [[Double]], gamma: [Double]? = nil, beta: [Double]? = nil) throws -> Result {
        let (samples, features) = try Check.rectangular(batch, "batch")
        let scales = try Self.perFeature(gamma, default: 1, count: features, name: "gamma")
        let shifts = try Self.perFeature(beta, default: 0, count: features, name: "beta")
        let groups = try (0..<features).map { j in
            try normalize(batch.map { $0[j] }, gamma: scales[j], beta: shifts[j])
        }
        return Result(
            groups: groups,
            normalized: (0..<samples).map { i in groups.map { $0.normalized[i] } },
            output: (0..<samples).map { i in groups.map { $0.output[i] } })
    }

    /// Layer norm of `batch[N][D]`: each sample (row) over its features, with elementwise
    /// `gamma[D]` and `beta[D]` (default 1 and 0).
    public func layerNormalization(_ batch: [[Double]], gamma: [Double]? = nil, beta: [Double]? = nil) throws -> Result {
        let (_, features) = try Check.rectangular(batch, "batch")
        let scales = try Self.perFeature(gamma, default: 1, count: features, name: "gamma")
        let shifts = try Self.perFeature(beta, default: 0, count: features, name: "beta")
        let groups = try batch.map { try normalize($0, gamma: scales, beta: shifts) }
        return Result(groups: groups, normalized: groups.map(\.normalized), output: groups.map(\.output))
    }

    private static func perFeature(_ values: [Double]?, default value: Double, count: Int, name: String) throws -> [Double] {
        guard let values else { return Array(repeating: value, count: count) }
        guard values.count == count else {
            throw SolverError.shapeMismatch("\(name) has \(values.count) entries for \(count) features")
        }
        return values
    }

    private struct ExactForms {
        var mean: String
        var variance: String
        var deviation: String
        var normalized: [String]
        var output: [String]
    }

    /// The closed forms, or nil when an input is not a (small) rational, a square root
    /// cannot be simplified, or the exact arithmetic would overflow.
    private func exactForms(_ values: [Double], gamma: [Double], beta: [Double]) -> ExactForms? {
        func rational(_ value: Double) -> Rational? { Rational(approximating: value, maxDenominator: 1_000_000) }
        let xs = values.compactMap(rational)
        let gs = gamma.compactMap(rational)
        let bs = beta.compactMap(rational)
        guard xs.count == values.count, gs.count == gamma.count, bs.count == beta.count, let eps = rational(epsilon) else { return nil }
        do {
            let count = Rational(xs.count)
            let mean = try Rational.sum(xs) / count
            let centered = try xs.map { try $0 - mean }
            let variance = try Rational.sum(centered.map { try $0 * $0 }) / count
            guard let deviation = try QuadraticSurd.squareRoot(of: variance + eps) else { return nil }
            // x̂ = (x − μ) / (c·√t) = ((x − μ) / (c·t)) · √t
            let divisor = try deviation.rational.isZero
                ? deviation.coefficient * Rational(deviation.radicand)
                : deviation.rational
            let radicand = deviation.radicand
            let coefficients = try centered.map { try $0 / divisor }
            let normalized = try coefficients.map { try QuadraticSurd(.zero, coefficient: $0, radicand: radicand) }
            let output = try coefficients.indices.map { i in
                try QuadraticSurd(bs[i], coefficient: gs[i] * coefficients[i], radicand: radicand)
            }
            return ExactForms(
                mean: mean.description, variance: variance.description, deviation: deviation.description,
                normalized: normalized.map(\.description), output: output.map(\.description))
        } catch {
            return nil
        }
    }
}
