import Problems
@testable import Solve
import Source
import Testing

/// Families found in the held-out run of `solve/final3` (now development data), each tested on
/// statements written for these tests, not on the fixture that showed it.
@Suite("Solve families, fourth round")
struct FourthRoundFamilyTests {
    static func answers(_ text: String) -> [String: Answer] {
        let document = ProblemDocument(source: SourceReader.plain(text))
        var found: [String: Answer] = [:]
        for part in AnswerResolver.resolve(parts: document.partStatements, key: nil) { found[part.partID] = part.answer }
        return found
    }

    static func answer(_ text: String, context: String = "") -> Answer? {
        Recognizer().recognize(PartStatement(id: "1b", text: text, context: context)).answer
    }

    @Test func sizesWrittenWithBy() {
        // 16·8·5·5 + 8.
        #expect(Self.answer("A convolutional layer takes 16 input channels to 8 output channels with a five-by-five kernel. How many parameters does it have, biases included?")
            == .integer(3208))
        // "7 by 7" in digits: 3·64·49 + 64.
        #expect(Self.answer("How many parameters does a convolution from 3 to 64 channels with a 7 by 7 kernel have (with bias)?") == .integer(9472))
        // "one by one" as a manner is no size.
        #expect(StatementText("Apply the layers one by one to the input.").sizesInDigits.text == "Apply the layers one by one to the input.")
        #expect(StatementText("a one-by-one convolution").sizesInDigits.text == "a 1 × 1 convolution")
    }

    @Test func aKernelWithOutputChannelsIsAConvolution() {
        let answers = Self.answers("""
            Problem 1
            In this problem the input is a grayscale image of size 1 × 28 × 28. Write shapes as C × H × W.
            (a) A layer with 4 filters of size 3 × 3, stride 1, is applied. What is the output shape?
            (b) Now take a 5 × 5 kernel with 6 output channels, stride 1 and padding 2. What is the output shape?
            """)
        #expect(answers["1a"] == .shape(dimensions: [4, 26, 26], layout: "CHW"))
        #expect(answers["1b"] == .shape(dimensions: [6, 28, 28], layout: "CHW"))
        // An earlier part with an input of its own makes the statement's input no longer certain.
        let other = Self.answers("""
            Problem 1
            In this problem the input is a grayscale image of size 1 × 28 × 28. Write shapes as C × H × W.
            (a) For a 1 × 32 × 32 input, what is the output shape of a convolution with 4 filters of size 3 × 3, stride 1?
            (b) Now take a 5 × 5 kernel with 6 output channels, stride 1 and padding 2. What is the output shape?
            """)
        #expect(other["1b"] == nil)
    }

    @Test func aFlattenedMapFeedsALinearLayer() {
        // 32·4·4 = 512 inputs, 100 outputs, biases.
        #expect(Self.answer("The 32 × 4 × 4 output of the last pooling layer is flattened and passed to a dense layer with 100 units. How many parameters does that layer have?")
            == .integer(51_300))
        #expect(Self.answer("A 16 x 5 x 5 volume is flattened into a fully connected layer with 120 outputs (no bias). How many parameters?") == .integer(48_000))
    }

    @Test func anEarlierPartsAnswerAsAnOperand() {
        let answers = Self.answers("""
            Problem 1
            Let A = [[1, 0, 2], [2, 1, 0], [0, 3, 1]] and K = [[1, −1], [0, 2]].
            (a) Compute the cross-correlation of A with K (stride 1, no padding).
            (b) Apply 2 × 2 max pooling with stride 1 to the result of part (a).
            (c) What is the global average pooling of your answer from (a)?
            """)
        // (a): [[1 + 2, −2], [2 − 1 + 6, 1 + 2]].
        #expect(answers["1a"] == .matrix([[3, -2], [7, 3]]))
        #expect(answers["1b"] == .matrix([[7]]))
        #expect(answers["1c"] == .real(RealValue(try! Rational(11, 4))))
        // An operand part that was not computed leaves the part without an answer.
        let unread = Self.answers("""
            Problem 1
            (a) Describe in words what a convolution does.
            (b) Apply global max pooling to your answer from (a).
            """)
        #expect(unread["1b"] == nil)
    }

    @Test func aShapeOfAnEarlierPartPassesThroughALayer() {
        let answers = Self.answers("""
            Problem 2
            Give shapes as C × H × W.
            (a) What is the output shape of nn.Conv2d(3, 8, kernel_size=3, padding=1) applied to a 3 × 40 × 40 input?
            (b) The output of part (a) goes through a 4 × 4 max pooling with stride 4. What is the output shape?
            """)
        #expect(answers["2a"] == .shape(dimensions: [8, 40, 40], layout: "CHW"))
        #expect(answers["2b"] == .shape(dimensions: [8, 10, 10], layout: "CHW"))
    }

    @Test func theRatioOfTwoAnswers() {
        let answers = Self.answers("""
            Problem 3
            Count parameters with biases.
            (a) How many parameters does a fully connected layer from 300 inputs to 200 outputs have, with bias?
            (b) How many parameters does a fully connected layer from 300 inputs to 50 outputs have, with bias?
            (c) What is the ratio of your answer in (b) to your answer in (a)?
            (d) Give the ratio (a)/(b).
            """)
        #expect(answers["3a"] == .integer(60_200))
        #expect(answers["3b"] == .integer(15_050))
        #expect(answers["3c"]?.scalar.map { abs($0 - 0.25) < 1e-12 } == true)
        #expect(answers["3d"] == .integer(4))
        // Parts that have no numbers for answers give no ratio.
        let words = Self.answers("""
            Problem 3
            (a) Name a layer without parameters.
            (b) Name a layer with parameters.
            (c) What is the ratio of (b) to (a)?
            """)
        #expect(words["3c"] == nil)
    }

    @Test func aPointsLineIsNoPartOfTheQuestion() {
        let set = ProblemSegmenter.segment("""
            1. The scores of an example are z = (1.0, 0.0, −1.0).
            (a) Apply the softmax to z.

            [3]

            (b) Name the largest probability's class.

            (2 pts)
            """)
        let parts = set.problems.first?.parts ?? []
        #expect(parts.map(\.text) == ["Apply the softmax to z.", "Name the largest probability's class."])
    }

    @Test func theLogitsOfTheStatementAreSoftmaxsOperand() {
        let answers = Self.answers("""
            Problem 4
            A network produces the logits (1.0, 1.0, 1.0, 1.0) for four classes; the true label is class 2 (the second class).
            (a) Compute the softmax probabilities.
            (b) Compute the cross-entropy loss.
            """)
        #expect(answers["4a"] == .vector([0.25, 0.25, 0.25, 0.25]))
        // −ln(1/4).
        #expect(answers["4b"]?.scalar.map { abs($0 - 1.3862943611198906) < 1e-9 } == true)
        // An array the statement does not call logits or scores is no operand.
        let weights = Self.answers("""
            Problem 4
            The weights are W = (0.5, −0.5, 2.0).
            (a) Compute the softmax probabilities.
            """)
        #expect(weights["4a"] == nil)
    }

    @Test func theClassNumberingStatedByAnOrdinal() {
        // Class 0 is the first: the target is the third score.
        let zero = Self.answer("Compute the multiclass hinge loss with margin 1 for scores (1.0, 2.0, 4.0) when the true label is class 2 (i.e. the third class).")
        #expect(zero == .integer(0))
        // A number that disagrees with its ordinal is no statement of the numbering.
        #expect(Self.answer("Compute the cross-entropy loss of logits (1.0, 2.0, 4.0) when the true label is class 2 (the first class).") == nil)
    }

    @Test func capitalSigmaIsNoSigmoid() {
        #expect(Self.answer("Compute Σ_X.", context: "The data matrix is X = [2 0; 0 2; −2 0; 0 −2]; Σ_X = X^⊤X/(n−1).") == nil)
        #expect(Self.answer("Evaluate Σ(x) for the logits (1, 2).") == nil)
    }

    @Test func modulesBoundToNamesInCode() {
        let answers = Self.answers("""
            Problem 2
            Count trainable parameters with PyTorch's defaults.

            enc = nn.GRU(input_size=64, hidden_size=32)
            mha = nn.MultiheadAttention(embed_dim=128, num_heads=4)
            head = nn.MultiheadAttention(embed_dim=64, num_heads=2)

            (a) How many parameters does `enc` have?
            (b) How many parameters does mha have?
            (c) What is the dimension of each head in `mha`?
            (d) What is the dimension of each head in head?
            """)
        // 3 · (64·32 + 32·32 + 2·32).
        #expect(answers["2a"] == .integer(9408))
        // 4 · 128² + 4 · 128.
        #expect(answers["2b"] == .integer(66_048))
        #expect(answers["2c"] == .integer(32))
        // A name that is also a word of the prose is read only in backticks.
        #expect(answers["2d"] == nil)
    }

    @Test func aRecurrentLayersFirstOutput() {
        let answers = Self.answers("""
            Problem 3
            rnn = nn.LSTM(input_size=10, hidden_size=16, bidirectional=True)
            gru = nn.GRU(10, 8, batch_first=True)
            (a) rnn receives a tensor of shape (7, 4, 10) (sequence length 7, batch 4). What is the shape of its first output?
            (b) gru receives 4 sequences of length 7, laid out batch-first. What is the shape of its first output?
            (c) rnn receives a tensor of shape (7, 4, 10) (batch 7). What is the shape of its first output?
            (d) What is the shape of h_n when rnn receives a tensor of shape (7, 4, 10)?
            """)
        #expect(answers["3a"] == .shape(dimensions: [7, 4, 32], layout: nil))
        #expect(answers["3b"] == .shape(dimensions: [4, 7, 8], layout: nil))
        // Words that contradict the layer's layout are left alone.
        #expect(answers["3c"] == nil)
        // h_n is (D·num_layers, N, H_out): both directions of the one layer.
        #expect(answers["3d"] == .shape(dimensions: [2, 4, 16], layout: nil))
    }

    @Test func theOptionWithTheMostOrFewestParameters() {
        let answers = Self.answers("""
            Problem 4
            Every layer has a bias unless stated otherwise.
            (a) How many parameters does a 3 × 3 convolution from 8 to 16 channels have?
            (b) Which of the following has the fewest parameters?
            (A) a 1 × 1 convolution from 8 to 16 channels
            (B) a fully connected layer from 8 inputs to 16 outputs without bias
            (C) the convolution of part (a)
            (D) a 5 × 5 convolution from 8 to 16 channels
            """)
        // (A) 144, (B) 128, (C) 1168, (D) 3216.
        #expect(answers["4b"] == .choice("B"))
        let tie = Self.answers("""
            Problem 4
            (a) Which layer has the most parameters?
            (A) nn.Linear(10, 10)
            (B) nn.Linear(10, 10, bias=True)
            (C) nn.Linear(4, 4)
            """)
        #expect(tie["4a"] == nil)
    }

    @Test func aGroupedConvolutionWithItsGroupsStated() {
        // (32/8 · 3 · 3 · 64) + 64.
        #expect(Self.answer("How many parameters does a 3 × 3 convolution from 32 to 64 channels with groups=8 have, biases included?") == .integer(2368))
        #expect(Self.answer("How many parameters does a grouped 3 × 3 convolution from 32 to 64 channels have?") == nil)
        #expect(Self.answer("How many parameters does a 3 × 3 convolution from 30 to 64 channels with 4 groups have?") == nil)
        #expect(Self.answer("How many weights does a 3 × 3 convolution from 32 to 64 channels with groups=8 have?", context: "In this problem no layer has a bias.")
            == .integer(2304))
    }

    @Test func namedModulesInOrderChainTheirShapes() {
        let answers = Self.answers("""
            Problem 1
            A 3 × 28 × 28 image passes through the following layers, in order:
            c1 = nn.Conv2d(3, 8, kernel_size=3)
            p1 = nn.MaxPool2d(2)
            c2 = nn.Conv2d(8, 4, kernel_size=3, padding=1)
            (a) What is the shape after p1?
            (b) What is the shape of the output of c2?
            """)
        #expect(answers["1a"] == .shape(dimensions: [8, 13, 13], layout: "CHW"))
        #expect(answers["1b"] == .shape(dimensions: [4, 13, 13], layout: "CHW"))
        // Without an order, a module's input is unknown.
        let unordered = Self.answers("""
            Problem 1
            A 3 × 28 × 28 image and these layers:
            c1 = nn.Conv2d(3, 8, kernel_size=3)
            p1 = nn.MaxPool2d(2)
            (a) What is the shape after p1?
            """)
        #expect(unordered["1a"] == nil)
        // "goes through A, then a ReLU, then B".
        let then = Self.answers("""
            Problem 1
            (a) A 3 × 20 × 20 input goes through nn.Conv2d(3, 6, kernel_size=5), then a ReLU, then nn.MaxPool2d(2). Give the output shape as C × H × W.
            """)
        #expect(then["1a"] == .shape(dimensions: [6, 8, 8], layout: "CHW"))
    }

    @Test func aLastProblemWithoutPointsAfterPointedOnes() {
        let set = ProblemSegmenter.segment("""
            1. Warm-up (4 pts)
            (a) Compute 1 + 1.
            2. Counting (6 pts)
            (a) Count the layers.
            (b) Count the weights.
            3. Bonus questions
            (a) Name a layer.
            """)
        #expect(set.problems.map(\.id) == ["1", "2", "3"])
        // A numbered sentence after them is no problem.
        let list = ProblemSegmenter.segment("""
            1. Warm-up (4 pts)
            (a) Compute 1 + 1.
            2. Counting (6 pts)
            Steps:
            3. Count the layers of the network.
            """)
        #expect(list.problems.map(\.id) == ["1", "2"])
    }

    @Test func optimizersWrittenAsTheirUpdateRules() {
        let answers = Self.answers("""
            Problem 2
            Minimize L(w) = w_1^2 + 2 w_2^2, so ∇L(w) = (2 w_1, 4 w_2). Start from w_0 = (2, 1) with learning rate η = 0.1.
            (a) Heavy-ball momentum with v_{t+1} = β v_t + ∇L(w_t), w_{t+1} = w_t − η v_{t+1}, β = 0.5 and v_0 = 0. What is w_2 after two steps?
            (b) Nesterov momentum in the form v_{t+1} = μ v_t − η ∇L(w_t + μ v_t), w_{t+1} = w_t + v_{t+1}, with μ = 0.5 and v_0 = 0. What is w_2?
            (c) Use Adam with β_1 = 0.9, β_2 = 0.999, ε = 10^{-8} and bias correction.
            (i) What is the iterate w_1?
            """)
        // (a): v1 = (4, 4), w1 = (1.6, 0.6); v2 = (2 + 3.2, 2 + 2.4) = (5.2, 4.4), w2 = (1.08, 0.16).
        #expect(Self.close(answers["2a"], [1.08, 0.16]))
        // (b): v1 = −0.1·(4, 4) = (−0.4, −0.4), w1 = (1.6, 0.6); look-ahead (1.4, 0.4) has gradient (2.8, 1.6);
        // v2 = (−0.2 − 0.28, −0.2 − 0.16), w2 = (1.12, 0.24).
        #expect(Self.close(answers["2b"], [1.12, 0.24]))
        // (c)(i): Adam's first step moves each weight by η against its gradient's sign.
        #expect(Self.close(answers["2c.i"], [1.9, 0.9]))
    }

    static func close(_ answer: Answer?, _ expected: [Double]) -> Bool {
        guard case .vector(let values)? = answer, values.count == expected.count else { return false }
        return zip(values, expected).allSatisfy { abs($0 - $1) < 1e-6 }
    }

    @Test func aScheduleWithMilestones() {
        #expect(Self.answer("The learning rate starts at 0.2 and is multiplied by 0.5 at epochs 10, 20 and 40. What learning rate is used during epoch 25?")
            == .real(RealValue(0.05)))
        // Next to a milestone the counting convention decides.
        #expect(Self.answer("The learning rate starts at 0.2 and is multiplied by 0.5 at epochs 10 and 20. What learning rate is used during epoch 20?") == nil)
    }

    @Test func theResidualsOfThatFit() {
        let answers = Self.answers("""
            Problem 4
            We fit y ≈ w_0 + w_1 x with a leading column of ones to x = (0, 1, 2), y = (1, 1, 4).
            (a) Compute the ordinary least-squares solution (w_0, w_1).
            (b) Compute the residual sum of squares of that fit.
            """)
        // ŵ = (0.5, 1.5); residuals (0.5, −1, 0.5).
        #expect(answers["4b"]?.scalar.map { abs($0 - 1.5) < 1e-9 } == true)
    }

    @Test func sigmaAppliedIsTheLogisticFunction() {
        let answers = Self.answers("""
            Problem 1
            Let g(u, v) = σ(u v) where σ(t) = 1/(1 + e^{-t}), evaluated at u = 1 and v = 0.
            (a) Compute g.
            (b) Compute the gradient (∂g/∂u, ∂g/∂v) at this point.
            (c) Give a general expression for ∂g/∂u in terms of u and v.
            """)
        #expect(answers["1a"]?.scalar.map { abs($0 - 0.5) < 1e-9 } == true)
        // σ′(0) = 1/4: ∂g/∂u = v/4 = 0, ∂g/∂v = u/4.
        #expect(Self.close(answers["1b"], [0, 0.25]))
        #expect(answers["1c"] == nil)
        // A σ defined otherwise is no sigmoid.
        let other = Self.answers("""
            Problem 1
            Let g = σ(u v) where σ(t) = max(0, t), evaluated at u = 1 and v = 2.
            (a) Compute g.
            """)
        #expect(other["1a"] == nil)
    }

    @Test func anOperandNamedWithoutNumbersIsNotAnotherArray() {
        let answers = Self.answers("""
            Problem 2
            Let x = (1, 2, 0, −1) and w = (1, −1). Unless stated otherwise, stride 1 and no padding.
            (a) Compute the cross-correlation of x with w (stride 1, no padding).
            (b) A single-channel 3 × 3 image M is convolved with the 2 × 2 kernel Q (no bias): write out the full output feature map.
            """)
        #expect(answers["2a"] == .vector([-1, 2, 1]))
        #expect(answers["2b"] == nil)
    }

    @Test func theGradientOfAStatedQuadraticLoss() {
        let answers = Self.answers("""
            Problem 5
            Minimize L(w) = 2w_1^2 + w_2^2 − w_2 starting from w_0 = (1, 2) with learning rate η = 0.25.
            (a) Take one step of gradient descent. Give w_1.
            (b) One step of gradient descent on the regularized objective L(w) + λ/2‖w‖^2 with λ = 0.2. Give w_1.
            (c) One step on the penalized objective L(w) + λ R(w) with λ = 0.2. Give w_1.
            """)
        // ∇L = (4w_1, 2w_2 − 1) = (4, 3) at (1, 2).
        #expect(Self.close(answers["5a"], [0, 1.25]))
        // Plus λw = (0.2, 0.4).
        #expect(Self.close(answers["5b"], [-0.05, 1.15]))
        #expect(answers["5c"] == nil)
        // A loss that is not quadratic gives no gradient; a product of two weights is quadratic.
        #expect(OptimizerReader.quadraticGradient("w_1^2w_2 + w_1^2", scale: 1, dimension: 2) == nil)
        #expect(OptimizerReader.quadraticGradient("w_1w_2 + w_1^2", scale: 1, dimension: 2)?.matrix == [[2, 1], [1, 0]])
        #expect(OptimizerReader.quadraticGradient("w_1^3", scale: 1, dimension: 1) == nil)
    }

    @Test func theLayerOfTheStatementWithItsChangedSettings() {
        let answers = Self.answers("""
            Problem 4
            Consider nn.Conv2d(8, 4, kernel_size=3) applied to an 8 × 10 × 10 input.
            (a) How many learnable parameters does the layer have?
            (b) Repeat (a) for the same layer with bias=False.
            (c) The original layer is made a grouped convolution with groups=2. How many parameters now?
            (d) The layer is replaced by a depthwise separable block. How many parameters does the block have?
            """)
        #expect(answers["4a"] == .integer(8 * 9 * 4 + 4))
        #expect(answers["4b"] == .integer(8 * 9 * 4))
        #expect(answers["4c"] == .integer(4 * 9 * 4 + 4))
        // The depthwise separable block, not the call's own count: 8·9 + 8 depthwise, 8·4 + 4 pointwise.
        #expect(answers["4d"] == .integer(8 * 9 + 8 + 8 * 4 + 4))
    }

    @Test func theConventionsStrideAndADilationInWords() {
        let answers = Self.answers("""
            Conventions. Unless a part says otherwise, shapes are C × H × W, the stride is 1 and there is no padding.

            Problem 1
            The input is a 3 × 32 × 32 image.
            (a) A layer with six five-by-five filters and a dilation of three is applied to the input. What is the output shape?
            """)
        // 32 − 3·(5 − 1) = 20.
        #expect(answers["1a"] == .shape(dimensions: [6, 20, 20], layout: "CHW"))
        // Without the convention the stride is not known.
        let bare = Self.answers("""
            Problem 1
            The input is a 3 × 32 × 32 image.
            (a) A layer with six five-by-five filters and a dilation of three is applied to the input. What is the output shape?
            """)
        #expect(bare["1a"] == nil)
    }
}
