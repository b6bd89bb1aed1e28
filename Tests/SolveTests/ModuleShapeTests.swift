import Solve
import Testing

/// Output shapes of framework layers written as calls, applied to a stated input, to the
/// output of another part, or as "Repeat (a) with …".
@Suite("Module shapes")
struct ModuleShapeTests {
    static let statement = "A grayscale image of size 28 × 28 is the input of each layer below. Give the shape of the output."

    static func answer(_ text: String, earlier: [(label: String, text: String)] = [], conventions: String = "") -> Recognition {
        Recognizer().recognize(PartStatement(id: "2x", text: text, statement: statement, earlierParts: earlier, conventions: conventions))
    }

    @Test func aCallOnTheStatedInput() {
        #expect(Self.answer("nn.Conv2d(1, 6, kernel_size=5)").answer == .shape(dimensions: [6, 24, 24], layout: "CHW"))
        #expect(Self.answer("nn.Conv2d(1, 4, 3, stride=2, padding=1)").answer == .shape(dimensions: [4, 14, 14], layout: "CHW"))
        #expect(Self.answer("nn.Conv2d(1, 2, kernel_size=3, dilation=3, padding='same')").answer == .shape(dimensions: [2, 28, 28], layout: "CHW"))
    }

    @Test func chainedThroughAnotherPartAndRepeatedWithAChange() {
        let first = (label: "a", text: "nn.Conv2d(1, 6, kernel_size=5)")
        #expect(Self.answer("nn.AvgPool2d(2) applied to the output of (a)", earlier: [first]).answer
            == .shape(dimensions: [6, 12, 12], layout: "CHW"))
        #expect(Self.answer("Repeat (a) with padding 2.", earlier: [first]).answer == .shape(dimensions: [6, 28, 28], layout: "CHW"))
        #expect(Self.answer("nn.ConvTranspose2d(6, 3, 2, stride=2) applied to the output of (a)", earlier: [first]).answer
            == .shape(dimensions: [3, 48, 48], layout: "CHW"))
    }

    @Test func theSetsConventionsChooseTheLayout() {
        #expect(Self.answer("nn.Conv2d(1, 6, kernel_size=5)", conventions: "Shapes are written H × W × C throughout.").answer
            == .shape(dimensions: [24, 24, 6], layout: "HWC"))
    }

    @Test func whatItCannotCheckIsNoGuess() {
        let cases = [
            "nn.Conv2d(3, 6, 5)",  // three input channels for a grayscale image
            "nn.Conv2d(1, 6, 3, stride=2, padding='same')",  // PyTorch refuses it
            "Repeat (a) with a stride of 2 and 16 filters.",  // a change not understood
            "nn.MaxPool2d(2) applied to the output of (c)",  // no part (c)
        ]
        let first = (label: "a", text: "nn.Conv2d(1, 6, kernel_size=5)")
        for text in cases {
            let recognition = Self.answer(text, earlier: [first])
            #expect(recognition.answer == nil, "\(text) → \(recognition.answer.map(\.description) ?? "")")
            #expect(!(recognition.reason ?? "").isEmpty, "\(text)")
        }
    }
}
