import Foundation
import Solve

/// Whether an extracted answer equals the expected one, with a diagnosis when not.
///
/// Integers, counts and shapes compare exactly; reals within a relative 1e-4, and a value
/// rounded to the precision it shows is accepted only when it shows at least three
/// significant digits (4.8 for 4.75 is wrong). Vectors and matrices compare element-wise.
public enum AnswerComparison {
    public struct Result: Sendable, Equatable {
        public var equal: Bool
        public var diagnosis: String?
    }

    /// Two numbers; `decimals` is how many decimals `got` was written with (nil: exact).
    public static func numbersEqual(_ got: Double, _ expected: Double, decimals: Int? = nil) -> Bool {
        if got == expected { return true }
        let scale = max(abs(expected), 1e-12)
        if abs(got - expected) <= 1e-4 * scale { return true }
        if let decimals, decimals < 20 {
            let significant = significantDigits(got, decimals: decimals)
            if significant >= 3 {
                let factor = pow(10, Double(decimals))
                if abs((expected * factor).rounded() / factor - got) < 1e-9 * max(1, abs(got)) { return true }
            }
        }
        return false
    }

    static func significantDigits(_ value: Double, decimals: Int) -> Int {
        let magnitude = abs(value)
        guard magnitude > 0 else { return decimals }
        let integerDigits = magnitude >= 1 ? Int(log10(magnitude)) + 1 : 0
        let leadingZeros = magnitude < 1 ? max(0, -Int(floor(log10(magnitude))) - 1) : 0
        return integerDigits + decimals - leadingZeros
    }

    static func decimals(of value: Double) -> Int? {
        let text = "\(value)"
        guard let dot = text.firstIndex(of: ".") else { return 0 }
        let fraction = text[text.index(after: dot)...]
        return fraction == "0" ? 0 : fraction.count
    }

    static func elementsEqual(_ a: [Double], _ b: [Double]) -> Bool {
        a.count == b.count && zip(a, b).allSatisfy { numbersEqual($0, $1, decimals: decimals(of: $0)) }
    }

    public static func compare(_ got: Answer, _ expected: Answer) -> Result {
        switch (got, expected) {
        case (.integer(let a), .integer(let b)):
            return Result(equal: a == b, diagnosis: a == b ? nil : (a == -b ? "sign error" : "off by \(a - b)"))
        case (.integer(let a), .real(let b)):
            return Result(equal: numbersEqual(Double(a), b.value, decimals: 0), diagnosis: nil)
        case (.real(let a), .integer(let b)):
            let ok = a.value == Double(b)
            return Result(equal: ok, diagnosis: ok ? nil : (a.value == -Double(b) ? "sign error" : nil))
        case (.real(let a), .real(let b)):
            let ok = numbersEqual(a.value, b.value, decimals: a.exact == nil ? decimals(of: a.value) : nil)
            return Result(equal: ok, diagnosis: ok ? nil : (abs(a.value - b.value) < 0.05 * abs(b.value) ? "rounded or close, not equal" : nil))
        case (.vector(let a), .vector(let b)):
            return vectors(a, b)
        case (.vector(let a), .matrix(let b)) where b.count == 1 || b.allSatisfy({ $0.count == 1 }):
            return vectors(a, b.flatMap { $0 })
        case (.matrix(let a), .vector(let b)) where a.count == 1 || a.allSatisfy({ $0.count == 1 }):
            return vectors(a.flatMap { $0 }, b)
        case (.matrix(let a), .matrix(let b)):
            return matrices(a, b)
        case (.shape(let a, let layoutA), .shape(let b, let layoutB)):
            let got = reorder(a, from: layoutA, to: layoutB ?? "HWC")
            if got == b { return Result(equal: true, diagnosis: nil) }
            if a.sorted() == b.sorted() { return Result(equal: false, diagnosis: "same dimensions in another order (no layout stated)") }
            return Result(equal: false, diagnosis: "wrong shape")
        case (.choice(let a), .choice(let b)):
            return Result(equal: a.uppercased() == b.uppercased(), diagnosis: nil)
        case (.text(let a), .text(let b)), (.expression(let a), .expression(let b)), (.text(let a), .expression(let b)), (.expression(let a), .text(let b)):
            let setA = letterSet(a), setB = letterSet(b)
            if let setA, let setB { return Result(equal: setA == setB, diagnosis: setA == setB ? nil : "different set") }
            return Result(equal: squash(a) == squash(b), diagnosis: nil)
        default:
            return Result(equal: false, diagnosis: "expected \(expected.type), got \(got.type)")
        }
    }

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

    static func reorder(_ dims: [Int], from: String?, to: String) -> [Int] {
        guard let from, from.count == dims.count, to.count == dims.count, Set(from) == Set(to) else { return dims }
        let letters = Array(from)
        return to.map { letter in dims[letters.firstIndex(of: letter)!] }
    }

    static func vectors(_ a: [Double], _ b: [Double]) -> Result {
        if elementsEqual(a, b) { return Result(equal: true, diagnosis: nil) }
        if a.count != b.count { return Result(equal: false, diagnosis: "wrong length: \(a.count), expected \(b.count)") }
        if elementsEqual(a.reversed(), b) { return Result(equal: false, diagnosis: "reversed (flipped kernel?)") }
        if elementsEqual(a.map { -$0 }, b) { return Result(equal: false, diagnosis: "sign error") }
        let wrong = zip(a, b).enumerated().filter { !numbersEqual($0.element.0, $0.element.1) }.map { "\($0.offset + 1)" }
        return Result(equal: false, diagnosis: "entries \(wrong.joined(separator: ", ")) differ")
    }

    static func matrices(_ a: [[Double]], _ b: [[Double]]) -> Result {
        let shapeA = "\(a.count)×\(a.first?.count ?? 0)", shapeB = "\(b.count)×\(b.first?.count ?? 0)"
        if shapeA == shapeB, elementsEqual(a.flatMap { $0 }, b.flatMap { $0 }) { return Result(equal: true, diagnosis: nil) }
        if shapeA != shapeB {
            let transposedShape = "\(a.first?.count ?? 0)×\(a.count)"
            if transposedShape == shapeB, elementsEqual(transpose(a).flatMap { $0 }, b.flatMap { $0 }) {
                return Result(equal: false, diagnosis: "transposed")
            }
            return Result(equal: false, diagnosis: "wrong shape: \(shapeA), expected \(shapeB)")
        }
        if elementsEqual(transpose(a).flatMap { $0 }, b.flatMap { $0 }) { return Result(equal: false, diagnosis: "transposed") }
        if elementsEqual(a.flatMap { $0 }.reversed(), b.flatMap { $0 }) { return Result(equal: false, diagnosis: "rotated by 180° (flipped kernel?)") }
        if elementsEqual(a.flatMap { $0 }.map { -$0 }, b.flatMap { $0 }) { return Result(equal: false, diagnosis: "sign error") }
        var wrong: [String] = []
        var close = true
        for (i, row) in a.enumerated() {
            for (j, value) in row.enumerated() where !numbersEqual(value, b[i][j], decimals: decimals(of: value)) {
                wrong.append("(\(i + 1),\(j + 1))")
                if abs(value - b[i][j]) > 0.05 * max(abs(b[i][j]), 1e-9) { close = false }
            }
        }
        return Result(equal: false, diagnosis: "entries \(wrong.joined(separator: ", ")) differ" + (close ? " (rounded?)" : ""))
    }

    static func transpose(_ m: [[Double]]) -> [[Double]] {
        guard let width = m.first?.count else { return m }
        return (0..<width).map { j in m.map { $0[j] } }
    }
}
