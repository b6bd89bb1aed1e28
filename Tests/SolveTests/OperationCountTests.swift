@testable import Solve
import Testing

/// Multiply–accumulate counts of convolutions: the solver against counts worked out by hand,
/// and the parts that ask for them (stated once in the problem, in the part a sub-part
/// belongs to, or in the part it names), including the ones that must not be computed.
@Suite("Operation counts")
struct OperationCountTests {
    static func answer(_ text: String, id: String = "2a", context: String = "") -> Recognition {
        Recognizer().recognize(PartStatement(id: id, text: text, context: context))
    }

    @Test func solver() throws {
        // 64·64 outputs × 16 channels × 3·3·3 MACs each.
        #expect(try OperationCount.convolution(inChannels: 3, outChannels: 16, kernel: 3, output: 64, groups: 1).multiplyAccumulates() == 1_769_472)
        #expect(try OperationCount.convolution(inChannels: 8, outChannels: 8, kernel: 3, output: 10, groups: 8).multiplyAccumulates() == 7_200)
        #expect(try OperationCount.depthwiseSeparable(inChannels: 32, outChannels: 64, kernel: 3, output: 28).multiplyAccumulates() == 1_831_424)
        #expect(throws: SolverError.self) { try OperationCount.convolution(inChannels: 6, outChannels: 4, kernel: 3, output: 4, groups: 4).multiplyAccumulates() }
    }

    @Test func partsThatAskForMACs() {
        #expect(Self.answer("A convolutional layer maps 3 input channels to 16 output channels with a 3 × 3 kernel, stride 1 and padding 1. The input is 3 × 64 × 64. How many multiply-accumulate operations does it perform? Ignore biases.").answer
            == .integer(1_769_472))
        // Channels last, told by the channel count; "no padding".
        #expect(Self.answer("How many MACs does the layer perform?",
                            context: "A layer maps 1 input channel to 8 output channels with a 5 × 5 kernel, stride 1 and no padding; its input is 28 × 28 × 1.").answer
            == .integer(115_200))
        // A sub-part: the input in the part it belongs to, the depthwise version in the part it names.
        let context = """
            A convolutional layer maps 32 input channels to 64 output channels with a 3 × 3 kernel.
            (a) Replace it by a depthwise separable convolution (a 3 × 3 depthwise convolution, then a 1 × 1 pointwise one). How many parameters does it have?
            (b) Let the input be 32 × 56 × 56, with stride 2 and padding 1.
            """
        #expect(Self.answer("How many MACs does the depthwise separable version of part (a) perform?", id: "2b.ii", context: context).answer == .integer(1_831_424))
        #expect(Self.answer("How many MACs does the standard convolution perform?", id: "2b.i", context: context).answer == .integer(28 * 28 * 64 * 32 * 9))
    }

    @Test func partsItMustNotCompute() {
        let layer = "A layer maps 3 input channels to 16 output channels with a 3 × 3 kernel. The input is 3 × 32 × 32."
        let cases: [(String, String, String)] = [
            ("How many FLOPs does the layer need with stride 1 and padding 1?", layer, "one or two operations"),
            ("How many MACs does the layer perform?", layer, "stride and padding"),
            ("How many MACs does it perform with stride 1 and padding 1, including the bias additions?", layer, "bias"),
            ("How many MACs with stride 1 and padding 1?", "A layer maps 3 input channels to 16 output channels with a 3 × 3 kernel. The input is 4 × 32 × 32.", "height and width"),
        ]
        for (text, context, reason) in cases {
            let recognition = Self.answer(text, context: context)
            #expect(recognition.answer == nil, "\(text)")
            #expect(recognition.reason?.contains(reason) == true, "\(text): \(recognition.reason ?? "")")
        }
    }
}
