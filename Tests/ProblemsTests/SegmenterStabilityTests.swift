import Foundation
import Testing
@testable import Problems

@Suite("Segmenter: stability and fallbacks")
struct SegmenterStabilityTests {
    @Test("clean, messy pasted and Markdown forms give the same ids")
    func sameIDsAcrossForms() {
        let clean = ProblemSegmenter.segment(SampleSets.clean)
        let messy = ProblemSegmenter.segment(SampleSets.messy)
        let markdown = ProblemSegmenter.segment(SampleSets.markdownForm)
        #expect(clean.partIDs == SampleSets.smallIDs)
        #expect(messy.partIDs == clean.partIDs)
        #expect(markdown.partIDs == clean.partIDs)
        #expect(messy.problems.map(\.title) == clean.problems.map(\.title))
        #expect(messy.part("1c")?.text == "Take a second\nstep.")
        #expect(messy.part("2a.ii")?.text == "For the\nweights.")
    }

    @Test("Windows and old Mac line endings give the same ids")
    func lineEndings() {
        let crlf = SampleSets.clean.replacingOccurrences(of: "\n", with: "\r\n")
        let cr = SampleSets.clean.replacingOccurrences(of: "\n", with: "\r")
        #expect(ProblemSegmenter.segment(crlf).partIDs == SampleSets.smallIDs)
        #expect(ProblemSegmenter.segment(cr).partIDs == SampleSets.smallIDs)
    }

    @Test("text without structure is one problem with a warning")
    func noStructure() {
        let text = """
            The quick estimate of a convolution's cost is the number of multiply-adds.
            For a 3×3 kernel over a 32×32 map that is 9 times 1,024 = 9,216.
            Nothing here is numbered.
            """
        let set = ProblemSegmenter.segment(text)
        #expect(set.problems.count == 1)
        #expect(set.problems[0].id == "1")
        #expect(set.problems[0].parts.isEmpty)
        #expect(set.problems[0].text == text)
        #expect(set.problems[0].lines == 0..<3)
        #expect(set.warnings == ["no problem structure found"])
    }

    @Test("empty and blank input")
    func emptyInput() {
        for text in ["", "\n\n  \n", "2", "Page 3 of 4"] {
            let set = ProblemSegmenter.segment(text)
            #expect(set.problems.count == 1)
            #expect(set.problems[0].parts.isEmpty)
            #expect(set.warnings == ["no problem structure found"])
        }
    }

    @Test("parts without any problem header belong to problem 1")
    func partsWithoutHeaders() {
        let set = ProblemSegmenter.segment("Let n = 5.\n(a) Compute n!.\n(b) Compute 2^n.\n")
        #expect(set.partIDs == ["1a", "1b"])
        #expect(set.problems[0].text == "Let n = 5.")
        #expect(set.warnings.count == 1)
    }

    @Test("parts before the first header are preamble when headers exist")
    func preambleParts() {
        let text = """
            Rules:
            (a) Work alone.
            (b) Cite your sources.
            Problem 1
            (a) Add 2 and 3.
            """
        let set = ProblemSegmenter.segment(text)
        #expect(set.partIDs == ["1a"])
        #expect(set.problems[0].lines == 3..<5)
    }

    @Test("a repeated header (continued) does not start a new problem")
    func continuedHeader() {
        let text = """
            Problem 1: Shapes
            (a) First.
            Problem 1 (continued)
            (b) Second.
            Problem 2
            (a) Third.
            """
        let set = ProblemSegmenter.segment(text)
        #expect(set.partIDs == ["1a", "1b", "2a"])
        #expect(set.part("1a")?.text == "First.")
    }

    @Test("problem sets encode and decode")
    func codable() throws {
        let set = ProblemSegmenter.segment(SampleSets.questions)
        let data = try JSONEncoder().encode(set)
        let decoded = try JSONDecoder().decode(ProblemSet.self, from: data)
        #expect(decoded == set)
    }
}
