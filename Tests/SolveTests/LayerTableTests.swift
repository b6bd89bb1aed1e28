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
