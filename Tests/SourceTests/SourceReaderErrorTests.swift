import Files
import Foundation
import Source
import TestSupport
import Testing

/// Files the source readers refuse, each with one clear error.
@Suite struct SourceReaderErrorTests {
    static func read(_ path: String) -> FileError? {
        do {
            _ = try SourceReader.read(path: path)
            return nil
        } catch {
            return error
        }
    }

    @Test func binaryFile() {
        let path = Fixtures.write(Array("hello world!".utf8) + [0, 1, 2, 3], name: "binary.tex")
        let error = Self.read(path)
        #expect(error == .notText(path: path, detail: "binary data: NUL byte at offset 12"))
        #expect(error?.localizedDescription == "\(path): not a text file (binary data: NUL byte at offset 12)")
    }

    @Test func invalidUTF8() {
        let path = Fixtures.write(Array("caf".utf8) + [0xC3, 0x28] + Array(" ok".utf8), name: "latin.md")
        let error = Self.read(path)
        #expect(error == .notText(path: path, detail: "invalid utf-8 at byte 3"))
        #expect(error?.localizedDescription == "\(path): not a text file (invalid utf-8 at byte 3)")
    }

    @Test func emptyFile() {
        let path = Fixtures.write([], name: "empty.tex")
        #expect(Self.read(path) == .emptyFile(path: path))
        #expect(Self.read(path)?.localizedDescription == "\(path): file is empty")
    }

    @Test func whitespaceOnlyFile() {
        let path = Fixtures.write(Array(" \n\t\r\n  \n".utf8), name: "blank.txt")
        #expect(Self.read(path) == .emptyFile(path: path))
        let bomOnly = Fixtures.write([0xEF, 0xBB, 0xBF], name: "bom.tex")
        #expect(Self.read(bomOnly) == .emptyFile(path: bomOnly))
    }

    @Test func missingFile() {
        #expect(Self.read("/nonexistent/hw.tex") == .fileNotFound(path: "/nonexistent/hw.tex"))
    }

    @Test func messagesAreOneLineAndNameTheFile() {
        for error in [FileError.notText(path: "x.tex", detail: "invalid utf-8 at byte 345"), .emptyFile(path: "x.tex")] {
            let message = error.localizedDescription
            #expect(message.hasPrefix("x.tex: "))
            #expect(!message.contains("\n"))
            #expect(message == message.lowercased())
        }
    }

    @Test func decodesBOMsAndUTF16() throws {
        #expect(try TextDecoding.decode(Data([0xEF, 0xBB, 0xBF] + Array("héllo".utf8)), path: "a") == "héllo")
        let little: [UInt8] = [0xFF, 0xFE] + "h∑".utf16.flatMap { [UInt8($0 & 0xFF), UInt8($0 >> 8)] }
        #expect(try TextDecoding.decode(Data(little), path: "a") == "h∑")
        let big: [UInt8] = [0xFE, 0xFF] + "h∑".utf16.flatMap { [UInt8($0 >> 8), UInt8($0 & 0xFF)] }
        #expect(try TextDecoding.decode(Data(big), path: "a") == "h∑")
        #expect(throws: FileError.notText(path: "a", detail: "invalid utf-16: odd number of bytes")) {
            try TextDecoding.decode(Data([0xFF, 0xFE, 0x41]), path: "a")
        }
    }

    @Test func utf16FileReadsThroughSourceReader() throws {
        let bytes: [UInt8] = [0xFF, 0xFE] + "Let $x$ be".utf16.flatMap { [UInt8($0 & 0xFF), UInt8($0 >> 8)] }
        let path = Fixtures.write(bytes, name: "utf16.tex")
        let source = try SourceReader.read(path: path)
        #expect(source.text == "Let x be")
        #expect(source.formulas.count == 1)
    }
}
