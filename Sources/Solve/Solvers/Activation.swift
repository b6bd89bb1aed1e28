import Foundation

/// An activation function applied entrywise (or, for softmax, over a vector), and its
/// derivative.
public struct Activation: Sendable, Hashable {
    /// Which function.
    public enum Function: Sendable, Hashable {
        case sigmoid
        case tanh
        /// `max(0, z)`; its derivative at exactly 0 is a convention the statement must give.
        case relu
        /// `z` for z > 0, `slope·z` otherwise.
        case leakyReLU(slope: Double)
        /// `z` for z > 0, `alpha·(exp(z) − 1)` otherwise.
        case elu(alpha: Double)
        /// `exp(z_i / T) / Σ_j exp(z_j / T)`; the derivative is not an entrywise function and
        /// is not offered.
        case softmax(temperature: Double)

        /// The name an answer key's `solve:` uses.
        public var name: String {
            switch self {
            case .sigmoid: "sigmoid"
            case .tanh: "tanh"
            case .relu: "relu"
            case .leakyReLU: "leaky_relu"
            case .elu: "elu"
            case .softmax: "softmax"
            }
        }
    }

    public var function: Function
    public var derivative: Bool
    /// The derivative of ReLU (or leaky ReLU) at exactly 0, when the statement fixes it.
    public var derivativeAtZero: Double?

    public init(_ function: Function, derivative: Bool = false, derivativeAtZero: Double? = nil) {
        self.function = function
        self.derivative = derivative
        self.derivativeAtZero = derivativeAtZero
    }

    /// The function (or derivative) of every entry; softmax normalizes over the whole vector.
    public func apply(_ values: [Double]) throws(SolverError) -> [Double] {
        guard !values.isEmpty else { throw .emptyInput("input") }
        guard values.allSatisfy(\.isFinite) else { throw .invalidParameter(name: "input", reason: "entries must be finite") }
        switch function {
        case .softmax(let temperature):
            guard temperature > 0, temperature.isFinite else {
                throw .invalidParameter(name: "temperature", reason: "must be positive, got \(temperature)")
            }
            guard !derivative else { throw .invalidParameter(name: "derivative", reason: "softmax has a Jacobian, not an entrywise derivative") }
            return Self.softmax(values.map { $0 / temperature })
        case .sigmoid, .tanh, .relu, .leakyReLU, .elu:
            var result: [Double] = []
            result.reserveCapacity(values.count)
            for value in values { result.append(try entry(value)) }
            return result
        }
    }

    private func entry(_ z: Double) throws(SolverError) -> Double {
        switch function {
        case .sigmoid:
            let s = Self.sigmoid(z)
            return derivative ? s * (1 - s) : s
        case .tanh:
            let t = Foundation.tanh(z)
            return derivative ? 1 - t * t : t
        case .relu:
            return try piecewise(z, negativeSlope: 0)
        case .leakyReLU(let slope):
            return try piecewise(z, negativeSlope: slope)
        case .elu(let alpha):
            guard derivative else { return z > 0 ? z : alpha * (exp(z) - 1) }
            if z > 0 { return 1 }
            if z < 0 { return alpha * exp(z) }
            // (At 0 the two sides meet only for α = 1.)
            guard alpha == 1 else { throw .invalidParameter(name: "input", reason: "ELU's derivative at 0 is not defined for α ≠ 1") }
            return 1
        case .softmax:
            preconditionFailure("softmax is not entrywise")
        }
    }

    private func piecewise(_ z: Double, negativeSlope: Double) throws(SolverError) -> Double {
        guard derivative else { return z > 0 ? z : negativeSlope * z }
        if z > 0 { return 1 }
        if z < 0 { return negativeSlope }
        guard let derivativeAtZero else {
            throw .invalidParameter(name: "input", reason: "the derivative at 0 is not defined; the statement must fix it")
        }
        return derivativeAtZero
    }

    /// A numerically stable logistic function.
    static func sigmoid(_ z: Double) -> Double {
        z >= 0 ? 1 / (1 + exp(-z)) : exp(z) / (1 + exp(z))
    }

    /// Softmax with the maximum subtracted first.
    static func softmax(_ values: [Double]) -> [Double] {
        let top = values.max() ?? 0
        let exponentials = values.map { exp($0 - top) }
        let total = exponentials.reduce(0, +)
        return exponentials.map { $0 / total }
    }

    /// `log Σ exp(values)`, stable.
    static func logSumExp(_ values: [Double]) -> Double {
        let top = values.max() ?? 0
        return top + log(values.reduce(0) { $0 + exp($1 - top) })
    }
}
