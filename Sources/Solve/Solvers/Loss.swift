import Foundation

/// The loss of one example, and the gradient of softmax cross-entropy with respect to
/// the logits.
public enum Loss: Sendable, Hashable {
    /// What a cross-entropy's vector holds.
    public enum Scores: String, Sendable, Hashable {
        /// Unnormalized scores: the loss applies softmax first.
        case logits
        /// A probability distribution over the classes.
        case probabilities
    }

    /// How squared errors are combined.
    public enum Reduction: String, Sendable, Hashable {
        /// Averaged over the entries (MSE).
        case mean
        /// Summed (SSE).
        case sum
    }

    /// `−log p_target` (in `base`), with p the softmax of logits or the given probabilities.
    case crossEntropy(scores: [Double], kind: Scores, target: Int, base: Double)
    /// `softmax(logits) − onehot(target)`.
    case crossEntropyGradient(logits: [Double], target: Int)
    /// `Σ_{j≠y} max(0, s_j − s_y + margin)`.
    case multiclassHinge(scores: [Double], target: Int, margin: Double)
    /// The gradient of the multiclass hinge with respect to the scores: 1 for each class whose
    /// term is positive, minus their count at the target, 0 elsewhere. (Where a term is exactly
    /// 0 the hinge has no gradient, and none is given.)
    case multiclassHingeGradient(scores: [Double], target: Int, margin: Double)
    /// The mean (or sum) of (prediction − target)².
    case squaredError(prediction: [Double], target: [Double], reduction: Reduction)
    /// The gradient of the mean (or summed) squared error with respect to the predictions:
    /// `2(prediction − target)/n` (or without the `/n`).
    case squaredErrorGradient(prediction: [Double], target: [Double], reduction: Reduction)
    /// The mean (or sum) of |prediction − target|.
    case absoluteError(prediction: [Double], target: [Double], reduction: Reduction)

    /// The name an answer key's `solve:` uses.
    public var name: String {
        switch self {
        case .crossEntropy: "cross_entropy"
        case .crossEntropyGradient: "cross_entropy_gradient"
        case .multiclassHinge: "multiclass_hinge"
        case .multiclassHingeGradient: "multiclass_hinge_gradient"
        case .squaredError(_, _, let reduction): reduction == .mean ? "mse" : "sse"
        case .squaredErrorGradient(_, _, let reduction): reduction == .mean ? "mse_gradient" : "sse_gradient"
        case .absoluteError(_, _, let reduction): reduction == .mean ? "mae" : "sae"
        }
    }

    /// The loss (a number) or the gradient (a vector).
    public func evaluate() throws(SolverError) -> Answer {
        switch self {
        case .crossEntropy(let scores, let kind, let target, let base):
            try Self.check(scores, target: target)
            guard base > 0, base != 1 else { throw .invalidParameter(name: "base", reason: "must be positive and not 1, got \(base)") }
            let natural: Double
            switch kind {
            case .logits:
                natural = Activation.logSumExp(scores) - scores[target]
            case .probabilities:
                guard scores.allSatisfy({ $0 >= 0 && $0 <= 1 }), abs(scores.reduce(0, +) - 1) < 1e-3 else {
                    throw .invalidParameter(name: "probabilities", reason: "must be in [0, 1] and sum to 1")
                }
                guard scores[target] > 0 else { throw .invalidParameter(name: "probabilities", reason: "the target's probability is 0: the loss is infinite") }
                natural = -log(scores[target])
            }
            return .real(RealValue(natural / log(base)))
        case .crossEntropyGradient(let logits, let target):
            try Self.check(logits, target: target)
            var gradient = Activation.softmax(logits)
            gradient[target] -= 1
            return .vector(gradient)
        case .multiclassHinge(let scores, let target, let margin):
            try Self.check(scores, target: target)
            guard margin.isFinite, margin >= 0 else { throw .invalidParameter(name: "margin", reason: "must be non-negative, got \(margin)") }
            var total = 0.0
            for (index, score) in scores.enumerated() where index != target {
                total += max(0, score - scores[target] + margin)
            }
            return Self.number(total)
        case .multiclassHingeGradient(let scores, let target, let margin):
            try Self.check(scores, target: target)
            guard margin.isFinite, margin >= 0 else { throw .invalidParameter(name: "margin", reason: "must be non-negative, got \(margin)") }
            var gradient = Array(repeating: 0.0, count: scores.count)
            for (index, score) in scores.enumerated() where index != target {
                let term = score - scores[target] + margin
                guard abs(term) > 1e-12 else {
                    throw .invalidParameter(name: "scores", reason: "the term of class \(index) is exactly 0, where the hinge has no gradient")
                }
                if term > 0 {
                    gradient[index] = 1
                    gradient[target] -= 1
                }
            }
            return .vector(gradient)
        case .squaredError(let prediction, let target, let reduction):
            guard !prediction.isEmpty else { throw .emptyInput("prediction") }
            guard prediction.count == target.count else {
                throw .shapeMismatch("\(prediction.count) predictions but \(target.count) targets")
            }
            let sum = zip(prediction, target).reduce(0) { $0 + ($1.0 - $1.1) * ($1.0 - $1.1) }
            return Self.number(reduction == .mean ? sum / Double(prediction.count) : sum)
        case .squaredErrorGradient(let prediction, let target, let reduction):
            guard !prediction.isEmpty else { throw .emptyInput("prediction") }
            guard prediction.count == target.count else {
                throw .shapeMismatch("\(prediction.count) predictions but \(target.count) targets")
            }
            let scale = reduction == .mean ? 2 / Double(prediction.count) : 2
            return .vector(zip(prediction, target).map { scale * ($0 - $1) })
        case .absoluteError(let prediction, let target, let reduction):
            guard !prediction.isEmpty else { throw .emptyInput("prediction") }
            guard prediction.count == target.count else {
                throw .shapeMismatch("\(prediction.count) predictions but \(target.count) targets")
            }
            let sum = zip(prediction, target).reduce(0) { $0 + abs($1.0 - $1.1) }
            return Self.number(reduction == .mean ? sum / Double(prediction.count) : sum)
        }
    }

    private static func check(_ scores: [Double], target: Int) throws(SolverError) {
        guard scores.count >= 2 else { throw .emptyInput("scores: at least two classes") }
        guard scores.allSatisfy(\.isFinite) else { throw .invalidParameter(name: "scores", reason: "entries must be finite") }
        guard target >= 0, target < scores.count else {
            throw .invalidParameter(name: "target", reason: "class index \(target) outside 0..<\(scores.count)")
        }
    }

    /// An exact fraction when the value is one with a small denominator, else the real.
    private static func number(_ value: Double) -> Answer {
        if let exact = Rational(approximating: value), exact.denominator <= 1000 { return Answer(exact) }
        return .real(RealValue(value))
    }
}
