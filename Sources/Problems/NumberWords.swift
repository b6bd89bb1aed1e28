import Foundation

/// Numbers written in words, as problem statements use them: "seven", "twenty-five",
/// "a hundred", "seven-by-seven" (7×7), "a single" (1).
enum NumberWords {
    private static let small: [String: Int] = [
        "zero": 0, "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7, "eight": 8, "nine": 9,
        "ten": 10, "eleven": 11, "twelve": 12, "thirteen": 13, "fourteen": 14, "fifteen": 15, "sixteen": 16,
        "seventeen": 17, "eighteen": 18, "nineteen": 19, "single": 1, "dozen": 12,
    ]
    private static let tens: [String: Int] = [
        "twenty": 20, "thirty": 30, "forty": 40, "fifty": 50, "sixty": 60, "seventy": 70, "eighty": 80, "ninety": 90,
    ]

    /// Fractions in words: "one quarter", "two thirds", "a half", "one tenth".
    private static let parts: [String: Double] = [
        "half": 2, "halves": 2, "third": 3, "thirds": 3, "quarter": 4, "quarters": 4, "fifth": 5, "fifths": 5,
        "tenth": 10, "tenths": 10, "hundredth": 100, "hundredths": 100,
    ]

    /// "one quarter" → "0.25", "two thirds" → "0.6667"; other text as it is.
    static func fractions(in text: String) -> String {
        var words = text.split(separator: " ", omittingEmptySubsequences: false).map(String.init)
        var index = 0
        while index + 1 < words.count {
            let numerator = words[index].lowercased() == "a" ? 1 : value(words[index])
            let denominator = parts[words[index + 1].lowercased().trimmingCharacters(in: .punctuationCharacters)]
            if let numerator, let denominator, numerator < Int(denominator) {
                let trailing = String(words[index + 1].reversed().prefix { $0.isPunctuation }.reversed())
                let decimal = (Double(numerator) / denominator * 10_000).rounded() / 10_000
                words[index] = String(decimal) + trailing
                words.remove(at: index + 1)
            }
            index += 1
        }
        return words.joined(separator: " ")
    }

    /// The value of one word or hyphenated pair ("seven", "twenty-five", "hundred"); nil otherwise.
    static func value(_ word: String) -> Int? {
        let lower = word.lowercased()
        if let value = small[lower] ?? tens[lower] { return value }
        if lower == "hundred" { return 100 }
        if lower == "thousand" { return 1000 }
        let pieces = lower.split(separator: "-")
        if pieces.count == 2, let ten = tens[String(pieces[0])], let unit = small[String(pieces[1])], unit < 10 { return ten + unit }
        return nil
    }

    /// The text with number words written as digits: "a seven-by-seven kernel with a stride
    /// of three" → "a 7×7 kernel with a stride of 3". Words that are not numbers stay.
    static func digits(in text: String) -> String {
        var out = ""
        var word = ""
        func flush() {
            if let range = word.range(of: "-by-"), let a = value(String(word[..<range.lowerBound])), let b = value(String(word[range.upperBound...])) {
                out += "\(a)×\(b)"
            } else if let value = value(word) {
                out += String(value)
            } else if let dash = word.firstIndex(of: "-"), let value = value(String(word[..<dash])), word[word.index(after: dash)...].first?.isLetter == true {
                // "six-sided", "three-class": the count with its word.
                out += String(value) + word[dash...]
            } else {
                out += word
            }
            word = ""
        }
        for character in text {
            if character.isLetter || character == "-" && !word.isEmpty {
                word.append(character)
            } else {
                if !word.isEmpty { flush() }
                out.append(character)
            }
        }
        if !word.isEmpty { flush() }
        return out
    }
}
