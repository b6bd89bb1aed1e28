import Foundation
import Problems
@testable import Solve
import Source
import Testing

/// Families found in the held-out runs of session 46 (`solve/final62` …), each tested on
/// statements written for these tests.
@Suite("Solve families, forty-sixth round")
struct FortySixthRoundFamilyTests {
    static func answers(_ text: String) -> [String: Answer] { TenthRoundFamilyTests.answers(text) }

    static func vector(_ answer: Answer?) -> [Double]? {
        if case .vector(let values)? = answer { return values }
        return nil
    }

    /// "the gradient of the MSE with respect to the predictions" is 2(ŷ − y)/n, a vector, not
    /// the loss; a summed error drops the 1/n; an error halved where it is defined, a gradient
    /// with respect to the weights, or of the absolute error is not computed.
    @Test func theGradientOfASquaredErrorWithRespectToThePredictions() {
        let found = Self.answers("""
            Problem 4
            A model outputs ŷ = (1.0, 2.0, 4.0) for targets y = (0.0, 2.5, 3.0).
            (a) Compute the mean squared error.
            (b) What is the derivative of the MSE with respect to each prediction? Give a vector.
            (c) Find the gradient of the sum of squared errors with respect to the network's outputs.
            (d) Find the gradient of the MSE with respect to the weights of the last layer.
            (e) Compute the gradient of the mean absolute error with respect to the predictions.
            """)
        #expect(found["4a"].flatMap { $0.scalar }.map { abs($0 - 0.75) < 1e-9 } == true, "\(String(describing: found["4a"]))")
        let mean = Self.vector(found["4b"])
        #expect(mean.map { zip($0, [2.0 / 3, -1.0 / 3, 2.0 / 3]).allSatisfy { abs($0 - $1) < 1e-9 } } == true, "\(String(describing: found["4b"]))")
        let sum = Self.vector(found["4c"])
        #expect(sum.map { zip($0, [2.0, -1.0, 2.0]).allSatisfy { abs($0 - $1) < 1e-9 } } == true, "\(String(describing: found["4c"]))")
        #expect(found["4d"] == nil, "\(String(describing: found["4d"]))")
        #expect(found["4e"] == nil, "\(String(describing: found["4e"]))")
        // (An error defined with ½ in the part it names has the gradient ŷ − y, not read here.)
        let halved = Self.answers("""
            Problem 1
            Predictions p = (0.5, 1.5) and targets t = (1.0, 1.0).
            (a) Compute the MSE, defined here as L = \\frac{1}{2n} \\sum_i (p_i - t_i)^2.
            (b) Compute the gradient of the MSE in (a) with respect to the predictions p.
            """)
        #expect(halved["1b"] == nil, "\(String(describing: halved["1b"]))")
    }

    /// "what is the largest predicted probability?" after a softmax: the vector's largest entry
    /// (the smallest for "lowest output probability"), never the whole vector.
    @Test func theLargestPredictedProbabilityOfASoftmax() {
        let found = Self.answers("""
            Problem 3
            A three-class model outputs the logits s = (0.0, 1.0, 3.0).
            (a) With a temperature of T = 0.5, that is softmax(s/T), what is the highest predicted probability?
            (b) Using the plain softmax(s), what is the lowest output probability?
            """)
        let e = [0.0, 2.0, 6.0].map { Foundation.exp($0) }
        let f = [0.0, 1.0, 3.0].map { Foundation.exp($0) }
        #expect(found["3a"].flatMap { $0.scalar }.map { abs($0 - e[2] / e.reduce(0, +)) < 1e-9 } == true, "\(String(describing: found["3a"]))")
        #expect(found["3b"].flatMap { $0.scalar }.map { abs($0 - f[0] / f.reduce(0, +)) < 1e-9 } == true, "\(String(describing: found["3b"]))")
    }

    /// A cross-entropy against a smoothed or soft target, or with class weights, is not the
    /// loss of the class's one-hot target: not computed.
    @Test func aCrossEntropyWithAChangedTargetIsNotComputed() {
        let found = Self.answers("""
            Problem 2
            A classifier gives the logits z = (1.5, 0.2, -0.3) and the correct class is the first class.
            (a) Compute the cross-entropy loss.
            (b) With label smoothing of 0.2 over the three classes, compute the cross-entropy loss.
            (c) Using soft targets (0.8, 0.1, 0.1), compute the cross-entropy.
            (d) With class weights (2, 1, 1), compute the weighted cross-entropy loss.
            """)
        #expect(found["2a"] != nil)
        #expect(found["2b"] == nil, "\(String(describing: found["2b"]))")
        #expect(found["2c"] == nil, "\(String(describing: found["2c"]))")
        #expect(found["2d"] == nil, "\(String(describing: found["2d"]))")
    }

    /// "Use the multiclass SVM loss L = … with margin Δ = 1." then "(a) Compute L." and
    /// "(b) Compute ∂L/∂s": the loss the statement defines, asked by its symbol; its subgradient
    /// is 1 for each class whose term is positive and minus their count at the true class
    /// (the true class named as "an image of a dog"); a term exactly 0 has no gradient.
    @Test func aHingeLossAskedByItsSymbolAndItsGradient() {
        let found = Self.answers("""
            Problem 5
            A linear classifier gives the scores s = (1.0, 2.5, 0.2) to the classes (dog, cat, bird) for an image of a dog.
            Use the multiclass SVM loss L = sum over j != y of max(0, s_j - s_y + Delta) with margin Delta = 1.
            (a) Compute L.
            (b) Compute the gradient of L with respect to the scores s.
            """)
        #expect(found["5a"].flatMap { $0.scalar }.map { abs($0 - 2.7) < 1e-9 } == true, "\(String(describing: found["5a"]))")
        #expect(found["5b"] == .vector([-2, 1, 1]), "\(String(describing: found["5b"]))")
        let kink = Self.answers("""
            Problem 5
            The scores are s = (2.0, 1.0, 0.0) for the classes (dog, cat, bird), and the correct class is the first class.
            (a) Compute the gradient of the multiclass hinge loss with margin 1 with respect to the scores.
            """)
        #expect(kink["5a"] == nil, "\(String(describing: kink["5a"]))")
    }

    /// A stack written with arrows, "Conv 5×5 (stride 1) → MaxPool 2×2 (stride 2) → Conv 3×3
    /// (stride 1)": each arrow separates a layer, so the strides are each layer's own.
    @Test func aStackWrittenWithArrows() {
        let found = Self.answers("""
            Problem 3
            (a) What is the receptive field (one side, in input pixels) of an output unit of the stack Conv 5×5 (stride 1) → MaxPool 2×2 (stride 2) → Conv 3×3 (stride 1)?
            """)
        // 5, then 5 + 1 = 6 (jump 2), then 6 + 2·2 = 10.
        #expect(found["3a"] == .integer(10), "\(String(describing: found["3a"]))")
    }

    /// Matrices drawn between bars and set side by side in a plain-text block, the taller one's
    /// rows continuing alone below the shorter: each read whole.
    @Test func matricesDrawnBetweenBarsSideBySide() {
        let found = Self.answers("""
            Problem 4
            Let

                A = | 3  1  0 |      W = | 0  1 |
                    | 1  4  2 |          | 1  0 |
                    | 0  2  5 |

            (a) Apply 2 × 2 max pooling with stride 1 to A.
            (b) Compute the valid cross-correlation of A with W (stride 1).
            """)
        #expect(found["4a"] == .matrix([[4, 4], [4, 5]]), "\(String(describing: found["4a"]))")
        #expect(found["4b"] == .matrix([[2, 4], [4, 4]]), "\(String(describing: found["4b"]))")
    }

    /// "Apply layer normalization (no learnable scale or shift, …)" under a statement that gives
    /// another layer's γ and β: γ = 1 and β = 0.
    @Test func noLearnableScaleOrShift() {
        let found = Self.answers("""
            Problem 4
            A batch-normalization layer sees one feature over a batch x = (0, 2, 4), with gamma = 3 and beta = 1.
            (a) Compute the batch mean.
            (b) Apply layer normalization (without a learned scale and shift, epsilon = 0, biased variance) to the vector (1, 3).
            """)
        #expect(found["4b"] == .vector([-1, 1]), "\(String(describing: found["4b"]))")
    }

    /// "(b) How many does nn.GRU(…) have?" after "(a) How many learnable parameters does …": the
    /// count the earlier part asks, its noun elided; not after a part that asks something else.
    @Test func aCountWhoseNounIsElided() {
        let found = Self.answers("""
            Problem 1
            (a) How many learnable parameters does nn.Linear(10, 4) have?
            (b) How many does nn.GRU(8, 16) have?
            """)
        #expect(found["1b"] == .integer(3 * (16 * 8 + 16 * 16 + 2 * 16)), "\(String(describing: found["1b"]))")
        let other = Self.answers("""
            Problem 1
            (a) What is the output shape of nn.Linear(10, 4) on a batch of 3 inputs?
            (b) How many does nn.GRU(8, 16) have?
            """)
        #expect(other["1b"] == nil, "\(String(describing: other["1b"]))")
    }

    /// Under a statement about attention, "Compute the softmax of the score vector s = (…)" is
    /// the softmax of the part's own numbers; "divide the same scores by √d_k before the softmax"
    /// changes them in words and is not computed as their plain softmax.
    @Test func aSoftmaxOfThePartsOwnNumbersBesideAttention() {
        let found = Self.answers("""
            Problem 3
            Self-attention computes Attn(Q, K, V) = softmax(Q K^T / sqrt(d_k)) V with
            Q = [1 0; 0 1] and K = [1 1; 0 1] and V = [1 2; 3 4].
            (a) Compute the softmax of the score vector s = (1, 0, -1).
            (b) Now divide the same scores by sqrt(d_k) with d_k = 9 before the softmax. What is the resulting probability vector?
            """)
        let e = [1.0, 0, -1].map { Foundation.exp($0) }
        #expect(Self.vector(found["3a"]).map { zip($0, e.map { $0 / e.reduce(0, +) }).allSatisfy { abs($0 - $1) < 1e-9 } } == true,
                "\(String(describing: found["3a"]))")
        #expect(found["3b"] == nil || Self.vector(found["3b"]).map { abs($0[0] - Foundation.exp(1.0 / 3) / (Foundation.exp(1.0 / 3) + 1 + Foundation.exp(-1.0 / 3))) < 1e-9 } == true,
                "\(String(describing: found["3b"]))")
    }

    /// "(e) Now apply a causal mask … (ii) Give the corresponding output.": the sub-part's output
    /// is the masked attention's, never the unmasked one the equations compute.
    @Test func aSubpartUnderAPartThatMasksTheAttention() {
        let found = Self.answers("""
            Problem 2
            Use Attn(Q, K, V) = softmax(Q K^T / sqrt(d_k)) V with d_k = 2 and
            Q = [1 0; 0 1], K = [1 0; 0 1], V = [1 2; 3 4].
            (a) Compute the output.
            (b) Now apply a causal mask, so that query i may only attend to keys j <= i.
            (i) Give the masked attention weight matrix.
            (ii) Give the corresponding output.
            """)
        let s = 1 / 2.0.squareRoot()
        let w = [1 / (1 + Foundation.exp(s)), Foundation.exp(s) / (1 + Foundation.exp(s))]
        let masked: [[Double]] = [[1, 2], [w[0] * 1 + w[1] * 3, w[0] * 2 + w[1] * 4]]
        if case .matrix(let got)? = found["2b.ii"] {
            #expect(zip(got.joined(), masked.joined()).allSatisfy { abs($0 - $1) < 1e-6 }, "\(got)")
        } else {
            #expect(found["2b.ii"] == nil)
        }
    }

    /// "How many parameters does this front-end layer have?" after a part that writes its one
    /// call: that call, not the statement's other layer.
    @Test func thisLayerNamedByWhatItDoes() {
        let found = Self.answers("""
            Problem 6
            The classifier ends with nn.Linear(64, 10).
            (a) An audio front end applies nn.Conv1d(1, 32, kernel_size=9, stride=4). Give the number of output channels.
            (b) How many parameters does this front-end layer have?
            """)
        #expect(found["6b"] == .integer(1 * 32 * 9 + 32), "\(String(describing: found["6b"]))")
    }

    /// "What is the mean squared residual (1/3)‖Xw − y‖² of the solution of (a)?" is the fit's
    /// MSE; a residual norm that is not read is not answered with the weights.
    @Test func aResidualOfTheFitIsNotItsWeights() {
        let found = Self.answers("""
            Problem 4
            Fit y ~ X w with no intercept, where X = [1 0; 0 1; 1 1] and y = [1; 3; 3].
            (a) Compute the least-squares solution w = (X^T X)^(-1) X^T y.
            (b) What is the mean squared residual (1/3) ||X w - y||^2 of the solution of (a)?
            (c) What is the squared residual norm ||X w - y||^2 of the solution of (a)?
            """)
        // XᵀX = [[2, 1], [1, 2]], Xᵀy = (4, 6): w = (2/3, 8/3); residuals (−1/3, −1/3, 1/3).
        #expect(TenthRoundFamilyTests.close(found["4a"], [2.0 / 3, 8.0 / 3], 1e-9), "\(String(describing: found["4a"]))")
        #expect(found["4b"].flatMap { $0.scalar }.map { abs($0 - 1.0 / 9) < 1e-9 } == true, "\(String(describing: found["4b"]))")
        #expect(found["4c"] == nil || found["4c"].flatMap { $0.scalar }.map { abs($0 - 1.0 / 3) < 1e-9 } == true, "\(String(describing: found["4c"]))")
    }

    /// "A bias of −1 is added to every entry of your answer to (a) and a ReLU is applied": an
    /// earlier result changed further, never the plain convolution of the statement's arrays.
    @Test func anEarlierResultChangedFurtherIsNoConvolution() {
        let found = Self.answers("""
            Problem 1
            Let X = [1 2 0; 0 1 3; 2 1 0] and K = [1 0; 0 -1]. Convolution means cross-correlation, stride 1, no padding.
            (a) Compute the convolution of X with K.
            (b) A bias of -1 is added to every entry of your answer to (a) and a ReLU is applied. Write the resulting matrix.
            """)
        #expect(found["1a"] == .matrix([[0, -1], [-1, 1]]), "\(String(describing: found["1a"]))")
        #expect(found["1b"] == nil || found["1b"] == .matrix([[0, 0], [0, 0]]), "\(String(describing: found["1b"]))")
    }
}
