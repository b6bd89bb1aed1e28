import Foundation
import Problems
@testable import Solve
import Source
import Testing

/// Families found in the held-out run of `solve/final18`, each tested on statements written
/// for these tests.
@Suite("Solve families, seventeenth round")
struct SeventeenthRoundFamilyTests {
    static func answers(_ text: String) -> [String: Answer] { TenthRoundFamilyTests.answers(text) }
    static func recognitions(_ text: String) -> [String: Recognition] { FifthRoundFamilyTests.recognitions(text) }

    @Test func aSubPartTakesItsPartsScalarsOverTheStatementsDefaults() {
        let answers = Self.answers("""
            Problem 2
            A batch-normalization layer sees the mini-batch x = (2, 4, 6, 8) in training mode. Use ε = 0, γ = 1 and β = 0 unless a part says otherwise.
            (a) What are the normalized values?
            (b) Now the batch holds a single example. For this part only take ε = 0.001, γ = 3 and β = -2.
            (i) The example is x = 7. What is the output of the layer?
            """)
        if case .real(let output)? = answers["2b.i"] { #expect(abs(output.value + 2) < 1e-9) } else { Issue.record("2b.i: \(String(describing: answers["2b.i"]))") }
    }

    @Test func aRepeatByPlaceTakesTheOperandsOfThePartBeforeAndLeavesTheInterludeToLaterParts() {
        let answers = Self.answers("""
            Problem 4
            In a transposed convolution with stride s, each input entry scales the kernel, which is added into the output at (s i, s j). There is no padding.
            Let Z = [[2, 0], [1, -1]] and K = [[1, 1], [0, 1]].
            (a) Compute the transposed convolution of Z with K at stride 1.
            (b) [3 marks] Same setup as before, but with stride 3.

            For the next parts, consider the feature map B = [[1, 2, 0, 4], [3, 1, 1, 0], [0, 2, 5, 1], [2, 2, 0, 3]].
            (c) Apply 2 × 2 max pooling with stride 2 to B.
            """)
        #expect(answers["4a"] == .matrix([[2, 2, 0], [1, 2, -1], [0, 1, -1]]))
        #expect(answers["4b"] == .matrix([[2, 2, 0, 0, 0], [0, 2, 0, 0, 0], [0, 0, 0, 0, 0], [1, 1, 0, -1, -1], [0, 1, 0, 0, -1]]))
        #expect(answers["4c"] == .matrix([[3, 4], [2, 5]]))
    }

    @Test func aTotalOverModulesThatAreNotAllReadIsNotComputed() {
        let found = Self.recognitions("""
            Problem 1
            The encoder is built from these modules, in order:
            Name Module
            enc1 nn.Conv2d(1, 8, kernel_size=3)
            enc2 nn.Conv2d(8, 16, kernel_size=3)
            out nn.Linear(400, 10)
            (a) How many parameters do the three layers (enc1, enc2, out) have in total?
            (b) How many parameters do enc1 and enc2 have together?
            (c) How many parameters do the three learnable modules have altogether: enc1, enc2 and the head?
            """)
        #expect(found["1a"]?.answer == nil)
        #expect(found["1b"]?.answer == .integer(80 + 1168))
        #expect(found["1c"]?.answer == nil)
    }

    @Test func aReceptiveFieldOfANamedModuleIsOverTheModulesUpToIt() {
        let found = Self.recognitions("""
            Problem 3
            A 3 × 96 × 96 image passes through:
            Name Module
            c1 nn.Conv2d(3, 16, kernel_size=3)
            p1 nn.MaxPool2d(2)
            c2 nn.Conv2d(16, 32, kernel_size=3, stride=2)
            r2 nn.ReLU()
            c3 nn.Conv2d(32, 32, kernel_size=3, dilation=3)
            (a) What is the receptive field, in input pixels, of one unit of the output of c3?
            (b) And of one unit of the output of c2?
            (c) What is the receptive field of c3 on its own, in pixels of its input?
            (d) If c3 used dilation 1, what would the receptive field of one unit of c3 be?
            """.replacingOccurrences(of: "passes through:", with: "passes through these modules, in order:"))
        #expect(found["3a"]?.answer == .integer(32))
        #expect(found["3b"]?.answer == nil || found["3b"]?.answer == .integer(8))
        #expect(found["3c"]?.answer == nil)
        #expect(found["3d"]?.answer == nil)
        // Modules bound in a class run in the order `forward` gives: not read.
        let bound = Self.recognitions("""
            Problem 3
            The network below is applied to a 3 × 96 × 96 image.
            Name Module
            c1 nn.Conv2d(3, 16, kernel_size=3)
            c2 nn.Conv2d(16, 32, kernel_size=3)
            p1 nn.MaxPool2d(2)
            (a) What is the receptive field, in input pixels, of one unit of the output of c2?
            """)
        #expect(bound["3a"]?.answer == nil)
    }

    @Test func aTableOfVectorsUnderARowOrColumnHeaderIsAMatrix() {
        func scores(_ header: String) -> Answer? {
            Self.answers("""
                Problem 2
                Two queries attend over two keys. The vectors:
                \(header)
                Q (1, 2) (0, 1)
                K (1, 0) (1, 1)
                V (1, 1) (2, 0)
                (a) Write down the unscaled score matrix QK^T.
                """)["2a"]
        }
        #expect(scores("row 1 row 2") == .matrix([[1, 3], [0, 1]]))
        #expect(scores("col 1 col 2") == .matrix([[1, 0], [3, 1]]))
        // Which way the vectors stand is not said: nothing read.
        #expect(scores("vector A vector B") == nil)
        // A causal mask described as masked scores set to −∞: the first query sees the first key only.
        let masked = Self.answers("""
            Problem 2
            Two queries attend over two keys with d_k = 2; the output is softmax(QK^T/√d_k)V. The vectors:
            row 1 row 2
            Q (1, 2) (0, 1)
            K (1, 0) (1, 1)
            V (1, 1) (2, 0)
            (a) Apply a causal mask, so query i attends only to keys j ≤ i (masked scores are set to −∞ before the softmax). Compute the output.
            """)["2a"]
        guard case .matrix(let rows)? = masked else { Issue.record("2a: \(String(describing: masked))"); return }
        #expect(rows.first == [1, 1])
    }

    @Test func aTableOfExamplesAsColumnsIsReadByFeature() {
        let answers = Self.answers("""
            Problem 1
            A batch-norm layer in training mode sees four examples with two features each:
            x^{(1)} x^{(2)} x^{(3)} x^{(4)}
            feature 1 1 5 2 4
            feature 2 0 0 6 2
            Use the biased variance and ε = 0.
            (a) Give the normalized values of feature 1 for the four examples.
            """)
        guard case .vector(let values)? = answers["1a"] else { Issue.record("1a: \(String(describing: answers["1a"]))"); return }
        let expected = [-1.2649110640673518, 1.2649110640673518, -0.6324555320336759, 0.6324555320336759]
        #expect(values.count == 4 && zip(values, expected).allSatisfy { abs($0 - $1) < 1e-9 })
    }

    @Test func sameInputsAsAboveAsksNoEarlierQuestionAgain() {
        let answers = Self.answers("""
            Problem 1
            A batch-norm layer in training mode sees the mini-batch x = (1, 5, 2, 4). Take ε = 0.
            (a) Give the normalized values.
            (b) Same inputs as above. What is the unbiased variance of the batch?
            """)
        #expect(answers["1b"] == nil || answers["1b"] == .real(RealValue(10.0 / 3)))
    }
}
