/// Finds lines that are page furniture rather than content: page numbers
/// ("2", "- 2 -", "Page 2 of 4", "2 / 4") and running headers or footers repeated on every page.
struct NoiseDetector: Sendable {
    /// Per input line: whether it is furniture.
    let isNoise: [Bool]

    /// `lines` are the raw input lines; `structural` marks lines that parse as a header or a label.
    init(lines: [String], structural: [Bool]) {
        let trimmed = lines.map { Array($0).trimmed }
        var noise = [Bool](repeating: false, count: lines.count)
        var bare: [Int] = []
        for index in trimmed.indices where !structural[index] {
            if NoiseDetector.isPageLabel(trimmed[index]) {
                noise[index] = true
            } else if NoiseDetector.isBareInteger(trimmed[index]),
                      !NoiseDetector.neighborIsNumeric(trimmed, index) {
                bare.append(index)
            }
        }
        for index in NoiseDetector.pageNumbers(among: bare, in: trimmed) { noise[index] = true }
        // Running headers: the same short line, digits ignored, on several pages.
        var counts: [String: Int] = [:]
        var keys = [String?](repeating: nil, count: lines.count)
        for index in trimmed.indices where !structural[index] && !noise[index] {
            guard let key = NoiseDetector.runningHeaderKey(trimmed[index]) else { continue }
            keys[index] = key
            counts[key, default: 0] += 1
        }
        for index in keys.indices {
            if let key = keys[index], counts[key, default: 0] >= 2 { noise[index] = true }
        }
        isNoise = noise
    }

    /// "Page 2", "Page 2 of 4", "page 2/4", "- 2 -", "2 / 4", "2 of 4".
    static func isPageLabel(_ chars: [Character]) -> Bool {
        guard !chars.isEmpty, chars.count <= 24 else { return false }
        var words = String(chars).lowercased().split(whereSeparator: { $0.isBlank }).map(String.init)
        if words.first == "page" || words.first == "p." || words.first == "pg." { words.removeFirst() }
        else if words.count == 3, words[0].allSatisfy(\.isMinusSign), words[2].allSatisfy(\.isMinusSign) {
            return isBareInteger(Array(words[1]))
        } else if words.count != 3 {
            return false
        }
        if words.count == 1 {
            let parts = words[0].split(separator: "/", omittingEmptySubsequences: false)
            if parts.count == 2 { return parts.allSatisfy { isBareInteger(Array($0)) } }
            return isBareInteger(Array(words[0]))
        }
        if words.count == 3, words[1] == "of" || words[1] == "/" {
            return isBareInteger(Array(words[0])) && isBareInteger(Array(words[2]))
        }
        return false
    }

    /// The bare numbers that are page numbers: the longest run of lines numbered n, n+1, n+2 …
    /// (n ≥ 1) in order, when it has at least two lines; else a bare number ending the text.
    private static func pageNumbers(among candidates: [Int], in lines: [[Character]]) -> [Int] {
        let values = candidates.map { Int(String(lines[$0])) ?? 0 }
        var chain = [Int](repeating: 0, count: candidates.count)
        var link = [Int](repeating: -1, count: candidates.count)
        var lastAt: [Int: Int] = [:]  // value → index of the best chain ending with it so far
        var best = -1
        for k in candidates.indices where values[k] >= 1 {
            chain[k] = 1
            if let j = lastAt[values[k] - 1] {
                chain[k] = chain[j] + 1
                link[k] = j
            }
            if lastAt[values[k]].map({ chain[$0] <= chain[k] }) ?? true { lastAt[values[k]] = k }
            if best < 0 || chain[k] > chain[best] { best = k }
        }
        if best >= 0, chain[best] >= 2 {
            var result: [Int] = []
            var k = best
            while k >= 0 {
                result.append(candidates[k])
                k = link[k]
            }
            return result
        }
        guard let lastContent = lines.lastIndex(where: { !$0.isEmpty }), let k = candidates.firstIndex(of: lastContent),
              values[k] >= 1
        else { return [] }
        return [lastContent]
    }

    /// One to three ASCII digits and nothing else.
    static func isBareInteger(_ chars: [Character]) -> Bool {
        !chars.isEmpty && chars.count <= 3 && chars.allSatisfy(\.isASCIIDigit)
    }

    /// A line of only numbers, signs, brackets and separators: a matrix row or entry.
    static func isNumericLine(_ chars: [Character]) -> Bool {
        guard chars.contains(where: \.isASCIIDigit) else { return false }
        return chars.allSatisfy { $0.isASCIIDigit || $0.isBlank || $0.isMinusSign || ".,;[]()".contains($0) }
    }

    /// Whether the nearest non-blank line before or after is numeric (so a bare number is a matrix entry).
    private static func neighborIsNumeric(_ lines: [[Character]], _ index: Int) -> Bool {
        var before = index - 1
        while before >= 0, lines[before].isEmpty { before -= 1 }
        if before >= 0, isNumericLine(lines[before]) { return true }
        var after = index + 1
        while after < lines.count, lines[after].isEmpty { after += 1 }
        if after < lines.count, isNumericLine(lines[after]) { return true }
        return false
    }

    /// The comparison key of a possible running header, or nil when the line cannot be one:
    /// at most 80 characters, two words of letters (or a word and a number), no sentence-ending punctuation.
    static func runningHeaderKey(_ chars: [Character]) -> String? {
        guard chars.count >= 6, chars.count <= 80, let last = chars.last else { return nil }
        if ".?!:,;=".contains(last) { return nil }
        // ("nn.Conv2d(32, 96, kernel_size=1)" written in two parts: a line of code or a formula is
        // content, however often it repeats.)
        let text = String(chars)
        // (A call with arguments, "nn.Conv2d(16, 32, …)"; not a formula in a header, "P(A ∪ B) review".)
        if text.contains("=") || text.range(of: #"[A-Za-z0-9_\]]\([^()]*,[^()]*\)"#, options: .regularExpression) != nil { return nil }
        let words = text.split(whereSeparator: { $0.isBlank })
        let letterWords = words.filter { word in word.filter(\.isLetter).count >= 2 }
        // ("Homework 3", "Lecture 12": one word and a number, as a running head writes them.)
        let numbered = words.count == 2 && letterWords.count == 1 && letterWords[0].count >= 4 && letterWords[0].allSatisfy(\.isLetter)
            && words.contains { word in word.allSatisfy(\.isNumber) }
        guard letterWords.count >= 2 || numbered else { return nil }
        // Collapse white space; drop a trailing "Page 2 (of 4)" so footers with page numbers match.
        var tokens = words.map(String.init)
        if let page = tokens.lastIndex(where: { $0.lowercased() == "page" }), page > 0,
           isPageLabel(Array(tokens[page...].joined(separator: " ")))
        {
            tokens.removeSubrange(page...)
            while let last = tokens.last, last.allSatisfy({ "|-\u{2013}\u{2014}\u{00B7}".contains($0) }) {
                tokens.removeLast()
            }
        }
        guard !tokens.isEmpty else { return nil }
        return tokens.joined(separator: " ")
    }
}
