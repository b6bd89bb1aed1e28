import Files
import Foundation
import TestSupport
import Testing

@Suite("Input kinds: signature, then extension")
struct InputKindTests {
    static func kind(_ path: String) throws -> InputKind {
        InputKind.detect(try InputBytes.read(Fixtures.path(path)), path: path)
    }

    /// Every file of the samples and fixtures is taken for what it is.
    @Test func realFiles() throws {
        #expect(try Self.kind("samples/cnn-basics/homework.pdf") == .pdf)
        #expect(try Self.kind("samples/cnn-basics/homework.tex") == .latex)
        #expect(try Self.kind("samples/cnn-basics/forms/page-1.png") == .image(.png))
        #expect(try Self.kind("samples/cnn-basics/forms/phone-photo-page-1.jpg") == .image(.jpeg))
        #expect(try Self.kind("samples/cnn-basics/forms/pasted.txt") == .plainText)
        #expect(try Self.kind("samples/cnn-basics/transcripts/pasted.md") == .markdown)
        #expect(try Self.kind("samples/cnn-basics/transcripts/text-image.json") == .chatGPTExport)
        #expect(try Self.kind("samples/pooling-quiz/transcripts/pdf.json") == .claudeExport)
    }

    /// Every Markdown spelling is Markdown, every LaTeX spelling LaTeX, whatever the case.
    @Test(arguments: ["a.md", "a.markdown", "a.mdown", "a.mkd", "a.mkdn", "A.MD", "dir.v2/a.Mkd"])
    func markdownExtensions(name: String) {
        #expect(InputKind.claimed(by: name) == .markdown)
        #expect(InputKind.source(named: name) == .markdown)
        #expect(InputKind.isSource(name))
        #expect(InputKind.detect(Data("# Problem 1\n".utf8), path: name) == .markdown)
    }

    @Test(arguments: ["a.tex", "a.latex", "a.ltx", "A.TEX"])
    func latexExtensions(name: String) {
        #expect(InputKind.source(named: name) == .latex)
    }

    @Test(arguments: ["notes", "a.txt", "a.rst", ".md", "dir.md/notes"])
    func otherNamesArePlainSources(name: String) {
        #expect(InputKind.source(named: name) == .plainText)
        #expect(!InputKind.isSource(name))
    }

    /// The bytes win over the name: a PNG named .pdf is a PNG, a PDF named .txt a PDF.
    @Test func signatureBeatsExtension() throws {
        let png = try InputBytes.read(Fixtures.path("samples/cnn-basics/forms/page-1.png"))
        #expect(InputKind.detect(png, path: "scan.pdf") == .image(.png))
        let pdf = try InputBytes.read(Fixtures.samplePDF)
        #expect(InputKind.detect(pdf, path: "homework.txt") == .pdf)
        #expect(InputKind.detect(Data([0x50, 0x4B, 0x03, 0x04, 0, 0]), path: "x.md") == .binary("zip archive"))
    }

    /// Text that merely starts like an image signature is still text.
    @Test(arguments: ["BMI of 25", "P1 is the first problem", "GIF is not a format here"])
    func textThatLooksLikeASignature(text: String) {
        #expect(InputKind.detect(Data(text.utf8), path: "pasted.txt") == .plainText)
    }

    @Test func imageSignatures() {
        #expect(InputKind.signature(Data([0x42, 0x4D, 0x36, 0, 0, 0, 0, 0, 0, 0, 0x36, 0])) == .image(.bmp))
        #expect(InputKind.signature(Data("P5\n4 4\n255\n".utf8)) == .image(.pnm))
        #expect(InputKind.signature(Data([0x49, 0x49, 0x2A, 0x00, 8, 0])) == .image(.tiff))
        #expect(InputKind.signature(Data("RIFF\u{0}\u{0}\u{0}\u{0}WEBPVP8 ".utf8)) == .image(.webp))
    }

    /// JSON is told apart by its keys; JSON of no known kind keeps its claim.
    @Test func jsonKinds() {
        #expect(InputKind.detect(Data(#"[{"title": "x", "mapping": {}}]"#.utf8), path: "c.json") == .chatGPTExport)
        #expect(InputKind.detect(Data(#"[{"name": "x", "chat_messages": []}]"#.utf8), path: "c.json") == .claudeExport)
        #expect(InputKind.detect(Data(#"{"a": 1}"#.utf8), path: "c.json") == .otherJSON)
        // An export saved without the .json extension is still an export.
        #expect(InputKind.detect(Data(#"[{"title": "x", "mapping": {}}]"#.utf8), path: "chat.txt") == .chatGPTExport)
        // Brackets in pasted text are not JSON.
        #expect(InputKind.detect(Data("[3 pts] Problem 1".utf8), path: "pasted.txt") == .plainText)
    }

    @Test func descriptionsForMessages() {
        #expect(InputKind.describe(Data([0x89, 0x50, 0x4E, 0x47, 0x0D])) == "looks like a png image")
        #expect(InputKind.describe(Data("hello".utf8)) == "looks like plain text")
        #expect(InputKind.describe(Data([0x00, 0x01, 0x02])) == "unknown binary data")
    }
}

extension InputKindTests {
    @Test func netpbmHeaders() {
        #expect(InputKind.signature(Data("P6 640 480 255\n".utf8)) == .image(.pnm))
        #expect(InputKind.signature(Data("P2\n# made by hand\n3 2\n255\n".utf8)) == .image(.pnm))
        #expect(InputKind.signature(Data("P3 is next".utf8)) == nil)
        #expect(InputKind.signature(Data("P4 24".utf8)) == nil)
    }
}
