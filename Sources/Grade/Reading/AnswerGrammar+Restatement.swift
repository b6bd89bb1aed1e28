import Foundation
import Solve

extension AnswerGrammar {
    /// "2 × 32 × 512 × 256 = 8{,}388{,}608 FLOPs ≈ 8.4 MFLOPs", "0.0032 s ≈ 3.2 ms": a value
    /// restated after `≈` in a unit a thousandfold (or more) larger or smaller is the same
    /// quantity, rounded for the reader. The value before the restatement is the answer.
    ///
    /// Only when the last relation is an approximation, both sides read as one number each,
    /// and the restated number is the first one scaled by a power of 1000 (within 5 %).
    static func unitRestatement(_ tokens: [AnswerLexer.Token], text: String) -> AnswerNumber? {
        guard let (exact, restated, tail) = approximatedSides(tokens, text: text),
            exact.value != 0, !exact.percent, !restated.percent,
            tail.contains(where: { if case .word = $0 { true } else { false } }) else { return nil }
        for power in [-12, -9, -6, -3, 3, 6, 9, 12] {
            let scaled = restated.value * pow(10, Double(power))
            if abs(scaled - exact.value) <= 0.05 * abs(exact.value) { return exact }
        }
        return nil
    }

    /// "1 − 1/R₀ = 2/3 ≈ 0.67", "the tank is 5/8 ≈ 0.6 full": an exact fraction restated after
    /// `≈` rounded too coarsely to be graded on its own (fewer than three significant figures) is
    /// the same answer, shown for the reader; the fraction is the answer. A restatement with three
    /// figures or more ("1/3 ≈ 0.333") is read as written, and so is the rounding of a computation
    /// ("0.019/0.117 ≈ 0.16", "ln 2/0.2 ≈ 3.5"): there the rounding is the answer given.
    ///
    /// Only when the last relation is an approximation, the first side is a fraction of whole
    /// numbers, and the second is that fraction rounded.
    static func roundedRestatement(text: String) -> AnswerValue? {
        guard let approx = ["≈", "\\approx"].compactMap({ text.range(of: $0, options: .backwards) }).max(by: { $0.lowerBound < $1.lowerBound }),
            !text[approx.upperBound...].contains("="), !text[approx.upperBound...].contains("≈") else { return nil }
        let before = text[..<approx.lowerBound]
        // (Both sides are read on their own: "2/3" is one number only as a whole.) The fraction is
        // what follows the last `=`, or in prose the fraction right before the `≈` ("the tank is
        // 5/8 ≈ 0.63 full").
        let exactText: Substring
        if let equals = before.range(of: "=", options: .backwards) {
            exactText = before[equals.upperBound...]
        } else if before.contains(where: \.isLetter) {
            guard let trailing = before.firstMatch(of: #/\d+\s*\/\s*\d+\**\s*$/#) else { return nil }
            exactText = before[trailing.range]
        } else {
            exactText = before
        }
        let after = text[approx.upperBound...]
        let restatedText = after.firstMatch(of: #/^\s*\**\s*[-−]?\d+(?:\.\d+)?%?\**/#).map { after[$0.range] } ?? after
        // Only a fraction of whole numbers is an exact answer: "0.019/0.117 ≈ 0.16" computes, and
        // its rounding is the answer given.
        guard exactText.wholeMatch(of: #/[\s*$]*[-−]?\d+\s*\/\s*\d+[\s*$]*/#) != nil,
            case .value(let first) = read(String(exactText), expecting: .scalar),
            case .value(.number(let restated)) = read(String(restatedText), expecting: .scalar),
            let places = restated.decimals, places > 0, let figures = restated.significantFigures, figures < 3 else { return nil }
        let value: Double
        switch first {
        case .number(let exact):
            guard exact.percent == restated.percent, exact.decimals.map({ $0 > places }) ?? !exact.isWholeNumber else { return nil }
            value = exact.value
        case .expression(let expression):
            guard !restated.percent, let constant = expression.constantValue else { return nil }
            value = constant
        default:
            return nil
        }
        let scale = pow(10, Double(places))
        return abs((value * scale).rounded() / scale - restated.value) < RealValue.noise(around: restated.value) ? first : nil
    }

    /// The single numbers on both sides of a last top-level `≈` (the first after any `=` before
    /// it), and the tokens after the `≈`.
    private static func approximatedSides(_ tokens: [AnswerLexer.Token], text: String)
        -> (exact: AnswerNumber, restated: AnswerNumber, tail: ArraySlice<AnswerLexer.Token>)? {
        guard let approx = ["≈", "\\approx", "\\sim"].compactMap({ text.range(of: $0, options: .backwards) }).map(\.lowerBound).max(),
            text.range(of: "=", options: .backwards).map({ $0.lowerBound < approx }) ?? true else { return nil }
        var relations: [Int] = []
        var depth = 0
        for (index, token) in tokens.enumerated() {
            switch token {
            case .symbol("("), .symbol("["), .symbol("{"), .symbol("⟨"): depth += 1
            case .symbol(")"), .symbol("]"), .symbol("}"), .symbol("⟩"): depth = max(0, depth - 1)
            case .equals where depth == 0: relations.append(index)
            default: break
            }
        }
        guard let last = relations.last, last + 1 < tokens.count else { return nil }
        let start = relations.count >= 2 ? relations[relations.count - 2] + 1 : 0
        func number(_ slice: ArraySlice<AnswerLexer.Token>) -> AnswerNumber? {
            var parser = Parser(tokens: Array(slice), expectation: .scalar)
            let alternatives = parser.alternatives()
            guard alternatives.count == 1, !parser.decimalComma, case .number(let number) = alternatives[0] else { return nil }
            return number
        }
        guard start < last, let exact = number(tokens[start..<last]), let restated = number(tokens[(last + 1)...]) else { return nil }
        return (exact, restated, tokens[(last + 1)...])
    }

    /// The powers of ten of the SI prefixes a unit may carry.
    static let prefixPowers: [Character: Int] = ["G": 9, "M": 6, "k": 3, "m": -3, "μ": -6, "µ": -6, "n": -9]

    /// "216 kW — or about 0.22 MW", "0.0032 s or 3.2 ms": the same value restated after "or" in its
    /// unit with another SI prefix, rounded. The first value is the answer. Only when both values
    /// carry a unit, the units differ by one prefix, and the second is the first rescaled and
    /// rounded to the decimals it shows.
    static func prefixRestatement(_ a: AnswerNumber, _ b: AnswerNumber, in text: String) -> AnswerNumber? {
        func unit(after number: AnswerNumber) -> String? {
            guard let range = text.range(of: NSRegularExpression.escapedPattern(for: number.text) + #"\s*([A-Za-zμµΩ]{1,4})\b"#, options: .regularExpression) else { return nil }
            return String(text[range].drop { !$0.isLetter && $0 != "μ" && $0 != "µ" && $0 != "Ω" })
        }
        guard !a.percent, !b.percent, let first = unit(after: a), let second = unit(after: b), first != second else { return nil }
        // ("kW" and "MW": one prefix each; "s" and "ms": a prefix on one of them.)
        let p: Int, q: Int
        if first.count == second.count, first.count >= 2, first.dropFirst() == second.dropFirst(),
           let x = first.first.flatMap({ prefixPowers[$0] }), let y = second.first.flatMap({ prefixPowers[$0] }) {
            (p, q) = (x, y)
        } else if first.count == second.count + 1, first.hasSuffix(second), let x = first.first.flatMap({ prefixPowers[$0] }) {
            (p, q) = (x, 0)
        } else if second.count == first.count + 1, second.hasSuffix(first), let y = second.first.flatMap({ prefixPowers[$0] }) {
            (p, q) = (0, y)
        } else {
            return nil
        }
        // b in a's unit, and how far its shown decimals allow it to be from a.
        let scale = pow(10, Double(q - p))
        let slack = 0.5 * pow(10, -Double(b.decimals ?? 0)) * scale
        return abs(b.value * scale - a.value) <= slack * (1 + 1e-9) ? a : nil
    }
}
