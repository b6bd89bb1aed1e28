/// The receptive field of a stack of layers along one axis:
///
///     r_L = 1 + Σ_l (k_l − 1)·D_l · ∏_{i<l} s_i
///
/// (a dilated kernel acts like one of size `D·(k−1) + 1`). Padding does not change it.
public struct ReceptiveField: Sendable, Hashable {
    /// One layer along one axis.
    public struct Stage: Sendable, Hashable {
        public var kernel: Int
        public var stride: Int
        public var dilation: Int

        public init(kernel: Int, stride: Int = 1, dilation: Int = 1) {
            self.kernel = kernel
            self.stride = stride
            self.dilation = dilation
        }

        /// `D·(k − 1) + 1`; throws for a non-positive kernel or dilation.
        public func effectiveKernel() throws -> Int {
            try Check.positive(kernel, "kernel size")
            try Check.positive(dilation, "dilation")
            return try Check.add(Check.multiply(dilation, kernel - 1), 1)
        }
    }

    public let stages: [Stage]
    /// The receptive field after each stage (`sizes.last` is the stack's).
    public let sizes: [Int]
    /// The jump (product of strides, distance in input pixels between neighbouring outputs) after each stage.
    public let jumps: [Int]

    /// The receptive field of the whole stack (1 for an empty stack).
    public var size: Int { sizes.last ?? 1 }

    public init(stages: [Stage]) throws {
        var size = 1
        var jump = 1
        var sizes: [Int] = []
        var jumps: [Int] = []
        for stage in stages {
            try Check.positive(stage.kernel, "kernel size")
            try Check.positive(stage.stride, "stride")
            try Check.positive(stage.dilation, "dilation")
            let growth = try Check.multiply(Check.multiply(stage.kernel - 1, stage.dilation), jump)
            size = try Check.add(size, growth)
            jump = try Check.multiply(jump, stage.stride)
            sizes.append(size)
            jumps.append(jump)
        }
        self.stages = stages
        self.sizes = sizes
        self.jumps = jumps
    }

    /// Convenience: kernels and strides (and optional dilations) as parallel lists.
    public init(kernels: [Int], strides: [Int], dilations: [Int]? = nil) throws {
        let dilations = dilations ?? Array(repeating: 1, count: kernels.count)
        guard strides.count == kernels.count, dilations.count == kernels.count else {
            throw SolverError.shapeMismatch("\(kernels.count) kernels, \(strides.count) strides, \(dilations.count) dilations")
        }
        try self.init(stages: kernels.indices.map { Stage(kernel: kernels[$0], stride: strides[$0], dilation: dilations[$0]) })
    }

    /// The receptive field (rows × columns) of a stack of 2D layers. Global average
    /// pooling is rejected, since it sees the whole input.
    public static func size(of layers: [Layer]) throws -> Size2D {
        var rows: [Stage] = []
        var columns: [Stage] = []
        for layer in layers {
            switch layer {
            case .convolution(_, let kernel, let stride, _, let dilation, _):
                rows.append(Stage(kernel: kernel.rows, stride: stride.rows, dilation: dilation.rows))
                columns.append(Stage(kernel: kernel.columns, stride: stride.columns, dilation: dilation.columns))
            case .pooling(_, let window, let stride, _, _):
                let step = stride ?? window
                rows.append(Stage(kernel: window.rows, stride: step.rows))
                columns.append(Stage(kernel: window.columns, stride: step.columns))
            case .globalAveragePooling, .transposedConvolution:
                throw SolverError.invalidParameter(name: "layer", reason: "receptive field is only defined here for convolution and pooling")
            }
        }
        return Size2D(rows: try ReceptiveField(stages: rows).size, columns: try ReceptiveField(stages: columns).size)
    }
}
