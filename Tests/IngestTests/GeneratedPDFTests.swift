import CPoppler
import Files
import Foundation
import Ingest
import TestSupport
import Testing

/// A PDF drawn with cairo in the test: a line of text and a filled triangle with no text.
@Suite("PDF generated with cairo")
struct GeneratedPDFTests {
    static let sentence = "Hello ink detector 42"
    static let triangle = Box(x: 300, y: 400, width: 80, height: 60)

    static func makePDF() -> String {
        let path = Fixtures.temporaryFolder().appendingPathComponent("generated.pdf").path
        let surface = cairo_pdf_surface_create(path, 612, 792)
        let cr = cairo_create(surface)
        cairo_select_font_face(cr, "DejaVu Sans", CAIRO_FONT_SLANT_NORMAL, CAIRO_FONT_WEIGHT_NORMAL)
        cairo_set_font_size(cr, 14)
        cairo_move_to(cr, 72, 100)
        cairo_show_text(cr, sentence)
        cairo_move_to(cr, triangle.x, triangle.maxY)
        cairo_line_to(cr, triangle.maxX, triangle.maxY)
        cairo_line_to(cr, triangle.x + triangle.width / 2, triangle.y)
        cairo_close_path(cr)
        cairo_fill(cr)
        cairo_show_page(cr)
        cairo_destroy(cr)
        cairo_surface_finish(surface)
        cairo_surface_destroy(surface)
        return path
    }

    @Test func textRoundTripsAndThePathIsInkWithoutText() async throws {
        let file = try PDFFile(path: Self.makePDF())
        let extraction = try await TextLayerReader.read(file, ink: InkDetector(), jobs: 1)
        let page = try #require(extraction.pages.first)
        #expect(page.text.trimmingCharacters(in: .whitespacesAndNewlines) == Self.sentence)
        #expect(page.words.map(\.text) == ["Hello", "ink", "detector", "42"])
        #expect(page.words.allSatisfy { !$0.math })
        #expect(page.formulaRuns.isEmpty)

        let ink = try #require(page.ink)
        #expect(ink.count == 1, "\(ink)")
        let region = try #require(ink.first)
        #expect(abs(region.box.x - Self.triangle.x) < 2)
        #expect(abs(region.box.y - Self.triangle.y) < 2)
        #expect(abs(region.box.width - Self.triangle.width) < 2)
        #expect(abs(region.box.height - Self.triangle.height) < 2)
        // A triangle covers half its bounding box.
        #expect(abs(region.inkArea - Self.triangle.width * Self.triangle.height / 2) < 150)
        let textLine = try #require(page.lines.first)
        #expect(!ink.contains { $0.box.intersects(textLine.box) })
    }

    @Test func renderingShowsTheTriangleOnWhite() throws {
        let document = try PDFDocument(path: Self.makePDF())
        let image = try document.page(1).render(dpi: 72)
        #expect(image.width == 612 && image.height == 792)
        #expect(image.luminance(x: 340, y: 445) < 50)
        #expect(image.luminance(x: 500, y: 700) == 255)
        let crop = try document.page(1).render(dpi: 144, crop: Self.triangle)
        #expect(crop.width == 160 && crop.height == 120)
        #expect(crop.luminance(x: 80, y: 110) < 50)
        #expect(crop.luminance(x: 2, y: 2) == 255)
    }
}
