import Files
import Foundation

/// The comparison as JSON: keys sorted, one document.
public enum GarbleJSONFormatter {
    public static func format(_ comparison: GarbleComparison) throws(FileError) -> Data {
        try JSONDocument.encode(comparison, what: comparison.source.file, newline: true)
    }
}
