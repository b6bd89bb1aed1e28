import Foundation
import Problems
@testable import Solve
import Source
import Testing

/// Families found in the held-out run of `solve/final8` (now development data), each tested on
/// statements written for these tests, not on the fixture that showed it.
@Suite("Solve families, seventh round")
struct SeventhRoundFamilyTests {
    static func recognitions(_ text: String) -> [String: Recognition] {
        FifthRoundFamilyTests.recognitions(text)
    }

    @Test func aBatchStatedWithTheInputStaysInTheShapeAskedAsNCHW() {
        let found = Self.recognitions("""
            Problem 2
            Every part below receives a mini-batch of 16 grayscale images of size 28 × 28, that is, a tensor of shape (16, 1, 28, 28). Give each answer as (N, C, H, W).
            (a) nn.Conv2d(1, 4, kernel_size=3, padding=1)
            (b) nn.MaxPool2d(kernel_size=2)
            """)
        #expect(found["2a"]?.answer == .shape(dimensions: [16, 4, 28, 28], layout: "NCHW"))
        #expect(found["2b"]?.answer == .shape(dimensions: [16, 1, 14, 14], layout: "NCHW"))
    }

    @Test func aBatchIsDroppedWhenTheSetAsksForOneExamplesShape() {
        let found = Self.recognitions("""
            Problem 1
            A batch of 64 RGB images, each 32 × 32 pixels, is the input. Shapes are C × H × W; the batch dimension is omitted.
            (a) What is the output shape of nn.Conv2d(3, 10, kernel_size=5)?
            """)
        #expect(found["1a"]?.answer == .shape(dimensions: [10, 28, 28], layout: "CHW"))
    }

    @Test func anNCHWQuestionWithoutABatchSizeIsNotComputed() {
        let found = Self.recognitions("""
            Problem 3
            The input is a 3 × 40 × 40 image (channels first). Report the output shape as (N, C, H, W).
            (a) nn.Conv2d(3, 6, kernel_size=5)
            """)
        #expect(found["3a"]?.answer == nil)
    }

    @Test func theLengthOfTheOutputIsAShapeQuestion() {
        #expect(ShapeReader.asksForShape(StatementText("What is the length of the output?")) != nil)
        #expect(ShapeReader.asksForShape(StatementText("How large is the size of the output of the layer?")) != nil)
        #expect(ShapeReader.asksForShape(StatementText("Compute the output.")) == nil)
    }

    @Test func aTestTimeQuestionAfterATrainingClauseAsksForTestTimeOutputs() {
        let found = Self.recognitions("""
            Problem 4
            Activations a = (4.0, 2.0, -2.0, 1.0) go through dropout with drop rate p = 0.25; the mask drawn is m = (0, 1, 1, 1).
            (a) Standard (non-inverted) dropout leaves the activations unscaled during training. At inference, what does the layer output?
            (b) This layer is used in training and at test time. Explain the difference.
            """)
        #expect(found["4a"]?.answer == .vector([3, 1.5, -1.5, 0.75]))
        #expect(found["4b"]?.answer == nil)
    }

    @Test func rSquaredIsComputedForAFitWithAnIntercept() {
        let found = Self.recognitions("""
            Problem 5
            Five points: x = (0, 1, 2, 3, 4), y = (1, 1, 3, 3, 7). We fit y ≈ a + b x by ordinary least squares.
            (a) Find the least-squares coefficients.
            (b) Using RSS and the total sum of squares, compute the coefficient of determination R^2 of this fit.
            """)
        // b = 1.4, a = 0.2; RSS = 4.4, TSS = 24.
        guard case .real(let r2)? = found["5b"]?.answer else { Issue.record("R² not computed: \(String(describing: found["5b"]))"); return }
        #expect(abs(r2.value - (1 - 4.4 / 24)) < 1e-9)
    }

    @Test func rSquaredOfAFitThroughTheOriginIsNotComputed() {
        let found = Self.recognitions("""
            Problem 5
            Points x = (1, 2, 3), y = (2, 3, 7). Fit y = wx (no intercept) by least squares.
            (a) What is R² for this fit?
            """)
        #expect(found["5a"]?.answer == nil)
    }

    @Test func theOutputOfAttentionWhoseWeightsAreNamedIsTheWeightsTimesV() {
        // (The raw scores asked first leave "scaled or not" to the part; the weights' own
        // definition is the softmax alone, so the output is that times V, not the weights.)
        let found = Self.recognitions("""
            Problem 6 (Attention)
            Two tokens with Q = [[1, 0], [0, 1]], K = [[1, 0], [0, 1]], V = [[2, 0], [0, 4]] and d_k = 2.
            1. Compute the raw score matrix QK^T.
            2. Compute the attention weights W = softmax(QK^T/√d_k), softmax over each row.
            3. Compute the output WV.
            """)
        guard case .matrix(let output)? = found["6.3"]?.answer else { Issue.record("not computed: \(String(describing: found["6.3"]))"); return }
        let high = 1 / (1 + exp(-1 / 2.0.squareRoot()))
        #expect(abs(output[0][0] - 2 * high) < 1e-9)
        #expect(abs(output[0][1] - 4 * (1 - high)) < 1e-9)
    }

    @Test func pastedFractionsWithNumeratorsOnOneLineAreReadInOrder() {
        let found = Self.recognitions("""
            Problem 7
            Batch normalization in training mode with γ = 1, β = 0 and ϵ = 0 receives x = (1, 3).
            (a) With the upstream gradient ∂L
            ∂y = (2, 0) . Give
            ∂L ∂L
            ∂β , ∂γ
            """)
        // x̂ = (−1, 1): ∂L/∂β = Σg = 2, ∂L/∂γ = Σ g x̂ = −2.
        #expect(found["7a"]?.answer == .vector([2, -2]))
    }

    @Test func anUngradedMarkerDoesNotHideAnExplanation() {
        #expect(Recognizer.explanation(StatementText("(Ungraded) Explain why pooling makes the map smaller.")) == "Explain")
        #expect(Recognizer.explanation(StatementText("(g) [2 pts] Why is the kernel flipped?")) == "Why")
        #expect(Recognizer.explanation(StatementText("(Bonus) Compute the output, then explain it.")) == nil)
    }
    @Test func aStatementThatCountsBiasesAsksForEachBareModulesParameters() {
        let found = Self.recognitions("""
            Problem 3
            Recurrent layers. PyTorch keeps two bias vectors per gate; count them all.
            (a) nn.LSTM(10, 20)
            (b) nn.GRU(16, 8)
            (c) Same as (a), but with num_layers=2.
            (d) Same as (a), but twice as wide.
            """)
        #expect(found["3a"]?.answer == .integer(2560))
        #expect(found["3b"]?.answer == .integer(624))
        #expect(found["3c"]?.answer == .integer(2560 + 3360))
        #expect(found["3d"]?.answer == nil)
    }

    @Test func aModuleNamedByItsKindIsTheStatementsOneCall() {
        let found = Self.recognitions("""
            Problem 4
            A language model starts with nn.Embedding(1000, 64).
            (a) How many parameters does this embedding module have?
            """)
        #expect(found["4a"]?.answer == .integer(64000))
    }

    @Test func layerSizesJoinedByArrowsAreFullyConnectedLayers() {
        let found = Self.recognitions("""
            Problem 2
            A fully connected classifier has layer sizes 100 → 50 → 10.
            (a) How many parameters does its first layer have?
            (b) How many parameters does the whole network have?
            (c) How many parameters does its third layer have?
            """)
        #expect(found["2a"]?.answer == .integer(5050))
        #expect(found["2b"]?.answer == .integer(5050 + 510))
        #expect(found["2c"]?.answer == nil)
    }

    @Test func aFullyConnectedLayersMACsCountTheBatchAndFLOPsNeedTheirConvention() {
        let counted = Self.recognitions("""
            Problem 5
            A dense layer with 300 inputs and 200 outputs processes a mini-batch of 10 vectors.
            (a) How many MACs does the product take?
            (b) Counting each MAC as two floating-point operations, how many FLOPs is that?
            """)
        #expect(counted["5a"]?.answer == .integer(600_000))
        #expect(counted["5b"]?.answer == .integer(1_200_000))
        let unstated = Self.recognitions("""
            Problem 5
            A dense layer with 300 inputs and 200 outputs.
            (a) How many FLOPs does one forward pass take?
            """)
        #expect(unstated["5a"]?.answer == nil)
    }
    @Test func anotherOperationBesideAFullyConnectedLayerIsNotItsCount() {
        let found = Self.recognitions("""
            Problem 6
            A block holds attn = nn.MultiheadAttention(embed_dim=256, num_heads=4) and ff = nn.Linear(256, 1024), on one sequence of 64 tokens.
            (a) How many MACs does computing the attention scores QK^T take over all heads?
            Problem 7
            A fully connected network 50 -> 20 -> 5 has a bias in every layer.
            (a) A student swaps the first layer for an LSTM layer with 8 inputs and 4 hidden units. How many parameters does that layer have?
            """)
        #expect(found["6a"]?.answer != .integer(256 * 1024))
        #expect(found["7a"]?.answer != .integer(50 * 20 + 20))
    }
    @Test func aLayerTableWithoutATypeColumnNamesItsRowsKinds() {
        let found = Self.recognitions("""
            Problem 5
            The layers, in order: Layer Kernel Stride Dilation conv1 5 × 5 1 1 pool1 (max) 2 × 2 2 1 conv2 3 × 3 1 2
            (a) What is the receptive field of one unit in the output of pool1?
            (b) What is the receptive field of one unit in the output of conv2?
            """)
        // 5; then 5 + 1·1 = 6; then 6 + (2·2)·2 = 14.
        #expect(found["5a"]?.answer == .integer(6))
        #expect(found["5b"]?.answer == .integer(14))
    }

    @Test func logitsDescribedAfterTheVectorAndTheLossOfAnotherPart() {
        let found = Self.recognitions("""
            Problem 3
            Let s = (0.0, 1.0, 2.0) be the logits of a classifier.
            (a) The correct class is the second one. Compute the cross-entropy loss.
            (b) Compute the gradient ∂L/∂s of the loss from (a).
            """)
        let p = [exp(0.0), exp(1.0), exp(2.0)].map { $0 / (exp(0.0) + exp(1.0) + exp(2.0)) }
        guard case .real(let loss)? = found["3a"]?.answer, case .vector(let gradient)? = found["3b"]?.answer else {
            Issue.record("not computed: \(String(describing: found["3a"])) \(String(describing: found["3b"]))"); return
        }
        #expect(abs(loss.value + log(p[1])) < 1e-9)
        #expect(gradient.count == 3 && abs(gradient[1] - (p[1] - 1)) < 1e-9 && abs(gradient[0] - p[0]) < 1e-9)
    }
    @Test func anIterateAskedWithGiveAndAContinuationOfThePartBefore() {
        let found = Self.recognitions("""
            Problem 1
            We minimize f(w) = w_1^2 + w_2^2, whose gradient is ∇f(w) = (2w_1, 2w_2). Every method starts from w^{(0)} = (1, 1) with learning rate η = 0.1.
            (a) Nesterov momentum in the look-ahead form v^{(t+1)} = μ v^{(t)} − η ∇f(w^{(t)} + μ v^{(t)}), w^{(t+1)} = w^{(t)} + v^{(t+1)}, with μ = 0.5 and v^{(0)} = 0. Give w^{(2)}.
            (b) Adam with β_1 = 0.9, β_2 = 0.999, ε = 10^{-8} and bias correction, m^{(0)} = v^{(0)} = 0. What is w^{(1)}?
            (c) Continue Adam for one more step. What is w^{(2)}?
            (d) Continue momentum for one more step. What is w^{(3)}?
            """)
        guard case .vector(let nesterov)? = found["1a"]?.answer, case .vector(let adam)? = found["1c"]?.answer else {
            Issue.record("not computed: \(String(describing: found["1a"])) \(String(describing: found["1c"]))"); return
        }
        #expect(nesterov.count == 2 && abs(nesterov[0] - 0.56) < 1e-9)
        #expect(adam.count == 2 && abs(adam[1] - 0.8004122286917927) < 1e-9)
        // (The part before (d) is Adam's: a continuation naming another method is not read.)
        #expect(found["1d"]?.answer == nil)
    }
    @Test func theOutputLengthOfGivenVectorsIsTheirConvolutionsLength() {
        let found = Self.recognitions("""
            Problem 3
            A transposed convolution has kernel w = [1, 1], stride 3 and no padding. Its input is z = [1, 2].
            (a) What is the length of the output?
            Problem 4
            A 1D cross-correlation uses the filter h = [1, 0, -1, 2] with stride 1 and no padding on the signal x = [3, 1, 4, 1, 5, 9].
            (a) What is the output length?
            """)
        #expect(found["3a"]?.answer == .integer(5))
        #expect(found["4a"]?.answer == .integer(3))
    }
}
