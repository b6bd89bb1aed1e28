import Foundation

/// Adam's moment estimates of one weight after its first gradients: the first moment
/// `m_t = β₁ m_{t−1} + (1 − β₁) g_t` and the second `v_t = β₂ v_{t−1} + (1 − β₂) g_t²` from
/// `m_0 = v_0 = 0`, raw or bias-corrected (`m̂_t = m_t / (1 − β₁ᵗ)`).
public struct AdamMoments: Sendable, Hashable {
    /// Which estimate a question asks for.
    public enum Moment: String, Sendable, Hashable {
        case first, second
    }

    public var beta1: Double
    public var beta2: Double
    /// The gradients g_1, g_2, … in order; the estimates are those after the last.
    public var gradients: [Double]
    public var corrected: Bool

    public init(beta1: Double, beta2: Double, gradients: [Double], corrected: Bool) {
        self.beta1 = beta1
        self.beta2 = beta2
        self.gradients = gradients
        self.corrected = corrected
    }

    /// The estimates asked for, in the order asked.
    public func values(_ moments: [Moment]) throws(SolverError) -> [Double] {
        guard (0..<1).contains(beta1), (0..<1).contains(beta2) else { throw .invalidParameter(name: "betas", reason: "must be in [0, 1)") }
        guard !gradients.isEmpty else { throw .invalidParameter(name: "gradients", reason: "none given") }
        var (m, v) = (0.0, 0.0)
        for g in gradients {
            m = beta1 * m + (1 - beta1) * g
            v = beta2 * v + (1 - beta2) * g * g
        }
        let t = Double(gradients.count)
        if corrected {
            m /= 1 - pow(beta1, t)
            v /= 1 - pow(beta2, t)
        }
        let values = moments.map { $0 == .first ? m : v }
        guard values.allSatisfy(\.isFinite) else { throw .invalidParameter(name: "gradients", reason: "too large") }
        return values
    }
}
