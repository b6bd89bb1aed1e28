import Foundation
import Ingest
import Testing

@Suite("Math rebuilt from the PDF layout")
struct LayoutRebuilderTests {
    static let pages: [CleanedPage] = {
        let document = try! PDFDocument(path: Fixtures.sample)
        return (1...document.pageCount).map { LayoutRebuilder.rebuild(try! document.page($0).textLayer()) }
    }()
    static var text: String { pages.map(\.text).joined(separator: "\n") }

    @Test(arguments: [
        // Scripts from baseline shift and size.
        "Y_{ij} = ∑_{u=1}^3",
        "L_{out} = (L_{in} − 1) s − 2p + k",
        "k^2C_{in}C_{out} + C_{out}",
        // A display sum with limits and a fraction, and the glyph pass-through undone.
        "µ_B = 1/m∑_{i=1}^m x_i, σ_B^2 = 1/m∑_{i=1}^m (x_i − µ_B)^2",
        // Matrices from rows between big delimiters.
        "X = [1 2; 3 4], W = [1 0; −1 2]",
        "X = [1 2 0 1; 0 1 3 2; 2 1 0 1; 1 0 2 3], K = [1 0 −1; 2 1 0; 0 −1 1].",
        "P = [1 3 2 0; 4 6 1 5; 7 2 8 3; 0 5 4 4]",
        // A column vector whose bracket pieces leave gaps between their boxes.
        "y = [0; 7; −2].",
    ])
    func rebuildsConstruct(_ expected: String) {
        #expect(Self.text.contains(expected), "missing: \(expected)")
    }

    @Test func proseIsUntouched() {
        #expect(Self.text.contains("CS 487 Homework 3: Convolutional Networks"))
        #expect(Self.text.contains("Nothing: the dropout layer is the identity function."))
        #expect(Self.text.contains("(a) Compute the output Y ∈ R^{2×2} for stride 1 and no padding."))
    }

    @Test func repairsAreCounted() {
        var total: [String: Int] = [:]
        for page in Self.pages { total.merge(page.repairs, uniquingKeysWith: +) }
        #expect(total[LayoutRepair.glyphPassThrough, default: 0] >= 9)
        #expect(total[LayoutRepair.script, default: 0] >= 50)
        #expect(total[LayoutRepair.fraction, default: 0] >= 2)
        #expect(total[LayoutRepair.matrix, default: 0] >= 3)
        #expect(total[LayoutRepair.operatorLimits, default: 0] >= 2)
        // The sample's nine big operators (∑, ∏, ∫) are back from their pass-through letters.
        #expect(Self.text.filter { "∑∏∫".contains($0) }.count >= 9)
    }

    @Test func generatedPDFWithoutMathIsUnchanged() throws {
        let layer = TextLayer(
            page: 1, size: PageSize(width: 612, height: 792), scalars: Array("Plain words here".unicodeScalars),
            boxes: (0..<16).map { Box(x: 72 + Double($0) * 6, y: 100, width: 6, height: 10) },
            fontSpans: [.init(start: 0, end: 15, fontName: "CMR10", fontSize: 10)])
        #expect(LayoutRebuilder.rebuild(layer).text == "Plain words here")
    }
}

@Suite struct CanonicalSpacingTests {
    @Test(arguments: [
        ("x=1", "x = 1"),
        ("a+b−c", "a + b − c"),
        ("−2", "−2"),
        ("(−1,2)", "(−1, 2)"),
        ("y=−x", "y = −x"),
        ("f(x)", "f(x)"),
        ("a×b", "a × b"),
    ])
    func spacing(_ input: String, _ expected: String) {
        #expect(CanonicalSpacing.apply(input) == expected)
    }

    @Test(arguments: [("1", true), ("m", true), ("x_i", true), ("σ_{B}^2", true), ("(a+b)", true), ("√(x+1)", true), ("∂L", false), ("a+b", false), ("12", true)])
    func atomic(_ text: String, _ expected: Bool) {
        #expect(CanonicalSpacing.isAtomic(text) == expected)
    }
}
