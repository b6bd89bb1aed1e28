import Foundation

/// Reads formulas in hwlens' canonical linear text: `W1 x + b1`, `ReLU(h)`, `1/2(ŷ − y)^2`,
/// `softmax(Q K^T / sqrt(d_k)) V`, `(X^⊤X + λI)^{−1}X^⊤y`.
///
/// Juxtaposition binds tighter than `*` and `/` (`πt/T` is `(πt)/T`), and a numeric fraction
/// written without spaces is one number (`1/2(…)` is a half of the parenthesis), and one
/// written against a letter (`1/2η_0`: ½·η_0 or 1/(2η_0)) is not read. A run of
/// letters that is not a known name is split into known names (`QK` → `Q K`) or, failing
/// that, ends the formula: prose after a formula ("… with x = …") is never read as a factor.
struct FormulaParser {
    enum Token: Equatable {
        case number(Double)
        case name(String)
        case function(Formula.Function)
        case symbol(Character)
        /// A word that is no known name: it ends a formula.
        case word(String)
        /// `max` or `min` of two arguments (true for `max`).
        case extremum(Bool)
    }

    private(set) var tokens: [(token: Token, end: Int)] = []
    private var position = 0
    /// The token ``formula()`` starts at.
    private var first = 0

    /// Names defined as calls on given values (`f(x) = W_2 h + b_2`): `f(x)` in a formula is `f`.
    var calls: Set<String> = []

    /// Tokenizes `text` against the names that may appear in it.
    init(_ text: String, names: Set<String>, calls: Set<String> = []) {
        tokens = Self.tokenize(Array(text), names: names)
        self.calls = calls
    }

    /// A parser over tokens already read, starting at the token `first` (offsets stay those of
    /// the whole text).
    init(tokens: [(token: Token, end: Int)], from first: Int) {
        self.tokens = tokens
        self.first = first
    }

    /// The longest formula at the start of the text (or at the token it starts from), and the
    /// character offset it ends at.
    mutating func formula() -> (Formula, end: Int)? {
        position = first
        guard let formula = expression(), position > first else { return nil }
        return (formula, tokens[position - 1].end)
    }

    /// Whether the whole text is one formula.
    mutating func wholeFormula() -> Formula? {
        position = 0
        guard let formula = expression(), position == tokens.count else { return nil }
        return formula
    }

    /// Whether a formula read from `text` up to offset `end` stops where the formula really
    /// ends: at the end, at punctuation, or before a prose word. An operator, a bracket, a
    /// number, a single letter, a known name or a function after it means the formula went on
    /// in a way that was not understood (`max(y, z)`, `ln p`, `σ(z)`).
    static func endsCleanly(_ text: String, at end: Int, names: Set<String>) -> Bool {
        let rest = Array(text.dropFirst(end)).drop { $0 == " " }
        guard let first = rest.first else { return true }
        // (Only blank space to the next equation: the line ended with the formula.)
        if first == "\n", rest.allSatisfy(\.isWhitespace) { return true }
        if first == ".", rest.count > 1, rest.dropFirst().first == " ", Array(text.dropFirst(end)).first == " " { return false }
        if ",.;:?!)".contains(first) { return true }
        // ("o = w_2ᵀh" read up to w_2: the formula goes on.)
        if first == "ᵀ" || first == "⊤" { return false }
        // "Q K^T (no scaling yet)": a remark in words after the formula.
        if first == "(", String(rest.dropFirst().prefix { $0.isLetter }).count >= 2, rest.dropFirst().first?.isLowercase == true { return true }
        guard first.isLetter else { return false }
        let word = String(rest.prefix { $0.isLetter })
        let after = rest.dropFirst(word.count).first
        if after == "(" || after == "_" || after == "^" || word.count == 1 { return false }
        // A word inside a formula: `ki / √dk`.
        if let next = rest.dropFirst(word.count).drop(while: { $0 == " " }).first, "/*+-−^=·×⊙".contains(next) { return false }
        return !names.contains(word) && functionNames[word.lowercased()] == nil
    }

    // MARK: Grammar

    private var current: Token? { position < tokens.count ? tokens[position].token : nil }

    private mutating func expression() -> Formula? {
        guard var left = term() else { return nil }
        while let token = current, case .symbol(let s) = token, s == "+" || s == "-" {
            let saved = position
            position += 1
            guard let right = term() else { position = saved; break }
            left = s == "+" ? .sum(left, right) : .difference(left, right)
        }
        return left
    }

    private mutating func term() -> Formula? {
        guard var left = signed() else { return nil }
        while let token = current, case .symbol(let s) = token, "*·×/⊙∘•".contains(s) {
            let saved = position
            position += 1
            guard let right = signed() else { position = saved; break }
            switch s {
            case "*": left = .star(left, right)
            case "/": left = .quotient(left, right)
            case "⊙", "∘": left = .hadamard(left, right)
            case "·", "•": left = .dot(left, right)
            default: left = .product(left, right)
            }
        }
        return left
    }

    private mutating func signed() -> Formula? {
        if current == .symbol("-") {
            position += 1
            return juxtaposed().map { .negation($0) }
        }
        return juxtaposed()
    }

    private mutating func juxtaposed() -> Formula? {
        guard var left = postfixed() else { return nil }
        while let token = current, startsFactor(token) {
            let saved = position
            guard let right = postfixed() else { position = saved; break }
            left = .product(left, right)
        }
        return left
    }

    /// A number never follows as a factor: `(f − y)2` and `x 2` are a superscript or a fraction
    /// lost in pasting, not products.
    private func startsFactor(_ token: Token) -> Bool {
        switch token {
        case .number: false
        case .name, .function, .extremum: true
        case .symbol(let s): s == "(" || s == "√"
        case .word: false
        }
    }

    private mutating func postfixed() -> Formula? {
        guard var base = primary() else { return nil }
        while current == .symbol("^") {
            let saved = position
            position += 1
            switch current {
            case .name("T"), .symbol("⊤"), .symbol("ᵀ"), .word("T"):
                position += 1
                base = .transpose(base)
            case .symbol("{"):
                position += 1
                if let inner = braced() { base = inner(base) } else { position = saved; return base }
            case .number(let p):
                position += 1
                base = .power(base, p)
            case .symbol("-") where position + 1 < tokens.count && tokens[position + 1].token == .number(1):
                position += 2
                base = .inverse(base)
            default:
                position = saved
                return base
            }
        }
        while current == .symbol("ᵀ") || current == .symbol("⊤") {
            position += 1
            base = .transpose(base)
        }
        return base
    }

    /// `{T}`, `{⊤}`, `{-1}`, `{2}` after `^`, the opening brace already read.
    private mutating func braced() -> ((Formula) -> Formula)? {
        var result: ((Formula) -> Formula)?
        switch current {
        case .name("T"), .word("T"), .symbol("⊤"), .symbol("ᵀ"):
            position += 1
            result = { .transpose($0) }
        case .symbol("-"):
            guard position + 1 < tokens.count, case .number(let p) = tokens[position + 1].token else { return nil }
            position += 2
            result = p == 1 ? { .inverse($0) } : { .power($0, -p) }
        case .number(let p):
            position += 1
            result = { .power($0, p) }
        default: return nil
        }
        guard current == .symbol("}") else { return nil }
        position += 1
        return result
    }

    private mutating func primary() -> Formula? {
        guard let token = current else { return nil }
        switch token {
        case .number(let value):
            position += 1
            return .number(value)
        case .name(let name):
            position += 1
            // "f(x) − y" where f(x) was defined: the call's arguments are those of its definition.
            if calls.contains(name), current == .symbol("(") {
                var depth = 0
                var end = position
                while end < tokens.count {
                    if tokens[end].token == .symbol("(") { depth += 1 }
                    if tokens[end].token == .symbol(")") { depth -= 1; if depth == 0 { break } }
                    end += 1
                }
                if end < tokens.count { position = end + 1 }
            }
            return name == "I" ? .identity : .name(name)
        case .function(let function):
            let saved = position
            position += 1
            if function == .sqrt, current != .symbol("(") {
                guard let argument = postfixed() else { position = saved; return nil }
                return .function(.sqrt, argument)
            }
            // "ln p̂ − (1 − y) ln(1 − p̂)": a logarithm or exponential of one name standing alone
            // (not "ln x y", which could be ln(x)·y or ln(xy)).
            if [.log, .exp].contains(function), case .name(let name)? = current,
               position + 1 >= tokens.count || !startsFactor(tokens[position + 1].token) && tokens[position + 1].token != .symbol("^") {
                position += 1
                return .function(function, .name(name))
            }
            guard current == .symbol("("), let argument = parenthesized() else { position = saved; return nil }
            return .function(function, argument)
        case .extremum(let maximum):
            // "max(y, z)": two arguments, a comma between them.
            let saved = position
            position += 1
            guard current == .symbol("(") else { position = saved; return nil }
            position += 1
            guard let a = expression(), current == .symbol(",") else { position = saved; return nil }
            position += 1
            guard let b = expression(), current == .symbol(")") else { position = saved; return nil }
            position += 1
            return .extremum(a, b, maximum: maximum)
        case .symbol("("):
            return parenthesized()
        case .symbol("["):
            // "L = -[ y log(yhat) + (1 - y) log(1 - yhat) ]": square brackets group as parentheses do
            // (a bracketed list of numbers is no group).
            let saved = position
            position += 1
            guard let inner = expression(), current == .symbol("]") else { position = saved; return nil }
            position += 1
            return inner
        case .symbol("√"):
            let saved = position
            position += 1
            guard let argument = postfixed() else { position = saved; return nil }
            return .function(.sqrt, argument)
        default:
            return nil
        }
    }

    private mutating func parenthesized() -> Formula? {
        let saved = position
        position += 1
        guard let inner = expression(), current == .symbol(")") else { position = saved; return nil }
        position += 1
        return inner
    }

    // MARK: Tokens

    private static let functionNames: [String: Formula.Function] = [
        "relu": .relu, "sigmoid": .sigmoid, "tanh": .tanh, "exp": .exp, "log": .log, "ln": .log,
        "sqrt": .sqrt, "softmax": .softmax, "cos": .cos, "sin": .sin, "sum": .sum, "mean": .mean,
        // σ applied is the logistic function (GraphReader refuses a σ defined otherwise); capital Σ is a sum.
        "σ": .sigmoid,
        // ("yhat = sigma(w2 . h + b2)" in a plain-text handout: σ spelt out, applied.)
        "sigma": .sigmoid,
    ]

    private static func tokenize(_ c: [Character], names: Set<String>) -> [(token: Token, end: Int)] {
        var tokens: [(Token, Int)] = []
        var i = 0
        while i < c.count {
            let ch = c[i]
            if ch.isWhitespace { i += 1; continue }
            if ch.isNumber, ch.isASCII {
                var j = i
                while j < c.count, (c[j].isASCII && c[j].isNumber) || (c[j] == "." && j + 1 < c.count && c[j + 1].isNumber) { j += 1 }
                var value = Double(String(c[i..<j])) ?? 0
                // ("3e-4", "1E5": a decimal exponent, not the name e.)
                if j + 1 < c.count, c[j] == "e" || c[j] == "E" {
                    var k = j + 1
                    if k < c.count, c[k] == "-" || c[k] == "+" || c[k] == "−" { k += 1 }
                    let digits = k
                    while k < c.count, c[k].isASCII, c[k].isNumber { k += 1 }
                    if k > digits, k >= c.count || !(c[k].isLetter || c[k] == "."),
                       let scaled = Double(String(c[i..<k]).replacingOccurrences(of: "−", with: "-")) {
                        tokens.append((.number(scaled), k))
                        i = k
                        continue
                    }
                }
                // A fraction written without spaces, "1/2", is one number.
                if j + 1 < c.count, c[j] == "/", c[j + 1].isASCII, c[j + 1].isNumber {
                    var k = j + 1
                    while k < c.count, c[k].isASCII, c[k].isNumber { k += 1 }
                    if let denominator = Double(String(c[(j + 1)..<k])), denominator != 0, k >= c.count || !(c[k].isLetter || c[k] == ".") {
                        value /= denominator
                        j = k
                    } else if k < c.count, c[k].isLetter {
                        // "1/2η_0": ½·η_0 or 1/(2η_0), which the text does not say.
                        tokens.append((.word(String(c[i..<k])), k))
                        i = k
                        continue
                    }
                }
                tokens.append((.number(value), j))
                i = j
                continue
            }
            if ch == "½" { tokens.append((.number(0.5), i + 1)); i += 1; continue }
            // ("w_2ᵀh": the transpose sign is a modifier letter, and never part of a name.)
            if ch == "ᵀ" || ch == "⊤" { tokens.append((.symbol("ᵀ"), i + 1)); i += 1; continue }
            // ("w_2^Th", a paste of w_2^T h: the T is the transpose when a known name follows it.)
            if ch == "^", i + 2 < c.count, c[i + 1] == "T", c[i + 2].isLetter, names.contains(String(c[i + 2])),
               i + 3 >= c.count || !c[i + 3].isLetter {
                tokens.append((.symbol("ᵀ"), i + 2))
                i += 2
                continue
            }
            if ch.isLetter {
                var j = i
                while j < c.count, c[j].isLetter && c[j] != "ᵀ" || (c[j].isASCII && c[j].isNumber) || c[j].unicodeScalars.first.map({ (0x300...0x36F).contains($0.value) }) == true { j += 1 }
                // A subscript: `_k`, `_1`, `_{max}`; an iteration index `^{(1)}`.
                if j + 1 < c.count, c[j] == "_" {
                    if c[j + 1] == "{", let close = c[(j + 1)...].firstIndex(of: "}") { j = close + 1 }
                    else if c[j + 1].isASCII, c[j + 1].isNumber { j += 1; while j < c.count, c[j].isASCII, c[j].isNumber { j += 1 } }
                    else if c[j + 1].isLetter {
                        // "η_max" without braces: the whole run when it is a known name.
                        var k = j + 1
                        while k < c.count, c[k].isLetter || (c[k].isASCII && c[k].isNumber) { k += 1 }
                        j = k > j + 2 && names.contains(String(c[i..<k])) ? k : j + 2
                    }
                }
                if j + 3 < c.count, c[j] == "^", c[j + 1] == "{", c[j + 2] == "(", let close = c[j...].firstIndex(of: "}") { j = close + 1 }
                let run = String(c[i..<j]).filter { $0 != "{" && $0 != "}" }
                tokens.append(contentsOf: split(run, names: names).map { ($0, j) })
                i = j
                continue
            }
            // `w2 . h`: a period between spaces is a dot product, not the end of a sentence.
            if ch == ".", i > 0, c[i - 1] == " ", i + 1 < c.count, c[i + 1] == " " {
                tokens.append((.symbol("•"), i + 1))
                i += 1
                continue
            }
            let normalized: Character = ch == "−" || ch == "–" ? "-" : ch
            tokens.append((.symbol(normalized), i + 1))
            i += 1
        }
        return tokens
    }

    /// A letter run as tokens: a known name, a function, known names side by side (`QK`),
    /// or a word.
    private static func split(_ run: String, names: Set<String>) -> [Token] {
        if names.contains(run) { return [.name(run)] }
        if run == "max" || run == "min" { return [.extremum(run == "max")] }
        // ("LN(h)" is layer norm, not the natural log: a function is not written in capitals.)
        if let function = functionNames[run.lowercased()], run.count > 3 || run != run.uppercased() { return [.function(function)] }
        let letters = Array(run)
        // ("QK", "XW", "xy"; a lower-case run of three or more letters is a word: "pass" is no p·a·s·s.)
        if letters.count > 1, letters.count <= 4, letters.count == 2 || run == run.uppercased(),
           letters.allSatisfy({ names.contains(String($0)) || $0 == "I" }) {
            return letters.map { .name(String($0)) }
        }
        if run == "I" || run == "T" { return [.name(run)] }
        // A Greek letter before a known name or another Greek letter: `πt`, `λI`.
        if letters.count > 1, let first = letters.first, ("α"..."ω").contains(first) || first == "π" {
            let rest = String(letters.dropFirst())
            let head: Token = first == "π" ? .number(Double.pi) : (names.contains(String(first)) ? .name(String(first)) : .word(String(first)))
            return [head] + split(rest, names: names)
        }
        // ("cos(pi * t / T)" in a plain-text handout.)
        if run == "π" || run == "pi" && !names.contains("pi") { return [.number(Double.pi)] }
        return [.word(run)]
    }
}
