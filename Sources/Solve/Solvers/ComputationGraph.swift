import Foundation

/// Named values and the formulas defining further names (`h = W_1 x + b_1`, `a = ReLU(h)`,
/// `L = 1/2 (ŷ − y)^2`): forward values of any name or formula, and gradients of a scalar
/// with respect to any name by reverse-mode differentiation.
public struct ComputationGraph: Sendable, Hashable {
    public var values: [String: Tensor]
    public var definitions: [String: Formula]
    /// Softmax of a matrix is taken over each row only when the statement says so.
    public var softmaxOverRows: Bool
    /// ReLU's derivative at exactly 0, when the statement fixes it; otherwise a gradient
    /// through a ReLU at 0 is refused.
    public var reluDerivativeAtZero: Double?

    public init(values: [String: Tensor], definitions: [String: Formula], softmaxOverRows: Bool = false, reluDerivativeAtZero: Double? = nil) {
        self.values = values
        self.definitions = definitions
        self.softmaxOverRows = softmaxOverRows
        self.reluDerivativeAtZero = reluDerivativeAtZero
    }

    /// The value of a formula.
    public func value(_ formula: Formula) throws(SolverError) -> Tensor {
        var tape = Tape(graph: self)
        return try tape.node(formula).value
    }

    /// The gradient of the scalar `target` with respect to `variable` (a value or a defined
    /// name), shaped like `variable`.
    public func gradient(of target: Formula, withRespectTo variable: String) throws(SolverError) -> Tensor {
        var tape = Tape(graph: self)
        let output = try tape.node(target)
        guard output.value.isScalarLike else { throw .invalidParameter(name: "gradient", reason: "the differentiated quantity is not a scalar") }
        guard let wrt = tape.named[variable] else {
            throw .invalidParameter(name: "gradient", reason: "the quantity does not depend on \(variable)")
        }
        try tape.backpropagate(from: output)
        guard let gradient = tape.gradients[wrt] else {
            throw .invalidParameter(name: "gradient", reason: "the quantity does not depend on \(variable)")
        }
        return tape.nodes[wrt].value.with(gradient.entries)
    }
}

/// The forward values of one evaluation and how to send gradients back through them.
private struct Tape {
    struct Node {
        var value: Tensor
        /// The parents and the vector–Jacobian product to each.
        var parents: [(index: Int, pullback: (Tensor) throws(SolverError) -> Tensor)]
    }

    let graph: ComputationGraph
    var nodes: [Node] = []
    var named: [String: Int] = [:]
    var gradients: [Int: Tensor] = [:]
    private var resolving: Set<String> = []

    init(graph: ComputationGraph) { self.graph = graph }

    mutating func node(_ formula: Formula) throws(SolverError) -> (index: Int, value: Tensor) {
        let index = try build(formula)
        return (index, nodes[index].value)
    }

    private mutating func add(_ value: Tensor, _ parents: [(Int, (Tensor) throws(SolverError) -> Tensor)] = []) -> Int {
        nodes.append(Node(value: value, parents: parents.map { (index: $0.0, pullback: $0.1) }))
        return nodes.count - 1
    }

    private mutating func build(_ formula: Formula) throws(SolverError) -> Int {
        switch formula {
        case .number(let value): return add(.scalar(value))
        case .identity: return add(.identity)
        case .name(let name):
            if let index = named[name] { return index }
            let index: Int
            if let value = graph.values[name] {
                index = add(value)
            } else if let definition = graph.definitions[name] {
                guard resolving.insert(name).inserted else { throw .invalidParameter(name: name, reason: "defined in terms of itself") }
                index = try build(definition)
                resolving.remove(name)
            } else {
                throw .invalidParameter(name: name, reason: "no value is given")
            }
            named[name] = index
            return index
        case .sum(let a, let b), .difference(let a, let b):
            let (i, j) = (try build(a), try build(b))
            let (x, y) = (nodes[i].value, nodes[j].value)
            let sign: Double = if case .sum = formula { 1 } else { -1 }
            let value = try Tensor.entrywise(x, y) { $0 + sign * $1 }
            return add(value, [(i, { g throws(SolverError) in try Self.reduce(g, to: x) }),
                               (j, { g throws(SolverError) in
                                   let reduced = try Self.reduce(g, to: y)
                                   return reduced.with(reduced.entries.map { sign * $0 })
                               })])
        case .negation(let a):
            let i = try build(a)
            return add(nodes[i].value.with(nodes[i].value.entries.map { -$0 }), [(i, { g in g.with(g.entries.map { -$0 }) })])
        case .product(let a, let b), .star(let a, let b):
            let (i, j) = (try build(a), try build(b))
            let (x, y) = (nodes[i].value, nodes[j].value)
            if case .star = formula, !x.isScalarLike, !y.isScalarLike {
                throw .invalidParameter(name: "*", reason: "between two arrays it may mean either product")
            }
            let value = try Tensor.product(x, y)
            return add(value, [(i, { g throws(SolverError) in try Self.productPullback(g, x, y, left: true) }),
                               (j, { g throws(SolverError) in try Self.productPullback(g, x, y, left: false) })])
        case .dot(let a, let b):
            let (i, j) = (try build(a), try build(b))
            let (x, y) = (nodes[i].value, nodes[j].value)
            guard x.isVector, y.isVector, x.count == y.count else { return try build(.product(a, b)) }
            let value = Tensor.scalar(zip(x.entries, y.entries).reduce(0) { $0 + $1.0 * $1.1 })
            return add(value, [(i, { g in x.with(y.entries.map { $0 * g.entries[0] }) }),
                               (j, { g in y.with(x.entries.map { $0 * g.entries[0] }) })])
        case .hadamard(let a, let b):
            let (i, j) = (try build(a), try build(b))
            let (x, y) = (nodes[i].value, nodes[j].value)
            let value = try Tensor.entrywise(x, y, *)
            return add(value, [(i, { g throws(SolverError) in try Self.reduce(try Tensor.entrywise(g, y, *), to: x) }),
                               (j, { g throws(SolverError) in try Self.reduce(try Tensor.entrywise(g, x, *), to: y) })])
        case .quotient(let a, let b):
            let (i, j) = (try build(a), try build(b))
            let (x, y) = (nodes[i].value, nodes[j].value)
            guard y.isScalarLike else { throw .invalidParameter(name: "/", reason: "division by an array") }
            let d = y.entries[0]
            guard d != 0 else { throw .invalidParameter(name: "/", reason: "division by zero") }
            let value = x.with(x.entries.map { $0 / d })
            return add(value, [(i, { g in g.with(g.entries.map { $0 / d }) }),
                               (j, { g in y.with([-zip(g.entries, x.entries).reduce(0) { $0 + $1.0 * $1.1 } / (d * d)]) })])
        case .power(let a, let p):
            let i = try build(a)
            let x = nodes[i].value
            guard x.isScalarLike else { throw .invalidParameter(name: "power", reason: "an array to a power (entrywise or a norm?)") }
            let base = x.entries[0]
            let value = Foundation.pow(base, p)
            guard value.isFinite else { throw .invalidParameter(name: "power", reason: "\(base) to the power \(p) is not a number") }
            return add(x.with([value]), [(i, { g in x.with([g.entries[0] * p * Foundation.pow(base, p - 1)]) })])
        case .transpose(let a):
            let i = try build(a)
            return add(nodes[i].value.transposed, [(i, { g in g.transposed })])
        case .inverse(let a):
            let i = try build(a)
            let value = try nodes[i].value.inverse
            return add(value, [(i, { _ throws(SolverError) in throw .invalidParameter(name: "gradient", reason: "through a matrix inverse is not offered") })])
        case .function(let function, let a):
            let i = try build(a)
            return try apply(function, to: i)
        case .extremum(let a, let b, let maximum):
            // The gradient flows to the larger (or smaller) argument; at a tie it has none.
            let (i, j) = (try build(a), try build(b))
            let (x, y) = (nodes[i].value, nodes[j].value)
            let value = try Tensor.entrywise(x, y) { maximum ? Swift.max($0, $1) : Swift.min($0, $1) }
            func pullback(_ own: Tensor, _ other: Tensor) -> (Tensor) throws(SolverError) -> Tensor {
                { g throws(SolverError) in
                    let chosen = try Tensor.entrywise(own, other) { a, b in a == b ? .nan : (a > b) == maximum ? 1 : 0 }
                    guard !chosen.entries.contains(where: \.isNaN) else {
                        throw .invalidParameter(name: maximum ? "max" : "min", reason: "its arguments tie, where it has no derivative")
                    }
                    return try Self.reduce(try Tensor.entrywise(g, chosen, *), to: own)
                }
            }
            return add(value, [(i, pullback(x, y)), (j, pullback(y, x))])
        case .row(let a, let index):
            let i = try build(a)
            let x = nodes[i].value
            guard x.kind == .matrix, index >= 0, index < x.rows else { throw .invalidParameter(name: "row", reason: "row \(index + 1) of \(x.rows == 1 ? "a single row" : "\(x.rows) rows")") }
            let row = Tensor.vector(x.rowArrays[index])
            return add(row, [(i, { g in
                var entries = [Double](repeating: 0, count: x.count)
                for j in 0..<x.columns { entries[index * x.columns + j] = g.entries[j] }
                return x.with(entries)
            })])
        }
    }

    private mutating func apply(_ function: Formula.Function, to i: Int) throws(SolverError) -> Int {
        let x = nodes[i].value
        func entrywise(_ f: (Double) -> Double, _ derivative: @escaping (Double, Double) -> Double) -> Int {
            let y = x.with(x.entries.map(f))
            return add(y, [(i, { g in x.with(zip(g.entries, zip(x.entries, y.entries)).map { $0.0 * derivative($0.1.0, $0.1.1) }) })])
        }
        switch function {
        case .relu:
            let atZero = graph.reluDerivativeAtZero
            let y = x.with(x.entries.map { max(0, $0) })
            return add(y, [(i, { g throws(SolverError) in
                var out: [Double] = []
                for (gradient, input) in zip(g.entries, x.entries) {
                    if input == 0 {
                        guard let atZero else { throw .invalidParameter(name: "ReLU'(0)", reason: "a pre-activation is exactly 0 and its derivative there is not stated") }
                        out.append(gradient * atZero)
                    } else {
                        out.append(input > 0 ? gradient : 0)
                    }
                }
                return x.with(out)
            })])
        case .sigmoid: return entrywise({ 1 / (1 + Foundation.exp(-$0)) }, { _, s in s * (1 - s) })
        case .tanh: return entrywise(Foundation.tanh, { _, t in 1 - t * t })
        case .exp: return entrywise(Foundation.exp, { _, e in e })
        case .cos: return entrywise(Foundation.cos, { z, _ in -Foundation.sin(z) })
        case .sin: return entrywise(Foundation.sin, { z, _ in Foundation.cos(z) })
        case .log:
            guard x.entries.allSatisfy({ $0 > 0 }) else { throw .invalidParameter(name: "log", reason: "of a number that is not positive") }
            return entrywise(Foundation.log, { z, _ in 1 / z })
        case .sqrt:
            guard x.entries.allSatisfy({ $0 >= 0 }) else { throw .invalidParameter(name: "sqrt", reason: "of a negative number") }
            return entrywise(Foundation.sqrt, { _, r in 1 / (2 * r) })
        case .sum, .mean:
            let divisor = function == .mean ? Double(x.count) : 1
            return add(.scalar(x.entries.reduce(0, +) / divisor), [(i, { g in x.with(x.entries.map { _ in g.entries[0] / divisor }) })])
        case .softmax:
            guard !x.isScalarLike else { throw .invalidParameter(name: "softmax", reason: "of a single number") }
            if x.kind == .matrix, !graph.softmaxOverRows {
                throw .invalidParameter(name: "softmax", reason: "of a matrix, and whether over rows or columns is not stated")
            }
            let y = x.softmax
            let width = x.kind == .matrix ? x.columns : x.count
            return add(y, [(i, { g in
                var out = [Double](repeating: 0, count: g.count)
                for start in stride(from: 0, to: g.count, by: width) {
                    let line = start..<(start + width)
                    let inner = line.reduce(0.0) { $0 + g.entries[$1] * y.entries[$1] }
                    for k in line { out[k] = y.entries[k] * (g.entries[k] - inner) }
                }
                return x.with(out)
            })])
        }
    }

    mutating func backpropagate(from output: (index: Int, value: Tensor)) throws(SolverError) {
        gradients = [output.index: output.value.with([1])]
        for index in stride(from: output.index, through: 0, by: -1) {
            guard let g = gradients[index] else { continue }
            for parent in nodes[index].parents {
                let contribution = try parent.pullback(g)
                if let existing = gradients[parent.index] {
                    gradients[parent.index] = existing.with(zip(existing.entries, contribution.entries).map(+))
                } else {
                    gradients[parent.index] = contribution
                }
            }
        }
    }

    /// Sums a gradient over the axes its operand was broadcast along.
    private static func reduce(_ g: Tensor, to x: Tensor) throws(SolverError) -> Tensor {
        if g.count == x.count { return x.with(g.entries) }
        if x.isScalarLike { return x.with([g.entries.reduce(0, +)]) }
        if x.isVector, g.kind == .matrix, g.columns == x.count {
            return x.with((0..<g.columns).map { j in (0..<g.rows).reduce(0.0) { $0 + g.entries[$1 * g.columns + j] } })
        }
        throw .shapeMismatch("a gradient of \(g.count) entries for \(x.count)")
    }

    /// The gradient reaching one factor of `x y` from the product's gradient `g`.
    private static func productPullback(_ g: Tensor, _ x: Tensor, _ y: Tensor, left: Bool) throws(SolverError) -> Tensor {
        let (own, other) = left ? (x, y) : (y, x)
        if x.kind == .identity || y.kind == .identity { return own.kind == .identity ? own : own.with(g.entries) }
        if own.isScalarLike {
            let partial = try Tensor.entrywise(g, other, *)
            return own.with([partial.entries.reduce(0, +)])
        }
        if other.isScalarLike { return own.with(g.entries.map { $0 * other.entries[0] }) }
        // Write every operand as a matrix (a vector as a column, or a row when it stood on the
        // left of a matrix or was transposed) and use dX = G Yᵀ, dY = Xᵀ G.
        func matrix(_ t: Tensor, onLeft: Bool) -> Tensor {
            guard case .vector(let transposed) = t.kind else { return t }
            let row = transposed || (onLeft && y.kind == .matrix)
            return Tensor(kind: .matrix, rows: row ? 1 : t.count, columns: row ? t.count : 1, entries: t.entries)
        }
        let mx = matrix(x, onLeft: true), my = matrix(y, onLeft: false)
        let gm = Tensor(kind: .matrix, rows: mx.rows, columns: my.columns, entries: g.entries)
        let result = left ? try Tensor.product(gm, my.transposed) : try Tensor.product(mx.transposed, gm)
        return own.with(result.entries)
    }
}
