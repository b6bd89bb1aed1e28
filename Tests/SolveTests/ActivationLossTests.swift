import Foundation
@testable import Solve
import Testing

/// Activation functions and single-example losses: the pure solvers against values worked
/// out by hand, and the parts that ask for them, including the ones that must not be
/// computed.
@Suite("Activations and losses")
struct ActivationLossTests {
    static func answer(_ text: String, context: String = "", conventions: String = "") -> Recognition {
        Recognizer().recognize(PartStatement(id: "1a", text: text, context: context, conventions: conventions))
    }

    static func vector(_ recognition: Recognition) -> [Double]? {
        if case .vector(let values)? = recognition.answer { return values }
        return nil
    }

    static func number(_ recognition: Recognition) -> Double? {
        switch recognition.answer {
        case .real(let value)?: value.value
        case .integer(let value)?: Double(value)
        default: nil
        }
    }

    // MARK: - Solvers

    @Test func activationValues() throws {
        #expect(isClose(try Activation(.sigmoid).apply([0, Foundation.log(3)]), [0.5, 0.75]))
        #expect(isClose(try Activation(.sigmoid, derivative: true).apply([0, Foundation.log(3)]), [0.25, 0.1875]))
        #expect(isClose(try Activation(.tanh, derivative: true).apply([0]), [1]))
        #expect(try Activation(.relu).apply([-2, 0, 3]) == [0, 0, 3])
        #expect(try Activation(.leakyReLU(slope: 0.1), derivative: true).apply([-2, 3]) == [0.1, 1])
        #expect(isClose(try Activation(.softmax(temperature: 1)).apply([Foundation.log(1), Foundation.log(3)]), [0.25, 0.75]))
        // Large logits stay finite.
        #expect(isClose(try Activation(.softmax(temperature: 1)).apply([1000, 1000]), [0.5, 0.5]))
        #expect(throws: SolverError.self) { try Activation(.relu, derivative: true).apply([0, 1]) }
        #expect(try Activation(.relu, derivative: true, derivativeAtZero: 1).apply([0, -1]) == [1, 0])
        #expect(throws: SolverError.self) { try Activation(.softmax(temperature: 0)).apply([1, 2]) }
    }

    @Test func lossValues() throws {
        // Logits (ln 1, ln 3): softmax (1/4, 3/4); −ln(1/4) = ln 4.
        let logits: [Double] = [0, Foundation.log(3.0)]
        #expect(isClose(try #require(Self.real(Loss.crossEntropy(scores: logits, kind: .logits, target: 0, base: M_E).evaluate())), Foundation.log(4)))
        #expect(isClose(try #require(Self.real(Loss.crossEntropy(scores: [0.5, 0.25, 0.25], kind: .probabilities, target: 1, base: 2).evaluate())), 2))
        if case .vector(let gradient) = try Loss.crossEntropyGradient(logits: logits, target: 1).evaluate() {
            #expect(isClose(gradient, [0.25, -0.25]))
        } else { Issue.record("gradient is not a vector") }
        // Scores (3, 1, 2), true class 1, margin 1: max(0, 3) + max(0, 2) = 5.
        #expect(try Loss.multiclassHinge(scores: [3, 1, 2], target: 1, margin: 1).evaluate() == .integer(5))
        #expect(try Loss.squaredError(prediction: [1, 2], target: [0, 0], reduction: .mean).evaluate() == Answer(q(5, 2)))
        #expect(throws: SolverError.self) { try Loss.crossEntropy(scores: [0.5, 0.6], kind: .probabilities, target: 0, base: M_E).evaluate() }
        #expect(throws: SolverError.self) { try Loss.multiclassHinge(scores: [1, 2], target: 2, margin: 1).evaluate() }
    }

    static func real(_ answer: Answer) -> Double? {
        if case .real(let value) = answer { return value.value }
        return nil
    }

    // MARK: - Parts

    @Test func activationParts() throws {
        let statement = "Let a = (0, 2, -1) be the pre-activations of one layer."
        let sigmoid = try #require(Self.vector(Self.answer("Apply the logistic sigmoid σ(a) to each entry.", context: statement)))
        let expected: [Double] = [0.5, 1 / (1 + exp(-2.0)), 1 / (1 + exp(1.0))]
        #expect(isClose(sigmoid, expected))
        let slope = try #require(Self.vector(Self.answer("What is the derivative of the sigmoid at each entry of a?", context: statement)))
        #expect(isClose(slope, sigmoid.map { $0 * (1 - $0) }))
        #expect(isClose(try #require(Self.number(Self.answer("What is tanh(0.5)?"))), tanh(0.5)))
        // The part's own values beat the statement's.
        #expect(Self.vector(Self.answer("Compute ReLU(a) for a = [3, -3].", context: statement)) == [3, 0])
        let softmax = try #require(Self.vector(Self.answer("Compute \\mathrm{softmax}(u / τ) for τ = 0.5.", context: "The logits are u = (1, 0).")))
        let e2: Double = exp(2.0)
        #expect(isClose(softmax, [e2 / (e2 + 1), 1 / (e2 + 1)]))
        let tempered = try #require(Self.vector(Self.answer("Give softmax(u) at temperature 2.", context: "The logits are u = (1, 0).")))
        let root: Double = exp(0.5)
        #expect(isClose(tempered, [root / (root + 1), 1 / (root + 1)]))
        // A convention fixes ReLU's derivative at 0, stated in the problem or the set.
        #expect(Self.vector(Self.answer("Compute ReLU′(a) entrywise.", context: statement + " Take the derivative of ReLU at 0 to be 1.")) == [1, 1, 0])
        #expect(Self.vector(Self.answer("Find ReLU'(h).", context: "Here h = (0, -4, 5).", conventions: "Throughout, ReLU'(0) = 0.")) == [0, 0, 1])
    }

    @Test func activationPartsItMustNotCompute() {
        let statement = "Let a = (0, 2, -1) be the pre-activations."
        let cases: [(String, String, String)] = [
            ("Compute ReLU'(a) entrywise.", statement, "derivative at 0"),
            ("Compare sigmoid(a) and tanh(a).", statement, "2 different functions"),
            ("Compute softmax(M).", "M = [1 2; 3 4]", "without the axis"),
            ("Compute sigmoid(b).", statement, "not given"),
            ("Compute dL/dh given that ReLU'(0) = 0.", statement, "no solver family"),  // the ask is a gradient of L
            ("Compute softmax(u / T).", "The logits are u = (1, 0).", "temperature"),
            ("Apply leaky ReLU to a.", statement, "slope"),
        ]
        // (One prediction and its label, in the statement, is read: −ln 0.8.)
        let binary = Self.answer("Compute the binary cross-entropy.", context: "The predicted probability is p = 0.8 and y = 1.").answer
        #expect(binary.flatMap { if case .real(let r) = $0 { abs(r.value + Foundation.log(0.8)) < 1e-9 } else { nil } } == true, "\(String(describing: binary))")
        for (text, context, reason) in cases {
            let recognition = Self.answer(text, context: context)
            #expect(recognition.answer == nil, "\(text)")
            #expect(recognition.reason?.contains(reason) == true, "\(text): \(recognition.reason ?? "")")
        }
        // An expression over given values is no activation operand; the written formula is
        // evaluated as a graph: σ((3, 8)).
        let formula = Self.answer("Compute σ(W x + b).", context: "W = [1 2; 3 4], b = (0, 1), x = (1, 1)")
        #expect(formula.recognized?.solver == "graph_value")
        guard case .vector(let values)? = formula.answer else { Issue.record("got \(String(describing: formula.answer))"); return }
        #expect(zip(values, [3.0, 8.0].map { 1 / (1 + exp(-$0)) }).allSatisfy { abs($0 - $1) < 1e-9 } && values.count == 2)
    }

    @Test func lossParts() throws {
        let statement = "A classifier outputs the logits z = (1, 3, 0) for an image of the third class."
        let loss = try #require(Self.number(Self.answer("What is the softmax cross-entropy loss?", context: statement)))
        let total: Double = exp(1.0) + exp(3.0) + 1
        #expect(isClose(loss, Foundation.log(total)))
        let gradient = try #require(Self.vector(Self.answer("Find the gradient of the cross-entropy with respect to the logits.", context: statement)))
        let p: [Double] = [exp(1.0) / total, exp(3.0) / total, 1 / total]
        #expect(isClose(gradient, [p[0], p[1], p[2] - 1]))
        // ∂L/∂z names the logits.
        #expect(Self.vector(Self.answer("Compute ∂L/∂z for the cross-entropy loss L.", context: statement)) != nil)
        // Probabilities, a one-hot target, bits.
        let bits = try #require(Self.number(Self.answer("Compute the cross-entropy in bits between the target y = [0, 0, 1] and the predicted probabilities p = (0.5, 0.25, 0.25).")))
        #expect(isClose(bits, 2))
        // A class number whose indexing the set states.
        let indexed = try #require(Self.number(Self.answer("The true class is y = 1. Compute the cross-entropy loss.",
                                                        context: "Classes are indexed from 0. The network's scores are s = (2, 0, 0).")))
        let expected: Double = Foundation.log(exp(2.0) + 2)
        #expect(isClose(indexed, expected))
        #expect(Self.answer("Compute the multiclass SVM loss with margin Δ = 2.", context: "Scores s = (3, 1, 2); the correct class is the second class.").answer == .integer(7))
        #expect(Self.answer("A model predicts (2, 0) for targets (1, 1). What is the mean squared error?").answer == .integer(1))
        #expect(Self.answer("What is the sum of squared errors of predictions ŷ = (2, 0) against the true values (1, 1)?").answer == .integer(2))
    }

    @Test func lossPartsItMustNotCompute() {
        let cases: [(String, String, String)] = [
            ("What is the cross-entropy loss?", "The logits are s = (1, 2, 0) and the label is y = 1.", "true class"),  // 0- or 1-based?
            ("What is the cross-entropy loss?", "The network outputs (1, 2, 0) for a cat.", "no single vector"),
            ("Compute the gradient of the cross-entropy with respect to the weights.", "The logits are s = (1, 2, 0); the true class is the first class.", "other than the logits"),
            ("What is the squared error?", "A model predicts (2, 0) for targets (1, 1).", "mean or sum"),
            ("Compute L = (1/2) times the mean squared error.", "A model predicts (2, 0) for targets (1, 1).", "halved"),
            ("Compute the binary cross-entropy over the batch.", "The predicted probabilities are p = 0.8 and 0.4, with labels y = 1 and 0.", "batch"),
            ("What is the cross-entropy in bits, using the natural log?", "The logits are s = (1, 2); the true class is the first class.", "base"),
            ("Compute the hinge loss.", "The logits are s = (1, 2, 0); the true class is the one with logit 5.", "true class"),
        ]
        for (text, context, reason) in cases {
            let recognition = Self.answer(text, context: context)
            #expect(recognition.answer == nil, "\(text) | \(context)")
            #expect(recognition.reason?.contains(reason) == true, "\(text): \(recognition.reason ?? "")")
        }
    }
}
