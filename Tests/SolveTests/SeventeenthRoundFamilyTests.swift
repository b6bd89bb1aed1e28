import Foundation
import Problems
@testable import Solve
import Source
import Testing

/// Families found in the held-out run of `solve/final18`, each tested on statements written
/// for these tests.
@Suite("Solve families, seventeenth round")
struct SeventeenthRoundFamilyTests {
    static func answers(_ text: String) -> [String: Answer] { TenthRoundFamilyTests.answers(text) }
    static func recognitions(_ text: String) -> [String: Recognition] { FifthRoundFamilyTests.recognitions(text) }

    @Test func aSubPartTakesItsPartsScalarsOverTheStatementsDefaults() {
        let answers = Self.answers("""
            Problem 2
            A batch-normalization layer sees the mini-batch x = (2, 4, 6, 8) in training mode. Use ε = 0, γ = 1 and β = 0 unless a part says otherwise.
            (a) What are the normalized values?
            (b) Now the batch holds a single example. For this part only take ε = 0.001, γ = 3 and β = -2.
            (i) The example is x = 7. What is the output of the layer?
            """)
        if case .real(let output)? = answers["2b.i"] { #expect(abs(output.value + 2) < 1e-9) } else { Issue.record("2b.i: \(String(describing: answers["2b.i"]))") }
    }

    @Test func aRepeatByPlaceTakesTheOperandsOfThePartBeforeAndLeavesTheInterludeToLaterParts() {
        let answers = Self.answers("""
            Problem 4
            In a transposed convolution with stride s, each input entry scales the kernel, which is added into the output at (s i, s j). There is no padding.
            Let Z = [[2, 0], [1, -1]] and K = [[1, 1], [0, 1]].
            (a) Compute the transposed convolution of Z with K at stride 1.
            (b) [3 marks] Same setup as before, but with stride 3.

            For the next parts, consider the feature map B = [[1, 2, 0, 4], [3, 1, 1, 0], [0, 2, 5, 1], [2, 2, 0, 3]].
            (c) Apply 2 × 2 max pooling with stride 2 to B.
            """)
        #expect(answers["4a"] == .matrix([[2, 2, 0], [1, 2, -1], [0, 1, -1]]))
        #expect(answers["4b"] == .matrix([[2, 2, 0, 0, 0], [0, 2, 0, 0, 0], [0, 0, 0, 0, 0], [1, 1, 0, -1, -1], [0, 1, 0, 0, -1]]))
        #expect(answers["4c"] == .matrix([[3, 4], [2, 5]]))
    }

    @Test func aTotalOverModulesThatAreNotAllReadIsNotComputed() {
        let found = Self.recognitions("""
            Problem 1
            The encoder is built from these modules, in order:
            Name Module
            enc1 nn.Conv2d(1, 8, kernel_size=3)
            enc2 nn.Conv2d(8, 16, kernel_size=3)
            out nn.Linear(400, 10)
            (a) How many parameters do the three layers (enc1, enc2, out) have in total?
            (b) How many parameters do enc1 and enc2 have together?
            (c) How many parameters do the three learnable modules have altogether: enc1, enc2 and the head?
            """)
        #expect(found["1a"]?.answer == nil)
        #expect(found["1b"]?.answer == .integer(80 + 1168))
        #expect(found["1c"]?.answer == nil)
    }

    @Test func aReceptiveFieldOfANamedModuleIsOverTheModulesUpToIt() {
        let found = Self.recognitions("""
            Problem 3
            A 3 × 96 × 96 image passes through:
            Name Module
            c1 nn.Conv2d(3, 16, kernel_size=3)
            p1 nn.MaxPool2d(2)
            c2 nn.Conv2d(16, 32, kernel_size=3, stride=2)
            r2 nn.ReLU()
            c3 nn.Conv2d(32, 32, kernel_size=3, dilation=3)
            (a) What is the receptive field, in input pixels, of one unit of the output of c3?
            (b) And of one unit of the output of c2?
            (c) What is the receptive field of c3 on its own, in pixels of its input?
            (d) If c3 used dilation 1, what would the receptive field of one unit of c3 be?
            """.replacingOccurrences(of: "passes through:", with: "passes through these modules, in order:"))
        #expect(found["3a"]?.answer == .integer(32))
        #expect(found["3b"]?.answer == nil || found["3b"]?.answer == .integer(8))
        #expect(found["3c"]?.answer == nil)
        #expect(found["3d"]?.answer == nil)
        // A table of named layers lists them in the network's order (session 37).
        let tabled = Self.recognitions("""
            Problem 3
            The network below is applied to a 3 × 96 × 96 image.
            Name Module
            c1 nn.Conv2d(3, 16, kernel_size=3)
            c2 nn.Conv2d(16, 32, kernel_size=3)
            p1 nn.MaxPool2d(2)
            (a) What is the receptive field, in input pixels, of one unit of the output of c2?
            """)
        #expect(tabled["3a"]?.answer == .integer(5))
        // Modules bound in a class run in the order `forward` gives: not read.
        let bound = Self.recognitions("""
            Problem 3
            The network below is applied to a 3 × 96 × 96 image.
            class Net(nn.Module):
                def __init__(self):
                    self.c1 = nn.Conv2d(3, 16, kernel_size=3)
                    self.c2 = nn.Conv2d(16, 32, kernel_size=3)
                    self.p1 = nn.MaxPool2d(2)
            (a) What is the receptive field, in input pixels, of one unit of the output of c2?
            """)
        #expect(bound["3a"]?.answer == nil)
    }

    @Test func aTableOfVectorsUnderARowOrColumnHeaderIsAMatrix() {
        func scores(_ header: String) -> Answer? {
            Self.answers("""
                Problem 2
                Two queries attend over two keys. The vectors:
                \(header)
                Q (1, 2) (0, 1)
                K (1, 0) (1, 1)
                V (1, 1) (2, 0)
                (a) Write down the unscaled score matrix QK^T.
                """)["2a"]
        }
        #expect(scores("row 1 row 2") == .matrix([[1, 3], [0, 1]]))
        #expect(scores("col 1 col 2") == .matrix([[1, 0], [3, 1]]))
        // Which way the vectors stand is not said: nothing read.
        #expect(scores("vector A vector B") == nil)
        // A causal mask described as masked scores set to −∞: the first query sees the first key only.
        let masked = Self.answers("""
            Problem 2
            Two queries attend over two keys with d_k = 2; the output is softmax(QK^T/√d_k)V. The vectors:
            row 1 row 2
            Q (1, 2) (0, 1)
            K (1, 0) (1, 1)
            V (1, 1) (2, 0)
            (a) Apply a causal mask, so query i attends only to keys j ≤ i (masked scores are set to −∞ before the softmax). Compute the output.
            """)["2a"]
        guard case .matrix(let rows)? = masked else { Issue.record("2a: \(String(describing: masked))"); return }
        #expect(rows.first == [1, 1])
    }

    @Test func aTableOfExamplesAsColumnsIsReadByFeature() {
        let answers = Self.answers("""
            Problem 1
            A batch-norm layer in training mode sees four examples with two features each:
            x^{(1)} x^{(2)} x^{(3)} x^{(4)}
            feature 1 1 5 2 4
            feature 2 0 0 6 2
            Use the biased variance and ε = 0.
            (a) Give the normalized values of feature 1 for the four examples.
            """)
        guard case .vector(let values)? = answers["1a"] else { Issue.record("1a: \(String(describing: answers["1a"]))"); return }
        let expected = [-1.2649110640673518, 1.2649110640673518, -0.6324555320336759, 0.6324555320336759]
        #expect(values.count == 4 && zip(values, expected).allSatisfy { abs($0 - $1) < 1e-9 })
    }

    @Test func sameInputsAsAboveAsksNoEarlierQuestionAgain() {
        let answers = Self.answers("""
            Problem 1
            A batch-norm layer in training mode sees the mini-batch x = (1, 5, 2, 4). Take ε = 0.
            (a) Give the normalized values.
            (b) Same inputs as above. What is the unbiased variance of the batch?
            """)
        #expect(answers["1b"] == nil || answers["1b"] == .real(RealValue(10.0 / 3)))
    }

    @Test func aModuleNamedByItsKindIsTheStatementsCallOfThatKind() {
        let found = Self.recognitions("""
            Problem 5
            An encoder layer uses nn.MultiheadAttention(embed_dim=256, num_heads=4) followed by nn.LayerNorm(256) and nn.Linear(256, 1024).
            (a) How many parameters does the attention module have?
            (b) What is the size of each head?
            (c) How many parameters does the layer norm have?
            (d) How many parameters does the linear layer have?
            (e) How many parameters do the attention module and the layer norm have together?
            """)
        #expect(found["5a"]?.answer == .integer(4 * 256 * 256 + 4 * 256))
        #expect(found["5b"]?.answer == .integer(64))
        #expect(found["5c"]?.answer == .integer(512))
        #expect(found["5d"]?.answer == .integer(256 * 1024 + 1024))
        #expect(found["5e"]?.answer == nil)
        // Two calls of one kind: which one is not said.
        let two = Self.recognitions("""
            Problem 5
            The block uses nn.LayerNorm(256) before the attention and nn.LayerNorm(512) after the feed-forward layer.
            (a) How many parameters does the layer norm have?
            """)
        #expect(two["5a"]?.answer == nil)
        // A part that describes a module of its own asks about that one.
        let own = Self.recognitions("""
            Problem 5
            An encoder layer uses nn.MultiheadAttention(embed_dim=256, num_heads=4) followed by nn.LayerNorm(256).
            (a) A paper reports single-head attention with model dimension 128. How many parameters does that attention layer have?
            """)
        #expect(own["5a"]?.answer == nil)
    }

    @Test func aModuleWhoseNameIsAWordIsNamedAsTheSubjectOfHave() {
        let found = Self.recognitions("""
            Problem 2
            ```
            embed = nn.Embedding(5000, 64)
            head = nn.Linear(64, 5000)
            rnn = nn.GRU(64, 32, batch_first=True)
            ```
            (a) How many parameters does head have?
            (b) How many parameters does each attention head have in a model with 4 heads of size 16?
            (c) A batch of 8 sequences, each 20 tokens long, is embedded and passed to rnn. What is the shape of the first value returned by rnn?
            """)
        #expect(found["2a"]?.answer == .integer(64 * 5000 + 5000))
        #expect(found["2b"]?.answer != .integer(64 * 5000 + 5000))
        #expect(found["2c"]?.answer == .shape(dimensions: [8, 20, 32], layout: nil), "\(String(describing: found["2c"]))")
    }

    @Test func globalPoolingOfNamedChannelsGivesOneNumberPerChannel() {
        let answers = Self.answers("""
            Problem 4
            A feature map has three channels: channel 1 = [[2, 4], [6, 8]], channel 2 = [[1, 1], [1, 5]], channel 3 = [[0, -2], [3, 3]].
            (a) What does global average pooling return, one value per channel?
            (b) What does global max pooling return?
            """)
        #expect(answers["4a"] == .vector([5, 2, 1]))
        #expect(answers["4b"] == .vector([8, 5, 3]))
    }

    @Test func gradientsGivenOnePerStepDriveTheRun() {
        let answers = Self.answers("""
            Problem 2
            A scalar weight starts at θ_0 = 2. Adam runs with step size α = 0.1, β_1 = 0.9, β_2 = 0.99 and ε = 10^{-8}. The gradients it receives are g_1 = 1 and g_2 = -3.
            (a) Compute θ_1.
            (b) Compute θ_2.
            (c) Compute θ_3.
            """)
        guard case .real(let first)? = answers["2a"], case .real(let second)? = answers["2b"] else {
            Issue.record("\(String(describing: answers["2a"])) \(String(describing: answers["2b"]))"); return
        }
        #expect(abs(first.value - 1.900000001) < 1e-9)
        #expect(abs(second.value - 1.9493298159079826) < 1e-9)
        // A third step has no gradient given.
        #expect(answers["2c"] == nil)
        // Vectors, with a paste's flattened subscripts, under momentum named in the part.
        let momentum = Self.answers("""
            Problem 3
            The weights start at w0 = (1, 2). The gradients at the first two steps are g1 = (1, 0) and g2 = (0, 2).
            (a) Take two steps of heavy-ball momentum with μ = 0.5 and learning rate η = 0.5. What is w^{(2)}?
            """)
        #expect(momentum["3a"] == .vector([0.25, 1]))
        // "SGD with momentum" in the statement names one method, for parts that name none.
        let stated = Self.answers("""
            Problem 4
            A scalar weight starts at θ_0 = 0.5. SGD with momentum μ = 0.9 and learning rate η = 0.1 receives the gradients g_1 = 1 and g_2 = 2.
            (a) Compute θ_2.
            """)
        if case .real(let value)? = stated["4a"] { #expect(abs(value.value - 0.11) < 1e-12) } else { Issue.record("4a: \(String(describing: stated["4a"]))") }
    }

    @Test func theLargestStableLearningRateIsTwoOverTheLargestCurvature() {
        let answers = Self.answers("""
            Problem 1
            Gradient descent minimizes L(w) = 3 w_1^2 + 0.5 w_2^2 from w^{(0)} = (1, 1).
            (a) What is the largest learning rate η_max for which gradient descent converges from every start?
            (b) True or false: with the largest stable learning rate, the iterates diverge.
            """)
        if case .real(let rate)? = answers["1a"] { #expect(abs(rate.value - 1.0 / 3) < 1e-12) } else { Issue.record("1a: \(String(describing: answers["1a"]))") }
        #expect(answers["1b"] == nil)
    }

    @Test func weightDecayWithACoefficientIsRead() {
        let answers = Self.answers("""
            Problem 1
            Minimize L(w) = w_1^2 + w_2^2 from w^{(0)} = (2, -1) with learning rate η = 0.25.
            (a) One step of SGD with weight decay with coefficient λ = 0.2 (added to the gradient). What is w^{(1)}?
            """)
        guard case .vector(let w)? = answers["1a"] else { Issue.record("1a: \(String(describing: answers["1a"]))"); return }
        #expect(w.count == 2 && abs(w[0] - 0.9) < 1e-12 && abs(w[1] + 0.45) < 1e-12)
    }

    @Test func aColumnOfNamesBeforeAsManyCallsIsATableOfModules() {
        let found = Self.recognitions("""
            Problem 1
            A 3 × 32 × 32 image goes through these layers, in order.
            Name Layer
            stem1 block1 head2

            nn.Conv2d(3, 8, kernel size=3, padding=1)
            nn.MaxPool2d(2)
            nn.Conv2d(8, 4, kernel size=3)
            (a) What is the shape of the output of head2?
            (b) How many parameters does stem1 have?
            """)
        #expect(found["1b"]?.answer == .integer(3 * 8 * 9 + 8))
        #expect(NamedModules.tabled(in: "Layer conv1 pool1 up nn.Conv2d(3, 8, 3) nn.MaxPool2d(2) nn.ConvTranspose2d(8, 4, 2)").map(\.name) == ["conv1", "pool1", "up"])
        // Words of prose before the calls are no names.
        #expect(NamedModules.tabled(in: "The layers are nn.Conv2d(3, 8, 3) nn.MaxPool2d(2)").isEmpty)
    }

    @Test func aLossPartBuildsOnTheLogitsOfAnEarlierPart() {
        let answers = Self.answers("""
            Problem 3
            (a) A network outputs the logits s = (0.5, -1.0, 2.0) for three classes. Compute the softmax probabilities.
            (b) The true class is the third one. What is the cross-entropy loss?
            (c) What is the gradient of that loss with respect to the logits?
            """)
        if case .real(let loss)? = answers["3b"] { #expect(abs(loss.value - 0.24131129665715703) < 1e-9) } else { Issue.record("3b: \(String(describing: answers["3b"]))") }
        guard case .vector(let gradient)? = answers["3c"] else { Issue.record("3c: \(String(describing: answers["3c"]))"); return }
        let expected = [0.1752903921400367, 0.039112573270687456, -0.21440296541072412]
        #expect(gradient.count == 3 && zip(gradient, expected).allSatisfy { abs($0 - $1) < 1e-9 })
    }

    @Test func anActivationAtTheSamePointsTakesThePartBeforesNumbers() {
        let answers = Self.answers("""
            Problem 2
            (a) Evaluate ReLU at z = (1.0, -1.0, 0.5).
            (b) Evaluate the derivative of the sigmoid at the same three points.
            """)
        guard case .vector(let slopes)? = answers["2b"] else { Issue.record("2b: \(String(describing: answers["2b"]))"); return }
        let expected = [0.19661193324148185, 0.19661193324148185, 0.2350037122015945]
        #expect(slopes.count == 3 && zip(slopes, expected).allSatisfy { abs($0 - $1) < 1e-9 })
    }

    @Test func aDilationColumnOfALayerTableCountsInTheReceptiveField() {
        let found = Self.recognitions("""
            Problem 4
            The layers below are applied in order.
            Layer Type Kernel Stride Dilation
            1 Conv 3 × 3 1 1
            2 MaxPool 2 × 2 2 --
            3 Conv 3 × 3 1 3
            (a) What is the receptive field of one unit of the output of layer 3?
            (b) What is the receptive field of one unit of the output of layer 2?
            """)
        #expect(found["4a"]?.answer == .integer(16))
        #expect(found["4b"]?.answer == .integer(4))
    }

    @Test func aStackStartingWithAnotherPartsLayerIsNotReadFromThisPartAlone() {
        let found = Self.recognitions("""
            Problem 1
            A batch of 4 grayscale images of size 1 × 28 × 28 goes into each part's layers. Give shapes as (N, C, H, W).
            (a) nn.Conv2d(1, 16, kernel_size=3, padding=1).
            (b) The convolution from (a), followed by 2 × 2 max pooling with stride 2.
            """)
        #expect(found["1b"]?.answer == nil)
    }

    @Test func aChangedNetworkOfSeveralLayerKindsIsNotCountedByOneLayer() {
        let found = Self.recognitions("""
            Problem 5
            A multilayer perceptron has layer widths 100 → 50 → 20 → 5 with fully connected layers.
            (a) How many parameters does the network have?
            (b) Both hidden nn.Linear layers are now created with bias=False and followed by an nn.BatchNorm1d of matching width; the output layer is unchanged. How many learnable parameters does the network have now?
            """)
        #expect(found["5a"]?.answer == .integer(100 * 50 + 50 + 50 * 20 + 20 + 20 * 5 + 5))
        #expect(found["5b"]?.answer == nil)
    }

    /// Counter-examples from the review of this round's rules: each must abstain or read right.
    @Test func reviewCounterExamplesAbstain() {
        let heads = Self.recognitions("""
            Problem 3
            A block uses nn.MultiheadAttention(embed_dim=512, num_heads=8).
            (a) Suppose we use 16 heads instead. What is the dimension of each head?
            (b) How many parameters does the attention layer's output projection have?
            """)
        #expect(heads["3a"]?.answer == nil)
        #expect(heads["3b"]?.answer == nil)
        let optimizer = Self.answers("""
            Problem 1
            The weights start at w_0 = (1, 1) with learning rate η = 0.1. The gradients at the first two steps are g_0 = (1, 0) and g_1 = (0, 1).
            (a) Take two steps of gradient descent. What is w^{(2)}?
            """)
        #expect(optimizer["1a"] == nil)
        let intercept = Self.answers("""
            Problem 2
            Linear regression by gradient descent starts from θ_0 = 0 and θ_1 = 0 with learning rate η = 0.1; the gradient is g = (2, 4).
            (a) Take one step of gradient descent. Compute θ_1.
            """)
        #expect(intercept["2a"] == nil)
        let rates = Self.answers("""
            Problem 1
            Gradient descent with weight decay 0.1 minimizes L(w) = w_1^2 + 2 w_2^2 from w^{(0)} = (1, 1).
            (a) What is the largest learning rate η_max for which it converges?
            (b) Without weight decay, what is the largest step size for which gradient descent converges monotonically?
            """)
        #expect(rates["1a"] == nil)
        let losses = Self.answers("""
            Problem 3
            (a) A network outputs the logits s = (0.5, -1.0, 2.0). Compute the softmax.
            (b) Now the model outputs probabilities 0.1, 0.7 and 0.2, and the true class is the second. What is the cross-entropy loss?
            """)
        #expect(losses["3b"] == nil || losses["3b"] == .real(RealValue(-log(0.7))))
        let activations = Self.answers("""
            Problem 2
            (a) Evaluate tanh at x = (-2, 0, 2).
            (b) Compute the softmax of z = (1, 2, 3).
            (c) Evaluate the derivative of tanh at the same points as in (a).
            (d) Evaluate the derivative of the sigmoid at the same points.
            """)
        guard case .vector(let slopes)? = activations["2c"] else { Issue.record("2c: \(String(describing: activations["2c"]))"); return }
        #expect(slopes.count == 3 && abs(slopes[1] - 1) < 1e-12)
        #expect(activations["2d"] == nil)
    }
}
