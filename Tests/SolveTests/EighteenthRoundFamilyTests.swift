import Foundation
import Problems
@testable import Solve
import Source
import Testing

/// Families found in the held-out run of `solve/final20`, each tested on statements written
/// for these tests.
@Suite("Solve families, eighteenth round")
struct EighteenthRoundFamilyTests {
    static func answers(_ text: String) -> [String: Answer] { TenthRoundFamilyTests.answers(text) }
    static func recognitions(_ text: String) -> [String: Recognition] { FifthRoundFamilyTests.recognitions(text) }

    @Test func aFactorBetweenTwoPartsIsTheirRatioInTheDirectionAsked() {
        let answers = Self.answers("""
            Problem 3
            A convolution maps 16 input channels to 32 output channels with a 5 × 5 kernel and a bias.
            (a) How many parameters does the layer have?
            (b) It is replaced by a 5 × 5 depthwise convolution (one filter per input channel, with bias) followed by a 1 × 1 pointwise convolution to 32 channels with bias. How many parameters in total?
            (c) By what factor does the layer of part (b) reduce the parameter count compared with part (a)?
            (d) How many times more parameters does the layer of (a) have than (b)?
            """)
        #expect(answers["3a"] == .integer(12_832))
        #expect(answers["3b"] == .integer(960))
        for id in ["3c", "3d"] {
            if case .real(let ratio)? = answers[id] { #expect(abs(ratio.value - 12_832.0 / 960.0) < 1e-6, "\(id)") } else { Issue.record("\(id): \(String(describing: answers[id]))") }
        }
    }

    @Test func aFactorWhosePartsAreNotNamedIsNotAnsweredWithACount() {
        let recognitions = Self.recognitions("""
            Problem 2
            A convolution maps 16 input channels to 32 output channels with a 3 × 3 kernel and a bias.
            (a) By what factor does the parameter count grow when the kernel becomes 5 × 5?
            (b) By what factor is the parameter count reduced when the layer is replaced by a 3 × 3 depthwise convolution (one filter per input channel, with bias) followed by a 1 × 1 pointwise convolution to 32 channels with bias?
            """)
        #expect(recognitions["2b"]?.recognized == nil, "\(String(describing: recognitions["2b"]))")
        #expect(recognitions["2a"]?.recognized == nil, "\(String(describing: recognitions["2a"]))")
    }

    @Test func aFrameworkDropoutModuleGivesTheDropRateAndInvertedScaling() {
        let answers = Self.answers("""
            Problem 5
            The activations a = (1.0, 4.0, 2.0, 0.5) pass through layers.Dropout(0.25) in a Keras model.
            (a) In training the mask keeps units 1, 2 and 4 and drops unit 3. What is the output?
            (b) What does the layer output at inference time?
            (c) Suppose instead that standard dropout without any rescaling is used during training, and at test time the activations are scaled by the keep probability. What is the test-time output?
            """)
        if case .vector(let output)? = answers["5a"] {
            #expect(zip(output, [4.0 / 3, 16.0 / 3, 0, 2.0 / 3]).allSatisfy { abs($0 - $1) < 1e-9 }, "\(output)")
        } else { Issue.record("5a: \(String(describing: answers["5a"]))") }
        #expect(answers["5b"] == .vector([1.0, 4.0, 2.0, 0.5]))
        if case .vector(let output)? = answers["5c"] {
            #expect(zip(output, [0.75, 3.0, 1.5, 0.375]).allSatisfy { abs($0 - $1) < 1e-9 }, "\(output)")
        } else { Issue.record("5c: \(String(describing: answers["5c"]))") }
    }

    @Test func aSubPartAsksOfTheModuleItsPartNamesByItsBinding() {
        let answers = Self.answers("""
            Problem 2
            class Tagger(nn.Module):
                def __init__(self):
                    super().__init__()
                    self.embed = nn.Embedding(5000, 128)
                    self.rnn = nn.GRU(128, 256, num_layers=2)
                    self.out = nn.Linear(256, 17)
            (a) For self.rnn (PyTorch keeps two bias vectors per gate group):
            (i) how many parameters belong to the first layer?
            (ii) how many parameters does the whole recurrent module have?
            (b) Suppose we replace self.rnn by an LSTM of the same sizes, nn.LSTM(128, 256, num_layers=2). How many parameters would the recurrent module have?
            """)
        #expect(answers["2a.i"] == .integer(3 * (256 * 128 + 256 * 256 + 2 * 256)))
        #expect(answers["2a.ii"] == .integer(3 * (256 * 128 + 256 * 256 + 2 * 256) + 3 * (256 * 256 + 256 * 256 + 2 * 256)))
        #expect(answers["2b"] == .integer(4 * (256 * 128 + 256 * 256 + 2 * 256) + 4 * (256 * 256 + 256 * 256 + 2 * 256)))
    }

    @Test func theAttentionWeightsOfOneSequenceHaveOneSquarePerHead() {
        let answers = Self.answers("""
            Problem 6
            Let attn = nn.MultiheadAttention(embed_dim=256, num_heads=4).
            (a) For a single sequence of length 50, how many entries does the attention weight tensor have, counting all heads?
            (b) For a single sequence of length 50, how many entries does the attention weight matrix of one head have?
            (c) For a batch of 8 sequences of length 50, how many entries does the attention weight tensor have?
            """)
        #expect(answers["6a"] == .integer(4 * 50 * 50))
        #expect(answers["6b"] == .integer(50 * 50))
        #expect(answers["6c"] == nil)
    }

    @Test func optionsWithThousandsSeparatorsAreNumbers() {
        let answers = Self.answers("""
            Problem 3
            (a) How many parameters does nn.Linear(300, 200) have?
            (A) 60,000 (B) 60,200 (C) 60,300 (D) 60,500
            """)
        #expect(answers["3a"] == .choice("B"))
    }

    @Test func adamReadsItsGradientsFromAStepTableAndItsRateFromItsOwnTuple() {
        let answers = Self.answers("""
            Exercise 4.3
            A scalar weight starts at θ_0 = 1.0 and is trained with Adam using α = 0.1, β_1 = 0.9, β_2 = 0.999, ϵ = 10^{-8}.

            step t 1 2 3
            gradient g_t 0.5 0.5 −1.0

            (a) Compute θ_1.
            (b) Continue for one more step and compute θ_2.
            """)
        if case .real(let first)? = answers["4.3a"] { #expect(abs(first.value - 0.9) < 1e-6, "\(first)") } else { Issue.record("4.3a: \(String(describing: answers["4.3a"]))") }
        if case .real(let second)? = answers["4.3b"] { #expect(abs(second.value - 0.8) < 1e-6, "\(second)") } else { Issue.record("4.3b: \(String(describing: answers["4.3b"]))") }
    }

    @Test func aLayerTableIsReadByItsColumnsHeaders() {
        let answers = Self.answers("""
            Problem 4
            A network starts with the layers below.

            Layer Op Filters Kernel Stride Padding
            conv1 conv 8 5 × 5 1 2
            pool1 max pooling — 2 × 2 2 0
            conv2 conv 16 3 × 3 1 1

            (a) What is the receptive field of one unit in the output of pool1?
            (b) What is the receptive field of one unit in the output of conv2?
            """)
        #expect(answers["4a"] == .integer(6))
        #expect(answers["4b"] == .integer(10))
    }
}
