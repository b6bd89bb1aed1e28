import CPoppler

extension PDFPage {
    /// Reads the page's text layer: text, lines, words with boxes and fonts, formula runs.
    ///
    /// Poppler builds the page's text once and caches it on the page, so the text,
    /// the layout and the attributes below come from one pass over the content stream.
    public func textLayer() -> TextLayer {
        let text = Poppler.takeString(poppler_page_get_text(handle))
        let scalars = Array(text.unicodeScalars)

        var rectangles: UnsafeMutablePointer<PopplerRectangle>? = nil
        var count: guint = 0
        var boxes: [Box] = []
        if poppler_page_get_text_layout(handle, &rectangles, &count) != 0, let rectangles {
            defer { g_free(rectangles) }
            boxes.reserveCapacity(Int(count))
            for r in UnsafeBufferPointer(start: rectangles, count: Int(count)) {
                boxes.append(Box(x: r.x1, y: r.y1, width: r.x2 - r.x1, height: r.y2 - r.y1))
            }
        }

        var spans: [TextLayer.FontSpan] = []
        let attributes = poppler_page_get_text_attributes(handle)
        defer { poppler_page_free_text_attributes(attributes) }
        var node = attributes
        while let current = node {
            if let data = current.pointee.data {
                let attribute = data.assumingMemoryBound(to: PopplerTextAttributes.self).pointee
                spans.append(
                    TextLayer.FontSpan(
                        start: Int(attribute.start_index), end: Int(attribute.end_index),
                        fontName: attribute.font_name.map { String(cString: $0) } ?? "",
                        fontSize: attribute.font_size))
            }
            node = current.pointee.next
        }
        return TextLayer(page: number, size: size, scalars: scalars, boxes: boxes, fontSpans: spans)
    }
}
