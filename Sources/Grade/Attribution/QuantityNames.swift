import Foundation

/// The quantities each part asks for, by the names its question writes them with
/// (`$V^*$`, `$P(A \mid B)$`, `V₂`, `$H(Y|X)$`), so that a summary line
/// "• V* ≈ (9.9, 11, 0)" can be given to the one part whose question names `V*`.
///
/// A name is a formula or a short symbolic token: its longest run of letters is at most three
/// (Greek letters by name count as one), so words ("policy", "entropy") never name a part.
/// A name that more than one part writes names none: a wrong part is worse than none.
public struct QuantityNames: Sendable {
    /// Part ids by normalized name.
    let parts: [String: Set<String>]
    /// Each part's names, one-letter names (`L`, `w`) included.
    let byPart: [String: Set<String>]
    /// The names each part's closing request writes ("… $A = LU$ … Give $U$." asks for U).
    let askedByPart: [String: Set<String>]
    /// The logarithms a part's request asks for ("Find log_{10} K …", "Compute $\ln K$"), by name.
    let logarithmsByPart: [String: Set<String>]

    /// `questions` maps part ids to their text.
    public init(questions: [String: String]) {
        var parts: [String: Set<String>] = [:]
        var byPart: [String: Set<String>] = [:]
        var askedByPart: [String: Set<String>] = [:]
        var logarithmsByPart: [String: Set<String>] = [:]
        for (id, written) in questions {
            logarithmsByPart[id] = Self.askedLogarithms(in: written)
            let question = Self.withoutOptions(written)
            for name in Self.names(in: question) { parts[name, default: []].insert(id) }
            // ("An ideal population of N_e = 50 diploids …": a name the question gives a value is data.)
            let givens = Set(question.matches(of: #/([A-Za-zα-ωΑ-Ω][\w{}^]{0,8})\$?\s*=\s*\$?[-−]?\d/#).map { Self.normalized(String($0.1)) })
            // ("Compute the spectral radius of the Jacobi iteration matrix $T_J = -D^{-1}(L+U)$": the
            // matrix a property is asked of is no name of the answer; "the value of $x$" is.)
            let arguments = Set(Self.arguments.flatMap { pattern in
                pattern.matches(in: question, range: NSRange(question.startIndex..., in: question)).compactMap { match -> String? in
                    guard let noun = Range(match.range(at: 1), in: question), let name = Range(match.range(at: 2), in: question),
                          Self.properties.contains(question[noun].lowercased()) else { return nil }
                    return Self.normalized(String(question[name]))
                }
            })
            byPart[id] = Self.names(in: question, letters: true).filter { !givens.contains(Self.normalized($0)) && !arguments.contains(Self.normalized($0)) }
            if let request = question.components(separatedBy: ". ").last,
                request.range(of: #"^\s*(?:Give|Report|State|Find|Compute|Write down|What is|What are)\b"#, options: .regularExpression) != nil {
                askedByPart[id] = Self.names(in: String(request), letters: true)
            }
        }
        self.parts = parts
        self.byPart = byPart
        self.askedByPart = askedByPart
        self.logarithmsByPart = logarithmsByPart
    }

    /// Nouns of quantities other than the one they are taken of ("the spectral radius of T_J");
    /// not "value", "magnitude" or "norm", which a name often stands for.
    static let properties: Set<String> = ["radius", "determinant", "rank", "trace", "eigenvalue", "eigenvalues", "eigenvector", "eigenvectors", "inverse",
                                          "transpose", "derivative", "gradient", "integral", "variance", "expectation", "entropy", "kernel", "span",
                                          "dimension", "period", "condition", "nullity", "cofactor", "minor", "adjugate"]

    /// A name a property is asked of, after "<noun> of" and up to three words: "the spectral
    /// radius of the Jacobi iteration matrix T_J" (a noun in lower case, not "R of the mesh
    /// equations", itself a name). Groups: the noun, the name.
    static let arguments: [NSRegularExpression] = (0...3).map { words in
        try! NSRegularExpression(pattern: #"\b([a-z]{3,})\s+of\s+(?:(?:the|a|an|this|its)\s+)?(?:[A-Za-z-]+\s+){"# + "\(words)" + #"}\$?\s*([A-Za-zα-ωΑ-Ω\\][\w{}^\\]{0,12}?)\s*(?:=|\$|[.,;:?)]|\s|$)"#)
    }

    /// "Find log_{10} K for the reaction", "What is $\ln K$?": a logarithm right after the verb
    /// that asks (not one a formula in the question uses, "using ln K = −ΔG°/RT").
    static func askedLogarithms(in question: String) -> Set<String> {
        let pattern = #/(?i:find|compute|calculate|give|determine|report|evaluate|what is|what's)\s+(?:the\s+(?:value\s+of\s+)?)?\$*\s*((?:\\?(?:log|ln|lg))(?:_\{?\d+\}?|[₀-₉]+)?\s*\(?[A-Za-z]\)?)(?![\w{])/#
        return Set(question.matches(of: pattern).map { logarithmName(String($0.1)) })
    }

    /// A logarithm of a name as written ("log₁₀ K", "\log_{10} K", "ln(K)") normalized: "log10K".
    static func logarithmName(_ written: String) -> String {
        normalized(written.filter { !$0.isWhitespace && $0 != "(" && $0 != ")" })
    }

    /// The logarithms the part's request asks for.
    public func askedLogarithms(of part: String) -> Set<String> { logarithmsByPart[part] ?? [] }

    /// The question before its options: "Which holds for all X, Y? (A) H(X|Y) ≥ H(X) (B) …"
    /// names what the options compare, not what the part asks for.
    static func withoutOptions(_ question: String) -> String {
        guard let first = question.firstMatch(of: #/(?m)(?:^|\s)[(\[]?A[).\]]\s/#),
            question[first.range.upperBound...].contains(#/(?:^|\s)[(\[]?B[).\]]\s/#) else { return question }
        return String(question[..<first.range.lowerBound])
    }

    /// The names a part's question writes, one-letter names included.
    public func names(of part: String) -> Set<String> { byPart[part] ?? [] }

    /// The names the closing request of a part's question writes ("Give $U$."), when it opens with one.
    public func askedNames(of part: String) -> Set<String> { askedByPart[part] ?? [] }

    /// The one part whose question writes the symbol that an item of a request list is
    /// ("need rho, L, W (minutes), Lq, and …": "rho" → the part asking for ρ), or nil.
    public func part(symbol item: String, among candidates: [String]) -> String? {
        let text = item.trimmingCharacters(in: .whitespaces)
            .replacing(#/^(?i:(?:and|need|find|compute|give|also|plus|then|i need|we need)\s+)+/#, with: "")
            // ("x2 to 6 dp", "x1 exactly", "x2 as a fraction": how it is to be given is no part of the name.)
            .replacing(#/\s*\([^()]*\)\s*$|\s+(?:to|in|as)\s+\S.*$|\s+(?:exactly|approximately|numerically|symbolically|precisely|please)\b.*$/#, with: "")
            .trimmingCharacters(in: CharacterSet(charactersIn: " $?.:"))
        guard (1...6).contains(text.count), !text.contains(" ") else { return nil }
        let key = Self.normalized(text)
        let owners = candidates.filter { byPart[$0]?.contains { Self.normalized($0) == key } == true }
        return owners.count == 1 ? owners[0] : nil
    }

    /// The one part whose question writes `name`, or nil.
    public func part(named name: String) -> String? {
        let key = Self.normalized(name)
        guard Self.isSymbolic(key), let ids = parts[key], ids.count == 1 else { return nil }
        return ids.first
    }

    /// A summary line "• V* ≈ (9.9, 11, 0)", "- $P(A \mid B) = 0.3$", "**H(Y|X):** 0.8 bits":
    /// the part its name names and the value after the name, or nil.
    public func entry(_ line: String) -> (part: String, value: String)? {
        var text = line.trimmingCharacters(in: .whitespaces)
        if let marker = text.firstMatch(of: #/^(?:[-•*·▪–]|\d+[.)])\s+/#) { text = String(text[marker.range.upperBound...]) }
        guard let match = text.firstMatch(of: #/^(.{1,40}?)\s*(?:\*\*)?\s*(=|≈|:|\\approx)\s*(?:\*\*)?\s*(.+)$/#) else { return nil }
        var name = String(match.1).trimmingCharacters(in: CharacterSet(charactersIn: "$` "))
        if name.hasPrefix("**") { name.removeFirst(2) }
        if name.hasSuffix("**") { name.removeLast(2) }
        guard !name.isEmpty else { return nil }
        if let part = part(named: name) { return (part, String(match.3)) }
        // "after two Newton steps x₂ ≈ 1.4142": words, then the symbol the relation assigns.
        let words = name.split(separator: " ")
        guard words.count > 1, let symbol = words.last, symbol.count <= 8, symbol.contains(where: { !$0.isLowercase || !$0.isLetter }) || symbol.count == 1,
              words.dropLast().allSatisfy({ $0.allSatisfy { $0.isLetter || $0 == "-" } }), let part = part(named: String(symbol)) else { return nil }
        return (part, String(match.3))
    }

    /// The names a question writes: the pieces of its `$…$` formulas between `=` and `,`, and
    /// its bare symbolic tokens.
    static func names(in question: String, letters: Bool = false) -> Set<String> {
        var names: Set<String> = []
        var rest = Substring(question)
        var plain = ""
        while let open = rest.range(of: "$") {
            plain += rest[..<open.lowerBound] + " "
            let after = rest[open.upperBound...].drop { $0 == "$" }
            guard let close = after.range(of: "$") else { rest = after; break }
            for piece in Self.pieces(String(after[..<close.lowerBound])) { names.insert(piece) }
            rest = after[close.upperBound...].drop { $0 == "$" }
        }
        plain += rest
        plain = Self.collapsingSpacesInParentheses(plain)
        // Outside formulas only tokens that read as a symbol ("V2", "V*", "V(s1)", "H(Y|X)"), not words or labels.
        for token in plain.split(whereSeparator: { $0.isWhitespace }) {
            let trimmed = token.trimmingCharacters(in: CharacterSet(charactersIn: ".,;:?!"))
            // "X^⊤X", "XᵀX": a product with a transpose is a name (normalized, its mark is a letter).
            let transposed = trimmed.count <= 8 && trimmed.wholeMatch(of: #/[A-Za-z]\^?[⊤ᵀ][A-Za-z]?/#) != nil
            // "ΔS", "ΔU": a change written with a capital delta is a name too.
            // ("ŵ(0)": a letter with a hat names as well as a plain one; "A^{-1}", an inverse, too.)
            for piece in Self.pieces(trimmed) where piece.wholeMatch(of: #/(?:[A-Za-z]\x{302}?|[ŵŷâêîôû]){1,3}(?:\d+|↑-?\d+|\*|'|\(.+\))\S*|Δ[A-Za-z]{1,2}\d?/#) != nil || transposed {
                names.insert(piece)
            }
            // "L_q", "P_0": a letter with a short subscript, as LaTeX leaves it in the canonical text.
            if trimmed.wholeMatch(of: #/[A-Za-zα-ωΑ-Ω]{1,2}_\{?[A-Za-z0-9]{1,4}\}?/#) != nil { names.insert(normalized(trimmed)) }
            // "Give L.": a capital letter alone names a quantity.
            if letters, trimmed.count == 1, trimmed.first!.isUppercase, trimmed != "A" || token.hasSuffix(".") { names.insert(trimmed) }
        }
        // "Find log_{10} K for the reaction", "ln K": a logarithm of a name, as a print leaves it.
        for match in plain.matches(of: #/(?:^|[\s(])((?:log|ln|lg)(?:_\{?\d+\}?|[₀-₉]+)?\s*\(?[A-Za-z]\)?)(?=[\s,.;:?)]|$)/#) {
            names.insert(logarithmName(String(match.1)))
        }
        // "Estimate the frequency p of allele A", "the probability q that …": a lowercase letter
        // that a noun introduces names a quantity.
        if letters {
            for match in plain.matches(of: #/\b[a-z]{3,}\s+([b-hj-zα-ω])(?=\s+(?:of|for|that|at|such|in|with|from|to|when)\b|[,.;:?])/#) {
                names.insert(normalized(String(match.1)))
            }
        }
        return names.filter { isSymbolic($0) || letters && $0.count == 1 && $0.first!.isLetter }
    }

    /// "P(spam | x)" → "P(spam|x)": a formula written in prose stays one token.
    static func collapsingSpacesInParentheses(_ text: String) -> String {
        var out = ""
        var depth = 0
        for character in text {
            if character == "(" { depth += 1 }
            if character == ")" { depth = max(0, depth - 1) }
            if depth > 0, character.isWhitespace { continue }
            // A sentence's parenthesis left open does not swallow the rest of the text.
            if character == "\n" { depth = 0 }
            out.append(character)
        }
        return out
    }

    /// The parts among `candidates` whose names `text` writes ("what's the MLE of P(spam)?" → the
    /// part asking for P(spam)), in order of the candidates.
    public func parts(namedIn text: String, among candidates: [String]) -> [String] {
        let named = Set(Self.names(in: text).compactMap { parts[$0]?.count == 1 ? parts[$0]!.first : nil })
        return candidates.filter(named.contains)
    }

    /// A formula split at top-level `=`, `,` and `\in`, each piece normalized.
    static func pieces(_ formula: String) -> [String] {
        var pieces: [String] = []
        var depth = 0
        var current = ""
        let text = formula.replacingOccurrences(of: "\\in ", with: "=")
        for character in text {
            if "([{".contains(character) { depth += 1 }
            if ")]}".contains(character) { depth -= 1 }
            if depth == 0, "=,≈<>".contains(character) {
                pieces.append(current)
                current = ""
            } else {
                current.append(character)
            }
        }
        pieces.append(current)
        return pieces.map(normalized).filter { !$0.isEmpty }
    }

    static let commands: [(String, String)] = [
        ("\\mid", "|"), ("\\ast", "*"), ("\\star", "*"), ("\\left", ""), ("\\right", ""), ("\\mathbf", ""), ("\\mathrm", ""),
        ("\\boldsymbol", ""), ("\\operatorname", ""), ("\\,", ""), ("\\;", ""), ("\\!", ""), ("\\prime", "'"), ("\\top", "T"),
        ("\\intercal", "T"), ("\\mathsf", ""), ("ᵀ", "T"), ("⊤", "T"),
        // Capital Greek letters stay one letter however written: `\Delta S` and `ΔS` → `ΔS`.
        ("\\Delta", "Δ"), ("\\Sigma", "Σ"), ("\\Omega", "Ω"), ("\\Phi", "Φ"), ("\\Theta", "Θ"), ("\\Lambda", "Λ"), ("\\Gamma", "Γ"),
        ("\\Psi", "Ψ"),
        // A divergence's bars however written: `D(P\|Q)`, `D(P||Q)`, `D(P‖Q)`.
        ("\\|", "‖"), ("\\Vert", "‖"), ("\\parallel", "‖"), ("||", "‖"),
    ]

    /// The name without markup or spacing: `V^{*}` → `V*`, `V_{1}` and `V₁` → `V1`, `A^{-1}` and `A⁻¹` → `A↑-1`,
    /// `\gamma` and `γ` → `gamma`, `P(A \mid B)` → `P(A|B)`.
    /// A transpose is one name however it is written: `X^\top X`, `XᵀX` and `X'X` → `XTX`
    /// (a prime between two letters is a transpose; `f'(x)` keeps its prime).
    static func normalized(_ name: String) -> String {
        // `\hat w`, `\hat{w}` → `ŵ` (a hat stays a mark on its letter, so ŷ and y stay apart).
        var text = name.replacing(#/\\(?:wide)?hat\s*\{?([A-Za-z])\}?/#) { String($0.output.1) + "\u{302}" }
        // A power is no index: `x^2` and `x²` are `x↑2`, never `x_2` (`x2`); `A^{-1}` and `A⁻¹` are `A↑-1`.
        text = text.replacing(#/\^\s*\{\s*([-−]?\d+)\s*\}|\^\s*([-−]?\d)/#) { match in
            "↑" + String(match.output.1 ?? match.output.2 ?? "").replacingOccurrences(of: "−", with: "-")
        }
        for (command, replacement) in commands { text = text.replacingOccurrences(of: command, with: replacement) }
        text = text.replacingOccurrences(of: #"(?<=\p{L})['′](?=\p{L})"#, with: "T", options: .regularExpression)
        var result = ""
        var superscript = false
        for scalar in text.unicodeScalars {
            let isSuperscript = [0x2070, 0x00B9, 0x00B2, 0x00B3, 0x207B, 0x207A].contains(scalar.value) || (0x2074...0x2079).contains(scalar.value)
            if isSuperscript, !superscript { result += "↑" }
            superscript = isSuperscript
            switch scalar.value {
            case 0x2080...0x2089: result.unicodeScalars.append(UnicodeScalar(scalar.value - 0x2080 + 0x30)!)
            case 0x2070, 0x00B9, 0x00B2, 0x00B3, 0x2074...0x2079:
                let digit: UInt32 = scalar.value == 0x2070 ? 0 : scalar.value == 0xB9 ? 1 : scalar.value == 0xB2 ? 2 : scalar.value == 0xB3 ? 3 : scalar.value - 0x2070
                result += String(digit)
            case 0x207B: result += "-"
            case 0x207A: result += "+"
            default:
                let character = Character(scalar)
                if let greek = QuestionMatch.greek[character] { result += greek }
                else if "∗⋆".contains(character) { result += "*" }
                else if "′".contains(character) { result += "'" }
                else if character == "−" { result += "-" }
                else if !(character.isWhitespace || "$\\{}_^`".contains(character)) { result.append(character) }
            }
        }
        return result
    }

    static let greekNames = Set(QuestionMatch.greek.values)

    /// A formula-like name: no run of more than three letters other than a Greek letter's name
    /// (with a subscript of up to three letters), and not a bare number.
    static func isSymbolic(_ name: String) -> Bool {
        guard (2...24).contains(name.count), name.contains(where: \.isLetter), !name.contains(where: { $0.isWhitespace }) else { return false }
        // Words inside brackets are arguments ("P(spam)", "H(Y|X)"); outside they must be short.
        var outside = ""
        var depth = 0
        for character in name {
            if "([".contains(character) { depth += 1 } else if ")]".contains(character) { depth = max(0, depth - 1) } else if depth == 0 { outside.append(character) }
        }
        for run in outside.split(whereSeparator: { !$0.isLetter }) where run.count > 3 {
            let word = String(run).lowercased()
            // ("ω_n", "ωd" → "omegan", "omegad": a Greek letter's name and a subscript of up to three letters.)
            if !greekNames.contains(word), !greekNames.contains(where: { word.hasPrefix($0) && word.count - $0.count <= 3 }) { return false }
        }
        return true
    }
}
