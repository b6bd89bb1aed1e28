import Solve

/// Floating-point closeness for values that are not exact in binary (1/√3, 10/7, …).
func isClose(_ a: Double, _ b: Double, tolerance: Double = 1e-9) -> Bool {
    (a - b).magnitude <= tolerance * max(1, a.magnitude, b.magnitude)
}

func isClose(_ a: [Double], _ b: [Double], tolerance: Double = 1e-9) -> Bool {
    a.count == b.count && zip(a, b).allSatisfy { isClose($0, $1, tolerance: tolerance) }
}

/// Shorthand for an exact fraction in expectations (the literals are known-valid).
func q(_ numerator: Int, _ denominator: Int = 1) -> Rational {
    (try? Rational(numerator, denominator)) ?? .zero
}
