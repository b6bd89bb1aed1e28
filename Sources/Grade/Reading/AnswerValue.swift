import Solve

/// An answer literal as read from a model's text by ``AnswerGrammar``: a number, a list,
/// a set, a matrix, a choice, a truth value, a shape or an expression.
public indirect enum AnswerValue: Sendable, Equatable, CustomStringConvertible {
    case number(AnswerNumber)
    /// An ordered list: a tuple `(1, 2)`, a vector `[1, 2]`, a column vector.
    case sequence([AnswerValue])
    /// `{1, 3}`: order does not matter.
    case set([AnswerValue])
    case matrix([[AnswerValue]])
    /// A multiple-choice letter, upper-case.
    case choice(String)
    case boolean(Bool)
    /// Dimensions written with `×` (`16 × 32 × 32`), with the layout the text names
    /// (`CHW` for "(C, H, W)" or "channels first"), if any.
    case shape([Int], layout: String?)
    /// A formula with variables (`2x(1-x)`, `p_k - y_k`).
    case expression(Expression)
    /// A chemical formula with plain digits (`C4H8O2`).
    case formula(String)

    public var description: String {
        switch self {
        case .number(let number): number.description
        case .sequence(let items): "(" + items.map(\.description).joined(separator: ", ") + ")"
        case .set(let items): "{" + items.map(\.description).joined(separator: ", ") + "}"
        case .matrix(let rows): "[" + rows.map { $0.map(\.description).joined(separator: " ") }.joined(separator: "; ") + "]"
        case .choice(let letter): letter
        case .boolean(let value): value ? "true" : "false"
        case .shape(let dimensions, let layout): dimensions.map(String.init).joined(separator: "×") + (layout.map { " (\($0))" } ?? "")
        case .expression(let expression): expression.description
        case .formula(let formula): formula
        }
    }

    /// The numbers of a list or matrix, in reading order (fractions and other constant
    /// formulas as their values); nil when an item is not a number.
    var numbers: [AnswerNumber]? {
        switch self {
        case .number(let number): [number]
        case .expression(let e):
            e.constantValue.map { [AnswerNumber(value: $0, exact: nil, decimals: nil, significantFigures: nil, text: e.description)] }
        case .sequence(let items), .set(let items):
            items.reduce([AnswerNumber]?([])) { partial, item in
                guard let partial, let n = item.numbers, n.count == 1 else { return nil }
                return partial + n
            }
        case .matrix(let rows):
            AnswerValue.sequence(rows.flatMap { $0 }).numbers
        default: nil
        }
    }

    /// The value as a typed ``Answer`` for reports.
    public var answer: Answer {
        switch self {
        case .number(let number):
            if number.isWholeNumber, !number.percent, let integer = Int(exactly: number.value.rounded()) { return .integer(integer) }
            // A decimal is shown as written; a fraction with its exact form.
            return .real(RealValue(number.value, exact: number.decimals == nil ? number.exact.map(\.description) : nil))
        case .sequence(let items), .set(let items):
            if let numbers = AnswerValue.sequence(items).numbers { return .vector(numbers.map(\.value)) }
            return .expression(description)
        case .matrix(let rows):
            let values = rows.map { row in row.compactMap { item in item.numbers?.first?.value } }
            if zip(values, rows).allSatisfy({ $0.count == $1.count }) { return .matrix(values) }
            return .expression(description)
        case .choice(let letter): return .choice(letter)
        case .boolean(let value): return .text(value ? "true" : "false")
        case .shape(let dimensions, let layout): return .shape(dimensions: dimensions, layout: layout)
        case .expression(let expression):
            if let value = expression.constantValue { return .real(RealValue(value, exact: expression.description)) }
            return .expression(expression.description)
        case .formula(let formula): return .text(formula)
        }
    }
}

/// A number as written: its value, its exact fraction when it has one, and how precisely
/// it was written (decimals shown, significant figures), which decides how it may be
/// compared with an exact key.
public struct AnswerNumber: Sendable, Equatable, CustomStringConvertible {
    public var value: Double
    /// The exact value for integers, fractions and terminating decimals written out.
    public var exact: Rational?
    /// Decimals written after the point (`3.13` → 2); nil for integers, fractions and
    /// closed forms, which are exact.
    public var decimals: Int?
    /// Significant figures written (`0.0250` → 3); nil when exact.
    public var significantFigures: Int?
    /// Written with `%` or "percent": ``value`` is the number before the sign.
    public var percent = false
    /// The text it was read from.
    public var text: String

    public init(value: Double, exact: Rational?, decimals: Int?, significantFigures: Int?, percent: Bool = false, text: String) {
        self.value = value
        self.exact = exact
        self.decimals = decimals
        self.significantFigures = significantFigures
        self.percent = percent
        self.text = text
    }

    var isWholeNumber: Bool { decimals == nil && (exact?.isInteger ?? (value == value.rounded())) && value.isFinite }

    public var description: String { text }
}
