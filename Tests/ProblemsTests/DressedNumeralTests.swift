import Testing
@testable import Problems

/// After part (h), an "i." dressed otherwise than the letters opens roman sub-parts; an "(i)"
/// dressed like them is part (i).
@Suite("Segmenter: a numeral dressed otherwise than the letters")
struct DressedNumeralTests {
    /// Problem 2's parts (a) to (f).
    static let firstParts = (["Problem 2"] + zip("abcdef", ["sum", "product", "range", "mode", "count", "maximum"]).map { "(\($0)) Compute the \($1)." })
        .joined(separator: "\n") + "\n"

    @Test func anIWithADotUnderLetterPartsInBracketsIsASubPart() {
        let set = ProblemSegmenter.segment(Self.firstParts + """
            (g) Compute the mean.
            (h) Consider the layer nn.GRU(10, 20).
            i. How many weights does it have?
            ii. How many biases?
            (i) Compute the variance.
            """)
        #expect(set.partIDs.suffix(5) == ["2g", "2h", "2h.i", "2h.ii", "2i"])
    }

    @Test func anIDressedLikeTheLettersIsTheNextLetter() {
        let set = ProblemSegmenter.segment(Self.firstParts + """
            (g) Compute the mean.
            (h) Compute the median.
            (i) Compute the variance.
            """)
        #expect(set.partIDs.suffix(3) == ["2g", "2h", "2i"])
    }
}
