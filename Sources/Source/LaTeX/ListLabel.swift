/// How an enumerate item's label is printed: literal text around a counter, like
/// enumitem's `label=(\alph*)`.
struct ListLabel: Sendable, Equatable {
    enum Style: Sendable, Equatable { case arabic, alph, Alph, roman, Roman }

    enum Part: Sendable, Equatable {
        case literal(String)
        case counter(Style)
    }

    var parts: [Part]

    /// LaTeX's default enumerate labels by nesting level: `1.`, `(a)`, `i.`, `A.`.
    static func enumerateDefault(level: Int) -> ListLabel {
        switch level {
        case 1: return ListLabel(parts: [.counter(.arabic), .literal(".")])
        case 2: return ListLabel(parts: [.literal("("), .counter(.alph), .literal(")")])
        case 3: return ListLabel(parts: [.counter(.roman), .literal(".")])
        default: return ListLabel(parts: [.counter(.Alph), .literal(".")])
        }
    }

    /// The enumerate package's short form: the first `1`, `a`, `A`, `i` or `I` is the counter.
    static func enumeratePackage(_ template: String) -> ListLabel? {
        guard let at = template.firstIndex(where: { "1aAiI".contains($0) }) else { return nil }
        let style: Style
        switch template[at] {
        case "1": style = .arabic
        case "a": style = .alph
        case "A": style = .Alph
        case "i": style = .roman
        default: style = .Roman
        }
        var parts: [Part] = []
        if at > template.startIndex { parts.append(.literal(String(template[..<at]))) }
        parts.append(.counter(style))
        let rest = template[template.index(after: at)...]
        if !rest.isEmpty { parts.append(.literal(String(rest))) }
        return ListLabel(parts: parts)
    }

    func format(_ number: Int) -> String {
        parts.map { part in
            switch part {
            case .literal(let text): return text
            case .counter(let style): return Self.format(number, style)
            }
        }.joined()
    }

    static func format(_ number: Int, _ style: Style) -> String {
        switch style {
        case .arabic: return String(number)
        case .alph: return letters(number)
        case .Alph: return letters(number).uppercased()
        case .roman: return roman(number)
        case .Roman: return roman(number).uppercased()
        }
    }

    /// a…z, then aa, ab, … (LaTeX stops at z; this keeps going).
    static func letters(_ number: Int) -> String {
        guard number > 0 else { return String(number) }
        var n = number
        var out = ""
        while n > 0 {
            n -= 1
            out = String(UnicodeScalar(UInt8(97 + n % 26))) + out
            n /= 26
        }
        return out
    }

    static func roman(_ number: Int) -> String {
        guard number > 0, number < 5000 else { return String(number) }
        let table: [(Int, String)] = [(1000, "m"), (900, "cm"), (500, "d"), (400, "cd"), (100, "c"), (90, "xc"),
                                      (50, "l"), (40, "xl"), (10, "x"), (9, "ix"), (5, "v"), (4, "iv"), (1, "i")]
        var n = number
        var out = ""
        for (value, symbol) in table {
            while n >= value {
                out += symbol
                n -= value
            }
        }
        return out
    }
}
