import Solve

extension AnswerGrammar {
    /// `\frac{1}{10}\begin{pmatrix} 3 & -1 \\ -2 & 4 \end{pmatrix}`, `(1/10)(3 −1; −2 4)`,
    /// `0.5 · [2, 4]`: a constant factor before a matrix or a vector multiplies its entries.
    /// Nil unless the tokens are exactly a constant, an optional product sign, and one
    /// bracketed group or matrix environment whose entries are all numbers.
    static func scaledGroup(_ tokens: [AnswerLexer.Token], expecting expectation: AnswerExpectation) -> AnswerValue? {
        // "= 0.5622 × (2, 1):": punctuation after the group ends the sentence.
        var tokens = tokens
        while let last = tokens.last, [.symbol(":"), .symbol("."), .symbol(","), .symbol(";")].contains(last) { tokens.removeLast() }
        var depth = 0
        for (index, token) in tokens.enumerated() {
            let opens = token == .symbol("(") || token == .symbol("[") || token == .command("begin")
            if opens, depth == 0, index > 0 {
                var factorTokens = Array(tokens[..<index])
                if let last = factorTokens.last, Self.productSigns.contains(last) { factorTokens.removeLast() }
                guard let factor = constant(factorTokens) else { return nil }
                var parser = Parser(tokens: Array(tokens[index...]), expectation: expectation)
                guard let group = parser.item(), parser.index == parser.tokens.count else { return nil }
                return scaled(group, by: factor)
            }
            if token == .symbol("(") || token == .symbol("[") || token == .symbol("{") { depth += 1 }
            if token == .symbol(")") || token == .symbol("]") || token == .symbol("}") { depth = max(0, depth - 1) }
        }
        return nil
    }

    static let productSigns: [AnswerLexer.Token] = [.symbol("·"), .symbol("×"), .symbol("*"), .symbol("⋅"), .command("cdot"), .command("times")]

    /// A constant written alone (`\frac{1}{10}`, `(1/10)`, `0.5`, `1/\sqrt{2}`), with its exact value when it has one.
    static func constant(_ tokens: [AnswerLexer.Token]) -> AnswerNumber? {
        guard !tokens.isEmpty else { return nil }
        var parser = Parser(tokens: tokens, expectation: .scalar)
        guard let value = parser.item(), parser.index == tokens.count else { return nil }
        switch value {
        case .number(let number): return number
        case .sequence(let items) where items.count == 1: return constant(of: items[0])
        default: return constant(of: value)
        }
    }

    static func constant(of value: AnswerValue) -> AnswerNumber? {
        switch value {
        case .number(let number): return number
        case .expression(let expression):
            guard let number = expression.constantValue else { return nil }
            let exact = Rational(approximating: number, maxDenominator: 10_000).flatMap { abs(Double($0.numerator) / Double($0.denominator) - number) < 1e-12 ? $0 : nil }
            return AnswerNumber(value: number, exact: exact, decimals: nil, significantFigures: nil, text: expression.description)
        default: return nil
        }
    }

    /// Every entry of a vector or matrix of numbers times `factor`; nil for anything else.
    static func scaled(_ value: AnswerValue, by factor: AnswerNumber) -> AnswerValue? {
        func times(_ entry: AnswerValue) -> AnswerValue? {
            guard let number = constant(of: entry) else { return nil }
            let exact = factor.exact.flatMap { f in number.exact.flatMap { try? f * $0 } }
            let value = exact.map { Double($0.numerator) / Double($0.denominator) } ?? factor.value * number.value
            return .number(AnswerNumber(value: value, exact: exact, decimals: nil,
                                        significantFigures: exact == nil ? min(factor.significantFigures ?? 15, number.significantFigures ?? 15) : nil,
                                        text: "\(factor.text)·\(number.text)"))
        }
        switch value {
        case .sequence(let items) where !items.isEmpty && items.allSatisfy({ if case .sequence = $0 { true } else { false } }):
            // "[[3, −1], [−2, 4]]": rows.
            let rows = items.map { item -> [AnswerValue] in if case .sequence(let row) = item { row } else { [] } }
            return scaled(.matrix(rows), by: factor)
        case .sequence(let items):
            let scaled = items.compactMap(times)
            return scaled.count == items.count && !items.isEmpty ? .sequence(scaled) : nil
        case .matrix(let rows):
            let scaled = rows.map { $0.compactMap(times) }
            return zip(scaled, rows).allSatisfy({ $0.count == $1.count }) ? .matrix(scaled) : nil
        default: return nil
        }
    }
}
