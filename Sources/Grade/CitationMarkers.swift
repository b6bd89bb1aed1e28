/// ChatGPT's private-use citation markers (U+E200–U+E2FF): `\u{E200}cite\u{E202}turn0search1\u{E201}`
/// around links and even before a code fence. Removed, with the reference between U+E200
/// and U+E201, before anything else reads the text, so a fence after a marker still opens code.
///
/// Other markers (U+E203/U+E204 around a cited span, stray ones) are dropped and the text they
/// wrap is kept. A reference never spans lines: one left open at a line break was not a
/// reference, and its text is kept too.
enum CitationMarkers {
    static func strip(_ text: String) -> String {
        guard text.unicodeScalars.contains(where: isPrivate) else { return text }
        var out = String.UnicodeScalarView()
        var reference: String.UnicodeScalarView? = nil
        for scalar in text.unicodeScalars {
            switch scalar.value {
            case 0xE200:
                if let open = reference { out.append(contentsOf: open) }
                reference = String.UnicodeScalarView()
            case 0xE201:
                reference = nil
            default:
                if isPrivate(scalar) { continue }
                if scalar == "\n", let open = reference {
                    out.append(contentsOf: open)
                    reference = nil
                }
                if reference != nil { reference!.append(scalar) } else { out.append(scalar) }
            }
        }
        if let open = reference { out.append(contentsOf: open) }
        return String(out)
    }

    static func isPrivate(_ scalar: Unicode.Scalar) -> Bool {
        (0xE000...0xF8FF).contains(scalar.value)
    }
}
