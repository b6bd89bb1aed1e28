import Foundation
import Problems
@testable import Solve
import Source
import Testing

/// Families found in the held-out run of `solve/final40` and the misses of `solve/final39`
/// (session 39), each tested on statements written for these tests.
@Suite("Solve families, twenty-seventh round")
struct TwentySeventhRoundFamilyTests {
    static func answers(_ text: String) -> [String: Answer] { TenthRoundFamilyTests.answers(text) }
    static func close(_ a: Answer?, _ b: [Double]) -> Bool { TenthRoundFamilyTests.close(a, b) }
    static func value(_ a: Answer?) -> Double? { TenthRoundFamilyTests.value(a) }

    /// "L(w_1, w_2) = 2w_1^2 + w_2^2 + w_1 w_2": a quadratic with a product of weights, named
    /// by its arguments; its gradient at the start, and a step on it. One that is not convex is
    /// no loss read.
    @Test func aQuadraticWithACrossTermAndItsGradientAtTheStart() {
        let found = Self.answers("""
            Problem 2
            We minimise L(w_1, w_2) = 2w_1^2 + w_2^2 + w_1 w_2, starting from w^(0) = (1, -1) with learning rate η = 0.1.
            (a) Compute the gradient ∇L at w^(0).
            (b) Take one step of gradient descent. What is w^(1)?
            """)
        #expect(Self.close(found["2a"], [3, -1]), "\(String(describing: found["2a"]))")
        #expect(Self.close(found["2b"], [0.7, -0.9]), "\(String(describing: found["2b"]))")
        let saddle = Self.answers("""
            Problem 2
            We minimise L(w_1, w_2) = w_1^2 - 3 w_1 w_2 + w_2^2, starting from w^(0) = (1, -1) with learning rate η = 0.1.
            (a) Compute the gradient ∇L at w^(0).
            (b) Take one step of gradient descent. What is w^(1)?
            """)
        #expect(saddle["2a"] == nil, "\(String(describing: saddle["2a"]))")
        #expect(saddle["2b"] == nil, "\(String(describing: saddle["2b"]))")
    }

    /// "AdamW (same betas and ε)": the settings of the earlier part that runs Adam, not Adam's
    /// defaults.
    @Test func theSameBetasAreAnEarlierAdamPartsSettings() {
        let found = Self.answers("""
            Problem 1
            Let f(w) = w_1^2 + 2 w_2^2, with w^(0) = (1, 1) and learning rate η = 0.1.
            (a) Run Adam with β_1 = 0.5, β_2 = 0.75, ε = 0 and bias correction. Give w^(1).
            (b) Now AdamW (same betas and ε) with decoupled weight decay 0.1. Give w^(2) after two steps.
            """)
        #expect(Self.close(found["1b"], [0.78238428, 0.78238428]), "\(String(describing: found["1b"]))")
    }

    /// Three modules bound to names, one of them a word of the prose.
    static let chainModules = """
        ```
        enc = nn.Embedding(1000, 64)
        rnn = nn.GRU(64, 32)
        head = nn.Linear(32, 5)
        ```
        """

    /// "The model is `enc → rnn → head`": every name of a chain of arrows is a module counted,
    /// even one that is also a word.
    @Test func aChainOfArrowsNamesTheModulesCounted() {
        let found = Self.answers("""
            Problem 3
            \(Self.chainModules)
            (a) How many parameters does `enc` have?
            (b) The classifier is `enc → rnn → head`. How many trainable parameters does it have in total?
            """)
        #expect(found["3b"] == .integer(64_000 + 3 * (64 * 32 + 32 * 32 + 2 * 32) + 165), "\(String(describing: found["3b"]))")
    }

    /// A part whose own matrices a paste scattered ("of the input / 1 2 / 0 1 / with the kernel")
    /// is not about the arrays an earlier part wrote; nor is a "2 × 2 transposed convolution"
    /// over 1D vectors.
    @Test func aPartsOwnScatteredNumbersAreNotAnEarlierPartsArrays() {
        let found = Self.answers("""
            Problem 4
            (a) The signal x = (2, 0, 1) goes through a transposed convolution with stride 2 and kernel w = (1, -1). Write the output.
            (b) Compute the transposed convolution (stride 1, no padding) of the input
            1 2
            0 1
            with the kernel
            .
            2 0
            1 1
            """)
        #expect(Self.close(found["4a"], [2, -2, 0, 0, 1, -1]), "\(String(describing: found["4a"]))")
        #expect(found["4b"] == nil, "\(String(describing: found["4b"]))")
        let named = Self.answers("""
            Problem 4
            (a) The signal x = (2, 0, 1) goes through a transposed convolution with stride 2 and kernel w = (1, -1). Write the output.
            (b) Now compute the 3 × 3 transposed convolution of the input with the kernel, stride 1.
            """)
        #expect(named["4b"] == nil, "\(String(describing: named["4b"]))")
    }

    /// pdftotext writes control characters for glyphs it cannot map (stretched brackets, but in
    /// other fonts the same codes are −, ×, ≤): they are left as they are, never read as spaces.
    @Test func controlCharactersAreLeftAlone() {
        var counts: [String: Int] = [:]
        #expect(TextRepairs.apply("lr(t) = 0.1 \u{04} (1 + t)", counts: &counts) == "lr(t) = 0.1 \u{04} (1 + t)")
    }

    /// "The fewest stacked 5 × 5, stride-1 convolutions whose outputs see at least 20 × 20":
    /// ⌈(R − 1)/(k − 1)⌉ layers; never for layers added to a stack, or with a stride above 1.
    @Test func theFewestLayersForAReceptiveField() {
        let found = Self.answers("""
            Problem 5
            (a) What is the fewest number of stacked 5 × 5, stride-1 convolutions whose output units have a receptive field of at least 20 × 20?
            (b) What is the minimum number of 3 × 3 convolutions with stride 1 needed for a receptive field of at least 11?
            (c) How many additional 3 × 3 convolutions with stride 1 must be appended so that the receptive field is at least 40?
            (d) What is the minimum number of 3 × 3 convolutions with stride 2 needed for a receptive field of at least 11?
            """)
        #expect(found["5a"] == .integer(5), "\(String(describing: found["5a"]))")
        #expect(found["5b"] == .integer(5), "\(String(describing: found["5b"]))")
        #expect(found["5c"] == nil, "\(String(describing: found["5c"]))")
        #expect(found["5d"] == nil, "\(String(describing: found["5d"]))")
    }

    /// Schedules written as formulas: "epochs numbered t = 0, 1, …, 49" gives t no value;
    /// `lr(t) = …` is the rate at step t, asked as `lr(250)`; "2e-3" and "pi" are numbers.
    @Test func writtenSchedulesAtTheStepAsked() {
        let decay = Self.answers("""
            Problem 6
            Training runs for 50 epochs, numbered t = 0, 1, …, 49. The step size decays as
            η_t = η_0 / (1 + k t) with η_0 = 0.5 and k = 0.1.
            (a) What is η_10?
            """)
        #expect(Self.value(decay["6a"]).map { abs($0 - 0.25) < 1e-12 } == true, "\(String(describing: decay["6a"]))")
        let plain = Self.answers("""
            Problem 6
            a) A linear decay: lr(t) = 2e-3 * (1 - t / T) with T = 1000. Compute lr(250).
            b) A cosine: lr(t) = 0.05 * (1 + cos(pi * t / T)) with T = 60 epochs. Compute lr(20).
            """)
        #expect(Self.value(plain["6a"]).map { abs($0 - 1.5e-3) < 1e-12 } == true, "\(String(describing: plain["6a"]))")
        #expect(Self.value(plain["6b"]).map { abs($0 - 0.075) < 1e-12 } == true, "\(String(describing: plain["6b"]))")
    }

    /// "StepLR with initial rate 0.2": the rate named without "learning".
    @Test func aStepScheduleFromItsInitialRate() {
        let found = Self.answers("""
            Problem 7
            Epochs are counted from 0.
            (a) StepLR with initial rate 0.2, step_size=5 and gamma=0.1: what learning rate is used during epoch 12?
            """)
        #expect(Self.value(found["7a"]).map { abs($0 - 0.002) < 1e-12 } == true, "\(String(describing: found["7a"]))")
    }

    /// "(a) … (biased variance).\nFor the remaining parts, a hidden layer produces a = … and the
    /// mask is m = …": a line that opens on the later parts sets them up, blank line or not; (a)
    /// asks its own question (layer norm, with γ and β by PyTorch's names, weight and bias).
    @Test func aLineForTheRemainingPartsAndANormsWeightAndBias() {
        let found = Self.answers("""
            Problem 3
            (a) Apply layer normalization to one example h = (1, 3, 5, 7) with weight 2, bias 1 and ε = 0 (biased variance).
            For the remaining parts, the activations are a = (4.0, -2.0, 1.0, 0.0) and dropout is applied with drop probability p = 0.5. The sampled mask is m = (1, 1, 0, 1), where 1 means kept.
            (b) With inverted dropout, what is the training-time output?
            """)
        // h: mean 4, variance 5; x̂ = (−3, −1, 1, 3)/√5; y = 2x̂ + 1.
        let r = 5.0.squareRoot()
        #expect(Self.close(found["3a"], [1 - 6 / r, 1 - 2 / r, 1 + 2 / r, 1 + 6 / r]), "\(String(describing: found["3a"]))")
        #expect(Self.close(found["3b"], [8, -4, 0, 0]), "\(String(describing: found["3b"]))")
        // (No "weight decay" is a weight.)
        #expect(NormalizationReader.affine(named: "weight", in: StatementText("SGD with weight decay 0.01")) == nil)
    }

    /// A Markdown table of x and y with a column of record ids beside them; an ASCII table
    /// "x1 x2 | y" without an intercept, ridge from its objective in ASCII, and a prediction at
    /// named inputs. One x for a model of two inputs is refused.
    @Test func leastSquaresFromTablesAndAPredictionAtNamedInputs() {
        let markdown = Self.answers("""
            Problem 3
            We fit y = w_0 + w_1 x, with a leading column of ones in X, to:

            | x | y | batch |
            |--:|--:|--:|
            | 1 | 2 | 5512 |
            | 2 | 3 | 5513 |
            | 4 | 7 | 5519 |

            (a) Find the ordinary least-squares solution (w_0, w_1).
            """)
        // x̄ = 7/3, ȳ = 4; Sxy = 8, Sxx = 14/3: w_1 = 12/7, w_0 = 4 − 4 = 0.
        #expect(Self.close(markdown["3a"], [0, 12.0 / 7]), "\(String(describing: markdown["3a"]))")
        let ascii = Self.answers("""
            Exercise 5.2
            We fit y ~ w1*x1 + w2*x2 WITHOUT an intercept to the three points

                    x1    x2  |   y
                   ----  ---- | ----
                     1     1  |   3
                     2     0  |   4
                     0     1  |   1

              a) Compute the ridge solution that minimizes ||Xw - y||^2 + lambda ||w||^2 with lambda = 2.
              b) Using the ridge model from (a), predict y for a new point with x1 = 3, x2 = 1.
              c) Using the ridge model from (a), predict y at x = 2.
            """)
        // XᵀX + 2I = [[7, 1], [1, 4]], Xᵀy = (11, 4): w = (40, 17)/27.
        #expect(Self.close(ascii["5.2a"], [40.0 / 27, 17.0 / 27]), "\(String(describing: ascii["5.2a"]))")
        #expect(Self.value(ascii["5.2b"]).map { abs($0 - 137.0 / 27) < 1e-9 } == true, "\(String(describing: ascii["5.2b"]))")
        #expect(ascii["5.2c"] == nil, "\(String(describing: ascii["5.2c"]))")
    }

    /// A plain-text handout's momentum "v <- beta * v + grad f(w)" with "beta = 0.9", its
    /// Nesterov look-ahead "grad f(w - eta * beta * v)", and "weight decay lambda = 0.01".
    @Test func optimizersWrittenInASCII() {
        let found = Self.answers("""
            Exercise 2.1
            Minimize f(w) = w1^2 + 4 w2^2 from w0 = (2, 1) with learning rate eta = 0.05.
              a) Heavy-ball momentum with beta = 0.5, as PyTorch writes it: v <- beta * v + grad f(w), w <- w - eta * v, v starts at 0. Give w after two steps.
              b) Same as (a), but with Nesterov momentum in the look-ahead form v <- beta * v + grad f(w - eta * beta * v), w <- w - eta * v. Give w after two steps.
              c) Plain gradient descent with weight decay lambda = 0.1 added to the gradient. Give w after one step.
            """)
        func run(_ lookahead: Bool) -> [Double] {
            var w = [2.0, 1.0], v = [0.0, 0.0]
            for _ in 0..<2 {
                let at = lookahead ? [w[0] - 0.05 * 0.5 * v[0], w[1] - 0.05 * 0.5 * v[1]] : w
                v = [0.5 * v[0] + 2 * at[0], 0.5 * v[1] + 8 * at[1]]
                w = [w[0] - 0.05 * v[0], w[1] - 0.05 * v[1]]
            }
            return w
        }
        #expect(Self.close(found["2.1a"], run(false)), "\(String(describing: found["2.1a"]))")
        #expect(Self.close(found["2.1b"], run(true)), "\(String(describing: found["2.1b"]))")
        let decayed: [Double] = [2 - 0.05 * 4.2, 1 - 0.05 * 8.1]
        #expect(Self.close(found["2.1c"], decayed), "\(String(describing: found["2.1c"]))")
    }

    /// The review's counter-examples to this round's rules, each answered right or refused.
    @Test func reviewedMisfiresOfThisRoundsRules() {
        // A linear unit's weight and bias are no normalization's γ and β.
        let norm = Self.answers("""
            Problem 1
            (a) A scalar linear unit with weight 2 and bias 1 produces h = (1, 3, 5, 7) for one example. Apply layer normalization with ε = 0 (biased variance) to h.
            """)
        #expect(norm["1a"].map { !Self.close($0, [-1.683281573, 0.105572809, 1.894427191, 3.683281573]) } ?? true, "\(String(describing: norm["1a"]))")
        // A chain whose members are named again, frozen, replaced or set beside a second chain is not summed.
        let chains = Self.answers("""
            Problem 3
            \(Self.chainModules)
            (a) The classifier is enc -> rnn -> head, where enc is pretrained. How many parameters does it have in total?
            (b) The classifier is `enc → rnn → head`, with the embedding frozen. How many trainable parameters does it have?
            (c) The full model would be enc → rnn → head; the baseline is enc → head with mean pooling. How many parameters does the baseline have?
            """)
        #expect(chains["3a"] == nil && chains["3b"] == nil && chains["3c"] == nil, "\(chains)")
        // The gradient of another function, its norm, or at another point is not ∇f at w^(0).
        let gradients = Self.answers("""
            Problem 1
            Let f(w_1, w_2) = w_1^2 + 3w_2^2 + 2w_1 w_2 and g(w_1, w_2) = w_1^2 + w_2^2, with w^(0) = (1, 2).
            (a) Compute the gradient ∇g at w^(0).
            (b) Compute the gradient norm at w^(0).
            (c) Compute the gradient at w^(0) + (0.1, 0).
            (d) Compute the gradient ∇f at w^(0).
            """)
        #expect(gradients["1a"] == nil && gradients["1b"] == nil && gradients["1c"] == nil, "\(gradients)")
        #expect(Self.close(gradients["1d"], [6, 14]), "\(String(describing: gradients["1d"]))")
        // "Same betas, default ε" takes the betas only; "same betas but ε = 0.1" the betas too.
        let adam = Self.answers("""
            Problem 1
            Let f(w) = w_1^2 + 2 w_2^2, with w^(0) = (1, 1) and learning rate η = 0.1.
            (a) Run Adam with β_1 = 0.5, β_2 = 0.75, ε = 0.01 and bias correction. Give w^(1).
            (b) Now AdamW (same betas, default ε) with decoupled weight decay 0.1. Give w^(2) after two steps.
            """)
        #expect(Self.close(adam["1b"], [0.7823842856755704, 0.7823842851686829]), "\(String(describing: adam["1b"]))")
        // Dilated layers, blocks and layers added to a stack are no plain count of layers.
        let fields = Self.answers("""
            Problem 5
            (a) What is the smallest number of stacked 3 × 3, stride-1 convolutions with dilation 2 whose output units have a receptive field of at least 15 × 15?
            (b) Each block is two 3 × 3 stride-1 convolutions. What is the minimum number of blocks for a receptive field of at least 15?
            (c) A stack already has two 3 × 3 stride-1 convolutions. What is the minimum number of layers we must still add for a receptive field of at least 15?
            """)
        #expect(fields["5a"] == nil && fields["5b"] == nil && fields["5c"] == nil, "\(fields)")
        // Arithmetic on a schedule's values, or one piece of a schedule, is not its value.
        let schedules = Self.answers("""
            Problem 6
            a) lr(t) = 2e-3 * (1 - t / T) with T = 1000. Compute lr(250) - lr(500).
            b) lr(t) = 1e-3 * t / W with W = 500 during warmup, then constant. Compute lr(1000).
            c) StepLR with step_size=5 and gamma=0.1; the initial rate of 0.2 is halved by hand before training starts. What learning rate is used during epoch 12? Epochs count from 0.
            """)
        #expect(schedules["6a"] == nil && schedules["6b"] == nil && schedules["6c"] == nil, "\(schedules)")
        // A wrapped "for the remaining parts" line stays with the part it ends.
        let wrapped = Self.answers("""
            Problem 4
            Minimize f(w) = w_1^2 + w_2^2 from w^(0) = (1, 2), with learning rate η = 0.1 unless a part says otherwise.
            (a) What is w^(1) after one step of gradient descent? For this part and
            for the remaining parts, use the learning rate η = 0.25 instead.
            """)
        #expect(wrapped["4a"].map { !Self.close($0, [0.8, 1.6]) } ?? true, "\(String(describing: wrapped["4a"]))")
    }

    /// "In (b), explain why … What does this suggest about …?": an explanation after a reference
    /// to a part, and a question for words, are no computation of that part's arrays.
    @Test func anExplanationAfterAReferenceIsNoValue() {
        #expect(Recognizer.explanation(StatementText("In (b), explain why the filter could not be recovered from an all-zero input. What does this suggest about test signals?")) == "explain")
        #expect(Recognizer.explanation(StatementText("What does this suggest about the learning rate?")) == "suggest")
        #expect(Recognizer.explanation(StatementText("In (b), what is the output length?")) == nil)
        let found = Self.answers("""
            Problem 2
            (a) A 1D layer with one length-2 kernel maps u = (1, 2, 3) to v = (5, 8). Recover the kernel.
            (b) In (a), explain why the kernel could not be recovered if u were all zeros. What does this suggest about choosing inputs?
            """)
        #expect(found["2b"] == nil, "\(String(describing: found["2b"]))")
    }

    /// The mends' own edges: a schedule piece whose range is stated holds at a step inside it, and
    /// a pasted "vt+1 = βvt + ∇L(wt)" still names β as the momentum.
    @Test func theMendsKeepWhatWasRead() {
        let found = Self.answers("""
            Problem 2
            (a) A run warms up linearly, η_t = 0.2 · t / 400 for t ≤ 400, and then decays. What is the learning rate at step 100?
            (b) Minimize L(w) = w_1^2 + w_2^2 from w0 = (1, 2) with learning rate η = 0.1. Use heavy-ball momentum in the form vt+1 = βvt + ∇L(wt ), wt+1 = wt − η vt+1 with β = 0.5 and v0 = 0. What is w2 after two steps?
            """)
        #expect(Self.value(found["2a"]).map { abs($0 - 0.05) < 1e-12 } == true, "\(String(describing: found["2a"]))")
        // v1 = (2, 4), w1 = (0.8, 1.6); v2 = (1, 2) + (1.6, 3.2) = (2.6, 5.2), w2 = (0.54, 1.08).
        #expect(Self.close(found["2b"], [0.54, 1.08]), "\(String(describing: found["2b"]))")
    }
}
