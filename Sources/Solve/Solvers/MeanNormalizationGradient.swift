/// The backward pass of mean-only normalization (centering) `y_i = x_i − (1/m) Σ_j x_j`.
///
/// Its Jacobian is `∂y_j/∂x_i = δ_ij − 1/m`, so for an upstream gradient `g = ∂L/∂y`
///
///     ∂L/∂x_i = g_i − (1/m) Σ_j g_j
///
/// i.e. the upstream gradient minus its mean. For a batch of one (m = 1) it is always 0:
/// the output `x − x` does not depend on the input at all.
public enum MeanNormalizationGradient {
    /// The general expression.
    public static let expression = "∂L/∂x_i = g_i − (1/m) Σ_j g_j"

    /// The expression as an answer.
    public static var answer: Answer { .expression(expression) }

    /// `∂L/∂x` for an upstream gradient `g` (one entry per element of the batch).
    public static func inputGradient(upstream: [Double]) throws -> [Double] {
        let count = try TensorCheck.vector(upstream, "upstream gradient")
        let mean = upstream.reduce(0, +) / Double(count)
        return upstream.map { $0 - mean }
    }

    /// The same, exactly.
    public static func inputGradient(upstream: [Rational]) throws -> [Rational] {
        guard !upstream.isEmpty else { throw SolverError.emptyInput("upstream gradient") }
        let mean = try Rational.sum(upstream) / Rational(upstream.count)
        return try upstream.map { try $0 - mean }
    }

    /// The Jacobian `∂y_j/∂x_i = δ_ij − 1/m` of a batch of `m` (symmetric).
    public static func jacobian(batchSize m: Int) throws -> [[Rational]] {
        try Check.positive(m, "batch size")
        guard m <= 4096 else { throw SolverError.invalidParameter(name: "batch size", reason: "jacobian limited to 4096, got \(m)") }
        let off = try Rational(-1, m)
        let diagonal = try Rational.one + off
        return (0..<m).map { i in (0..<m).map { j in i == j ? diagonal : off } }
    }

    /// `∂L/∂x` for a batch of one: always 0.
    public static let batchOfOne = 0
}
