import Foundation

/// What a part asks of its graph: gradients, attention's parts, a formula it writes, a defined
/// name as the object of its question, or the one equation it writes.
extension GraphReader {
    /// What a part asks of the graph: a formula's value, or the gradients of a scalar.
    struct Query {
        var formula: Formula
        var gradients: [String]?
        var description: String
        /// An index the part fixes: `t = 25` for "What is η_{25}?" under `η_t = …`.
        var index: (name: String, value: Double)?
        var names: Set<String> { Set(gradients ?? []) }
    }

    /// Why no query was found: nil when the part is not about the graph at all.
    struct NoQuery: Error { var reason: String? }

    static func query(_ reading: PartReading, names: Set<String>, definitions: [String: Formula], values: [String: Tensor], own: Equations,
                      attention: Bool) -> Result<Query, NoQuery> {
        let part = reading.part
        // Gradients: "dL/dW2", "∂L/∂x", "the gradient of L with respect to b1"; one stated as a
        // given ("∂L/∂y = (1, 0)") is not asked.
        let name = #"([A-Za-zα-ωΑ-Ωŷ](?:\w|\{\w+\})*(?:\^\{?\(\w+\)\}?)?)"#
        var gradients: [(String, String)] = []
        // (Also "(∂f)/(∂x)", as a PDF's text layer or a converter writes a fraction.)
        for match in part.matches(#"\(?(?:∂|\bd)\s*"# + name + #"\)?\s*/\s*\(?(?:∂|d)\s*"# + name + #"\)?(\s*=\s*[\[(\d-])?"#) where match[3].isEmpty {
            var (of, wrt) = (match[1].filter { $0 != "{" && $0 != "}" }, match[2].filter { $0 != "{" && $0 != "}" })
            // ("Compute ∂L/∂W2." under code that defines `loss = …`: L is the one loss defined.)
            // (Not when the prose says what L is: "The training objective L is the loss plus …".)
            if !names.contains(of), ["L", "ℓ", "J"].contains(of),
               case let losses = definitions.keys.filter({ ["loss", "Loss", "cost"].contains($0) }), losses.count == 1,
               [reading.part, reading.context].allSatisfy({ $0.firstMatch(#"(?:^|[^∂\w])"# + of + #"\s*(?:=|:=|is\b|denotes\b|equals\b)|\b(?:objective|loss|cost|function)\s+\$?"# + of + #"(?![\w])|\bpenalt\w*|\bregulari[sz]\w*"#) == nil }) { of = losses[0] }
            guard names.contains(of), names.contains(wrt) else { return .failure(NoQuery(reason: names.contains(of) ? "\(wrt) is not in the graph" : nil)) }
            gradients.append((of, wrt))
        }
        // "(i) ∂f ∂x ,": a fraction a PDF's text layer flattened to its numerator and denominator
        // side by side (in either order); the function the graph defines is the numerator, an input
        // it is given at the denominator. Only where the part writes no fraction with a slash.
        if gradients.isEmpty, part.firstMatch(#"∂[^/]*/\s*∂"#) == nil {
            for match in part.matches(#"(?:^|[^\w/])∂\s*"# + name + #"\s+∂\s*"# + name + #"(?![\w/])"#) {
                let (first, second) = (match[1], match[2])
                switch (definitions[first] != nil && values[second] != nil, definitions[second] != nil && values[first] != nil) {
                case (true, false): gradients.append((first, second))
                case (false, true): gradients.append((second, first))
                default: return .failure(NoQuery(reason: "'\(match[0].trimmingCharacters(in: .whitespaces))': which of the two is the numerator is not known"))
                }
            }
        }
        for match in part.matches(#"\b(?:gradient|derivative) of (?:the loss )?"# + name + #" with respect to "# + name) {
            guard names.contains(match[1]), names.contains(match[2]) else { continue }
            gradients.append((match[1], match[2]))
        }
        // ("Compute ∂L/∂γ and ∂L/∂β, as the pair (∂L/∂γ, ∂L/∂β)": a gradient named twice is asked once.)
        gradients = gradients.enumerated().filter { index, pair in !gradients[..<index].contains { $0 == pair } }.map(\.element)
        if !gradients.isEmpty {
            let targets = Set(gradients.map(\.0))
            guard targets.count == 1, let target = targets.first else { return .failure(NoQuery(reason: "gradients of several quantities")) }
            // "the value of f, df/dx and df/dz": the value is asked too, and no list of gradients answers it.
            let escaped = NSRegularExpression.escapedPattern(for: target)
            if part.firstMatch(#"\b(?:value|output) of (?:the )?(?:function |loss |graph )?"# + escaped + #"(?![\w/])|\b(?:compute|find|evaluate|give|report)\s+"# + escaped + #"\s*(?:,|and\b)"#) != nil {
                return .failure(NoQuery(reason: "the value of \(target) is asked too"))
            }
            let list = gradients.map { "∂\($0.0)/∂\($0.1)" }.joined(separator: ", ")
            return .success(Query(formula: .name(target), gradients: gradients.map(\.1), description: list))
        }
        // "What is the derivative of ReLU(u) = max(0, u) at u = 0?": a derivative this does not
        // read as ∂f/∂x of the graph is not the value of the formula it names.
        let questions = StatementText(part.sentences.filter { $0.hasSuffix("?") || StatementText($0).firstMatch(#"^(?:compute|calculate|find|give|determine|evaluate|report)\b"#) != nil }.joined(separator: " "))
        if let asked = questions.firstMatch(#"\b(?:derivative|slope)\b|\bdifferentiat\w+"#) {
            return .failure(NoQuery(reason: "'\(asked[0])' is asked, and not as ∂f/∂x of a name in the graph"))
        }
        // ("… use it to find:" then "a) the value of f,": the statement's lead-in asks.)
        guard part.firstMatch(#"\b(?:compute|calculate|find|evaluate|what is|what are|give|determine|report|write (?:out|down))\b"#) != nil
            || reading.problemStatement.firstMatch(#"\b(?:compute|calculate|find|evaluate|give|determine|report)(?: the following)?:\s*$"#) != nil else {
            return .failure(NoQuery(reason: nil))
        }
        let written = formulas(in: part.text, names: names, outside: own.spans)
        // Attention: the weights are the softmax of the one definition applying it, the scores its argument.
        let withSoftmax = definitions.filter { $0.value.functions.contains(.softmax) }
        if attention, withSoftmax.count == 1, let (defined, formula) = withSoftmax.first,
           let softmax = formula.first(.softmax), case .function(_, let scores) = softmax {
            if part.firstMatch(#"\battention (?:weights?|matrix|probabilities|distribution)\b|\bweight matrix\b|\bsoftmax(?:ed)? (?:weights|scores)\b"#) != nil {
                return .success(Query(formula: softmax, gradients: nil, description: "the softmax in \(defined)"))
            }
            if written.isEmpty, part.firstMatch(#"\bscores?\b|\blogits\b"#) != nil {
                if case .quotient = scores, part.firstMatch(#"\bscaled\b"#) == nil { return .failure(NoQuery(reason: "scores: scaled or not is not stated")) }
                return .success(Query(formula: scores, gradients: nil, description: "the softmax's argument in \(defined)"))
            }
            if written.isEmpty, part.firstMatch(#"\boutputs?\b|\bcontext vectors?\b|\battention\("#) != nil {
                // "A = softmax(QKᵀ/√d_k)" names the weights: the output is A V.
                guard formula == softmax else { return .success(Query(formula: .name(defined), gradients: nil, description: defined)) }
                guard names.contains("V") else { return .failure(NoQuery(reason: "the output: \(defined) is the weights, and no V is given")) }
                return .success(Query(formula: .product(.name(defined), .name("V")), gradients: nil, description: "\(defined) V"))
            }
        }
        // "What is η_{25}?" under `η_t = …`: the definition at that index.
        for (name, _) in definitions.sorted(by: { $0.key < $1.key }) {
            guard let letter = indexLetter(of: name), !values.keys.contains(letter) else { continue }
            let base = String(name.dropLast(letter.count + 1))
            // ("Compute lr(25)." under `lr(t) = …`: the step in brackets.)
            // (One such value asked, alone: "lr(250) − lr(500)", "lr(25) as a percentage of lr(0)",
            // "the average of lr(250) and lr(750)" ask for something else.)
            // ("η_0" of "from η_0 down to 0" is a given value, not η_t at t = 0.)
            let asked = part.text.matches(of: #/([^\s(=]+)(?:_\{?(\d+)\}?|\((\d+)\))/#).filter { match in
                let step = String(match.output.2 ?? match.output.3 ?? "")
                return String(match.output.1) == base && values[base + "_" + step] == nil && values[base + "_{" + step + "}"] == nil
            }
            if asked.count > 1 || !asked.isEmpty && part.firstMatch(#"\bpercent\w*|\bratio\b|\baverage\b|\bmean\b|\bdifference\b|\bsum\b|\btimes\b|\bfraction\b"#) != nil {
                return .failure(NoQuery(reason: "the part asks a quantity made of \(base)'s values, not one of them"))
            }
            for match in asked {
                let step = String(match.output.2 ?? match.output.3 ?? "")
                // ("η_0" of "from η_0 down to 0" is a given value, not η_t at t = 0.)
                guard let value = Double(step) else { continue }
                var query = Query(formula: .name(name), gradients: nil, description: "\(name) at \(letter) = \(step)")
                query.index = (letter, value)
                return .success(query)
            }
        }
        if let rate = rateQuery(part, definitions: definitions, values: values) { return .success(rate) }
        // A formula written in the part itself, outside its own equations.
        if written.count > 1 { return .failure(NoQuery(reason: "the part writes \(written.count) formulas")) }
        if let formula = written.first { return .success(Query(formula: formula, gradients: nil, description: describe(formula))) }
        // One defined name, as the object of the question ("Compute the prediction ŷ.").
        // (Every name asked is named; two named means two asks, or one used to get another.)
        let asked = Set(definitions.keys.filter { asksFor($0, in: part.text, outside: own.spans) })
        let named = definitions.keys.filter { name in occurrences(of: name, in: part.text).contains { range in !own.spans.contains { $0.overlaps(range) } } }
        if named.count > 1 { return .failure(NoQuery(reason: "the part names \(named.count) defined quantities")) }
        if asked.count == 1, let target = asked.first {
            // "What is the variance of the three entries of h?": a quantity of h, not h.
            let escaped = NSRegularExpression.escapedPattern(for: target)
            if let of = part.firstMatch(#"\b(?:variance|mean|average|sum|norm|maximum|minimum|max|min|standard deviation|median|product|length|magnitude|entropy|argmax|argmin|number|count)\s+of\s+(?:[^.?;,=]{0,40}?\s)?"# + escaped + #"(?![\w(])"#) {
                return .failure(NoQuery(reason: "'\(of[0]) …' asks for a quantity of \(target), not \(target)"))
            }
            return .success(Query(formula: .name(target), gradients: nil, description: target))
        }
        // "Compute the least-squares solution ŵ = (XᵀX)⁻¹Xᵀy": the one equation it writes.
        if own.definitions.count == 1, let target = own.definitions.keys.first, let span = own.spans.first,
           StatementText(String(Array(part.text).prefix(span.lowerBound).reversed().prefix(while: { !".?!;".contains($0) }).reversed()))
               .firstMatch(#"\b(?:compute|calculate|find|evaluate|what is|give|determine)\b"#) != nil,
           !String(Array(part.text).dropFirst(span.upperBound).prefix(while: { !".?!;".contains($0) })).split(separator: " ").contains("and") {
            return .success(Query(formula: .name(target), gradients: nil, description: target))
        }
        return .failure(NoQuery(reason: nil))
    }

    /// Whether the text names `name` as a word of its own; `a` followed by a word is the article.
    static func mentions(_ name: String, in text: String) -> Bool {
        !occurrences(of: name, in: text).isEmpty
    }

    /// Whether `name` stands as the object of the question, outside the part's own equations:
    /// at the end of a sentence or clause, or before a parenthesis ("Compute dL/dW2 (a 1x3
    /// matrix)" aside), and not as an argument or operand ("σ(z)", "φ(n)", "2z").
    static func asksFor(_ name: String, in text: String, outside spans: [Range<Int>]) -> Bool {
        let c = Array(text)
        return occurrences(of: name, in: text).contains { range in
            guard !spans.contains(where: { $0.overlaps(range) }) else { return false }
            var after = c[range.upperBound...].drop { $0 == " " }
            // "What is the value of f in the forward pass?": a phrase of words after the name.
            let phrase = String(after.prefix { !".?!,;:".contains($0) })
            if phrase.range(of: #"^(?:in|at|during) (?:the |this )?(?:forward pass|given (?:point|values|inputs)|point given)$"#, options: .regularExpression) != nil {
                after = after.dropFirst(phrase.count)
            }
            guard after.first.map({ ".?!,;:(".contains($0) }) ?? true else { return false }
            if after.first == "(", after.dropFirst().first.map({ !$0.isLetter || $0.isUppercase }) == true { return false }
            let before = c[..<range.lowerBound].reversed().drop { $0 == " " }
            return before.first.map { $0.isLetter } ?? true
        }
    }

    static func occurrences(of name: String, in text: String) -> [Range<Int>] {
        let c = Array(text), n = Array(name)
        guard !n.isEmpty, n.count <= c.count else { return [] }
        func isWord(_ ch: Character) -> Bool { ch.isLetter || ch.isNumber || ch == "_" }
        var found: [Range<Int>] = []
        for start in 0...(c.count - n.count) where c[start..<(start + n.count)].elementsEqual(n) {
            let end = start + n.count
            if start > 0, isWord(c[start - 1]) { continue }
            if end < c.count, isWord(c[end]) { continue }
            if name == "a" || name == "A" || name == "I" {
                let rest = String(c[end...]).trimmingCharacters(in: .whitespaces)
                let word = rest.prefix { $0.isLetter }.lowercased()
                if !word.isEmpty, !["and", "or", "is", "are", "then"].contains(word) { continue }
            }
            found.append(start..<end)
        }
        return found
    }
}
