/// A number, vector or matrix as written in a statement's canonical text:
/// `3`, `−1.5`, `(1, 2, −1)`, `{3, 7}`, `[1 2; 3 4]`, `[0; 7; −2]` (a column), `[[1, 2], [3, 4]]`,
/// or a list of symbols such as `(w_1, w_2, w_3)`.
struct MathLiteral: Sendable, Hashable {
    enum Value: Sendable, Hashable {
        case number(Double)
        /// Written with parentheses or braces: `(1, 2, −1)`.
        case vector([Double])
        /// Written with brackets: rows of entries (a column vector is n×1).
        case matrix([[Double]])
        /// Entries that are not numbers (`w_1`, `N`): only the size is known.
        case symbolic(rows: Int, columns: Int)
    }

    var value: Value
    /// The literal as written (with `−` for minus).
    var text: String
    /// Character offsets in the scanned text.
    var range: Range<Int>

    /// The entries of a one-dimensional literal: a vector, a row or a column.
    var flat: [Double]? {
        switch value {
        case .vector(let values): return values
        case .matrix(let rows):
            if rows.count == 1 { return rows[0] }
            if rows.allSatisfy({ $0.count == 1 }) { return rows.map { $0[0] } }
            return nil
        case .number, .symbolic: return nil
        }
    }

    /// The rows of a genuinely two-dimensional literal (at least 2×2).
    var grid: [[Double]]? {
        guard case .matrix(let rows) = value, rows.count > 1, (rows.first?.count ?? 0) > 1 else { return nil }
        return rows
    }

    /// The number, when the literal is one.
    var number: Double? {
        if case .number(let value) = value { return value }
        return nil
    }

    /// The length of a one-dimensional literal, numeric or symbolic.
    var length: Int? {
        if let flat { return flat.count }
        if case .symbolic(let rows, let columns) = value, rows == 1 || columns == 1 { return rows * columns }
        return nil
    }

    /// Whether it is an array (not a single number).
    var isArray: Bool {
        if case .number = value { return false }
        return true
    }

    /// Whether every entry is known.
    var isNumeric: Bool {
        if case .symbolic = value { return false }
        return true
    }
}

extension MathLiteral {
    /// An array answer of another part as a literal (nil for a number, a shape or words).
    init?(_ answer: Answer) {
        switch answer {
        case .vector(let values): self.init(value: .vector(values), text: Answer.vector(values).description, range: 0..<0)
        case .matrix(let rows): self.init(value: .matrix(rows), text: Answer.matrix(rows).description, range: 0..<0)
        default: return nil
        }
    }
}

extension MathLiteral {
    /// The literal after a ReLU: every negative entry made zero.
    var rectified: MathLiteral {
        var copy = self
        switch value {
        case .number(let x): copy.value = .number(max(0, x))
        case .vector(let values): copy.value = .vector(values.map { max(0, $0) })
        case .matrix(let rows): copy.value = .matrix(rows.map { $0.map { max(0, $0) } })
        case .symbolic: break
        }
        return copy
    }
}
