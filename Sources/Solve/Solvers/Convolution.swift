/// A 1D convolution layer as deep-learning courses define it: by default a
/// cross-correlation (the kernel is *not* flipped), `out[i] = b + Σ_k x_pad[i·S + k·D] · w[k]`.
/// With ``Mode/trueConvolution`` the kernel is flipped first (`w[K−1−k]`), with the same
/// stride, padding and dilation. Padding adds zeros.
public struct Convolution: Sendable, Hashable {
    /// Whether the kernel is used as given (cross-correlation) or flipped (convolution).
    public enum Mode: String, Sendable, Hashable, Codable, CaseIterable {
        /// `Σ x[i+k]·w[k]` — what PyTorch's `Conv1d/Conv2d` compute.
        case crossCorrelation
        /// `Σ x[i+k]·w[K−1−k]` — the signal-processing convolution.
        case trueConvolution
    }

    public var mode: Mode
    public var stride: Int
    public var padding: Padding
    public var dilation: Int

    public init(mode: Mode = .crossCorrelation, stride: Int = 1, padding: Padding = .none, dilation: Int = 1) {
        self.mode = mode
        self.stride = stride
        self.padding = padding
        self.dilation = dilation
    }

    /// The output length for an input and kernel of these lengths.
    public func outputLength(inputLength: Int, kernelLength: Int) throws -> Int {
        try LayerShape.outputLength(input: inputLength, kernel: kernelLength, stride: stride, padding: padding, dilation: dilation)
    }

    /// One input channel, one kernel.
    public func apply(_ input: [Double], kernel: [Double], bias: Double = 0) throws -> [Double] {
        try apply(channels: [input], weights: [[kernel]], bias: [bias])[0]
    }

    /// Several channels: `input[C_in][L]`, `weights[C_out][C_in][K]`, optional `bias[C_out]`;
    /// returns `[C_out][L_out]`.
    public func apply(channels input: [[Double]], weights: [[[Double]]], bias: [Double]? = nil) throws -> [[Double]] {
        // Reuse the 2D engine with height 1.
        let layer = Convolution2D(
            mode: mode,
            stride: Size2D(rows: 1, columns: stride),
            padding: Padding2D(rows: .none, columns: padding),
            dilation: Size2D(rows: 1, columns: dilation))
        let output = try layer.apply(channels: input.map { [$0] }, weights: weights.map { $0.map { [$0] } }, bias: bias)
        return output.map { $0[0] }
    }
}
