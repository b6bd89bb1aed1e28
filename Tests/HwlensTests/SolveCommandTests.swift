import Foundation
import TestSupport
import Testing

@Suite("hwlens solve, end to end")
struct SolveCommandTests {
    nonisolated(unsafe) static let expected: [String: Any] = [
        "1a": [[1, 7], [4, 2]], "1b": [[2, 3], [0, 2]], "1c": [2, -1, 1], "2a": [1, 2, 3, 4, 1, -2, -1],
        "2b": [[1, 2, 0], [2, 4, 4], [-3, 2, 8]], "2c": 16, "3a": [[6, 5], [7, 8]], "3b": [[3.5, 2], [3.5, 4.75]],
        "3c": [14, 14, 32], "3d": 10, "4a": 73856, "4b": 8960, "4c": 4_097_000, "4d": 256, "4e": 256, "5a": 5, "5b": 4,
        "5c": 1, "5d": 2, "5e": "C, H, W", "5f": 0, "6a": 1.25, "6b": 2, "6c": 100, "6d": "B",
    ]

    static func parts(_ arguments: [String]) throws -> [[String: Any]] {
        let result = try CommandRunner.run(["solve", "--format", "json"] + arguments)
        #expect(result.status == 0, "\(result.stderr)")
        let object = try #require(try JSONSerialization.jsonObject(with: result.stdoutData) as? [String: Any])
        return try #require(object["parts"] as? [[String: Any]])
    }

    static func same(_ a: Any?, _ b: Any?) -> Bool {
        switch (a, b) {
        case (let x as [Any], let y as [Any]): return x.count == y.count && zip(x, y).allSatisfy { same($0, $1) }
        case (let x as NSNumber, let y as NSNumber): return abs(x.doubleValue - y.doubleValue) < 1e-9
        case (let x as String, let y as String): return x == y
        default: return false
        }
    }

    /// Every part of the sample gets its answer: all computable ones by recognition, without a
    /// key, from the source and from the PDF's cleaned text layer alike.
    @Test(arguments: ["samples/cnn-basics/homework.tex", "samples/cnn-basics/homework.pdf"])
    func sampleWithoutAKey(file: String) throws {
        let parts = try Self.parts([file])
        #expect(parts.count == 25)
        var recognized = 0
        for part in parts {
            let id = try #require(part["id"] as? String)
            guard let answer = part["answer"] as? [String: Any] else {
                #expect(id == "6d", "only the multiple choice needs the key, not \(id)")
                continue
            }
            recognized += 1
            #expect(part["source"] as? String == "recognition")
            #expect(Self.same(answer["value"], Self.expected[id]), "\(id): \(answer)")
        }
        #expect(recognized == 24)
    }

    @Test func theKeyFillsTheRestAndWins() throws {
        let parts = try Self.parts(["--key", "samples/cnn-basics/key.yaml", "samples/cnn-basics/homework.tex"])
        let choice = try #require(parts.first { $0["id"] as? String == "6d" })
        #expect(choice["source"] as? String == "key")
        #expect(Self.same((choice["answer"] as? [String: Any])?["value"], "B"))
        #expect(parts.allSatisfy { $0["answer"] != nil })
        #expect(parts.allSatisfy { $0["disagreement"] == nil })
    }

    @Test func disagreementIsReported() throws {
        let folder = Fixtures.temporaryFolder()
        let key = folder.appendingPathComponent("key.yaml").path
        try Data("parts:\n  4a: { answer: 73728 }\n".utf8).write(to: URL(fileURLWithPath: key))
        let parts = try Self.parts(["--key", key, "samples/cnn-basics/homework.tex"])
        let part = try #require(parts.first { $0["id"] as? String == "4a" })
        #expect(part["source"] as? String == "key")
        #expect((part["disagreement"] as? String)?.isEmpty == false)
    }

    @Test func badKeyIsOneLine() throws {
        let folder = Fixtures.temporaryFolder()
        let key = folder.appendingPathComponent("key.yaml").path
        try Data("parts:\n  2b: { solve: nonsense }\n".utf8).write(to: URL(fileURLWithPath: key))
        let result = try CommandRunner.run(["solve", "--key", key, "samples/cnn-basics/homework.tex"])
        #expect(result.status == 1)
        #expect(result.stderr.hasPrefix("hwlens: error: \(key): part 2b: "))
        #expect(result.stderr.split(separator: "\n").count == 1)
    }
}
