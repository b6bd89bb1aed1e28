import Foundation
import TestSupport
import Testing
@testable import Problems

/// Random slices, shuffles and noise never crash, and results stay well-formed.
@Suite("Segmenter: fuzz")
struct SegmenterFuzzTests {
    static let alphabet = Array(
        "abcihvxABPQ0123456789 ()[]{};:,.-−–—*_#^ᵀ⊤e+=/\\|•\n\n\t ProblemPartQuestion(a)(ii)a)1.**##ℝ∑é\u{301}\u{0}\r\u{C}")

    /// Checks the invariants of a segmentation of `text`.
    static func check(_ text: String) throws {
        let set = ProblemSegmenter.segment(text)
        let lineCount = text.split(omittingEmptySubsequences: false, whereSeparator: \.isNewline).count
        #expect(!set.problems.isEmpty)
        let ids = set.partIDs
        #expect(Set(ids).count == ids.count)
        #expect(Set(set.problems.map(\.id)).count == set.problems.count)
        var previousEnd = 0
        for problem in set.problems {
            #expect(problem.lines.lowerBound >= previousEnd)
            #expect(problem.lines.upperBound <= max(lineCount, 1))
            previousEnd = problem.lines.upperBound
            var partEnd = problem.lines.lowerBound
            for part in problem.parts {
                #expect(part.id.hasPrefix(problem.id))
                #expect(part.lines.lowerBound >= partEnd && part.lines.upperBound <= problem.lines.upperBound)
                partEnd = part.lines.upperBound
                #expect(part.values == MathValueExtractor.values(in: part.text))
            }
        }
        _ = try JSONEncoder().encode(set)
    }

    @Test("random slices of the sample sets")
    func slices() throws {
        var rng = SplitMix(state: 487)
        for sample in SampleSets.all + [CNNSampleTests.canonical] {
            let chars = Array(sample)
            for _ in 0..<60 {
                let a = Int.random(in: 0...chars.count, using: &rng)
                let b = Int.random(in: a...chars.count, using: &rng)
                try Self.check(String(chars[a..<b]))
            }
        }
    }

    @Test("shuffled and duplicated lines")
    func shuffledLines() throws {
        var rng = SplitMix(state: 3)
        let lines = SampleSets.all.joined(separator: "\n").split(separator: "\n", omittingEmptySubsequences: false)
        for _ in 0..<100 {
            let count = Int.random(in: 0...80, using: &rng)
            let picked = (0..<count).map { _ in lines.randomElement(using: &rng) ?? "" }
            try Self.check(picked.joined(separator: "\n"))
        }
    }

    @Test("random text from a structure-heavy alphabet")
    func randomText() throws {
        var rng = SplitMix(state: 2024)
        for _ in 0..<300 {
            let length = Int.random(in: 0...400, using: &rng)
            let text = String((0..<length).map { _ in Self.alphabet.randomElement(using: &rng) ?? " " })
            try Self.check(text)
            for value in MathValueExtractor.values(in: text) {
                switch value {
                case .number(let x, _): #expect(x.isFinite)
                case .vector(let xs, _): #expect(xs.count >= 2 && xs.allSatisfy(\.isFinite))
                case .matrix(let rows, _): #expect(!rows.isEmpty && rows.allSatisfy { $0.count == rows[0].count })
                }
            }
        }
    }

    @Test("random Unicode scalars")
    func randomScalars() throws {
        var rng = SplitMix(state: 77)
        for _ in 0..<100 {
            let scalars = (0..<Int.random(in: 0...200, using: &rng)).compactMap { _ in
                Unicode.Scalar(UInt32.random(in: 0...0x2FFF, using: &rng))
            }
            var text = ""
            text.unicodeScalars.append(contentsOf: scalars)
            try Self.check(text)
        }
    }

    /// Large and pathological inputs finish with a result; their time in the input's size is
    /// measured by `make bench` (`bench/bench.py linear`), not here.
    @Test("large inputs are segmented")
    func largeInput() throws {
        let big = Array(repeating: SampleSets.pastedPDF, count: 400).joined(separator: "\n")
        try Self.check(big)
        let one = ProblemSegmenter.segment(SampleSets.pastedPDF)
        #expect(ProblemSegmenter.segment(big).problems.count >= one.problems.count)
        var rng = SplitMix(state: 1)
        let alphabet = Array("[]( 1,2;-.e{^")
        let line = String((0..<100_000).map { _ in alphabet.randomElement(using: &rng) ?? " " })
        #expect(ProblemSegmenter.segment(line).problems.count <= 1)
        let blank = "7\n" + String(repeating: "\n", count: 50_000) + "(a) x"
        #expect(ProblemSegmenter.segment(blank).partIDs == ["1a"])
    }
}
