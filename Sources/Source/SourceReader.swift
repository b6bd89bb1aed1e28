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
        case .latex: return LaTeXReader.read(text, path: path, loader: localFiles(beside: path))
        case .markdown: return markdown(text, path: path)
        default: return plain(text, path: path)
        }
    }

    /// Reads the files a LaTeX source loads from its folder (relative names) or as given
    /// (absolute ones). A file that cannot be read or decoded counts as absent.
    static func localFiles(beside path: String) -> LaTeXInclusions.Loader {
        let folder = path.contains("/") ? String(path[..<path.lastIndex(of: "/")!]) : "."
        return { name in
            let file = name.hasPrefix("/") ? name : folder + "/" + name
            guard let data = try? InputBytes.read(file), InputKind.signature(data) == nil else { return nil }
            return try? TextDecoding.decode(data, path: file)
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
