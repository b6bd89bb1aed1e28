import Testing
@testable import Problems

@Suite("MathValueExtractor")
struct MathValueExtractorTests {
    private func values(_ text: String) -> [MathValue] { MathValueExtractor.values(in: text) }

    @Test("numbers in their written forms")
    func numbers() {
        #expect(values("12,800") == [.number(12800, text: "12,800")])
        #expect(values("a = −3") == [.number(-3, text: "−3")])
        #expect(values("a = -3, b = 0.5") == [.number(-3, text: "-3"), .number(0.5, text: "0.5")])
        #expect(values("lr 1e-3 or 2.5E+2") == [.number(0.001, text: "1e-3"), .number(250, text: "2.5E+2")])
        #expect(values("p = .25") == [.number(0.25, text: ".25")])
        #expect(values("1,000,000 units, 3 layers") == [.number(1_000_000, text: "1,000,000"), .number(3, text: "3")])
        #expect(values("the answer is 7.") == [.number(7, text: "7")])
        #expect(values("OCR reads x = (1,2,—1)") == [.vector([1, 2, -1], text: "(1,2,—1)")])
    }

    @Test("numbers in prose are extracted, labels and references are not")
    func prose() {
        #expect(values("Use stride 2 and padding 1.") == [.number(2, text: "2"), .number(1, text: "1")])
        #expect(values("As in Problem 2 and part 3, see Eq. 4 on page 5.").isEmpty)
        #expect(values("Due Fall 2024, or in 2024") == [.number(2024, text: "2024")])
        #expect(values("the 1st and 2nd layers").isEmpty)
        #expect(values("by equation (3), and (4)").isEmpty)
    }

    @Test("subscripts, exponents and glued identifiers are skipped")
    func scripts() {
        #expect(values("x_1 + x_{i+u-1} + w2 + Y ∈ ℝ^{2×2} + e^{-1} + x^2").isEmpty)
        #expect(values("a 3×3 kernel, a 5x5 one") == [3, 3, 5, 5].map { .number($0, text: "\(Int($0))") })
        #expect(values("(3 − 1)·2 + k-1") == [.number(3, text: "3"), .number(1, text: "1"), .number(2, text: "2"),
                                              .number(1, text: "1")])
    }

    @Test("vectors")
    func vectors() {
        #expect(values("[2, −1, 5]") == [.vector([2, -1, 5], text: "[2, −1, 5]")])
        #expect(values("x = (4, -1, 0).") == [.vector([4, -1, 0], text: "(4, -1, 0)")])
        #expect(values("x = (1, 2, 0, 3, 1)ᵀ and y = [1 2 3]^T") == [
            .vector([1, 2, 0, 3, 1], text: "(1, 2, 0, 3, 1)ᵀ"), .vector([1, 2, 3], text: "[1 2 3]^T"),
        ])
        #expect(values("points (0, 1.5), (2, -3)") == [
            .vector([0, 1.5], text: "(0, 1.5)"), .vector([2, -3], text: "(2, -3)"),
        ])
    }

    @Test("matrices in canonical form and as nested lists")
    func matrices() {
        #expect(values("X = [1 2 0 1; 0 1 3 2]") == [.matrix([[1, 2, 0, 1], [0, 1, 3, 2]], text: "[1 2 0 1; 0 1 3 2]")])
        #expect(values("[[1, 2], [3, 4]]") == [.matrix([[1, 2], [3, 4]], text: "[[1, 2], [3, 4]]")])
        #expect(values("y = [0; 7; −2]") == [.matrix([[0], [7], [-2]], text: "[0; 7; −2]")])
        #expect(values("K = [1 0 −1; 2 1 0; 0 −1 1]ᵀ") == [
            .matrix([[1, 0, -1], [2, 1, 0], [0, -1, 1]], text: "[1 0 −1; 2 1 0; 0 −1 1]ᵀ")
        ])
    }

    @Test("malformed brackets fall back to their numbers")
    func malformed() {
        #expect(values("[0, 1)") == [.number(0, text: "0"), .number(1, text: "1")])
        #expect(values("[1 2; 3]") == [.number(1, text: "1"), .number(2, text: "2"), .number(3, text: "3")])
        #expect(values("[[1, 2], [3]]") == [.vector([1, 2], text: "[1, 2]"), .number(3, text: "3")])
        #expect(values("[5]") == [.number(5, text: "5")])
        #expect(values("(w_1, w_2)").isEmpty)
        #expect(values("[]()[,](1,)") == [.number(1, text: "1")])
    }

    @Test("order of appearance and determinism")
    func order() {
        let text = "Let x = (1, 2) with stride 3 and W = [1 0; 0 1], then 4."
        let expected: [MathValue] = [
            .vector([1, 2], text: "(1, 2)"), .number(3, text: "3"), .matrix([[1, 0], [0, 1]], text: "[1 0; 0 1]"),
            .number(4, text: "4"),
        ]
        #expect(values(text) == expected)
        #expect(values(text) == values(text))
    }

    @Test("overflowing numbers are dropped, not infinite")
    func overflow() {
        #expect(values("1e999").isEmpty)
        let long = String(repeating: "9", count: 400)
        #expect(values(long).allSatisfy { ($0.number ?? 0).isFinite })
        #expect(values("[\(long), 1]").isEmpty || values("[\(long), 1]").allSatisfy { $0.text.count > 0 })
    }
}
