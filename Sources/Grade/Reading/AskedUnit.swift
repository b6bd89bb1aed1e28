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
    ].map { (try! NSRegularExpression(pattern: "(?i)^(?:" + $0.0 + ")$"), $0.1) }

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
