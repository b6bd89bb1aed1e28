import Foundation

/// A scalar, vector or matrix of a homework formula, with the products homework means.
///
/// A vector written `[1, −1]` has no orientation until it meets a matrix (`W x`, `x^T W`);
/// `x^T y` is a dot product, `x y^T` an outer product, and `x y` of two plain vectors is refused
/// as ambiguous. A one-entry vector or matrix acts as a scalar next to anything else
/// (`W_2 a + b_2` with `b_2 = [0.5]`). The identity `I` takes its size from the square matrix it
/// is added to.
public struct Tensor: Sendable, Hashable {
    public enum Kind: Sendable, Hashable {
        case scalar
        /// A vector; `transposed` after an explicit `^T`.
        case vector(transposed: Bool)
        case matrix
        /// A multiple of the identity (its one entry), of a size not known yet.
        case identity
    }

    public var kind: Kind
    public var rows: Int
    public var columns: Int
    /// Row-major entries; a vector of length n is stored n × 1.
    public var entries: [Double]

    public static func scalar(_ value: Double) -> Tensor { Tensor(kind: .scalar, rows: 1, columns: 1, entries: [value]) }
    public static func vector(_ values: [Double]) -> Tensor { Tensor(kind: .vector(transposed: false), rows: values.count, columns: 1, entries: values) }
    public static func matrix(_ rows: [[Double]]) throws(SolverError) -> Tensor {
        guard let width = rows.first?.count, width > 0, rows.allSatisfy({ $0.count == width }) else { throw .emptyInput("a ragged or empty matrix") }
        return Tensor(kind: .matrix, rows: rows.count, columns: width, entries: rows.flatMap { $0 })
    }
    public static let identity = Tensor(kind: .identity, rows: 0, columns: 0, entries: [1])

    public var count: Int { entries.count }
    /// Whether it acts as a scalar: a scalar, or one entry.
    public var isScalarLike: Bool { kind != .identity && count == 1 }
    public var isVector: Bool { if case .vector = kind { true } else { false } }
    public var rowArrays: [[Double]] { (0..<rows).map { Array(entries[($0 * columns)..<(($0 + 1) * columns)]) } }

    /// The answer it gives: a number, a vector (also for a one-row or one-column matrix when
    /// `flattenLines`), or a matrix.
    public func answer(flattenLines: Bool = false) -> Answer {
        let settled = with(entries.map(Self.settled))
        if count == 1, kind != .identity { return .real(RealValue(settled.entries[0])) }
        switch kind {
        case .vector: return .vector(settled.entries)
        case .matrix where flattenLines && (rows == 1 || columns == 1): return .vector(settled.entries)
        default: return .matrix(settled.rowArrays)
        }
    }

    /// A value to 12 significant digits: `0.9000000000000004` → `0.9`, the noise of a few
    /// floating-point operations (an answer is never stated to more digits).
    static func settled(_ value: Double) -> Double {
        guard value.isFinite, value != 0 else { return value }
        return Double(String(format: "%.12g", value)) ?? value
    }

    func with(_ entries: [Double]) -> Tensor { Tensor(kind: kind, rows: rows, columns: columns, entries: entries) }

    /// `size` × `size` identity, times the identity's scale when this is one.
    func materialized(_ size: Int) -> Tensor {
        let scale = kind == .identity ? entries[0] : 1
        var entries = [Double](repeating: 0, count: size * size)
        for i in 0..<size { entries[i * size + i] = scale }
        return Tensor(kind: .matrix, rows: size, columns: size, entries: entries)
    }

    private var shapeText: String {
        switch kind {
        case .scalar: "a scalar"
        case .vector(let transposed): "a \(transposed ? "row " : "")vector of \(rows)"
        case .matrix: "a \(rows)×\(columns) matrix"
        case .identity: "I"
        }
    }

    // MARK: Operations

    /// `a + b`, `a − b` and other entrywise combinations: equal shapes, a scalar-like operand,
    /// a vector broadcast over a matrix's rows (`X W + b`, refused when square), or `I` beside a
    /// square matrix.
    public static func entrywise(_ a: Tensor, _ b: Tensor, _ op: (Double, Double) -> Double) throws(SolverError) -> Tensor {
        if a.kind == .identity || b.kind == .identity {
            let other = a.kind == .identity ? b : a
            guard other.kind == .matrix, other.rows == other.columns else { throw .shapeMismatch("I beside \(other.shapeText)") }
            let eye = (a.kind == .identity ? a : b).materialized(other.rows)
            return a.kind == .identity ? try entrywise(eye, b, op) : try entrywise(a, eye, op)
        }
        if a.rows == b.rows, a.columns == b.columns, a.kind == b.kind || (a.columns == 1 && (a.isVector || b.isVector)) {
            // A one-column matrix beside a vector is that vector.
            return (a.isVector ? a : b.isVector ? b : a).with(zip(a.entries, b.entries).map(op))
        }
        switch (a.isScalarLike, b.isScalarLike) {
        case (true, true): return .scalar(op(a.entries[0], b.entries[0]))
        case (false, true): return a.with(a.entries.map { op($0, b.entries[0]) })
        case (true, false): return b.with(b.entries.map { op(a.entries[0], $0) })
        case (false, false): break
        }
        if a.kind == .matrix, b.isVector, b.count == a.columns, a.rows != a.columns {
            return a.with(a.entries.enumerated().map { op($0.element, b.entries[$0.offset % a.columns]) })
        }
        throw .shapeMismatch("\(a.shapeText) with \(b.shapeText)")
    }

    /// A product written by juxtaposition or `·`: scaling by a scalar-like operand, else the
    /// matrix product with vectors oriented as described on the type.
    public static func product(_ a: Tensor, _ b: Tensor) throws(SolverError) -> Tensor {
        if a.kind == .identity || b.kind == .identity {
            let (eye, other) = a.kind == .identity ? (a, b) : (b, a)
            if other.isScalarLike || other.kind == .identity { return eye.with([eye.entries[0] * other.entries[0]]) }
            return other.with(other.entries.map { $0 * eye.entries[0] })
        }
        // A matrix beside a vector it fits is a product even when one of them has one entry.
        if a.kind == .matrix, b.isVector, a.columns == b.count, !(a.isScalarLike && b.isScalarLike) { return try matrixProduct(a, b) }
        if a.isVector, b.kind == .matrix, a.count == b.rows, !(a.isScalarLike && b.isScalarLike) { return try matrixProduct(a, b) }
        switch (a.isScalarLike, b.isScalarLike) {
        case (true, true): return .scalar(a.entries[0] * b.entries[0])
        case (true, false): return b.with(b.entries.map { $0 * a.entries[0] })
        case (false, true): return a.with(a.entries.map { $0 * b.entries[0] })
        case (false, false): break
        }
        return try matrixProduct(a, b)
    }

    private static func matrixProduct(_ a: Tensor, _ b: Tensor) throws(SolverError) -> Tensor {
        switch (a.kind, b.kind) {
        case (.vector(let ta), .vector(let tb)):
            guard ta != tb else { throw .invalidParameter(name: "product", reason: "two vectors side by side: dot or outer product is not stated") }
            if ta {
                guard a.count == b.count else { throw .shapeMismatch("\(a.shapeText) · \(b.shapeText)") }
                return .scalar(zip(a.entries, b.entries).reduce(0) { $0 + $1.0 * $1.1 })
            }
            return Tensor(kind: .matrix, rows: a.count, columns: b.count, entries: a.entries.flatMap { x in b.entries.map { x * $0 } })
        case (.matrix, .vector):
            guard a.columns == b.count else { throw .shapeMismatch("\(a.shapeText) · \(b.shapeText)") }
            let product = (0..<a.rows).map { i in (0..<a.columns).reduce(0.0) { $0 + a.entries[i * a.columns + $1] * b.entries[$1] } }
            return .vector(product)
        case (.vector, .matrix):
            guard a.count == b.rows else { throw .shapeMismatch("\(a.shapeText) · \(b.shapeText)") }
            let product = (0..<b.columns).map { j in (0..<b.rows).reduce(0.0) { $0 + a.entries[$1] * b.entries[$1 * b.columns + j] } }
            return Tensor(kind: .vector(transposed: true), rows: product.count, columns: 1, entries: product)
        default:
            guard a.columns == b.rows else { throw .shapeMismatch("\(a.shapeText) · \(b.shapeText)") }
            var entries = [Double](repeating: 0, count: a.rows * b.columns)
            for i in 0..<a.rows {
                for k in 0..<a.columns {
                    let x = a.entries[i * a.columns + k]
                    for j in 0..<b.columns { entries[i * b.columns + j] += x * b.entries[k * b.columns + j] }
                }
            }
            return Tensor(kind: .matrix, rows: a.rows, columns: b.columns, entries: entries)
        }
    }

    public var transposed: Tensor {
        switch kind {
        case .scalar, .identity: return self
        case .vector(let t): return Tensor(kind: .vector(transposed: !t), rows: rows, columns: columns, entries: entries)
        case .matrix:
            var entries = [Double](repeating: 0, count: count)
            for i in 0..<rows { for j in 0..<columns { entries[j * rows + i] = self.entries[i * columns + j] } }
            return Tensor(kind: .matrix, rows: columns, columns: rows, entries: entries)
        }
    }

    /// The inverse of a square matrix (Gauss–Jordan with partial pivoting); a singular or
    /// badly conditioned matrix is refused.
    public var inverse: Tensor {
        get throws(SolverError) {
            if isScalarLike {
                guard entries[0] != 0 else { throw .invalidParameter(name: "inverse", reason: "division by zero") }
                return with([1 / entries[0]])
            }
            guard kind == .matrix, rows == columns else { throw .shapeMismatch("the inverse of \(shapeText)") }
            let n = rows
            var a = rowArrays, inv = materialized(n).rowArrays
            let scale = entries.map(abs).max() ?? 1
            for column in 0..<n {
                guard let pivot = (column..<n).max(by: { abs(a[$0][column]) < abs(a[$1][column]) }), abs(a[pivot][column]) > 1e-10 * scale else {
                    throw .invalidParameter(name: "inverse", reason: "the matrix is singular")
                }
                a.swapAt(column, pivot); inv.swapAt(column, pivot)
                let p = a[column][column]
                for j in 0..<n { a[column][j] /= p; inv[column][j] /= p }
                for i in 0..<n where i != column {
                    let factor = a[i][column]
                    guard factor != 0 else { continue }
                    for j in 0..<n { a[i][j] -= factor * a[column][j]; inv[i][j] -= factor * inv[column][j] }
                }
            }
            return Tensor(kind: .matrix, rows: n, columns: n, entries: inv.flatMap { $0 })
        }
    }

    /// Softmax over a vector, or over each row of a matrix.
    public var softmax: Tensor {
        let lines = kind == .matrix ? rowArrays : [entries]
        let result = lines.flatMap { line -> [Double] in
            let top = line.max() ?? 0
            let e = line.map { Foundation.exp($0 - top) }
            let total = e.reduce(0, +)
            return e.map { $0 / total }
        }
        return with(result)
    }
}
