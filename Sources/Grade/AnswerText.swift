import Foundation

/// Reading typed values out of model text: numbers with separators and LaTeX, vectors,
/// matrices, shapes, choices, sets.
public enum AnswerText {
    static func regex(_ pattern: String, _ options: NSRegularExpression.Options = []) -> NSRegularExpression {
        try! NSRegularExpression(pattern: pattern, options: options)
    }

    static func replace(_ text: String, _ regex: NSRegularExpression, _ template: String) -> String {
        regex.stringByReplacingMatches(in: text, range: NSRange(text.startIndex..., in: text), withTemplate: template)
    }

    static func matches(_ regex: NSRegularExpression, _ text: String) -> [[String?]] {
        regex.matches(in: text, range: NSRange(text.startIndex..., in: text)).map { match in
            (0..<match.numberOfRanges).map { Range(match.range(at: $0), in: text).map { String(text[$0]) } }
        }
    }

    static let latexThin = regex(#"(\d)\\[,;!: ](\d{3})"#)
    static let braceComma = regex(#"(\d)\{,\}(\d{3})"#)
    static let commaThousands = regex(#"(?<![\d.])(\d{1,3})((?:,\d{3})+)(?![\d.]|,\d)"#)
    static let frac = regex(#"\\[dt]?frac\s*\{\s*(-?[\d.]+)\s*\}\s*\{\s*(-?[\d.]+)\s*\}"#)
    static let scientific = regex(#"(-?\d+(?:\.\d+)?)\s*(?:\\times|×|\\cdot|·|\*|x)\s*10\s*\^\s*\{?\s*(-?\d+)\s*\}?"#)
    static let subscripts = regex(#"[_^]\s*(?:\{[^{}]*\}|\\?\w)"#)

    /// Unicode minus, LaTeX spacing, thousands separators, `\frac{a}{b}`, `× 10^{k}`.
    public static func normalize(_ text: String) -> String {
        var s = text.replacingOccurrences(of: "\\\\", with: "\u{1E}")
        s = replace(s, latexThin, "$1$2")
        var before = ""
        while before != s { before = s; s = replace(s, braceComma, "$1$2") }
        for (from, to) in [("\u{2212}", "-"), ("\u{2013}", "-"), ("\u{2009}", " "), ("\u{202F}", " "), ("\u{00A0}", " "),
                           ("\\left", ""), ("\\right", ""), ("\\qquad", " ; "), ("\\quad", " ; "), ("\\times", "×"),
                           ("\\cdot", "·"), ("\\ ", " "), ("\\,", " "), ("\\;", " "), ("\\!", ""), ("\\{", "{"), ("\\}", "}"),
                           ("\\dfrac", "\\frac"), ("\\tfrac", "\\frac"), ("\\mathbf", ""), ("\\text", ""), ("\\mathrm", "")] {
            s = s.replacingOccurrences(of: from, with: to)
        }
        s = replace(s, latexThin, "$1$2")
        s = replace(s, braceComma, "$1$2")
        var previous = ""
        while previous != s {
            previous = s
            s = commaThousandsFix(s)
        }
        s = replace(s, frac, "$1/$2")
        s = scientificFix(s)
        return s.replacingOccurrences(of: "\u{1E}", with: "\\\\")
    }

    static func commaThousandsFix(_ s: String) -> String {
        let found = matches(commaThousands, s)
        guard !found.isEmpty else { return s }
        var out = s
        for groups in found {
            guard let whole = groups[0] else { continue }
            out = out.replacingOccurrences(of: whole, with: whole.replacingOccurrences(of: ",", with: ""))
        }
        return out
    }

    static func scientificFix(_ s: String) -> String {
        var out = s
        for groups in matches(scientific, s) {
            guard let whole = groups[0], let mantissa = Double(groups[1] ?? ""), let exponent = Double(groups[2] ?? "") else { continue }
            var value = mantissa * pow(10, exponent)
            if abs(value - value.rounded()) < 1e-6 * max(1, abs(value)) { value = value.rounded() }
            let text = value == value.rounded() && abs(value) < 1e15 ? String(Int(value)) : String(value)
            out = out.replacingOccurrences(of: whole, with: text)
        }
        return out
    }

    // MARK: Scalars

    static let number = #"-?\d+(?:\.\d+)?(?:\s*/\s*(?:√\s*)?\d+(?:\.\d+)?)?"#
    static let scalarPattern = regex(#"(?<![\p{L}\p{M}_\d.^])(-?\s?\d+(?:\.\d+)?)(?:\s*/\s*(√)?\s*(\d+(?:\.\d+)?))?(?!\d|\.\d|[A-Za-z_])"#)

    /// A scalar with the text it was read from.
    public struct Scalar: Equatable { public var value: Double; public var text: String; public var decimals: Int }

    /// All scalars in normalized text (subscripts and superscripts removed first).
    public static func scalars(_ raw: String) -> [Scalar] {
        var text = replace(raw, subscripts, " ")
        text = text.replacingOccurrences(of: "$", with: " ")
        var result: [Scalar] = []
        for g in matches(scalarPattern, text) {
            guard let whole = g[0], var numerator = g[1] else { continue }
            numerator = numerator.replacingOccurrences(of: " ", with: "")
            guard let top = Double(numerator) else { continue }
            var value = top
            var decimals = numerator.split(separator: ".").dropFirst().first?.count ?? 0
            if let denominatorText = g[3], let denominator = Double(denominatorText), denominator != 0 {
                value = g[2] != nil ? top / sqrt(denominator) : top / denominator
                decimals = 99
            }
            result.append(Scalar(value: value, text: whole.trimmingCharacters(in: .whitespaces), decimals: decimals))
        }
        return result
    }

    /// Index of the last `=` outside parentheses and brackets.
    static func lastTopLevelEquals(_ text: String) -> String.Index? {
        var depth = 0
        var found: String.Index? = nil
        for index in text.indices {
            switch text[index] {
            case "(", "[", "{": depth += 1
            case ")", "]", "}": depth = max(0, depth - 1)
            case "=" where depth == 0: found = index
            default: break
            }
        }
        return found
    }

    /// The answer a line gives: the first scalar after the last top-level `=`, else the
    /// first scalar. Alternatives (`2 or 4`) are returned too.
    public static func lineScalar(_ line: String) -> (value: Scalar, alternatives: [Scalar])? {
        let text = normalize(line)
        var tail = text
        if let equals = lastTopLevelEquals(text) { tail = String(text[text.index(after: equals)...]) }
        let found = scalars(tail)
        guard let first = found.first else { return nil }
        var alternatives: [Scalar] = []
        if found.count > 1, tail.range(of: #"\d\s*\**\s+or\s+\**\s*-?\d"#, options: .regularExpression) != nil {
            alternatives = Array(found.dropFirst().prefix(1))
        }
        return (first, alternatives)
    }

    // MARK: Vectors and matrices

    static let latexMatrix = regex(#"\\begin\{([pbvBV]?matrix|array)\}(?:\{[^}]*\})?(.*?)\\end\{\1\}"#, [.dotMatchesLineSeparators])
    static let nestedList = regex(#"\[\s*\[[^\[\]]*\](?:\s*,?\s*\[[^\[\]]*\])+\s*\]"#)
    static let innerList = regex(#"\[([^\[\]]*)\]"#)
    static let tuple = regex(#"(?<![\[\w])[\(\[]\s*(-?\d+(?:\.\d+)?(?:\s*/\s*\d+)?(?:\s*,\s*-?\d+(?:\.\d+)?(?:\s*/\s*\d+)?)+)\s*[\)\]](?!\s*,\s*\[)"#)
    static let bracketRows = regex(#"(?:\[\s*-?\d+(?:\.\d+)?(?:\s+-?\d+(?:\.\d+)?)+\s*\]\s*){2,}"#)
    static let semicolonMatrix = regex(#"\[\s*(-?\d[\d.\s-]*(?:;\s*-?\d[\d.\s-]*)+)\]"#)
    static let separatedRows = regex(#"(?:^|[=:)]\s*)(-?\d+(?:\.\d+)?(?:[ \t]+-?\d+(?:\.\d+)?)+(?:\s*[;/]\s*-?\d+(?:\.\d+)?(?:[ \t]+-?\d+(?:\.\d+)?)+)+)\s*\.?\s*$"#)
    static let bareRow = regex(#"(?:^|[=:]\s*)(-?\d+(?:\.\d+)?(?:[ \t]+-?\d+(?:\.\d+)?){2,})\s*\.?\s*$"#)

    /// A cell's single value: `7/2`, `-3`, `4.75`; nil when it is an expression.
    static func cell(_ raw: String) -> Double? {
        let text = raw.replacingOccurrences(of: " ", with: "").replacingOccurrences(of: "$", with: "")
        if let value = Double(text) { return value }
        let pieces = text.split(separator: "/")
        if pieces.count == 2, let a = Double(pieces[0]), let b = Double(pieces[1]), b != 0 { return a / b }
        return nil
    }

    static func rows(_ text: String, rowSeparator: String, cellSeparator: (String) -> [String]) -> [[Double]]? {
        var rows: [[Double]] = []
        for row in text.components(separatedBy: rowSeparator) {
            var cleaned = row.trimmingCharacters(in: .whitespacesAndNewlines)
            if cleaned.hasPrefix("[") { cleaned = String(cleaned.drop { $0 == "[" || $0 == " " }) }
            if cleaned.isEmpty { continue }
            let cells = cellSeparator(cleaned).map { $0.trimmingCharacters(in: .whitespaces) }.filter { !$0.isEmpty }
            var values: [Double] = []
            for c in cells { guard let value = cell(c) else { return nil }; values.append(value) }
            if !values.isEmpty { rows.append(values) }
        }
        guard !rows.isEmpty, rows.allSatisfy({ $0.count == rows[0].count }) else { return nil }
        return rows
    }

    /// Matrices (rows) found in the text, in order of position.
    public static func matrices(_ raw: String) -> [(position: Int, rows: [[Double]])] {
        let text = normalize(raw)
        var found: [(Int, [[Double]])] = []
        let whole = NSRange(text.startIndex..., in: text)
        for match in latexMatrix.matches(in: text, range: whole) {
            guard let range = Range(match.range(at: 2), in: text) else { continue }
            let body = String(text[range]).replacingOccurrences(of: #"\\\\\[[^\]]*\]"#, with: "\\\\\\\\", options: .regularExpression)
            if let rows = rows(body, rowSeparator: "\\\\", cellSeparator: { $0.components(separatedBy: "&") }) {
                found.append((match.range.location, rows))
            } else {
                found.append((match.range.location, [])) // an expression matrix: counted, not a value
            }
        }
        for match in nestedList.matches(in: text, range: whole) {
            guard let range = Range(match.range, in: text) else { continue }
            let inner = matches(innerList, String(text[range])).compactMap { $0[1] }
            if let rows = rows(inner.joined(separator: "\n"), rowSeparator: "\n", cellSeparator: { $0.components(separatedBy: ",") }) {
                found.append((match.range.location, rows))
            }
        }
        for match in bracketRows.matches(in: text, range: whole) {
            guard let range = Range(match.range, in: text) else { continue }
            let inner = matches(innerList, String(text[range])).compactMap { $0[1] }
            if let rows = rows(inner.joined(separator: "\n"), rowSeparator: "\n", cellSeparator: { $0.split(separator: " ").map(String.init) }) {
                found.append((match.range.location, rows))
            }
        }
        for match in semicolonMatrix.matches(in: text, range: whole) {
            guard let range = Range(match.range(at: 1), in: text) else { continue }
            if let rows = rows(String(text[range]), rowSeparator: ";", cellSeparator: { $0.split(separator: " ").map(String.init) }), rows.count > 1 {
                found.append((match.range.location, rows))
            }
        }
        // Per line: "1 7 / 4 2", "6 5 ; 7 8"; then blocks of number-only lines.
        var offset = 0
        var block: [[Double]] = []
        var blockStart = 0
        func closeBlock() {
            if block.count >= 2, block.allSatisfy({ $0.count == block[0].count }), block[0].count >= 2 { found.append((blockStart, block)) }
            block = []
        }
        for line in text.components(separatedBy: "\n") {
            let trimmed = line.trimmingCharacters(in: .whitespaces).replacingOccurrences(of: "`", with: "")
            if let g = matches(separatedRows, trimmed).first, let body = g[1] {
                let separator = body.contains(";") ? ";" : "/"
                if let rows = rows(body, rowSeparator: separator, cellSeparator: { $0.split(separator: " ").map(String.init) }), rows.count > 1 {
                    found.append((offset, rows))
                }
            }
            let cells = trimmed.split(whereSeparator: { $0 == " " || $0 == "\t" }).map(String.init)
            if !cells.isEmpty, cells.allSatisfy({ Double($0) != nil }) {
                if block.isEmpty { blockStart = offset }
                block.append(cells.compactMap(Double.init))
            } else {
                closeBlock()
            }
            offset += line.utf16.count + 1
        }
        closeBlock()
        return found.sorted { $0.0 < $1.0 }.map { (position: $0.0, rows: $0.1) }
    }

    /// Vectors found in the text, in order: tuples, 1×n / n×1 LaTeX matrices, bare rows.
    public static func vectors(_ raw: String) -> [(position: Int, values: [Double])] {
        let text = normalize(raw)
        var found: [(Int, [Double])] = []
        let whole = NSRange(text.startIndex..., in: text)
        for match in tuple.matches(in: text, range: whole) {
            guard let range = Range(match.range(at: 1), in: text) else { continue }
            let values = text[range].split(separator: ",").compactMap { cell(String($0)) }
            if values.count >= 2 { found.append((match.range.location, values)) }
        }
        for (position, rows) in matrices(raw) where !rows.isEmpty {
            if rows.count == 1 { found.append((position, rows[0])) }
            else if rows.allSatisfy({ $0.count == 1 }) { found.append((position, rows.map { $0[0] })) }
        }
        var offset = 0
        for line in text.components(separatedBy: "\n") {
            let trimmed = line.trimmingCharacters(in: .whitespaces)
            if let g = matches(bareRow, trimmed).first, let body = g[1] {
                found.append((offset, body.split(separator: " ").compactMap { Double($0) }))
            }
            offset += line.utf16.count + 1
        }
        return found.sorted { $0.0 < $1.0 }.map { (position: $0.0, values: $0.1) }
    }

    // MARK: Shapes, choices, sets

    static let shapePattern = regex(#"(?<![\d.])(\d+)\s*(?:×|x|X|\*)\s*(\d+)(?:\s*(?:×|x|X|\*)\s*(\d+))?(?:\s*(?:×|x|X|\*)\s*(\d+))?(?![\d.])"#)
    static let intTuple = regex(#"\(\s*(\d+(?:\s*,\s*\d+){1,3})\s*\)"#)

    /// Shapes in the text: `14 × 14 × 32`, `14x14x32`, `(32, 14, 14)`; layout `CHW` when
    /// the text says channels first.
    public static func shapes(_ raw: String) -> [(position: Int, dimensions: [Int], layout: String?)] {
        let text = normalize(raw)
        let lower = text.lowercased()
        let channelsFirst = lower.contains("channels first") || lower.contains("channels-first") || lower.contains("(c, h, w)")
            || lower.contains("chw") || lower.contains("c × h × w")
        var found: [(Int, [Int], String?)] = []
        let whole = NSRange(text.startIndex..., in: text)
        for match in shapePattern.matches(in: text, range: whole) {
            let dims = (1..<match.numberOfRanges).compactMap { Range(match.range(at: $0), in: text).flatMap { Int(text[$0]) } }
            if dims.count >= 2 { found.append((match.range.location, dims, nil)) }
        }
        for match in intTuple.matches(in: text, range: whole) {
            guard let range = Range(match.range(at: 1), in: text) else { continue }
            let dims = text[range].split(separator: ",").compactMap { Int($0.trimmingCharacters(in: .whitespaces)) }
            found.append((match.range.location, dims, channelsFirst ? "CHW" : nil))
        }
        return found.sorted { $0.0 < $1.0 }.map { (position: $0.0, dimensions: $0.1, layout: $0.2) }
    }

    static let choicePatterns: [NSRegularExpression] = [
        regex(#"(?:^|[\s:(*{$])\(([A-H])\)"#),
        regex(#"\*\*\(?([A-H])\)?\*\*"#),
        regex(#"[■☒✓✔]\s*\(?([A-H])\)?"#),
        regex(#"answer is\s*\(?\**([A-H])\)?\**(?=\s*(?:$|[.,;:!]|\s+(?:or|because|since)\b))"#),
        regex(#"(?:answer|choice|option)\s*:?\s*\(?\**([A-H])\)?\**(?=\s*(?:$|[.,;:!—-]|\s+(?:or|because|since)\b))"#),
        regex(#"^\s*\**\(?([A-H])\)?\**\s*(?:$|[.,:;—-]|\s+(?:or|because|since)\b)"#),
        regex(#"\bor\s+\(?([A-H])\)?(?![\w])"#),
    ]

    /// Choices given in the text (a letter in parentheses, bold, ticked, "the answer is B",
    /// or alone on the line); never a stray capital letter.
    public static func choices(_ text: String) -> [(position: Int, letter: String)] {
        var found: [(Int, String)] = []
        let whole = NSRange(text.startIndex..., in: text)
        for pattern in choicePatterns {
            for match in pattern.matches(in: text, range: whole) {
                if let range = Range(match.range(at: 1), in: text) { found.append((match.range(at: 1).location, String(text[range]))) }
            }
        }
        var seen = Set<Int>()
        return found.sorted { $0.0 < $1.0 }.filter { seen.insert($0.0).inserted }.map { (position: $0.0, letter: $0.1) }
    }

    static let setPattern = regex(#"\{\s*([A-Za-z](?:\s*,\s*[A-Za-z])*)\s*\}"#)

    /// Sets of letters: `{C, H, W}`, `\{C, H, W\}`.
    public static func letterSets(_ raw: String) -> [(position: Int, letters: [String])] {
        let text = normalize(raw)
        let whole = NSRange(text.startIndex..., in: text)
        return setPattern.matches(in: text, range: whole).compactMap { match in
            guard let range = Range(match.range(at: 1), in: text) else { return nil }
            return (match.range.location, text[range].split(separator: ",").map { $0.trimmingCharacters(in: .whitespaces).uppercased() })
        }
    }
}
