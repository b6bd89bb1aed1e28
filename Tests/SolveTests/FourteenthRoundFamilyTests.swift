import Foundation
import Problems
@testable import Solve
import Source
import Testing

/// Families found in the held-out run of `solve/final15` and in earlier corpora's misses,
/// each tested on statements written for these tests.
@Suite("Solve families, fourteenth round")
struct FourteenthRoundFamilyTests {
    static func answers(_ text: String) -> [String: Answer] { TenthRoundFamilyTests.answers(text) }
    static func markdown(_ text: String) -> [String: Answer] { ThirteenthRoundFamilyTests.markdown(text) }

    static func close(_ answer: Answer?, _ expected: [Double]) -> Bool {
        switch answer {
        case .vector(let values)?: return values.count == expected.count && zip(values, expected).allSatisfy { abs($0 - $1) < 1e-9 }
        case .matrix(let rows)?: let flat = rows.flatMap { $0 }; return flat.count == expected.count && zip(flat, expected).allSatisfy { abs($0 - $1) < 1e-9 }
        case .real(let number)?: return expected.count == 1 && abs(number.value - expected[0]) < 1e-9
        case .integer(let number)?: return expected.count == 1 && Double(number) == expected[0]
        default: return false
        }
    }

    @Test func aTableOfParameterValuesBindsEachRow() {
        let answers = Self.markdown("""
            ## Problem 2 — Forward pass

            Take the network $h = \\tanh(A u + c)$, $o = v^\\top h + d$ with

            | Quantity | Value |
            |---|---|
            | $A \\in \\mathbb{R}^{2\\times 2}$ | $\\begin{bmatrix} 2 & 0 \\\\ 1 & -1 \\end{bmatrix}$ |
            | $c$ | $(0,\\ 1)^\\top$ |
            | $v$ | $(1,\\ 3)^\\top$ |
            | $d$ | $-2$ |

            and the input $u = (0,\\ 1)^\\top$.

            **(a)** Compute $A u + c$.

            **(b)** Compute the output $o$.
            """)
        #expect(Self.close(answers["2a"], [0, 0]))
        #expect(Self.close(answers["2b"], [-2]))
    }

    @Test func aRowWhoseShapeDisagreesWithItsValueBindsNothing() {
        let answers = Self.markdown("""
            ## Problem 3 — Forward pass

            The network is $z = W x + b$ with

            | parameter | value |
            |---|---|
            | $W$ (2×3) | $\\begin{bmatrix} 1 & 2 \\\\ 3 & 4 \\end{bmatrix}$ |
            | $b$ | $(1,\\ 1)^\\top$ |

            and the input $x = (1,\\ 2)^\\top$.

            **(a)** Compute $z$.
            """)
        #expect(answers["3a"] == nil)
    }

    @Test func aLayerThatHasFiltersOfASizeIsAConvolution() {
        let found = Self.answers("""
            Problem 1
            A grayscale image of size 1 × 64 × 64 is the input.
            (a) Suppose the layer uses 12 filters of size 5 × 5 with a stride of 1 and padding of 2. What is the output shape?
            (b) Suppose the layer has 20 kernels of size 3 × 3 with stride 2 and no padding. What is the output shape?
            """)
        #expect(found["1a"] == .shape(dimensions: [12, 64, 64], layout: "CHW"))
        #expect(found["1b"] == .shape(dimensions: [20, 31, 31], layout: "CHW"))
    }

    @Test func aLayerAppliedToAnEarlierOutputTakesTheStatedDefaultStride() {
        let found = Self.answers("""
            Unless a problem says otherwise, every convolution uses stride 1 and no padding.
            Problem 2
            An input of size 8 × 40 × 40 enters the network.
            (a) A 2 × 2 max pooling with stride 2 is applied. What is the output shape?
            (b) A 5 × 5 convolution with 6 filters is applied to the output of (a). What is the output shape?
            """)
        #expect(found["2a"] == .shape(dimensions: [8, 20, 20], layout: "CHW"))
        #expect(found["2b"] == .shape(dimensions: [6, 16, 16], layout: "CHW"))
    }

    @Test func aModelClassCountsTheModulesItsConstructorAssigns() {
        let found = Self.markdown("""
            ## Problem 3

            ```python
            class Encoder(nn.Module):
                def __init__(self):
                    super().__init__()
                    self.conv = nn.Conv2d(3, 8, 3)
                    self.bn = nn.BatchNorm2d(8)
                    self.head = nn.Linear(8, 2)

                def forward(self, x):
                    return self.head(self.bn(self.conv(x)).mean((2, 3)))
            ```

            **(a)** How many parameters does `self.conv` have?

            **(b)** How many trainable parameters does Encoder have?

            ## Problem 4

            ```python
            class Scaled(nn.Module):
                def __init__(self):
                    super().__init__()
                    self.fc = nn.Linear(4, 4)
                    self.scale = nn.Parameter(torch.ones(4))
            ```

            **(a)** How many parameters does Scaled have?
            """)
        #expect(found["3a"] == .integer(224))
        // 224 + 2·8 + (8·2 + 2).
        #expect(found["3b"] == .integer(258))
        // A parameter of its own is not counted here: no answer rather than 20.
        #expect(found["4a"] == nil)
        // Nor is a module of a class the code defines.
        let custom = ModuleClasses.defined(in: "class Wrapper(nn.Module): def __init__(self): self.block = Block() self.head = nn.Linear(10, 2)")
        #expect(custom.isEmpty)
    }

    @Test func anInputNamedByWhatItIsGivesItsHeightAndWidth() {
        let found = Self.answers("""
            Problem 5
            A convolutional layer maps 3 input channels to 16 output channels with 3 × 3 kernels. Its input image is 32 × 32, with stride 1 and padding 1.
            (a) How many MACs does the layer perform on one image? Ignore the bias.
            """)
        // 32 · 32 output positions × 16 channels × 3 · 3 · 3.
        #expect(found["5a"] == .integer(442_368))
    }

    @Test func aBatchCountedAsExamplesOfFeaturesIsReadRowWise() {
        let found = Self.answers("""
            Problem 6
            A batch holds 3 examples with 2 features each: X = [2 1; 4 1; 6 4]. Use γ = 1, β = 0, ε = 0 and the biased variance.
            (a) Apply batch normalization and report the normalized values of the second column for all three examples.
            (b) Apply layer normalization to the third example and report its outputs.
            (c) Let γ = 3 and β = 0 for the first feature and let the loss be L = ∑_i w_i y_i with w = (1, 0, −1), where y_i are the batch-norm outputs of the first feature. Compute ∂L/∂γ.
            """)
        // Column 2 = (1, 1, 4): mean 2, variance 2.
        #expect(Self.close(found["6a"], [-1 / 2.0.squareRoot(), -1 / 2.0.squareRoot(), 2 / 2.0.squareRoot()]))
        // Row 3 = (6, 4): mean 5, variance 1.
        #expect(Self.close(found["6b"], [1, -1]))
        // x̂ of column 1 = (−√1.5, 0, √1.5); ∂L/∂γ = ∑ w_i x̂_i = −2√1.5.
        #expect(Self.close(found["6c"], [-2 * 1.5.squareRoot()]))
        // Square or unstated layouts stay unread: 2 examples of 2 features.
        let square = Self.answers("""
            Problem 7
            A batch holds 2 examples with 2 features each: X = [2 1; 4 3]. Use γ = 1, β = 0, ε = 0.
            (a) Apply batch normalization and report the normalized values of the first column.
            """)
        #expect(square["7a"] == nil)
    }

    @Test func operandsIntroducedWithoutNumbersAreNotTheEarlierArrays() {
        let found = Self.answers("""
            Problem 8
            Throughout this problem, "convolution" means cross-correlation (the kernel is not flipped). Let x = [1, 3, −2, 0, 2] and w = [2, −1, 1].
            (a) Compute the cross-correlation of x with w (no padding, stride 1).
            (b) Repeat (a) with stride 2.
            For the rest of the problem use the 4 × 4 image A and the 2 × 2 filter B drawn in the figure.
            (c) Same image and filter, but now with zero padding of 1 and stride 2. Write out the output.
            """)
        #expect(found["8a"] == .vector([-3, 8, -2]))
        #expect(found["8c"] == nil)
    }

    @Test func anOutputOnThisTrainingStepIsTheTrainingPhase() {
        let found = Self.answers("""
            Problem 9
            A layer's activations are h = (1.0, 2.0, 3.0). Dropout with drop rate p = 0.5 samples the keep-mask m = (0, 1, 1), where 1 means kept.
            (a) With inverted dropout, what does the layer output on this training step?
            """)
        #expect(found["9a"] == .vector([0, 4, 6]))
    }

    @Test func aFunctionOfAnIndexedEntryIsTakenAtEachEntry() {
        let found = Self.answers("""
            Problem 10
            A layer produces the pre-activations a = (0.0, 1.0, −2.0).
            (a) Compute tanh′(a_i) = 1 − tanh²(a_i) for each of the three entries.
            (b) Compute ReLU(a_j) for every j.
            """)
        let t1 = 1 - pow(tanh(1.0), 2), t2 = 1 - pow(tanh(-2.0), 2)
        #expect(Self.close(found["10a"], [1, t1, t2]))
        #expect(Self.close(found["10b"], [0, 1, 0]))
    }

    @Test func aParagraphAnnouncingTheFollowingLayersSetsUpTheLaterParts() {
        let found = Self.answers("""
            Problem 11
            Let X = [1 2; 3 6].
            (a) Apply 2 × 2 max pooling with stride 2.
            (b) Apply global average pooling. Give the single number.

            The encoder applies the following layers to a 1 × 32 × 32 input, in order:
            Layer Type Kernel Stride Padding
            1 conv 3 × 3 1 1
            2 max pool 2 × 2 2 0
            3 conv 3 × 3 1 1

            (c) What is the receptive field (side length, in input pixels) of a single unit in the output of layer 3?
            """)
        #expect(Self.close(found["11b"], [3]))
        // 3, then 4 after the pooling (jump 2), then 4 + 2·2.
        #expect(found["11c"] == .integer(8))
        // Values for one part only are that part's own.
        #expect(PartInterlude.split("Compute y.\n\nFor this part only, use the following values: W = [1 2; 3 4]").interlude == nil)
    }
}
