internal import CPoppler
import Files
import Foundation

/// The one place where Ingest talks to poppler-glib, glib and cairo.
///
/// Each C call has a thin typed wrapper here: GErrors and cairo statuses become Swift
/// errors in one way, C strings and arrays are copied and freed at once, and handles leave
/// as `OpaquePointer`s that the owning classes (``PDFFile``, ``PDFDocument``, ``PDFPage``)
/// release through ``release(_:)`` in their `deinit`. No other file imports `CPoppler`.
enum Poppler {
    /// A GError, copied out of glib and freed.
    struct GLibError: Error {
        var domain: UInt32
        var code: Int32
        var message: String

        var isEncrypted: Bool {
            domain == poppler_error_quark() && code == Int32(POPPLER_ERROR_ENCRYPTED.rawValue)
        }
    }

    /// A failed cairo call: its status as text.
    struct CairoError: Error {
        var message: String
        /// The status was a write error (the system's `errno` says why).
        var isWriteError: Bool
    }

    /// The poppler library version, `23.03.0` (a static string poppler owns).
    static var version: String { poppler_get_version().map { String(cString: $0) } ?? "" }

    /// Calls a C function that reports failure through a `GError**` and returns NULL.
    static func call<T>(
        _ body: (UnsafeMutablePointer<UnsafeMutablePointer<GError>?>) -> T?
    ) throws(GLibError) -> T {
        var error: UnsafeMutablePointer<GError>? = nil
        let result = body(&error)
        if let error {
            defer { g_error_free(error) }
            throw GLibError(
                domain: error.pointee.domain,
                code: error.pointee.code,
                message: error.pointee.message.map { String(cString: $0) } ?? "unknown error")
        }
        guard let result else {
            throw GLibError(domain: 0, code: -1, message: "unknown error")
        }
        return result
    }

    /// Copies a glib-allocated C string into Swift and frees it.
    static func takeString(_ pointer: UnsafeMutablePointer<gchar>?) -> String {
        guard let pointer else { return "" }
        defer { g_free(pointer) }
        return String(cString: pointer)
    }

    /// Throws a cairo status other than success.
    static func check(_ status: cairo_status_t) throws(CairoError) {
        guard status != CAIRO_STATUS_SUCCESS else { return }
        throw CairoError(message: String(cString: cairo_status_to_string(status)), isWriteError: status == CAIRO_STATUS_WRITE_ERROR)
    }

    // MARK: Handles

    /// Reference-counted immutable bytes (`GBytes*`) holding a copy of `data`.
    static func bytes(_ data: Data) -> OpaquePointer {
        data.withUnsafeBytes { raw in g_bytes_new(raw.baseAddress, gsize(raw.count)) }
    }

    static func releaseBytes(_ bytes: OpaquePointer) {
        g_bytes_unref(bytes)
    }

    /// Drops a reference to a GObject (a `PopplerDocument*` or `PopplerPage*`).
    static func release(_ object: OpaquePointer) {
        g_object_unref(UnsafeMutableRawPointer(object))
    }

    // MARK: Documents

    /// Opens a document (`PopplerDocument*`) on `GBytes`.
    ///
    /// Through a memory stream rather than `poppler_document_new_from_bytes`: with a wrong
    /// password, poppler 22.x's from_bytes/from_data retry path crashes.
    static func openDocument(bytes: OpaquePointer, byteCount: Int, password: String?) throws(GLibError) -> OpaquePointer {
        let stream = g_memory_input_stream_new_from_bytes(bytes)
        defer { g_object_unref(UnsafeMutableRawPointer(stream)) }
        return try call { error in
            poppler_document_new_from_stream(stream, goffset(byteCount), password, nil, error)
        }
    }

    static func pageCount(_ document: OpaquePointer) -> Int {
        Int(poppler_document_get_n_pages(document))
    }

    /// The page (`PopplerPage*`) at a 0-based index, or nil.
    static func page(_ document: OpaquePointer, index: Int) -> OpaquePointer? {
        guard let index = Int32(exactly: index) else { return nil }
        return poppler_document_get_page(document, index)
    }

    // MARK: Pages

    /// Width and height in points.
    static func size(_ page: OpaquePointer) -> (width: Double, height: Double) {
        var width = 0.0
        var height = 0.0
        poppler_page_get_size(page, &width, &height)
        return (width, height)
    }

    /// The page's text as poppler reads it.
    static func text(_ page: OpaquePointer) -> String {
        takeString(poppler_page_get_text(page))
    }

    /// One box per character of ``text(_:)``, in points, top-left origin.
    static func characterBoxes(_ page: OpaquePointer) -> [Box] {
        var rectangles: UnsafeMutablePointer<PopplerRectangle>? = nil
        var count: guint = 0
        guard poppler_page_get_text_layout(page, &rectangles, &count) != 0, let rectangles else { return [] }
        defer { g_free(rectangles) }
        return UnsafeBufferPointer(start: rectangles, count: Int(count)).map { r in
            Box(x: r.x1, y: r.y1, width: r.x2 - r.x1, height: r.y2 - r.y1)
        }
    }

    /// Font runs over the characters of ``text(_:)``.
    static func fontSpans(_ page: OpaquePointer) -> [TextLayer.FontSpan] {
        var spans: [TextLayer.FontSpan] = []
        let attributes = poppler_page_get_text_attributes(page)
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
        return spans
    }

    // MARK: Rendering

    /// Renders `region` of a page (points) on white at `scale` pixels per point into a
    /// `width`×`height` ARGB32 image: its row stride and pixels.
    static func render(
        _ page: OpaquePointer, region: Box, scale: Double, width: Int, height: Int
    ) throws(CairoError) -> (bytesPerRow: Int, pixels: [UInt8]) {
        guard let surface = cairo_image_surface_create(CAIRO_FORMAT_ARGB32, Int32(width), Int32(height)) else {
            throw CairoError(message: "out of memory", isWriteError: false)
        }
        defer { cairo_surface_destroy(surface) }
        try check(cairo_surface_status(surface))
        let context = cairo_create(surface)
        cairo_set_source_rgb(context, 1, 1, 1)
        cairo_paint(context)
        cairo_scale(context, scale, scale)
        cairo_translate(context, -region.x, -region.y)
        poppler_page_render(page, context)
        let status = cairo_status(context)
        cairo_destroy(context)
        try check(status)
        cairo_surface_flush(surface)
        let stride = Int(cairo_image_surface_get_stride(surface))
        guard let data = cairo_image_surface_get_data(surface) else { throw CairoError(message: "no image data", isWriteError: false) }
        return (stride, [UInt8](UnsafeBufferPointer(start: data, count: stride * height)))
    }

    /// Encodes RGB24 pixels as a PNG file at `path`.
    static func writePNG(_ image: RasterImage, to path: String) throws(CairoError) {
        var copy = image.pixels
        let status: cairo_status_t = copy.withUnsafeMutableBufferPointer { buffer in
            guard
                let surface = cairo_image_surface_create_for_data(
                    buffer.baseAddress, CAIRO_FORMAT_RGB24, Int32(image.width), Int32(image.height), Int32(image.bytesPerRow))
            else { return CAIRO_STATUS_NO_MEMORY }
            defer { cairo_surface_destroy(surface) }
            return cairo_surface_write_to_png(surface, path)
        }
        let reason = String(cString: strerror(errno)).lowercased()
        do {
            try check(status)
        } catch {
            // A write error's cause is the system's, read before anything else can change errno.
            throw error.isWriteError ? CairoError(message: reason, isWriteError: true) : error
        }
    }
}
