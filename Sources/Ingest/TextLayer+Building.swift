import Files

extension TextLayer {
    /// A run of font attributes over glyph indices, `end` inclusive as poppler gives them.
    public struct FontSpan: Sendable {
        public var start: Int
        public var end: Int
        public var fontName: String
        public var fontSize: Double

        public init(start: Int, end: Int, fontName: String, fontSize: Double) {
            self.start = start
            self.end = end
            self.fontName = fontName
            self.fontSize = fontSize
        }
    }

    /// Builds a text layer from a page's scalars, one box per scalar, and font spans.
    /// Missing boxes (fewer than scalars) are taken as empty boxes at the origin.
    public init(page: Int, size: PageSize, scalars: [Unicode.Scalar], boxes: [Box], fontSpans: [FontSpan]) {
        var fonts: [String] = []
        var fontIndex: [String: Int32] = [:]
        var glyphFont = [Int32](repeating: -1, count: scalars.count)
        var glyphSize = [Double](repeating: 0, count: scalars.count)
        for span in fontSpans {
            let index: Int32
            if let known = fontIndex[span.fontName] {
                index = known
            } else {
                index = Int32(fonts.count)
                fonts.append(span.fontName)
                fontIndex[span.fontName] = index
            }
            let lower = max(span.start, 0)
            let upper = min(span.end, scalars.count - 1)
            guard lower <= upper else { continue }
            for i in lower...upper {
                glyphFont[i] = index
                glyphSize[i] = span.fontSize
            }
        }
        let empty = Box(x: 0, y: 0, width: 0, height: 0)
        var glyphs: [Glyph] = []
        glyphs.reserveCapacity(scalars.count)
        for (i, scalar) in scalars.enumerated() {
            glyphs.append(
                Glyph(scalar: scalar, box: i < boxes.count ? boxes[i] : empty, font: glyphFont[i], fontSize: glyphSize[i]))
        }
        var view = String.UnicodeScalarView()
        view.append(contentsOf: scalars)
        self.init(
            page: page, size: size, text: String(view), glyphs: glyphs, fonts: fonts,
            lines: [], words: [], formulaRuns: [], ink: nil)
        let mathFont = fonts.map(MathFont.isMath)
        lines = Self.lines(glyphs)
        words = Self.words(glyphs, lines: lines, fonts: fonts, mathFont: mathFont)
        formulaRuns = Self.formulaRuns(glyphs, fonts: fonts, mathFont: mathFont)
    }

    static func string(_ glyphs: ArraySlice<Glyph>) -> String {
        var view = String.UnicodeScalarView()
        view.append(contentsOf: glyphs.lazy.map(\.scalar))
        return String(view)
    }

    static func inkBox(_ glyphs: ArraySlice<Glyph>) -> Box? {
        Box.union(glyphs.lazy.filter { !$0.isWhitespace }.map(\.box))
    }

    /// Lines that hold at least one visible character.
    static func lines(_ glyphs: [Glyph]) -> [TextLine] {
        var lines: [TextLine] = []
        var start = 0
        func close(_ end: Int) {
            let slice = glyphs[start..<end]
            if let box = inkBox(slice) {
                lines.append(TextLine(text: string(slice), box: box, start: start, end: end))
            }
        }
        for (i, glyph) in glyphs.enumerated() where glyph.scalar == "\n" {
            close(i)
            start = i + 1
        }
        close(glyphs.count)
        return lines
    }

    static func words(_ glyphs: [Glyph], lines: [TextLine], fonts: [String], mathFont: [Bool]) -> [Word] {
        var words: [Word] = []
        var lineIndex = 0
        var i = 0
        while i < glyphs.count {
            if glyphs[i].isWhitespace {
                i += 1
                continue
            }
            var j = i
            while j < glyphs.count, !glyphs[j].isWhitespace { j += 1 }
            let slice = glyphs[i..<j]
            while lineIndex < lines.count - 1, lines[lineIndex].end <= i { lineIndex += 1 }
            var counts: [Int32: Int] = [:]
            var math = false
            for glyph in slice {
                counts[glyph.font, default: 0] += 1
                if glyph.font >= 0, mathFont[Int(glyph.font)] { math = true }
            }
            let most = counts.values.max()!
            let dominant = slice.first { counts[$0.font] == most }!.font
            let size = slice.first { $0.font == dominant }?.fontSize ?? 0
            words.append(
                Word(
                    text: string(slice), box: inkBox(slice)!,
                    font: dominant >= 0 ? fonts[Int(dominant)] : "", size: size, math: math,
                    line: lineIndex, start: i, end: j))
            i = j
        }
        return words
    }

    /// Finds formula runs; see ``FormulaRun`` for the rule.
    static func formulaRuns(_ glyphs: [Glyph], fonts: [String], mathFont: [Bool]) -> [FormulaRun] {
        enum Kind { case math, neutral, space, prose }
        func kind(_ glyph: Glyph) -> Kind {
            if glyph.font >= 0, mathFont[Int(glyph.font)] { return .math }
            if glyph.isWhitespace { return .space }
            let properties = glyph.scalar.properties
            return properties.isAlphabetic ? .prose : .neutral
        }
        var runs: [FormulaRun] = []
        var i = 0
        while i < glyphs.count {
            // A segment is a maximal stretch without prose letters.
            guard kind(glyphs[i]) != .prose else {
                i += 1
                continue
            }
            var j = i
            var hasMath = false
            while j < glyphs.count {
                let k = kind(glyphs[j])
                if k == .prose { break }
                if k == .math { hasMath = true }
                j += 1
            }
            defer { i = j }
            guard hasMath else { continue }
            runs.append(contentsOf: runsInSegment(glyphs[i..<j], fonts: fonts, mathFont: mathFont))
        }
        return runs
    }

    /// Splits a segment into lines, groups lines that sit close together, and makes a run
    /// of each group after trimming lines without math (page numbers, item labels) and
    /// sentence punctuation from its ends.
    static func runsInSegment(_ segment: ArraySlice<Glyph>, fonts: [String], mathFont: [Bool]) -> [FormulaRun] {
        struct Piece {
            var start: Int
            var end: Int
            var box: Box
            var hasMath: Bool
        }
        func isMath(_ glyph: Glyph) -> Bool { glyph.font >= 0 && mathFont[Int(glyph.font)] }
        var pieces: [Piece] = []
        var lineStart = segment.startIndex
        for k in segment.startIndex...segment.endIndex where k == segment.endIndex || segment[k].scalar == "\n" {
            var lower = lineStart
            var upper = k
            while lower < upper, segment[lower].isWhitespace || isOpeningSentencePunctuation(segment[lower], mathFont) {
                lower += 1
            }
            while lower < upper,
                segment[upper - 1].isWhitespace || isClosingSentencePunctuation(segment[upper - 1], mathFont)
            {
                upper -= 1
            }
            if lower < upper, let box = inkBox(segment[lower..<upper]) {
                pieces.append(Piece(start: lower, end: upper, box: box, hasMath: segment[lower..<upper].contains(where: isMath)))
            }
            lineStart = k + 1
        }
        // Lines further apart than three line heights are not one formula.
        var groups: [[Piece]] = []
        for piece in pieces {
            if let last = groups.last?.last {
                let gap = max(piece.box.y - last.box.maxY, last.box.y - piece.box.maxY)
                if gap <= 3 * max(piece.box.height, last.box.height) {
                    groups[groups.count - 1].append(piece)
                    continue
                }
            }
            groups.append([piece])
        }
        var runs: [FormulaRun] = []
        for var group in groups {
            while let first = group.first, !first.hasMath { group.removeFirst() }
            while let last = group.last, !last.hasMath { group.removeLast() }
            guard let first = group.first, let last = group.last else { continue }
            let slice = segment[first.start..<last.end]
            let boxes = group.map(\.box)
            let runFonts = Set(slice.compactMap { isMath($0) ? fonts[Int($0.font)] : nil })
            runs.append(
                FormulaRun(
                    start: first.start, end: last.end, text: string(slice), box: Box.union(boxes)!, boxes: boxes,
                    fonts: runFonts.sorted()))
        }
        return runs
    }

    private static func isClosingSentencePunctuation(_ glyph: Glyph, _ mathFont: [Bool]) -> Bool {
        guard glyph.font < 0 || !mathFont[Int(glyph.font)] else { return false }
        return ".,;:".unicodeScalars.contains(glyph.scalar)
    }

    private static func isOpeningSentencePunctuation(_ glyph: Glyph, _ mathFont: [Bool]) -> Bool {
        guard glyph.font < 0 || !mathFont[Int(glyph.font)] else { return false }
        return ".,;:".unicodeScalars.contains(glyph.scalar)
    }
}
