import Files
import Foundation
import Testing

@Suite("Input forms")
struct InputFormTests {
    @Test func readingsAreDistinctAndOrdered() {
        let form = InputForm([.text, .ocr, .ocr, .text])
        #expect(form.description == "text+ocr")
        #expect(form.isRecognized)
        #expect(!InputForm(.pdfText).isRecognized)
        #expect(InputForm(.pdfOCR).isRecognized)
    }

    @Test func codedAsTheJoinedString() throws {
        let data = try JSONEncoder().encode([InputForm([.pdfText, .ocr])])
        #expect(String(decoding: data, as: UTF8.self) == #"["pdf-text+ocr"]"#)
        #expect(try JSONDecoder().decode([InputForm].self, from: data) == [InputForm([.pdfText, .ocr])])
        #expect(throws: DecodingError.self) { try JSONDecoder().decode([InputForm].self, from: Data(#"["text+fax"]"#.utf8)) }
        #expect(InputForm(parsing: "") == nil)
    }
}
