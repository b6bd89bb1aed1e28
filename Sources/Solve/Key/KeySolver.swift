import Foundation
import Yams

/// Turns a key's `solve:` entry into a ``SolverCall``. Defaults: stride 1, padding 0,
/// cross-correlation, biases counted, ε 0, γ 1, β 0, inverted dropout, HWC layout, softmax
/// temperature 1, logits for cross-entropy with a 0-based `target` and natural log, hinge margin 1.
enum KeySolver {
    /// The solver names a key may use.
    static let names: [String] = [
        "conv1d", "conv2d", "transposed_conv1d", "transposed_conv2d", "kernel_recovery_1d", "kernel_recovery_2d",
        "max_pool1d", "avg_pool1d", "max_pool2d", "avg_pool2d", "global_max_pool", "global_avg_pool", "conv_output_shape", "conv_output_length",
        "transposed_conv_output_length", "receptive_field", "param_count_conv", "param_count_depthwise_separable",
        "param_count_fc", "param_count_batch_norm", "param_count_layer_norm", "batch_norm", "normalization_axes",
        "dropout_scale", "dropout_expected_value", "dropout_expected_zeroed", "dropout_expected_kept", "dropout_training_variance",
        "dropout_surviving_output", "dropout_test_output", "mean_normalization_gradient",
        "sigmoid", "sigmoid_derivative", "tanh", "tanh_derivative", "relu", "relu_derivative", "leaky_relu",
        "leaky_relu_derivative", "elu", "elu_derivative", "softmax", "cross_entropy", "cross_entropy_gradient", "multiclass_hinge", "multiclass_hinge_gradient", "mse", "sse", "mse_gradient", "sse_gradient", "mae", "sae",
        "macs_conv", "macs_depthwise_separable",
    ] + networkNames

    typealias Problem = KeyParameters.Problem

    static func call(_ p: inout KeyParameters) throws(Problem) -> SolverCall {
        switch p.solver {
        case "conv1d":
            return .convolution1D(input: try p.vector("input"), kernel: try p.vector("kernel"),
                                  stride: try p.int("stride", default: 1), padding: try p.int("padding", default: 0), mode: try mode(&p))
        case "conv2d":
            return .convolution2D(input: try p.matrix("input"), kernel: try p.matrix("kernel"),
                                  stride: try p.int("stride", default: 1), padding: try p.int("padding", default: 0), mode: try mode(&p))
        case "transposed_conv1d":
            return .transposedConvolution1D(input: try p.vector("input"), kernel: try p.vector("kernel"),
                                            stride: try p.int("stride", default: 1), padding: try p.int("padding", default: 0))
        case "transposed_conv2d":
            return .transposedConvolution2D(input: try p.matrix("input"), kernel: try p.matrix("kernel"),
                                            stride: try p.int("stride", default: 1), padding: try p.int("padding", default: 0))
        case "kernel_recovery_1d":
            return .kernelRecovery1D(input: try p.vector("input"), output: try p.vector("output"), kernelLength: try p.optionalInt("kernel_length"),
                                     stride: try p.int("stride", default: 1), padding: try p.int("padding", default: 0), mode: try mode(&p))
        case "kernel_recovery_2d":
            return .kernelRecovery2D(input: try p.matrix("input"), output: try p.matrix("output"), kernelSize: try p.optionalInt("kernel_size"),
                                     stride: try p.int("stride", default: 1), padding: try p.int("padding", default: 0), mode: try mode(&p))
        case "max_pool1d", "avg_pool1d":
            let window = try p.int("window")
            let stride = try p.optionalInt("stride")
            return .pooling(p.solver.hasPrefix("max") ? .max : .average, input: [try p.vector("input")],
                            window: Size2D(rows: 1, columns: window), stride: stride.map { Size2D(rows: 1, columns: $0) },
                            padding: try p.int("padding", default: 0))
        case "max_pool2d", "avg_pool2d":
            return .pooling(p.solver.hasPrefix("max") ? .max : .average, input: try p.matrix("input"),
                            window: Size2D(try p.int("window")), stride: try p.optionalInt("stride").map { Size2D($0) },
                            padding: try p.int("padding", default: 0))
        case "global_max_pool", "global_avg_pool":
            let input: [[Double]]
            if let node = p.node("input"), let vector = KeyParameters.vector(node) { input = [vector] } else { input = try p.matrix("input") }
            return .globalPooling(p.solver.contains("max") ? .max : .average, input: input)
        case "conv_output_shape":
            let dimensions = try p.ints("input")
            guard dimensions.count == 3 else { throw Problem(detail: "conv_output_shape: 'input' must be [H, W, C] (or [C, H, W] with layout CHW)") }
            let layout = try self.layout(try p.string("layout", default: "HWC"))
            let input = layout == .hwc
                ? LayerShape(height: dimensions[0], width: dimensions[1], channels: dimensions[2])
                : LayerShape(height: dimensions[1], width: dimensions[2], channels: dimensions[0])
            return .outputShape(input: input, layers: try layers(&p), layout: layout)
        case "conv_output_length", "transposed_conv_output_length":
            return .outputLength(input: try p.int("input"), kernel: try p.int("kernel"), stride: try p.int("stride", default: 1),
                                 padding: try p.int("padding", default: 0), transposed: p.solver.hasPrefix("transposed"))
        case "receptive_field":
            if p.has("layers") {
                let stack = LayerStack(input: nil, inputLayout: nil, layers: try layers(&p), phrases: [])
                guard let stages = stack.stages else { throw Problem(detail: "receptive_field: kernels and strides must be square") }
                return .receptiveField(stages)
            }
            let kernels = try p.ints("kernels")
            let strides = try p.ints("strides")
            let dilations = try p.optionalVector("dilations").map { $0.map { Int($0) } } ?? Array(repeating: 1, count: kernels.count)
            guard strides.count == kernels.count, dilations.count == kernels.count else {
                throw Problem(detail: "receptive_field: 'kernels', 'strides' (and 'dilations') must have the same length")
            }
            return .receptiveField(kernels.indices.map { ReceptiveField.Stage(kernel: kernels[$0], stride: strides[$0], dilation: dilations[$0]) })
        case "param_count_conv", "param_count_depthwise_separable":
            let inChannels = try p.int("in_channels")
            let outChannels = try p.int("out_channels")
            let kernel = Size2D(try p.int("kernel"))
            let bias = try p.bool("bias", default: true)
            return p.solver == "param_count_conv"
                ? .parameterCountConvolution(inChannels: inChannels, outChannels: outChannels, kernel: kernel, bias: bias)
                : .parameterCountDepthwiseSeparable(inChannels: inChannels, outChannels: outChannels, kernel: kernel, bias: bias)
        case "param_count_fc":
            return .parameterCountFullyConnected(inputs: try p.int("inputs"), outputs: try p.int("outputs"), bias: try p.bool("bias", default: true))
        case "param_count_batch_norm":
            let word = try p.string("count", default: "learnable")
            guard let count = SolverCall.BatchNormCount(rawValue: word) else {
                throw Problem(detail: "param_count_batch_norm: 'count' must be learnable, running or total, got '\(word)'")
            }
            return .parameterCountBatchNorm(channels: try p.int("channels"), count: count)
        case "param_count_layer_norm":
            return .parameterCountLayerNorm(features: try p.int("features"))
        case "batch_norm":
            let word = try p.string("quantity")
            let quantity: SolverCall.NormalizationQuantity
            switch word {
            case "mean": quantity = .mean
            case "variance": quantity = .variance
            case "std", "standard_deviation": quantity = .standardDeviation
            case "normalized": quantity = .normalized(index: try p.int("index"))
            case "output": quantity = .output(index: try p.int("index"))
            case "normalized_all": quantity = .normalizedAll
            case "output_all": quantity = .outputAll
            default: throw Problem(detail: "batch_norm: 'quantity' must be mean, variance, std, normalized or output, got '\(word)'")
            }
            return .batchNorm(values: try p.vector("values"), gamma: try p.double("gamma", default: 1), beta: try p.double("beta", default: 0),
                              epsilon: try p.double("epsilon", default: 0), quantity: quantity)
        case "normalization_axes":
            let word = try p.string("kind")
            guard let kind = NormalizationKind(rawValue: word) else { throw Problem(detail: "normalization_axes: unknown kind '\(word)'") }
            var axes = ["N", "C", "H", "W"]
            if let node = p.node("axes") {
                guard let list = node.sequence?.compactMap({ $0.scalar?.string }), list.count == node.sequence?.count else {
                    throw Problem(detail: "normalization_axes: 'axes' must be a list of letters")
                }
                axes = list
            }
            return .normalizationAxes(kind, axes: axes)
        case "dropout_scale", "dropout_expected_value", "dropout_expected_zeroed", "dropout_expected_kept",
             "dropout_surviving_output", "dropout_test_output", "dropout_training_variance":
            let (keep, variant) = try dropoutSetting(&p)
            let quantity: SolverCall.DropoutQuantity
            switch p.solver {
            case "dropout_scale": quantity = .scale
            case "dropout_expected_value":
                let text = try p.string("activation")
                guard let value = Double(KeyParameters.ascii(text)) else { throw Problem(detail: "dropout_expected_value: 'activation' must be a number") }
                quantity = .expectedValue(activation: value, decimal: text.contains("."))
            case "dropout_surviving_output": quantity = .survivingOutput(activation: try p.double("activation"))
            case "dropout_test_output": quantity = .testOutput(activation: try p.double("activation"))
            case "dropout_training_variance": quantity = .trainingVariance(activation: try p.double("activation"))
            case "dropout_expected_zeroed": quantity = .expectedZeroed(units: try p.int("units"))
            default: quantity = .expectedKept(units: try p.int("units"))
            }
            return .dropout(keep: keep, variant: variant, quantity: quantity)
        case "mean_normalization_gradient":
            return .meanNormalizationGradient(batchSize: try p.optionalInt("batch_size"), upstream: try p.optionalVector("upstream"))
        case "sigmoid", "sigmoid_derivative", "tanh", "tanh_derivative", "relu", "relu_derivative", "leaky_relu",
             "leaky_relu_derivative", "elu", "elu_derivative", "softmax":
            let derivative = p.solver.hasSuffix("_derivative")
            let function: Activation.Function
            switch p.solver.replacingOccurrences(of: "_derivative", with: "") {
            case "sigmoid": function = .sigmoid
            case "tanh": function = .tanh
            case "relu": function = .relu
            case "leaky_relu": function = .leakyReLU(slope: try p.double("slope"))
            case "elu": function = .elu(alpha: try p.double("alpha"))
            default: function = .softmax(temperature: try p.double("temperature", default: 1))
            }
            let activation = Activation(function, derivative: derivative,
                                        derivativeAtZero: p.has("derivative_at_0") ? try p.double("derivative_at_0") : nil)
            guard let node = p.node("input") else { throw Problem(detail: "\(p.solver): missing 'input'") }
            if let number = KeyParameters.number(node) { return .activation(activation, .scalar(number)) }
            if let vector = KeyParameters.vector(node) { return .activation(activation, .vector(vector)) }
            if let matrix = KeyParameters.matrix(node) { return .activation(activation, .matrix(matrix)) }
            throw Problem(detail: "\(p.solver): 'input' must be a number, a list or a list of rows")
        case "cross_entropy":
            let word = try p.string("kind", default: "logits")
            guard let kind = Loss.Scores(rawValue: word) else { throw Problem(detail: "cross_entropy: 'kind' must be logits or probabilities") }
            return .loss(.crossEntropy(scores: try p.vector("scores"), kind: kind, target: try p.int("target"), base: try p.double("base", default: M_E)))
        case "cross_entropy_gradient":
            return .loss(.crossEntropyGradient(logits: try p.vector("logits"), target: try p.int("target")))
        case "multiclass_hinge":
            return .loss(.multiclassHinge(scores: try p.vector("scores"), target: try p.int("target"), margin: try p.double("margin", default: 1)))
        case "multiclass_hinge_gradient":
            return .loss(.multiclassHingeGradient(scores: try p.vector("scores"), target: try p.int("target"), margin: try p.double("margin", default: 1)))
        case "macs_conv":
            return .operationCount(.convolution(inChannels: try p.int("in_channels"), outChannels: try p.int("out_channels"),
                                                kernel: Size2D(try p.int("kernel")), output: Size2D(try p.int("output")),
                                                groups: try p.int("groups", default: 1)))
        case "macs_depthwise_separable":
            return .operationCount(.depthwiseSeparable(inChannels: try p.int("in_channels"), outChannels: try p.int("out_channels"),
                                                       kernel: Size2D(try p.int("kernel")), output: Size2D(try p.int("output"))))
        case "mse", "sse":
            return .loss(.squaredError(prediction: try p.vector("prediction"), target: try p.vector("target"), reduction: p.solver == "mse" ? .mean : .sum))
        case "mse_gradient", "sse_gradient":
            return .loss(.squaredErrorGradient(prediction: try p.vector("prediction"), target: try p.vector("target"),
                                               reduction: p.solver == "mse_gradient" ? .mean : .sum))
        case "mae", "sae":
            return .loss(.absoluteError(prediction: try p.vector("prediction"), target: try p.vector("target"), reduction: p.solver == "mae" ? .mean : .sum))
        default:
            return try networkCall(&p)
        }
    }

    /// A dropout call's keep probability (`keep`, or `drop`) and variant (inverted by default).
    static func dropoutSetting(_ p: inout KeyParameters) throws(Problem) -> (keep: Double, variant: Dropout.Variant) {
        let keep: Double
        switch (p.has("keep"), p.has("drop")) {
        case (true, false): keep = try p.double("keep")
        case (false, true): keep = 1 - (try p.double("drop"))
        default: throw Problem(detail: "\(p.solver): give exactly one of 'keep' and 'drop'")
        }
        let word = try p.string("variant", default: "inverted")
        guard let variant = Dropout.Variant(rawValue: word) else { throw Problem(detail: "\(p.solver): 'variant' must be inverted or standard") }
        return (keep, variant)
    }

    private static func mode(_ p: inout KeyParameters) throws(Problem) -> Convolution.Mode {
        switch try p.string("mode", default: "cross_correlation") {
        case "cross_correlation", "cross-correlation", "correlation": return .crossCorrelation
        case "convolution", "flipped", "true_convolution": return .trueConvolution
        case let other: throw Problem(detail: "\(p.solver): 'mode' must be cross_correlation or convolution, got '\(other)'")
        }
    }

    private static func layout(_ word: String) throws(Problem) -> LayerShape.Layout {
        guard let layout = LayerShape.Layout(rawValue: word.uppercased()) else { throw Problem(detail: "layout must be HWC or CHW, got '\(word)'") }
        return layout
    }

    /// `layers: [{conv: {filters: 16, kernel: 5, stride: 1, padding: 2}}, {max_pool: {window: 2, stride: 2}}]`.
    private static func layers(_ p: inout KeyParameters) throws(Problem) -> [Layer] {
        guard let list = p.node("layers")?.sequence else { throw Problem(detail: "\(p.solver): 'layers' must be a list") }
        var layers: [Layer] = []
        for (index, item) in list.enumerated() {
            guard let mapping = item.mapping, mapping.count == 1, let (typeNode, body) = mapping.first,
                  let type = typeNode.scalar?.string, let fields = body.mapping else {
                throw Problem(detail: "\(p.solver): layer \(index + 1) must be one of {conv: {…}}, {max_pool: {…}}, {avg_pool: {…}}")
            }
            var values: [String: Node] = [:]
            for (key, value) in fields { if let name = key.scalar?.string { values[name] = value } }
            var q = KeyParameters(values, solver: "\(p.solver) layer \(index + 1)")
            switch type {
            case "conv":
                layers.append(.convolution(filters: try q.int("filters", default: 1), kernel: Size2D(try q.int("kernel")),
                                           stride: Size2D(try q.int("stride", default: 1)), padding: Padding2D(try q.int("padding", default: 0)),
                                           dilation: Size2D(try q.int("dilation", default: 1))))
            case "max_pool", "avg_pool":
                layers.append(.pooling(type == "max_pool" ? .max : .average, window: Size2D(try q.int("window")),
                                       stride: try q.optionalInt("stride").map { Size2D($0) }, padding: Padding2D(try q.int("padding", default: 0))))
            default:
                throw Problem(detail: "\(p.solver): layer \(index + 1) has unknown type '\(type)'")
            }
            if let unknown = q.unused.first { throw Problem(detail: "\(q.solver): unknown parameter '\(unknown)'") }
        }
        return layers
    }
}
