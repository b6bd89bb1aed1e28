/// The kind of homework computation a part asks for; each family is answered by one
/// group of solvers.
public enum SolverFamily: String, Sendable, Hashable, Codable, CaseIterable, CustomStringConvertible {
    /// Convolution (cross-correlation or flipped) of given numbers, 1D or 2D.
    case convolution
    /// An unknown kernel from an input and the output it produced.
    case kernelRecovery = "kernel_recovery"
    /// Transposed convolution of given numbers.
    case transposedConvolution = "transposed_convolution"
    /// The output shape (or length) of a layer or a stack of layers.
    case outputShape = "output_shape"
    /// Max or average pooling of given numbers.
    case pooling
    /// The number of parameters of a layer.
    case parameterCount = "parameter_count"
    /// Batch (or layer) normalization statistics and outputs of given numbers.
    case normalization
    /// Which axes a normalization layer reduces over.
    case normalizationAxes = "normalization_axes"
    /// Dropout scaling and expectations.
    case dropout
    /// The receptive field of a stack of layers.
    case receptiveField = "receptive_field"
    /// The gradient of mean-only normalization (centering).
    case meanNormalizationGradient = "mean_normalization_gradient"
    /// An activation function (or its derivative) of given numbers: sigmoid, tanh, ReLU,
    /// leaky ReLU, softmax with a temperature.
    case activation
    /// The loss of one example (cross-entropy, multiclass hinge, squared error) or the
    /// cross-entropy gradient with respect to the logits.
    case loss
    /// Multiply–accumulate operations of a layer's forward pass.
    case operationCount = "operation_count"
    /// Steps of gradient descent, momentum, PyTorch's Nesterov form or Adam, and a gradient clipped by its norm.
    case optimizerStep = "optimizer_step"
    /// Values and gradients in a network or computational graph written as equations
    /// (MLP forward passes, backprop, attention, closed-form formulas).
    case computationGraph = "computation_graph"
    /// Ordinary least squares and ridge regression in closed form: weights, training error,
    /// predictions.
    case leastSquares = "least_squares"
    /// A value computed from other parts' answers: their ratio ("the ratio of your answer in (b)
    /// to your answer in (a)").
    case derived
    /// A multiple-choice answer (only ever supplied by an answer key).
    case choice

    public var description: String { rawValue }
}
