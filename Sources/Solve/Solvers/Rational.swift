/// An exact fraction `numerator/denominator` of two `Int`s, always in lowest terms
/// with a positive denominator, so equal values compare equal field by field.
///
/// Arithmetic is checked: the operators `throw` ``SolverError/overflow`` instead of
/// trapping when a result leaves the range of `Int` (write `try a + b`).
public struct Rational: Sendable, Hashable, Comparable, Codable, CustomStringConvertible {
    public let numerator: Int
    public let denominator: Int

    public static let zero = Rational(0)
    public static let one = Rational(1)

    /// The integer `value` as a fraction `value/1`.
    public init(_ value: Int) {
        numerator = value
        denominator = 1
    }

    /// `numerator/denominator`, reduced to lowest terms. Throws for a zero denominator
    /// or when the normalized parts do not fit into `Int`.
    public init(_ numerator: Int, _ denominator: Int) throws {
        guard denominator != 0 else {
            throw SolverError.invalidParameter(name: "denominator", reason: "must not be zero")
        }
        let divisor = Rational.gcd(numerator.magnitude, denominator.magnitude)
        let top = numerator.magnitude / max(divisor, 1)
        let bottom = denominator.magnitude / max(divisor, 1)
        let negative = (numerator < 0) != (denominator < 0) && top != 0
        guard bottom <= UInt(Int.max) else { throw SolverError.overflow }
        if negative {
            guard top <= UInt(Int.max) + 1 else { throw SolverError.overflow }
            self.numerator = top == UInt(Int.max) + 1 ? Int.min : -Int(top)
        } else {
            guard top <= UInt(Int.max) else { throw SolverError.overflow }
            self.numerator = Int(top)
        }
        self.denominator = Int(bottom)
    }

    /// The fraction closest to `value` with a denominator of at most `maxDenominator`,
    /// if dividing it out gives exactly `value` again (0.8 → 4/5, 0.1 → 1/10, 1.0/3.0 → 1/3);
    /// nil otherwise (√2, π, 0.1 + 0.2).
    public init?(approximating value: Double, maxDenominator: Int = 1_000_000) {
        guard value.isFinite, maxDenominator >= 1, value.magnitude < 9.0e15 else { return nil }
        // Continued-fraction convergents h/k.
        var (h0, h1) = (0, 1)
        var (k0, k1) = (1, 0)
        var remainder = value
        for _ in 0..<64 {
            let term = remainder.rounded(.down)
            guard term.magnitude < 9.0e15 else { break }
            let a = Int(term)
            let (ah, o1) = a.multipliedReportingOverflow(by: h1)
            let (h2, o2) = ah.addingReportingOverflow(h0)
            let (ak, o3) = a.multipliedReportingOverflow(by: k1)
            let (k2, o4) = ak.addingReportingOverflow(k0)
            if o1 || o2 || o3 || o4 || k2 > maxDenominator { break }
            (h0, h1, k0, k1) = (h1, h2, k1, k2)
            let fraction = remainder - term
            if Double(h1) / Double(k1) == value || fraction == 0 { break }
            remainder = 1 / fraction
        }
        // Only a fraction whose division reproduces the double exactly counts: 0.8 is 4/5,
        // but √2 (whose best small fraction is off by ~1e-12) is not rational.
        guard k1 > 0, let candidate = try? Rational(h1, k1), candidate.doubleValue == value else { return nil }
        self = candidate
    }

    /// Parses `"3"`, `"-5/4"`, `"0.8"`, `"-1.25"`; nil for anything else.
    public init?(_ text: String) {
        let trimmed = text.trimmedOfWhitespace()
        if let slash = trimmed.firstIndex(of: "/") {
            guard let top = Int(trimmed[..<slash].trimmedOfWhitespace()),
                  let bottom = Int(trimmed[trimmed.index(after: slash)...].trimmedOfWhitespace()),
                  let value = try? Rational(top, bottom) else { return nil }
            self = value
            return
        }
        if let dot = trimmed.firstIndex(of: ".") {
            let whole = String(trimmed[..<dot])
            let digits = String(trimmed[trimmed.index(after: dot)...])
            guard !digits.isEmpty, digits.count <= 18, digits.allSatisfy({ $0.isASCII && $0.isNumber }),
                  whole.isEmpty || whole == "-" || whole == "+" || Int(whole) != nil else { return nil }
            let negative = whole.hasPrefix("-")
            let wholeValue = Int(whole.droppingLeadingSigns()) ?? 0
            guard let fractionValue = Int(digits) else { return nil }
            var scale = 1
            for _ in digits { scale *= 10 }
            guard let magnitude = try? Rational(wholeValue) + Rational(fractionValue, scale) else { return nil }
            self = negative ? (try? -magnitude) ?? magnitude : magnitude
            return
        }
        guard let integer = Int(trimmed) else { return nil }
        self = Rational(integer)
    }

    public var doubleValue: Double { Double(numerator) / Double(denominator) }
    public var isInteger: Bool { denominator == 1 }
    public var isZero: Bool { numerator == 0 }
    public var isNegative: Bool { numerator < 0 }

    /// `"5/4"`, `"-2"`, `"0"`.
    public var description: String {
        denominator == 1 ? "\(numerator)" : "\(numerator)/\(denominator)"
    }

    /// The exact square root when numerator and denominator are both perfect squares.
    public func exactSquareRoot() -> Rational? {
        guard numerator >= 0,
              let top = Rational.integerSquareRoot(numerator),
              let bottom = Rational.integerSquareRoot(denominator) else { return nil }
        return try? Rational(top, bottom)
    }

    // MARK: Checked arithmetic

    public static func + (lhs: Rational, rhs: Rational) throws -> Rational {
        let g = Int(gcd(lhs.denominator.magnitude, rhs.denominator.magnitude))
        let left = try Check.multiply(lhs.numerator, rhs.denominator / g)
        let right = try Check.multiply(rhs.numerator, lhs.denominator / g)
        let bottom = try Check.multiply(lhs.denominator / g, rhs.denominator)
        return try Rational(Check.add(left, right), bottom)
    }

    public static prefix func - (value: Rational) throws -> Rational {
        guard value.numerator != Int.min else { throw SolverError.overflow }
        return try Rational(-value.numerator, value.denominator)
    }

    public static func - (lhs: Rational, rhs: Rational) throws -> Rational {
        try lhs + (-rhs)
    }

    public static func * (lhs: Rational, rhs: Rational) throws -> Rational {
        // Cross-reduce first so intermediate products stay small.
        let g1 = Int(max(gcd(lhs.numerator.magnitude, rhs.denominator.magnitude), 1))
        let g2 = Int(max(gcd(rhs.numerator.magnitude, lhs.denominator.magnitude), 1))
        let top = try Check.multiply(lhs.numerator / g1, rhs.numerator / g2)
        let bottom = try Check.multiply(lhs.denominator / g2, rhs.denominator / g1)
        return try Rational(top, bottom)
    }

    public static func / (lhs: Rational, rhs: Rational) throws -> Rational {
        guard !rhs.isZero else { throw SolverError.invalidParameter(name: "divisor", reason: "division by zero") }
        return try lhs * Rational(rhs.denominator, rhs.numerator)
    }

    public static func < (lhs: Rational, rhs: Rational) -> Bool {
        // Compare a/b < c/d as a·d < c·b in full 128-bit width (denominators are positive).
        let left = lhs.numerator.multipliedFullWidth(by: rhs.denominator)
        let right = rhs.numerator.multipliedFullWidth(by: lhs.denominator)
        return (left.high, left.low) < (right.high, right.low)
    }

    // MARK: Codable — {"numerator": 5, "denominator": 4}, validated on decoding.

    private enum CodingKeys: String, CodingKey { case numerator, denominator }

    public init(from decoder: any Decoder) throws {
        let container = try decoder.container(keyedBy: CodingKeys.self)
        try self.init(container.decode(Int.self, forKey: .numerator), container.decode(Int.self, forKey: .denominator))
    }

    public func encode(to encoder: any Encoder) throws {
        var container = encoder.container(keyedBy: CodingKeys.self)
        try container.encode(numerator, forKey: .numerator)
        try container.encode(denominator, forKey: .denominator)
    }

    // MARK: Integer helpers

    static func gcd(_ a: UInt, _ b: UInt) -> UInt {
        var (x, y) = (a, b)
        while y != 0 { (x, y) = (y, x % y) }
        return x
    }

    /// ⌊√n⌋ if it is exact, else nil.
    static func integerSquareRoot(_ n: Int) -> Int? {
        guard n >= 0 else { return nil }
        var root = Int(Double(n).squareRoot())
        while root > 0, root.multipliedReportingOverflow(by: root).overflow || root * root > n { root -= 1 }
        while !(root + 1).multipliedReportingOverflow(by: root + 1).overflow, (root + 1) * (root + 1) <= n { root += 1 }
        return root * root == n ? root : nil
    }

    /// Writes `n = s²·t` with `t` square-free (trial division; nil when `n` is too large to factor quickly).
    static func squareFreeDecomposition(_ n: Int) -> (square: Int, squareFree: Int)? {
        guard n > 0 else { return nil }
        var rest = n
        var square = 1
        var factor = 2
        var steps = 0
        while factor <= rest / factor {
            steps += 1
            if steps > 2_000_000 { return nil }
            while rest % (factor * factor) == 0 {
                rest /= factor * factor
                square *= factor
            }
            if rest % factor == 0 { rest /= factor }
            factor += 1
        }
        return (square, n / (square * square))
    }
}

extension Rational {
    /// Sum of fractions, checked.
    static func sum(_ values: [Rational]) throws -> Rational {
        try values.reduce(Rational.zero) { try $0 + $1 }
    }
}

fileprivate extension StringProtocol {
    func trimmedOfWhitespace() -> String {
        var text = Substring(self)
        while let first = text.first, first.isWhitespace { text.removeFirst() }
        while let last = text.last, last.isWhitespace { text.removeLast() }
        return String(text)
    }

    func droppingLeadingSigns() -> String {
        var text = Substring(self)
        while let first = text.first, first == "+" || first == "-" { text.removeFirst() }
        return String(text)
    }
}
