import Foundation

/// Linear least squares and ridge regression in closed form: w = (XᵀX + λI)⁻¹Xᵀy (λ = 0 for
/// ordinary least squares, every weight penalized), and what a fit gives: its training error
/// and predictions.
public struct LeastSquares: Sendable, Hashable {
    /// What is asked of the fit.
    public enum Quantity: Sendable, Hashable {
        case weights
        /// The mean of the squared training residuals.
        case meanSquaredError
        case sumOfSquares
        /// R² = 1 − RSS/TSS, TSS = Σ(y − ȳ)²: meaningful for a fit with an intercept.
        case coefficientOfDetermination
        /// The prediction for one row of the design matrix (intercept entry included).
        case prediction([Double])
    }

    public var design: [[Double]]
    public var targets: [Double]
    public var lambda: Double

    public init(design: [[Double]], targets: [Double], lambda: Double = 0) {
        self.design = design
        self.targets = targets
        self.lambda = lambda
    }

    public func weights() throws(SolverError) -> [Double] {
        guard design.count == targets.count else { throw .shapeMismatch("\(design.count) rows of X, \(targets.count) targets") }
        guard lambda >= 0 else { throw .invalidParameter(name: "λ", reason: "must be at least 0") }
        let x = try Tensor.matrix(design)
        let gram = try Tensor.entrywise(try Tensor.product(x.transposed, x), Tensor.identity.with([lambda]), +)
        return try Tensor.product(gram.inverse, try Tensor.product(x.transposed, .vector(targets))).entries
    }

    public func residuals() throws(SolverError) -> [Double] {
        let w = try weights()
        return zip(design, targets).map { row, target in zip(row, w).reduce(0) { $0 + $1.0 * $1.1 } - target }
    }

    public func answer(_ quantity: Quantity) throws(SolverError) -> Answer {
        switch quantity {
        case .weights:
            let w = try weights().map(Tensor.settled)
            return w.count == 1 ? .real(RealValue(w[0])) : .vector(w)
        case .meanSquaredError:
            let r = try residuals()
            return .real(RealValue(Tensor.settled(r.reduce(0) { $0 + $1 * $1 } / Double(r.count))))
        case .sumOfSquares: return .real(RealValue(Tensor.settled(try residuals().reduce(0) { $0 + $1 * $1 })))
        case .coefficientOfDetermination:
            let rss = try residuals().reduce(0) { $0 + $1 * $1 }
            let mean = targets.reduce(0, +) / Double(targets.count)
            let tss = targets.reduce(0) { $0 + ($1 - mean) * ($1 - mean) }
            guard tss > 0 else { throw .invalidParameter(name: "y", reason: "all targets are equal, so R² is undefined") }
            return .real(RealValue(Tensor.settled(1 - rss / tss)))
        case .prediction(let row):
            let w = try weights()
            guard row.count == w.count else { throw .shapeMismatch("a row of \(row.count) entries for \(w.count) weights") }
            return .real(RealValue(Tensor.settled(zip(row, w).reduce(0) { $0 + $1.0 * $1.1 })))
        }
    }
}
