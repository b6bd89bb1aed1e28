import Files
import Foundation
/// Rebuilds the math of a page from its text layer's glyph boxes, fonts and sizes.
///
/// 1. Glyphs of math extension fonts are mapped back (``ExtensionGlyph``).
/// 2. Text-layer lines that overlap vertically by half their height (a raised `∑`, a
///    script poppler split off) are joined into one visual line, in x order.
/// 3. Runs of consecutive visual lines made only of math form a display block, which is
///    parsed in two dimensions: columns of glyphs that overlap horizontally are stacked
///    structures (a big operator with limits, a fraction), glyphs between big delimiters
///    are a matrix, and everything else is a row read left to right.
/// 4. In every row, glyphs smaller than the row's main size and above or below its
///    baseline are scripts.
public enum LayoutRebuilder {
    public static func rebuild(_ layer: TextLayer) -> CleanedPage {
        var state = Rebuild(layer: layer)
        let text = state.run()
        return CleanedPage(page: layer.page, text: text, repairs: state.repairs, lineBoxes: state.lineBoxes)
    }
}

struct Rebuild {
    let layer: TextLayer
    var repairs: [String: Int] = [:]
    var lineBoxes: [Box] = []

    init(layer: TextLayer) {
        self.layer = layer
    }

    mutating func note(_ repair: String, _ count: Int = 1) {
        guard count > 0 else { return }
        repairs[repair, default: 0] += count
    }

    // MARK: Glyphs and lines

    mutating func glyphLines() -> [[LayoutGlyph]] {
        let extensionFont = layer.fonts.map(MathFont.isExtension)
        let mathFont = layer.fonts.map(MathFont.isMath)
        var lines: [[LayoutGlyph]] = [[]]
        for (index, glyph) in layer.glyphs.enumerated() {
            if glyph.scalar == "\n" {
                lines.append([])
                continue
            }
            // Glyphs with absurd geometry (a degenerate text matrix) cannot be placed.
            guard glyph.fontSize.isFinite, glyph.fontSize >= 0, glyph.fontSize < 10_000, glyph.box.x.isFinite,
                glyph.box.y.isFinite, glyph.box.width.isFinite, glyph.box.height.isFinite,
                abs(glyph.box.x) < 1e6, abs(glyph.box.y) < 1e6, abs(glyph.box.width) < 1e6, abs(glyph.box.height) < 1e6
            else { continue }
            let font = Int(glyph.font)
            var text = String(glyph.scalar)
            var role: LayoutGlyph.Role = glyph.isWhitespace ? .space : .plain
            // A space is a space: poppler inserts them between words, in the neighbour's font.
            if font >= 0, extensionFont[font], !glyph.isWhitespace, let meaning = ExtensionGlyph.of(glyph.scalar) {
                switch meaning {
                case .bigOperator(let symbol):
                    text = String(symbol)
                    role = .bigOperator
                case .radical:
                    text = "√"
                    role = .radical
                case .leftDelimiter(let shape):
                    text = String(shape)
                    role = .leftDelimiter
                case .rightDelimiter(let shape):
                    text = String(shape)
                    role = .rightDelimiter
                case .bar(let shape):
                    text = String(shape)
                }
                note(LayoutRepair.glyphPassThrough)
            }
            lines[lines.count - 1].append(
                LayoutGlyph(
                    text: text, box: glyph.box, size: glyph.fontSize, math: font >= 0 && mathFont[font], role: role,
                    index: index))
        }
        // Big operators and delimiters sit where their outlines are, not always on the
        // text-layer line poppler gave them: each becomes a line of its own, and the
        // visual-line pass puts it back on the line it overlaps most.
        var separated: [[LayoutGlyph]] = []
        for line in lines.flatMap(Self.splitAtVerticalJumps) {
            let (kept, moved) = (line.filter { $0.role == .plain || $0.role == .space }, line.filter { $0.role != .plain && $0.role != .space })
            separated.append(kept)
            separated.append(contentsOf: moved.map { [$0] })
        }
        return separated.filter { $0.contains { $0.role != .space } }
    }

    /// A text-layer line cut where a glyph stands a full line above or below the glyph before
    /// it. Poppler sometimes threads one "line" through the cells of a table column by column
    /// (the last cell of one column, then the first of the next: "41" from 4 at the bottom and 1
    /// at the top); read whole, its glyphs would land on one visual line. Scripts always overlap
    /// their base, so they stay.
    static func splitAtVerticalJumps(_ line: [LayoutGlyph]) -> [[LayoutGlyph]] {
        var pieces: [[LayoutGlyph]] = [[]]
        var previous: LayoutGlyph?
        for glyph in line {
            if glyph.role != .space {
                // (A full line apart: an inline fraction's numerator and denominator nearly touch.)
                if let before = previous, case let height = max(glyph.box.height, before.box.height),
                   glyph.box.y >= before.box.maxY + height || glyph.box.maxY + height <= before.box.y {
                    pieces.append([])
                }
                previous = glyph
            }
            pieces[pieces.count - 1].append(glyph)
        }
        return pieces
    }

    static func verticalRange(_ line: [LayoutGlyph]) -> (Double, Double) {
        var low = Double.infinity
        var high = -Double.infinity
        for g in line where g.role != .space {
            low = min(low, g.box.y)
            high = max(high, g.box.maxY)
        }
        return (low, high)
    }

    /// Joins text-layer lines that sit on one visual line.
    mutating func visualLines(_ lines: [[LayoutGlyph]]) -> [[LayoutGlyph]] {
        var visual: [[LayoutGlyph]] = []
        for line in lines {
            let (top, bottom) = Self.verticalRange(line)
            // Join the nearby visual line whose vertical centre is closest, among those
            // overlapping by half the smaller height.
            var best: (index: Int, distance: Double)? = nil
            // (A short line of digits, a table's cell, looks further back: poppler reads a table
            // column by column, so the cell's row may be a whole column ago. At most 64 lines
            // back, so the pass stays linear.)
            // (Only onto rows of such cells: a minipage's or the other column's prose and math beside
            // a table are no rows of it.)
            let cell = line.filter { $0.role != .space }.count <= 4 && Self.kind(line) == .neutral
            for candidate in visual.indices.suffix(cell ? 64 : 4) {
                if candidate < visual.count - 4, Self.kind(visual[candidate]) != .neutral { continue }
                let (vTop, vBottom) = Self.verticalRange(visual[candidate])
                let overlap = min(bottom, vBottom) - max(top, vTop)
                let smaller = min(bottom - top, vBottom - vTop)
                guard smaller > 0, overlap >= 0.5 * smaller, !Self.overlapsHorizontally(line, visual[candidate]) else { continue }
                let distance = abs((top + bottom) / 2 - (vTop + vBottom) / 2)
                if best == nil || distance < best!.distance { best = (candidate, distance) }
            }
            if let best {
                visual[best.index].append(contentsOf: line)
                note(LayoutRepair.joinedLines)
            } else {
                visual.append(line)
            }
        }
        return visual.map { line in
            line.sorted { ($0.box.x, $0.index) < ($1.box.x, $1.index) }
        }
    }

    /// Whether full-size glyphs of the two lines overlap horizontally (scripts and big
    /// operators, whose boxes are unreliable, do not count).
    static func overlapsHorizontally(_ a: [LayoutGlyph], _ b: [LayoutGlyph]) -> Bool {
        let sizeA = mainSize(a)
        let sizeB = mainSize(b)
        let left = a.filter { $0.role == .plain && $0.size >= 0.85 * sizeA }.map(\.box)
        // b's boxes by left edge: each of a's glyphs meets only those starting within the
        // widest b glyph of it, so long lines cost n log n, not n².
        let right = b.filter { $0.role == .plain && $0.size >= 0.85 * sizeB }.map(\.box).sorted { $0.x < $1.x }
        guard let widest = right.map(\.width).max() else { return false }
        for g in left {
            var low = 0
            var high = right.count
            while low < high {
                let middle = (low + high) / 2
                if right[middle].x < g.x - widest { low = middle + 1 } else { high = middle }
            }
            var index = low
            while index < right.count, right[index].x < g.maxX {
                let h = right[index]
                let overlap = min(g.maxX, h.maxX) - max(g.x, h.x)
                if overlap > 0.5 * min(g.width, h.width) { return true }
                index += 1
            }
        }
        return false
    }

    enum LineKind { case prose, math, neutral }

    /// Prose has a word of three text-font letters; math has a math glyph and no such word;
    /// neutral lines (matrix rows of digits, a lone number) have neither.
    static func kind(_ line: [LayoutGlyph]) -> LineKind {
        var hasMath = false
        var proseRun = 0
        var letters = 0
        for g in line {
            if g.role == .space {
                proseRun = 0
                continue
            }
            if g.math || g.role != .plain { hasMath = true }
            if !g.math && g.role == .plain && g.isLetter {
                letters += 1
                proseRun += 1
                if proseRun >= 3 { return .prose }
            } else {
                proseRun = 0
            }
        }
        if hasMath { return .math }
        return letters == 0 ? .neutral : .prose
    }

    // MARK: Page

    mutating func run() -> String {
        let lines = visualLines(glyphLines())
        var out: [String] = []
        var k = 0
        let kinds = lines.map(Self.kind)
        while k < lines.count {
            if kinds[k] != .prose {
                var end = k + 1
                while end < lines.count, kinds[end] != .prose, Self.close(lines[end - 1], lines[end]) { end += 1 }
                if end - k >= 2, kinds[k..<end].contains(.math) {
                    let block = Array(lines[k..<end].joined())
                    let text = renderBlock(block)
                    if text.isEmpty { lineBoxes.append(Self.box(block)) }
                    out.append(text)
                    k = end
                    continue
                }
            }
            out.append(renderRow(lines[k], spacing: .asWritten))
            lineBoxes.append(Self.box(lines[k]))
            k += 1
        }
        return out.joined(separator: "\n")
    }

    static func box(_ glyphs: [LayoutGlyph]) -> Box {
        Box.union(glyphs.lazy.filter { $0.role != .space }.map(\.box)) ?? Box(x: 0, y: 0, width: 0, height: 0)
    }

    static func close(_ upper: [LayoutGlyph], _ lower: [LayoutGlyph]) -> Bool {
        let (_, upperBottom) = verticalRange(upper)
        let (lowerTop, lowerBottom) = verticalRange(lower)
        return lowerTop - upperBottom < 0.9 * (lowerBottom - lowerTop) + 2
    }

    // MARK: Rows

    enum Spacing { case asWritten, canonical }

    static func mainSize(_ glyphs: [LayoutGlyph]) -> Double {
        var counts: [Int: Int] = [:]
        for g in glyphs where g.role == .plain { counts[Int((g.size * 2).rounded()), default: 0] += 1 }
        guard let best = counts.max(by: { ($0.value, $0.key) < ($1.value, $1.key) }) else {
            return glyphs.map(\.size).max() ?? 10
        }
        return Double(best.key) / 2
    }

    static func mainBaseline(_ glyphs: [LayoutGlyph], size: Double) -> Double {
        let baselines = glyphs.filter { $0.role == .plain && abs($0.size - size) < 0.6 }.map(\.baseline).sorted()
        guard !baselines.isEmpty else { return glyphs.map(\.baseline).sorted()[glyphs.count / 2] }
        // The baseline shared by most main-size glyphs: a sliding window over the sorted values.
        var best = baselines[0]
        var bestCount = 0
        var low = 0
        var high = 0
        for (k, b) in baselines.enumerated() {
            while baselines[low] <= b - 0.25 * size { low += 1 }
            if high < k { high = k }
            while high + 1 < baselines.count, baselines[high + 1] < b + 0.25 * size { high += 1 }
            let count = high - low + 1
            if count > bestCount {
                bestCount = count
                best = b
            }
        }
        return best
    }

    enum Level { case base, sub, sup }

    static func level(_ g: LayoutGlyph, size: Double, baseline: Double) -> Level {
        guard g.role == .plain, g.size < 0.85 * size else { return .base }
        let shift = g.baseline - baseline
        if shift < -0.18 * size { return .sup }
        if shift > 0.08 * size { return .sub }
        return .base
    }

    /// A row read left to right, with scripts marked; `baseline` and `size` default to the row's own.
    mutating func renderRow(_ glyphs: [LayoutGlyph], spacing: Spacing, size: Double? = nil, baseline: Double? = nil) -> String {
        let tokens = rowTokens(glyphs, size: size, baseline: baseline)
        switch spacing {
        case .asWritten: return String(tokens.map(\.0))
        case .canonical: return CanonicalSpacing.apply(tokens)
        }
    }

    /// The characters of a row, each marked protected when it belongs to a script.
    mutating func rowTokens(_ glyphs: [LayoutGlyph], size: Double? = nil, baseline: Double? = nil) -> [(Character, Bool)] {
        let visible = glyphs.filter { $0.role != .space }
        guard !visible.isEmpty else { return [] }
        let size = size ?? Self.mainSize(visible)
        let baseline = baseline ?? Self.mainBaseline(visible, size: size)
        var out: [(Character, Bool)] = []
        func append(_ text: String, protected: Bool) {
            out.append(contentsOf: text.map { ($0, protected) })
        }
        var pendingSpace = false
        var lastMaxX = -Double.infinity
        var k = 0
        while k < glyphs.count {
            let g = glyphs[k]
            if g.role == .space {
                pendingSpace = true
                k += 1
                continue
            }
            let level = Self.level(g, size: size, baseline: baseline)
            if level == .base {
                // Lines joined from pieces carry no space glyphs: a wide gap is a space too;
                // a space glyph with no gap left (from a joined line) is none.
                let gap = g.box.x - lastMaxX
                if (pendingSpace && gap > 0.1 * size) || gap > 0.3 * size, !out.isEmpty, out.last?.0 != " " {
                    append(" ", protected: false)
                }
                pendingSpace = false
                append(g.text, protected: false)
                lastMaxX = g.box.maxX
                k += 1
                continue
            }
            // A cluster of script glyphs: subscripts and superscripts in x order.
            let gapBefore = g.box.x - lastMaxX
            let spaced = (pendingSpace && gapBefore > 0.1 * size) || gapBefore > 0.3 * size
            var sub = ""
            var sup = ""
            var spaceAfter = false
            while k < glyphs.count {
                let h = glyphs[k]
                if h.role == .space {
                    // A space ends the cluster unless more script follows it.
                    let next = glyphs[(k + 1)...].first { $0.role != .space }
                    if let next, Self.level(next, size: size, baseline: baseline) != .base {
                        k += 1
                        continue
                    }
                    spaceAfter = true
                    k += 1
                    break
                }
                let hLevel = Self.level(h, size: size, baseline: baseline)
                guard hLevel != .base else { break }
                if hLevel == .sub { sub += h.text } else { sup += h.text }
                lastMaxX = h.box.maxX
                k += 1
            }
            // Sub and sup stacked after no base (a space, an operator, a bracket) is a small
            // fraction, as TeX sets \frac in running text. A word space before the stack
            // counts even when no glyph follows it yet ("(2 points) d/dz tanh(z)").
            let previous = out.last(where: { $0.0 != " " })?.0
            let hasBase = previous.map { $0.isLetter || $0.isNumber || ")]}′∑∏∫∮⋃⋂".contains($0) } ?? false
            if !sub.isEmpty, !sup.isEmpty, !hasBase || out.last?.0 == " " || spaced {
                if spaced, !out.isEmpty, out.last?.0 != " " { append(" ", protected: false) }
                let numerator = CanonicalSpacing.nested(sup)
                let denominator = CanonicalSpacing.nested(sub)
                append(Self.operand(numerator) + "/" + Self.operand(denominator), protected: true)
                note(LayoutRepair.fraction)
                pendingSpace = spaceAfter
                continue
            }
            if !sub.isEmpty {
                append("_" + Self.group(CanonicalSpacing.nested(sub)), protected: true)
                note(LayoutRepair.script)
            }
            if !sup.isEmpty {
                append("^" + Self.group(CanonicalSpacing.nested(sup)), protected: true)
                note(LayoutRepair.script)
            }
            pendingSpace = spaceAfter
        }
        return out
    }

    static func group(_ text: String) -> String {
        text.count == 1 ? text : "{" + text + "}"
    }

    // MARK: Display blocks

    /// An element of a display block in x order: a glyph or a rebuilt matrix.
    struct Item {
        var minX: Double
        var maxX: Double
        var glyphs: [LayoutGlyph]
        var matrix: String?
    }

    /// A display block: split into bands that no glyph crosses (separate equations), each
    /// parsed on its own.
    mutating func renderBlock(_ all: [LayoutGlyph]) -> String {
        let glyphs = all.filter { $0.role != .space }.sorted { $0.box.y < $1.box.y }
        let size = Self.mainSize(glyphs)
        // A big delimiter's pieces hold its rows together even where their boxes leave gaps,
        // and a big operator holds its limits (its outline overhangs its box).
        var spans: [(top: Double, bottom: Double)] = glyphs.map { g in
            g.role == .bigOperator ? (g.box.y - 0.8 * size, g.box.maxY + 0.8 * size) : (g.box.y, g.box.maxY)
        }
        for role in [LayoutGlyph.Role.leftDelimiter, .rightDelimiter] {
            for column in Self.delimiterColumns(glyphs.indices.filter { glyphs[$0].role == role }, glyphs) {
                spans.append((column.top - 0.5 * size, column.bottom + 0.5 * size))
            }
        }
        spans.sort { $0.top < $1.top }
        var cuts: [Double] = []
        var reach = -Double.infinity
        for span in spans {
            if reach > -Double.infinity, span.top > reach + 0.15 * size { cuts.append((reach + span.top) / 2) }
            reach = max(reach, span.bottom)
        }
        var bands = [[LayoutGlyph]](repeating: [], count: cuts.count + 1)
        for g in glyphs {
            // Cuts are sorted: the band is the number of cuts above the glyph's centre.
            let center = g.centerY
            var low = 0
            var high = cuts.count
            while low < high {
                let mid = (low + high) / 2
                if cuts[mid] < center { low = mid + 1 } else { high = mid }
            }
            bands[low].append(g)
        }
        bands.removeAll { $0.isEmpty }
        var rendered: [String] = []
        for band in bands {
            let text = renderBand(band)
            guard !text.isEmpty else { continue }
            rendered.append(text)
            lineBoxes.append(Self.box(band))
        }
        return rendered.joined(separator: "\n")
    }

    mutating func renderBand(_ glyphs: [LayoutGlyph]) -> String {
        let size = Self.mainSize(glyphs)
        let baseline = Self.mainBaseline(glyphs, size: size)
        var used = [Bool](repeating: false, count: glyphs.count)
        var items: [Item] = []

        // Matrices: glyphs between a left and the next right delimiter column.
        let lefts = Self.delimiterColumns(glyphs.indices.filter { glyphs[$0].role == .leftDelimiter }, glyphs)
        let rights = Self.delimiterColumns(glyphs.indices.filter { glyphs[$0].role == .rightDelimiter }, glyphs)
        var usedRights = Set<Int>()
        for left in lefts {
            // The nearest right delimiter beside it, spanning the same rows.
            let partner = rights.enumerated().filter { index, right in
                guard !usedRights.contains(index), right.minX > left.maxX else { return false }
                let overlap = min(left.bottom, right.bottom) - max(left.top, right.top)
                return overlap > 0.5 * min(left.bottom - left.top, right.bottom - right.top)
            }.min { $0.element.minX < $1.element.minX }
            guard let (rightIndex, right) = partner else { continue }
            usedRights.insert(rightIndex)
            // Piece boxes are shorter than the pieces' outlines; a one-piece big bracket
            // stands about 2.4 font sizes tall around its box.
            let reach = (left.members.count == 1 && right.members.count == 1 ? 1.3 : 0.8) * size
            let top = min(left.top, right.top) - reach
            let bottom = max(left.bottom, right.bottom) + reach
            let inside = glyphs.indices.filter { i in
                !used[i] && glyphs[i].role == .plain && glyphs[i].box.x >= left.maxX - 0.5 && glyphs[i].box.maxX <= right.minX + 0.5
                    && glyphs[i].centerY > top && glyphs[i].centerY < bottom
            }
            for i in left.members + right.members + inside { used[i] = true }
            let rows = Self.rows(inside.map { glyphs[$0] }, size: size)
            let text: String
            if rows.count >= 2 {
                text = "[" + rows.map { Self.columns($0, size: size).map(CanonicalSpacing.nested).joined(separator: " ") }.joined(separator: "; ") + "]"
                note(LayoutRepair.matrix)
            } else {
                let shape = glyphs[left.members[0]].text
                let closing = glyphs[right.members[0]].text
                text = shape + (rows.first.map { renderRow($0, spacing: .canonical) } ?? "") + closing
            }
            items.append(Item(minX: left.minX, maxX: right.maxX, glyphs: [], matrix: text))
        }
        for (i, g) in glyphs.enumerated() where !used[i] {
            items.append(Item(minX: g.box.x, maxX: g.box.maxX, glyphs: [g], matrix: nil))
        }
        items.sort { $0.minX < $1.minX }

        // Columns of horizontally overlapping items.
        var segments: [Item] = []
        for item in items {
            if var last = segments.last, last.matrix == nil, item.matrix == nil, item.minX < last.maxX - 0.5 {
                last.maxX = max(last.maxX, item.maxX)
                last.glyphs += item.glyphs
                segments[segments.count - 1] = last
            } else {
                segments.append(item)
            }
        }

        var tokens: [(Character, Bool)] = []
        func protect(_ text: String) {
            tokens.append(contentsOf: text.map { ($0, true) })
        }
        var run: [LayoutGlyph] = []
        func flush(_ state: inout Rebuild) {
            guard !run.isEmpty else { return }
            tokens.append(contentsOf: state.rowTokens(run.sorted { $0.box.x < $1.box.x }, size: size, baseline: baseline))
            run = []
        }
        for segment in segments {
            if let matrix = segment.matrix {
                flush(&self)
                tokens.append((" ", false))
                protect(matrix)
                continue
            }
            let rows = Self.rows(segment.glyphs, size: size)
            if rows.count <= 1 || segment.glyphs.allSatisfy({ $0.size < 0.85 * size && $0.role == .plain }) {
                run += segment.glyphs
                continue
            }
            flush(&self)
            tokens.append((" ", false))
            if let op = segment.glyphs.first(where: { $0.role == .bigOperator }) {
                let below = segment.glyphs.filter { $0.role != .bigOperator && $0.centerY > op.box.maxY - 0.1 * size }
                let above = segment.glyphs.filter { $0.role != .bigOperator && $0.centerY < op.box.y + 0.1 * size }
                var text = op.text
                let lower = CanonicalSpacing.nested(renderRow(below.sorted { $0.box.x < $1.box.x }, spacing: .asWritten))
                let upper = CanonicalSpacing.nested(renderRow(above.sorted { $0.box.x < $1.box.x }, spacing: .asWritten))
                if !lower.isEmpty { text += "_" + Self.group(lower) }
                if !upper.isEmpty { text += "^" + Self.group(upper) }
                note(LayoutRepair.operatorLimits)
                protect(text + " ")
            } else if rows.count == 2 {
                let numerator = CanonicalSpacing.nested(renderRow(rows[0], spacing: .asWritten))
                let denominator = CanonicalSpacing.nested(renderRow(rows[1], spacing: .asWritten))
                protect(Self.operand(numerator) + "/" + Self.operand(denominator))
                note(LayoutRepair.fraction)
            } else {
                protect("[" + rows.map { CanonicalSpacing.nested(renderRow($0, spacing: .asWritten)) }.joined(separator: "; ") + "]")
            }
        }
        flush(&self)
        return CanonicalSpacing.apply(tokens)
    }

    /// A fraction operand, in parentheses unless atomic.
    static func operand(_ text: String) -> String {
        CanonicalSpacing.isAtomic(text) ? text : "(" + text + ")"
    }

    /// Glyphs grouped into rows by their vertical centres, top to bottom, each sorted by x.
    static func rows(_ glyphs: [LayoutGlyph], size: Double) -> [[LayoutGlyph]] {
        let sorted = glyphs.sorted { $0.centerY < $1.centerY }
        var rows: [[LayoutGlyph]] = []
        var lastCenter = -Double.infinity
        for g in sorted {
            if g.centerY - lastCenter > 0.6 * size || rows.isEmpty {
                rows.append([g])
            } else {
                rows[rows.count - 1].append(g)
            }
            lastCenter = g.centerY
        }
        return rows.map { $0.sorted { $0.box.x < $1.box.x } }
    }

    /// The entries of a matrix row: glyphs separated by gaps wider than half a font size.
    static func columns(_ row: [LayoutGlyph], size: Double) -> [String] {
        var entries: [String] = []
        var current = ""
        var lastMaxX = -Double.infinity
        for g in row {
            if !current.isEmpty, g.box.x - lastMaxX > 0.5 * size {
                entries.append(current)
                current = ""
            }
            current += g.text
            lastMaxX = g.box.maxX
        }
        if !current.isEmpty { entries.append(current) }
        return entries
    }

    struct DelimiterColumn {
        var members: [Int]
        var minX: Double
        var maxX: Double
        var top: Double
        var bottom: Double
    }

    /// Delimiter pieces stacked in one column form one delimiter.
    static func delimiterColumns(_ indices: [Int], _ glyphs: [LayoutGlyph]) -> [DelimiterColumn] {
        var columns: [DelimiterColumn] = []
        for i in indices.sorted(by: { glyphs[$0].box.x < glyphs[$1].box.x }) {
            let g = glyphs[i]
            if var last = columns.last, g.box.x < last.maxX - 0.5 {
                last.members.append(i)
                last.maxX = max(last.maxX, g.box.maxX)
                last.top = min(last.top, g.box.y)
                last.bottom = max(last.bottom, g.box.maxY)
                columns[columns.count - 1] = last
            } else {
                columns.append(DelimiterColumn(members: [i], minX: g.box.x, maxX: g.box.maxX, top: g.box.y, bottom: g.box.maxY))
            }
        }
        return columns
    }
}
