import Foundation

/// A value written in a prefixed unit the problem never uses, restated in the problem's own
/// unit: "5.48 kJ" for a problem that asks for the work in joules reads "5.48 × 10^{3} J",
/// "τ = 0.47 ms" in a problem stated in seconds reads "0.47 × 10^{-3} s". Keys carry no
/// units; a key for a problem stated in joules is in joules.
///
/// Only when the problem's text (its stem and its parts' questions) names the base unit —
/// after a number ("t = 1 s", `\SI{300}{J}`) or spelled out ("in joules") — and nowhere
/// writes the prefixed one: "3 kHz" in a problem sampled "at 10 kHz" stays 3, since its key
/// is likely in kilohertz.
enum PrefixedUnit {
    static let prefixes: [(symbol: String, name: String, power: Int)] = [
        ("k", "kilo", 3), ("M", "mega", 6), ("G", "giga", 9), ("m", "milli", -3), ("µ", "micro", -6), ("μ", "micro", -6),
        ("n", "nano", -9), ("p", "pico", -12), ("c", "centi", -2),
    ]
    /// Unit symbols and their names spelled out in the plural (a regular-expression alternation).
    static let bases: [(symbol: String, names: String)] = [
        ("s", "seconds"), ("J", "joules"), ("W", "watts"), ("V", "volts"), ("A", "amperes|amps"), ("Ω", "ohms"), ("Hz", "hertz"),
        ("N", "newtons"), ("Pa", "pascals"), ("F", "farads"), ("g", "grams"), ("m", "meters|metres"), ("eV", "electron.?volts"),
        ("B", "bytes"), ("FLOPs", "FLOPs"), ("L", "litres|liters"), ("pc", "parsecs"),
    ]

    /// What may stand between a number and its unit: spaces, a closing `$`, a LaTeX space, `\text{`.
    static let separator = #"[ \t\x{00A0}\x{2009}\x{202F}]*\$?[ \t]*(?:\\[,;: ]|~)?[ \t]*(?:\\(?:text|mathrm|mbox|rm)[ \t]*\{[ \t]*)?"#

    /// One prefixed unit to restate: the pattern of a value written in it and its replacement.
    struct Restatement: Sendable {
        var unit: String
        var pattern: String
        var template: String
    }

    /// The prefixed units whose values a problem's text calls for restating: those whose base
    /// unit it names and which it never writes itself. Computed once per problem.
    static func restatements(for source: String) -> [Restatement] {
        guard !source.isEmpty else { return [] }
        let problem = symbols(source)
        var found: [Restatement] = []
        for base in bases where names(base, in: problem) {
            for prefix in prefixes {
                let unit = prefix.symbol + base.symbol
                let spelled = prefix.name + "(?:" + base.names + ")"
                // (Either micro sign writes the unit: "µm" and "μm".)
                let written = prefix.name == "micro" ? "[µμ]" + NSRegularExpression.escapedPattern(for: base.symbol) : NSRegularExpression.escapedPattern(for: unit)
                guard problem.range(of: "(?<![A-Za-z])" + written + "(?![A-Za-z])", options: .regularExpression) == nil,
                    problem.range(of: "(?i)\\b" + spelled, options: .regularExpression) == nil else { continue }
                // (Not a restatement after "≈" that follows a value: "8,388,608 FLOPs ≈ 8.4 MFLOPs" keeps
                // its exact value before it; "p ≈ 99.8 kPa" is restated.)
                let pattern = #"(?<![\w.^{}\\])(?<!\d[ \t$]{0,2}[A-Za-z]{0,8}[ \t$]{0,2}(?:≈|\\approx|\\sim)[ \t$*]{0,4})(\d+(?:[.,]\d+)*)("# + separator + ")" + NSRegularExpression.escapedPattern(for: prefix.symbol)
                    + "(?=" + NSRegularExpression.escapedPattern(for: base.symbol) + "(?![A-Za-z]))"
                found.append(Restatement(unit: unit, pattern: pattern, template: "$1 × 10^{\(prefix.power)}$2"))
            }
        }
        return found
    }

    /// `text` with each unit written with a negative power of its second factor written as a
    /// quotient: "J mol⁻¹", "\\text{J mol}^{-1}" and "\\text{kJ}\\,\\text{mol}^{-1}" read
    /// "J/mol", "\\text{J/mol}" and "\\text{kJ/mol}", the way a question asking "in kJ/mol"
    /// writes it.
    static func quotients(_ text: String) -> String {
        guard text.contains("-1") || text.contains("−1") || text.contains("⁻¹") else { return text }
        let pattern = #"(?<![A-Za-z])([kMGmµμn]?(?:J|W|g|L|m|s|N|Pa|V|A|eV|C))\}?(?:[ \t\x{00A0}\x{2009}\x{202F}]|\\[,;: ]|·|\\cdot|~)+(?:\\(?:text|mathrm|mbox|rm)\s*\{)?(mol|kg|min|day|h|s|L)(\}?)\s*(?:\^\{?[-−]1\}?|⁻¹)(?![\d⁰¹²³⁴⁵⁶⁷⁸⁹])"#
        return text.replacingOccurrences(of: pattern, with: "$1/$2$3", options: .regularExpression)
    }

    /// A piece whose values restated in `unit` ("0.032 m ≈ 32 mm", "−212{,}267 J/mol ≈ −212.3 kJ/mol",
    /// "7616.6 m/s ≈ \\mathbf{7.62 km/s}", "2371 m/s, i.e. Δv ≈ 2.37 km/s") keep only that statement.
    static func inAskedUnit(_ piece: PartAttribution.Piece, unit: String) -> PartAttribution.Piece {
        guard piece.text.contains(unit) else { return piece }
        let value = #"[-−]?\d(?:[\d.,]|\{,\}|\\,(?=\d{3}))*(?:\s*(?:×|\\times)\s*10\^?\{?[-−]?\d+\}?)?"#
        // (A value that a product or quotient ends, "0.7746 × 1000 × 100 W = 77.46 kW", is no statement of its own.)
        let asked = NSRegularExpression.escapedPattern(for: unit) + "(?![A-Za-z]))"
        let pattern = #"(?<=(?:[=≈:$(]|\\approx|\bis|\bof)\s{0,3})"# + value + separator + #"[A-Za-zΩ·]{1,4}(?:/[A-Za-z]{1,4})?\}?\s*\$?\s*(?:≈|\\approx|=|~)\s*\$?\s*(?=(?:\\(?:mathbf|boldsymbol|textbf|bm)\{|\*\*)?"# + value + separator + asked
        // ("… , i.e. Δv ≈ 2.37 km/s": restated in words, from another unit; "−0.36 mm, i.e. 0.36 mm
        // of shortening" restates nothing.)
        let spelled = #"(?<=(?:[=≈:$(]|\\approx|\bis|\bof)\s{0,3})"# + value + separator + "(?!" + asked + #"[A-Za-zΩ·]{1,4}(?:/[A-Za-z]{1,4})?\}?\s*\$?,?\s*(?:i\.e\.|that is|which is)\s*,?(?:\s*\S{1,8}\s*(?:≈|\\approx|=))?\s*\$?\s*(?=(?:\\(?:mathbf|boldsymbol|textbf|bm)\{|\*\*)?"# + value + separator + asked
        var restated = piece
        restated.text = piece.text.replacingOccurrences(of: pattern, with: "", options: .regularExpression)
            .replacingOccurrences(of: spelled, with: "", options: .regularExpression)
        return restated
    }

    /// `text` with each value written in the base unit of `unit`, the prefixed unit a part asks
    /// for, restated in `unit`: "W ≈ 4571 J" for work asked in kJ reads "4571 × 10^{-3} kJ".
    /// Unchanged where `unit` is not a prefix and a known base. (Also where the text writes `unit`
    /// too: "≈ 11,186 m/s, more than the 10.8 km/s needed from orbit" asked in km/s reads 11.186.)
    /// A compound unit's prefix belongs to its first factor: "0.09 L/min" for a clearance asked
    /// in mL/min reads "0.09 × 10^{3} mL/min".
    static func fromBaseUnit(_ text: String, unit: String) -> String {
        guard let (prefix, base, rest) = parts(of: unit) else { return text }
        // ("15.2 J/K" is another unit: the base must stand alone.)
        // (Also in scientific notation, "6.0 × 10⁻³ m", "6.0 × 10^{-3} m".)
        // ("44{,}086\ \text{J/mol}": a thousands separator braced as LaTeX writes it.)
        let pattern = #"(?<![\w.^{}\\])(\d+(?:(?:[.,]|\{,\})\d+)*(?:\s*[×x·]\s*10(?:\^\{?[-−]?\d+\}?|[⁻⁺]?[⁰¹²³⁴⁵⁶⁷⁸⁹]+))?)("# + separator + ")(?=" + NSRegularExpression.escapedPattern(for: base.symbol + rest) + #"(?![A-Za-z/·]))"#
        return text.replacingOccurrences(of: pattern, with: "$1 × 10^{\(-prefix.power)}$2" + prefix.symbol, options: .regularExpression)
    }

    /// The base unit a question asks for by name ("in metres", "(in seconds)"): its symbol, or
    /// nil when it names none, several, or a prefixed one too ("in grams or in kilograms").
    static func spelledBase(askedIn question: String) -> String? {
        guard spelledUnit(askedIn: question) == nil else { return nil }
        let found = bases.filter { base in
            base.symbol != "FLOPs" && question.range(of: #"(?i)\bin\s+(?:units of\s+)?(?:"# + base.names + #")\b"#, options: .regularExpression) != nil
        }
        guard found.count == 1, let base = found.first,
              !prefixes.contains(where: { prefix in
                  question.range(of: #"(?i)\bin\s+(?:units of\s+)?"# + prefix.name + "(?:" + base.names + ")", options: .regularExpression) != nil
              }) else { return nil }
        return base.symbol
    }

    /// `text` with each value written in a prefixed unit of `base`, the base unit a part asks
    /// for, restated in it: "0.625 km" for a length asked in metres reads "0.625 × 10^{3} m".
    /// A compound unit ("25 km/h") is another quantity and stays.
    static func toBaseUnit(_ text: String, base: String) -> String {
        var text = text
        for prefix in prefixes {
            let written = prefix.symbol + base
            guard text.contains(written) else { continue }
            let pattern = #"(?<![\w.^{}\\])(\d+(?:[.,]\d+)*)("# + separator + ")" + NSRegularExpression.escapedPattern(for: written) + #"(?![A-Za-z/·²³⁻^])"#
            text = text.replacingOccurrences(of: pattern, with: "$1 × 10^{\(prefix.power)}$2" + base, options: .regularExpression)
        }
        return text
    }

    /// siunitx's unit macros written as symbols: `\si{\micro\metre}` is `\si{µm}`,
    /// `\SI{10}{\kilo\newton}` is `\SI{10}{kN}`.
    static func symbols(_ text: String) -> String {
        guard text.contains("\\") else { return text }
        var text = text
        for (macro, symbol) in siunitx {
            text = text.replacingOccurrences(of: #"\\"# + macro + #"\b\s*"#, with: symbol, options: .regularExpression)
        }
        return text
    }

    static let siunitx: [(String, String)] = [
        ("kilo", "k"), ("mega", "M"), ("giga", "G"), ("milli", "m"), ("micro", "µ"), ("nano", "n"), ("pico", "p"),
        ("metre", "m"), ("meter", "m"), ("second", "s"), ("joule", "J"), ("watt", "W"), ("volt", "V"), ("ampere", "A"),
        ("ohm", "Ω"), ("hertz", "Hz"), ("newton", "N"), ("pascal", "Pa"), ("farad", "F"), ("gram", "g"), ("litre", "L"),
        ("liter", "L"), ("electronvolt", "eV"), ("byte", "B"),
    ]

    /// A prefixed unit's prefix, its base and what follows the first factor ("mL/min" is milli,
    /// litre and "/min"); nil for a unit that is not a known prefix and base.
    private static func parts(of unit: String) -> (prefix: (symbol: String, name: String, power: Int), base: (symbol: String, names: String), rest: String)? {
        let head = unit.prefix { $0 != "/" && $0 != "·" }
        guard let prefix = prefixes.first(where: { head.hasPrefix($0.symbol) }),
              let base = bases.first(where: { prefix.symbol + $0.symbol == head }) else { return nil }
        return (prefix, base, String(unit[head.endIndex...]))
    }

    /// The prefixed unit a question asks for by name: "in microseconds" is µs, "(in
    /// kilojoules)" kJ. Nil when it names none or several.
    static func spelledUnit(askedIn question: String) -> String? {
        var found: Set<String> = []
        for base in bases where base.symbol != "FLOPs" {
            // ("in grams or in kilograms": the base asked too.)
            if question.range(of: #"(?i)\bin\s+(?:units of\s+)?(?:"# + base.names + #")\b"#, options: .regularExpression) != nil { return nil }
            for prefix in prefixes where prefix.symbol != "μ" {
                let name = prefix.name + "(?:" + base.names + "|" + base.names.split(separator: "|").map { String($0.dropLast()) }.joined(separator: "|") + ")"
                if question.range(of: #"(?i)\bin\s+(?:units of\s+)?"# + name + #"\b"#, options: .regularExpression) != nil {
                    found.insert(prefix.symbol + base.symbol)
                }
            }
        }
        return found.count == 1 ? found.first : nil
    }

    /// `text` with each value written in another prefix of the base of `unit`, the prefixed unit
    /// a part asks for, restated in `unit`: "t = 0.12 ms" for a delay asked in microseconds
    /// reads "0.12 × 10^{3} µs". Unchanged where the text writes `unit` itself.
    static func fromOtherPrefixes(_ text: String, unit: String) -> String {
        guard let (prefix, base, rest) = parts(of: unit), !writes(unit, in: text) else { return text }
        var text = text
        for other in prefixes where other.power != prefix.power {
            let written = other.symbol + base.symbol + rest
            guard text.contains(written) else { continue }
            let pattern = #"(?<![\w.^{}\\])(\d+(?:[.,]\d+)*)("# + separator + ")" + NSRegularExpression.escapedPattern(for: written) + #"(?![A-Za-z/·])"#
            text = text.replacingOccurrences(of: pattern, with: "$1 × 10^{\(other.power - prefix.power)}$2" + unit, options: .regularExpression)
        }
        return text
    }

    /// Whether `text` writes a number in `unit` (either micro sign for µ).
    private static func writes(_ unit: String, in text: String) -> Bool {
        let spellings = Set([unit, unit.replacingOccurrences(of: "µ", with: "μ"), unit.replacingOccurrences(of: "μ", with: "µ")])
        return spellings.contains { text.range(of: #"\d"# + separator + NSRegularExpression.escapedPattern(for: $0) + "(?![A-Za-z])", options: .regularExpression) != nil }
    }

    /// `text` with each value in one of `restatements`' units restated in its base unit.
    static func inProblemUnits(_ text: String, _ restatements: [Restatement]) -> String {
        var text = text
        for restatement in restatements where text.contains(restatement.unit) {
            text = text.replacingOccurrences(of: restatement.pattern, with: restatement.template, options: .regularExpression)
        }
        return text
    }

    /// Whether the problem names the base unit after a number or spelled out.
    static func names(_ base: (symbol: String, names: String), in problem: String) -> Bool {
        let symbol = NSRegularExpression.escapedPattern(for: base.symbol)
        return problem.range(of: #"\d"# + separator + symbol + "(?![A-Za-z])", options: .regularExpression) != nil
            || problem.range(of: #"\\SI\{[^}]*\}\{\s*"# + symbol + #"\s*\}"#, options: .regularExpression) != nil
            || problem.range(of: "(?i)\\b(?:" + base.names + ")\\b", options: .regularExpression) != nil
    }
}
