/// A real-valued answer: the floating-point value, plus the exact closed form when one
/// is known (`"5/4"`, `"-2/√3"`, `"1 + 2√3"`). `exact` is nil when only the decimal is known.
public struct RealValue: Sendable, Hashable, Codable, CustomStringConvertible {
    /// The numerical noise allowed around `reference` when two computations of one number are
    /// compared: a `fraction` of it, or 1e-12 at zero. (Never an absolute 1e-9: keys such as
    /// 6.692 × 10⁻¹⁹ kg·m/s are far smaller, and 6.69 × 10⁻²² would pass for them.)
    public static func noise(around reference: Double, fraction: Double = 1e-9) -> Double {
        reference == 0 ? 1e-12 : fraction * abs(reference)
    }

    public var value: Double
    public var exact: String?
    /// The decimals a key writes when its number ends in zeros (`0.420` → 3): the value is
    /// rounded to them, so an answer of 0.42 only equals it to two decimals.
    public var decimals: Int?

    public init(_ value: Double, exact: String? = nil) {
        self.value = value
        self.exact = exact
    }

    /// The exact fraction, with its decimal value.
    public init(_ rational: Rational) {
        self.init(rational.doubleValue, exact: rational.description)
    }

    /// `"5/4 = 1.25"` when the closed form differs from the decimal, else just the decimal.
    public var description: String {
        let decimal = Self.format(value)
        guard let exact, exact != decimal else { return decimal }
        return "\(exact) = \(decimal)"
    }

    /// Integral values without a trailing `.0`, everything else in Swift's shortest form.
    static func format(_ value: Double) -> String {
        if value == 0 { return "0" }
        if value.isFinite, value == value.rounded(), value.magnitude < 1e15 { return "\(Int(value))" }
        return "\(value)"
    }
}
