import Foundation
import Source

/// Named, switchable text normalization steps applied to the reference and to every
/// candidate before alignment. Each keeps a map from output characters back to the input,
/// so damage can be shown where it happened.
///
/// None of the default steps can hide damage that changes what a formula says: `∑` lost
/// to `P`, `μ` read as `w`, `x_i` flattened to `xi` all survive normalization.
public struct Normalization: Sendable, Hashable, Codable {
    /// One step; the raw values are the names users pass to `--normalize`.
    public enum Step: String, CaseIterable, Sendable, Codable {
        /// Unicode canonical composition (NFC).
        case nfc
        /// Unicode compatibility composition (NFKC); off by default: it turns `²` into `2`.
        case nfkc
        /// `ﬁ ﬂ ﬀ ﬃ ﬄ ﬅ ﬆ` expanded to their letters.
        case ligatures
        /// MICRO SIGN `µ` (what PDFs give for μ) read as GREEK SMALL LETTER MU `μ`.
        case microSign = "micro-sign"
        /// Unicode minus `−` and hyphens `‐ ‑ ‒ －` read as `-`.
        case minus
        /// En and em dashes `– — ―` read as `-`; off by default: it would hide `−` → `—`.
        case dashes
        /// Curly and low quotes `‘ ’ ‚ ‛` → `'`, `“ ” „ ‟ « »` → `"` (primes `′` are math and stay).
        case quotes
        /// A hyphen at a line end between two letters is removed and the word joined (`convo-\nlution`).
        case hyphenation
        /// Any run of white space, line breaks, form feeds and no-break spaces → one space; ends trimmed.
        case whitespace
    }

    public var steps: Set<Step>

    public init(steps: Set<Step>) {
        self.steps = steps
    }

    /// nfc, ligatures, micro-sign, minus, quotes, hyphenation, whitespace.
    public static let standard = Normalization(steps: [.nfc, .ligatures, .microSign, .minus, .quotes, .hyphenation, .whitespace])
    /// No step at all.
    public static let none = Normalization(steps: [])

    /// Parses `nfc,whitespace`, `none`, `standard`, or `standard,-quotes,+dashes`.
    public init(parsing spec: String) throws(GarbleError) {
        var steps: Set<Step> = []
        for raw in spec.split(separator: ",").map({ $0.trimmingCharacters(in: .whitespaces) }) {
            switch raw {
            case "none": continue
            case "standard", "default": steps.formUnion(Self.standard.steps)
            default:
                let removing = raw.hasPrefix("-")
                let name = removing || raw.hasPrefix("+") ? String(raw.dropFirst()) : raw
                guard let step = Step(rawValue: name) else { throw .unknownNormalization(name) }
                if removing { steps.remove(step) } else { steps.insert(step) }
            }
        }
        self.steps = steps
    }

    /// Names of the active steps in their order of application.
    public var names: [String] { Step.allCases.filter(steps.contains).map(\.rawValue) }

    /// Normalizes `text`; `origin[k]` is the index (in `Character`s of `text`) that output
    /// character `k` came from.
    public func apply(_ text: String) -> NormalizedText {
        var characters: [Character] = []
        var origin: [Int32] = []
        characters.reserveCapacity(text.utf8.count)
        origin.reserveCapacity(text.utf8.count)
        let compose = steps.contains(.nfkc) || steps.contains(.nfc)
        // Character-by-character steps, in one pass; ASCII passes through untouched.
        var index: Int32 = 0
        for character in text {
            defer { index += 1 }
            if character.isASCII {
                characters.append(character)
                origin.append(index)
                continue
            }
            var replacement: [Character] = [character]
            if compose {
                let mapped =
                    steps.contains(.nfkc)
                    ? String(character).precomposedStringWithCompatibilityMapping
                    : (character.unicodeScalars.count > 1 ? String(character).precomposedStringWithCanonicalMapping : String(character))
                replacement = Array(mapped)
            }
            replacement = replacement.flatMap { c -> [Character] in
                guard c.unicodeScalars.count == 1, let scalar = c.unicodeScalars.first else { return [c] }
                switch scalar.value {
                case 0xFB00...0xFB06 where steps.contains(.ligatures): return Array(Ligatures.letters[c] ?? String(c))
                case 0x00B5 where steps.contains(.microSign): return ["\u{03BC}"]
                case 0x2212, 0x2010, 0x2011, 0x2012, 0xFE63, 0xFF0D: return steps.contains(.minus) ? ["-"] : [c]
                case 0x2013, 0x2014, 0x2015: return steps.contains(.dashes) ? ["-"] : [c]
                case 0x2018...0x201B: return steps.contains(.quotes) ? ["'"] : [c]
                case 0x201C...0x201F, 0x00AB, 0x00BB: return steps.contains(.quotes) ? ["\""] : [c]
                default: return [c]
                }
            }
            characters.append(contentsOf: replacement)
            origin.append(contentsOf: repeatElement(index, count: replacement.count))
        }
        if steps.contains(.hyphenation) {
            var out: [Character] = []
            var outOrigin: [Int32] = []
            out.reserveCapacity(characters.count)
            outOrigin.reserveCapacity(characters.count)
            var k = 0
            while k < characters.count {
                if characters[k] == "-", k > 0, k + 1 < characters.count, Self.isLineBreak(characters[k + 1]),
                    characters[k - 1].isLetter
                {
                    var next = k + 1
                    while next < characters.count, Self.isSpace(characters[next]) { next += 1 }
                    if next < characters.count, characters[next].isLowercase {
                        k = next
                        continue
                    }
                }
                out.append(characters[k])
                outOrigin.append(origin[k])
                k += 1
            }
            characters = out
            origin = outOrigin
        }
        if steps.contains(.whitespace) {
            var out: [Character] = []
            var outOrigin: [Int32] = []
            out.reserveCapacity(characters.count)
            outOrigin.reserveCapacity(characters.count)
            var pendingSpace: Int32? = nil
            for (k, character) in characters.enumerated() {
                if Self.isSpace(character) {
                    if pendingSpace == nil { pendingSpace = origin[k] }
                    continue
                }
                if let space = pendingSpace, !out.isEmpty {
                    out.append(" ")
                    outOrigin.append(space)
                }
                pendingSpace = nil
                out.append(character)
                outOrigin.append(origin[k])
            }
            characters = out
            origin = outOrigin
        }
        return NormalizedText(characters: characters, origin: origin)
    }

    @inline(__always) static func isSpace(_ c: Character) -> Bool {
        if let ascii = c.asciiValue { return ascii == 32 || (9...13).contains(ascii) }
        return c.isWhitespace
    }

    @inline(__always) static func isLineBreak(_ c: Character) -> Bool {
        if let ascii = c.asciiValue { return ascii == 10 || ascii == 13 || ascii == 12 }
        return c.isNewline
    }
}

/// Normalized characters with, for each, the index of the input character it came from.
public struct NormalizedText: Sendable {
    public var characters: [Character]
    public var origin: [Int32]
}
