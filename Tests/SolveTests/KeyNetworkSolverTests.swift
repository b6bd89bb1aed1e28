import Foundation
import Solve
import Testing

/// The key's solver calls for optimizers, schedules, least squares, graphs and dropout of a
/// layer, each against a value worked by hand.
@Suite("Answer key: network and training solvers")
struct KeyNetworkSolverTests {
    private func numbers(_ answer: Answer?) -> [Double]? {
        switch answer {
        case .integer(let value)?: [Double(value)]
        case .real(let value)?: [value.value]
        case .vector(let values)?: values
        case .matrix(let rows)?: rows.flatMap { $0 }
        default: nil
        }
    }

    private func close(_ answer: Answer?, _ expected: [Double]) -> Bool {
        guard let values = numbers(answer), values.count == expected.count else { return false }
        return zip(values, expected).allSatisfy { abs($0 - $1) < 1e-6 }
    }

    @Test func optimizerSteps() throws {
        let key = try AnswerKey.parse("""
            parts:
              a: { solve: gradient_descent, start: [1, 2], gradient: [0.5, -1], learning_rate: 0.1 }
              b: { solve: momentum, start: [1], gradient_matrix: [[2]], learning_rate: 0.1, momentum: 0.9, steps: 2 }
              c: { solve: adam, start: [1], gradient: [2], learning_rate: 0.1 }
              d: { solve: gradient_descent, start: [2], gradient: [0], learning_rate: 0.5, weight_decay: 0.1 }
              e: { solve: nesterov_pytorch, start: [1], gradient_matrix: [[2]], learning_rate: 0.1, momentum: 0.5, steps: 2 }
              f: { solve: adamw, start: [1], gradient: [2], learning_rate: 0.1, weight_decay: 0.5 }
            """)
        #expect(close(key.answer(for: "a")?.answer, [0.95, 2.1]))
        // v = 2, w = 0.8; then g = 1.6, v = 0.9·2 + 1.6 = 3.4, w = 0.8 − 0.34.
        #expect(close(key.answer(for: "b")?.answer, [0.46]))
        // Bias-corrected m̂ = 2, v̂ = 4: the first Adam step moves by the learning rate.
        #expect(close(key.answer(for: "c")?.answer, [0.9]))
        #expect(close(key.answer(for: "d")?.answer, [1.9]))
        // Step 1: g = 2, v = 2, w = 1 − 0.1(2 + 1) = 0.7. Step 2: g = 1.4, v = 2.4, w = 0.7 − 0.1(1.4 + 1.2).
        #expect(close(key.answer(for: "e")?.answer, [0.44]))
        // AdamW: 1 · (1 − 0.1 · 0.5) − 0.1.
        #expect(close(key.answer(for: "f")?.answer, [0.85]))
        #expect(key.answer(for: "b")?.family == .optimizerStep)
    }

    @Test func stepSchedule() throws {
        let key = try AnswerKey.parse("""
            parts:
              a: { solve: step_schedule, initial: 0.1, factor: 0.5, every: 10, epoch: 25 }
              b: { solve: step_schedule, initial: 0.2, factor: 0.1, every: 5, epoch: 10, first_epoch: 1 }
            """)
        #expect(close(key.answer(for: "a")?.answer, [0.025]))
        #expect(close(key.answer(for: "b")?.answer, [0.02]))
    }

    @Test func leastSquaresAndRidge() throws {
        let key = try AnswerKey.parse("""
            parts:
              a: { solve: least_squares, X: [[1], [2], [3]], y: [2, 4, 7], intercept: true }
              b: { solve: least_squares, X: [[1], [2], [3]], y: [2, 4, 7], intercept: true, quantity: sse }
              c: { solve: least_squares, X: [[1], [2], [3]], y: [2, 4, 7], intercept: true, quantity: mse }
              d: { solve: least_squares, X: [[1], [2], [3]], y: [2, 4, 7], intercept: true, quantity: prediction, row: [4] }
              e: { solve: ridge, X: [[1], [2]], y: [1, 2], lambda: 1 }
            """)
        #expect(close(key.answer(for: "a")?.answer, [-2.0 / 3, 2.5]))
        #expect(close(key.answer(for: "b")?.answer, [1.0 / 6]))
        #expect(close(key.answer(for: "c")?.answer, [1.0 / 18]))
        #expect(close(key.answer(for: "d")?.answer, [28.0 / 3]))
        #expect(close(key.answer(for: "e")?.answer, [5.0 / 6]))
        #expect(AnswerKeyTests.error("parts:\n  a: { solve: ridge, X: [[1]], y: [1] }\n") == "key.yaml: part a: ridge: missing 'lambda'")
    }

    @Test func graphsWrittenAsFormulas() throws {
        let key = try AnswerKey.parse("""
            parts:
              a:
                solve: graph_value
                values: { x: [1, 2], W: [[1, -1], [2, 0]], b: [0, 1] }
                definitions: { h: "relu(W x + b)" }
                value: h
              b:
                solve: graph_gradient
                values: { w: [1, 2], x: [3, -1] }
                definitions: { z: "w . x", L: "(z - 3)^2" }
                of: L
                wrt: w
              c:
                solve: graph_gradient
                values: { a: 2, b: 5 }
                definitions: { f: "a b + a" }
                of: f
                wrt: [a, b]
            """)
        #expect(key.answer(for: "a")?.answer == .vector([0, 3]))
        // z = 1, ∂L/∂z = 2(z − 3) = −4, ∂L/∂w = −4 x.
        #expect(close(key.answer(for: "b")?.answer, [-12, 4]))
        #expect(close(key.answer(for: "c")?.answer, [6, 2]))
        #expect(key.answer(for: "c")?.family == .computationGraph)
        #expect(AnswerKeyTests.error("parts:\n  a: { solve: graph_value, values: { x: 1 }, value: \"floor(x / 2)\" }\n")
            == "key.yaml: part a: graph_value: cannot read the formula of 'value': 'floor(x / 2)'")
        #expect(AnswerKeyTests.error("parts:\n  a: { solve: graph_gradient, values: { x: 1 }, definitions: { y: \"x\" }, of: y, wrt: q }\n")
            == "key.yaml: part a: graph_gradient: 'q' is neither a value nor a definition")
    }

    @Test func dropoutOfALayerAndFullyConnectedMACs() throws {
        let key = try AnswerKey.parse("""
            parts:
              a: { solve: dropout_training_outputs, activations: [1, 2, 3, 4], keep: 0.5, mask: [1, 0, 1, 0] }
              b: { solve: dropout_test_outputs, activations: [1, 2, 3, 4], drop: 0.5, variant: standard }
              c: { solve: dropout_test_outputs, activations: [1, 2, 3, 4], drop: 0.5 }
              d: { solve: macs_fc, inputs: 128, outputs: 10 }
              e: { solve: global_avg_pool, input: [[1, 2], [3, 6]] }
              f: { solve: global_max_pool, input: [4, -1, 7] }
            """)
        #expect(close(key.answer(for: "e")?.answer, [3]))
        #expect(close(key.answer(for: "f")?.answer, [7]))
        #expect(close(key.answer(for: "a")?.answer, [2, 0, 6, 0]))
        #expect(close(key.answer(for: "b")?.answer, [0.5, 1, 1.5, 2]))
        #expect(close(key.answer(for: "c")?.answer, [1, 2, 3, 4]))
        #expect(key.answer(for: "d")?.answer == .integer(1280))
        #expect(AnswerKeyTests.error("parts:\n  a: { solve: dropout_training_outputs, activations: [1, 2], keep: 0.5, mask: [1, 2] }\n")
            == "key.yaml: part a: dropout_training_outputs: 'mask' must be a list of 0 and 1")
    }

    @Test func optimizerErrorsNameTheProblem() {
        #expect(AnswerKeyTests.error("parts:\n  a: { solve: momentum, start: [1, 2], gradient: [1], learning_rate: 0.1, momentum: 0.9 }\n")
            == "key.yaml: part a: momentum: the gradient must have as many entries as 'start'")
        #expect(AnswerKeyTests.error("parts:\n  a: { solve: adam, start: [1], learning_rate: 0.1 }\n")
            == "key.yaml: part a: adam: give exactly one of 'gradient' and 'gradient_matrix'")
    }
}
