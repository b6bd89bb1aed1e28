import CTesseract
import Foundation
import Ingest

/// An image ready for recognition: owns a leptonica `Pix`.
///
/// Not for concurrent use; each worker loads its own.
public final class OCRImage {
    /// Default refusal threshold: images with more pixels are refused instead of
    /// exhausting memory (a 300-dpi Letter page has 8.4 million).
    public static let defaultPixelLimit = 100_000_000

    let pix: UnsafeMutablePointer<PIX>

    /// Width and height in pixels.
    public var width: Int { Int(pixGetWidth(pix)) }
    public var height: Int { Int(pixGetHeight(pix)) }
    /// Resolution recorded in the image, 0 when it has none.
    public var resolution: Int { Int(pixGetXRes(pix)) }

    private init(pix: UnsafeMutablePointer<PIX>) {
        self.pix = pix
    }

    deinit {
        var pointer: UnsafeMutablePointer<PIX>? = pix
        pixDestroy(&pointer)
    }

    /// Decodes an image file's bytes (PNG, JPEG, TIFF, PNM, WebP, BMP, GIF: whatever
    /// leptonica reads), refusing images over `pixelLimit` pixels before decoding them.
    public convenience init(data: Data, path: String, pixelLimit: Int = OCRImage.defaultPixelLimit) throws(OCRError) {
        _ = Tesseract.quietLeptonica
        guard !data.isEmpty else { throw .input(.emptyFile(path: path)) }
        let decoding: Result<UnsafeMutablePointer<PIX>?, OCRError> = data.withUnsafeBytes { raw in
            Result { () throws(OCRError) in try Self.decode(raw, path: path, pixelLimit: pixelLimit, data: data) }
        }
        guard let decoded = try decoding.get() else { throw .corruptImage(path: path, detail: "the decoder gave up") }
        self.init(pix: decoded)
    }

    private static func decode(
        _ raw: UnsafeRawBufferPointer, path: String, pixelLimit: Int, data: Data
    ) throws(OCRError) -> UnsafeMutablePointer<PIX>? {
            let bytes = raw.bindMemory(to: UInt8.self)
            var format: Int32 = 0
            var width: Int32 = 0
            var height: Int32 = 0
            var bitsPerSample: Int32 = 0
            var samplesPerPixel: Int32 = 0
            var colormap: Int32 = 0
            guard
                pixReadHeaderMem(
                    bytes.baseAddress, bytes.count, &format, &width, &height, &bitsPerSample, &samplesPerPixel,
                    &colormap) == 0
            else {
                // An image signature with no readable header is an image cut short, not some other file.
                let signature = FileSignature.describe(data)
                if signature.hasSuffix(" image") { throw .corruptImage(path: path, detail: "\(signature), but its header is cut short") }
                throw .notAnImage(path: path, detail: signature)
            }
            guard width > 0, height > 0 else {
                throw .corruptImage(path: path, detail: "header gives size \(width)x\(height)")
            }
            if Int(width) * Int(height) > pixelLimit {
                throw .imageTooLarge(path: path, width: Int(width), height: Int(height), limit: pixelLimit)
            }
            if format == 2 {  // IFF_JFIF_JPEG: fail on bad data instead of returning a grey half-image
                var warnings: Int32 = 0
                return pixReadMemJpeg(bytes.baseAddress, bytes.count, 0, 1, &warnings, 1)  // L_JPEG_FAIL_ON_BAD_DATA
            }
            return pixReadMem(bytes.baseAddress, bytes.count)
    }

    /// Reads and decodes an image file.
    public convenience init(path: String, pixelLimit: Int = OCRImage.defaultPixelLimit) throws(OCRError) {
        try self.init(data: InputFile.read(path), path: path, pixelLimit: pixelLimit)
    }

    /// Wraps a page rendered by Ingest, keeping its resolution.
    public convenience init(raster: RasterImage, path: String = "") throws(OCRError) {
        guard raster.width > 0, raster.height > 0, raster.width < Int(Int32.max), raster.height < Int(Int32.max),
            let pix = pixCreate(Int32(raster.width), Int32(raster.height), 32)
        else {
            throw .imageTooLarge(path: path, width: raster.width, height: raster.height, limit: raster.width * raster.height - 1)
        }
        let wordsPerLine = Int(pixGetWpl(pix))
        let target = pixGetData(pix)!
        raster.pixels.withUnsafeBufferPointer { source in
            let base = UnsafeRawPointer(source.baseAddress!)
            for y in 0..<raster.height {
                let row = base + y * raster.bytesPerRow
                let out = target + y * wordsPerLine
                for x in 0..<raster.width {
                    // cairo 0xAARRGGBB → leptonica 0xRRGGBBAA
                    out[x] = (row + x * 4).loadUnaligned(as: UInt32.self) << 8 | 0xFF
                }
            }
        }
        let dpi = Int32(clamping: Int(min(max(raster.dpi.rounded(), 0), Double(Int32.max))))
        pixSetResolution(pix, dpi, dpi)
        self.init(pix: pix)
    }

    /// The image scaled by `factor` (leptonica's smoothing/sharpening scaler), with its
    /// resolution scaled too.
    public func scaled(by factor: Double) -> OCRImage {
        guard factor != 1, let scaled = pixScale(pix, Float(factor), Float(factor)) else { return self }
        if resolution > 0 {
            let dpi = Int32(clamping: Int(min((Double(resolution) * factor).rounded(), Double(Int32.max))))
            pixSetResolution(scaled, dpi, dpi)
        }
        return OCRImage(pix: scaled)
    }

}
