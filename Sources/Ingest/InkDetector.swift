import Files

/// Finds ink without text: renders nothing itself, but takes a rendered page and the
/// boxes of its text-layer glyphs, erases the glyphs, and groups what ink is left.
///
/// Pixels darker than ``threshold`` are ink. Each glyph box is grown by ``margin`` points
/// before erasing; glyphs of math extension fonts (big operators and delimiters, whose
/// outlines overhang the boxes poppler reports by up to a font size) by 0.8 font sizes. The remaining ink is grouped on a grid of ``cellPoints`` cells,
/// cells touching or one cell apart joining one region, and regions with less than
/// ``minimumInkArea`` square points of ink are dropped as anti-aliasing dust.
public struct InkDetector: Sendable {
    public var dpi: Double = 96
    public var threshold: Int = 200
    public var margin: Double = 0.4
    public var cellPoints: Double = 3
    public var minimumInkArea: Double = 1.0

    public init() {}

    /// Ink regions of `image` (a page rendered at ``dpi``) outside `textBoxes` (points).
    public func regions(in image: RasterImage, textBoxes: [Box]) -> [InkRegion] {
        let scale = image.dpi / 72
        let width = image.width
        let height = image.height
        var ink = [Bool](repeating: false, count: width * height)
        for y in 0..<height {
            for x in 0..<width where image.luminance(x: x, y: y) < threshold {
                ink[y * width + x] = true
            }
        }
        // Pixel coordinates clamped in floating point first: boxes from odd PDFs may be huge or not finite.
        func pixel(_ value: Double, _ limit: Int) -> Int {
            guard value.isFinite else { return value > 0 ? limit : 0 }
            return Int(min(max(value, 0), Double(limit)))
        }
        for box in textBoxes where box.width > 0 || box.height > 0 {
            let grown = box.expanded(by: margin)
            let x0 = pixel((grown.x * scale).rounded(.down), width)
            let y0 = pixel((grown.y * scale).rounded(.down), height)
            let x1 = pixel((grown.maxX * scale).rounded(.up), width)
            let y1 = pixel((grown.maxY * scale).rounded(.up), height)
            guard x0 < x1, y0 < y1 else { continue }
            for y in y0..<y1 {
                for x in x0..<x1 { ink[y * width + x] = false }
            }
        }

        let cell = max(1, Int((cellPoints * scale).rounded()))
        let columns = (width + cell - 1) / cell
        let rows = (height + cell - 1) / cell
        // Per cell: ink count and the pixel extent of its ink.
        var count = [Int](repeating: 0, count: columns * rows)
        var extent = [(Int, Int, Int, Int)](repeating: (Int.max, Int.max, -1, -1), count: columns * rows)
        for y in 0..<height {
            for x in 0..<width where ink[y * width + x] {
                let c = (y / cell) * columns + x / cell
                count[c] += 1
                let e = extent[c]
                extent[c] = (min(e.0, x), min(e.1, y), max(e.2, x), max(e.3, y))
            }
        }

        var visited = [Bool](repeating: false, count: columns * rows)
        var regions: [InkRegion] = []
        var stack: [Int] = []
        for start in 0..<(columns * rows) where count[start] > 0 && !visited[start] {
            visited[start] = true
            stack.append(start)
            var pixels = 0
            var bounds = (Int.max, Int.max, -1, -1)
            while let c = stack.popLast() {
                pixels += count[c]
                let e = extent[c]
                bounds = (min(bounds.0, e.0), min(bounds.1, e.1), max(bounds.2, e.2), max(bounds.3, e.3))
                let cx = c % columns
                let cy = c / columns
                for ny in max(0, cy - 2)...min(rows - 1, cy + 2) {
                    for nx in max(0, cx - 2)...min(columns - 1, cx + 2) {
                        let n = ny * columns + nx
                        if count[n] > 0 && !visited[n] {
                            visited[n] = true
                            stack.append(n)
                        }
                    }
                }
            }
            let area = Double(pixels) / (scale * scale)
            guard area >= minimumInkArea else { continue }
            let box = Box(
                x: Double(bounds.0) / scale, y: Double(bounds.1) / scale,
                width: Double(bounds.2 - bounds.0 + 1) / scale, height: Double(bounds.3 - bounds.1 + 1) / scale)
            regions.append(InkRegion(box: box, inkArea: area))
        }
        return regions.sorted { ($0.box.y, $0.box.x) < ($1.box.y, $1.box.x) }
    }
}

extension PDFPage {
    /// The page's regions with ink but no text; renders the page at the detector's dpi.
    public func inkWithoutText(
        textLayer: TextLayer, detector: InkDetector = InkDetector()
    ) throws(IngestError) -> [InkRegion] {
        let image = try render(dpi: detector.dpi)
        let extension_ = textLayer.fonts.map(MathFont.isExtension)
        let boxes = textLayer.glyphs.lazy.filter { !$0.isWhitespace }.map { glyph in
            glyph.font >= 0 && extension_[Int(glyph.font)] ? glyph.box.expanded(by: 0.8 * glyph.fontSize) : glyph.box
        }
        return detector.regions(in: image, textBoxes: Array(boxes))
    }
}
