/// Character tests shared by the segmenter and the value scanner; ASCII-strict where it matters.
extension Character {
    /// An ASCII digit 0–9 (not superscripts or other scripts' digits).
    var isASCIIDigit: Bool { isASCII && ("0"..."9").contains(self) }

    /// An ASCII letter a–z or A–Z.
    var isASCIILetter: Bool { isASCII && (("a"..."z").contains(self) || ("A"..."Z").contains(self)) }

    /// A character that can be a minus sign: hyphen-minus, U+2212 minus, en dash.
    var isMinusSign: Bool { self == "-" || self == "\u{2212}" || self == "\u{2013}" }

    /// A minus sign, or an em dash as OCR reads a minus before a number.
    var isNumberSign: Bool { isMinusSign || self == "\u{2014}" }

    /// Value of an ASCII digit.
    var digitValue: Int? { isASCIIDigit ? Int(String(self)) : nil }

    /// Horizontal or vertical white space, including no-break space and form feed.
    var isBlank: Bool { isWhitespace }
}

extension String {
    /// The string without leading and trailing white space.
    var trimmed: String {
        let characters = Array(self)
        var start = 0
        var end = characters.count
        while start < end, characters[start].isBlank { start += 1 }
        while end > start, characters[end - 1].isBlank { end -= 1 }
        return String(characters[start..<end])
    }
}

extension Array where Element == Character {
    /// The characters without leading and trailing white space.
    var trimmed: [Character] {
        var start = 0
        var end = count
        while start < end, self[start].isBlank { start += 1 }
        while end > start, self[end - 1].isBlank { end -= 1 }
        return Array(self[start..<end])
    }

    /// Whether the characters from `index` on start with `prefix`, ignoring ASCII case.
    func hasPrefix(_ prefix: String, at index: Int, ignoringCase: Bool = true) -> Bool {
        var i = index
        for p in prefix {
            guard i < count else { return false }
            let c = self[i]
            if ignoringCase ? c.lowercased() != p.lowercased() : c != p { return false }
            i += 1
        }
        return true
    }

    /// The index of the first non-blank character at or after `index`.
    func skippingBlanks(from index: Int) -> Int {
        var i = index
        while i < count, self[i].isBlank { i += 1 }
        return i
    }
}
