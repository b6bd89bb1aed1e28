import Solve
import TestSupport
import Testing

/// The sample problem set, read from its LaTeX source, recognized without a key.
@Suite("Sample recognition")
struct SampleRecognitionTests {
    /// The verified answers; `nil` marks the parts only an answer key can give.
    static let expected: [String: Answer?] = [
        "1a": .matrix([[1, 7], [4, 2]]),
        "1b": .matrix([[2, 3], [0, 2]]),
        "1c": .vector([2, -1, 1]),
        "2a": .vector([1, 2, 3, 4, 1, -2, -1]),
        "2b": .matrix([[1, 2, 0], [2, 4, 4], [-3, 2, 8]]),
        "2c": .integer(16),
        "3a": .matrix([[6, 5], [7, 8]]),
        "3b": .matrix([[3.5, 2], [3.5, 4.75]]),
        "3c": .shape(dimensions: [14, 14, 32], layout: "HWC"),
        "3d": .integer(10),
        "4a": .integer(73856),
        "4b": .integer(8960),
        "4c": .integer(4097000),
        "4d": .integer(256),
        "4e": .integer(256),
        "5a": .integer(5),
        "5b": .integer(4),
        "5c": .integer(1),
        "5d": .integer(2),
        "5e": nil,
        "5f": .integer(0),
        "6a": .real(RealValue(1.25, exact: "5/4")),
        "6b": .real(RealValue(2, exact: "2")),
        "6c": .integer(100),
        "6d": nil,
    ]

    static let keyed: [String: Answer] = ["5e": .text("C, H, W"), "6d": .choice("B")]

    @Test func splitsIntoTheSampleParts() throws {
        let parts = try SampleParts.load()
        #expect(parts.map(\.id) == Self.expected.keys.sorted())
        let part = try #require(parts.first { $0.id == "3b" })
        #expect(part.context.contains("P = [1 3 2 0;"))
        #expect(part.context.contains("(a) Apply 2 × 2 max pooling"))
        #expect(part.title == "Problem 3: Pooling and Output Shapes")
    }

    @Test func recognizesTheComputableParts() throws {
        let parts = try SampleParts.load()
        let computable = parts.filter { (Self.expected[$0.id] ?? nil) != nil }
        var recognized = 0
        for part in parts {
            let recognition = Recognizer().recognize(part)
            guard let answer = recognition.recognized else { continue }
            if let expected = Self.expected[part.id] ?? nil {
                recognized += 1
                #expect(answer.answer == expected, "\(part.id): \(answer.solver) gave \(answer.answer)")
            } else if let keyed = Self.keyed[part.id] {
                // A key-only part that is recognized anyway must still be right.
                #expect(AnswerResolver.agree(answer.answer, keyed), "\(part.id): \(answer.answer)")
            }
        }
        #expect(Double(recognized) >= 0.9 * Double(computable.count), "\(recognized) of \(computable.count)")
    }

    @Test func familiesOfTheSample() throws {
        let families = Dictionary(uniqueKeysWithValues: try SampleParts.load().map { ($0.id, Recognizer().recognize($0).recognized?.family) })
        #expect(families["1c"] == .kernelRecovery)
        #expect(families["2a"] == .transposedConvolution)
        #expect(families["2c"] == .outputShape)
        #expect(families["3d"] == .receptiveField)
        #expect(families["4e"] == .parameterCount)
        #expect(families["5f"] == .meanNormalizationGradient)
        #expect(families["6d"] == .some(nil))
    }

    @Test func keyAndRecognitionTogetherAnswerEveryPart() throws {
        let key = try AnswerKey.load(path: Fixtures.path("samples/cnn-basics/key.yaml"))
        let resolved = AnswerResolver.resolve(parts: try SampleParts.load(), key: key)
        #expect(resolved.allSatisfy { $0.hasAnswer })
        #expect(resolved.allSatisfy { $0.disagreement == nil })
        for item in resolved {
            let expected = (Self.expected[item.partID] ?? nil) ?? Self.keyed[item.partID]
            #expect(item.answer == expected, "\(item.partID)")
        }
        #expect(resolved.filter { $0.source == .key }.map(\.partID) == ["5e", "6d"])
    }
}
