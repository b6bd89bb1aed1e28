import Testing
@testable import Problems

/// "Circle one" over items that each open with "True / False:": every item is a claim to judge,
/// a part of its own, not an option of the instruction.
@Suite("Segmenter: true-or-false claims under a choice instruction")
struct ClaimPartTests {
    @Test func eachClaimIsAPart() {
        let set = ProblemSegmenter.segment("""
            Problem 5: True or false
            Circle one and justify briefly.
            (a) True / False: A 3 × 3 convolution from 8 to 8 channels has 576 weights.
            (b) T/F: Average pooling has no trainable parameters.
            """)
        #expect(set.partIDs == ["5a", "5b"])
    }

    @Test func shortChoicesUnderTheSameInstructionStayOptions() {
        let set = ProblemSegmenter.segment("""
            Problem 6
            Circle one: which activation is zero-centred?
            (a) ReLU
            (b) tanh
            """)
        #expect(set.partIDs.isEmpty || set.partIDs == ["6"])
    }
}
