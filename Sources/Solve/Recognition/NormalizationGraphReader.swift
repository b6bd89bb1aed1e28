import Foundation

/// Normalization beyond a batch's statistics: gradients from an upstream gradient
/// ("∂L/∂y = (1, 0, 0, 0). Compute ∂L/∂x", "(∂L/∂γ, ∂L/∂β)"), a batch of a single example, the
/// unbiased variance ("Repeat (a), but with the unbiased variance"), and layer normalization
/// of one feature vector.
///
/// The layer is written as a graph, μ = mean(x), v = mean((x − μ)²) (or Σ(x − μ)²/(n − 1)),
/// x̂ = (x − μ)/√(v + ε), y = γx̂ + β, and gradients come from L = Σ g ⊙ y with the upstream
/// gradient g. A batch of one has x̂ = 0 and ∂L/∂x = 0; with ε = 0 it divides by zero and is
/// refused.
enum NormalizationGraphReader {
    // ("(∂L)/(∂γ)": a fraction as a LaTeX source flattens it.)
    // (… and "∂L ∂γ": one pasted from a PDF, its fraction bar lost between the two lines.)
    /// (A letter subscript, "∂L/∂x_i for i = 1, …, 4", asks every entry: group 3.)
    private static let gradientPattern = #"(?:\(?\s*(?:∂|\bd)\s*L\s*\)?\s*/\s*\(?\s*(?:∂|d)|∂\s*L\s+∂)\s*(x̂|x|γ|β|gamma|beta)(?:_\{?(\d+)\}?|_\{?(i)\}?)?\b\s*\)?(?!\s*=)"#
    private static let upstreamPattern = #"(?:\(?\s*(?:∂|\bd)\s*L\s*\)?\s*/\s*\(?\s*(?:∂|d)|∂\s*L\s+∂)\s*y\s*\)?\s*=\s*"#
    private static let layerNorm = #"\blayer[- ]?norm"#
    private static let singlePattern = #"\bsingle[- ](?:example|sample|input|data point)\b|\bbatch (?:of|with) (?:one|a single|1)\b|\bbatch size (?:of )?1\b"#

    /// γ or β: the part's, else the context's latest. An earlier part's setting belongs to its
    /// own layer: a layer norm takes only those of its problem's statement, of an earlier part
    /// about layer norm or of the set's conventions ("γ = 1, β = 0 unless a part states
    /// otherwise"), never the γ = 3 of "a batch-norm layer … with γ = 3".
    private static func affine(_ names: [String], _ reading: PartReading, layer: Bool) -> (value: Double, phrase: String)? {
        guard layer else { return reading.scalar(names).map { ($0.value, $0.phrase) } }
        let earlier = reading.segments.filter { $0.label != nil && StatementText($0.text).firstMatch(layerNorm) != nil }.map { StatementText($0.text) }
        // (A statement about a batch-norm layer sets that layer's γ and β.)
        let statement = reading.problemStatement
        let statementOfAnother = statement.firstMatch(#"\bbatch[- ]?norm"#) != nil && statement.firstMatch(layerNorm) == nil
        for text in [reading.part] + (statementOfAnother ? [] : [statement]) + earlier.reversed() + [reading.conventions] {
            if let binding = MathScanner.bindings(in: text.text).last(where: { names.contains($0.name) && $0.literal.number != nil }), let value = binding.literal.number {
                return (value, "\(binding.name) = \(ConvolutionReader.display(binding.literal.text))")
            }
        }
        return nil
    }

    static func read(_ reading: PartReading) -> Attempt {
        // "∂L/∂x_{:,1}" (a column in NumPy's slice notation): the gradient of feature 1, which the
        // subscript names unambiguously.
        let sliced = Set(reading.part.text.matches(of: slice).map { String($0.output.1) })
        // (NumPy counts columns from 0: a slice under that convention is not the k-th feature.)
        if !sliced.isEmpty, [reading.part, reading.problemStatement, reading.conventions].contains(where: { $0.firstMatch(#"\b(?:0|zero)[- ](?:indexed|based)\b|\bnumpy\b|\bpython\b|\bindex(?:ed|ing)? from 0\b"#) != nil }) {
            return .failed("normalization: a column slice counted from 0 or 1 alike")
        }
        let part = StatementText(reading.part.text.replacing(slice) { "_{\($0.output.1)}" })
        // ("Layer normalization … is applied to h = (1, 2, 3, 6)." then "(a) the normalized last
        // entry": the statement's layer, when it speaks of no batch norm and the part of neither.)
        let batchNorm = #"\bbatch[- ]?norm"#
        // (Not a part that asks of another normalization or of a statistic of the output: "RMSNorm
        // instead divides h by …", "What is the mean of the output?".)
        let layerOfStatement = part.firstMatch(layerNorm) == nil && part.firstMatch(batchNorm) == nil
            && reading.problemStatement.firstMatch(layerNorm) != nil && reading.problemStatement.firstMatch(batchNorm) == nil
            && part.firstMatch(#"\bRMS\w*|\binstance\b|\bgroup[- ]?norm|\bweight[- ]?norm|\b(?:mean|average|variance|standard deviation|sum|norm|std|maximum|minimum)\s+of\b"#) == nil
        let layer = part.firstMatch(layerNorm) != nil || layerOfStatement
        let batch = !layer && (part.has("batch norm", "batch-norm", "batchnorm") || reading.context.has("batch norm", "batch-norm", "batchnorm"))
        guard layer || batch else { return .notApplicable }
        var gradients = part.matches(gradientPattern).map { canonical($0[1]) }
        // "∂L/∂x_1", "∂L/∂γ_1" of the batch-norm of feature x_1 in a table of examples: the
        // feature's gradients. A subscript otherwise may name one example, and is not read.
        var column = batch ? FeatureColumn(reading) : nil
        // ("∂L/∂x_i" alone may ask for the general expression: every entry only "for i = 1, …, 4".)
        if part.matches(gradientPattern).contains(where: { !$0[3].isEmpty }),
           part.firstMatch(#"\bfor\s+\$?i\s*=\s*1\s*,\s*(?:…|\\l?dots|\.\.\.)\s*,?\s*(?:\d+|[nN])\b|\bfor (?:each|every|all) \$?i\b"#) == nil {
            return .failed("normalization: '∂L/∂x_i' without the entries it runs over")
        }
        let subscripted = part.matches(gradientPattern).filter { !$0[2].isEmpty }
        let subscripts = Set(subscripted.map { $0[2] })
        // "∂L/∂β_1", "∂L/∂γ_2": a per-feature parameter's index is its feature.
        if batch, column == nil, subscripts.count == 1, let k = subscripts.first.flatMap({ Int($0) }),
           subscripted.allSatisfy({ ["γ", "β"].contains(canonical($0[1])) }) {
            column = FeatureColumn.feature(k, of: reading)
        }
        // The part whose setting this one takes: "In the setting of (f)", "Same setting as (e): …".
        // (Not "Same setting as (a), but now the batch holds two examples, x = (2, 4)": a batch of its own.)
        let ownBatch = MathScanner.bindings(in: part.text).contains { $0.name == "x" && ($0.literal.flat?.count ?? 0) >= 2 }
            || part.firstMatch(#"\bbatch (?:now )?(?:holds|contains|is|has)\b"#) != nil
        let setting = reading.referencedPart?.text ?? (ownBatch ? nil : reading.repeatedPart?.text)
        // ("In the setting of (f)", a batch of a single example: ∂L/∂x_1 is that example's.)
        let ofSingle = [part, reading.parentPart, setting].contains { $0?.firstMatch(singlePattern) != nil }
        if !subscripts.isEmpty, !(ofSingle && subscripts == ["1"]) {
            // (A table column's name carries the index; a matrix's column is named by γ_k or β_k only.)
            let parametersOnly = subscripted.allSatisfy { ["γ", "β"].contains(canonical($0[1])) }
            guard subscripts.count == 1, let k = subscripts.first, let column, String(column.index) == k,
                  column.name.map({ $0.filter(\.isNumber) == k }) ?? (parametersOnly || sliced == [k]) else {
                return .failed("normalization: a subscripted gradient (\(subscripts.sorted().joined(separator: ", "))) may name one example; not read")
            }
        }
        // "∂L ∂L / ∂γ , ∂β": a pasted row of fractions puts the numerators on one line and the
        // denominators on the next; more numerators than gradients read pairs them in order.
        let asked = part.removing(upstreamPattern)
        var numerators = asked.matches(#"∂\s*L\b"#).count
        // ("(i) Compute ∂L ∂x (all four entries). ∂L" then "(ii) Compute the pair ∂L , ∂γ ∂β": the
        // next part's first numerator lands at the end of this one, and that part has it no more.)
        let stray = #"∂\s*L\s*$"#
        if numerators > 1, asked.firstMatch(stray) != nil { numerators -= 1 }
        if let previous = reading.segments.last(where: { $0.label != nil }), StatementText(previous.text).firstMatch(stray) != nil, numerators >= 1 {
            numerators += 1
        }
        if numerators > gradients.count {
            let denominators = asked.matches(#"∂\s*(x̂|x|γ|β|gamma|beta)\b(?!\s*=)"#).map { canonical($0[1]) }
            // (A lone "∂L" with no denominator is a stray from the next part's fraction.)
            if denominators.count == numerators {
                gradients = denominators
            } else if !denominators.isEmpty {
                return .failed("normalization: \(numerators) gradients named, \(denominators.count) read")
            }
        }
        // ("Compute ∂L/∂γ and ∂L/∂β, as the pair (∂L/∂γ, ∂L/∂β)": a gradient named twice is asked once.)
        gradients = gradients.enumerated().filter { index, name in !gradients[..<index].contains(name) }.map(\.element)
        // A sub-part's setting is its parent part's ("(e) … a batch containing a single example,
        // x = 5 … (i) What is the output y?").
        let parent = reading.parentPart
        // (… or the part it names: "In the setting of (e), the upstream gradient is …".)
        let single = part.firstMatch(singlePattern) != nil || parent?.firstMatch(singlePattern) != nil
            || setting?.firstMatch(singlePattern) != nil
        // "For that single example": a batch of one stated in an earlier part.
        let ofOne = single || part.firstMatch(#"\bthat (?:single )?example\b"#) != nil
        let unbiased = part.firstMatch(#"\bunbiased\b|\bsample variance\b|\bbessel|\bdivid\w* by n\s*-\s*1\b"#) != nil
        guard !gradients.isEmpty || single || unbiased || layer else { return .notApplicable }
        // "the derivative of the output with respect to the input value" of a batch of one: dy/dx,
        // that is ∂L/∂x for L = y. Any other derivative not written as ∂L/∂· is not read.
        var outputDerivative = false
        // (A stray "∂L" ending the part is the next part's numerator.)
        if gradients.isEmpty, let asked = part.removing(stray).firstMatch(#"\b(?:derivative|gradient|partial)\b|∂"#) {
            guard ofOne, part.firstMatch(#"\b(?:derivative|gradient)\s+of\s+(?:the\s+)?(?:layer'?s\s+)?output\s+(?:y\s+)?with respect to\s+(?:the\s+|its\s+)?input\b"#) != nil else {
                return .failed("normalization: '\(asked[0])' asked, and no gradient ∂L/∂· is read")
            }
            gradients = ["x"]
            outputDerivative = true
        }

        var finding = Finding(.normalization)
        // What is asked, from the part or the part it repeats.
        let question = reading.repeatedPart?.text ?? part
        if let repeated = reading.repeatedPart { finding.read("repeats", "part (\(repeated.label))") }
        enum Quantity { case normalized, output, gradients([String]) }
        let quantity: Quantity
        if !gradients.isEmpty {
            quantity = .gradients(gradients)
        } else if question.firstMatch(#"\boutputs?\b|\by_\{?i\}?\b|\bwhat is y\b"#) != nil
                    // "Apply layer norm (γ = 1, β = 0, …) to the feature vector h": the layer's output.
                    || question.firstMatch(#"\bapply(?:ing)?\s+(?:a\s+|the\s+)?(?:layer|batch)[- ]?norm\w*\b[^.?]*\bto\b"#) != nil {
            quantity = .output
        } else if question.firstMatch(#"\bnormali[sz]ed\b|x̂"#) != nil {
            quantity = .normalized
        } else {
            return .notApplicable
        }

        // The numbers normalized.
        let values: [Double]
        var perFeature = false
        if layer {
            // (A module's arguments are no data: `nn.LayerNorm([4, 2])` normalizes over a shape.)
            let data = FrameworkCall.calls(in: part.text).reduce(part.text) { $0.replacingOccurrences(of: $1.text, with: "the module") }
            if let vector = MathScanner.arrays(in: data).compactMap(\.flat).first {
                values = vector
            } else if let table = ExampleTable(reading.problemStatement), let row = table.namedRow(in: part) {
                // "Layer normalization … is applied to example 3 alone": that row of the table.
                values = table.rows[row.index]
                finding.note(row.phrase)
            } else if let named = part.firstMatch(#"\b(?:to|of|on)\s+(?:the\s+)?(?:(?:feature|hidden|activation)\s+vector\s+)?\$?([A-Za-z])\$?(?=\s*(?:[.,;?]|with\b|and\b|using\b|$))"#),
                      let bound = reading.array(named: named[1]), let vector = bound.binding.literal.flat, vector.count >= 2 {
                // "Let h = (1, 3, −2, 2) be the hidden vector …" then "Apply layer normalization to h".
                values = vector
                finding.read("features", "\(named[1]) = \(bound.binding.literal.text)", from: named[0])
            } else if MathScanner.arrays(in: data).isEmpty,
                      let applied = reading.problemStatement.firstMatch(#"\b(?:appl(?:y|ied|ies)\s+to|normali[sz]es)\s+(?:the\s+|a\s+)?(?:(?:feature|hidden|activation|input)\s+vector\s+)?\$?([A-Za-z])\$?\s*="#),
                      let bound = reading.array(named: applied[1]), let vector = bound.binding.literal.flat, vector.count >= 2 {
                // "Layer normalization … is applied to the hidden vector h = (1, 2, 3, 6)." then
                // "(a) Which value is the normalized last entry?": the statement's one vector.
                values = vector
                finding.read("features", "\(applied[1]) = \(bound.binding.literal.text)", from: applied[0])
            } else if let example = FeatureColumn.example(reading) {
                // "Apply layer normalization to the first example (first row)" of a batch stored row-wise.
                values = example.values
                finding.note(example.phrase)
            } else {
                // (A part that names no layer norm is another reader's when the statement's is not read.)
                if layerOfStatement { return .notApplicable }
                return .failed("layer norm: no feature vector in the part")
            }
            finding.read("features", values.map(NormalizationReader.format).joined(separator: ", "))
        } else if ofOne, let vector = ([part] + (parent.map { [$0] } ?? []) + (setting.map { [$0] } ?? [])).lazy.compactMap({ MathScanner.bindings(in: $0.text).last { $0.name == "x" && ($0.literal.flat?.count ?? 0) >= 2 } }).first?.literal.flat {
            // "A batch containing a single example, x = (4, 1, 7)": each feature is a batch of one.
            values = vector
            perFeature = true
            finding.read("batch", "a single example x = (" + vector.map(NormalizationReader.format).joined(separator: ", ") + "), each feature a batch of one")
        } else if ofOne {
            // ("For the single-example batch of (e)": the part it names.)
            let sources = [part] + (parent.map { [$0] } ?? []) + (setting.map { [$0] } ?? [])
                + (part.firstMatch(#"\bthat\b|\bsame\b"#) != nil ? singleExampleParts(reading) : [])
            // ("a single example, x_1 = 3": the one example by its index; "x = (4)", "x = [5]": a vector of one.)
            if let x = sources.lazy.compactMap({ MathScanner.bindings(in: $0.text).last { ["x", "x_1"].contains($0.name) && $0.literal.number != nil } }).first,
               let value = x.literal.number {
                values = [value]
                finding.read("batch", "a single example x = \(NormalizationReader.format(value))")
            } else if let bracketed = sources.lazy.compactMap({ $0.firstMatch(#"\bx(?:_1)?\s*=\s*[(\[]\s*([-−]?\d+(?:\.\d+)?)\s*[)\]]"#) }).first,
                      let value = Double(bracketed[1].replacingOccurrences(of: "−", with: "-")) {
                values = [value]
                finding.read("batch", "a single example x = \(NormalizationReader.format(value))", from: bracketed[0])
            } else if let worded = sources.lazy.compactMap({ $0.firstMatch(#"\b(?:whose|with|of|has)\s+(?:an?\s+|the\s+)?(?:\(?only\)?\s+)?(?:feature\s+|input\s+)?value\s+(?:is\s+|of\s+|=\s*)?([-−]?\d+(?:\.\d+)?)\b"#) }).first,
                      let value = Double(worded[1].replacingOccurrences(of: "−", with: "-")) {
                // "a single example whose (only) feature value is 3.7".
                values = [value]
                finding.read("batch", "a single example x = \(NormalizationReader.format(value))", from: worded[0])
            } else if let any = part.firstMatch(#"\bwhatever (?:the|its) value\b|\bregardless of (?:the|its) value\b|\bfor any value\b"#) {
                // "Whatever the value of that example, what is the output?": x − μ = 0 for every value.
                values = [0]
                finding.read("batch", "a single example of any value", from: any[0])
            } else {
                return .failed("batch of one: the example's value is not stated")
            }
        } else if let column {
            values = column.values
            finding.read("batch", "(" + column.values.map(NormalizationReader.format).joined(separator: ", ") + ")", from: column.phrase)
        } else {
            var trimmed = PartStatement(id: reading.id, text: part.removing(upstreamPattern + #"[\[(][^)\]]*[)\]]"#).text, context: reading.context.text)
            trimmed.conventions = reading.conventions.text
            guard let (batchValues, phrase, _) = NormalizationReader.values(PartReading(trimmed)) else { return .failed("batch norm: no batch of numbers") }
            values = batchValues
            finding.read("batch", "(" + batchValues.map(NormalizationReader.format).joined(separator: ", ") + ")", from: phrase)
        }

        // ("for i = 1, …, 3" of four inputs asks only some entries.)
        if let last = part.firstMatch(#"\bfor\s+\$?i\s*=\s*1\s*,\s*(?:…|\\l?dots|\.\.\.)\s*,?\s*(\d+)\b"#), Int(last[1]) != values.count {
            return .failed("normalization: '\(last[0])' runs over \(last[1]) of \(values.count) entries")
        }
        // γ, β, ε: the part's, else the statement's (the single example's part for ε).
        // ("Layer normalization (no learnable affine parameters, ε = 0) is applied to h": the
        // statement's, unless the part gives γ or β.)
        let affinePattern = NormalizationReader.withoutAffine
        for text in [part, reading.problemStatement] where text.firstMatch(affinePattern) != nil {
            if let fixed = text.firstMatch(NormalizationReader.fixedAffine) { return .failed("normalization: '\(fixed[0])' sets a scale or shift after all") }
        }
        let affineless = part.firstMatch(affinePattern) != nil
            || reading.problemStatement.firstMatch(affinePattern) != nil && !MathScanner.bindings(in: part.text).contains { ["γ", "gamma", "β", "beta"].contains($0.name) }
        var gamma = Tensor.scalar(1), beta = Tensor.scalar(0)
        if !affineless {
            if perFeature {
                // γ and β per feature, as vectors of the example's length (or one value for all).
                let width = values.count
                func perFeatureValue(_ names: [String]) -> (Tensor, String)? {
                    let sources = [part] + (parent.map { [$0] } ?? []) + [reading.problemStatement]
                    guard let binding = sources.lazy.compactMap({ MathScanner.bindings(in: $0.text).last { names.contains($0.name) } }).first else { return nil }
                    if let number = binding.literal.number { return (.scalar(number), "\(binding.name) = \(ConvolutionReader.display(binding.literal.text))") }
                    guard let flat = binding.literal.flat, flat.count == width else { return nil }
                    return (.vector(flat), "\(binding.name) = \(ConvolutionReader.display(binding.literal.text))")
                }
                guard let (g, gPhrase) = perFeatureValue(["γ", "gamma"]), let (b, bPhrase) = perFeatureValue(["β", "beta"]) else {
                    return .failed("normalization: γ or β not stated for each feature")
                }
                (gamma, beta) = (g, b)
                finding.read("gamma", gPhrase)
                finding.read("beta", bPhrase)
            } else if let column, let g = column.parameter(["γ", "gamma"], in: reading), let b = column.parameter(["β", "beta"], in: reading) {
                (gamma, beta) = (.scalar(g.value), .scalar(b.value))
                finding.read("gamma", NormalizationReader.format(g.value), from: g.phrase)
                finding.read("beta", NormalizationReader.format(b.value), from: b.phrase)
            } else if let g = affine(["γ", "gamma"], reading, layer: layer) ?? NormalizationReader.affine(named: "weight", in: part),
                      let b = affine(["β", "beta"], reading, layer: layer) ?? NormalizationReader.affine(named: "bias", in: part) {
                (gamma, beta) = (.scalar(g.value), .scalar(b.value))
                finding.read("gamma", NormalizationReader.format(g.value), from: g.phrase)
                finding.read("beta", NormalizationReader.format(b.value), from: b.phrase)
            } else if case .normalized = quantity {
                // x̂ needs neither.
            } else {
                return .failed("normalization: γ or β not stated")
            }
        }
        let epsilonSources = [part] + (parent.map { [$0] } ?? []) + (layer || !ofOne ? [] : singleExampleParts(reading)) + [reading.problemStatement]
        let epsilon: Double
        if let stated = epsilonSources.lazy.compactMap(epsilon(in:)).first {
            if let refusal = NormalizationReader.epsilonRefusal(stated, "ε = \(NormalizationReader.format(stated))") { return .failed("normalization: \(refusal)") }
            epsilon = stated
        } else if !ofOne, NormalizationReader.epsilonNegligible(values) {
            epsilon = 0
            finding.assume(0.9, "ε not stated: 0 assumed")
        } else {
            return .failed("normalization: ε is not stated")
        }
        finding.read("epsilon", NormalizationReader.format(epsilon))
        if unbiased { finding.read("variance", "unbiased (n − 1)") }

        var graphValues: [String: Tensor] = ["x": .vector(values), "γ": gamma, "β": beta, "ε": .scalar(epsilon)]
        let centred = Formula.difference(.name("x"), .function(.mean, .name("x")))
        let squares = Formula.function(.sum, .hadamard(centred, centred))
        let variance: Formula = unbiased ? .quotient(squares, .number(Double(values.count - 1))) : .quotient(squares, .number(Double(values.count)))
        var definitions: [String: Formula] = [
            "x̂": .quotient(centred, .function(.sqrt, .sum(variance, .name("ε")))),
            "y": .sum(.product(.name("γ"), .name("x̂")), .name("β")),
        ]
        if unbiased, values.count < 2 || perFeature { return .failed("unbiased variance of a single example") }
        if perFeature {
            // Each feature's batch is its one value: the mean is x itself and the variance 0, so
            // x̂ = (x − x)/√ε entrywise and y = γ ⊙ x̂ + β (a vector γ scales each feature).
            guard epsilon > 0 else { return .failed("normalization: a batch of one with ε = 0 divides by zero") }
            definitions["x̂"] = .quotient(.difference(.name("x"), .name("x")), .function(.sqrt, .name("ε")))
            definitions["y"] = .sum(.hadamard(.name("γ"), .name("x̂")), .name("β"))
        }
        switch quantity {
        case .normalized:
            return finding.finish(.graph(ComputationGraph(values: graphValues, definitions: definitions), .name("x̂"), gradients: nil, flatten: true))
        case .output:
            return finding.finish(.graph(ComputationGraph(values: graphValues, definitions: definitions), .name("y"), gradients: nil, flatten: true))
        case .gradients(let names):
            // "For the same upstream gradient": the latest earlier part that states one; so too
            // for a part that goes on from the one before it ("(d) … and ∂L/∂β.").
            // (Not one that changes anything: "… now suppose instead …", "… and with γ = 2, …".)
            let goesOn = part.text.firstMatch(of: #/^\s*(?:…|\.\.\.)/#) != nil && !part.writesNumbers
                && part.firstMatch(#"\b(?:now|instead|suppose|if|were|with|doubl\w*|remov\w*|chang\w*|new|other|without)\b"#) == nil
            let earlier = part.firstMatch(#"\bsame upstream\b"#) != nil || goesOn ? reading.segments.reversed().filter { $0.label != nil }.map { StatementText($0.text) } : []
            // (The part as written: "∂L/∂y_{:,1} = …" keeps its slice.)
            let sources = [reading.part] + (parent.map { [$0] } ?? []) + earlier + (ofOne ? [] : [reading.problemStatement])
            // "For the single example of (d), what is ∂L/∂x, whatever the upstream gradient?": with one
            // example x̂ = 0 whatever x is, so ∂L/∂x (and ∂L/∂γ) do not depend on the upstream gradient.
            let anyUpstream = values.count == 1 && !perFeature && names.allSatisfy({ ["x", "γ"].contains($0) })
                && part.firstMatch(#"\b(?:whatever|regardless of|for any|independent(?:ly)? of)\s+(?:the\s+)?(?:value of the\s+)?upstream gradient\b"#) != nil
            if anyUpstream { finding.assume(1, "any upstream gradient: one example's x̂ is 0 whatever x is") }
            if outputDerivative { finding.read("upstream", "1 (the derivative of y itself)") }
            guard let upstream = outputDerivative ? [1] : sources.lazy.compactMap({ upstream(in: $0, single: ofSingle) }).first ?? (anyUpstream ? [1] : nil) else {
                return .failed("normalization gradient: the upstream gradient ∂L/∂y is not stated")
            }
            guard upstream.count == values.count else { return .failed("normalization gradient: \(upstream.count) upstream values for \(values.count) inputs") }
            finding.read("upstream", upstream.map(NormalizationReader.format).joined(separator: ", "))
            graphValues["g"] = .vector(upstream)
            definitions["L"] = .function(.sum, .hadamard(.name("g"), .name("y")))
            return finding.finish(.graph(ComputationGraph(values: graphValues, definitions: definitions), .name("L"), gradients: names, flatten: true))
        }
    }

    /// A column in slice notation, `_{:, 1}`; group 1 is the column.
    private static var slice: Regex<(Substring, Substring)> { #/_\{\s*:\s*,\s*(\d+)\s*\}/# }

    private static func canonical(_ name: String) -> String {
        switch name.lowercased() {
        case "gamma": "γ"
        case "beta": "β"
        default: name
        }
    }

    /// ε as `ε = 0`, `ϵ = 10^{−5}`, `ε = 1 × 10^{-5}` or `eps = 1e-5`.
    static func epsilon(in text: StatementText) -> Double? {
        // ("ϵ = 10−5" pasted from a PDF: the exponent's caret lost, its minus kept.)
        guard let match = text.firstMatch(#"(?:ϵ|ε|\bepsilon|\beps)\s*=\s*(?:(\d+(?:\.\d+)?)\s*(?:×|\*|·)\s*)?10(?:\^\{?(-?\d+)\}?|(-\d{1,2})\b)|(?:ϵ|ε|\bepsilon|\beps)\s*=\s*(\d+(?:\.\d+)?(?:e-?\d+)?)\b"#) else { return nil }
        if let exponent = Double(match[2].isEmpty ? match[3] : match[2]) {
            return (Double(match[1]) ?? 1) * pow(10, exponent)
        }
        return Double(match[4])
    }

    /// The upstream gradient stated as `∂L/∂y = (1, 0, 0, 0)` or `∂L/∂y = 7`.
    /// With `single` (a batch of one example), also `∂L/∂y_1 = 5`: that example's is the whole.
    private static func upstream(in text: StatementText, single: Bool = false) -> [Double]? {
        // "the loss L = ∑_{i=1}^4 c_i y_i with c = (2, 0, 1, −1)": a linear loss's weights are ∂L/∂y.
        if let linear = text.text.firstMatch(of: #/\bL\s*=\s*(?:∑|\\sum)\s*(?:_\{?\s*i\s*(?:=\s*1)?\s*\}?)?\s*(?:\^\{?\s*\w+\s*\}?)?\s*([A-Za-xz])_\{?i\}?\s*[·⋅*]?\s*y_\{?i\}?(?![\w^])(?=\s*(?:[,.;]|\bwith\b|\bwhere\b|$))/#),
           let weights = MathScanner.bindings(in: text.text).last(where: { $0.name == String(linear.1) }), let flat = weights.literal.flat {
            return flat
        }
        // (Or in words: "if the upstream gradient is (1, 2, 3)".)
        guard let match = text.text.firstMatch(of: #/(?:\(?\s*(?:∂|\bd)\s*L\s*\)?\s*\/\s*\(?\s*(?:∂|d)|∂\s*L\s+∂)\s*y\s*\)?\s*=\s*/#)
                ?? (single ? text.text.firstMatch(of: #/(?:\(?\s*(?:∂|\bd)\s*L\s*\)?\s*\/\s*\(?\s*(?:∂|d))\s*y_\{?1\}?\s*\)?\s*=\s*/#) : nil)
                // ("∂L/∂y_{:,1} = (1, 0, −1, 2)": one feature's column of the upstream gradient.)
                ?? text.text.firstMatch(of: #/(?:\(?\s*(?:∂|\bd)\s*L\s*\)?\s*\/\s*\(?\s*(?:∂|d))\s*y_\{\s*:\s*,\s*\d+\s*\}\s*\)?\s*=\s*/#)
                // ("If the upstream gradient is 5": one example's, a number; the caller checks the count.)
                // (The number alone ends its clause: not "… is 2 · y" or "… is 2.5 times the output".)
                ?? text.text.firstMatch(of: #/\bupstream gradient (?:is|of|=)\s*(?=[(\[]\s*-?\d|[-−]?\d+(?:\.\d+)?\s*(?:[,;?]|\.(?:\s|$)|$|\s+(?:and|what|then|for)\b))/#) else { return nil }
        let characters = Array(text.text)
        let start = text.text.distance(from: text.text.startIndex, to: match.range.upperBound)
        guard let literal = MathScanner.literal(characters, at: start) else { return nil }
        if let flat = literal.flat { return flat }
        guard let number = literal.number else { return nil }
        return [number]
    }

    /// Earlier parts that state a single example ("Now the batch contains a single example,
    /// x = 3 …"), latest first: "that single example" refers to them.
    private static func singleExampleParts(_ reading: PartReading) -> [StatementText] {
        reading.segments.reversed().filter { $0.label != nil }.map { StatementText($0.text) }.filter { $0.firstMatch(singlePattern) != nil }
    }
}
