import Foundation
@testable import Solve
import Testing

/// Optimizer steps on gradients given as numbers or as formulas affine in the weights, the
/// expected weights worked out by hand; and the parts that must not be computed.
@Suite("Optimizer steps")
struct OptimizerTests {
    static func answer(_ text: String, context: String = "") -> Recognition {
        Recognizer().recognize(PartStatement(id: "3a", text: text, context: context))
    }

    static func vector(_ recognition: Recognition) -> [Double]? {
        if case .vector(let values)? = recognition.answer { return values }
        return nil
    }

    @Test func affineGradientFormulas() throws {
        let gradient = try #require(OptimizerReader.affine("2w_1 − w_2 + 3, 10 w_{2}", dimension: 2))
        #expect(gradient.matrix == [[2, -1], [0, 10]])
        #expect(gradient.offset == [3, 0])
        #expect(OptimizerReader.affine("w_1^3, w_2", dimension: 2) == nil)
        #expect(OptimizerReader.affine("w_1 w_2, 1", dimension: 2) == nil)
        #expect(OptimizerReader.affine("w_3, 1", dimension: 2) == nil)
        #expect(OptimizerReader.scientific("10^{-8}") == 1e-8)
        #expect(OptimizerReader.scientific("2 × 10^{-3}") == 0.002)
    }

    @Test func steps() throws {
        let bowl = "We minimize f(w) = w_1^2 + 2 w_2^2, with gradient ∇f(w) = (2 w_1, 4 w_2). Start from w = (1, −1) with learning rate 0.25."
        // (1, −1) → g (2, −4) → (0.5, 0) → g (1, 0) → (0.25, 0).
        #expect(Self.vector(Self.answer("Take two steps of gradient descent. What are the weights?", context: bowl)) == [0.25, 0])
        // Momentum μ = 0.5 on ∇f = w from (1, 1), η = 0.1: v = (1, 1), w = 0.9; v = 0.5 + 0.9 = 1.4, w = 0.9 − 0.14.
        let momentum = try #require(Self.vector(Self.answer(
            "Starting at w^{(0)} = (1, 1) with η = 0.1, take two steps of SGD with momentum μ = 0.5 on f(w) = (w_1^2 + w_2^2)/2, whose gradient is ∇f(w) = (w_1, w_2). What is w^{(2)}?")))
        let twice: [Double] = [0.76, 0.76]
        #expect(isClose(momentum, twice))
        // A numeric gradient for one step.
        let one = try #require(Self.vector(Self.answer("The gradient at w = (2, 3) is g = (0.5, −1). With learning rate η = 0.2, what are the weights after one SGD step?")))
        let stepped: [Double] = [1.9, 3.2]
        #expect(isClose(one, stepped))
        // Adam's first step moves each weight by about η.
        let adam = try #require(Self.vector(Self.answer("Take one step of Adam with η = 0.1, β_1 = 0.9, β_2 = 0.999 and ε = 10^{-8}. What is w^{(1)}?",
                                                        context: "The gradient is ∇f(w) = (w_1, 10 w_2); every optimizer starts from w^{(0)} = (1, 1).")))
        let first: Double = 1 - 0.1 / (1 + 1e-8)
        let second: Double = 1 - 0.1 * 10 / (10 + 1e-8)
        #expect(isClose(adam, [first, second]))
        // Weight decay in plain SGD: w − η (g + λ w).
        let decayed = try #require(Self.vector(Self.answer("Take one step of gradient descent with weight decay λ = 0.5.",
                                                           context: "Start from w = (2, 2) with learning rate 0.1; the gradient is ∇L(w) = (w_1, 0).")))
        let expected: [Double] = [1.7, 1.9]  // 2 − 0.1·(2 + 0.5·2), 2 − 0.1·(0 + 0.5·2)
        #expect(isClose(decayed, expected))
    }

    @Test func partsItMustNotCompute() {
        let statement = "Start from w = (1, 1) with learning rate 0.1. The gradient is ∇f(w) = (w_1, 10 w_2)."
        let cases: [(String, String, String)] = [
            ("Take two SGD steps with the gradient g = (1, 2).", "Start from w = (0, 0) with learning rate 0.1.", "not for 2 steps"),
            ("Take one step of Nesterov momentum with μ = 0.9.", statement, "only PyTorch's named one"),
            ("Take one step of gradient descent.", "Start from w = (1, 1) with learning rate 0.1. The gradient is ∇f(w) = (w_1^3, w_2).", "affine"),
            ("Take one step of Adam with weight decay 0.01.", statement, "AdamW"),
            ("Take one step of gradient descent.", "Start from w = (1, 1). The gradient is ∇f(w) = (w_1, w_2).", "learning rate"),
            ("Take one step of SGD with momentum.", statement, "momentum coefficient"),
        ]
        for (text, context, reason) in cases {
            let recognition = Self.answer(text, context: context)
            #expect(recognition.answer == nil, "\(text)")
            #expect(recognition.reason?.contains(reason) == true, "\(text): \(recognition.reason ?? "")")
        }
    }
}
