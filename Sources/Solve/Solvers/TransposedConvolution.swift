/// A 1D transposed convolution ("deconvolution"), as PyTorch's `ConvTranspose1d` defines it:
/// every input value scatters `x[i]·w[k]` to position `i·S + k·D` of the full output, then
/// `padding` positions are cropped from each side and `outputPadding` extra positions
/// are kept at the end:
///
///     L_out = (L − 1)·S − 2P + D·(K − 1) + outputPadding + 1
///
/// `outputPadding` must be smaller than the stride or the dilation.
public struct TransposedConvolution: Sendable, Hashable {
    public var stride: Int
    public var padding: Int
    public var outputPadding: Int
    public var dilation: Int

    public init(stride: Int = 1, padding: Int = 0, outputPadding: Int = 0, dilation: Int = 1) {
        self.stride = stride
        self.padding = padding
        self.outputPadding = outputPadding
        self.dilation = dilation
    }

    /// `(L − 1)·S − 2P + D·(K − 1) + outputPadding + 1`, checked to be positive.
    public static func outputLength(input: Int, kernel: Int, stride: Int = 1, padding: Int = 0, outputPadding: Int = 0, dilation: Int = 1) throws -> Int {
        try Check.positive(input, "input size")
        try Check.positive(kernel, "kernel size")
        try Check.positive(stride, "stride")
        try Check.positive(dilation, "dilation")
        try Check.nonNegative(padding, "padding")
        try Check.nonNegative(outputPadding, "output padding")
        guard outputPadding < max(stride, dilation) else {
            throw SolverError.invalidParameter(name: "output padding", reason: "must be smaller than the stride or the dilation, got \(outputPadding)")
        }
        let full = try Check.add(Check.add(Check.multiply(input - 1, stride), Check.multiply(dilation, kernel - 1)), 1)
        let length = try Check.add(Check.subtract(full, Check.multiply(2, padding)), outputPadding)
        guard length > 0 else {
            throw SolverError.invalidParameter(name: "padding", reason: "cropping \(padding) from each side of \(full) leaves no output")
        }
        return length
    }

    /// The output length for an input and kernel of these lengths.
    public func outputLength(inputLength: Int, kernelLength: Int) throws -> Int {
        try Self.outputLength(input: inputLength, kernel: kernelLength, stride: stride, padding: padding, outputPadding: outputPadding, dilation: dilation)
    }

    /// One channel in, one kernel.
    public func apply(_ input: [Double], kernel: [Double], bias: Double = 0) throws -> [Double] {
        try apply(channels: [input], weights: [[kernel]], bias: [bias])[0]
    }

    /// `input[C_in][L]`, `weights[C_in][C_out][K]` (PyTorch's layout for transposed
    /// convolutions), optional `bias[C_out]`; returns `[C_out][L_out]`.
    public func apply(channels input: [[Double]], weights: [[[Double]]], bias: [Double]? = nil) throws -> [[Double]] {
        let layer = TransposedConvolution2D(
            stride: Size2D(rows: 1, columns: stride),
            padding: Size2D(rows: 0, columns: padding),
            outputPadding: Size2D(rows: 0, columns: outputPadding),
            dilation: Size2D(rows: 1, columns: dilation))
        let output = try layer.apply(channels: input.map { [$0] }, weights: weights.map { $0.map { [$0] } }, bias: bias)
        return output.map { $0[0] }
    }
}
