/// The number of parameters of a layer, itemized: each ``Part`` names a weight tensor
/// (weights, bias, γ, β, running mean, …) with its size and whether training updates it.
public struct ParameterCount: Sendable, Hashable, Codable, CustomStringConvertible {
    /// One named group of parameters.
    public struct Part: Sendable, Hashable, Codable {
        public var name: String
        public var count: Int
        public var trainable: Bool

        public init(name: String, count: Int, trainable: Bool = true) {
            self.name = name
            self.count = count
            self.trainable = trainable
        }
    }

    public let parts: [Part]

    public init(parts: [Part]) {
        self.parts = parts
    }

    /// Learnable parameters (updated by gradient descent).
    public var trainable: Int { parts.filter(\.trainable).reduce(0) { $0 + $1.count } }
    /// Buffers such as batch-norm running statistics.
    public var nonTrainable: Int { parts.filter { !$0.trainable }.reduce(0) { $0 + $1.count } }
    public var total: Int { trainable + nonTrainable }

    /// `"576 + 64 + 8192 + 128 = 8960"`.
    public var description: String {
        let sum = parts.map { "\($0.count)" }.joined(separator: " + ")
        return parts.count > 1 ? "\(sum) = \(total)" : "\(total)"
    }

    /// The count of the part with this name (0 when absent).
    public func count(of name: String) -> Int {
        parts.filter { $0.name == name }.reduce(0) { $0 + $1.count }
    }

    /// A (grouped) convolution: `C_out · (C_in / groups) · kH · kW` weights plus `C_out` biases.
    public static func convolution(inChannels: Int, outChannels: Int, kernel: Size2D, bias: Bool = true, groups: Int = 1) throws -> ParameterCount {
        try Check.positive(inChannels, "input channels")
        try Check.positive(outChannels, "output channels")
        try Check.positive(kernel.rows, "kernel size")
        try Check.positive(kernel.columns, "kernel size")
        try Check.positive(groups, "groups")
        guard inChannels % groups == 0, outChannels % groups == 0 else {
            throw SolverError.invalidParameter(name: "groups", reason: "\(groups) must divide \(inChannels) input and \(outChannels) output channels")
        }
        let weights = try Check.multiply(Check.multiply(outChannels, inChannels / groups), Check.multiply(kernel.rows, kernel.columns))
        var parts = [Part(name: "weights", count: weights)]
        if bias { parts.append(Part(name: "bias", count: outChannels)) }
        return ParameterCount(parts: parts)
    }

    /// A depthwise separable convolution: a depthwise `kH×kW` filter per input channel
    /// (`depthMultiplier` of them), then a pointwise 1×1 convolution to `outChannels`.
    /// Parts: depthwise weights, depthwise bias, pointwise weights, pointwise bias.
    public static func depthwiseSeparable(
        inChannels: Int, outChannels: Int, kernel: Size2D,
        depthwiseBias: Bool = true, pointwiseBias: Bool = true, depthMultiplier: Int = 1
    ) throws -> ParameterCount {
        try Check.positive(depthMultiplier, "depth multiplier")
        let middle = try Check.multiply(inChannels, depthMultiplier)
        let depthwise = try convolution(inChannels: inChannels, outChannels: middle, kernel: kernel, bias: depthwiseBias, groups: inChannels)
        let pointwise = try convolution(inChannels: middle, outChannels: outChannels, kernel: 1, bias: pointwiseBias)
        let renamed = depthwise.parts.map { Part(name: "depthwise \($0.name)", count: $0.count) }
            + pointwise.parts.map { Part(name: "pointwise \($0.name)", count: $0.count) }
        return ParameterCount(parts: renamed)
    }

    /// A fully connected layer: `inputs · outputs` weights plus `outputs` biases.
    public static func fullyConnected(inputs: Int, outputs: Int, bias: Bool = true) throws -> ParameterCount {
        try Check.positive(inputs, "inputs")
        try Check.positive(outputs, "outputs")
        var parts = [Part(name: "weights", count: try Check.multiply(inputs, outputs))]
        if bias { parts.append(Part(name: "bias", count: outputs)) }
        return ParameterCount(parts: parts)
    }

    /// Batch normalization over `channels`: learnable γ and β (2C), plus the running
    /// mean and variance (2C), which are statistics, not trained.
    public static func batchNormalization(channels: Int) throws -> ParameterCount {
        try Check.positive(channels, "channels")
        return ParameterCount(parts: [
            Part(name: "gamma", count: channels),
            Part(name: "beta", count: channels),
            Part(name: "running mean", count: channels, trainable: false),
            Part(name: "running variance", count: channels, trainable: false),
        ])
    }

    /// Layer normalization over `features` values: γ and β, no running statistics.
    public static func layerNormalization(features: Int) throws -> ParameterCount {
        try Check.positive(features, "features")
        return ParameterCount(parts: [Part(name: "gamma", count: features), Part(name: "beta", count: features)])
    }
}
