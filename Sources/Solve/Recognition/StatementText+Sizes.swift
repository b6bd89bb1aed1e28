import Foundation

extension StatementText {
    /// Sizes written with "by" as the product sign they stand for: "a seven-by-seven kernel",
    /// "a 3 by 3 window" → "a 7 × 7 kernel", "a 3 × 3 window". "One by one" is a size only
    /// before a layer's noun ("one-by-one convolution"); elsewhere it is a manner ("the layers,
    /// one by one").
    var sizesInDigits: StatementText {
        let pattern = "\\b(\(NumberWords.pattern))[- ]by[- ](\(NumberWords.pattern))\\b"
        guard firstMatch(pattern) != nil, let regex = try? Regex(pattern).ignoresCase() else { return self }
        let layerNoun = #/^[- ]*(?:(?!(?:to|the|of|on|in|into|for|and|a)\b)\w+[- ])?(?:kernels?|filters?|conv\w*|windows?|pool\w*|patch\w*|matri\w+|grids?|images?)\b/#.ignoresCase()
        return StatementText(text.replacing(regex) { match in
            let written = String(text[match.range])
            let words = written.lowercased().components(separatedBy: "by").map { $0.trimmingCharacters(in: CharacterSet(charactersIn: " -")) }
            guard words.count == 2, let a = NumberWords.value(words[0]), let b = NumberWords.value(words[1]) else { return written }
            if words == ["one", "one"], text[match.range.upperBound...].firstMatch(of: layerNoun) == nil { return written }
            return "\(a) × \(b)"
        })
    }
}
