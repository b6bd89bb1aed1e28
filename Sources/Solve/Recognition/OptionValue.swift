/// A multiple-choice option that is one number ("6.25", "$-3/4$", "1.2 × 10^3" is not), and
/// when a computed result is that option.
struct OptionValue: Equatable {
    let value: Double
    /// Digits after the decimal point as written ("6.25" → 2).
    let decimals: Int

    /// The number an option's text is, if it is only one number.
    static func number(in text: String) -> OptionValue? {
        var bare = StatementText(text).text.filter { $0 != "$" && $0 != " " }
        if bare.hasSuffix(".") { bare.removeLast() }
        // ("1,050,624": thousands separators.)
        // (Not "0,125", a decimal comma.)
        if bare.wholeMatch(of: #/-?[1-9]\d{0,2}(?:,\d{3})+(?:\.\d+)?/#) != nil { bare.removeAll { $0 == "," } }
        let characters = Array(bare)
        guard let (value, end) = MathScanner.number(characters, at: 0), end == characters.count else { return nil }
        let decimals = bare.firstIndex(of: ".").map { bare.distance(from: $0, to: bare.endIndex) - 1 } ?? 0
        return OptionValue(value: value, decimals: bare.contains("/") ? 15 : decimals)
    }

    /// Equal, or equal when rounded to the option's shown precision with at least two
    /// decimals (0.4076 is "0.41"; 3.7 is not "4").
    func matches(_ result: Double) -> Bool {
        if (result - value).magnitude <= 1e-9 * max(1, result.magnitude) { return true }
        guard decimals >= 2, decimals < 15 else { return false }
        var scale = 1.0
        for _ in 0..<decimals { scale *= 10 }
        return (result * scale).rounded() == (value * scale).rounded()
    }

    /// The option a question that asks for the closest one ("is closest to", "approximately")
    /// means: the nearest to `result`, when it is within 10 % of it and every other option is at
    /// least three times as far. Nil otherwise.
    static func nearest(to result: Double, among values: [OptionValue]) -> Int? {
        let distances = values.map { ($0.value - result).magnitude }
        guard let best = distances.indices.min(by: { distances[$0] < distances[$1] }),
              distances[best] <= 0.1 * max(result.magnitude, 1e-12),
              distances.indices.allSatisfy({ $0 == best || distances[$0] >= 3 * distances[best] }) else { return nil }
        return best
    }
}
