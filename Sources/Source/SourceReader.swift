import Files

/// Reads a problem set's source (LaTeX, Markdown or plain text) into hwlens' canonical
/// linear text with formula spans (see ``SourceText``).
public enum SourceReader {
    /// Reads a file, choosing the reader by its ``InputKind``: LaTeX, Markdown, else plain.
    ///
    /// Throws the errors of ``InputBytes`` and ``TextDecoding``, and `.emptyFile` for a
    /// file with nothing but whitespace.
    public static func read(path: String) throws(FileError) -> SourceText {
        let data = try InputBytes.read(path)
        // The bytes decide before the name: a PDF named .tex is no source.
        if InputKind.signature(data) != nil { throw .notText(path: path, detail: InputKind.describe(data)) }
        let text = try TextDecoding.decode(data, path: path)
        if text.allSatisfy(\.isWhitespace) { throw .emptyFile(path: path) }
        switch InputKind.source(named: path) {
        case .latex: return latex(text, path: path)
        case .markdown: return markdown(text, path: path)
        default: return plain(text, path: path)
        }
    }

    public static func latex(_ source: String, path: String = "") -> SourceText {
        LaTeXReader.read(source, path: path)
    }

    public static func markdown(_ source: String, path: String = "") -> SourceText {
        MarkdownReader.read(source, path: path)
    }

    public static func plain(_ source: String, path: String = "") -> SourceText {
        PlainReader.read(source, path: path)
    }
}
