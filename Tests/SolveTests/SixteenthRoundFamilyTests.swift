import Foundation
import Problems
@testable import Solve
import Source
import Testing

/// Families found in the held-out run of `solve/final17`, each tested on statements written
/// for these tests.
@Suite("Solve families, sixteenth round")
struct SixteenthRoundFamilyTests {
    static func answers(_ text: String) -> [String: Answer] { TenthRoundFamilyTests.answers(text) }
    static func recognitions(_ text: String) -> [String: Recognition] { FifthRoundFamilyTests.recognitions(text) }

    @Test func aRepeatedModuleCallTakesTheChangedSettingAsAnArgument() {
        let found = Self.recognitions("""
            Problem 2
            A grayscale image of size 1 × 40 × 40 goes into each layer. Give the output as C × H × W.
            (a) nn.Conv2d(1, 6, kernel_size=3, stride=1, padding=1).
            (b) Redo (a) with a stride of 2; keep the padding of (a).
            (c) Same as (a), but with no padding.
            (d) nn.Conv2d(1, 4, kernel_size=5, padding=2, dilation=1).
            (e) Repeat (d) with dilation 2.
            """)
        #expect(found["2a"]?.answer == .shape(dimensions: [6, 40, 40], layout: "CHW"))
        #expect(found["2b"]?.answer == .shape(dimensions: [6, 20, 20], layout: "CHW"))
        #expect(found["2c"]?.answer == .shape(dimensions: [6, 38, 38], layout: "CHW"))
        #expect(found["2e"]?.answer == .shape(dimensions: [4, 36, 36], layout: "CHW"))
    }

    @Test func aNotationNamingBothKindsDecidesByThePartsOperatorOrWord() {
        let byWord = Self.answers("""
            Throughout, a ∗ k is the true convolution (flip the kernel) and a ⋆ k is the cross-correlation, with stride 1 and no padding.

            Problem 1
            Let a = (1, 3, -2, 0, 5) and k = (2, 1, 0).
            (a) Compute a ⋆ k.
            (b) Convolve a with k.
            """)
        #expect(byWord["1a"] == .vector([5, 4, -4]))
        #expect(byWord["1b"] == .vector([-1, -2, 10]))
        // The operator over the word: here "∗" is the cross-correlation.
        let byOperator = Self.answers("""
            Here a ∗ k denotes cross-correlation, as PyTorch computes it; the true convolution flips the kernel. Use stride 1 and no padding.

            Problem 1
            Let a = (1, 3, -2, 0, 5) and k = (2, 1, 0).
            (a) Compute the convolution a ∗ k.
            (b) Compute the true convolution of a and k.
            """)
        #expect(byOperator["1a"] == .vector([5, 4, -4]))
        #expect(byOperator["1b"] == .vector([-1, -2, 10]))
    }

    @Test func aSubPartTakesTheSettingsOfThePartItBelongsTo() {
        let answers = Self.answers("""
            Unless stated otherwise, every operation has stride 1 and no padding.

            Problem 3
            (a) A 1D transposed convolution with kernel k = (1, 2), stride 3 and no padding is applied to u = (2, -1, 1).
            (i) How long is the output?
            (ii) Give the output vector.
            """)
        #expect(answers["3a.i"] == .integer(8))
        #expect(answers["3a.ii"] == .vector([2, 4, 0, -1, -2, 0, 1, 2]))
    }

    @Test func aLearningRateAskedIsNoIterate() {
        let found = Self.recognitions("""
            Problem 4
            Consider L(w) = w_1^2 + 3 w_2^2 with gradient ∇L(w) = (2 w_1, 6 w_2), starting from w^{(0)} = (1, 1) with learning rate η = 0.1.
            (a) Take one step of gradient descent. What is w^{(1)}?
            (b) Gradient descent with a fixed step diverges once the learning rate exceeds a threshold. What is the largest stable learning rate?
            (c) For which step sizes does gradient descent converge on L?
            """)
        #expect(FourteenthRoundFamilyTests.close(found["4a"]?.answer, [0.8, 0.4]))
        // The largest stable rate is 2/λ_max of the Hessian (seventeenth round); a range asked is not computed.
        if case .real(let rate)? = found["4b"]?.answer { #expect(abs(rate.value - 1.0 / 3) < 1e-12) } else { Issue.record("4b: \(String(describing: found["4b"]))") }
        #expect(found["4c"] != nil && found["4c"]?.answer == nil)
    }

    @Test func filtersCountedWithAKernelAreAConvolutionOnTheStatementsInput() {
        let found = Self.recognitions("""
            Problem 1
            A grayscale image of size 1 × 96 × 96 is the input to every part. Give each answer as C × H × W.
            (a) Twelve filters with a five-by-five kernel, a stride of two and no padding.
            (b) What is the output of nn.MaxPool2d(2) on the same input?
            (c) A colleague instead feeds the scan in channels-last layout, shape (96, 96, 1). Explain why the answers do not change.
            """)
        // (c) states an input of its own, but after (a): it says nothing of (a)'s.
        #expect(found["1a"]?.answer == .shape(dimensions: [12, 46, 46], layout: "CHW"))
    }

    @Test func aConvolutionsCostOnImagesOfAStatedSizeAndARepeatThroughItsName() {
        let answers = Self.answers("""
            Problem 2
            Count one multiply-accumulate as one MAC. The dataset holds 10,000 images of size 1 × 28 × 28, and the stem is stem2 = nn.Conv2d(1, 8, kernel_size=5, padding=2).
            (a) How many MACs does stem2 perform per image?
            (b) Repeat (a) if stem2 uses stride=2 instead (padding unchanged).
            """)
        // 8 · 28 · 28 · 25 and 8 · 14 · 14 · 25.
        #expect(answers["2a"] == .integer(156_800))
        #expect(answers["2b"] == .integer(39_200))
    }

    @Test func anEmbeddingTableHoldsOneVectorPerToken() {
        let answers = Self.answers("""
            Problem 5
            (a) A language model stores an embedding matrix for a vocabulary of 50,257 tokens with embedding dimension 768. How many parameters does the embedding matrix hold?
            (b) The model also learns positional embeddings for 1024 positions in the same 768-dimensional space. How many parameters do the token embedding table and the position table hold together?
            (c) An embedding layer maps each of 8000 words to a 300-dimensional vector. How many trainable parameters does it have?
            """)
        #expect(answers["5a"] == .integer(38_597_376))
        // Two tables, each a vector per word: not one table's count.
        let two = Self.answers("""
            Problem 6
            (a) A word2vec model keeps two embedding tables, input and output vectors, each with one 100-dimensional vector per word over a vocabulary of 20,000 words. How many parameters does it have?
            """)
        #expect(two["6a"] == nil || two["6a"] == .integer(4_000_000))
        #expect(answers["5b"] == nil)
        #expect(answers["5c"] == .integer(2_400_000))
    }

    @Test func aRepeatThatAddsAModuleOfItsOwnIsNotReadAsThatModuleAlone() {
        let answers = Self.answers("""
            Problem 2
            A convolution maps 16 input channels to 32 output channels with a 3 × 3 kernel.
            (a) How many parameters does the convolution have?
            (b) Same layer as in (a), but created with bias=False and followed by nn.BatchNorm2d(32). How many trainable parameters do the two modules have together?
            """)
        #expect(answers["2a"] == .integer(4640))
        // 4608 + 64 when counted; never the normalization's 64 alone.
        #expect(answers["2b"] == nil || answers["2b"] == .integer(4672))
    }

    @Test func schedulersFromTheirCallsOnTheBaseRate() {
        let answers = Self.answers("""
            Problem 2
            The base learning rate is 0.2 and we train for 60 epochs; epochs are counted from 0, and the schedulers are stepped once per epoch (once per iteration in part c).
            (a) StepLR(optimizer, step_size=20, gamma=0.5): what is the learning rate during epoch 45?
            (b) CosineAnnealingLR(optimizer, T_max=60, eta_min=0.02): what is the learning rate during epoch 20?
            (c) A linear warm-up raises the rate from 0 to the base rate over the first 1000 iterations, η_t = 0.2 · t / 1000. What is the rate at iteration 250?
            """)
        #expect(answers["2a"] == .real(RealValue(0.05)))
        // 0.02 + ½ · 0.18 · (1 + cos(π/3)) = 0.155.
        if case .real(let rate)? = answers["2b"] { #expect(abs(rate.value - 0.155) < 1e-9) } else { Issue.record("2b: \(String(describing: answers["2b"]))") }
        if case .real(let rate)? = answers["2c"] { #expect(abs(rate.value - 0.05) < 1e-9) } else { Issue.record("2c: \(String(describing: answers["2c"]))") }
    }

    @Test func aSchedulerSteppedPerIterationForThisPartIsNotRead() {
        let answers = Self.answers("""
            Problem 2
            The base learning rate is 0.2; epochs are counted from 0, and the schedulers are stepped once per epoch (once per iteration in part b).
            (a) Explain why schedules help.
            (b) StepLR(optimizer, step_size=20, gamma=0.5): what is the learning rate during epoch 45?
            """)
        #expect(answers["2b"] == nil)
    }

    @Test func aModulesConstructorDefaultsSizeItsLayers() {
        let answers = Self.answers("""
            Problem 4
            A small model is defined as
            class Tagger(nn.Module):
                def __init__(self, words=5_000, dim=64, hidden=128, tags=17):
                    super().__init__()
                    self.emb = nn.Embedding(words, dim)
                    self.rnn = nn.LSTM(dim, hidden, batch_first=True)
                    self.out = nn.Linear(hidden, tags)
            (a) How many parameters does self.emb have?
            (b) How many parameters does self.rnn have? (PyTorch's LSTM has two bias vectors for each gate.)
            (c) How many parameters does self.out have? Recall that every gate of a recurrent layer has its own biases.
            """)
        #expect(answers["4a"] == .integer(320_000))
        // 4 · (128 · 64 + 128 · 128 + 2 · 128).
        #expect(answers["4b"] == .integer(99_328))
        #expect(answers["4c"] == .integer(2_193))
    }

    @Test func aGradientOfALossNamedInAnEarlierPartIsThatLosssGradient() {
        let answers = Self.answers("""
            Problem 3
            A classifier outputs logits z = (1.0, 0.0, -1.0) for an example of the second class.
            (a) Compute the cross-entropy loss L_{CE}.
            (b) Compute the gradient ∂L_{CE}/∂z.
            """)
        guard case .vector(let gradient)? = answers["3b"] else { Issue.record("3b: \(String(describing: answers["3b"]))"); return }
        // softmax(z) − e₂.
        let expected = [0.665241, 0.244728 - 1, 0.090031]
        #expect(zip(gradient, expected).allSatisfy { abs($0 - $1) < 1e-5 })
    }

    @Test func aBatchOfOneWrittenAsAOneEntryVector() {
        let answers = Self.answers("""
            Problem 1
            A batch-norm layer has γ = 3 and β = -1 and uses the biased batch variance.
            (a) Explain batch norm.
            (b) The same layer is now run in training mode on a batch containing a single example, x = (7). For this part take ε = 10^{-5}.
            (i) What does the layer output?
            """)
        // x − μ = 0: the output is β.
        #expect(answers["1b.i"] == .real(RealValue(-1)) || answers["1b.i"] == .integer(-1), "\(String(describing: answers["1b.i"]))")
    }

    @Test func aKernelNamedByTheStatementAndOperandsNamedByTheirVerbsAreRecovered() {
        let answers = Self.answers("""
            Problem 3
            A 1D layer computes y = x ⋆ w by cross-correlation with a two-tap kernel w, no bias, stride 1 and no padding. On the input x = (1, 2, 3, 1) it produces y = (4, 7, 7).
            (a) Find w.
            (b) A 2 × 2 kernel H (no bias) is applied by cross-correlation to P = [[1, 0, 1], [0, 2, 0], [1, 1, 1]] and gives Q = [[5, 1], [4, 4]]. Find H.
            """)
        // w = (2, 1): 1·2 + 2·1 = 4, 2·2 + 3·1 = 7, 3·2 + 1·1 = 7.
        #expect(answers["3a"] == .vector([2, 1]), "\(String(describing: answers["3a"]))")
        #expect(answers["3b"] == .matrix([[1, 1], [0, 2]]), "\(String(describing: answers["3b"]))")
    }

    @Test func poolingAMapNamedFromAnEarlierPartTakesThatPartsAnswer() {
        let answers = Self.answers("""
            Problem 2
            Let X = [[1, 0, 2], [3, 1, 0], [0, 2, 1]] and K = [[1, 1], [0, 1]]. Use stride 1 and no padding.
            (a) Compute the cross-correlation Z = X ⋆ K.
            (b) Apply global average pooling to Z from part (a).
            """)
        // Z = [[2, 2], [6, 2]].
        #expect(answers["2a"] == .matrix([[2, 2], [6, 2]]), "\(String(describing: answers["2a"]))")
        var mean: Double?
        switch answers["2b"] {
        case .real(let value)?: mean = value.value
        case .integer(let value)?: mean = Double(value)
        default: mean = nil
        }
        #expect(mean == 3, "\(String(describing: answers["2b"]))")
    }

    @Test func rulesOfThisRoundHoldBackWhereTheirWordsMeanSomethingElse() {
        // A module built with arguments of its own is not sized by its defaults.
        let built = Self.answers("""
            Problem 1
            class Net(nn.Module):
                def __init__(self, vocab=1000, d=32):
                    super().__init__()
                    self.out = nn.Linear(d, vocab)
            model = Net(vocab=50, d=8)
            (a) How many parameters does self.out have?
            """)
        #expect(built["1a"] == nil || built["1a"] == .integer(450))
        // The cosine's keywords in any order.
        let cosine = Self.answers("""
            Problem 2
            A model is trained with an initial learning rate of 0.2, epochs counted from 0.
            (a) The scheduler is CosineAnnealingLR(optimizer, eta_min=0.02, T_max=40), stepped once per epoch. What learning rate is used during epoch 20?
            """)
        if case .real(let rate)? = cosine["2a"] { #expect(abs(rate.value - 0.11) < 1e-9) } else { Issue.record("2a: \(String(describing: cosine["2a"]))") }
        // "to X from (a)" where (a) gave X: X itself.
        let pooled = Self.answers("""
            Problem 3
            (a) Let X = [[4, 1, 0, 2], [3, 5, 1, 1], [0, 2, 6, 1], [1, 1, 2, 7]] and K = [[1, 0], [0, 1]]. Compute the valid cross-correlation Y = X ⋆ K with stride 1.
            (b) Apply 2 × 2 max pooling with stride 2 to X from (a).
            """)
        #expect(pooled["3b"] == .matrix([[5, 2], [2, 7]]), "\(String(describing: pooled["3b"]))")
        // Tokens of a sequence are no vocabulary.
        let sequence = Self.answers("""
            Problem 4
            (a) An embedding layer maps each input sequence of 64 tokens to 256-dimensional vectors. How many parameters does the embedding layer have?
            """)
        #expect(sequence["4a"] == nil)
    }

    @Test func aReceptiveFieldOfTheSameTableWithOneLayerChanged() {
        let answers = Self.answers("""
            Problem 4
            Consider the following stack of layers, applied in order to a single-channel image.
            Layer Type Kernel Stride
            1 conv 3 × 3 1
            2 conv 3 × 3 1
            3 max pool 2 × 2 2
            4 conv 3 × 3 1
            (a) What is the receptive field of one unit at the output of layer 4?
            (b) Same stack, but layer 2 now has stride 2. What is the receptive field of one unit at the output of layer 4?
            (c) Same stack, but layer 2 now has stride 2 and layer 4 has dilation 2. What is the receptive field at the output of layer 4?
            """)
        #expect(answers["4a"] == .integer(10))
        #expect(answers["4b"] == .integer(15))
        // Two changes at once are not read.
        #expect(answers["4c"] == nil)
    }

    @Test func aContinuedOptimizerRunIsReadThroughThePartItContinues() {
        let answers = Self.answers("""
            Problem 1
            We minimise L(w) = w_1^2 + 2 w_2^2 with gradient ∇L(w) = (2 w_1, 4 w_2), starting from w^{(0)} = (1, -1).
            (a) Take one step of Adam with β_1 = 0.9, β_2 = 0.999, ε = 10^{-8}, bias correction and learning rate 0.05. What is w^{(1)}?
            (b) Continue (a) for one more step and give w^{(2)}.
            """)
        // Two Adam steps from (1, −1), checked with numpy.
        #expect(TenthRoundFamilyTests.close(answers["1b"], [0.90008324, -0.90008324], 1e-7), "\(String(describing: answers["1b"]))")
    }

    @Test func adamWDecaysTheWeightsApartFromTheMoments() {
        let answers = Self.answers("""
            Problem 1
            We minimise L(w) = w_1^2 + 2 w_2^2 with gradient ∇L(w) = (2 w_1, 4 w_2), starting from w^{(0)} = (1, -1).
            (a) Take one step of Adam with β_1 = 0.9, β_2 = 0.999, ε = 10^{-8}, bias correction and learning rate 0.05. What is w^{(1)}?
            (b) AdamW with weight_decay=0.1 and the other settings of (a). Give w^{(1)}.
            (c) Adam with weight decay 0.1 and the other settings of (a). Give w^{(1)}.
            (d) AdamW with the other settings of (a). Give w^{(1)}.
            """)
        // w(1 − ηλ) − η·m̂/(√v̂ + ε) = ±(0.995 − 0.05).
        #expect(TenthRoundFamilyTests.close(answers["1b"], [0.945, -0.945], 1e-7), "\(String(describing: answers["1b"]))")
        // Adam's decay is coupled or not by library; AdamW's default decay is not assumed.
        #expect(answers["1c"] == nil)
        #expect(answers["1d"] == nil)
    }
}
