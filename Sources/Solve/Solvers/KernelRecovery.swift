/// Recovers an unknown convolution kernel from an input and the output it produced.
///
/// Each output value is one linear equation in the kernel weights
/// (`y[i] = Σ_k x_pad[i·S + k]·w[k]` for cross-correlation, `w[K−1−k]` for true
/// convolution); the system is solved exactly with rational Gauss–Jordan elimination.
/// The result is the kernel, or an honest ``Outcome/underdetermined(rank:unknowns:)`` /
/// ``Outcome/inconsistent`` — never a least-squares guess.
public enum KernelRecovery {
    /// The recovered kernel, or why there is none.
    public enum Outcome<Kernel: Sendable & Hashable>: Sendable, Hashable {
        case kernel(Kernel)
        /// Several kernels fit: the equations have rank `rank` for `unknowns` weights.
        case underdetermined(rank: Int, unknowns: Int)
        /// No kernel reproduces the output exactly.
        case inconsistent

        /// The kernel, throwing ``SolverError/underdetermined(rank:unknowns:)`` or ``SolverError/inconsistent``.
        public func get() throws -> Kernel {
            switch self {
            case .kernel(let kernel): return kernel
            case .underdetermined(let rank, let unknowns): throw SolverError.underdetermined(rank: rank, unknowns: unknowns)
            case .inconsistent: throw SolverError.inconsistent
            }
        }
    }

    /// 1D: the kernel of length `kernelLength` (inferred as `L + P − L_out + 1` when nil,
    /// which needs stride 1) with `convolve(input) == output`.
    public static func recover(
        input: [Rational], output: [Rational], kernelLength: Int? = nil,
        mode: Convolution.Mode = .crossCorrelation, stride: Int = 1, padding: Padding = .none
    ) throws -> Outcome<[Rational]> {
        let result = try recover(
            input: [input], output: [output],
            kernelSize: kernelLength.map { Size2D(rows: 1, columns: $0) },
            mode: mode, stride: Size2D(rows: 1, columns: stride), padding: Padding2D(rows: .none, columns: padding))
        switch result {
        case .kernel(let kernel): return .kernel(kernel[0])
        case .underdetermined(let rank, let unknowns): return .underdetermined(rank: rank, unknowns: unknowns)
        case .inconsistent: return .inconsistent
        }
    }

    /// 1D with integers.
    public static func recover(
        input: [Int], output: [Int], kernelLength: Int? = nil,
        mode: Convolution.Mode = .crossCorrelation, stride: Int = 1, padding: Padding = .none
    ) throws -> Outcome<[Rational]> {
        try recover(input: input.map(Rational.init), output: output.map(Rational.init), kernelLength: kernelLength,
                    mode: mode, stride: stride, padding: padding)
    }

    /// 2D: the `kH×kW` kernel (inferred for stride 1 when nil) with `convolve(input) == output`.
    public static func recover(
        input: [[Rational]], output: [[Rational]], kernelSize: Size2D? = nil,
        mode: Convolution.Mode = .crossCorrelation, stride: Size2D = 1, padding: Padding2D = .none
    ) throws -> Outcome<[[Rational]]> {
        let (height, width) = try shape(input, "input")
        let (outRows, outColumns) = try shape(output, "output")
        try Check.positive(stride.rows, "stride")
        try Check.positive(stride.columns, "stride")
        try padding.validate("padding")

        let size: Size2D
        if let kernelSize {
            size = kernelSize
        } else {
            guard stride.rows == 1, stride.columns == 1 else {
                throw SolverError.invalidParameter(name: "kernel size", reason: "must be given when the stride is not 1")
            }
            size = Size2D(
                rows: try Check.add(Check.subtract(Check.add(height, padding.rows.total), outRows), 1),
                columns: try Check.add(Check.subtract(Check.add(width, padding.columns.total), outColumns), 1))
        }
        try Check.positive(size.rows, "kernel size")
        try Check.positive(size.columns, "kernel size")
        let expectedRows = try LayerShape.outputLength(input: height, kernel: size.rows, stride: stride.rows, padding: padding.rows)
        let expectedColumns = try LayerShape.outputLength(input: width, kernel: size.columns, stride: stride.columns, padding: padding.columns)
        guard expectedRows == outRows, expectedColumns == outColumns else {
            throw SolverError.shapeMismatch("a \(size) kernel gives a \(expectedRows)×\(expectedColumns) output, not \(outRows)×\(outColumns)")
        }

        // Exact elimination is cubic: keep the system to a size a homework problem can have.
        try Check.outputSize(size.rows, size.columns, outRows, outColumns, limit: 250_000)
        let unknowns = size.rows * size.columns
        var coefficients: [[Rational]] = []
        var constants: [Rational] = []
        for i in 0..<outRows {
            for j in 0..<outColumns {
                var equation = Array(repeating: Rational.zero, count: unknowns)
                for m in 0..<size.rows {
                    let row = i * stride.rows + m - padding.rows.before
                    guard row >= 0, row < height else { continue }
                    for n in 0..<size.columns {
                        let column = j * stride.columns + n - padding.columns.before
                        guard column >= 0, column < width else { continue }
                        let (km, kn) = mode == .crossCorrelation ? (m, n) : (size.rows - 1 - m, size.columns - 1 - n)
                        equation[km * size.columns + kn] = input[row][column]
                    }
                }
                coefficients.append(equation)
                constants.append(output[i][j])
            }
        }
        switch try LinearSystem(coefficients: coefficients, constants: constants).solve() {
        case .unique(let weights):
            return .kernel((0..<size.rows).map { Array(weights[($0 * size.columns)..<(($0 + 1) * size.columns)]) })
        case .underdetermined(let rank, let unknowns):
            return .underdetermined(rank: rank, unknowns: unknowns)
        case .inconsistent:
            return .inconsistent
        }
    }

    /// 2D with integers.
    public static func recover(
        input: [[Int]], output: [[Int]], kernelSize: Size2D? = nil,
        mode: Convolution.Mode = .crossCorrelation, stride: Size2D = 1, padding: Padding2D = .none
    ) throws -> Outcome<[[Rational]]> {
        try recover(input: input.map { $0.map(Rational.init) }, output: output.map { $0.map(Rational.init) },
                    kernelSize: kernelSize, mode: mode, stride: stride, padding: padding)
    }

    private static func shape(_ matrix: [[Rational]], _ name: String) throws -> (Int, Int) {
        guard let first = matrix.first, !first.isEmpty else { throw SolverError.emptyInput(name) }
        guard matrix.allSatisfy({ $0.count == first.count }) else { throw SolverError.shapeMismatch("\(name) is ragged") }
        return (matrix.count, first.count)
    }
}
