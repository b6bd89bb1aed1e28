import Files
import Foundation

/// Reads an input file whole, with errors that name it.
enum InputFile {
    static func read(_ path: String) throws(OCRError) -> Data {
        do {
            return try InputBytes.read(path)
        } catch {
            throw .file(error)
        }
    }
}
