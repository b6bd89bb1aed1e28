/// Splits text into the words used for word error rates.
///
/// Words follow the Unicode word-boundary rules (UAX #29) for ordinary text: letters and
/// digits with `_` (`x_i`, `conv2d`), joined across an apostrophe or full stop between
/// letters (`don't`, `e.g`) and across `.` or `,` between digits (`3.14`, `12,800`).
/// Unlike UAX #29 users such as dinglehopper, which drop every token of punctuation or
/// symbols, each **math symbol** (`∑`, `+`, `=`, `×`, `∂`: Unicode categories Sm, Sc, Sk,
/// So) is a word of its own, so a lost operator counts. White space and punctuation
/// (`,` `.` `(` `)`) are not words.
public enum WordSegmenter {
    enum Kind { case letter, digit, joiner, midLetter, midNum, midNumLet, space, symbol, punctuation }

    static func kind(_ c: Character) -> Kind {
        if let ascii = c.asciiValue {
            switch ascii {
            case UInt8(ascii: "a")...UInt8(ascii: "z"), UInt8(ascii: "A")...UInt8(ascii: "Z"): return .letter
            case UInt8(ascii: "0")...UInt8(ascii: "9"): return .digit
            case 9...13, 32: return .space
            case UInt8(ascii: "_"): return .joiner
            case UInt8(ascii: "."), UInt8(ascii: "'"): return .midNumLet
            case UInt8(ascii: ":"): return .midLetter
            case UInt8(ascii: ","), UInt8(ascii: ";"): return .midNum
            case UInt8(ascii: "+"), UInt8(ascii: "<"), UInt8(ascii: "="), UInt8(ascii: ">"), UInt8(ascii: "|"),
                UInt8(ascii: "~"), UInt8(ascii: "^"), UInt8(ascii: "`"), UInt8(ascii: "$"):
                return .symbol
            default: return .punctuation
            }
        }
        if c.isWhitespace { return .space }
        switch c {
        case "_", "\u{203F}", "\u{2040}": return .joiner
        case ".", "\u{2019}", "'", "\u{2024}": return .midNumLet
        case "\u{00B7}", "\u{2027}", "\u{05F4}", "\u{0387}", "\u{FE13}", "\u{FE55}", "\u{FF1A}": return .midLetter
        case ",", ";", "\u{037E}", "\u{066C}": return .midNum
        default: break
        }
        if c.isLetter { return .letter }
        if c.isNumber { return .digit }
        if let scalar = c.unicodeScalars.first {
            switch scalar.properties.generalCategory {
            case .mathSymbol, .currencySymbol, .modifierSymbol, .otherSymbol: return .symbol
            case .nonspacingMark, .spacingMark, .enclosingMark: return .letter
            default: break
            }
        }
        return .punctuation
    }

    /// The words of `characters`, each as its range of indices.
    public static func words(_ characters: [Character]) -> [Range<Int>] {
        let kinds = characters.map(kind)
        var words: [Range<Int>] = []
        var i = 0
        let n = characters.count
        while i < n {
            switch kinds[i] {
            case .symbol:
                words.append(i..<(i + 1))
                i += 1
            case .letter, .digit, .joiner:
                var j = i + 1
                while j < n {
                    switch kinds[j] {
                    case .letter, .digit, .joiner:
                        j += 1
                        continue
                    case .midLetter, .midNumLet, .midNum:
                        if j + 1 < n {
                            let before = kinds[j - 1]
                            let after = kinds[j + 1]
                            let letters = before == .letter && after == .letter && kinds[j] != .midNum
                            let digits = before == .digit && after == .digit && kinds[j] != .midLetter
                            if letters || digits {
                                j += 2
                                continue
                            }
                        }
                    default: break
                    }
                    break
                }
                words.append(i..<j)
                i = j
            default:
                i += 1
            }
        }
        return words
    }
}
