import Files
import Foundation
import Ingest

/// An image ready for recognition: owns a leptonica `Pix`.
///
/// Not for concurrent use; each worker loads its own.
public final class OCRImage {
    /// Default refusal threshold: images with more pixels are refused instead of
    /// exhausting memory (a 300-dpi Letter page has 8.4 million).
    public static let defaultPixelLimit = 100_000_000

    let pix: OpaquePointer  // PIX*

    /// Width and height in pixels.
    public var width: Int { Tesseract.width(pix) }
    public var height: Int { Tesseract.height(pix) }
    /// Resolution recorded in the image, 0 when it has none.
    public var resolution: Int { Tesseract.resolution(pix) }

    private init(pix: OpaquePointer) {
        self.pix = pix
    }

    deinit {
        Tesseract.release(image: pix)
    }

    /// Decodes an image file's bytes (PNG, JPEG, TIFF, PNM, WebP, BMP, GIF: whatever
    /// leptonica reads), refusing images over `pixelLimit` pixels before decoding them.
    public convenience init(data: Data, path: String, pixelLimit: Int = OCRImage.defaultPixelLimit) throws(OCRError) {
        guard !data.isEmpty else { throw .file(.emptyFile(path: path)) }
        guard let header = Tesseract.header(data) else {
            // An image signature with no readable header is an image cut short, not some other file.
            if InputKind.signature(data)?.isImage == true {
                throw .corruptImage(path: path, detail: "\(InputKind.describe(data)), but its header is cut short")
            }
            throw .notAnImage(path: path, detail: InputKind.describe(data))
        }
        guard header.width > 0, header.height > 0 else {
            throw .corruptImage(path: path, detail: "header gives size \(header.width)x\(header.height)")
        }
        if header.width * header.height > pixelLimit {
            throw .imageTooLarge(path: path, width: header.width, height: header.height, limit: pixelLimit)
        }
        guard let decoded = Tesseract.decode(data, isJPEG: header.isJPEG) else { throw .corruptImage(path: path, detail: "the decoder gave up") }
        self.init(pix: decoded)
    }

    /// Reads and decodes an image file.
    public convenience init(path: String, pixelLimit: Int = OCRImage.defaultPixelLimit) throws(OCRError) {
        try self.init(data: InputFile.read(path), path: path, pixelLimit: pixelLimit)
    }

    /// Wraps a page rendered by Ingest, keeping its resolution.
    public convenience init(raster: RasterImage, path: String = "") throws(OCRError) {
        let dpi = Int(min(max(raster.dpi.rounded(), 0), Double(Int32.max)))
        guard raster.width > 0, raster.height > 0, raster.width < Int(Int32.max), raster.height < Int(Int32.max),
            let pix = Tesseract.image(
                width: raster.width, height: raster.height, bytesPerRow: raster.bytesPerRow, pixels: raster.pixels, dpi: dpi)
        else {
            throw .imageTooLarge(path: path, width: raster.width, height: raster.height, limit: raster.width * raster.height - 1)
        }
        self.init(pix: pix)
    }

    /// The image scaled by `factor` (leptonica's smoothing/sharpening scaler), with its
    /// resolution scaled too.
    public func scaled(by factor: Double) -> OCRImage {
        guard factor != 1, let scaled = Tesseract.scaled(pix, by: factor) else { return self }
        if resolution > 0 {
            Tesseract.setResolution(scaled, Int(min((Double(resolution) * factor).rounded(), Double(Int32.max))))
        }
        return OCRImage(pix: scaled)
    }
}
