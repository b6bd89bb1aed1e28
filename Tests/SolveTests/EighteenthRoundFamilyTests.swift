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
}
