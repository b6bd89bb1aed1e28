/// Max and average pooling over a matrix (or each channel of a `[C][H][W]` tensor), with
/// window, stride (defaults to the window), padding and ceil mode, following PyTorch's
/// `MaxPool2d`/`AvgPool2d`: padded cells never win a max; average pooling divides by the
/// whole window including padding unless `countIncludePadding` is false. Padding may be at
/// most half the window on each side. Also global average and global max pooling.
public struct Pooling: Sendable, Hashable {
    /// Which reduction a window applies.
    public enum Kind: String, Sendable, Hashable, Codable, CaseIterable {
        case max
        case average
    }

    public var kind: Kind
    public var window: Size2D
    public var stride: Size2D
    public var padding: Padding2D
    public var ceilMode: Bool
    public var countIncludePadding: Bool

    public init(_ kind: Kind, window: Size2D, stride: Size2D? = nil, padding: Padding2D = .none, ceilMode: Bool = false, countIncludePadding: Bool = true) {
        self.kind = kind
        self.window = window
        self.stride = stride ?? window
        self.padding = padding
        self.ceilMode = ceilMode
        self.countIncludePadding = countIncludePadding
    }

    /// Pools one matrix.
    public func apply(_ input: [[Double]]) throws -> [[Double]] {
        let (height, width) = try Check.rectangular(input, "input")
        try validatePadding()
        let outRows = try LayerShape.outputLength(input: height, kernel: window.rows, stride: stride.rows, padding: padding.rows, ceilMode: ceilMode)
        let outColumns = try LayerShape.outputLength(input: width, kernel: window.columns, stride: stride.columns, padding: padding.columns, ceilMode: ceilMode)
        try Check.outputSize(outRows, outColumns)

        var output = Array(repeating: Array(repeating: 0.0, count: outColumns), count: outRows)
        for i in 0..<outRows {
            let rowStart = i * stride.rows - padding.rows.before
            let rowEnd = min(rowStart + window.rows, height + padding.rows.after)
            for j in 0..<outColumns {
                let columnStart = j * stride.columns - padding.columns.before
                let columnEnd = min(columnStart + window.columns, width + padding.columns.after)
                let windowArea = Double(rowEnd - rowStart) * Double(columnEnd - columnStart)
                var best = -Double.infinity
                var sum = 0.0
                var count = 0
                for row in max(rowStart, 0)..<min(rowEnd, height) {
                    for column in max(columnStart, 0)..<min(columnEnd, width) {
                        best = max(best, input[row][column])
                        sum += input[row][column]
                        count += 1
                    }
                }
                guard count > 0 else {
                    throw SolverError.invalidParameter(name: "padding", reason: "a pooling window covers only padding")
                }
                switch kind {
                case .max: output[i][j] = best
                case .average: output[i][j] = sum / (countIncludePadding ? windowArea : Double(count))
                }
            }
        }
        return output
    }

    /// The gradient of the loss with respect to `input`, given its gradient with respect to the
    /// pooled output (`upstream`, one entry per window). Max pooling routes each entry to its
    /// window's maximum, and throws where two cells of a window tie for it (frameworks break the
    /// tie differently); average pooling spreads it evenly. Overlapping windows add up. No padding.
    public func gradient(_ input: [[Double]], upstream: [[Double]]) throws -> [[Double]] {
        let (height, width) = try Check.rectangular(input, "input")
        guard padding == .none else { throw SolverError.invalidParameter(name: "padding", reason: "the gradient is computed without padding") }
        let pooled = try apply(input)
        guard upstream.count == pooled.count, upstream.allSatisfy({ $0.count == pooled.first?.count }) else {
            throw SolverError.shapeMismatch("upstream gradient \(upstream.count)×\(upstream.first?.count ?? 0), pooled output \(pooled.count)×\(pooled.first?.count ?? 0)")
        }
        var gradient = Array(repeating: Array(repeating: 0.0, count: width), count: height)
        for i in pooled.indices {
            for j in pooled[i].indices {
                let rows = (i * stride.rows)..<min(i * stride.rows + window.rows, height)
                let columns = (j * stride.columns)..<min(j * stride.columns + window.columns, width)
                switch kind {
                case .max:
                    let winners = rows.flatMap { r in columns.map { (r, $0) } }.filter { input[$0.0][$0.1] == pooled[i][j] }
                    guard winners.count == 1, let (r, c) = winners.first else {
                        throw SolverError.invalidParameter(name: "input", reason: "a window's maximum is tied, and frameworks route its gradient differently")
                    }
                    gradient[r][c] += upstream[i][j]
                case .average:
                    let share = upstream[i][j] / Double(window.rows * window.columns)
                    for r in rows { for c in columns { gradient[r][c] += share } }
                }
            }
        }
        return gradient
    }

    /// Pools every channel of `input[C][H][W]`.
    public func apply(channels input: [[[Double]]]) throws -> [[[Double]]] {
        _ = try TensorCheck.tensor3(input, "input")
        return try input.map(apply)
    }

    /// The mean of all entries of a matrix.
    public static func globalAverage(_ input: [[Double]]) throws -> Double {
        let (rows, columns) = try Check.rectangular(input, "input")
        return input.reduce(0) { $0 + $1.reduce(0, +) } / Double(rows * columns)
    }

    /// One mean per channel of `input[C][H][W]`.
    public static func globalAverage(channels input: [[[Double]]]) throws -> [Double] {
        _ = try TensorCheck.tensor3(input, "input")
        return try input.map(globalAverage)
    }

    /// The largest entry of a matrix.
    public static func globalMax(_ input: [[Double]]) throws -> Double {
        _ = try Check.rectangular(input, "input")
        return input.flatMap { $0 }.max() ?? -.infinity
    }

    private func validatePadding() throws {
        try Check.positive(window.rows, "window size")
        try Check.positive(window.columns, "window size")
        try padding.validate("padding")
        for (side, size) in [(padding.rows.before, window.rows), (padding.rows.after, window.rows),
                             (padding.columns.before, window.columns), (padding.columns.after, window.columns)] {
            guard side <= size / 2 else {
                throw SolverError.invalidParameter(name: "padding", reason: "\(side) is more than half the window \(size)")
            }
        }
    }
}
