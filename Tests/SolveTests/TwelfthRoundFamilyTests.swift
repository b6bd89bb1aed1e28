import Foundation
import Problems
@testable import Solve
import Source
import Testing

/// Families found in the held-out run of `solve/final13`, each tested on statements written
/// for these tests.
@Suite("Solve families, twelfth round")
struct TwelfthRoundFamilyTests {
    static func answers(_ text: String) -> [String: Answer] { TenthRoundFamilyTests.answers(text) }
    static func recognitions(_ text: String) -> [String: Recognition] { FifthRoundFamilyTests.recognitions(text) }

    @Test func aBareConvolutionWithoutANetworkLeavesTheFlipOpen() {
        let found = Self.recognitions("""
            Problem 1
            Let a = (2, 0, 1, 3) and b = (1, 2).
            (a) Compute the convolution of a and b (valid positions only, stride 1).
            (b) How many entries does the valid convolution of a with b have, with stride 1?
            (c) Compute a ⋆ b with stride 1 and no padding.
            """)
        #expect(found["1a"]?.answer == nil)
        if case .notRecognized(let reason)? = found["1a"] { #expect(reason.contains("flipped")) }
        // The count and the star's cross-correlation do not depend on a convention left open.
        #expect(found["1b"]?.answer == .integer(3))
        #expect(found["1c"]?.answer == .vector([2, 2, 7]))
    }

    @Test func aNetworkLayerOrASymmetricKernelFixesTheFlip() {
        let answers = Self.answers("""
            Problem 2
            Let u = (1, 3, 2, 4) and k = (1, 0, 1).
            (a) Convolve u with k, stride 1, no padding.

            Problem 3
            A Conv1d layer (no bias) has the weight w = (1, −1). It is applied to x = (4, 1, 3) with stride 1 and no padding.
            (a) What is the output?
            """)
        #expect(answers["2a"] == .vector([3, 7]))
        #expect(answers["3a"] == .vector([3, -2]))
    }

    @Test func aRecoveredFilterNeedsTheFlipStated() {
        let found = Self.recognitions("""
            Problem 4
            (a) An unknown length-2 filter w maps the input x = (1, 2, 3) to the output y = (4, 7) (stride 1, no padding). Find w.

            Problem 5
            A convolutional layer (no bias) has an unknown kernel.
            (a) A length-2 kernel w maps the input x = (1, 2, 3) to the output y = (4, 7) (stride 1, no padding). Find w.
            """)
        #expect(found["4a"]?.answer == nil)
        if case .notRecognized(let reason)? = found["4a"] { #expect(reason.contains("flipped")) }
        #expect(found["5a"]?.answer == .vector([2, 1]))
    }

    @Test func paddingWithASingleZeroOrByOne() {
        let answers = Self.answers("""
            Problem 6
            x = (1, 2, 3), w = (1, 1) (cross-correlation).
            (a) Pad x with a single zero on each side and use stride 1. Give the output.
            (b) Now x is zero-padded by one on each side, and the stride is 2. Give the output.
            """)
        #expect(answers["6a"] == .vector([1, 3, 5, 3]))
        #expect(answers["6b"] == .vector([1, 5]))
    }

    @Test func poolingTakesANamedOutputOfAnEarlierPartRectifiedWhenAsked() {
        let found = Self.recognitions("""
            Problem 7
            M = [2 −1 0; −3 4 1; 0 −2 5] and K = [1 0; 0 1] (cross-correlation, stride 1).
            (a) Compute the 2 × 2 output Z of the valid cross-correlation of M with K.
            (b) Apply a ReLU to the output Z of part (a), then 2 × 2 average pooling with stride 1. Give the resulting 1 × 1 matrix.
            (c) Apply 2 × 2 max pooling with stride 1 to M. Give the resulting 3 × 3 matrix.
            (d) Average-pool the output Z of part (a) with a 2 × 2 window, then apply a ReLU.
            """)
        #expect(found["7a"]?.answer == .matrix([[6, 0], [-5, 9]]))
        #expect(found["7b"]?.answer == .matrix([[3.75]]))
        // A size the part states that the pooling does not give; a ReLU after the pooling.
        #expect(found["7c"]?.answer == nil)
        #expect(found["7d"]?.answer == nil)
    }

    @Test func aSubpartPoolsWhatItsPartNames() {
        let text = #"""
            \begin{questions}
            \question Let $M = \begin{bmatrix} 2 & -1 & 0\\ -3 & 4 & 1\\ 0 & -2 & 5 \end{bmatrix}$ and $K = \begin{bmatrix} 1 & 0\\ 0 & 1 \end{bmatrix}$; convolution means cross-correlation with stride 1.
            \begin{parts}
            \part Compute the $2\times 2$ output $Z$ of the valid convolution of $M$ with $K$.
            \part Reduce the output $Z$ of part (a) to a single number.
            \begin{subparts}
            \subpart What does global max pooling give?
            \subpart What does global average pooling give?
            \end{subparts}
            \end{parts}
            \end{questions}
            """#
        let statements = ProblemDocument(source: SourceReader.latex(text)).partStatements
        let found = Dictionary(uniqueKeysWithValues: zip(statements.map(\.id), Recognizer().recognize(statements).map(\.answer)))
        #expect(found["1b.i"]??.scalar == 9)
        #expect(found["1b.ii"]??.scalar == 2.5)
    }

    static let network = """
        A batch of grayscale images of size 1 × 32 × 32 passes through the layers below, applied in order.
        Name Kind Module
        B1 conv nn.Conv2d(1, 8, kernel_size=3, padding=1)
        B2 pool nn.MaxPool2d(2)
        B3 conv nn.Conv2d(8, 16, kernel_size=3)
        """

    @Test func aTableOfNamedModulesIsAPipelineAndAPartMayReplaceOne() {
        let answers = Self.answers("""
            Problem 8
            \(Self.network)
            (a) Give the shape of the output of B2.
            (b) Give the shape of the output of B3.
            (c) Same network, but B3 is replaced by nn.Conv2d(8, 16, kernel_size=3, padding=1). What is the output shape of the new B3?
            """)
        #expect(answers["8a"] == .shape(dimensions: [8, 16, 16], layout: "CHW"))
        #expect(answers["8b"] == .shape(dimensions: [16, 14, 14], layout: "CHW"))
        #expect(answers["8c"] == .shape(dimensions: [16, 16, 16], layout: "CHW"))
        #expect(NamedModules.tabled(in: "L1 conv nn.Linear(4, 2) L1 conv nn.Linear(2, 1)").isEmpty)
        // Pasted, the table's columns one after the other.
        let pasted = Self.answers("""
            Problem 8
            A batch of grayscale images of size 1 × 32 × 32 passes through the layers below, applied in order.
            Name

            Module

            B1
            B2
            B3

            nn.Conv2d(1, 8, kernel size=3, padding=1)
            nn.MaxPool2d(2)
            nn.Conv2d(8, 16, kernel size=3)

            (a) Give the shape of the output of B3.
            """)
        #expect(pasted["8a"] == .shape(dimensions: [16, 14, 14], layout: "CHW"))
    }

    @Test func aDilatedKernelHasZerosBetweenItsTaps() {
        let answers = Self.answers("""
            Problem 9
            Convolution means cross-correlation here, with stride 1 and no padding.
            Let x = (1, 2, 3, 4, 5, 6) and w = (2, 1), and X = [1 2 3 4; 5 6 7 8; 9 10 11 12; 13 14 15 16], K = [1 0; 0 1].
            (a) Compute the cross-correlation of x with w.
            (b) Redo (a) with a dilation of 2.
            (c) Compute the valid cross-correlation of X with K with dilation=2.
            """)
        #expect(answers["9b"] == .vector([5, 8, 11, 14]))
        #expect(answers["9c"] == .matrix([[12, 14], [20, 22]]))
        #expect(ConvolutionReader.dilated([[1, 2, 3]], by: 3) == [[1, 0, 0, 2, 0, 0, 3]])
    }

    @Test func aRowVectorWhoseBracketsAPasteLostIsAVector() {
        let answers = Self.answers("""
            Problem 10
            Convolution means cross-correlation, stride 1, no padding. Let
            x = 2 0 1 3 ,
            w = 1 2 .
            (a) Compute the valid convolution of x with w.
            """)
        #expect(answers["10a"] == .vector([2, 2, 7]))
        // Prose keeps its numbers: no space before the comma, or a name of words.
        #expect(StatementText("with n = 3, 4 and 5, and stride = 2 1 ,").bracketingBareRows.text == "with n = 3, 4 and 5, and stride = 2 1 ,")
        #expect(StatementText("so y = 1 2 3 .").bracketingBareRows.text == "so y = [1 2 3].")
    }

    @Test func anotherProblemsNetworkIsReadWhereAPartNamesIt() {
        let answers = Self.answers("""
            Problem 1
            \(Self.network)
            (a) Give the shape of the output of B3.

            Problem 2
            Count learnable parameters only. Use the network of Problem 1.
            (a) How many learnable parameters does B3 have?
            (b) How many learnable parameters do the layers B1--B3 have in total?
            (c) We replace B3 by the wider convolution nn.Conv2d(8, 32, kernel_size=3). How many parameters does it have?
            (d) A nn.BatchNorm2d(8) layer is inserted after B1. How many learnable parameters does it add?
            """)
        #expect(answers["2a"] == .integer(8 * 16 * 9 + 16))
        #expect(answers["2b"] == .integer(1 * 8 * 9 + 8 + 8 * 16 * 9 + 16))
        #expect(answers["2c"] == .integer(8 * 32 * 9 + 32))
        #expect(answers["2d"] == .integer(16))
    }

    @Test func anOptionThatIsTheComputedArrayIsChosen() {
        let answers = Self.answers("""
            Problem 11
            Let P = [4 1 0 2; 3 5 1 1; 0 2 6 3; 1 1 2 8].
            (a) Which matrix is 2 × 2 average pooling with stride 2 applied to P?
            (A) [3.25 1; 1 4.75]
            (B) [5 2; 2 8]
            (C) [3.25 1; 4.75 1]
            (b) Which matrix is 2 × 2 max pooling with stride 2 applied to P?
            (A) [5 2; 2 8]
            (B) [5 2; 2 8]
            (C) [4 2; 2 8]
            """)
        #expect(answers["11a"] == .choice("A"))
        // Two options equal to the result: no verdict.
        #expect(answers["11b"] == nil)
    }

    @Test func repeatingAPartWithAnotherStrideDropsItsStatedSizeAndALayerNormTakesItsVector() {
        let answers = Self.answers("""
            Problem 12
            Let X = [1 2 0 1; 0 1 3 1; 2 0 1 0; 1 1 0 2] and K = [1 0; 0 -1] (cross-correlation).
            (a) Compute the 3 × 3 output of the valid cross-correlation of X with K, stride 1.
            (b) Repeat (a) with a stride of 2.

            Problem 13
            (a) One example has the activations z = (2, 4, 6, 8). Apply layer normalization over its features with γ = 1, β = 0, ε = 0 and the biased variance.
            """)
        #expect(answers["12a"] == .matrix([[0, -1, -1], [0, 0, 3], [1, 0, -1]]))
        #expect(answers["12b"] == .matrix([[0, -1], [1, -1]]))
        let z = [2.0, 4, 6, 8].map { ($0 - 5) / 5.0.squareRoot() }
        guard case .vector(let normalized)? = answers["13a"] else { Issue.record("13a: \(String(describing: answers["13a"]))"); return }
        #expect(zip(normalized, z).allSatisfy { abs($0 - $1) < 1e-9 })
    }

    @Test func aTableOfMeasurementsGivesTheLeastSquaresData() {
        let statements = ProblemDocument(source: SourceReader.markdown("""
            ## Problem 14

            We fit $y \\approx a + b x$ to the measurements below.

            | $k$ | $x_k$ | $y_k$ |
            |---:|---:|---:|
            | 1 | 1 | 2 |
            | 2 | 2 | 2 |
            | 3 | 3 | 5 |

            - **(a)** Find the least-squares coefficients $(a, b)$.
            - **(b)** Find the ridge solution minimizing $\\lVert y - X\\beta\\rVert^2 + \\lambda\\lVert\\beta\\rVert^2$ with $\\lambda = 1$, where $X$ has rows $(1, x_k)$; the intercept **is** penalized.
            """)).partStatements
        let answers = Dictionary(uniqueKeysWithValues: AnswerResolver.resolve(parts: statements, key: nil).map { ($0.partID, $0.answer) })
        #expect(TenthRoundFamilyTests.close(answers["14a"] ?? nil, [0, 1.5]))
        // (XᵀX + I)⁻¹Xᵀy with XᵀX = [3 6; 6 14], Xᵀy = (9, 21): [4 6; 6 15]⁻¹ (9, 21) = (9/24, 1.25).
        #expect(TenthRoundFamilyTests.close(answers["14b"] ?? nil, [9.0 / 24, 1.25]))
        #expect(LeastSquaresReader.columns("n t y 1 2 3 4 5") == nil)
    }

    @Test func aGraphWithAMaximumSendsItsGradientToTheLargerArgument() {
        let answers = Self.answers("""
            Problem 15
            Let g(u, v, w) = max(u, w) · (v + w), evaluated at u = 2, v = 1, w = 5.
            (a) What is the value of g?
            (b) Using backpropagation, compute the gradient (∂g/∂u, ∂g/∂v, ∂g/∂w).

            Problem 16
            Let h(p, q) = min(p, q) · p, evaluated at p = 3, q = 3.
            (a) Compute the gradient (∂h/∂p, ∂h/∂q).
            """)
        #expect(answers["15a"]?.scalar == 30)
        #expect(answers["15b"] == .vector([0, 5, 11]))
        // A tie: min has no derivative there.
        #expect(answers["16a"] == nil)
    }
}
