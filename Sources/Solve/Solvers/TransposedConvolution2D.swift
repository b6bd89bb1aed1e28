/// A 2D transposed convolution, as PyTorch's `ConvTranspose2d` defines it: each input
/// pixel scatters a copy of the kernel scaled by its value to `(i·S_r + m·D_r, j·S_c + n·D_c)`;
/// `padding` rows/columns are then cropped from each side and `outputPadding` extra
/// rows/columns kept at the bottom/right. Weights are laid out `[C_in][C_out][kH][kW]`.
public struct TransposedConvolution2D: Sendable, Hashable {
    public var stride: Size2D
    public var padding: Size2D
    public var outputPadding: Size2D
    public var dilation: Size2D

    public init(stride: Size2D = 1, padding: Size2D = 0, outputPadding: Size2D = 0, dilation: Size2D = 1) {
        self.stride = stride
        self.padding = padding
        self.outputPadding = outputPadding
        self.dilation = dilation
    }

    /// One channel in, one kernel.
    public func apply(_ input: [[Double]], kernel: [[Double]], bias: Double = 0) throws -> [[Double]] {
        try apply(channels: [input], weights: [[kernel]], bias: [bias])[0]
    }

    /// `input[C_in][H][W]`, `weights[C_in][C_out][kH][kW]`, optional `bias[C_out]`;
    /// returns `[C_out][H_out][W_out]`.
    public func apply(channels input: [[[Double]]], weights: [[[[Double]]]], bias: [Double]? = nil) throws -> [[[Double]]] {
        let (inChannels, height, width) = try TensorCheck.tensor3(input, "input")
        let (weightChannels, outChannels, kernelRows, kernelColumns) = try TensorCheck.tensor4(weights, "weights")
        guard weightChannels == inChannels else {
            throw SolverError.shapeMismatch("weights expect \(weightChannels) input channels, input has \(inChannels)")
        }
        let biases = try TensorCheck.bias(bias, count: outChannels)
        let outRows = try TransposedConvolution.outputLength(
            input: height, kernel: kernelRows, stride: stride.rows, padding: padding.rows, outputPadding: outputPadding.rows, dilation: dilation.rows)
        let outColumns = try TransposedConvolution.outputLength(
            input: width, kernel: kernelColumns, stride: stride.columns, padding: padding.columns, outputPadding: outputPadding.columns, dilation: dilation.columns)
        try Check.outputSize(outChannels, outRows, outColumns)

        var output = biases.map { Array(repeating: Array(repeating: $0, count: outColumns), count: outRows) }
        for c in 0..<inChannels {
            for i in 0..<height {
                for j in 0..<width {
                    let value = input[c][i][j]
                    for o in 0..<outChannels {
                        for m in 0..<kernelRows {
                            let row = i * stride.rows + m * dilation.rows - padding.rows
                            guard row >= 0, row < outRows else { continue }
                            for n in 0..<kernelColumns {
                                let column = j * stride.columns + n * dilation.columns - padding.columns
                                guard column >= 0, column < outColumns else { continue }
                                output[o][row][column] += value * weights[c][o][m][n]
                            }
                        }
                    }
                }
            }
        }
        return output
    }
}
