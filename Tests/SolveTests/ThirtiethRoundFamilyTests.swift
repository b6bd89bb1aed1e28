import Foundation
import Problems
@testable import Solve
import Source
import Testing

/// Families found in the held-out run of `solve/final49` (session 42), each tested on
/// statements written for these tests.
@Suite("Solve families, thirtieth round")
struct ThirtiethRoundFamilyTests {
    static func answers(_ text: String) -> [String: Answer] { TenthRoundFamilyTests.answers(text) }
    static func value(_ a: Answer?) -> Double? { TenthRoundFamilyTests.value(a) }

    /// "(d) Same activations as (c): apply layer normalization …": a part that names the part its
    /// data comes from never takes a third part's vector; without numbers there, no answer.
    @Test func dataNamedInAnotherPartIsTakenFromThereOnly() {
        let found = Self.answers("""
            Problem 3
            (a) Cross-correlate x = [2, 7, 1, 8, 2] with w = [1, -1] (stride 1, no padding).
            (b) A feature map has two channels, channel 1: | 1 3 | and channel 2: | 0 4 |.
            (c) Same feature map as (b): apply instance normalization (ε = 0, biased variance) and give channel 1.
            (d) For the batch x = [1, 2, 3, 6], compute the batch-norm variance (biased).
            (e) Using the batch of (d), compute the normalized value of x_4 (ε = 0).
            """)
        #expect(found["3c"] == nil, "\(String(describing: found["3c"]))")
        #expect(Self.value(found["3d"]).map { abs($0 - 3.5) < 1e-9 } == true, "\(String(describing: found["3d"]))")
        #expect(Self.value(found["3e"]).map { abs($0 - 3 / 3.5.squareRoot()) < 1e-6 } == true, "\(String(describing: found["3e"]))")
    }

    /// Modules of a statement's `nn.Sequential`, asked by their kind ("the embedding layer"), by
    /// an ordinal ("the second nn.Linear") or whole ("the whole model").
    @Test func modulesOfASequentialByKindOrdinalOrWhole() {
        let found = Self.answers("""
            Problem 1
            A tagger is

                net = nn.Sequential(
                    nn.Embedding(5000, 64),
                    nn.Linear(64, 128),
                    nn.ReLU(),
                    nn.Linear(128, 17),
                )

            (a) How many parameters does the embedding layer have?
            (b) How many parameters does the second nn.Linear have?
            (c) How many parameters does the whole model have?
            (d) How many parameters does the linear layer have?
            """)
        #expect(found["1a"] == .integer(320_000), "\(String(describing: found["1a"]))")
        #expect(found["1b"] == .integer(128 * 17 + 17), "\(String(describing: found["1b"]))")
        #expect(found["1c"] == .integer(320_000 + 64 * 128 + 128 + 128 * 17 + 17), "\(String(describing: found["1c"]))")
        // (Two linear layers and no ordinal: which one is not said.)
        #expect(found["1d"] == nil, "\(String(describing: found["1d"]))")
    }

    /// "Replace it by a depthwise separable block: … How many parameters does the block have?":
    /// the modules the part writes, together; one of them asked ("the first") is not the block.
    @Test func aBlockThePartWritesIsCountedWhole() {
        let found = Self.answers("""
            Problem 2
            (a) Consider the depthwise separable block:
                    nn.Conv2d(32, 32, kernel_size=5, padding=2, groups=32)
                    nn.Conv2d(32, 96, kernel_size=1)
                How many parameters does the block have?
            (b) Consider the pair
                    nn.Conv2d(32, 32, kernel_size=5, padding=2, groups=32)
                    nn.Conv2d(32, 96, kernel_size=1)
                How many parameters does the first of them have, and how many does the block have?
            """)
        #expect(found["2a"] == .integer((32 * 25 + 32) + (32 * 96 + 96)), "\(String(describing: found["2a"]))")
        #expect(found["2b"] == nil, "\(String(describing: found["2b"]))")
    }

    /// "Conventions: 1 multiply-accumulate (MAC) = 2 FLOPs." at the top of a handout, and a layer
    /// that "maps a 32-channel 28x28 feature map to 64 channels with a 3x3 kernel".
    @Test func theFLOPConventionAtTheTopAndChannelsInWords() {
        let found = Self.answers("""
            Conventions: 1 multiply-accumulate (MAC) = 2 FLOPs. Shapes are (C, H, W).

            Problem 1
            A layer maps a 32-channel 28x28 feature map to 64 channels with a 3x3 kernel, stride 1 and padding 1.
            (a) How many parameters does the convolution have?
            (b) How many FLOPs does it take for one input? Ignore the bias.
            """)
        #expect(found["1a"] == .integer(32 * 9 * 64 + 64), "\(String(describing: found["1a"]))")
        #expect(found["1b"] == .integer(2 * 32 * 9 * 64 * 28 * 28), "\(String(describing: found["1b"]))")
    }

    /// "Layer Configuration" then "c1 Conv 5 × 5, 16 filters, stride 1, padding 2", "p1 AvgPool
    /// 2 × 2, stride 2": a table whose configuration cell opens with the type and gives a
    /// convolution's filters alone.
    @Test func aLayerTableWithAConfigurationColumn() {
        let found = Self.answers("""
            Problem 4
            A network takes a 1 × 28 × 28 input.

            Layer Configuration
            c1 Conv 5 × 5, 16 filters, stride 1, padding 2
            p1 AvgPool 2 × 2, stride 2
            c2 Conv 3 × 3, 32 filters, stride 1, padding 0

            (a) What is the shape (C × H × W) of the output of c2?
            (b) What is the receptive field (in input pixels, along one side) of one unit of the output of c2?
            (c) How many multiply-accumulate operations (MACs) does c2 perform for one input? Ignore the bias.
            """)
        #expect(found["4a"] == .shape(dimensions: [32, 12, 12], layout: "CHW"), "\(String(describing: found["4a"]))")
        #expect(found["4b"] == .integer(10), "\(String(describing: found["4b"]))")
        #expect(found["4c"] == .integer(32 * 12 * 12 * 16 * 9), "\(String(describing: found["4c"]))")
    }

    /// "(c) Compute ReLU'(h) for the same h." after "(b) Let h = (…). Compute σ(h).": the
    /// latest earlier part that binds the name.
    @Test func theSameNameTakesAnEarlierPartsBinding() {
        let found = Self.answers("""
            Problem 2
            (a) Let u = (3, -1). Compute ReLU(u).
            (b) Let h = (-1, 0.5, 2). Compute the sigmoid of h element-wise.
            (c) Compute tanh'(h) element-wise for the same h.
            (d) Compute tanh'(q) element-wise.
            """)
        let expected = [-1, 0.5, 2].map { 1 - pow(tanh($0), 2) }
        #expect(TenthRoundFamilyTests.close(found["2c"], expected), "\(String(describing: found["2c"]))")
        #expect(found["2d"] == nil, "\(String(describing: found["2d"]))")
    }

    /// "linear warm-up from 0 to a peak learning rate of 2 × 10^{-3} over the first 1000 steps":
    /// the rate at a step within the warm-up; past it, no answer.
    @Test func aLinearWarmUp() {
        let found = Self.answers("""
            Problem 3
            (a) A model is trained with linear warm-up from 0 to a peak learning rate of 2 × 10^{-3} over the first 1000 steps. What is the learning rate at step 250?
            (b) The learning rate uses linear warm-up from 0.0001 to 0.01 over 100 iterations. What is the learning rate at iteration 40?
            (c) A model is trained with linear warm-up from 0 to a peak learning rate of 0.1 over the first 50 steps, then cosine decay. What is the learning rate at step 80?
            """)
        #expect(Self.value(found["3a"]).map { abs($0 - 5e-4) < 1e-12 } == true, "\(String(describing: found["3a"]))")
        #expect(Self.value(found["3b"]).map { abs($0 - (0.0001 + 0.0099 * 0.4)) < 1e-12 } == true, "\(String(describing: found["3b"]))")
        #expect(found["3c"] == nil, "\(String(describing: found["3c"]))")
    }

    /// A network written as code (`h = tanh(W1 @ x + b1)`, `loss = (out - 2.0) ** 2  # squared
    /// error`): forward values and gradients as of the same equations in math, "∂L/∂W2" of the one
    /// loss the code defines. An address's "@" is no product.
    @Test func aNetworkWrittenAsCode() {
        let found = Self.answers("""
            Problem 4
            The network is given as code:

                x = np.array([1.0, -1.0])
                W1 = np.array([[2.0, 0.0],
                               [1.0, 1.0]])
                b1 = np.array([0.5, -0.5])
                W2 = np.array([[1.0, -2.0]])
                h = tanh(W1 @ x + b1)   # hidden layer
                out = W2 @ h
                loss = (out - 2.0) ** 2   # squared error

            (a) What is h?
            (b) What is `W1 @ x + b1`?
            (c) Compute ∂L/∂W2.
            """)
        let h = [tanh(2.5), tanh(-0.5)]
        let out = h[0] - 2 * h[1]
        #expect(TenthRoundFamilyTests.close(found["4a"], h), "\(String(describing: found["4a"]))")
        #expect(TenthRoundFamilyTests.close(found["4b"], [2.5, -0.5]), "\(String(describing: found["4b"]))")
        #expect(TenthRoundFamilyTests.close(found["4c"], [[2 * (out - 2) * h[0], 2 * (out - 2) * h[1]]]), "\(String(describing: found["4c"]))")
        #expect(StatementText("Send questions to ta@cs.example.edu by 5 pm.").codeAssignmentsAsFormulas.text == "Send questions to ta@cs.example.edu by 5 pm.")
    }

    /// "What does global average pooling return for X?": the map named after "for" is the one
    /// pooled, never another array of the problem (x of a 1D part).
    @Test func theMapNamedAfterForIsPooled() {
        let found = Self.answers("""
            Problem 2
            Let x = [4, 0, -2, 6] and w = [1, -1].
            (a) Compute the 1D cross-correlation of x with w (valid, stride 1).
            (b) What does global average pooling return for X?
            (c) Let Y = [[1, 3], [5, 7]]. What does global average pooling return for Y?
            """)
        #expect(found["2b"] == nil, "\(String(describing: found["2b"]))")
        #expect(Self.value(found["2c"]) == 4, "\(String(describing: found["2c"]))")
    }

    /// "What is the total number of parameters of the model?" under one `class …(nn.Module)`
    /// assigning its modules; "How many parameters does it have?" alone under one module; a
    /// linear layer "applied to a batch of 16 tokens".
    @Test func aModelClassTheBareItAndABatchOfTokens() {
        let found = Self.answers("""
            Problem 2
            Consider the classifier

                class Net(nn.Module):
                    def __init__(self):
                        super().__init__()
                        self.emb = nn.Embedding(1000, 32)
                        self.proj = nn.Linear(32, 64)
                        self.out = nn.Linear(64, 5)

            (a) How many parameters does self.proj have?
            (b) What is the total number of parameters of the model?

            Problem 3
            The encoder's attention is nn.MultiheadAttention(embed_dim=256, num_heads=4).
            (a) How many parameters does it have?
            (b) A layer nn.Linear(512, 128) is applied to a batch of 16 tokens. Counting one multiply-add as two FLOPs and ignoring the bias, how many FLOPs does this take?
            """)
        #expect(found["2b"] == .integer(32_000 + 32 * 64 + 64 + 64 * 5 + 5), "\(String(describing: found["2b"]))")
        #expect(found["3a"] == .integer(4 * 256 * 256 + 4 * 256), "\(String(describing: found["3a"]))")
        #expect(found["3b"] == .integer(2 * 512 * 128 * 16), "\(String(describing: found["3b"]))")
    }
}
