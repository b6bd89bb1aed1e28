import Foundation

extension AnswerGrammar {
    /// "2 × 32 × 512 × 256 = 8{,}388{,}608 FLOPs ≈ 8.4 MFLOPs", "0.0032 s ≈ 3.2 ms": a value
    /// restated after `≈` in a unit a thousandfold (or more) larger or smaller is the same
    /// quantity, rounded for the reader. The value before the restatement is the answer.
    ///
    /// Only when the last relation is an approximation, both sides read as one number each,
    /// and the restated number is the first one scaled by a power of 1000 (within 5 %).
    static func unitRestatement(_ tokens: [AnswerLexer.Token], text: String) -> AnswerNumber? {
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
        guard start < last, let exact = number(tokens[start..<last]), let restated = number(tokens[(last + 1)...]),
            exact.value != 0, !exact.percent, !restated.percent,
            tokens[(last + 1)...].contains(where: { if case .word = $0 { true } else { false } }) else { return nil }
        for power in [-12, -9, -6, -3, 3, 6, 9, 12] {
            let scaled = restated.value * pow(10, Double(power))
            if abs(scaled - exact.value) <= 0.05 * abs(exact.value) { return exact }
        }
        return nil
    }
}
