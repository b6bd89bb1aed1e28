/// Clipping a gradient by its Euclidean norm, as `torch.nn.utils.clip_grad_norm_` does (without
/// its 1e-6 in the denominator): the gradient scaled by `maxNorm / ‖g‖` when its norm exceeds
/// `maxNorm`, and unchanged otherwise.
public struct GradientClipping: Sendable, Hashable {
    /// The largest Euclidean norm the clipped gradient may have.
    public var maxNorm: Double

    public init(maxNorm: Double) {
        self.maxNorm = maxNorm
    }

    /// The clipped gradient.
    public func clipped(_ gradient: [Double]) throws(SolverError) -> [Double] {
        guard maxNorm > 0, maxNorm.isFinite else { throw SolverError.invalidParameter(name: "max_norm", reason: "a positive number") }
        guard !gradient.isEmpty else { throw SolverError.emptyInput("gradient") }
        let norm = gradient.map { $0 * $0 }.reduce(0, +).squareRoot()
        guard norm > maxNorm else { return gradient }
        return gradient.map { $0 * maxNorm / norm }
    }
}
