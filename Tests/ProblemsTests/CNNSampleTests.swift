import Foundation
import TestSupport
import Testing
@testable import Problems

/// The first two problems of samples/cnn-basics/homework.tex, rendered by hand the way a
/// LaTeX-to-text converter renders them: section titles on their own lines, display math on
/// its own lines with matrices in hwlens' canonical form, enumerate items as "(a)", "(b)", "(c)".
@Suite("Segmenter: cnn-basics sample")
struct CNNSampleTests {
    static let canonical = """
        CS 487 Homework 3: Convolutional Networks
        Introduction to Deep Learning    Fall Term
        Due Friday at 11:59 pm

        Instructions. This assignment has six problems worth 10 points each. Show your work for every numerical part; a correct final answer without any supporting computation receives at most half credit. Unless a problem says otherwise, all indices start at 1, all strides and paddings are the same in both spatial directions, and tensors are stored in the order height by width by channels. You may use a calculator, but please do not use a deep learning library to check your answers until after you have written them down.

        Problem 1: Cross-Correlation by Hand

        Throughout this problem, the convolution is computed as in deep learning, the kernel is not flipped: for an input X and a kernel K of size 3×3, the output entry is Y_{ij} = ∑_{u=1}^{3} ∑_{v=1}^{3} K_{uv} X_{i+u−1, j+v−1}. This is the discrete cousin of the continuous cross-correlation (f ⋆ g)(t) = ∫_{−∞}^{∞} f(τ) g(t+τ) dτ. Let X ∈ ℝ^{4×4} and K ∈ ℝ^{3×3} be

        X = [1 2 0 1; 0 1 3 2; 2 1 0 1; 1 0 2 3],    K = [1 0 −1; 2 1 0; 0 −1 1].

        (a) Compute the output Y ∈ ℝ^{2×2} for stride 1 and no padding. Write your answer as a 2×2 matrix.
        (b) Now pad X with a border of zeros of width 1 on every side and use stride 2. What is the output Y? Give both its shape and its entries.
        (c) A one-dimensional filter w = (w_1, w_2, w_3) is applied to the signal x = (1, 2, 0, 3, 1) with stride 1 and no padding, so that y_i = ∑_{j=1}^{n} w_j x_{i+j−1} with n = 3. The observed output is

            y = [0; 7; −2].

            Set up the 3×3 linear system for the unknown filter and solve it. Report the filter w as a column vector.

        Problem 2: Transposed Convolution

        A transposed convolution with stride s scatters each input element into the output: input entry x_i adds x_i w_k to output position (i−1)s + k. Overlapping contributions are summed.

        (a) Let the input be x = (1, 2, −1) and the kernel be w = (1, 2, 1). With stride s = 2 and no padding, the output has length (3−1)·2 + 3 = 7. Compute the output vector.
        (b) Compute the 3×3 output of a two-dimensional transposed convolution with stride 1 and no padding, where

            X = [1 2; 3 4],    W = [1 0; −1 2].

        (c) With padding p, the output length of a one-dimensional transposed convolution is

            L_{out} = (L_{in} − 1) s − 2p + k,

            where k is the kernel length. A decoder uses k = 4, s = 2 and p = 1 on an input of length L_{in} = 8. What is L_{out}?
        """

    @Test("hand-rendered canonical text of the first two problems")
    func canonicalIDs() {
        let set = ProblemSegmenter.segment(Self.canonical)
        #expect(set.partIDs == ["1a", "1b", "1c", "2a", "2b", "2c"])
        #expect(set.problems.map(\.title) == ["Cross-Correlation by Hand", "Transposed Convolution"])
        #expect(set.warnings.isEmpty)
        #expect(set.problems[0].text.hasPrefix("Throughout this problem"))
        #expect(set.problems[0].text.hasSuffix("K = [1 0 −1; 2 1 0; 0 −1 1]."))
    }

    @Test("values of the canonical text")
    func canonicalValues() {
        let set = ProblemSegmenter.segment(Self.canonical)
        #expect(set.part("1a")?.values == [.number(1, text: "1"), .number(2, text: "2"), .number(2, text: "2")])
        let c = set.part("1c")?.values ?? []
        #expect(c.contains(.vector([1, 2, 0, 3, 1], text: "(1, 2, 0, 3, 1)")))
        #expect(c.contains(.matrix([[0], [7], [-2]], text: "[0; 7; −2]")))
        #expect(c.contains(.number(3, text: "3")))
        let a = set.part("2a")?.values ?? []
        #expect(Array(a.prefix(2)) == [.vector([1, 2, -1], text: "(1, 2, −1)"), .vector([1, 2, 1], text: "(1, 2, 1)")])
        #expect(set.part("2b")?.values.contains(.matrix([[1, 0], [-1, 2]], text: "[1 0; −1 2]")) == true)
        let lengths = (set.part("2c")?.values ?? []).compactMap(\.number)
        #expect(lengths == [1, 2, 4, 2, 1, 8])
    }

    /// The section titles written above are the ones in the LaTeX source.
    @Test("titles match the LaTeX source")
    func titlesMatchSource() throws {
        let tex = try String(contentsOf: Self.sampleDirectory.appendingPathComponent("homework.tex"), encoding: .utf8)
        for title in ["Problem 1: Cross-Correlation by Hand", "Problem 2: Transposed Convolution"] {
            #expect(tex.contains("\\section*{\(title)}"))
            #expect(Self.canonical.contains("\n\(title)\n"))
        }
        #expect(tex.components(separatedBy: "\\item").count - 1 >= 6)
    }

    /// The real PDF's text layer (pdftotext, when installed) yields the ids of the whole sample.
    @Test("pdftotext of homework.pdf", .enabled(if: FileManager.default.isExecutableFile(atPath: "/usr/bin/pdftotext")))
    func pdfTextLayer() throws {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/usr/bin/pdftotext")
        process.arguments = [Self.sampleDirectory.appendingPathComponent("homework.pdf").path, "-"]
        let pipe = Pipe()
        process.standardOutput = pipe
        try process.run()
        let data = pipe.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        let text = String(decoding: data, as: UTF8.self)
        let set = ProblemSegmenter.segment(text)
        #expect(set.partIDs == [
            "1a", "1b", "1c", "2a", "2b", "2c", "3a", "3b", "3c", "3d", "4a", "4b", "4c", "4d", "4e",
            "5a", "5b", "5c", "5d", "5e", "5f", "6a", "6b", "6c", "6d",
        ])
        let canonical = ProblemSegmenter.segment(Self.canonical)
        #expect(Array(set.partIDs.prefix(6)) == canonical.partIDs)
        #expect(set.part("6d")?.text.contains("(B) Nothing: the dropout layer is the identity function.") == true)
    }

    static var sampleDirectory: URL {
        Fixtures.root.appendingPathComponent("samples/cnn-basics")
    }
}
