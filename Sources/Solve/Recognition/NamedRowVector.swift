/// A vector set out as the one row of a small table under a header of indices or names, the
/// row named in words and by its symbol (a Markdown or LaTeX table as it reaches text):
///
///     class 0 1 2 3
///     logit z_k 2.0 1.0 −1.0 0.0
///
/// Flattened into one line the numbers would follow the header's and no name would be bound.
/// This rewrites the row as an assignment (`logit z = (2.0, 1.0, −1.0, 0.0),`). Only a lone
/// row with as many numbers as the header has entries, named by a word and then a symbol.
enum NamedRowVector {
    static func rewrite(_ text: String) -> String {
        // ("After the update, every logit increases by 1 except class 2": values changed in words
        // are not the row as written.)
        guard text.range(of: #"(?i)\bincreas\w*|\bdecreas\w*|\bupdat\w*|\bchang\w*|\bshift\w*|\badd\w*|\bsubtract\w*|\bmultipl\w*|\bscal(?:e|ed|es|ing)\b|\bdoubl\w*|\bhalv\w*|\bexcept\b|\binstead\b|\breplac\w*"#, options: .regularExpression) == nil else { return text }
        var lines = text.split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
        for index in lines.indices.dropFirst() {
            guard let row = lines[index].wholeMatch(of: Self.row) else { continue }
            let values = row.output.3.split(whereSeparator: \.isWhitespace)
            let header = lines[index - 1].split(whereSeparator: \.isWhitespace)
            // (A lone row: no other row of numbers under the same header.)
            let next = index + 1 < lines.count ? lines[index + 1] : ""
            guard values.count >= 2, header.count == values.count + 1,
                  header.dropFirst().allSatisfy({ $0.count <= 12 }), header.first?.first?.isLetter == true,
                  next.wholeMatch(of: Self.row) == nil else { continue }
            lines[index] = "\(row.output.1)\(row.output.2) = (" + values.joined(separator: ", ") + "),"
        }
        return lines.joined(separator: "\n")
    }

    /// A row: words, a symbol with an optional index subscript (`z_k`, `s_{i}`), then numbers.
    /// Groups: the words, the symbol, the numbers.
    private static var row: Regex<(Substring, Substring, Substring, Substring)> { #/\s*([A-Za-z][A-Za-z-]*(?:\s+[A-Za-z][A-Za-z-]*){0,2}\s+)([A-Za-zα-ω])(?:_\{?[a-z]\}?)?\s+((?:[-−]?\d+(?:\.\d+)?\s+)+[-−]?\d+(?:\.\d+)?)\s*/# }
}
