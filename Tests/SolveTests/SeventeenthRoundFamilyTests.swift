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
            """)
        #expect(found["3a"]?.answer == .integer(32))
        #expect(found["3b"]?.answer == nil || found["3b"]?.answer == .integer(8))
        #expect(found["3c"]?.answer == nil)
    }
}
