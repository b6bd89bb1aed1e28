import Foundation
@testable import Solve
import Testing

/// Families found when the first solve final check was run (and became development data):
/// each tested here on statements written for these tests, not the corpus's.
@Suite("Solve families after the first final check")
struct SecondRoundFamilyTests {
    static func answer(_ text: String, context: String = "", id: String = "1b") -> Answer? {
        Recognizer().recognize(PartStatement(id: id, text: text, context: context)).answer
    }

    @Test func aSubPartCountsItsParentsModule() {
        let context = "Count all learnable parameters.\n(a) Consider nn.Conv2d(8, 16, kernel_size=3)."
        #expect(Self.answer("How many parameters does this layer have?", context: context, id: "1a.i") == .integer(16 * 8 * 9 + 16))
        // A part that only names its module, under a statement that asks for every count.
        #expect(Self.answer("The output layer nn.Linear(64, 5).", context: "Count all learnable parameters (weights and biases).") == .integer(64 * 5 + 5))
    }

    static let batch = "A batch-norm layer in training mode sees x = (2, 2, 6, 10). Its parameters are γ = 1 and β = 0; use ε = 0 and the biased variance."

    @Test func batchStatisticsAskedTogetherOrPerExample() {
        // μ = 5, σ² = (9 + 9 + 1 + 25)/4 = 11.
        #expect(Self.answer("Compute the batch mean and the variance; give them as a pair.", context: Self.batch) == .vector([5, 11]))
        // One example's output, not the whole batch.
        let one = Self.answer("Compute the output y for the activation x = 10.", context: Self.batch)
        if case .real(let value)? = one { #expect(isClose(value.value, 5 / 11.0.squareRoot())) } else { Issue.record("got \(String(describing: one))") }
        #expect(Self.answer("Compute the output y for the activation x = 2.", context: Self.batch) == nil)
    }

    @Test func aSubPartTakesItsParentsSingleExampleAndUpstream() {
        let context = Self.batch + "\n(c) The batch is replaced by a single example, x = 4, with ε = 10^{−4}."
        #expect(Self.answer("What is the output y?", context: context, id: "1c.i") == .real(RealValue(0)))
        let upstream = Self.batch + "\n(d) The upstream gradient is ∂L/∂y = (1, 1, 1, 1)."
        // A constant upstream gradient: ∂L/∂γ = Σ x̂ = 0, ∂L/∂β = 4.
        let gamma = Self.answer("Compute ∂L/∂γ.", context: upstream, id: "1d.i")
        if case .real(let value)? = gamma { #expect(abs(value.value) < 1e-12) } else { Issue.record("got \(String(describing: gamma))") }
        #expect(Self.answer("Compute ∂L/∂β.", context: upstream, id: "1d.ii") == .real(RealValue(4)))
    }

    static let dropout = "A layer outputs a = (4, −2, 1, 0.5). Dropout drops each unit with probability 0.5; the sampled mask is m = (0, 1, 1, 0), where 1 means kept."

    @Test func dropoutOfAWholeLayer() {
        #expect(Self.answer("With inverted dropout, what does the layer output during training?", context: Self.dropout) == .vector([0, -4, 2, 0]))
        #expect(Self.answer("With classic (non-inverted) dropout, what does the layer output at test time?", context: Self.dropout) == .vector([2, -1, 0.5, 0.25]))
        // A mask whose 1 marks a dropped unit is not read as a keep mask.
        let flipped = Self.dropout.replacingOccurrences(of: "where 1 means kept", with: "where 1 means dropped")
        #expect(Self.answer("With inverted dropout, what does the layer output during training?", context: flipped) == nil)
    }

    @Test func aPlainTextDotProduct() {
        let statement = "The model is\n\nz = v . u + c\nL = 0.5 * (z - t)^2\n\nwith v = (1, 2), u = (3, −1), c = 0.5 and t = 1."
        let flat = statement.split(separator: "\n").joined(separator: " ")
        // z = 3 − 2 + 0.5 = 1.5; L = 0.125; ∂L/∂v = (z − t) u = (1.5, −0.5).
        #expect(Self.answer("Compute z.", context: flat) == .real(RealValue(1.5)))
        #expect(Self.answer("Compute dL/dv.", context: flat) == .vector([1.5, -0.5]))
    }

    @Test func referencesAndChangesAreFollowedOrRefused() {
        let shapes = "An image of size 3 × 32 × 32 is fed to each layer. Give the output shape as C × H × W.\n(a) nn.Conv2d(3, 8, kernel_size=3)."
        #expect(Self.answer("The output of (a) is passed through nn.MaxPool2d(kernel_size=2). What is the shape after pooling?", context: shapes)
            == .shape(dimensions: [8, 15, 15], layout: "CHW"))
        // A kernel named in words with its input and output: recovered, never convolved.
        let previous = "(a) A 1D transposed convolution with kernel [1, 1], stride 2 is applied to the input [2, 3]. Write out the output."
        #expect(Self.answer("A 2 × 2 kernel G without bias maps the input X to the output Y: X = [1 2 0; 0 1 3; 2 0 1], Y = [6 8; 8 8] (stride 1, no padding, not flipped). Recover G.",
                            context: previous) == .matrix([[1, 2], [3, 1]]))
        // Explanation after a supposition.
        #expect(Self.answer("Suppose instead that X were all zeros. Explain why G could no longer be recovered.", context: previous) == nil)
        // A change to a stack described in another part.
        #expect(Self.answer("Same network as in (b), but the last layer is replaced by a 5 × 5 convolution with stride 1. What is the receptive field now?",
                            context: "(b) A 3 × 3 convolution with stride 1, then a 3 × 3 convolution with stride 2.") == nil)
    }

    @Test func shreddedOrMismatchedArraysAreNotRead() {
        // A pasted display matrix: pieces of stretched brackets among the numbers.
        let pasted = "A 2 × 2 kernel K maps the input X to the output Y (stride 1, no padding):\n\u{F8EE}\n1 2 0\n\u{F8F0}\nX = 0 1 3, Y = [6, 8]\n2 0 1\nRecover K."
        #expect(Self.answer(pasted) == nil)
        // A 2 × 2 kernel named, vectors read.
        #expect(Self.answer("A 2 × 2 kernel K maps x = (1, 2, 3) to y = (5, 8) (stride 1, no padding, not flipped). Recover K.") == nil)
    }

    static let quadratic = "We minimize f(w) = 1/2(w_1^2 + 2 w_2^2), with ∇f(w) = (w_1, 2w_2), from w^{(0)} = (2, 1) with learning rate η = 0.5. Velocities start at zero."

    @Test func momentumAndNesterovAsWrittenAndRunsThatContinue() {
        // Heavy ball with β: v1 = (2, 2), w1 = (1, 0); v2 = (0.5·2 + 1, 0.5·2 + 0) = (2, 1), w2 = (0, −0.5).
        #expect(Self.answer("Momentum with β = 0.5, using v^{(t+1)} = βv^{(t)} + ∇f(w^{(t)}) and w^{(t+1)} = w^{(t)} − ηv^{(t+1)}. Give w^{(2)} after two steps.",
                            context: Self.quadratic) == .vector([0, -0.5]))
        // Look-ahead Nesterov: step 1 as plain GD, w1 = (1, 0), v1 = (2, 2); look-ahead w1 − 0.25·v1 = (0.5, −0.5),
        // gradient (0.5, −1); v2 = (1.5, 0), w2 = (0.25, 0).
        #expect(Self.answer("Nesterov momentum with β = 0.5, using v^{(t+1)} = βv^{(t)} + ∇f(w^{(t)} − ηβv^{(t)}) and w^{(t+1)} = w^{(t)} − ηv^{(t+1)}. Give w^{(2)} after two steps.",
                            context: Self.quadratic) == .vector([0.25, 0]))
        // The exponential-average velocity is another method.
        #expect(Self.answer("Momentum with β = 0.5, using v ← βv + (1 − β)∇f(w), w ← w − ηv. Give w^{(2)} after two steps.", context: Self.quadratic) == nil)
        // "Continue the run of (a) for one more step" = two steps of (a)'s method.
        let context = Self.quadratic + "\n(a) Take one step of gradient descent. What is w^{(1)}?"
        #expect(Self.answer("Continue the run of (a) for one more step. What is w^{(2)}?", context: context) == .vector([0.5, 0]))
    }

    @Test func stepSchedules() {
        let statement = "A step schedule starts at η = 0.2 and multiplies the learning rate by 0.1 every 5 epochs."
        // Epoch 12: two decays whether epochs count from 0 or 1.
        // (Rates are rounded to 12 decimals: 0.002, not 0.0020000000000000005.)
        #expect(Self.answer("What learning rate is used during epoch 12?", context: statement) == .real(RealValue(0.002)))
        // Epoch 10: the countings disagree (two decays from 0, one from 1).
        #expect(Self.answer("What learning rate is used during epoch 10?", context: statement) == nil)
        #expect(Self.answer("What learning rate is used during epoch 10? (Epochs are counted from 1.)", context: statement) == .real(RealValue(0.02)))
    }

    @Test func ridgeFromItsObjectiveAndPredictionsFromAnAnswer() {
        let statement = "We fit y ≈ w_0 + w_1x to the points x = (0, 1, 2), y = (1, 1, 4)."
        let context = statement + "\n(a) Find the least-squares solution (w_0, w_1) in closed form."
        // OLS: w = (0.5, 1.5); at x = 4: 6.5.
        #expect(Self.answer("Using your answer to (a), predict y at x = 4.", context: context) == .real(RealValue(6.5)))
        // Ridge, λ = 1, intercept penalized: [4 3; 3 6]⁻¹ (6, 9) = (0.6, 1.2).
        let ridge = Self.answer("Solve ridge regression with λ = 1, i.e. minimize ‖Xw − y‖^2 + λ‖w‖^2 where the penalty includes the intercept w_0. Give (w_0, w_1).", context: statement)
        if case .vector(let w)? = ridge { #expect(isClose(w, [0.6, 1.2])) } else { Issue.record("got \(String(describing: ridge))") }
        // The objective without saying what the penalty covers: not computed.
        #expect(Self.answer("Solve ridge regression with λ = 1, i.e. minimize ‖Xw − y‖^2 + λ‖w‖^2. Give (w_0, w_1).", context: statement) == nil)
    }

    @Test func aFormulaThePartWritesOverGivenValues() {
        let statement = "Let A = [2 1; 1 1] and B = [1 0; 0 2], with d = 4."
        #expect(Self.answer("Compute the product A B^T (no transposes needed for B).", context: statement) == .matrix([[2, 2], [1, 2]]))
        #expect(Self.answer("Compute A^{−1}.", context: statement) == .matrix([[1, -1], [-1, 2]]))
        // A B / √d = [1 1; 0.5 1], softmax over each row.
        let second = Foundation.exp(0.5) / (Foundation.exp(0.5) + Foundation.exp(1))
        if case .matrix(let rows)? = Self.answer("Compute softmax(A B / √d), softmax taken over each row.", context: statement) {
            #expect(isClose(rows.flatMap { $0 }, [0.5, 0.5, second, 1 - second], tolerance: 1e-11))
        } else {
            Issue.record("no matrix")
        }
        // An unknown function around it, a fragment of a remark, the tail of an unread formula: nothing.
        #expect(Self.answer("Compute det(A^{−1}).", context: statement) == nil)
        #expect(Self.answer("Give the attention weights (divide by √d, softmax over keys).", context: statement) == nil)
        #expect(Self.answer("Evaluate the gradient at the point w_t − dA.", context: statement) == nil)
    }

    @Test func aLeakySlopeIsNoDerivative() {
        #expect(Self.answer("Apply leaky ReLU with negative slope 0.2 to z = (−5, 1, 2).") == .vector([-1, 1, 2]))
    }
}
