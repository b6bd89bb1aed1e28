import Ingest
import Testing

@Suite struct PageSelectionTests {
    @Test(arguments: [
        ("1-3,5", [1, 2, 3, 5]),
        ("4", [4]),
        ("3-", [3, 4, 5, 6]),
        ("2,2,1-2", [2, 1]),
        (" 6 , 1 ", [6, 1]),
    ])
    func parses(spec: String, pages: [Int]) throws {
        #expect(try PageSelection(parsing: spec).pages(in: 6, path: "x.pdf") == pages)
    }

    @Test(arguments: ["", "0", "a", "3-1", "1--2", "-2", "1,,2", "1.5"])
    func rejects(spec: String) {
        #expect(throws: IngestError.invalidPageRange(spec: spec)) { try PageSelection(parsing: spec) }
    }

    @Test func outOfRange() throws {
        #expect(throws: IngestError.pageOutOfRange(path: "x.pdf", page: 7, pageCount: 6)) {
            try PageSelection(parsing: "1,7").pages(in: 6, path: "x.pdf")
        }
        #expect(throws: IngestError.pageOutOfRange(path: "x.pdf", page: 9, pageCount: 6)) {
            try PageSelection(parsing: "9-").pages(in: 6, path: "x.pdf")
        }
    }
}
