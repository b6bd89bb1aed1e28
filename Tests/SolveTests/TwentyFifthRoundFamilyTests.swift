import Foundation
import Problems
@testable import Solve
import Source
import Testing

/// Families found in the held-out run of `solve/final34` and in the development corpora of
/// session 37, each tested on statements written for these tests.
@Suite("Solve families, twenty-fifth round")
struct TwentyFifthRoundFamilyTests {
    static func answers(_ text: String) -> [String: Answer] { TenthRoundFamilyTests.answers(text) }

    static let table = """
        Problem 2
        The encoder below takes a grayscale image, i.e. of shape 1 × 48 × 48 (C × H × W).

        name module
        stem nn.Conv2d(1, 16, kernel_size=5, padding=2)
        down nn.Conv2d(16, 32, kernel_size=3, stride=2, padding=1)
        pool nn.MaxPool2d(2)
        mix2 nn.Conv2d(32, 32, kernel_size=3, padding=1)
        head nn.Linear(32, 10)

        (a) What is the output shape of down? Answer as C × H × W.
        (b) What is the output shape of mix2?
        (c) How many learnable parameters do the modules stem through pool have together?
        (d) Suppose stem were instead nn.Conv2d(1, 16, kernel_size=3). What would its output shape be?
        """

    /// A table of named layers, one row a line with names of any form ("stem", "down", "mix2"):
    /// the rows run in the order listed, so a row's output shape chains through those before it.
    @Test func aTableOfNamedLayersChainsItsRowsInOrder() {
        let found = Self.answers(Self.table)
        #expect(found["2a"] == .shape(dimensions: [32, 24, 24], layout: "CHW"), "\(String(describing: found["2a"]))")
        #expect(found["2b"] == .shape(dimensions: [32, 12, 12], layout: "CHW"), "\(String(describing: found["2b"]))")
    }

    /// "stem through pool": every row from the first name to the second, not the two named.
    @Test func aRangeBetweenTwoNamesTakesEveryRowBetween() {
        let found = Self.answers(Self.table)
        // stem 16·25 + 16 = 416; down 32·16·9 + 32 = 4,640; pooling has none.
        #expect(found["2c"] == .integer(5056), "\(String(describing: found["2c"]))")
    }

    /// "Suppose stem were instead nn.Conv2d(…)": the new call in the named row's place.
    @Test func aNamedRowThatWereInsteadAnotherCallIsReplaced() {
        let found = Self.answers(Self.table)
        #expect(found["2d"] == .shape(dimensions: [16, 46, 46], layout: "CHW"), "\(String(describing: found["2d"]))")
    }

    /// Prose with calls is no table: a run of rows needs names directly before each call.
    @Test func proseBetweenCallsIsNoTable() {
        let rows = NamedModules.chainedRows(in: "We first apply nn.Conv2d(3, 8, 3), and later use nn.Conv2d(8, 8, 3) with care, then nn.MaxPool2d(2).")
        #expect(rows.isEmpty)
        let table = NamedModules.chainedRows(in: "layer call c1 nn.Conv2d(3, 8, 3) relu nn.ReLU() p1 nn.MaxPool2d(2) The rest")
        #expect(table.map(\.name) == ["c1", "relu", "p1"])
    }

    static let chain = """
        Problem 1
        A single RGB image of size 3 × 96 × 96 enters the network. The layers are applied one after the other, each to the output of the previous part.
        (a) The first layer is conv1 = nn.Conv2d(3, 24, kernel_size=5, stride=1, padding=2). What is the shape of its output?
        (b) conv1 is followed by nn.MaxPool2d(kernel_size=2, stride=2). What is the output shape of the pooling layer?
        (c) Next comes a three-by-three convolution with 48 filters, stride 1 and no padding. What is its output shape?
        """

    /// "applied one after the other, each to the output of the previous part": a part's layer
    /// takes the previous part's output, not the stated image.
    @Test func partsAppliedEachToThePreviousOutputChain() {
        let found = Self.answers(Self.chain)
        #expect(found["1a"] == .shape(dimensions: [24, 96, 96], layout: "CHW"), "\(String(describing: found["1a"]))")
        #expect(found["1b"] == .shape(dimensions: [24, 48, 48], layout: "CHW"), "\(String(describing: found["1b"]))")
        #expect(found["1c"] == .shape(dimensions: [48, 46, 46], layout: "CHW"), "\(String(describing: found["1c"]))")
    }

    /// When the previous part's shape is not known, a chained part abstains instead of taking
    /// the stated image as its input.
    @Test func aChainedPartWithoutThePreviousShapeAbstains() {
        let found = Self.answers("""
            Problem 1
            A single RGB image of size 3 × 96 × 96 enters the network. The layers are applied one after the other, each to the output of the previous part.
            (a) The first block does something unusual that we describe in words only. Sketch it.
            (b) Next comes a three-by-three convolution with 48 filters (no padding). What is its output shape?
            """)
        #expect(found["1b"] == nil, "\(String(describing: found["1b"]))")
    }
}

extension TwentyFifthRoundFamilyTests {
    /// "How many parameters do the encoder and the head have together?" under a part that writes
    /// only the head: the sum covers a module the part does not write, so no answer; a sum of
    /// one module's own weights and biases is still that module's count.
    @Test func aSumOverMoreThanTheOneModuleWrittenAbstains() {
        let found = Self.answers("""
            Problem 3
            A sentence encoder is nn.GRU(32, 64) and reads 20 tokens.
            (a) The classification head is nn.Linear(64, 5). How many parameters do the encoder and the head have combined?
            (b) How many parameters do the weights and biases of nn.Linear(10, 4) have together?
            """)
        #expect(found["3a"] == nil, "\(String(describing: found["3a"]))")
        #expect(found["3b"] == .integer(44), "\(String(describing: found["3b"]))")
    }
}

extension TwentyFifthRoundFamilyTests {
    /// "y = w ⋆ x" and "K ⋆ X": a course that writes the kernel first; the filter found from an
    /// output "maps the same x to (…)".
    @Test func aKernelWrittenFirstIsStillTheKernel() {
        let found = Self.answers("""
            Convolution means cross-correlation with stride 1 and no padding.

            Problem 1
            Let x = (1, 3, −2, 0, 2) and w = (2, −1).
            (a) Compute y = w ⋆ x.
            (b) A filter v of length two (no bias) maps the same x to (5, 4, −4, 2) under cross-correlation. Find v.
            """)
        #expect(found["1a"] == .vector([-1, 8, -4, -2]), "\(String(describing: found["1a"]))")
        #expect(found["1b"] == .vector([2, 1]), "\(String(describing: found["1b"]))")
    }

    /// "Same as (a), but with average pooling": (a)'s pooling with the other kind.
    @Test func aRepeatWithTheOtherKindOfPoolingSwapsTheKind() {
        let found = Self.answers("""
            Problem 2
            Let M = [[4, 0, 2, 2], [0, 0, 6, 2], [1, 1, 3, 5], [1, 1, 1, 7]].
            (a) Apply 2 × 2 max pooling with stride 2 to M.
            (b) Same as (a), but with average pooling.
            """)
        #expect(found["2a"] == .matrix([[4, 6], [1, 7]]), "\(String(describing: found["2a"]))")
        #expect(found["2b"] == .matrix([[1, 3], [1, 4]]), "\(String(describing: found["2b"]))")
    }

    /// "Count the learnable parameters of each of the following modules" over parts that only
    /// describe a module; a block of another problem's part that replaces "the layer of (a)"
    /// brings (a)'s layer along.
    @Test func aStatementThatCountsEachModuleAsksEveryPartAndAReferenceBringsItsBase() {
        let found = Self.answers("""
            Question 1
            Count the learnable parameters (weights and biases) of each of the following modules.
            (a) nn.Conv2d(32, 48, kernel_size=5).
            (b) Replace the layer of (a) by a depthwise separable block: a 5 × 5 depthwise convolution (groups=32) followed by a 1 × 1 pointwise convolution to 48 channels. Both keep their biases.

            Question 2
            Count multiply-accumulate operations (MACs) for one input. Ignore biases.
            (a) The block of Question 1(b) is applied to a 32 × 10 × 10 feature map with stride 1 and padding 2 in the depthwise convolution. How many MACs does it perform?
            """)
        // Depthwise 32·25 + 32, pointwise 32·48 + 48.
        #expect(found["1b"] == .integer(2416), "\(String(describing: found["1b"]))")
        // 32·25·100 + 32·48·100.
        #expect(found["2a"] == .integer(233600), "\(String(describing: found["2a"]))")
    }
}

extension TwentyFifthRoundFamilyTests {
    /// Matrices given in code (`np.array([[…], […]])`, `torch.tensor(…)`) are their literals.
    @Test func arraysInCodeAreTheirLiterals() {
        let found = Self.answers("""
            Problem 3
            Two tokens have queries and keys (d_k = 1):
            ```python
            Q = np.array([[2],
                          [0]])
            K = torch.tensor([[1], [3]], dtype=torch.float32)
            V = np.array([[1, 0], [0, 1]])
            ```
            Attention is softmax(QKᵀ/√d_k)V, the softmax over each row.
            (a) Compute the scaled score matrix QKᵀ/√d_k.
            """)
        #expect(found["3a"] == .matrix([[2, 6], [0, 0]]), "\(String(describing: found["3a"]))")
    }

    /// "Compute the outputs y_i = γx̂_i + β. [2]": points after the question are no batch.
    @Test func pointsAfterTheQuestionAreNoData() {
        let found = Self.answers("""
            Problem 1
            A batch-normalization layer (training mode, ε = 0) sees the mini-batch x = (1, 3, 5, 7) of one feature, with γ = 1 and β = 0.
            (a) Compute the normalized values x̂_i = (x_i − μ)/σ. [3]
            """)
        guard case .vector(let values)? = found["1a"], values.count == 4 else { Issue.record("\(String(describing: found["1a"]))"); return }
        let s = 5.0.squareRoot()
        #expect(zip(values, [-3 / s, -1 / s, 1 / s, 3 / s]).allSatisfy { abs($0 - $1) < 1e-9 }, "\(values)")
    }

    /// "How many FLOPs does layer 2 perform? Count one multiply-accumulate as two FLOPs." under
    /// a table of layers: twice the multiply-accumulates; without the convention, nothing.
    @Test func flopsOfATableRowAreTwiceItsMACsOnlyWhenSaid() {
        let table = """
            Problem 5
            A network takes a 3 × 16 × 16 image (C × H × W). Each convolution uses padding 1.
            Layer Type Kernel Filters Stride Padding
            1 Conv 3 × 3 8 1 1
            2 Conv 3 × 3 16 2 1
            """
        let said = Self.answers(table + "\n(a) How many FLOPs does layer 2 perform on one image? Count one multiply-accumulate as two FLOPs.")
        // Output 8 × 8 × 16, each 3·3·8 multiply-accumulates.
        #expect(said["5a"] == .integer(2 * 8 * 8 * 16 * 72), "\(String(describing: said["5a"]))")
        let unsaid = Self.answers(table + "\n(a) How many FLOPs does layer 2 perform on one image?")
        #expect(unsaid["5a"] == nil, "\(String(describing: unsaid["5a"]))")
    }

    /// "For each layer, give the number of learnable parameters." over parts that only describe
    /// a layer; "Same setting as (a), but using the block of 1(b) instead" asks (a)'s question
    /// of that block.
    @Test func aStatementAskingForEachLayerAndARepeatOnAnotherBlock() {
        let found = Self.answers("""
            ## 1. Counting

            For each layer, give the number of learnable parameters.

            **(a)** `nn.Conv2d(16, 32, kernel_size=3)`

            **(b)** A depthwise separable replacement for the layer in (a): a depthwise 3×3 convolution (`groups=16`) followed by a pointwise 1×1 convolution from 16 to 32 channels. Both have a bias.

            ## 2. Cost

            A feature map of size 16 × 12 × 12 is fed to the layers of Problem 1. There is no padding and every stride is 1, so a 3×3 convolution produces a 10 × 10 output. Ignore biases.

            **(a)** How many MACs does the layer of 1(a) perform?

            **(b)** Same setting as (a), but using the depthwise separable block of 1(b) instead.
            """)
        #expect(found["1b"] == .integer(16 * 9 + 16 + 16 * 32 + 32), "\(String(describing: found["1b"]))")
        #expect(found["2a"] == .integer(100 * 9 * 16 * 32), "\(String(describing: found["2a"]))")
        #expect(found["2b"] == .integer(100 * 9 * 16 + 100 * 16 * 32), "\(String(describing: found["2b"]))")
    }

    /// A model's probabilities of the correct tokens: the mean cross-entropy in nats or bits,
    /// the perplexity, and the loss of a uniform prediction over a stated vocabulary.
    @Test func lossesFromTheProbabilitiesOfTheCorrectTokens() {
        let found = Self.answers("""
            Problem 4
            A character model with a vocabulary of 64 tokens assigns probabilities 0.25, 0.5 and 0.125 and 0.5 to the correct next character at four positions.
            (a) What is the average cross-entropy loss per character, in nats?
            (b) What is the perplexity?
            (c) What loss would a model that predicts the uniform distribution over the vocabulary get, in bits?
            (d) Express your answer to (a) in bits.
            (e) What is the total loss over the four positions?
            """)
        let nats = (log(4.0) + log(2.0) + log(8.0) + log(2.0)) / 4
        #expect(TenthRoundFamilyTests.value(found["4a"]).map { abs($0 - nats) < 1e-9 } == true, "\(String(describing: found["4a"]))")
        #expect(TenthRoundFamilyTests.value(found["4b"]).map { abs($0 - exp(nats)) < 1e-9 } == true, "\(String(describing: found["4b"]))")
        #expect(TenthRoundFamilyTests.value(found["4c"]).map { abs($0 - 6) < 1e-9 } == true, "\(String(describing: found["4c"]))")
        #expect(TenthRoundFamilyTests.value(found["4d"]).map { abs($0 - 1.75) < 1e-9 } == true, "\(String(describing: found["4d"]))")
        #expect(found["4e"] == nil, "\(String(describing: found["4e"]))")
    }
}

extension TwentyFifthRoundFamilyTests {
    /// "For each part, give the shape C × H × W of the output" over parts that only write a
    /// layer, a pair of layers "A followed by B", or options: each answered on the stated input.
    @Test func aStatementAskingTheShapeOfEachPartsOutput() {
        let found = Self.answers("""
            Problem 1
            The input to every layer below is a batch of 8 grayscale images, each of size 1 × 40 × 40. For each part, give the shape C × H × W of the output for one image.
            (a) nn.Conv2d(1, 4, kernel_size=3)
            (b) nn.Conv2d(1, 4, kernel_size=3, padding=1) followed by nn.MaxPool2d(4).
            (c) Which one of the following layers maps the input to an output of shape 4 × 20 × 20?
            (A) nn.Conv2d(1, 4, kernel_size=3, stride=2)
            (B) nn.Conv2d(1, 4, kernel_size=2, stride=2)
            (C) nn.Conv2d(1, 4, kernel_size=5, stride=2)
            """)
        #expect(found["1a"] == .shape(dimensions: [4, 38, 38], layout: "CHW"), "\(String(describing: found["1a"]))")
        #expect(found["1b"] == .shape(dimensions: [4, 10, 10], layout: "CHW"), "\(String(describing: found["1b"]))")
        #expect(found["1c"] == .choice("B"), "\(String(describing: found["1c"]))")
    }
}

extension TwentyFifthRoundFamilyTests {
    /// "a momentum coefficient of 0.8", and "the learning rate starts at 0.2 and is halved every
    /// five epochs (StepLR with step_size=5, gamma=0.5)".
    @Test func aMomentumCoefficientOfAndARateThatStartsAt() {
        let found = Self.answers("""
            Problem 1
            Consider f(w) = 0.5 * (w1^2 + 2 * w2^2), w = (w1, w2), whose gradient is grad f(w) = (w1, 2*w2). Start from w0 = (1, 1) with a learning rate eta = 0.5.
            (a) Heavy-ball momentum with a momentum coefficient of 0.8 and v0 = 0, using v_{t+1} = beta * v_t + grad f(w_t) and w_{t+1} = w_t - eta * v_{t+1}. Compute w2, the iterate after two steps.

            Problem 2
            Epochs are counted from 0.
            (a) The learning rate starts at 0.2 and is halved every five epochs (StepLR with step_size=5, gamma=0.5). What is the learning rate during epoch 12?
            """)
        // First coordinate: v = 1, w = 0.5; v = 1.3, w = −0.15. Second: v = 2, w = 0; v = 1.6, w = −0.8.
        #expect(TenthRoundFamilyTests.close(found["1a"], [-0.15, -0.8], 1e-9), "\(String(describing: found["1a"]))")
        #expect(TenthRoundFamilyTests.value(found["2a"]).map { abs($0 - 0.05) < 1e-12 } == true, "\(String(describing: found["2a"]))")
    }
}

extension TwentyFifthRoundFamilyTests {
    /// "Using your answer to (a), compute tanh′(u) at the same two points", "the same activations
    /// h at test time": the earlier part's numbers.
    @Test func theSamePointsOrActivationsAreTheEarlierPartsNumbers() {
        let found = Self.answers("""
            Problem 3
            (a) Compute tanh(u) for u = (0, 1).
            (b) Using your answer to (a), compute tanh′(u) at the same two points.
            (c) A layer produces activations h = (4, 2, 8). During training we apply inverted dropout with drop probability p = 0.5 and the keep-mask (1, 1, 0).
            (d) A network trained with classic (non-inverted) dropout, keep probability 0.5, sees the same activations h at test time. What does the dropout layer output?
            """)
        let t = tanh(1.0)
        #expect(TenthRoundFamilyTests.close(found["3b"], [1, 1 - t * t], 1e-12), "\(String(describing: found["3b"]))")
        #expect(found["3d"] == .vector([2, 1, 4]), "\(String(describing: found["3d"]))")
    }

    /// "(a) Compute the logits z." then "(b) the cross-entropy loss" and "(c) ∂L/∂z", with "the
    /// correct class c = 2" under a set that numbers classes from 1.
    @Test func theLogitsAnEarlierPartComputedFeedItsLoss() {
        let found = Self.answers("""
            Classes are numbered from 1.

            Problem 4
            A linear layer computes z = W x with W = [[1, 0], [0, 2]] and the input x = (1, 1), and the correct class c = 2.
            (a) Compute the logits z.
            (b) Compute the cross-entropy loss L.
            (c) Compute ∂L/∂z.
            """)
        #expect(found["4a"] == .vector([1, 2]), "\(String(describing: found["4a"]))")
        let p2 = exp(2.0) / (exp(1.0) + exp(2.0))
        #expect(TenthRoundFamilyTests.value(found["4b"]).map { abs($0 + log(p2)) < 1e-9 } == true, "\(String(describing: found["4b"]))")
        #expect(TenthRoundFamilyTests.close(found["4c"], [1 - p2, p2 - 1], 1e-9), "\(String(describing: found["4c"]))")
    }
}

extension TwentyFifthRoundFamilyTests {
    /// Counter-examples a review of this round's rules found (written by the reviewer, not by
    /// the rules' author): each must abstain, or give the answer worked out by hand.
    @Test func reviewedMisfiresOfThisRoundsRules() {
        let pooling = #"""
            Problem 15
            Let X = [[1, 2, 3, 4], [5, 6, 7, 8], [9, 10, 11, 12], [13, 14, 15, 16]].

            (a) Apply 2 × 2 max pooling with stride 2 to X. What is the output?

            (b) Same as (a), but with average pooling.

            (c) Same as (a), but with global average pooling.

            (d) Same as (a), but with average pooling of size 4.

            (e) Same as (a), but with average pooling with stride 1.
            """#
        let flopsTable = #"""
            Problem 17
            The network below takes RGB images of size 3 × 32 × 32 (channels first). There is no bias. Count one multiply-accumulate as two FLOPs.

            Layer Type Configuration
            conv1 Conv 3 × 3, 16 stride 1, padding 1
            pool1 MaxPool 2 × 2 stride 2
            conv2 Conv 3 × 3, 32 stride 1, padding 1

            (a) How many FLOPs does conv2 perform on one image?

            (b) How many FLOPs does conv2 perform in the backward pass on one image?

            (c) How many FLOPs per output pixel does conv2 perform?

            (d) How many FLOPs does conv1 perform per output channel?
            """#
        let abstaining: [(String, [String])] = [
            (#"""
            Problem 1
            A language model reads the sequence "the cat sat". It assigns probabilities 0.5, 0.25 and 0.125 to the correct next token at the three positions.

            (a) What is the cross-entropy loss at the first position?

            (b) What is the negative log-likelihood of the whole sequence under the model?

            (c) A second model assigns probability 0.9 to every correct token. What is its average cross-entropy loss?

            (d) What would the perplexity be if the model assigned probability 1 to each correct token?
            """#, ["1a", "1b", "1c", "1d"]),
            (#"""
            Problem 2
            A classifier assigns probabilities 0.7 and 0.2 to the correct class and to the most likely wrong class, respectively.

            (a) What is the cross-entropy loss for this example?

            (b) Label smoothing spreads 0.1 of the target mass uniform over a vocabulary of 1000 classes. What is the cross-entropy loss of the model above with the smoothed targets?
            """#, ["2a", "2b"]),
            (#"""
            Problem 20
            A language model has a vocabulary of 10,000 tokens. Its weights are initialized from a uniform distribution on [-0.1, 0.1].

            (a) After training, the model assigns probability 0.01 to the correct next token. What is the cross-entropy loss for that token?

            (b) After training, the average cross-entropy loss is 2.3 nats. How many nats below the loss of a uniform prediction is this?
            """#, ["20a", "20b"]),
            (#"""
            Problem 4
            A residual block takes an input of shape 64 × 32 × 32 (channels first). Its modules are

            conv1 nn.Conv2d(64, 64, kernel_size=3, stride=2, padding=1)
            conv2 nn.Conv2d(64, 64, kernel_size=3, stride=2, padding=1)
            shortcut nn.Conv2d(64, 64, kernel_size=1, stride=4)

            The shortcut is applied to the block's input and added to the output of conv2.

            (a) What is the output shape of shortcut?

            (b) What is the output shape of conv2?
            """#, ["4a", "4b"]),
            (#"""
            Problem 5
            The input is a 3 × 64 × 64 image (channels first). We compare three options for the first layer of the network:

            layer1 nn.Conv2d(3, 3, kernel_size=3)
            layer2 nn.Conv2d(3, 3, kernel_size=5)
            layer3 nn.Conv2d(3, 3, kernel_size=7)

            (a) What is the output shape of layer2?

            (b) What is the output shape of layer3?
            """#, ["5a", "5b"]),
            (#"""
            Problem 12
            The input is a feature map of shape 16 × 32 × 32 (channels first). The layers of the parts are applied one after the other, each to the output of the previous part.

            (a) nn.Conv2d(16, 16, kernel_size=3). What is the output shape?

            (b) A second, identical convolution nn.Conv2d(16, 16, kernel_size=3) followed by nn.MaxPool2d(2). What is the output shape?

            (c) nn.MaxPool2d(2) followed by nn.Conv2d(16, 16, kernel_size=3). What is the output shape?
            """#, ["12b", "12c"]),
            (#"""
            Problem 24
            The input images, RGB with height and width 224, go through the stem, whose output has 64 channels, i.e. of shape 64 × 56 × 56.

            (a) What is the output shape of nn.MaxPool2d(2) applied directly to an input image?
            """#, ["24a"]),
            (pooling, ["15c", "15d"]),
            (flopsTable, ["17b", "17c", "17d"]),
            (#"""
            Problem 1
            Tensor shapes are written channels-first, C × H × W. The input to every layer below is an RGB image of size 3 × 64 × 64.

            (a) nn.Conv2d(3, 16, kernel_size=5). Give the output shape.

            (b) Now the input is 3 × 128 × 128 instead. Which one of the following layers maps the input to an output of shape 16 × 32 × 32?
            A. nn.Conv2d(3, 16, kernel_size=3, stride=2, padding=1)
            B. nn.Conv2d(3, 16, kernel_size=4, stride=4)
            C. nn.Conv2d(3, 16, kernel_size=5, stride=3)

            (c) Which one of the following layers maps the input to an output of shape 16 × 32 × 32 after a 2 × 2 max pooling?
            A. nn.Conv2d(3, 16, kernel_size=3, stride=2, padding=1)
            B. nn.Conv2d(3, 16, kernel_size=3, padding=1)
            C. nn.Conv2d(3, 16, kernel_size=5, stride=3)
            """#, ["1b", "1c"]),
            (#"""
            Problem 18
            During a linear warm-up the learning rate starts at 0.001 and rises to 0.1 over the first 5 epochs (epochs are counted from 0).

            (a) After the warm-up, StepLR(opt, step_size=30, gamma=0.1) is stepped once per epoch from the warmed-up rate. What is the learning rate during epoch 40?
            """#, ["18a"]),
            (#"""
            Problem 22
            x = np.array([2, -1, 3, 0, 1, 4])
            w = np.array([1, 0, -2])[::-1]

            (a) Compute the cross-correlation x ⋆ w (stride 1, no padding).
            """#, ["22a"]),
            (#"""
            Problem 8
            The network below takes 3 × 32 × 32 images (channels first).

            conv1 nn.Conv2d(3, 16, kernel_size=3, padding=1)
            conv2 nn.Conv2d(16, 32, kernel_size=3, padding=1)
            conv3 nn.Conv2d(32, 64, kernel_size=3, padding=1)

            (a) Suppose conv1 were instead nn.Conv2d(3, 16, kernel_size=5). What is the shape of the output of conv3?

            (b) Suppose conv2 is now nn.Conv2d(16, 32, kernel_size=3, stride=2, padding=1) only in the second copy of the network, and the first copy is unchanged. What is the shape of the output of conv3 in the first copy?

            (c) Suppose conv1 were instead nn.Conv2d(3, 16, kernel_size=3, padding=1) followed by a 2 × 2 max pooling. What is the shape of the output of conv3?
            """#, ["8c"]),
            (#"""
            Problem 7
            The network below takes 3 × 32 × 32 images (channels first).

            conv1 nn.Conv2d(3, 16, kernel_size=3, padding=1)
            pool nn.MaxPool2d(2)
            conv2 nn.Conv2d(16, 32, kernel_size=3, padding=1)
            gap nn.AdaptiveAvgPool2d(1)
            fc nn.Linear(32, 10)

            (a) What is the shape of the tensor passed from pool to conv2?

            (b) How many parameters are in layers conv1 to conv2, excluding pool?

            (c) How many parameters are added going from conv1 to conv2?
            """#, ["7a", "7c"]),
            (#"""
            Problem 16
            A network takes 3 × 32 × 32 images. For each layer, state whether its number of learnable parameters depends on the input image size.

            (a) nn.Conv2d(3, 16, kernel_size=3)

            (b) nn.Linear(16 * 30 * 30, 10)
            """#, ["16a"]),
            (#"""
            Problem 16
            A network takes 3 × 32 × 32 images. For each layer, give the output shape and the number of learnable parameters.

            (a) nn.Conv2d(3, 16, kernel_size=3)

            (b) nn.MaxPool2d(2)
            """#, ["16a", "16b"]),
            (#"""
            Problem 11
            The input is a 3 × 32 × 32 image (channels first).

            (a) The first layer is nn.Conv2d(3, 16, kernel_size=5), followed by nn.MaxPool2d(2). What is the output shape of the first layer?

            (b) nn.Conv2d(3, 16, kernel_size=5) is followed by nn.MaxPool2d(2). What is the output shape of the convolution?

            (c) nn.Conv2d(3, 16, kernel_size=5) followed by nn.MaxPool2d(2). What is the output shape?
            """#, ["11a", "11b"]),
        ]
        for (text, ids) in abstaining {
            let found = Self.answers(text)
            for id in ids { #expect(found[id] == nil, "\(id): \(String(describing: found[id]))") }
        }
        // Answers that stay right next to them.
        let chained = Self.answers(#"""
            Problem 25
            The input is a 3 × 64 × 64 image (channels first). The layers of parts (a)–(c) are applied one after the other, each to the output of the previous part; part (d) again starts from the 3 × 64 × 64 image.

            (a) nn.Conv2d(3, 16, kernel_size=3, padding=1). What is the output shape?

            (b) nn.MaxPool2d(2). What is the output shape?

            (c) nn.Conv2d(16, 16, kernel_size=3, stride=2, padding=1). What is the output shape?

            (d) nn.MaxPool2d(4). What is the output shape?
            """#)
        #expect(chained["25b"] == .shape(dimensions: [16, 32, 32], layout: "CHW"), "\(String(describing: chained["25b"]))")
        #expect(chained["25d"] == .shape(dimensions: [3, 16, 16], layout: "CHW"), "\(String(describing: chained["25d"]))")
        let pooled = Self.answers(pooling)
        #expect(pooled["15b"] == .matrix([[3.5, 5.5], [11.5, 13.5]]), "\(String(describing: pooled["15b"]))")
        let flops = Self.answers(flopsTable)
        #expect(flops["17a"] == .integer(2_359_296), "\(String(describing: flops["17a"]))")
    }
}

extension TwentyFifthRoundFamilyTests {
    /// A plain-text handout: an ASCII table "x | … / y | …" under "y = w0 + w1*x", and the ridge
    /// formula in ASCII "(X^T X + lambda*I)^{-1} X^T y".
    @Test func anAsciiTableAndAsciiFormulasOfAPlainHandout() {
        let found = Self.answers("""
            Exercise 2.1  Regression
            We fit the line y = w0 + w1*x to these points:

                    x  |  0   1   2
                   ----+------------
                    y  |  1   2   6

              a) Find the ordinary least-squares solution (w0, w1).
              b) Compute the ridge solution w = (X^T X + lambda*I)^{-1} X^T y with lambda = 1, where X has a column of ones and the penalty applies to both w0 and w1.
            """)
        // Least squares: slope 2.5, intercept 0.5. Ridge: (XᵀX + I) w = Xᵀy with XᵀX = [[3, 3], [3, 5]], Xᵀy = (9, 14).
        #expect(TenthRoundFamilyTests.close(found["2.1a"], [0.5, 2.5], 1e-9), "\(String(describing: found["2.1a"]))")
        #expect(TenthRoundFamilyTests.close(found["2.1b"], [12.0 / 15, 29.0 / 15], 1e-6), "\(String(describing: found["2.1b"]))")
    }

    /// "a vocabulary of twenty thousand tokens and 256-dimensional embeddings" in the statement,
    /// then "How many parameters does the embedding table have?".
    @Test func anEmbeddingTableOfTheStatementWithThousandsInWords() {
        let found = Self.answers("""
            Problem 6
            A translation model uses a vocabulary of twenty thousand tokens and 256-dimensional token embeddings.
            (a) How many parameters does the embedding table have?
            """)
        #expect(found["6a"] == .integer(20_000 * 256), "\(String(describing: found["6a"]))")
    }
}

extension TwentyFifthRoundFamilyTests {
    /// "Back to the original model, … is swapped for nn.GRU(…)": a replacement all the same
    /// ("the first copy is unchanged" is what sets one apart).
    @Test func aSwapOfTheOriginalModelIsAReplacement() {
        let found = Self.answers("""
            Problem 2
            A tagger is defined as
            self.emb = nn.Embedding(5000, 64)
            self.rnn = nn.LSTM(64, 128)
            (a) How many parameters does self.rnn have?
            (b) Back to the original model. If self.rnn is swapped for nn.GRU(64, 128), how many parameters does the recurrent layer have?
            """)
        // GRU: 3 · (128·64 + 128·128 + 2·128).
        #expect(found["2b"] == .integer(3 * (128 * 64 + 128 * 128 + 256)), "\(String(describing: found["2b"]))")
    }
}

extension TwentyFifthRoundFamilyTests {
    /// An ASCII table of two inputs with an index column and rules ("i | x1 x2 | y",
    /// "-----+--------+----"), under "NO intercept".
    @Test func anAsciiTableOfTwoInputsWithAnIndexColumn() {
        let found = Self.answers("""
            Q2. Least squares
            We fit y ~ w1*x1 + w2*x2 (NO intercept) to the three points below.

                    i  |  x1   x2  |   y
                  -----+-----------+------
                    1  |   1    0  |   2
                    2  |   0    1  |   3
                    3  |   1    1  |   4

              a) Compute the ordinary least-squares solution w = (X^T X)^{-1} X^T y.
            """)
        // XᵀX = [[2, 1], [1, 2]], Xᵀy = (6, 7): w = (5/3, 8/3).
        #expect(TenthRoundFamilyTests.close(found["2a"], [5.0 / 3, 8.0 / 3], 1e-6), "\(String(describing: found["2a"]))")
    }
}

extension TwentyFifthRoundFamilyTests {
    /// "Take the layer of part (a) with bias=False, followed by nn.BatchNorm2d(64). How many
    /// learnable parameters do the two layers have together?": not the one module written.
    @Test func aSumOverTheTwoLayersAbstains() {
        let found = Self.answers("""
            Problem 2
            A convolution maps 32 input channels to 64 output channels with a 3 × 3 kernel.
            (a) How many learnable parameters does the convolution have?
            (b) Take the layer of part (a) with bias=False, followed by nn.BatchNorm2d(64). How many learnable parameters do the two layers have together?
            """)
        #expect(found["2b"] == nil || found["2b"] == .integer(32 * 64 * 9 + 128), "\(String(describing: found["2b"]))")
    }
}

extension TwentyFifthRoundFamilyTests {
    /// Regressions the session's totals caught: a PDF's table pasted column after column ("x1 x2
    /// y 1 0 1 2 0 1 1 1 …") is not read as rows, and "(both layers together)" of one module with
    /// num_layers=2 is that module's count.
    @Test func aPastedTableByColumnsAndBothLayersOfOneModule() {
        let pasted = Self.answers("""
            Problem 3
            We fit y ≈ w1 x1 + w2 x2 (no intercept) to the data
            x1
            x2
            y
            1
            0
            1
            2
            0
            1
            1
            1
            2
            1
            4
            5
            (a) Compute the ordinary least-squares estimate.
            """)
        #expect(pasted["3a"] == nil, "\(String(describing: pasted["3a"]))")
        let stacked = Self.answers("""
            Problem 2
            rnn = nn.GRU(input_size=32, hidden_size=64, num_layers=2)
            (a) How many parameters does rnn have (both layers together)?
            """)
        // Layer 1: 3 · (64·32 + 64·64 + 128); layer 2: 3 · (64·64 + 64·64 + 128).
        #expect(stacked["2a"] == .integer(3 * (64 * 32 + 64 * 64 + 128) + 3 * (64 * 64 + 64 * 64 + 128)), "\(String(describing: stacked["2a"]))")
    }
}
