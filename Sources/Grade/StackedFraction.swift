/// A fraction that `pdftotext -layout` printed on three lines: its numerator above, its
/// denominator below, and a gap where the bar was in the line between.
///
///                          (2.50)(5.00)
///                  n=                     = 0.511 mol
///                       (0.08206)(298.15)
///
/// reads as `n= ((2.50)(5.00))/((0.08206)(298.15)) = 0.511 mol`, the numerator's and the
/// denominator's lines left blank so that every line keeps its number. Without this the
/// denominator's last number, on the line after the result, passes for the result.
enum StackedFraction {
    /// The lines with every stacked fraction written on the line of its bar.
    static func joined(_ lines: [String]) -> [String] {
        guard lines.count >= 3 else { return lines }
        var result = lines
        var index = 1
        while index + 1 < result.count {
            if let line = rebuilt(above: result[index - 1], middle: result[index], below: result[index + 1]) {
                result[index - 1] = ""
                result[index] = line
                result[index + 1] = ""
                index += 3
            } else {
                index += 1
            }
        }
        return result
    }

    /// The lines with every fraction that plain `pdftotext` (without `-layout`) printed as
    /// numerator, bar line and denominator written on its bar line:
    ///
    ///     n=
    ///
    ///     22.0 g
    ///     = 0.49890 mol
    ///     44.097 g/mol
    ///
    /// reads as `(22.0 g)/(44.097 g/mol) = 0.49890 mol`, the numerator's and the denominator's
    /// lines left blank. Only after a lead that ends in a relation ("n=", "percent yield ="),
    /// with an operand alone on each side of a line that opens with a relation.
    static func unstacked(_ lines: [String]) -> [String] {
        guard lines.count >= 4 else { return lines }
        var result = lines
        // The last line with text before the numerator's, kept as the scan goes (one pass).
        var lead: String? = nil
        var index = 2
        while index + 1 < result.count {
            let before = result[index - 2].trimmingCharacters(in: .whitespaces)
            if !before.isEmpty { lead = before }
            let middle = result[index].trimmingCharacters(in: .whitespaces)
            let above = result[index - 1].trimmingCharacters(in: .whitespaces)
            let below = result[index + 1].trimmingCharacters(in: .whitespaces)
            if let first = middle.first, "=≈".contains(first),
               isOperand(above, words: 3, also: "/%"), isOperand(below, words: 3, also: "/%"), let end = lead?.last, "=≈".contains(end) {
                result[index] = grouped(above) + "/" + grouped(below) + " " + middle
                result[index - 1] = ""
                result[index + 1] = ""
                lead = result[index]
                index += 3
            } else {
                index += 1
            }
        }
        return result
    }

    /// A run of characters between spaces of at least two, with its columns.
    private struct Chunk {
        var start: Int
        var end: Int
        var text: String
    }

    /// The middle line with each gap that a numerator chunk and a denominator chunk stand over
    /// and under filled with their quotient; nil unless every chunk of both lines finds a gap.
    static func rebuilt(above: String, middle: String, below: String) -> String? {
        let middleCharacters = Array(middle)
        // (A relation on the bar's line; none above or below it: those are operands.)
        guard middleCharacters.contains(where: { $0 == "=" || $0 == "≈" }),
              !above.contains("="), !below.contains("="), !above.contains("≈"), !below.contains("≈") else { return nil }
        let numerators = chunks(above), denominators = chunks(below)
        guard !numerators.isEmpty, !denominators.isEmpty, (numerators + denominators).allSatisfy(isOperand) else { return nil }
        let gaps = self.gaps(middleCharacters)
        guard !gaps.isEmpty else { return nil }
        var filled: [(gap: Range<Int>, numerator: String, denominator: String)] = []
        var usedNumerators = 0, usedDenominators = 0
        for gap in gaps {
            let over = numerators.filter { $0.start >= gap.lowerBound - 1 && $0.end <= gap.upperBound + 1 }
            let under = denominators.filter { $0.start >= gap.lowerBound - 1 && $0.end <= gap.upperBound + 1 }
            if over.isEmpty && under.isEmpty { continue }
            guard over.count == 1, under.count == 1 else { return nil }
            filled.append((gap, over[0].text, under[0].text))
            usedNumerators += 1
            usedDenominators += 1
        }
        guard !filled.isEmpty, usedNumerators == numerators.count, usedDenominators == denominators.count else { return nil }
        var line = middleCharacters
        for (gap, numerator, denominator) in filled.reversed() {
            let fraction = " " + grouped(numerator) + "/" + grouped(denominator) + " "
            let upper = min(gap.upperBound, line.count)
            line.replaceSubrange(min(gap.lowerBound, line.count)..<upper, with: Array(fraction))
        }
        return String(line)
    }

    /// Where a bar may stand on the middle line: a run of three spaces or more after a relation
    /// or an operator ("n=      = 0.511", "P2 = 2.50 ×      "), or the line's end after one.
    private static func gaps(_ line: [Character]) -> [Range<Int>] {
        var gaps: [Range<Int>] = []
        guard let first = line.firstIndex(where: { $0 != " " }) else { return [] }
        var position = first
        while position < line.count {
            guard line[position] == " " else { position += 1; continue }
            var end = position
            while end < line.count, line[end] == " " { end += 1 }
            let before = line[..<position].last(where: { $0 != " " })
            if before.map({ "=≈×·*+−-(".contains($0) }) == true, end - position >= 3 || end == line.count {
                gaps.append(position..<(end == line.count ? Int.max / 2 : end))
            }
            position = end
        }
        // (A line that ends in an operator: the fraction stands after it.)
        if let last = line.last, "=≈×·*+−-".contains(last) { gaps.append(line.count..<(Int.max / 2)) }
        return gaps
    }

    private static func chunks(_ line: String) -> [Chunk] {
        let characters = Array(line)
        var found: [Chunk] = []
        var index = 0
        while index < characters.count {
            guard characters[index] != " " else { index += 1; continue }
            var end = index
            // (One space joins a chunk's pieces: "0.511 × 28.02"; two or more part chunks.)
            while end < characters.count, characters[end] != " " || (end + 1 < characters.count && characters[end + 1] != " ") { end += 1 }
            found.append(Chunk(start: index, end: end, text: String(characters[index..<end])))
            index = end
        }
        return found
    }

    /// Numbers, operators, parentheses and short symbols: "(2.50)(5.00)", "0.511 × 28.02", "m", "ΔT".
    private static func isOperand(_ chunk: Chunk) -> Bool {
        isOperand(chunk.text, words: 2, also: "")
    }

    /// Text that is an operand: at most `words` symbols of three letters and no closing stop (not
    /// a sentence's words, "It is 5."), numbers, operators and `also`. A whole line (plain
    /// `pdftotext`) carries a number and may have a unit with a slash or a percent: "44.097 g/mol".
    private static func isOperand(_ text: String, words limit: Int, also: String) -> Bool {
        guard !text.isEmpty, text.count <= 40, also.isEmpty || text.contains(where: \.isNumber) else { return false }
        let words = text.split(whereSeparator: { !$0.isLetter })
        guard words.count <= limit, words.allSatisfy({ $0.count <= 3 }), let last = text.last, last != ".", last != "," else { return false }
        return text.allSatisfy { $0.isLetter || $0.isNumber || " .,()×·*+−-^√πΔ_".contains($0) || also.contains($0) }
    }

    private static func grouped(_ operand: String) -> String {
        operand.allSatisfy { $0.isNumber || $0 == "." } || operand.allSatisfy(\.isLetter) ? operand : "(" + operand + ")"
    }
}
