import Foundation
import Markdown

/// An assistant turn read as a document (CommonMark and GFM, through ``MarkdownDocument``)
/// and flattened into the pieces that attribution walks in order: headings, lines of text
/// (a display formula spanning lines stays one piece), list items with their markers, code
/// blocks and tables.
struct TurnSegments {
    struct Segment: Equatable {
        enum Kind: Equatable {
            case heading(level: Int)
            case text
            case code
            case table(rows: [[String]])
        }

        var kind: Kind
        /// The text as written (markup kept); a list item's first line starts with its marker.
        var text: String
        /// 0-based line of the turn's text where the piece starts.
        var line: Int
        /// Nesting depth in lists (0 at the top).
        var depth: Int
    }

    private(set) var segments: [Segment] = []

    /// The source lines, to tell fenced code from indented code.
    private let sourceLines: [Substring]

    init(_ text: String) {
        let text = Self.dedented(Self.numericGrids(Self.columnsAsRows(Self.fencesApart(text))))
        sourceLines = text.split(separator: "\n", omittingEmptySubsequences: false)
        let document = MarkdownDocument(parsing: text)
        for block in document.blocks { add(block, depth: 0, marker: nil) }
    }

    /// "Quick numerical check ```python" (an export's citation marker stood between the words and
    /// the fence): an opening fence with its language at the end of a line of text, set on a line
    /// of its own, so that the code after it is code.
    static func fencesApart(_ text: String) -> String {
        guard text.contains("```") else { return text }
        // (Only a fence that a later line closes: "type three backticks and the language, e.g. ```python"
        // in prose opens nothing.)
        var lines = text.split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
        guard let lastClosing = lines.lastIndex(where: { $0.trimmingCharacters(in: .whitespaces) == "```" }) else { return text }
        for index in 0..<lastClosing {
            guard let match = lines[index].wholeMatch(of: #/([^`\n]*[^`\s])[ \t]*(```[A-Za-z][\w+-]*)[ \t]*/#) else { continue }
            lines[index] = String(match.output.1) + "\n" + String(match.output.2)
        }
        return lines.joined(separator: "\n")
    }

    /// A summary table that a PDF's text layer gave column after column:
    ///
    ///     Part          Answer
    ///     1(a)          C13 = −20
    ///     1(b)    →     det A = −85
    ///
    /// ("Part", its labels one per line, then "Answer" and as many values) is set back as a
    /// Markdown table, one row per label; blank lines keep the lines after it where they were.
    /// Columns of different lengths are left as they are.
    ///
    /// Plain `pdftotext` may drop the headers: right under a summary's lead ("Summary", "Final
    /// answers"), three labels or more alone on their lines (two with a part's letter), blank
    /// lines, then exactly as many values and nothing after them but blank lines or prose (not a
    /// third column of as many lines) are such a table too.
    static func columnsAsRows(_ text: String) -> String {
        let lines = text.split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
        let labelHeader = #/(?i)(?:part|parts|question|problem|q)/#
        let valueHeader = #/(?i)(?:answers?|final answers?|results?|values?)/#
        let summaryLead = #/(?i)[#*\s]*(?:summary|final answers?|answers|recap|results)[:*\s]*/#
        let label = #/\(?\d+(?:\.\d+)?\)?\s*(?:\(?[a-h]\)?)?(?:\([ivx]+\)|\.[ivx]+)?|\(?[a-h]\)(?:\([ivx]+\))?/#
        var out: [String] = []
        var index = 0
        while index < lines.count {
            let trimmed = lines[index].trimmingCharacters(in: .whitespaces)
            let headed = trimmed.wholeMatch(of: labelHeader) != nil
            let led = index > 0 && lines[index - 1].wholeMatch(of: summaryLead) != nil && trimmed.wholeMatch(of: label) != nil
            guard headed || led else {
                out.append(lines[index])
                index += 1
                continue
            }
            var cursor = headed ? index + 1 : index
            var labels: [String] = []
            while cursor < lines.count, case let cell = lines[cursor].trimmingCharacters(in: .whitespaces), cell.wholeMatch(of: label) != nil {
                labels.append(cell)
                cursor += 1
            }
            let labelsEnd = cursor
            while cursor < lines.count, lines[cursor].allSatisfy(\.isWhitespace) { cursor += 1 }
            // (A column of bare numbers, "1 2 3", is data; a part's label has its letter.)
            let lettered = labels.filter { $0.contains(where: \.isLetter) }.count
            let valueHeaded = cursor < lines.count && lines[cursor].trimmingCharacters(in: .whitespaces).wholeMatch(of: valueHeader) != nil
            guard headed ? labels.count >= 2 && lettered >= 1 && valueHeaded : labels.count >= 3 && lettered >= 2 && cursor > labelsEnd && !valueHeaded else {
                out.append(lines[index])
                index += 1
                continue
            }
            let header = headed ? lines[cursor].trimmingCharacters(in: .whitespaces) : "Answer"
            if headed { cursor += 1 }
            var values: [String] = []
            while cursor < lines.count, values.count < labels.count, !lines[cursor].allSatisfy(\.isWhitespace) {
                values.append(lines[cursor].trimmingCharacters(in: .whitespaces))
                cursor += 1
            }
            // (A value column longer than the labels' is not this table's; without headers, nor one
            // that a third column of as many lines follows: which column answers is not known.)
            var after = cursor
            while after < lines.count, lines[after].allSatisfy(\.isWhitespace) { after += 1 }
            var third = 0
            while after < lines.count, !lines[after].allSatisfy(\.isWhitespace), lines[after].count <= 60 { third += 1; after += 1 }
            guard values.count == labels.count, cursor >= lines.count || lines[cursor].allSatisfy(\.isWhitespace),
                  headed || third != labels.count else {
                out.append(lines[index])
                index += 1
                continue
            }
            var rows = ["| \(headed ? trimmed : "Part") | \(header) |", "|---|---|"] + zip(labels, values).map { "| \($0) | \($1) |" }
            rows += Array(repeating: "", count: max(0, cursor - index - rows.count))
            out += rows
            index = cursor
        }
        return out.joined(separator: "\n")
    }

    /// "| −10 | 4 | −13 |" over "| 5 | −19 | −2 |" …: rows of bars whose every cell is a number, and
    /// no rule row, are a matrix written as a table, set as one bracketed
    /// matrix `[[−10, 4, −13], [5, −19, −2], …]` on the first row's line; blank lines keep the
    /// lines after it where they were. Rows of different lengths are left as they are.
    static func numericGrids(_ text: String) -> String {
        guard text.contains("|") else { return text }
        var lines = text.split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
        func cells(_ line: String) -> [String]? {
            let trimmed = line.trimmingCharacters(in: .whitespaces)
            guard trimmed.hasPrefix("|"), trimmed.hasSuffix("|"), trimmed.count > 2 else { return nil }
            let cells = trimmed.dropFirst().dropLast().split(separator: "|", omittingEmptySubsequences: false).map { $0.trimmingCharacters(in: .whitespaces) }
            return cells.allSatisfy({ $0.wholeMatch(of: #/[-−+]?\d+(?:\.\d+)?(?:\/\d+)?/#) != nil }) ? cells : nil
        }
        let rule = #/\s*\|(?:\s*:?-{3,}:?\s*\|)+\s*/#
        var index = 0
        while index < lines.count {
            // (The rows of a table with a header of words are its body, not a matrix.)
            guard let first = cells(lines[index]), first.count >= 2,
                  index == 0 || !lines[index - 1].trimmingCharacters(in: .whitespaces).hasPrefix("|") else { index += 1; continue }
            var rows = [first]
            var end = index + 1
            // (A table with a rule under its first row is a table, which may check the answer.)
            if end < lines.count, lines[end].wholeMatch(of: rule) != nil { index = end; continue }
            while end < lines.count, let row = cells(lines[end]) {
                rows.append(row)
                end += 1
            }
            guard rows.count >= 2, rows.allSatisfy({ $0.count == first.count }) else { index = end; continue }
            lines[index] = "[" + rows.map { "[" + $0.joined(separator: ", ") + "]" }.joined(separator: ", ") + "]"
            for blank in (index + 1)..<end { lines[blank] = "" }
            index = end
        }
        return lines.joined(separator: "\n")
    }

    /// A turn whose lines are mostly indented alike (a chat printed to PDF sets its text in from
    /// the margin, its page headers not) without that indentation, which is layout, not an
    /// indented code block: when at least 60 % of its lines are indented, each loses the
    /// smallest indentation among them.
    static func dedented(_ text: String) -> String {
        let lines = text.split(separator: "\n", omittingEmptySubsequences: false)
        let margins = lines.filter { !$0.allSatisfy(\.isWhitespace) }.map { $0.prefix { $0 == " " }.count }
        guard let margin = margins.filter({ $0 > 0 }).min(), margins.count >= 3,
            Double(margins.filter { $0 >= margin }.count) >= 0.6 * Double(margins.count) else { return text }
        return lines.map { $0.prefix { $0 == " " }.count >= margin ? String($0.dropFirst(margin)) : String($0) }.joined(separator: "\n")
    }

    private mutating func add(_ block: MarkdownBlock, depth: Int, marker: String?) {
        switch block.kind {
        case .heading(let level):
            segments.append(Segment(kind: .heading(level: level), text: block.text, line: block.lines.lowerBound, depth: depth))
        case .paragraph:
            addLines(block.text, from: block.lines.lowerBound, depth: depth, marker: marker)
        case .code:
            // A fenced block's code starts on the line after its fence.
            let first = block.lines.lowerBound
            let fenced = first < sourceLines.count && ["```", "~~~"].contains { sourceLines[first].trimmingCharacters(in: .whitespaces).hasPrefix($0) }
            segments.append(Segment(kind: .code, text: block.text, line: fenced ? first + 1 : first, depth: depth))
        case .table(let rows):
            segments.append(Segment(kind: .table(rows: rows), text: block.text, line: block.lines.lowerBound, depth: depth))
        case .list:
            for item in block.children { add(item, depth: depth + 1, marker: nil) }
        case .item(let itemMarker):
            let ordered = itemMarker.first?.isNumber == true
            // "4. - (a) …": an item whose first block is a list keeps its number as a piece of its own.
            if ordered, let head = block.children.first, head.kind != .paragraph {
                segments.append(Segment(kind: .text, text: itemMarker, line: block.lines.lowerBound, depth: depth))
            }
            var first = true
            for child in block.children {
                add(child, depth: depth, marker: first && ordered ? itemMarker : nil)
                first = false
            }
            if block.children.isEmpty, ordered {
                segments.append(Segment(kind: .text, text: itemMarker, line: block.lines.lowerBound, depth: depth))
            }
        case .quote:
            for child in block.children { add(child, depth: depth, marker: nil) }
        case .html:
            addLines(block.text, from: block.lines.lowerBound, depth: depth, marker: nil)
        case .thematicBreak:
            break
        }
    }

    /// A paragraph's lines, one piece each, except that a display formula (`$$ … $$`,
    /// `\[ … \]`, `\begin{…} … \end{…}`) spanning lines stays together.
    private mutating func addLines(_ text: String, from start: Int, depth: Int, marker: String?) {
        let lines = text.split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
        var index = 0
        while index < lines.count {
            var piece = lines[index]
            let first = index
            // "G = [ 1.25  −0.5 ]" over "    [ −0.5   1.0 ]   (siemens)": one matrix, its rows in
            // brackets on lines of their own.
            if let (matrix, last) = Self.bracketedRows(lines, from: index) ?? Self.sideBySideRows(lines, from: index) {
                piece = matrix
                index = last
            }
            var open = Self.openDisplay(piece)
            while open > 0, index + 1 < lines.count {
                index += 1
                piece += "\n" + lines[index]
                open = Self.openDisplay(piece)
            }
            // "L =" alone on its line, then the rows of its matrix: one piece.
            if lines[index].trimmingCharacters(in: .whitespaces).hasSuffix("="), index + 2 < lines.count,
                Self.isNumberRow(lines[index + 1]), Self.isNumberRow(lines[index + 2]) {
                index += 1
                piece += "\n" + lines[index]
                while index + 1 < lines.count, Self.isNumberRow(lines[index + 1]) {
                    index += 1
                    piece += "\n" + lines[index]
                }
            }
            // "N ≈" then "[[1.3158, 0.7895]," and " [0.5263, 1.3158]]": a bracketed matrix written
            // over several lines is one piece, with the name it follows.
            let trimmed = lines[index].trimmingCharacters(in: .whitespaces)
            if trimmed.hasSuffix("=") || trimmed.hasSuffix("≈"), index + 1 < lines.count,
                Self.isBracketRow(lines[index + 1]), Self.openBrackets(lines[index + 1]) > 0 {
                index += 1
                piece += "\n" + lines[index]
            }
            while Self.openBrackets(piece) > 0, Self.isBracketRow(lines[index]), index + 1 < lines.count, Self.isBracketRow(lines[index + 1]) {
                index += 1
                piece += "\n" + lines[index]
            }
            // Rows of bare numbers after each other are one matrix.
            while Self.isNumberRow(lines[index]), index + 1 < lines.count, Self.isNumberRow(lines[index + 1]), Self.isNumberRow(piece.components(separatedBy: "\n")[0]) {
                index += 1
                piece += "\n" + lines[index]
            }
            if first == 0, let marker { piece = marker + " " + piece }
            segments.append(Segment(kind: .text, text: piece, line: start + first, depth: depth))
            index += 1
        }
    }

    /// A line of numbers only (`6 5`, `-3, 2, 8`, `[ 1  0  1 ]`, `| 2 1 |`; not `(1, 2)`, a point): a row of a matrix
    /// written one row per line.
    static func isNumberRow(_ line: String) -> Bool {
        let trimmed = rowEntries(line)
        guard !trimmed.isEmpty else { return false }
        if trimmed.allSatisfy({ $0.isNumber || " ,.-−\t".contains($0) }) { return trimmed.contains(where: \.isNumber) }
        // "[  2/3   1/3  -1/3 ]": fractions written tight.
        return entries(trimmed).count >= 2 && trimmed.contains("/")
    }

    /// "NAME = [ a  b ]" then lines that open with "[ c  d ]" (the last may go on with a remark):
    /// the matrix on one line, `NAME = [[a, b], [c, d]]` and the remark, and the index of its
    /// last line. Nil unless every row has the same number of entries.
    static func bracketedRows(_ lines: [String], from index: Int) -> (String, Int)? {
        guard index + 1 < lines.count,
              let head = lines[index].firstMatch(of: #/^(.*?(?:=|≈)\s*)\[([^\[\]]+)\]\s*$/#),
              case let entries = Self.entries(String(head.output.2)), entries.count >= 2 else { return nil }
        var rows = [entries]
        var last = index
        var rest = ""
        while last + 1 < lines.count, let row = lines[last + 1].firstMatch(of: #/^\s*\[([^\[\]]+)\](.*)$/#) {
            let entries = Self.entries(String(row.output.1))
            guard entries.count == rows[0].count else { break }
            rows.append(entries)
            last += 1
            rest = String(row.output.2)
            if !rest.trimmingCharacters(in: .whitespaces).isEmpty { break }
        }
        guard rows.count >= 2 else { return nil }
        let matrix = "[" + rows.map { "[" + $0.joined(separator: ", ") + "]" }.joined(separator: ", ") + "]"
        return (String(head.output.1) + matrix + rest, last)
    }

    /// "Λ = ( γ   −γβ )   = ( 1.25   −0.75 )" over "    ( −γβ   γ )     ( −0.75   1.25 )": a matrix
    /// written in text art beside its symbolic form, each row's groups in parentheses (or square
    /// brackets) on one line; the last group of each line is the numeric row. `NAME = [[…], […]]`
    /// and the index of the last row's line; nil unless every row has the same count of numbers
    /// and the lines have as many groups as the first.
    static func sideBySideRows(_ lines: [String], from index: Int) -> (String, Int)? {
        func groups(_ line: Substring) -> [String] {
            line.matches(of: #/[(\[]([^()\[\]]+)[)\]]/#).map { String($0.output.1) }
        }
        guard index + 1 < lines.count,
              let head = lines[index].firstMatch(of: #/^(.*?(?:=|≈)\s*)((?:[(\[][^()\[\]]+[)\]]\s*(?:=|≈)\s*)+[(\[][^()\[\]]+[)\]])\s*$/#),
              case let first = groups(head.output.2), first.count >= 2, let row = first.last,
              case let entries = Self.entries(row.replacingOccurrences(of: "−", with: "-")), entries.count >= 2 else { return nil }
        var rows = [entries]
        var last = index
        while last + 1 < lines.count, lines[last + 1].wholeMatch(of: #/\s*(?:[(\[][^()\[\]]+[)\]]\s*)+/#) != nil {
            let next = groups(Substring(lines[last + 1]))
            guard next.count == first.count, let row = next.last,
                  case let entries = Self.entries(row.replacingOccurrences(of: "−", with: "-")), entries.count == rows[0].count else { break }
            rows.append(entries)
            last += 1
        }
        guard rows.count >= 2 else { return nil }
        let matrix = "[" + rows.map { "[" + $0.joined(separator: ", ") + "]" }.joined(separator: ", ") + "]"
        return (String(head.output.1) + matrix, last)
    }

    /// The numbers of a row written with spaces or commas; empty unless all are numbers.
    private static func entries(_ row: String) -> [String] {
        let tokens = row.split(whereSeparator: { " ,\t".contains($0) }).map(String.init)
        guard tokens.allSatisfy({ $0.wholeMatch(of: #/[-−]?\d+(?:\.\d+)?(?:\/\d+)?/#) != nil }) else { return [] }
        return tokens
    }

    /// A line of numbers in brackets (`[[1.3158, 0.7895],`, ` [0.5263, 1.3158]]`).
    static func isBracketRow(_ line: String) -> Bool {
        let trimmed = line.trimmingCharacters(in: .whitespaces)
        return trimmed.contains("[") || trimmed.contains("]")
            ? trimmed.allSatisfy { $0.isNumber || " ,.-−\t[]/".contains($0) } && trimmed.contains(where: \.isNumber) : false
    }

    /// How many square brackets are left open at the end of `text`.
    static func openBrackets(_ text: String) -> Int {
        text.reduce(0) { $0 + ($1 == "[" ? 1 : $1 == "]" ? -1 : 0) }
    }

    /// A row's entries without the bracket or bar around the row.
    static func rowEntries(_ line: String) -> String {
        var trimmed = line.trimmingCharacters(in: .whitespaces)
        for (open, close) in [("[", "]"), ("|", "|"), ("│", "│")] where trimmed.count >= 2 && trimmed.hasPrefix(open) && trimmed.hasSuffix(close) {
            trimmed = String(trimmed.dropFirst().dropLast()).trimmingCharacters(in: .whitespaces)
            break
        }
        return trimmed
    }

    /// How many display formulas are left open at the end of `text`.
    static func openDisplay(_ text: String) -> Int {
        let dollars = text.components(separatedBy: "$$").count - 1
        var open = dollars % 2
        open += max(0, text.components(separatedBy: "\\[").count - text.components(separatedBy: "\\]").count)
        open += max(0, text.components(separatedBy: "\\begin{").count - text.components(separatedBy: "\\end{").count)
        return open
    }
}
