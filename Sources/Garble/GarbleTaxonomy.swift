/// The tables behind the garble taxonomy.
enum GarbleTaxonomy {
    /// Letters that big operators and radicals of TeX's CMEX font become when the PDF has
    /// no Unicode mapping for them: the glyph code read as ASCII (text style, display style).
    static let passThrough: [Character: Set<Character>] = [
        "∑": ["P", "X"], "∏": ["Q", "Y"], "∫": ["R", "Z"], "∮": ["H", "I"], "⋃": ["S", "["], "⋂": ["T", "\\"],
        "∐": ["`", "a"], "√": ["p", "q", "r", "s", "t", "v"], "⨁": ["L", "M"], "⨂": ["N", "O"],
    ]

    /// Every letter some symbol passes through as.
    static let passThroughLetters: Set<Character> = passThrough.values.reduce(into: []) { $0.formUnion($1) }

    /// Whether a candidate character is a big-delimiter piece passed through from CMEX:
    /// a C0 control code or a private-use code point.
    static func isDelimiterPassThrough(_ c: Character) -> Bool {
        guard let scalar = c.unicodeScalars.first else { return false }
        let value = scalar.value
        return (value < 0x20 && value != 0x0A && value != 0x09 && value != 0x0D && value != 0x0C)
            || (0xE000...0xF8FF).contains(value)
    }

    /// Look-alikes: what a reference symbol is commonly read as.
    static let lookAlikes: [Character: Set<Character>] = [
        "μ": ["w", "u", "p", "µ", "y", "n"], "γ": ["y", "v", "Y"], "β": ["B", "ß", "8", "b"], "α": ["a", "o", "x", "c"],
        "ϵ": ["e", "€", "c", "E"], "ε": ["e", "€", "c", "E"], "ν": ["v", "y"], "ρ": ["p"], "χ": ["x", "X"],
        "ι": ["i", "l"], "κ": ["k", "K"], "ο": ["o", "0"], "τ": ["t", "T", "r"], "ω": ["w", "o"],
        "σ": ["o", "c", "6", "a", "g"], "η": ["n", "q"], "λ": ["A", "X", "h"], "θ": ["0", "O", "e"],
        "ϕ": ["o", "0", "¢", "d"], "φ": ["o", "0", "¢", "d"], "π": ["n", "r", "T", "m"], "δ": ["d", "o", "6"],
        "Σ": ["E", "X", "Z"], "∑": ["E", "Z", "S", "X", "2", ">"], "∏": ["I", "T", "n"], "∫": ["f", "J", "/", "|", "l"],
        "−": ["—", "–", "-", "~", "_", "="], "×": ["x", "X", "*", "%"], "·": [".", "*", "-", "•", ","],
        "∈": ["€", "E", "e", "c"], "≤": ["<", "=", "S"], "≥": [">", "=", "2"], "∂": ["d", "o", "6", "a", "O"],
        "′": ["'", "`", "’"], "∇": ["V", "v"], "√": ["V", "v", "/"], "ℝ": ["R"], "→": [">", "-"], "‖": ["|", "I", "l"],
        "l": ["1", "I", "|"], "1": ["l", "I", "|", "]"], "I": ["l", "1", "|"], "O": ["0", "o"], "0": ["O", "o"],
        "^": ["*", "~", "\""], "ŷ": ["y", "9"],
    ]

    static let ligaturePairs: [String] = ["ffi", "ffl", "ff", "fi", "fl"]
}
