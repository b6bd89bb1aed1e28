import Foundation
import Problems
@testable import Solve
import Source
import Testing

/// Families found in the held-out run of `solve/final28`, each tested on statements written
/// for these tests.
@Suite("Solve families, twenty-second round")
struct TwentySecondRoundFamilyTests {
    static func answers(_ text: String) -> [String: Answer] { TenthRoundFamilyTests.answers(text) }

    /// "By how many pixels are the receptive fields of neighbouring outputs offset?": the jump
    /// (the product of the strides), not the receptive field; two adjacent units asked about
    /// any other way are neither.
    @Test func theOffsetBetweenAdjacentUnitsIsTheJump() {
        let answers = Self.answers("""
            Problem 2
            A one-channel signal passes through these layers in order.
            Layer Type Kernel Stride
            1 Conv 5×5 2
            2 MaxPool 3×3 3
            3 Conv 3×3 1
            (a) What is the receptive field of one unit in the output of layer 3?
            (b) How far, in input pixels, are the receptive fields of neighbouring units in the output of layer 3 offset from each other?
            (c) How many input pixels do the receptive fields of two adjacent units in the output of layer 3 have in common?
            """)
        // 5, then 5 + 2·2 = 9 (jump 6), then 9 + 2·6 = 21.
        #expect(answers["2a"] == .integer(21), "\(String(describing: answers["2a"]))")
        #expect(answers["2b"] == .integer(6), "\(String(describing: answers["2b"]))")
        #expect(answers["2c"] == nil, "\(String(describing: answers["2c"]))")
    }
}

extension TwentySecondRoundFamilyTests {
    /// A numbered table of modules on "1 × 28 × 28 MNIST digits", its linear layer's inputs
    /// left as a symbol after the flattening: the symbol's value, the modules' shapes, counts
    /// and the first layer's MACs; not a later layer's MACs (its input is not the stated one),
    /// nor a part that changes the symbol, unless global average pooling replaces the flattening.
    @Test func aNumberedTableWithASymbolicLinearInputIsReadInOrder() {
        let answers = Self.answers("""
            Problem 3
            The classifier below is applied to 1 × 28 × 28 MNIST digits.
            # Layer
            1 nn.Conv2d(1, 8, kernel_size=5), ReLU
            2 nn.MaxPool2d(2)
            3 nn.Conv2d(8, 16, kernel_size=3, padding=1), ReLU
            4 nn.MaxPool2d(2)
            5 nn.Flatten()
            6 nn.Linear(F, 10)
            (a) Give the output shape (C, H, W) of layer 3.
            (b) What should F be?
            (c) How many parameters does the whole network have?
            (d) How many MACs does layer 1 perform on a single image (ignore the bias)?
            (e) How many MACs does layer 3 perform on a single image (ignore the bias)?
            (f) Layer 4 is replaced by nn.MaxPool2d(3) and F is changed accordingly. How many parameters does layer 6 have now?
            (g) Layer 5 is replaced by global average pooling followed by flattening, and F is changed accordingly. How many parameters does layer 6 have now?
            """)
        // 28 → 24 (kernel 5) → 12 (pool) → 12 (padding 1) → 6 (pool): 16·6·6 = 576.
        #expect(answers["3a"] == .shape(dimensions: [16, 12, 12], layout: "CHW"), "\(String(describing: answers["3a"]))")
        #expect(answers["3b"] == .integer(576), "\(String(describing: answers["3b"]))")
        #expect(answers["3c"] == .integer((8 * 25 + 8) + (8 * 16 * 9 + 16) + (576 * 10 + 10)), "\(String(describing: answers["3c"]))")
        #expect(answers["3d"] == .integer(24 * 24 * 8 * 25), "\(String(describing: answers["3d"]))")
        #expect(answers["3e"] == nil, "\(String(describing: answers["3e"]))")
        #expect(answers["3f"] == nil, "\(String(describing: answers["3f"]))")
        // Global average pooling in place of the flattening leaves one feature per channel: 16.
        #expect(answers["3g"] == .integer(16 * 10 + 10), "\(String(describing: answers["3g"]))")
    }

    /// "a grouped convolution with groups=2 (16 to 32 channels, 5 × 5)": the part's own
    /// channels written "N to M channels", without "from".
    @Test func channelsWrittenNToMWithoutFromAreTheParts() {
        let answers = Self.answers("""
            Problem 1
            A convolution maps 8 input channels to 8 output channels with a 3 × 3 kernel.
            (a) Now consider a grouped convolution with groups=2 (5 × 5 kernel, 16 to 32 channels, with bias). How many parameters does it have?
            """)
        #expect(answers["1a"] == .integer(32 * 8 * 25 + 32), "\(String(describing: answers["1a"]))")
        // (Not the side of a kernel: "then 1 × 1 to 128 channels" names no input channels.)
        #expect(ParameterCountReader.channels(StatementText("depthwise 3 × 3, padding 1; then 1 × 1 to 128 channels")) == nil)
        #expect(ParameterCountReader.channels(StatementText("it maps from 16 to 48 channels"))?.1 == 48)
    }

    /// "the ratio of the MACs of the depthwise separable convolution to those of the standard
    /// convolution": (k² + C_out) / (k²·C_out) for the statement's layer; a separable layer of
    /// other sizes is another comparison.
    @Test func theMACRatioOfSeparableToStandardFollowsFromTheLayer() {
        let answers = Self.answers("""
            Problem 2
            A layer maps 16 input channels to 48 output channels with a 5 × 5 kernel, stride 1 and padding 2, on a 16 × 40 × 40 input.
            (a) What is the ratio of the MACs of the depthwise separable convolution to those of the standard convolution? Ignore biases.
            (b) What is the ratio of the MACs of the standard convolution to the MACs of a depthwise separable convolution made of a 3 × 3 depthwise convolution and a pointwise convolution to 48 channels?
            """)
        guard case .real(let ratio)? = answers["2a"] else {
            Issue.record("\(String(describing: answers["2a"]))")
            return
        }
        #expect(abs(ratio.value - 73.0 / 1200.0) < 1e-12, "\(ratio)")
        #expect(answers["2b"] == nil, "\(String(describing: answers["2b"]))")
        // The layer stated in the part, the ratio written with possessives; a stride of 2 may be
        // either layer's, and is not read.
        let own = Self.answers("""
            Problem 4
            (a) A 5 × 5 convolution from 32 to 96 channels on a 20 × 20 feature map (stride 1, padding 2) is replaced by a depthwise separable convolution. Ignoring biases, what is the ratio of the standard layer's MACs to the separable layer's MACs?
            (b) A 5 × 5 convolution from 32 to 96 channels on a 20 × 20 feature map (stride 2, padding 2) is replaced by a depthwise separable convolution. Ignoring biases, what is the ratio of the standard layer's MACs to the separable layer's MACs?
            """)
        guard case .real(let possessive)? = own["4a"] else {
            Issue.record("\(String(describing: own["4a"]))")
            return
        }
        #expect(abs(possessive.value - 2400.0 / 121.0) < 1e-9, "\(possessive)")
        #expect(own["4b"] == nil, "\(String(describing: own["4b"]))")
    }
}

extension TwentySecondRoundFamilyTests {
    /// A batch as a matrix whose rows are examples: "the variance of each feature", "the output Y
    /// of the layer (3 × 2)", one feature's gradients with its upstream gradient in NumPy's
    /// column notation (∂L/∂y_{:,2}), and a batch of one example given in words ("whose only
    /// feature value is −2.5"), its output and the derivative of the output with respect to
    /// the input; not a derivative no ∂L/∂· names for the whole batch.
    @Test func aBatchMatrixGivesEachFeaturesStatisticsAndOneFeaturesGradients() {
        let answers = Self.answers("""
            Problem 2
            A batch-normalization layer in training mode receives three examples with two features each (one example per row):
            X = [2 1; 4 3; 6 8].
            It uses the biased variance and ε = 0. Its scale and shift are γ = (1, 0.5) and β = (0, 1).
            (a) Compute the variance of each feature over the batch.
            (b) Compute the output Y of the layer (3 × 2).
            (c) The upstream gradient for the second feature is ∂L/∂y_{:,2} = (1, −1, 2). Compute ∂L/∂x_{:,2}.
            (d) With the same upstream gradient, compute ∂L/∂β_2.
            (e) The same kind of layer, with γ = 2, β = −0.5 and ε = 10^{−5}, receives a batch that contains a single example whose only feature value is −2.5. What does it output?
            (f) In the setting of (e), what is the derivative of the output with respect to the input value −2.5?
            (g) What is the derivative of the output Y with respect to X?
            """)
        let second = [1.0, 3, 8], mean = 4.0
        let sigma = (second.map { ($0 - mean) * ($0 - mean) }.reduce(0, +) / 3).squareRoot()
        let xhat = second.map { ($0 - mean) / sigma }
        let g = [1.0, -1, 2]
        let meanG = g.reduce(0, +) / 3, meanGX = zip(g, xhat).map(*).reduce(0, +) / 3
        let dx = (0..<3).map { 0.5 / sigma * (g[$0] - meanG - xhat[$0] * meanGX) }
        guard case .vector(let variances)? = answers["2a"], variances.count == 2 else {
            Issue.record("\(String(describing: answers["2a"]))")
            return
        }
        #expect(abs(variances[0] - 8.0 / 3) < 1e-9 && abs(variances[1] - 26.0 / 3) < 1e-9, "\(variances)")
        guard case .matrix(let y)? = answers["2b"], y.count == 3, y.allSatisfy({ $0.count == 2 }) else {
            Issue.record("\(String(describing: answers["2b"]))")
            return
        }
        #expect(abs(y[2][1] - (0.5 * xhat[2] + 1)) < 1e-9, "\(y)")
        guard case .vector(let gradient)? = answers["2c"], gradient.count == 3 else {
            Issue.record("\(String(describing: answers["2c"]))")
            return
        }
        #expect(zip(gradient, dx).allSatisfy { abs($0 - $1) < 1e-6 }, "\(gradient) vs \(dx)")
        #expect(answers["2d"] == .integer(2) || answers["2d"] == .real(RealValue(2)), "\(String(describing: answers["2d"]))")
        #expect(answers["2e"] == .real(RealValue(-0.5)) || answers["2e"].flatMap(\.scalar) == -0.5, "\(String(describing: answers["2e"]))")
        #expect(answers["2f"].flatMap(\.scalar) == 0, "\(String(describing: answers["2f"]))")
        #expect(answers["2g"] == nil, "\(String(describing: answers["2g"]))")
    }
}

extension TwentySecondRoundFamilyTests {
    /// "Two queries attend over two keys", then "(b) Compute the output A V" naming no attention:
    /// an earlier part of the problem writes QKᵀ/√d_k, so the output is that attention's.
    @Test func theOutputOfAttentionNamedOnlyByAnEarlierPart() {
        let answers = Self.answers("""
            Problem 3
            Two queries attend over two keys. With one query, key or value per row, Q = [1 1; 0 2], K = [2 0; 0 2], V = [1 0; 3 4], and d_k = 2.
            (a) Compute the weights A = softmax(Q K^T / √d_k), applied to each row.
            (b) Compute the output A V.
            """)
        func softmax(_ row: [Double]) -> [Double] { let e = row.map { exp($0) }; let s = e.reduce(0, +); return e.map { $0 / s } }
        let scores = [[2.0, 2.0], [0.0, 4.0]].map { $0.map { $0 / 2.0.squareRoot() } }
        let weights = scores.map(softmax)
        let output = weights.map { w in [w[0] * 1 + w[1] * 3, w[0] * 0 + w[1] * 4] }
        guard case .matrix(let m)? = answers["3b"], m.count == 2 else {
            Issue.record("\(String(describing: answers["3b"]))")
            return
        }
        #expect(zip(m.joined(), output.joined()).allSatisfy { abs($0 - $1) < 1e-9 }, "\(m)")
    }
}

extension TwentySecondRoundFamilyTests {
    /// A table of two rows, "h 1 2 4 5" over "y 2 3 5 9", under a model in h ("ŷ = a + b h"):
    /// the one row besides y is the input.
    @Test func aTablesRowNamedByTheModelsVariableIsTheInput() {
        let answers = Self.answers("""
            Problem 4
            We fit ŷ = a + b h to four measurements:
            h 1 2 4 5
            y 2 3 5 9
            (a) Compute the least-squares coefficients (a, b).
            """)
        // x̄ = 3, ȳ = 4.75, Sxy = (−2)(−2.75) + (−1)(−1.75) + (1)(0.25) + (2)(4.25) = 16, Sxx = 10.
        guard case .vector(let w)? = answers["4a"], w.count == 2 else {
            Issue.record("\(String(describing: answers["4a"]))")
            return
        }
        #expect(abs(w[1] - 1.6) < 1e-9 && abs(w[0] - (4.75 - 1.6 * 3)) < 1e-9, "\(w)")
    }
}

extension TwentySecondRoundFamilyTests {
    /// "Let g(a, b) = (a + 2b)·min(a, b)." then "(a) Evaluate g at (a, b) = (3, 1)" and "(b) At the
    /// same point, compute the gradient": the point binds the parameters; a point that leaves a
    /// parameter out binds nothing.
    @Test func aFunctionIsEvaluatedAtThePointAPartGives() {
        let answers = Self.answers("""
            Problem 5
            Let g(a, b) = (a + 2 b) · min(a, b).
            (a) Evaluate g at (a, b) = (3, 1).
            (b) At the same point, compute the gradient (∂g/∂a, ∂g/∂b).
            (c) Evaluate g at a = 1, b = 4.
            (d) Evaluate g at a = 2.
            """)
        // At (3, 1): a + 2b = 5, min = b = 1, g = 5; ∂g/∂a = 1·1 = 1, ∂g/∂b = 2·1 + 5·1 = 7.
        #expect(answers["5a"]?.scalar == 5, "\(String(describing: answers["5a"]))")
        #expect(answers["5b"] == .vector([1, 7]), "\(String(describing: answers["5b"]))")
        // At (1, 4): a + 2b = 9, min = a = 1.
        #expect(answers["5c"]?.scalar == 9, "\(String(describing: answers["5c"]))")
        #expect(answers["5d"] == nil, "\(String(describing: answers["5d"]))")
    }
}

extension TwentySecondRoundFamilyTests {
    /// "applied to the output of (b)" where (b)'s answer is a batched shape (N, C, H, W): that
    /// answer's example and batch are the input.
    @Test func aBatchedEarlierShapeIsTheInputOfTheNextLayer() {
        let answers = Self.answers("""
            Problem 1
            A batch of 4 grayscale images of size 28 × 28 is stored as a tensor x of shape (4, 1, 28, 28). For each layer below, give the shape of the output when the layer is applied to x (or to the tensor named in the part).
            (a) nn.Conv2d(1, 6, kernel_size=3)
            (b) Repeat (a) with padding=1 and a stride of 2.
            (c) nn.ConvTranspose2d(6, 2, kernel_size=2, stride=2) applied to the output of (b).
            """)
        #expect(answers["1b"] == .shape(dimensions: [4, 6, 14, 14], layout: "NCHW"), "\(String(describing: answers["1b"]))")
        #expect(answers["1c"] == .shape(dimensions: [4, 2, 28, 28], layout: "NCHW"), "\(String(describing: answers["1c"]))")
    }
}

extension TwentySecondRoundFamilyTests {
    /// Backpropagation through the max pooling of a part it names: each upstream entry goes to
    /// its window's maximum, overlapping windows add up; a tied maximum is not routed.
    @Test func aMaxPoolingGradientGoesToEachWindowsMaximum() {
        let answers = Self.answers("""
            Problem 2
            Consider the map G = [2 1 0; 4 3 5; 1 6 2].
            (a) Apply 2 × 2 max pooling with stride 1.
            (b) The gradient of the loss with respect to the output of the max-pooling layer in (a) is [1 2; 3 4]. Give the gradient of the loss with respect to G.

            Problem 3
            Consider the map H = [2 2 0 1; 1 0 3 4; 5 1 1 1; 0 2 1 0].
            (a) Apply 2 × 2 max pooling with stride 2.
            (b) The gradient of the loss with respect to the output of the max-pooling layer in (a) is [1 2; 3 4]. Give the gradient of the loss with respect to H.
            """)
        #expect(answers["2b"] == .matrix([[0, 0, 0], [1, 0, 2], [0, 7, 0]]), "\(String(describing: answers["2b"]))")
        #expect(answers["3b"] == nil, "\(String(describing: answers["3b"]))")
    }
}

extension TwentySecondRoundFamilyTests {
    /// A convolution's MACs "applied to a mini-batch of sixteen … feature maps" count the whole
    /// batch; a batch whose size is not read is not counted as one example.
    @Test func aConvolutionsCountOverAStatedBatch() {
        let answers = Self.answers("""
            Problem 6
            (a) The layer nn.Conv2d(8, 16, 3, padding=1) is applied to a mini-batch of sixteen 8 × 10 × 10 feature maps. Ignoring the bias, how many multiply-accumulates does the forward pass take?
            (b) The layer nn.Conv2d(8, 16, 3, padding=1) is applied to a batch of 8 × 10 × 10 feature maps. Ignoring the bias, how many multiply-accumulates does the forward pass take?
            """)
        #expect(answers["6a"] == .integer(16 * 10 * 10 * 16 * 9 * 8), "\(String(describing: answers["6a"]))")
        #expect(answers["6b"] == nil, "\(String(describing: answers["6b"]))")
    }
}

extension TwentySecondRoundFamilyTests {
    /// "What does the layer output? ∂L" (the next part's numerator pasted onto this one): the
    /// stray ∂L asks no derivative.
    @Test func aStrayNumeratorAsksNoDerivative() {
        let answers = Self.answers("""
            Problem 5
            A batch-norm layer has γ = 3 and β = −1.
            (a) It is run in training mode on a batch containing a single example, x = (2). Take ε = 10^{−5}.
            (i) What does the layer output? ∂L
            (ii) If ∂L ∂y = 3, what is ∂x ?
            """)
        #expect(answers["5a.i"]?.scalar == -1, "\(String(describing: answers["5a.i"]))")
    }
}

extension TwentySecondRoundFamilyTests {
    /// "Which layer maps an input of shape (…) to an output of shape (…)?" and "Select all …":
    /// each option's output shape on that input; an option whose shape is not computed leaves
    /// the part unanswered.
    @Test func optionsAreChosenByTheOutputShapeTheyGive() {
        let answers = Self.answers("""
            Problem 3
            (a) Which layer maps an input of shape (2, 8, 16, 16) to an output of shape (2, 4, 8, 8)? (A) nn.Conv2d(8, 4, 3, padding=1) (B) nn.Conv2d(8, 4, 2, stride=2) (C) nn.MaxPool2d(2)
            (b) Select all layers that map an input of shape (1, 8, 16, 16) to an output of shape (1, 8, 8, 8). (A) nn.MaxPool2d(2) (B) nn.AvgPool2d(2) (C) nn.Conv2d(8, 8, 3, padding=1)
            (c) Select all layers that map an input of shape (1, 8, 16, 16) to an output of shape (1, 8, 8, 8). (A) nn.MaxPool2d(2) (B) a learned downsampling layer
            """)
        #expect(answers["3a"] == .choice("B"), "\(String(describing: answers["3a"]))")
        #expect(answers["3b"] == .choice("A, B"), "\(String(describing: answers["3b"]))")
        #expect(answers["3c"] == nil, "\(String(describing: answers["3c"]))")
    }
}

extension TwentySecondRoundFamilyTests {
    /// "Which convolution maps a 32 × 32 input to a 16 × 16 output (stride 2 in every case)?"
    /// with options "kernel 3, padding 1": each option's side from its kernel, padding and
    /// dilation; without a stride stated, nothing is chosen.
    @Test func optionsInWordsAreChosenByTheSideTheyGive() {
        let answers = Self.answers("""
            Problem 2
            (a) Which convolution maps a 32 × 32 input to a 16 × 16 output (stride 2 in every case)? (A) kernel 3, padding 1 (B) kernel 2, padding 1 (C) kernel 5, padding 0
            (b) Select all layers that map a 20 × 20 input to a 20 × 20 output. (A) kernel 3, padding 1 (B) kernel 5, padding 1
            """)
        #expect(answers["2a"] == .choice("A"), "\(String(describing: answers["2a"]))")
        #expect(answers["2b"] == nil, "\(String(describing: answers["2b"]))")
    }
}

extension TwentySecondRoundFamilyTests {
    /// "How many trainable parameters does each of the following have?" over parts that ask no
    /// question of their own ("A fully connected layer mapping 300 inputs to 20 outputs.", "…
    /// What is the total?"); a part with its own question is not answered with it.
    @Test func theStatementsQuestionServesPartsThatAskNone() {
        let answers = Self.answers("""
            Problem 1
            How many trainable parameters does each of the following have?
            (a) A fully connected layer mapping 300 inputs to 20 outputs.
            (b) The 5 × 5 convolution from 8 to 16 channels is replaced by a depthwise separable convolution: a 5 × 5 depthwise convolution followed by a 1 × 1 pointwise convolution to 16 channels. Both layers have biases. What is the total?
            (c) A fully connected layer mapping 300 inputs to 20 outputs. Is its bias needed?
            """)
        #expect(answers["1a"] == .integer(300 * 20 + 20), "\(String(describing: answers["1a"]))")
        #expect(answers["1b"] == .integer(8 * 25 + 8 + 8 * 16 + 16), "\(String(describing: answers["1b"]))")
        #expect(answers["1c"] == nil, "\(String(describing: answers["1c"]))")
    }
}

extension TwentySecondRoundFamilyTests {
    /// "(b) A stacked GRU, nn.GRU(32, 64, num_layers=3). (i) How many parameters are in the first
    /// layer alone? (ii) How many in total?": the whole module of the part it belongs to, when the
    /// problem asks for parameter counts.
    @Test func howManyInTotalCountsTheModuleOfItsPart() {
        let answers = Self.answers("""
            Problem 1
            How many trainable parameters does each of the following have?
            (a) nn.Linear(10, 5)
            (b) A stacked GRU, nn.GRU(32, 64, num_layers=3).
            (i) How many parameters are in the first layer alone?
            (ii) How many in total?
            """)
        // Layer 1: 3·(64·32 + 64·64 + 2·64); layers 2 and 3: 3·(64·64 + 64·64 + 2·64) each.
        let first = 3 * (64 * 32 + 64 * 64 + 2 * 64), later = 3 * (64 * 64 + 64 * 64 + 2 * 64)
        #expect(answers["1b.ii"] == .integer(first + 2 * later), "\(String(describing: answers["1b.ii"]))")
    }
}

extension TwentySecondRoundFamilyTests {
    /// "What is the maximum value of the derivative of tanh?": tanh′ peaks at 1 and σ′ at 1/4,
    /// both at 0; over an interval the part gives, nothing is computed.
    @Test func theLargestDerivativeOfASquashingFunction() {
        let answers = Self.answers("""
            Problem 2
            (a) What is the maximum value of the derivative of tanh over all real inputs?
            (b) The derivative of the logistic sigmoid reaches its largest value where? Give that largest value.
            (c) What is the largest value the derivative of the sigmoid takes on the interval [1, 3]?
            """)
        #expect(answers["2a"]?.scalar == 1, "\(String(describing: answers["2a"]))")
        #expect(answers["2b"]?.scalar == 0.25, "\(String(describing: answers["2b"]))")
        #expect(answers["2c"] == nil, "\(String(describing: answers["2c"]))")
    }
}

/// Families found in the held-out run of `solve/final29`, each on statements written here.
extension TwentySecondRoundFamilyTests {
    @Test func heldOutFinal29Families() {
        let answers = Self.answers("""
            Problem 1
            A layer produces z = (0.5, -1, 2).
            (a) Evaluate the sigmoid at the second entry of z.
            (b) Give an example of a vector z for which the softmax is uniform, and explain why.

            Problem 2
            We minimize f(w) = w_1^2 + w_2^2 from w_0 = (1, 2) with learning rate η = 0.1.
            (a) Use heavy-ball momentum v_{t+1} = μ v_t + ∇f(w_t), w_{t+1} = w_t − η v_{t+1}, with μ = 0.5 and an initial velocity v_0 = (1, 0). Give w_1.

            Problem 3
            One head has Q = [1 0; 0 1], K = [2 0; 0 2] and d_k = 2, with A = softmax(QK^T/√d_k) over each row.
            (a) Suppose someone drops the 1/√d_k factor. What is the largest entry of the first row of the attention weights?

            Problem 4
            Count one multiply-accumulate as one MAC.
            (a) How many MACs does nn.Linear(512, 256) perform on a batch of 8 sequences of 64 tokens each? Ignore the bias.

            Problem 5
            Dropout with drop rate p = 0.5 is applied to h = (2, 4, 6). The sampled keep mask is m = (1, 0, 1).
            (a) With inverted dropout, what is the output during this training step?
            (b) A classmate feeds in h'' = (1, 3) with mask (0, 1) using inverted dropout. What does the layer output during training?
            """)
        #expect(answers["1a"]?.scalar.map { abs($0 - 1 / (1 + exp(1.0))) < 1e-9 } == true, "\(String(describing: answers["1a"]))")
        #expect(answers["1b"] == nil, "\(String(describing: answers["1b"]))")
        #expect(answers["2a"] == nil, "\(String(describing: answers["2a"]))")
        // Unscaled first row (2, 0): the larger weight is e²/(e² + 1).
        #expect(answers["3a"]?.scalar.map { abs($0 - exp(2.0) / (exp(2.0) + 1)) < 1e-9 } == true, "\(String(describing: answers["3a"]))")
        #expect(answers["4a"] == .integer(8 * 64 * 512 * 256), "\(String(describing: answers["4a"]))")
        #expect(answers["5a"] == .vector([4, 0, 12]), "\(String(describing: answers["5a"]))")
        #expect(answers["5b"] == nil, "\(String(describing: answers["5b"]))")
    }
}

/// Misfires a review of this round's rules found, each now answered right or not at all.
extension TwentySecondRoundFamilyTests {
    @Test func reviewedMisfiresOfThisRoundsRules() {
        let answers = Self.answers("""
            Problem 1
            A one-channel image passes through these layers in order.
            Layer Type Kernel Stride
            1 Conv 5×5 2
            2 MaxPool 3×3 3
            3 Conv 3×3 1
            (a) Compute the receptive field of one unit of layer 3, showing each step for successive layers.

            Problem 2
            The classifier below is applied to 1 × 28 × 28 MNIST digits.
            # Layer
            1 nn.Conv2d(1, 8, kernel_size=5)
            2 nn.MaxPool2d(2)
            3 nn.Flatten()
            4 nn.Linear(F, 10)
            (a) The digits are now padded to 1 × 32 × 32. How many parameters does the whole network have?

            Problem 3
            (a) The layer nn.Conv2d(8, 16, 3, padding=1) is applied to a batch of two hundred 8 × 10 × 10 feature maps. Ignoring the bias, how many MACs does it take?
            (b) A 3 × 3 convolution reduces the channels by a factor of 4 to 64 channels on a 256-channel input. How many parameters does it have?

            Problem 4
            Each of the candidate layers below is applied on its own (not in sequence) to a 3 × 32 × 32 input.
            # Candidate
            1 nn.Conv2d(3, 8, 3, padding=1)
            2 nn.MaxPool2d(2)
            3 nn.AvgPool2d(2)
            (a) What is the output shape (C, H, W) of layer 3?

            Problem 5
            How many parameters does each of the following have?
            (a) A fully connected layer mapping 300 inputs to 20 outputs, followed by one mapping 20 inputs to 5 outputs.
            (b) What is the largest value of the derivative of σ(2z) over all real z?

            Problem 6
            Consider the map H = [2 1 0 1; 1 0 3 4; 5 1 1 1; 0 2 1 0].
            (a) Multiply H by 3 and apply 2 × 2 average pooling with stride 2.
            (b) The gradient of the loss with respect to the output of the average-pooling layer in (a) is [1 2; 3 4]. Give the gradient of the loss with respect to H.
            (c) Which convolution maps a 32 × 32 input to a 32 × 32 output (stride 1 and dilation 2 in every case)? (A) kernel 3, padding 1 (B) kernel 3, padding 3 (C) kernel 3, padding 2
            """)
        // 5, then 5 + 2·2 = 9 (jump 6), then 9 + 2·6 = 21: the size, not the jump.
        #expect(answers["1a"] == .integer(21), "\(String(describing: answers["1a"]))")
        for id in ["2a", "3a", "4a", "5a", "5b", "6a", "6b"] {
            #expect(answers[id] == nil, "\(id): \(String(describing: answers[id]))")
        }
        #expect(answers["3b"] != .integer(4 * 64 * 9 + 64), "\(String(describing: answers["3b"]))")
        #expect(answers["6c"] == .choice("C"), "\(String(describing: answers["6c"]))")
    }
}
