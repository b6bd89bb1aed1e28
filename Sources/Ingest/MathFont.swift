/// Recognizes fonts that typeset mathematics, by name.
///
/// Covers TeX's Computer Modern and AMS math fonts (`CMMI10`, `CMSY7`, `CMEX10`, `MSBM10`,
/// `EUFM10`, …), Latin Modern and the OpenType math fonts (`LatinModernMath`, `STIXTwoMath`,
/// `Cambria Math`, `XITSMath`, TeX Gyre `…Math`), MathJax and KaTeX web fonts, and the
/// classic `Symbol` and `MT Extra` fonts of word processors. A subset prefix (`ABCDEF+`) is ignored.
public enum MathFont {
    /// Prefixes (upper-cased) of math font families.
    static let prefixes = [
        "CMMI", "CMSY", "CMEX", "CMBSY", "MSBM", "MSAM", "EUFM", "EUFB", "EUSM", "EUSB", "EUEX",
        "EURM", "EURB", "RSFS", "STMARY", "WASY", "LASY", "BBM", "DSROM", "ESINT",
        "LMMATH", "LATINMODERNMATH", "STIXMATH", "STIXTWOMATH", "STIX-MATH", "XITSMATH",
        "CAMBRIAMATH", "CAMBRIA MATH", "ASANA", "LIBERTINUSMATH", "FIRAMATH", "GARAMONDMATH",
        "DEJAVUMATH", "NEWCMMATH", "NEWCM MATH", "TEXGYRE", "MATHJAX_MATH", "MATHJAX_AMS",
        "MATHJAX_SIZE", "MATHJAX_CALIGRAPHIC", "MATHJAX_FRAKTUR", "MATHJAX_SCRIPT",
        "KATEX_MATH", "KATEX_AMS", "KATEX_SIZE", "KATEX_CALIGRAPHIC", "KATEX_FRAKTUR",
        "KATEX_SCRIPT", "SYMBOL", "MT EXTRA", "MTEXTRA", "MT-EXTRA", "EUCLID", "MTMI", "MTSY", "MTEX",
        "TXMI", "TXSY", "TXEX", "PXMI", "PXSY", "PXEX", "RMTMI", "ZXLR",
    ]

    /// Whether a font name names a math font.
    public static func isMath(_ fontName: String) -> Bool {
        var name = Substring(fontName)
        if let plus = name.firstIndex(of: "+"), name.distance(from: name.startIndex, to: plus) == 6 {
            name = name[name.index(after: plus)...]
        }
        let upper = name.uppercased()
        if upper.hasPrefix("TEXGYRE") { return upper.contains("MATH") }
        return prefixes.contains { upper.hasPrefix($0) } || upper.contains("MATH")
    }

    /// Whether a font holds big operators and delimiters whose outlines overhang their
    /// text boxes (`CMEX10`, `LMMathExtension`, MathJax/KaTeX `Size` fonts, `esint`).
    public static func isExtension(_ fontName: String) -> Bool {
        let upper = fontName.uppercased()
        return ["CMEX", "EUEX", "TXEX", "PXEX", "MTEX", "ESINT", "EXTENSION", "_SIZE", "MT EXTRA", "MTEXTRA"]
            .contains { upper.contains($0) }
    }
}
