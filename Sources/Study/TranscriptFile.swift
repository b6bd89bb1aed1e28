import Files
import Foundation
import Grade
import Ingest

/// Reads a transcript file into turns: the bytes and their ``InputKind`` here, a chat
/// printed to PDF through its text layer, the rest through ``TranscriptReader``.
public enum TranscriptFile {
    /// Reads `path`; `conversation` picks one conversation of an export by title or 0-based
    /// index; otherwise the first that mentions any of `hints` (or the longest).
    public static func read(_ path: String, conversation: String? = nil, hints: [String] = []) async throws -> Transcript {
        let data = try InputBytes.read(path)
        let kind = InputKind.detect(data, path: path)
        if kind == .pdf || InputKind.claimed(by: path) == .pdf {
            let extraction = try await TextLayerReader.read(PDFFile(data: data, path: path), jobs: 2)
            return TranscriptReader.fromPages(extraction.pages.map(\.text))
        }
        // A file named .json is an export or an error, read from its bytes without a text copy.
        if InputKind.claimed(by: path) == .otherJSON {
            return try TranscriptReader.readExport([UInt8](data), path: path, conversation: conversation, hints: hints)
        }
        let text = try TextDecoding.decode(data, path: path)
        return try TranscriptReader.read(text, kind: kind, path: path, conversation: conversation, hints: hints)
    }

    /// Titles of the conversations in a file (one entry, its name, for plain transcripts).
    public static func list(_ path: String) throws -> [String] {
        let bytes = try [UInt8](InputBytes.read(path))
        guard InputKind.claimed(by: path) == .otherJSON else { return [URL(fileURLWithPath: path).lastPathComponent] }
        return try TranscriptReader.listExport(bytes, path: path)
    }
}
