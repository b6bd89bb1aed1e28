/// A 2D convolution layer: cross-correlation by default (kernel not flipped, as in
/// PyTorch's `Conv2d`), or true convolution (kernel flipped in both axes), with stride,
/// zero padding (per side), dilation, several input and output channels and a bias.
///
///     out[o][i][j] = b[o] + Σ_c Σ_m Σ_n x_pad[c][i·S_r + m·D_r][j·S_c + n·D_c] · w[o][c][m][n]
public struct Convolution2D: Sendable, Hashable {
    public var mode: Convolution.Mode
    public var stride: Size2D
    public var padding: Padding2D
    public var dilation: Size2D

    public init(mode: Convolution.Mode = .crossCorrelation, stride: Size2D = 1, padding: Padding2D = .none, dilation: Size2D = 1) {
        self.mode = mode
        self.stride = stride
        self.padding = padding
        self.dilation = dilation
    }

    /// One input channel, one kernel: a matrix in, a matrix out.
    public func apply(_ input: [[Double]], kernel: [[Double]], bias: Double = 0) throws -> [[Double]] {
        try apply(channels: [input], weights: [[kernel]], bias: [bias])[0]
    }

    /// `input[C_in][H][W]`, `weights[C_out][C_in][kH][kW]`, optional `bias[C_out]`;
    /// returns `[C_out][H_out][W_out]`.
    public func apply(channels input: [[[Double]]], weights: [[[[Double]]]], bias: [Double]? = nil) throws -> [[[Double]]] {
        let (inChannels, height, width) = try TensorCheck.tensor3(input, "input")
        let (outChannels, weightChannels, kernelRows, kernelColumns) = try TensorCheck.tensor4(weights, "weights")
        guard weightChannels == inChannels else {
            throw SolverError.shapeMismatch("weights expect \(weightChannels) input channels, input has \(inChannels)")
        }
        let biases = try TensorCheck.bias(bias, count: outChannels)
        let outRows = try LayerShape.outputLength(input: height, kernel: kernelRows, stride: stride.rows, padding: padding.rows, dilation: dilation.rows)
        let outColumns = try LayerShape.outputLength(input: width, kernel: kernelColumns, stride: stride.columns, padding: padding.columns, dilation: dilation.columns)
        try Check.outputSize(outChannels, outRows, outColumns)
        let flip = mode == .trueConvolution

        var output = Array(repeating: Array(repeating: Array(repeating: 0.0, count: outColumns), count: outRows), count: outChannels)
        for o in 0..<outChannels {
            for i in 0..<outRows {
                for j in 0..<outColumns {
                    var sum = biases[o]
                    for c in 0..<inChannels {
                        for m in 0..<kernelRows {
                            let row = i * stride.rows + m * dilation.rows - padding.rows.before
                            guard row >= 0, row < height else { continue }
                            for n in 0..<kernelColumns {
                                let column = j * stride.columns + n * dilation.columns - padding.columns.before
                                guard column >= 0, column < width else { continue }
                                let weight = flip
                                    ? weights[o][c][kernelRows - 1 - m][kernelColumns - 1 - n]
                                    : weights[o][c][m][n]
                                sum += input[c][row][column] * weight
                            }
                        }
                    }
                    output[o][i][j] = sum
                }
            }
        }
        return output
    }
}
