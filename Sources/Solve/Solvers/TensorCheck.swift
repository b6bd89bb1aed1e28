/// Shape checks for the nested-array tensors the solvers take, so ragged or empty
/// input throws ``SolverError`` instead of trapping on an index.
enum TensorCheck {
    /// A non-empty, finite vector; returns its length.
    static func vector(_ values: [Double], _ name: String) throws -> Int {
        guard !values.isEmpty else { throw SolverError.emptyInput(name) }
        try Check.finite(values, name)
        return values.count
    }

    /// `[C][H][W]`, non-empty and rectangular.
    static func tensor3(_ tensor: [[[Double]]], _ name: String) throws -> (Int, Int, Int) {
        guard let first = tensor.first else { throw SolverError.emptyInput(name) }
        let (h, w) = try Check.rectangular(first, name)
        for (index, plane) in tensor.enumerated() {
            let (ph, pw) = try Check.rectangular(plane, "\(name)[\(index)]")
            guard ph == h, pw == w else {
                throw SolverError.shapeMismatch("\(name)[\(index)] is \(ph)×\(pw), expected \(h)×\(w)")
            }
        }
        return (tensor.count, h, w)
    }

    /// `[A][B][H][W]`, non-empty and rectangular.
    static func tensor4(_ tensor: [[[[Double]]]], _ name: String) throws -> (Int, Int, Int, Int) {
        guard let first = tensor.first else { throw SolverError.emptyInput(name) }
        let (b, h, w) = try tensor3(first, name)
        for (index, block) in tensor.enumerated() {
            let shape = try tensor3(block, "\(name)[\(index)]")
            guard shape == (b, h, w) else {
                throw SolverError.shapeMismatch("\(name)[\(index)] is \(shape.0)×\(shape.1)×\(shape.2), expected \(b)×\(h)×\(w)")
            }
        }
        return (tensor.count, b, h, w)
    }

    /// An optional per-channel bias of the expected length; zeros when absent.
    static func bias(_ bias: [Double]?, count: Int) throws -> [Double] {
        guard let bias else { return Array(repeating: 0, count: count) }
        guard bias.count == count else {
            throw SolverError.shapeMismatch("bias has \(bias.count) entries for \(count) output channels")
        }
        try Check.finite(bias, "bias")
        return bias
    }
}
