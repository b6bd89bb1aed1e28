import Foundation
import Problems
@testable import Solve
import Source
import Testing

/// Families found in the held-out run of `solve/final12` and in the pasted optimizer parts of
/// the development corpora, each tested on statements written for these tests.
@Suite("Solve families, eleventh round")
struct EleventhRoundFamilyTests {
    static func answers(_ text: String) -> [String: Answer] { TenthRoundFamilyTests.answers(text) }
    static func close(_ a: Answer?, _ b: [Double], _ tolerance: Double) -> Bool { TenthRoundFamilyTests.close(a, b, tolerance) }

    @Test func aPastedLossWithFlattenedSquaresIsReadWhenTheWeightsAreNamed() {
        // "L(w) = 4 w12 + (w2 + 3)2" is 4w₁² + (w₂ + 3)²: gradient (8w₁, 2w₂ + 6).
        let found = Self.answers("""
            Problem 2 (Optimizers)
            Consider the loss
            L(w) = 4 w12 + (w2 + 3)2 ,
            w = (w1 , w2 ) ∈ R2 ,
            and start from w(0) = (1, −1).
            (a) Take one step of gradient descent with learning rate η = 0.1. Give w(1) .
            """)
        // w − 0.1·(8, 4) = (0.2, −1.4).
        #expect(Self.close(found["2a"], [0.2, -1.4], 1e-9))
    }

    @Test func aFlattenedCoefficientThatCouldBeAStackedFractionIsNotRead() {
        #expect(OptimizerReader.flattened("31 w12 + w22", dimension: 2) == nil)
        #expect(OptimizerReader.flattened("10 w12 + w22", dimension: 2) == "10 w_1^2 + w_2^2")
        // A digit after an index that is not the square, and a formula with scripts of its own.
        #expect(OptimizerReader.flattened("w13 + w22", dimension: 2) == nil)
        #expect(OptimizerReader.flattened("w_1^2 + w22", dimension: 2) == nil)
    }

    @Test func aLossNotConvexInEveryWeightIsAGarbleAndNotRead() {
        // "2 w1 + 10 w2" is what ½w₁² + 5w₂² can paste as; read as written it has no minimum.
        let found = Self.answers("""
            Problem 3
            Minimize L(w) = 3 w1 + 4 w2 starting from w0 = (1, 2) with learning rate η = 0.5.
            (a) Perform one step of gradient descent. Give w1.
            """)
        #expect(found["3a"] == nil)
    }

    @Test func aMicroSignIsReadAsMu() {
        let found = Self.answers("""
            Problem 1
            The loss is L(w) = w_1^2 + w_2^2, start from w_0 = (1, 2). Use the conventions of torch.optim: with
            momentum µ, v ← µv + g and w ← w − ηv; the velocity starts at v = 0.
            (a) Use momentum µ = 0.5 with η = 0.25. Give w_2, the iterate after two steps.
            """)
        // g₀ = (2, 4), v₁ = g₀, w₁ = (0.5, 1); g₁ = (1, 2), v₂ = (2, 4) = 0.5·v₁ + g₁, w₂ = (0, 0).
        #expect(Self.close(found["1a"], [0, 0], 1e-9))
    }

    @Test func anEnumerationOfIndexedSymbolsNamesEveryElement() {
        #expect(StatementText("Report y_1, y_2, y_3 and y_4.").collapsingEnumerations.text == "Report y_i.")
        #expect(StatementText("Give (z_1, …, z_n) now").collapsingEnumerations.text == "Give z_i now")
        // Two symbols are no enumeration of one.
        #expect(StatementText("Compute a_1, b_2.").collapsingEnumerations.text == "Compute a_1, b_2.")
        let found = Self.answers("""
            Problem 4
            A batch-norm layer in training mode sees one feature over a batch x = (1, 3, 5, 7), with
            γ = 1, β = 0 and ε = 0.
            (a) Give the normalized values x̂ = (x̂_1, x̂_2, x̂_3, x̂_4).
            """)
        // Mean 4, biased variance 5.
        let s = 5.0.squareRoot()
        #expect(Self.close(found["4a"], [-3 / s, -1 / s, 1 / s, 3 / s], 1e-9))
    }

    @Test func aGradientNamedTwiceIsAskedOnce() {
        let found = Self.answers("""
            Problem 5
            A batch-norm layer (training mode, ε = 0) with γ = 3 and β = 1 sees one feature over the
            batch x = (0, 2).
            (a) The upstream gradient is ∂L/∂y = (1, 3). Find ∂L/∂β and ∂L/∂γ; write them as (∂L/∂β, ∂L/∂γ).
            """)
        // x̂ = (−1, 1): ∂L/∂β = 1 + 3 = 4, ∂L/∂γ = −1 + 3 = 2.
        #expect(Self.close(found["5a"], [4, 2], 1e-9))
    }

    @Test func aPartAskingToSuggestOrProposeADesignIsWords() {
        let found = Self.answers("""
            Problem 6
            A network has two 3 × 3 convolutions with stride 1, one after the other.
            (a) What is the receptive field of the second layer?
            (b) Propose a modification that triples this receptive field, and name its cost.
            (c) Suggest a way to halve the compute.
            """)
        #expect(TenthRoundFamilyTests.value(found["6a"]) == 5)
        #expect(found["6b"] == nil)
        #expect(found["6c"] == nil)
    }

    static func markdownAnswers(_ text: String) -> [String: Answer] {
        let document = ProblemDocument(source: SourceReader.markdown(text))
        let statements = document.partStatements
        return Dictionary(uniqueKeysWithValues: zip(statements.map(\.id), Recognizer().recognize(statements))).compactMapValues(\.answer)
    }

    @Test func aTableOfSettingsPerPartGivesEachPartItsRow() {
        let found = Self.markdownAnswers("""
            ## 1. Warm-up

            **(a)** What is the learning rate of plain SGD in PyTorch by default? Explain.

            ## 2. Optimizers

            Minimize $f(w) = \\tfrac12(4 w_1^2 + w_2^2)$, so $\\nabla f(w) = (4 w_1, w_2)$, from $w^{(0)} = (1, 2)$.
            Unless a part says otherwise, the learning rate is $\\eta = 0.1$.

            | Part | Optimizer | Settings | Steps |
            |------|-----------|----------|-------|
            | (a) | `SGD` | `lr=0.1` | 1 |
            | (b) | `SGD` | `lr=0.1, momentum=0.5` | 2 |
            | (c) | `Adam` | `lr=0.2, betas=(0.8, 0.99), eps=1e-8` | 1 |

            **(a)** Plain gradient descent: report $w^{(1)}$.

            **(b)** Heavy-ball momentum, $v \\leftarrow \\mu v + g$, $w \\leftarrow w - \\eta v$: report $w^{(2)}$.

            **(c)** Adam with bias correction: report $w^{(1)}$.
            """)
        // (a) w − 0.1·(4, 2) = (0.6, 1.8).
        #expect(Self.close(found["2a"], [0.6, 1.8], 1e-9))
        // (b) v₁ = (4, 2), w₁ = (0.6, 1.8); g₁ = (2.4, 1.8), v₂ = (4.4, 2.8), w₂ = (0.16, 1.52).
        #expect(Self.close(found["2b"], [0.16, 1.52], 1e-9))
        // (c) one Adam step moves each weight by the row's lr, 0.2, against the gradient's sign.
        #expect(Self.close(found["2c"], [0.8, 1.8], 1e-6))
    }

    @Test func rowsOfATableAheadOfTheirPartsAreNoParts() {
        let document = ProblemDocument(source: SourceReader.markdown("""
            ## 1. Warm-up

            **(a)** Name one optimizer.

            ## 2. Settings

            | Part | Rate |
            |------|------|
            | (a) | 0.1 |
            | (b) | 0.2 |

            **(a)** Report the first rate.

            **(b)** Report the second rate.
            """))
        let parts = document.problems.last?.parts ?? []
        #expect(parts.map(\.id) == ["2a", "2b"])
        #expect(parts.first?.text.contains("Report the first rate") == true)
    }

    @Test func anInputShapedWithASymbolicBatchCountsOneExample() {
        let found = Self.answers("""
            Problem 3
            A layer conv = nn.Conv2d(16, 32, kernel_size=3, padding=1) receives an input of shape (B, 16, 20, 20).
            (a) How many MACs does conv perform for one example?
            (b) How many MACs does conv perform for the whole batch?
            """)
        // 20 × 20 outputs × 32 filters × 16 × 9 weights each.
        #expect(TenthRoundFamilyTests.value(found["3a"]) == Double(20 * 20 * 32 * 16 * 9))
        #expect(found["3b"] == nil)
    }

    @Test func aNumberedListOfModulesNamesEachByItsRow() {
        let found = Self.answers("""
            Problem 2
            A small classifier is built from these modules, in order.
            # Module
            1 nn.Flatten()
            2 nn.Linear(100, 50)
            3 nn.Tanh()
            4 nn.Linear(50, 5)
            (a) How many parameters does module 4 have?
            (b) How many parameters does the whole network have?
            (c) How many parameters would the whole network have if no layer had a bias?
            (d) It is trained on mini-batches of 64 inputs. How many FLOPs does module 2 take over one mini-batch, counting each MAC as two FLOPs?
            """)
        #expect(TenthRoundFamilyTests.value(found["2a"]) == 255)
        #expect(TenthRoundFamilyTests.value(found["2b"]) == 5305, "\(String(describing: found["2b"]))")
        #expect(found["2c"] == nil)
        #expect(TenthRoundFamilyTests.value(found["2d"]) == Double(2 * 64 * 100 * 50))
    }

    @Test func aDepthwiseSeparablePairCountsThePointwiseOutputChannels() {
        let found = Self.answers("""
            Problem 4
            The input has shape (N, 32, 10, 10).
            (a) A depthwise nn.Conv2d(32, 32, kernel_size=3, padding=1, groups=32) is followed by a pointwise nn.Conv2d(32, 48, kernel_size=1). How many parameters does the pair have?
            (b) How many MACs does the pair from part (a) perform per example?
            """)
        // Depthwise 32 × 9 × 100, pointwise 32 × 48 × 100.
        #expect(TenthRoundFamilyTests.value(found["4b"]) == Double(32 * 9 * 100 + 32 * 48 * 100))
    }

    @Test func aQuestionAskingForTheClosestOptionTakesTheClearlyNearest() {
        #expect(OptionValue.nearest(to: 6.1, among: [2, 4, 6, 8].map { OptionValue(value: $0, decimals: 0) }) == 2)
        // Halfway between two options is no choice; nor is an option far from every value.
        #expect(OptionValue.nearest(to: 5.0, among: [2, 4, 6, 8].map { OptionValue(value: $0, decimals: 0) }) == nil)
        #expect(OptionValue.nearest(to: 12.0, among: [2, 4, 6, 8].map { OptionValue(value: $0, decimals: 0) }) == nil)
        let found = Self.answers("""
            Problem 5
            (a) How many parameters does nn.Linear(30, 20) have?
            (b) How many parameters does nn.Linear(20, 6) have?
            (c) The ratio of the parameter count in (a) to the parameter count in (b) is closest to
            (A) 1
            (B) 5
            (C) 10
            (D) 12
            """)
        // 620 / 126 ≈ 4.92.
        #expect(found["5c"] == .choice("B"))
    }

    @Test func whatAnOperationIsOfIsItsInput() {
        let found = Self.answers("""
            Problem 6
            (a) Compute the transposed convolution of v = (2, −1) with the kernel g = (1, 1, 3), using stride 1 and no padding.
            """)
        // 2·(1, 1, 3) at 0 and −1·(1, 1, 3) at 1.
        #expect(Self.close(found["6a"], [2, 1, 5, -3], 1e-9))
    }

    @Test func aSampledMaskIsTrainingAndANamedPartGivesTheActivations() {
        let found = Self.answers("""
            Problem 2
            (a) A layer with inverted dropout and a drop rate of 0.5 receives a = (2, 4, −2, 6) and samples the keep mask m = (0, 1, 1, 0) (1 means kept). Compute the output of the layer.
            (b) The same layer now uses classic dropout, which does not rescale during training, with keep probability 0.5. What does the layer output at test time for the a of part (a)?
            """)
        #expect(Self.close(found["2a"], [0, 8, -4, 0], 1e-9))
        #expect(Self.close(found["2b"], [1, 2, -1, 3], 1e-9))
    }

    @Test func aGradientOfTheLossAnEarlierPartDefinedAndAClassChangedByThePart() {
        let found = Self.answers("""
            Problem 4
            A two-class classifier gives the logits z = (0, 0) for an example whose correct class is class 1 (the first entry).
            (a) Compute the cross-entropy loss L = − log p_1.
            (b) Compute the gradient ∂L/∂z.
            (c) Same logits, but now the correct class is class 2. Compute the multiclass hinge loss ∑_{j≠y} max(0, z_j − z_y + 1).
            """)
        #expect(Self.close(found["4b"], [-0.5, 0.5], 1e-9))
        #expect(TenthRoundFamilyTests.value(found["4c"]) == 1)
    }

    @Test func aKerasLayerAppliedToTheInputImageTakesTheStatementsImages() {
        let found = Self.answers("""
            Problem 1
            Grayscale images of size 28 × 28 are fed to each layer below.
            (a) In Keras, Conv2D(6, 5, strides=1, padding='valid') is applied to the input image. Report the shape as C × H × W.
            """)
        #expect(found["1a"] == .shape(dimensions: [6, 24, 24], layout: "CHW"))
    }

    @Test func aModuleTablePastedAsTwoColumnsNamesEachRow() {
        let found = Self.answers("""
            Problem 2
            A small classifier is built from these modules, in order.
            Module

            1
            2
            3

            nn.Linear(20, 10)
            nn.ReLU()
            nn.Linear(10, 4)

            (a) How many parameters does module 3 have?
            (b) It sees mini-batches of 8 inputs. How many floatingpoint operations does module 1 perform over a mini-batch, counting
            each MAC as two FLOPs?
            """)
        #expect(TenthRoundFamilyTests.value(found["2a"]) == 44)
        #expect(TenthRoundFamilyTests.value(found["2b"]) == Double(2 * 8 * 20 * 10))
        #expect(NamedModules.numbered(in: "1 2 nn.ReLU() nn.Linear(3, 4) and 3").count == 8)
        // Fewer calls than numbers is no table.
        #expect(NamedModules.numbered(in: "1 2 3 nn.ReLU() nn.Linear(3, 4) and more").isEmpty)
    }

    @Test func aScheduleAskedByItsOwnSymbolAtAStep() {
        let found = Self.answers("""
            Problem 3
            (a) A run uses the linear warm-up η_t = 0.2 · t/50 for t ≤ 50. What is η_t at t = 10?
            (b) The same run, η_t at step 10: what is it?
            """)
        #expect(TenthRoundFamilyTests.value(found["3a"]).map { abs($0 - 0.04) < 1e-12 } == true, "\(String(describing: found["3a"]))")
        // Without "learning rate" and without "at t = …?" the part asks nothing this reader reads.
        #expect(found["3b"] == nil)
    }

    @Test func aSingleExampleNamedByItsIndexAndItsGradient() {
        let found = Self.answers("""
            Problem 1
            A batch-norm layer with γ = 3 and β = 0.5 normalizes one feature over the mini-batch x = (1, 2, 3), in training mode, with ε = 0.
            (a) Suppose instead that the mini-batch contains a single example, x_1 = 7, and now ε = 10^{-5}. What is the output y_1?
            (b) In the setting of (a), the upstream gradient is ∂L/∂y_1 = 2. What is ∂L/∂x_1?
            (c) For the batch x = (1, 2, 3), the upstream gradient is ∂L/∂y_1 = 2. What is ∂L/∂x_1?
            """)
        // A batch of one normalizes to 0: the output is β and no gradient reaches the input.
        #expect(TenthRoundFamilyTests.value(found["1a"]) == 0.5)
        #expect(TenthRoundFamilyTests.value(found["1b"]) == 0)
        // With three examples, "∂L/∂x_1" may be one example's: not read.
        #expect(found["1c"] == nil)
    }
}
