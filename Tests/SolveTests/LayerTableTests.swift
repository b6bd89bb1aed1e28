import Foundation
@testable import Solve
import Testing

/// Numbered tables of layers (receptive fields up to a named layer, MACs of one layer) and
/// parts that ask for words, on statements written for these tests.
@Suite("Layer tables and explanations")
struct LayerTableTests {
    static let statement = """
        The network below is applied to a 1 × 28 × 28 input:
        Layer Type Kernel / stride Channels
        1 Conv 5 × 5, stride 1, padding 2 8
        2 MaxPool 2 × 2, stride 2 8
        3 Conv 3 × 3, stride 1, padding 1 16
        4 Conv 3 × 3, stride 2, padding 1 16
        """.split(separator: "\n").joined(separator: " ")

    static func answer(_ text: String) -> Answer? {
        Recognizer().recognize(PartStatement(id: "2a", text: text, context: statement)).answer
    }

    @Test func receptiveFieldsUpToTheNamedLayer() {
        // 5 → 5 + 1 = 6 → 6 + 2·2 = 10 → 10 + 2·2 = 14.
        #expect(Self.answer("What is the receptive field of one unit in the output of layer 2?") == .integer(6))
        #expect(Self.answer("What is the receptive field of a unit after layer 3?") == .integer(10))
        #expect(Self.answer("Give the receptive field of the last layer's units.") == .integer(14))
        #expect(Self.answer("Compare the receptive fields of layer 2 and layer 3.") == nil)
    }

    @Test func multiplyAccumulatesOfOneLayer() {
        // Layer 3 sees 8 × 14 × 14 and keeps 14 × 14: 14·14·16·8·9.
        #expect(Self.answer("How many MACs does layer 3 perform on one input? Ignore biases.") == .integer(14 * 14 * 16 * 8 * 9))
        // Layer 4 halves the size: 7·7·16·16·9.
        #expect(Self.answer("How many multiply-accumulate operations does layer 4 perform?") == .integer(7 * 7 * 16 * 16 * 9))
        #expect(Self.answer("How many MACs does layer 2 perform?") == nil)
    }

    @Test func explanationsAreNotComputed() {
        for text in ["Briefly discuss why the receptive field grows faster with pooling than with another convolution.",
                     "Briefly discuss why stride 2 in layer 4 shrinks the output.",
                     "(2 pts) Explain why the receptive field of layer 4 is larger than that of layer 3.",
                     "In one or two sentences, justify the padding of layer 1.",
                     "Why does pooling grow the receptive field faster than a 3 × 3 convolution?"] {
            #expect(Self.answer(text) == nil, "\(text)")
        }
    }
}

/// Stacks described in words: sizes spelled out, counts announced, framework calls among
/// phrases, a shape question asked once by the problem, and statements to judge.
@Suite("Described stacks")
struct DescribedStackTests {
    static func answer(_ text: String, context: String = "", id: String = "1b") -> Answer? {
        Recognizer().recognize(PartStatement(id: id, text: text, context: context)).answer
    }

    @Test func spelledSizesAndAnnouncedCounts() {
        // Two 5 × 5 layers, stride one: 5 + 4 = 9.
        #expect(Self.answer("Two convolutional layers, each with a five-by-five kernel and stride 1, are stacked. What is the receptive field of one output unit?") == .integer(9))
        // "Four convolutions are stacked" but two are described: no answer.
        #expect(Self.answer("Four convolutions are stacked: a 3 × 3 convolution with stride 1, then a 3 × 3 convolution with stride 2. What is the receptive field?") == nil)
        // A call then a phrase: conv 5, stride 2, then 2 × 2 pooling, stride 2: 5 + 1·2 = 7.
        let text = "An image goes through nn.Conv2d(1, 8, kernel_size=5, stride=2) followed by a max-pooling layer with a two-by-two window and a stride of two. What is the receptive field of one unit of the pooling output?"
        #expect(Self.answer(text) == .integer(7))
    }

    @Test func theProblemAsksTheShapeOnce() {
        let statement = "A grayscale image of size 32 × 32 (the input is 1 × 32 × 32) is fed to each layer below. Give the shape of the output."
        // 32 − 2·(5 − 1) = 24 with dilation 2.
        #expect(Self.answer("A layer with 4 output channels and a five-by-five kernel with dilation 2 (no padding, stride 1).", context: statement)
            == .shape(dimensions: [4, 24, 24], layout: "CHW"))
        // A part with a question of its own is not answered from the statement's ask.
        #expect(Self.answer("A layer with 4 output channels and a 5 × 5 kernel. How many weights does it have?", context: statement) != .shape(dimensions: [4, 28, 28], layout: "CHW"))
    }

    @Test func statementsToJudge() {
        let statement = "Decide for each statement whether it is true or false."
        #expect(Self.answer("Two stacked 3 × 3 convolutions (stride 1) have the same receptive field as one 5 × 5 convolution.", context: statement) == nil)
        #expect(Self.answer("In a layer of 40 units with drop rate 0.25, the expected number of units zeroed in one pass is 10.", context: statement) == .text("true"))
    }
}
