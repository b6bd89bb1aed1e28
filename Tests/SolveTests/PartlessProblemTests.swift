import Problems
import Solve
import Source
import Testing

/// A problem without parts is one unit to solve: listed, answered or reported unanswered.
@Suite struct PartlessProblemTests {
    @Test func aProblemWithoutPartsIsAStatementUnderItsOwnID() {
        let document = ProblemDocument(source: SourceReader.plain("""
            Problem 1
            (a) What is 2 + 2?
            Problem 2
            A coin is flipped 3 times. How many outcomes are there?
            """))
        let statements = document.partStatements
        #expect(statements.map(\.id) == ["1a", "2"])
        #expect(statements.last?.text == "A coin is flipped 3 times. How many outcomes are there?")
        let resolved = AnswerResolver.resolve(parts: statements, key: nil)
        #expect(resolved.map(\.partID) == ["1a", "2"])
    }
}

/// Reasons that name the right family: a Bayesian question is no batch-norm variance.
@Suite struct RecognitionReasonTests {
    @Test func aPosteriorVarianceIsNoBatchVariance() {
        let document = ProblemDocument(source: SourceReader.plain("""
            Problem 1
            A coin has a Beta(2, 2) prior on its bias. We observe 7 heads in 10 flips.
            (a) What is the posterior variance of the bias?
            (b) Which of the following is the MAP estimate?
            (A) 0.6
            (B) 0.667
            """))
        let resolved = AnswerResolver.resolve(parts: document.partStatements, key: nil)
        #expect(resolved[0].answer == nil)
        #expect(resolved[0].recognition.reason?.contains("variance") == false)
        #expect(resolved[1].recognition.reason?.contains("multiple choice") == true)
    }
}
