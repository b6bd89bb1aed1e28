import Foundation
import Solve

/// What kind of answer a part expects, which decides how ambiguous text is read: `3,200`
/// is one number when a scalar is expected and two when a vector is.
public enum AnswerExpectation: Sendable, Equatable {
    case scalar
    case sequence
    case matrix
    case shape
    case choice
    case boolean
    case set
    case expression
    /// A chemical formula (`C2H4O`).
    case formula
    /// A variable's name with an index (`s2`, `x_1`): a basis variable, a register.
    case name
    /// A hexadecimal literal (`0xC0C80000`): a bit pattern, an address.
    case hexadecimal
    /// An IPv4 address or mask (`192.168.37.128`).
    case address
    /// A string of bits (`10110101`, `1011 0101`): a two's-complement pattern, a code word.
    case binary
    case text

    /// The expectation a key's answer sets.
    public init(_ answer: Answer) {
        switch answer {
        case .integer, .real: self = .scalar
        case .vector: self = .sequence
        case .matrix: self = .matrix
        case .shape: self = .shape
        case .choice: self = .choice
        case .expression(let text):
            self = AnswerGrammar.truthValue(text) != nil ? .boolean : .expression
        case .text(let text):
            if AnswerGrammar.truthValue(text) != nil { self = .boolean }
            else if Equivalence.letterSet(text) != nil { self = .set }
            else if text.trimmingCharacters(in: .whitespaces).wholeMatch(of: #/[a-z]{1,2}_?\{?\d{1,2}\}?/#) != nil { self = .name }
            else if AnswerGrammar.isHexadecimal(text) { self = .hexadecimal }
            else if AnswerGrammar.isBinary(text) { self = .binary }
            else if AnswerGrammar.isAddress(text) { self = .address }
            else if AnswerGrammar.isFormula(text) { self = .formula }
            else { self = .text }
        }
    }
}

/// The result of reading an answer literal.
public enum AnswerReading: Sendable, Equatable {
    /// One value.
    case value(AnswerValue)
    /// The text can be read more than one way, or gives more than one value; `reason` says how.
    case ambiguous(reason: String, [AnswerValue])
    /// Nothing of the expected kind.
    case none

    public var value: AnswerValue? {
        if case .value(let value) = self { return value }
        return nil
    }
}

/// One grammar for answer literals written in LaTeX, Unicode or ASCII: numbers with
/// separators, fractions, roots, π, scientific notation, percent and units; tuples, sets,
/// vectors, column vectors and matrices; shapes; choices and truth values; expressions.
///
/// A small recursive-descent parser over ``AnswerLexer`` tokens. The text before the last
/// top-level `=` or `≈` is a derivation and is dropped (`k = \frac{1}{3}` reads `1/3`).
public enum AnswerGrammar {
    /// The text with each "‹number› million" (thousand, billion, trillion) written out in
    /// digits; nil when it has none.
    static func withScaleWords(_ text: String) -> String? {
        let pattern = #/(^|[^\d.,])(\d{1,3}(?:,\d{3})*(?:\.\d+)?|\d+(?:\.\d+)?)(\*\*)?\s+((?i:thousand|million|billion|trillion))\b/#
        guard text.contains(pattern) else { return nil }
        return text.replacing(pattern) { match in
            guard let number = Decimal(string: String(match.output.2).replacingOccurrences(of: ",", with: "")),
                  let power = AskedScale.scaleWords[String(match.output.4).lowercased()] else { return String(match.output.0) }
            let value = "\(number * pow(10, power))"
            guard !value.contains(".") else { return String(match.output.0) }
            return String(match.output.1) + value + (match.output.3.map(String.init) ?? "")
        }
    }

    /// "15,000 / 12,000 / 9,000": three or more numbers between spaced slashes.
    static let slashedItems = #"^\s*(?:[$€£]?-?\d[\d,.]*\s+/\s+){2,}[$€£]?-?\d[\d,.]*\s*$"#

    /// Reads `text` as an answer of the expected kind.
    /// A prefix length in CIDR notation standing alone, "/23" (group 2), after the start, a space,
    /// emphasis, a bracket, "=" or ":" (group 1); not a fraction's slash, "1/23", an address's,
    /// "10.0.0.0/23", or a spaced division, "1 /64", "(1 − p) /2".
    static let cidrPrefix = #"(^|(?<!\d\s)(?<!\d)(?<!\d\)\s)(?<!\d\))[\s*(=:])/(\d{1,3})(?![\w/]|\.\d)"#

    /// The text with each prefix length written as its number: "so the prefix is **/23**" →
    /// "so the prefix is **23**".
    static func withoutCIDRSlashes(_ text: String) -> String {
        text.replacingOccurrences(of: cidrPrefix, with: "$1$2", options: .regularExpression)
    }

    public static func read(_ text: String, expecting expectation: AnswerExpectation) -> AnswerReading {
        // "20 million subtractions", "1.5 billion": a number and its scale word are one number.
        if expectation == .scalar || expectation == .sequence, let scaled = withScaleWords(text) { return read(scaled, expecting: expectation) }
        // "can never exceed H(Y)", "P(A | B)": a letter applied to its argument, with no space
        // between, is a function, not an option ("A (64 parameters)" is one).
        let tokens = unwrappingConstructors(AnswerLexer(expectation == .choice ? withoutApplications(text) : text).tokens)
        // "s → b → a → c → d → t": a path through named nodes, in order.
        if expectation == .set, let path = path(text) { return .value(.sequence(path.map { .expression(.variable($0)) })) }
        switch expectation {
        case .choice: return choice(tokens)
        case .boolean: return truth(text)
        case .shape: return shape(tokens)
        case .formula: return formula(text)
        case .name: return name(text)
        case .hexadecimal: return hexadecimal(text)
        case .address: return address(text)
        case .binary: return binary(text)
        case .text: return .none
        default: break
        }
        // "so the prefix is **/23**", "a) /23": a prefix length written in CIDR notation is its number.
        // (Not a fraction's slash, "1/23", nor an address's, "10.0.0.0/23".)
        if expectation == .scalar, text.range(of: cidrPrefix, options: .regularExpression) != nil {
            return read(withoutCIDRSlashes(text), expecting: expectation)
        }
        if expectation == .sequence, !text.hasPrefix("("), let pair = interval(text) { return read(pair, expecting: .sequence) }
        // "15,000 / 12,000 / 9,000": three or more numbers between spaced slashes, where a list
        // is expected, are items, not a chain of divisions.
        if expectation == .sequence, text.range(of: slashedItems, options: .regularExpression) != nil {
            return read(text.replacingOccurrences(of: " / ", with: ", "), expecting: .sequence)
        }
        // "Relative precision = 0.15/1500 = **1:10,000**", "a scale of 1 : 2500": a ratio of two
        // whole numbers, written tight or spaced on both sides (never "Question 1: 42"), is their quotient.
        if expectation == .scalar,
            let ratio = text.firstMatch(of: #/(?:^|=|\*\*|\bis|\bof)\s*\**\s*(\d{1,6})(?::| : )(\d{1,3}(?:[,  ]\d{3})+|\d+)\s*\**\s*[.;]?\s*$/#) {
            let denominator = String(ratio.2).filter(\.isNumber)
            if denominator.first != "0" { return read("\(ratio.1)/\(denominator)", expecting: .scalar) }
        }
        if expectation == .scalar, let exact = unitRestatement(tokens, text: text) { return .value(.number(exact)) }
        if expectation == .scalar, let exact = roundedRestatement(text: text) { return .value(exact) }
        // "about 2.87–2.88", "14–15 apartments", "So revenue ≈ \$270–\$300 per day": two numbers closing the text joined by an en dash are a range, not a difference.
        if expectation == .scalar, let range = text.firstMatch(of: #/(?:^|[=≈]|\\approx|\b(?:is|are|be|of)\b)\s*(?:(?:about|approximately|roughly|around)\s+|[~≈]\s*)?\\?[$€£]?(\d+(?:\.\d+)?)\s?–\s?\\?[$€£]?(\d+(?:\.\d+)?)\$?(?:\s*[A-Za-z%°/]{1,8}){0,3}\s*[.,;]?\s*$/#),
            let low = Double(range.1), let high = Double(range.2), low < high,
            case .value(let a) = read(String(range.1), expecting: .scalar), case .value(let b) = read(String(range.2), expecting: .scalar) {
            return .ambiguous(reason: "a range of values", [a, b])
        }
        // "z_5 = ±2√2 ≈ ±2.828", "± 1/√2": a value given with both signs is two values.
        if expectation == .scalar,
           let signed = text.firstMatch(of: #/(?:^|[=≈:]|\\approx)\s*\$*\s*(?:±|\\pm)\s*([^=≈±$]{1,24}?)\s*\$*\s*[.,;]?\s*$/#),
           case .value(let magnitude) = read(String(signed.1), expecting: .scalar), case .number(let number) = magnitude,
           case .value(let negative) = read("-(" + String(signed.1) + ")", expecting: .scalar), number.value != 0 {
            return .ambiguous(reason: "a value with both signs (±)", [magnitude, negative])
        }
        // "v₁ = ±(1/√2, 1/√2) ≈ ±(0.7071, 0.7071)": a vector given with both signs is two vectors.
        if expectation == .sequence,
           let signed = text.firstMatch(of: #/(?:^|[=≈:]|\\approx)\s*\$*\s*(?:±|\\pm)\s*(\([^=≈±$()]{1,80}\)|\[[^=≈±$\[\]]{1,80}\])\s*\$*\s*[.,;]?\s*$/#),
           case .value(let vector) = read(String(signed.1), expecting: .sequence), case .sequence(let entries) = vector,
           case let negated = entries.compactMap({ entry -> AnswerValue? in
               if case .number(let number) = entry, case .value(let negative) = read("-(" + number.description + ")", expecting: .scalar) { return negative }
               return nil
           }), negated.count == entries.count, entries.contains(where: { if case .number(let n) = $0 { n.value != 0 } else { false } }) {
            return .ambiguous(reason: "a vector with both signs (±)", [vector, .sequence(negated)])
        }
        var segment = lastSegment(tokens)
        guard !segment.isEmpty else { return .none }
        if expectation == .expression, let formula = formulaBeforeInstance(tokens) { segment = formula }
        // "(1, 2, 2)^\top": a vector written as a row and transposed is the same vector.
        if expectation == .sequence { segment = withoutTranspose(segment) }
        // "Receptive field: 19 × 19" where one number is expected: the side of a square, not its area.
        // (The lexer reads × and · alike; the text tells them apart.)
        if expectation == .scalar, segment.count >= 3, case .number(let side) = segment[segment.count - 3], segment.last == .number(side),
            segment[segment.count - 2] == .symbol("*") || segment[segment.count - 2] == .word("x"),
            segment.dropLast(3).allSatisfy({ if case .word = $0 { true } else { false } }),
            text.range(of: "\\d\\s*(?:×|\\\\times|x)\\s*\\{?" + NSRegularExpression.escapedPattern(for: side), options: .regularExpression) != nil,
            let number = Parser.number(side) {
            return .value(.number(number))
        }
        if expectation == .matrix || expectation == .sequence, let scaled = scaledGroup(segment, expecting: expectation) {
            return interpret(scaled, expecting: expectation)
        }
        // "1 7 / 4 2": rows separated by slashes when a matrix is expected.
        if expectation == .matrix, !segment.contains(.symbol("[")), !segment.contains(.command("begin")) {
            segment = segment.map { $0 == .symbol("/") ? .symbol(";") : $0 }
        }
        var parser = Parser(tokens: segment, expectation: expectation)
        let alternatives = parser.alternatives()
        guard !alternatives.isEmpty else {
            // "Multiplying out, the product has [[1, 2], [3, 4]].": prose around a bracketed value.
            return expectation == .matrix || expectation == .sequence ? bracketed(segment, expecting: expectation) : .none
        }
        if alternatives.count > 1 {
            if distinct(alternatives).count == 1 { return .value(alternatives[0]) }
            // ("2048 or 2050": without a hedge, two values offered, not one restated.)
            if alternatives.count == 2, segment.contains(where: isHedge), let finer = roundingOf(alternatives[0], alternatives[1]) { return .value(finer) }
            if alternatives.count == 2, case .number(let a) = alternatives[0], case .number(let b) = alternatives[1],
               let restated = prefixRestatement(a, b, in: text) {
                return .value(.number(restated))
            }
            return .ambiguous(reason: "alternatives joined by 'or'", alternatives)
        }
        let value = alternatives[0]
        if parser.decimalComma, expectation == .scalar || expectation == .expression {
            return .ambiguous(reason: "a comma between digits may be a decimal comma or a list", [value])
        }
        let reading = interpret(value, expecting: expectation)
        if reading == .none, expectation == .matrix || expectation == .sequence {
            return bracketed(segment, expecting: expectation)
        }
        return reading
    }

    /// For a matrix or a vector amid other text ("2x2, [[2,3],[0,2]]"): the last bracketed
    /// group or matrix environment that reads as one.
    static func bracketed(_ tokens: [AnswerLexer.Token], expecting expectation: AnswerExpectation) -> AnswerReading {
        // Only outermost groups: a row inside a matrix is not a vector of its own.
        var depths: [Int] = []
        var depth = 0
        for token in tokens {
            if token == .symbol("]") || token == .symbol(")") { depth = max(0, depth - 1) }
            depths.append(depth)
            if token == .symbol("[") || token == .symbol("(") { depth += 1 }
        }
        for (index, token) in tokens.enumerated().reversed() {
            guard token == .symbol("[") || token == .symbol("(") || token == .command("begin") else { continue }
            if depths[index] > 0 { continue }
            var parser = Parser(tokens: Array(tokens[index...]), expectation: expectation)
            guard let value = parser.item() else { continue }
            let reading = interpret(value, expecting: expectation)
            if reading != .none { return reading }
        }
        return .none
    }

    /// The value checked against the kind expected: a single number for a scalar, a
    /// rectangular matrix for a matrix.
    static func interpret(_ value: AnswerValue, expecting expectation: AnswerExpectation) -> AnswerReading {
        switch (expectation, value) {
        case (.scalar, .number), (.expression, _):
            return .value(value)
        case (.scalar, .expression):
            // A formula with variables where a number is expected is still an answer (a wrong
            // one); callers that look for numbers amid prose skip it.
            return .value(value)
        case (.scalar, .sequence(let items)) where items.count > 1:
            return .ambiguous(reason: severalValues, items)
        case (.scalar, .sequence(let items)) where items.count == 1:
            return interpret(items[0], expecting: .scalar)
        case (.sequence, .sequence), (.sequence, .set):
            // A vector's entries are numbers: "(c)" in "I'll skip (c)" is no vector.
            return value.numbers == nil ? .none : .value(value)
        case (.set, .set), (.set, .sequence):
            return .value(value)
        case (.sequence, .matrix(let rows)) where rows.count == 1 || rows.allSatisfy({ $0.count == 1 }):
            return .value(.sequence(rows.flatMap { $0 }))
        case (.matrix, .matrix(let rows)):
            return Set(rows.map(\.count)).count == 1 ? .value(value) : .none
        case (.matrix, .sequence(let items)):
            // [[1, 2], [3, 4]]
            let rows = items.compactMap { item -> [AnswerValue]? in if case .sequence(let row) = item { return row }; return nil }
            if rows.count == items.count, !rows.isEmpty, Set(rows.map(\.count)).count == 1 { return .value(.matrix(rows)) }
            return .none
        default:
            return .none
        }
    }

    /// "2759 kcal/day, or roughly 2760 kcal/day": of two numbers, the one that is the other
    /// rounded to its own last significant digit restates it; the finer one is the answer.
    /// (The rounder one keeps three significant figures: "12 or 10" are two answers.)
    static func roundingOf(_ a: AnswerValue, _ b: AnswerValue) -> AnswerValue? {
        guard case .number(let x) = a, case .number(let y) = b, !x.percent, !y.percent else { return nil }
        func place(_ n: AnswerNumber) -> Double? {
            // The value of the number's last significant digit: 2760 → 10, 0.870 → 0.001.
            if let decimals = n.decimals, decimals > 0 { return pow(10, -Double(decimals)) }
            var value = abs(n.value).rounded()
            guard value >= 1, value == abs(n.value) else { return nil }
            var unit = 1.0
            while value.truncatingRemainder(dividingBy: 10) == 0 { value /= 10; unit *= 10 }
            return unit
        }
        for (fine, coarse) in [(x, y), (y, x)] {
            guard let unit = place(coarse), let fineUnit = place(fine), unit > fineUnit,
                  abs(coarse.value) / unit >= 100,
                  abs((fine.value / unit).rounded() * unit - coarse.value) < unit * 1e-9 else { continue }
            return .number(fine)
        }
        return nil
    }

    /// "roughly", "about", `~`, or talk of precision ("to four places", "how many decimals"): a
    /// word that makes one of two values a rounded restatement of the other.
    static func isHedge(_ token: AnswerLexer.Token) -> Bool {
        switch token {
        case .word(let word): ["roughly", "about", "approximately", "around", "nearly", "circa", "ca", "rounded", "rounding", "places", "decimals", "digits"].contains(word.lowercased())
        case .symbol(let symbol): symbol == "~" || symbol == "≈"
        default: false
        }
    }

    static func distinct(_ values: [AnswerValue]) -> [AnswerValue] {
        var out: [AnswerValue] = []
        for value in values where !out.contains(value) { out.append(value) }
        return out
    }

    /// The tokens after the last top-level `=` (or `≈`) that has something after it.
    /// The tokens without a transpose mark after a closing bracket (`^\top`, `^T`, `^{\top}`, `ᵀ`).
    static func withoutTranspose(_ tokens: [AnswerLexer.Token]) -> [AnswerLexer.Token] {
        var result: [AnswerLexer.Token] = []
        var index = 0
        while index < tokens.count {
            result.append(tokens[index])
            let closing = tokens[index] == .symbol(")") || tokens[index] == .symbol("]")
            index += 1
            guard closing else { continue }
            if index < tokens.count, tokens[index] == .symbol("ᵀ") || tokens[index] == .word("ᵀ") { index += 1; continue }
            guard index < tokens.count, tokens[index] == .symbol("^") else { continue }
            var next = index + 1
            let braced = next < tokens.count && tokens[next] == .symbol("{")
            if braced { next += 1 }
            guard next < tokens.count, tokens[next] == .symbol("⊤") || tokens[next] == .word("T") else { continue }
            next += 1
            if braced, next < tokens.count, tokens[next] == .symbol("}") { next += 1 }
            index = next
        }
        return result
    }

    static let severalValues = "several values where one is expected"

    static let constructors: Set<String> = ["array", "tensor", "matrix", "Matrix", "vector", "mat", "tuple", "list"]

    /// `array([[2, -1], [0, 3]])`, `tensor([1., 2.])`, `np.array(…)`: a library's constructor
    /// around a literal is the literal.
    static func unwrappingConstructors(_ tokens: [AnswerLexer.Token]) -> [AnswerLexer.Token] {
        var result: [AnswerLexer.Token] = []
        var closers: [Int] = []
        var depth = 0
        var index = 0
        while index < tokens.count {
            let token = tokens[index]
            if case .word(let word) = token, constructors.contains(word), index + 2 < tokens.count, tokens[index + 1] == .symbol("("),
                tokens[index + 2] == .symbol("[") {
                // Drop "np ." before the name too.
                if result.count >= 2, result.last == .symbol("."), case .word = result[result.count - 2] { result.removeLast(2) }
                depth += 1
                closers.append(depth)
                index += 2
                continue
            }
            if token == .symbol("(") || token == .symbol("[") { depth += 1 }
            if token == .symbol(")") || token == .symbol("]") {
                if closers.last == depth, token == .symbol(")") {
                    closers.removeLast()
                    depth -= 1
                    index += 1
                    continue
                }
                depth = max(0, depth - 1)
            }
            result.append(token)
            index += 1
        }
        return result
    }

    /// "a_t = (r1 + r2)/2 = (6,771 + 42,164)/2 = 24,467.5 km" where a formula is expected: the
    /// last formula of the chain with letters in it, not the number it is evaluated to. Nil
    /// when the chain ends in a formula, or no formula past its left-hand side has letters.
    static func formulaBeforeInstance(_ tokens: [AnswerLexer.Token]) -> [AnswerLexer.Token]? {
        var segments: [[AnswerLexer.Token]] = [[]]
        var depth = 0
        for token in tokens {
            switch token {
            case .symbol("("), .symbol("["), .symbol("{"): depth += 1
            case .symbol(")"), .symbol("]"), .symbol("}"): depth = max(0, depth - 1)
            default: break
            }
            if token == .equals, depth == 0 { segments.append([]) } else { segments[segments.count - 1].append(token) }
        }
        guard segments.count >= 3 else { return nil }
        func symbolic(_ segment: [AnswerLexer.Token]) -> Bool? {
            var parser = Parser(tokens: segment, expectation: .expression)
            let values = parser.alternatives()
            guard values.count == 1 else { return nil }
            switch values[0] {
            case .number: return false
            case .expression(let e): return e.constantValue == nil
            default: return nil
            }
        }
        guard let last = segments.last, symbolic(last) == false else { return nil }
        return segments.dropFirst().dropLast().last { symbolic($0) == true }
    }

    static func lastSegment(_ tokens: [AnswerLexer.Token]) -> [AnswerLexer.Token] {
        var depth = 0
        var start = 0
        for (index, token) in tokens.enumerated() {
            switch token {
            case .symbol("("), .symbol("["), .symbol("{"), .symbol("⟨"): depth += 1
            case .symbol(")"), .symbol("]"), .symbol("}"), .symbol("⟩"): depth = max(0, depth - 1)
            case .equals where depth == 0 && index + 1 < tokens.count: start = index + 1
            // "rows: [2 3] [0 2]": a colon introduces the value too.
            case .symbol(":") where depth == 0 && index + 1 < tokens.count: start = index + 1
            default: break
            }
        }
        return Array(tokens[start...])
    }

    // MARK: Choices, truth values, shapes

    static let choiceWords: Set<String> = ["option", "choice", "answer", "is", "the", "correct"]
    /// Words after which a bare capital letter is an option ("pick B", "answer is C", "so D").
    static let choiceLeads: Set<String> = ["option", "choice", "answer", "is", "the", "correct", "pick", "choose", "select", "with", "so",
                                           "therefore", "thus", "hence", "be", "letter", "and", "or", "either", "not", "than", "to", "take", "it's", "its"]

    /// A multiple-choice letter in any dress: `B`, `(B)`, `b)`, `$B$`, `\text{B}`, "option B".
    static func withoutApplications(_ text: String) -> String {
        text.replacingOccurrences(of: #"(?<![(\w\\])[A-Za-z]\((?=[^()]*\))"#, with: "ƒ(", options: .regularExpression)
    }

    static func choice(_ tokens: [AnswerLexer.Token]) -> AnswerReading {
        var letters: [String] = []
        var sawOr = false
        for (index, token) in tokens.enumerated() {
            guard case .word(let word) = token else { continue }
            // "… so (C). But (D) also fails …": another option offered as well.
            if ["or", "also"].contains(word.lowercased()) { sawOr = true; continue }
            guard word.count == 1, let letter = word.first, ("A"..."H").contains(letter.uppercased()) else { continue }
            // A lower-case letter counts only in its own parentheses or alone.
            if letter.isLowercase {
                let bracketed = index > 0 && tokens[index - 1] == .symbol("(") || index + 1 < tokens.count && tokens[index + 1] == .symbol(")")
                guard bracketed || tokens.count <= 2 else { continue }
                // "3(a)", "2.4(c)": a part label, not an option.
                if index >= 2, tokens[index - 1] == .symbol("("), case .number = tokens[index - 2] { continue }
                // "just redo (b) with R0 = 8", "as in (a)", "from part (c)": a part referred to.
                if index >= 2, tokens[index - 1] == .symbol("("), case .word(let before) = tokens[index - 2],
                   Self.partReferenceWords.contains(before.lowercased()) { continue }
            }
            // "T_C/(T_H − T_C)": a letter that is an index is no option either.
            if index > 0, tokens[index - 1] == .symbol("_") { continue }
            // "Critical path A–D–F–G → (C)", "S → A → T": letters joined by arrows, or three and more
            // by dashes, are a path, not an option.
            if Self.joinedLetter(tokens, at: index) { continue }
            // "H0", "H_1", "X₂": a letter with an index is a name, not an option.
            if index + 1 < tokens.count, !(index > 0 && tokens[index - 1] == .symbol("(")) {
                let next = tokens[index + 1]
                if case .number = next { continue }
                if next == .symbol("_") { continue }
                // "E°cell = 1.10 V", "E = 0.118 V": a letter marked as a standard value, or assigned, is a name.
                if next == .symbol("°") || next == .symbol("∘") || next == .symbol("^") || next == .equals { continue }
                if case .symbol(let c) = next, ("₀"..."₉").contains(c) { continue }
            }
            // "… lowers E, so the answer is (B)": a bare capital that a verb governs is a quantity's
            // name when an option stands in parentheses elsewhere on the line.
            if letter.isUppercase, index > 0, case .word(let before) = tokens[index - 1], before.first?.isLowercase == true,
                !Self.choiceLeads.contains(before.lowercased()),
                !(index + 1 < tokens.count && tokens[index + 1] == .symbol(")")),
                tokens.indices.contains(where: { other in
                    other > 0 && other + 1 < tokens.count && tokens[other - 1] == .symbol("(") && tokens[other + 1] == .symbol(")")
                        && { if case .word(let w) = tokens[other], w.count == 1, ("A"..."H").contains(w) { return true }; return false }()
                }) { continue }
            // "u′ = A u with A = [[0, 1], …]": a capital after a relation that multiplies a one-letter
            // vector is a matrix's name ("= B" alone, "Answer: D y = x + 1" are answers).
            if letter.isUppercase, index > 0, tokens[index - 1] == .equals, index + 1 < tokens.count, case .word(let next) = tokens[index + 1],
               next.count == 1, next.first?.isLowercase == true, next != "a" { continue }
            // "A" as an English article ("a value of", "A batch of images") is not a choice.
            if letter == "a" || letter == "A", index + 1 < tokens.count, case .word(let next) = tokens[index + 1], next.count > 1,
                next.first?.isLowercase == true || letter == "a" { continue }
            letters.append(letter.uppercased())
        }
        // A capital letter alone ("The answer is U."): an option beyond H.
        if letters.isEmpty, tokens.filter({ if case .symbol = $0 { return false }; return true }).count == 1,
            case .word(let word)? = tokens.first(where: { if case .word = $0 { return true }; return false }),
            word.count == 1, word.first!.isUppercase, word.first!.isASCII {
            return .value(.choice(word))
        }
        let unique = letters.reduce(into: [String]()) { if !$0.contains($1) { $0.append($1) } }
        guard let first = unique.first else { return .none }
        if unique.count > 1 && sawOr { return .ambiguous(reason: "two options offered", unique.map { .choice($0) }) }
        return .value(.choice(first))
    }

    /// Whether the one-letter word at `index` is joined to another by an arrow, or is one of a run
    /// of three or more letters joined by hyphens or en dashes ("A–D–F–G"). (Not "C — a parabola",
    /// nor "C – B and D": a dash between two letters alone is prose as often as a path.)
    static func joinedLetter(_ tokens: [AnswerLexer.Token], at index: Int) -> Bool {
        let arrows: Set<String> = ["→", "⟶", "↦"]
        let dashes: Set<String> = ["-", "–"]
        func letter(_ at: Int) -> Bool {
            guard tokens.indices.contains(at), case .word(let word) = tokens[at] else { return false }
            return word.count == 1 && word.first!.isUppercase
        }
        func joiner(_ at: Int, _ kinds: Set<String>) -> Bool {
            guard tokens.indices.contains(at), case .symbol(let symbol) = tokens[at] else { return false }
            return kinds.contains(String(symbol))
        }
        if joiner(index - 1, arrows) && letter(index - 2) || joiner(index + 1, arrows) && letter(index + 2) { return true }
        var first = index, last = index
        while joiner(first - 1, dashes), letter(first - 2) { first -= 2 }
        while joiner(last + 1, dashes), letter(last + 2) { last += 2 }
        return (last - first) / 2 + 1 >= 3
    }

    /// Words before a lower-case letter in parentheses that make it a part referred to, not an
    /// option: "redo (b)", "repeat (a)", "from part (c)". ("the statement in (b) holds", "listed
    /// as (b)" name options.)
    static let partReferenceWords: Set<String> = ["redo", "redoing", "repeat", "repeating", "part", "parts"]

    /// `true`/`false` in any dress: `T`, `False`, "the statement is false", `\text{True}`.
    static func truth(_ text: String) -> AnswerReading {
        // "True. Mutually exclusive events … give no information": the word that opens the answer is it.
        // (Unless the rest says True or False the other way: "**False**; but … it is **True**".)
        // ("Accuracy can be lower than F1 when there are few true negatives": a term, not a verdict.)
        let undressed = AnswerLexer.undress(text).replacing(Self.truthTerms, with: "term")
        if let opening = undressed.firstMatch(of: #/^\s*\**\s*(?i:(true|false|yes|no))\**\s*(?:[.—–:;!]|,\s|-\s)/#),
            let value = truthWords[String(opening.1).lowercased()],
            !undressed[opening.range.upperBound...].lowercased().split(whereSeparator: { !$0.isLetter }).contains(value ? "false" : "true") {
            return .value(.boolean(value))
        }
        // Apostrophes stay inside words: the "t" of "don't" is no True.
        // ("with no heat generation": "no" right before a word is a determiner, not an answer; "No,
        // energy is conserved", "No it is not", "No there isn't" and "the answer is no" still answer.)
        let words = undressed.replacing(#/(?i)\bno(?=[ ]+(?!(?:it|this|that|they|the|its|because|since|there|we|you|i|he|she|one|not|way)\b)[a-z]{2,})/#, with: "none").lowercased().split { !$0.isLetter && $0 != "'" && $0 != "’" }
            .map { String($0).trimmingCharacters(in: CharacterSet(charactersIn: "'’")) }.filter { !$0.isEmpty }
        var found: [Bool] = []
        for word in words {
            // "T" or "F" alone is a truth value; amid words it is a name ("f(x)g(x)", "the t statistic").
            if word.count == 1, words.count > 3 { continue }

            if let value = truthWords[word] { found.append(value) }
        }
        guard let first = found.first else { return .none }
        // "False for the usual definition, but True if …": both offered.
        if found.contains(!first) { return .ambiguous(reason: "both true and false", [.boolean(true), .boolean(false)]) }
        return .value(.boolean(first))
    }

    /// Terms that hold "true" or "false" without judging a claim: "true negatives", "false
    /// positive rate", "the true label", "a false alarm".
    static var truthTerms: Regex<Substring> {
        // ("The true proportion is a fixed number": after a determiner, an adjective of a noun.)
        #/(?i)\b(?:true|false)[- ](?:positives?|negatives?|class(?:es)?|labels?|values?|means?|parameters?|distributions?|alarms?|discover(?:y|ies)|prophets?|minim(?:um|a)|vacuum)\b|\b(?:the|a|an|its|their|our|this|that|whose)\s+(?:true|false)\s+(?!(?:or|and|if|because|since|when|as|but|for|so|statements?|claims?|assertions?|propositions?|sentences?|answers?|conclusions?|results?)\b)[a-z]{3,}\b/#
    }

    static let truthWords: [String: Bool] = ["true": true, "t": true, "false": false, "f": false, "yes": true, "no": false]

    /// Whether a key text is a truth value.
    public static func truthValue(_ text: String) -> Bool? {
        truthWords[text.trimmingCharacters(in: .whitespaces).lowercased()]
    }

    /// Dimensions written with `×`, `x`, `*`, "by" or commas, a leading batch letter (`N`,
    /// `B`) dropped: `16 × 32 × 32`, `(N, 16, 32, 32)`, `32x32x16`.
    static func shape(_ tokens: [AnswerLexer.Token]) -> AnswerReading {
        // "16 × 32 × 32 or 16 × 30 × 30": two shapes offered.
        let alternatives = tokens.split(whereSeparator: { $0 == .word("or") }).map { dimensions(Array($0)) }.filter { $0.count >= 2 }
        if alternatives.count >= 2, Set(alternatives).count > 1 {
            return .ambiguous(reason: "alternatives joined by 'or'", alternatives.map { .shape($0, layout: nil) })
        }
        // The last stretch between `=` signs that holds dimensions: "16 × 32 × 32 = 16384 values" is a shape.
        var segments: [[AnswerLexer.Token]] = [[]]
        for token in tokens {
            if token == .equals { segments.append([]) } else { segments[segments.count - 1].append(token) }
        }
        for segment in segments.reversed() {
            if let dimensions = lastShape(in: segment) { return .value(.shape(dimensions, layout: layout(tokens))) }
        }
        return .none
    }

    /// The last shape in a stretch of text: runs of dimensions separated by `×`, `x`, commas
    /// or brackets. A run of three or more dimensions anywhere ("Output per example:
    /// `[16, 64, 64]`"); a run of two only when it ends the text (not "the 5×5 kernel, so …").
    static func lastShape(in tokens: [AnswerLexer.Token]) -> [Int]? {
        var runs: [(dimensions: [Int], end: Int)] = []
        var start = 0
        while start < tokens.count {
            guard case .number = tokens[start] else { start += 1; continue }
            let (run, numbers) = dimensionRun(Array(tokens[start...]))
            // Where the run ends: after as many numbers as it read.
            var seen = 0
            var end = start
            while end < tokens.count, seen < numbers {
                if case .number = tokens[end] { seen += 1 }
                end += 1
            }
            if !run.isEmpty { runs.append((run, end)) }
            start = max(end, start + 1)
        }
        if let long = runs.last(where: { $0.dimensions.count >= 3 }) { return long.dimensions }
        if let pair = runs.last, pair.dimensions.count == 2 {
            let after = tokens[pair.end...].filter { token in
                if case .word(let word) = token { return word.count > 1 }
                return false
            }
            if after.count <= 2 { return pair.dimensions }
        }
        return nil
    }

    /// The layout a text names: letters `(C, H, W)`, `N×C×H×W`, `CHW`, or "channels first/last".
    static func layout(_ tokens: [AnswerLexer.Token]) -> String? {
        var letters = ""
        var previous = ""
        for token in tokens {
            if case .word(let word) = token {
                let upper = word.uppercased()
                if ["CHW", "HWC", "NCHW", "NHWC"].contains(upper) { return upper }
                if word.count == 1, "CHWN".contains(upper) { letters += upper; continue }
                if previous == "channels", word.lowercased() == "first" { return "CHW" }
                if previous == "channels", word.lowercased() == "last" { return "HWC" }
                previous = word.lowercased()
            }
            if letters.count >= 3 { break }
        }
        return Set(letters).isSuperset(of: ["C", "H", "W"]) && letters.count <= 4 ? letters : nil
    }

    /// The integers of a shape, up to the first prose after them.
    static func dimensions(_ tokens: [AnswerLexer.Token]) -> [Int] {
        dimensionRun(tokens).dimensions
    }

    /// The integers of a shape and how many number tokens they were read from.
    static func dimensionRun(_ tokens: [AnswerLexer.Token]) -> (dimensions: [Int], numbers: Int) {
        var dimensions: [Int] = []
        var numbers = 0
        // "10,000 × 300": where × separates the dimensions, a digit group's comma is a thousands
        // separator ("(16,128,128)" without × is three dimensions).
        // (Only × right after the first grouped number: "(16,128,128) — the 3×3 kernel" lists.)
        var crossed = false
        if let first = tokens.firstIndex(where: { if case .number = $0 { return true }; return false }) {
            var cursor = first + 1
            while cursor + 1 < tokens.count, [.groupComma, .thousands, .groupSpace].contains(tokens[cursor]),
                  case .number(let group) = tokens[cursor + 1], group.count == 3 { cursor += 2 }
            if cursor < tokens.count { crossed = [.symbol("*"), .word("x"), .word("by")].contains(tokens[cursor]) }
        }
        var grouping = false
        scan: for token in tokens {
            switch token {
            case .number(let written):
                if grouping, let last = dimensions.last, written.count == 3, let group = Int(written) {
                    dimensions[dimensions.count - 1] = last * 1000 + group
                    numbers += 1
                    grouping = false
                    continue
                }
                grouping = false
                guard let value = Int(written), value > 0 else { break scan }
                dimensions.append(value)
                numbers += 1
            case .groupComma where crossed, .thousands, .groupSpace where crossed:
                grouping = !dimensions.isEmpty
            case .word(let word):
                let lower = word.lowercased()
                if ["x", "by"].contains(lower) { continue }
                // A batch dimension written as a letter is not a number of the shape.
                if dimensions.isEmpty { continue }
                break scan
            case .symbol(let c) where "(),*[]".contains(c):
                continue
            case .groupComma, .groupSpace, .digitComma:
                continue
            default:
                if !dimensions.isEmpty { break scan }
            }
        }
        return (dimensions, numbers)
    }

    // MARK: The expression parser

    struct Parser {
        var tokens: [AnswerLexer.Token]
        var index = 0
        let expectation: AnswerExpectation
        /// A comma stood between digits without a space, where a decimal comma may be meant.
        var decimalComma = false

        /// Items are separated by commas between numbers ("(0, 7000, −52 500)"), so a space
        /// between digit groups is no item break. (Not "[100 200 300], each …", nor rows
        /// "[[100 200], [300 400]]", whose commas stand between brackets or before words.)
        let commaSeparated: Bool

        /// Items are separated by spaced commas or semicolons, so a comma right between digit
        /// groups is a thousands separator even in a list: "$15,000, $12,000, $9,000",
        /// "15,000; 12,000; 9,000".
        let groupsWithinItems: Bool

        init(tokens: [AnswerLexer.Token], expectation: AnswerExpectation) {
            self.tokens = tokens
            self.expectation = expectation
            func separates(_ separator: AnswerLexer.Token) -> Bool {
                tokens.indices.contains { index in
                    guard tokens[index] == separator, index > 0, index + 1 < tokens.count, case .number = tokens[index - 1] else { return false }
                    switch tokens[index + 1] {
                    case .number, .leadingMinus, .symbol("-"), .symbol("−"): return true
                    default: return false
                    }
                }
            }
            commaSeparated = separates(.symbol(","))
            groupsWithinItems = tokens.contains(.groupComma) && (commaSeparated || separates(.symbol(";")))
        }

        var current: AnswerLexer.Token? { index < tokens.count ? tokens[index] : nil }

        mutating func advance() { index += 1 }

        mutating func accept(_ token: AnswerLexer.Token) -> Bool {
            if current == token { advance(); return true }
            return false
        }

        /// Values joined by "or" (one when there is no "or").
        mutating func alternatives() -> [AnswerValue] {
            var result: [AnswerValue] = []
            skipWords()
            while index < tokens.count {
                let start = index
                if let value = list(closing: nil) { result.append(value) }
                // "f(x) is 19", "the number of points is 19": a value after "is" restates the one before;
                // so does one after a verb of arriving ("the 700 Hz component appears at 300 Hz").
                let save = index
                var sawCopula = false
                while case .word(let word) = current, word.count > 1, !["or", "pi", "percent"].contains(word.lowercased()),
                    !Expression.functions.contains(word.lowercased()) {
                    if Self.copulas.contains(word.lowercased()) { sawCopula = true }
                    advance()
                }
                if sawCopula, let next = current, Self.startsItem(next) || next == .symbol("{"), let restated = list(closing: nil) {
                    if !result.isEmpty { result.removeLast() }
                    result.append(restated)
                } else {
                    index = save
                }
                // "2.398 km/s or 2.44 km/s", "3 m·s⁻¹ or …": a unit between a value and "or".
                let unitStart = index
                var unitTokens = 0
                while unitTokens < 6, let token = current, token != .word("or") {
                    if case .word = token {} else if [.symbol("/"), .symbol("·"), .symbol("^")].contains(token) {} else if case .number = token, index > 0, tokens[index - 1] == .symbol("^") {} else { break }
                    advance()
                    unitTokens += 1
                }
                // ("0.870 s, or 0.919 s": a comma after the unit.)
                if unitTokens > 0, current == .symbol(","), index + 1 < tokens.count, tokens[index + 1] == .word("or") { advance() }
                if current != .word("or") { index = unitStart }
                skipWords()
                if case .word(let word) = current, word.lowercased() == "or" {
                    advance()
                    skipWords()
                    continue
                }
                if index == start { advance() }
                // Anything after the value (prose, units) ends the reading.
                break
            }
            return result
        }

        /// Prose words before or after a value: "approximately", "weights", "miles".
        mutating func skipWords() {
            while case .word(let word) = current, word.count > 1, word.lowercased() != "or", !Expression.functions.contains(word.lowercased()),
                word.lowercased() != "pi", word.lowercased() != "percent" {
                advance()
            }
            while current == .symbol(":") || current == .symbol(".") || current == .symbol(";") || current == .symbol(",") { advance() }
        }

        /// How many brackets are open around the item being read.
        var bracketDepth = 0

        /// Items separated by top-level commas; a single item stands alone.
        mutating func list(closing: Character?) -> AnswerValue? {
            if closing != nil { bracketDepth += 1 }
            defer { if closing != nil { bracketDepth -= 1 } }
            var items: [AnswerValue] = []
            // "[1 7; 4 2]": rows separated by semicolons inside brackets.
            var rows: [[AnswerValue]] = []
            // Whether the items so far were separated by commas or semicolons.
            var separated = false
            while true {
                guard let item = item() else { break }
                items.append(item)
                let afterItem = index
                skipUnits()
                // "$15,000, $12,000, $3,000 for years 1–5": after a separated list, prose ends it.
                let proseAfterItem = (afterItem..<index).contains { if case .word(let word) = tokens[$0] { word.count >= 3 } else { false } }
                if current == .symbol(";"), closing != nil {
                    advance()
                    rows.append(items)
                    items = []
                    continue
                }
                if current == .symbol(",") {
                    advance()
                    separated = true
                    // "343, 686, and 1029": the list's last item after a serial comma.
                    if case .word(let word) = current, word.lowercased() == "and", index + 1 < tokens.count, Self.startsItem(tokens[index + 1]) { advance() }
                    continue
                }
                if current == .digitComma {
                    // "1,22": a list comma, or a decimal comma when one number is expected.
                    if expectation == .scalar || expectation == .expression { decimalComma = true }
                    advance()
                    continue
                }
                // "15,000; 12,000; 9,000": items separated by semicolons where a list is expected.
                // (Not after comma-separated items: "0.2, 0.3, 0.5; 1.0 in total" is a list and its total.)
                if closing == nil, current == .symbol(";"), expectation == .sequence, !commaSeparated, index + 1 < tokens.count, Self.startsItem(tokens[index + 1]) {
                    advance()
                    separated = true
                    continue
                }
                if current == .groupComma {
                    // "3,200" read as a list when a list is expected.
                    advance()
                    continue
                }
                if closing != nil, current == .groupSpace {
                    advance()
                    continue
                }
                // "[1 1 1 0 | 4; 0 2 1 1 | 2]": an augmented matrix's bar between its columns.
                if closing != nil, expectation == .matrix, current == .symbol("|"), index + 1 < tokens.count, Self.startsItem(tokens[index + 1]) {
                    advance()
                    continue
                }
                // Space-separated numbers inside brackets ([3 0 -2]), or anywhere when a list is expected;
                // bracket groups after each other ([2 3] [0 2]) are rows.
                if let next = current, Self.startsItem(next) || next == .symbol("["),
                    closing != nil || expectation == .sequence || expectation == .matrix, !(separated && proseAfterItem) { continue }
                if closing == nil, current == .symbol(";"), expectation == .matrix {
                    advance()
                    rows.append(items)
                    items = []
                    continue
                }
                break
            }
            if !rows.isEmpty {
                if !items.isEmpty { rows.append(items) }
                return Set(rows.map(\.count)).count == 1 ? .matrix(rows) : .sequence(rows.flatMap { $0 })
            }
            if items.isEmpty { return nil }
            return items.count == 1 && closing == nil ? items[0] : .sequence(items)
        }

        static func startsItem(_ token: AnswerLexer.Token) -> Bool {
            switch token {
            case .number, .symbol("-"), .leadingMinus, .symbol("("), .command: true
            default: false
            }
        }

        /// Units after a value: words that are not variables, functions or a copula ("is").
        static let unitLetters: Set<String> = ["m", "s", "g", "N", "J", "W", "K", "A", "V", "h", "L", "C", "Ω"]

        /// A compound unit goes on with `·` or `/` and a unit letter or word and its power
        /// (`kN·m`, `m/s²`), as long as the item ends there (`(6 kN, 8 kN, 24 kN·m)`).
        /// Words after which a value restates the one before: "f(x) is 19", "the 700 Hz component
        /// appears at 300 Hz".
        static let copulas: Set<String> = ["is", "are", "equals", "be", "gives", "becomes", "appears", "folds", "aliases", "lands", "settles"]

        /// "(5.5 V, 1.75 V)": inside brackets, a unit letter (the current token) that ends its item.
        func unitEndsItem(_ token: AnswerLexer.Token) -> Bool {
            guard bracketDepth > 0, index + 1 < tokens.count,
                  [.symbol(","), .symbol(")"), .symbol("]"), .symbol(";")].contains(tokens[index + 1]) else { return false }
            if case .word(let word) = token { return Self.unitLetters.contains(word) }
            if case .command(let name) = token { return name == "Omega" }
            return false
        }

        mutating func skipUnits() {
            var skipped = false
            if let token = current, unitEndsItem(token) {
                advance()
                return
            }
            while true {
                while case .word(let word) = current, word.count > 1, word.lowercased() != "or", word.lowercased() != "percent", !Self.copulas.contains(word.lowercased()),
                    !Expression.functions.contains(word.lowercased()) {
                    advance()
                    skipped = true
                }
                guard skipped, current == .symbol("*") || current == .symbol("/"), index + 1 < tokens.count,
                    case .word(let unit) = tokens[index + 1], !Expression.functions.contains(unit.lowercased()),
                    unit.count > 1 || Self.unitLetters.contains(unit) else { return }
                var end = index + 2
                if end < tokens.count, tokens[end] == .symbol("^") {
                    end += 1
                    if end < tokens.count, tokens[end] == .symbol("{") { end += 1 }
                    if end < tokens.count, tokens[end] == .symbol("-") || tokens[end] == .leadingMinus { end += 1 }
                    guard end < tokens.count, case .number = tokens[end] else { return }
                    end += 1
                    if end < tokens.count, tokens[end] == .symbol("}") { end += 1 }
                }
                let ends = end == tokens.count || [.symbol(","), .symbol(";"), .symbol(")"), .symbol("]"), .symbol("*"), .symbol("/")].contains(tokens[end])
                guard ends else { return }
                index = end
            }
        }

        mutating func item() -> AnswerValue? {
            switch current {
            case .symbol("("), .symbol("["), .symbol("⟨"):
                guard case .symbol(let open) = current else { return nil }
                let save = index
                advance()
                let close: Character = open == "(" ? ")" : open == "[" ? "]" : "⟩"
                if let inner = list(closing: close), accept(.symbol(close)) {
                    // "(1/ln 2) · ln((1 − p)/p)": a one-item group an operator continues is a factor of a formula.
                    if case .sequence(let items) = inner, items.count == 1, open == "(", expectation == .expression || expectation == .scalar,
                        let next = current, [.symbol("*"), .symbol("/"), .symbol("^"), .symbol("+"), .symbol("-")].contains(next) || {
                            if case .word(let w) = next { return Expression.functions.contains(w.lowercased()) || w.count == 1 }
                            if case .command = next { return true }
                            return false
                        }() {
                        index = save
                        return scalarItem()
                    }
                    // "(2)" or "[5]" is a parenthesized number, unless a sequence is expected.
                    if case .sequence(let items) = inner, items.count == 1, expectation != .sequence {
                        if case .number = items[0] { return finishScalar(items[0]) }
                    }
                    // "[\begin{array}…\end{array}]": brackets around a matrix.
                    if case .sequence(let items) = inner, items.count == 1, case .matrix = items[0] { return items[0] }
                    if case .sequence = inner { return inner }
                    if case .matrix = inner { return inner }
                    return .sequence([inner])
                }
                index = save
                return scalarItem()
            case .symbol("{"):
                let save = index
                advance()
                if let inner = list(closing: "}"), accept(.symbol("}")) {
                    if case .sequence(let items) = inner, items.count > 1 { return .set(items) }
                    if case .sequence(let items) = inner, items.count == 1 { return items[0] }
                    return inner
                }
                index = save
                return scalarItem()
            case .command("begin"):
                return matrix()
            default:
                return scalarItem()
            }
        }

        /// A number or an expression; numbers written as such keep their precision.
        mutating func scalarItem() -> AnswerValue? {
            let start = index
            guard let expression = sum() else { index = start; return nil }
            var value: AnswerValue
            if case .number = expression, let number = lastNumber, numberStart == start, lastNumberEnd == index {
                value = .number(number)
            } else if case .negate(.number) = expression, let number = lastNumber, numberStart == start + 1, lastNumberEnd == index {
                var negated = number
                negated.value = -number.value
                negated.exact = number.exact.flatMap { try? -$0 }
                negated.text = "-" + number.text
                value = .number(negated)
            } else {
                value = .expression(expression)
            }
            return finishScalar(value)
        }

        /// A trailing `%` or "percent" marks a number as a percentage.
        mutating func finishScalar(_ value: AnswerValue) -> AnswerValue {
            var value = value
            if current == .percent || current == .word("percent") {
                advance()
                if case .number(var number) = value {
                    number.percent = true
                    value = .number(number)
                } else if case .expression(let e) = value, let constant = e.constantValue {
                    value = .number(AnswerNumber(value: constant, exact: nil, decimals: nil, significantFigures: nil, percent: true, text: e.description))
                }
            }
            return value
        }

        /// `\begin{pmatrix} … \end{pmatrix}` (any matrix environment): rows by `\\`, cells by `&`.
        mutating func matrix() -> AnswerValue? {
            advance()  // \begin
            guard accept(.symbol("{")) else { return nil }
            while let token = current, token != .symbol("}") { advance() }
            guard accept(.symbol("}")) else { return nil }
            // An array's column spec: {cc}, {c|c}.
            if current == .symbol("{") {
                while let token = current, token != .symbol("}") { advance() }
                _ = accept(.symbol("}"))
            }
            var rows: [[AnswerValue]] = [[]]
            while let token = current {
                if token == .command("end") {
                    advance()
                    if accept(.symbol("{")) { while let t = current, t != .symbol("}") { advance() }; _ = accept(.symbol("}")) }
                    break
                }
                if token == .rowBreak { advance(); rows.append([]); continue }
                if token == .columnBreak { advance(); continue }
                if let value = scalarItem() { rows[rows.count - 1].append(value) } else { advance() }
            }
            rows = rows.filter { !$0.isEmpty }
            guard !rows.isEmpty else { return nil }
            return .matrix(rows)
        }

        // Expressions, with the most recent number literal remembered so that a bare
        // number keeps how it was written.
        var lastNumber: AnswerNumber?
        var numberStart = -1
        var lastNumberEnd = -1

        mutating func sum() -> Expression? {
            guard var left = product() else { return nil }
            while true {
                if accept(.symbol("+")) {
                    guard let right = product() else { return left }
                    left = .add(left, right)
                } else if current == .symbol("-") || current == .leadingMinus && bracketDepth == 0 && !listExpected, index + 1 < tokens.count {
                    advance()
                    guard let right = product() else { return left }
                    left = .subtract(left, right)
                } else {
                    return left
                }
            }
        }

        mutating func product() -> Expression? {
            guard var left = unary() else { return nil }
            while true {
                if accept(.symbol("*")) || accept(.command("times")) {
                    guard let right = unary() else { return left }
                    left = .multiply(left, right)
                } else if accept(.symbol("/")) {
                    guard let right = unary() else { return left }
                    left = .divide(left, right)
                } else if let next = current, startsImplicitFactor(next, after: left) {
                    guard let right = power() else { return left }
                    left = .multiply(left, right)
                } else {
                    return left
                }
            }
        }

        /// A factor that may follow another without a sign: `4\sqrt{2}`, `15\pi`, `2x`, `2(x+1)`.
        /// Whether `token` starts a factor that follows the previous one without a sign
        /// (`4\sqrt{2}`, `15\pi`, `2x`, `2(x+1)`). Where a number is expected, a letter after
        /// it is a unit (`1,000.99 m`), not a variable.
        func startsImplicitFactor(_ token: AnswerLexer.Token, after left: Expression) -> Bool {
            // ("−120 J": a negative number's unit is no factor either.)
            // ("5/4 Ω": so is a fraction's.)
            let afterNumber: Bool = {
                if case .number = left { return true }
                if case .negate(.number) = left { return true }
                if case .divide(.number, .number) = left { return true }
                if case .negate(.divide(.number, .number)) = left { return true }
                return false
            }()
            if afterNumber, unitEndsItem(token) { return false }
            switch token {
            case .command(let name):
                // ("2\\beta_2 \\ln x": a Greek letter is a variable factor; after a number where one
                // number is expected it may be a unit, "5 Ω".)
                return ["sqrt", "cbrt", "fourthroot", "pi", "frac", "exp", "ln", "log", "sin", "cos", "tan", "tanh", "sigma", "mathrm"].contains(name)
                    || AnswerLexer.greekCommands.contains(name) && !(expectation == .scalar && afterNumber)
            case .word(let word):
                return (word.count == 1 && !(expectation == .scalar && afterNumber)) || Expression.functions.contains(word.lowercased())
                    || word.lowercased() == "pi"
                    // ("4gh": letters after a coefficient, where a formula is expected.)
                    || expectation == .expression && afterNumber && Self.letterProduct(word) != nil
            case .symbol("("):
                return true
            // ("n\,2^{n-1}", "x 3^x": a power of a number after a variable, where a formula is expected.)
            case .number:
                return expectation == .expression && !afterNumber && index + 1 < tokens.count && tokens[index + 1] == .symbol("^")
            default:
                return false
            }
        }

        mutating func unary() -> Expression? {
            if accept(.symbol("-")) || accept(.leadingMinus) { return unary().map { .negate($0) } }
            if accept(.symbol("+")) { return unary() }
            return power()
        }

        mutating func power() -> Expression? {
            guard let base = primary() else { return nil }
            if accept(.symbol("^")) {
                guard let exponent = group() ?? unaryPrimary() else { return base }
                return .power(base, exponent)
            }
            return base
        }

        mutating func unaryPrimary() -> Expression? {
            if accept(.symbol("-")) || accept(.leadingMinus) { return primary().map { .negate($0) } }
            return primary()
        }

        /// `{…}` as a group.
        mutating func group() -> Expression? {
            guard current == .symbol("{") else { return nil }
            let save = index
            advance()
            if let inner = sum(), accept(.symbol("}")) { return inner }
            index = save
            return nil
        }

        /// One argument of `\frac` or `\sqrt`: `{…}` or a single digit or letter (`\frac13`).
        mutating func argument() -> Expression? {
            if let inner = group() { return inner }
            if case .number(let written) = current {
                // \frac13: the first digit is one argument, the rest the next.
                if written.count > 1, !written.contains(".") {
                    tokens[index] = .number(String(written.dropFirst()))
                    return .number(Double(String(written.first!))!)
                }
                advance()
                return Double(written).map { .number($0) }
            }
            if case .word(let word) = current {
                if word.count > 1 {
                    tokens[index] = .word(String(word.dropFirst()))
                    return .variable(String(word.first!))
                }
                advance()
                return .variable(word)
            }
            if case .command = current { return primary() }
            return nil
        }

        mutating func primary() -> Expression? {
            guard let token = current else { return nil }
            switch token {
            case .number(let written):
                var text = written
                let start = index
                advance()
                // Digit groups: thousands separators join; list commas do not.
                while let next = current, next == .thousands || (next == .groupComma && (joinsGroups || groupsWithinItems || leadingZeroGroup)) || (next == .groupSpace && (joinsGroups || commaSeparated)),
                    case .number(let group) = index + 1 < tokens.count ? tokens[index + 1] : nil {
                    text += group
                    advance()
                    advance()
                }
                guard let number = Self.number(text) else { return nil }
                lastNumber = number
                numberStart = start
                lastNumberEnd = index
                return .number(number.value)
            case .symbol("("):
                let save = index
                advance()
                if let inner = sum(), accept(.symbol(")")) { return inner }
                index = save
                return nil
            case .symbol("{"):
                return group()
            case .symbol("|"):
                let save = index
                advance()
                if let inner = sum(), accept(.symbol("|")) { return .function("abs", inner) }
                index = save
                return nil
            case .command(let name):
                advance()
                switch name {
                case "frac":
                    guard let numerator = argument(), let denominator = argument() else { return nil }
                    return .divide(numerator, denominator)
                case "sqrt":
                    var root: Expression? = nil
                    if accept(.symbol("[")) {
                        root = sum()
                        _ = accept(.symbol("]"))
                    }
                    // ("z·√(p(1 − p)/n)": a radical written in Unicode takes a parenthesized radicand.)
                    guard let radicand = current == .symbol("(") ? primary() : argument() else { return nil }
                    if let root { return .power(radicand, .divide(.number(1), root)) }
                    return .function("sqrt", radicand)
                case "cbrt", "fourthroot":
                    // "∛2", "∜x": the radicand to the power 1/3 or 1/4.
                    guard let radicand = current == .symbol("(") ? primary() : argument() else { return nil }
                    return .power(radicand, .divide(.number(1), .number(name == "cbrt" ? 3 : 4)))
                case "pi": return .constant("π")
                case "infty": return .number(.infinity)
                case "log":
                    let base = logBase()
                    guard let argument = power() ?? group() else { return nil }
                    return logarithm(argument, base: base)
                case "exp", "ln", "sin", "cos", "tan", "tanh", "sigma":
                    guard let argument = power() ?? group() else { return nil }
                    return .function(name, argument)
                default:
                    // A Greek letter or other symbol is a variable.
                    return variable(name)
                }
            case .word(let word):
                let lower = word.lowercased()
                if lower == "pi" { advance(); return .constant("π") }
                if Expression.functions.contains(lower) {
                    advance()
                    let base = lower == "log" ? logBase() : nil
                    // "ln 2", "log p": a function of a lone number or letter needs no parentheses.
                    guard let argument = primary() else { return nil }
                    return lower == "log" ? logarithm(argument, base: base) : .function(lower, argument)
                }
                // "4gh", "\frac{10gh}{7}": a coefficient then a run of letters is their product
                // (a unit after a number, "4 kg", is not).
                if word.count > 1, expectation == .expression, index > 0, case .number = tokens[index - 1], let product = Self.letterProduct(word) {
                    advance()
                    return product
                }
                guard word.count == 1 else { return nil }
                advance()
                if word == "e", current != .symbol("_") { return .constant("e") }
                return variable(word)
            default:
                return nil
            }
        }

        /// `gh` as g·h: two or three lower-case letters that are no unit or word.
        static func letterProduct(_ word: String) -> Expression? {
            guard (2...3).contains(word.count), word.allSatisfy({ $0.isASCII && $0.isLowercase }),
                  !Equivalence.unitSymbols.contains(word), !notProducts.contains(word) else { return nil }
            return word.dropFirst().reduce(Expression.variable(String(word.first!))) { .multiply($0, .variable(String($1))) }
        }

        static let notProducts: Set<String> = ["mg", "kg", "km", "cm", "mm", "ms", "ns", "us", "mol", "ml", "hz", "kw", "kj", "kv", "ma", "mv", "pa", "kpa",
                                               "rad", "deg", "min", "hr", "hrs", "yr", "lb", "lbs", "ft", "in", "mi", "oz", "gal", "am", "pm", "nm", "um",
                                               "and", "or", "is", "as", "at", "to", "of", "by", "on", "an", "so", "per", "for", "the", "are", "was", "if",
                                               "mph", "kph", "cal", "kcal", "bar", "atm", "psi", "db", "ohm", "amp", "sec", "day", "wk", "mo"]

        /// The base written after `log`: `log_2`, `\log_{10}`, `log₂`, and `log2(` / `log10(`
        /// (a 2 or 10 fused before a bracket). Nil for the natural logarithm.
        mutating func logBase() -> Expression? {
            if accept(.symbol("_")) {
                if accept(.symbol("{")) {
                    let base = sum()
                    _ = accept(.symbol("}"))
                    return base
                }
                if case .number(let t) = current, let value = Double(t) { advance(); return .number(value) }
                return nil
            }
            // Subscript digits: "log₂".
            let digits = subscriptDigits()
            if !digits.isEmpty { return Double(digits).map { .number($0) } }
            if case .number(let t) = current, t == "2" || t == "10", index + 1 < tokens.count, tokens[index + 1] == .symbol("(") {
                advance()
                return .number(Double(t)!)
            }
            return nil
        }

        /// `log_b x` as `ln x / ln b`; the natural logarithm without a base.
        func logarithm(_ argument: Expression, base: Expression?) -> Expression {
            guard let base else { return .function("ln", argument) }
            return .divide(.function("ln", argument), .function("ln", base))
        }

        /// A variable with its subscript: `x_1`, `p_k`, `y_{ij}`.
        mutating func variable(_ name: String) -> Expression {
            var full = name
            if accept(.symbol("_")) {
                if current == .symbol("{") {
                    advance()
                    var sub = ""
                    while let token = current, token != .symbol("}") {
                        switch token {
                        case .number(let t), .word(let t): sub += t
                        default: break
                        }
                        advance()
                    }
                    _ = accept(.symbol("}"))
                    full += "_" + sub
                } else if case .number(let t) = current {
                    full += "_" + t
                    advance()
                } else if case .word(let t) = current {
                    full += "_" + t
                    advance()
                }
            } else {
                // "β₂", "x₁": subscript digits.
                let digits = subscriptDigits()
                if !digits.isEmpty { full += "_" + digits }
            }
            return .variable(full)
        }

        /// The subscript digits (`₀`…`₉`) at the current token, as plain digits, consumed.
        mutating func subscriptDigits() -> String {
            let subscripts = Array("₀₁₂₃₄₅₆₇₈₉")
            var digits = ""
            while case .symbol(let c) = current, let digit = subscripts.firstIndex(of: c) {
                digits += String(digit)
                advance()
            }
            return digits
        }

        /// Whether a list is expected, so that space-separated values are items.
        var listExpected: Bool { expectation == .sequence || expectation == .matrix }

        /// "$3,000": a group after a comma that starts with a zero is no list item (nobody lists
        /// "000" or "045"), so the comma separates thousands; unless the number before it starts
        /// with a zero too ("{000,011,101}": codewords).
        var leadingZeroGroup: Bool {
            guard index > 0, index + 1 < tokens.count, case .number(let group) = tokens[index + 1],
                  case .number(let leader) = tokens[index - 1], !leader.hasPrefix("0") else { return false }
            return group.count == 3 && group.hasPrefix("0")
        }

        /// Whether digit groups separated by a comma or a space form one number here.
        var joinsGroups: Bool {
            switch expectation {
            case .sequence, .matrix, .shape, .set: false
            default: true
            }
        }

        /// A number as written: value, exact fraction, decimals and significant figures.
        static func number(_ text: String) -> AnswerNumber? {
            let lower = text.lowercased()
            guard let value = Double(lower.hasPrefix(".") ? "0" + lower : lower), value.isFinite else { return nil }
            if lower.contains("e") {
                let mantissa = String(lower.split(separator: "e")[0])
                let digits = mantissa.filter(\.isNumber).drop { $0 == "0" }
                return AnswerNumber(value: value, exact: nil, decimals: nil, significantFigures: max(1, digits.count), text: text)
            }
            if let dot = lower.firstIndex(of: ".") {
                let fraction = lower[lower.index(after: dot)...]
                let digits = lower.filter(\.isNumber)
                let significant = digits.drop { $0 == "0" }.count
                let exact = Int(digits).flatMap { numerator in
                    Int(exactly: pow(10, Double(fraction.count))).flatMap { try? Rational(numerator, $0) }
                }
                return AnswerNumber(value: value, exact: exact, decimals: fraction.count, significantFigures: significant, text: text)
            }
            return AnswerNumber(value: value, exact: Int(lower).map { Rational($0) }, decimals: nil, significantFigures: nil, text: text)
        }
    }
}
