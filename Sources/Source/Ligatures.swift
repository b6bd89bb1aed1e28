/// Latin ligature characters (U+FB00–FB06) and the letters they stand for: what a PDF's
/// text layer or OCR may give for "fi", "ffl", "st".
public enum Ligatures {
    public static let letters: [Character: String] = [
        "\u{FB00}": "ff", "\u{FB01}": "fi", "\u{FB02}": "fl", "\u{FB03}": "ffi", "\u{FB04}": "ffl",
        "\u{FB05}": "st", "\u{FB06}": "st",
    ]
}
