import Source

/// Repairs of plain text that fonts or context justify in any input form: ligature
/// characters expanded, words hyphenated at a line end joined, control characters (which
/// pdftotext writes for the unmapped glyphs of stretched brackets, "the\u{14}2 × 2\u{15}transposed")
/// inside a line turned into spaces. Counted by name.
public enum TextRepairs {
    public static let ligature = "ligature"
    public static let hyphenation = "hyphenation"
    public static let controlCharacter = "control character"

    public static func apply(_ text: String, counts: inout [String: Int]) -> String {
        let ligatures = Ligatures.letters
        var out = ""
        let characters = Array(text)
        var k = 0
        while k < characters.count {
            let c = characters[k]
            if let expanded = ligatures[c] {
                out += expanded
                counts[ligature, default: 0] += 1
                k += 1
                continue
            }
            // (Tab, line feed, carriage return and form feed, a page break, are white space. Only
            // one inside a line's words is a space: a line of a lone bracket glyph stays a line.)
            if let scalar = c.unicodeScalars.first, c.unicodeScalars.count == 1,
               scalar.value < 0x20 && ![0x09, 0x0A, 0x0C, 0x0D].contains(scalar.value) || scalar.value == 0x7F,
               k > 0, !characters[k - 1].isNewline, k + 1 < characters.count, !characters[k + 1].isNewline {
                out.append(" ")
                counts[controlCharacter, default: 0] += 1
                k += 1
                continue
            }
            // "convo-\nlution": a hyphen ending a line between a letter and a lowercase letter.
            if c == "-", k > 0, characters[k - 1].isLetter, k + 2 < characters.count, characters[k + 1] == "\n",
                characters[k + 2].isLowercase
            {
                // Join the next line's first word onto this line.
                var end = k + 2
                while end < characters.count, !characters[end].isWhitespace { end += 1 }
                out += String(characters[(k + 2)..<end])
                out += "\n"
                k = end
                if k < characters.count, characters[k] == " " || characters[k] == "\n" { k += 1 }
                counts[hyphenation, default: 0] += 1
                continue
            }
            out.append(c)
            k += 1
        }
        return out
    }
}
