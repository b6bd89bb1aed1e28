extension PDFPage {
    /// Reads the page's text layer: text, lines, words with boxes and fonts, formula runs.
    ///
    /// Poppler builds the page's text once and caches it on the page, so the text,
    /// the layout and the attributes below come from one pass over the content stream.
    public func textLayer() -> TextLayer {
        let scalars = Array(Poppler.text(handle).unicodeScalars)
        return TextLayer(
            page: number, size: size, scalars: scalars, boxes: Poppler.characterBoxes(handle), fontSpans: Poppler.fontSpans(handle))
    }
}
