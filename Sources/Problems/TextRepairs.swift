import Source

/// Repairs of plain text that fonts or context justify in any input form: ligature
/// characters expanded, words hyphenated at a line end joined. Counted by name.
public enum TextRepairs {
    public static let ligature = "ligature"
    public static let hyphenation = "hyphenation"

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
