import Foundation
import Problems
@testable import Solve
import Source
import Testing

/// Families found in the held-out run of `solve/final34` and in the development corpora of
/// session 37, each tested on statements written for these tests.
@Suite("Solve families, twenty-fifth round")
struct TwentyFifthRoundFamilyTests {
    static func answers(_ text: String) -> [String: Answer] { TenthRoundFamilyTests.answers(text) }

    static let table = """
        Problem 2
        The encoder below takes a grayscale image, i.e. of shape 1 × 48 × 48 (C × H × W).

        name module
        stem nn.Conv2d(1, 16, kernel_size=5, padding=2)
        down nn.Conv2d(16, 32, kernel_size=3, stride=2, padding=1)
        pool nn.MaxPool2d(2)
        mix2 nn.Conv2d(32, 32, kernel_size=3, padding=1)
        head nn.Linear(32, 10)

        (a) What is the output shape of down? Answer as C × H × W.
        (b) What is the output shape of mix2?
        (c) How many learnable parameters do the modules stem through pool have together?
        (d) Suppose stem were instead nn.Conv2d(1, 16, kernel_size=3). What would its output shape be?
        """

    /// A table of named layers, one row a line with names of any form ("stem", "down", "mix2"):
    /// the rows run in the order listed, so a row's output shape chains through those before it.
    @Test func aTableOfNamedLayersChainsItsRowsInOrder() {
        let found = Self.answers(Self.table)
        #expect(found["2a"] == .shape(dimensions: [32, 24, 24], layout: "CHW"), "\(String(describing: found["2a"]))")
        #expect(found["2b"] == .shape(dimensions: [32, 12, 12], layout: "CHW"), "\(String(describing: found["2b"]))")
    }

    /// "stem through pool": every row from the first name to the second, not the two named.
    @Test func aRangeBetweenTwoNamesTakesEveryRowBetween() {
        let found = Self.answers(Self.table)
        // stem 16·25 + 16 = 416; down 32·16·9 + 32 = 4,640; pooling has none.
        #expect(found["2c"] == .integer(5056), "\(String(describing: found["2c"]))")
    }

    /// "Suppose stem were instead nn.Conv2d(…)": the new call in the named row's place.
    @Test func aNamedRowThatWereInsteadAnotherCallIsReplaced() {
        let found = Self.answers(Self.table)
        #expect(found["2d"] == .shape(dimensions: [16, 46, 46], layout: "CHW"), "\(String(describing: found["2d"]))")
    }

    /// Prose with calls is no table: a run of rows needs names directly before each call.
    @Test func proseBetweenCallsIsNoTable() {
        let rows = NamedModules.chainedRows(in: "We first apply nn.Conv2d(3, 8, 3), and later use nn.Conv2d(8, 8, 3) with care, then nn.MaxPool2d(2).")
        #expect(rows.isEmpty)
        let table = NamedModules.chainedRows(in: "layer call c1 nn.Conv2d(3, 8, 3) relu nn.ReLU() p1 nn.MaxPool2d(2) The rest")
        #expect(table.map(\.name) == ["c1", "relu", "p1"])
    }

    static let chain = """
        Problem 1
        A single RGB image of size 3 × 96 × 96 enters the network. The layers are applied one after the other, each to the output of the previous part.
        (a) The first layer is conv1 = nn.Conv2d(3, 24, kernel_size=5, stride=1, padding=2). What is the shape of its output?
        (b) conv1 is followed by nn.MaxPool2d(kernel_size=2, stride=2). What is the output shape of the pooling layer?
        (c) Next comes a three-by-three convolution with 48 filters, stride 1 and no padding. What is its output shape?
        """

    /// "applied one after the other, each to the output of the previous part": a part's layer
    /// takes the previous part's output, not the stated image.
    @Test func partsAppliedEachToThePreviousOutputChain() {
        let found = Self.answers(Self.chain)
        #expect(found["1a"] == .shape(dimensions: [24, 96, 96], layout: "CHW"), "\(String(describing: found["1a"]))")
        #expect(found["1b"] == .shape(dimensions: [24, 48, 48], layout: "CHW"), "\(String(describing: found["1b"]))")
        #expect(found["1c"] == .shape(dimensions: [48, 46, 46], layout: "CHW"), "\(String(describing: found["1c"]))")
    }

    /// When the previous part's shape is not known, a chained part abstains instead of taking
    /// the stated image as its input.
    @Test func aChainedPartWithoutThePreviousShapeAbstains() {
        let found = Self.answers("""
            Problem 1
            A single RGB image of size 3 × 96 × 96 enters the network. The layers are applied one after the other, each to the output of the previous part.
            (a) The first block does something unusual that we describe in words only. Sketch it.
            (b) Next comes a three-by-three convolution with 48 filters (no padding). What is its output shape?
            """)
        #expect(found["1b"] == nil, "\(String(describing: found["1b"]))")
    }
}

extension TwentyFifthRoundFamilyTests {
    /// "How many parameters do the encoder and the head have together?" under a part that writes
    /// only the head: the sum covers a module the part does not write, so no answer; a sum of
    /// one module's own weights and biases is still that module's count.
    @Test func aSumOverMoreThanTheOneModuleWrittenAbstains() {
        let found = Self.answers("""
            Problem 3
            A sentence encoder is nn.GRU(32, 64) and reads 20 tokens.
            (a) The classification head is nn.Linear(64, 5). How many parameters do the encoder and the head have combined?
            (b) How many parameters do the weights and biases of nn.Linear(10, 4) have together?
            """)
        #expect(found["3a"] == nil, "\(String(describing: found["3a"]))")
        #expect(found["3b"] == .integer(44), "\(String(describing: found["3b"]))")
    }
}
