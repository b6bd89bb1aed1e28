import Foundation

/// The comparison as JSON: keys sorted, one document.
public enum GarbleJSONFormatter {
    public static func format(_ comparison: GarbleComparison) -> Data {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys, .withoutEscapingSlashes]
        var data = (try? encoder.encode(comparison)) ?? Data("{}".utf8)
        data.append(0x0A)
        return data
    }
}
