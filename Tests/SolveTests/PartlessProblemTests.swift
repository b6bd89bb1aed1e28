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
