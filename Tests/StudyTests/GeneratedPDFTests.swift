import Foundation
import OCR
import Problems
import Study
import Testing
import TestSupport

/// Generated problem sets compiled once with pdflatex (Tests/Fixtures/generated-problems/
/// make.sh): segmented from their PDF text layer, every problem and part has its id.
@Suite struct GeneratedPDFTests {
    static let folder = Fixtures.path("Tests/Fixtures/generated-problems")

    @Test func everyProblemAndPartFromThePDF() async throws {
        let data = try Data(contentsOf: URL(fileURLWithPath: Self.folder + "/expected.json"))
        let expected = try JSONDecoder().decode([String: [String: [String]]].self, from: data)
        #expect(expected.count >= 12)
        let reader = ProblemReader(ocr: OCRAccess(languages: "eng"))
        var parts = 0
        for (name, wanted) in expected.sorted(by: { $0.key < $1.key }) {
            let path = Self.folder + "/\(name).pdf"
            let document = ProblemDocument(file: path, texts: try await reader.texts(of: path))
            #expect(document.problems.map(\.id) == wanted["problems"], "\(name)")
            #expect(document.partIDs == wanted["parts"], "\(name)")
            parts += document.partIDs.count
        }
        #expect(parts > 100)
    }
}
