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
            return isKnown(word) ? word : nil
        }
    }

    /// SI prefixes a written unit may carry before a symbol ("kV", "mA", "µF").
    static let prefixes = "kMGmµμn"

    /// Unit symbols a clause's values may carry.
    static let known: Set<String> = Equivalence.unitSymbols.union(["°", "%", "VA", "var", "h", "min", "d", "km", "pc", "ly", "mol", "Ah", "Wh"])

    /// The words of the quantities a one-letter unit measures.
    static let quantityWords: [String: String] = [
        "A": #"\bcurrents?\b"#, "V": #"\b(?:voltages?|potential|emf|p\.d\.)\b"#, "W": #"\bpower\b"#,
        "J": #"\b(?:energy|work|heat)\b"#, "N": #"\bforces?\b"#, "Ω": #"\b(?:resistance|impedance|reactance)\b"#,
        "m": #"\b(?:distance|length|height|width|depth|radius|diameter|displacement|range|error)\b"#,
        "s": #"\b(?:time|period|duration|delay)\b"#, "K": #"\btemperature\b"#, "g": #"\bmass\b"#,
    ]

    /// Whether a written unit measures what `symbols` measure: the same unit under any SI
    /// prefix ("m" for "mm", "kV" for "V"), or any two units of time.
    static func commensurate(_ unit: String, _ symbols: [String]) -> Bool {
        let time: Set<String> = ["s", "ms", "µs", "μs", "ns", "min", "mins", "h", "hr", "hrs", "hours", "hour", "d", "day", "days", "years", "year", "yr", "yrs"]
        // (Centi- too: "0.1625 m" for a depth asked in cm.)
        func base(_ word: String) -> String {
            word.count > 1 && (prefixes + "c").contains(word.first!) && known.contains(String(word.dropFirst())) ? String(word.dropFirst()) : word
        }
        return symbols.contains { symbol in base(unit) == base(symbol) || time.contains(unit) && time.contains(symbol) }
    }

    /// Whether the text's last number stands without a unit after it ("… = 30 W / 12 V = **2.5**").
    static func endsWithoutUnit(_ text: String) -> Bool {
        var plain = text
        for (latex, symbol) in [("\\ ", " "), ("\\,", " "), ("~", " ")] { plain = plain.replacingOccurrences(of: latex, with: symbol) }
        plain = plain.replacingOccurrences(of: #"\\(?:text|mathrm|rm|si)\{([^{}]*)\}"#, with: "$1", options: .regularExpression)
        guard let last = plain.matches(of: #/\d(?:[\d,.]*\d)?/#).last else { return false }
        let after = plain[last.range.upperBound...].drop { $0 == " " || $0 == "*" || $0 == "$" }
        return after.first.map { !($0.isLetter || "Ω°µμ%".contains($0)) } ?? true
    }

    /// Whether `word` is a known unit symbol, bare or with an SI prefix.
    static func isKnown(_ word: String) -> Bool {
        known.contains(word) || word.count > 1 && known.contains(String(word.dropFirst())) && prefixes.contains(word.first!)
    }

    /// Whether a written unit is one of `symbols`, bare or with an SI prefix ("kV" for V).
    static func matches(_ unit: String, _ symbols: [String]) -> Bool {
        symbols.contains { symbol in unit == symbol || unit.count == symbol.count + 1 && unit.hasSuffix(symbol) && prefixes.contains(unit.first!) }
    }

    /// The symbols of the one unit `question` asks in, or nil.
    /// ("What is the pack capacity (Ah)?", "How long (hours, two decimal places) …": a unit opening
    /// a parenthesis after a space; not options "(A) … (B) …", nor a plural's "(s)".)
    static func symbols(askedIn question: String) -> [String]? {
        let options = question.contains("(B)") || question.contains("(b)")
        let inWords = question.matches(of: #/(?i)\bin\s+(?:units of\s+)?\$?\\?(?:text\{|mathrm\{|si\{)?([A-Za-zµμ]{1,10}(?:\/[A-Za-z]{1,4})?)\b/#).map { String($0.output.1) }
        let parenthesized = options ? [] : question.matches(of: #/(?:^|\s)\(\s*([A-Za-zµμΩ]{1,10}(?:\/[A-Za-z]{1,4})?)\s*(?:\)|[,;]\s)/#).map { String($0.output.1) }
            .filter { written in
                // (A one-letter symbol is a unit only beside its quantity's word: "What discharge
                // current (A) …", not "the area (A)" or "the sample size (N)".)
                if written.count == 1 { return quantityWords[written].map { question.range(of: $0, options: [.regularExpression, .caseInsensitive]) != nil } ?? false }
                return isKnown(written) || spelled.contains { $0.words.firstMatch(in: written, range: NSRange(written.startIndex..., in: written)) != nil }
            }
        let found = (inWords + parenthesized).compactMap { written -> [String]? in
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
