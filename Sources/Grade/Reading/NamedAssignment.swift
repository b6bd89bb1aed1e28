import Foundation

/// Several quantities given in one formula, `L = …, \qquad U = …`, where the part asks for
/// one of them ("Give L."): the piece narrowed to the assignment of the name the part's
/// question writes. Left alone unless exactly one of the assigned names is the part's (the one its
/// closing request names, when it has one: "Give $U$.").
enum NamedAssignment {
    /// `asked`: the names of the question's closing request, which decide between several of its names
    /// ("Compute $A = LU$ … Give $U$." answered "U = …, and L = …").
    static func focus(_ piece: PartAttribution.Piece, on names: Set<String>, asked: Set<String> = [], logarithms: Set<String> = []) -> PartAttribution.Piece {
        guard !names.isEmpty, piece.text.contains("=") || piece.text.contains("≈") || piece.text.contains("\\approx") else { return piece }
        let assignments = split(piece.text).compactMap { segment -> (name: String, text: String)? in
            var named = piece
            named.text = segment
            return assignedName(named).map { ($0, segment) }
        }
        guard Set(assignments.map(\.name)).count >= 2 else { return piece }
        let shadowed = arguments(shadowedIn: Set(assignments.map(\.name)), logarithms: logarithms)
        var mine = assignments.filter { names.contains($0.name) && !shadowed.contains($0.name) }
        // ("The first iteration computes $m_1 = 1.5$. What is $m_3$?": a name the question gives is data.)
        if !asked.isEmpty { mine = mine.filter { asked.contains($0.name) } }
        guard Set(mine.map(\.name)).count == 1, let chosen = mine.last else { return piece }
        var focused = piece
        focused.text = chosen.text
        // "… ≈ 2.1213. Since eigenvectors are only defined up to sign, −2.1213 is an equally
        // valid answer.": a later sentence offering another value for it stays with it.
        if let start = piece.text.range(of: chosen.text, options: .backwards)?.upperBound {
            var tail = String(piece.text[start...])
            let later = assignments.filter { $0.text != chosen.text }.compactMap { tail.range(of: $0.text)?.lowerBound }.min()
            if let later { tail = String(tail[..<later]) }
            if FinalAnswer.offersAlternative(tail) { focused.text += tail }
        }
        return focused
    }

    /// A part's pieces where some assign a name the part asks for ("L =" then its rows) and
    /// others assign other names ("U = …"): the others dropped.
    static func focus(_ pieces: [PartAttribution.Piece], on names: Set<String>, logarithms: Set<String> = []) -> [PartAttribution.Piece] {
        guard !names.isEmpty, pieces.count > 1 else { return pieces }
        let assigned = pieces.map(assignedName)
        // ("log₁₀ K = 37.19" then "So K ≈ 1.5 × 10³⁷." for a part asking for log₁₀ K: K is derived.)
        let shadowed = arguments(shadowedIn: Set(assigned.compactMap { $0 }), logarithms: logarithms)
        if !shadowed.isEmpty {
            return zip(pieces, assigned).filter { $0.1.map { !shadowed.contains($0) } ?? true }.map(\.0)
        }
        let named = Set(assigned.compactMap { $0 })
        guard named.count >= 2, named.intersection(names).count == 1 else { return pieces }
        // "μ₁ = (2, 1), μ₂ = (5, 4)" then "M = […]" for "a matrix whose rows are μ₁ and μ₂": a
        // piece giving several of the question's quantities builds the answer, not the answer itself.
        let builds = zip(pieces, assigned).contains { piece, name in
            guard let name, names.contains(name) else { return false }
            return Set(split(piece.text).compactMap { segment -> String? in
                var part = piece
                part.text = segment
                return assignedName(part)
            }).intersection(names).count >= 2
        }
        if builds { return pieces }
        return zip(pieces, assigned).filter { $0.1 == nil || names.contains($0.1!) }.map(\.0)
    }

    /// The bare names among `assigned` that a logarithm the question asks for is taken of, when a
    /// logarithm of it (in any base) is assigned too: "log₁₀ K" asked, "K ≈ 1.5 × 10³⁷" is derived
    /// from the answer ("ln K = 85.63", "log K = 85.63" still answer it, right or wrong).
    static func arguments(shadowedIn assigned: Set<String>, logarithms: Set<String>) -> Set<String> {
        func argument(_ name: String) -> String? {
            guard let prefix = name.firstMatch(of: #/^(?:log\d*|ln|lg)/#), prefix.range.upperBound < name.endIndex else { return nil }
            return String(name[prefix.range.upperBound...])
        }
        let asked = Set(logarithms.compactMap(argument))
        let logged = Set(assigned.compactMap(argument))
        return asked.intersection(logged).intersection(assigned)
    }

    /// The name a piece starts by assigning ("$$\\boxed{\\mu_1 = …", "L =", "x̂ = …", "V(A) ≈ …"), when it reads as a quantity's name.
    static func assignedName(_ piece: PartAttribution.Piece) -> String? {
        // "Solving: V(A) = …": a lead-in word before the name.
        let text = piece.text.replacingOccurrences(of: "\\boxed{", with: "")
            // ("\mathbf i = …", "\boldsymbol{v} = …": a font command around the name.)
            .replacingOccurrences(of: #"\\(?:mathbf|boldsymbol|bm|mathrm|mathit)\s*(?:\{([^{}]*)\}|(?=[A-Za-z]))"#, with: "$1", options: .regularExpression)
            // ("Counting A alleles: p = …": a lead-in of a few words after a gerund; not "Old answer:
            // p = …" or "Sample X: …".)
            .replacingOccurrences(of: #"^\s*(?:[A-Z][a-z]{1,15}|[A-Z][a-z]{1,15}ing(?:\s+[A-Za-z][a-z]{0,15}){1,3}):\s+"#, with: "", options: .regularExpression)
            // "…, so $U = …$", "so **$m_3 = 1.375$**": a connective or emphasis before the name.
            .replacingOccurrences(of: #"^\s*(?i:so|thus|hence|then|therefore|and|giving|i\.\s?e\.|that is)(?:\b|(?<=\.)),?\s+"#, with: "", options: .regularExpression)
            // "The mean number in system is L = …": a sentence that names the quantity in words first.
            .replacingOccurrences(of: #"^\s*[A-Z][a-z]+(?:\s+[a-z’'-]+){0,6}\s+(?:is|are|becomes|equals)\s+(?=\$*\\?[A-Za-zα-ωΑ-Ω][^=≈\s$]{0,12}\$?\s*(?:=|≈))"#, with: "", options: .regularExpression)
            .replacingOccurrences(of: #"^\s*(?:\*\*|__)"#, with: "", options: .regularExpression)
        // "log₁₀ K ≈ 18.59", "$\log_{10} K = 37.19$": a logarithm of a name is a name.
        if let logarithm = text.firstMatch(of: #/^\s*\$*\s*(\\?(?:log|ln|lg)(?:_\{?\d+\}?|[₀-₉]+)?\s*\(?[A-Za-z](?:_\{?\w+\}?)?\)?)\s*\$?\s*(?:=|≈|\\approx\b)/#) {
            return QuantityNames.logarithmName(String(logarithm.1))
        }
        // ("X^\top X = …": a space after a command stays inside the name.)
        guard let match = text.firstMatch(of: #/^\s*\$*\s*([A-Za-z\\ΔΣΩΦΘΛΓΨα-ω](?:\\[A-Za-z]+\s+|[^=≈\s$]){0,12})\s*(?:=|≈|\\approx\b)/#) else { return nil }
        let name = QuantityNames.normalized(String(match.1))
        return name.count == 1 && name.first!.isLetter || QuantityNames.isSymbolic(name) ? name : nil
    }

    /// The text cut at top-level `\qquad`, `\quad`, `;`, `, `, a sentence's end and "and" before an assignment (not inside brackets or environments).
    static func split(_ text: String) -> [String] {
        // "V(A) = 11/2.9 ≈ 3.793 and V(B) = … ≈ 3.103": "and" between two assignments cuts too.
        let marked = text.replacingOccurrences(of: "\\qquad", with: "\u{1F}").replacingOccurrences(of: "\\quad", with: "\u{1F}")
            // (So does "at": "peak 60 m³/s at t = 3 h".)
            .replacingOccurrences(of: #"\s+(?:and|at)\s+(?=\$*\\?[A-Za-z][^=≈\s$]{0,12}\$?\s*(?:=|≈|\\approx))"#, with: "\u{1F}", options: .regularExpression)
            // "… so **ρ = 0.6667**. The mean number in system is L = … = **2**.": a sentence ends its assignment.
            .replacingOccurrences(of: #"\.\s+(?=[A-Z])"#, with: ".\u{1F}", options: .regularExpression)
        var segments: [String] = []
        var current = ""
        var depth = 0
        var environments = 0
        var previous: Character = " "
        let characters = Array(marked)
        for (index, character) in characters.enumerated() {
            // ("\[ … \]" delimits a display, it groups nothing; an escaped bracket of a Markdown
            // copy, "\[1, 2, 3\]", has no space inside it.)
            let inside = character == "[" ? characters.indices.contains(index + 1) && characters[index + 1].isWhitespace
                : index >= 2 && characters[index - 2].isWhitespace
            let delimiter = previous == "\\" && "[]".contains(character) && inside
            if "([{".contains(character), !delimiter { depth += 1 }
            if ")]}".contains(character), !delimiter { depth = max(0, depth - 1) }
            current.append(character)
            if current.hasSuffix("\\begin") { environments += 1 }
            if current.hasSuffix("\\end") { environments = max(0, environments - 1) }
            let cut = character == "\u{1F}" || character == ";" && previous != "\\" || previous == "," && character == " "
            if cut, depth == 0, environments == 0 {
                segments.append(String(current.dropLast(character == " " ? 2 : 1)))
                current = ""
            }
            previous = character
        }
        segments.append(current)
        // ", and V(B) = …", ", with i = (6, −1)": the conjunction opens no name.
        // ("\[ L = …, \quad U = … \]": the display's opening delimiter names nothing.)
        return segments.map { $0.trimmingCharacters(in: .whitespacesAndNewlines).replacingOccurrences(of: #"^(?:\\\[|\$\$)\s*"#, with: "", options: .regularExpression)
                .replacingOccurrences(of: #"^(?:and|with|where|while|giving|so|hence|thus|then)\s+"#, with: "", options: .regularExpression) }
            .filter { !$0.isEmpty }
    }
}
