import Foundation
import Problems
@testable import Solve
import Source
import Testing

/// Families found in the held-out run of `solve/final5` (now development data), each tested on
/// statements written for these tests, not on the fixture that showed it.
@Suite("Solve families, fifth round")
struct FifthRoundFamilyTests {
    static func answers(_ text: String) -> [String: Answer] {
        FourthRoundFamilyTests.answers(text)
    }

    static func recognitions(_ text: String) -> [String: Recognition] {
        let document = ProblemDocument(source: SourceReader.plain(text))
        let statements = document.partStatements
        return Dictionary(uniqueKeysWithValues: zip(statements.map(\.id), Recognizer().recognize(statements)))
    }

    @Test func aRepeatWithAChangedSettingAsksWhatTheRepeatedPartAsks() {
        let answers = Self.answers("""
            Problem 2
            Grayscale images of size 1 × 64 × 64 go into each layer below, one layer per part.
            (a) (3 pts) Give the output shape of nn.Conv2d(1, 8, kernel_size=3, padding=1).
            (b) (3 pts) Repeat (a) with a stride of 2.
            (c) Repeat (a) with a dilation of 2.
            """)
        #expect(answers["2a"] == .shape(dimensions: [8, 64, 64], layout: "CHW"))
        #expect(answers["2b"] == .shape(dimensions: [8, 32, 32], layout: "CHW"))
        // Dilation 2 with padding 1: 64 + 2 − 2·2 = 62.
        #expect(answers["2c"] == .shape(dimensions: [8, 62, 62], layout: "CHW"))
    }

    @Test func aRepeatWhoseChangeLeavesTheAnswerIsNotComputed() {
        // The change (a bias) does not enter an output shape's reading: (a)'s answer again would
        // be a guess that the change was read.
        let found = Self.recognitions("""
            Problem 3
            An RGB image of size 3 × 32 × 32 goes into the layer.
            (a) What is the output shape of nn.Conv2d(3, 6, kernel_size=5)?
            (b) Repeat (a), but now the layer has no bias and uses groups of three channels.
            """)
        #expect(found["3a"]?.answer == .shape(dimensions: [6, 28, 28], layout: "CHW"))
        #expect(found["3b"]?.answer == nil)
    }

    @Test func typographicQuotesAroundASettingAreQuotes() {
        let answers = Self.answers("""
            Problem 1
            A batch of RGB images of size 3 × 96 × 96 is the input.
            (a) A layer with 10 filters, each five-by-five, is applied with padding=‘same’. What is the output shape?
            """)
        #expect(answers["1a"] == .shape(dimensions: [10, 96, 96], layout: "CHW"))
    }

    @Test func classesNamedInWordsFixTheTargetAndTheEntryAsked() throws {
        let answers = Self.answers("""
            Problem 4
            A sentiment model gives the logits s = (1.0, 3.0, 0.0) for the labels negative, positive and neutral.
            The correct label for this review is positive.
            (a) Compute the cross-entropy loss of this example.
            (b) What probability does the softmax of s assign to neutral?
            (c) Instead of cross-entropy, use the multiclass hinge loss with margin 1. What is the loss?
            """)
        // −log softmax(s)[1] = log(e + e³ + 1) − 3.
        let z = exp(1.0) + exp(3.0) + 1
        guard case .real(let loss)? = answers["4a"] else { Issue.record("4a: \(String(describing: answers["4a"]))"); return }
        #expect(abs(loss.value - (log(z) - 3)) < 1e-9)
        guard case .real(let neutral)? = answers["4b"] else { Issue.record("4b: \(String(describing: answers["4b"]))"); return }
        #expect(abs(neutral.value - 1 / z) < 1e-9)
        // max(0, 1 − 3 + 1) + max(0, 0 − 3 + 1) = 0.
        #expect(answers["4c"] == .integer(0))
    }

    @Test func classNamesNeedOneListOfTheScoresLength() {
        // Two names for three scores: no class is named, so no target.
        let found = Self.recognitions("""
            Problem 5
            The logits z = (0.5, 1.5, -1.0) are for the classes cat and dog.
            The true label is dog.
            (a) Compute the cross-entropy loss.
            """)
        #expect(found["5a"]?.answer == nil)
    }

    @Test func aGradientWrittenAsAMatrixTimesTheWeights() {
        // ∇g(w) = Mw + c with M = [2 0; 0 4], c = (−2, 4): from w₀ = (0, 0) with η = 0.25,
        // w₁ = −0.25·(−2, 4) = (0.5, −1).
        let answers = Self.answers("""
            Problem 1
            Let g(w) = ½ wᵀMw + cᵀw with M = [2 0; 0 4] and c = (−2, 4), so that ∇g(w) = Mw + c.
            Start from w_0 = (0, 0) with learning rate η = 0.25.
            (a) Take one step of gradient descent. What is w_1?
            """)
        #expect(answers["1a"] == .vector([0.5, -1]))
        // The quadratic form alone, with words after it, gives the same gradient (M is symmetric).
        let quadratic = Self.answers("""
            Problem 2
            Consider f(w) = 1/2 w^⊤ M w + c^⊤ w with M = [2 0; 0 4] and c = (−2, 4).
            Starting from w_0 = (0, 0), perform one step of gradient descent with step size η = 0.25 and report w_1.
            """)
        #expect(quadratic["2"] == .vector([0.5, -1]))
        // A term the reader does not take (a cubic) leaves the step unanswered.
        let cubic = Self.answers("""
            Problem 3
            Consider f(w) = 1/2 w^⊤ M w + c^⊤ w + (w_1)^3 with M = [2 0; 0 4] and c = (−2, 4).
            Starting from w_0 = (0, 0), perform one step of gradient descent with step size η = 0.25 and report w_1.
            """)
        #expect(cubic["3"] == nil)
    }

    @Test func aMethodNamedWithAPossessiveIsThatMethod() {
        // "Nesterov's" must not read as plain momentum: f = w₁² + 2w₂², from (1, 1), η = 0.1, μ = 0.9.
        let answers = Self.answers("""
            Problem 1
            Let f(w) = w_1^2 + 2w_2^2. Every method starts from w_0 = (1, 1) and uses the step size η = 0.1.
            (a) Nesterov's momentum uses v_{t+1} = μv_t − η ∇f(w_t + μv_t) and w_{t+1} = w_t + v_{t+1}, with μ = 0.9 and v_0 = 0. Compute w_2.
            (b) What is the sum of 2 and 2?
            """)
        guard case .vector(let w)? = answers["1a"] else { Issue.record("1a: \(String(describing: answers["1a"]))"); return }
        #expect(abs(w[0] - 0.496) < 1e-9 && abs(w[1] - 0.144) < 1e-9)
        #expect(StatementText("Nesterov's method").firstMatch(#"\bNesterov\b"#) != nil)
    }

    @Test func attentionScoresWeightsAndOutputOfOneHead() throws {
        let answers = Self.answers("""
            Problem 2
            One attention head has d_k = 2 and
            Q = [[2, 0], [0, 1]], K = [[1, 0], [0, 2], [1, 1]], V = [[1, 0], [0, 1], [2, 2]].
            (a) Compute the scaled scores S = QK^T/√d_k.
            (b) Apply a row-wise softmax to S: give the attention weights of the second query.
            (c) Compute the attention output AV.
            (d) Compute the raw scores QK^T (no scaling).
            """)
        let r = 1 / 2.0.squareRoot()
        let scores = [[2 * r, 0, 2 * r], [0, 2 * r, r]]
        guard case .matrix(let s)? = answers["2a"] else { Issue.record("2a: \(String(describing: answers["2a"]))"); return }
        #expect(zip(s.joined(), scores.joined()).allSatisfy { abs($0 - $1) < 1e-12 })
        func softmax(_ row: [Double]) -> [Double] { let e = row.map { exp($0) }; let t = e.reduce(0, +); return e.map { $0 / t } }
        guard case .vector(let second)? = answers["2b"] else { Issue.record("2b: \(String(describing: answers["2b"]))"); return }
        #expect(zip(second, softmax(scores[1])).allSatisfy { abs($0 - $1) < 1e-12 })
        guard case .matrix(let output)? = answers["2c"] else { Issue.record("2c: \(String(describing: answers["2c"]))"); return }
        let first = softmax(scores[0])
        #expect(abs(output[0][0] - (first[0] + 2 * first[2])) < 1e-12 && abs(output[0][1] - (first[1] + 2 * first[2])) < 1e-12)
        #expect(answers["2d"] == .matrix([[2, 0, 2], [0, 2, 1]]))
    }

    @Test func attentionWithoutItsScalingStatedOrWithAMaskIsNotComputed() {
        let answers = Self.answers("""
            Problem 3
            Q = [[1, 0], [0, 1]], K = [[1, 1], [0, 1]], V = [[1, 2], [3, 4]] for one attention head.
            (a) Compute the attention weights softmax(S) for the scores S of Q and K.
            (b) With a causal mask and scores divided by √d_k, compute the attention weights.
            """)
        #expect(answers["3a"] == nil)
        #expect(answers["3b"] == nil)
    }

    @Test func aSequentialOrModulesAskedTogetherCountTogether() {
        let answers = Self.answers("""
            Problem 4
            ```python
            mlp = nn.Sequential(nn.Linear(64, 128), nn.GELU(), nn.Linear(128, 10))
            ln_a = nn.LayerNorm(64)
            ln_b = nn.LayerNorm(64)
            ```
            (a) How many parameters does `mlp` have?
            (b) How many parameters do `ln_a` and `ln_b` have together?
            (c) How many parameters do `ln_a` and `mlp` have?
            """)
        #expect(answers["4a"] == .integer(64 * 128 + 128 + 128 * 10 + 10))
        #expect(answers["4b"] == .integer(256))
        // Two modules without "together": which one is meant is not clear.
        #expect(answers["4c"] == nil)
    }

    @Test func batchNormGradientsWrittenAsFlattenedFractions() throws {
        // x = (0, 2, 4, 6): μ = 3, σ² = 5, x̂ = (x − 3)/√5; ∂L/∂γ = Σ g·x̂ with g = (1, 0, 0, −1): (−3 − 3)/√5.
        let answers = Self.answers("""
            Problem 1
            A batch-normalization layer in training mode receives the batch x = (0, 2, 4, 6) with γ = 3 and β = 1.
            The upstream gradient is (∂L)/(∂y) = (1, 0, 0, −1).
            (a) Compute (∂L)/(∂γ).
            (b) Now the batch holds a single example, x = 4, and ϵ = 10^{−5}. What does the layer output?
            (c) For the single-example batch of (b), what is (∂L)/(∂x) when (∂L)/(∂y) = 2?
            """)
        guard case .real(let dGamma)? = answers["1a"] else { Issue.record("1a: \(String(describing: answers["1a"]))"); return }
        #expect(abs(dGamma.value - (-6 / 5.0.squareRoot())) < 1e-9)
        #expect(answers["1c"]?.scalar == 0)
    }

    @Test func anUnstatedEpsilonIsLeftOutOnlyWhereItCannotMatter() {
        // Variance 5: ε = 0 is assumed. Variance 0.0025: a usual ε would move the answer, so none is given.
        let wide = Self.answers("""
            Problem 2
            Batch normalization (training mode, γ = 1, β = 0) is applied to the batch x = (0, 2, 4, 6).
            (a) Compute the normalized values x̂_i.
            """)
        #expect(wide["2a"] != nil)
        let narrow = Self.answers("""
            Problem 3
            Batch normalization (training mode, γ = 1, β = 0) is applied to the batch x = (0.1, 0.2, 0.15, 0.05).
            (a) Compute the normalized values x̂_i.
            """)
        #expect(narrow["3a"] == nil)
    }

    @Test func subPartsThatAreOnlyAModuleNameTakeTheirPartsQuestion() {
        let answers = Self.answers("""
            Problem 5
            A classifier is built from these modules:
            ```python
            embed = nn.Embedding(500, 32)
            head = nn.Linear(32, 4)
            ```
            (a) How many parameters does each module have?
            (i) embed [1 pt]
            (ii) `head`
            (b) What is head?
            """)
        #expect(answers["5a.i"] == .integer(16000))
        #expect(answers["5a.ii"] == .integer(132))
        #expect(answers["5b"] == nil)
    }

    @Test func pastedFractionsIndicesAndPowersOfTen() throws {
        // As a PDF's text layer gives them: "∂L\n∂γ", "yi", "ϵ = 10−5".
        let answers = Self.answers("""
            Problem 1
            A batch-normalization layer in training mode receives the batch x = (0, 2, 4, 6) with γ = 3 and β = 1,
            and the upstream gradient ∂L
            ∂y = (1, 0, 0, −1).
            (a) Compute ∂L
            ∂γ .
            (b) Compute the layer outputs yi = γ x̂i + β.
            """)
        guard case .real(let dGamma)? = answers["1a"] else { Issue.record("1a: \(String(describing: answers["1a"]))"); return }
        #expect(abs(dGamma.value - (-6 / 5.0.squareRoot())) < 1e-9)
        guard case .vector(let y)? = answers["1b"] else { Issue.record("1b: \(String(describing: answers["1b"]))"); return }
        #expect(abs(y[0] - (1 - 9 / 5.0.squareRoot())) < 1e-6)
        // The power of ten with its caret lost is 10⁻⁵, never 10: the batch (0.1, 0.3) has σ² = 0.01.
        let small = Self.answers("""
            Problem 2
            Batch normalization in training mode with γ = 1, β = 0 and ϵ = 10−5 is applied to the batch x = (0.1, 0.3).
            (a) Compute the normalized values x̂i.
            """)
        guard case .vector(let xHat)? = small["2a"] else { Issue.record("2a: \(String(describing: small["2a"]))"); return }
        #expect(abs(xHat[1] - 0.1 / (0.01 + 1e-5).squareRoot()) < 1e-9)
    }

    @Test func aLayerNamedByItsRowTakesTheTablesKernel() {
        let answers = Self.answers("""
            Problem 4
            Consider the stack below, applied to a 64 × 64 input.
            Layer Type Kernel Stride
            1 Conv 5 × 5 1
            2 MaxPool 2 × 2 2
            3 Conv 3 × 3 1
            (a) Layer 3 maps 16 channels to 32 channels on a 32 × 32 feature map (padding 1). How many multiply-accumulate operations does it perform for one image? Ignore the bias.
            (b) Layer 2 maps 16 channels to 16 channels. How many parameters does it have?
            """)
        // 32·32 outputs × 32 filters × 16·3·3.
        #expect(answers["4a"] == .integer(32 * 32 * 32 * 16 * 9))
        // A pooling row has no kernel to count.
        #expect(answers["4b"] == nil)
    }

    @Test func aWeightDecayKeywordIsReadOrTheStepIsNotComputed() {
        let answers = Self.answers("""
            Problem 1
            Let ∇L(w) = (w_1, 10 w_2), start from w_0 = (1, 1).
            (a) One step of torch.optim.SGD([w], lr=0.1, weight_decay=0.5). What is the iterate w_1?
            (b) One step of torch.optim.SGD([w], lr=0.1, weight_decay=wd) with the wd from lecture. What is the iterate w_1?
            """)
        // w − 0.1·(∇L + 0.5 w) = (1 − 0.15, 1 − 1.05).
        guard case .vector(let w)? = answers["1a"] else { Issue.record("1a: \(String(describing: answers["1a"]))"); return }
        #expect(abs(w[0] - 0.85) < 1e-12 && abs(w[1] + 0.05) < 1e-12)
        #expect(answers["1b"] == nil)
    }

    @Test func aStrideInWordsIsReadAndAStrideNamedButNotReadIsNoDefault() {
        let answers = Self.answers("""
            Problem 1
            The input is an RGB image of size 3 × 50 × 50.
            (a) A convolution with 8 filters of size five-by-five, a stride of two, and no padding. What is the output shape?
            (b) A convolution with 8 filters of size 3 × 3, a stride of half the kernel, and no padding. What is the output shape?
            """)
        #expect(answers["1a"] == .shape(dimensions: [8, 23, 23], layout: "CHW"))
        #expect(answers["1b"] == nil)
    }

    @Test func aPartWithNumbersOfItsOwnIsNotTheStatementsLayer() {
        let answers = Self.answers("""
            Problem 1
            Consider a convolutional layer with 4 input channels, 6 output channels and a 3 × 3 kernel.
            (a) How many parameters does the layer have, including biases?
            (b) A lookup table maps each of 5,000 tokens to a 64-dimensional vector. How many parameters does it have?
            """)
        #expect(answers["1a"] == .integer(4 * 6 * 9 + 6))
        #expect(answers["1b"] == nil)
    }

    @Test func matricesPrintedOneRowPerLine() {
        // Rows under each other, side by side: read when every continuation line holds a row of each.
        let even = Self.answers("""
            Problem 1
            Two queries attend over two keys (d_k = 2):

                Q = [ 2  0 ]        K = [ 1  0 ]
                    [ 0  2 ]            [ 0  1 ]

            (a) Compute the scaled scores Q K^T / sqrt(d_k).
            """)
        let r = 2 / 2.0.squareRoot()
        #expect(even["1a"] == .matrix([[r, 0], [0, r]]))
        // Matrices of different heights whose rows cannot be told apart: not read, never the first row alone.
        let uneven = Self.answers("""
            Problem 2
            Two queries attend over three keys (d_k = 2):
            Q = [ 1  0 ]        K = [ 1  1 ]
            [ 0  1 ]            [ 0  1 ]
            [ 1  0 ]
            (a) Compute the scaled scores Q K^T / sqrt(d_k).
            """)
        #expect(uneven["2a"] == nil)
    }

    @Test func aRepeatIsReadThroughThePartItRepeats() {
        let answers = Self.answers("""
            Problem 2
            Let x = [2, −1, 3, 0, 1, 4] and w = [1, 0, −2].
            (a) Compute the 2D cross-correlation of the image and the filter shown in the figure.
            (b) (2 points) Repeat (a) with a stride of 2.
            """)
        // (a) has no numbers; (b) is never x ⋆ w with a stride of 2.
        #expect(answers["2a"] == nil)
        #expect(answers["2b"] == nil)
    }

    @Test func aReceptiveFieldOfAStackThatStartsWithAnotherPartsLayer() {
        let answers = Self.answers("""
            Problem 1
            The input is 64 × 64.
            (a) A 5 × 5 convolution with 16 filters, stride 1 and padding 2. What is the output shape?
            (b) The layer of (a) is followed by a 2 × 2 max-pooling layer with stride 2 and then by a 3 × 3 convolution with 8 filters, stride 2 and no padding.
            (i) What is the spatial size of the final feature map?
            (ii) What is the receptive field of one unit of the final feature map?
            """)
        // Not 6 (the pooling and the last convolution alone): (a)'s 5 × 5 layer comes first.
        #expect(answers["1b.ii"] == nil)
    }
}
