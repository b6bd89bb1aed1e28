import Files
import Foundation
import Ingest
import TestSupport
import Testing

@Suite("Text layer of the cnn-basics sample")
struct SampleTextLayerTests {
    let extraction: PDFExtraction

    init() async throws {
        extraction = try await TextLayerReader.read(PDFFile(path: Fixtures.samplePDF), jobs: 2)
    }

    @Test func readsEveryPage() {
        #expect(extraction.pageCount == 4)
        #expect(extraction.pages.map(\.page) == [1, 2, 3, 4])
        #expect(extraction.pages.allSatisfy { $0.size == PageSize(width: 612, height: 792) })
    }

    @Test(arguments: [
        "CS 487 Homework 3: Convolutional Networks",
        "the kernel is not flipped",
        "Overlapping contributions are summed.",
        "Count every trainable weight and bias unless the part asks otherwise.",
        "Nothing: the dropout layer is the identity function.",
    ])
    func containsProse(_ phrase: String) {
        #expect(extraction.text.contains(phrase))
    }

    @Test func proseWordsAreNotMath() throws {
        let word = try #require(extraction.pages[0].words.first { $0.text == "Throughout" })
        #expect(word.font == "CMR10")
        #expect(!word.math)
        #expect(abs(word.size - 10.91) < 0.01)
    }

    @Test func formulaWordsCarryTheMathFlagAndFont() throws {
        let page3 = extraction.pages[2]
        // μ_B pastes as MICRO SIGN + B, set in CMMI10.
        let mu = try #require(page3.words.first { $0.text == "\u{00B5}B" })
        #expect(mu.math)
        #expect(mu.font == "CMMI10")
        let reals = try #require(extraction.pages[0].words.first { $0.text == "R4×4" })
        #expect(reals.math)
        #expect(page3.fonts.contains("CMEX10"))
        #expect(extraction.pages[0].fonts.contains("MSBM10"))
    }

    /// The glyph pass-through this tool exists to measure: CMEX10 has no Unicode for its
    /// sums, so an inline Σ reads as `P` and a display Σ as `X`, inside a formula run.
    @Test(arguments: ["P", "X"])
    func sumIsAPassThroughLetterInAFormulaRun(letter: String) throws {
        var found = 0
        for page in extraction.pages {
            for (index, glyph) in page.glyphs.enumerated()
            where String(glyph.scalar) == letter && page.fonts[Int(glyph.font)] == "CMEX10" {
                let run = page.formulaRuns.first { $0.start <= index && index < $0.end }
                #expect(run != nil, "glyph \(letter) at \(index) on page \(page.page) is in no formula run")
                #expect(run?.fonts.contains("CMEX10") == true)
                found += 1
            }
        }
        #expect(found >= 2)
    }

    @Test func wordsLinesAndRunsIndexTheText() {
        for page in extraction.pages {
            let scalars = Array(page.text.unicodeScalars)
            #expect(scalars.count == page.glyphs.count)
            for word in page.words {
                var view = String.UnicodeScalarView()
                view.append(contentsOf: scalars[word.start..<word.end])
                #expect(String(view) == word.text)
                #expect(page.lines[word.line].start <= word.start && word.end <= page.lines[word.line].end)
                #expect(word.box.x >= 0 && word.box.maxX <= page.size.width)
                #expect(word.box.y >= 0 && word.box.maxY <= page.size.height)
            }
            for run in page.formulaRuns {
                #expect(run.start < run.end)
                #expect(!run.fonts.isEmpty)
                #expect(run.fonts.allSatisfy(MathFont.isMath))
            }
        }
    }

    @Test func proseSentenceIsNotAFormula() throws {
        let page = extraction.pages[0]
        let text = Array(page.text.unicodeScalars)
        let phrase = Array("the kernel is not flipped".unicodeScalars)
        let start = try #require((0...(text.count - phrase.count)).first { Array(text[$0..<($0 + phrase.count)]) == phrase })
        #expect(!page.formulaRuns.contains { $0.start < start + phrase.count && start < $0.end })
    }

    @Test func parallelAndSerialReadsAgree() async throws {
        let serial = try await TextLayerReader.read(PDFFile(path: Fixtures.samplePDF), jobs: 1)
        #expect(serial.jsonBytes() == extraction.jsonBytes())
    }

    @Test func pageSelectionReadsOnlyThosePages() async throws {
        let some = try await TextLayerReader.read(
            PDFFile(path: Fixtures.samplePDF), pages: PageSelection(parsing: "3,1"), jobs: 2)
        #expect(some.pages.map(\.page) == [3, 1])
        #expect(some.pageCount == 4)
    }

    @Test func fastJSONMatchesJSONEncoderAndDecodes() throws {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys, .withoutEscapingSlashes]
        let reference = try encoder.encode(extraction)
        #expect([UInt8](reference) == extraction.jsonBytes())
        let decoded = try JSONDecoder().decode(PDFExtraction.self, from: reference)
        #expect(decoded.pages.map(\.text) == extraction.pages.map(\.text))
        #expect(decoded.pages[2].words == extraction.pages[2].words.map { word in
            var rounded = word
            rounded.size = (word.size * 100).rounded() / 100
            rounded.box = Box(
                x: (word.box.x * 100).rounded() / 100, y: (word.box.y * 100).rounded() / 100,
                width: (word.box.width * 100).rounded() / 100, height: (word.box.height * 100).rounded() / 100)
            return rounded
        })
    }
}
