/// One input line with Markdown decoration removed, as the header and label parsers see it.
struct LineShape: Sendable {
    /// Trimmed characters without heading marks, bullets and emphasis markers.
    let characters: [Character]
    /// The line was a Markdown heading (`## …`).
    let isHeading: Bool
    /// The line carried bold markers (`**…**` or `__…__`).
    let isBold: Bool
    /// The bullet removed from the start of the line, if any.
    let bullet: Character?

    var isEmpty: Bool { characters.isEmpty }
    var string: String { String(characters) }

    init(_ line: String) {
        var chars = LineShape.removingLaTeXWrapper(Array(line).trimmed)
        // Quote marks of Markdown block quotes.
        while chars.first == ">" { chars = Array(chars.dropFirst()).trimmed }
        var heading = false
        if chars.first == "#" {
            var i = 0
            while i < chars.count, chars[i] == "#" { i += 1 }
            if i <= 6, i == chars.count || chars[i].isBlank {
                heading = true
                chars = Array(chars[i...]).trimmed
                // Closing hashes of an ATX heading.
                while chars.last == "#" { chars.removeLast() }
                chars = chars.trimmed
            }
        }
        // Points the exam class prints in the margin, before a number or a label:
        // "(6) 2. A coffee shop …", "(4) (d) Same setting …", "(5) i. Use …".
        if chars.first == "(", let close = chars.firstIndex(of: ")"), (2...3).contains(close),
           chars[1..<close].allSatisfy(\.isASCIIDigit), close + 2 < chars.count, chars[close + 1].isBlank
        {
            let rest = Array(chars[(close + 2)...])
            let letters = rest.prefix { $0.isASCIILetter && $0.isLowercase }
            let labelled = (1...4).contains(letters.count) && letters.count < rest.count && ".)".contains(rest[letters.count])
            if rest[0].isASCIIDigit || rest[0] == "(" || labelled { chars = rest }
        }
        // One bullet.
        var bullet: Character?
        if chars.count >= 2, ["-", "*", "+", "•", "◦", "▪", "–"].contains(chars[0]), chars[1].isBlank {
            bullet = chars[0]
            chars = Array(chars[1...]).trimmed
        }
        // Bold markers anywhere.
        var bold = false
        var stripped: [Character] = []
        stripped.reserveCapacity(chars.count)
        var i = 0
        while i < chars.count {
            if i + 1 < chars.count, chars[i] == chars[i + 1], chars[i] == "*" || chars[i] == "_" {
                bold = true
                i += 2
                continue
            }
            stripped.append(chars[i])
            i += 1
        }
        chars = stripped.trimmed
        // Italic markers around the whole line or its start.
        if chars.count >= 2, chars[0] == "*" || chars[0] == "_", !chars[1].isBlank {
            chars.removeFirst()
        }
        chars = LineShape.removingItalicMarkers(chars)
        characters = chars.trimmed
        isHeading = heading
        isBold = bold
        self.bullet = bullet
    }

    /// `\section*{Problem 1: Title}` → `Problem 1: Title`; `\item[(a)] Text` → `(a) Text`.
    private static func removingLaTeXWrapper(_ chars: [Character]) -> [Character] {
        guard chars.first == "\\" else { return chars }
        for command in ["\\section*{", "\\section{", "\\subsection*{", "\\subsection{", "\\textbf{"]
        where chars.hasPrefix(command, at: 0, ignoringCase: false) {
            var depth = 1
            var i = command.count
            while i < chars.count {
                if chars[i] == "{" { depth += 1 }
                if chars[i] == "}" {
                    depth -= 1
                    if depth == 0 { break }
                }
                i += 1
            }
            guard i < chars.count else { return chars }
            return Array(chars[command.count..<i]) + [" "] + Array(chars[(i + 1)...])
        }
        if chars.hasPrefix("\\item[", at: 0, ignoringCase: false), let close = chars.firstIndex(of: "]") {
            return Array(chars[6..<close]) + [" "] + Array(chars[(close + 1)...])
        }
        return chars
    }

    /// Drops a single `*` or `_` right after a closing parenthesis or at the end (`*(a)* Compute`).
    private static func removingItalicMarkers(_ chars: [Character]) -> [Character] {
        var result = chars
        if let last = result.last, last == "*" || last == "_", result.count >= 2, !result[result.count - 2].isBlank {
            result.removeLast()
        }
        if let close = result.firstIndex(of: ")"), close < 8, close + 1 < result.count,
           result[close + 1] == "*" || result[close + 1] == "_" {
            result.remove(at: close + 1)
        }
        return result
    }
}
