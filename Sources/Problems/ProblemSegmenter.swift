/// Segments any text form of a homework into problems and parts with stable ids.
///
/// Works on canonical text from a LaTeX or Markdown source, on a PDF's pasted text layer
/// (lines broken anywhere, garbled formulas, page numbers, running headers) and on OCR text.
/// It never fails: text without structure becomes one problem "1" with a warning.
public enum ProblemSegmenter {
    /// Segments `text` and extracts the values of every part.
    public static func segment(_ text: String) -> ProblemSet {
        let lines = text.split(omittingEmptySubsequences: false, whereSeparator: \.isNewline).map(String.init)
        var builder = SegmentBuilder(lines: lines)
        var set = builder.build()
        set.readModel()
        return set
    }
}
