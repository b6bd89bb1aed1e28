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

    /// "1. 1-D convolution with stride 2 halves the length." in a part's list of statements is a
    /// list item, not a problem.
    @Test func aDimensionOpeningASentenceInAListIsNoHeader() {
        let document = GeneratedSetTests.document("hw.txt", """
            DL Homework 2

            1. Convolution by hand (8 points)

            Let x = (1, 2, 3, 4) and w = (1, 0, -1).

            (a) Compute the cross-correlation of x with w.

            (b) Which of the following statements are true?
            1. 1-D convolution with stride 2 halves the length.
            2. 2-D convolution with a 1 × 1 kernel changes the spatial size.
            3. 3-D convolution is used for video.

            (c) Compute the cross-correlation of x with w using stride 2.
            """)
        #expect(document.problems.map(\.id) == ["1"])
        #expect(document.problems.first?.parts.map(\.id) == ["1a", "1b", "1c"])
    }

    /// "(c) … the layer of" then "(a) feeds into …": a reference a pasted line wrapped to a line
    /// start carries its sentence on; it does not make the labels above it a table's rows.
    @Test func aWrappedReferenceToAnEarlierPartIsNoSecondLabel() {
        let document = GeneratedSetTests.document("pasted.txt", """
            Problem 2: Counting (20 points)
            A layer maps 8 channels to 16 channels with a 5 × 5 kernel.
            (a) (4 pts) How many weights does it have?
            (b) (4 pts) The layer is made a grouped convolution with 4 groups. How many
            biases does it have?
            (c) (6 pts) How many outputs per position does the layer of
            (a) produce for one input?
            (d) (6 pts) Explain why biases are cheap.
            """)
        #expect(document.problems.first?.parts.map(\.id) == ["2a", "2b", "2c", "2d"])
    }
}
