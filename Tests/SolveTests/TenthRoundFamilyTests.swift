import Foundation
import Problems
@testable import Solve
import Source
import Testing

/// Families found in the held-out run of `solve/final11` and in the normalization parts of the
/// development corpora, each tested on statements written for these tests.
@Suite("Solve families, tenth round")
struct TenthRoundFamilyTests {
    static func answers(_ text: String) -> [String: Answer] {
        FifthRoundFamilyTests.recognitions(text).compactMapValues(\.answer)
    }

    static func close(_ a: Answer?, _ b: [Double], _ tolerance: Double = 1e-6) -> Bool {
        guard case .vector(let values)? = a, values.count == b.count else { return false }
        return zip(values, b).allSatisfy { abs($0 - $1) <= tolerance }
    }

    static func close(_ a: Answer?, _ b: [[Double]], _ tolerance: Double = 1e-6) -> Bool {
        guard case .matrix(let rows)? = a, rows.count == b.count else { return false }
        return zip(rows, b).allSatisfy { $0.count == $1.count && zip($0, $1).allSatisfy { abs($0 - $1) <= tolerance } }
    }

    static func value(_ answer: Answer?) -> Double? {
        switch answer {
        case .integer(let n)?: Double(n)
        case .real(let r)?: r.value
        default: nil
        }
    }

    @Test func aTableHeadedFeatureOneFeatureTwoNamesItsColumnsByNumber() {
        let found = Self.answers("""
            Problem 1
            A batch-norm layer (training mode, ε = 0, γ = 1, β = 0) sees this mini-batch:
            example feature 1 feature 2 feature 3
            1 2 10 0
            2 4 10 3
            3 6 40 3
            4 8 20 6
            (a) Compute the batch-norm output for feature 2 (one value per example).
            (b) What is the batch-norm output of example 3 for feature 1?
            """)
        // Feature 2 is (10, 10, 40, 20): mean 20, variance 150.
        let s = 150.0.squareRoot()
        #expect(Self.close(found["1a"], [-10 / s, -10 / s, 20 / s, 0]))
        // Feature 1 is (2, 4, 6, 8): example 3 is 6, (6 − 5)/√5.
        #expect(Self.value(found["1b"]).map { abs($0 - 1 / 5.0.squareRoot()) < 1e-9 } == true)
    }

    @Test func everyFeatureOfABatchAtOnce() {
        let text = """
            Problem 2
            A linear layer produces, for three examples, the activations below (rows are examples, columns are the two features):
            H = [2 1; 4 1; 9 4].
            Batch normalization with γ = (1, 3) and β = (0, 1) is applied in training mode with ε = 0.
            (a) Compute the per-feature batch mean.
            (b) Compute the batch variance of each of the two features.
            (c) Compute the 3 × 2 output matrix.
            (d) Compute the BN output for the second example (one value per feature).
            (e) Compute the unbiased variance of each feature.
            """
        let found = Self.answers(text)
        #expect(Self.close(found["2a"], [5, 2]))
        #expect(Self.close(found["2b"], [26.0 / 3, 2]))
        let s1 = (26.0 / 3).squareRoot(), s2 = 2.0.squareRoot()
        let expected = [[(2 - 5) / s1, 3 * (1 - 2) / s2 + 1], [(4 - 5) / s1, 3 * (1 - 2) / s2 + 1], [(9 - 5) / s1, 3 * (4 - 2) / s2 + 1]]
        #expect(Self.close(found["2c"], expected))
        #expect(Self.close(found["2d"], expected[1]))
        #expect(found["2e"] == nil)
        // A matrix of another size than the batch's is not this batch's output.
        let wrongSize = Self.answers(text.replacingOccurrences(of: "3 × 2 output", with: "2 × 3 output"))
        #expect(wrongSize["2c"] == nil)
    }

    @Test func anEarlierPartsOwnSettingStaysInThatPart() {
        let overridable = """
            Problem 3
            A batch-norm layer sees the batch x = (1, 3, 5, 7) with ε = 0. Use γ = 1 and β = 0 unless a part says otherwise.
            (a) Now let γ = 4 and β = 1. Compute the output y_2.
            (b) Compute the output y_4.
            (c) In the setting of (a), compute the output y_1.
            """
        let found = Self.answers(overridable)
        let s = 5.0.squareRoot()
        #expect(Self.value(found["3a"]).map { abs($0 - (4 * (-1 / s) + 1)) < 1e-9 } == true)
        #expect(Self.value(found["3b"]).map { abs($0 - 3 / s) < 1e-9 } == true)
        #expect(Self.value(found["3c"]).map { abs($0 - (4 * (-3 / s) + 1)) < 1e-9 } == true)
        // Without "unless a part says otherwise", which γ part (b) means is not known.
        let unsaid = Self.answers(overridable.replacingOccurrences(of: " unless a part says otherwise", with: ""))
        #expect(unsaid["3b"] == nil)
    }

    @Test func pointsInSquareBracketsAreNoPartOfTheQuestion() {
        let found = Self.answers("""
            Problem 4
            A batch-norm layer sees the batch x = (10, 20, 30, 40), γ = 1, β = 0, ε = 0.
            (a) [2] Compute the batch mean.
            (b) [3] Compute the batch variance.
            """)
        #expect(Self.value(found["4a"]) == 25)
        #expect(Self.value(found["4b"]) == 125)
    }

    @Test func dataStatedBetweenPartsSetsTheLaterParts() {
        let found = Self.answers("""
            Problem 5
            A batch-norm layer sees one feature over the batch x = [2, 4, 6, 8] with γ = 1, β = 0 and ε = 0.

            (a) Compute the batch mean.

            The upstream gradient is ∂L/∂y = [0, 1, 0, −1].

            (b) Compute ∂L/∂β.
            """)
        #expect(Self.value(found["5a"]) == 5)
        #expect(Self.value(found["5b"]) == 0)
    }

    @Test func aGradientInTheSettingOfASingleExamplePartIsZero() {
        let found = Self.answers("""
            Problem 6
            Use ε = 10^{−5}, γ = 1, β = 0 unless a part says otherwise.
            (a) During training a batch-norm layer receives a single example x = [4, −2] (a batch of one). What does it output?
            (b) In the setting of (a), the upstream gradient is ∂L/∂y = [2, 5]. What is ∂L/∂x?
            """)
        #expect(Self.close(found["6b"], [0, 0]))
    }

    @Test func aGraphPartThatAlsoAsksTheValueIsNotAnsweredWithGradientsAlone() {
        let found = Self.answers("""
            Problem 7
            Let g(a, b) = (a + 2b)^2 at a = 1, b = 1. Use the computational graph to find:
              a) the value of g,
              b) dg/da,
              c) dg/db.

            Problem 8
            Let h(u, v) = u*v + v at u = 3, v = 2.
            (a) Compute the value of h and dh/du.
            """)
        #expect(Self.value(found["7a"]) == 9)
        #expect(Self.value(found["7b"]) == 6)
        #expect(Self.value(found["7c"]) == 12)
        #expect(found["8a"] == nil)
    }

    @Test func sideBySideMatricesOfDifferentHeightsAfterTheIndentationIsTrimmed() {
        // (The segmenter trims each line: the second row of B and C lost its indentation.)
        let rows = SideBySideAssignments.stackingRows([
            "A = [ 2  0 ]     B = [ 1   3 ]     C = [ 0  1 ]",
            "[ 1  1 ]         [ 2  -1 ]         [ 1  0 ]",
            "[ 0   4 ]         [ 5  5 ]",
        ])
        #expect(rows == ["A = [2  0; 1  1]", "B = [1   3; 2  -1; 0   4]", "C = [0  1; 1  0; 5  5]"])
        let mixed = SideBySideAssignments.stackingRows(["M = [ 1  2 ]      c = (0, 1)", "    [ 3  4 ]"])
        #expect(mixed == ["M = [1  2; 3  4]", "c = (0, 1)"])
    }

    @Test func aQuantityOfADefinedNameIsNotTheName() {
        let found = Self.answers("""
            Problem 9
            A layer computes  g = ReLU(A x),  with A = [1 0; 0 -1; 2 2] and x = (3, 1).
            (a) Compute g.
            (b) What is the sum of the entries of g?
            """)
        #expect(Self.close(found["9a"], [3, 0, 8]))
        #expect(found["9b"] == nil)
    }

    @Test func aLayerTablesTypeCellMayCountChannelsAndTheJumpIsAskedApart() {
        let found = Self.answers("""
            Problem 10
            A network processes a 3 × 64 × 64 image with these layers, in order:
            Layer Type Kernel Stride
            c1 Conv, 8 channels 5 × 5 2
            p1 MaxPool 2 × 2 2
            c2 Conv, 16 filters 3 × 3 1
            (a) What is the receptive field of one unit in the output of c2?
            (b) How many input pixels apart are the centres of the receptive fields of two adjacent units in the output of c2?
            """)
        // 5, then 5 + (2 − 1)·2 = 7, then 7 + (3 − 1)·4 = 15; the jump is 2 · 2 · 1 = 4.
        #expect(found["10a"] == .integer(15))
        #expect(found["10b"] == .integer(4))
    }

    @Test func theOneLayerAStatementWritesIsTheOneAPartAsksTheOutputShapeOf() {
        let found = Self.answers("""
            Problem 11
            A stem block takes a 3 × 128 × 128 image and applies nn.Conv2d(3, 32, kernel_size=5, stride=2, padding=2).
            (a) What is the output shape (channels × height × width)?
            (b) What is the spatial size of the output?
            """)
        #expect(found["11a"] == .shape(dimensions: [32, 64, 64], layout: "CHW"))
        // The spatial size is a part of the shape, not all of it.
        if case .shape(let dimensions, _)? = found["11b"] { #expect(dimensions.count == 2) }
    }

    @Test func classesGivenInTheOrderBeforeTheirNamesNameTheTrueClass() {
        let found = Self.answers("""
            Problem 12
            A classifier (classes in the order ant, bee, fly) outputs the logits s = (0, 2, 1) for an insect whose true label is fly.
            (a) Compute the multiclass SVM (hinge) loss with margin 1.
            """)
        // max(0, 0 − 1 + 1) + max(0, 2 − 1 + 1) = 0 + 2.
        #expect(Self.value(found["12a"]) == 2)
    }

    @Test func aClaimOpenedTrueSlashFalseIsJudgedWithItsGroupedCount() {
        let found = Self.answers("""
            Problem 13
            Circle one and justify briefly.
            (a) True / False: A 1 × 1 convolution from 128 channels to 32 channels with bias=False has exactly 4,096 parameters.
            (b) T/F: nn.Linear(100, 10) has 1,000 parameters.
            """)
        #expect(found["13a"] == .text("true"))
        // 100 · 10 weights and 10 biases.
        #expect(found["13b"] == .text("false"))
    }
}
