/// A rendered page: 8-bit pixels in cairo's native 32-bit layout (`0xAARRGGBB` words,
/// so B, G, R, A bytes on little-endian machines), opaque, top-left origin.
public struct RasterImage: Sendable {
    public var width: Int
    public var height: Int
    public var bytesPerRow: Int
    public var pixels: [UInt8]
    /// Dots per inch it was rendered at.
    public var dpi: Double

    public init(width: Int, height: Int, bytesPerRow: Int, pixels: [UInt8], dpi: Double) {
        self.width = width
        self.height = height
        self.bytesPerRow = bytesPerRow
        self.pixels = pixels
        self.dpi = dpi
    }

    /// Luminance (0 black … 255 white) of the pixel at (x, y).
    @inline(__always)
    public func luminance(x: Int, y: Int) -> Int {
        let offset = y * bytesPerRow + x * 4
        let word = pixels.withUnsafeBufferPointer { buffer in
            UnsafeRawPointer(buffer.baseAddress! + offset).loadUnaligned(as: UInt32.self)
        }
        let r = Int((word >> 16) & 0xFF)
        let g = Int((word >> 8) & 0xFF)
        let b = Int(word & 0xFF)
        return (r * 299 + g * 587 + b * 114) / 1000
    }

    /// The pixels as tightly packed 8-bit RGB, the layout tesseract and most encoders take.
    public func rgbBytes() -> [UInt8] {
        var rgb = [UInt8](repeating: 0, count: width * height * 3)
        pixels.withUnsafeBufferPointer { source in
            let base = UnsafeRawPointer(source.baseAddress!)
            rgb.withUnsafeMutableBufferPointer { target in
                var t = 0
                for y in 0..<height {
                    let row = base + y * bytesPerRow
                    for x in 0..<width {
                        let word = (row + x * 4).loadUnaligned(as: UInt32.self)
                        target[t] = UInt8((word >> 16) & 0xFF)
                        target[t + 1] = UInt8((word >> 8) & 0xFF)
                        target[t + 2] = UInt8(word & 0xFF)
                        t += 3
                    }
                }
            }
        }
        return rgb
    }
}
