import Foundation

/// Tokens of an answer literal, after LaTeX, Unicode and Markdown dress is taken off.
///
/// `\dfrac{25}{8}`, `\tfrac13`, `−3`, `3\,200`, `32,\!349`, `1{,}000`, `2.5 \times 10^{-3}`,
/// `12.5\%`, `\text{B}`, `\begin{bmatrix}…\end{bmatrix}` all come out as the same few
/// token kinds; how commas and spaces between digit groups are read is left to the parser,
/// which knows what the key expects.
struct AnswerLexer {
    enum Token: Equatable {
        /// Digits with an optional fraction and exponent, exactly as written (`1.25`, `.4`, `2.5e-3`).
        case number(String)
        /// A comma that stands between a digit group and exactly three digits (`3,200`):
        /// a thousands separator or a list comma.
        case groupComma
        /// A thousands separator that cannot be anything else (`32,\!349`, `1{,}000`, a thin space).
        case thousands
        /// White space between a digit group and exactly three digits (`3 200`).
        case groupSpace
        /// A comma right between digits that is not a thousands separator (`1,22`).
        case digitComma
        /// A minus after white space and before a digit: a sign that may start a new item
        /// in a space-separated list (`[3 0 -2]`), else a minus.
        case leadingMinus
        case word(String)
        case command(String)
        case symbol(Character)
        case percent
        case rowBreak
        case columnBreak
        case equals
    }

    private(set) var tokens: [Token] = []

    init(_ text: String) {
        let characters = Array(Self.undress(text))
        var k = 0
        func peek(_ offset: Int = 0) -> Character? { k + offset < characters.count ? characters[k + offset] : nil }
        func digits(from start: Int) -> Int {
            var end = start
            while end < characters.count, characters[end].isASCII, characters[end].isNumber { end += 1 }
            return end - start
        }
        while k < characters.count {
            let c = characters[k]
            if c.isASCII, c.isNumber || (c == "." && peek(1)?.isASCII == true && peek(1)?.isNumber == true) {
                var end = k
                while end < characters.count, characters[end].isASCII, characters[end].isNumber { end += 1 }
                if end < characters.count, characters[end] == ".", end + 1 < characters.count, characters[end + 1].isASCII, characters[end + 1].isNumber {
                    end += 1
                    while end < characters.count, characters[end].isASCII, characters[end].isNumber { end += 1 }
                }
                // Exponent: 2.5e-3, 1E6 (not "2e" followed by a word).
                if end < characters.count, characters[end] == "e" || characters[end] == "E" {
                    var e = end + 1
                    if e < characters.count, characters[e] == "-" || characters[e] == "+" { e += 1 }
                    let start = e
                    while e < characters.count, characters[e].isASCII, characters[e].isNumber { e += 1 }
                    if e > start, !(e < characters.count && characters[e].isLetter) { end = e }
                }
                // "1st, 3rd and 5th harmonics": an ordinal is a word, not a value.
                if end + 1 < characters.count, !characters[k..<end].contains("."),
                   ["st", "nd", "rd", "th"].contains(String(characters[end...(end + 1)]).lowercased()),
                   end + 2 == characters.count || !characters[end + 2].isLetter {
                    tokens.append(.word(String(characters[k..<(end + 2)])))
                    k = end + 2
                    continue
                }
                tokens.append(.number(String(characters[k..<end])))
                k = end
                // Digit groups: "3,200", "3 200", "32\u{1}349" (an unambiguous separator).
                if k < characters.count, case .number(let written) = tokens.last!, !written.contains("."), !written.lowercased().contains("e") {
                    if characters[k] == "\u{1}", digits(from: k + 1) == 3 { tokens.append(.thousands); k += 1; continue }
                    if characters[k] == ",", written.count <= 3, digits(from: k + 1) == 3 {
                        tokens.append(.groupComma)
                        k += 1
                        continue
                    }
                    if characters[k] == " ", written.count <= 3, digits(from: k + 1) == 3 {
                        tokens.append(.groupSpace)
                        k += 1
                        continue
                    }
                }
                continue
            }
            if c == "\u{1}" { k += 1; continue }
            if c.isWhitespace { k += 1; continue }
            if c == "\\" {
                if peek(1) == "\\" { tokens.append(.rowBreak); k += 2; continue }
                var end = k + 1
                while end < characters.count, characters[end].isLetter { end += 1 }
                if end == k + 1 {
                    // \{ \} \% \, and other one-character commands.
                    if let next = peek(1) {
                        switch next {
                        case "{": tokens.append(.symbol("{"))
                        case "}": tokens.append(.symbol("}"))
                        case "%": tokens.append(.percent)
                        case "$": break
                        default: break
                        }
                    }
                    k += 2
                    continue
                }
                tokens.append(.command(String(characters[(k + 1)..<end])))
                k = end
                continue
            }
            if c.isLetter || c == "∂" {
                var end = k
                while end < characters.count, characters[end].isLetter, characters[end].isASCII || !"πα∂".contains(characters[end]) { end += 1 }
                if end == k { end = k + 1 }
                // "row's", "don't": an apostrophe inside a word of prose (a prime follows a single letter: s', f'(x)).
                while end - k >= 2, end + 1 < characters.count, "'’".contains(characters[end]), characters[end + 1].isLetter {
                    end += 1
                    while end < characters.count, characters[end].isLetter { end += 1 }
                }
                // "steady-state", "half-lives": a hyphen between two words of prose joins them (not
                // "x-y" or "a-bc", where a single letter stands on a side, or "pi-theta", Greek names).
                while end - k >= 2, end + 2 < characters.count, characters[end] == "-", characters[end + 1].isLetter, characters[end + 2].isLetter {
                    var next = end + 1
                    while next < characters.count, characters[next].isLetter { next += 1 }
                    let left = String(characters[k..<end]).split(separator: "-").last.map(String.init) ?? ""
                    let right = String(characters[(end + 1)..<next])
                    if [left, right].contains(where: { Self.greekNames[$0] != nil || Self.greekNames.values.contains($0) }) { break }
                    end = next
                }
                let word = String(characters[k..<end])
                // ("15π", "2π/3": π is the constant \pi, never a unit after a number; but "6 π
                // electrons", "2 π bonds" name a kind of electron or bond.)
                let named = String(characters[end...].prefix(12)).range(of: #"^\s+(?:electrons?|bonds?|orbitals?|systems?|stacking|clouds?|complex(?:es)?)\b"#, options: .regularExpression) != nil
                if word == "π", !named {
                    tokens.append(.command("pi"))
                } else if let name = Self.greekNames[word] ?? (Self.greekNames.values.contains(word) ? word : nil) {
                    tokens.append(.command(name))
                    // "beta1", "θ0": digits fused to a Greek letter are its subscript.
                    if end < characters.count, characters[end].isASCII, characters[end].isNumber { tokens.append(.symbol("_")) }
                } else {
                    tokens.append(.word(word))
                }
                k = end
                continue
            }
            if c == ",", k > 0, characters[k - 1].isASCII, characters[k - 1].isNumber, peek(1)?.isASCII == true, peek(1)?.isNumber == true {
                tokens.append(.digitComma)
                k += 1
                continue
            }
            if "-−".contains(c), k > 0, characters[k - 1].isWhitespace, let next = peek(1), next.isNumber || next == "." {
                tokens.append(.leadingMinus)
                k += 1
                continue
            }
            switch c {
            case "%": tokens.append(.percent)
            case "&": tokens.append(.columnBreak)
            case "=", "≈", "≡", "→", "⟶", "⇒", "⟹": tokens.append(.equals)
            case "−", "–", "‒", "﹣", "－": tokens.append(.symbol("-"))
            case "×", "·", "⋅", "∗", "*": tokens.append(.symbol("*"))
            case "÷", "∕": tokens.append(.symbol("/"))
            case "⟨": tokens.append(.symbol("⟨"))
            case "⟩": tokens.append(.symbol("⟩"))
            case "√": tokens.append(.command("sqrt"))
            case "∛": tokens.append(.command("cbrt"))
            case "∜": tokens.append(.command("fourthroot"))
            case "π": tokens.append(.command("pi"))
            default: tokens.append(.symbol(c))
            }
            k += 1
        }
    }

    /// Takes off what is not the answer: math delimiters, Markdown emphasis and code marks,
    /// text commands (their content stays), spacing, sizing and `\left`/`\right`. Unambiguous
    /// thousands separators become U+0001.
    static func undress(_ text: String) -> String {
        let text = vulgarFractionsWritten(superscriptsWritten(escapingRepaired(text)))
        // Row breaks `\\` are kept apart from the one-character commands below; their spacing (`\\[2pt]`) goes.
        var s = scientific.reduce(text) { $1.stringByReplacingMatches(in: $0, range: NSRange($0.startIndex..., in: $0), withTemplate: "$1e$2") }
            .replacingOccurrences(of: "e−", with: "e-")
        s = rowSpacing.stringByReplacingMatches(in: s, range: NSRange(s.startIndex..., in: s), withTemplate: "\u{2}")
        s = s.replacingOccurrences(of: "\\\\", with: "\u{2}")
        // "11,\\! 111,\\! 100": a thousands separator with a space after it.
        s = thousandsSpace.stringByReplacingMatches(in: s, range: NSRange(s.startIndex..., in: s), withTemplate: "\u{1}")
        // "14 {, }916": a braced comma between digit groups, spaced.
        s = bracedComma.stringByReplacingMatches(in: s, range: NSRange(s.startIndex..., in: s), withTemplate: "$1\u{1}")
        // "r**(1 - gamma)": a power written as in Python (bold marks stand after a space or before one).
        s = s.replacingOccurrences(of: #"(?<=[A-Za-z0-9)])\*\*(?=[A-Za-z0-9(])"#, with: "^", options: .regularExpression)
        for (from, to) in [
            ("{,}", "\u{1}"), (",\\!", "\u{1}"), ("\\!", ""), ("\\,", " "), ("\\;", " "), ("\\:", " "), ("\\ ", " "), ("~", " "),
            ("\u{2009}", "\u{1}"), ("\u{202F}", "\u{1}"), ("\u{00A0}", " "), ("\\$", ""),
            // "σ(s₊) − 1": a subscript sign is the subscript `_+` written out.
            ("₊", "_+"), ("₋", "_-"),
            ("\\left", ""), ("\\right", ""), ("\\bigl", ""), ("\\bigr", ""), ("\\Bigl", ""), ("\\Bigr", ""), ("\\big", ""), ("\\Big", ""),
            ("\\displaystyle", ""), ("\\dfrac", "\\frac"), ("\\tfrac", "\\frac"), ("\\cfrac", "\\frac"),
            ("\\qquad", " "), ("\\quad", " "), ("\\(", " "), ("\\)", " "), ("\\[", " "), ("\\]", " "),
            ("\\top", "⊤"), ("\\intercal", "⊤"), ("\\partial", "∂"), ("\\langle", "⟨"), ("\\rangle", "⟩"), ("\\times", "×"), ("\\cdot", "·"), ("\\div", "÷"), ("\\approx", "≈"),
            ("\\simeq", "≈"), ("\\sim", "≈"), ("\\equiv", "≡"), ("\\neq", "≠"), ("\\longrightarrow", "→"), ("\\rightarrow", "→"),
            ("\\Rightarrow", "⇒"), ("\\implies", "⇒"), ("\\to", "→"), ("->", "→"), ("=>", "⇒"),
            // "68.0^\circ", "68.0^{\circ}": the degree sign whole, before a bare \circ is replaced.
            ("^{\\circ}", "°"), ("^\\circ", "°"), ("\\circ", "°"),
            ("**", " "), ("__", " "), ("`", " "), ("$", " "),
            // "0.16305 m from the nut, i.e. 16.3 cm": the abbreviations are words, not the letters i and e.
            ("i.e.", "namely"), ("e.g.", "say"),
        ] {
            s = s.replacingOccurrences(of: from, with: to)
        }
        s = s.replacingOccurrences(of: "\u{2}", with: "\\\\")
        s = withoutModulus(s)
        // Text-like commands keep their argument: \text{B} → B.
        for command in ["\\boxed", "\\text", "\\textbf", "\\textit", "\\mathrm", "\\mathbf", "\\mathit", "\\operatorname", "\\mbox", "\\boldsymbol", "\\bm", "\\mathsf"] {
            s = unwrap(s, command)
        }
        return s
    }

    /// Greek letters by the name LaTeX gives them (π stays a number: the grammar reads it as a constant).
    static let greekNames: [String: String] = [
        "α": "alpha", "β": "beta", "γ": "gamma", "δ": "delta", "ε": "epsilon", "ϵ": "epsilon", "η": "eta", "θ": "theta",
        "κ": "kappa", "λ": "lambda", "μ": "mu", "ν": "nu", "ρ": "rho", "σ": "sigma", "τ": "tau", "φ": "phi", "ω": "omega",
    ]

    /// Greek letters as LaTeX commands, which the grammar reads as variables.
    static let greekCommands: Set<String> = Set(greekNames.values).union([
        "xi", "psi", "chi", "zeta", "iota", "varepsilon", "vartheta", "varphi", "Delta", "Gamma", "Lambda", "Theta", "Phi", "Omega", "Psi",
    ])

    static let doubledCommand = try! NSRegularExpression(
        pattern: #"(?<!\\)\\\\(?=(?:frac|dfrac|tfrac|left|right|boxed|sqrt|pi|cdot|times|mathbf|text|begin|end|infty)\b)"#)
    /// Control characters that an unescaped string made of a command's first letter (`"\frac"` in
    /// Python source is a form feed and "rac").
    static let swallowed: [(Character, [String])] = [
        ("\u{0C}", ["frac"]), ("\u{08}", ["boxed", "begin", "beta"]), ("\u{0D}", ["right", "rho"]), ("\u{09}", ["times", "tfrac", "theta", "text"]),
        ("\u{0B}", ["vec"]), ("\u{07}", ["alpha"]),
    ]

    /// Escaping accidents of exported text: a command with its backslash doubled (`\\frac`,
    /// `\\left(`) and a command whose `\f`, `\b`, `\r`, `\t` became a control character.
    static func escapingRepaired(_ text: String) -> String {
        var s = text
        for (control, commands) in swallowed where s.contains(control) {
            for command in commands {
                s = s.replacingOccurrences(of: String(control) + command.dropFirst(), with: "\\" + command)
            }
        }
        if s.contains("\\\\") {
            s = doubledCommand.stringByReplacingMatches(in: s, range: NSRange(s.startIndex..., in: s), withTemplate: "\\\\")
        }
        return s
    }

    static let superscripts: [Character: Character] = [
        "⁰": "0", "¹": "1", "²": "2", "³": "3", "⁴": "4", "⁵": "5", "⁶": "6", "⁷": "7", "⁸": "8", "⁹": "9", "⁻": "-", "⁺": "+",
    ]

    static let vulgarFractions: [Character: String] = [
        "½": "1/2", "⅓": "1/3", "⅔": "2/3", "¼": "1/4", "¾": "3/4", "⅕": "1/5", "⅙": "1/6", "⅛": "1/8",
    ]

    /// Unicode fractions as LaTeX fractions: `½(x + a/x)` → `\frac{1}{2}(x + a/x)`; a mixed
    /// number (`2½`) is left as written.
    static func vulgarFractionsWritten(_ text: String) -> String {
        guard text.contains(where: { vulgarFractions[$0] != nil }) else { return text }
        var out = ""
        for c in text {
            guard let fraction = vulgarFractions[c] else { out.append(c); continue }
            let parts = fraction.split(separator: "/")
            // A digit right before it makes a mixed number ("2½"), which is left as written.
            if let last = out.last, last.isNumber { out.append(c); continue }
            out += "\\frac{\(parts[0])}{\(parts[1])}"
        }
        return out
    }

    /// Unicode superscripts as a LaTeX power: `10⁶` → `10^{6}`, `x²` → `x^{2}`, `10⁻³` → `10^{-3}`.
    static func superscriptsWritten(_ text: String) -> String {
        guard text.contains(where: { superscripts[$0] != nil }) else { return text }
        var result = ""
        var run = ""
        for c in text {
            if let plain = superscripts[c] { run.append(plain); continue }
            if !run.isEmpty { result += "^{\(run)}"; run = "" }
            result.append(c)
        }
        if !run.isEmpty { result += "^{\(run)}" }
        return result
    }

    /// `\\[2pt]`: a row break with extra spacing.
    /// `,\\!` and the spaces after it.
    static let bracedComma = try! NSRegularExpression(pattern: #"(\d)\s*\{,\s*\}\s*(?=\d{3}(?!\d))"#)
    static let thousandsSpace = try! NSRegularExpression(pattern: #",\\!\s*"#)

    /// "17⁻¹ ≡ 38 (mod 43)", "x ≡ 4 \\pmod{7}", "a ≡ 13 mod 23": the modulus of a congruence
    /// names the ring, it is no part of the value.
    static func withoutModulus(_ text: String) -> String {
        guard text.contains("mod") else { return text }
        var s = text.replacing(#/\\pmod\s*\{([^{}]*)\}/#) { " (mod \($0.1))" }
        s = s.replacing(#/\((?:\s|\\)*(?:mod|modulo)\b[^()]*\)/#) { _ in " " }
        // A bare "mod n" after the last congruence sign closes it; before one, it is an operation ("5⁶ mod 23 ≡ 8").
        if let last = s.lastIndex(of: "≡") {
            let tail = s[last...].replacing(#/\s+\\?(?:bmod|mod|modulo)\s+\S+\s*([.,;]?)\s*$/#) { $0.1 }
            s = String(s[..<last]) + tail
        }
        return s
    }

    static let rowSpacing = try! NSRegularExpression(pattern: #"\\\\\[[^\]]{0,12}\]"#)

    /// `2.5 \times 10^{-3}`, `2.5 × 10^-3`, `2.5\cdot10^{-3}`: scientific notation, read as `2.5e-3`.
    /// A braced exponent first; an exponent without braces never takes a closing brace that
    /// belongs to an enclosing group (`\frac{8}{6\times 10^4}`).
    /// Also `1.90 × 1027` and `2.5 × 10−3`, a print's or paste's scientific notation whose exponent
    /// lost its raising: a mantissa of one digit and decimals, then 10 and an exponent of two
    /// digits or a minus (never `1.5 × 108`, which may be a product, nor `2.5 × 1024` bytes), nothing
    /// computed after it.
    static let scientific = [#"\{\s*([-−+]?\d+)\s*\}"#, #"([-−+]?\d+)"#].map { exponent in
        try! NSRegularExpression(pattern: #"(\d+(?:\.\d+)?)\s*(?:\\times|×|\\cdot|·|\*)\s*10\s*\^\s*"# + exponent)
    } + [try! NSRegularExpression(pattern: #"(?<![\d.])(\d\.\d+)\s*(?:\\times|×|\\cdot|·)\s*10(?!24(?!\d))([−-][1-9]\d?|[1-9]\d)(?![\d.,])(?!\s*(?:[=+×*/^·−-]|\\times|\\cdot|(?i:bytes?|bits?|B\b|KiB|MiB)))"#)]

    /// `\cmd{x}` → `x` for every occurrence (balanced braces), a space around it.
    static func unwrap(_ text: String, _ command: String) -> String {
        guard text.contains(command) else { return text }
        var out = ""
        var rest = Substring(text)
        while let range = rest.range(of: command + "{") {
            out += rest[..<range.lowerBound]
            var depth = 1
            var index = range.upperBound
            while index < rest.endIndex, depth > 0 {
                if rest[index] == "{" { depth += 1 } else if rest[index] == "}" { depth -= 1 }
                if depth > 0 { index = rest.index(after: index) }
            }
            out += " " + rest[range.upperBound..<index] + " "
            rest = index < rest.endIndex ? rest[rest.index(after: index)...] : ""
        }
        return out + rest
    }
}
