import Foundation

/// Steps of a first-order optimizer on a gradient that is affine in the weights,
/// `g(w) = A·w + b` (the gradient of a quadratic; a constant gradient has `A = 0`).
public struct Optimizer: Sendable, Hashable {
    /// The update rule. Momentum buffers and Adam's moments start at zero.
    public enum Rule: Sendable, Hashable {
        /// `w ← w − η (g + λ w)` (λ = 0: plain gradient descent; for SGD, L2 in the gradient and
        /// decoupled weight decay are the same step).
        case gradientDescent(weightDecay: Double)
        /// Heavy ball, `v ← μ v + g`, `w ← w − η v` (with a constant η and v₀ = 0 the same
        /// iterates as `v ← μ v − η g`, `w ← w + v`).
        case momentum(Double)
        /// PyTorch's Nesterov form: `v ← μ v + g`, `w ← w − η (g + μ v)`.
        case nesterovPyTorch(Double)
        /// Nesterov's look-ahead form: `v ← μ v + ∇f(w − η μ v)`, `w ← w − η v`.
        case nesterovLookahead(Double)
        /// Adam with bias correction (Kingma & Ba), ε outside the square root.
        case adam(beta1: Double, beta2: Double, epsilon: Double)
        /// AdamW as PyTorch steps it: the decay decoupled from the moments, `w ← w(1 − ηλ)`,
        /// then Adam's update from the gradient at the step's start.
        case adamW(beta1: Double, beta2: Double, epsilon: Double, weightDecay: Double)
    }

    /// An affine gradient `A·w + b`.
    public struct AffineGradient: Sendable, Hashable {
        public var matrix: [[Double]]
        public var offset: [Double]

        public init(matrix: [[Double]], offset: [Double]) {
            self.matrix = matrix
            self.offset = offset
        }

        /// A gradient that does not depend on w.
        public static func constant(_ values: [Double]) -> AffineGradient {
            AffineGradient(matrix: values.map { _ in [Double](repeating: 0, count: values.count) }, offset: values)
        }

        func evaluate(_ w: [Double]) -> [Double] {
            zip(matrix, offset).map { row, offset in zip(row, w).reduce(offset) { $0 + $1.0 * $1.1 } }
        }
    }

    public var rule: Rule
    public var learningRate: Double

    public init(_ rule: Rule, learningRate: Double) {
        self.rule = rule
        self.learningRate = learningRate
    }

    /// The weights after one step per gradient of `gradients` (given, not computed from the
    /// weights: "the first two gradients are g_1 = 0.5 and g_2 = −0.2"), from `start`.
    public func run(from start: [Double], gradients: [[Double]]) throws(SolverError) -> [Double] {
        guard gradients.allSatisfy({ $0.count == start.count }) else {
            throw .shapeMismatch("gradients of \(gradients.map(\.count)) components for \(start.count) weights")
        }
        if case .nesterovLookahead = rule { throw .invalidParameter(name: "rule", reason: "the look-ahead gradient is not among those given") }
        return try run(from: start, gradient: .constant([Double](repeating: 0, count: start.count)), steps: gradients.count, sequence: gradients)
    }

    /// The weights after `steps` steps from `start`; with `sequence`, step t takes its gradient
    /// from there instead of from `gradient`.
    public func run(from start: [Double], gradient: AffineGradient, steps: Int, sequence: [[Double]]? = nil) throws(SolverError) -> [Double] {
        guard !start.isEmpty else { throw .emptyInput("start") }
        guard gradient.offset.count == start.count, gradient.matrix.count == start.count,
              gradient.matrix.allSatisfy({ $0.count == start.count }) else {
            throw .shapeMismatch("a gradient of \(gradient.offset.count) components for \(start.count) weights")
        }
        guard steps >= 1, steps <= 10_000 else { throw .invalidParameter(name: "steps", reason: "must be in 1...10000, got \(steps)") }
        if let sequence, sequence.count < steps { throw .shapeMismatch("\(sequence.count) gradients for \(steps) steps") }
        guard learningRate > 0, learningRate.isFinite else { throw .invalidParameter(name: "learning rate", reason: "must be positive") }
        var w = start
        var v = [Double](repeating: 0, count: w.count)
        var m = v, s = v
        for t in 1...steps {
            let g = sequence?[t - 1] ?? gradient.evaluate(w)
            switch rule {
            case .gradientDescent(let decay):
                for i in w.indices { w[i] -= learningRate * (g[i] + decay * w[i]) }
            case .momentum(let mu):
                for i in w.indices {
                    v[i] = mu * v[i] + g[i]
                    w[i] -= learningRate * v[i]
                }
            case .nesterovLookahead(let mu):
                let ahead = gradient.evaluate(w.indices.map { w[$0] - learningRate * mu * v[$0] })
                for i in w.indices {
                    v[i] = mu * v[i] + ahead[i]
                    w[i] -= learningRate * v[i]
                }
            case .nesterovPyTorch(let mu):
                for i in w.indices {
                    v[i] = mu * v[i] + g[i]
                    w[i] -= learningRate * (g[i] + mu * v[i])
                }
            case .adam(let beta1, let beta2, let epsilon), .adamW(let beta1, let beta2, let epsilon, _):
                guard (0..<1).contains(beta1), (0..<1).contains(beta2), epsilon >= 0 else {
                    throw .invalidParameter(name: "betas", reason: "must be in [0, 1)")
                }
                var decay = 0.0
                if case .adamW(_, _, _, let lambda) = rule { decay = lambda }
                for i in w.indices {
                    m[i] = beta1 * m[i] + (1 - beta1) * g[i]
                    s[i] = beta2 * s[i] + (1 - beta2) * g[i] * g[i]
                    let mHat = m[i] / (1 - pow(beta1, Double(t)))
                    let sHat = s[i] / (1 - pow(beta2, Double(t)))
                    w[i] = w[i] * (1 - learningRate * decay) - learningRate * mHat / (sHat.squareRoot() + epsilon)
                }
            }
        }
        guard w.allSatisfy(\.isFinite) else { throw .invalidParameter(name: "weights", reason: "diverged") }
        return w
    }
}
