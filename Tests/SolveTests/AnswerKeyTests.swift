import Foundation
import Solve
import TestSupport
import Testing

@Suite("Answer key")
struct AnswerKeyTests {
    @Test func loadsTheSampleKey() throws {
        let key = try AnswerKey.load(path: Fixtures.path("samples/cnn-basics/key.yaml"))
        #expect(key.partIDs == ["5e", "6d"])
        #expect(key.answer(for: "6d") == KeyedAnswer(partID: "6d", answer: .choice("B"), kind: .choice, family: .choice))
        #expect(key.answer(for: "5e")?.answer == .text("C, H, W"))
        #expect(key.answer(for: "1a") == nil)
    }

    @Test func setsAndIntervals() throws {
        let key = try AnswerKey.parse("""
            parts:
              2a: { set: [u, v, w] }
              2b: { interval: [0.25, 1.75], tolerance: 0.005 }
            """)
        #expect(key.answer(for: "2a")?.answer == .text("{u, v, w}"))
        #expect(key.answer(for: "2b")?.answer == .vector([0.25, 1.75]))
        #expect(key.answer(for: "2b")?.tolerance == 0.005)
        #expect(throws: KeyError.self) { try AnswerKey.parse("parts:\n  2b: { interval: [2, 1] }") }
        #expect(throws: KeyError.self) { try AnswerKey.parse("parts:\n  2a: { set: u }") }
    }

    @Test func everyAnswerKind() throws {
        let key = try AnswerKey.parse("""
            # answers
            parts:
              1a: { answer: [[1, 7], [4, 2]] }
              1b: { answer: [2, −1, 1] }
              1c: { answer: 16 }
              1d: { answer: 1.25 }
              6d: { choice: b }
              5f: { expression: "g_i - mean(g)" }
              5e: { text: "C, H, W" }
              3c: { shape: [14, 14, 32], layout: HWC }
              2b:
                solve: transposed_conv2d
                input: [[1, 2], [3, 4]]
                kernel: [[1, 0], [-1, 2]]
                stride: 1
            """)
        #expect(key.answer(for: "1a")?.answer == .matrix([[1, 7], [4, 2]]))
        #expect(key.answer(for: "1b")?.answer == .vector([2, -1, 1]))
        #expect(key.answer(for: "1c")?.answer == .integer(16))
        #expect(key.answer(for: "1d")?.answer == .real(RealValue(1.25, exact: "5/4")))
        #expect(key.answer(for: "6d")?.answer == .choice("B"))
        #expect(key.answer(for: "5f")?.answer == .expression("g_i - mean(g)"))
        #expect(key.answer(for: "3c")?.answer == .shape(dimensions: [14, 14, 32], layout: "HWC"))
        let solved = try #require(key.answer(for: "2b"))
        #expect(solved.answer == .matrix([[1, 2, 0], [2, 4, 4], [-3, 2, 8]]))
        #expect(solved.kind == .solver)
        #expect(solved.family == .transposedConvolution)
    }

    @Test func solverCalls() throws {
        let key = try AnswerKey.parse("""
            parts:
              a: { solve: conv1d, input: [1, 0, 2, -1], kernel: [1, -1] }
              b: { solve: conv2d, input: [[1, 2, 0, 1], [0, 1, 3, 2], [2, 1, 0, 1], [1, 0, 2, 3]], kernel: [[1, 0, -1], [2, 1, 0], [0, -1, 1]], stride: 2, padding: 1 }
              c: { solve: transposed_conv1d, input: [1, 2, -1], kernel: [1, 2, 1], stride: 2 }
              d: { solve: max_pool2d, input: [[1, 3, 2, 0], [4, 6, 1, 5], [7, 2, 8, 3], [0, 5, 4, 4]], window: 2 }
              e: { solve: avg_pool2d, input: [[1, 3, 2, 0], [4, 6, 1, 5], [7, 2, 8, 3], [0, 5, 4, 4]], window: 2, stride: 2 }
              f:
                solve: conv_output_shape
                input: [32, 32, 3]
                layers:
                  - conv: { filters: 16, kernel: 5, stride: 1, padding: 2 }
                  - max_pool: { window: 2, stride: 2 }
                  - conv: { filters: 32, kernel: 3 }
              g: { solve: param_count_conv, in_channels: 64, out_channels: 128, kernel: 3 }
              h: { solve: param_count_depthwise_separable, in_channels: 64, out_channels: 128, kernel: 3 }
              i: { solve: param_count_fc, inputs: 4096, outputs: 1000, bias: false }
              j: { solve: batch_norm, values: [3, 7, 3, 7], gamma: 3, beta: -1, quantity: output, index: 2 }
              k: { solve: dropout_scale, keep: 0.8 }
              l: { solve: receptive_field, kernels: [5, 2, 3], strides: [1, 2, 1] }
              m: { solve: kernel_recovery_1d, input: [1, 2, 0, 3, 1], output: [0, 7, -2], kernel_length: 3 }
              n: { solve: transposed_conv_output_length, input: 8, kernel: 4, stride: 2, padding: 1 }
              o: { solve: dropout_expected_zeroed, drop: 0.2, units: 500 }
            """)
        #expect(key.answer(for: "a")?.answer == .vector([1, -2, 3]))
        #expect(key.answer(for: "b")?.answer == .matrix([[2, 3], [0, 2]]))
        #expect(key.answer(for: "c")?.answer == .vector([1, 2, 3, 4, 1, -2, -1]))
        #expect(key.answer(for: "d")?.answer == .matrix([[6, 5], [7, 8]]))
        #expect(key.answer(for: "e")?.answer == .matrix([[3.5, 2], [3.5, 4.75]]))
        #expect(key.answer(for: "f")?.answer == .shape(dimensions: [14, 14, 32], layout: "HWC"))
        #expect(key.answer(for: "g")?.answer == .integer(73856))
        #expect(key.answer(for: "h")?.answer == .integer(8960))
        #expect(key.answer(for: "i")?.answer == .integer(4096000))
        #expect(key.answer(for: "j")?.answer == .integer(2))
        #expect(key.answer(for: "k")?.answer == .real(RealValue(1.25, exact: "5/4")))
        #expect(key.answer(for: "l")?.answer == .integer(10))
        #expect(key.answer(for: "m")?.answer == .vector([2, -1, 1]))
        #expect(key.answer(for: "n")?.answer == .integer(16))
        #expect(key.answer(for: "o")?.answer == .integer(100))
    }

    @Test func activationAndLossSolverCalls() throws {
        let key = try AnswerKey.parse("""
            parts:
              a: { solve: relu_derivative, input: [-1, 0, 2], derivative_at_0: 1 }
              b: { solve: softmax, input: [0, 0], temperature: 3 }
              c: { solve: sigmoid, input: 0 }
              d: { solve: multiclass_hinge, scores: [3, 1, 2], target: 1, margin: 2 }
              e: { solve: mse, prediction: [1, 2], target: [0, 0] }
              f: { solve: cross_entropy, scores: [0.5, 0.25, 0.25], kind: probabilities, target: 1, base: 2 }
              g: { solve: leaky_relu, input: [[-2, 4]], slope: 0.5 }
            """)
        #expect(key.answer(for: "a")?.answer == .vector([0, 1, 1]))
        #expect(key.answer(for: "b")?.answer == .vector([0.5, 0.5]))
        #expect(key.answer(for: "c")?.answer == .real(RealValue(0.5)))
        #expect(key.answer(for: "d")?.answer == .integer(7))
        #expect(key.answer(for: "e")?.answer == .real(RealValue(2.5, exact: "5/2")))
        #expect(key.answer(for: "f")?.answer == .real(RealValue(2)))
        #expect(key.answer(for: "g")?.answer == .matrix([[-1, 4]]))
        #expect(Self.error("parts:\n  a: { solve: relu_derivative, input: [0, 1] }\n").contains("derivative at 0"))
        #expect(Self.error("parts:\n  a: { solve: cross_entropy, scores: [1, 2], kind: odds, target: 0 }\n").contains("'kind' must be logits or probabilities"))
    }

    static func error(_ yaml: String) -> String {
        do {
            _ = try AnswerKey.parse(yaml, path: "key.yaml")
            return "no error"
        } catch {
            return error.localizedDescription
        }
    }

    @Test func unknownSolver() {
        #expect(Self.error("parts:\n  2b: { solve: foo, input: [1, 2] }\n") == "key.yaml: part 2b: unknown solver 'foo'")
    }

    @Test func malformedYAML() {
        let message = Self.error("parts:\n  1a: { answer: [1, 2\n  1b: [\n")
        #expect(message.hasPrefix("key.yaml: invalid yaml"))
        #expect(!message.contains("\n"))
        #expect(Self.error("- just\n- a list\n") == "key.yaml: expected a mapping with 'parts'")
    }

    @Test func twoAnswerKinds() {
        #expect(Self.error("parts:\n  1a: { answer: 3, choice: B }\n") == "key.yaml: part 1a: two answer kinds (answer, choice); give exactly one")
    }

    @Test func otherPartErrors() {
        #expect(Self.error("parts:\n  1a: { }\n").hasPrefix("key.yaml: part 1a: no answer"))
        #expect(Self.error("parts:\n  1a: { solve: conv1d, input: [1, 2] }\n") == "key.yaml: part 1a: conv1d: missing 'kernel'")
        #expect(Self.error("parts:\n  1a: { solve: conv1d, input: [1, 2], kernel: [1], strid: 2 }\n") == "key.yaml: part 1a: conv1d: unknown parameter 'strid'")
        #expect(Self.error("parts:\n  1a: { solve: conv1d, input: [1], kernel: [1, 2] }\n").hasPrefix("key.yaml: part 1a: conv1d: kernel extent"))
        #expect(Self.error("parts:\n  1a: { answer: hello }\n").hasPrefix("key.yaml: part 1a: 'answer' must be"))
    }

    @Test func unreadableFile() {
        #expect(throws: KeyError.self) { try AnswerKey.load(path: "/nonexistent/key.yaml") }
    }

    @Test func keyOverridesRecognitionAndReportsDisagreement() throws {
        let parts = [
            PartStatement(id: "1a", text: "Compute the transposed convolution of x = (1, 2) with kernel w = (1, 1, 1), stride 1, no padding."),
            PartStatement(id: "1b", text: "Apply 2 × 2 max pooling with stride 2 to P = [1 2; 3 4]."),
            PartStatement(id: "1c", text: "Who invented the perceptron?"),
            PartStatement(id: "1d", text: "Pick the best option. Choose one.\n(A) yes\n(B) no"),
        ]
        let key = try AnswerKey.parse("parts:\n  1a: { answer: [1, 3, 3, 3] }\n  1b: { answer: [[4]] }\n  1d: { choice: A }\n")
        let resolved = AnswerResolver.resolve(parts: parts, key: key)
        #expect(resolved.map(\.source) == [.key, .key, .none, .key])
        #expect(resolved[0].answer == .vector([1, 3, 3, 3]))
        #expect(resolved[0].recognition.answer == .vector([1, 3, 3, 2]))
        #expect(resolved[0].disagreement == "key says [1, 3, 3, 3], recognition (transposed_conv1d) computed [1, 3, 3, 2]")
        #expect(resolved[1].disagreement == nil)
        #expect(resolved[2].answer == nil && !resolved[2].hasAnswer)
        #expect(resolved[3].answer == .choice("A"))

        let withoutKey = AnswerResolver.resolve(parts: parts, key: nil)
        #expect(withoutKey.map(\.source) == [.recognition, .recognition, .none, .none])
    }
}
