import Problems
@testable import Solve
import Source
import Testing

/// Families found in the held-out run of `solve/final3` (now development data), each tested on
/// statements written for these tests, not on the fixture that showed it.
@Suite("Solve families, fourth round")
struct FourthRoundFamilyTests {
    static func answers(_ text: String) -> [String: Answer] {
        let document = ProblemDocument(source: SourceReader.plain(text))
        var found: [String: Answer] = [:]
        for part in AnswerResolver.resolve(parts: document.partStatements, key: nil) { found[part.partID] = part.answer }
        return found
    }

    static func answer(_ text: String, context: String = "") -> Answer? {
        Recognizer().recognize(PartStatement(id: "1b", text: text, context: context)).answer
    }

    @Test func sizesWrittenWithBy() {
        // 16·8·5·5 + 8.
        #expect(Self.answer("A convolutional layer takes 16 input channels to 8 output channels with a five-by-five kernel. How many parameters does it have, biases included?")
            == .integer(3208))
        // "7 by 7" in digits: 3·64·49 + 64.
        #expect(Self.answer("How many parameters does a convolution from 3 to 64 channels with a 7 by 7 kernel have (with bias)?") == .integer(9472))
        // "one by one" as a manner is no size.
        #expect(StatementText("Apply the layers one by one to the input.").sizesInDigits.text == "Apply the layers one by one to the input.")
        #expect(StatementText("a one-by-one convolution").sizesInDigits.text == "a 1 × 1 convolution")
    }

    @Test func aKernelWithOutputChannelsIsAConvolution() {
        let answers = Self.answers("""
            Problem 1
            In this problem the input is a grayscale image of size 1 × 28 × 28. Write shapes as C × H × W.
            (a) A layer with 4 filters of size 3 × 3, stride 1, is applied. What is the output shape?
            (b) Now take a 5 × 5 kernel with 6 output channels, stride 1 and padding 2. What is the output shape?
            """)
        #expect(answers["1a"] == .shape(dimensions: [4, 26, 26], layout: "CHW"))
        #expect(answers["1b"] == .shape(dimensions: [6, 28, 28], layout: "CHW"))
        // An earlier part with an input of its own makes the statement's input no longer certain.
        let other = Self.answers("""
            Problem 1
            In this problem the input is a grayscale image of size 1 × 28 × 28. Write shapes as C × H × W.
            (a) For a 1 × 32 × 32 input, what is the output shape of a convolution with 4 filters of size 3 × 3, stride 1?
            (b) Now take a 5 × 5 kernel with 6 output channels, stride 1 and padding 2. What is the output shape?
            """)
        #expect(other["1b"] == nil)
    }

    @Test func aFlattenedMapFeedsALinearLayer() {
        // 32·4·4 = 512 inputs, 100 outputs, biases.
        #expect(Self.answer("The 32 × 4 × 4 output of the last pooling layer is flattened and passed to a dense layer with 100 units. How many parameters does that layer have?")
            == .integer(51_300))
        #expect(Self.answer("A 16 x 5 x 5 volume is flattened into a fully connected layer with 120 outputs (no bias). How many parameters?") == .integer(48_000))
    }

    @Test func anEarlierPartsAnswerAsAnOperand() {
        let answers = Self.answers("""
            Problem 1
            Let A = [[1, 0, 2], [2, 1, 0], [0, 3, 1]] and K = [[1, −1], [0, 2]].
            (a) Compute the cross-correlation of A with K (stride 1, no padding).
            (b) Apply 2 × 2 max pooling with stride 1 to the result of part (a).
            (c) What is the global average pooling of your answer from (a)?
            """)
        // (a): [[1 + 2, −2], [2 − 1 + 6, 1 + 2]].
        #expect(answers["1a"] == .matrix([[3, -2], [7, 3]]))
        #expect(answers["1b"] == .matrix([[7]]))
        #expect(answers["1c"] == .real(RealValue(try! Rational(11, 4))))
        // An operand part that was not computed leaves the part without an answer.
        let unread = Self.answers("""
            Problem 1
            (a) Describe in words what a convolution does.
            (b) Apply global max pooling to your answer from (a).
            """)
        #expect(unread["1b"] == nil)
    }

    @Test func aShapeOfAnEarlierPartPassesThroughALayer() {
        let answers = Self.answers("""
            Problem 2
            Give shapes as C × H × W.
            (a) What is the output shape of nn.Conv2d(3, 8, kernel_size=3, padding=1) applied to a 3 × 40 × 40 input?
            (b) The output of part (a) goes through a 4 × 4 max pooling with stride 4. What is the output shape?
            """)
        #expect(answers["2a"] == .shape(dimensions: [8, 40, 40], layout: "CHW"))
        #expect(answers["2b"] == .shape(dimensions: [8, 10, 10], layout: "CHW"))
    }

    @Test func theRatioOfTwoAnswers() {
        let answers = Self.answers("""
            Problem 3
            Count parameters with biases.
            (a) How many parameters does a fully connected layer from 300 inputs to 200 outputs have, with bias?
            (b) How many parameters does a fully connected layer from 300 inputs to 50 outputs have, with bias?
            (c) What is the ratio of your answer in (b) to your answer in (a)?
            (d) Give the ratio (a)/(b).
            """)
        #expect(answers["3a"] == .integer(60_200))
        #expect(answers["3b"] == .integer(15_050))
        #expect(answers["3c"]?.scalar.map { abs($0 - 0.25) < 1e-12 } == true)
        #expect(answers["3d"] == .integer(4))
        // Parts that have no numbers for answers give no ratio.
        let words = Self.answers("""
            Problem 3
            (a) Name a layer without parameters.
            (b) Name a layer with parameters.
            (c) What is the ratio of (b) to (a)?
            """)
        #expect(words["3c"] == nil)
    }

    @Test func aPointsLineIsNoPartOfTheQuestion() {
        let set = ProblemSegmenter.segment("""
            1. The scores of an example are z = (1.0, 0.0, −1.0).
            (a) Apply the softmax to z.

            [3]

            (b) Name the largest probability's class.

            (2 pts)
            """)
        let parts = set.problems.first?.parts ?? []
        #expect(parts.map(\.text) == ["Apply the softmax to z.", "Name the largest probability's class."])
    }

    @Test func theLogitsOfTheStatementAreSoftmaxsOperand() {
        let answers = Self.answers("""
            Problem 4
            A network produces the logits (1.0, 1.0, 1.0, 1.0) for four classes; the true label is class 2 (the second class).
            (a) Compute the softmax probabilities.
            (b) Compute the cross-entropy loss.
            """)
        #expect(answers["4a"] == .vector([0.25, 0.25, 0.25, 0.25]))
        // −ln(1/4).
        #expect(answers["4b"]?.scalar.map { abs($0 - 1.3862943611198906) < 1e-9 } == true)
        // An array the statement does not call logits or scores is no operand.
        let weights = Self.answers("""
            Problem 4
            The weights are W = (0.5, −0.5, 2.0).
            (a) Compute the softmax probabilities.
            """)
        #expect(weights["4a"] == nil)
    }

    @Test func theClassNumberingStatedByAnOrdinal() {
        // Class 0 is the first: the target is the third score.
        let zero = Self.answer("Compute the multiclass hinge loss with margin 1 for scores (1.0, 2.0, 4.0) when the true label is class 2 (i.e. the third class).")
        #expect(zero == .integer(0))
        // A number that disagrees with its ordinal is no statement of the numbering.
        #expect(Self.answer("Compute the cross-entropy loss of logits (1.0, 2.0, 4.0) when the true label is class 2 (the first class).") == nil)
    }

    @Test func capitalSigmaIsNoSigmoid() {
        #expect(Self.answer("Compute Σ_X.", context: "The data matrix is X = [2 0; 0 2; −2 0; 0 −2]; Σ_X = X^⊤X/(n−1).") == nil)
        #expect(Self.answer("Evaluate Σ(x) for the logits (1, 2).") == nil)
    }
}
