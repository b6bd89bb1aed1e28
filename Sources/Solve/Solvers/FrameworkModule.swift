/// A PyTorch module as a homework names it (`nn.LSTM(128, 256, num_layers=2)`), with the
/// framework's own conventions for what it learns.
///
/// Counts follow PyTorch: a convolution's weight is `out × in/groups × k…` plus one bias per
/// output channel; LSTM/GRU/RNN layers carry two bias vectors (`b_ih` and `b_hh`) of 4, 3
/// or 1 gates each, and layers after the first read `hidden × directions` inputs;
/// `MultiheadAttention` has the packed input projection (3E² + 3E) and the output
/// projection (E² + E); normalization layers learn a scale and a shift per feature when
/// affine (running statistics are buffers, not parameters).
public enum FrameworkModule: Sendable, Hashable {
    /// The recurrent cell of `nn.RNN`, `nn.LSTM`, `nn.GRU`.
    public enum Cell: String, Sendable, Hashable {
        case rnn, lstm, gru

        var gates: Int {
            switch self {
            case .rnn: 1
            case .lstm: 4
            case .gru: 3
            }
        }
    }

    case linear(inputs: Int, outputs: Int, bias: Bool)
    /// `nn.Conv1d/2d/3d` and the transposed ones; `kernel` has one size per spatial axis.
    case convolution(inChannels: Int, outChannels: Int, kernel: [Int], groups: Int, bias: Bool, transposed: Bool)
    case embedding(count: Int, dimension: Int)
    case recurrent(Cell, inputs: Int, hidden: Int, layers: Int, bias: Bool, bidirectional: Bool)
    case multiheadAttention(embedding: Int, heads: Int, bias: Bool)
    /// `nn.LayerNorm(shape)`: a scale (and a shift unless `bias=False`) per element of `shape`.
    case layerNorm(shape: [Int], affine: Bool, bias: Bool)
    /// `nn.BatchNorm*d`, `nn.GroupNorm`, `nn.InstanceNorm*d`: a scale and a shift per channel when affine.
    case channelNorm(channels: Int, affine: Bool)
    /// A module without parameters (`nn.ReLU`, `nn.MaxPool2d`, `nn.Dropout`).
    case parameterFree(String)
    /// Modules counted together: an `nn.Sequential(…)`, or several a question asks for together.
    indirect case group([FrameworkModule])

    /// The number of learnable parameters.
    public var parameterCount: Int {
        switch self {
        case .linear(let inputs, let outputs, let bias):
            return inputs * outputs + (bias ? outputs : 0)
        case .convolution(let inChannels, let outChannels, let kernel, let groups, let bias, let transposed):
            let area = kernel.reduce(1, *)
            let weights = transposed ? inChannels * (outChannels / groups) * area : outChannels * (inChannels / groups) * area
            return weights + (bias ? outChannels : 0)
        case .embedding(let count, let dimension):
            return count * dimension
        case .recurrent(let cell, let inputs, let hidden, let layers, let bias, let bidirectional):
            let directions = bidirectional ? 2 : 1
            var total = 0
            for layer in 0..<layers {
                let layerInputs = layer == 0 ? inputs : hidden * directions
                let perDirection = cell.gates * hidden * (layerInputs + hidden) + (bias ? 2 * cell.gates * hidden : 0)
                total += perDirection * directions
            }
            return total
        case .multiheadAttention(let embedding, _, let bias):
            return 4 * embedding * embedding + (bias ? 4 * embedding : 0)
        case .layerNorm(let shape, let affine, let bias):
            let elements = shape.reduce(1, *)
            return affine ? elements * (bias ? 2 : 1) : 0
        case .channelNorm(let channels, let affine):
            return affine ? 2 * channels : 0
        case .parameterFree:
            return 0
        case .group(let modules):
            return modules.reduce(0) { $0 + $1.parameterCount }
        }
    }

    /// A short name for the solver: `lstm`, `conv`, `multihead_attention`.
    public var kind: String {
        switch self {
        case .linear: "linear"
        case .convolution(_, _, _, _, _, let transposed): transposed ? "transposed_conv" : "conv"
        case .embedding: "embedding"
        case .recurrent(let cell, _, _, _, _, _): cell.rawValue
        case .multiheadAttention: "multihead_attention"
        case .layerNorm: "layer_norm"
        case .channelNorm: "channel_norm"
        case .parameterFree: "parameter_free"
        case .group: "group"
        }
    }
}
