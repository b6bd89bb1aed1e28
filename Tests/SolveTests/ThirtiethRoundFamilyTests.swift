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

/// Counter-examples from the review of this round's rules, each the reviewer's text: a change the
/// part makes, a convention it overrides or scopes, a portion of a model or a block, other
/// multipliers beside "a batch of tokens", an objective that is more than the code's loss, a
/// statement that names a backbone beside its module.
@Suite("Solve families, thirtieth round: reviewed misfires")
struct ThirtiethRoundReviewedMisfireTests {
    static func answers(_ text: String) -> [String: Answer] { TenthRoundFamilyTests.answers(text) }

    @Test func sameNameAsInAPartOrChanged() {
        let found = Self.answers("""
            ## Problem 2
            (a) Let z = (1, -2). Compute the sigmoid of z element-wise.
            (b) Let z = (0, 5). Compute ReLU(z).
            (c) Compute tanh(z) element-wise for the same z as in part (a).
            (d) Compute σ'(z) for the same z, after doubling each entry.
            """)
        #expect(TenthRoundFamilyTests.close(found["2c"], [tanh(1), tanh(-2)]), "\(String(describing: found["2c"]))")
        #expect(found["2d"] == nil, "\(String(describing: found["2d"]))")
    }

    @Test func aConventionThePartOverridesOrScopes() {
        let overridden = Self.answers("""
            Conventions: 1 multiply-accumulate (MAC) = 2 FLOPs unless a problem says otherwise. Shapes are (C, H, W).

            ## Problem 1
            A layer maps a 16-channel 32x32 feature map to 32 channels with a 3x3 kernel, stride 1 and padding 1.
            (a) How many parameters does the convolution have?
            (b) For this part, count each multiply-accumulate as a single FLOP. How many FLOPs does the layer take for one input? Ignore the bias.
            """)
        #expect(overridden["1b"] == nil, "\(String(describing: overridden["1b"]))")
        let scoped = Self.answers("""
            Note: in Problem 2 only, count 1 MAC = 2 FLOPs. In Problem 1, report FLOPs as the number of multiply-accumulates.

            ## Problem 1
            A convolution nn.Conv2d(8, 16, kernel_size=3, padding=1) is applied to one 8 × 20 × 20 input.
            (a) How many FLOPs does it take? Ignore the bias.

            ## Problem 2
            A convolution nn.Conv2d(4, 8, kernel_size=1) is applied to one 4 × 10 × 10 input.
            (a) How many FLOPs does it take? Ignore the bias.
            """)
        #expect(scoped["1a"] == nil, "\(String(describing: scoped["1a"]))")
    }

    @Test func aWarmUpThePartChanges() {
        let changed = Self.answers("""
            ## Problem 4
            (a) A transformer uses linear warm-up from 0 to a peak learning rate of 1e-3 over the first 4000 steps, and the learning rate is multiplied by 0.5 for the embedding layer. What is the learning rate of the embedding layer at step 2000?
            (b) The optimizer applies linear warm-up from 0 to a peak learning rate of 0.01 over the first 10 epochs; each epoch has 100 iterations and the rate is updated every iteration. What is the learning rate at iteration 250?
            (c) Linear warm-up from 0 to 3 × 10^{-4} over the first 1000 steps is used, with the step counter starting at 0 and the rate at step t equal to peak × (t + 1)/1000. What is the learning rate at step 499?
            """)
        let scaled = Self.answers("""
            ## Problem 3
            (a) A ResNet is trained with batch size 256 using linear warm-up from 0 to a peak learning rate of 0.1 over the first 500 steps. If the batch size is doubled to 512 and the peak learning rate is scaled by the linear scaling rule (keeping the same warm-up length), what is the learning rate at step 100?
            (b) A model uses linear warm-up from 0 to a peak learning rate of 0.004 over the first 1000 steps, but gradient accumulation over 4 micro-batches means the scheduler is stepped once every 4 micro-batch steps. What is the learning rate at micro-batch step 400?
            (c) The learning rate follows a linear warm-up from 0 to a peak learning rate of 0.001 over the first 100 steps; the effective update is scaled by a learning-rate multiplier of 10 for the newly added head. What is the head's learning rate at step 50?
            """)
        for id in ["4a", "4b", "4c"] { #expect(changed[id] == nil, "\(id): \(String(describing: changed[id]))") }
        for id in ["3a", "3b", "3c"] { #expect(scaled[id] == nil, "\(id): \(String(describing: scaled[id]))") }
    }

    @Test func aPortionOfAModelOrBlock() {
        let portions = Self.answers("""
            ## Problem 2
            A two-layer classifier is

                model = nn.Sequential(
                    nn.Embedding(10000, 128),
                    nn.Linear(128, 256),
                    nn.ReLU(),
                    nn.Linear(256, 10),
                )

            (a) How many non-embedding parameters does the model have?
            (b) How many parameters does the model's output head have?
            (c) How many parameters does the model have in its linear layers?
            (d) How many parameters does the whole model have?
            """)
        for id in ["2a", "2b", "2c"] { #expect(portions[id] == nil, "\(id): \(String(describing: portions[id]))") }
        #expect(portions["2d"] == .integer(1_280_000 + 128 * 256 + 256 + 256 * 10 + 10), "\(String(describing: portions["2d"]))")
        let encoder = Self.answers("""
            ## Problem 4
            The network is

                class Net(nn.Module):
                    def __init__(self):
                        super().__init__()
                        self.encoder = Encoder()
                        self.fc1 = nn.Linear(256, 128)
                        self.fc2 = nn.Linear(128, 64)
                        self.out = nn.Linear(64, 10)

            where `Encoder` is the convolutional encoder from Problem 1.

            (a) How many parameters does the whole model have?
            """)
        #expect(encoder["4a"] == nil, "\(String(describing: encoder["4a"]))")
        let blocks = Self.answers("""
            ## Problem 2
            (a) Consider the block:
                    nn.Conv2d(64, 64, kernel_size=3, padding=1, bias=False)
                    nn.BatchNorm2d(64)
                    nn.ReLU()
                How many learnable parameters does the block have?
            (b) Consider the pair:
                    nn.Linear(512, 2048)
                    nn.Linear(2048, 512)
                How many bias parameters does the block have?
            (c) Consider the block:
                    nn.Linear(256, 256)
                    nn.Linear(256, 256)
                How many parameters does the block have if the two layers share weights?
            (d) A residual stack:
                    nn.Conv2d(32, 32, 3, padding=1)
                    nn.Conv2d(32, 32, 3, padding=1)
                What is the output size for a 32 × 16 × 16 input, and how many parameters does the stack have?
            (e) Consider the pair:
                    nn.Linear(128, 128)
                    nn.Linear(128, 128)
                How many trainable parameters does the pair have when the second layer is frozen?
            """)
        for id in ["2b", "2c", "2e"] { #expect(blocks[id] == nil, "\(id): \(String(describing: blocks[id]))") }
        let frozen = Self.answers("""
            Problem 1
            A text classifier is

                net = nn.Sequential(
                    nn.Embedding(5000, 64),
                    nn.Linear(64, 128),
                    nn.ReLU(),
                    nn.Linear(128, 64),
                    nn.ReLU(),
                    nn.Linear(64, 4),
                )

            (a) How many parameters does the second linear layer have?
            (b) How many parameters does the last nn.Linear have?
            (c) How many parameters does the linear layer right after the embedding have?
            (d) How many parameters does the hidden linear layer have?
            (e) How many parameters does the classifier have?
            (f) After the embedding is frozen, how many parameters does the model update?
            """)
        #expect(frozen["1f"] == nil, "\(String(describing: frozen["1f"]))")
        #expect(frozen["1a"] == .integer(128 * 64 + 64), "\(String(describing: frozen["1a"]))")
    }

    @Test func otherMultipliersBesideABatchOfTokens() {
        let found = Self.answers("""
            ## Problem 7
            (a) A layer nn.Linear(768, 3072) is applied to a batch of 8 sequences of 128 tokens each. Counting one multiply-add as two FLOPs and ignoring the bias, how many FLOPs does this take?
            (b) A layer nn.Linear(768, 3072) is applied to a batch of 128 tokens for each of 4 sequences. Counting one multiply-add as two FLOPs and ignoring the bias, how many FLOPs does this take?
            (c) A layer nn.Linear(512, 512) is applied to a batch of 32 tokens, once per head for 8 heads. Counting one multiply-add as two FLOPs and ignoring the bias, how many FLOPs does this take?
            """)
        for id in ["7b", "7c"] { #expect(found[id] == nil, "\(id): \(String(describing: found[id]))") }
    }

    @Test func anObjectiveMoreThanTheCodesLossABackboneOrAPortionOfABatch() {
        let penalty = Self.answers("""
            ## Problem 5
            The network is given as code:

                x = np.array([1.0, -1.0])
                W1 = np.array([[2.0, 1.0],
                               [0.0, 1.0]])
                W2 = np.array([[1.0, 1.0]])
                h = tanh(W1 @ x)
                yhat = W2 @ h
                loss = 0.5 * (yhat - 1.0) ** 2   # data term

            The training objective L is the loss plus an L2 penalty 0.5 · λ · ‖W2‖² with λ = 0.1.

            (a) Compute ∂L/∂W2.
            """)
        #expect(penalty["5a"] == nil, "\(String(describing: penalty["5a"]))")
        let backbone = Self.answers("""
            ## Problem 3
            A frozen ResNet-18 backbone (11.2M parameters) produces 512-dimensional features that are fed to nn.Linear(512, 10).
            (a) How many parameters does it have?

            ## Problem 4
            The attention sublayer is nn.MultiheadAttention(embed_dim=256, num_heads=8, kdim=128, vdim=128).
            (a) How many parameters does it have?

            ## Problem 5
            A GRU layer is created with nn.GRU(input_size=64, hidden_size=128, num_layers=2).
            (a) How many parameters does it have?

            ## Problem 6
            An image of size 3 × 224 × 224 goes through nn.Conv2d(3, 64, kernel_size=7, stride=2, padding=3).
            (a) How many parameters does it have?
            """)
        #expect(backbone["3a"] == nil, "\(String(describing: backbone["3a"]))")
        let portion = Self.answers("""
            ## Problem 4
            Let x = [3, 1, 4, 1, 5, 9, 2, 6].
            (a) Compute the mean of x.
            (b) The first four entries form a mini-batch: B = [3, 1, 4, 1]. Compute its mean.
            (c) Using the same batch as in (a), compute the batch-norm variance (biased) of the last four entries only.
            (d) With the mini-batch of (b), compute the normalized value of x_2 (ε = 0, biased variance).
            """)
        #expect(portion["4c"] == nil, "\(String(describing: portion["4c"]))")
    }
}
