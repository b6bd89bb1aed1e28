import Foundation

/// The unit a question asks its answer in ("in km/s", "in hours", "Give your answer in
/// minutes"), as the symbols an answer may write it with.
enum AskedUnit {
    /// Unit words and the symbols they are written with.
    static let spelled: [(words: NSRegularExpression, symbols: [String])] = [
        ("hours?|hrs?", ["h", "hr", "hrs", "hours", "hour"]),
        ("minutes?|mins?", ["min", "mins", "minutes", "minute"]),
        ("seconds?|secs?", ["s", "sec", "seconds"]),
        ("days?", ["days", "day", "d"]),
        ("years?", ["years", "year", "yr", "yrs"]),
        ("months?", ["months", "month"]),
        ("kilograms?", ["kg"]),
        ("grams?", ["g"]),
        ("milligrams?", ["mg"]),
        ("kilomet(?:er|re)s?", ["km"]),
        ("met(?:er|re)s?", ["m"]),
        ("volts?", ["V"]),
        ("amperes?|amps?", ["A"]),
        ("watts?", ["W"]),
        ("ohms?", ["Ω"]),
        ("joules?", ["J"]),
        ("newtons?", ["N"]),
        ("pascals?", ["Pa"]),
        ("hertz", ["Hz"]),
        ("lit(?:er|re)s?", ["L"]),
        ("moles?", ["mol"]),
    ].map { (try! NSRegularExpression(pattern: "(?i)^(?:" + $0.0 + ")$"), $0.1) }

    /// The units a clause writes after its numbers ("230.94\\ \\text{V}", "10 Ω", "36.87^\\circ" → °).
    static func written(in clause: String) -> [String] {
        var text = clause
        for (latex, symbol) in [("^\\circ", "°"), ("^{\\circ}", "°"), ("\\Omega", "Ω"), ("\\mu", "µ"), ("\\%", "%"), ("\\ ", " "), ("\\,", " "), ("~", " ")] {
            text = text.replacingOccurrences(of: latex, with: symbol)
        }
        text = text.replacingOccurrences(of: #"\\(?:text|mathrm|rm|si)\{([^{}]*)\}"#, with: "$1", options: .regularExpression)
        // (A unit spelled out, "6.0 amps", is its symbol; a word that is no known unit, "dm³", "items", says nothing.)
        return text.matches(of: #/\d\s*([A-Za-zΩ°µμ%][A-Za-z]*)(?![A-Za-z(])/#).compactMap { match -> String? in
            let word = String(match.output.1)
            if let unit = spelled.first(where: { $0.words.firstMatch(in: word, range: NSRange(word.startIndex..., in: word)) != nil }) { return unit.symbols[0] }
            return known.contains(word) || known.contains(String(word.dropFirst())) && prefixes.contains(word.first!) ? word : nil
        }
    }

    /// SI prefixes a written unit may carry before a symbol ("kV", "mA", "µF").
    static let prefixes = "kMGmµμn"

    /// Unit symbols a clause's values may carry.
    static let known: Set<String> = Equivalence.unitSymbols.union(["°", "%", "VA", "var", "h", "min", "d", "km", "pc", "ly", "mol"])

    /// Whether a written unit is one of `symbols`, bare or with an SI prefix ("kV" for V).
    static func matches(_ unit: String, _ symbols: [String]) -> Bool {
        symbols.contains { symbol in unit == symbol || unit.count == symbol.count + 1 && unit.hasSuffix(symbol) && prefixes.contains(unit.first!) }
    }

    /// The symbols of the one unit `question` asks in, or nil.
    static func symbols(askedIn question: String) -> [String]? {
        let found = question.matches(of: #/(?i)\bin\s+(?:units of\s+)?\$?\\?(?:text\{|mathrm\{|si\{)?([A-Za-zµμ]{1,10}(?:\/[A-Za-z]{1,4})?)\b/#).compactMap { match -> [String]? in
            let written = String(match.output.1)
            if let unit = spelled.first(where: { $0.words.firstMatch(in: written, range: NSRange(written.startIndex..., in: written)) != nil }) { return unit.symbols }
            // A symbol as written ("in km/s", "in kg"): short, or a quotient.
            if written.contains("/") || (written.count <= 3 && written.first?.isLetter == true && written != "a" && written.lowercased() != "the") {
                return [written]
            }
            return nil
        }
        guard let first = found.first, found.allSatisfy({ $0 == first }) else { return nil }
        return first
    }
}
