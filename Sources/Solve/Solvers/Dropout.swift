/// Dropout with keep probability `p` (drop rate `q = 1 − p`).
///
/// Inverted dropout (the default, and what PyTorch does) zeroes each unit with probability
/// `q` during training and scales the survivors by `1/p`, so `E[output] = input` and the
/// layer is the identity at test time. Standard ("vanilla") dropout does not scale during
/// training and instead multiplies by `p` at test time.
public struct Dropout: Sendable, Hashable {
    /// Where the `1/p` (or `p`) correction happens.
    public enum Variant: String, Sendable, Hashable, Codable, CaseIterable {
        /// Scale survivors by 1/p in training; identity at test time.
        case inverted
        /// No scaling in training; multiply by p at test time.
        case standard
    }

    /// The keep probability `p`, with its exact fraction when it has one (0.8 → 4/5).
    public let keep: RealValue
    /// The drop rate `q = 1 − p`.
    public let drop: RealValue
    public let variant: Variant
    private let keepFraction: Rational?

    /// Dropout that keeps each unit with probability `keepProbability` (0 < p ≤ 1).
    public init(keepProbability: Double, variant: Variant = .inverted) throws {
        guard keepProbability.isFinite, keepProbability > 0, keepProbability <= 1 else {
            throw SolverError.invalidParameter(name: "keep probability", reason: "must be in (0, 1], got \(keepProbability)")
        }
        self.variant = variant
        keepFraction = Rational(approximating: keepProbability, maxDenominator: 1_000_000)
        if let p = keepFraction, let q = try? Rational.one - p {
            keep = RealValue(p)
            drop = RealValue(q)
        } else {
            keep = RealValue(keepProbability)
            drop = RealValue(1 - keepProbability)
        }
    }

    /// Dropout that zeroes each unit with probability `dropRate` (0 ≤ q < 1), i.e. keeps 1 − q.
    public init(dropRate: Double, variant: Variant = .inverted) throws {
        guard dropRate.isFinite, dropRate >= 0, dropRate < 1 else {
            throw SolverError.invalidParameter(name: "drop rate", reason: "must be in [0, 1), got \(dropRate)")
        }
        if let q = Rational(approximating: dropRate, maxDenominator: 1_000_000), let p = try? Rational.one - q {
            try self.init(keepProbability: p.doubleValue, variant: variant)
        } else {
            try self.init(keepProbability: 1 - dropRate, variant: variant)
        }
    }

    /// The factor applied to surviving units in training: `1/p` for inverted dropout
    /// (p = 0.8 → 5/4 = 1.25), 1 for standard dropout.
    public var trainingScale: RealValue {
        guard variant == .inverted else { return RealValue(.one) }
        if let p = keepFraction, let scale = try? Rational.one / p { return RealValue(scale) }
        return RealValue(1 / keep.value)
    }

    /// The factor applied at test time: 1 (identity) for inverted dropout, `p` for standard.
    public var testScale: RealValue {
        variant == .inverted ? RealValue(.one) : keep
    }

    /// `E[output]` of a unit with value `activation` during training: `p · scale · a`,
    /// which is `a` itself for inverted dropout and `p·a` for standard dropout.
    public func expectedTrainingOutput(of activation: Double) -> Double {
        variant == .inverted ? activation : keep.value * activation
    }

    /// The variance in training of the output of a unit with value `activation`, over the
    /// random mask: `a²·q/p` for inverted dropout (the output is `a/p` with probability p, else
    /// 0), `a²·p·q` for standard dropout.
    public func trainingVariance(of activation: Double) -> Double {
        let p = keep.value, q = drop.value
        return variant == .inverted ? activation * activation * q / p : activation * activation * p * q
    }

    /// The expected number of the `units` that are zeroed: `n·q`.
    public func expectedZeroed(units: Int) throws -> RealValue {
        try Check.nonNegative(units, "units")
        if let p = keepFraction, let q = try? (Rational.one - p) * Rational(units) { return RealValue(q) }
        return RealValue(Double(units) * drop.value)
    }

    /// The expected number of the `units` that survive: `n·p`.
    public func expectedKept(units: Int) throws -> RealValue {
        try Check.nonNegative(units, "units")
        if let p = keepFraction, let kept = try? p * Rational(units) { return RealValue(kept) }
        return RealValue(Double(units) * keep.value)
    }

    /// One training pass with a given keep mask (true = kept): kept units times the
    /// training scale, dropped units 0.
    public func trainingOutput(_ activations: [Double], keepMask: [Bool]) throws -> [Double] {
        guard activations.count == keepMask.count else {
            throw SolverError.shapeMismatch("\(activations.count) activations but a mask of \(keepMask.count)")
        }
        try Check.finite(activations, "activations")
        let scale = trainingScale.value
        return zip(activations, keepMask).map { $1 ? $0 * scale : 0 }
    }

    /// The test-time output: the input unchanged for inverted dropout, `p·x` for standard.
    public func testOutput(_ activations: [Double]) -> [Double] {
        let scale = testScale.value
        return scale == 1 ? activations : activations.map { $0 * scale }
    }

    /// A sentence describing the test-time behaviour.
    public var testTimeBehaviour: String {
        switch variant {
        case .inverted: "identity: no units are dropped and nothing is rescaled (training already scaled by 1/p)"
        case .standard: "no units are dropped; activations are multiplied by the keep probability p"
        }
    }
}
