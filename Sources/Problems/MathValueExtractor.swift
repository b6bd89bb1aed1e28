/// Extracts numbers, vectors and matrices from problem text, in order of appearance.
///
/// Reads `12,800`, `−3` (U+2212), `-3`, `0.5`, `1e-3`; vectors `[2, −1, 5]`, `(4, -1, 0)`,
/// `(1, 2, 0, 3, 1)ᵀ`; matrices in hwlens' canonical form `[1 2 0 1; 0 1 3 2]` and nested
/// lists `[[1, 2], [3, 4]]`. Leaves out subscripts and exponents (`x_1`, `ℝ^{2×2}`, `w2`),
/// equation numbers `(3)`, ordinals, numbers naming a problem, part, page or equation
/// ("Problem 2", "Eq. 4") and years after a term or month ("Fall 2024").
public enum MathValueExtractor {
    /// The values in `text`, each with its source text; deterministic.
    public static func values(in text: String) -> [MathValue] {
        var scanner = ValueScanner(Array(text))
        return scanner.scan()
    }
}
