import Synchronization

/// A statement's text prepared for reading: minus signs and dashes become `-`, odd
/// spaces plain spaces, curly quotes straight ones, the micro sign μ; phrases are found case-insensitively.
struct StatementText: Sendable, Hashable {
    let text: String

    init(_ raw: String) {
        text = String(raw.map { character -> Character in
            switch character {
            case "−", "–", "‒", "﹣", "－": "-"
            case "\u{00A0}", "\u{2009}", "\u{202F}", "\t": " "
            // A PDF's typographic quotes: `padding=’same’`.
            case "‘", "’": "'"
            case "“", "”": "\""
            // The MICRO SIGN a PDF's text layer gives for μ: "momentum µ = 0.9".
            case "µ": "μ"
            default: character
            }
        })
    }

    var isEmpty: Bool { text.allSatisfy(\.isWhitespace) }

    /// The text with each enumeration of one indexed symbol ("(x̂_1, …, x̂_4)", "y_1, y_2, y_3",
    /// "x̂_1 … x̂_m") written as that symbol with the index i: an enumeration names every
    /// element, not its first.
    var collapsingEnumerations: StatementText {
        // (Scalar semantics: "x̂" is an x and a combining circumflex.)
        let symbol = #/([A-Za-zα-ωŷ]\u{0302}?)_\{?\w+\}?/#.matchingSemantics(.unicodeScalar)
        let enumeration = #/\(?([A-Za-zα-ωŷ]\u{0302}?)_\{?\w+\}?(?:(?:\s*,\s*(?:and\s+)?|\s+and\s+)(?:…|\.\.\.|\\[lc]?dots|[A-Za-zα-ωŷ]\u{0302}?_\{?\w+\}?))+(?:\s*\))?|([A-Za-zα-ωŷ]\u{0302}?)_\{?\w+\}?\s*(?:…|\.\.\.|\\[lc]?dots)\s*[A-Za-zα-ωŷ]\u{0302}?_\{?\w+\}?/#.matchingSemantics(.unicodeScalar)
        var result = text
        for match in text.matches(of: enumeration).reversed() {
            let whole = match.output.0
            let name = match.output.1 ?? match.output.2 ?? ""
            let symbols = whole.matches(of: symbol)
            // One symbol throughout, at least two of its elements or one and an ellipsis.
            guard symbols.allSatisfy({ $0.output.1 == name }),
                  symbols.count >= 2 || whole.contains("…") || whole.contains("...") || whole.contains("dots") else { continue }
            result.replaceSubrange(match.range, with: name + "_i")
        }
        return StatementText(result)
    }

    /// Code written as formulas: `h = relu(W1 @ x + b1)` reads `h = relu(W1 x + b1)` and `loss =
    /// 0.5 * (yhat - 1.0) ** 2  # target` reads `loss = 0.5 * (yhat - 1.0)^2`, also when a reader
    /// joined the code's lines; an expression of code ("What is `W1 @ x + b1`?") too. Only in a
    /// text with an assignment that uses `@` or `**`, or a spaced `@` (never an address's).
    var codeAssignmentsAsFormulas: StatementText {
        // (A power is spaced alike on both sides, `x**2`, `x ** 2`; Markdown's bold, "the **second**", is not.)
        // (A product is spaced, `W1 @ x`: never an address's "ta@cs.edu".)
        let operation = #"[\w)\]](?:\s+@\s+|\*\*|\s+\*\*\s+)[\w(\[]"#
        guard text.range(of: #"[A-Za-z_]\w*\s*=(?!=)[^=]*?"# + operation, options: .regularExpression) != nil
                || text.range(of: #"[\w)\]]\s+@\s+[\w(\[]"#, options: .regularExpression) != nil else { return self }
        var code = text.replacingOccurrences(of: #"`([^`\n]*"# + operation + #"[^`\n]*)`"#, with: "$1", options: .regularExpression)
        // (A comment runs to its line's end, or, where the lines were joined, to the next assignment
        // or the next sentence: "… ** 2  # data term The objective L is …" keeps the sentence.)
        code = code.replacingOccurrences(of: #"\s+#(?!\d)[ \t]*[a-z][a-z0-9 \t,'’-]{0,60}?(?=\s+[A-Za-z_]\w*\s*=(?!=)|\s+[A-Z]|\s*\n|\s*$)"#, with: "", options: .regularExpression)
        code = code.replacingOccurrences(of: #"(?<=[\w)\]])\s+@\s+(?=[\w(\[])"#, with: " ", options: .regularExpression)
        code = code.replacingOccurrences(of: #"(?<=[\w)\]])(?:\*\*|\s+\*\*\s+)(?=[\w(\[.])"#, with: "^", options: .regularExpression)
        return StatementText(code)
    }

    /// The text with each array constructor of code unwrapped to its literal:
    /// `Q = np.array([[1, 0], [0, 1]])` reads as `Q = [[1, 0], [0, 1]]` (also `numpy.array`,
    /// `np.asarray`, `torch.tensor`, with a `dtype=` after the literal).
    var unwrappingArrayCalls: StatementText {
        // (Not one indexed or sliced after the call, `np.array([…])[::-1]`; a literal over several
        // lines of code is one line.)
        StatementText(text.replacing(#/\b(?:np|numpy|torch)\.(?:array|asarray|tensor|Tensor|FloatTensor)\(\s*(\[[^()]*\])\s*(?:,\s*dtype\s*=\s*[\w.]+\s*)?\)(?!\s*[\[.])/#) { match in
            match.output.1.replacing(#/\s*\n\s*/#, with: " ")
        })
    }

    /// The text with each row vector whose brackets a paste lost written in brackets again:
    /// pdftotext gives `x = \begin{bmatrix} 3 & 1 & -2 \end{bmatrix},` as "x = 3 1 -2 ,", the
    /// space before the comma or period standing where the bracket was. Only a one-letter name
    /// (with an index), two numbers or more, and that space.
    var bracketingBareRows: StatementText {
        StatementText(text.replacing(#/\b([A-Za-z](?:_\{?\w+\}?)?)(\s*=\s*)((?:-?\d+(?:\.\d+)?[ ]+){1,15}-?\d+(?:\.\d+)?)[ ]+([,.;])(?=\s|$)/#) { match in
            "\(match.output.1)\(match.output.2)[\(match.output.3)]\(match.output.4)"
        })
    }

    /// The text with a named row of values under a header of indices written as the vector it
    /// names: "class 0 1 2 logit s_k 2.0 −1.0 0.5" (a table flattened to text) reads "class 0 1 2
    /// logit s_k = (2.0, −1.0, 0.5)". The header counts 0, 1, … or 1, 2, … (two or more), and the
    /// row has a name and exactly as many numbers.
    var namingIndexedRows: StatementText {
        // (Cells apart by spaces, or by bars where the table kept them, a rule of dashes between.)
        let pattern = #/\b([A-Za-z]{2,20})[\s|]+((?:\d{1,2}[\s|]+){1,15}\d{1,2})[\s|:\-]+([A-Za-z][A-Za-z_{} ]{0,30}?)[\s|]+((?:[-−]?\d+(?:\.\d+)?[ \t|]+){1,15}[-−]?\d+(?:\.\d+)?)(?=[\s|]|$|[,;]|\.(?!\d))/#
        var result = ""
        var last = text.startIndex
        for match in text.matches(of: pattern) {
            let indices = match.output.2.split(whereSeparator: { $0.isWhitespace || $0 == "|" }).compactMap { Int($0) }
            let values = match.output.4.split(whereSeparator: { $0.isWhitespace || $0 == "|" }).map(String.init)
            guard let first = indices.first, first == 0 || first == 1, indices == Array(first..<(first + indices.count)),
                  values.count == indices.count else { continue }
            // (Another named row under the same header, "model B logit 1.0 0.5 2.0": which row a part
            // means is not read, so neither is named.)
            if text[match.range.upperBound...].prefixMatch(of: #/[\s|]+[A-Za-z][A-Za-z_{} ]{0,30}?[\s|]+[-−]?\d+(?:\.\d+)?[ \t|]+[-−]?\d/#) != nil { return self }
            result += text[last..<match.range.lowerBound]
            result += "\(match.output.1) \(indices.map(String.init).joined(separator: " ")) \(match.output.3) = (\(values.joined(separator: ", ")))"
            last = match.range.upperBound
        }
        guard last != text.startIndex else { return self }
        return StatementText(result + text[last...])
    }

    /// The text with each named row of a table of vectors written as a matrix: after a header
    /// "row 1 row 2 row 3", the row "Q (1, 0) (0, 1) (1, 1)" (a table whose cells are the
    /// matrix's rows, flattened to text) reads "Q = [[1, 0], [0, 1], [1, 1]].". A header of
    /// columns ("col 1 col 2 col 3") makes each cell a column. Every named row must have as many
    /// cells as the header names, all of one length. Without such a header the text is left as
    /// written: which way the vectors stand is not said.
    var namingTupleRows: StatementText {
        guard let header = text.firstMatch(of: #/(?i)\b(rows?|cols?|columns?)\s*1\s+(?:\1\s*\d+\s*)+/#) else { return self }
        let count = header.output.0.matches(of: #/\d+/#).count
        let rows = header.output.1.lowercased().hasPrefix("row")
        var rest = text[header.range.upperBound...]
        var written: [String] = []
        while let row = rest.prefixMatch(of: #/\s*([A-Za-z](?:_\{?\w+\}?)?)((?:\s+\([^()]*\))+)/#) {
            let cells = row.output.2.matches(of: #/\(([^()]*)\)/#).map { cell in
                cell.output.1.split(separator: ",").map { Double($0.trimmingCharacters(in: .whitespaces).replacingOccurrences(of: "−", with: "-")) }
            }
            guard cells.count == count, let width = cells.first?.count, width >= 2,
                  cells.allSatisfy({ $0.count == width && !$0.contains(nil) }) else { return self }
            let numbers = cells.map { $0.map { $0! } }
            let matrix = rows ? numbers : (0..<width).map { column in numbers.map { $0[column] } }
            let entries = matrix.map { "[" + $0.map { $0 == $0.rounded() ? String(Int($0)) : String($0) }.joined(separator: ", ") + "]" }
            written.append("\(row.output.1) = [" + entries.joined(separator: ", ") + "].")
            rest = rest[row.range.upperBound...]
        }
        guard !written.isEmpty else { return self }
        return StatementText(String(text[..<header.range.lowerBound]) + written.joined(separator: " ") + String(rest))
    }

    /// Whether the text holds pieces of stretched brackets (private-use glyphs a PDF's text
    /// layer gives for tall delimiters): a display matrix was shredded and cannot be read.
    var isShredded: Bool { text.unicodeScalars.contains { (0xE000...0xF8FF).contains($0.value) } }

    /// The first of `phrases` that occurs (case-insensitive), as written in the text.
    func find(_ phrases: [String]) -> String? {
        let lower = text.lowercased()
        for phrase in phrases where lower.contains(phrase.lowercased()) { return phrase }
        return nil
    }

    /// Whether any of `phrases` occurs.
    func has(_ phrases: String...) -> Bool { find(phrases) != nil }

    /// Every match of a case-insensitive regular expression: the whole match and its
    /// capture groups (empty when a group did not take part).
    func matches(_ pattern: String) -> [[String]] {
        guard let regex = Self.compiled(pattern) else { return [] }
        return text.matches(of: regex).map { match in
            (0..<match.output.count).map { match.output[$0].substring.map(String.init) ?? "" }
        }
    }

    /// Compiled patterns, shared: compiling a pattern costs far more than matching it.
    private static let cache = Mutex<[String: CompiledPattern]>([:])

    /// A compiled regular expression. A `Regex` is an immutable value once built, and
    /// matching does not mutate it, so sharing it between tasks is safe.
    private final class CompiledPattern: @unchecked Sendable {
        let regex: Regex<AnyRegexOutput>
        init(_ regex: Regex<AnyRegexOutput>) { self.regex = regex }
    }

    /// The case-insensitive regular expression for `pattern`; nil when it does not compile
    /// (a programming error the family tests catch).
    private static func compiled(_ pattern: String) -> Regex<AnyRegexOutput>? {
        if let compiled = cache.withLock({ $0[pattern] }) { return compiled.regex }
        guard let regex = try? Regex(pattern).ignoresCase().wordBoundaryKind(.simple) else {
            assertionFailure("pattern does not compile: \(pattern)")
            return nil
        }
        let compiled = CompiledPattern(regex)
        cache.withLock { $0[pattern] = compiled }
        return regex
    }

    /// The text with every match of `pattern` replaced by a space.
    func removing(_ pattern: String) -> StatementText {
        guard let regex = Self.compiled(pattern) else { return self }
        return StatementText(text.replacing(regex, with: " "))
    }

    /// A points marker, "(3 pts)", "[2]", which no question reads.
    static let pointsMarker = #"[\[(]\s*\d+(?:\.\d+)?\s*(?:pts?|points?|marks?)?\.?\s*[)\]]"#

    /// Whether the text writes a number outside its points markers.
    var writesNumbers: Bool { removing(Self.pointsMarker).firstMatch(#"\d"#) != nil }

    /// The first match of `pattern` (see ``matches(_:)``).
    func firstMatch(_ pattern: String) -> [String]? {
        matches(pattern).first
    }

    /// The text split into sentences (at `. `, `? `, `! ` and line breaks).
    var sentences: [String] {
        var result: [String] = []
        var current = ""
        let characters = Array(text)
        for (index, character) in characters.enumerated() {
            if character == "\n" {
                if !current.trimmingSpaces.isEmpty { result.append(current.trimmingSpaces) }
                current = ""
                continue
            }
            current.append(character)
            if ".?!".contains(character), index + 1 == characters.count || characters[index + 1] == " " || characters[index + 1] == "\n" {
                result.append(current.trimmingSpaces)
                current = ""
            }
        }
        if !current.trimmingSpaces.isEmpty { result.append(current.trimmingSpaces) }
        return result
    }
}
