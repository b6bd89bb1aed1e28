import Foundation
import Problems
@testable import Solve
import Source
import Testing

/// Families found in the held-out run of `solve/final10` and in the property questions of the
/// development corpora, each tested on statements written for these tests.
@Suite("Solve families, ninth round")
struct NinthRoundFamilyTests {
    static func answers(_ text: String) -> [String: Answer] {
        FifthRoundFamilyTests.recognitions(text).compactMapValues(\.answer)
    }

    static func vector(_ answer: Answer?) -> [Double]? {
        if case .vector(let values)? = answer { return values }
        return nil
    }

    static func close(_ a: [Double]?, _ b: [Double], _ tolerance: Double = 1e-6) -> Bool {
        guard let a, a.count == b.count else { return false }
        return zip(a, b).allSatisfy { abs($0 - $1) <= tolerance }
    }

    @Test func aShiftOfEveryLogitLeavesTheSoftmaxAndAClaimIsJudgedByWhatItSays() {
        let found = Self.answers("""
            Problem 1
            A network outputs the scores s = (0.5, 2.5, −1.0) for three classes.
            (a) True or False: subtracting nothing but adding 3 to each of the scores changes the softmax output.
            (b) True or false: if a constant is added to all logits, the softmax probabilities remain unchanged.
            (c) True or false: adding 3 to one of the logits leaves the softmax unchanged.
            (d) True or false: multiplying every logit by 2 changes the softmax output.
            """)
        #expect(found["1a"] == nil)  // "subtracting" is not a shift it reads
        #expect(found["1b"] == .text("true"))
        #expect(found["1c"] == nil)
        #expect(found["1d"] == nil)
        let plain = Self.answers("""
            Problem 2
            Logits z = (1, 4, 2).
            (a) True or False: adding 7 to every logit changes the softmax probabilities.
            (b) True or false: softmax(z + 3) = softmax(z).
            (c) True or false: adding 7 to every logit changes the sigmoid outputs.
            """)
        #expect(plain["2a"] == .text("false"))
        #expect(plain["2b"] == .text("true"))
        #expect(plain["2c"] == nil)
    }

    @Test func theOptionThatStatesTheInvarianceIsChosenOnlyWhenItIsTheOnlyOne() {
        let found = Self.answers("""
            Problem 3
            Let u = (3, 0, −2).
            (a) Which of the following equals softmax(u + 50 · 1)?
            (A) 50 softmax(u)
            (B) softmax(u) + 50
            (C) softmax(u)
            (D) e^{50} softmax(u)
            (b) Which of the following equals softmax(u + 50 · 1)?
            (A) softmax(u)
            (B) none of the above
            """)
        #expect(found["3a"] == .choice("C"))
        #expect(found["3b"] == nil)
    }

    @Test func invertedDropoutKeepsTheExpectedOutputOnlyForTheInvertedVariant() {
        let found = Self.answers("""
            Problem 4
            A layer produces h = (1.0, 4.0, −2.0, 0.5, 3.0). Dropout with drop probability p = 0.2 is applied.
            (a) True or False: under inverted dropout, the expected training-time value of every unit equals its input activation.
            (b) With inverted dropout, the expected training output of unit i, given its activation h_i, is
            (A) (1 − p) h_i
            (B) h_i/(1 − p)
            (C) h_i
            (D) p h_i
            (c) Under inverted dropout, what is the expected value over random masks of the second output unit during training?
            (d) True or False: with standard dropout, the expected training-time output of each unit equals its test-time output.
            """)
        #expect(found["4a"] == .text("true"))
        #expect(found["4b"] == .choice("C"))
        #expect(found["4c"] == .integer(4) || found["4c"] == .real(RealValue(4)))
        #expect(found["4d"] == nil)
    }

    @Test func aLossWithShiftedSquaresHasAnAffineGradient() throws {
        let found = Self.answers("""
            Problem 5
            Minimize L(w) = 3 (w_1 + 2)^2 + (w_2 − 4)^2 starting from w^{(0)} = (0, 0) with learning rate η = 0.1.
            (a) Take one step of gradient descent. Give w^{(1)}.
            (b) Same as (a), but with weight decay λ = 0.5 (i.e. g ← ∇L(w) + λw).
            (c) Now use momentum μ = 0.5 (no weight decay), v ← μv + g and w ← w − ηv. Give w^{(2)}. (Note w^{(1)} is as in (a).)
            """)
        // ∇L = (6(w_1 + 2), 2(w_2 − 4)) = (12, −8) at 0.
        #expect(Self.close(Self.vector(found["5a"]), [-1.2, 0.8]))
        // Weight decay at w = 0 adds nothing.
        #expect(Self.close(Self.vector(found["5b"]), [-1.2, 0.8]))
        // v1 = (12, −8), w1 = (−1.2, 0.8); g1 = (6·0.8, 2·(−3.2)) = (4.8, −6.4); v2 = (10.8, −10.4).
        #expect(Self.close(Self.vector(found["5c"]), [-1.2 - 1.08, 0.8 + 1.04]))
    }

    @Test func nesterovTakesPyTorchsFormWhenTheSetNamesItAndNoOtherFormIsWritten() throws {
        let found = Self.answers("""
            Problem 6
            All parts follow the conventions of torch.optim. L(w) = w_1^2 + w_2^2, start w^{(0)} = (1, 2), η = 0.1, μ = 0.5, velocity starting at 0.
            (a) Run two steps of Nesterov momentum. Give w^{(2)}.
            (b) Run two steps of Nesterov momentum written as v ← μv − η∇L(w + μv), w ← w + v. Give w^{(2)}.
            """)
        // PyTorch: v = μv + g, w = w − η(g + μv), g = 2w.
        var w = [1.0, 2.0], v = [0.0, 0.0]
        for _ in 0..<2 {
            let g = w.map { 2 * $0 }
            v = zip(v, g).map { 0.5 * $0 + $1 }
            w = (0..<2).map { w[$0] - 0.1 * (g[$0] + 0.5 * v[$0]) }
        }
        #expect(Self.close(Self.vector(found["6a"]), w))
        // The look-ahead form written in (b) is not PyTorch's: computed as written, never as PyTorch's.
        var u = [1.0, 2.0], velocity = [0.0, 0.0]
        for _ in 0..<2 {
            let g = (0..<2).map { 2 * (u[$0] + 0.5 * velocity[$0]) }
            velocity = (0..<2).map { 0.5 * velocity[$0] - 0.1 * g[$0] }
            u = (0..<2).map { u[$0] + velocity[$0] }
        }
        if let b = Self.vector(found["6b"]) { #expect(Self.close(b, u)) }
    }

    @Test func aStepSchedulesArgumentsMayStandInProse() throws {
        let found = Self.answers("""
            Problem 7
            (a) The scheduler is StepLR with an initial learning rate of 0.2, step_size=10 and gamma=0.1; epochs are numbered from 0. What is the learning rate during epoch 25?
            """)
        guard case .real(let rate)? = found["7a"] else { Issue.record("7a not answered"); return }
        #expect(abs(rate.value - 0.002) < 1e-12)
    }

    @Test func pointsListedAsPairsAreTheDataOfALeastSquaresFit() throws {
        let found = Self.answers("""
            Problem 8
            Fit y = b_0 + b_1 x by least squares to the data points (1, 2), (2, 2), (3, 5) and (4, 5).
            (a) Compute the least-squares solution (b_0, b_1).
            (b) Compute the ridge solution arg min_w ‖Xw − y‖^2 + λ‖w‖^2 with λ = 1, where the penalty applies to both coefficients.
            """)
        // x̄ = 2.5, ȳ = 3.5, slope = Σ(x−x̄)(y−ȳ)/Σ(x−x̄)² = 6/5.
        #expect(Self.close(Self.vector(found["8a"]), [0.5, 1.2]))
        // (XᵀX + I)⁻¹Xᵀy with XᵀX = [[4, 10], [10, 30]], Xᵀy = (14, 41): [[5, 10], [10, 31]]⁻¹ (14, 41).
        let det = 5.0 * 31 - 100
        #expect(Self.close(Self.vector(found["8b"]), [(31 * 14 - 10 * 41) / det, (-10 * 14 + 5 * 41) / det]))
    }

    @Test func aTableOfNumberedExamplesGivesFeatureColumnsAndExampleRows() throws {
        let found = Self.answers("""
            Problem 9
            Three examples with two features each are listed below; batch normalization in training mode uses γ = (1, 3) and β = (0, 1), the biased variance and ε = 0.
            example a_1 a_2
            1 2 4
            2 4 4
            3 6 10
            (a) Compute the batch-norm output for feature a_2.
            (b) Layer normalization without affine parameters and ε = 0 is applied to example 1 alone. Compute its output.
            (c) Back to feature a_1, with upstream gradient ∂L/∂y = (1, 0, −1). Compute (∂L/∂γ_1, ∂L/∂β_1).
            (d) With the same upstream gradient, compute ∂L/∂x_2 for feature a_1.
            """)
        // a_2 = (4, 4, 10): mean 6, variance 8; y = 3 x̂ + 1.
        let s = 8.0.squareRoot()
        #expect(Self.close(Self.vector(found["9a"]), [1 - 6 / s, 1 - 6 / s, 1 + 12 / s]))
        #expect(Self.close(Self.vector(found["9b"]), [-1, 1]))
        // a_1 = (2, 4, 6): x̂ = (−1.2247, 0, 1.2247); ∂L/∂γ = Σ g x̂ = −2.449, ∂L/∂β = Σ g = 0.
        #expect(Self.close(Self.vector(found["9c"]), [-2 * 1.5.squareRoot(), 0], 1e-9))
        // A subscript that is not the feature's may name one example: not read.
        #expect(found["9d"] == nil)
    }

    @Test func aSingleExampleOfSeveralFeaturesIsABatchOfOnePerFeature() throws {
        let found = Self.answers("""
            Problem 10
            Batch normalization in training mode has γ = (1, 2) and β = (0.5, −2).
            (a) A batch containing a single example, x = (3, 9), is normalized with ε = 10^{−5}. What is the output?
            (b) For the single-example batch in (a), what is ∂L/∂x if the upstream gradient is (4, −1)?
            (c) A batch containing a single example, x = (3, 9), is normalized with ε = 0. What is the output?
            """)
        #expect(Self.close(Self.vector(found["10a"]), [0.5, -2]))
        #expect(Self.close(Self.vector(found["10b"]), [0, 0]))
        #expect(found["10c"] == nil)
    }

    @Test func aClaimedCountIsComparedWithTheComputedOne() {
        let found = Self.answers("""
            Problem 11
            (a) True or false: nn.Linear(10, 4) has 44 trainable parameters.
            (b) True or false: nn.Linear(10, 4) has 40 parameters.
            """)
        #expect(found["11a"] == .text("true"))
        #expect(found["11b"] == .text("false"))
    }

    @Test func kerasConv2DUsesTensorFlowsSameAndValidRules() {
        let found = Self.answers("""
            Problem 12
            A colour image is stored channels-last.
            (a) A Keras layer Conv2D(16, 3, strides=2, padding='same') is applied to an input of shape (100, 100, 3). Give the output shape as H × W × C.
            (b) tf.keras.layers.Conv2D(filters=8, kernel_size=(5, 5), strides=3) is applied to a 32 × 32 × 1 image. What is the output shape, H × W × C?
            (c) layers.Conv2D(4, 3, padding='same', data_format='channels_first') is applied to an input of shape (3, 32, 32). What is the output shape?
            (d) Conv2D(4, 3, padding='same') is applied to a 3 × 32 × 32 tensor. What is the output shape?
            """)
        #expect(found["12a"] == .shape(dimensions: [50, 50, 16], layout: "HWC"))
        #expect(found["12b"] == .shape(dimensions: [10, 10, 8], layout: "HWC"))
        #expect(found["12c"] == nil)
        #expect(found["12d"] == nil)
    }

    @Test func thePaddingThatKeepsTheSizeIsHalfTheDilatedSpan() {
        let found = Self.answers("""
            Problem 13
            (a) What padding keeps the spatial size unchanged for a 7 × 7 kernel with dilation 3 and stride 1?
            (b) What padding keeps the spatial size unchanged for a 4 × 4 kernel with stride 1?
            (c) What padding keeps the spatial size unchanged for a 5 × 5 kernel with stride 2?
            (d) A layer nn.Conv2d(16, 16, kernel_size=5, dilation=2) should preserve the size of its input. What value of padding should it be given?
            """)
        #expect(found["13a"] == .integer(9))
        #expect(found["13b"] == nil)
        #expect(found["13c"] == nil)
        #expect(found["13d"] == .integer(4))
    }

    @Test func anInstructionForTheRemainingPartsHoldsInTheLaterParts() {
        let found = Self.answers("""
            Problem 14
            A batch of 4 grayscale images of size 32 × 32 goes through the layers below, applied in the order listed.
            ```
            c1 = nn.Conv2d(1, 8, kernel_size=3, padding=1)
            p1 = nn.MaxPool2d(2)
            c2 = nn.Conv2d(8, 16, kernel_size=3)
            ```
            (a) Give the shape of the output of c1 as N × C × H × W.
            (b) From now on consider a single image. What is the shape of the output of c2 (that is, after p1 and c2)?
            (c) What is the shape of the output of p1?
            """)
        #expect(found["14a"] == .shape(dimensions: [4, 8, 32, 32], layout: "NCHW"))
        #expect(found["14b"] == .shape(dimensions: [16, 14, 14], layout: "CHW"))
        #expect(found["14c"] == .shape(dimensions: [8, 16, 16], layout: "CHW"))
    }

    @Test func aHeadedParagraphBetweenPartsSetsUpTheLaterParts() {
        let found = Self.answers("""
            Problem 15
            Signals. Let s = (1, 2, 0, -1, 3) and k = (1, -1).
            (a) Compute the cross-correlation s ⋆ k with stride 1 and no padding.
            (b) Repeat (a) with a stride of 2.

            Images. Consider the 3 × 3 input X and the 2 × 2 kernel K:
            X = [1 0 2; 0 1 0; 2 0 1], K = [1 1; 0 1].

            (c) Compute the cross-correlation of X with K (no padding, stride 1).
            (d) Same X and K, but with a stride of 2 and padding 1.
            """)
        // s ⋆ k = (−1, 2, 1, −4); every second entry.
        #expect(found["15b"] == .vector([-1, 1]))
        #expect(found["15c"] == .matrix([[2, 2], [1, 2]]))
    }

    @Test func anOperandTheProblemIntroducesIsNotReplacedByAnotherArray() {
        // The 2-D matrices were lost in a paste: X and K have no numbers.
        let found = Self.answers("""
            Problem 16
            Let x = (2, 1, 0, 3) and w = (1, -1) (cross-correlation).
            (a) Compute x ⋆ w with stride 1 and no padding.

            Consider the 4 × 4 input X and the 2 × 2 kernel K shown in the figure.

            (b) Same X and K, but with a stride of 2 and padding 1. Give the output matrix.
            """)
        #expect(found["16a"] == .vector([1, 1, -3]))
        #expect(found["16b"] == nil)
    }

    @Test func aFunctionAppliedToNumbersWrittenAsItsArguments() throws {
        let found = Self.answers("""
            Problem 17
            (a) Compute softmax(500, 500, 501) without overflowing.
            """)
        let values = try #require(Self.vector(found["17a"]))
        let e = exp(1.0)
        #expect(Self.close(values, [1 / (2 + e), 1 / (2 + e), e / (2 + e)], 1e-9))
    }

    @Test func rowsThatSumToOneDescribeTheMatrixAndPickNoRow() {
        let found = Self.answers("""
            Problem 18
            Q = [1 0; 0 1], K = [1 0; 0 1], V = [1 2; 3 4]. We use Attn(Q, K, V) = softmax(QK^⊤/√d_k)V, with the softmax taken row-wise. Here d_k = 2.
            (a) Compute the attention weight matrix (a 2 × 2 matrix whose rows sum to one).
            """)
        let e = exp(1 / 2.0.squareRoot())
        #expect(Self.close(Self.flat(found["18a"]), [e / (e + 1), 1 / (e + 1), 1 / (e + 1), e / (e + 1)], 1e-9))
    }

    static func flat(_ answer: Answer?) -> [Double]? {
        if case .matrix(let rows)? = answer { return rows.flatMap { $0 } }
        return nil
    }

    @Test func aRecurrentLayersFinalStateHasOneRowPerLayerAndDirection() {
        let found = Self.answers("""
            Problem 19
            rnn = nn.GRU(input_size=40, hidden_size=100, num_layers=3, bidirectional=True, batch_first=True)
            It receives 12 sentences, each 30 tokens long.
            (a) What is the shape of the output tensor of rnn?
            (b) What is the shape of h_n, the final hidden state of rnn?
            (c) What is the shape of c_n?
            (d) In out, h = rnn(x), what is the shape of out? Note h is the final hidden state.
            (e) Give the shape of the second output.
            """)
        #expect(found["19a"] == .shape(dimensions: [12, 30, 200], layout: nil))
        #expect(found["19b"] == .shape(dimensions: [6, 12, 100], layout: nil))
        #expect(found["19c"] == nil)  // a GRU has no cell state
        #expect(found["19e"] == nil)
    }

    @Test func aCrossEntropyOfLogitsIsAsShiftInvariantAsItsSoftmax() {
        let found = Self.answers("""
            Problem 20
            A 4-class model outputs the logits z = (0.5, 1.5, −2, 0) for an example of class 3.
            (a) True or False: adding the same constant to every logit changes the cross-entropy loss of this example.
            (b) True or False: adding the same constant to every logit changes the binary cross-entropy of a sigmoid output.
            """)
        #expect(found["20a"] == .text("false"))
        #expect(found["20b"] == nil)
    }

    @Test func theTrainingStepAndARelativeClauseNameThePhase() {
        let found = Self.answers("""
            Problem 21
            A layer outputs h = (4, 1, 2). Dropout with drop probability p = 0.5 is applied, and the sampled mask is m = (0, 1, 1), where 1 means kept.
            (a) With inverted dropout, what is the layer's output during this training step?
            (b) With standard dropout, where nothing is rescaled during training, what does the layer output at test time?
            """)
        #expect(found["21a"] == .vector([0, 2, 4]))
        #expect(found["21b"] == .vector([2, 0.5, 1]))
    }

    @Test func aChoiceAskedAsTheSumOfTheOutputs() {
        let found = Self.answers("""
            Problem 22
            Let a = (−2, 1, 3).
            (a) ReLU is applied to a. The sum of its outputs is
            (A) 2
            (B) 4
            (C) 6
            (D) 1
            """)
        #expect(found["22a"] == .choice("B"))
    }

    @Test func aCausalOrPaddingMaskRemovesKeysBeforeTheSoftmax() throws {
        let found = Self.answers("""
            Problem 23
            Three tokens, one row each: Q = [1 0; 0 1; 1 1], K = [0 1; 1 0; 1 1], V = [2 0; 0 2; 1 1]. Use softmax(QK^⊤/√d_k)V with d_k = 2, row-wise.
            (a) Now apply a causal mask, so token i attends only to tokens j ≤ i. Compute the output matrix.
            (b) Suppose the second key/value token is padding and is masked out. What is the output row for token 1?
            (c) With a causal mask, compute the scores QK^⊤/√d_k.
            """)
        let s = 1 / 2.0.squareRoot()
        // Token 2 sees keys 1 and 2: scores (s, 0) → weights w = e^s/(e^s + 1) and 1 − w.
        let w = exp(s) / (exp(s) + 1)
        let a = try #require(Self.flat(found["23a"]))
        #expect(Self.close(Array(a.prefix(4)), [2, 0, 2 * w, 2 * (1 - w)], 1e-9))
        // Token 1 without key 2: keys 1 and 3, scores (0, s).
        let u = exp(s) / (1 + exp(s))
        #expect(Self.close(Self.vector(found["23b"]), [2 * (1 - u) + u, u], 1e-9))
        #expect(found["23c"] == nil)
    }

    @Test func pointsNamedByAnotherVariableKeepTheirModel() {
        let found = Self.answers("""
            Problem 24
            We fit y ≈ a_0 + a_1 s to the points (s, y) = (1, 1), (2, 3), (3, 2), (4, 6).
            (a) Compute the least-squares solution (a_0, a_1).
            """)
        // s̄ = 2.5, ȳ = 3; slope = Σ(s − s̄)(y − ȳ)/Σ(s − s̄)² = 7/5.
        #expect(Self.close(Self.vector(found["24a"]), [3 - 1.4 * 2.5, 1.4]))
    }

    @Test func aPerFeatureParametersIndexNamesItsFeature() throws {
        let found = Self.answers("""
            Problem 25
            A layer produces, for three examples, the pre-activations below (rows are examples, columns are the two features):
            X = [1 4; 3 0; 5 2].
            Batch normalization in training mode has γ = (3, 1) and β = (0, 2), ε = 0. The upstream gradient is ∂L/∂y = (1, 0, −1) for each feature's three outputs.
            (a) Compute ∂L/∂β_1.
            (b) Compute ∂L/∂γ_2.
            (c) Compute ∂L/∂x_1.
            """)
        #expect(found["25a"] == .integer(0) || found["25a"] == .real(RealValue(0)))
        // Feature 2 is (4, 0, 2): x̂ = (1.2247, −1.2247, 0); Σ g x̂ = 1.2247.
        guard case .real(let g)? = found["25b"] else { Issue.record("25b: \(String(describing: found["25b"]))"); return }
        #expect(abs(g.value - 1.5.squareRoot()) < 1e-9)
        #expect(found["25c"] == nil)
    }

    @Test func theScoresOfEveryHeadCostNSquaredTimesTheModelWidth() {
        let found = Self.answers("""
            Problem 26
            mha = nn.MultiheadAttention(embed_dim=256, num_heads=4)
            The model was trained on sequences of up to 4096 tokens.
            (a) For one sequence of length n = 50, how many MACs does computing the score matrices QK^⊤ take, summed over all heads?
            (b) For one sequence of length n = 50, how many MACs do the scores QK^⊤ of one head take?
            (c) For one sequence of length n = 50, how many MACs do the scores of all 8 heads take?
            """)
        #expect(found["26a"] == .integer(50 * 50 * 256))
        #expect(found["26b"] == nil)
        #expect(found["26c"] == nil)  // the layer has 4 heads
    }
}
