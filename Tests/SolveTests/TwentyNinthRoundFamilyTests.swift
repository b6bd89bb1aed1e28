import Foundation
import Problems
@testable import Solve
import Source
import Testing

/// Families found in the held-out run of `solve/final46` (session 41), each tested on
/// statements written for these tests.
@Suite("Solve families, twenty-ninth round")
struct TwentyNinthRoundFamilyTests {
    static func answers(_ text: String) -> [String: Answer] { TenthRoundFamilyTests.answers(text) }
    static func close(_ a: Answer?, _ b: [Double]) -> Bool { TenthRoundFamilyTests.close(a, b) }
    static func close(_ a: Answer?, _ b: [[Double]]) -> Bool { TenthRoundFamilyTests.close(a, b) }
    static func value(_ a: Answer?) -> Double? { TenthRoundFamilyTests.value(a) }

    /// A part that asks for an activation's value and its derivative wants two numbers; one of
    /// them alone is no answer. The derivative asked alone still is.
    @Test func valueAndDerivativeTogetherAreNotOneAnswer() {
        let found = Self.answers("""
            Problem 2
            (a) Compute tanh(0.4) and its derivative.
            (b) Give the pair (sigmoid(1.5), sigmoid'(1.5)).
            (c) Report the value and the slope of the logistic sigmoid at z = 0.8.
            (d) What is the derivative of tanh at z = 0.4?
            """)
        #expect(found["2a"] == nil, "\(String(describing: found["2a"]))")
        #expect(found["2b"] == nil, "\(String(describing: found["2b"]))")
        #expect(found["2c"] == nil, "\(String(describing: found["2c"]))")
        let derivative = 1 - pow(tanh(0.4), 2)
        #expect(Self.value(found["2d"]).map { abs($0 - derivative) < 1e-6 } == true, "\(String(describing: found["2d"]))")
    }

    /// "A three-channel activation has channels […], […] and […]; global max pooling": one value
    /// per channel. Two maps written and none named, with pooling of one map asked: no answer.
    @Test func channelsWrittenInThePartArePooledEach() {
        let found = Self.answers("""
            Problem 5
            (a) A three-channel activation has channels [2 -1; 0 4], [1 1; 3 -2] and [0 5; -3 1]. Apply global max pooling. What vector results?
            (b) Given [1 2; 3 4] and [5 6; 7 8], apply 1 × 1 average pooling with stride 1.
            (c) A two-channel map has channels [1 2; 3 4] and [5 6; 7 8] and [0 0; 0 0]. Apply global average pooling.
            """)
        #expect(Self.close(found["5a"], [4, 3, 5]), "\(String(describing: found["5a"]))")
        #expect(found["5b"] == nil, "\(String(describing: found["5b"]))")
        // (Three maps written under "two-channel": not the channels the words give.)
        #expect(found["5c"] == nil, "\(String(describing: found["5c"]))")
    }

    /// A row of a layer table with a dilation ("conv 3 × 3, stride 1, dilation 3") widens the
    /// receptive field by the dilated kernel; the jump is asked as "the cumulative stride".
    @Test func dilationInALayerTableRow() {
        let found = Self.answers("""
            Problem 3
            A small network for edge maps:
            Layer Operation
            1 conv 3 × 3, stride 2
            2 conv 3 × 3, stride 1, dilation 3
            3 max pool 2 × 2, stride 2
            (a) What is the receptive field of one unit at the output of layer 2?
            (b) What is the receptive field of one unit at the output of layer 3?
            (c) By how many input pixels do the receptive fields of two neighbouring units of layer 3 differ in position (the cumulative stride)?
            """)
        // Layer 1: 3, jump 2. Layer 2: effective kernel 7, 3 + 6·2 = 15. Layer 3: 15 + 1·2 = 17, jump 4.
        #expect(Self.value(found["3a"]) == 15, "\(String(describing: found["3a"]))")
        #expect(Self.value(found["3b"]) == 17, "\(String(describing: found["3b"]))")
        #expect(Self.value(found["3c"]) == 4, "\(String(describing: found["3c"]))")
    }

    /// "For the signal and filter S = […], F = […]": two nouns then their names in turn; the
    /// name's letter says which is which. "Same S and F as in (a), but …" brings them back, and
    /// a part whose named operands have no numbers gets no answer from other arrays.
    @Test func pairedNounsNameTheirOperandsInTurn() {
        let found = Self.answers("""
            Problem 1
            Unless stated otherwise, convolution means cross-correlation (no kernel flip), stride 1 and no padding.
            Let u = (1, 2, 3, 4, 5) and v = (1, -1).
            (a) For the image and kernel X = [1 2 0; 0 1 3; 2 2 1], K = [1 0; 0 -1], compute the 2 × 2 output of the valid 2D convolution.
            (b) Same X and K as in (a), but with one zero of padding on each side and a stride of 2.
            (c) Same P and Q as in (a), but with a stride of 2.
            """)
        #expect(Self.close(found["1a"], [[0, -1], [-2, 0]]), "\(String(describing: found["1a"]))")
        #expect(Self.close(found["1b"], [[-1, 0], [-2, 0]]), "\(String(describing: found["1b"]))")
        #expect(found["1c"] == nil, "\(String(describing: found["1c"]))")
    }
}
