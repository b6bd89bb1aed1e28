import Foundation
import Problems
@testable import Solve
import Source
import Testing

/// Families found in the held-out run of `solve/final37` (session 38), each tested on statements
/// written for these tests.
@Suite("Solve families, twenty-sixth round")
struct TwentySixthRoundFamilyTests {
    static func answers(_ text: String) -> [String: Answer] { TenthRoundFamilyTests.answers(text) }

    /// "The pooled tensor from part (b) then goes through …": the result of that part is the input.
    @Test func theTensorFromAnEarlierPartIsTheInput() {
        let found = Self.answers("""
            Problem 1
            A 1 × 28 × 28 image is the input. Give shapes as C × H × W.
            (a) nn.Conv2d(1, 8, kernel_size=3, padding=1). What is the output shape?
            (b) The output of part (a) goes through nn.MaxPool2d(kernel_size=2, stride=2). What is the shape?
            (c) The pooled tensor from part (b) is passed to nn.Conv2d(8, 16, kernel_size=3). What is the output shape?
            """)
        #expect(found["1b"] == .shape(dimensions: [8, 14, 14], layout: "CHW"), "\(String(describing: found["1b"]))")
        #expect(found["1c"] == .shape(dimensions: [16, 12, 12], layout: "CHW"), "\(String(describing: found["1c"]))")
    }

    /// "Which one of the following layers maps the 3 × 32 × 32 image to a tensor of shape
    /// 8 × 16 × 16? … (All four have 8 output channels.)": the input the part names, and the
    /// channels the part gives every option.
    @Test func aShapeChoiceNamesItsInputAndSharesTheChannels() {
        let found = Self.answers("""
            Problem 3
            The input is an RGB image; write shapes as C × H × W.
            (a) Which one of the following layers maps the 3 × 32 × 32 image to a tensor of shape 8 × 16 × 16?
            (A) kernel 3 × 3, stride 1, padding 1
            (B) kernel 4 × 4, stride 2, padding 1
            (C) kernel 5 × 5, stride 2, padding 0
            (D) kernel 2 × 2, stride 3, padding 0
            (All four have 8 output channels.)
            """)
        #expect(found["3a"] == .choice("B"), "\(String(describing: found["3a"]))")
    }

    static let mapped = """
        Problem 2
        A detector works on 512 × 512 photos. One convolution takes a 32 × 28 × 28 feature map and produces a 64 × 28 × 28 feature map using 5 × 5 kernels with padding 2.
        (a) How many parameters does a standard convolution implementing this mapping have, with biases?
        (b) How many multiply-accumulate operations does that convolution perform on one input? Ignore the biases.
        (c) What is the ratio (MACs of the depthwise separable version) / (MACs of the standard convolution)? The separable version uses a 5 × 5 depthwise convolution and a 1 × 1 pointwise convolution to 64 channels.
        """

    /// Channels from an input and an output shape (the dimension that changes), the kernel named
    /// as one (never the photos' size), and the stride from the output's size.
    @Test func channelsAndStrideFromTheShapesALayerMapsBetween() {
        let found = Self.answers(Self.mapped)
        #expect(found["2a"] == .integer((32 * 25 + 1) * 64), "\(String(describing: found["2a"]))")
        #expect(found["2b"] == .integer(64 * 28 * 28 * 32 * 25), "\(String(describing: found["2b"]))")
        // (H × W × C: the last dimension changes.)
        let last = Self.answers("""
            Problem 2
            A layer takes a 28 × 28 × 32 tensor and produces a 28 × 28 × 64 tensor using 3 × 3 kernels with padding 1.
            (a) How many parameters does this convolution have, with biases?
            """)
        #expect(last["2a"] == .integer((32 * 9 + 1) * 64), "\(String(describing: last["2a"]))")
    }

    /// A ratio of two MAC counts is not a MAC count: the separable-to-standard ratio, k²·C/(k² + C) inverted.
    @Test func aRatioOfMACCountsIsTheRatio() {
        let found = Self.answers(Self.mapped)
        guard case .real(let ratio)? = found["2c"] else {
            Issue.record("2c: \(String(describing: found["2c"]))")
            return
        }
        #expect(abs(ratio.value - Double(25 + 64) / Double(25 * 64)) < 1e-9)
    }

    /// "Layer Kernel Stride Output channels": a last column of channels is read past.
    @Test func aLayerTableWithAChannelsColumn() {
        let found = Self.answers("""
            Problem 4
            A network processes 96 × 96 images with these layers, in order.

            Layer Kernel Stride Output channels
            conv1 5 × 5 1 32
            pool1 (max) 2 × 2 2 32
            conv2 3 × 3 1 64
            conv3 3 × 3 2 64

            (a) What is the receptive field (side length, in input pixels) of one unit of conv3?
            """)
        // 1 + 4 + 1·1 + 2·2 + 2·2 = 14.
        #expect(found["4a"] == .integer(14), "\(String(describing: found["4a"]))")
    }

    /// A rule under a problem's heading, then its parts at once: the rule ends the heading.
    @Test func aRuleUnderAHeadingIsNoTextThePartsContinue() {
        let text = """
            Problem 3: Losses  [6 pts]
            ==========================
              a) [3 pts] Compute the mean squared error of the predictions (1.0, 2.0) for the targets (0.0, 4.0).
              b) [3 pts] Explain the difference between the two losses.
            """
        let document = ProblemDocument(source: SourceReader.plain(text))
        #expect(document.problems.first?.parts.map(\.id) == ["3a", "3b"], "\(document.problems.map { $0.parts.map(\.id) })")
        #expect(Self.answers(text)["3a"].flatMap(TenthRoundFamilyTests.value) == 2.5)
    }

    /// "(c) Compute the class probabilities p." then "(d) The true class is class 3. Compute the
    /// cross-entropy loss.": the probabilities that part found.
    @Test func crossEntropyOverAnEarlierPartsProbabilities() {
        let found = Self.answers("""
            Problem 5
            A classifier computes s = W x + b and p = softmax(s) with W = [[1, 0], [0, 1], [1, 1]], b = (0, 0, 0) and x = (1, 2).
            (a) Compute the scores s.
            (b) Compute the class probabilities p.
            (c) The true class is class 3. Compute the cross-entropy loss (natural log).
            """)
        let scores = [1.0, 2.0, 3.0]
        let expected = -log(exp(3) / scores.map(exp).reduce(0, +))
        #expect(TenthRoundFamilyTests.value(found["5c"]).map { abs($0 - expected) < 1e-6 } == true, "\(String(describing: found["5c"]))")
    }

    /// "Repeat part (b) when the hidden nonlinearity is sigmoid instead of ReLU": (b)'s question
    /// over the problem's equations with that activation swapped.
    @Test func aRepeatWithAnotherActivationSwapsItInTheEquations() {
        let found = Self.answers("""
            Problem 6
            A network computes z = W x + b, h = ReLU(z), s = V h with W = [[1, -1], [2, 0]], b = (0, -1), V = [[1, 2], [0, 1]] and x = (1, 1).
            (a) Compute h.
            (b) Compute the scores s.
            (c) Repeat part (b) when the hidden nonlinearity is sigmoid instead of ReLU.
            """)
        let sigmoid = { (z: Double) in 1 / (1 + exp(-z)) }
        #expect(TenthRoundFamilyTests.close(found["6b"], [2, 1]), "\(String(describing: found["6b"]))")
        #expect(TenthRoundFamilyTests.close(found["6c"], [sigmoid(0) + 2 * sigmoid(1), sigmoid(1)]), "\(String(describing: found["6c"]))")
    }

    static let sequence = """
        Problem 7
        Conv1d computes a cross-correlation.
        (a) Compute the output of a 1D convolution with kernel w = (2, 0, -1), stride 1 and no padding, applied to x = (1, 4, 2, 0, 3).
        (b) A dilated stack has four Conv1d layers, each with kernel size 2 and stride 1, with dilations 1, 2, 4 and 8. How many input time steps does one output of the last layer see?
        (c) nn.Conv1d(1, 1, kernel_size=3, bias=False) maps x = (1, 0, 2, 1, 3) to y = (-1, 3, 1). What is its kernel (w1, w2, w3)?
        (d) A stack has three 1D convolution layers with kernel size 3, stride 1 and dilation 1, 3 and 9 respectively. What is the receptive field?
        """

    /// A stack of dilated layers, its dilations listed one for each layer: the receptive field
    /// 1 + Σ dₗ(k − 1), never a convolution of another part's arrays.
    @Test func aDilatedStackIsAReceptiveFieldNotAnEarlierPartsConvolution() {
        let found = Self.answers(Self.sequence)
        #expect(found["7a"] == .vector([0, 8, 1]), "\(String(describing: found["7a"]))")
        #expect(found["7b"] == .integer(1 + 1 + 2 + 4 + 8), "\(String(describing: found["7b"]))")
        #expect(found["7d"] == .integer(1 + 2 * (1 + 3 + 9)), "\(String(describing: found["7d"]))")
        // (Dilations listed for another number of layers are not read.)
        let mismatched = Self.answers("""
            Problem 8
            (a) A stack has three Conv1d layers, each with kernel size 3 and stride 1, with dilations 1 and 2. What is the receptive field?
            """)
        #expect(mismatched["8a"] == nil, "\(String(describing: mismatched["8a"]))")
    }

    /// "`nn.Conv1d(1, 1, kernel_size=3, bias=False)` maps x … to y …. What is its kernel?": the
    /// kernel recovered with the call's default stride 1.
    @Test func aKernelAskedAfterTheMapItProducesIsRecovered() {
        let found = Self.answers(Self.sequence)
        guard case .vector(let kernel)? = found["7c"] else {
            Issue.record("7c: \(String(describing: found["7c"]))")
            return
        }
        #expect(kernel == [1, 2, -1], "\(kernel)")
    }

    /// "How many parameters does the depthwise layer have?" of a depthwise separable block: that
    /// one stage (C_in·k² + C_in); the pointwise one, C_in·C_out + C_out.
    @Test func oneStageOfADepthwiseSeparableBlock() {
        let found = Self.answers("""
            Problem 2
            Count all parameters, biases included.
            (a) A standard nn.Conv2d(32, 96, kernel_size=5) is replaced by a depthwise nn.Conv2d(32, 32, kernel_size=5, groups=32) followed by a pointwise nn.Conv2d(32, 96, kernel_size=1), both with bias.
            (i) How many parameters does the depthwise layer have?
            (ii) How many parameters does the pointwise convolution have?
            """)
        #expect(found["2a.i"] == .integer(32 * 25 + 32), "\(String(describing: found["2a.i"]))")
        #expect(found["2a.ii"] == .integer(32 * 96 + 96), "\(String(describing: found["2a.ii"]))")
    }

    /// Weights tied between modules: a count of distinct parameters that no module's own count
    /// gives; nor is one module's count that of "the whole model".
    @Test func tiedWeightsAreNotCounted() {
        let found = Self.answers("""
            Problem 4
            A model is built as follows (all biases on):

                emb = nn.Embedding(800, 16)
                rnn = nn.GRU(16, 16, batch_first=True)
                head = nn.Linear(16, 800)

            (a) How many parameters does emb have?
            (b) We now tie the decoder weights to the embedding (head.weight = emb.weight; head keeps its bias). How many distinct trainable parameters does the whole model have?
            (c) Without tying, how many parameters does the whole model have, emb included?
            """)
        #expect(found["4a"] == .integer(12_800), "\(String(describing: found["4a"]))")
        #expect(found["4b"] == nil, "\(String(describing: found["4b"]))")
        #expect(found["4c"] == nil, "\(String(describing: found["4c"]))")
    }

    /// A graph whose statement gives an input two values (one for another occasion): the values of
    /// the other occasion are not read; a name given two values with nothing to tell them apart is
    /// not known.
    @Test func anotherOccasionsValuesAreNotTheGraphs() {
        let aside = Self.answers("""
            Problem 2
            Consider g = a * b + c evaluated at a = 3, b = -1, c = 2. (Last week we used a = 1, b = 2, c = 0; do not reuse those.)
            (a) Compute ∂g/∂a.
            """)
        #expect(TenthRoundFamilyTests.value(aside["2a"]) == -1, "\(String(describing: aside["2a"]))")
        let twice = Self.answers("""
            Problem 2
            Consider g = a * b + c with a = 3, b = -1, c = 2. Another student took a = 1.
            (a) Compute ∂g/∂b.
            """)
        #expect(twice["2a"] == nil, "\(String(describing: twice["2a"]))")
    }

    /// "running mean" (a paste of `running_mean`) is a running statistic, not the batch's mean.
    @Test func aRunningStatisticIsNotTheBatchMean() {
        let found = Self.answers("""
            Problem 1
            A batch-norm layer with momentum 0.1 receives the batch x = (2, 4, 6, 8).
            (a) What is the batch mean?
            (b) What is running mean after this forward pass?
            """)
        #expect(TenthRoundFamilyTests.value(found["1a"]) == 5, "\(String(describing: found["1a"]))")
        #expect(TenthRoundFamilyTests.value(found["1b"]) != 5, "\(String(describing: found["1b"]))")
    }

    /// "Take the layer from (b) but use stride 1 and a dilation of two": (b)'s layer, changed.
    @Test func takingAnEarlierPartsLayerWithAChange() {
        let found = Self.answers("""
            Problem 1
            A 1 × 64 × 64 image enters the layers below. Give shapes as C × H × W.
            (a) What is the output shape of nn.Conv2d(1, 16, kernel_size=5, stride=2, padding=2)?
            (b) Take the layer from (a) but use stride 1, no padding and a dilation of two. What shape comes out?
            """)
        #expect(found["1a"] == .shape(dimensions: [16, 32, 32], layout: "CHW"), "\(String(describing: found["1a"]))")
        #expect(found["1b"] == .shape(dimensions: [16, 56, 56], layout: "CHW"), "\(String(describing: found["1b"]))")
    }

    /// "Compute the output of applying W to A" with both bound to matrices: a kernel slid over
    /// an input, under the sheet's convention; with none stated, not computed.
    @Test func applyingANamedKernelToANamedInput() {
        let problem = """
            Problem 3
            Let A = [[2, 0, 1], [1, 3, 0], [0, 1, 2]] and W = [[1, 0], [0, -1]].
            (a) Compute the output of applying W to A (stride 1, no padding).
            """
        let found = Self.answers("Throughout, convolution means cross-correlation: the kernel is not flipped.\n\n" + problem)
        #expect(found["3a"] == .matrix([[-1, 0], [0, 1]]), "\(String(describing: found["3a"]))")
        #expect(Self.answers(problem)["3a"] == nil)
    }

    /// The reviewer's counter-examples to this round's rules (session 38), each now computed right
    /// or not computed: shapes of another layer or of a block; a kernel named before another; a
    /// channels-first filter; a stage under a change or as a share; pixels a unit sees (a count over
    /// two dimensions); a call's default bias in a recovery; operations in words before a call on
    /// an earlier part's tensor; a ratio whose layers' strides differ.
    @Test func reviewedMisfiresOfThisRoundsRules() {
        do {
            let found = Self.answers("""
            Problem 1
            A small CNN has two convolutional layers. Conv1 takes a 3 × 32 × 32 image and produces a 16 × 32 × 32 feature map using 3 × 3 kernels with padding 1. Conv2 also uses 3 × 3 kernels with padding 1 and has 32 filters.
            (a) How many parameters does Conv2 have?
            """)
            #expect(found["1a"] == nil, "a2: \(String(describing: found["1a"]))")
        }
        do {
            let found = Self.answers("""
            Problem 1
            (a) A residual block takes a 64 × 56 × 56 feature map and produces a 128 × 56 × 56 feature map using two stacked 3 × 3 convolutions with padding 1. How many parameters does the block have (with biases)?
            """)
            #expect(found["1a"] == nil, "a6b: \(String(describing: found["1a"]))")
        }
        do {
            let found = Self.answers("""
            Problem 1
            (a) In a ResNet, after the stem's 7 × 7 convolution and max pooling, a layer takes a 64 × 56 × 56 feature map and produces a 128 × 56 × 56 feature map using 3 × 3 kernels with padding 1. How many parameters does this layer have (with biases)?
            """)
            #expect(found["1a"] == .integer(73856), "kn1: \(String(describing: found["1a"]))")
        }
        do {
            let found = Self.answers("""
            Problem 1
            A convolutional layer maps 64 input channels to 128 output channels. Each output channel is computed with a 64 × 3 × 3 filter, and there is a bias per output channel.
            (a) How many parameters does this convolution have?
            """)
            #expect(found["1a"] == .integer(73856), "b1: \(String(describing: found["1a"]))")
        }
        do {
            let found = Self.answers("""
            Problem 3
            A depthwise separable convolution replaces a standard 3 × 3 convolution from 64 to 128 channels (all convolutions have biases).
            (a) How many parameters does the depthwise separable convolution have?
            (b) What percentage of the number of parameters is in the pointwise stage?
            """)
            #expect(found["3b"] == nil, "c2: \(String(describing: found["3b"]))")
        }
        do {
            let found = Self.answers("""
            Problem 3
            A depthwise separable convolution replaces a standard 3 × 3 convolution from 64 to 128 channels (no biases).
            (a) How many parameters does the depthwise separable convolution have?
            (b) If the pointwise layer is removed, how many parameters remain?
            """)
            #expect(found["3b"] == nil, "c4: \(String(describing: found["3b"]))")
        }
        do {
            let found = Self.answers("""
            Problem 4
            A depthwise separable convolution with 3 × 3 kernels maps 64 input channels to 128 output channels (with biases).
            (a) How many parameters does the depthwise convolution have?
            (b) How many parameters would a standard convolution have with the same kernel size and channels?
            (c) How many parameters does the pointwise layer have if its output channels are doubled?
            """)
            #expect(found["4c"] == nil, "p4: \(String(describing: found["4c"]))")
        }
        do {
            let found = Self.answers("""
            Problem 5
            A CNN stacks three 2D convolutional layers, each with 3 × 3 kernels, stride 1 and padding 1.
            (a) How many input pixels does one output pixel of the last layer see?
            """)
            #expect(found["5a"] == nil, "r1: \(String(describing: found["5a"]))")
        }
        do {
            let found = Self.answers("""
            Problem 5
            A stack has three 2D convolution layers, each with 3 × 3 kernels, stride 1 and dilations 1, 2 and 4.
            (a) How many input pixels does one output pixel of the last layer see?
            """)
            #expect(found["5a"] == nil, "ls5: \(String(describing: found["5a"]))")
        }
        do {
            let found = Self.answers("""
            Problem 6
            (a) The layer `nn.Conv1d(1, 1, kernel_size=2)` maps x = (1, 2, 3, 4) to y = (6, 9, 12). What is its kernel (w1, w2)?
            """)
            #expect(found["6a"] == nil, "k1b: \(String(describing: found["6a"]))")
        }
        do {
            let found = Self.answers("""
            Problem 4
            The input is an RGB image of shape 3 × 32 × 32 (C × H × W).
            (a) What is the output shape of nn.Conv2d(3, 16, kernel_size=3, padding=1)?
            (b) The feature maps from part (a) are first downsampled by 2 × 2 max pooling and then passed through nn.Conv2d(16, 32, kernel_size=3, padding=1). What is the output shape?
            """)
            #expect(found["4b"] == nil, "t1: \(String(describing: found["4b"]))")
        }
        do {
            let found = Self.answers("""
            Problem 4
            The input is an RGB image of shape 3 × 32 × 32 (C × H × W).
            (a) What is the output shape of nn.Conv2d(3, 16, kernel_size=3, padding=1)?
            (b) The tensor from part (a) goes through a ReLU and nn.MaxPool2d(2), and then through nn.Conv2d(16, 32, kernel_size=3, padding=1). What is the final output shape?
            (c) The feature maps from part (a) are upsampled by a factor of 2 and then fed to nn.Conv2d(16, 8, kernel_size=3, padding=1). What is the output shape?
            """)
            #expect(found["4c"] == nil, "t5: \(String(describing: found["4c"]))")
        }
        do {
            let found = Self.answers("""
            Problem 5
            A standard 3 × 3 convolution maps 32 input channels to 64 output channels on a 56 × 56 feature map with stride 1 and padding 1 (ignore biases).
            (a) How many MACs does it perform?
            (b) It is replaced by a depthwise separable convolution (3 × 3 depthwise, then 1 × 1 pointwise to 64 channels) whose depthwise stage uses stride 2 and padding 1. How many MACs does the separable version perform?
            (c) What is the ratio (MACs of the standard layer of part (a)) / (MACs of the depthwise separable layer of part (b))?
            """)
            #expect(found["5c"] == nil, "d2: \(String(describing: found["5c"]))")
        }
    }

    /// "How many parameters does that layer have?" after a part with one module call: that call;
    /// not when the part changes it.
    @Test func thatLayerIsThePreviousPartsCall() {
        let found = Self.answers("""
            Problem 1
            A 3 × 32 × 32 image is the input. Give shapes as C × H × W.
            (a) What is the output shape of nn.Conv2d(3, 12, kernel_size=3, padding=1)?
            (b) How many parameters does that layer have?
            (c) How many parameters would that layer have with 24 filters?
            """)
        #expect(found["1b"] == .integer(12 * (3 * 9 + 1)), "\(String(describing: found["1b"]))")
        #expect(found["1c"] == nil, "\(String(describing: found["1c"]))")
    }
}

