import Foundation
import Solve

/// Whether an answer read from a transcript equals the key's, and if not, why.
///
/// - Integers compare exactly: no relative tolerance accepts 2,362,368 for 2,359,296.
/// - An exact answer (an integer, a fraction, `4\sqrt{2}`, `15\pi`) must equal the key's
///   value (to 1e-9, relative).
/// - A decimal matches when the key's value rounded to the decimals the answer shows gives
///   the answer (3.13 for 3.125; −1.34 for −3/√5), and the answer shows at least three
///   significant figures. A key entry's own `tolerance:` replaces both rules: the answer must be
///   closer than the tolerance (0.880 is not 0.879 ± 0.001), and a decimal
///   with fewer than three significant figures must still be finer than the tolerance.
///   A key written with trailing zeros (0.420) is rounded: 0.42 does not equal it.
/// - A percentage `12.5%` matches a key of 0.125 or of 12.5.
/// - Vectors and tuples compare in order, sets in any order, matrices entry by entry;
///   column and row vectors are vectors.
/// - Shapes compare dimension by dimension, with a leading batch dimension allowed.
/// - Expressions are evaluated at the same random points.
public enum Equivalence {
    public struct Outcome: Sendable, Equatable {
        public var equal: Bool
        public var diagnosis: String?

        static let yes = Outcome(equal: true, diagnosis: nil)
        static func no(_ diagnosis: String?) -> Outcome { Outcome(equal: false, diagnosis: diagnosis) }
    }

    /// Compares `got` with the key's `expected` answer; `tolerance` is the key entry's own.
    public static func compare(_ got: AnswerValue, _ expected: Answer, tolerance: Double? = nil) -> Outcome {
        switch expected {
        case .integer(let n):
            return scalar(got, key: Double(n), keyIsInteger: true, tolerance: tolerance)
        case .real(let r):
            return scalar(got, key: r.value, keyDecimals: r.decimals, keyIsInteger: false, tolerance: tolerance)
        case .vector(let values):
            return vector(got, values, tolerance: tolerance)
        case .matrix(let rows):
            return matrix(got, rows, tolerance: tolerance)
        case .shape(let dimensions, let layout):
            return shape(got, dimensions, layout: layout)
        case .choice(let letter):
            guard case .choice(let given) = got else { return .no("expected a choice, got \(got)") }
            return given.uppercased() == letter.uppercased() ? .yes : .no(nil)
        case .text(let text), .expression(let text):
            if case .formula(let given) = got, AnswerGrammar.isAddress(text) {
                return given == text.trimmingCharacters(in: .whitespaces) ? .yes : .no(nil)
            }
            if case .formula(let given) = got, AnswerGrammar.isHexadecimal(text) {
                return given == AnswerGrammar.hexadecimalText(text) ? .yes : .no(nil)
            }
            if case .formula(let given) = got, AnswerGrammar.isBinary(text) {
                return given == AnswerGrammar.binaryText(text) ? .yes : .no(nil)
            }
            if case .formula(let given) = got {
                return given == AnswerGrammar.formulaText(text).replacingOccurrences(of: " ", with: "") ? .yes : .no(nil)
            }
            if let truth = AnswerGrammar.truthValue(text) {
                guard case .boolean(let given) = got else { return .no("expected true or false, got \(got)") }
                return given == truth ? .yes : .no(nil)
            }
            return expression(got, text, tolerance: tolerance)
        }
    }

    /// The numeric value of a scalar answer, and whether it was written as a rounded decimal.
    static func number(_ value: AnswerValue) -> AnswerNumber? {
        switch value {
        case .number, .expression: return value.numbers?.first
        case .sequence(let items) where items.count == 1: return number(items[0])
        default: return nil
        }
    }

    static func scalar(_ got: AnswerValue, key: Double, keyDecimals: Int? = nil, keyIsInteger: Bool, tolerance: Double?) -> Outcome {
        guard let number = number(got) else { return .no("expected a number, got \(got)") }
        let candidates = number.percent ? [number.value / 100, number.value] : [number.value]
        for value in candidates where matches(value, written: number, key: key, keyDecimals: keyDecimals, tolerance: tolerance) { return .yes }
        let value = candidates[0]
        if value == -key { return .no("sign error") }
        if keyIsInteger, number.decimals == nil, value == value.rounded() { return .no("off by \(RealValueFormat.text(value - key))") }
        if let (decimals, figures) = rounding(of: number), figures < 3,
            abs(value - key) <= max(0.5 * pow(10, -Double(decimals)), tolerance ?? 0) * (1 + 1e-9) {
            return .no("rounded to \(figures) significant figure\(figures == 1 ? "" : "s"); at least 3 are needed")
        }
        if abs(value - key) <= 0.05 * abs(key) { return .no("rounded or close, not equal") }
        return .no(nil)
    }

    /// One number against the key under the rules above.
    static func matches(_ value: Double, written: AnswerNumber, key: Double, keyDecimals: Int? = nil, tolerance: Double?) -> Bool {
        let slack = RealValue.noise(around: key)
        // 0.42 for a key written 0.420: the key is rounded, so equal digits show nothing more.
        var coarserThanKey = false
        if let keyDecimals, let shown = written.decimals { coarserThanKey = shown < keyDecimals }
        let equal = abs(value - key) <= slack && !coarserThanKey
        // Closer than the tolerance: 0.880 for 0.879 ± 0.001 is the last digit rounded differently.
        if let tolerance {
            // On the tolerance's edge, only a value written finer than the key: 11.05 for
            // 11.0 ± 0.05 may be 11.049… (0.880 for 0.879 ± 0.001 is a rounding of another value).
            // (The key's decimals as written, else as its shortest form shows them: 11.1 has one.)
            var keyPlaces = 0
            if let keyDecimals { keyPlaces = keyDecimals } else if let fraction = String(key).split(separator: ".").dropFirst().first {
                keyPlaces = fraction.contains("e") ? 99 : fraction.count
            }
            var finerThanKey = false
            if let shown = written.decimals { finerThanKey = shown > keyPlaces }
            let inside = abs(value - key) < tolerance - slack || (finerThanKey && abs(value - key) <= tolerance + slack)
            return equal || (inside && !tooCoarse(written, tolerance: tolerance))
        }
        if equal { return true }
        guard let decimals = written.decimals ?? scientificDecimals(written.text), let figures = written.significantFigures, figures >= 3 else { return false }
        // A percentage compared as a fraction (12.5 % for 0.125) has its precision scaled by 1/100.
        let unit = value == written.value ? 1.0 : 0.01
        // (In powers of ten, "1.18 × 10⁻⁷", the rounding is all the slack: 1e-9 would swamp it.)
        if written.decimals == nil { return abs(value - key) <= 0.5 * pow(10, -Double(decimals)) * unit * (1 + 1e-9) }
        return abs(value - key) <= 0.5 * pow(10, -Double(decimals)) * unit + slack
    }

    /// The decimal places a number in powers of ten shows: "1.569 × 10⁻²" shows five (0.01569),
    /// "1.52e5" minus three. Nil for a number not so written.
    static func scientificDecimals(_ text: String) -> Int? {
        var plain = text
        for (index, digit) in "⁰¹²³⁴⁵⁶⁷⁸⁹".enumerated() { plain = plain.replacingOccurrences(of: String(digit), with: String(index)) }
        plain = plain.replacingOccurrences(of: "⁻", with: "-").replacingOccurrences(of: "−", with: "-").replacingOccurrences(of: "⁺", with: "")
        guard let match = plain.firstMatch(of: #/^\s*-?\d+(?:\.(\d+))?\s*(?:[eE]|(?:[×x*]|\\times|\\cdot)\s*10\s*\^?\s*\{?)\s*([-+]?\d+)\}?\s*$/#),
              let exponent = Int(match.output.2) else { return nil }
        return (match.output.1?.count ?? 0) - exponent
    }

    /// A key with a tolerance is itself rounded, so a decimal must show enough to land inside it:
    /// 0.66 (anything from 0.655 to 0.665) does not show 0.659 ± 0.001. At least three
    /// significant figures always suffice, and so does the key's own value written as the key writes it.
    /// ("≈ 71 MBq" for 71.017 ± 0.05 is rounded to units, two figures.)
    static func tooCoarse(_ written: AnswerNumber, tolerance: Double) -> Bool {
        guard let (decimals, figures) = rounding(of: written), figures < 3 else { return false }
        let unit = written.percent ? 0.01 : 1.0
        return 0.5 * pow(10, -Double(decimals)) * unit > tolerance * (1 + 1e-9)
    }

    /// The decimals and significant figures a number is rounded to: as written for a decimal,
    /// and units for a whole number written in digits (71 has two figures; 7100 four, its
    /// zeros taken as shown); nil for fractions and closed forms.
    static func rounding(of written: AnswerNumber) -> (decimals: Int, figures: Int)? {
        if let decimals = written.decimals, let figures = written.significantFigures { return (decimals, figures) }
        guard written.isWholeNumber, !written.percent, abs(written.value) < 1e15,
              written.text.range(of: #"^[-−+]?\d[\d,\x{2009}\x{202F} ]*$"#, options: .regularExpression) != nil else { return nil }
        return (0, String(Int(abs(written.value))).count)
    }

    /// The entries of a vector answer: a list, a set, or a one-row or one-column matrix.
    static func numbers(_ got: AnswerValue) -> [AnswerNumber]? {
        switch got {
        case .sequence, .set: return got.numbers
        case .matrix(let rows) where rows.count == 1 || rows.allSatisfy({ $0.count == 1 }): return got.numbers
        default: return nil
        }
    }

    static func vector(_ got: AnswerValue, _ key: [Double], tolerance: Double?) -> Outcome {
        guard let values = numbers(got) else { return .no("expected a vector, got \(got)") }
        guard values.count == key.count else { return .no("wrong length: \(values.count), expected \(key.count)") }
        if zip(values, key).allSatisfy({ matches($0.value, written: $0, key: $1, tolerance: tolerance) }) { return .yes }
        if zip(values.reversed(), key).allSatisfy({ matches($0.value, written: $0, key: $1, tolerance: tolerance) }) {
            return .no("reversed (flipped kernel?)")
        }
        if case .set = got, Set(values.map(\.value)) == Set(key) { return .yes }
        if zip(values, key).allSatisfy({ matches(-$0.value, written: $0, key: $1, tolerance: tolerance) }) { return .no("sign error") }
        let wrong = zip(values, key).enumerated().filter { !matches($0.element.0.value, written: $0.element.0, key: $0.element.1, tolerance: tolerance) }
        return .no("entries \(wrong.map { String($0.offset + 1) }.joined(separator: ", ")) differ")
    }

    static func matrix(_ got: AnswerValue, _ key: [[Double]], tolerance: Double?) -> Outcome {
        let rows: [[AnswerValue]]
        switch got {
        case .matrix(let m): rows = m
        case .sequence(let items):
            let nested = items.compactMap { item -> [AnswerValue]? in if case .sequence(let row) = item { return row }; return nil }
            guard nested.count == items.count else {
                // A 1×n key given as a plain list.
                if key.count == 1 { return vector(got, key[0], tolerance: tolerance) }
                return .no("expected a matrix, got \(got)")
            }
            rows = nested
        default:
            return .no("expected a matrix, got \(got)")
        }
        guard rows.count == key.count, zip(rows, key).allSatisfy({ $0.count == $1.count }) else {
            return .no("wrong shape: \(rows.count)×\(rows.first?.count ?? 0), expected \(key.count)×\(key.first?.count ?? 0)")
        }
        let cells = rows.map { $0.map(number) }
        func agrees(_ transform: (Int, Int) -> (Int, Int), sign: Double = 1) -> Bool {
            (0..<key.count).allSatisfy { i in
                (0..<key[i].count).allSatisfy { j in
                    let (r, c) = transform(i, j)
                    guard r < cells.count, c < cells[r].count, let n = cells[r][c] else { return false }
                    return matches(sign * n.value, written: n, key: key[i][j], tolerance: tolerance)
                }
            }
        }
        if agrees({ ($0, $1) }) { return .yes }
        let square = key.count == key.first?.count
        if square, agrees({ ($1, $0) }) { return .no("transposed") }
        if agrees({ (key.count - 1 - $0, key[$0].count - 1 - $1) }) { return .no("rotated by 180° (flipped kernel?)") }
        if agrees({ ($0, $1) }, sign: -1) { return .no("sign error") }
        var wrong: [String] = []
        for (i, row) in cells.enumerated() {
            for (j, n) in row.enumerated() where !(n.map { matches($0.value, written: $0, key: key[i][j], tolerance: tolerance) } ?? false) {
                wrong.append("(\(i + 1),\(j + 1))")
            }
        }
        return .no("entries \(wrong.joined(separator: ", ")) differ")
    }

    static func shape(_ got: AnswerValue, _ key: [Int], layout: String?) -> Outcome {
        var dimensions: [Int]
        var written: String? = nil
        switch got {
        case .shape(let d, let layout):
            dimensions = d
            written = layout
        default:
            guard let values = numbers(got), values.allSatisfy({ $0.value == $0.value.rounded() && $0.value > 0 }) else {
                return .no("expected a shape, got \(got)")
            }
            dimensions = values.map { Int($0.value) }
        }
        // A layout the answer names is turned into the key's (HWC when the key names none).
        if let written, let order = reorder(dimensions, from: written, to: layout ?? "HWC") { dimensions = order }
        if dimensions == key { return .yes }
        // A leading batch dimension: (N, 16, 32, 32) for 16 × 32 × 32.
        if dimensions.count == key.count + 1, Array(dimensions.dropFirst()) == key { return .yes }
        if dimensions.sorted() == key.sorted() { return .no("same dimensions in another order (\(layout.map { "key layout \($0)" } ?? "no layout stated"))") }
        return .no("wrong shape")
    }

    /// Dimensions in `from` order rearranged to `to` order (`CHW` → `HWC`); a leading batch
    /// letter of a four-letter layout is dropped. Nil when the layouts do not match up.
    static func reorder(_ dimensions: [Int], from: String, to: String) -> [Int]? {
        var from = Array(from.uppercased()), dims = dimensions
        if from.count == dims.count + 1, from.first == "N" || from.first == "B" { from.removeFirst() }
        if from.count == dims.count - 1, dims.count >= 2 { dims.removeFirst() }
        let target = Array(to.uppercased())
        guard from.count == dims.count, target.count == dims.count, Set(from) == Set(target) else { return nil }
        return target.map { letter in dims[from.firstIndex(of: letter)!] }
    }

    static func expression(_ got: AnswerValue, _ keyText: String, tolerance: Double?) -> Outcome {
        guard case .value(let keyValue) = AnswerGrammar.read(keyText, expecting: .expression), case .expression(let key) = keyValue.asExpression,
            var given = got.asExpression.expressionValue
        else {
            // Text keys ("C, H, W") compare as letter sets or squashed text.
            return textual(got, keyText)
        }
        // "v_C(t) = 9 − 9e^(−t/0.47) V": a unit symbol the key does not use as a variable.
        if let stripped = given.strippingTrailingUnit(unitSymbols), !key.variables.contains(stripped.unit) {
            given = stripped.expression
        }
        // ("π√2/6" against the key "pi*sqrt(2)/6": a π the answer writes is the constant when the
        // key has no variable of that name.)
        let constants: [String: Double] = key.variables.contains("π") ? [:] : ["π": Double.pi]
        let variables = Array(Set(key.variables + given.variables).subtracting(constants.keys)).sorted()
        // ("−0.1830 + 0.6830i" against "(1 − sqrt(3))/4 + i(1 + sqrt(3))/4": a complex constant
        // written as two decimals, each of three significant figures at least, is the key rounded
        // to each one's decimals, its real part and its imaginary part apart.)
        if variables == ["i"], let parts = given.description.wholeMatch(of: #/\s*([-−]?\d+\.\d+)\s*([-+−])\s*\(?\s*(\d+\.\d+)\s*·?\s*i\s*\)?\s*/#),
           [parts.output.1, parts.output.3].allSatisfy({ $0.filter(\.isNumber).drop(while: { $0 == "0" }).count >= 3 }) {
            let real = (given.evaluate(["i": 0]), key.evaluate(["i": 0]))
            let imaginary = (given.evaluate(["i": 1]) - real.0, key.evaluate(["i": 1]) - real.1)
            func places(_ number: Substring) -> Double { Double(number.split(separator: ".").last?.count ?? 0) }
            let realOK = abs(real.0 - real.1) <= 0.5 * pow(10, -places(parts.output.1)) * (1 + 1e-9)
            let imaginaryOK = abs(imaginary.0 - imaginary.1) <= 0.5 * pow(10, -places(parts.output.3)) * (1 + 1e-9)
            // (Linear in i on both sides: the key's value at i = 2 is its parts' too.)
            if abs(key.evaluate(["i": 2]) - (real.1 + 2 * imaginary.1)) < RealValue.noise(around: abs(real.1) + abs(imaginary.1)) {
                return realOK && imaginaryOK ? .yes : .no(nil)
            }
        }
        /// Both sides at `bindings`: nil where either is undefined, else whether they agree.
        func agree(at values: [Double]) -> Bool? {
            var bindings: [String: Double] = constants
            for (name, value) in zip(variables, values) { bindings[name] = value }
            let a = given.evaluate(bindings), b = key.evaluate(bindings)
            guard a.isFinite, b.isFinite else { return nil }
            return abs(a - b) <= max(tolerance ?? 0, 1e-7 * max(1, abs(b)))
        }
        var generator = SplitMix(seed: 0x5EED)
        var checked = 0
        for _ in 0..<8 {
            guard let agreed = agree(at: variables.map { _ in 0.3 + 1.7 * generator.nextUnit() }) else { continue }
            checked += 1
            if !agreed { return .no(nil) }
        }
        // "2(−1)^{n+1}/n": a negative base to a variable's power is defined only at whole numbers,
        // where a series' index lives; both sides at n = 1 … 8 then (two variables on a 4 × 4 grid).
        if checked < 3 {
            checked = 0
            // (Every parity of every variable: m + n is odd and even among the samples.)
            let grid = variables.count == 1 ? (1...8).map { [$0] } : (1...4).flatMap { a in (1...4).map { b in [a, b] + Array(repeating: (a + b) % 3 + 1, count: max(0, variables.count - 2)) } }
            for values in grid {
                guard let agreed = agree(at: values.map(Double.init)) else { continue }
                checked += 1
                if !agreed { return .no(nil) }
            }
        }
        return checked >= 3 ? .yes : .no("could not be evaluated")
    }

    /// Unit symbols that may close an expression answer.
    static let unitSymbols: Set<String> = ["V", "mV", "kV", "A", "mA", "W", "kW", "J", "kJ", "N", "Hz", "Pa", "kPa", "Ω", "F", "H", "K", "s", "ms", "m", "cm", "mm", "km", "kg", "g", "mol", "L", "mL"]

    /// Whether an expression key is read in full: every name it writes is one of the parsed
    /// formula's variables (or, for a run of letters, a product of them). `beta1 + 2*beta2*log(x)`
    /// read as `beta` is not: comparing with it would call `β` correct.
    public static func readsInFull(_ keyText: String) -> Bool {
        guard AnswerGrammar.truthValue(keyText) == nil else { return true }
        // ("(1 + erf(x/sqrt(2)))/2": a key the grammar cannot read at all decides nothing either.)
        guard case .value(let value) = AnswerGrammar.read(keyText, expecting: .expression) else { return false }
        // (A key read as a number has no variables: any name it writes was not read.)
        let parsed: [String] = if case .expression(let parsed) = value.asExpression { parsed.variables } else { [] }
        let variables = Set(parsed.map { $0.lowercased().filter { $0 != "_" && $0 != "{" && $0 != "}" } })
        // (A subscripted name is one name: `p_k`, `x_{ij}`; `log2(` is a function; LaTeX commands,
        // `\frac`, `\pm`, `\mathrm`, are no names.)
        let names = keyText.replacing(#/\\[A-Za-z]+/#, with: " ")
        for match in names.matches(of: #/([A-Za-z]+)(?:_\{?[A-Za-z0-9]+\}?|[0-9]+)?(\s*\()?/#) {
            let name = String(match.output.0).lowercased().filter { $0.isLetter || $0.isNumber }
            if match.output.2 != nil, Expression.functions.contains(String(match.output.1).lowercased()) { continue }
            if Expression.functions.contains(name) || name == "pi" || name == "e" || variables.contains(name) { continue }
            if KeyIdentifiers.greek.contains(name) { continue }
            if !name.contains(where: \.isNumber), name.allSatisfy({ variables.contains(String($0)) }) { continue }
            return false
        }
        return true
    }

    static func textual(_ got: AnswerValue, _ keyText: String) -> Outcome {
        // A path against a key's names in order ("s,b,a,c,d,t"); the same names in another order are another path.
        if case .sequence(let items) = got, items.count >= 3, !keyText.contains("{"),
            case let names = items.map({ $0.description.lowercased() }), names.allSatisfy({ $0.first?.isLetter == true }) {
            let key = keyText.split(separator: ",").map { $0.trimmingCharacters(in: .whitespaces).lowercased() }
            return names == key ? .yes : .no(Set(names) == Set(key) ? "the same nodes in another order" : nil)
        }
        let gotText = got.description
        if let a = Self.letterSet(gotText.replacingOccurrences(of: "(", with: "").replacingOccurrences(of: ")", with: "")),
            let b = Self.letterSet(keyText) {
            return a == b ? .yes : .no("different set")
        }
        return Self.squash(gotText) == Self.squash(keyText) ? .yes : .no(nil)
    }
}

extension Equivalence {
    /// Text compared without case, spaces and markup.
    static func squash(_ text: String) -> String {
        text.lowercased().filter { !$0.isWhitespace && !"{}$\\*`.".contains($0) }
    }

    /// `C, H, W` / `{C, H, W}` as a set of single letters.
    static func letterSet(_ text: String) -> Set<String>? {
        let items = text.replacingOccurrences(of: "\\{", with: "").replacingOccurrences(of: "\\}", with: "")
            .trimmingCharacters(in: CharacterSet(charactersIn: "{} $"))
            .split(separator: ",").map { $0.trimmingCharacters(in: .whitespaces).uppercased() }
        guard items.count >= 1, items.allSatisfy({ $0.count == 1 && $0.first!.isLetter }) else { return nil }
        return Set(items)
    }
}

extension AnswerValue {
    /// A number as a constant expression; an expression as itself.
    var asExpression: AnswerValue {
        switch self {
        case .number(let n): .expression(.number(n.percent ? n.value / 100 : n.value))
        default: self
        }
    }

    var expressionValue: Expression? {
        if case .expression(let e) = self { return e }
        return nil
    }
}

/// A small deterministic generator for the evaluation points.
struct SplitMix {
    var state: UInt64

    init(seed: UInt64) { state = seed }

    mutating func next() -> UInt64 {
        state &+= 0x9E37_79B9_7F4A_7C15
        var z = state
        z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
        z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
        return z ^ (z >> 31)
    }

    /// A number in [0, 1).
    mutating func nextUnit() -> Double { Double(next() >> 11) / Double(1 << 53) }
}
