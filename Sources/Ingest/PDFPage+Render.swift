import Files
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
        do {
            let (stride, pixels) = try Poppler.render(handle, region: region, scale: scale, width: width, height: height)
            return RasterImage(width: width, height: height, bytesPerRow: stride, pixels: pixels, dpi: dpi)
        } catch {
            throw .renderFailed(path: document.file.path, page: number, detail: error.message)
        }
    }
}

extension RasterImage {
    /// Encodes the image as PNG (through cairo) and writes it to `path`.
    public func writePNG(to path: String) throws(IngestError) {
        do {
            try Poppler.writePNG(self, to: path)
        } catch {
            throw .file(.writeFailed(path: path, reason: error.message))
        }
    }
}
