import Foundation

/// Dot-product attention of one head: the scores `S = Q Kᵀ · scale`, the weights
/// `A = softmax` of each row of S, and the output `A V`. Queries, keys and values are rows.
public struct Attention: Sendable, Hashable {
    /// Which matrix a part asks for.
    public enum Quantity: String, Sendable, Hashable {
        case scores, weights, output
    }

    public var queries: [[Double]]
    public var keys: [[Double]]
    /// Needed for the output only.
    public var values: [[Double]]?
    /// `1/√d_k` for scaled attention, 1 for plain dot products.
    public var scale: Double
    /// The one query (1-based) whose row is asked for, else every row.
    public var row: Int?
    /// Keys a query may not attend to: their scores are −∞ before the softmax.
    public var mask: Mask?

    /// Which scores are masked.
    public enum Mask: Sendable, Hashable {
        /// Query i attends to keys j ≤ i (1-based, by position).
        case causal
        /// These keys (1-based) are masked for every query (padding).
        case keys(Set<Int>)

        func allows(query i: Int, key j: Int) -> Bool {
            switch self {
            case .causal: j <= i
            case .keys(let masked): !masked.contains(j)
            }
        }
    }

    public init(queries: [[Double]], keys: [[Double]], values: [[Double]]?, scale: Double, row: Int? = nil, mask: Mask? = nil) {
        self.queries = queries
        self.keys = keys
        self.values = values
        self.scale = scale
        self.row = row
        self.mask = mask
    }

    /// The matrix asked for (or its one row); an error when the shapes do not fit.
    public func solve(_ quantity: Quantity) throws -> [[Double]] {
        let rows = try all(quantity)
        guard let row else { return rows }
        guard row >= 1, row <= rows.count else { throw SolverError.invalidParameter(name: "row", reason: "must be in 1...\(rows.count)") }
        return [rows[row - 1]]
    }

    private func all(_ quantity: Quantity) throws -> [[Double]] {
        guard let width = queries.first?.count, width > 0, queries.allSatisfy({ $0.count == width }),
              !keys.isEmpty, keys.allSatisfy({ $0.count == width }) else {
            throw SolverError.invalidParameter(name: "keys", reason: "queries and keys must be rows of one length")
        }
        let scores = queries.map { q in keys.map { k in zip(q, k).reduce(0) { $0 + $1.0 * $1.1 } * scale } }
        if quantity == .scores {
            // (A masked score is −∞, which no answer writes as a number.)
            guard mask == nil else { throw SolverError.invalidParameter(name: "mask", reason: "masked scores are −∞") }
            return scores
        }
        let weights = try scores.enumerated().map { (i, row) -> [Double] in
            let allowed = row.indices.map { mask?.allows(query: i + 1, key: $0 + 1) ?? true }
            guard allowed.contains(true) else { throw SolverError.invalidParameter(name: "mask", reason: "query \(i + 1) may attend to no key") }
            let top = zip(row, allowed).filter(\.1).map(\.0).max() ?? 0
            let exponentials = zip(row, allowed).map { $1 ? exp($0 - top) : 0 }
            let total = exponentials.reduce(0, +)
            return exponentials.map { $0 / total }
        }
        if quantity == .weights { return weights }
        guard let values, values.count == keys.count, let depth = values.first?.count, values.allSatisfy({ $0.count == depth }) else {
            throw SolverError.invalidParameter(name: "values", reason: "one value row per key is needed")
        }
        return weights.map { row in (0..<depth).map { j in zip(row, values).reduce(0) { $0 + $1.0 * $1.1[j] } } }
    }
}
