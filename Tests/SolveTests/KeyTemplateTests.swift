import Problems
import Solve
import Source
import Testing

/// `solve --key-template`: computed answers in the key's format and a TODO per other part;
/// filled in, the template is a key that answers every part.
@Suite("Key template")
struct KeyTemplateTests {
    static let set = """
        Problem 1: Layers
        Count the parameters of each module.
        (a) nn.Linear(10, 4)
        (b) Which layer has no parameters? Choose one.
        (A) nn.ReLU() (B) nn.Linear(2, 2)
        (c) Explain why a bias helps.
        Problem 2
        A fair die is rolled twice; find the probability that both show six.
        """

    @Test func filledInItIsAKeyForEveryPart() throws {
        let document = ProblemDocument(source: SourceReader.plain(Self.set, path: "hw.txt"))
        let resolved = AnswerResolver.resolve(parts: document.partStatements, key: nil)
        let report = SolveReport(file: "hw.txt", key: nil, resolved: resolved)
        let template = KeyTemplateFormatter.format(report, kinds: document.unitKinds)
        #expect(template.contains("\"1a\": { answer: 44 }"))
        #expect(template.contains("# \"1b\": { choice: TODO }"))
        #expect(template.contains("# \"1c\": { text: TODO }"))
        #expect(template.contains("# \"2\": { answer: TODO }"))
        // As written, it is already a key (the TODOs are comments).
        #expect(try AnswerKey.parse(template).answers.keys.sorted() == ["1a"])
        let filled = template
            .replacingOccurrences(of: "# \"1b\": { choice: TODO }", with: "\"1b\": { choice: A }")
            .replacingOccurrences(of: "# \"1c\": { text: TODO }", with: "\"1c\": { text: \"it shifts the activation\" }")
            .replacingOccurrences(of: "# \"2\": { answer: TODO }", with: "\"2\": { answer: 1/36 }")
        let key = try AnswerKey.parse(filled)
        #expect(key.answers.keys.sorted() == ["1a", "1b", "1c", "2"])
        let keyed = AnswerResolver.resolve(parts: document.partStatements, key: key)
        #expect(keyed.allSatisfy { $0.answer != nil })
        #expect(keyed.allSatisfy { $0.disagreement == nil })
    }
}
