/// Small roman numerals (1…39, letters i, v, x) as used for sub-part labels.
enum RomanNumeral {
    private static let units = ["", "i", "ii", "iii", "iv", "v", "vi", "vii", "viii", "ix"]
    private static let tens = ["", "x", "xx", "xxx"]

    /// The canonical lowercase numeral of a value in 1…39.
    static func numeral(_ value: Int) -> String? {
        guard (1...39).contains(value) else { return nil }
        return tens[value / 10] + units[value % 10]
    }

    /// The value of a canonical numeral written in one case ("iv", "IV"); nil otherwise.
    static func value(of token: String) -> Int? {
        guard !token.isEmpty, token.count <= 7 else { return nil }
        let lower = token.lowercased()
        guard token == lower || token == token.uppercased() else { return nil }
        guard lower.allSatisfy({ $0 == "i" || $0 == "v" || $0 == "x" }) else { return nil }
        for value in 1...39 where numeral(value) == lower { return value }
        return nil
    }
}
