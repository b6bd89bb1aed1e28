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

/// More families from `solve/final46` and the unanswered parts of older corpora.
@Suite("Solve families, twenty-ninth round, continued")
struct TwentyNinthRoundContinuedTests {
    static func answers(_ text: String) -> [String: Answer] { TenthRoundFamilyTests.answers(text) }
    static func value(_ a: Answer?) -> Double? { TenthRoundFamilyTests.value(a) }

    /// "Same scores as in (a), but divided by a temperature T = 4": the vector of the part the
    /// label names.
    @Test func sameLogitsAsAnEarlierPartUnderATemperature() {
        let found = Self.answers("""
            Problem 1
            (a) A model outputs the scores z = (1.0, 3.0, 2.0). Compute softmax(z).
            (b) Same scores as in (a), but now divide them by a temperature T = 4 before the softmax. What distribution results?
            """)
        let scaled = [0.25, 0.75, 0.5].map { exp($0) }
        let expected = scaled.map { $0 / scaled.reduce(0, +) }
        #expect(TenthRoundFamilyTests.close(found["1b"], expected), "\(String(describing: found["1b"]))")
    }

    /// "maps a 32 x 14 x 14 feature map to 64 output channels using 5x5 kernels": the channels
    /// are the dimension the two equal spatial ones leave, first or last; with all three equal
    /// nothing is read.
    @Test func channelsOfAMappedFeatureMapByItsSpatialDimensions() {
        let first = Self.answers("""
            Problem 2
            A layer maps a 32 x 14 x 14 feature map to 64 output channels using 5x5 kernels, stride 1 and padding 2. It has a bias.
            (a) How many parameters does the convolution have?
            """)
        #expect(Self.value(first["2a"]) == Double(32 * 64 * 25 + 64), "\(String(describing: first["2a"]))")
        let last = Self.answers("""
            Problem 2
            A layer maps a 14 x 14 x 32 feature map to 64 output channels using 5x5 kernels, stride 1 and padding 2. It has a bias.
            (a) How many parameters does the convolution have?
            """)
        #expect(Self.value(last["2a"]) == Double(32 * 64 * 25 + 64), "\(String(describing: last["2a"]))")
        let cube = Self.answers("""
            Problem 2
            A layer maps a 16 x 16 x 16 feature map to 64 output channels using 5x5 kernels. It has a bias.
            (a) How many parameters does the convolution have?
            """)
        #expect(cube["2a"] == nil, "\(String(describing: cube["2a"]))")
    }

    /// A handout's terse question "… groups=2). Parameters?" asks the count; "(Give (c)/(b).)"
    /// asks the quotient of two answers.
    @Test func terseCountAndAQuotientWrittenOut() {
        let found = Self.answers("""
            Problem 3
            (a) Use nn.Conv2d(32, 64, 3, groups=2). Parameters?
            (b) Use nn.Conv2d(32, 64, 3). Parameters?
            (c) How much smaller is the grouped layer? (Give (a)/(b).)
            """)
        #expect(Self.value(found["3a"]) == Double(16 * 64 * 9 + 64), "\(String(describing: found["3a"]))")
        #expect(Self.value(found["3b"]) == Double(32 * 64 * 9 + 64), "\(String(describing: found["3b"]))")
        #expect(Self.value(found["3c"]).map { abs($0 - Double(16 * 64 * 9 + 64) / Double(32 * 64 * 9 + 64)) < 1e-9 } == true,
                "\(String(describing: found["3c"]))")
    }

    /// A numbered table of layers under a stated input ("64 x 64 RGB patches"): the shape after
    /// the row a part names, also for an input the part resizes; rows with their channels before
    /// the stride are read too. A convolution row that states no padding gives no shape.
    @Test func shapesThroughANumberedLayerTable() {
        let found = Self.answers("""
            Problem 4
            A detector for 64 x 64 RGB patches:
                #   layer                                  out channels
                1   conv 5x5, stride 1, padding 2          16
                2   max pool 2x2, stride 2, padding 0      --
                3   conv 3x3, stride 2, padding 1          32
            (a) Shape of the output of layer 2?
            (b) What is the shape after layer 3?
            (c) Same network, but the patches are resized to 80 x 80. Shape after layer 3?
            """)
        #expect(found["4a"] == .shape(dimensions: [16, 32, 32], layout: "CHW"), "\(String(describing: found["4a"]))")
        #expect(found["4b"] == .shape(dimensions: [32, 16, 16], layout: "CHW"), "\(String(describing: found["4b"]))")
        #expect(found["4c"] == .shape(dimensions: [32, 20, 20], layout: "CHW"), "\(String(describing: found["4c"]))")
        let unstated = Self.answers("""
            Problem 4
            A detector for 64 x 64 RGB patches (every convolution keeps the size with padding):
                #   layer                      out channels
                1   conv 5x5, stride 1         16
                2   max pool 2x2, stride 2     --
            (a) Shape of the output of layer 2?
            """)
        #expect(unstated["4a"] == nil, "\(String(describing: unstated["4a"]))")
        let reordered = Self.answers("""
            Problem 5
            Layer Type Details
            1 Conv 5 × 5, 32 channels, stride 1
            2 MaxPool 2 × 2, stride 2
            3 Conv 3 × 3, 64 channels, stride 1
            (a) What is the receptive field of one unit in the output of layer 3?
            """)
        // 5, then 6 (jump 2), then 6 + 2·2 = 10.
        #expect(Self.value(reordered["5a"]) == 10, "\(String(describing: reordered["5a"]))")
    }
}

/// The review's counter-examples to this round's rules: each gets no answer, or the one it had.
@Suite("Solve families, twenty-ninth round, reviewed misfires")
struct TwentyNinthRoundReviewedMisfiresTests {
    static func answers(_ text: String) -> [String: Answer] { TenthRoundFamilyTests.answers(text) }
    static func value(_ a: Answer?) -> Double? { TenthRoundFamilyTests.value(a) }

    @Test func reviewedMisfiresOfThisRoundsRules() {
        let table = """
            Problem 3
            A small network:
            Layer Operation
            1 conv 3 × 3, stride 2
            2 conv 3 × 3, stride 1
            3 max pool 2 × 2, stride 2
            (a) What is the receptive field of one unit at the output of layer 3? (Hint: keep track of the cumulative stride as you go.)
            """
        let fields = Self.answers(table)
        // 3, then 3 + 2·2 = 7 (jump 2), then 7 + 1·2 = 9 (jump 4).
        #expect(Self.value(fields["3a"]) == 9, "\(String(describing: fields["3a"]))")

        let scores = Self.answers("""
            Problem 1
            (a) A model outputs the scores z = (1.0, 3.0, 2.0). Compute softmax(z).
            (b) Same scores as in (a), but each score is doubled. Compute the softmax.
            (c) Same logits as in (a), but with a fourth class of score 0. Compute the softmax.
            (d) Same logits as in (a). Compute the log-softmax.
            (e) Compute log-softmax(z) for z = (1.0, 2.0).
            """)
        for id in ["1b", "1c", "1d", "1e"] { #expect(scores[id] == nil, "\(id): \(String(describing: scores[id]))") }

        let quotients = Self.answers("""
            Problem 3
            (a) Use nn.Conv2d(32, 64, 3, groups=2). Parameters?
            (b) Use nn.Conv2d(32, 64, 3). Parameters?
            (c) By what fraction does grouping reduce the count, i.e., (a)/(b) subtracted from 1?
            (d) Express the saving as a percentage: report (a)/(b) × 100.
            """)
        #expect(quotients["3c"] == nil && quotients["3d"] == nil, "\(String(describing: quotients["3c"])) \(String(describing: quotients["3d"]))")

        let grouped = Self.answers("""
            Problem 2
            A convolution with groups=2 maps a 64 x 28 x 28 feature map to 128 output channels using 3x3 kernels, with bias.
            (a) How many parameters does the convolution have?
            """)
        #expect(grouped["2a"] == nil, "\(String(describing: grouped["2a"]))")

        let columns = Self.answers("""
            Problem 4
            A classifier for 96 x 96 grayscale crops.
                #   layer                                  in   out
                1   conv 7x7, stride 2, padding 3          1    32
                2   max pool 3x3, stride 2, padding 0      32   32
            (a) Shape of the output of layer 1?
            """)
        #expect(columns["4a"] == nil, "\(String(describing: columns["4a"]))")
        for setting in ["Max pooling uses ceil mode (ceil_mode=True).", "Each crop is first center-cropped to 88 x 88 before layer 1.", "Layer 1 is applied twice (weights shared) before layer 2."] {
            let changed = Self.answers("""
                Problem 4
                A classifier for 96 x 96 grayscale crops. \(setting)
                    #   layer                                  out channels
                    1   conv 5x5, stride 1, padding 2          16
                    2   max pool 3x3, stride 2, padding 0      --
                (a) Shape of the output of layer 2?
                """)
            #expect(changed["4a"] == nil, "\(setting): \(String(describing: changed["4a"]))")
        }

        let kernel = Self.answers("""
            Problem 1
            (a) A feature map with channels [1 2; 3 4] and [5 6; 7 8] is given, and a kernel [1 0; 0 1]. Apply global average pooling.
            """)
        #expect(kernel["1a"] == nil, "\(String(describing: kernel["1a"]))")

        let activations = Self.answers("""
            Problem 2
            (a) Compute σ'(z) at z = 2 and explain why σ(z) and σ'(z) behave differently for large z.
            (b) Compute σ'(0) for the sigmoid, and compare the output and gradient magnitudes.
            (c) What is the derivative of tanh at z = 0.4, and its value?
            """)
        let s2 = 1 / (1 + exp(-2.0))
        #expect(Self.value(activations["2a"]).map { abs($0 - s2 * (1 - s2)) < 1e-9 } == true, "\(String(describing: activations["2a"]))")
        #expect(Self.value(activations["2b"]) == 0.25, "\(String(describing: activations["2b"]))")
        #expect(activations["2c"] == nil, "\(String(describing: activations["2c"]))")
    }

    /// Found by the development totals: a mapped feature map inside a block of stages, biases
    /// not to be counted, and a count asked in millions.
    @Test func blocksUncountedBiasesAndCountsInMillions() {
        let found = Self.answers("""
            Problem 3
            A layer in a small network maps a 32 x 14 x 14 feature map to 64 output channels with 3x3 kernels, stride 1 and padding 1.
            (a) How many weights does the convolution need? Do not count biases.
            (b) How many MACs does the convolution perform? Give your answer in millions of MACs.
            (c) A depthwise separable block (3 x 3 depthwise, then 1 x 1 pointwise) maps a 32 x 14 x 14 input to 64 output channels. How many MACs does the depthwise convolution perform?
            """)
        #expect(Self.value(found["3a"]) == Double(32 * 64 * 9), "\(String(describing: found["3a"]))")
        #expect(found["3b"] == nil, "\(String(describing: found["3b"]))")
        #expect(found["3c"].map { Self.value($0) == Double(14 * 14 * 32 * 9) } ?? true, "\(String(describing: found["3c"]))")
    }
}
