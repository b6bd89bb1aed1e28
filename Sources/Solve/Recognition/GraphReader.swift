import Foundation

/// Reads parts about a small network or computational graph written as equations:
/// "h = W1 x + b1, a = ReLU(h), ŷ = W2 a + b2, L = ½(ŷ − y)²  with x = [1, −1], W1 = …",
/// then "(a) Compute a", "(d) Compute dL/dW2", "(f) [df/dx, df/dy, df/dz]" or a formula in the
/// part itself ("the scaled scores Q K^T / sqrt(d_k)"), and scaled dot-product attention.
///
/// The equations come from the problem's statement and the part, the part's winning where both
/// define a name (only the part's when it says its network is a separate one); values from the
/// statement, overridden by the part's (never an earlier part's).
/// Each part asks one thing: one defined name, one formula, or gradients. Every number of the
/// part must be a value, a shape or a stated convention; a softmax of a matrix needs "each
/// row" (or attention), a ReLU at exactly 0 its stated derivative.
enum GraphReader {
    static func read(_ reading: PartReading) -> Attempt {
        if let evaluated = callAtGivenPoint(reading) ?? atGivenPoint(reading) { return read(evaluated) }
        if let (evaluated, repeated) = pointListed(reading) {
            let attempt = read(evaluated)
            guard let label = repeated, case .recognized(var answer) = attempt else { return attempt }
            answer.parameters["repeats"] = "part (\(label)) at the part's point"
            return .recognized(answer)
        }
        // Pieces of stretched brackets (private-use glyphs of a PDF's text layer) mean a display
        // formula was shredded: its equations cannot be trusted.
        guard !reading.part.isShredded, !reading.problemStatement.isShredded else { return .notApplicable }
        // "σ(u) = max(0, u)": a σ defined as anything but the logistic function is not the sigmoid.
        for text in [reading.part, reading.problemStatement] {
            if let defined = text.firstMatch(#"(?:σ|\bsigma)\s*\(\s*([a-z])\s*\)\s*=\s*([^,;]+)"#),
               StatementText(defined[2]).firstMatch(#"^\s*1\s*/\s*\(\s*1\s*\+\s*(?:e\s*\^\s*\{?\s*\(?\s*|exp\s*\(\s*)-\s*"# + defined[1] + #"\s*\)?\s*\}?\s*\)"#) == nil {
                return .notApplicable
            }
        }
        let valueNames = Set((MathScanner.bindings(in: reading.problemStatement.text) + reading.partBindings).map(\.name))
        let own = equations(in: reading.part.text, values: valueNames)
        let statement = equations(in: reading.problemStatement.text, values: valueNames)
        // A formula of the part, or one it names, that could not be read: the part is not understood.
        guard own.unread.isEmpty, !statement.unread.contains(where: { mentions($0, in: reading.part.text) }) else { return .notApplicable }
        let separate = own.isEmpty ? false : reading.part.firstMatch(#"\b(?:separately|a new|another|different)\b"#) != nil
        // ("Using the intermediate variables a = xy and b = a + z, … report ∂f/∂x" under "Let f(x, y, z)
        // = (xy + z)^2": the part's equations join the statement's, and win where both define a name.)
        var definitions = own.isEmpty ? statement.definitions : separate ? own.definitions : statement.definitions.merging(own.definitions) { $1 }
        let attention = reading.part.has("attention") || reading.problemStatement.has("attention") || reading.context.has("attention")
        var values: [String: Tensor] = [:]
        var phrases: [String: String] = [:]
        // ("evaluated at x = 1.5, y = −2 … (In lecture we did the same graph at x = 2, y = 3)": a
        // name the statement gives two values, and the part none, is not known.)
        // (A sentence about another occasion, "In lecture we did the same graph at x = 2 …; don't
        // reuse those numbers", gives no values.)
        let aside = #"\bin (?:lecture|class|the notes|the textbook|the book)\b|\blast (?:week|time|year)\b|\bdon['’]t (?:re)?use\b|\bdo not (?:re)?use\b|\bis not needed\b|\bnot needed here\b|\bfor comparison\b"#
        let present = reading.problemStatement.sentences.filter { StatementText($0).firstMatch(aside) == nil }.joined(separator: "\n")
        let statementBindings = separate ? [] : MathScanner.bindings(in: present)
        let ownNames = Set(reading.partBindings.map(\.name))
        for name in Set(statementBindings.map(\.name)) where !ownNames.contains(name) {
            let written = Set(statementBindings.filter { $0.name == name }.map(\.literal.text))
            // (Only a name the part's computation may use: a part with equations of its own that
            // never writes the name, "η_t = ½ η_max(1 + cos(πt/T))", does not need the statement's η.)
            let used = own.isEmpty || reading.part.text.range(of: #"(?<![\w\\])"# + NSRegularExpression.escapedPattern(for: name) + #"(?![\w])"#, options: .regularExpression) != nil
            if written.count > 1, definitions[name] == nil, used {
                return .failed("graph: \(name) is given \(written.count) values (\(written.sorted().joined(separator: ", ")))")
            }
        }
        for binding in statementBindings + reading.partBindings {
            guard let tensor = tensor(binding.literal, name: binding.name) else { continue }
            values[binding.name] = tensor
            phrases[binding.name] = "\(binding.name) = \(ConvolutionReader.display(binding.literal.text))"
        }
        for name in definitions.keys {
            values[name] = nil
            phrases[name] = nil
        }
        if definitions.isEmpty, attention, reading.context.has("scaled dot-product", "scaled dot product"),
           let q = values["Q"], let k = values["K"], values["V"] != nil, q.kind == .matrix, k.kind == .matrix {
            let scale: Formula = values["d_k"] != nil ? .name("d_k") : .number(Double(k.columns))
            definitions["Attention"] = .product(.function(.softmax, .quotient(.product(.name("Q"), .transpose(.name("K"))), .function(.sqrt, scale))), .name("V"))
        }
        // Without equations, only a formula the part writes over given values can be asked.
        guard !values.isEmpty || definitions.keys.contains(where: { indexLetter(of: $0) != nil }), !definitions.isEmpty || !formulas(in: reading.part.text, names: Set(values.keys), outside: []).isEmpty else {
            return .notApplicable
        }
        if let d = values["d_k"]?.entries.first, let k = values["K"], k.kind == .matrix, d != Double(k.columns) {
            return .failed("attention: d_k = \(RealValue.format(d)) but K has \(k.columns) columns")
        }
        let names = Set(values.keys).union(definitions.keys)
        var graph = ComputationGraph(values: values, definitions: definitions)
        var finding = Finding(.computationGraph)
        for (name, formula) in definitions.sorted(by: { $0.key < $1.key }) { finding.note("\(name) = \(describe(formula))") }

        let context = StatementText(reading.part.text + "\n" + reading.problemStatement.text + "\n" + reading.conventions.text)
        graph.softmaxOverRows = attention || context.firstMatch(#"\b(?:each|every) row\b|\brow[- ]?wise\b|\bover (?:the )?rows\b"#) != nil
        if let fact = context.firstMatch(#"relu\s*(?:'|′|’)\s*\(\s*0\s*\)\s*(?:=|:=|is|to be)\s*(0|1|0\.5|1/2)\b"#) {
            graph.reluDerivativeAtZero = fact[1] == "1/2" ? 0.5 : Double(fact[1])
            finding.note(fact[0])
        }

        // What the part asks.
        let query: Query
        switch self.query(reading, names: names, definitions: definitions, values: values, own: own, attention: attention) {
        case .success(let found): query = found
        case .failure(let failure):
            guard let reason = failure.reason else { return .notApplicable }
            return .failed("computational graph: \(reason)")
        }
        if let index = query.index {
            graph.values[index.name] = .scalar(index.value)
            finding.read("index", "\(index.name) = \(RealValue.format(index.value))")
        }
        // The defined name asked at a step: `η_t` and its `t`.
        let indexed: (name: String, letter: String)? = if case .name(let name) = query.formula, let letter = indexLetter(of: name) { (name, letter) } else { nil }
        // "η_t = 0.1 · t/500 for t ≤ 500" says nothing of step 600.
        if let (name, letter) = indexed, let step = query.index?.value ?? graph.values[letter]?.entries.first, graph.values[letter]?.kind == .scalar,
           let phrase = outsideStatedRange(letter, value: step, in: context) {
            return .failed("computational graph: \(name) is stated '\(phrase)', not at \(letter) = \(RealValue.format(step))")
        }
        // "lr(t) = 1e-3 · t/500 during warm-up, then constant": a schedule in pieces, of which only
        // one is written.
        // (Not one whose range is stated and holds the step asked: "η_t = 0.1 · t/500 for t ≤ 500,
        // and then decays" at step 200.)
        if let (name, letter) = indexed, isRate(name),
           context.firstMatch(#"(?:≤|<|\\leq?|\\lt)\s*-?\d|\b"# + NSRegularExpression.escapedPattern(for: letter) + #"\s*(?:≤|<|≥|>|\\leq?|\\geq?)"#) == nil,
           let piece = context.firstMatch(#"\bduring (?:the )?warm-?up\b|\b(?:then|afterwards|after that|thereafter)\b[^.;]{0,40}\b(?:constant|held|fixed|flat|decay\w*|cosine|linear\w*|stays?|remains?)\b"#) {
            return .failed("computational graph: \(name) is one piece of a schedule ('\(piece[0])')")
        }
        // "for the second token": one row of a matrix answer.
        var formula = query.formula
        if query.gradients == nil, let mention = reading.part.removing(#"\b(?:each|every|over the|over|per) rows?\b|\brow[- ]?wise\b|\b(?:whose |its |with |the )?rows (?:each )?(?:sum|add up) to (?:one|1)\b"#)
            .firstMatch(#"\b(?:token|query|row|example|sample|position)s?\b"#) {
            let ordinals = ["first", "second", "third", "fourth", "fifth", "sixth"]
            if let match = reading.part.firstMatch(#"\bfor (?:the )?(first|second|third|fourth|fifth|sixth) (?:token|query|row|example|sample|position)\b|\bfor (?:token|query|row|example|sample|position) (\d)\b"#),
               let index = ordinals.firstIndex(of: match[1].lowercased()) ?? Int(match[2]).map({ $0 - 1 }) {
                formula = .row(formula, index)
                finding.read("row", "\(index + 1)", from: match[0])
            } else if case .matrix? = try? graph.value(query.formula).kind {
                return .failed("computational graph: which '\(mention[0])' of the matrix is asked is not read")
            }
        }
        var restated: [String] = []
        if let (name, letter) = indexed, isRate(name) {
            switch restatedSchedule(reading.part, letter: letter, graph: graph, formula: query.formula) {
            case .success(let phrases): restated = phrases
            case .failure(let failure): return .failed("computational graph: \(failure.reason ?? "the schedule")")
            }
        }
        if let number = unexplainedNumber(in: reading, names: names, outside: own.spans, restated: restated) {
            return .failed("computational graph: the part's number \(number) has no role")
        }
        for name in query.names.union(query.formula.names).sorted() { if let phrase = phrases[name] { finding.note(phrase) } }
        finding.read("asks", query.description)
        let flatten = reading.part.firstMatch(#"\bvector\b"#) != nil
        return finding.finish(.graph(graph, formula, gradients: query.gradients, flatten: flatten))
    }

    // MARK: Reading equations

    /// `name = formula` in a text: the name is one identifier (or a call `Attention(Q, K, V)`
    /// on given values, defining `Attention`), the formula reads names or applies a function,
    /// and ends where the next equation's name starts or where prose begins. A formula cut
    /// short by something unread (`max(y, z)`, `σ(z)` with σ defined as a function, `ln p`)
    /// defines nothing, and a function defined on placeholders (`σ(t) = …`, `f(w) = …`) is not
    /// read: formulas calling it are not understood.
    /// "Compute f(1, 2, −0.5)." after "Let f(x, y, z) = … at x = 1, y = 2, z = −0.5": the call
    /// at the point the statement gives is the value of f there, and the part reads "Compute f."
    /// Nil when the arguments are not the values the statement binds to f's parameters.
    static func callAtGivenPoint(_ reading: PartReading) -> PartReading? {
        let number = #"[-−]?\d+(?:\.\d+)?"#
        guard let call = reading.part.firstMatch(#"\b([A-Za-z])\s*\(\s*("# + number + #"(?:\s*,\s*"# + number + #")*)\s*\)"#),
              let head = reading.problemStatement.firstMatch(#"\b"# + call[1] + #"\s*\(\s*([a-z](?:\s*,\s*[a-z])*)\s*\)\s*="#) else { return nil }
        let parameters = head[1].split(separator: ",").map { $0.trimmingCharacters(in: .whitespaces) }
        let arguments = call[2].split(separator: ",").compactMap { Double($0.trimmingCharacters(in: .whitespaces).replacingOccurrences(of: "−", with: "-")) }
        let bound = MathScanner.bindings(in: reading.problemStatement.text)
        guard parameters.count == arguments.count else { return nil }
        for (parameter, argument) in zip(parameters, arguments) {
            guard let binding = bound.last(where: { $0.name == parameter }), let value = binding.literal.number, abs(value - argument) < 1e-12 else { return nil }
        }
        var statement = PartStatement(id: reading.id, text: reading.part.text.replacingOccurrences(of: call[0], with: call[1]), context: reading.context.text)
        statement.conventions = reading.conventions.text
        return PartReading(statement)
    }

    /// "Let f(x, y, z) = (xy + z)·max(x, z)." then "(a) Evaluate f at (x, y, z) = (2, −1, 3)" and
    /// "(b) At the same point, compute the gradient": the point's values as if the statement
    /// bound them, and the part without the point. Only for a function of named parameters that
    /// the statement does not bind, a point giving every parameter, and (for "the same point") the
    /// latest earlier part that gives one.
    /// "(a) Do a forward pass at (x, y, z) = (3, −1, 2)" and "(b) … at the same point" over a graph
    /// of equations: the point written as its names' values ("at x = 3, y = −1, z = 2"), as a part
    /// that lists them is read; "Repeat (b) at the point …" asks (b)'s question there. Nil when the
    /// part gives no point (or names the same point and no earlier part gives one).
    static func pointListed(_ reading: PartReading) -> (reading: PartReading, repeated: String?)? {
        let number = #"[-−]?\d+(?:\.\d+)?"#
        let tuple = #"\(\s*([A-Za-z](?:_\w)?(?:\s*,\s*[A-Za-z](?:_\w)?)+)\s*\)\s*=\s*\(\s*("# + number + #"(?:\s*,\s*"# + number + #")+)\s*\)"#
        func point(in text: StatementText) -> (listed: String, phrase: String)? {
            guard let match = text.firstMatch(tuple) else { return nil }
            let names = match[1].split(separator: ",").map { $0.trimmingCharacters(in: .whitespaces) }
            let values = match[2].split(separator: ",").map { $0.trimmingCharacters(in: .whitespaces) }
            guard names.count == values.count, Set(names).count == names.count else { return nil }
            return (zip(names, values).map { "\($0) = \($1)" }.joined(separator: ", "), match[0])
        }
        var text = reading.part.text
        var repeatedLabel: String? = nil
        // The parts before this one, latest first.
        let earlier = Array(reading.segments.prefix { $0.label == nil || $0.label != reading.ownLabel }.filter { $0.label != nil }.reversed())
        if let own = point(in: reading.part), reading.part.firstMatch(PartReading.repeatPattern) != nil {
            // ("Repeat (b) at the point (x, y, z) = (3, 1, 2).": (b)'s question at this point; not one
            // that asks more, "…, and also give dg/dv there".)
            guard let repeated = reading.repeatedPart,
                  reading.part.firstMatch(#"\b(?:also|as well|in addition)\b|\band (?:give|report|compute|find|state)\b"#) == nil else { return nil }
            repeatedLabel = repeated.label
            if let theirs = point(in: repeated.text) {
                text = repeated.text.text.replacingOccurrences(of: theirs.phrase, with: own.listed)
            } else if let same = repeated.text.firstMatch(#"\b(?:at|for) (?:the same|that|this) point\b"#) {
                text = repeated.text.text.replacingOccurrences(of: same[0], with: "at " + own.listed)
            } else {
                return nil
            }
        } else if let own = point(in: reading.part) {
            text = text.replacingOccurrences(of: own.phrase, with: own.listed)
        } else if let same = reading.part.firstMatch(#"\b(?:at|for) (?:the same|that|this) point\b(?:\s+as\s+(?:in\s+)?(?:part\s+)?\(([a-z])\))?"#) {
            // The point of the part named, else of the latest earlier part that gives one in any form
            // ("… with u = 1, v = 2 and w = 0" is read as written, not as an older tuple).
            let givesPoint: ((label: String?, text: String)) -> Bool = { segment in
                point(in: StatementText(segment.text)) != nil
                    || MathScanner.bindings(in: segment.text).filter { $0.literal.number != nil && $0.name.count <= 3 }.count >= 2
            }
            guard let source = same[1].isEmpty ? earlier.first(where: givesPoint) : earlier.first(where: { $0.label == same[1] }),
                  let given = point(in: StatementText(source.text)) else { return nil }
            text = text.replacingOccurrences(of: same[0], with: "at " + given.listed)
        } else {
            return nil
        }
        var statement = PartStatement(id: reading.id, text: text, context: reading.context.text)
        statement.conventions = reading.conventions.text
        return (PartReading(statement), repeatedLabel)
    }

    static func atGivenPoint(_ reading: PartReading) -> PartReading? {
        let number = #"[-−]?\d+(?:\.\d+)?"#
        guard let head = reading.problemStatement.firstMatch(#"\b([A-Za-z])\s*\(\s*([a-z](?:\s*,\s*[a-z])+)\s*\)\s*="#) else { return nil }
        let parameters = head[2].split(separator: ",").map { $0.trimmingCharacters(in: .whitespaces) }
        let bound = Set(MathScanner.bindings(in: reading.problemStatement.text).map(\.name))
        guard parameters.allSatisfy({ !bound.contains($0) }) else { return nil }
        let names = parameters.map { NSRegularExpression.escapedPattern(for: $0) }.joined(separator: #"\s*,\s*"#)
        let tuple = #"\(\s*"# + names + #"\s*\)\s*=\s*\(\s*("# + number + #"(?:\s*,\s*"# + number + #")*)\s*\)"#
        let listed = parameters.map { NSRegularExpression.escapedPattern(for: $0) + #"\s*=\s*("# + number + ")" }.joined(separator: #"\s*(?:,|,?\s*and)\s*"#)
        func point(in text: StatementText) -> (values: [String], phrase: String)? {
            if let match = text.firstMatch(#"\b(?:at|for)\s+"# + tuple) {
                let values = match[1].split(separator: ",").map { $0.trimmingCharacters(in: .whitespaces) }
                return values.count == parameters.count ? (values, match[0]) : nil
            }
            if let match = text.firstMatch(#"\b(?:at|for)\s+"# + listed) { return (Array(match[1...]), match[0]) }
            return nil
        }
        var text = reading.part.text
        let values: [String]
        if let own = point(in: reading.part) {
            values = own.values
            text = text.replacingOccurrences(of: own.phrase, with: "")
        } else if let same = reading.part.firstMatch(#"\b(?:at|for) (?:the same|that|this) point\b,?"#),
                  let earlier = reading.segments.reversed().lazy.filter({ $0.label != nil }).compactMap({ point(in: StatementText($0.text)) }).first {
            values = earlier.values
            text = text.replacingOccurrences(of: same[0], with: "")
        } else {
            return nil
        }
        let given = "Let " + zip(parameters, values).map { "\($0) = \($1)" }.joined(separator: ", ") + "."
        var lines = reading.context.text.components(separatedBy: "\n")
        guard let first = lines.indices.first else { return nil }
        lines[first] += " " + given
        var statement = PartStatement(id: reading.id, text: text, context: lines.joined(separator: "\n"))
        statement.conventions = reading.conventions.text
        return PartReading(statement)
    }

    static func equations(in text: String, values: Set<String> = []) -> Equations {
        let characters = Array(text)
        var heads: [Head] = []
        for (index, character) in characters.enumerated() where character == "=" {
            if index + 1 < characters.count, "=<>".contains(characters[index + 1]) { continue }
            if index > 0, "=<>!≤≥:".contains(characters[index - 1]) { continue }
            if let head = head(before: index, in: characters) { heads.append(head) }
        }
        let valueNames = values.union(MathScanner.bindings(in: text).map(\.name))
        let placeholders = Set(heads.filter { !$0.arguments.isEmpty && !$0.arguments.allSatisfy(valueNames.contains) }.map(\.name))
        let calls = Set(heads.filter { !$0.arguments.isEmpty && $0.arguments.allSatisfy(valueNames.contains) }.map(\.name))
        let names = valueNames.union(heads.map(\.name)).union(heads.compactMap { indexLetter(of: $0.name) }.filter { !valueNames.contains($0) })
            .subtracting(placeholders)
        var result = Equations()
        var duplicated: Set<String> = []
        // A head the scanner took for a value (`L = 1/2(ŷ − y)^2` read as L = 1/2) is a definition
        // when its formula reads names.
        for (offset, head) in heads.enumerated() where !placeholders.contains(head.name) {
            let end = offset + 1 < heads.count ? heads[offset + 1].start : characters.count
            guard head.equals + 1 < end else { continue }
            let right = String(characters[(head.equals + 1)..<end])
            // "f (x, y, z) = tanh (x + y) z": a function spaced from its bracket, then a factor
            // beside the bracket, as a PDF's text layer gives tanh((x + y)z) without its tall
            // brackets: the argument's extent is not known.
            if right.firstMatch(of: #/(?:^|[^A-Za-z])(?:tanh|sinh|cosh|sin|cos|tan|exp|log|ln|sigmoid|σ|ReLU|relu|softmax|sqrt|max|min|abs)\s+\([^()]*[-+−·*\/,][^()]*\)\s*[A-Za-z0-9(]/#) != nil {
                result.unread.insert(head.name)
                continue
            }
            var parser = FormulaParser(right, names: names, calls: calls)
            guard let (formula, stop) = parser.formula(), !formula.names.isEmpty || !formula.functions.isEmpty else {
                if !valueNames.contains(head.name) { result.unread.insert(head.name) }
                continue
            }
            // `l = 0.5 m`, `k = 20 N/m`: a value with its unit.
            if valueNames.contains(head.name), isQuantityWithUnit(formula) { continue }
            guard FormulaParser.endsCleanly(right, at: stop, names: names) else {
                result.unread.insert(head.name)
                continue
            }
            if result.definitions[head.name] != nil { duplicated.insert(head.name) }
            result.definitions[head.name] = formula
            result.spans.append(head.start..<(head.equals + 1 + stop))
        }
        for name in duplicated { result.definitions[name] = nil }
        result.unread.formUnion(placeholders)
        return result
    }

    /// The index of a definition over a step or position: `t` of `η_t`.
    static func indexLetter(of name: String) -> String? {
        guard let match = name.wholeMatch(of: #/.+_([a-zA-Z])/#) else { return nil }
        return String(match.output.1)
    }

    private static func isQuantityWithUnit(_ formula: Formula) -> Bool {
        func unit(_ f: Formula) -> Bool {
            switch f {
            case .name: true
            case .product(let a, let b), .quotient(let a, let b): unit(a) && unit(b)
            default: false
            }
        }
        switch formula {
        case .product(.number, let rest): return unit(rest)
        case .quotient(.product(.number, let a), let b): return unit(a) && unit(b)
        default: return false
        }
    }

    /// The equations of a text: the definitions read, the character spans they cover, and the
    /// names whose equations could not be read.
    struct Equations {
        var definitions: [String: Formula] = [:]
        var spans: [Range<Int>] = []
        var unread: Set<String> = []
        var isEmpty: Bool { definitions.isEmpty }
    }

    private struct Head {
        var name: String
        var start: Int
        var equals: Int
        var arguments: [String]
    }

    /// The identifier before an `=`, where it starts, and a call's arguments (`f(x, y) =`).
    private static func head(before equals: Int, in c: [Character]) -> Head? {
        var end = equals
        while end > 0, c[end - 1] == " " { end -= 1 }
        var arguments: [String] = []
        if end > 0, c[end - 1] == ")" {
            guard let open = c[..<end].lastIndex(of: "("), open > 0 else { return nil }
            let inside = String(c[(open + 1)..<(end - 1)])
            guard inside.allSatisfy({ $0.isLetter || $0.isNumber || ", _{}".contains($0) }) else { return nil }
            arguments = inside.split(separator: ",").map { String($0).trimmingSpaces.filter { $0 != "{" && $0 != "}" } }
            end = open
            // ("f (x, y, z) = …": a PDF's text layer spaces an italic function name from its bracket.)
            if end > 1, c[end - 1] == " ", c[end - 2].isLetter { end -= 1 }
        }
        var start = end
        while start > 0, c[start - 1].isLetter || c[start - 1].isNumber || "_{}^()".contains(c[start - 1]) { start -= 1 }
        while start < end, !c[start].isLetter { start += 1 }
        guard start < end else { return nil }
        // `1 − p = 0.2` or `a = b = c` chains: the `=` binds no name.
        var before = start
        while before > 0, c[before - 1] == " " { before -= 1 }
        if before > 0, "-+·×*/=<>≤≥∑∏−∇".contains(c[before - 1]) { return nil }
        let name = String(c[start..<end]).filter { $0 != "{" && $0 != "}" }
        guard name.count <= 12, !name.contains("("), !name.contains(")") || name.contains("^(") else { return nil }
        // "lr(t) = 3e-4 * t / 500": a learning rate written as a function of its step is the
        // rate indexed by it, lr_t.
        if arguments.count == 1, let letter = arguments.first, letter.count == 1, letter.first?.isLowercase == true,
           isRate(name + "_" + letter) {
            return Head(name: name + "_" + letter, start: start, equals: equals, arguments: [])
        }
        return Head(name: name, start: start, equals: equals, arguments: arguments)
    }

    /// The formulas a part writes: each at least an operator or a function over known names,
    /// not one name alone; the longest at each place.
    static func formulas(in text: String, names: Set<String>, outside spans: [Range<Int>]) -> [Formula] {
        let tokens = FormulaParser(text, names: names).tokens
        let characters = Array(text)
        var found: [Formula] = []
        var index = 0
        while index < tokens.count {
            let start = index == 0 ? 0 : tokens[index - 1].end
            if spans.contains(where: { $0.contains(start) || $0.contains(tokens[index].end - 1) }) { index += 1; continue }
            var sub = FormulaParser(tokens: tokens, from: index)
            // A formula stands on its own: not the tail of a longer one ("/ √dk", "w_t − ηβv_t"),
            // not an argument of a function it does not know ("det(A⁻¹)"), not cut short; one
            // naming a single quantity ("A⁻¹", "√d_k") only as the object of "Compute …".
            let before = characters[..<start].reversed().drop { $0 == " " }.first
            let opening = characters[start...].drop { $0 == " " }.first
            let lead = String(characters[..<start]).components(separatedBy: CharacterSet(charactersIn: ".?!;:")).last ?? ""
            // (After a name, a number or a closing parenthesis, it is the rest of a longer formula.)
            let previous: FormulaParser.Token? = index > 0 ? tokens[index - 1].token : nil
            let continues = switch previous {
            case .name?, .number?, .symbol(")")?: true
            default: false
            }
            if !continues, let (formula, end) = sub.formula(), !formula.names.isEmpty, isComposite(formula),
               formula.names.isSubset(of: names), !(before.map { "/*+-−^=·×⊙(√".contains($0) } ?? false),
               !(opening.map { "+-−*/".contains($0) } ?? false),
               !(opening == "(" && before.map { $0.isLetter || $0.isNumber } == true && characters[start - 1] != " "),
               formula.names.count >= 2 || StatementText(lead).firstMatch(#"\b(?:compute|find|give|evaluate|calculate|determine|what is)\s*$"#) != nil,
               FormulaParser.endsCleanly(text, at: end, names: names) {
                found.append(formula)
                while index < tokens.count, tokens[index].end <= end { index += 1 }
                continue
            }
            index += 1
        }
        return found
    }

    private static func isComposite(_ formula: Formula) -> Bool {
        switch formula {
        case .name, .number, .identity: false
        case .product(let a, let b): isComposite(a) || isComposite(b) || (a.names.count + b.names.count >= 2 && !isPlainName(a))
        default: true
        }
    }

    private static func isPlainName(_ formula: Formula) -> Bool {
        if case .name = formula { return true }
        return false
    }

    /// A number of the part that is not a value, a shape ("2x3"), an index of a name or a
    /// stated convention.
    private static func unexplainedNumber(in reading: PartReading, names: Set<String>, outside spans: [Range<Int>], restated: [String] = []) -> String? {
        var part = reading.part.text
        for phrase in restated { part = part.replacingOccurrences(of: phrase, with: String(repeating: " ", count: phrase.count)) }
        var characters = Array(part)
        for span in spans + reading.partBindings.map(\.literal.range) where span.upperBound <= characters.count {
            characters.replaceSubrange(span, with: Array(repeating: " ", count: span.count))
        }
        var text = StatementText(String(characters)).removing(#"relu\s*(?:'|′|’)\s*\(\s*0\s*\)\s*(?:=|:=|is|to be)\s*(?:0|1|0\.5|1/2)\b"#)
            .removing(#"\b\d+\s*(?:x|×|by)\s*\d+\b"#)
            // ("What is f?   [1]": a bare bracketed number closing the part is its marks.)
            .removing(#"[(\[]\s*\d+(?:\.\d+)?\s*(?:pts?|points?|marks?)\s*[)\]]|\[\s*\d+\s*\](?=\s*(?:-{3,}\s*)?$)|\b\d+\s*(?:decimal places|decimals|significant (?:figures|digits)|d\.p\.|s\.f\.)"#).removing(#"\^\{?\(?-?\d+\)?\}?"#).removing(#"_\{?\w+\}?"#).text
        for name in names.sorted(by: { $0.count > $1.count }) where name.contains(where: \.isNumber) {
            text = text.replacingOccurrences(of: name, with: " ")
        }
        text = text.replacingOccurrences(of: "1/2", with: " ").replacingOccurrences(of: "sqrt", with: " ")
        return text.firstMatch(of: #/(?:^|[^\w.])(-?\d+(?:\.\d+)?)/#).map { String($0.output.1) }
    }

    /// A literal as a tensor. `W_2 = [1 −2 1]` — one row written MATLAB-style, with spaces and
    /// no commas, under a capital name — is a 1 × n matrix (its columns [0; −1; 1] are written
    /// with semicolons); any other single bracketed row is a vector.
    private static func tensor(_ literal: MathLiteral, name: String) -> Tensor? {
        switch literal.value {
        case .number(let value): return .scalar(value)
        case .vector(let values): return .vector(values)
        case .matrix(let rows):
            if rows.count == 1, rows[0].count > 1, literal.text.hasPrefix("["), !literal.text.contains(","), !literal.text.contains(";"),
               name.first?.isUppercase == true {
                return try? Tensor.matrix(rows)
            }
            if rows.count == 1, literal.text.hasPrefix("["), !literal.text.hasPrefix("[[") { return .vector(rows[0]) }
            if rows.count > 1, rows.allSatisfy({ $0.count == 1 }) { return .vector(rows.map { $0[0] }) }
            return try? Tensor.matrix(rows)
        case .symbolic: return nil
        }
    }

    static func describe(_ formula: Formula) -> String {
        switch formula {
        case .number(let value): RealValue.format(value)
        case .name(let name): name
        case .identity: "I"
        case .sum(let a, let b): "(\(describe(a)) + \(describe(b)))"
        case .difference(let a, let b): "(\(describe(a)) − \(describe(b)))"
        case .negation(let a): "−\(describe(a))"
        case .product(let a, let b): "\(describe(a)) \(describe(b))"
        case .dot(let a, let b): "\(describe(a)) · \(describe(b))"
        case .star(let a, let b): "\(describe(a))*\(describe(b))"
        case .hadamard(let a, let b): "\(describe(a)) ⊙ \(describe(b))"
        case .quotient(let a, let b): "\(describe(a))/\(describe(b))"
        case .power(let a, let p): "\(describe(a))^\(RealValue.format(p))"
        case .transpose(let a): "\(describe(a))ᵀ"
        case .inverse(let a): "\(describe(a))⁻¹"
        case .function(let f, let a): "\(f.rawValue)(\(describe(a)))"
        case .row(let a, let index): "row \(index + 1) of \(describe(a))"
        case .extremum(let a, let b, let maximum): "\(maximum ? "max" : "min")(\(describe(a)), \(describe(b)))"
        }
    }
}
