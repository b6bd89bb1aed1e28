import Foundation
import Problems
@testable import Solve
import Source
import Testing

/// Families found in the held-out runs of session 47 (`solve/final64` …), each tested on
/// statements written for these tests.
@Suite("Solve families, forty-seventh round")
struct FortySeventhRoundFamilyTests {
    static func answers(_ text: String) -> [String: Answer] { TenthRoundFamilyTests.answers(text) }

    static func vector(_ answer: Answer?) -> [Double]? {
        if case .vector(let values)? = answer { return values }
        return nil
    }

    /// "The network takes 64x64 RGB inputs through conv 5x5 (stride 1) -> …": the words after
    /// "inputs" name a layer, so 5x5 is a kernel, not the input; the stack keeps all its layers.
    @Test func anInputPhraseDoesNotReachIntoTheFirstLayer() {
        let found = Self.answers("""
            Problem 3
            The network takes 64x64 RGB inputs through conv 5x5 (stride 1) -> ReLU -> conv 5x5 (stride 1)
              -> max-pool 2x2 (stride 2) -> conv 3x3 (stride 1)
            (a) What is the receptive field of one unit of the last conv layer, in input pixels?
            """)
        // 5 → 9 → 10 (jump 2) → 14.
        #expect(found["3a"] == .integer(14), "\(String(describing: found["3a"]))")
        let stack = LayerStackReader.read(StatementText("Inputs go to conv 3x3 (stride 1) -> conv 3x3 (stride 1); the images are 28x28 grayscale."))
        guard case .success(let read)? = stack else { Issue.record("\(String(describing: stack))"); return }
        #expect(read.layers.count == 2)
        #expect(read.input?.height != 3, "\(String(describing: read.input))")
    }

    /// "Over four examples the classifier assigns probabilities 0.9, 0.6, 0.3 and 0.5 to the
    /// true class" in a part, then its sub-parts ask for the mean cross-entropy and the
    /// perplexity: the parent part's probabilities, not the statement's logits.
    @Test func probabilitiesOfTheCorrectClassInTheParentPart() {
        let statements = ProblemDocument(source: SourceReader.latex("""
            \\documentclass{exam}
            \\begin{document}
            \\begin{questions}
            \\question A classifier outputs logits $z = (1, 3, -2)$ for one image whose label is class 1.
            \\begin{parts}
            \\part Compute the cross-entropy loss for this image.
            \\part Over four examples the classifier assigns probabilities 0.9, 0.6, 0.3 and 0.5 to the true class.
            \\begin{subparts}
            \\subpart What is the mean cross-entropy per example, in bits?
            \\subpart What is the perplexity?
            \\end{subparts}
            \\end{parts}
            \\end{questions}
            \\end{document}
            """)).partStatements
        let found = Dictionary(uniqueKeysWithValues: zip(statements.map(\.id), Recognizer().recognize(statements).map(\.answer)))
        let logs = [0.9, 0.6, 0.3, 0.5].map { -log($0) }
        let mean = logs.reduce(0, +) / 4
        #expect(found["1b.i"]??.scalar.map { abs($0 - mean / log(2.0)) < 1e-9 } == true, "\(String(describing: found["1b.i"]))")
        #expect(found["1b.ii"]??.scalar.map { abs($0 - exp(mean)) < 1e-9 } == true, "\(String(describing: found["1b.ii"]))")
    }

    /// "Clip the gradient to a maximum norm of 5": g scaled to norm 5 when larger, unchanged when
    /// not; a step taken with the clipped gradient, clipping by value, two gradients clipped
    /// together, or the norm of the clipped gradient are not computed.
    @Test func aGradientClippedByItsNorm() {
        let found = Self.answers("""
            Problem 2
            The gradient of the loss with respect to the weights w = (0.5, 0.5) is g = (6, -8).
            (a) Clip the gradient to a maximum norm of 5. What is the result?
            (b) With clip_grad_norm_(params, max_norm=20), what is the clipped gradient?
            (c) Take one SGD step with learning rate 0.1 using the rescaled gradient from (a). What is w?
            (d) Clip the gradient by value to [-5, 5]. What is the result?
            (e) What is the norm of the clipped gradient from (a)?
            """)
        let scaled = Self.vector(found["2a"])
        #expect(scaled.map { zip($0, [3.0, -4.0]).allSatisfy { abs($0 - $1) < 1e-9 } } == true, "\(String(describing: found["2a"]))")
        #expect(Self.vector(found["2b"]) == [6, -8], "\(String(describing: found["2b"]))")
        #expect(found["2c"] == nil, "\(String(describing: found["2c"]))")
        #expect(found["2d"] == nil, "\(String(describing: found["2d"]))")
        #expect(found["2e"] == nil, "\(String(describing: found["2e"]))")
        let joint = Self.answers("""
            Problem 5
            Two parameter tensors have gradients (3, 0) and (4). They are clipped with
            clip_grad_norm_(model.parameters(), max_norm=1.0).
            (a) What is the clipped gradient of the first tensor?
            """)
        #expect(joint["5a"] == nil, "\(String(describing: joint["5a"]))")
    }

    /// "Repeat (a) for nn.GRU(64, 32)." after "(a) How many parameters does nn.RNN(64, 32)
    /// have?": (a)'s question of the call the repeat names; a repeat that names a call while (a)
    /// writes two is not read.
    @Test func aRepeatForAnotherModuleCall() {
        let found = Self.answers("""
            Problem 1
            (a) How many trainable parameters does nn.RNN(64, 32) have?
            (b) Repeat (a) for nn.GRU(64, 32).
            (c) Repeat (a) for nn.LSTM(64, 32, bias=False).
            (d) How many parameters do nn.RNN(64, 32) and nn.Linear(32, 10) have together?
            (e) Repeat (d) for nn.GRU(64, 32).
            """)
        #expect(found["1a"] == .integer(32 * 64 + 32 * 32 + 64), "\(String(describing: found["1a"]))")
        #expect(found["1b"] == .integer(3 * (32 * 64 + 32 * 32 + 64)), "\(String(describing: found["1b"]))")
        #expect(found["1c"] == .integer(4 * (32 * 64 + 32 * 32)), "\(String(describing: found["1c"]))")
        #expect(found["1e"] == nil, "\(String(describing: found["1e"]))")
    }

    /// "What is the derivative of tanh at input 0.5?" under a statement with a vector of logits:
    /// the one point the part states, not the statement's vector.
    @Test func anActivationAtThePointThePartStates() {
        let found = Self.answers("""
            Problem 2
            A layer outputs the pre-activations z = (1.5, -0.5, 2.0).
            (a) Apply tanh to z.
            (b) What is the derivative of tanh at input 0.5?
            (c) What is the sigmoid's derivative at x = -2?
            """)
        #expect(Self.vector(found["2a"]).map { zip($0, [1.5, -0.5, 2.0].map(tanh)).allSatisfy { abs($0 - $1) < 1e-9 } } == true, "\(String(describing: found["2a"]))")
        #expect(found["2b"]?.scalar.map { abs($0 - (1 - tanh(0.5) * tanh(0.5))) < 1e-9 } == true, "\(String(describing: found["2b"]))")
        let s = 1 / (1 + exp(2.0))
        #expect(found["2c"]?.scalar.map { abs($0 - s * (1 - s)) < 1e-9 } == true, "\(String(describing: found["2c"]))")
    }

    /// "Compute the gradient ∇f(w^{(0)})" of a stated quadratic loss, and "Continue for a second
    /// step." right after a part that takes one step of a named method: that method's second
    /// iterate. A continuation after a part that names two methods is not read.
    @Test func theStartingGradientAndASecondStepOfThePartBefore() {
        let found = Self.answers("""
            Problem 1
            Consider f(w) = 2(w_1 - 2)^2 + w_2^2 with w^{(0)} = (1, 1) and learning rate η = 0.25.
            (a) Compute the gradient ∇f(w^{(0)}).
            (b) Take one step of gradient descent. What is w^{(1)}?
            (c) Continue for a second step. What is w^{(2)}?
            (d) Compare one step of SGD with one step of momentum SGD with β = 0.5. What is w^{(1)} for the momentum run?
            (e) Continue for a second step. What is w^{(2)}?
            """)
        #expect(Self.vector(found["1a"]) == [-4, 2], "\(String(describing: found["1a"]))")
        #expect(Self.vector(found["1b"]) == [2, 0.5], "\(String(describing: found["1b"]))")
        #expect(Self.vector(found["1c"]) == [2, 0.25], "\(String(describing: found["1c"]))")
        #expect(found["1e"] == nil, "\(String(describing: found["1e"]))")
    }

    /// "Output shape of pool2. (This should agree with the input size of fc.)" under a table of
    /// named modules: the modules up to pool2 in the table's order, not pool2 applied to the
    /// network's input; a part that asks it beside another question is refused.
    @Test func aLaterModuleNamedBesideAnother() {
        let text = """
            Problem 3
            The network takes a 3 × 32 × 32 RGB image. Its layers, in order:

            | name | layer |
            |---|---|
            | conv1 | nn.Conv2d(3, 16, kernel_size=3, padding=1) |
            | pool1 | nn.MaxPool2d(2) |
            | conv2 | nn.Conv2d(16, 32, kernel_size=3, padding=2, dilation=2) |
            | pool2 | nn.AvgPool2d(2, stride=2) |
            | fc | nn.Linear(32 * 8 * 8, 10) |

            (a) Output shape of pool2. (This should agree with the input size of fc.)
            (b) Does the input size of fc agree with the output shape of pool2? Give that shape.
            """
        let statements = ProblemDocument(source: SourceReader.markdown(text)).partStatements
        let found = Dictionary(uniqueKeysWithValues: zip(statements.map(\.id), Recognizer().recognize(statements).map(\.answer)))
        guard case .shape(let dimensions, _)?? = found["3a"] else { Issue.record("\(String(describing: found["3a"]))"); return }
        #expect(dimensions == [32, 8, 8])
        // (Asked beside another question, it is not read: pool2 is not applied to the network's input.)
        #expect(found["3b"] ?? nil == nil, "\(String(describing: found["3b"]))")
    }
}
