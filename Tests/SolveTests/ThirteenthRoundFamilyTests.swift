import Foundation
import Problems
@testable import Solve
import Source
import Testing

/// Families found in the held-out run of `solve/final14`, each tested on statements written
/// for these tests.
@Suite("Solve families, thirteenth round")
struct ThirteenthRoundFamilyTests {
    static func answers(_ text: String) -> [String: Answer] { TenthRoundFamilyTests.answers(text) }
    static func recognitions(_ text: String) -> [String: Recognition] { FifthRoundFamilyTests.recognitions(text) }
    static func markdown(_ text: String) -> [String: Answer] {
        let statements = ProblemDocument(source: SourceReader.markdown(text)).partStatements
        return Dictionary(uniqueKeysWithValues: zip(statements.map(\.id), Recognizer().recognize(statements))).compactMapValues(\.answer)
    }

    @Test func aRepeatWithoutPaddingDropsThePadding() {
        let found = Self.recognitions("""
            Problem 1
            A single-channel image of size 1 × 32 × 32 is the input to each layer.
            (a) nn.Conv2d(1, 4, kernel_size=3, padding=1). What is the output shape?
            (b) Repeat (a) with a stride of 2 and without padding.
            (c) Repeat (a) with a stride of 2, keeping everything else the same.
            (d) Repeat (a) with a stride of 2 and 'same' padding.
            """)
        #expect(found["1b"]?.answer == .shape(dimensions: [4, 15, 15], layout: "CHW"))
        #expect(found["1c"]?.answer == .shape(dimensions: [4, 16, 16], layout: "CHW"))
        // A setting in words not read is no change understood.
        #expect(found["1d"]?.answer == nil)
    }

    @Test func aTrueClassSupposedOtherwiseReplacesTheStatementsClass() {
        let answers = Self.answers("""
            Problem 2
            A four-class linear classifier produces the scores s = (1.0, 3.0, 0.5, 2.0) for an example whose true class is class 1 (the first class).
            (a) Compute the multiclass hinge loss with margin Δ = 1.
            (b) Compute the multiclass hinge loss with margin Δ = 1 if the true class were class 4 instead.
            """)
        func value(_ answer: Answer?) -> Double? {
            switch answer {
            case .real(let number)?: number.value
            case .integer(let number)?: Double(number)
            default: nil
            }
        }
        // Class 1: 3 + 0.5 + 2; class 4 (score 2.0): 0 + 2 + 0.
        #expect(value(answers["2a"]) == 5.5)
        #expect(value(answers["2b"]) == 2)
    }

    @Test func aPastedDerivativeOperatorBeforeItsFunctionIsADerivative() {
        let answers = Self.answers("""
            Problem 3
            (a) Which value is closest to dx sigmoid(x) at x = 0? A. 0 B. 0.25 C. 0.5 D. 1
            (b) Which value is closest to sigmoid(x) at x = 0? A. 0 B. 0.25 C. 0.5 D. 1
            """)
        // (The options as they stand inline are not split off; the value read is the derivative's.)
        #expect(answers["3a"] == .real(RealValue(0.25)))
        #expect(answers["3b"] == .real(RealValue(0.5)))
    }

    @Test func aMethodSaidToBeAbsentIsNotTheMethod() {
        let answers = Self.answers("""
            Problem 4
            Minimize f(w) = w_1^2 + w_2^2 with gradient ∇f(w) = (2 w_1, 2 w_2), from w_0 = (1, 2), learning rate η = 0.1.
            (a) Take one step of SGD without momentum and with weight decay λ = 0.5 added to the gradient, i.e. the step uses ∇f(w) + λ w. Give the weights.
            """)
        #expect(TenthRoundFamilyTests.close(answers["4a"], [1 - 0.1 * 2.5, 2 - 0.1 * 5]))
    }

    @Test func aTableOfSeveralInputsIsTheDesign() {
        let answers = Self.markdown("""
            ## Problem 5

            Three observations:

            | $x_1$ | $x_2$ | $y$ |
            |---|---|---|
            | 1 | 1 | 3 |
            | 2 | 0 | 2 |
            | 0 | 3 | 6 |

            Fit $\\hat y = w_1 x_1 + w_2 x_2$ (no intercept) unless a part says otherwise.

            a) Compute the least-squares solution $\\hat w$.

            b) What is the residual sum of squares of the fit in a)?

            c) Ridge regression minimizes $\\lVert y - Xw\\rVert^2 + \\lambda \\lVert w \\rVert^2$. Compute the minimizer for $\\lambda = 1$.
            """)
        // y = x_1 + 2 x_2 exactly.
        #expect(TenthRoundFamilyTests.close(answers["5a"], [1, 2]))
        guard case .real(let rss)? = answers["5b"] else { Issue.record("no residual sum: \(String(describing: answers["5b"]))"); return }
        #expect(abs(rss.value) < 1e-9)
        // (XᵀX + I)⁻¹Xᵀy with XᵀX = [[5, 1], [1, 10]], Xᵀy = (7, 21).
        let a = 6.0, b = 1.0, d = 11.0, det = a * d - b * b
        #expect(TenthRoundFamilyTests.close(answers["5c"], [(d * 7 - b * 21) / det, (a * 21 - b * 7) / det]))
        #expect(LeastSquaresReader.featureColumns("x_1 x_2 y 1 1 3 2 0 2") == nil)
    }

    @Test func anInterceptThePartStatesOverridesTheStatements() {
        let answers = Self.markdown("""
            ## Problem 6

            | $x_1$ | $x_2$ | $y$ |
            |---|---|---|
            | 0 | 0 | 1 |
            | 1 | 0 | 3 |
            | 0 | 1 | 4 |
            | 1 | 1 | 6 |

            Fit the model without an intercept unless a part says otherwise.

            a) Compute the least-squares solution.

            b) Refit part a) with an (unregularized) intercept: $\\hat y = b + w_1 x_1 + w_2 x_2$. Report $(b, w_1, w_2)$.

            c) Ridge regression minimizes $\\lVert y - Xw\\rVert^2 + \\lambda \\lVert w \\rVert^2$ with $\\lambda = 1$. Refit it after adding an intercept term. Give the weights.

            d) Refit the fit of part a) once the intercept is fixed at 2. Give the weights.
            """)
        #expect(TenthRoundFamilyTests.close(answers["6b"], [1, 2, 3]))
        // An intercept added to a ridge fit leaves open whether it is penalized; one the part
        // speaks of in words not read is no fit.
        #expect(answers["6c"] == nil)
        #expect(answers["6d"] == nil)
        #expect(answers["6a"] != nil && !TenthRoundFamilyTests.close(answers["6a"], [2, 3]))
    }

    @Test func aDottedPartNumberUnderItsProblemIsAPart() {
        let statements = ProblemDocument(source: SourceReader.markdown("""
            ## Problem 3 — Counting

            Some setting.

            - **3.1** [2 pts] How many edges does the graph have?
            - **3.2** [2 pts] How many vertices does it have?

            ## Problem 4 — Next

            4.1 What is the first thing?
            """)).partStatements
        #expect(statements.map(\.id) == ["3.1", "3.2", "4.1"])
    }

    @Test func aNounNamingAModuleWithoutADeterminerIsThatModule() {
        let answers = Self.markdown("""
            ## Problem 7

            ```python
            net = nn.Sequential(
                nn.Linear(10, 5),
                nn.ReLU(),
                nn.Linear(5, 2),
            )
            ```

            a) How many trainable parameters does net have?

            b) How many trainable parameters does the net's first layer have, in your own words?
            """)
        #expect(answers["7a"] == .integer(10 * 5 + 5 + 5 * 2 + 2))
        #expect(NamedModules.substituting("Why is the net deep?", bindings: [("net", "nn.Linear(1, 1)")]) == "Why is the net deep?")
    }

    @Test func theShapeAfterAModuleOfTheSequentialRunsTheModulesBeforeIt() {
        let answers = Self.markdown("""
            ## Problem 8

            ```python
            model = nn.Sequential(
                nn.Conv2d(3, 6, kernel_size=5),
                nn.ReLU(),
                nn.MaxPool2d(2),
                nn.Conv2d(6, 16, kernel_size=5),
                nn.ReLU(),
                nn.MaxPool2d(2),
            )
            ```

            A batch of 8 RGB images of size 32 × 32 goes through `model`.

            a) What is the shape of the output of the first pooling layer? Give (N, C, H, W).

            b) What is the shape right after the second convolution? Give (N, C, H, W).

            c) What is the shape right after `nn.Conv2d(6, 16, kernel_size=5)`? Give (N, C, H, W).

            d) What would the shape right after the second convolution be if its kernel were 3 × 3? Give (N, C, H, W).
            """)
        // A model the part changes is not the one written.
        #expect(answers["8d"] == nil)
        #expect(answers["8a"] == .shape(dimensions: [8, 6, 14, 14], layout: "NCHW"))
        #expect(answers["8b"] == .shape(dimensions: [8, 16, 10, 10], layout: "NCHW"))
        #expect(answers["8c"] == .shape(dimensions: [8, 16, 10, 10], layout: "NCHW"))
    }

    @Test func aCallAtTheGivenPointIsTheFunctionsValue() {
        let answers = Self.answers("""
            Problem 9
            Let g(a, b) = (a + 2 b) a and evaluate everything at a = 3, b = −1.
            (a) Compute g(3, −1).
            (b) Compute g(1, 1).
            """)
        #expect(answers["9a"] == .real(RealValue(3)))
        // Not the point the statement gives: not read as g's value there.
        #expect(answers["9b"] == nil)
    }

    @Test func aLossWithASubscriptDefinedInAnEarlierPartIsThatLoss() {
        let answers = Self.answers("""
            Problem 10
            A two-class classifier produces the logits z = (0, 0) for an example whose true class is the first class.
            (a) Compute the cross-entropy loss L_{ce} = −log softmax(z)_1.
            (b) Compute the gradient ∂L_{ce}/∂z.
            """)
        #expect(TenthRoundFamilyTests.close(answers["10b"], [-0.5, 0.5]))
    }

    @Test func theVarianceOfADroppedOutUnitIsOverTheMask() {
        let answers = Self.answers("""
            Problem 11
            A layer's activations are h = (1.0, 2.0, 4.0). Inverted dropout with keep probability 0.8 is applied during training.
            (a) Treat the mask as random. For the unit with h_3 = 4.0, what is the variance of its output during training?
            (b) What is the sample variance of the three outputs?
            """)
        // (a/p)² · p − a² = a² q / p = 16 · 0.2 / 0.8.
        guard case .real(let variance)? = answers["11a"] else { Issue.record("no variance: \(String(describing: answers["11a"]))"); return }
        #expect(abs(variance.value - 4) < 1e-9)
        #expect(answers["11b"] == nil)
        let standard = try? Dropout(keepProbability: 0.5, variant: .standard)
        #expect(standard?.trainingVariance(of: 2) == 1)
    }

    @Test func theOutputOfAPartAnsweredWithoutACallIsItsShape() {
        let answers = Self.answers("""
            Problem 12
            A feature map of size 16 × 40 × 40 (C × H × W) is the input. Shapes are written C × H × W.
            (a) It goes through a 2 × 2 max-pooling layer with stride 2. What is the output shape?
            (b) nn.ConvTranspose2d(16, 4, kernel_size=2, stride=2) is applied to the output of (a). What is its output shape?
            """)
        #expect(answers["12a"] == .shape(dimensions: [16, 20, 20], layout: "CHW"))
        #expect(answers["12b"] == .shape(dimensions: [4, 40, 40], layout: "CHW"))
    }

    @Test func aLayerTableWithKernelAndStrideColumnsGivesReceptiveFields() {
        // (A LaTeX table as the reader flattens it onto one line.)
        let answers = Self.answers("""
            Problem 13
            The stack below is applied to a grayscale image. Layer Operation Kernel Stride 1 conv 5 × 5 1 2 max pool 2 × 2 2 3 conv 3 × 3 2 4 conv 3 × 3 1
            (a) What is the receptive field of one unit at the output of layer 3?
            (b) What is the receptive field of one unit at the output of layer 4?
            """)
        // 5; 5 + 1 = 6; 6 + 2 · 2 = 10; 10 + 2 · 4 = 18.
        #expect(answers["13a"] == .integer(10))
        #expect(answers["13b"] == .integer(18))
    }

    @Test func aShortExplanationAskedIsNoValue() {
        #expect(Recognizer.explanation(StatementText("The measured accuracy is lower than the bound. Give a brief explanation of the gap.")) == "give reasons")
        #expect(Recognizer.explanation(StatementText("Give the output shape.")) == nil)
    }
}
