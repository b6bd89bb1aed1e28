import Problems
import Solve
import Source
import Testing

/// Parts that name a part of another problem ("the convolution of 1(b)", "the layers of
/// Question 2(a)") take its layer from there; layers written as framework calls give their
/// channels and kernel together.
@Suite struct CrossReferenceTests {
    static func answers(_ text: String) -> [String: Answer] {
        let document = ProblemDocument(source: SourceReader.plain(text))
        var found: [String: Answer] = [:]
        for part in AnswerResolver.resolve(parts: document.partStatements, key: nil) { found[part.partID] = part.answer }
        return found
    }

    @Test func aLayerOfAnotherProblem() {
        let answers = Self.answers("""
            Problem 1
            Count all learnable parameters.
            (a) Consider nn.Conv2d(16, 32, kernel_size=5).
            (b) The same layer without its bias term: how many parameters?
            Problem 2
            The layer of Problem 1(a) is applied to a 16 × 20 × 20 (channels × height × width) input with padding='same'. Ignore biases.
            (a) How many MACs does the convolution of 1(a) perform?
            (b) How many MACs would a 3 × 3 depthwise separable convolution from 16 to 32 channels perform on the same input with padding='same'?
            """)
        // 20·20 outputs per channel, 32 channels, 16·5·5 MACs each.
        #expect(answers["2a"] == .integer(20 * 20 * 32 * 16 * 25))
        #expect(answers["2b"] == .integer(20 * 20 * 16 * 9 + 20 * 20 * 16 * 32))
    }

    @Test func aSubPartReplacingItsParentsLayer() {
        let answers = Self.answers("""
            Problem 3
            Count learnable parameters; every layer has a bias.
            (a) The stem is nn.Conv2d(32, 64, kernel_size=3).
            (i) How many parameters does it have?
            (ii) It is swapped for a depthwise separable block (a 3 × 3 depthwise convolution, then a 1 × 1 pointwise one). How many parameters does the block have?
            """)
        #expect(answers["3a.ii"] == .integer(32 * 9 + 32 + 32 * 64 + 64))
    }

    @Test func aFrameworkCallNeverMixesWithOtherSizes() {
        // The image's 3 × 64 is no kernel: the call's kernel_size is.
        let answers = Self.answers("""
            Problem 1
            An image of 3 × 64 × 64 goes into conv1 = nn.Conv2d(3, 8, kernel_size=5, stride=2).
            (a) Count the parameters of a depthwise separable replacement of conv1 (depthwise, then pointwise), with biases.
            """)
        #expect(answers["1a"] == .integer(3 * 25 + 3 + 3 * 8 + 8))
    }

    @Test func theLayerOfAnEarlierDepthwisePart() {
        let answers = Self.answers("""
            Problem 4
            A layer maps 8 input channels to 16 output channels with a 3 × 3 kernel, on a 10 × 10 input with padding='same'. Ignore biases.
            (a) How many weights does a depthwise separable convolution (3 × 3 depthwise, then 1 × 1 pointwise) need?
            (b) How many MACs does the layer of (a) perform?
            """)
        #expect(answers["4b"] == .integer(10 * 10 * 8 * 9 + 10 * 10 * 8 * 16))
    }

    @Test func aPartOfTheSameProblemNamedByItsFullNumber() {
        let answers = Self.answers("""
            Problem 2
            (a) How many parameters does nn.Conv2d(8, 16, kernel_size=3) have?
            (b) How many MACs does the convolution of 2(a) perform on an 8 × 10 × 10 (channels × height × width) input with padding='same'?
            """)
        #expect(answers["2b"] == .integer(10 * 10 * 16 * 8 * 9))
    }
}
