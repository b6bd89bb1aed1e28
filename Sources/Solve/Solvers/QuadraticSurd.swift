/// An exact number `a + b·√t` with rational `a`, `b` and square-free `t ≥ 1`, used to
/// write normalized values in closed form (`-2/√3`, `-1 - 2√3`).
struct QuadraticSurd: Sendable, Hashable, CustomStringConvertible {
    var rational: Rational
    var coefficient: Rational
    var radicand: Int

    init(_ rational: Rational, coefficient: Rational = .zero, radicand: Int = 1) throws {
        if radicand == 1 {
            self.rational = try rational + coefficient
            self.coefficient = .zero
        } else {
            self.rational = rational
            self.coefficient = coefficient
        }
        self.radicand = coefficient.isZero ? 1 : radicand
    }

    /// `√r` for a positive rational, as `c·√t`; nil when `r` is too large to factor.
    static func squareRoot(of value: Rational) throws -> QuadraticSurd? {
        guard value > .zero else { return nil }
        if let root = value.exactSquareRoot() { return try QuadraticSurd(root) }
        // √(n/d) = √(n·d)/d = s·√t/d with n·d = s²·t.
        let product = try Check.multiply(value.numerator, value.denominator)
        guard let (square, squareFree) = Rational.squareFreeDecomposition(product) else { return nil }
        return try QuadraticSurd(.zero, coefficient: Rational(square, value.denominator), radicand: squareFree)
    }

    var doubleValue: Double {
        rational.doubleValue + coefficient.doubleValue * Double(radicand).squareRoot()
    }

    var description: String {
        guard !coefficient.isZero else { return rational.description }
        if rational.isZero { return Self.radical(coefficient, radicand) }
        let sign = coefficient.isNegative ? " - " : " + "
        let magnitude = coefficient.isNegative ? ((try? -coefficient) ?? coefficient) : coefficient
        return rational.description + sign + Self.radical(magnitude, radicand)
    }

    /// `c√t` for integer `c`; `k/√t` when `c·t = k` is an integer prime to `t` (`-2/√3`);
    /// else the rationalized `p√t/q` (`2√6/3` rather than `4/√6`).
    private static func radical(_ c: Rational, _ t: Int) -> String {
        let root = "√\(t)"
        if c.isInteger {
            switch c.numerator {
            case 1: return root
            case -1: return "-" + root
            default: return "\(c.numerator)" + root
            }
        }
        if let scaled = try? c * Rational(t), scaled.isInteger,
           Rational.gcd(scaled.numerator.magnitude, UInt(t)) == 1 {
            return "\(scaled.numerator)/" + root
        }
        let top = c.numerator == 1 ? root : c.numerator == -1 ? "-" + root : "\(c.numerator)" + root
        return top + "/\(c.denominator)"
    }
}
