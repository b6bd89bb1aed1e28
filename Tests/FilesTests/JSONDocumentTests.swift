import Files
import Foundation
import Testing

@Suite("JSON documents")
struct JSONDocumentTests {
    struct Measure: Encodable {
        var name: String
        var rate: Double
    }

    @Test func keysSortedWithNewline() throws {
        let data = try JSONDocument.encode(Measure(name: "a/b", rate: 0.5), what: "x", newline: true)
        #expect(String(decoding: data, as: UTF8.self) == "{\"name\":\"a/b\",\"rate\":0.5}\n")
    }

    /// A number JSON cannot hold is an error naming the document and the field, never `{}`.
    @Test func nonFiniteNumberIsAnError() {
        #expect {
            try JSONDocument.encode([Measure(name: "a", rate: .nan)], what: "results.json")
        } throws: { error in
            guard case FileError.unencodable(let what, let detail) = error else { return false }
            return what == "results.json" && detail.contains("0.rate") && error.localizedDescription.hasPrefix("results.json: cannot write as json")
        }
    }
}
