import Solve
import Testing

/// Statements written for these tests (not the sample's), three or more per family, each
/// with its exact answer.
@Suite("Recognizer")
struct RecognizerTests {
    struct Case: Sendable, CustomTestStringConvertible {
        var text: String
        var context = ""
        var family: SolverFamily
        var solver: String
        var answer: Answer
        var testDescription: String { "\(solver): \(text.prefix(50))" }
    }

    static func recognize(_ text: String, context: String = "") -> Recognition {
        Recognizer().recognize(PartStatement(id: "1a", text: text, context: context))
    }

    static func rational(_ numerator: Int, _ denominator: Int) -> Answer {
        Answer((try? Rational(numerator, denominator)) ?? .zero)
    }

    static let cases: [Case] = [
        // Convolution.
        Case(text: "Convolve the signal x = (1, 0, 2, −1) with the filter w = (1, −1) using stride 1 and no padding; the kernel is not flipped.",
             family: .convolution, solver: "conv1d", answer: .vector([1, -2, 3])),
        Case(text: "A 2D convolution with stride 2 and zero padding of 1 is applied to the input X = [1 2 3; 4 5 6; 7 8 9] with kernel K = [1 0; 0 1]. Compute the output.",
             family: .convolution, solver: "conv2d", answer: .matrix([[1, 3], [7, 14]])),
        Case(text: "Compute the true convolution (flip the kernel) of x = (1, 2, 3) with kernel k = (1, 0, −1), stride 1, no padding.",
             family: .convolution, solver: "conv1d", answer: .vector([2])),
        Case(text: "Apply the filter w = (1, 1, 1) to x = (2, 4, 6) with stride 1; pad x with one zero on each side (the kernel is not flipped).",
             family: .convolution, solver: "conv1d", answer: .vector([6, 12, 10])),
        // Kernel recovery.
        Case(text: "A convolutional layer's unknown filter w = (w_1, w_2) is applied to x = (1, 2, 3) with stride 1 and no padding, giving the output y = (4, 7). Find the filter.",
             family: .kernelRecovery, solver: "kernel_recovery_1d", answer: .vector([2, 1])),
        Case(text: "Recover the 2 × 2 kernel that produced the output Y = [3 7; 0 2] from the input X = [1 2 0; 0 1 3; 2 1 1] with stride 1 and no padding (cross-correlation).",
             family: .kernelRecovery, solver: "kernel_recovery_2d", answer: .matrix([[1, 0], [-1, 2]])),
        Case(text: "Solve for the kernel of length 2: the input x = (3, 1, 2) produces the output y = (5, 5) under cross-correlation with stride 1 and no padding.",
             family: .kernelRecovery, solver: "kernel_recovery_1d", answer: .vector([1, 2])),
        // Transposed convolution.
        Case(text: "Compute the transposed convolution of x = (1, 2) with kernel w = (1, 1, 1), stride 1, no padding.",
             family: .transposedConvolution, solver: "transposed_conv1d", answer: .vector([1, 3, 3, 2])),
        Case(text: "A 1D transposed convolution with stride 2 and padding 1 takes the input x = (1, 2, 3) and the kernel w = (1, 2, 1). Compute its output.",
             family: .transposedConvolution, solver: "transposed_conv1d", answer: .vector([2, 3, 4, 5, 6])),
        Case(text: "Apply a transposed convolution (stride 2, no padding) to the input X = [1 2; 3 4] with the 2 × 2 kernel W = [1 1; 1 1].",
             family: .transposedConvolution, solver: "transposed_conv2d",
             answer: .matrix([[1, 1, 2, 2], [1, 1, 2, 2], [3, 3, 4, 4], [3, 3, 4, 4]])),
        Case(text: "Now apply it with stride 1 and no padding to x = (2, −1).",
             context: "Problem 3 is about a transposed convolution with the kernel w = (1, 3).",
             family: .transposedConvolution, solver: "transposed_conv1d", answer: .vector([2, 5, -3])),
        // Output shape.
        Case(text: "A 64 × 64 × 3 input image passes through a convolution with 32 filters of size 3 × 3, stride 2 and padding 1. What is the output shape?",
             family: .outputShape, solver: "conv_output_shape", answer: .shape(dimensions: [32, 32, 32], layout: "HWC")),
        Case(text: "A 1D convolution has kernel size 5, stride 2 and padding 2, and its input length is 11. What is the output length?",
             family: .outputShape, solver: "conv_output_length", answer: .integer(6)),
        Case(text: "An input tensor of shape 3 × 224 × 224 (channels first) goes through a 7 × 7 convolution with 64 output channels, stride 2 and padding 3, followed by 3 × 3 max pooling with stride 2 and padding 1. Give the output shape in C × H × W order.",
             family: .outputShape, solver: "conv_output_shape", answer: .shape(dimensions: [64, 56, 56], layout: "CHW")),
        Case(text: "A transposed convolution with kernel size 3, stride 2 and padding 1 is applied to an input of length 5. What is the output length?",
             family: .outputShape, solver: "transposed_conv_output_length", answer: .integer(9)),
        // Pooling.
        Case(text: "Apply max pooling with a 2 × 2 window and stride 1 to A = [1 5 2; 3 4 8; 0 6 7].",
             family: .pooling, solver: "max_pool2d", answer: .matrix([[5, 8], [6, 8]])),
        Case(text: "Compute 2 × 2 average pooling with stride 2 of the feature map M = [2 4 6 8; 0 2 4 6; 1 1 1 1; 3 3 5 5].",
             family: .pooling, solver: "avg_pool2d", answer: .matrix([[2, 6], [2, 3]])),
        Case(text: "Max pooling with window size 2 and stride 2 is applied to the signal x = (3, 1, 4, 1, 5, 9). What is the result?",
             family: .pooling, solver: "max_pool1d", answer: .vector([3, 4, 9])),
        // Parameter count.
        Case(text: "How many trainable parameters does a convolutional layer with 3 input channels and 16 output channels and 5 × 5 kernels have, without bias?",
             family: .parameterCount, solver: "param_count_conv", answer: .integer(1200)),
        Case(text: "What is the number of parameters of a dense layer mapping 512 input features to 10 output classes, including biases?",
             family: .parameterCount, solver: "param_count_fc", answer: .integer(5130)),
        Case(text: "How many parameters and running statistics does a batch normalization layer over 64 channels hold in total?",
             family: .parameterCount, solver: "param_count_batch_norm", answer: .integer(256)),
        Case(text: "Count the parameters of a depthwise separable convolution with 5 × 5 depthwise filters taking 32 input channels to 64 output channels, with biases.",
             family: .parameterCount, solver: "param_count_depthwise_separable", answer: .integer(2944)),
        // Normalization of given numbers.
        Case(text: "A batch normalization layer sees the mini-batch x = (1, 2, 3, 6). Compute the batch mean.",
             family: .normalization, solver: "batch_norm", answer: .integer(3)),
        Case(text: "Batch normalization with γ = 2, β = 1 and ϵ = 0 is applied to x_1 = 0, x_2 = 4. What is the output y_1?",
             family: .normalization, solver: "batch_norm", answer: .integer(-1)),
        Case(text: "For the batch x = (2, 4, 6) under batch normalization (ε = 0), compute the variance.",
             family: .normalization, solver: "batch_norm", answer: rational(8, 3)),
        Case(text: "Compute the normalized value x̂_1.", context: "Two values x_1 = 1, x_2 = 3 are batch-normalized with ε = 0.",
             family: .normalization, solver: "batch_norm", answer: .integer(-1)),
        // Normalization axes.
        Case(text: "Over which axes does batch normalization compute its statistics for an (N, C, H, W) tensor?",
             family: .normalizationAxes, solver: "normalization_axes", answer: .text("N, H, W")),
        Case(text: "For activations of shape (N, H, W, C), which axes does instance normalization reduce over?",
             family: .normalizationAxes, solver: "normalization_axes", answer: .text("H, W")),
        Case(text: "Which axes does layer normalization average over in an N × C × H × W tensor?",
             family: .normalizationAxes, solver: "normalization_axes", answer: .text("C, H, W")),
        // Dropout.
        Case(text: "Inverted dropout is used with drop rate 0.5. What is the scaling factor applied to the surviving units?",
             family: .dropout, solver: "dropout_scale", answer: .integer(2)),
        Case(text: "Inverted dropout keeps each unit with probability 0.75. A layer has 200 neurons. What is the expected number of neurons kept during training?",
             family: .dropout, solver: "dropout_expected_kept", answer: .integer(150)),
        Case(text: "A unit with activation a = 3.0 passes through standard dropout (no scaling during training) with keep probability 0.5. What is its expected value during training?",
             family: .dropout, solver: "dropout_expected_value", answer: .real(RealValue(1.5, exact: "3/2"))),
        Case(text: "The hidden layer has 1000 units. What is the expected number of units set to zero?",
             context: "Inverted dropout drops each neuron with probability 0.1.",
             family: .dropout, solver: "dropout_expected_zeroed", answer: .integer(100)),
        // Receptive field.
        Case(text: "What is the receptive field of three stacked 3 × 3 convolutions, each with stride 1?",
             family: .receptiveField, solver: "receptive_field", answer: .integer(7)),
        Case(text: "A network applies a 7 × 7 convolution with stride 2, then 3 × 3 max pooling with stride 2, then a 3 × 3 convolution with stride 1. Compute the receptive field of one output unit.",
             family: .receptiveField, solver: "receptive_field", answer: .integer(19)),
        Case(text: "Find the receptive field of a 3 × 3 convolution with stride 1 and dilation 2 followed by a 3 × 3 convolution with stride 1.",
             family: .receptiveField, solver: "receptive_field", answer: .integer(7)),
        // Mean-only normalization gradient.
        Case(text: "For mean subtraction y_i = x_i − (1/m) ∑_j x_j over a single-example batch, what is the gradient ∂L/∂x_1?",
             family: .meanNormalizationGradient, solver: "mean_normalization_gradient", answer: .integer(0)),
        Case(text: "Mean-only normalization is applied to a batch of m = 3 values with upstream gradient g = (1, 2, 6). Compute ∂L/∂x.",
             family: .meanNormalizationGradient, solver: "mean_normalization_gradient", answer: .vector([-2, -1, 3])),
        Case(text: "Derive the gradient of the mean-centering operation y_i = x_i − (1/m) ∑_j x_j with respect to x_i for a general batch size m.",
             family: .meanNormalizationGradient, solver: "mean_normalization_gradient", answer: MeanNormalizationGradient.answer),
        // Activations.
        Case(text: "Compute ReLU(a) for the pre-activations a = (3, −1, 0).", family: .activation, solver: "relu", answer: .vector([3, 0, 0])),
        Case(text: "With h = (2, −2, 0) and ReLU'(0) = 0, compute ReLU'(h) entrywise.", family: .activation, solver: "relu_derivative", answer: .vector([1, 0, 0])),
        Case(text: "What is softmax(u) for the logits u = (0, 0)?", family: .activation, solver: "softmax", answer: .vector([0.5, 0.5])),
        // Losses.
        Case(text: "The scores are s = (3, 1, 2) and the correct class is the second class. Compute the multiclass SVM loss with margin 1.",
             family: .loss, solver: "multiclass_hinge", answer: .integer(5)),
        Case(text: "A model predicts (2, 0) for the targets (1, 1). What is its mean squared error?", family: .loss, solver: "mse", answer: .integer(1)),
        Case(text: "Predictions ŷ = (3, 1) against true values (1, 1): compute the sum of squared errors.", family: .loss, solver: "sse", answer: .integer(4)),
        // Optimizer steps.
        Case(text: "Start from w = (1, 2) with learning rate 0.5; the gradient is ∇f(w) = (2 w_1, 2 w_2). Take one step of gradient descent.",
             family: .optimizerStep, solver: "gradient_descent", answer: .vector([0, 0])),
        Case(text: "From w^{(0)} = (4, 0) with η = 0.5 and ∇f(w) = (w_1, w_2), take two steps of SGD with momentum μ = 0.25. What is w^{(2)}?",
             family: .optimizerStep, solver: "momentum", answer: .vector([0.5, 0])),
        Case(text: "The gradient at w = (1, 1) is g = (2, −2). Take one gradient descent step with learning rate η = 0.25.",
             family: .optimizerStep, solver: "gradient_descent", answer: .vector([0.5, 1.5])),
        // Computational graphs.
        Case(text: "A unit computes a = w x + c and q = tanh(a) with w = 0, x = 5 and c = 0. Find q.",
             family: .computationGraph, solver: "graph_value", answer: .real(RealValue(0))),
        Case(text: "Let m = u v + w and n = m^2 at u = 2, v = −1 and w = 4. Give [dn/du, dn/dv, dn/dw].",
             family: .computationGraph, solver: "graph_gradient", answer: .vector([-4, 8, 4])),
        Case(text: "With A = [2 0; 0 4] and b = (2, 2)^⊤, compute x = A^{−1}b.",
             family: .computationGraph, solver: "graph_value", answer: .vector([1, 0.5])),
        // Least squares.
        Case(text: "Fit y = w_0 + w_1x, with an intercept, to x = (0, 2), y = (1, 5). Find the least-squares weights.",
             family: .leastSquares, solver: "least_squares", answer: .vector([1, 2])),
        Case(text: "Fit the model y = wx (no intercept) to x = (1, 2), y = (3, 6). What is the sum of squared residuals of the least-squares fit?",
             family: .leastSquares, solver: "least_squares", answer: .real(RealValue(0))),
        Case(text: "Let X = [1 0; 0 1] and y = (2, 4). Compute the ridge solution ŵ = (X^⊤X + λI)^{−1}X^⊤y with λ = 1.",
             family: .leastSquares, solver: "ridge", answer: .vector([1, 2])),
        // Operation counts.
        Case(text: "A layer maps 2 input channels to 4 output channels with a 3 × 3 kernel, stride 1 and no padding. The input is 2 × 5 × 5. How many MACs does it perform?",
             family: .operationCount, solver: "macs_conv", answer: .integer(3 * 3 * 4 * 2 * 9)),
        Case(text: "How many multiply-accumulate operations does a 1 × 1 convolution from 8 to 16 channels perform on a 10 × 10 input with stride 1 and padding 0?",
             family: .operationCount, solver: "macs_conv", answer: .integer(10 * 10 * 16 * 8)),
        Case(text: "A depthwise separable convolution (3 × 3 depthwise, then 1 × 1 pointwise) maps 4 input channels to 8 output channels. With stride 1 and padding 1 on an input of 4 × 6 × 6, how many MACs does it perform?",
             family: .operationCount, solver: "macs_depthwise_separable", answer: .integer(6 * 6 * 4 * 9 + 6 * 6 * 4 * 8)),
    ]

    @Test(arguments: cases)
    func recognizes(_ example: Case) throws {
        let recognition = Self.recognize(example.text, context: example.context)
        let recognized = try #require(recognition.recognized, "\(recognition.reason ?? "")")
        #expect(recognized.family == example.family)
        #expect(recognized.solver == example.solver)
        #expect(recognized.answer == example.answer)
        #expect(recognized.confidence > 0 && recognized.confidence <= 1)
        #expect(!recognized.evidence.isEmpty)
    }

    @Test func everyFamilyHasThreeCases() {
        // A choice comes from a key only; a derived value needs other parts' answers (DerivedTests).
        for family in SolverFamily.allCases where family != .choice && family != .derived {
            #expect(Self.cases.filter { $0.family == family }.count >= 3, "\(family)")
        }
    }

    @Test func parametersNameWhatWasRead() throws {
        let recognized = try #require(Self.recognize(
            "Let the input be x = (1, 2, −1) and the kernel be w = (1, 2, 1). A transposed convolution with stride s = 2 and no padding is applied. Compute the output vector.").recognized)
        #expect(recognized.parameters == ["stride": "2", "padding": "0", "input": "(1, 2, −1)", "kernel": "(1, 2, 1)"])
        #expect(recognized.answer == .vector([1, 2, 3, 4, 1, -2, -1]))
        #expect(recognized.evidence.contains("stride s = 2"))
    }

    @Test func conventionsLowerTheConfidence() throws {
        let stated = try #require(Self.recognize("Cross-correlate x = (1, 2, 3) with w = (1, 1), stride 1, no padding.").recognized)
        let assumed = try #require(Self.recognize("Cross-correlate x = (1, 2, 3) with w = (1, 1), stride 1.").recognized)
        #expect(stated.answer == assumed.answer)
        #expect(assumed.confidence < stated.confidence)
        #expect(assumed.evidence.contains("padding not stated"))
    }

    static let unrecognizable: [(text: String, context: String)] = [
        // Missing stride.
        ("Compute the output of convolving x = (1, 2, 3, 4) with w = (1, −1).", ""),
        // A stride the context gives two ways.
        ("Now convolve x with w once more and report the output.",
         "Let x = (1, 2, 3, 4, 5) and w = (1, 0, 1) (cross-correlation).\n(a) Use stride 1 and no padding.\n(b) Use stride 2 and no padding."),
        // Multiple choice.
        ("Which activation is most common in modern CNNs? Choose one.\n(A) sigmoid\n(B) ReLU\n(C) tanh", ""),
        ("What does max pooling provide?\n(A) translation invariance\n(B) more parameters", ""),
        // History.
        ("In which year was the LeNet-5 convolutional network published, and by whom?", ""),
        // A convolution with no numbers.
        ("Explain why a convolution with a 3 × 3 kernel has fewer weights than a fully connected layer.", ""),
        // Dropout with a bare p (keep or drop?).
        ("Dropout with p = 0.5 is applied to a layer. What is the scaling factor?", ""),
        // Batch-norm output without γ and β.
        ("Batch normalization receives x_1 = 1, x_2 = 3. What is the output y_2?", ""),
        // Pooling without a window.
        ("Apply max pooling to P = [1 2; 3 4].", ""),
        // A kernel the data does not determine.
        ("Find the unknown filter of length 3 from the input x = (1, 1, 1, 1) and the output y = (3, 3), stride 1, no padding.", ""),
        // Unbiased variance is not what the solver computes.
        ("For the batch x = (1, 2, 3) under batch normalization, compute the unbiased variance.", ""),
        // The pooled map is named, and it has no numbers here (the kernel w is no map).
        ("Apply 3 × 3 max pooling with stride 3 to the map M.", "Let w = [2, 0, 1] be a kernel and b = [1, 1, 4]."),
        // A square window over a one-dimensional array.
        ("Apply 2 × 2 average pooling with stride 2 to the signal s = (4, 2, 0, 6).", ""),
        // The pooled map is another part's answer.
        ("Apply 2 × 2 max pooling with stride 2 to the output of (a).",
         "Let X = [1 2 0 4; 3 1 2 0; 0 1 1 2; 5 0 1 3] and K = [1 0; 0 1].\n(a) Convolve X with K."),
        // A table of layers the paste scattered: four layers named, fewer readable.
        ("What is the receptive field of one unit in the output of layer 4?",
         "Consider the stack below.\nLayer\n1\n2\n3\n4\nConv\nConv\nMaxPool\nConv\n5 × 5, stride 1\n3 × 3, stride 1\n2 × 2, stride 2\n3 × 3, stride 1"),
        // Two layers in one clause, one readable.
        ("An input of shape 16 × 16 × 3 goes through a 3 × 3 conv layer with 8 filters and a max-pool layer, stride 1 and padding 1. Give the output shape.", ""),
    ]

    @Test(arguments: unrecognizable.indices)
    func notRecognized(_ index: Int) {
        let (text, context) = Self.unrecognizable[index]
        let recognition = Self.recognize(text, context: context)
        #expect(recognition.recognized == nil, "\(text) → \(recognition.answer.map(\.description) ?? "")")
        #expect(!(recognition.reason ?? "").isEmpty)
    }

    /// Conventions stated once before the first problem hold for every part that is silent.
    @Test func theSetsConventionsFillWhatAPartLeavesOut() {
        let conventions = "Unless stated otherwise, convolution means cross-correlation, stride 2 and no padding."
        let part = PartStatement(id: "1a", text: "Convolve x with w.", context: "Let x = (1, 2, 3, 4) and w = (1, −1).", conventions: conventions)
        #expect(Recognizer().recognize(part).answer == .vector([-1, -1]))
        var silent = part
        silent.conventions = ""
        #expect(Recognizer().recognize(silent).answer == nil)
    }

    /// The family from the solve corpus: a part's operands by name, 'valid', and nothing
    /// taken from an earlier part's own settings.
    @Test func namedOperandsAndNoSettingFromAnEarlierPart() {
        let context = """
            Let s = [2, 0, 1, 3] be a signal and h = [1, −1] a filter, and let M = [1 2; 3 4] and G = [1 0; 0 1].
            (a) Compute s ⋆ h with one zero of padding on each side.
            (b) Compute the true convolution s ∗ h (flip the kernel), valid, stride 1.
            """
        let conventions = "Convolution means cross-correlation, stride 1, no padding, unless a part says otherwise."
        func answer(_ text: String) -> Answer? {
            Recognizer().recognize(PartStatement(id: "1c", text: text, context: context, conventions: conventions)).answer
        }
        // Valid, unflipped: neither (a)'s padding nor (b)'s flip carries over.
        #expect(answer("Compute s ⋆ h (valid).") == .vector([2, -1, -2]))
        #expect(answer("Now convolve M with G.") == .matrix([[5]]))
        // Named operands that have no numbers here: nothing.
        #expect(answer("Compute q ⋆ h.") == nil)
    }

    @Test func multipleChoiceSaysSo() {
        let reason = Self.recognize("Which activation is most common? Choose one.\n(A) sigmoid\n(B) ReLU").reason ?? ""
        #expect(reason.contains("multiple choice"))
    }

    @Test func underdeterminedKernelIsNotAGuess() {
        let reason = Self.recognize(Self.unrecognizable[9].text).reason ?? ""
        #expect(reason.contains("underdetermined"))
    }
}
