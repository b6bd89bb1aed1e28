import Foundation

/// A formula read from an answer: numbers, variables (`x`, `p_k`), the four operations,
/// powers, roots and the usual functions. Compared by evaluating both sides at the same
/// random points (``Equivalence``).
public indirect enum Expression: Sendable, Equatable, CustomStringConvertible {
    case number(Double)
    case variable(String)
    case constant(String)
    case negate(Expression)
    case add(Expression, Expression)
    case subtract(Expression, Expression)
    case multiply(Expression, Expression)
    case divide(Expression, Expression)
    case power(Expression, Expression)
    case function(String, Expression)

    /// A sum or difference of plain numbers, not worked out (`0.5·2 + 0.8·(−0.5)`); an exact
    /// form with a root or a constant (`1 + √2`) is not.
    /// A transcendental function of a number that is not a whole number (`cos(0.3π)`,
    /// `exp(−0.25)`) counts as a number left to evaluate too: `0.001 + ½(0.099)(1 + cos(0.3π))`
    /// is a formula with the values put in, while `1 + ln 2` stays an exact form.
    var isUndoneArithmetic: Bool {
        func plain(_ e: Expression) -> Bool {
            switch e {
            case .number: true
            case .negate(let x): plain(x)
            case .add(let a, let b), .subtract(let a, let b), .multiply(let a, let b), .divide(let a, let b): plain(a) && plain(b)
            case .function(let name, let argument):
                ["cos", "sin", "tan", "exp", "log", "ln"].contains(name) && argument.constantValue.map { $0 != $0.rounded() } == true
            default: false
            }
        }
        switch self {
        case .add(let a, let b), .subtract(let a, let b): return plain(a) && plain(b)
        default: return false
        }
    }

    /// The functions the grammar knows, by name (without a backslash).
    static let functions: Set<String> = ["sqrt", "exp", "ln", "log", "sin", "cos", "tan", "tanh", "sigma", "abs"]

    public var description: String {
        switch self {
        case .number(let value): RealValueFormat.text(value)
        case .variable(let name): name
        case .constant(let name): name
        case .negate(let e): "-" + e.wrapped
        case .add(let a, let b): "\(a) + \(b)"
        case .subtract(let a, let b): "\(a) - \(b.wrapped)"
        case .multiply(let a, let b): "\(a.wrapped)·\(b.wrapped)"
        case .divide(let a, let b): "\(a.wrapped)/\(b.wrapped)"
        case .power(let a, let b): "\(a.wrapped)^\(b.wrapped)"
        case .function(let name, let e): "\(name)(\(e))"
        }
    }

    private var wrapped: String {
        switch self {
        case .number, .variable, .constant, .function: description
        default: "(\(description))"
        }
    }

    /// The variables it uses, sorted.
    public var variables: [String] {
        var names = Set<String>()
        func walk(_ e: Expression) {
            switch e {
            case .variable(let name): names.insert(name)
            case .number, .constant: break
            case .negate(let a), .function(_, let a): walk(a)
            case .add(let a, let b), .subtract(let a, let b), .multiply(let a, let b), .divide(let a, let b), .power(let a, let b):
                walk(a)
                walk(b)
            }
        }
        walk(self)
        return names.sorted()
    }

    /// The expression without a unit written after it (`9 − 9e^(−t/0.47) V`, `9(1 − e^(−t/τ)) V`):
    /// the unit is the right-most factor of the right-most term. Nil when it ends in no name
    /// of `units`.
    public func strippingTrailingUnit(_ units: Set<String>) -> (expression: Expression, unit: String)? {
        switch self {
        case .multiply(let a, .variable(let name)) where units.contains(name): (a, name)
        case .add(let a, let b): b.strippingTrailingUnit(units).map { (.add(a, $0.expression), $0.unit) }
        case .subtract(let a, let b): b.strippingTrailingUnit(units).map { (.subtract(a, $0.expression), $0.unit) }
        default: nil
        }
    }

    /// The value when it has no variables (`4√2`, `15π`), else nil.
    public var constantValue: Double? {
        guard variables.isEmpty else { return nil }
        let value = evaluate([:])
        return value.isFinite ? value : nil
    }

    /// The value with the variables bound; NaN when a variable is unbound or the value is undefined.
    public func evaluate(_ bindings: [String: Double]) -> Double {
        switch self {
        case .number(let value): return value
        case .variable(let name): return bindings[name] ?? .nan
        case .constant(let name): return name == "π" ? Double.pi : name == "e" ? M_E : .nan
        case .negate(let a): return -a.evaluate(bindings)
        case .add(let a, let b): return a.evaluate(bindings) + b.evaluate(bindings)
        case .subtract(let a, let b): return a.evaluate(bindings) - b.evaluate(bindings)
        case .multiply(let a, let b): return a.evaluate(bindings) * b.evaluate(bindings)
        case .divide(let a, let b): return a.evaluate(bindings) / b.evaluate(bindings)
        case .power(let a, let b): return pow(a.evaluate(bindings), b.evaluate(bindings))
        case .function(let name, let a):
            let x = a.evaluate(bindings)
            switch name {
            case "sqrt": return x < 0 ? .nan : x.squareRoot()
            case "exp": return exp(x)
            case "ln", "log": return x <= 0 ? .nan : Foundation.log(x)
            case "sin": return sin(x)
            case "cos": return cos(x)
            case "tan": return tan(x)
            case "tanh": return tanh(x)
            case "sigma": return 1 / (1 + exp(-x))
            case "abs": return abs(x)
            default: return .nan
            }
        }
    }
}

/// Numbers as text without a trailing `.0`.
enum RealValueFormat {
    static func text(_ value: Double) -> String {
        if value.isFinite, value == value.rounded(), value.magnitude < 1e15 { return String(Int(value)) }
        return "\(value)"
    }
}
