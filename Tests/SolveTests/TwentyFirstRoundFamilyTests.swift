import Foundation
import Problems
@testable import Solve
import Source
import Testing

/// Families found in the held-out run of `solve/final26`, each tested on statements written
/// for these tests.
@Suite("Solve families, twenty-first round")
struct TwentyFirstRoundFamilyTests {
    static func answers(_ text: String) -> [String: Answer] { TenthRoundFamilyTests.answers(text) }

    /// A table of named layers, a row named without a number among them.
    static let namedTable = """
            Problem 3
            A network takes a 3 × 64 × 64 input and applies these layers in order.
            Layer Operation Out channels Kernel Stride Padding
            conv1 Conv 16 5×5 1 2
            pool MaxPool 16 2×2 2 0
            conv2 Conv 32 3×3 2 1
            """

    /// "at x2 = 0.5" (a subscript flattened by a paste): the activation is taken at that one
    /// point, never at the vector the problem's statement gives.
    @Test func anActivationAtAPointWithAFlattenedSubscriptTakesThePoint() {
        let answers = Self.answers("""
            Problem 2
            A layer outputs the pre-activations x = (0.5, -2.0, 1.5, 3.0).
            (a) Evaluate the derivative of tanh at x2 = 0.5.
            (b) Evaluate the derivative of tanh at u = 0.5.
            """)
        let expected = 1 - tanh(0.5) * tanh(0.5)
        for id in ["2a", "2b"] {
            guard case .real(let value)? = answers[id] else {
                Issue.record("\(id): \(String(describing: answers[id]))")
                continue
            }
            #expect(abs(value.value - expected) < 1e-9, "\(id): \(value)")
        }
        // (Several points, a softmax "at" one entry, or an entry changed, are not computed.)
        let others = Self.answers("""
            Problem 4
            A layer outputs the logits z = (2.0, 1.0, 0.5).
            (a) Evaluate the derivative of the sigmoid at z1 = 2.0 and at z2 = −1.0.
            (b) Evaluate the softmax at z1 = 3.0, keeping the other two logits unchanged.
            (c) What is the softmax probability of the first class when z1 = 3.0?
            """)
        for id in ["4a", "4b", "4c"] { #expect(others[id] == nil, "\(id): \(String(describing: others[id]))") }
        // (A setting the part gives, "a temperature T = 2", is no point: the statement's logits stay the operand.)
        let tempered = Self.answers("""
            Problem 3
            A classifier outputs the logits s = (2.0, 0.0).
            (a) The logits are divided by a temperature T = 2 before the softmax. Compute the softmax.
            """)
        let first = 1 / (1 + exp(-1.0))
        guard case .vector(let probabilities)? = tempered["3a"], probabilities.count == 2 else {
            Issue.record("\(String(describing: tempered["3a"]))")
            return
        }
        #expect(abs(probabilities[0] - first) < 1e-9 && abs(probabilities[1] - (1 - first)) < 1e-9, "\(probabilities)")
    }

    /// "K = V = [[…]]": a chain of names bound to one value binds each of them; a chain with
    /// an expression in it ("x + y = z = 3") binds none.
    @Test func aChainOfNamesBindsEachOfThem() {
        let answers = Self.answers("""
            Problem 4
            Two tokens have queries Q = [[1, 0], [0, 1]] and keys and values K = V = [[1, 1], [0, 2]], one row per token, and d_k = 2.
            (a) Compute the matrix of scaled scores QK^T / sqrt(d_k).
            """)
        let r = 1 / 2.0.squareRoot()
        guard case .matrix(let rows)? = answers["4a"] else {
            Issue.record("\(String(describing: answers["4a"]))")
            return
        }
        let expected = [[r, 0], [r, 2 * r]]
        #expect(rows.count == 2 && zip(rows, expected).allSatisfy { zip($0, $1).allSatisfy { abs($0 - $1) < 1e-9 } }, "\(rows)")
        let chained = MathScanner.bindings(in: "Let K = V = (1, 2) and x + y = z = 3.")
        #expect(chained.map(\.name) == ["V", "K"], "\(chained.map(\.name))")
    }

    /// A table of named layers with channels and padding ("pool MaxPool 16 2×2 2 0", a name
    /// without a number included): the receptive field up to a named row, the same with one
    /// row's setting changed, the MACs of a named convolution, and those of a depthwise separable
    /// pair put in its place when all the part states of the pair is the row's.
    @Test func aTableOfNamedLayersGivesReceptiveFieldsAndMACs() {
        let answers = Self.answers(Self.namedTable + """

            (a) What is the receptive field of a single unit in the output of conv2?
            (b) How many multiply-accumulate operations (MACs) does conv2 perform on one input image? Ignore the bias.
            (c) Replace conv2 by a depthwise separable convolution: a 3×3 depthwise convolution with stride 2 and padding 1, followed by a 1×1 pointwise convolution to 32 channels. How many MACs does the replacement need?
            (d) Same network, but conv2 now has a dilation of 3. What is the receptive field of a conv2 unit?
            (e) Replace conv2 by a depthwise separable convolution: a 3×3 depthwise convolution with stride 1 and padding 1, followed by a 1×1 pointwise convolution to 32 channels. How many MACs does the replacement need?
            """)
        // Receptive field 5, then 6 (jump 2), then 6 + 2·2 = 10; dilated 3 the kernel spans 7: 6 + 6·2 = 18.
        #expect(answers["3a"] == .integer(10), "\(String(describing: answers["3a"]))")
        #expect(answers["3d"] == .integer(18), "\(String(describing: answers["3d"]))")
        // conv2 sees 16 × 32 × 32 and outputs 32 × 16 × 16.
        #expect(answers["3b"] == .integer(16 * 16 * 32 * 3 * 3 * 16), "\(String(describing: answers["3b"]))")
        #expect(answers["3c"] == .integer(16 * 9 * 256 + 16 * 32 * 256), "\(String(describing: answers["3c"]))")
        #expect(answers["3e"] == nil, "\(String(describing: answers["3e"]))")
    }

    /// "The same layer as in (a), but with a stride of two": a setting of a repeated part's
    /// layer changed, written in words.
    @Test func aRepeatsSettingInWordsChangesTheLayer() {
        let answers = Self.answers("""
            Problem 1
            A grayscale image of size 1 × 32 × 32 is fed to each layer below. Give the shape of the output.
            (a) nn.Conv2d(1, 8, kernel_size=3)
            (b) The same layer as in (a), but with a padding of one.
            (c) Repeat (a) with a stride of three and a padding of 5 on the left only.
            """)
        #expect(answers["1a"] == .shape(dimensions: [8, 30, 30], layout: "CHW"), "\(String(describing: answers["1a"]))")
        #expect(answers["1b"] == .shape(dimensions: [8, 32, 32], layout: "CHW"), "\(String(describing: answers["1b"]))")
        #expect(answers["1c"] == nil, "\(String(describing: answers["1c"]))")
        for change in ["with a padding of one more", "with a stride of one in place of the stride of two", "with a stride of two along the width only",
                       "with a padding of one on each side of the width and zero on each side of the height"] {
            let changed = Self.answers("""
                Problem 1
                A grayscale image of size 1 × 32 × 32 is fed to each layer below. Give the shape of the output.
                (a) nn.Conv2d(1, 8, kernel_size=3, stride=2, padding=1)
                (b) The same layer as in (a), but \(change).
                """)
            #expect(changed["1b"] == nil, "\(change): \(String(describing: changed["1b"]))")
        }
    }

    /// "Continue (a) for a third gradient descent step": the run of (a) and one step more, when
    /// (a) took the steps before it; a step number that does not follow is not computed.
    @Test func continuingForAnOrdinalStepAddsOne() {
        let answers = Self.answers("""
            Problem 2
            We minimise f(w) = w_1^2 + w_2^2 from w^{(0)} = [4, 2] with learning rate η = 0.25.
            (a) Take two steps of gradient descent. What is w^{(2)}?
            (b) Continue (a) for a third gradient descent step. What is w^{(3)}?
            (c) Continue (a) for a second gradient descent step. What is w^{(2)}?
            (d) Continue (a) for a third step, this time with momentum μ = 0.9. What is w^{(3)}?
            (e) Continue (a) for a third gradient descent step with learning rate η = 0.5. What is w^{(3)}?
            """)
        // Each step halves w: [4, 2] → [2, 1] → [1, 0.5] → [0.5, 0.25].
        #expect(answers["2a"] == .vector([1, 0.5]), "\(String(describing: answers["2a"]))")
        #expect(answers["2b"] == .vector([0.5, 0.25]), "\(String(describing: answers["2b"]))")
        #expect(answers["2c"] == nil, "\(String(describing: answers["2c"]))")
        // (A continuation that changes the method or a setting is another run.)
        #expect(answers["2d"] == nil, "\(String(describing: answers["2d"]))")
        #expect(answers["2e"] == nil, "\(String(describing: answers["2e"]))")
    }

    /// "How many parameters does it have with bias=False?" under a statement with one module:
    /// that module with the setting, unless an earlier part wrote a module of its own.
    @Test func itIsTheStatementsOneModule() {
        let answers = Self.answers("""
            Problem 6
            A classifier head is nn.Linear(128, 64).
            (a) How many parameters does this module have?
            (b) How many parameters does it have with bias=False?
            """)
        #expect(answers["6a"] == .integer(128 * 64 + 64), "\(String(describing: answers["6a"]))")
        #expect(answers["6b"] == .integer(128 * 64), "\(String(describing: answers["6b"]))")
        let replaced = Self.answers("""
            Problem 6
            A classifier head is nn.Linear(128, 64).
            (a) Replace it by nn.Linear(128, 32) and add a ReLU.
            (b) How many parameters does it have with bias=False?
            """)
        #expect(replaced["6b"] == nil, "\(String(describing: replaced["6b"]))")
        // ("it" is a network built around the module, or the module an earlier part changed.)
        for statement in ["A small model is nn.Linear(32, 16) followed by a ReLU and a second linear layer to 4 outputs.",
                          "A block stacks two copies of nn.Linear(32, 32).",
                          "A head is nn.Linear(32, 16).\n(a) We widen the head so that it produces 64 outputs."] {
            let answers = Self.answers("Problem 7\n" + statement + "\n(b) How many parameters does it have with bias=False?")
            #expect(answers["7b"] == nil, "\(statement): \(String(describing: answers["7b"]))")
        }
    }

    /// "the expected value … of the sum of the three outputs": expectation is linear, so it is
    /// that of the activations' sum, scaled as the variant scales.
    @Test func theExpectedSumOfDropoutOutputsIsTheScaledSum() {
        let answers = Self.answers("""
            Problem 5
            A layer produces the activations h = (1.0, 2.0, 3.0). Dropout keeps each unit with probability 0.8.
            (a) With inverted dropout, what is the expected value of the sum of the three outputs?
            (b) With classic dropout (no rescaling during training), what is the expected value of the sum of the three outputs during training?
            (c) With inverted dropout, what is the expected value of the sum of the squared outputs?
            (d) With inverted dropout, what is the expected value of the sum of the three outputs (given that the first unit is dropped)?
            (e) With inverted dropout, the outputs then pass through a layer that doubles them. What is the expected value of the sum of the final outputs?
            """)
        for id in ["5c", "5d", "5e"] { #expect(answers[id] == nil, "\(id): \(String(describing: answers[id]))") }
        func value(_ answer: Answer?) -> Double? {
            switch answer { case .real(let real)?: real.value; case .integer(let whole)?: Double(whole); default: nil }
        }
        #expect(value(answers["5a"]).map { abs($0 - 6) < 1e-9 } == true, "\(String(describing: answers["5a"]))")
        #expect(value(answers["5b"]).map { abs($0 - 4.8) < 1e-9 } == true, "\(String(describing: answers["5b"]))")
    }

    /// "the MSE between the softmax output of (a) and the one-hot target of the second class":
    /// the earlier part's vector against a one-hot target named by an ordinal; "class 1" (which
    /// may count from 0) is not read.
    @Test func aSquaredErrorAgainstAnEarlierOutputAndAOneHotTarget() {
        let answers = Self.answers("""
            Problem 3
            A classifier produces the logits z = (1.0, 1.0).
            (a) Compute softmax(z).
            (b) Compute the mean squared error between the softmax output of (a) and the one-hot target of the second class.
            (c) Compute the mean squared error between the softmax output of (a) and the one-hot target for class 1.
            (d) Compute the mean squared error between the softmax output of (a) and the one-hot target of the second class after label smoothing with ε = 0.1.
            (e) Compute the mean squared error between the clipped output of (a) and the one-hot target of the second class.
            """)
        #expect(answers["3d"] == nil, "\(String(describing: answers["3d"]))")
        #expect(answers["3e"] == nil, "\(String(describing: answers["3e"]))")
        #expect(answers["3a"] == .vector([0.5, 0.5]), "\(String(describing: answers["3a"]))")
        guard case .real(let mse)? = answers["3b"] else {
            Issue.record("\(String(describing: answers["3b"]))")
            return
        }
        #expect(abs(mse.value - 0.25) < 1e-12, "\(mse)")
        #expect(answers["3c"] == nil, "\(String(describing: answers["3c"]))")
    }

    /// A pasted pair of stacked fractions: "(i) Compute ∂L ∂x (all entries). ∂L" then "(ii)
    /// Compute the pair ∂L , ∂γ ∂β": the numerator at the end of (i) is (ii)'s. Both read as
    /// the same parts written with slashes.
    @Test func aStackedNumeratorLeftAtTheEndOfThePartBeforeIsTheNextOnes() {
        let statement = """
            Problem 2
            A batch-normalization layer acts on one feature. A mini-batch gives x = (0, 2, 4, 10), with γ = 3 and β = 0. Use the biased variance and ϵ = 0.
            (a) The upstream gradient is ∂L/∂y = (2, −1, 0, 1).
            """
        let clean = Self.answers(statement + """

            (i) Compute ∂L/∂x (all four entries).
            (ii) Compute the pair (∂L/∂γ, ∂L/∂β).
            """)
        let pasted = Self.answers(statement + """

            (i) Compute ∂L
            ∂x (all four entries).


            ∂L
            (ii) Compute the pair ∂L
            ,
            ∂γ ∂β .
            """)
        #expect(clean["2a.i"] != nil && pasted["2a.i"] == clean["2a.i"], "\(String(describing: pasted["2a.i"])) vs \(String(describing: clean["2a.i"]))")
        #expect(clean["2a.ii"] != nil && pasted["2a.ii"] == clean["2a.ii"], "\(String(describing: pasted["2a.ii"])) vs \(String(describing: clean["2a.ii"]))")
    }

    /// "∂L/∂x for a batch of one example, whatever the upstream gradient": 0, as x̂ is 0 whatever
    /// x is; ∂L/∂β, which is the upstream gradient itself, is not computed.
    @Test func aSingleExamplesInputGradientIsZeroWhateverTheUpstream() {
        let answers = Self.answers("""
            Problem 6
            A batch-normalization layer in training mode has γ = 3 and β = −1, with ϵ = 10^{-5}.
            (a) The batch holds a single example, x = 4. What is ∂L/∂x, regardless of the upstream gradient?
            (b) The batch holds a single example, x = 4. What is ∂L/∂β, whatever the upstream gradient?
            """)
        func value(_ answer: Answer?) -> Double? {
            switch answer { case .real(let real)?: real.value; case .integer(let whole)?: Double(whole); case .vector(let v)? where v.count == 1: v[0]; default: nil }
        }
        #expect(value(answers["6a"]) == 0, "\(String(describing: answers["6a"]))")
        #expect(answers["6b"] == nil, "\(String(describing: answers["6b"]))")
    }

    /// "w⁽⁰⁾ = (4, −2)" in Unicode superscripts is the start; "∇L = (6w₁, 2w₂)" in subscript digits
    /// gives the weights' indices (never a constant gradient).
    @Test func unicodeSuperscriptsAndSubscriptsNameTheStartAndTheWeights() {
        let answers = Self.answers("""
            Problem 3
            Consider L(w₁, w₂) = 3w₁² + w₂², with gradient ∇L = (6w₁, 2w₂). Every part starts from w⁽⁰⁾ = (4, −2).
            (a) Take one step of gradient descent with learning rate η = 0.1. Give w⁽¹⁾.
            """)
        // (4 − 0.1·24, −2 − 0.1·(−4)) = (1.6, −1.6).
        guard case .vector(let w)? = answers["3a"], w.count == 2 else {
            Issue.record("\(String(describing: answers["3a"]))")
            return
        }
        #expect(abs(w[0] - 1.6) < 1e-12 && abs(w[1] + 1.6) < 1e-12, "\(w)")
        #expect(OptimizerReader.affine("6w₁, 2w₂", dimension: 2)?.matrix == [[6, 0], [0, 2]])
    }

    /// A named table's row is read as the table gives it: a part that changes the row or the
    /// input, asks per batch or for a saving, states a replacement that is not the row's, or
    /// changes more than one setting, is not computed; a row the table cannot read ("dw DWConv
    /// 32 3×3 1 1") leaves the whole table unread.
    @Test func aNamedTablesRowChangedOrQualifiedIsNotComputed() {
        let answers = Self.answers(Self.namedTable + """

            (a) How many MACs does conv2 perform if its stride is changed to 1?
            (b) How many MACs does conv2 perform on a mini-batch of 8 images?
            (c) How many MACs does conv2 perform per output pixel?
            (d) Same network, but conv2 now has a dilation of 2. How many MACs does conv2 perform?
            (e) Replace conv2 by a depthwise separable convolution: a depthwise convolution with a 5 × 5 kernel and stride 2, followed by a 1×1 pointwise convolution with 32 output channels. How many MACs does the replacement need?
            (f) Replace conv2 by a depthwise separable convolution: a 3×3 depthwise convolution with stride 2 and padding 1, followed by a 1×1 pointwise convolution to 32 channels. How many MACs does the replacement save compared with conv2?
            (g) Same network, but conv2 now has a dilation of 2 and conv1 a stride of 2. What is the receptive field of a conv2 unit?
            (h) Same network, but conv2 now has a dilation of 2 and 5×5 filters. What is the receptive field of a conv2 unit?
            (i) How many MACs does conv2 perform, counting the bias additions as well?
            """)
        for label in "abcdefghi" {
            #expect(answers["3\(label)"] == nil, "3\(label): \(String(describing: answers["3\(label)"]))")
        }
        let unread = Self.answers("""
            Problem 4
            Layer Type Kernel Stride Padding
            conv1 Conv 3×3 1 1
            pool MaxPool 2×2 2 0
            dw DWConv 3×3 1 1
            head Conv 1×1 1 0
            (a) What is the receptive field of a unit in the output of the final layer?
            """)
        #expect(unread["4a"] == nil, "\(String(describing: unread["4a"]))")
    }
}
