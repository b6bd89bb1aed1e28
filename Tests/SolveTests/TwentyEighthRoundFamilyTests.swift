import Foundation
import Problems
@testable import Solve
import Source
import Testing

/// Families found in the held-out run of `solve/final43` (session 40), each tested on
/// statements written for these tests.
@Suite("Solve families, twenty-eighth round")
struct TwentyEighthRoundFamilyTests {
    static func answers(_ text: String) -> [String: Answer] { TenthRoundFamilyTests.answers(text) }
    static func close(_ a: Answer?, _ b: [[Double]]) -> Bool { TenthRoundFamilyTests.close(a, b) }
    static func value(_ a: Answer?) -> Double? { TenthRoundFamilyTests.value(a) }

    /// "Pool your Z from part (b)": the operand is (b)'s result, never the one map the problem
    /// states; with (b) not computed there is no answer.
    @Test func poolingYourResultOfAnEarlierPart() {
        let found = Self.answers("""
            Problem 4
            Let A = [2 0 1 1; 1 3 0 2; 0 1 2 1; 1 0 1 3] and the kernel G = [1 0; 0 1].
            (a) How many entries does A have?
            (b) Compute the 3 × 3 output Z of convolving A with G (no padding, stride 1; as in deep learning, the kernel is not flipped).
            (c) Apply 2 × 2 average pooling with stride 1 to your Z from part (b).
            """)
        #expect(Self.close(found["4b"], [[5, 0, 3], [2, 5, 1], [0, 2, 5]]), "\(String(describing: found["4b"]))")
        #expect(Self.close(found["4c"], [[3, 2.25], [2.25, 3.25]]), "\(String(describing: found["4c"]))")
        let uncomputed = Self.answers("""
            Problem 4
            Let A = [2 0 1; 1 3 0; 0 1 2].
            (a) Describe a kernel that detects diagonal edges and call its output Z.
            (b) Apply 2 × 2 average pooling with stride 1 to your Z from part (a).
            """)
        #expect(uncomputed["4b"] == nil, "\(String(describing: uncomputed["4b"]))")
    }

    /// A batch given as a table row under the examples' numbers ("example 1 2 3" over "x 2 5 11"),
    /// and a part that goes on from the one before it ("(c) … and ∂L/∂β.") keeping its upstream
    /// gradient. A row whose count differs from the examples' is no batch.
    @Test func aBatchInATableRowAndAPartThatGoesOn() {
        let found = Self.answers("""
            Problem 2
            A batch-norm layer (γ = 1, β = 0, ε = 0, biased variance) sees one feature over three examples:

            example 1 2 3
            x 2 5 11

            (a) Compute the normalized outputs x̂_1, x̂_2, x̂_3 in training mode.
            (b) The upstream gradient is ∂L/∂y = (1, −1, 0). Compute ∂L/∂γ.
            (c) … and ∂L/∂β.
            """)
        let root14 = 14.0.squareRoot()
        #expect(TenthRoundFamilyTests.close(found["2a"], [-4 / root14, -1 / root14, 5 / root14]), "\(String(describing: found["2a"]))")
        #expect(Self.value(found["2b"]).map { abs($0 + 3 / root14) < 1e-6 } == true, "\(String(describing: found["2b"]))")
        #expect(Self.value(found["2c"]).map { abs($0) < 1e-9 } == true, "\(String(describing: found["2c"]))")
        let uneven = Self.answers("""
            Problem 2
            A batch-norm layer (γ = 1, β = 0, ε = 0, biased variance) sees one feature over three examples:

            example 1 2 3
            x 2 5 11 4

            (a) Compute the normalized outputs x̂_1, x̂_2, x̂_3 in training mode.
            """)
        #expect(uneven["2a"] == nil, "\(String(describing: uneven["2a"]))")
    }

    /// "Report w = (w1, w2)." and "Report (b, w1, w2)." in plain text: the weights asked for, their
    /// names spelled without underscores.
    @Test func weightsAskedForByTheirPlainNames() {
        let found = Self.answers("""
            Problem 3
            Three training examples:

               x1   x2  |  y
                1    0  |  2
                0    1  |  1
                1    1  |  4

            a) Fit y ~ w1*x1 + w2*x2 (no intercept) by ordinary least squares. Report w = (w1, w2).
            """)
        #expect(TenthRoundFamilyTests.close(found["3a"], [7.0 / 3, 4.0 / 3]), "\(String(describing: found["3a"]))")
        let intercept = Self.answers("""
            Problem 3
            Three training examples:

               x1   x2  |  y
                1    0  |  2
                0    1  |  1
                1    1  |  4

            a) Now add an intercept: fit y ~ b + w1*x1 + w2*x2 by ordinary least squares. Report (b, w1, w2).
            """)
        #expect(TenthRoundFamilyTests.close(intercept["3a"], [-1, 3, 2]), "\(String(describing: intercept["3a"]))")
    }

    /// "How many parameters does the head have?" under "The classifier head is nn.Linear(512, 256)
    /// -> nn.ReLU() -> nn.Linear(256, 10).": every call of the one sentence that defines it.
    /// A change the part makes, or calls spread over sentences, give no count from this rule.
    @Test func theBlockASentenceDefinesByItsCalls() {
        let found = Self.answers("""
            Problem 5
            The classifier head is nn.Linear(512, 256) -> nn.ReLU() -> nn.Linear(256, 10), with biases (PyTorch defaults).
            a) How many parameters does the head have?
            b) How many parameters does the head have if the biases are removed?
            """)
        #expect(Self.value(found["5a"]) == 133_898, "\(String(describing: found["5a"]))")
        #expect(found["5b"] == nil, "\(String(describing: found["5b"]))")
        // (A part that describes a block of its own is another reader's: "… replaced by a
        // depthwise separable block: … (groups=32), … How many parameters does the block have?")
        let own = Self.answers("""
            Problem 1
            (a) How many parameters does nn.Conv2d(32, 64, kernel_size=5) have?
            (b) The layer of part (a) is replaced by a depthwise separable block: a depthwise 5 × 5 convolution on the 32 input channels (groups=32), followed by a pointwise 1 × 1 convolution to 64 channels. Both convolutions have a bias. How many parameters does the block have?
            """)
        #expect(Self.value(own["1b"]) == 2944, "\(String(describing: own["1b"]))")
    }

    /// "What does the layer pass on during training?" with a mask is the masked training output;
    /// "the original (non-inverted) formulation, no rescaling happens during training" is
    /// standard dropout.
    @Test func dropoutPassedOnAndTheOriginalFormulation() {
        let found = Self.answers("""
            Problem 6
            A layer outputs h = (2, 8, 4). Dropout with drop probability p = 0.5 samples the keep-mask m = (0, 1, 1).
            (a) With inverted dropout, what does the layer pass on during training?
            (b) In the original (non-inverted) formulation no rescaling happens during training. What does the layer output at test time?
            """)
        #expect(TenthRoundFamilyTests.close(found["6a"], [0, 16, 8]), "\(String(describing: found["6a"]))")
        #expect(TenthRoundFamilyTests.close(found["6b"], [1, 4, 2]), "\(String(describing: found["6b"]))")
    }

    /// "The true label for the input of (a) is the third one." names the class by its place;
    /// "For the same logits and label, … with margin Δ = 1" keeps the earlier part's vector and
    /// class although the part writes a number of its own.
    @Test func aClassByItsPlaceAndTheSameLogitsAndLabel() {
        let found = Self.answers("""
            Problem 2
            (a) A classifier produces logits (0.5, 2, 1) for three classes. Compute the softmax probabilities.
            (b) The true label for the input of (a) is the third one. What is the cross-entropy loss?
            (c) For the same logits and label, compute the multiclass hinge loss with margin Δ = 1, summed over the incorrect classes.
            """)
        let total = exp(0.5) + exp(2) + exp(1)
        #expect(Self.value(found["2b"]).map { abs($0 - (log(total) - 1)) < 1e-6 } == true, "\(String(describing: found["2b"]))")
        #expect(Self.value(found["2c"]).map { abs($0 - 2.5) < 1e-9 } == true, "\(String(describing: found["2c"]))")
    }

    /// "How many parameters are in the first layer of the GRU?" and "(c) For the GRU:" over "(i)
    /// how many … in its first layer?", among other modules: the named module's first layer. A
    /// part that only names its sub-parts' subject gives them it. Another layer is not counted.
    @Test func theFirstLayerOfTheStackedModuleThePartNames() {
        let found = Self.answers("""
            Problem 1
            A tagger is built from these modules:

            emb = nn.Embedding(5000, 64)
            gru = nn.GRU(input_size=64, hidden_size=32, num_layers=3)
            out = nn.Linear(32, 17)

            (a) How many parameters are in the first layer of the GRU?
            (b) How many parameters are in the second layer of the GRU?
            (c) For the GRU:
            (i) how many parameters are in its first layer?
            (d) How many parameters does the first layer of nn.GRU(64, 32, num_layers=3) have? Remember that PyTorch keeps two bias vectors per gate.
            """)
        #expect(Self.value(found["1a"]) == 9408, "\(String(describing: found["1a"]))")
        #expect(found["1b"] == nil, "\(String(describing: found["1b"]))")
        #expect(Self.value(found["1c.i"]) == 9408, "\(String(describing: found["1c.i"]))")
        // (A note on how the module is built asks for no portion: the totals found the guard
        // against portions refusing it.)
        #expect(Self.value(found["1d"]) == 9408, "\(String(describing: found["1d"]))")
    }

    /// "Repeat (a) with a stride of 2, keeping 1 pixel of zero padding on every side (Keras
    /// refuses 'same' with …)": the padding by its width, and an aside about what a framework
    /// refuses sets nothing.
    @Test func aRepeatWithPaddingByItsWidthAndARefusalAside() {
        let found = Self.answers("""
            Problem 1
            A batch of 8 grayscale images, each 28 × 28 pixels, is the input to every layer below. Give each output shape as (N, C, H, W).
            (a) nn.Conv2d(1, 16, kernel_size=3, padding='same').
            (b) Repeat (a) with a stride of 2, keeping 1 pixel of zero padding on every side (some frameworks refuse padding='same' with a stride above 1).
            """)
        guard case .shape(let dimensions, _)? = found["1b"] else {
            Issue.record("\(String(describing: found["1b"]))")
            return
        }
        #expect(dimensions == [8, 16, 14, 14])
    }

    /// Sub-parts under "(c) Consider nn.Linear(100, 50, bias=False) followed by nn.BatchNorm1d(50)."
    /// ask of its modules: the one named by its kind, or the two together; never the layer the
    /// problem's statement describes. One the sub-part does not name is no answer.
    @Test func subPartsAskOfTheModulesTheirPartWrites() {
        let found = Self.answers("""
            Problem 1
            A convolutional layer maps 16 input channels to 32 output channels with a 5 × 5 kernel.
            (a) How many learnable parameters does the layer have?
            (b) How many parameters does nn.Conv2d(16, 32, 5, groups=2) have?
            (c) Consider nn.Linear(100, 50, bias=False) followed by nn.BatchNorm1d(50).
            (i) How many learnable parameters does the batch-norm layer have?
            (ii) How many learnable parameters do the two layers have together?
            (iii) How many learnable parameters does the layer have?
            """)
        #expect(Self.value(found["1a"]) == 12_832, "\(String(describing: found["1a"]))")
        #expect(Self.value(found["1c.i"]) == 100, "\(String(describing: found["1c.i"]))")
        #expect(Self.value(found["1c.ii"]) == 5100, "\(String(describing: found["1c.ii"]))")
        #expect(found["1c.iii"] == nil, "\(String(describing: found["1c.iii"]))")
    }

    /// "… these layers, in order: conv 5 × 5 (stride 1), max-pool 2 × 2 (stride 2), …": each item
    /// of the list is a layer; "after the first two layers" is that many, "after the second conv"
    /// the stack up to it; a layer the stack does not have ("the second pooling layer") is none.
    @Test func aListOfLayersAndTheFirstFewOfThem() {
        let found = Self.answers("""
            Problem 4
            A backbone has these layers, in order: conv 5 × 5 (stride 1), max-pool 2 × 2 (stride 2), conv 3 × 3 (stride 1), conv 3 × 3 (stride 2).
            (a) What is the receptive field of one unit after the first two layers?
            (b) What is the receptive field of one unit at the output of the whole backbone?
            (c) What is the receptive field after the second conv?
            (d) What is the receptive field after the second pooling layer?
            """)
        #expect(Self.value(found["4a"]) == 6, "\(String(describing: found["4a"]))")
        #expect(Self.value(found["4b"]) == 14, "\(String(describing: found["4b"]))")
        #expect(Self.value(found["4c"]) == 10, "\(String(describing: found["4c"]))")
        #expect(found["4d"] == nil, "\(String(describing: found["4d"]))")
    }

    /// "We fit y ~ w0 + w1 * x": the tilde of a model formula states the intercept as "=" does.
    @Test func aModelFormulaWithATilde() {
        let found = Self.answers("""
            Problem 3
            We fit y ~ w0 + w1 * x to the three data points below.

                x  |  1   2   4
                ---+------------
                y  |  3   3   7

            a) Find the ordinary least-squares coefficients (w0, w1).
            """)
        #expect(TenthRoundFamilyTests.close(found["3a"], [1, 10.0 / 7]), "\(String(describing: found["3a"]))")
    }

    /// "… have (one layer)?" of a module that has one layer says how it is built, no portion;
    /// of a module with two layers it contradicts the call, and nothing is counted.
    @Test func aParentheticalSingleLayerOfAOneLayerModule() {
        let found = Self.answers("""
            Problem 3
            (a) How many parameters does nn.GRU(64, 32, bidirectional=True) have (one layer)?
            (b) How many parameters does nn.GRU(64, 32, num_layers=2) have (one layer)?
            """)
        #expect(Self.value(found["3a"]) == 18_816, "\(String(describing: found["3a"]))")
        #expect(found["3b"] == nil, "\(String(describing: found["3b"]))")
    }

    /// "… the whole three-layer GRU of part (a)": the one call of the part named, whole; a layer
    /// count that disagrees with it is no answer.
    @Test func theWholeModuleOfAnEarlierPart() {
        let found = Self.answers("""
            Problem 3
            (a) How many parameters does the first layer of nn.GRU(64, 32, num_layers=3) have?
            (b) How many parameters does the whole three-layer GRU of part (a) have?
            (c) How many parameters does the whole two-layer GRU of part (a) have?
            """)
        #expect(Self.value(found["3a"]) == 9408, "\(String(describing: found["3a"]))")
        #expect(Self.value(found["3b"]) == 22_080, "\(String(describing: found["3b"]))")
        #expect(found["3c"] == nil, "\(String(describing: found["3c"]))")
    }

    /// A table of values whose rows say what a name is ("bias b −1", "target y 1"): the name and
    /// its value.
    @Test func aValueTableRowNamedAfterAWord() {
        let found = Self.answers("""
            Problem 5
            A unit computes p = w x + b with the loss L = (p − y)^2, where

            Parameter Value
            w 2
            bias b −1
            input x 3
            target y 1

            (a) Compute the loss L.
            (b) Compute ∂L/∂w.
            """)
        #expect(Self.value(found["5a"]) == 16, "\(String(describing: found["5a"]))")
        #expect(Self.value(found["5b"]) == 24, "\(String(describing: found["5b"]))")
    }

    /// "the sampled mask (0 = dropped) came out as (0, 1, 1)": a note on the mask's code, then
    /// its values; "trained with the original, non-inverted dropout and keep probability 0.5":
    /// the original variant is the problem's own, no background.
    @Test func aMaskAfterANoteAndTheOriginalVariantsRate() {
        let found = Self.answers("""
            Problem 3
            (a) A layer's activations are h = [2.0, 1.0, 3.0]. We apply inverted dropout with drop rate 0.5, and the sampled mask (0 = dropped) came out as (0, 1, 1). What does the dropout layer output during training?
            (b) A network was trained with the original, non-inverted dropout and keep probability 0.5. At test time, what value should a unit whose activation is 3 pass on?
            """)
        #expect(TenthRoundFamilyTests.close(found["3a"], [0, 2, 6]), "\(String(describing: found["3a"]))")
        #expect(Self.value(found["3b"]) == 1.5, "\(String(describing: found["3b"]))")
    }

    /// "Compute eta_t at t = 10." asks the schedule by its own symbol, a full stop ending it as a
    /// question mark does.
    @Test func aScheduleAskedByItsSymbolInAStatement() {
        let found = Self.answers("""
            Problem 2
            (a) Inverse-time decay: eta_t = eta_0 / (1 + k * t) with eta_0 = 0.5 and k = 0.1. Compute eta_t at t = 10.
            """)
        #expect(Self.value(found["2a"]).map { abs($0 - 0.25) < 1e-9 } == true, "\(String(describing: found["2a"]))")
    }

    /// "With a causal mask, give the 2x2 weight matrix." asks the attention weights; a
    /// projection's weight matrix is not them.
    @Test func theAttentionsWeightMatrixUnderACausalMask() {
        let found = Self.answers("""
            Problem 4
            Two tokens have queries, keys and values Q = [[1, 0], [0, 1]], K = [[1, 0], [0, 1]] and V = [[1, 2], [3, 4]], with scores Q K^T / sqrt(d_k) and d_k = 2.
            (a) Now add a causal mask, so token i may only attend to tokens j <= i. Give the new 2x2 weight matrix.
            (b) Give the 2x2 weight matrix W_Q of the query projection.
            """)
        let second = 1 / (1 + exp(-0.5.squareRoot()))
        #expect(TenthRoundFamilyTests.close(found["4a"], [[1, 0], [1 - second, second]]), "\(String(describing: found["4a"]))")
        #expect(found["4b"] == nil, "\(String(describing: found["4b"]))")
    }

    /// Misfires the review of session 40 found in this round's rules, each now refused (or, for
    /// "your Z from part (a)", answered with (a)'s result): a batch row beside a quantity computed
    /// from x; a part going on with "…" that changes the setting; least squares on changed data;
    /// a sentence defining two blocks; a mask whose 1 marks a dropped unit; the example of a named
    /// part; logits divided by a temperature; padding given as a total; two designs listed apart;
    /// a folded batch norm; a module's size in bytes; weights before the softmax.
    @Test func reviewedMisfiresOfThisRoundsRules() {
        let p1Found = Self.answers("""
            Problem 1
            A linear unit computes z = -2x + 1 for each example, and a batch-norm layer (γ = 1, β = 0, ε = 0, biased variance) normalizes z over the batch:

            example 1 2 3
            x 2 5 11

            (a) Compute the batch-norm outputs for the three examples in training mode.
            """)
        #expect(p1Found["1a"] == nil, "p1 1a: \(String(describing: p1Found["1a"]))")
        let p2Found = Self.answers("""
            Problem 2
            A batch-norm layer (γ = 1, β = 0, ε = 0, biased variance) sees one feature over three examples:

            example 1 2 3
            x 2 5 11

            (a) Compute the normalized outputs x̂_1, x̂_2, x̂_3 in training mode.
            (b) The upstream gradient is ∂L/∂y = (1, −1, 0). Compute ∂L/∂γ.
            (c) … now suppose instead the upstream gradient is all ones. Compute ∂L/∂γ.
            (d) … and with γ = 2, compute ∂L/∂x.
            """)
        #expect(p2Found["2c"] == nil, "p2 2c: \(String(describing: p2Found["2c"]))")
        #expect(p2Found["2d"] == nil, "p2 2d: \(String(describing: p2Found["2d"]))")
        let p3Found = Self.answers("""
            Problem 3
            Three training examples:

               x1   x2  |  y
                1    0  |  2
                0    1  |  1
                1    1  |  4

            a) Starting from w = (0, 0), take one gradient-descent step on the mean squared error (1/3) Σ (w1*x1 + w2*x2 − y)^2 with learning rate 0.1. Report w = (w1, w2).
            b) Fit y ~ b + w1*x1 + w2*x2 by ordinary least squares. Report w = (w1, w2).
            c) Fit y ~ b + w1*x1 + w2*x2 by ordinary least squares. Report (w1, w2, b).
            """)
        #expect(p3Found["3b"] == nil, "p3 3b: \(String(describing: p3Found["3b"]))")
        #expect(p3Found["3c"] == nil, "p3 3c: \(String(describing: p3Found["3c"]))")
        let p4Found = Self.answers("""
            Problem 4
            The autoencoder's encoder is nn.Linear(784, 256) -> nn.ReLU() -> nn.Linear(256, 32) and its decoder is nn.Linear(32, 256) -> nn.ReLU() -> nn.Linear(256, 784).
            (a) How many parameters does the encoder have?
            (b) How many parameters does the decoder have?
            """)
        #expect(p4Found["4a"] == nil, "p4 4a: \(String(describing: p4Found["4a"]))")
        #expect(p4Found["4b"] == nil, "p4 4b: \(String(describing: p4Found["4b"]))")
        let d1Found = Self.answers("""
            Problem 6
            (a) A layer's activations are h = [2.0, 1.0, 3.0]. We apply inverted dropout with drop rate 0.5, and the sampled mask (1 = dropped) came out as (0, 1, 1). What does the dropout layer output during training?
            (b) A layer's activations are h = [2.0, 1.0, 3.0]. We apply inverted dropout with drop rate 0.5, and the random mask (1 = drop) turns out to be (0, 1, 1). What does the dropout layer output during training?
            (c) Unlike the original (non-inverted) formulation, inverted dropout rescales during training. With h = (2, 8, 4), drop probability p = 0.5 and the sampled keep-mask m = (0, 1, 1), what does the layer output during training?
            (d) In the original AlexNet the drop rate was 0.5; here we use inverted dropout with drop rate p = 0.2. For h = (5, 5, 5) and sampled keep-mask m = (1, 1, 0), what does the layer output during training?
            """)
        #expect(d1Found["6a"] == nil, "d1 6a: \(String(describing: d1Found["6a"]))")
        let c4Found = Self.answers("""
            Problem 2
            (a) A classifier produces logits (1, 2, 3) for a first example. Compute the softmax probabilities.
            (b) For a second example the logits are (3, 1, 0). Compute the softmax probabilities.
            (c) The correct class for the example in (b) is the second one. What is its cross-entropy loss?
            (d) The correct class for the example in (a) is the first one. What is its cross-entropy loss?
            """)
        #expect(c4Found["2d"] == nil, "c4 2d: \(String(describing: c4Found["2d"]))")
        let c1Found = Self.answers("""
            Problem 2
            (a) A classifier produces logits (0.5, 2, 1) for three classes. Compute the softmax probabilities.
            (b) The true label for the input of (a) is the third one. What is the cross-entropy loss?
            (c) For the same logits and label, compute the cross-entropy loss when the logits are first divided by a temperature T = 2.
            (d) For the same logits and label, compute the cross-entropy loss with label smoothing ε = 0.1.
            (e) For the same logits, but with the true class now the first one, compute the cross-entropy loss.
            (f) For the same logits and label, compute the multiclass hinge loss with margin Δ = 2, summed over the incorrect classes.
            """)
        #expect(c1Found["2c"] == nil, "c1 2c: \(String(describing: c1Found["2c"]))")
        #expect(c1Found["2d"] == nil, "c1 2d: \(String(describing: c1Found["2d"]))")
        let pd1Found = Self.answers("""
            Problem 1
            A batch of 8 grayscale images, each 28 × 28 pixels, is the input to every layer below. Give each output shape as (N, C, H, W).
            (a) nn.Conv2d(1, 16, kernel_size=5, padding='same').
            (b) Repeat (a) with a stride of 2 (PyTorch refuses padding='same' with a stride above 1, so use padding=1 instead).
            (c) Repeat (a) with a stride of 2, keeping 4 pixels of zero padding in total, split evenly between the two sides.
            (d) Repeat (a) with a stride of 2, keeping 2 pixels of zero padding on every side and dilation 2.
            (e) Repeat (a) with a stride of 2, keeping 2 pixels of zero padding on every side (the layer cannot use 'same' here, so the output is smaller than 14 × 14).
            (f) Repeat (a) with 3 pixels of zero padding on every side, but with stride 2 only along the width.
            """)
        #expect(pd1Found["1b"] == nil, "pd1 1b: \(String(describing: pd1Found["1b"]))")
        let f6Found = Self.answers("""
            Problem 7
            Two designs are compared. Design A is conv 7 × 7 (stride 1). Design B is conv 3 × 3 (stride 1), conv 3 × 3 (stride 1), conv 3 × 3 (stride 1).
            (a) What is the receptive field of one output unit of design B?
            (b) What is the receptive field of one output unit of design A?
            """)
        #expect(f6Found["7a"] == nil, "f6 7a: \(String(describing: f6Found["7a"]))")
        let s1Found = Self.answers("""
            Problem 1
            A convolutional layer maps 16 input channels to 32 output channels with a 5 × 5 kernel.
            (a) How many learnable parameters does the layer have?
            (c) Consider nn.Linear(100, 50) followed by nn.BatchNorm1d(50).
            (i) How many learnable parameters does the batch-norm layer have, including its running statistics?
            (ii) How many learnable parameters do the two layers have together, if the linear layer's bias is dropped because batch norm makes it redundant?
            (iii) How many parameters do the two layers have together once the batch-norm layer is folded into the linear layer at inference?
            (iv) How many values does the batch-norm layer store in its state_dict?
            (v) How many learnable parameters does the linear layer have?
            (vi) How many learnable parameters do the two layers have together, not counting biases?
            """)
        #expect(s1Found["1c.iii"] == nil, "s1 1c.iii: \(String(describing: s1Found["1c.iii"]))")
        let w1Found = Self.answers("""
            Problem 3
            (a) How many parameters does the first layer of nn.GRU(64, 32, num_layers=3) have?
            (b) How many parameters does the whole GRU of part (a) have when made bidirectional?
            (c) How many parameters does the GRU of part (a) have with twice the hidden size?
            (d) How many parameters does the whole GRU of part (a) have, counting weights but not biases?
            (e) How many parameters does the whole three-layer GRU of part (a) have in half precision, in bytes?
            (f) How many parameters does the GRU of part (a) have as a two-layer network?
            (g) How many parameters does the GRU of part (a) have as an LSTM?
            """)
        #expect(w1Found["3e"] == nil, "w1 3e: \(String(describing: w1Found["3e"]))")
        let q2Found = Self.answers("""
            Problem 5
            Let Z = [1 2 0 3; 4 1 1 0; 0 2 5 1; 1 1 0 2].
            (a) Apply 2 × 2 max pooling with stride 2 to Z.
            (b) Apply 2 × 2 average pooling with stride 2 to your Z from part (a).
            """)
        #expect(TenthRoundFamilyTests.close(q2Found["5b"], [[3.5]]), "q2 5b: \(String(describing: q2Found["5b"]))")
        let at1Found = Self.answers("""
            Problem 4
            Two tokens have queries, keys and values Q = [[1, 0], [0, 1]], K = [[1, 0], [0, 1]] and V = [[1, 2], [3, 4]], with scores Q K^T / sqrt(d_k) and d_k = 2.
            (a) Now add a causal mask, so token i may only attend to tokens j <= i. Give the new 2x2 weight matrix.
            (b) With the causal mask, what is the 2x2 key weight matrix that maps token embeddings to keys?
            (c) With the causal mask, give the 2x2 output weight matrix W^O if it is the identity.
            (d) With the causal mask, what shape does the value weight matrix W^V have?
            (e) With the causal mask, give the 2x2 matrix of unnormalized attention scores; then give the weight matrix.
            (f) With the causal mask, give the 2x2 weight matrix before the softmax is applied.
            """)
        #expect(at1Found["4f"] == nil, "at1 4f: \(String(describing: at1Found["4f"]))")
    }
}
