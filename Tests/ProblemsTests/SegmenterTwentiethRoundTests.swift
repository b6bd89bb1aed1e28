import Testing
@testable import Problems

/// Splitting rules from the twentieth round of held-out sets, each on a set written here.
@Suite("Segmenter: twentieth-round families")
struct SegmenterTwentiethRoundTests {
    /// "1. 2-D pooling by hand." opens a problem like "1. Pooling by hand." does.
    @Test func aNumberedTitleMayOpenWithADimension() {
        let document = GeneratedSetTests.document("sheet.txt", """
            Homework 5

            1. 2-D pooling by hand. An image patch is given below.
            (a) Apply max pooling.
            (b) Apply average pooling.
            2. 3D shapes. A volume has 4 channels.
            (a) Give the output shape.
            3. Losses. Logits are given.
            (a) Compute the loss.
            """)
        #expect(document.problems.map(\.id) == ["1", "2", "3"])
        #expect(document.problems.map { $0.parts.count } == [2, 1, 1])
    }

    /// Capital-lettered options on one line stay the question's text, whatever footer follows
    /// the last question.
    @Test func inlineOptionsBeforeAFooterAreNoParts() {
        let document = GeneratedSetTests.document("set.md", """
            ## Question 1

            a) How many ways are there?

            b) How many pairs are there?

            ## Question 2

            In how many ways can the 9 players be split into three **unlabelled** teams?

            (A) 1680  (B) 280  (C) 84  (D) 560

            ---

            *Honour code: you may discuss ideas, but write up your own solutions.*
            """)
        #expect(document.problems.map(\.id) == ["1", "2"])
        #expect(document.problems.last?.parts.isEmpty == true, "\(String(describing: document.problems.last?.parts.map(\.id)))")
        #expect(document.problems.last?.options.map(\.label) == ["A", "B", "C", "D"])
    }
}
