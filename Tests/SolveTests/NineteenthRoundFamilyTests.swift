import Foundation
import Problems
@testable import Solve
import Source
import Testing

/// Families found in the held-out run of `solve/final22` and in `solve/final21`, each tested on
/// statements written for these tests.
@Suite("Solve families, nineteenth round")
struct NineteenthRoundFamilyTests {
    static func answers(_ text: String) -> [String: Answer] { TenthRoundFamilyTests.answers(text) }
    static func recognitions(_ text: String) -> [String: Recognition] { FifthRoundFamilyTests.recognitions(text) }

    /// A sub-part that only varies its part's question ("with stride 2") is read with the part:
    /// its arrays are the ones the part names, not the problem's first ones.
    @Test func aSubPartThatFinishesItsPartsSentenceUsesThePartsArrays() {
        let answers = Self.answers("""
            Problem 4
            Let the signal be s = [1, 2, 3, 4, 5] and the filter f = [1, −1].
            (a) Compute the valid cross-correlation of s with f, stride 1.

            For the remaining parts, let A = [2 0 1; 1 3 0; 0 1 2] and B = [1 0; 0 −1].
            (b) Cross-correlate A with B (no padding):
            (i) with stride 1;
            (ii) Stride 2.
            """)
        #expect(answers["4a"] == .vector([-1, -1, -1, -1]))
        #expect(TenthRoundFamilyTests.close(answers["4b.i"], [[-1, 0], [0, 1]]), "\(String(describing: answers["4b.i"]))")
        #expect(TenthRoundFamilyTests.close(answers["4b.ii"], [[-1]]), "\(String(describing: answers["4b.ii"]))")
    }

    /// A part whose text only leads into its sub-parts asks nothing of its own.
    @Test func aPartLeadingIntoItsSubPartsIsNotAnswered() {
        let recognitions = Self.recognitions("""
            Problem 1
            The input is x = [3, 1, 4, 1, 5, 9] and the kernel is w = [2, −1].
            (a) Apply w to x with a stride of 2:
            (i) as a cross-correlation;
            (ii) as a true convolution (kernel flipped).
            """)
        #expect(recognitions["1a"]?.recognized == nil, "\(String(describing: recognitions["1a"]))")
        #expect(recognitions["1a"]?.reason?.contains("sub-parts") == true)
    }

    /// "3 × 3 pooling with stride 3" names the window before the word pooling.
    @Test func aWindowWrittenBeforeTheWordPoolingIsRead() {
        let answers = Self.answers("""
            Problem 2
            Let M = [1 5 2 0 3 1; 4 2 0 7 1 1; 0 1 8 2 2 6; 3 3 1 0 4 2; 1 0 2 2 5 1; 6 1 0 3 0 2].
            (a) Apply 3 × 3 pooling with stride 3 to M, taking the maximum in each window. Write the max pooling output.
            """)
        #expect(TenthRoundFamilyTests.close(answers["2a"], [[8, 7], [6, 5]]), "\(String(describing: answers["2a"]))")
    }

    /// "maps the image […] to […]": the part's own two unnamed arrays are its input and output.
    @Test func aFilterThatMapsOneWrittenArrayToAnotherIsRecoveredFromThem() {
        let answers = Self.answers("""
            Problem 3
            Earlier we used y = [1, 2, 3] as an output.
            (a) A 2 × 2 filter (no bias, cross-correlation, stride 1) maps the image [1 2 0; 0 1 1; 2 0 1] to [3 4; 1 2]. Recover the filter.
            """)
        // Checked against the definition of cross-correlation.
        guard case .matrix(let kernel)? = answers["3a"] else { Issue.record("3a: \(String(describing: answers["3a"]))"); return }
        let image: [[Double]] = [[1, 2, 0], [0, 1, 1], [2, 0, 1]]
        let output: [[Double]] = [[3, 4], [1, 2]]
        for r in 0..<2 {
            for c in 0..<2 {
                var value = 0.0
                for i in 0..<2 { for j in 0..<2 { value += image[r + i][c + j] * kernel[i][j] } }
                #expect(abs(value - output[r][c]) < 1e-9, "\(kernel)")
            }
        }
    }

    /// A part that speaks of padding in words that are not read abstains; one that writes the
    /// amount as a word is read.
    @Test func paddingNamedButNotReadIsNotTakenFromTheContext() {
        let recognitions = Self.recognitions("""
            Problem 5
            Let x = [4, 0, 2, 1, 3] and w = [1, 2, 1]. Use cross-correlation, no padding and stride 1 unless a part says otherwise.
            (a) Repeat the computation with zero-padding of two on each side and a stride of three.
            (b) Repeat the computation, padding the borders by replicating the edge values.
            """)
        #expect(recognitions["5a"]?.answer == .vector([4, 5, 3]), "\(String(describing: recognitions["5a"]))")
        #expect(recognitions["5b"]?.recognized == nil, "\(String(describing: recognitions["5b"]))")
    }

    /// A sentence of the statement scoped to other parts ("In parts a–c …") sets nothing for
    /// a part outside them.
    @Test func aStatementSentenceScopedToOtherPartsDoesNotFrameThisPart() {
        let recognitions = Self.recognitions("""
            Problem 6
            In parts (a)–(b) the input is a batch of RGB images with 3 channels, 32 × 32 each.
            (a) What is the output shape of nn.Conv2d(3, 8, kernel_size=3)?
            (b) How many parameters does that layer have?
            (c) Convolve the sequence u = (2, 0, 1, 3) with the kernel v = (1, −1, 2), with no padding and stride 1.
            """)
        #expect(recognitions["6a"]?.answer == .shape(dimensions: [8, 30, 30], layout: "CHW"), "\(String(describing: recognitions["6a"]))")
        #expect(recognitions["6c"]?.recognized == nil, "\(String(describing: recognitions["6c"]))")
    }

    /// "What is the resulting shape?" asks an output shape, as "the shape of the full output
    /// tensor" does.
    @Test func aResultingShapeIsAnOutputShape() {
        let answers = Self.answers("""
            Problem 7
            A batch of 4 grayscale images, each 1 × 40 × 40, is used throughout.
            (a) What is the output shape (C × H × W) of nn.Conv2d(1, 6, kernel_size=3, padding=1)?
            (b) nn.AvgPool2d(kernel_size=4, stride=4) is applied to the output of part (a). What is the resulting shape per image?
            (c) The output of part (a) goes through nn.ConvTranspose2d(6, 2, kernel_size=2, stride=2). Give the shape of the whole output tensor for the batch, N × C × H × W.
            """)
        #expect(answers["7b"] == .shape(dimensions: [6, 10, 10], layout: "CHW"), "\(String(describing: answers["7b"]))")
        #expect(answers["7c"].map { "\($0)" } == "4×2×80×80 (NCHW)", "\(String(describing: answers["7c"]))")
    }

    /// A network given as a table of named rows with a configuration column: each named
    /// convolution's parameters and multiply-accumulates, the whole network's parameters (the
    /// linear layer takes the flattened output before it), a receptive field, and a row that
    /// another part replaces.
    @Test func aNetworkTableOfNamedRowsAnswersCountsOfItsLayers() {
        let recognitions = Self.recognitions("""
            Problem 3
            The model below takes 1 × 28 × 28 images. Every layer has a bias.

            Layer Type Configuration
            c1 Conv 5 × 5, 8 stride 1, padding 2
            p1 MaxPool 2 × 2 stride 2
            c2 Conv 3 × 3, 16 stride 1, padding 0
            p2 MaxPool 2 × 2 stride 2
            out Linear → 10 applied to the flattened output of p2
            (a) How many parameters does c2 have?
            (b) How many parameters does the whole network have?
            (c) How many multiply-accumulate operations does c2 perform on one image?
            (d) What is the receptive field (side length, in input pixels) of one unit of p1?
            (e) Replace c2 by a grouped convolution with 2 groups (same kernel size, same output channels, with bias). How many parameters does it have?
            (f) If c1 had stride 2, how many multiply-accumulates would c2 perform?
            """)
        // c2: 3·3·8·16 + 16; flattened: 16 × 6 × 6 after p2 (28 → 28 → 14 → 12 → 6).
        #expect(recognitions["3a"]?.answer == .integer(1168), "\(String(describing: recognitions["3a"]))")
        #expect(recognitions["3b"]?.answer == .integer(208 + 1168 + 576 * 10 + 10), "\(String(describing: recognitions["3b"]))")
        #expect(recognitions["3c"]?.answer == .integer(12 * 12 * 9 * 8 * 16), "\(String(describing: recognitions["3c"]))")
        #expect(recognitions["3d"]?.answer == .integer(6), "\(String(describing: recognitions["3d"]))")
        #expect(recognitions["3e"]?.answer == .integer(16 * 4 * 9 + 16), "\(String(describing: recognitions["3e"]))")
        #expect(recognitions["3f"]?.answer == nil, "\(String(describing: recognitions["3f"]))")
    }

    /// A table with a column per setting, its paddings given in words: the side of a named
    /// layer's output and its multiply-accumulates; a convolution whose padding no words give
    /// has no shape.
    @Test func aColumnedNetworkTableTakesPaddingsFromTheStatementsWords() {
        let recognitions = Self.recognitions("""
            Problem 2
            A network processes a 3 × 64 × 64 image with the layers in the table. Every convolution with stride 1 uses 'same' padding; layer 3 uses padding 1.

            Layer Type Kernel Stride Output channels
            1 Conv 5 × 5 1 16
            2 MaxPool 2 × 2 2 16
            3 Conv 3 × 3 2 32
            4 MaxPool 2 × 2 2 32
            (a) What is the spatial side length of the output of layer 4?
            (b) How many multiply-accumulates (MACs) does layer 1 perform on one image? Ignore the bias.
            """)
        // 64 → 64 → 32 → 16 → 8.
        #expect(recognitions["2a"]?.answer == .integer(8), "\(String(describing: recognitions["2a"]))")
        #expect(recognitions["2b"]?.answer == .integer(64 * 64 * 25 * 3 * 16), "\(String(describing: recognitions["2b"]))")
        let unpadded = Self.recognitions("""
            Problem 2
            A network processes a 3 × 64 × 64 image with the layers in the table.

            Layer Type Kernel Stride Output channels
            1 Conv 5 × 5 1 16
            2 MaxPool 2 × 2 2 16
            3 Conv 3 × 3 2 32
            (a) What is the spatial side length of the output of layer 3?
            """)
        #expect(unpadded["2a"]?.answer == nil, "\(String(describing: unpadded["2a"]))")
    }

    /// A paragraph that names the later parts it is for sets them up, though the part before it
    /// asks nothing in so many words.
    @Test func aParagraphForLaterPartsLeavesThePartBeforeIt() {
        let (own, interlude) = PartInterlude.split("The derivative of tanh at 0.3.\n\nFor parts (b)–(d), the logits are z = (1, 0, −1).", label: "a")
        #expect(own == "The derivative of tanh at 0.3.")
        #expect(interlude == "For parts (b)–(d), the logits are z = (1, 0, −1).")
        #expect(PartInterlude.split("The derivative of tanh at 0.3.\n\nFor parts (b)–(d), which logits are used?", label: "a").interlude == nil)
        // A paragraph whose range starts at the part itself is the part's own.
        #expect(PartInterlude.split("The derivative of tanh at 0.3.\n\nFor parts (a) and (b), use the logits z = (1, 0, −1).", label: "a").interlude == nil)
    }

    /// "Apply layer normalization to h" under "Let h = (…) be the hidden vector": the vector by
    /// its name in the statement.
    @Test func layerNormalizationOfAVectorTheStatementNames() {
        let answers = Self.answers("""
            Problem 4
            Let g = (2, 4, 4, 6) be the activations of one token. Use the biased variance and ε = 0.
            (a) Apply layer normalization to g with γ = 1 and β = 0.
            """)
        let expected = [-1.4142135623730951, 0, 0, 1.4142135623730951]
        #expect(TenthRoundFamilyTests.close(answers["4a"], expected), "\(String(describing: answers["4a"]))")
    }

    /// A weight decay written into the gradient, "∇L(w) + λw with λ = 0.1".
    @Test func aWeightDecayWrittenIntoTheGradientIsRead() {
        let answers = Self.answers("""
            Problem 1
            Consider L(w) = w_1^2 + w_2^2, starting point w^{(0)} = (2, −1) and learning rate η = 0.5.
            (a) Take one step of gradient descent whose update uses ∇L(w) + λw with λ = 0.1. Give w^{(1)}.
            """)
        // ∇L = 2w = (4, −2); plus 0.1w = (0.2, −0.1); w − 0.5·(4.2, −2.1) = (−0.1, 0.05).
        #expect(TenthRoundFamilyTests.close(answers["1a"], [-0.1, 0.05]), "\(String(describing: answers["1a"]))")
    }

    /// Sub-parts asking shapes of the module and input their part names.
    @Test func subPartsAskTheShapesOfTheirPartsModuleAndInput() {
        let answers = Self.answers("""
            Problem 2
            ```python
            rnn = nn.GRU(input_size=32, hidden_size=64, num_layers=3, batch_first=True)
            ```
            (a) A batch of shape (8, 20, 32) (batch 8, sequence length 20) is passed to rnn, which returns output, h_n.
            (i) What is the shape of output?
            (ii) What is the shape of h_n?
            """)
        #expect(answers["2a.i"].map { "\($0)" } == "8×20×64", "\(String(describing: answers["2a.i"]))")
        #expect(answers["2a.ii"].map { "\($0)" } == "3×8×64", "\(String(describing: answers["2a.ii"]))")
    }

    /// A recurrent layer described in words is counted as its call; another setting in words is not read.
    /// (With its biases, only where PyTorch is named: three held-out sheets label "a GRU with input
    /// size 8 and hidden size 16" with no framework ambiguous, one bias vector per gate or two.)
    @Test func aRecurrentLayerDescribedInWordsIsCountedAsItsCall() {
        let answers = Self.answers("""
            Problem 3
            (a) How many parameters does a two-layer GRU with input size 8 and hidden size 16 have in PyTorch?
            (b) How many parameters does a bidirectional RNN with input size 4, hidden size 5 and bias=False have?
            (c) How many parameters does an LSTM with input size 4, hidden size 5 and dropout 0.2 have?
            """)
        // GRU: 3·(16·8 + 16·16 + 32) + 3·(16·16 + 16·16 + 32); RNN: 2 directions · (5·4 + 5·5).
        #expect(answers["3a"] == .integer(3 * (128 + 256 + 32) + 3 * (256 + 256 + 32)), "\(String(describing: answers["3a"]))")
        #expect(answers["3b"] == .integer(2 * (20 + 25)), "\(String(describing: answers["3b"]))")
        #expect(answers["3c"] == nil, "\(String(describing: answers["3c"]))")
        #expect(Self.answers("Problem 3\n(a) How many parameters does a two-layer GRU with input size 8 and hidden size 16 have?")["3a"] == nil)
    }

    /// "so the output is 64 × 16 × 16" in the statement gives the stride the counts need.
    @Test func anOutputSizeTheStatementStatesGivesTheStride() {
        let answers = Self.answers("""
            Problem 1
            A convolutional layer maps 32 input channels to 64 output channels with a 3 × 3 kernel. Its input feature map is 32 × 16 × 16 and the layer uses padding 1, so the output is 64 × 16 × 16.
            (a) How many multiply-accumulate operations (MACs) does the layer perform on one input? Ignore the bias.
            """)
        #expect(answers["1a"] == .integer(16 * 16 * 9 * 32 * 64), "\(String(describing: answers["1a"]))")
    }

    /// A block that is written as its modules' calls counts them all; a layer made of earlier
    /// parts' pieces is the sum of their answers, as many times as it lists them.
    @Test func aBlockOfModulesOrOfEarlierPartsCountsTheirSum() {
        let answers = Self.answers("""
            Problem 3
            A small Transformer block uses model width 64.
            (a) How many parameters does nn.LayerNorm(64) have?
            (b) The feed-forward block is nn.Linear(64, 256), GELU, nn.Linear(256, 64). How many parameters?
            (c) A block consists of the feed-forward block of (b) and three LayerNorms as in (a). How many parameters does it have?
            (d) A block consists of the feed-forward block of (b) and a dropout layer. How many parameters does it have?
            """)
        #expect(answers["3a"] == .integer(128))
        #expect(answers["3b"] == .integer(64 * 256 + 256 + 256 * 64 + 64), "\(String(describing: answers["3b"]))")
        #expect(answers["3c"] == .integer(64 * 256 + 256 + 256 * 64 + 64 + 3 * 128), "\(String(describing: answers["3c"]))")
        #expect(answers["3d"] == nil, "\(String(describing: answers["3d"]))")
    }

    // MARK: Counter-examples from the review of this round's rules

    /// Modules that are not one block listed once each are not summed.
    @Test func modulesThatAreNotOneListedBlockAreNotSummed() {
        let recognitions = Self.recognitions("""
            Problem 1
            (a) The block is nn.Linear(64, 128), ReLU, nn.Linear(128, 64), and it is followed by nn.LayerNorm(64). How many parameters does the block have?
            (b) The classifier is nn.Linear(100, 50) followed by two copies of nn.Linear(50, 50). How many parameters does it have?
            (c) The encoder is nn.Embedding(100, 8) and the decoder is nn.Linear(8, 100). How many parameters does the encoder have?
            """)
        for id in ["1a", "1b", "1c"] { #expect(recognitions[id]?.recognized == nil, "\(id): \(String(describing: recognitions[id]))") }
    }

    /// A recurrent layer in words with any other setting or module beside it is not counted.
    @Test func aDescribedRecurrentLayerWithMoreWordsIsNotCounted() {
        let recognitions = Self.recognitions("""
            Problem 2
            (a) An LSTM has input size 6, hidden size 12 and 3 stacked layers. How many parameters does it have?
            (b) A bidirectional GRU with input size 4 and hidden size 8: how many parameters does the forward direction have?
            (c) A GRU with input size 4 and hidden size 8 feeds a linear layer with 3 outputs. How many parameters does the model have in total?
            """)
        for id in ["2a", "2b", "2c"] { #expect(recognitions[id]?.recognized == nil, "\(id): \(String(describing: recognitions[id]))") }
    }

    /// A sum of earlier parts counts parameters only, and "3 × 3" is a size, not a count.
    @Test func aSumOfEarlierPartsCountsParametersOnly() {
        let recognitions = Self.recognitions("""
            Problem 3
            (a) How many multiply-accumulate operations does nn.Linear(20, 10) perform on one input?
            (b) How many parameters does nn.Linear(10, 5) have?
            (c) A model consists of the layer in (a) and the classifier of (b). How many parameters does the model have?
            (d) The network consists of 3 × 3 convolutions as in (b), and the classifier of (b). How many parameters does it have?
            """)
        #expect(recognitions["3c"]?.recognized == nil, "\(String(describing: recognitions["3c"]))")
        #expect(recognitions["3d"]?.recognized == nil, "\(String(describing: recognitions["3d"]))")
    }

    /// A network table with a row it cannot read, a linear layer after global pooling, or a part
    /// that gives a row settings of its own, answers nothing from the table.
    @Test func aNetworkTableAnswersOnlyWhatItsRowsSay() {
        let unreadRow = Self.recognitions("""
            Problem 4
            The network takes 3 × 16 × 16 images. Every layer has a bias.

            Layer Type Configuration
            conv1 Conv 3 × 3, 8 stride 1, padding 1
            bn BatchNorm over 8 channels
            conv2 Conv 3 × 3, 16 stride 1, padding 1
            (a) How many parameters does the whole network have?
            """)
        #expect(unreadRow["4a"]?.recognized == nil, "\(String(describing: unreadRow["4a"]))")
        let pooled = Self.recognitions("""
            Problem 4
            The network takes 3 × 16 × 16 images. Every layer has a bias.

            Layer Type Configuration
            conv1 Conv 3 × 3, 8 stride 1, padding 1
            pool1 MaxPool 2 × 2 stride 2
            fc Linear → 10 applied after global average pooling
            (a) How many parameters does the whole network have?
            (b) Conv1 is given stride 2. How many multiply-accumulates does conv1 perform on one image?
            """)
        #expect(pooled["4a"]?.recognized == nil, "\(String(describing: pooled["4a"]))")
        #expect(pooled["4b"]?.recognized == nil, "\(String(describing: pooled["4b"]))")
        // A configuration row without a padding takes the statement's words, or none.
        let same = Self.recognitions("""
            Problem 4
            The network takes 3 × 16 × 16 images. Every convolution uses 'same' padding.

            Layer Type Configuration
            conv1 Conv 3 × 3, 8 stride 1
            pool1 MaxPool 2 × 2 stride 2
            conv2 Conv 3 × 3, 16 stride 1
            (a) What is the spatial side length of the output of conv2?
            """)
        #expect(same["4a"]?.answer == .integer(8), "\(String(describing: same["4a"]))")
    }

    /// A replacement that sets its own channels is not given the table row's.
    @Test func aReplacementWithItsOwnChannelsIsNotTheTableRow() {
        let recognitions = Self.recognitions("""
            Problem 4
            The network takes 3 × 16 × 16 images. Every layer has a bias.

            Layer Type Configuration
            conv1 Conv 3 × 3, 8 stride 1, padding 1
            conv2 Conv 3 × 3, 16 stride 1, padding 1
            (a) Replace conv2 by a grouped convolution with 2 groups and 32 output channels (same kernel size, with bias). How many parameters does it have?
            """)
        #expect(recognitions["4a"]?.answer != .integer(16 * 4 * 9 + 16), "\(String(describing: recognitions["4a"]))")
    }

    /// A whole network's final output size gives no one layer's stride.
    @Test func aNetworksFinalOutputGivesNoLayersStride() {
        let recognitions = Self.recognitions("""
            Problem 1
            A network takes a 3 × 16 × 16 image; the final output is 4 × 4 with 64 channels.
            (a) Its first layer is a 3 × 3 convolution from 3 input channels to 8 output channels with padding 1 on the 16 × 16 image. How many multiply-accumulates does it perform?
            """)
        #expect(recognitions["1a"]?.recognized == nil, "\(String(describing: recognitions["1a"]))")
    }

    /// A sub-part that changes its part's setting, its module, or flips along one axis, is not
    /// read with the part's words.
    @Test func aSubPartThatChangesItsPartIsNotReadWithIt() {
        let recognitions = Self.recognitions("""
            Problem 1
            Let X = [1 2 0 1; 0 1 3 2; 2 1 0 1; 1 0 2 3] and K = [1 2; 0 −1]. Use cross-correlation.
            (a) Apply max pooling to X with a 2 × 2 window and stride 2:
            (i) as written;
            (ii) with the window moved to 3 × 3.
            (b) Cross-correlate X with K, stride 1 and no padding.
            (i) Same, but flip K vertically.
            """)
        #expect(recognitions["1a.ii"]?.answer != .matrix([[2, 3], [2, 3]]), "\(String(describing: recognitions["1a.ii"]))")
        #expect(recognitions["1b.i"]?.recognized == nil, "\(String(describing: recognitions["1b.i"]))")
        #expect(recognitions["1b"]?.recognized != nil, "\(String(describing: recognitions["1b"]))")
        let recurrent = Self.answers("""
            Problem 2
            (a) A tensor x of shape (50, 16, 128) is passed to lstm = nn.LSTM(128, 64) as output, (h_n, c_n) = lstm(x).
            (i) What is the shape of output if the LSTM is made bidirectional?
            """)
        #expect(recurrent["2a.i"].map { "\($0)" } != "50×16×64", "\(String(describing: recurrent["2a.i"]))")
    }

    /// "Not every layer has a bias" is no rule that every layer has one; "a copy of the vector h"
    /// names h, not a.
    @Test func aNegatedBiasRuleAndAnArticleAreNotRead() {
        #expect(ParameterPhrases.bias(in: StatementText("Not every layer has a bias: conv2 has none.")) == nil)
        #expect(ParameterPhrases.bias(in: StatementText("Every convolution and the linear layer has a bias."))?.value == true)
        let answers = Self.answers("""
            Problem 3
            Let a = (2, 0, 4) and let h = (1, 3, −2, 2) be the hidden vector. Use the biased variance and ε = 0.
            (a) Apply layer normalization (γ = 1, β = 0) to a copy of the hidden vector h.
            """)
        #expect(TenthRoundFamilyTests.close(answers["3a"], [0, 1.0690449676496976, -1.6035674514745464, 0.5345224838248488]), "\(String(describing: answers["3a"]))")
    }

    /// "as an expression in p and y" asks for a formula, though the equations it names now read.
    @Test func aDerivativeAskedAsAnExpressionIsNotANumber() {
        let recognitions = Self.recognitions("""
            Problem 1
            A model has w = (2, −1) and sees x = (1, 3) with label y = 0. Let z = w · x, p = σ(z), and L = −y ln p − (1 − y) ln(1 − p).
            (a) Compute L.
            (b) Write ∂L/∂z as an expression in p and y.
            """)
        #expect(recognitions["1a"]?.answer != nil, "\(String(describing: recognitions["1a"]))")
        #expect(recognitions["1b"]?.recognized == nil, "\(String(describing: recognitions["1b"]))")
    }

    /// A paragraph for later parts after a part's last sub-part ("(a)(ii)" then "For parts (b)–(c)")
    /// is compared with the part's letter, not the sub-part's numeral.
    @Test func aParagraphAfterASubPartIsForTheLaterParts() {
        let answers = Self.answers("""
            Problem 3
            (a) Evaluate the following.
            (i) tanh′(0.5).
            (ii) The derivative of the logistic sigmoid at 0.

            For parts (b)–(c), a classifier outputs the logits z = (1, 0, −1).
            (b) Compute softmax(z).
            """)
        let e = [exp(1.0), 1, exp(-1.0)]
        #expect(TenthRoundFamilyTests.close(answers["3b"], e.map { $0 / e.reduce(0, +) }), "\(String(describing: answers["3b"]))")
    }

    // MARK: Families from the held-out run of `solve/final23`

    /// A later part that goes back to an earlier feature takes the statement's γ and ε, never
    /// the ones another part set for itself.
    @Test func anEarlierPartsSettingsDoNotCarryToALaterPart() {
        let document = ProblemDocument(source: SourceReader.markdown("""
            ## 1. Normalization

            A mini-batch of four examples with two features each:

            | example | $x_1$ | $x_2$ |
            |:-------:|:-----:|:-----:|
            | 1       | 2     | 1     |
            | 2       | 4     | 1     |
            | 3       | 6     | 0     |
            | 4       | 12    | 3     |

            Unless a part says otherwise, use the biased variance, $\\epsilon = 0$, $\\gamma = 1$ and $\\beta = 0$.

            **(a)** Compute the batch-norm output for feature $x_1$.

            **(b)** For this part only, the layer's parameters are $\\gamma = (3, 3)$ and $\\beta = (1, -1)$, with $\\epsilon = 10^{-5}$. What does it output for feature $x_2$?

            **(c)** Go back to feature $x_1$ from part (a). The upstream gradient with respect to the batch-norm output is $\\partial L / \\partial y = (2, 0, -1, 1)$. Compute $\\partial L / \\partial x_1$ for the four examples.
            """))
        let statements = document.partStatements
        let found = Dictionary(uniqueKeysWithValues: zip(statements.map(\.id), Recognizer().recognize(statements)))
        // (g − mean g − x̂·mean(g x̂))/σ with γ = 1, for x = (2, 4, 6, 12) and g = (2, 0, −1, 1).
        #expect(TenthRoundFamilyTests.close(found["1c"]?.answer, [0.362711685452576, -0.1527207096642425, -0.4008918628686366, 0.19090088708030314]),
                "\(String(describing: found["1c"]))")
    }

    /// A module the part names by a word the statement binds, but not read as the module, leaves
    /// the count unread.
    @Test func aModuleNamedButNotReadLeavesTheCountUnread() {
        let recognitions = Self.recognitions("""
            Problem 4
            ```python
            rnn  = nn.GRU(16, 8)
            head = nn.Linear(8, 4)
            ```
            (a) How many parameters do rnn and head have together?
            """)
        #expect(recognitions["4a"]?.answer != .integer(3 * (8 * 16 + 8 * 8 + 16)), "\(String(describing: recognitions["4a"]))")
    }

    /// "strides 1, 2, 1 and 2" gives each stacked layer its stride; a list of another length is not read.
    @Test func aListOfStridesGivesEachStackedLayerItsOwn() {
        let answers = Self.answers("""
            Problem 3
            (a) A network stacks three 5 × 5 convolutions (no pooling) with strides 2, 1 and 2, in that order. What is the receptive field of a unit in the last layer?
            (b) A network stacks three 3 × 3 convolutions with strides 2 and 1. What is the receptive field of a unit in the last layer?
            """)
        // 1 + 4·1 + 4·2 + 4·2 = 21.
        #expect(answers["3a"] == .integer(21), "\(String(describing: answers["3a"]))")
        #expect(answers["3b"] == nil, "\(String(describing: answers["3b"]))")
    }

    /// A convolution over several channels is not computed as one map's.
    @Test func aConvolutionOverSeveralChannelsIsNotComputed() {
        let recognitions = Self.recognitions("""
            Problem 2
            (a) A two-channel 3 × 3 input X^{(1)} = [1 2 0; 0 1 1; 3 0 2], X^{(2)} = [2 0 1; 1 1 0; 0 2 1] is cross-correlated with one 2 × 2 × 2 filter K^{(1)} = [1 0; 0 1], K^{(2)} = [0 1; −1 0] (stride 1, no padding). Compute the 2 × 2 output.
            """)
        #expect(recognitions["2a"]?.recognized == nil, "\(String(describing: recognitions["2a"]))")
    }

    /// "h n", a paste of h_n, is the final state; a shape of another name is not the output's.
    @Test func aFinalStateWhoseUnderscoreWasLostIsStillTheFinalState() {
        let answers = Self.answers("""
            Problem 2
            (a) A tensor of shape (20, 4, 10) (sequence length 20, batch 4) is passed to nn.GRU(10, 6, num_layers=3), which returns output, h n.
            (i) What is the shape of h n?
            (ii) What is the shape of z?
            """)
        #expect(answers["2a.i"].map { "\($0)" } == "3×4×6", "\(String(describing: answers["2a.i"]))")
        #expect(answers["2a.ii"] == nil, "\(String(describing: answers["2a.ii"]))")
    }
}
