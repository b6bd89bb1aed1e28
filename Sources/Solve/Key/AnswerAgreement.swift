/// Whether two answers say the same thing: numbers within a relative 1e-9 (an integer and
/// a real compare by value), vectors and one-column or one-row matrices element-wise,
/// shapes by dimensions (and layout when both give one), choices by letter, texts and
/// expressions ignoring case, spaces and braces (texts as comma-separated sets).
enum AnswerAgreement {
    static func agree(_ a: Answer, _ b: Answer) -> Bool {
        if let x = scalar(a), let y = scalar(b) { return close(x, y) }
        if let x = flat(a), let y = flat(b) { return x.count == y.count && zip(x, y).allSatisfy(close) }
        switch (a, b) {
        case (.matrix(let x), .matrix(let y)):
            return x.count == y.count && zip(x, y).allSatisfy { $0.count == $1.count && zip($0, $1).allSatisfy(close) }
        case (.shape(let x, let xl), .shape(let y, let yl)):
            return x == y && (xl == nil || yl == nil || xl?.uppercased() == yl?.uppercased())
        case (.choice(let x), .choice(let y)):
            return x.trimmingSpaces.uppercased() == y.trimmingSpaces.uppercased()
        case (.text(let x), .text(let y)):
            return items(x) == items(y)
        case (.expression(let x), .expression(let y)):
            return squeeze(x) == squeeze(y)
        default:
            return false
        }
    }

    private static func scalar(_ answer: Answer) -> Double? {
        switch answer {
        case .integer(let value): Double(value)
        case .real(let value): value.value
        default: nil
        }
    }

    private static func flat(_ answer: Answer) -> [Double]? {
        switch answer {
        case .vector(let values): return values
        case .matrix(let rows) where rows.count == 1: return rows[0]
        case .matrix(let rows) where rows.allSatisfy({ $0.count == 1 }): return rows.map { $0[0] }
        default: return nil
        }
    }

    private static func close(_ a: Double, _ b: Double) -> Bool {
        (a - b).magnitude <= 1e-9 * max(1, a.magnitude, b.magnitude)
    }

    private static func squeeze(_ text: String) -> String {
        String(text.lowercased().filter { !$0.isWhitespace }.map { $0 == "−" ? "-" : $0 })
    }

    private static func items(_ text: String) -> Set<String> {
        Set(squeeze(text).filter { !"{}()[]".contains($0) }.split(separator: ",").map(String.init))
    }
}
