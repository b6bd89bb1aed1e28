/// Finds the numbers, vectors and matrices of a statement and the names bound to them.
enum MathScanner {
    /// Every literal array in the text (numbers alone are not listed).
    static func arrays(in text: String) -> [MathLiteral] {
        let characters = Array(text)
        var found: [MathLiteral] = []
        var index = 0
        while index < characters.count {
            if "[({".contains(characters[index]), let literal = literal(characters, at: index), literal.isArray {
                found.append(literal)
                index = literal.range.upperBound
            } else {
                index += 1
            }
        }
        return found
    }

    /// Arrays written without a name right after a word that gives their role: "kernel
    /// [1, 0, 2]", "the input [1, 2, −1]", "the output (4, 7)". The name is empty.
    ///
    /// "A layer maps [[1, 2], [3, 4]] to [[…]]", "… applied to [1, 2, −1]": what a layer maps or
    /// an operation is applied to is its input, and what the mapped array goes to its output.
    static func unnamedArrays(in text: String) -> [ValueBinding] {
        let characters = Array(text)
        var result: [ValueBinding] = []
        // Where the array a layer maps ends: the array after "to" in the same sentence is its output.
        var mappedEnd: Int?
        for literal in arrays(in: text) where literal.isNumeric {
            let (last, start) = word(endingAt: literal.range.lowerBound, in: characters)
            guard !last.isEmpty else { continue }
            let found: ValueBinding.Role
            if let named = role(ofWord: last) {
                found = named
            } else if ["maps", "map", "mapping", "takes"].contains(last) {
                found = .input
                mappedEnd = literal.range.upperBound
            } else if last == "to", ["applied", "apply", "applying"].contains(word(endingAt: start, in: characters).0) {
                found = .input
            } else if last == "to", let end = mappedEnd, start - end <= 40, !characters[end..<start].contains(where: { ".?!;".contains($0) }) {
                found = .output
                mappedEnd = nil
            } else if ["produces", "gives", "yields", "outputs", "returns"].contains(last) {
                // ("… is applied to the signal u = [1, 2, −1, 3] and produces [4, 3, 1]": what an
                // operation applied to an input produces is its output.)
                found = .output
            } else {
                continue
            }
            result.append(ValueBinding(name: "", literal: literal, role: found, roleFromWords: true))
        }
        return result
    }

    /// The word that ends at `end` (spaces skipped), lower-cased, and where it starts.
    private static func word(endingAt end: Int, in characters: [Character]) -> (String, Int) {
        var cursor = end
        while cursor > 0, characters[cursor - 1] == " " { cursor -= 1 }
        var start = cursor
        while start > 0, characters[start - 1].isLetter { start -= 1 }
        return (String(characters[start..<cursor]).lowercased(), start)
    }

    /// Every `name = literal` in the text, in order.
    static func bindings(in text: String) -> [ValueBinding] {
        let characters = Array(text)
        var result: [ValueBinding] = []
        for (index, character) in characters.enumerated() where character == "=" {
            // ("at (x, y, z) = (3, −1, 2)": each name of a tuple of names takes its number.)
            if let names = tupleNames(before: index, in: characters) {
                var start = index + 1
                while start < characters.count, characters[start] == " " { start += 1 }
                // ("(x, y) = (1, 2), (2, 4) and (3, 5)": several points, none of them the names' values.)
                if start < characters.count, characters[start] == "(", let literal = literal(characters, at: start),
                   case .vector(let values) = literal.value, values.count == names.count,
                   String(characters[literal.range.upperBound..<min(characters.count, literal.range.upperBound + 8)])
                    .range(of: #"^\s*(?:,|and|or)\s*\("#, options: .regularExpression) == nil {
                    let texts = literal.text.dropFirst().dropLast().split(separator: ",").map { $0.trimmingCharacters(in: .whitespaces) }
                    for (offset, (name, value)) in zip(names, values).enumerated() {
                        let text = texts.count == values.count ? texts[offset] : "\(value)"
                        result.append(ValueBinding(name: name, literal: MathLiteral(value: .number(value), text: text, range: literal.range),
                                                   role: nil, roleFromWords: false))
                    }
                }
                // ("w = (w_1, w_2) = (0.5, −1)" binds w too, below.)
            }
            guard let names = chainedNames(before: index, in: characters) else { continue }
            var start = index + 1
            while start < characters.count, characters[start] == " " { start += 1 }
            guard start < characters.count, var literal = literal(characters, at: start) else { continue }
            // ("epochs numbered t = 0, 1, …, 99": a range an index runs over, no value of it.)
            if literal.number != nil, String(characters[start..<min(characters.count, start + 40)])
                .range(of: #"^[-−]?\d+\s*,\s*(?:[-−]?\d+\s*,\s*)?(?:…|\.\.\.|\\[lc]?dots\b)"#, options: .regularExpression) != nil { continue }
            // ("z = −1, 0 and 2": the three values one name takes, a list, not the first alone.)
            if literal.number != nil, let list = numberList(characters, at: start) { literal = list }
            // ("has roots x = 1, 2 and 3": values a name takes one at a time are neither a vector nor
            // the first of them.)
            if literal.number != nil, listOfAlternatives(characters, at: start) { continue }
            // `α = 1 − p`: an expression, not a value; a transposed vector `(1, 2)^⊤` is one.
            var after = literal.range.upperBound
            if literal.isArray, let end = transposeMark(characters, at: after) { after = end }
            while after < characters.count, characters[after] == " " { after += 1 }
            if after < characters.count, "-+·×*/^_=".contains(characters[after]) { continue }
            if after < characters.count, after == literal.range.upperBound, characters[after].isLetter { continue }
            for (name, nameStart) in names {
                let (role, fromWords) = role(of: name, before: nameStart, in: characters)
                result.append(ValueBinding(name: name, literal: literal, role: role, roleFromWords: fromWords))
            }
        }
        return result + labelledRows(in: text)
    }

    /// "    target      y    :   2.0   -1.0   0.5": a labelled row of a handout's table, the name
    /// before the colon, its values (two or more, apart by spaces) after. A statement's lines may
    /// be joined with spaces: a row ends where a word or the text does.
    private static func labelledRows(in text: String) -> [ValueBinding] {
        text.matches(of: #/(?:^|\s)([A-Za-z][A-Za-z0-9_^]{0,8})[ \t]*:[ \t]*((?:[-−]?\d+(?:\.\d+)?[ \t]+){1,15}[-−]?\d+(?:\.\d+)?)(?=\s+[A-Za-z]|\s*$)/#).map { row in
            let values = row.output.2.split(whereSeparator: { $0 == " " || $0 == "\t" }).compactMap { Double($0.replacingOccurrences(of: "−", with: "-")) }
            let start = text.distance(from: text.startIndex, to: row.output.2.startIndex)
            let literal = MathLiteral(value: .vector(values), text: "(" + values.map { "\($0)" }.joined(separator: ", ") + ")", range: start..<(start + row.output.2.count))
            return ValueBinding(name: String(row.output.1), literal: literal, role: nil, roleFromWords: false)
        }
    }

    /// The names an `=` binds: `K` in `K = …`, and both `Q` and `K` in `Q = K = …` (a chain of
    /// names only). Nil when the chain holds an expression (`1 − p = 0.2`, `x + y = z = 3`).
    private static func chainedNames(before equals: Int, in characters: [Character]) -> [(String, Int)]? {
        var names: [(String, Int)] = []
        var end = equals
        // ("x = (x_1, x_2, x_3) = (1, 3, 4)": a tuple of the name's own entries stands between
        // the name and its numbers.)
        var entriesBase: String? = nil
        if let (equalsBefore, base) = symbolicEntries(before: end, in: characters) { (end, entriesBase) = (equalsBefore, base) }
        while let (name, start) = name(before: end, in: characters, chained: true) {
            if let entriesBase, names.isEmpty, name != entriesBase { return nil }
            names.append((name, start))
            var before = start
            while before > 0, characters[before - 1] == " " { before -= 1 }
            guard before > 0, characters[before - 1] == "=", names.count < 4 else { return names }
            end = before - 1
        }
        return nil
    }

    /// The offset of the `=` before a tuple of symbols that ends right before `equals`
    /// ("(x_1, x_2, x_3, x_4) ="), and the entries' base name, when each entry is that name with
    /// one subscript and the tuple follows another `=`; nil otherwise.
    private static func symbolicEntries(before equals: Int, in characters: [Character]) -> (Int, base: String)? {
        guard let (open, entries) = bracketedItems(before: equals, in: characters, within: 80) else { return nil }
        guard entries.count >= 2, entries.allSatisfy({ $0.wholeMatch(of: #/\p{L}_\{?(?:\d+|[a-zA-Z])\}?/#) != nil }),
              let base = entries.first?.prefix(while: { $0 != "_" }), entries.allSatisfy({ $0.hasPrefix(base + "_") }) else { return nil }
        var before = open - 1
        while before > 0, characters[before - 1] == " " { before -= 1 }
        guard before > 0, characters[before - 1] == "=" else { return nil }
        return (before - 1, String(base))
    }

    /// The comma-separated items of the one pair of parentheses that closes right before an `=`
    /// (spaces between), and the offset after its "(": nil when there is none within `limit`
    /// characters or it nests.
    private static func bracketedItems(before equals: Int, in characters: [Character], within limit: Int) -> (open: Int, items: [String])? {
        var close = equals
        while close > 0, characters[close - 1] == " " { close -= 1 }
        guard close > 0, characters[close - 1] == ")" else { return nil }
        var open = close - 1
        while open > 0, characters[open - 1] != "(" {
            guard characters[open - 1] != ")", close - open < limit else { return nil }
            open -= 1
        }
        guard open > 0 else { return nil }
        return (open, String(characters[open..<(close - 1)]).split(separator: ",").map { $0.trimmingCharacters(in: .whitespaces) })
    }

    /// The names of a tuple of names right before an `=`: "(x, y, z) =", "(w_1, w_2) ="; two to
    /// six names, each a letter with an optional one-character subscript, all different.
    private static func tupleNames(before equals: Int, in characters: [Character]) -> [String]? {
        guard let (open, names) = bracketedItems(before: equals, in: characters, within: 40) else { return nil }
        guard (2...6).contains(names.count), Set(names).count == names.count,
              names.allSatisfy({ $0.wholeMatch(of: #/\p{L}(?:_\{?[\w]\}?|[₀-₉])?/#) != nil }) else { return nil }
        // (A function's arguments, "f(x, y) = x² + y", are no tuple of names.)
        if open >= 2, characters[open - 2].isLetter { return nil }
        return names.map { $0.replacingOccurrences(of: "{", with: "").replacingOccurrences(of: "}", with: "") }
    }

    /// The offset after a transpose mark (`^⊤`, `^T`, `^{T}`, `^\top`, `ᵀ`) at `start`, if one is there.
    static func transposeMark(_ characters: [Character], at start: Int) -> Int? {
        let rest = String(characters[start..<min(characters.count, start + 8)])
        for mark in ["^{\\top}", "^\\top", "^{T}", "^{⊤}", "^⊤", "^T", "ᵀ"] where rest.hasPrefix(mark) {
            let end = start + mark.count
            if end < characters.count, characters[end].isLetter { return nil }
            return end
        }
        return nil
    }

    // MARK: - Names

    /// The name right before an `=`; with `chained`, one after another `=` too (its chain is
    /// read by `chainedNames`).
    private static func name(before equals: Int, in characters: [Character], chained: Bool = false) -> (String, Int)? {
        var end = equals
        while end > 0, characters[end - 1] == " " { end -= 1 }
        var start = end
        while start > 0, !" \n(,;:".contains(characters[start - 1]) { start -= 1 }
        guard start < end else { return nil }
        let raw = String(characters[start..<end])
        guard let first = raw.first, first.isLetter, raw.count <= 12 else { return nil }
        guard raw.allSatisfy({ $0.isLetter || $0.isNumber || "_{}^′'".contains($0) }) else { return nil }
        // `1 − p = 0.2` chains an expression: the name is not bound by this `=`.
        var before = start
        while before > 0, characters[before - 1] == " " { before -= 1 }
        if before > 0, (chained ? "-+·×*/<>≤≥∑∏" : "-+·×*/=<>≤≥∑∏").contains(characters[before - 1]) { return nil }
        let name = raw.filter { $0 != "{" && $0 != "}" }
        return (name, start)
    }

    private static let inputWords: Set<String> = ["input", "signal", "image", "map", "sequence", "activation", "activations"]
    private static let kernelWords: Set<String> = ["kernel", "filter", "weights", "weight", "mask"]
    private static let outputWords: Set<String> = ["output", "result", "response", "observed"]

    /// The role from the two words before the name (within its sentence), else from a
    /// phrase such as "a kernel K" anywhere, else from the name's letter.
    private static func role(of name: String, before start: Int, in characters: [Character]) -> (ValueBinding.Role?, Bool) {
        var words: [String] = []
        var cursor = start
        var current = ""
        var conjoined = false
        while cursor > 0, words.count < 2 {
            cursor -= 1
            let character = characters[cursor]
            // "x … a signal and w": the words before a conjunction or a comma name another value.
            if character == "." || character == ";" || character == "]" || character == ")" || character == "," { break }
            if character.isLetter || character == "-" {
                current = String(character) + current
            } else if !current.isEmpty {
                if ["and", "or", "but"].contains(current.lowercased()) { conjoined = true; current = ""; break }
                words.append(current.lowercased())
                current = ""
            }
        }
        if !current.isEmpty, words.count < 2 { words.append(current.lowercased()) }
        // "For the image and kernel X = […], K = […]": two nouns, then their names in turn; the
        // name's own letter says which of the two it is, and one that is neither has no role.
        if conjoined, words.count == 1, let second = role(ofWord: words[0]),
           let first = pairedNoun(before: cursor, in: characters).flatMap(role(ofWord:)), first != second {
            let (byName, _) = role(ofName: name)
            return byName == first || byName == second ? (byName, true) : (nil, false)
        }
        // "maps the input X to the output Y: X = …": a phrase that names the symbol wins over
        // the words that happen to stand before its value.
        let text = String(characters)
        for (words, role) in [(inputWords, ValueBinding.Role.input), (kernelWords, .kernel), (outputWords, .output)] {
            for word in words where text.range(of: "\(word) \(name) ") != nil || text.range(of: "\(word) \(name),") != nil || text.range(of: "\(word) \(name):") != nil {
                return (role, true)
            }
        }
        for word in words {
            if let role = role(ofWord: word) { return (role, true) }
        }
        // "… kernel w = (1, 3, −2) is applied to z = (1, 2, −1)": what an operation is applied to is its input.
        if words.count == 2, words[0] == "to", ["applied", "apply", "applying"].contains(words[1]) { return (.input, true) }
        // "the transposed convolution of u = (1, 2, −1) with the kernel …": what an operation is of is its input.
        if words.count == 2, words[0] == "of", ["convolution", "correlation", "cross-correlation", "pooling", "filtering"].contains(words[1]) { return (.input, true) }
        // ("the 2D transposed convolution (stride 1, no padding) of U = …", "… with stride 1 of Z = …":
        // the operation named earlier in the sentence, its settings between.)
        if words.first == "of" {
            let sentence = String(characters[max(0, start - 120)..<start]).split(whereSeparator: { ".;:".contains($0) }).last.map(String.init) ?? ""
            if sentence.range(of: #"\b(?:convolution|correlation|cross-correlation)\b(?:\s*\([^()]*\))?(?:\s+with\s+(?:a\s+)?stride\s+\d+)?\s*,?\s*of\s*$"#, options: [.regularExpression, .caseInsensitive]) != nil {
                return (.input, true)
            }
        }
        return role(ofName: name)
    }

    /// The role a name's letter suggests: `X` an input, `K` a kernel, `Y` an output.
    private static func role(ofName name: String) -> (ValueBinding.Role?, Bool) {
        switch name.first {
        case "X", "x", "I", "P", "A": return (.input, false)
        case "K", "k", "W", "w", "F", "f": return (.kernel, false)
        case "Y", "y", "O", "Z", "z": return (.output, false)
        default: return (nil, false)
        }
    }

    /// The word right before the conjunction that ends at `cursor` ("image" in "the image and").
    private static func pairedNoun(before cursor: Int, in characters: [Character]) -> String? {
        var end = cursor
        while end > 0, characters[end - 1] == " " { end -= 1 }
        var start = end
        while start > 0, characters[start - 1].isLetter || characters[start - 1] == "-" { start -= 1 }
        return start < end ? String(characters[start..<end]).lowercased() : nil
    }

    private static func role(ofWord word: String) -> ValueBinding.Role? {
        if inputWords.contains(word) { return .input }
        if kernelWords.contains(word) { return .kernel }
        if outputWords.contains(word) { return .output }
        return nil
    }

    // MARK: - Literals

    /// The literal starting at `start`, or nil.
    static func literal(_ characters: [Character], at start: Int) -> MathLiteral? {
        guard start < characters.count else { return nil }
        switch characters[start] {
        case "[": return bracket(characters, at: start)
        case "(", "{": return tuple(characters, at: start)
        default:
            guard let (value, end) = number(characters, at: start) else { return nil }
            return MathLiteral(value: .number(value), text: String(characters[start..<end]), range: start..<end)
        }
    }

    /// A list of numbers at `start` that one name takes: "−1, 0 and 2", or three or more
    /// separated by commas that end the clause ("1, 2, 4."). Nil for a single number or one
    /// followed by other words ("0.1, 100 epochs", "x = 1, y = 2").
    static func numberList(_ characters: [Character], at start: Int) -> MathLiteral? {
        var values: [Double] = []
        var index = start
        var endedWithAnd = false
        while let (value, end) = number(characters, at: index) {
            values.append(value)
            index = end
            if endedWithAnd { break }
            // Items are separated by a comma, the last by "and" (with or without a comma): never by
            // spaces alone ("Z = 2 1 −1 3" is a flattened matrix).
            var next = index
            while next < characters.count, characters[next] == " " { next += 1 }
            var comma = false
            if next < characters.count, characters[next] == "," {
                comma = true
                next += 1
                while next < characters.count, characters[next] == " " { next += 1 }
            }
            let rest = String(characters[next..<min(characters.count, next + 4)])
            if rest.hasPrefix("and ") {
                next += 4
                endedWithAnd = true
            } else if !comma {
                break
            }
            guard next < characters.count, number(characters, at: next) != nil else { break }
            index = next
        }
        guard values.count >= 2 else { return nil }
        var after = index
        while after < characters.count, characters[after] == " " { after += 1 }
        // ("x = 0.5 and 2 hidden units", "z = 0.5 and 2 other units": a count after "and" goes on in
        // words; the list closes its clause.)
        let closes = after >= characters.count || ".;:,)\n".contains(characters[after])
        guard closes, endedWithAnd || values.count >= 3 else { return nil }
        if listOfAlternatives(characters, at: start) { return nil }
        return MathLiteral(value: .vector(values), text: String(characters[start..<index]), range: start..<index)
    }

    /// Whether the numbers at `start` list values a name takes one at a time ("has roots x = 1, 2
    /// and 3", "the weights take the values w = 0.5, 0.25, 0.125"): a number, a comma and another.
    static func listOfAlternatives(_ characters: [Character], at start: Int) -> Bool {
        let before = String(characters[max(0, start - 40)..<start]).lowercased()
        guard before.range(of: #"\b(?:roots?|solutions?|zero(?:e)?s|takes? the values|values? (?:of \w+ )?(?:is|are))\b"#, options: .regularExpression) != nil,
              let (_, end) = number(characters, at: start) else { return false }
        let rest = String(characters[end..<min(characters.count, end + 6)])
        return rest.range(of: #"^\s*(?:,|and|or)\s*[-−]?\d"#, options: .regularExpression) != nil
    }

    /// A signed decimal (or `a/b`) at `start`: the value and the offset after it.
    static func number(_ characters: [Character], at start: Int) -> (Double, Int)? {
        var index = start
        var text = ""
        if index < characters.count, characters[index] == "-" || characters[index] == "−" || characters[index] == "+" {
            if characters[index] != "+" { text = "-" }
            index += 1
        }
        let digitsStart = index
        while index < characters.count, characters[index].isASCII, characters[index].isNumber { text.append(characters[index]); index += 1 }
        guard index > digitsStart else { return nil }
        if index + 1 < characters.count, characters[index] == ".", characters[index + 1].isASCII, characters[index + 1].isNumber {
            text.append(".")
            index += 1
            while index < characters.count, characters[index].isASCII, characters[index].isNumber { text.append(characters[index]); index += 1 }
        } else if index + 1 < characters.count, characters[index] == "/", characters[index + 1].isASCII, characters[index + 1].isNumber {
            var denominator = ""
            var cursor = index + 1
            while cursor < characters.count, characters[cursor].isASCII, characters[cursor].isNumber { denominator.append(characters[cursor]); cursor += 1 }
            if let top = Double(text), let bottom = Double(denominator), bottom != 0 {
                return (top / bottom, cursor)
            }
        }
        // A number glued to a letter or a script (`2p`, `3_i`) is not a plain number.
        if index < characters.count, characters[index].isLetter || characters[index] == "_" || characters[index] == "^" { return nil }
        return Double(text).map { ($0, index) }
    }

    private static func closing(_ characters: [Character], from start: Int, open: Character, close: Character) -> Int? {
        var depth = 0
        for index in start..<characters.count {
            if characters[index] == open { depth += 1 }
            if characters[index] == close {
                depth -= 1
                if depth == 0 { return index }
            }
            if characters[index] == "\n" || index - start > 2000 { return nil }
        }
        return nil
    }

    private static func bracket(_ characters: [Character], at start: Int) -> MathLiteral? {
        guard let end = closing(characters, from: start, open: "[", close: "]") else { return nil }
        let inner = String(characters[(start + 1)..<end]).trimmingSpaces
        let rowTexts: [String]
        if inner.hasPrefix("[") {
            // [[1, 2], [3, 4]]
            rowTexts = inner.split(separator: "]").map { $0.trimming(" ,[") }.filter { !$0.isEmpty }
        } else {
            rowTexts = inner.split(separator: ";", omittingEmptySubsequences: false).map { String($0) }
        }
        let rows = rowTexts.map { $0.split(whereSeparator: { $0 == " " || $0 == "," }).map(String.init) }
        guard let columns = rows.first?.count, columns > 0, rows.allSatisfy({ $0.count == columns }) else { return nil }
        let range = start..<(end + 1)
        let text = String(characters[range])
        let numbers = rows.map { $0.map(entry) }
        if numbers.allSatisfy({ $0.allSatisfy { $0 != nil } }) {
            return MathLiteral(value: .matrix(numbers.map { $0.map { $0 ?? 0 } }), text: text, range: range)
        }
        guard rows.allSatisfy({ $0.allSatisfy(isSymbol) }) else { return nil }
        return MathLiteral(value: .symbolic(rows: rows.count, columns: columns), text: text, range: range)
    }

    private static func tuple(_ characters: [Character], at start: Int) -> MathLiteral? {
        let open = characters[start]
        let close: Character = open == "(" ? ")" : "}"
        guard let end = closing(characters, from: start, open: open, close: close) else { return nil }
        let entries = String(characters[(start + 1)..<end]).split(separator: ",").map { String($0).trimmingSpaces }
        guard entries.count >= 2 else { return nil }
        let range = start..<(end + 1)
        let text = String(characters[range])
        let numbers = entries.map(entry)
        if numbers.allSatisfy({ $0 != nil }) {
            return MathLiteral(value: .vector(numbers.map { $0 ?? 0 }), text: text, range: range)
        }
        guard entries.allSatisfy(isSymbol) else { return nil }
        return MathLiteral(value: .symbolic(rows: 1, columns: entries.count), text: text, range: range)
    }

    private static func entry(_ text: String) -> Double? {
        let characters = Array(text)
        guard let (value, end) = number(characters, at: 0), end == characters.count else { return nil }
        return value
    }

    /// `w_1`, `N`, `x_{i+1}`, `…`: a short symbol, not a sentence.
    private static func isSymbol(_ text: String) -> Bool {
        guard let first = text.first, first.isLetter || first == "…" || first == "." else { return false }
        return text.count <= 8 && !text.contains(" ")
    }
}

extension String {
    /// The string without leading and trailing spaces and newlines.
    var trimmingSpaces: String {
        trimming(" \n\t")
    }

    /// The string without leading and trailing characters of `set`.
    func trimming(_ set: String) -> String {
        var characters = Substring(self)
        while let first = characters.first, set.contains(first) { characters.removeFirst() }
        while let last = characters.last, set.contains(last) { characters.removeLast() }
        return String(characters)
    }
}

extension Substring {
    /// The text without leading and trailing characters of `set`.
    func trimming(_ set: String) -> String {
        String(self).trimming(set)
    }
}
