/// Multiply–accumulate operations (MACs) of one forward pass of a layer, biases not
/// counted: a convolution does `C_in/groups · k_h · k_w` of them for every output value.
public indirect enum OperationCount: Sendable, Hashable {
    /// A (grouped) convolution producing `output` (rows × columns) per output channel.
    case convolution(inChannels: Int, outChannels: Int, kernel: Size2D, output: Size2D, groups: Int)
    /// A depthwise `kernel` convolution producing `output`, then a 1 × 1 convolution to
    /// `outChannels` on that output.
    case depthwiseSeparable(inChannels: Int, outChannels: Int, kernel: Size2D, output: Size2D)
    /// A fully connected layer.
    case fullyConnected(inputs: Int, outputs: Int)
    /// A count taken `factor` times: over a batch of examples, or in FLOPs at two per MAC.
    case scaled(OperationCount, by: Int)

    /// The solver's name in a report: `macs_conv`, `macs_fc`, …, the layer's for a scaled count.
    public var solverName: String {
        switch self {
        case .convolution: "macs_conv"
        case .depthwiseSeparable: "macs_depthwise_separable"
        case .fullyConnected: "macs_fc"
        case .scaled(let count, _): count.solverName
        }
    }

    /// The number of MACs; throws for sizes that are not positive or an overflow.
    public func multiplyAccumulates() throws(SolverError) -> Int {
        switch self {
        case .convolution(let inChannels, let outChannels, let kernel, let output, let groups):
            try Self.positive([inChannels, outChannels, kernel.rows, kernel.columns, output.rows, output.columns, groups])
            guard inChannels % groups == 0, outChannels % groups == 0 else {
                throw .invalidParameter(name: "groups", reason: "\(groups) does not divide \(inChannels) and \(outChannels) channels")
            }
            return try Self.product([output.rows, output.columns, outChannels, inChannels / groups, kernel.rows, kernel.columns])
        case .depthwiseSeparable(let inChannels, let outChannels, let kernel, let output):
            try Self.positive([inChannels, outChannels, kernel.rows, kernel.columns, output.rows, output.columns])
            let depthwise = try Self.product([output.rows, output.columns, inChannels, kernel.rows, kernel.columns])
            let pointwise = try Self.product([output.rows, output.columns, inChannels, outChannels])
            let (total, overflow) = depthwise.addingReportingOverflow(pointwise)
            if overflow { throw .overflow }
            return total
        case .fullyConnected(let inputs, let outputs):
            try Self.positive([inputs, outputs])
            return try Self.product([inputs, outputs])
        case .scaled(let count, let factor):
            try Self.positive([factor])
            return try Self.product([try count.multiplyAccumulates(), factor])
        }
    }

    private static func positive(_ values: [Int]) throws(SolverError) {
        if let bad = values.first(where: { $0 <= 0 }) { throw .invalidParameter(name: "size", reason: "must be positive, got \(bad)") }
    }

    private static func product(_ values: [Int]) throws(SolverError) -> Int {
        var result = 1
        for value in values {
            let (next, overflow) = result.multipliedReportingOverflow(by: value)
            if overflow { throw .overflow }
            result = next
        }
        return result
    }
}
