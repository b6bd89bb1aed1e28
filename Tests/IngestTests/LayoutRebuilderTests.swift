import Files
import Foundation
import Ingest
import TestSupport
import Testing

@Suite("Math rebuilt from the PDF layout")
struct LayoutRebuilderTests {
    static let pages: [CleanedPage] = {
        let document = try! PDFDocument(path: Fixtures.samplePDF)
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

/// Layout reconstructions on glyphs placed by hand: each construct alone.
@Suite("Math rebuilt from constructed layouts")
struct ConstructedLayoutTests {
    struct Placed {
        var text: Character
        var x: Double
        var y: Double
        var font: String
        var size: Double
    }

    /// A text layer from glyphs given line by line (poppler's reading order).
    static func layer(_ lines: [[Placed]]) -> TextLayer {
        var scalars: [Unicode.Scalar] = []
        var boxes: [Box] = []
        var spans: [TextLayer.FontSpan] = []
        for (index, line) in lines.enumerated() {
            for glyph in line {
                spans.append(.init(start: scalars.count, end: scalars.count, fontName: glyph.font, fontSize: glyph.size))
                scalars.append(glyph.text.unicodeScalars.first!)
                boxes.append(Box(x: glyph.x, y: glyph.y, width: 0.55 * glyph.size, height: 0.9 * glyph.size))
            }
            if index < lines.count - 1 {
                scalars.append("\n")
                boxes.append(Box(x: 0, y: 0, width: 0, height: 0))
            }
        }
        return TextLayer(page: 1, size: PageSize(width: 612, height: 792), scalars: scalars, boxes: boxes, fontSpans: spans)
    }

    @Test func subscriptFromBaselineShiftAndSize() {
        let line = [
            Placed(text: "x", x: 100, y: 100, font: "CMMI10", size: 10),
            Placed(text: "i", x: 105.5, y: 104, font: "CMMI7", size: 7),
            Placed(text: " ", x: 109, y: 100, font: "CMR10", size: 10),
            Placed(text: "+", x: 112, y: 100, font: "CMR10", size: 10),
            Placed(text: " ", x: 117, y: 100, font: "CMR10", size: 10),
            Placed(text: "y", x: 120, y: 100, font: "CMMI10", size: 10),
            Placed(text: "2", x: 125.5, y: 96, font: "CMR7", size: 7),
        ]
        let page = LayoutRebuilder.rebuild(Self.layer([line]))
        #expect(page.text == "x_i + y^2")
        #expect(page.repairs[LayoutRepair.script] == 2)
    }

    /// A small stacked fraction set after a word space belongs to no base: "[3 pts] ∂/∂w f",
    /// not "[3 pts]_{∂w}^∂ f". Stacked scripts right after a letter stay scripts.
    @Test func stackedPairAfterWordSpaceIsFraction() {
        let line = [
            Placed(text: "[", x: 96, y: 100, font: "CMR10", size: 10),
            Placed(text: "3", x: 100, y: 100, font: "CMR10", size: 10),
            Placed(text: "]", x: 105, y: 100, font: "CMR10", size: 10),
            Placed(text: " ", x: 110.5, y: 100, font: "CMR10", size: 10),
            Placed(text: "∂", x: 116, y: 95, font: "CMMI7", size: 7),
            Placed(text: "∂", x: 114.5, y: 104, font: "CMMI7", size: 7),
            Placed(text: "w", x: 118, y: 104, font: "CMMI7", size: 7),
            Placed(text: " ", x: 122, y: 100, font: "CMR10", size: 10),
            Placed(text: "f", x: 125, y: 100, font: "CMMI10", size: 10),
            Placed(text: " ", x: 131, y: 100, font: "CMR10", size: 10),
            Placed(text: "x", x: 134, y: 100, font: "CMMI10", size: 10),
            Placed(text: "i", x: 139.5, y: 104, font: "CMMI7", size: 7),
            Placed(text: "2", x: 139.5, y: 95, font: "CMR7", size: 7),
        ]
        let page = LayoutRebuilder.rebuild(Self.layer([line]))
        #expect(page.text == "[3] ∂/(∂w) f x_i^2")
        #expect(page.repairs[LayoutRepair.fraction] == 1)
    }

    @Test func displayFractionFromStackedRows() {
        let lines = [
            [Placed(text: "1", x: 100, y: 90, font: "CMR10", size: 10)],
            [Placed(text: "y", x: 70, y: 98, font: "CMMI10", size: 10), Placed(text: "=", x: 82, y: 98, font: "CMR10", size: 10)],
            [Placed(text: "m", x: 99, y: 106, font: "CMMI10", size: 10)],
        ]
        let page = LayoutRebuilder.rebuild(Self.layer(lines))
        #expect(page.text == "y = 1/m")
        #expect(page.repairs[LayoutRepair.fraction] == 1)
    }

    @Test func sumWithLimitsAndPassThroughLetter() {
        let lines = [
            [Placed(text: "n", x: 102, y: 86, font: "CMMI7", size: 7)],
            [Placed(text: "s", x: 70, y: 98, font: "CMMI10", size: 10), Placed(text: "=", x: 82, y: 98, font: "CMR10", size: 10),
             Placed(text: "X", x: 98, y: 97, font: "CMEX10", size: 10), Placed(text: "x", x: 116, y: 98, font: "CMMI10", size: 10)],
            [Placed(text: "i", x: 99, y: 110, font: "CMMI7", size: 7), Placed(text: "=", x: 101.5, y: 110, font: "CMR7", size: 7),
             Placed(text: "1", x: 104, y: 110, font: "CMR7", size: 7)],
        ]
        let page = LayoutRebuilder.rebuild(Self.layer(lines))
        #expect(page.text == "s = ∑_{i=1}^n x")
        #expect(page.repairs[LayoutRepair.glyphPassThrough] == 1)
        #expect(page.repairs[LayoutRepair.operatorLimits] == 1)
    }

    @Test func matrixBetweenBigDelimiters() {
        let lines = [
            [Placed(text: "\u{F8EE}", x: 60, y: 90, font: "CMEX10", size: 10), Placed(text: "1", x: 67, y: 90, font: "CMR10", size: 10),
             Placed(text: "2", x: 80, y: 90, font: "CMR10", size: 10), Placed(text: "\u{F8F9}", x: 90, y: 90, font: "CMEX10", size: 10)],
            [Placed(text: "\u{F8F0}", x: 60, y: 103, font: "CMEX10", size: 10), Placed(text: "3", x: 67, y: 103, font: "CMR10", size: 10),
             Placed(text: "4", x: 80, y: 103, font: "CMR10", size: 10), Placed(text: "\u{F8FB}", x: 90, y: 103, font: "CMEX10", size: 10)],
        ]
        let page = LayoutRebuilder.rebuild(Self.layer(lines))
        #expect(page.text == "[1 2; 3 4]")
        #expect(page.repairs[LayoutRepair.matrix] == 1)
    }

    /// Poppler threads a table's text-layer "lines" through its columns ("57" from the last cell
    /// of one column and the first of the next): cells are cut apart and each joins its row,
    /// however many rows the table has.
    @Test func tableCellsReadColumnByColumnRejoinTheirRows() throws {
        let document = try PDFDocument(path: Fixtures.path("Tests/Fixtures/layout/table-columns.pdf"))
        let text = LayoutRebuilder.rebuild(try document.page(1).textLayer()).text
        for row in ["1 7 2 5", "2 3 9 4", "3 6 1 8", "4 2 5 3", "5 9 4 12"] {
            #expect(text.contains("\n" + row + "\n"), "missing row \(row) in:\n\(text)")
        }
    }

    /// A table in a minipage beside a part's prose: its short rows of digits join rows of the
    /// table, never the prose lines at their height.
    @Test func tableCellsBesideProseStayInTheTable() throws {
        let document = try PDFDocument(path: Fixtures.path("Tests/Fixtures/layout/table-beside-prose.pdf"))
        let text = LayoutRebuilder.rebuild(try document.page(1).textLayer()).text
        #expect(text.contains("\nfrom 0. The initial learning rate is\n"), "\(text)")
        #expect(text.contains("\n5 13\n") || text.contains("\n5 13"), "\(text)")
    }
}
