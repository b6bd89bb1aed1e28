import Foundation

/// Encodes hwlens' JSON outputs one way: keys sorted, slashes unescaped, optionally pretty,
/// and an encoding failure (a non-finite number) thrown, never papered over with `{}`.
public enum JSONDocument {
    /// The JSON of `value`; `what` names the document in the error (`results.json`, `x.pdf`).
    public static func encode<T: Encodable>(
        _ value: T, what: String, pretty: Bool = false, newline: Bool = false
    ) throws(FileError) -> Data {
        let encoder = JSONEncoder()
        encoder.outputFormatting = pretty ? [.sortedKeys, .prettyPrinted, .withoutEscapingSlashes] : [.sortedKeys, .withoutEscapingSlashes]
        do {
            var data = try encoder.encode(value)
            if newline { data.append(0x0A) }
            return data
        } catch {
            throw .unencodable(what: what, detail: Self.reason(error))
        }
    }

    /// An encoding error in one line: what could not be written, and where.
    static func reason(_ error: any Error) -> String {
        guard case EncodingError.invalidValue(let value, let context) = error else { return error.localizedDescription }
        let path = context.codingPath.map { $0.intValue.map(String.init) ?? $0.stringValue }.joined(separator: ".")
        return "\(value) at \(path.isEmpty ? "the top" : path) is not valid json"
    }
}
