/// Reads counts written as digits or English words: `"16"`, `"sixteen"`, `"thirty-two"`,
/// `"one hundred twenty-eight"`.
enum NumberWords {
    private static let units: [String: Int] = [
        "zero": 0, "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7,
        "eight": 8, "nine": 9, "ten": 10, "eleven": 11, "twelve": 12, "thirteen": 13,
        "fourteen": 14, "fifteen": 15, "sixteen": 16, "seventeen": 17, "eighteen": 18, "nineteen": 19,
        "a": 1, "an": 1, "single": 1,
    ]
    private static let tens: [String: Int] = [
        "twenty": 20, "thirty": 30, "forty": 40, "fifty": 50, "sixty": 60, "seventy": 70, "eighty": 80, "ninety": 90,
    ]

    /// The regex fragment that matches one count (digits or words), for use in patterns.
    static let pattern = #"(?:\d+|(?:(?:one|two|three|four|five|six|seven|eight|nine) hundred(?: and)? )?(?:(?:twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety)(?:-(?:one|two|three|four|five|six|seven|eight|nine))?|zero|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|thirteen|fourteen|fifteen|sixteen|seventeen|eighteen|nineteen))"#

    /// The value of a count, or nil when it is not one.
    static func value<S: StringProtocol>(_ text: S) -> Int? {
        let words = text.lowercased().split(whereSeparator: { $0 == " " || $0 == "-" }).map(String.init).filter { $0 != "and" }
        guard !words.isEmpty else { return nil }
        if words.count == 1, let number = Int(words[0]) { return number }
        var total = 0
        var current = 0
        for word in words {
            if let unit = units[word] {
                current += unit
            } else if let ten = tens[word] {
                current += ten
            } else if word == "hundred" {
                current = max(current, 1) * 100
            } else if word == "thousand" {
                total += max(current, 1) * 1000
                current = 0
            } else {
                return nil
            }
        }
        return total + current
    }
}
