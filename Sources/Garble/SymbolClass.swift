/// Classes of math symbols whose survival is counted.
public enum SymbolClass: String, Codable, Sendable, CaseIterable {
    /// Greek letters (α … ω, Α … Ω, ϵ ϕ ϑ).
    case greek
    /// Big operators: ∑ ∏ ∫ ∮ ⋃ ⋂.
    case bigOperator
    /// Operators and relations: ∂ ∇ = ≤ ≥ ≠ ≈ · × ± ∈ → ∞ √ − + ⊙ ⊗ ∘ ∗ ‖ ⌊ ⌋ ⌈ ⌉ ⟨ ⟩ ′ ….
    case operatorOrRelation
    /// The `_` and `^` of sub- and superscripts inside formulas (`x_i` kept, not `xi`).
    case script
    /// The `/` of fractions inside formulas.
    case fraction
    /// Whole matrices (a matrix survives when 80 % of it and every row break came through).
    case matrix

    static let bigOperators: Set<Character> = ["∑", "∏", "∫", "∮", "⋃", "⋂", "∐", "⨁", "⨂"]
    static let operators: Set<Character> = [
        "∂", "∇", "=", "≤", "≥", "≠", "≈", "≡", "∼", "∝", "·", "×", "±", "∓", "∈", "∉", "⊂", "⊆", "→", "←", "⇒",
        "⟺", "↦", "∞", "√", "∛", "−", "+", "<", ">", "⊙", "⊗", "⊕", "∘", "∗", "⋆", "‖", "⌊", "⌋", "⌈", "⌉", "⟨",
        "⟩", "′", "∀", "∃", "…", "ℝ", "ℕ", "ℤ", "ℚ", "ℂ",
    ]

    /// The class of a character in general (script and fraction only count inside formulas).
    static func of(_ character: Character, inFormula: Bool) -> SymbolClass? {
        if let ascii = character.asciiValue {
            switch ascii {
            case UInt8(ascii: "="), UInt8(ascii: "+"), UInt8(ascii: "<"), UInt8(ascii: ">"): return .operatorOrRelation
            case UInt8(ascii: "_"), UInt8(ascii: "^"): return inFormula ? .script : nil
            case UInt8(ascii: "/"): return inFormula ? .fraction : nil
            default: return nil
            }
        }
        if bigOperators.contains(character) { return .bigOperator }
        if operators.contains(character) { return .operatorOrRelation }
        if inFormula {
            if character == "_" || character == "^" { return .script }
            if character == "/" { return .fraction }
        }
        if let scalar = character.unicodeScalars.first, character.unicodeScalars.count <= 2,
            (0x0391...0x03A9).contains(scalar.value) || (0x03B1...0x03C9).contains(scalar.value)
                || [0x03F5, 0x03D5, 0x03D1, 0x03F1, 0x03D6].contains(scalar.value)
        {
            return .greek
        }
        return nil
    }
}
