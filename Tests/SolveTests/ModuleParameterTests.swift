@testable import Solve
import Testing

/// Parameter counts of framework modules: PyTorch's own counts (`sum(p.numel() for p in
/// m.parameters())`, known values), and the parts that ask for them.
@Suite("Module parameters")
struct ModuleParameterTests {
    static let counts: [(String, Int)] = [
        ("nn.Conv2d(3, 64, 3)", 1_792),
        ("nn.Conv2d(64, 64, 3, groups=64)", 640),
        ("nn.Conv2d(8, 16, (3, 5), bias=False)", 1_920),
        ("nn.Conv1d(4, 8, kernel_size=5, stride=2, padding=2)", 168),
        ("nn.ConvTranspose2d(16, 8, 4, stride=2, padding=1)", 2_056),
        ("nn.Linear(784, 10)", 7_850),
        ("nn.Embedding(1000, 32, padding_idx=0)", 32_000),
        ("nn.LSTM(10, 20)", 2_560),
        ("nn.LSTM(10, 20, bidirectional=True)", 5_120),
        ("nn.LSTM(128, 256, num_layers=2, batch_first=True)", 921_600),
        ("nn.GRU(10, 20)", 1_920),
        ("nn.RNN(10, 20, bias=False)", 600),
        ("nn.MultiheadAttention(512, 8)", 1_050_624),
        ("nn.MultiheadAttention(embed_dim=64, num_heads=4, bias=False)", 16_384),
        ("nn.LayerNorm((10, 20))", 400),
        ("nn.BatchNorm2d(64)", 128),
        ("nn.BatchNorm1d(100, affine=False)", 0),
        ("nn.InstanceNorm2d(3)", 0),
        ("nn.GroupNorm(4, 32)", 64),
        ("nn.MaxPool2d(2)", 0),
    ]

    @Test(arguments: counts.indices)
    func pytorchCounts(_ index: Int) throws {
        let (written, expected) = Self.counts[index]
        let calls = FrameworkCall.calls(in: "The module is \(written).")
        #expect(calls.count == 1)
        #expect(try calls.first?.module().parameterCount == expected, "\(written)")
    }

    static func answer(_ text: String, context: String = "") -> Recognition {
        Recognizer().recognize(PartStatement(id: "1a", text: text, context: context))
    }

    @Test func partsThatAskForAModulesCount() {
        #expect(Self.answer("How many learnable parameters does nn.GRU(32, 16, bidirectional=True) have?").answer == .integer(4_800))
        // A bare call under a statement that asks.
        #expect(Self.answer("nn.Conv1d(4, 8, 5)", context: "Count the parameters of each of the following modules.").answer == .integer(168))
        // The first layer of a stack: the module with one layer (4 · (8·8 + 8·8 + 2·8)).
        #expect(Self.answer("How many parameters does the first layer of nn.LSTM(8, 8, num_layers=3) have?").answer == .integer(576))
        // A paste that lost the underscore of num_layers.
        #expect(Self.answer("How many parameters does nn.LSTM(10, 20, num layers=2) have?").answer == .integer(5_920))
    }

    @Test func aModuleItCannotCountIsNoGuess() {
        let cases = [
            "How many parameters does the second layer of nn.LSTM(8, 8, num_layers=3) have?",
            "How many parameters does the first layer of nn.LSTM(8, 8, 3) have?",  // num_layers passed by position
            "How many parameters does nn.Conv2d(3, 8, 3, foo=1) have?",
            "How many parameters does nn.LSTM(10, 20, proj_size=5) have?",
            "How many parameters do nn.Linear(4, 4) and nn.Linear(4, 2) have?",
            "How many parameters does nn.Conv2d(6, 4, 3, groups=4) have?",
            "How many parameters does nn.Linear(16, 8) have if we ignore the bias?",
            "How many parameters does nn.Linear(16, 8, proj_size=4) have?",  // an argument only recurrent layers take
        ]
        for text in cases {
            let recognition = Self.answer(text)
            #expect(recognition.answer == nil, "\(text) → \(recognition.answer.map(\.description) ?? "")")
            #expect(!(recognition.reason ?? "").isEmpty)
        }
    }

    /// A layer stated once in the problem's statement is shared by its parts.
    @Test func aLayerFromTheStatement() {
        let context = "A convolutional layer maps 4 input channels to 6 output channels with a 3 × 3 kernel."
        #expect(Self.answer("How many parameters does the layer have, biases included?", context: context).answer == .integer(222))
        #expect(Self.answer("How many parameters does a depthwise separable version have, with biases?", context: context).answer
            == .integer(4 * 9 + 4 + 4 * 6 + 6))
        let linear = "A fully connected layer maps 12 input features to 5 output units."
        #expect(Self.answer("How many parameters does it have, including biases?", context: linear).answer == .integer(65))
    }

    /// A changed argument lands where the class's own signature puts it.
    @Test func settingAnArgumentFollowsTheSignature() throws {
        let transposed = try #require(FrameworkCall.calls(in: "nn.ConvTranspose2d(4, 2, 3, 1, 0, 1)").first)
        #expect(transposed.setting("dilation", to: "2").text == "nn.ConvTranspose2d(4, 2, 3, 1, 0, 1, dilation=2)")
        #expect(transposed.setting("padding", to: "1").text == "nn.ConvTranspose2d(4, 2, 3, 1, 1, 1)")
        let pool = try #require(FrameworkCall.calls(in: "nn.MaxPool2d(3, 1)").first)
        #expect(pool.setting("stride", to: "2").text == "nn.MaxPool2d(3, 2)")
    }
}
