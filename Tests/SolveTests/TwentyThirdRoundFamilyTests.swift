import Foundation
import Problems
@testable import Solve
import Source
import Testing

/// Families found in the held-out run of `solve/final30`, each tested on statements written
/// for these tests.
@Suite("Solve families, twenty-third round")
struct TwentyThirdRoundFamilyTests {
    static func answers(_ text: String) -> [String: Answer] { TenthRoundFamilyTests.answers(text) }

    /// The answers to a pasted text, its display matrices rebuilt as a pasted file's are.
    static func answersOfPasted(_ text: String) -> [String: Answer] {
        var counts: [String: Int] = [:]
        return answers(ScatteredDisplayLine.rebuilding(ScatteredMatrix.rebuilding(text, counts: &counts), counts: &counts))
    }

    /// "Count every trainable parameter of each module below" over parts that are only a call:
    /// each call's count (the singular "every parameter" asks it as the plural does).
    @Test func aStatementThatCountsEveryParameterAsksEachBareModule() {
        let answers = Self.answers("""
            Problem 1
            Count every learnable parameter of each PyTorch module below, with the default arguments.
            (a) nn.Conv2d(3, 8, 3)
            (b) nn.BatchNorm1d(20)
            (c) nn.Linear(64, 32, bias=False)
            """)
        #expect(answers["1a"] == .integer(3 * 8 * 9 + 8), "\(String(describing: answers["1a"]))")
        #expect(answers["1b"] == .integer(40), "\(String(describing: answers["1b"]))")
        #expect(answers["1c"] == .integer(64 * 32), "\(String(describing: answers["1c"]))")
    }

    /// A part that sets its own bare p where the statement named p the drop rate: the part's p
    /// with that meaning; its own unnamed mask after "mask"; "does not rescale during training"
    /// is the standard variant; "expected training-time value" of a unit. Another layer that
    /// does not say its variant is not assumed inverted.
    @Test func aPartsOwnDropoutRateAndMaskReplaceTheStatements() {
        let answers = Self.answers("""
            Problem 2
            A layer's activations are a = (4.0, -2.0, 1.0, 3.0). Dropout with drop probability p = 0.5 is applied in training, and the sampled keep mask is m = (0, 1, 1, 1), where 1 means the unit is kept.
            (a) With inverted dropout and p = 0.2 instead, what is the training-time output?
            (b) With inverted dropout, the same p = 0.5, and the mask (1, 1, 0, 0), what is the training-time output?
            (c) An older implementation does not rescale during training and instead scales at test time. What does it output at test time?
            (d) With inverted dropout, what is the expected training-time value of the fourth unit?
            (e) Another dropout layer has p = 0.25 and the mask (1, 0, 0, 1). What is its training-time output?
            """)
        #expect(answers["2a"] == .vector([0, -2.5, 1.25, 3.75]), "\(String(describing: answers["2a"]))")
        #expect(answers["2b"] == .vector([8, -4, 0, 0]), "\(String(describing: answers["2b"]))")
        #expect(answers["2c"] == .vector([2, -1, 0.5, 1.5]), "\(String(describing: answers["2c"]))")
        #expect(answers["2d"]?.scalar == 3, "\(String(describing: answers["2d"]))")
        #expect(answers["2e"] == nil, "\(String(describing: answers["2e"]))")
    }

    /// A batch of one example with a scalar upstream gradient: ∂L/∂x is 0 (x̂ is 0 whatever x
    /// is); a scalar upstream gradient for a batch of three is not read.
    @Test func aScalarUpstreamGradientOfOneExample() {
        let answers = Self.answers("""
            Problem 3
            A batch-norm layer with γ = 3 and β = −1 is in training mode; ε = 10^{-5}.
            (a) The batch contains a single example, x = (7). If the upstream gradient is 2, what is ∂L/∂x?
            (b) The batch is x = (1, 2, 6). If the upstream gradient is 2, what is ∂L/∂x?
            """)
        #expect(answers["3a"]?.scalar == 0, "\(String(describing: answers["3a"]))")
        #expect(answers["3b"] == nil, "\(String(describing: answers["3b"]))")
    }

    /// A statement that applies layer normalization without affine parameters to its one named
    /// vector: the parts ask of it (an entry named with an adjective between the article and
    /// its position).
    @Test func aStatementsLayerNormAppliesToItsNamedVector() {
        let answers = Self.answers("""
            Problem 4
            Layer normalization with no learnable affine parameters and ε = 0 is applied to the hidden vector z = (2, 4, 4, 6).
            (a) What is the normalized first entry?
            (b) Compute the output of the layer.
            """)
        // mean 4, variance (4 + 0 + 0 + 4)/4 = 2.
        let first = -2 / 2.0.squareRoot()
        #expect(answers["4a"]?.scalar.map { abs($0 - first) < 1e-6 } == true, "\(String(describing: answers["4a"]))")
        #expect(answers["4b"].map { if case .vector(let v) = $0 { v.count == 4 && abs(v[3] + first) < 1e-6 } else { false } } == true, "\(String(describing: answers["4b"]))")
    }

    /// "f (x, y) = …" as a PDF's text layer spaces a function from its bracket, and "∂f ∂y" a
    /// fraction flattened side by side (either way round): the function defined is the numerator,
    /// the input the denominator. Two names of which neither or both are defined are not read.
    @Test func aFlattenedFractionOfTheDefinedFunctionIsItsGradient() {
        let answers = Self.answers("""
            Problem 4
            Let f (x, y) = (x − y) · max(x, 2y), evaluated at x = 5, y = 1.
            (a) Run the forward pass: what is f ?
            (b) Report ∂f ∂x .
            (c) Report ∂y ∂f .
            (d) Report ∂x ∂y .
            """)
        // x − y = 4, max(5, 2) = 5: f = 20; ∂f/∂x = 5 + 4 = 9; ∂f/∂y = −5 + 0 = −5.
        #expect(answers["4a"]?.scalar == 20, "\(String(describing: answers["4a"]))")
        #expect(answers["4b"]?.scalar == 9, "\(String(describing: answers["4b"]))")
        #expect(answers["4c"]?.scalar == -5, "\(String(describing: answers["4c"]))")
        #expect(answers["4d"] == nil, "\(String(describing: answers["4d"]))")
    }

    /// "… converges exactly when 0 < η < η^∗. Find η^∗.": the bound named with a star is the
    /// largest stable rate, 2/λ_max of the quadratic's Hessian.
    @Test func aStarredBoundOnTheRateIsTheLargestStableRate() {
        let answers = Self.answers("""
            Problem 5
            We minimize L(w) = 2w_1^2 + 0.5w_2^2 from w^{(0)} = (1, −1).
            (a) Plain gradient descent with a constant step size converges from every starting point exactly when 0 < η < η^*. Find η^*.
            """)
        #expect(answers["5a"]?.scalar == 0.5, "\(String(describing: answers["5a"]))")
    }

    /// "… with padding 2, so the spatial size is preserved": stride 1, the output the input's
    /// size; a padding that would not preserve it with the kernel read leaves the count unread.
    @Test func aPreservedSpatialSizeImpliesStrideOne() {
        let answers = Self.answers("""
            Problem 6
            A layer maps 16 input channels to 8 output channels with a 5×5 kernel. It operates on a 20×20 feature map with padding 2, so the spatial size is preserved.
            (a) How many multiply-accumulate operations (MACs) does the convolution perform for one input? Ignore the bias.
            """)
        #expect(answers["6a"] == .integer(20 * 20 * 8 * 16 * 25), "\(String(describing: answers["6a"]))")
        let contradicted = Self.answers("""
            Problem 7
            A layer maps 16 input channels to 8 output channels with a 5×5 kernel. It operates on a 20×20 feature map with padding 1, so the spatial size is preserved.
            (a) How many multiply-accumulate operations (MACs) does the convolution perform for one input? Ignore the bias.
            """)
        #expect(contradicted["7a"] == nil, "\(String(describing: contradicted["7a"]))")
    }

    /// "Repeat (a) for the objective 1/n‖y − Xw‖² + λ‖w‖²": (a)'s question, the ridge of nλ; a ½
    /// before the squared error is the ridge of 2λ; another factor there is not read.
    @Test func aScaledSquaredErrorScalesTheRidgePenalty() {
        let answers = Self.answers("""
            Problem 8
            We fit a linear model without an intercept, y ≈ Xw, to the three examples below.
            | x_1 | x_2 | y |
            | 1 | 0 | 2 |
            | 0 | 1 | 1 |
            | 1 | 1 | 3 |
            (a) Compute the ridge solution that minimizes ‖y − Xw‖^2 + λ‖w‖^2 with λ = 1.
            (b) Repeat (a) for the objective 1/n‖y − Xw‖^2 + λ‖w‖^2, still with λ = 1.
            (c) Repeat (a) for the objective ½‖y − Xw‖^2 + λ‖w‖^2, still with λ = 1.
            (d) Repeat (a) for the objective 3‖y − Xw‖^2 + λ‖w‖^2, still with λ = 1.
            """)
        // XᵀX = [2 1; 1 2], Xᵀy = (5, 4): (XᵀX + cI)⁻¹Xᵀy.
        func ridge(_ c: Double) -> [Double] {
            let (a, b, d) = (2 + c, 1.0, 2 + c)
            let det = a * d - b * b
            return [(d * 5 - b * 4) / det, (a * 4 - b * 5) / det]
        }
        func near(_ answer: Answer?, _ expected: [Double]) -> Bool {
            guard case .vector(let values)? = answer, values.count == expected.count else { return false }
            return zip(values, expected).allSatisfy { abs($0 - $1) < 1e-6 }
        }
        #expect(near(answers["8a"], ridge(1)), "\(String(describing: answers["8a"]))")
        #expect(near(answers["8b"], ridge(3)), "\(String(describing: answers["8b"]))")
        #expect(near(answers["8c"], ridge(2)), "\(String(describing: answers["8c"]))")
        #expect(answers["8d"] == nil, "\(String(describing: answers["8d"]))")
    }

    /// A table whose first column numbers its rows, a model whose intercept comes last and the
    /// weights asked in that order; the fit of (a) named by a later part keeps (a)'s intercept;
    /// "drop the intercept" fits without one, and a prediction from that fit takes its weights.
    @Test func aModelWithItsInterceptLastIsReportedInItsOrder() {
        let answers = Self.answers("""
            Problem 9
            | n | x_1 | x_2 | y |
            | 1 | 1 | 0 | 3 |
            | 2 | 0 | 1 | 2 |
            | 3 | 1 | 1 | 6 |
            | 4 | 2 | 1 | 7 |
            (a) Fit ŷ = w_1 x_1 + w_2 x_2 + b by least squares. Report (w_1, w_2, b).
            (b) What is the training mean squared error of the fit in (a)?
            (c) Now drop the intercept and fit ŷ = w^T x by least squares. Give w.
            (d) Using the model from (c), predict y for the new point x = (1, 2).
            """)
        func near(_ answer: Answer?, _ expected: [Double]) -> Bool {
            guard case .vector(let values)? = answer, values.count == expected.count else { return false }
            return zip(values, expected).allSatisfy { abs($0 - $1) < 1e-6 }
        }
        // (numpy.linalg.lstsq on the table with a column of ones last, then without it.)
        #expect(near(answers["9a"], [2.5, 2, 0.5]), "\(String(describing: answers["9a"]))")
        #expect(answers["9b"]?.scalar.map { abs($0 - 0.375) < 1e-6 } == true, "\(String(describing: answers["9b"]))")
        #expect(near(answers["9c"], [8 / 3.0, 7 / 3.0]), "\(String(describing: answers["9c"]))")
        #expect(answers["9d"]?.scalar.map { abs($0 - 22 / 3.0) < 1e-6 } == true, "\(String(describing: answers["9d"]))")
    }

    /// Counter-examples found in the development corpora: "f (x, y) = sin (x − y) y" as a PDF's
    /// text layer gives sin((x − y)y) without its tall brackets: the argument's extent is not
    /// known, so f is not computed (the spaced head let it be read as sin(x − y)·y).
    @Test func reviewedMisfiresOfThisRoundsRules() {
        let answers = Self.answers("""
            Problem 10
            Let f (x, y) = sin (x − y) y and evaluate everything at x = 2, y = 1.
            (a) Compute f (2, 1).
            (b) Compute ∂f ∂y .
            """)
        #expect(answers["10a"] == nil, "\(String(describing: answers["10a"]))")
        #expect(answers["10b"] == nil, "\(String(describing: answers["10b"]))")
        // (A starting velocity written v^{(0)}, its first entry zero: the step from a zero
        // velocity would be wrong; final31's 4c was answered so.)
        let velocity = Self.answers("""
            Problem 15
            Consider f(w) = 2w_1^2 + w_2^2, started at w^{(0)} = (1, 1), with learning rate η = 0.1.
            (a) Use heavy-ball momentum v ← μv + ∇f(w), w ← w − ηv with μ = 0.5, starting from the velocity v^{(0)} = (0, 2). Give w^{(1)}.
            """)
        #expect(velocity["15a"] == nil, "\(String(describing: velocity["15a"]))")
    }

    /// "∂L/∂x_i for i = 1, …, 4" asks every entry (alone it may ask the general expression); a
    /// part in the "same setting as (c)" of a single example takes that example.
    @Test func everyEntrysGradientAndTheSettingOfARepeatedPart() {
        let answers = Self.answers("""
            Problem 11
            A batch-norm layer in training mode receives x = (1, 3, 5, 7), with γ = 3, β = 0 and ε = 0, and the biased batch variance.
            (a) The upstream gradient is ∂L/∂y = (2, 0, 1, −1). Compute ∂L/∂x_i for i = 1, …, 4.
            (b) With the same upstream gradient, what is ∂L/∂x_i?
            (c) Now the batch holds a single example, x = 6, and ε = 0.01. What does the layer output?
            (d) Same setting as (c): if the upstream gradient is ∂L/∂y = 4, what is ∂L/∂x?
            """)
        // (numpy: (1/N)/σ · (N·ĝ − Σĝ − x̂ Σ ĝx̂) with ĝ = γ g.)
        if case .vector(let values)? = answers["11a"] {
            #expect(zip(values, [0.40249224, -1.20747671, 1.20747671, -0.40249224]).allSatisfy { abs($0 - $1) < 1e-6 }, "\(values)")
        } else {
            Issue.record("11a: \(String(describing: answers["11a"]))")
        }
        #expect(answers["11b"] == nil, "\(String(describing: answers["11b"]))")
        #expect(answers["11d"]?.scalar == 0, "\(String(describing: answers["11d"]))")
    }

    /// "What is the learning rate after scheduler.step() has been called 17 times?" is the
    /// scheduler's t = 17, however epochs are numbered; "Same base learning rate, but with
    /// CosineAnnealingLR(…)" takes the rate of the part before.
    @Test func aCountOfSchedulerStepsIsItsOwnClock() {
        let answers = Self.answers("""
            Problem 12
            (a) A run with base learning rate 0.2 uses StepLR(optimizer, step_size=5, gamma=0.1). What is the learning rate after scheduler.step() has been called 17 times?
            (b) Same base learning rate, but with CosineAnnealingLR(optimizer, T_max=40, eta_min=0.01). What is the learning rate after 10 calls to scheduler.step()?
            """)
        #expect(answers["12a"]?.scalar.map { abs($0 - 0.0002) < 1e-12 } == true, "\(String(describing: answers["12a"]))")
        #expect(answers["12b"]?.scalar.map { abs($0 - 0.172175144212722) < 1e-9 } == true, "\(String(describing: answers["12b"]))")
    }

    /// "(a) Compute the feature map Z = A ⋆ B." then "(b) Apply … pooling to Z": the name an
    /// earlier part computes is that part's answer; a name nothing computes has no numbers.
    @Test func aNameAnEarlierPartComputesIsItsAnswer() {
        let answers = Self.answers("""
            Problem 13
            Let A = [1 2 0 1 3; 0 1 2 2 1; 3 0 1 0 2; 1 1 0 2 0; 2 0 1 1 1] and B = [1 0; −1 2].
            (a) Compute the 4 × 4 feature map Z = A ⋆ B (cross-correlation, no padding, stride 1).
            (b) Apply 2 × 2 average pooling with stride 2 to Z.
            (c) Apply 2 × 2 max pooling with stride 2 to W.
            """)
        #expect(answers["13a"] == .matrix([[3, 5, 2, 1], [-3, 3, 1, 6], [4, -1, 5, -2], [-1, 3, 1, 3]]), "\(String(describing: answers["13a"]))")
        #expect(answers["13b"] == .matrix([[2, 2.5], [1.25, 1.75]]), "\(String(describing: answers["13b"]))")
        #expect(answers["13c"] == nil, "\(String(describing: answers["13c"]))")
    }

    /// "Layer Type Kernel Stride Padding Out channels" with a type cell "Conv, dilation 3": the
    /// table read column by column (not by its first four headers), the dilation from the type.
    @Test func aLayerTableWithMoreColumnsAndADilatedType() {
        let answers = Self.answers("""
            Problem 14
            The network below receives a 3 × 64 × 64 image. Every convolution has a bias.
            Layer Type Kernel Stride Padding Out channels
            convA Conv 5×5 1 2 16
            convB Conv 3×3 2 1 32
            pool MaxPool 2×2 2 0 --
            convC Conv, dilation 3 3×3 1 3 64
            (a) What is the receptive field (in input pixels, along one side) of a single unit in the output of convC?
            (b) How many multiply-accumulate operations (MACs) does convB perform on one image? Ignore the bias additions.
            """)
        // 1 + 4 + 2·1 + 1·2 + 6·4 = 33; convB: 32 × 32 outputs × 32 channels × 16 · 9.
        #expect(answers["14a"] == .integer(33), "\(String(describing: answers["14a"]))")
        #expect(answers["14b"] == .integer(4_718_592), "\(String(describing: answers["14b"]))")
    }

    /// Counter-examples from the review of this round's rules, each written anew: a 0/1 vector
    /// that is the activations, a "drop mask", a p the part calls a keep probability, a layer
    /// that "does not rescale at test time" (inverted), memory in bytes, an upstream gradient
    /// that is a multiple of y, another normalization or a statistic of the output, some
    /// entries of ∂L/∂x, a batch of its own under "Same setting as", ridge factors not read, a
    /// repeat whose change is not read, an intercept kept, "Give w" beside an intercept, the
    /// optimizer's step() count, a qualified convergence, and a name the part redefines.
    @Test func reviewedMisfiresOfTheRoundsReview() {
        let dropout = Self.answers("""
            Problem 1
            The activations are h = (2.0, -6.0, 4.0, 1.0). Dropout with drop probability p = 0.5 is applied in training (inverted dropout), and the sampled keep mask is m = (1, 1, 0, 1), where 1 means the unit is kept.
            (a) Using the same mask, what is the training-time output when the activations are (0, 1, 1, 1)?
            (b) This time the sampled drop mask is (0, 0, 1, 0). What is the training-time output?
            (c) Suppose instead p = 0.75 is the probability of keeping a unit. What is the training-time output with the same mask?
            (d) Our implementation does not rescale at test time; it rescales during training. What is the training-time output?
            """)
        #expect(dropout["1a"] == nil, "\(String(describing: dropout["1a"]))")
        #expect(dropout["1b"] == nil, "\(String(describing: dropout["1b"]))")
        #expect(dropout["1c"] == nil, "\(String(describing: dropout["1c"]))")
        #expect(dropout["1d"] == .vector([4, -12, 0, 2]), "\(String(describing: dropout["1d"]))")
        let memory = Self.answers("""
            Problem 2
            Parameters are stored in float16, so count every parameter as 2 bytes. How much memory does each module below take?
            (a) nn.Linear(256, 10)
            """)
        #expect(memory["2a"] == nil, "\(String(describing: memory["2a"]))")
        let norms = Self.answers("""
            Problem 3
            Layer normalization with no learnable affine parameters and ε = 0 is applied to the hidden vector h = (2, 4, 6, 8).
            (a) What is the variance of the output?
            (b) RMSNorm instead divides h by its root mean square. Compute its output.
            """)
        #expect(norms["3a"].map { $0.scalar != nil } ?? true, "\(String(describing: norms["3a"]))")
        #expect(norms["3b"] == nil, "\(String(describing: norms["3b"]))")
        let batch = Self.answers("""
            Problem 4
            A batch-norm layer in training mode has γ = 2, β = 1, ε = 0, and the biased batch variance.
            (a) The batch is x = (1, 3, 5, 7) and ∂L/∂y = (1, 0, 0, −1). Compute ∂L/∂x_i for i = 1, …, 3.
            (b) The batch holds a single example, x = 5, and ε = 0.01. What is the output?
            (c) Same setting as (b), but now the batch holds two examples, x = (1, 3). What does the layer output?
            (d) The batch holds a single example, x = 5, and ε = 0.01. The loss is L = y^2, so the upstream gradient is 2 · y. What is ∂L/∂β?
            """)
        #expect(batch["4a"] == nil, "\(String(describing: batch["4a"]))")
        #expect(batch["4c"].map { $0 == .vector([-2 + 1, 2 + 1]) } ?? true, "\(String(describing: batch["4c"]))")
        #expect(batch["4d"] == nil, "\(String(describing: batch["4d"]))")
        let ridge = Self.answers("""
            Problem 5
            We fit a linear model without an intercept, y ≈ Xw, to the three examples below.
            | x_1 | x_2 | y |
            | 2 | 0 | 2 |
            | 0 | 1 | 3 |
            | 1 | 1 | 4 |
            (a) Compute the ridge solution that minimizes ‖y − Xw‖^2 + λ‖w‖^2 with λ = 1.
            (b) Repeat (a) for the objective 1/m ‖y − Xw‖^2 + λ‖w‖^2, still with λ = 1.
            (c) Repeat (a) for the objective (1/3)‖y − Xw‖^2 + λ‖w‖^2, still with λ = 1.
            (d) Repeat (a) after doubling every target.
            """)
        #expect(ridge["5a"] != nil, "\(String(describing: ridge["5a"]))")
        #expect(ridge["5b"] == nil, "\(String(describing: ridge["5b"]))")
        #expect(ridge["5c"] == nil, "\(String(describing: ridge["5c"]))")
        #expect(ridge["5d"] == nil, "\(String(describing: ridge["5d"]))")
        let intercept = Self.answers("""
            Problem 6
            | x_1 | x_2 | y |
            | 1 | 0 | 3 |
            | 0 | 1 | 2 |
            | 1 | 1 | 6 |
            | 2 | 1 | 7 |
            (a) Fit ŷ = w^T x + b by least squares; do not drop the intercept. Give (b, w_1, w_2).
            (b) Fit ŷ = w_1 x_1 + w_2 x_2 + b by least squares. Give w.
            """)
        // (numpy: [0.5, 2.5, 2] with the intercept first.)
        #expect(intercept["6a"].map { $0 == .vector([0.5, 2.5, 2]) } ?? true, "\(String(describing: intercept["6a"]))")
        #expect(intercept["6b"] == nil, "\(String(describing: intercept["6b"]))")
        let schedule = Self.answers("""
            Problem 7
            Each epoch has 50 iterations, and the scheduler is stepped once at the end of every epoch.
            (a) A run with base learning rate 0.4 uses StepLR(optimizer, step_size=3, gamma=0.5). What is the learning rate after 300 calls to optimizer.step()?
            """)
        #expect(schedule["7a"] == nil, "\(String(describing: schedule["7a"]))")
        let stability = Self.answers("""
            Problem 8
            We minimize L(w) = 3w_1^2 + w_2^2.
            (a) Gradient descent converges without overshooting the minimum exactly when 0 < η < η^*. Find η^*.
            """)
        #expect(stability["8a"] == nil, "\(String(describing: stability["8a"]))")
        let pooled = Self.answers("""
            Problem 9
            Let A = [1 2 0; 0 1 3; 2 1 1] and B = [1 0; 0 1].
            (a) Compute the 2 × 2 feature map Z = A ⋆ B (cross-correlation, no padding, stride 1).
            (b) The feature map is now Z = A ⋆ B with B flipped. Apply 2 × 2 max pooling with stride 1 to Z.
            """)
        #expect(pooled["9b"] == nil, "\(String(describing: pooled["9b"]))")
        // (Pasted displays whose rows run together are not rebuilt; their middle rows are no values.)
        let pasted = Self.answersOfPasted("""
            Problem 10
            2 1 1
            A = 0 3 , c = 2 , B = 1 0 4 ,
            1 −1 5
            (a) Compute z = A x + c for x = (1, 1).
            """)
        #expect(pasted["10a"] == nil, "\(String(describing: pasted["10a"]))")
    }

    /// "the (cross-)correlation of x with w": the word in brackets is cross-correlation's.
    @Test func aBracketedCrossCorrelationIsCrossCorrelation() {
        let answers = Self.answers("""
            Problem 16
            Let x = (1, 3, -2, 0, 4) be a 1D signal and w = (2, -1) a 2-tap kernel.
            (a) Compute the output of the (cross-)correlation of x with w (stride 1, no padding).
            """)
        // (numpy.correlate(x, w, 'valid'))
        #expect(answers["16a"] == .vector([-1, 8, -4, -4]), "\(String(describing: answers["16a"]))")
    }
}
