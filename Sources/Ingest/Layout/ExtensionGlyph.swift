/// What a character of a math extension font (TeX's CMEX) really is when poppler passed its
/// glyph code through for want of a Unicode mapping: `P`/`X` are text/display sums, `R`/`Z`
/// integrals, control codes and private-use code points pieces of big delimiters.
enum ExtensionGlyph: Equatable {
    case bigOperator(Character)
    case radical
    case leftDelimiter(Character)
    case rightDelimiter(Character)
    case bar(Character)

    static func of(_ scalar: Unicode.Scalar) -> ExtensionGlyph? {
        let v = scalar.value
        switch v {
        case 0x50, 0x58: return .bigOperator("∑")
        case 0x51, 0x59: return .bigOperator("∏")
        case 0x52, 0x5A: return .bigOperator("∫")
        case 0x48, 0x49: return .bigOperator("∮")
        case 0x53, 0x5B: return .bigOperator("⋃")
        case 0x54, 0x5C: return .bigOperator("⋂")
        case 0x70...0x74: return .radical
        case 0x0C: return .bar("|")
        case 0x0D: return .bar("‖")
        case 0x00...0x2B where v != 0x0C && v != 0x0D && v != 0x0E && v != 0x0F && v != 0x1E && v != 0x1F:
            let shapes: [Character] = ["(", "[", "⌊", "⌈", "{", "⟨"]
            let index: Int
            switch v {
            case 0x00...0x0B: index = Int(v) / 2
            case 0x10...0x13: index = 0
            case 0x14...0x1D: index = Int(v - 0x14) / 2 + 1
            default: index = Int(v - 0x20) / 2
            }
            let shape = shapes[min(index, shapes.count - 1)]
            return v % 2 == 0 ? .leftDelimiter(shape) : .rightDelimiter(closing(shape))
        // Big delimiters, \Big size.
        case 0x68: return .leftDelimiter("[")
        case 0x69: return .rightDelimiter("]")
        case 0x6A: return .leftDelimiter("⌊")
        case 0x6B: return .rightDelimiter("⌋")
        case 0x6C: return .leftDelimiter("⌈")
        case 0x6D: return .rightDelimiter("⌉")
        case 0x6E: return .leftDelimiter("{")
        case 0x6F: return .rightDelimiter("}")
        case 0x30, 0x40, 0x42: return .leftDelimiter("(")
        case 0x31, 0x41, 0x43: return .rightDelimiter(")")
        case 0x32, 0x34, 0x36: return .leftDelimiter("[")
        case 0x33, 0x35, 0x37: return .rightDelimiter("]")
        case 0x38, 0x3A, 0x3C, 0x3E: return .leftDelimiter("{")
        case 0x39, 0x3B, 0x3D: return .rightDelimiter("}")
        // Adobe's private-use pieces of big delimiters, which CMEX's ToUnicode uses.
        case 0xF8EB...0xF8ED: return .leftDelimiter("(")
        case 0xF8EE...0xF8F0: return .leftDelimiter("[")
        case 0xF8F1...0xF8F4: return .leftDelimiter("{")
        case 0xF8F6...0xF8F8: return .rightDelimiter(")")
        case 0xF8F9...0xF8FB: return .rightDelimiter("]")
        case 0xF8FC...0xF8FE: return .rightDelimiter("}")
        case 0xF8E6: return .bar("|")
        default: return nil
        }
    }

    static func closing(_ c: Character) -> Character {
        switch c {
        case "(": return ")"
        case "[": return "]"
        case "⌊": return "⌋"
        case "⌈": return "⌉"
        case "{": return "}"
        case "⟨": return "⟩"
        default: return c
        }
    }
}
