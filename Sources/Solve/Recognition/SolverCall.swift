/// One call of a named solver with its arguments — what the recognizer reads from a
/// statement and what an answer key's `solve:` entry spells out. ``solve()`` computes the
/// answer with the pure solvers (``Convolution``, ``Pooling``, ``ParameterCount``, …).
public enum SolverCall: Sendable, Hashable {
    /// Which number a batch-normalization call reports.
    /// What a part asks of a whole batch's normalization.
    public enum FeatureQuantity: Sendable, Hashable {
        /// Each feature's batch mean.
        case means
        /// Each feature's biased batch variance.
        case variances
        /// The normalized batch x̂, laid out like the input.
        case normalized
        /// y = γ·x̂ + β, laid out like the input.
        case output
        /// y of one example (a 1-based row), one value per feature.
        case outputRow(Int)

        /// Whether γ and β enter it.
        public var isOutput: Bool {
            switch self {
            case .output, .outputRow: true
            case .means, .variances, .normalized: false
            }
        }
    }

    public enum NormalizationQuantity: Sendable, Hashable {
        case mean
        /// The biased (population) variance.
        case variance
        case standardDeviation
        /// x̂ of the element at this 1-based index.
        case normalized(index: Int)
        /// y = γ·x̂ + β of the element at this 1-based index.
        case output(index: Int)
        /// x̂ of every element.
        case normalizedAll
        /// y = γ·x̂ + β of every element.
        case outputAll
        /// `(μ, σ²)` together, as the part asks for them.
        case meanAndVariance
    }

    /// Which parameters of a batch-normalization layer are counted.
    public enum BatchNormCount: String, Sendable, Hashable {
        /// γ and β.
        case learnable
        /// Running mean and variance.
        case running
        /// Both.
        case total
    }

    /// What a dropout call reports.
    public enum DropoutQuantity: Sendable, Hashable {
        /// The factor kept units are multiplied by in training.
        case scale
        /// E[output] during training of a unit with this value (written with a decimal
        /// point when `decimal`).
        case expectedValue(activation: Double, decimal: Bool)
        /// The expected number of these units set to zero.
        case expectedZeroed(units: Int)
        /// The expected number of these units kept.
        case expectedKept(units: Int)
        /// What a unit with this value passes on in training when it survives.
        case survivingOutput(activation: Double)
        /// What a unit with this value outputs at test time.
        case testOutput(activation: Double)
        /// The variance over the random mask of a unit's output in training.
        case trainingVariance(activation: Double)
        /// A layer's outputs in training under a given keep mask.
        case trainingOutputs(activations: [Double], keepMask: [Bool])
        /// A layer's outputs at test time.
        case testOutputs(activations: [Double])
    }

    /// The numbers an activation is applied to.
    public enum Operand: Sendable, Hashable {
        case scalar(Double)
        case vector([Double])
        /// Entrywise functions map every entry; softmax normalizes each row.
        case matrix([[Double]])
    }

    case convolution1D(input: [Double], kernel: [Double], stride: Int, padding: Int, mode: Convolution.Mode)
    case convolution2D(input: [[Double]], kernel: [[Double]], stride: Int, padding: Int, mode: Convolution.Mode)
    case transposedConvolution1D(input: [Double], kernel: [Double], stride: Int, padding: Int)
    case transposedConvolution2D(input: [[Double]], kernel: [[Double]], stride: Int, padding: Int)
    /// `kernelLength` nil: inferred (stride 1 only).
    case kernelRecovery1D(input: [Double], output: [Double], kernelLength: Int?, stride: Int, padding: Int, mode: Convolution.Mode)
    case kernelRecovery2D(input: [[Double]], output: [[Double]], kernelSize: Int?, stride: Int, padding: Int, mode: Convolution.Mode)
    /// Pooling of a matrix (a 1D signal is one row); `stride` nil means the window.
    case pooling(Pooling.Kind, input: [[Double]], window: Size2D, stride: Size2D?, padding: Int)
    /// The gradient with respect to a pooled map, from the gradient with respect to its output.
    case poolingGradient(Pooling.Kind, input: [[Double]], window: Size2D, stride: Size2D?, upstream: [[Double]])
    /// Global pooling: one number for the whole map (a 1D signal is one row).
    case globalPooling(Pooling.Kind, input: [[Double]])
    /// Global pooling of each channel of a map: one number per channel.
    case globalPoolingChannels(Pooling.Kind, channels: [[[Double]]])
    /// A batch-norm layer in evaluation mode: γ (x − μ_run)/√(σ²_run + ε) + β.
    case batchNormInference(x: Double, mean: Double, variance: Double, gamma: Double, beta: Double, epsilon: Double)
    /// The shape after a stack of layers, reported in `layout`.
    case outputShape(input: LayerShape, layers: [Layer], layout: LayerShape.Layout)
    /// A shape already computed through framework layers, written in `layout`.
    case fixedShape(LayerShape, layout: LayerShape.Layout)
    /// The output length along one axis of a convolution (or transposed convolution).
    case outputLength(input: Int, kernel: Int, stride: Int, padding: Int, transposed: Bool)
    /// The receptive field along one side of a stack of stages.
    case receptiveField([ReceptiveField.Stage])
    /// The distance in input pixels between the receptive fields of neighbouring outputs.
    case receptiveFieldJump([ReceptiveField.Stage])
    case parameterCountConvolution(inChannels: Int, outChannels: Int, kernel: Size2D, bias: Bool)
    case parameterCountDepthwiseSeparable(inChannels: Int, outChannels: Int, kernel: Size2D, bias: Bool)
    case parameterCountFullyConnected(inputs: Int, outputs: Int, bias: Bool)
    case parameterCountBatchNorm(channels: Int, count: BatchNormCount)
    case parameterCountLayerNorm(features: Int)
    /// The learnable parameters of a framework module (`nn.LSTM(128, 256, num_layers=2)`).
    case parameterCountModule(FrameworkModule)
    case batchNorm(values: [Double], gamma: Double, beta: Double, epsilon: Double, quantity: NormalizationQuantity)
    /// Batch norm of a whole batch (rows examples, columns features) with a γ and β per feature.
    case batchNormFeatures(batch: [[Double]], gamma: [Double]?, beta: [Double]?, epsilon: Double, quantity: FeatureQuantity)
    /// The axes a normalization reduces over, in the order of `axes` (e.g. N, C, H, W).
    case normalizationAxes(NormalizationKind, axes: [String])
    case dropout(keep: Double, variant: Dropout.Variant, quantity: DropoutQuantity)
    /// ∂L/∂x of mean-only normalization: for a batch of `batchSize` with upstream
    /// gradient `upstream` (when given), else the general expression.
    case meanNormalizationGradient(batchSize: Int?, upstream: [Double]?)
    case activation(Activation, Operand)
    case loss(Loss)
    case operationCount(OperationCount)
    /// The weights after `steps` steps of `optimizer` from `start`.
    case optimizer(Optimizer, start: [Double], gradient: Optimizer.AffineGradient, steps: Int)
    /// The gradient `A·w + b` at `point`.
    case gradientAtPoint(Optimizer.AffineGradient, point: [Double])
    /// The weights after one step of `optimizer` per gradient of `gradients`, taken in order.
    case optimizerSequence(Optimizer, start: [Double], gradients: [[Double]])
    /// Adam's moment estimates asked for (one is a number, both a vector in the order asked).
    case adamMoments(AdamMoments, [AdamMoments.Moment])
    /// The value of `formula` in `graph`, or the gradients of that scalar with respect to the
    /// named quantities (several scalars become one vector); `flatten` gives a one-row matrix
    /// as a vector.
    case graph(ComputationGraph, Formula, gradients: [String]?, flatten: Bool)
    /// A value a reader computed in full from the statement (a step schedule's rate), under the
    /// solver `name`.
    case fixedValue(Double, name: String)
    /// A tensor's shape that a reader worked out in full from a module's arguments (a recurrent
    /// layer's output), under the solver `name`.
    case fixedTensorShape([Int], name: String)
    /// A whole number that a reader worked out in full from a module's arguments (the size of
    /// each attention head), under the solver `name`.
    case fixedCount(Int, name: String, family: SolverFamily)
    /// The ratio of two other parts' numeric answers: exact when both are whole numbers.
    case answerRatio(numerator: Answer, denominator: Answer)
    /// A gradient clipped to a largest Euclidean norm.
    case gradientClipping(GradientClipping, gradient: [Double])
    /// A least-squares or ridge fit of `targets` on the rows of `design`.
    case leastSquares(LeastSquares, LeastSquares.Quantity)
    /// The scores, weights or output of one head of dot-product attention.
    case attention(Attention, Attention.Quantity)

    /// The solver's name, as an answer key's `solve:` spells it.
    public var name: String {
        switch self {
        case .convolution1D: "conv1d"
        case .convolution2D: "conv2d"
        case .transposedConvolution1D: "transposed_conv1d"
        case .transposedConvolution2D: "transposed_conv2d"
        case .kernelRecovery1D: "kernel_recovery_1d"
        case .kernelRecovery2D: "kernel_recovery_2d"
        case .pooling(let kind, let input, _, _, _):
            (kind == .max ? "max_pool" : "avg_pool") + (input.count == 1 ? "1d" : "2d")
        case .poolingGradient(let kind, _, _, _, _): kind == .max ? "max_pool_gradient" : "avg_pool_gradient"
        case .globalPooling(let kind, _), .globalPoolingChannels(let kind, _): kind == .max ? "global_max_pool" : "global_avg_pool"
        case .batchNormInference: "batch_norm_inference"
        case .outputShape: "conv_output_shape"
        case .fixedShape: "module_output_shape"
        case .outputLength(_, _, _, _, let transposed): transposed ? "transposed_conv_output_length" : "conv_output_length"
        case .receptiveField: "receptive_field"
        case .receptiveFieldJump: "receptive_field_jump"
        case .parameterCountConvolution: "param_count_conv"
        case .parameterCountDepthwiseSeparable: "param_count_depthwise_separable"
        case .parameterCountFullyConnected: "param_count_fc"
        case .parameterCountBatchNorm: "param_count_batch_norm"
        case .parameterCountLayerNorm: "param_count_layer_norm"
        case .parameterCountModule(let module): "param_count_module_\(module.kind)"
        case .batchNorm: "batch_norm"
        case .batchNormFeatures: "batch_norm_features"
        case .normalizationAxes: "normalization_axes"
        case .dropout(_, _, let quantity):
            switch quantity {
            case .scale: "dropout_scale"
            case .expectedValue: "dropout_expected_value"
            case .expectedZeroed: "dropout_expected_zeroed"
            case .expectedKept: "dropout_expected_kept"
            case .survivingOutput: "dropout_surviving_output"
            case .testOutput: "dropout_test_output"
            case .trainingVariance: "dropout_training_variance"
            case .trainingOutputs: "dropout_training_outputs"
            case .testOutputs: "dropout_test_outputs"
            }
        case .meanNormalizationGradient: "mean_normalization_gradient"
        case .activation(let activation, _): activation.function.name + (activation.derivative ? "_derivative" : "")
        case .loss(let loss): loss.name
        case .operationCount(let count): count.solverName
        case .optimizer(let optimizer, _, _, _), .optimizerSequence(let optimizer, _, _):
            switch optimizer.rule {
            case .gradientDescent: "gradient_descent"
            case .momentum: "momentum"
            case .nesterovPyTorch: "nesterov_pytorch"
            case .nesterovLookahead: "nesterov_lookahead"
            case .adam: "adam"
            case .adamW: "adamw"
            }
        case .gradientAtPoint: "gradient_at_point"
        case .graph(_, _, let gradients, _): gradients == nil ? "graph_value" : "graph_gradient"
        case .leastSquares(let fit, _): fit.lambda == 0 ? "least_squares" : "ridge"
        case .attention(_, let quantity): "attention_\(quantity.rawValue)"
        case .fixedValue(_, let name): name
        case .adamMoments: "adam_moments"
        case .answerRatio: "ratio_of_answers"
        case .gradientClipping: "clip_grad_norm"
        case .fixedTensorShape(_, let name), .fixedCount(_, let name, _): name
        }
    }

    /// The family the solver belongs to.
    public var family: SolverFamily {
        switch self {
        case .convolution1D, .convolution2D: .convolution
        case .transposedConvolution1D, .transposedConvolution2D: .transposedConvolution
        case .kernelRecovery1D, .kernelRecovery2D: .kernelRecovery
        case .pooling, .poolingGradient, .globalPooling, .globalPoolingChannels: .pooling
        case .outputShape, .outputLength, .fixedShape: .outputShape
        case .receptiveField, .receptiveFieldJump: .receptiveField
        case .parameterCountConvolution, .parameterCountDepthwiseSeparable, .parameterCountFullyConnected,
             .parameterCountBatchNorm, .parameterCountLayerNorm, .parameterCountModule: .parameterCount
        case .batchNorm, .batchNormInference, .batchNormFeatures: .normalization
        case .normalizationAxes: .normalizationAxes
        case .dropout: .dropout
        case .meanNormalizationGradient: .meanNormalizationGradient
        case .activation: .activation
        case .loss: .loss
        case .operationCount: .operationCount
        case .optimizer, .optimizerSequence, .gradientAtPoint: .optimizerStep
        case .graph: .computationGraph
        case .leastSquares: .leastSquares
        case .attention: .computationGraph
        case .fixedValue, .adamMoments: .optimizerStep
        case .answerRatio: .derived
        case .gradientClipping: .optimizerStep
        case .fixedTensorShape: .outputShape
        case .fixedCount(_, _, let family): family
        }
    }

    /// Computes the answer; throws the solver's ``SolverError``.
    public func solve() throws -> Answer {
        switch self {
        case .convolution1D(let input, let kernel, let stride, let padding, let mode):
            return .vector(try Convolution(mode: mode, stride: stride, padding: Padding(padding)).apply(input, kernel: kernel))
        case .convolution2D(let input, let kernel, let stride, let padding, let mode):
            return .matrix(try Convolution2D(mode: mode, stride: Size2D(stride), padding: Padding2D(padding)).apply(input, kernel: kernel))
        case .transposedConvolution1D(let input, let kernel, let stride, let padding):
            return .vector(try TransposedConvolution(stride: stride, padding: padding).apply(input, kernel: kernel))
        case .transposedConvolution2D(let input, let kernel, let stride, let padding):
            return .matrix(try TransposedConvolution2D(stride: Size2D(stride), padding: Size2D(padding)).apply(input, kernel: kernel))
        case .kernelRecovery1D(let input, let output, let length, let stride, let padding, let mode):
            let kernel = try KernelRecovery.recover(
                input: try Self.exact(input, "input"), output: try Self.exact(output, "output"),
                kernelLength: length, mode: mode, stride: stride, padding: Padding(padding)).get()
            return .vector(kernel.map(\.doubleValue))
        case .kernelRecovery2D(let input, let output, let size, let stride, let padding, let mode):
            let kernel = try KernelRecovery.recover(
                input: try input.map { try Self.exact($0, "input") }, output: try output.map { try Self.exact($0, "output") },
                kernelSize: size.map { Size2D($0) }, mode: mode, stride: Size2D(stride), padding: Padding2D(padding)).get()
            return .matrix(kernel.map { $0.map(\.doubleValue) })
        case .pooling(let kind, let input, let window, let stride, let padding):
            let pad = input.count == 1 ? Padding2D(rows: .none, columns: Padding(padding)) : Padding2D(padding)
            let output = try Pooling(kind, window: window, stride: stride, padding: pad).apply(input)
            return input.count == 1 ? .vector(output[0]) : .matrix(output)
        case .poolingGradient(let kind, let input, let window, let stride, let upstream):
            return .matrix(try Pooling(kind, window: window, stride: stride).gradient(input, upstream: upstream))
        case .batchNormInference(let x, let mean, let variance, let gamma, let beta, let epsilon):
            guard variance + epsilon > 0 else { throw SolverError.invalidParameter(name: "variance", reason: "σ² + ε must be positive") }
            return .real(RealValue(gamma * (x - mean) / (variance + epsilon).squareRoot() + beta))
        case .globalPooling(let kind, let input):
            guard let width = input.first?.count, width > 0, input.allSatisfy({ $0.count == width }) else {
                throw SolverError.emptyInput("input: ragged or empty map")
            }
            // The mean of whole numbers is exact: 30/9, not 3.3333333333333335.
            let entries = input.joined()
            if kind == .average, entries.allSatisfy({ $0 == $0.rounded() && $0.magnitude < 1e12 }) {
                let mean = try Rational(Int(entries.reduce(0, +)), entries.count)
                return mean.denominator == 1 ? .integer(mean.numerator) : .real(RealValue(mean))
            }
            let output = try Pooling(kind, window: Size2D(rows: input.count, columns: width), stride: nil, padding: Padding2D(0)).apply(input)
            return .real(RealValue(output[0][0]))
        case .globalPoolingChannels(let kind, let channels):
            return .vector(try channels.map { channel in
                switch try SolverCall.globalPooling(kind, input: channel).solve() {
                case .integer(let value): return Double(value)
                case .real(let value): return value.value
                default: throw SolverError.emptyInput("input: a channel that pools to no number")
                }
            })
        case .outputShape(let input, let layers, let layout):
            guard let last = try input.applying(layers).last else {
                throw SolverError.emptyInput("layers")
            }
            return last.answer(layout)
        case .outputLength(let input, let kernel, let stride, let padding, let transposed):
            return .integer(transposed
                ? try TransposedConvolution.outputLength(input: input, kernel: kernel, stride: stride, padding: padding)
                : try LayerShape.outputLength(input: input, kernel: kernel, stride: stride, padding: Padding(padding)))
        case .receptiveField(let stages):
            guard !stages.isEmpty else { throw SolverError.emptyInput("layers") }
            return .integer(try ReceptiveField(stages: stages).size)
        case .receptiveFieldJump(let stages):
            guard !stages.isEmpty else { throw SolverError.emptyInput("layers") }
            return .integer(try ReceptiveField(stages: stages).jumps.last ?? 1)
        case .parameterCountConvolution(let inChannels, let outChannels, let kernel, let bias):
            return .integer(try ParameterCount.convolution(inChannels: inChannels, outChannels: outChannels, kernel: kernel, bias: bias).total)
        case .parameterCountDepthwiseSeparable(let inChannels, let outChannels, let kernel, let bias):
            return .integer(try ParameterCount.depthwiseSeparable(
                inChannels: inChannels, outChannels: outChannels, kernel: kernel, depthwiseBias: bias, pointwiseBias: bias).total)
        case .parameterCountFullyConnected(let inputs, let outputs, let bias):
            return .integer(try ParameterCount.fullyConnected(inputs: inputs, outputs: outputs, bias: bias).total)
        case .parameterCountBatchNorm(let channels, let count):
            let parameters = try ParameterCount.batchNormalization(channels: channels)
            switch count {
            case .learnable: return .integer(parameters.trainable)
            case .running: return .integer(parameters.nonTrainable)
            case .total: return .integer(parameters.total)
            }
        case .fixedShape(let shape, let layout):
            return shape.answer(layout)
        case .parameterCountModule(let module):
            return .integer(module.parameterCount)
        case .parameterCountLayerNorm(let features):
            return .integer(try ParameterCount.layerNormalization(features: features).total)
        case .batchNorm(let values, let gamma, let beta, let epsilon, let quantity):
            let group = try NormalizationLayer(epsilon: epsilon).normalize(values, gamma: gamma, beta: beta)
            func element(_ list: [RealValue], _ index: Int) throws -> RealValue {
                guard index >= 1, index <= list.count else {
                    throw SolverError.invalidParameter(name: "index", reason: "must be in 1...\(list.count), got \(index)")
                }
                return list[index - 1]
            }
            switch quantity {
            case .mean: return Self.answer(group.mean)
            case .variance: return Self.answer(group.variance)
            case .standardDeviation: return Self.answer(group.standardDeviation)
            case .normalized(let index): return Self.answer(try element(group.normalized, index))
            case .output(let index): return Self.answer(try element(group.output, index))
            case .normalizedAll: return .vector(group.normalized.map(\.value))
            case .outputAll: return .vector(group.output.map(\.value))
            case .meanAndVariance: return .vector([group.mean.value, group.variance.value])
            }
        case .batchNormFeatures(let batch, let gamma, let beta, let epsilon, let quantity):
            let result = try NormalizationLayer(epsilon: epsilon).batchNormalization(batch, gamma: gamma, beta: beta)
            switch quantity {
            case .means: return .vector(result.groups.map(\.mean.value))
            case .variances: return .vector(result.groups.map(\.variance.value))
            case .normalized: return .matrix(result.normalized.map { $0.map(\.value) })
            case .output: return .matrix(result.output.map { $0.map(\.value) })
            case .outputRow(let row):
                guard row >= 1, row <= result.output.count else {
                    throw SolverError.invalidParameter(name: "example", reason: "must be in 1...\(result.output.count), got \(row)")
                }
                return .vector(result.output[row - 1].map(\.value))
            }
        case .normalizationAxes(let kind, let axes):
            let reduced = Set(kind.reducedAxes)
            let ordered = axes.filter { reduced.contains($0) }
            guard ordered.count == reduced.count else {
                throw SolverError.invalidParameter(name: "axes", reason: "\(axes.joined(separator: ", ")) lacks one of \(kind.reducedAxes.joined(separator: ", "))")
            }
            return .text(ordered.joined(separator: ", "))
        case .dropout(let keep, let variant, let quantity):
            let dropout = try Dropout(keepProbability: keep, variant: variant)
            switch quantity {
            case .scale: return Self.answer(dropout.trainingScale)
            case .expectedValue(let activation, let decimal):
                let value = dropout.expectedTrainingOutput(of: activation)
                if let exact = Rational(approximating: value) {
                    return decimal ? .real(RealValue(exact)) : Answer(exact)
                }
                return .real(RealValue(value))
            case .expectedZeroed(let units): return Self.answer(try dropout.expectedZeroed(units: units))
            case .expectedKept(let units): return Self.answer(try dropout.expectedKept(units: units))
            case .survivingOutput(let activation):
                return try dropout.trainingOutput([activation], keepMask: [true])[0].dropoutAnswer
            case .testOutput(let activation):
                return dropout.testOutput([activation])[0].dropoutAnswer
            case .trainingVariance(let activation):
                let value = dropout.trainingVariance(of: activation)
                if let exact = Rational(approximating: value, maxDenominator: 10_000) { return .real(RealValue(exact)) }
                return .real(RealValue(value))
            case .trainingOutputs(let activations, let mask):
                return .vector(try dropout.trainingOutput(activations, keepMask: mask))
            case .testOutputs(let activations):
                return .vector(dropout.testOutput(activations))
            }
        case .meanNormalizationGradient(let batchSize, let upstream):
            if let upstream {
                if let batchSize, batchSize != upstream.count {
                    throw SolverError.shapeMismatch("batch of \(batchSize) but \(upstream.count) upstream gradients")
                }
                return .vector(try MeanNormalizationGradient.inputGradient(upstream: upstream))
            }
            if let batchSize {
                try Check.positive(batchSize, "batch size")
                if batchSize == 1 { return .integer(MeanNormalizationGradient.batchOfOne) }
            }
            return MeanNormalizationGradient.answer
        case .activation(let activation, let operand):
            switch operand {
            case .scalar(let value): return .real(RealValue(try activation.apply([value])[0]))
            case .vector(let values): return .vector(try activation.apply(values))
            case .matrix(let rows):
                guard let width = rows.first?.count, rows.allSatisfy({ $0.count == width }) else {
                    throw SolverError.emptyInput("input: ragged or empty matrix")
                }
                return .matrix(try rows.map { row throws(SolverError) in try activation.apply(row) })
            }
        case .loss(let loss):
            return try loss.evaluate()
        case .operationCount(let count):
            return .integer(try count.multiplyAccumulates())
        case .optimizer(let optimizer, let start, let gradient, let steps):
            let weights = try optimizer.run(from: start, gradient: gradient, steps: steps)
            return weights.count == 1 ? .real(RealValue(weights[0])) : .vector(weights)
        case .gradientAtPoint(let gradient, let point):
            let values = gradient.evaluate(point)
            return values.count == 1 ? .real(RealValue(values[0])) : .vector(values)
        case .optimizerSequence(let optimizer, let start, let gradients):
            let weights = try optimizer.run(from: start, gradients: gradients)
            return weights.count == 1 ? .real(RealValue(weights[0])) : .vector(weights)
        case .leastSquares(let fit, let quantity):
            return try fit.answer(quantity)
        case .attention(let attention, let quantity):
            let rows = try attention.solve(quantity)
            return rows.count == 1 ? .vector(rows[0]) : .matrix(rows)
        case .fixedValue(let value, _):
            return .real(RealValue(value))
        case .fixedTensorShape(let dimensions, _):
            return .shape(dimensions: dimensions, layout: nil)
        case .fixedCount(let count, _, _):
            return .integer(count)
        case .adamMoments(let adam, let moments):
            let values = try adam.values(moments)
            return values.count == 1 ? .real(RealValue(values[0])) : .vector(values)
        case .gradientClipping(let clipping, let gradient):
            return .vector(try clipping.clipped(gradient))
        case .answerRatio(let numerator, let denominator):
            if case .integer(let a) = numerator, case .integer(let b) = denominator {
                guard b != 0 else { throw SolverError.invalidParameter(name: "denominator", reason: "zero") }
                let ratio = try Rational(a, b)
                return ratio.denominator == 1 ? .integer(ratio.numerator) : .real(RealValue(ratio))
            }
            guard let a = numerator.scalar, let b = denominator.scalar, b != 0 else {
                throw SolverError.invalidParameter(name: "operands", reason: "a ratio of two non-zero numbers")
            }
            return .real(RealValue(a / b))
        case .graph(let graph, let formula, let gradients, let flatten):
            guard let gradients else { return try graph.value(formula).answer(flattenLines: flatten) }
            let tensors = try gradients.map { name throws(SolverError) in try graph.gradient(of: formula, withRespectTo: name) }
            if tensors.count == 1 { return tensors[0].answer(flattenLines: flatten) }
            guard tensors.allSatisfy(\.isScalarLike) else {
                throw SolverError.invalidParameter(name: "gradients", reason: "a list of gradients that are not all numbers")
            }
            return .vector(tensors.map { $0.entries[0] })
        }
    }

    /// An answer from a real value: an integer or exact fraction when its closed form is
    /// one (`"5"` → 5, `"5/4"` → 1.25 with exact 5/4), else the real value as it is.
    static func answer(_ value: RealValue) -> Answer {
        if let exact = value.exact, let rational = Rational(exact) { return Answer(rational) }
        return .real(value)
    }

    static func exact(_ values: [Double], _ name: String) throws -> [Rational] {
        try values.map { value in
            guard let rational = Rational(approximating: value) else {
                throw SolverError.invalidParameter(name: name, reason: "\(value) is not an exact fraction")
            }
            return rational
        }
    }
}

private extension Double {
    /// A dropout output as an answer: its exact fraction when it has a small one, else the real.
    var dropoutAnswer: Answer {
        if let exact = Rational(approximating: self, maxDenominator: 1000) { return Answer(exact) }
        return .real(RealValue(self))
    }
}
