import Foundation
import Problems
@testable import Solve
import Source
import Testing

/// Families found in the held-out runs of session 45 (`solve/final57`, `final58` …), each
/// tested on statements written for these tests.
@Suite("Solve families, forty-fifth round")
struct FortyFifthRoundFamilyTests {
    static func answers(_ text: String) -> [String: Answer] { TenthRoundFamilyTests.answers(text) }

    /// A model written as one `nn.Sequential(…)` is counted whole by what it holds, whatever
    /// its prose says ("a model for movie reviews"); a module list built in a loop is not.
    @Test func aSequentialModelIsCountedByWhatItHolds() {
        let found = Self.answers("""
            Problem 2
            A sentiment model for movie reviews is written as

                model = nn.Sequential(
                    nn.Embedding(5000, 64),
                    nn.Linear(64, 32),
                    nn.ReLU(),
                    nn.Linear(32, 2),
                )

            (a) How many parameters does the whole model have?
            """)
        #expect(found["2a"] == .integer(5000 * 64 + 64 * 32 + 32 + 32 * 2 + 2), "\(String(describing: found["2a"]))")
        let looped = Self.answers("""
            Problem 2
            A small network for tabular data:

                layers = nn.ModuleList([nn.Linear(16, 16) for _ in range(4)])
                head = nn.Linear(16, 1)

            (a) How many parameters does the model have?
            """)
        #expect(looped["2a"] == nil || looped["2a"] == .integer(4 * (16 * 16 + 16) + 17), "\(String(describing: looped["2a"]))")
    }

    /// The statement's one module, named in a part by its kind ("this GRU"), and a repeat of
    /// that part placed by "Same as above" with a keyword argument; a change in words is not read.
    @Test func theStatementsModuleNamedByItsKindAndRepeated() {
        let found = Self.answers("""
            Problem 3
            Consider the recurrent layer nn.GRU(input_size=10, hidden_size=20).
            (a) How many parameters does this GRU have?
            (b) Same as above, but with bidirectional=True.
            (c) How many parameters would this GRU have with a hidden size of 40?
            """)
        let one = 3 * (20 * 10 + 20 * 20 + 20 + 20)
        #expect(found["3a"] == .integer(one), "\(String(describing: found["3a"]))")
        #expect(found["3b"] == .integer(2 * one), "\(String(describing: found["3b"]))")
        #expect(found["3c"] == nil || found["3c"] == .integer(3 * (40 * 10 + 40 * 40 + 80)), "\(String(describing: found["3c"]))")
    }

    /// "It operates on input feature maps of spatial size 28 × 28": the size of the maps a
    /// convolution takes, for its MACs.
    @Test func theSpatialSizeOfTheMapsALayerTakes() {
        let found = Self.answers("""
            Problem 1
            A convolution maps 16 input channels to 32 output channels with a 3 × 3 kernel, stride 1
            and padding 1. It operates on input feature maps of spatial size 28 × 28. Bias additions are not counted.
            (a) How many MACs does it perform for one image?
            """)
        #expect(found["1a"] == .integer(28 * 28 * 32 * 16 * 9), "\(String(describing: found["1a"]))")
    }

    /// "… means cross-correlation unless a part asks for a true (flipped) convolution": the
    /// exception is not the rule; and "Repeat the previous part with a stride of 2" keeps the
    /// operation and flip of the part it repeats.
    @Test func aRepeatOfThePreviousPartKeepsItsOperation() {
        let found = Self.answers("""
            Convention: a convolution means cross-correlation unless a part asks for a true (flipped) convolution.

            Problem 2. Convolution practice
            Let x = (2, 0, 1, 3, -1) and w = (1, 2).
            (a) Cross-correlate x with w (no padding, stride 1).
            (b) Repeat the previous part with a stride of 2.
            (c) Compute the convolution of x with w, no padding, stride 1.
            """)
        #expect(found["2a"] == .vector([2, 2, 7, 1]), "\(String(describing: found["2a"]))")
        #expect(found["2b"] == .vector([2, 7]), "\(String(describing: found["2b"]))")
        #expect(found["2c"] == .vector([2, 2, 7, 1]), "\(String(describing: found["2c"]))")
    }

    /// Rows of bare numbers a part writes (a matrix a paste scattered, its bracket pieces left
    /// as control characters) are its own operands: the statement's arrays are not taken instead.
    @Test func scatteredRowsAreThePartsOwnOperands() {
        let found = Self.answers("""
            Problem 2
            Let x = (1, 2, -1, 0) and w = (1, -1).
            (a) Cross-correlate x with w (no padding, stride 1).
            (b) A transposed convolution with stride 2 and no padding uses the kernel
            .
            2 1
            \u{14}
            \u{15}
            0 1
            Compute its output for the input
            .
            1 1
            """)
        #expect(found["2a"] == .vector([-1, 3, -1]), "\(String(describing: found["2a"]))")
        #expect(found["2b"] == nil, "\(String(describing: found["2b"]))")
    }

    /// Global pooling over the channels a statement writes: as matrices under "a feature map
    /// with two channels", or as a table with one row per channel (joined into one line by a
    /// reader or not); a table whose row count disagrees with the words is not read.
    @Test func globalPoolingOverTheStatementsChannels() {
        let matrices = Self.answers("""
            Problem 1
            The final block outputs a feature map with two channels: [[1, 2], [3, 6]] and [[0, 4], [4, 0]].
            (a) Compute the global average pooling output.
            (b) Compute the global max pooling output.
            """)
        #expect(matrices["1a"] == .vector([3, 2]), "\(String(describing: matrices["1a"]))")
        #expect(matrices["1b"] == .vector([6, 4]), "\(String(describing: matrices["1b"]))")
        let table = Self.answers("""
            Problem 5
            A detector's last layer outputs 3 channels on a 1x4 grid:

                ch1   2  4  6  8
                ch2   1  1  1  5
                ch3  -3  0  3  4

            (a) Compute the global-average-pooled vector.
            (b) Compute the global max pooled vector.
            """)
        #expect(table["5a"] == .vector([5, 2, 1]), "\(String(describing: table["5a"]))")
        #expect(table["5b"] == .vector([8, 5, 4]), "\(String(describing: table["5b"]))")
        let mismatched = Self.answers("""
            Problem 5
            A detector's last layer outputs 4 channels on a 1x4 grid:

                ch1   2  4  6  8
                ch2   1  1  1  5
                ch3  -3  0  3  4

            (a) Compute the global-average-pooled vector.
            """)
        #expect(mismatched["5a"] == nil, "\(String(describing: mismatched["5a"]))")
    }

    /// A module's arguments are no data: `nn.LayerNorm([2, 3])` normalizes over a shape, and the
    /// part's example is the matrix of the statement (not read as one vector here: abstain).
    @Test func theArgumentsOfAModuleAreNoData() {
        let found = Self.answers("""
            Problem 3
            One example has C = 2 channels and L = 3 positions: x = [[1, 2, 6], [0, 4, 5]] (rows are channels).
            (a) Apply nn.LayerNorm([2, 3]) (statistics over all six entries, γ = 1, β = 0, ε = 0). Give the output row for channel 1.
            """)
        let mean = 3.0, std = ((4.0 + 1 + 9 + 9 + 1 + 4) / 6).squareRoot()
        #expect(found["3a"] == nil || TenthRoundFamilyTests.close(found["3a"], [(1 - mean) / std, (2 - mean) / std, (6 - mean) / std], 1e-4),
                "\(String(describing: found["3a"]))")
    }

    /// A vector set out as the one row of a small table, named in words and by its symbol
    /// ("score s_k  1.0  2.0  0.5" under "class  a  b  c"), is bound to its symbol; a table of
    /// two such rows is left to the table readers.
    @Test func aTablesNamedRowIsAVector() {
        let found = Self.answers("""
            Problem 1
            A scorer produces

            class  a  b  c
            score s_k  1.0  2.0  0.5

            (a) Compute the softmax probabilities softmax(s).
            """)
        let e = [1.0, 2.0, 0.5].map { exp($0) }, total = e.reduce(0, +)
        #expect(TenthRoundFamilyTests.close(found["1a"], e.map { $0 / total }, 1e-9), "\(String(describing: found["1a"]))")
        #expect(NamedRowVector.rewrite("class a b c\nscore s_k 1.0 2.0 0.5") == "class a b c\nscore s = (1.0, 2.0, 0.5),")
        #expect(NamedRowVector.rewrite("point 1 2 3\ninput x_i 1 2 3\ntarget y_i 2 4 7") == "point 1 2 3\ninput x_i 1 2 3\ntarget y_i 2 4 7")
    }

    /// "… a depthwise convolution followed by a pointwise one, neither with a bias": no biases.
    @Test func neitherWithABiasCountsNone() {
        let found = Self.answers("""
            Problem 4
            (a) A 3 × 3 convolution maps 32 channels to 48 channels. It is replaced by a depthwise separable convolution: a 3 × 3 depthwise convolution followed by a 1 × 1 pointwise convolution to 48 channels, neither with a bias. How many weights does the replacement have?
            """)
        #expect(found["4a"] == .integer(32 * 9 + 32 * 48), "\(String(describing: found["4a"]))")
    }

    /// The reviewer's texts for this session's solve rules: prose that multiplies a Sequential, a
    /// module changed in words, "Same as above" after a part about another module or after a
    /// repeat, a repeat of a repeat of a flipped convolution, a network's input size for a deeper
    /// layer, pooling after a ReLU, a table's row changed in words. Each abstains (or is right).
    @Test func theReviewersNearMisses() {
        let blocks = Self.answers("""
            Problem 2
            A model for CIFAR-10 has 3 blocks of the form below.

                nn.Sequential(nn.Conv2d(16, 16, 3, padding=1), nn.BatchNorm2d(16), nn.ReLU())

            (a) How many parameters does the model have?
            """)
        #expect(blocks["2a"] == nil || blocks["2a"] == .integer(3 * (16 * 16 * 9 + 16 + 32)), "\(String(describing: blocks["2a"]))")
        let changed = Self.answers("""
            Problem 3
            Consider the recurrent layer nn.LSTM(input_size=32, hidden_size=64).
            (a) How many parameters does a 2-layer version of this LSTM have?
            (b) How many parameters does this LSTM have when run bidirectionally?
            """)
        #expect(changed["3a"] == nil || changed["3a"] == .integer(58368), "\(String(describing: changed["3a"]))")
        #expect(changed["3b"] == nil || changed["3b"] == .integer(50176), "\(String(describing: changed["3b"]))")
        let other = Self.answers("""
            Problem 2
            Consider nn.LSTM(input_size=10, hidden_size=20).
            (a) How many parameters does this LSTM have?
            (b) How many parameters does a linear layer mapping its output to 5 classes have?
            (c) Same as above, but with bidirectional=True.
            """)
        #expect(other["2c"] == nil || other["2c"] == .integer(205), "\(String(describing: other["2c"]))")
        let flipped = Self.answers("""
            Convention: a convolution means cross-correlation unless a part asks for a true (flipped) convolution.

            Problem 2. Convolution practice
            Let x = (2, 0, 1, 3, -1) and w = (1, 2).
            (a) Compute the true convolution of x with w (flip the kernel), no padding, stride 1.
            (b) Repeat the previous part with a stride of 2.
            (c) Repeat the previous part with zero padding of 1.
            """)
        #expect(flipped["2a"] == .vector([4, 1, 5, 5]), "\(String(describing: flipped["2a"]))")
        #expect(flipped["2b"] == .vector([4, 5]), "\(String(describing: flipped["2b"]))")
        #expect(flipped["2c"] == nil || flipped["2c"] == .vector([2, 1, 5]), "\(String(describing: flipped["2c"]))")
        let deeper = Self.answers("""
            Problem 1
            A network operates on input images of resolution 224 × 224. Its first layer is a convolution from 3 to 64 channels with a 7 × 7 kernel, stride 2 and padding 3. Its second layer is a 3 × 3 convolution from 64 to 64 channels, stride 1, padding 1.
            (a) How many MACs does the second layer perform?
            """)
        #expect(deeper["1a"] == nil || deeper["1a"] == .integer(462_422_016), "\(String(describing: deeper["1a"]))")
        let relu = Self.answers("""
            Problem 1
            The final block outputs a feature map with two channels: [[1, -2], [3, -6]] and [[0, -4], [4, 0]].
            (a) Apply a ReLU and then global average pooling.
            """)
        #expect(relu["1a"] == nil || relu["1a"] == .vector([1, 1]), "\(String(describing: relu["1a"]))")
        let updated = Self.answers("""
            Problem 1
            A classifier produces

            class 0 1 2
            logit z_k 2.0 1.0 -1.0

            After the update, every logit increases by 1 except class 2.
            (a) Compute softmax(z) after the update.
            """)
        #expect(updated["1a"] == nil, "\(String(describing: updated["1a"]))")
    }
}

