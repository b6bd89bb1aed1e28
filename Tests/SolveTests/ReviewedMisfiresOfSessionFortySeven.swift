import Foundation
import Problems
@testable import Solve
import Source
import Testing

/// Problem texts a reviewer wrote against session 47's new solving rules, each a misfire of the
/// rule as first written: now computed right or refused.
@Suite("Reviewed solve misfires, session 47")
struct ReviewedMisfiresOfSessionFortySeven {
    static func answers(_ text: String) -> [String: Answer] {
        let statements = ProblemDocument(source: SourceReader.markdown(text)).partStatements
        return Dictionary(uniqueKeysWithValues: zip(statements.map(\.id), Recognizer().recognize(statements)).compactMap { id, recognition in
            recognition.answer.map { (id, $0) }
        })
    }

    /// Clipping of a squared norm, by a fraction or a power of ten, of a total norm over several
    /// tensors, by value in the statement, per coordinate, or per example: none computed.
    @Test func clippingOtherThanOneVectorsNorm() {
        let found = Self.answers("""
            ## Problem 1
            **(a)** Clip the gradient $g = (6, 8)$ so that its squared norm is at most 4. What is the clipped gradient?
            **(b)** Clip the gradient $g = (6, 8)$ so that its norm is at most 1/2. What is the clipped gradient?
            **(c)** Clip the gradient $g = (0.06, 0.08)$ so that its norm is at most 1e-2. What is the clipped gradient?
            **(d)** Clip the gradient $g = (3, -0.5)$ componentwise with threshold 1. What is the clipped gradient?

            ## Problem 2
            The gradient with respect to W is (3, 0) and with respect to b is (4, 0). We clip the total gradient norm with max_norm=1.
            **(a)** What is the clipped gradient with respect to W?

            ## Problem 3
            Gradient clipping by value is used with a threshold of 1: each gradient entry is clamped to [−1, 1].
            **(a)** The gradient is $g = (3, -0.5)$. What is the clipped gradient?
            """)
        for id in ["1a", "1b", "1c", "1d", "2a", "3a"] { #expect(found[id] == nil, "\(id): \(String(describing: found[id]))") }
    }

    /// "using the averaged gradient", "this noisy gradient" and "We do not clip the gradient" take
    /// the step with the gradient given.
    @Test func aStepWithTheGradientGiven() {
        let found = Self.answers("""
            # HW 5

            ## Problem 1: mini-batch SGD

            The averaged gradient over the mini-batch is $g = (1, 2)$ at $w_0 = (0, 0)$.

            **(a)** [2 pts] Take one SGD step with learning rate 0.1 using the averaged gradient. What is $w_1$?

            ## Problem 2: no clipping

            Starting from $w_0 = (1, 1)$ with gradient $g = (4, 0)$ and learning rate $0.1$.

            **(a)** [2 pts] Take one step of gradient descent. We do not clip the gradient. What is $w_1$?
            """)
        #expect(found["1a"] == .vector([-0.1, -0.2]), "\(String(describing: found["1a"]))")
        #expect(found["2a"] == .vector([0.6, 1]), "\(String(describing: found["2a"]))")
    }

    /// A sub-part naming another model than its parent's ("the bigram model", "the first model
    /// from (a)") does not take the parent part's probabilities.
    @Test func aSubPartNamingAnotherModel() {
        let found = Self.answers("""
            # Homework 7

            ## 1. Two classifiers

            The logits of classifier A for one example are $z = (2, 1, 0)$, and the correct class is class 0.

            **(a)** [4 pts] Classifier B assigns probabilities 0.5 and 0.4 to the correct class on two other examples.

              (i) [2 pts] What is the mean cross-entropy loss of classifier A on its example?

              (ii) [2 pts] What is the average cross-entropy loss of classifier B?

            ## 2. Perplexity

            A bigram model assigns probabilities 0.2, 0.1 and 0.5 to the correct next words of a sentence.

            **(a)** [2 pts] What is the perplexity?

            **(b)** [4 pts] A trigram model assigns probabilities 0.4, 0.5 and 0.5 to the correct next words.

              (i) [2 pts] What is the perplexity of the bigram model?

              (ii) [2 pts] What is the perplexity of the trigram model?
            """)
        let bigram = exp(-(log(0.2) + log(0.1) + log(0.5)) / 3)
        #expect(found["2b.i"]?.scalar.map { abs($0 - bigram) < 1e-9 } == true, "\(String(describing: found["2b.i"]))")
    }

    /// "Apply the sigmoid to s. Examples are then classified with a threshold at 0.5.": the vector,
    /// not σ(0.5).
    @Test func aNumberAfterAtThatIsNoPoint() {
        let found = Self.answers("""
            # Homework 3

            ## 1. ReLU derivative

            Let $z = (1.5, -2, 0)$ be the pre-activations of a layer.

            **(a)** [2 pts] Compute the derivative of ReLU at each entry of z. For the derivative at 0, use 0.

            **(b)** [2 pts] Compute the ReLU derivative of z; take the subgradient at 0 to be 1.

            **(c)** [2 pts] Compute the derivative of the ReLU at each entry of z (where the derivative at 0 is defined as 0).

            ## 2. Sigmoid classifier

            The logits of four examples are $s = (2, -1, 0.5, 0)$.

            **(a)** [2 pts] Apply the sigmoid to s. Examples are then classified with a threshold at 0.5.

            **(b)** [2 pts] Compute the sigmoid of each entry of s, with the decision threshold set at 0.5.
            """)
        guard case .vector(let values)? = found["2a"] else { Issue.record("\(String(describing: found["2a"]))"); return }
        #expect(zip(values, [2.0, -1, 0.5, 0].map { 1 / (1 + exp(-$0)) }).allSatisfy { abs($0 - $1) < 1e-9 })
    }

    /// "Continue for a second step. What is the loss f(w^{(2)})?" asks the loss, not the iterate;
    /// a loss with a term that is no quadratic ("+ log(1 + e^{w_1})") gives no gradient at the start.
    @Test func aContinuationThatAsksAnotherQuantity() {
        let found = Self.answers("""
            # HW 6

            ## Problem 1: loss after

            Consider $f(w) = (w_1 - 1)^2 + 2\\,w_2^2$ with initial point $w^{(0)} = (3, -1)$ and learning rate $\\eta = 0.1$.

            **(a)** [3 pts] Take one step of plain gradient descent. What is $w^{(1)}$?

            **(b)** [3 pts] Continue for a second step. What is the loss $f(w^{(2)})$?

            ## Problem 6: a log term

            Minimize $f(w) = (w_1 - 1)^2 + 2w_2^2 + log(1 + e^{w_1})$ from $w^{(0)} = (3, -1)$.

            **(a)** [3 pts] Compute the gradient $\\nabla f(w^{(0)})$.
            """)
        #expect(found["1b"].map { if case .vector = $0 { false } else { true } } ?? true, "\(String(describing: found["1b"]))")
        #expect(found["6a"] == nil, "\(String(describing: found["6a"]))")
    }

    /// "The input to the first conv layer is 3 × 32 × 32": a layer's word before the input's shape
    /// (not right before its own kernel size) leaves the input read.
    @Test func anInputNamedBeforeALayerWord() {
        let stack = LayerStackReader.inputShape(StatementText("The input to the first conv layer is 3 × 32 × 32, and the layer is conv 3x3."))
        #expect(stack?.0.height == 32, "\(String(describing: stack))")
    }
}
