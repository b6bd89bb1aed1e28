/// ChatGPT's private-use citation markers (U+E200–U+E2FF): `\u{E200}cite\u{E202}turn0search1\u{E201}`
/// around links and even before a code fence. Removed, with the reference between them,
/// before anything else reads the text, so a fence after a marker still opens code.
enum CitationMarkers {
    static func strip(_ text: String) -> String {
        guard text.unicodeScalars.contains(where: isPrivate) else { return text }
        var out = String.UnicodeScalarView()
        var inCitation = false
        for scalar in text.unicodeScalars {
            switch scalar.value {
            case 0xE200, 0xE203: inCitation = true
            case 0xE201: inCitation = false
            default:
                if isPrivate(scalar) { continue }
                if !inCitation { out.append(scalar) }
            }
        }
        return String(out)
    }

    static func isPrivate(_ scalar: Unicode.Scalar) -> Bool {
        (0xE000...0xF8FF).contains(scalar.value)
    }
}
