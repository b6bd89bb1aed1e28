import CPoppler
import Foundation

extension PDFPage {
    /// Renders the page (or the `crop` region of it, in points) on white at `dpi`,
    /// as a screen shows it.
    public func render(dpi: Double, crop: Box? = nil) throws(IngestError) -> RasterImage {
        let region = crop ?? Box(x: 0, y: 0, width: size.width, height: size.height)
        let scale = dpi / 72
        // Round up, but not for floating-point dust: 792 pt at 300 dpi is 3300 pixels.
        let width = Int((region.width * scale - 1e-6).rounded(.up))
        let height = Int((region.height * scale - 1e-6).rounded(.up))
        guard width > 0, height > 0, width <= 32_767, height <= 32_767 else {
            throw .renderFailed(
                path: document.file.path, page: number, detail: "image size \(width)x\(height) is out of bounds")
        }
        guard let surface = cairo_image_surface_create(CAIRO_FORMAT_ARGB32, Int32(width), Int32(height)) else {
            throw .renderFailed(path: document.file.path, page: number, detail: "out of memory")
        }
        defer { cairo_surface_destroy(surface) }
        if let failure = Poppler.failure(cairo_surface_status(surface)) {
            throw .renderFailed(path: document.file.path, page: number, detail: failure)
        }
        let context = cairo_create(surface)
        cairo_set_source_rgb(context, 1, 1, 1)
        cairo_paint(context)
        cairo_scale(context, scale, scale)
        cairo_translate(context, -region.x, -region.y)
        poppler_page_render(handle, context)
        let status = cairo_status(context)
        cairo_destroy(context)
        if let failure = Poppler.failure(status) {
            throw .renderFailed(path: document.file.path, page: number, detail: failure)
        }
        cairo_surface_flush(surface)
        let stride = Int(cairo_image_surface_get_stride(surface))
        let data = cairo_image_surface_get_data(surface)!
        let pixels = [UInt8](UnsafeBufferPointer(start: data, count: stride * height))
        return RasterImage(width: width, height: height, bytesPerRow: stride, pixels: pixels, dpi: dpi)
    }
}

extension RasterImage {
    /// Encodes the image as PNG (through cairo) and writes it to `path`.
    public func writePNG(to path: String) throws(IngestError) {
        var copy = pixels
        let status: cairo_status_t = copy.withUnsafeMutableBufferPointer { buffer in
            guard
                let surface = cairo_image_surface_create_for_data(
                    buffer.baseAddress, CAIRO_FORMAT_RGB24, Int32(width), Int32(height), Int32(bytesPerRow))
            else { return CAIRO_STATUS_NO_MEMORY }
            defer { cairo_surface_destroy(surface) }
            return cairo_surface_write_to_png(surface, path)
        }
        if let failure = Poppler.failure(status) {
            let reason = status == CAIRO_STATUS_WRITE_ERROR ? String(cString: strerror(errno)).lowercased() : failure
            throw .writeFailed(path: path, reason: reason)
        }
    }

    /// The image encoded as PNG.
    public func pngData() -> Data {
        final class Sink { var data = Data() }
        let sink = Sink()
        var copy = pixels
        copy.withUnsafeMutableBufferPointer { buffer in
            guard
                let surface = cairo_image_surface_create_for_data(
                    buffer.baseAddress, CAIRO_FORMAT_RGB24, Int32(width), Int32(height), Int32(bytesPerRow))
            else { return }
            defer { cairo_surface_destroy(surface) }
            let closure = Unmanaged.passUnretained(sink).toOpaque()
            cairo_surface_write_to_png_stream(
                surface,
                { closure, bytes, length in
                    let sink = Unmanaged<Sink>.fromOpaque(closure!).takeUnretainedValue()
                    sink.data.append(bytes!, count: Int(length))
                    return CAIRO_STATUS_SUCCESS
                }, closure)
        }
        return sink.data
    }
}
