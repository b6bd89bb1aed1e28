import Foundation

/// A tuple written with its components' names: "Tag / index / offset = 17 / 9 / 6",
/// "(tag, index, offset) = tag 17, index 9, offset 6", "λ₁ = 5 and λ₂ = 2". Read only where a
/// list is expected.
extension FinalAnswer {
    static let number = #"[-−]?\d+(?:\.\d+)?"#
    static let slashedNames = try! NSRegularExpression(
        pattern: #"(?<![\w/])([A-Za-z][A-Za-z -]{0,15}?(?:\s*/\s*[A-Za-z][A-Za-z -]{0,15}?)+)\s*[=:]\s*\$?("# + number + #"(?:\s*/\s*"# + number + #")+)(?![\d/]|\.\d)(?!\s*(?:=|≈|\\approx))"#)
    static let namedEntry = try! NSRegularExpression(pattern: #"^\s*(?:the\s+)?[A-Za-z][A-Za-z-]*\s*[:=]?\s*("# + number + #")\s*(?:[A-Za-z]{1,6})?\s*\.?\s*$"#)

    /// A whole number with thousands separators ("45,000"), or a plain number.
    /// (Never the first group of a grouped number alone: "45,000" is no 45.)
    static let groupedNumber = #"[-−]?\d{1,3}(?:,\d{3})+(?!\d|\.\d)|"# + number + #"(?!\d|\.\d|,\d{3})"#

    /// "x₁ = 3", "σ1 = 20 + 75 = 95", "σ₁ = 3√5 ≈ 6.7082" (a surd is evaluated on, never its
    /// coefficient alone); and a schedule's periods, "Year 1: 5/15 × 45,000 = $15,000",
    /// whose relation may be a colon.
    static let indexedAssignment = try! NSRegularExpression(
        pattern: #"(?<![\w\\])(\\?[A-Za-zα-ω]+)\s*_?\{?\s*([1-9]|[₁-₉])\s*\}?\s*['′’]?\s*(?:=|≈|\\approx|(?<=(?i:year|yr|month|week|day|quarter|period|hour)\s?[1-9])\s*:)\s*\$?\s*(?:(?:[^=≈,;A-Za-zα-ω\n\\]|\\(?:sqrt|frac|cdot|times|left|right|,)|,(?=\d{3}))*?(?:=|≈|\\approx)\s*\$?\s*)*?("# + groupedNumber + #"(?:/[1-9]\d*)?)(?![\d.]*\s*(?:[+\-−·×*/^(√]|\\(?:sqrt|frac|cdot|times)(?![A-Za-z])))"#)

    /// "λ_1 = 5,\ λ_2 = 2", "x₁ = 3 and x₂ = −1", "v₁′ = 4 m/s, v₂′ = 1 m/s", "c1 = 3/2, c2 = 1": one name's components by index, 1 to n (n ≥ 2),
    /// each the last value of its chain ("σ1 = 20 + 75 = 95"),
    /// each once, as "(5, 2)"; nil otherwise.
    static func indexedTuple(_ text: String) -> String? {
        var byName: [String: [Int: String]] = [:]
        var order: [String] = []
        for match in indexedAssignment.matches(in: text, range: NSRange(text.startIndex..., in: text)) {
            guard let name = Range(match.range(at: 1), in: text), let index = Range(match.range(at: 2), in: text),
                let value = Range(match.range(at: 3), in: text) else { continue }
            let digit = text[index].unicodeScalars.first!.value
            let position = Int(digit >= 0x2080 ? digit - 0x2080 : digit - 0x30)
            // ("Month 1 = …; month 2 = …": a word's case is no other name; a letter's is.)
            let key = text[name].count >= 3 && !text[name].hasPrefix("\\") ? text[name].lowercased() : String(text[name])
            if byName[key] == nil { order.append(key) }
            // The same component twice: a recomputation, not one tuple.
            guard byName[key]?[position] == nil else { return nil }
            byName[key, default: [:]][position] = String(text[value])
        }
        // (Counted from 1: "w0 = 3/2, w1 = 1" counted from 0 may be iterates as well as coefficients.)
        let complete = order.filter { name in
            let components = byName[name]!
            return components.count >= 2 && Set(components.keys) == Set(1...components.count)
        }
        guard complete.count == 1, let components = byName[complete[0]] else { return nil }
        return "(" + components.keys.sorted().map { components[$0]! }.joined(separator: ", ") + ")"
    }

    /// The components as a tuple, "(17, 9, 6)", or nil.
    static func namedTuple(_ line: String) -> String? {
        let text = line.replacingOccurrences(of: "**", with: "")
        let range = NSRange(text.startIndex..., in: text)
        // "a / b / c = 1 / 2 / 3": as many values as names, or it is a division; so is a
        // pair of single letters, or one whose value is evaluated on ("= 0.75").
        if let match = slashedNames.matches(in: text, range: range).last,
            let names = Range(match.range(at: 1), in: text), let values = Range(match.range(at: 2), in: text) {
            let nameList = text[names].split(separator: "/").map { $0.trimmingCharacters(in: .whitespaces) }
            let items = text[values].split(separator: "/").map { $0.trimmingCharacters(in: .whitespaces) }
            // ("y/z = 6/8 = 0.75", "x/z = 4/8": one letter over another is a quotient.)
            if nameList.count == items.count, nameList.count > 2 || nameList.allSatisfy({ $0.count > 1 }) { return "(" + items.joined(separator: ", ") + ")" }
        }
        // "… = tag 17, index 9, offset 6.": each item a word and a number, after the last relation.
        let tail = ["=", ":"].compactMap { text.range(of: $0, options: .backwards) }.max { $0.lowerBound < $1.lowerBound }
            .map { String(text[$0.upperBound...]) } ?? text
        let items = tail.components(separatedBy: ",").flatMap { $0.components(separatedBy: " and ") }
            .map { $0.trimmingCharacters(in: .whitespaces) }.filter { !$0.isEmpty }
        guard items.count >= 2 else { return nil }
        var values: [String] = []
        for item in items {
            guard item.first?.isLetter == true,
                let match = namedEntry.firstMatch(in: item, range: NSRange(item.startIndex..., in: item)),
                let value = Range(match.range(at: 1), in: item) else { return nil }
            values.append(String(item[value]))
        }
        return "(" + values.joined(separator: ", ") + ")"
    }
}

extension FinalAnswer {
    /// "So N* = 2000 (smaller) and N* = 8000 (larger).": one name given two values, where a list
    /// is expected, is the list in the order written. Remarks that name the order the other way
    /// round ("8000 (larger) and … 2000 (smaller)") leave it unread.
    static func repeatedName(_ line: String) -> String? {
        let text = line.replacingOccurrences(of: "**", with: "").replacingOccurrences(of: "$", with: "")
        let number = #/([-−]?\d[\d,]*(?:\.\d+)?)/#
        guard let match = text.firstMatch(of: #/(?:^|[\s(])([A-Za-z][A-Za-z0-9_]{0,3}\*?)\s*=\s*([-−]?\d{1,3}(?:,\d{3})*(?:\.\d+)?|[-−]?\d+(?:\.\d+)?)\s*(?:\(([a-z ]{1,20})\))?\s*,?\s+and\s+([A-Za-z][A-Za-z0-9_]{0,3}\*?)\s*=\s*([-−]?\d{1,3}(?:,\d{3})*(?:\.\d+)?|[-−]?\d+(?:\.\d+)?)\s*(?:\(([a-z ]{1,20})\))?\s*(?:[.;]|$)/#),
              match.1 == match.4, match.2 != match.5,
              text[match.range.upperBound...].firstMatch(of: number) == nil else { return nil }
        // (A remark on one value only says nothing of the other's place.)
        guard (match.3 == nil) == (match.6 == nil) else { return nil }
        if let first = match.3, let second = match.6 {
            let low = #/^(?:the )?(?:smaller|lower|lesser|minimum|first)$/#, high = #/^(?:the )?(?:larger|upper|greater|maximum|second)$/#
            guard first.wholeMatch(of: low) != nil, second.wholeMatch(of: high) != nil else { return nil }
        }
        return "(" + match.2 + ", " + match.5 + ")"
    }
}
