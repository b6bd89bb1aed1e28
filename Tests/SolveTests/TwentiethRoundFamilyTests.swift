import Foundation
import Problems
@testable import Solve
import Source
import Testing

/// Families found in the held-out run of `solve/final24`, each tested on statements written
/// for these tests.
@Suite("Solve families, twentieth round")
struct TwentiethRoundFamilyTests {
    static func answers(_ text: String) -> [String: Answer] { TenthRoundFamilyTests.answers(text) }

    /// "cross-correlation (no kernel flip)": a negation a word or two before "flip" still says
    /// the kernel is not flipped.
    @Test func aFlipNegatedWithWordsBetweenIsCrossCorrelation() {
        for convention in ["a convolution here is cross-correlation (no kernel flip)", "layers convolve without the filter flipped",
                           "the kernel is applied with no kernel flipping"] {
            let answers = Self.answers("""
                Problem 2
                Throughout, \(convention). Let x = [1, 2, 3, 4] and w = [1, 0, 2].
                (a) Compute the output of the layer with kernel w applied to x (valid positions, stride 1).
                """)
            // Cross-correlation: 1+6 = 7, 2+8 = 10 (the flipped kernel would give 5, 8).
            #expect(answers["2a"] == .vector([7, 10]), "\(convention): \(String(describing: answers["2a"]))")
        }
    }

    /// A filter asked for from a given input and output is not a forward convolution (with the
    /// problem's own kernel, or any other).
    @Test func aKernelAskedFromAnOutputIsNotComputed() {
        let answers = Self.answers("""
            Problem 3
            Unless a part says otherwise, stride is 1 and there is no padding. A sensor trace is x = (3, 1, 2, 0) and a smoothing kernel is w = (1, 0, -1).
            (a) Cross-correlate x with w.
            (b) A two-tap filter without bias maps the input s = (2, 0, 1, 3) to the output (2, 1, 4) under valid cross-correlation. Find the two taps.
            (c) A three-tap filter maps the input s = (2, 0, 1, 3) to the output (5, 2). What are its weights?
            """)
        #expect(answers["3a"] == .vector([1, 1]), "\(String(describing: answers["3a"]))")
        #expect(answers["3b"] == nil, "\(String(describing: answers["3b"]))")
        #expect(answers["3c"] == nil, "\(String(describing: answers["3c"]))")
    }

    /// Dropout applied to a vector the part names, computed in another part, is not applied to
    /// the problem's other vector.
    @Test func dropoutOnANamedVectorOfAnotherPartIsNotAppliedToTheStemsVector() {
        let answers = Self.answers("""
            Problem 5
            A layer has pre-activations z = (2.0, -1.0, 4.0, 0.5).
            (a) Compute a = ReLU(z).
            (b) Inverted dropout with drop probability 0.5 is applied to a from (a) during training, with sampled mask m = (1, 1, 0, 1). What does the layer output?
            (c) Inverted dropout with drop probability 0.5 is applied to z during training, with sampled mask m = (1, 1, 0, 1). What does the layer output?
            """)
        #expect(answers["5b"] == nil, "\(String(describing: answers["5b"]))")
        #expect(answers["5c"] == .vector([4, -2, 0, 1]), "\(String(describing: answers["5c"]))")
    }

    /// `self.enc = nn.Conv1d(…)` in a module's `__init__` is the part's `enc`.
    @Test func aSelfAttributeIsNamedByItsOwnName() {
        let answers = Self.answers("""
            Problem 1
            The model is built as follows.
            ```
            self.enc = nn.Conv1d(16, 32, kernel_size=3)
            self.out = nn.Linear(32, 4)
            ```
            (a) How many trainable parameters does enc have?
            (b) How many trainable parameters does `self.out` have?
            """)
        #expect(answers["1a"] == .integer(16 * 32 * 3 + 32), "\(String(describing: answers["1a"]))")
        #expect(answers["1b"] == .integer(32 * 4 + 4), "\(String(describing: answers["1b"]))")
    }

    /// "Use the convention of two bias vectors per gate" describes the module; it asks for no portion.
    @Test func aBiasConventionPerGateIsNoPortion() {
        let answers = Self.answers("""
            Problem 2
            (a) How many trainable parameters does nn.GRU(10, 20) have? Count PyTorch's two bias vectors per gate.
            (b) How many parameters does each gate of nn.GRU(10, 20) have?
            """)
        #expect(answers["2a"] == .integer(3 * 20 * (10 + 20) + 2 * 3 * 20), "\(String(describing: answers["2a"]))")
        #expect(answers["2b"] == nil)
    }

    /// A plain-text handout: `eta = 0.05`, `mu = 0.8`, `f(w) = 0.5 * (…)` and `grad f(w + mu*v)`
    /// written in ASCII are read as their symbols are.
    @Test func optimizerSettingsSpelledInASCIIAreRead() {
        let answers = Self.answers("""
            Problem 2
            The loss is f(w) = 0.5 * (w1^2 + 2*w2^2). Start every part from w0 = (1, 2) with eta = 0.05.
            (a) Take two steps of heavy-ball momentum with mu = 0.8, v <- mu*v + grad f(w), w <- w - eta*v, from v = 0. Give the weights after two steps.
            (b) Take one step of Nesterov momentum with mu = 0.8, v <- mu*v - eta*grad f(w + mu*v), w <- w + v, from v = 0. Give the weights after one step.
            """)
        // (a) g0 = (1, 4): v = (1, 4), w = (0.95, 1.8); g1 = (0.95, 3.6): v = (1.75, 6.8), w = (0.8625, 1.46).
        #expect(TenthRoundFamilyTests.close(answers["2a"], [0.8625, 1.46]), "\(String(describing: answers["2a"]))")
        // (b) the look-ahead is w itself at v = 0: v = −0.05·(1, 4), w = (0.95, 1.8).
        #expect(TenthRoundFamilyTests.close(answers["2b"], [0.95, 1.8]), "\(String(describing: answers["2b"]))")
    }

    /// "Give w1" where the loss names its weights w1, w2 and the start is w0: one weight or the
    /// first iterate; not computed. ("Give the iterate w_1" says which.)
    @Test func aWeightNamedLikeAnIterateIsNotComputed() {
        let answers = Self.answers("""
            Problem 3
            Minimise L(w) = w_1^2 + 3 w_2^2 from w_0 = (1, 1) with a learning rate of 0.1.
            (a) Take one step of gradient descent. Give w_1.
            (b) Take one step of gradient descent. Give the new weight vector.
            (c) Take one step of gradient descent. Give the iterate w_1.
            """)
        #expect(answers["3a"] == nil, "\(String(describing: answers["3a"]))")
        #expect(TenthRoundFamilyTests.close(answers["3b"], [0.8, 0.4]), "\(String(describing: answers["3b"]))")
        #expect(TenthRoundFamilyTests.close(answers["3c"], [0.8, 0.4]), "\(String(describing: answers["3c"]))")
    }

    /// "… halves it every five epochs": the period in words.
    @Test func aSchedulesPeriodInWordsIsRead() {
        let answers = Self.answers("""
            Problem 4
            (a) A schedule starts at a learning rate of 0.2 and halves it every five epochs. Epochs are counted from 0. What learning rate is used during epoch 12?
            """)
        #expect(answers["4a"]?.scalar.map { abs($0 - 0.05) < 1e-9 } == true, "\(String(describing: answers["4a"]))")
    }

    /// "(a) the raw score matrix QKᵀ" then "(b) … softmax(QKᵀ/√d_k)": "raw scores" names QKᵀ, so a
    /// later part's weights and outputs are scaled as (b) defines them; a part asking for the
    /// unscaled weights itself is not.
    @Test func rawScoresNameTheMatrixNotTheWeights() {
        let answers = Self.answers("""
            Problem 5
            Two queries attend over two keys with d_k = 2: Q = [[2, 0], [0, 2]], K = [[2, 0], [0, 2]], V = [[1, 0], [0, 1]].
            (a) Compute the raw score matrix QKᵀ.
            (b) Compute the attention weights A = softmax(QKᵀ/√d_k), row by row.
            (c) Compute the attention output AV.
            (d) Compute the attention output with unscaled scores, softmax(QKᵀ)V.
            """)
        #expect(TenthRoundFamilyTests.close(answers["5a"], [[4, 0], [0, 4]]), "\(String(describing: answers["5a"]))")
        let e = exp(2 * 2.squareRoot())
        #expect(TenthRoundFamilyTests.close(answers["5c"], [[e / (e + 1), 1 / (e + 1)], [1 / (e + 1), e / (e + 1)]]), "\(String(describing: answers["5c"]))")
        let u = exp(4.0)
        #expect(answers["5d"] == nil || TenthRoundFamilyTests.close(answers["5d"], [[u / (u + 1), 1 / (u + 1)], [1 / (u + 1), u / (u + 1)]]),
                "\(String(describing: answers["5d"]))")
    }

    // MARK: Counter-examples from the review of these rules

    /// "nn.Conv1d never flips its kernel, but a true convolution does. Compute the true
    /// convolution …": the request decides; a statement naming both kinds without a request
    /// settles nothing.
    @Test func aTextNamingBothKindsDecidesByItsRequest() {
        let answers = Self.answers("""
            Problem 1
            Let x = (1, 2, 3, 4) and w = (1, 0, -1).
            (a) PyTorch's nn.Conv1d never flips its kernel, but a true convolution does. Compute the true convolution of x with w (valid mode, stride 1).
            """)
        #expect(answers["1a"] == .vector([2, 2]), "\(String(describing: answers["1a"]))")
        let undecided = Self.answers("""
            Problem 2
            Let x = (1, 2, 3, 4) and w = (1, 0, -1). Here "convolution" means the true (signal-processing) convolution, which flips the kernel; a deep-learning layer applies no kernel flip.
            (a) Convolve x with w (valid mode, stride 1).
            """)
        #expect(undecided["2a"] == nil, "\(String(describing: undecided["2a"]))")
    }

    /// A notation defining both ("s ∗ k means true convolution (flip the kernel), s ⋆ k means
    /// cross-correlation (no flipping)") is read by the part's operator, not taken as a conflict.
    @Test func aNotationDefiningBothKindsIsReadByTheOperator() {
        let answers = Self.answers("""
            Problem 3
            Notation: s ∗ k means true convolution (flip the kernel) and s ⋆ k means cross-correlation (no flipping). All operations use stride 1 and no padding.
            Let s = (1, 2, 3, 4) and k = (1, 0, 2).
            (a) Compute s ⋆ k.
            (b) Compute s ∗ k.
            """)
        #expect(answers["3a"] == .vector([7, 10]), "\(String(describing: answers["3a"]))")
        #expect(answers["3b"] == .vector([5, 8]), "\(String(describing: answers["3b"]))")
    }

    /// "applied to a hidden layer's activations": the article is no vector named a.
    @Test func theArticleIsNoVectorName() {
        let answers = Self.answers("""
            Problem 2
            A layer has pre-activations a = [2.0, -1.0, 0.5, -3.0] and ReLU activations h = [2.0, 0, 0.5, 0].
            (a) During training, inverted dropout with drop probability 0.5 is applied to a hidden layer's activations, with sampled keep-mask m = [1, 1, 0, 1]. What is the training-time output?
            """)
        #expect(answers["2a"] != .vector([4, -2, 0, -6]), "\(String(describing: answers["2a"]))")
    }

    /// `self.conv1` … `self.conv2` named "conv2": the modules up to it once each.
    @Test func anAttributesOwnNameDoesNotRepeatTheModules() {
        let answers = Self.answers("""
            Problem 3
            The constructor creates the following layers, which are applied in order to a 3 × 32 × 32 input image:
            ```
            self.conv1 = nn.Conv2d(3, 16, kernel_size=3, padding=1)
            self.pool = nn.MaxPool2d(2)
            self.conv2 = nn.Conv2d(16, 32, kernel_size=3)
            ```
            (a) What is the receptive field of a unit in the output of conv2, in input pixels?
            """)
        #expect(answers["3a"] == .integer(8) || answers["3a"] == nil, "\(String(describing: answers["3a"]))")
    }

    /// "the bias vectors per layer" asks for a portion; "Report the new w2" asks one weight; a
    /// part with a schedule of its own is not answered with its problem's; "not scaled by √d_k"
    /// is unscaled.
    @Test func portionsOwnSchedulesAndNegatedScaling() {
        let answers = Self.answers("""
            Problem 4
            Training starts at a learning rate of 0.1 and halves it every ten epochs (epochs counted from 0).
            (a) How many parameters are in the bias vectors per layer of nn.LSTM(10, 20, num_layers=2)?
            (b) A second run starts at 0.2 and multiplies the learning rate by 0.1 every one hundred epochs. What learning rate is used during epoch 150 of that run?
            """)
        #expect(answers["4a"] == nil || answers["4a"] == .integer(160), "\(String(describing: answers["4a"]))")
        #expect(answers["4b"] == nil || answers["4b"]?.scalar.map { abs($0 - 0.02) < 1e-12 } == true, "\(String(describing: answers["4b"]))")
        let optimizer = Self.answers("""
            Problem 5
            Consider f(w) = 0.5 * (w1^2 + 4*w2^2), starting from w_0 = (1, 1). Gradient descent updates w_{t+1} = w_t - eta * grad f(w_t) with eta = 0.1.
            (a) Take one step. Report the new w2.
            """)
        #expect(optimizer["5a"] == nil || optimizer["5a"]?.scalar.map { abs($0 - 0.6) < 1e-12 } == true, "\(String(describing: optimizer["5a"]))")
        let attention = Self.answers("""
            Problem 6
            Let Q = [[1, 0], [0, 1]], K = [[2, 0], [0, 2]] and V = [[1, 2], [3, 4]]. The attention weights are the row-wise softmax of the raw scores QKᵀ; they are not scaled by √d_k.
            (a) Compute the attention weights.
            """)
        let e = exp(2.0)
        #expect(attention["6a"] == nil || TenthRoundFamilyTests.close(attention["6a"], [[e / (e + 1), 1 / (e + 1)], [1 / (e + 1), e / (e + 1)]]),
                "\(String(describing: attention["6a"]))")
    }

    // MARK: Families from the held-out run of `solve/final25`

    /// "… to the input X itself (not to the output of (a))": a reference denied is no input.
    @Test func aDeniedReferenceToAnEarlierOutputIsNoInput() {
        let answers = Self.answers("""
            Problem 2
            Let X = [[4, 1, 0, 2], [3, 0, 1, 1], [0, 2, 5, 1], [1, 1, 0, 3]] and K = [[1, 0], [0, -1]].
            (a) Cross-correlate X with K, stride 1, no padding.
            (b) Apply 2 × 2 max pooling with stride 2 to the input X itself (not to the output of (a)).
            """)
        #expect(answers["2b"] == nil || answers["2b"] == .matrix([[4, 2], [2, 5]]), "\(String(describing: answers["2b"]))")
    }

    /// "How many parameters does the network in the table have in total (conv1 through fc)?"
    /// read with one module is not that module's count.
    @Test func theWholeNetworkAskedIsNotOneModulesCount() {
        let answers = Self.answers("""
            Problem 3
            The network starts with conv1 = nn.Conv2d(3, 8, kernel_size=3); its other layers are listed in the lecture notes.
            (a) How many learnable parameters does the network have in total (conv1 through fc)?
            """)
        #expect(answers["3a"] == nil, "\(String(describing: answers["3a"]))")
        // ("… counting the weights through to the biases" is no range of layers.)
        let one = Self.answers("""
            Problem 4
            (a) How many parameters does nn.Conv2d(3, 8, kernel_size=3) have, counting the weights through to the biases?
            """)
        #expect(one["4a"] == .integer(224), "\(String(describing: one["4a"]))")
    }

    /// "Let g(a, b) = a * tanh(b). Give (dg/da, dg/db) at a = 2, b = 0.": the activation is one
    /// factor of a graph, not the quantity asked.
    @Test func anActivationInsideAFunctionOfSeveralVariablesIsTheGraphs() {
        let answers = Self.answers("""
            Problem 4
            (a) Let g(a, b) = a * tanh(b). At a = 2, b = 0, give the gradient (dg/da, dg/db).
            """)
        #expect(answers["4a"] == nil || TenthRoundFamilyTests.close(answers["4a"], [0, 2]), "\(String(describing: answers["4a"]))")
    }
}
