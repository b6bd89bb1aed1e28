import Foundation

/// A formula of a homework statement (`W_1 x + b_1`, `softmax(Q K^T / √d_k) V`,
/// `(X^T X + λI)^{-1} X^T y`), over names that a ``ComputationGraph`` binds.
public indirect enum Formula: Sendable, Hashable {
    case number(Double)
    case name(String)
    /// `I`, sized by the square matrix it meets.
    case identity
    case sum(Formula, Formula)
    case difference(Formula, Formula)
    case negation(Formula)
    /// Juxtaposition, `·` or `×`: scaling or the matrix product (see ``Tensor``).
    case product(Formula, Formula)
    /// `u · v` or `u . v`: the dot product of two vectors, else as ``product``.
    case dot(Formula, Formula)
    /// `*`: refused between two arrays, where it may mean either product.
    case star(Formula, Formula)
    /// `⊙`: the entrywise product.
    case hadamard(Formula, Formula)
    /// Division by a scalar.
    case quotient(Formula, Formula)
    /// A scalar to a numeric power; an array's `^2` is refused (entrywise or a norm?).
    case power(Formula, Double)
    case transpose(Formula)
    case inverse(Formula)
    case function(Function, Formula)
    /// One row (from 0) of a matrix: "the output for the second token".
    case row(Formula, Int)
    /// `max(y, z)` (or `min`), entrywise.
    case extremum(Formula, Formula, maximum: Bool)

    /// A function applied to one argument; `sum` and `mean` reduce an array to a number.
    public enum Function: String, Sendable, Hashable, CaseIterable {
        case relu, sigmoid, tanh, exp, log, sqrt, softmax, cos, sin, sum, mean
    }

    /// The names the formula reads.
    public var names: Set<String> {
        switch self {
        case .number, .identity: []
        case .name(let name): [name]
        case .negation(let a), .power(let a, _), .transpose(let a), .inverse(let a), .function(_, let a), .row(let a, _): a.names
        case .sum(let a, let b), .difference(let a, let b), .product(let a, let b), .dot(let a, let b), .star(let a, let b),
             .hadamard(let a, let b), .quotient(let a, let b), .extremum(let a, let b, _): a.names.union(b.names)
        }
    }

    /// The functions the formula applies.
    public var functions: Set<Function> {
        switch self {
        case .number, .identity, .name: []
        case .function(let f, let a): a.functions.union([f])
        case .negation(let a), .power(let a, _), .transpose(let a), .inverse(let a), .row(let a, _): a.functions
        case .sum(let a, let b), .difference(let a, let b), .product(let a, let b), .dot(let a, let b), .star(let a, let b),
             .hadamard(let a, let b), .quotient(let a, let b), .extremum(let a, let b, _): a.functions.union(b.functions)
        }
    }

    /// The first sub-formula (outermost first) applying `function`.
    public func first(_ function: Function) -> Formula? {
        switch self {
        case .number, .identity, .name: return nil
        case .function(let f, let a): return f == function ? self : a.first(function)
        case .negation(let a), .power(let a, _), .transpose(let a), .inverse(let a), .row(let a, _): return a.first(function)
        case .sum(let a, let b), .difference(let a, let b), .product(let a, let b), .dot(let a, let b), .star(let a, let b),
             .hadamard(let a, let b), .quotient(let a, let b), .extremum(let a, let b, _): return a.first(function) ?? b.first(function)
        }
    }
}
