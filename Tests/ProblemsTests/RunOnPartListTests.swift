import Testing
@testable import Problems

/// Parts listed one per line as noun phrases after a lead-in ("use it to find:"), each ending
/// in a comma as the items of one sentence do.
@Suite("Segmenter: a list of parts that runs on")
struct RunOnPartListTests {
    @Test func eachLineOfTheListIsAPart() {
        let set = ProblemSegmenter.segment("""
            Question 3 (6 points)

            Let q(s, t) = s*t^2 at s = 2, t = 3. Using the graph, find:

              a) the value of q,
              b) dq/ds,
              c) dq/dt.

            Question 4 (2 points)

            Explain the chain rule.
            """)
        #expect(set.partIDs == ["3a", "3b", "3c"])
        #expect(set.part("3b")?.text == "dq/ds,")
    }

    @Test func aProblemsOwnSentenceRunningOnIntoALetterOpensNoPart() {
        // The line before "b)" is the statement's, not a part's: the sentence runs on.
        let set = ProblemSegmenter.segment("""
            Problem 1
            Take the vectors u and v in the plane and consider,
            b) the projection of u onto v, as in the notes.
            a) Compute the projection.
            """)
        #expect(!set.partIDs.contains("1b"))
    }
}
