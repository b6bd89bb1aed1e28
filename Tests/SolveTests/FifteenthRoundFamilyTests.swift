import Foundation
import Problems
@testable import Solve
import Source
import Testing

/// Families found in the held-out run of `solve/final16` and in earlier corpora's misses,
/// each tested on statements written for these tests.
@Suite("Solve families, fifteenth round")
struct FifteenthRoundFamilyTests {
    static func answers(_ text: String) -> [String: Answer] { TenthRoundFamilyTests.answers(text) }
    static func recognitions(_ text: String) -> [String: Recognition] { FifthRoundFamilyTests.recognitions(text) }
    static func close(_ answer: Answer?, _ expected: [Double]) -> Bool { FourteenthRoundFamilyTests.close(answer, expected) }

    @Test func theDropoutVarianceOfAUnitNamedByItsPlaceIsItsActivationsVariance() {
        let answers = Self.answers("""
            Problem 3
            A hidden layer outputs a = (1.5, 3.0, -2.0). Dropout with a drop probability of 0.2 is used during training.
            (a) With inverted dropout, what is the variance (over the random mask) of the second unit's training output?
            (b) The last unit goes through inverted dropout. What is the variance of its output during training?
            """)
        // h²·q/(1 − q) with q the drop rate.
        #expect(Self.close(answers["3a"], [2.25]))
        #expect(Self.close(answers["3b"], [1]))
    }

    @Test func theDropoutVarianceOfAUnitWhoseActivationIsStatedFollowsTheVariant() {
        let answers = Self.answers("""
            Problem 4
            (a) A neuron has activation a = 3 and is followed by classic dropout with keep probability 0.75, which does not rescale. What is the variance of its output during training?
            (b) A unit whose activation is 2 is followed by non-inverted dropout with keep probability 0.5. What is the variance of its output during training?
            (c) Consider the unit with value 1.5. With a drop rate of 0.5, what is the variance of its inverted-dropout output during training?
            """)
        // Classic: h²·p(1 − p) with p the keep probability; inverted: h²·(1 − p)/p.
        #expect(Self.close(answers["4a"], [1.6875]))
        #expect(Self.close(answers["4b"], [1]))
        #expect(Self.close(answers["4c"], [2.25]))
    }

    @Test func aDropoutVarianceWithoutOneUnitOrNotOfAnOutputIsNotComputed() {
        let answers = Self.answers("""
            Problem 5
            A hidden layer outputs h = (1.0, 2.0, 4.0). Inverted dropout with a drop rate of 0.5 is applied.
            (a) What is the variance of the training-time output of the third unit, the unit with value 2.0?
            (b) What is the variance of the mask entries?
            (c) What is the variance of the layer's outputs during training?
            """)
        // The place and the stated value disagree; the mask is no output; no one unit is named.
        #expect(answers["5a"] == nil)
        #expect(answers["5b"] == nil)
        #expect(answers["5c"] == nil)
    }

    @Test func aLayerAppliedToTheOutputOfTheLayerInAnEarlierPartTakesThatShape() {
        let found = Self.recognitions("""
            Problem 1
            An input of size 3 × 32 × 32 is fed to each layer. Give the output shape as C × H × W.
            (a) nn.Conv2d(3, 8, kernel_size=3, padding=1).
            (b) The output of the convolution in (a) goes through nn.AvgPool2d(kernel_size=2). What is the shape?
            (c) The output of the module from part (b) goes through nn.Conv2d(8, 4, kernel_size=3). What is the shape?
            """)
        #expect(found["1b"]?.answer == .shape(dimensions: [8, 16, 16], layout: "CHW"))
        #expect(found["1c"]?.answer == nil || found["1c"]?.answer == .shape(dimensions: [4, 14, 14], layout: "CHW"))
        #expect(found["1c"]?.answer != .shape(dimensions: [4, 30, 30], layout: "CHW"))
    }

    @Test func theOutputWrittenAsGammaTimesTheNormalizedValuePlusBetaIsTheAffineOutput() {
        let answers = Self.answers("""
            Problem 2
            A batch-norm layer in training mode sees one feature over a batch x = (0, 2, 4, 6), with γ = 3, β = −1, ε = 0 and the biased variance.
            (a) Compute the output y_i = γ x̂_i + β of every example.
            (b) Compute the normalized values x̂_i.
            """)
        let s = 5.0.squareRoot()
        #expect(Self.close(answers["2a"], [-3, -1, 1, 3].map { 3 * $0 / s - 1 }))
        #expect(Self.close(answers["2b"], [-3, -1, 1, 3].map { $0 / s }))
    }

    @Test func aDerivativeAskedOfAFormulaIsNeverItsValue() {
        let answers = Self.answers("""
            Problem 6
            (a) What is the derivative of ReLU(t) = max(0, t) at t = 5?
            (b) What is the slope of LeakyReLU(t) = max(0.1 t, t) at t = 2?
            """)
        #expect(answers["6a"] != .integer(5) && !Self.close(answers["6a"], [5]))
        #expect(answers["6b"] != .integer(2) && !Self.close(answers["6b"], [2]))
    }

    @Test func aLayerTableWithADetailsColumnGivesEachRowsSettings() {
        let answers = Self.answers("""
            Problem 7
            Consider the following network, applied to a grayscale image:
            Layer Type Details
            c1 Conv 5 × 5, stride 1
            p1 MaxPool 2 × 2, stride 2
            c2 Conv 3 × 3, stride 1, dilation 3
            (a) What is the receptive field of one unit in the output of p1?
            (b) What is the receptive field of one unit in the output of c2?
            (c) How many additional 3 × 3 convolutions must follow c2 so that the receptive field reaches at least 30?
            """)
        #expect(answers["7a"] == .integer(6))
        // A dilation of 3 makes the 3 × 3 kernel span 7 inputs, at a jump of 2.
        #expect(answers["7b"] == .integer(18))
        // A number of layers is asked, not a receptive field.
        #expect(answers["7c"] == nil)
    }

    @Test func convolutionFLOPsAreTwiceItsMACsWhereTheTextSaysSoAndAPartsOwnLinearLayerIsCounted() {
        let answers = Self.answers("""
            Problem 8
            The stem of a small network is nn.Conv2d(3, 32, kernel_size=3, stride=2, padding=1), applied to a 3 × 64 × 64 image. Ignore the bias, and count one multiply-accumulate (MAC) as 2 FLOPs.
            (a) How many MACs does the layer perform for one image?
            (b) How many FLOPs is that?
            (c) A fully connected layer nn.Linear(512, 10) processes a batch of 8 vectors. How many MACs does it perform?
            """)
        // 32 × 32 outputs per channel, 32 channels, 27 MACs each.
        #expect(answers["8a"] == .integer(884_736))
        #expect(answers["8b"] == .integer(1_769_472))
        #expect(answers["8c"] == .integer(40_960))
        let uncounted = Self.answers("""
            Problem 9
            The stem of a small network is nn.Conv2d(3, 32, kernel_size=3, stride=2, padding=1), applied to a 3 × 64 × 64 image.
            (a) How many FLOPs does the layer perform?
            """)
        // Whether a multiply–add is one operation or two is not stated.
        #expect(uncounted["9a"] == nil)
    }

    @Test func whatALayerMapsIsItsInputAndWhatItMapsToItsOutput() {
        let answers = Self.answers("""
            Problem 10
            Unless stated otherwise, convolution means cross-correlation (the kernel is not flipped).
            (a) A 2D transposed convolution with stride 1 and no padding maps [[2, 0], [1, 1]] using the kernel [[1, 1], [0, 1]]. Compute the 3 × 3 output.
            (b) A 2 × 2 kernel (no bias, stride 1) maps [[1, 2, 0], [0, 1, 1], [1, 0, 2]] to [[2, 4], [1, 3]]. Find the kernel.
            """)
        #expect(Self.close(answers["10a"], [2, 2, 0, 1, 4, 1, 0, 1, 1]))
        #expect(Self.close(answers["10b"], [1, 0, 1, 1]))
        #expect(MathScanner.unnamedArrays(in: "The layer maps [1, 2] to [3, 4].").map(\.role) == [.input, .output])
        // What a convolution written before its settings is "of" is its input.
        let of = Self.answers("""
            Problem 15
            (a) Compute the 2D transposed convolution (stride 1, no padding) of U = [[1, 0], [2, 1]] with the kernel [[1, 2], [0, 1]].
            """)
        #expect(Self.close(of["15a"], [1, 2, 0, 2, 6, 2, 0, 2, 1]))
        #expect(MathScanner.unnamedArrays(in: "The filter is applied to [1, 2, 3].").map(\.role) == [.input])
    }

    @Test func reviewedEdgesOfTheNewReadings() {
        let answers = Self.answers("""
            Problem 11
            With inverted dropout at a drop rate of 0.2, each unit has a 20% chance of being zeroed.
            (a) For a unit whose activation is 5, what is the variance of its output during training?
            Problem 12
            Consider the following network:
            Layer Type Details
            c1 Conv 3 × 3, stride 1
            c2 Conv 3 × 3, stride 1
            c3 Conv 3 × 3, stride 1, padding 1
            (a) What is the receptive field of one unit of the final layer?
            Problem 13
            A network processes a mini-batch of 64 images; its first layer is nn.Conv2d(3, 16, kernel_size=3, padding=1) on 3 × 32 × 32 inputs.
            (a) A fully connected layer nn.Linear(256, 10) sits at the end. How many MACs does it perform?
            Problem 14
            A batch-norm layer in training mode sees x = (1, 2, 3, 6), with γ = 2, β = 0, ε = 0 and the biased variance.
            (a) Compute the output y_i for i = 3.
            """)
        #expect(Self.close(answers["11a"], [6.25]))
        // A row left unread (its padding) leaves the table unread.
        #expect(answers["12a"] == nil)
        // A batch in the statement the part may count over.
        #expect(answers["13a"] == nil)
        #expect(answers["14a"].map { if case .vector = $0 { false } else { true } } ?? true)
        #expect(MathScanner.unnamedArrays(in: "A ReLU layer takes [−1, 2, −3]. What is the output if the input is changed to [1, 1, −1]?").map(\.role) == [.input])
    }

    @Test func theOutputOfALayerNormLayerIsItsStatementsOneVectorNormalized() {
        let answers = Self.answers("""
            Problem 16
            A layer-norm layer with γ = 1, β = 0 and ε = 0 normalizes the hidden vector h = (1, 3, 5, 7) of one token (biased variance).
            (a) Compute the output of the layer.
            """)
        #expect(Self.close(answers["16a"], [-3, -1, 1, 3].map { $0 / 5.0.squareRoot() }))
    }
}
