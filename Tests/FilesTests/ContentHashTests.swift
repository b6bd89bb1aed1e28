import Files
import Foundation
import TestSupport
import Testing

@Suite("SHA-256 content hash")
struct ContentHashTests {
    /// FIPS 180-4 test vectors.
    @Test(arguments: [
        ("", "e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855"),
        ("abc", "ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad"),
        ("abcdbcdecdefdefgefghfghighijhijkijkljklmklmnlmnomnopnopq", "248d6a61d20638b8e5c026930c3e6039a33ce45964ff2167f6ecedd419db06c1"),
    ])
    func knownDigests(input: String, digest: String) {
        #expect(ContentHash.sha256(input) == digest)
    }

    @Test func aMillionAs() {
        #expect(ContentHash.sha256(Data(repeating: 0x61, count: 1_000_000))
            == "cdc76e5c9914fb9281a1c7e284d73e67f1809a48a497200e046d39ccc7112cd0")
    }

    /// Fed in uneven pieces, the digest is that of the whole.
    @Test func piecesEqualTheWhole() throws {
        let data = try Data(contentsOf: URL(fileURLWithPath: Fixtures.path("samples/cnn-basics/homework.pdf")))
        var hash = ContentHash()
        var offset = 0
        for size in [1, 63, 64, 65, 1000, 7] where offset < data.count {
            hash.update(data.subdata(in: offset..<min(data.count, offset + size)))
            offset += size
        }
        hash.update(data.subdata(in: offset..<data.count))
        #expect(hash.finish() == ContentHash.sha256(data))
    }
}

extension ContentHashTests {
    /// The same digest `sha256sum` prints for a real PDF.
    @Test(.enabled(if: FileManager.default.isExecutableFile(atPath: "/usr/bin/sha256sum")))
    func agreesWithSha256sum() throws {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/usr/bin/sha256sum")
        process.arguments = [Fixtures.samplePDF]
        let pipe = Pipe()
        process.standardOutput = pipe
        try process.run()
        let output = String(decoding: pipe.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
        process.waitUntilExit()
        let expected = try #require(output.split(separator: " ").first.map(String.init))
        #expect(ContentHash.sha256(try Data(contentsOf: URL(fileURLWithPath: Fixtures.samplePDF))) == expected)
    }
}
