import Foundation
@testable import Solve
import Testing

/// Families found among the unanswered parts of the old final check (now development data),
/// each tested on statements written for these tests.
@Suite("Solve families, third round")
struct ThirdRoundFamilyTests {
    static func answer(_ text: String, context: String = "", id: String = "1b") -> Answer? {
        Recognizer().recognize(PartStatement(id: id, text: text, context: context)).answer
    }

    @Test func globalPoolingTakesTheWholeMap() {
        let context = "The feature map is\nF = [[2, 0, 4], [1, 3, 5], [6, 1, 2]]."
        // Σ = 24 over 9 entries.
        #expect(Self.answer("Apply global average pooling to F.", context: context) == .real(RealValue(try! Rational(24, 9))))
        #expect(Self.answer("What is the result of global max pooling on F?", context: context) == .real(RealValue(6)))
        #expect(Self.answer("Global max-pooling of s = (3, −1, 7, 2) gives what?") == .real(RealValue(7)))
        // Another part's answer as its input is left alone.
        #expect(Self.answer("Apply global average pooling to your answer from (a).", context: context) == nil)
    }

    @Test func oneEntryOfAComputedArray() {
        let map = "Let M = [[4, 1, 0, 2], [3, 8, 5, 1], [0, 2, 6, 7], [1, 1, 3, 9]]."
        // 2 × 2 max pooling, stride 2: [[8, 5], [2, 9]].
        #expect(Self.answer("Apply 2 × 2 max pooling with stride 2 to M. What is the bottom-left entry of the result?", context: map) == .integer(2))
        #expect(Self.answer("Apply 2 × 2 max pooling with stride 2 to M, and give only the (1, 2) entry.", context: map) == .integer(5))
        // Valid cross-correlation of (1, 2, 3, 4) with (2, −1): (0, 1, 2).
        #expect(Self.answer("Cross-correlate x = (1, 2, 3, 4) with w = (2, −1) with stride 1 in valid mode. What is the last element?") == .integer(2))
        // The same question in multiple choice.
        let choice = "Cross-correlate x = (1, 2, 3, 4) with w = (2, −1) with stride 1 in valid mode. What is the second element of the output?\n(A) 0 (B) 1 (C) 4 (D) 3"
        #expect(Recognizer().recognize(PartStatement(id: "2c", text: choice, options: [
            .init(label: "A", text: "0"), .init(label: "B", text: "1"), .init(label: "C", text: "4"), .init(label: "D", text: "3"),
        ])).answer == .choice("B"))
        // A corner of a vector is not an entry it has.
        #expect(Self.answer("Cross-correlate x = (1, 2, 3, 4) with w = (2, −1) with stride 1 in valid mode. What is the top-left entry?") == nil)
    }

    @Test func whatAnOperationIsAppliedToIsItsInput() {
        // y would be an output by its letter; "applied to" makes it the input: (2·3 − 5, 2·5 − 2, 2·2 − 8).
        #expect(Self.answer("The kernel k = (2, −1) is applied to y = (3, 5, 2, 8) by cross-correlation with stride 1 and no padding. Write out the result.")
            == .vector([1, 8, -4]))
        // A transposed convolution of z.
        #expect(Self.answer("A transposed convolution with stride 2, no padding and kernel w = (1, 1) is applied to z = (2, 3). Give the output.")
            == .vector([2, 2, 3, 3]))
    }

    @Test func sigmaSpelledOutAndApplied() {
        #expect(Self.answer("Evaluate sigma(0), where sigma is the logistic function.") == .real(RealValue(0.5)))
        // σ′(0) = σ(0)(1 − σ(0)).
        #expect(Self.answer("Give sigma'(0).", context: "sigma denotes the logistic sigmoid.") == .real(RealValue(0.25)))
        // The word alone, as a standard deviation, is no function.
        #expect(Self.answer("What is sigma if the variance is 4?") == nil)
    }

    @Test func applyingLayerNormAsksForItsOutput() {
        let answer = Self.answer("Apply layer normalization with γ = 2, β = 1 and ε = 0 to the activations a = (2, 4, 6).")
        guard case .vector(let values)? = answer else { Issue.record("got \(String(describing: answer))"); return }
        let s = (8.0 / 3).squareRoot()
        #expect(zip(values, [1 - 4 / s, 1, 1 + 4 / s]).allSatisfy { abs($0 - $1) < 1e-9 })
        // Without γ and β the output is not fixed.
        #expect(Self.answer("Apply layer norm to the vector a = (2, 4, 6).") == nil)
    }

    @Test func capitalsAreNoFunctionAndGroupsAreNotIgnored() {
        // "LN(v)" names layer norm; read as the natural log it would give (0, ln 2, ln 4).
        #expect(Self.answer("Compute LN(v).", context: "A token's vector is v = (1, 2, 4). Use γ = 1, β = 0 and ε = 0.") == nil)
        // A grouped layer described in words is not counted as a standard one.
        #expect(Self.answer("How many parameters does a grouped convolution with groups=2 from 32 to 64 channels with a 3 × 3 kernel have?") == .integer(16 * 9 * 64 + 64))
        #expect(Self.answer("How many parameters does a convolution from 32 to 64 channels with a 3 × 3 kernel have?") == .integer(32 * 64 * 9 + 64))
    }

    @Test func pointsBeforeAPartAndAStatementThatAsksForEveryPart() {
        let statement = "Images of size 3 × 32 × 32 enter each layer below; give the shape of the layer's output as C × H × W."
        let a = "(3 pts) nn.Conv2d(3, 8, kernel_size=3, padding=1) applied to the image."
        let context = statement + "\n(a) " + a
        #expect(Self.answer(a, context: statement, id: "2a") == .shape(dimensions: [8, 32, 32], layout: "CHW"))
        // "Repeat (a)" after its points, and a layer applied to that part's output.
        #expect(Self.answer("[2 points] Repeat (a) with a stride of 2.", context: context, id: "2b") == .shape(dimensions: [8, 16, 16], layout: "CHW"))
        // A pooling described in words on another part's output is not read from the statement's input.
        #expect(Self.answer("(2 pts) Max pooling with a 2 × 2 window and stride 2 applied to the output of part (a).", context: context, id: "2c") == nil)
    }

    @Test func aRowWrittenMatlabStyleAndAFunctionOfItsInput() {
        let statement = "Consider g(x) = V ReLU(U x + c) + d with U = [2 0; −1 1], c = [0; 1], V = [3 −1], d = 1, at x = (1, 2)^⊤. The loss is L = 1/2 (g(x) − t)^2 with t = 4."
        // U x + c = (2, 2), ReLU keeps it, V h + d = 6 − 2 + 1 = 5.
        #expect(Self.answer("Compute the output g(x).", context: statement) == .real(RealValue(5)))
        // ∂L/∂V = (g − t) hᵀ = (2, 2) as a 1 × 2 row.
        #expect(Self.answer("Compute ∂L/∂V.", context: statement) == .matrix([[2, 2]]))
        // A lower-case name keeps a bracketed row a vector.
        #expect(Self.answer("Compute u . v.", context: "Let u = [1 2] and v = [3 4].") == .real(RealValue(11)))
    }

    @Test func aFrameworkTransposedConvolution() {
        #expect(Self.answer("nn.ConvTranspose1d(1, 1, kernel_size=2, stride=2, bias=False) with weight k = (1, −1) is applied to z = (2, 5). What is the output?")
            == .vector([2, -2, 5, -5]))
    }

    @Test func batchNormInEvaluationModeAndTheLayersOutput() {
        let statement = "A batch-norm layer has γ = 3 and β = −1; use ε = 0. In training it sees the batch x = (1, 3, 5, 7)."
        // 3 (5 − 2)/√9 − 1 = 2.
        #expect(Self.answer("The running statistics end at μ_run = 2 and σ²_run = 9. What is the output in evaluation mode for the input x = 5?", context: statement)
            == .real(RealValue(2)))
        // Without the running variance nothing is computed.
        #expect(Self.answer("The running mean ends at 2. What is the output in evaluation mode for the input x = 5?", context: statement) == nil)
        // "the layer's output y" asks for every output of the batch (mean 4, variance 5).
        let all = Self.answer("Compute the layer's output y = (y_1, y_2, y_3, y_4).", context: statement)
        guard case .vector(let values)? = all else { Issue.record("got \(String(describing: all))"); return }
        let s = 5.0.squareRoot()
        #expect(zip(values, [-9 / s - 1, -3 / s - 1, 3 / s - 1, 9 / s - 1]).allSatisfy { abs($0 - $1) < 1e-9 })
    }

    @Test func aBatchOfOneOfAnyValue() {
        let statement = "A batch-norm layer in training mode has γ = 4 and β = −2."
        #expect(Self.answer("A batch with a single example goes through it, with ε = 10^{−5}. Whatever the value of the example, what is the output?", context: statement)
            == .real(RealValue(-2)))
        // With ε = 0 it divides by zero: no answer.
        #expect(Self.answer("A batch with a single example goes through it, with ε = 0. Whatever the value of the example, what is the output?", context: statement) == nil)
    }

    @Test func classNumberingStatedInWords() {
        let e = M_E, sum = e + e * e + 2
        let one = Self.answer("Compute the cross-entropy loss.", context: "A four-class model outputs the logits z = (1, 2, 0, 0); the true label is class 2 (classes are numbered 1, 2, 3, 4).")
        let zero = Self.answer("Compute the cross-entropy loss.", context: "A four-class model outputs the logits z = (1, 2, 0, 0); the true label is class 2 (classes are numbered from 0).")
        if case .real(let value)? = one { #expect(abs(value.value - (log(sum) - 2)) < 1e-9) } else { Issue.record("got \(String(describing: one))") }
        if case .real(let value)? = zero { #expect(abs(value.value - log(sum)) < 1e-9) } else { Issue.record("got \(String(describing: zero))") }
    }

    @Test func anInterceptWrittenAsAModelAndTheResidualSumOfSquares() {
        let statement = "We fit y = β_0 + β_1 x by least squares to the points below.\nx 1 2 3\ny 2 2 5"
        // x̄ = 2, ȳ = 3, slope 3/2, intercept 0: predictions (1.5, 3, 4.5), residuals (0.5, −1, 0.5).
        #expect(Self.answer("Compute the least-squares estimate (β_0, β_1).", context: statement) == .vector([0, 1.5]))
        #expect(Self.answer("What is the residual sum of squares of the least-squares fit?", context: statement) == .real(RealValue(1.5)))
        #expect(Self.answer("Compute the least-squares estimate.", context: "We fit y ≈ c_0 + c_1 x by least squares to the points below.\nx 1 2 3\ny 2 2 5")
            == .vector([0, 1.5]))
        // Without the model's intercept (or its absence) stated, the design matrix is not fixed.
        #expect(Self.answer("Compute the least-squares estimate.", context: "We fit a line by least squares to the points below.\nx 1 2 3\ny 2 2 5") == nil)
    }

    @Test func momentumFromAnOptimizerCall() {
        let statement = "We minimize L(w) = 1/2 (w_1^2 + 4 w_2^2), so ∇L(w) = (w_1, 4 w_2), from w_0 = (2, 1) with learning rate η = 0.1."
        // v_1 = (2, 4), w_1 = (1.8, 0.6); g = (1.8, 2.4), v_2 = (3.6, 6), w_2 = (1.44, 0).
        let answer = Self.answer("The optimizer is torch.optim.SGD([w], lr=0.1, momentum=0.9). Take two steps and report the iterate w_2.", context: statement)
        guard case .vector(let values)? = answer else { Issue.record("got \(String(describing: answer))"); return }
        #expect(abs(values[0] - 1.44) < 1e-9 && abs(values[1]) < 1e-9)
    }

    @Test func aTinyGraphAskedInWordsAndWithParenthesizedGradients() {
        let statement = "Let p = u v, s = p − w and g = s^2, and evaluate everything at u = 2, v = 3, w = 1."
        #expect(Self.answer("What is the value of g in the forward pass?", context: statement) == .real(RealValue(25)))
        // ∂g/∂s = 10: ∂g/∂u = 10 v, ∂g/∂v = 10 u, ∂g/∂w = −10.
        #expect(Self.answer("Use backpropagation to compute the gradient ((∂g)/(∂u), (∂g)/(∂v), (∂g)/(∂w)).", context: statement) == .vector([30, 20, -10]))
        // "in terms of" asks for a formula, not a value.
        #expect(Self.answer("What is g in terms of u?", context: statement) == nil)
        // With names p, a and s bound, the word "pass" is no product p·a·s·s.
        let letters = "Let p = 2 a, s = p + 1 and g = 3 s, and evaluate everything at a = 1."
        let word = Self.answer("What is the value of g in the forward pass?", context: letters)
        #expect(word == nil || word == .real(RealValue(9)), "got \(String(describing: word))")
    }

    @Test func receptiveFieldsFromATableWithAHeaderRow() {
        let statement = "The stack below is applied in order.\nLayer Type Kernel Stride Dilation\nc1 convolution 5 × 5 1 1\np1 max pooling 2 × 2 2 --\nc2 convolution 3 × 3 1 2"
        // c1: 5; p1: 6 (jump 2); c2 with dilation 2 spans 5: 6 + 4·2 = 14.
        #expect(Self.answer("What is the receptive field of one unit in the output of p1?", context: statement) == .integer(6))
        #expect(Self.answer("What is the receptive field of one unit in the output of c2?", context: statement) == .integer(14))
        // A part naming no row (or two) is not answered.
        #expect(Self.answer("What is the receptive field of one unit?", context: statement) == nil)
        // Numbered rows without a dilation column, "the last layer".
        let numbered = "Layer Type Kernel Stride\n1 Conv 3 × 3 1\n2 MaxPool 2 × 2 2\n3 Conv 3 × 3 1"
        #expect(Self.answer("What is the receptive field of a unit in the output of the last layer?", context: numbered) == .integer(8))
    }

    @Test func aTableInsideThePartAndRunningStatisticsInTheStatement() {
        // The part holds the table and names its row before it.
        let part = "What is the receptive field of one unit in the output of b2?\nLayer Type Kernel Stride\nb1 convolution 5 × 5 2\nb2 convolution 3 × 3 1"
        #expect(Self.answer(part) == .integer(9))
        // 2 (7 − 3)/√16 + 0.5 = 2.5.
        let statement = "A batch-norm layer has γ = 2, β = 0.5 and ε = 0; its running statistics are μ_run = 3 and σ²_run = 16."
        #expect(Self.answer("What does it output in evaluation mode for the input x = 7?", context: statement) == .real(RealValue(2.5)))
    }
}
