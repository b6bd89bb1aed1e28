import Foundation

/// A formula copied from a rendered chat page twice over: its rendering, then its LaTeX source
/// glued to it ("μB = 4μ_B = 4 , since …", "x^≈1.569\hat{x} \approx 1.569 ."), as KaTeX's hidden
/// annotation comes along when a page is printed or copied. The rendering is dropped, the source
/// kept: "μB = μ_B = 4 , since …" reads as one statement, not as `4μ_B`.
///
/// A rendering is recognized only when it shows the same letters and digits, in the same order,
/// as the source glued to it (``signature(_:)``), so prose that happens to precede a formula, or
/// an earlier mention of it, is never dropped.
enum RenderedFormula {
    /// The source: a LaTeX command, or a letter with a subscript or superscript, glued to the
    /// character before it, up to a space before punctuation, a plain word or the line's end.
    static let source = try! NSRegularExpression(
        pattern: #"(?<=[^\s\\])((?:\\[A-Za-z]+|[A-Za-zα-ωΑ-Ω][_^])(?:[^\n](?!\s[,.;:!?](?:\s|$)|\s(?<!\\)[A-Za-z]{3,}\b(?![{(])))*?[^\s])(?=\s+[,.;:!?](?:\s|$)|\s*$|\s+(?:since|so|then|and|which|where|with|because|giving|hence|thus)\b)"#)

    /// `line` with each rendering that precedes its glued source removed.
    static func keepingSource(_ line: String) -> String {
        guard line.contains("\\") || line.contains("_") || line.contains("^") else { return line }
        var text = line
        // ("$|zw| = 2 + 2\sqrt2$": LaTeX between math delimiters is its own source, never a copy of
        // a rendering; its "2" is a coefficient.)
        let delimited = line.ranges(of: #/\$[^$\n]+\$|\\\(.+?\\\)/#).map { NSRange($0, in: line) }
        // (Later matches first, so earlier ranges stay valid.)
        for match in source.matches(in: line, range: NSRange(line.startIndex..., in: line)).reversed() {
            if delimited.contains(where: { NSIntersectionRange($0, match.range(at: 1)).length > 0 }) { continue }
            guard let range = Range(match.range(at: 1), in: text) else { continue }
            let written = String(text[range])
            guard !Self.numbers(in: written).isEmpty, let start = renderingStart(before: range.lowerBound, in: text, source: written) else { continue }
            text.removeSubrange(start..<range.lowerBound)
        }
        return text
    }

    /// Where the rendering of `source` before `end` starts: the shortest run of whole words
    /// ending at `end` with the source's letters and digits in the same order.
    private static func renderingStart(before end: String.Index, in text: String, source: String) -> String.Index? {
        let numbers = Self.numbers(in: source)
        let signature = Self.signature(source)
        var start = end
        while start > text.startIndex {
            // One more word back (the rendering has no space inside its numbers' tokens).
            var cursor = text.index(before: start)
            while cursor > text.startIndex, text[cursor] == " " { cursor = text.index(before: cursor) }
            while cursor > text.startIndex, text[text.index(before: cursor)] != " " { cursor = text.index(before: cursor) }
            start = cursor
            let found = Self.numbers(in: String(text[start..<end]))
            if found == numbers { return Self.signature(String(text[start..<end])) == signature ? start : nil }
            if found.count > numbers.count || text.distance(from: start, to: end) > 120 { return nil }
        }
        return nil
    }

    /// The letters and digits a formula shows, its LaTeX commands left out: `\hat{x} \approx
    /// 1.569` and "x^≈1.569" are both "x1569".
    static func signature(_ text: String) -> String {
        String(text.replacing(#/\\[A-Za-z]+/#, with: "").filter { $0.isLetter || $0.isNumber })
    }

    /// The numbers written, minus signs unified: "x^=−3/6.5≈−1.177" → ["-3", "6.5", "-1.177"].
    static func numbers(in text: String) -> [String] {
        text.replacingOccurrences(of: "−", with: "-")
            .matches(of: #/-?\d+(?:\.\d+)?/#).map { String($0.output) }
    }
}
