import Files
import Ingest
import Testing

/// Formula runs on hand-made glyph streams: one scalar, box and font per character.
@Suite struct FormulaRunTests {
    /// Lays out `lines` one under the other; characters inside `[…]` are set in CMMI10,
    /// others in CMR10.
    static func layer(_ lines: [String], lineGap: Double = 14) -> TextLayer {
        var scalars: [Unicode.Scalar] = []
        var boxes: [Box] = []
        var spans: [TextLayer.FontSpan] = []
        for (row, line) in lines.enumerated() {
            var math = false
            var column = 0
            for scalar in line.unicodeScalars {
                if scalar == "[" { math = true; continue }
                if scalar == "]" { math = false; continue }
                let index = scalars.count
                scalars.append(scalar)
                boxes.append(Box(x: 72 + Double(column) * 6, y: 100 + Double(row) * lineGap, width: 6, height: 10))
                if scalar != " " {
                    spans.append(.init(start: index, end: index, fontName: math ? "CMMI10" : "CMR10", fontSize: 10))
                }
                column += 1
            }
            if row < lines.count - 1 {
                scalars.append("\n")
                boxes.append(Box(x: 72 + Double(column) * 6, y: 100 + Double(row) * lineGap, width: 0, height: 10))
            }
        }
        return TextLayer(page: 1, size: PageSize(width: 612, height: 792), scalars: scalars, boxes: boxes, fontSpans: spans)
    }

    @Test func takesInOperatorsAndDigitsButNotProse() {
        let layer = Self.layer(["Let [x] = 2 and [y] + 1 be given."])
        #expect(layer.formulaRuns.map(\.text) == ["x = 2", "y + 1"])
        #expect(layer.formulaRuns.allSatisfy { $0.fonts == ["CMMI10"] })
    }

    @Test func leavesOutSentencePunctuation() {
        let layer = Self.layer(["so that [w] = 3."])
        #expect(layer.formulaRuns.map(\.text) == ["w = 3"])
    }

    @Test func digitsAloneAreNotAFormula() {
        let layer = Self.layer(["Problem 3: stride 2 and 4 + 4 = 8"])
        #expect(layer.formulaRuns.isEmpty)
    }

    @Test func joinsStackedLinesOfOneFormula() {
        let layer = Self.layer(["[∂L]", "[∂x]", "[i]"])
        let run = layer.formulaRuns.first
        #expect(layer.formulaRuns.count == 1)
        #expect(run?.text == "∂L\n∂x\ni")
        #expect(run?.boxes.count == 3)
        #expect(run?.box == Box(x: 72, y: 100, width: 12, height: 38))
    }

    @Test func dropsFarAwayLinesWithoutMath() {
        // A page number far below a formula shares its segment but is not part of it.
        let layer = Self.layer(["[a]", "12"], lineGap: 600)
        #expect(layer.formulaRuns.map(\.text) == ["a"])
        let near = Self.layer(["7", "[a] + 1"])
        #expect(near.formulaRuns.map(\.text) == ["a + 1"])
    }

    @Test func wordsTakeTheirMainFontAndMathFlag() {
        let layer = Self.layer(["[x]1 ab"])
        #expect(layer.words.map(\.text) == ["x1", "ab"])
        #expect(layer.words.map(\.math) == [true, false])
        #expect(layer.words.map(\.font) == ["CMMI10", "CMR10"])
    }
}

@Suite struct MathFontTests {
    @Test(arguments: ["CMMI10", "CMSY7", "CMEX10", "MSBM10", "ABCDEF+CMMI8", "LMMathItalic10-Regular",
        "STIXTwoMath-Regular", "Cambria Math", "MathJax_Main-Math", "KaTeX_Size2-Regular", "Symbol", "TeXGyreTermesMath-Regular"])
    func math(_ name: String) {
        #expect(MathFont.isMath(name))
    }

    @Test(arguments: ["CMR10", "CMBX12", "ABCDEF+CMTI10", "Times-Roman", "DejaVuSans", "TeXGyreTermes-Regular", "LMRoman10-Regular"])
    func notMath(_ name: String) {
        #expect(!MathFont.isMath(name))
    }
}
