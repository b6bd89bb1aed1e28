import Files

extension TextLayer {
    /// The text layer as JSON, byte for byte what `JSONEncoder` (sorted keys, unescaped
    /// slashes) gives for its `Codable` form, several times faster.
    public func jsonBytes() -> [UInt8] {
        var w = JSONWriter(capacity: text.utf8.count * 12)
        w.byte(UInt8(ascii: "{"))
        w.key("fonts", first: true)
        w.array(fonts) { $0.string($1) }
        w.key("formulaRuns")
        w.array(formulaRuns) { w, run in
            w.byte(UInt8(ascii: "{"))
            w.key("box", first: true)
            w.box(run.box)
            w.key("boxes")
            w.array(run.boxes) { $0.box($1) }
            w.key("end")
            w.int(run.end)
            w.key("fonts")
            w.array(run.fonts) { $0.string($1) }
            w.key("start")
            w.int(run.start)
            w.key("text")
            w.string(run.text)
            w.byte(UInt8(ascii: "}"))
        }
        w.key("height")
        w.number(size.height)
        if let ink {
            w.key("ink")
            w.array(ink) { w, region in
                w.byte(UInt8(ascii: "{"))
                w.key("box", first: true)
                w.box(region.box)
                w.key("inkArea")
                w.number(region.inkArea)
                w.byte(UInt8(ascii: "}"))
            }
        }
        w.key("lines")
        w.array(lines) { w, line in
            w.byte(UInt8(ascii: "{"))
            w.key("box", first: true)
            w.box(line.box)
            w.key("end")
            w.int(line.end)
            w.key("start")
            w.int(line.start)
            w.key("text")
            w.string(line.text)
            w.byte(UInt8(ascii: "}"))
        }
        w.key("page")
        w.int(page)
        w.key("text")
        w.string(text)
        w.key("width")
        w.number(size.width)
        w.key("words")
        w.array(words) { w, word in
            w.byte(UInt8(ascii: "{"))
            w.key("box", first: true)
            w.box(word.box)
            w.key("end")
            w.int(word.end)
            w.key("font")
            w.string(word.font)
            w.key("line")
            w.int(word.line)
            w.key("math")
            w.bool(word.math)
            w.key("size")
            w.number(word.size)
            w.key("start")
            w.int(word.start)
            w.key("text")
            w.string(word.text)
            w.byte(UInt8(ascii: "}"))
        }
        w.byte(UInt8(ascii: "}"))
        return w.bytes
    }
}

extension PDFExtraction {
    /// The extraction as one line of JSON (no trailing newline), pages encoded with
    /// ``TextLayer/jsonBytes()``; same bytes as `JSONEncoder` with sorted keys.
    public func jsonBytes(pageJSON: [[UInt8]]? = nil) -> [UInt8] {
        var w = JSONWriter()
        w.byte(UInt8(ascii: "{"))
        w.key("file", first: true)
        w.string(file)
        w.key("pageCount")
        w.int(pageCount)
        w.key("pages")
        w.byte(UInt8(ascii: "["))
        for (i, page) in pages.enumerated() {
            if i > 0 { w.byte(UInt8(ascii: ",")) }
            w.append(json: pageJSON?[i] ?? page.jsonBytes())
        }
        w.byte(UInt8(ascii: "]"))
        w.key("version")
        w.int(version)
        w.byte(UInt8(ascii: "}"))
        return w.bytes
    }
}
