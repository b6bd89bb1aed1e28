/// Reads normalization parts: batch-norm statistics and outputs of given numbers, the
/// axes a normalization reduces over, and the gradient of mean-only normalization.
enum NormalizationReader {
    // MARK: - Evaluation mode

    /// "After training, the running statistics are μ_run = 4 and σ²_run = 4 … What does the
    /// layer output in evaluation mode for the input x = 6?": γ (x − μ_run)/√(σ²_run + ε) + β,
    /// with γ, β and ε stated in the part or its problem.
    static func readInference(_ reading: PartReading) -> Attempt {
        let part = reading.part
        guard part.firstMatch(#"\b(?:evaluation|eval|inference|test)[- ](?:mode|time)\b|\bmodel\.eval\(\)"#) != nil else { return .notApplicable }
        // The running statistics: the part's, else its problem's statement.
        guard let stats = [part, reading.problemStatement].first(where: { $0.firstMatch(#"\brunning\b|_\{?run"#) != nil }) else { return .notApplicable }
        var finding = Finding(.normalization)
        guard let mean = stats.firstMatch(#"μ_\{?(?:\\text\{)?run(?:ning)?\}?\}?\s*=\s*(-?\d+(?:\.\d+)?)|\brunning mean (?:of |is |= ?)?(-?\d+(?:\.\d+)?)"#),
              let μ = Double(mean[1]) ?? Double(mean[2]),
              let variance = stats.firstMatch(#"σ(?:\^\{?2\}?|²)?_\{?(?:\\text\{)?run(?:ning)?\}?\}?(?:\^\{?2\}?|²)?\s*=\s*(\d+(?:\.\d+)?)|\brunning variance (?:of |is |= ?)?(\d+(?:\.\d+)?)"#),
              variance[0].contains("2") || variance[0].contains("²") || variance[0].contains("variance"), let v = Double(variance[1]) ?? Double(variance[2]) else {
            return .failed("evaluation mode: the running mean and variance are not both stated")
        }
        guard let input = part.firstMatch(#"\b(?:input|example|value)\s+x\s*=\s*(-?\d+(?:\.\d+)?)|\bfor x\s*=\s*(-?\d+(?:\.\d+)?)"#),
              let x = Double(input[1]) ?? Double(input[2]) else { return .failed("evaluation mode: the input is not stated") }
        guard let g = reading.scalar(["γ", "gamma"]), let b = reading.scalar(["β", "beta"]) else { return .failed("evaluation mode: γ or β not stated") }
        guard let e = reading.scalar(["ϵ", "ε", "epsilon", "eps"]) else { return .failed("evaluation mode: ε not stated") }
        if let refusal = epsilonRefusal(e.value, e.phrase) { return .failed("evaluation mode: \(refusal)") }
        finding.read("running mean", format(μ), from: mean[0])
        finding.read("running variance", format(v), from: variance[0])
        finding.read("input", format(x), from: input[0])
        finding.read("gamma", format(g.value), from: g.phrase)
        finding.read("beta", format(b.value), from: b.phrase)
        finding.read("epsilon", format(e.value), from: e.phrase)
        return finding.finish(.batchNormInference(x: x, mean: μ, variance: v, gamma: g.value, beta: b.value, epsilon: e.value))
    }

    // MARK: - Statistics of given numbers

    static func readNumbers(_ reading: PartReading) -> Attempt {
        let named = ["normaliz", "normalis", "batch norm", "batch-norm", "batchnorm"]
        guard reading.part.find(named) != nil || reading.context.find(named) != nil else {
            return .notApplicable
        }
        // ("What is running mean after this forward pass?", `running_mean` with its underscore lost
        // in a paste): the running statistics are updated with a momentum, not the batch's mean.
        if let running = reading.part.firstMatch(#"\brunning[ _\\]*(?:mean|var\w*|stat\w*|average)\b|\bmoving (?:mean|average|var\w*)\b"#) {
            return .failed("'\(running[0])': the running statistics are not the batch's")
        }
        if let features = FeatureBatchReader.read(reading) { return features }
        // ("… of the last four entries only": a portion of the batch, which no reading here picks.)
        if let portion = reading.part.firstMatch(#"\b(?:first|last|middle)\s+(?:\w+\s+)?(?:entries|elements|values|examples|numbers|components)\b|\b(?:entries|elements|values|examples)\s+only\b"#) {
            return .failed("'\(portion[0])': a portion of the batch is not read")
        }
        // The question's own sentences decide what is asked: a statement that "normalises with the
        // biased batch variance" does not ask for the variance.
        // An instruction in parentheses ("(use the biased variance, as PyTorch does)") is how to
        // compute, not what.
        let asking = reading.part.sentences.filter { $0.hasSuffix("?") || StatementText($0).firstMatch(#"^(?:compute|calculate|find|give|determine|evaluate|report|what|which|apply|normali[sz]e)\b"#) != nil }
            .map { StatementText($0).removing(#"\(\s*(?:use|using|assume|assuming|as|take|taking|with|round|hint|note)\b[^()]*\)"#)
                // ("Apply it (no affine parameters, ε = 0, biased variance) to h": settings, not what is asked.)
                .removing(#"\([^()]*\b(?:biased|unbiased|population|sample) variance\b[^()]*\)|,?\s*(?:with|using)?\s*(?:the\s+)?(?:biased|unbiased|population|sample) variance\b"#).text }
        let part = (asking.isEmpty ? reading.part : StatementText(asking.joined(separator: " "))).collapsingEnumerations
        var quantity: SolverCall.NormalizationQuantity
        let asked: String
        var example: Double?
        if let match = part.firstMatch(#"\boutput(?: y)? (?:for|of) (?:the )?(?:(?:last|first|single|one) )?(?:example|input|value|element|activation) (?:with |\()?x\s*=\s*(-?\d+(?:\.\d+)?)"#), let value = Double(match[1]) {
            // "the output for the example x = 6": its index in the batch, below.
            quantity = .output(index: 0)
            example = value
            asked = match[0]
        } else if let match = part.firstMatch(#"\boutput (?:of|for) (?:the )?(?:example|sample) (\d+)\b"#), let index = Int(match[1]) {
            // "the batch-norm output of example 4 for feature 2": the example's place in the batch.
            quantity = .output(index: index)
            asked = match[0]
        } else if let match = part.firstMatch(#"\bmean\b[^.?;]*\band\b[^.?;]*\bvariance\b|\(μ(?:_B)?, σ(?:_B)?\^2\)"#),
                  part.firstMatch(#"\bunbiased\b|\bsample variance\b|\bstandard deviation\b"#) == nil {
            // "the batch mean μ_B and variance σ_B^2", "(μ, σ²)": both, in that order.
            quantity = .meanAndVariance
            asked = match[0]
        } else if let match = part.firstMatch(#"\b(?:compute|find|give|what (?:is|are))\b[^.?]*\bthe (?:(?:two|three|four|five|six|seven|eight|\d+) )?(?:layer['’]s |layer |batch[- ]?norm )?outputs?(?: vector)? y\b(?!_)(?!\s+(?:of|from)\s+(?:the\s+)?(?:linear|dense|fully[- ]connected|conv\w*|relu|hidden|first|second|output|affine|previous)\b)"#) {
            quantity = .outputAll
            asked = match[0]
        } else if let match = part.firstMatch(#"x̂_\{?(\d+)\}?|\bnormali[sz]ed (?:value|input|activation)s? (?:of |for )?x_\{?(\d+)\}?"#),
           let index = Int(match[1]) ?? Int(match[2]) {
            quantity = .normalized(index: index)
            asked = match[0]
        } else if let match = part.firstMatch(#"\b(?:output|value)\s+y_\{?(\d+)\}?|^(?:compute|what is|find)\s+(?:the\s+)?y_\{?(\d+)\}?"#),
                  let index = Int(match[1]) ?? Int(match[2]) {
            quantity = .output(index: index)
            asked = match[0]
        } else if let match = part.firstMatch(#"\boutputs?\b[^.?]*?\by_?\{?i\}?(?![\w{])(?![^.?]*\bi\s*=\s*\d)|\boutputs y_?\{?i\}?|\b(?:compute|find|give)\s+(?:all\s+)?(?:the\s+)?(?:layer's\s+)?outputs\b"#) {
            quantity = .outputAll
            asked = match[0]
        } else if let match = part.firstMatch(#"^(?:compute|find|give|what (?:is|are))\b[^.?]*\b(?:the )?(?:bn|batch[- ]?norm\w*|layer['’]?s?|normali[sz]ation) outputs?\b(?! y_)|^(?:compute|find|give|what (?:is|are))\s+the outputs? of the (?:(?:batch|layer|instance)[- ]?norm(?:ali[sz]ation)? )?layer\b(?!\s+\w)"#),
                  part.firstMatch(#"\b(?:for|of) (?:the |a |one |that |this )?(?:\w+ )?(?:example|input|value|element|activation|sample)\b"#) == nil {
            // "Compute the BN output for the second feature (one value per example)."
            quantity = .outputAll
            asked = match[0]
        } else if let match = part.firstMatch(#"\bnormali[sz]ed values\b|x̂_?\{?i\}?(?![\w{])"#) {
            // "Compute the normalized values x̂_i": every element ("x̂i", "yi" as pasted from a PDF).
            quantity = .normalizedAll
            asked = match[0]
        } else if let match = part.firstMatch(#"\bstandard deviation\b|\bσ_B\b(?!\^)"#) {
            quantity = .standardDeviation
            asked = match[0]
        } else if let match = part.firstMatch(#"\bvariance\b|σ_B\^2|σ\^2"#),
                  // ("Apply layer normalization … with ε = 0 and the biased variance": a convention.)
                  part.firstMatch(#"(?:^|[.?!]\s+)(?:apply|perform)\b[^.?]*\bnormali[sz]ation\b[^.?]*\b(?:biased|unbiased|population|sample) variance\b"#) == nil {
            if part.has("unbiased", "sample variance", "bessel") { return .failed("unbiased variance: only the biased (batch) variance is computed") }
            quantity = .variance
            asked = match[0]
        } else if let match = part.firstMatch(#"\b(?:batch |sample |empirical )?mean\b|μ_B"#) {
            quantity = .mean
            asked = match[0]
        } else if let match = part.firstMatch(#"(?:^|[.?!]\s+)(?:apply|perform)\b[^.?]*\bnormali[sz]ation\b|^normali[sz]e\b"#)
                    // ("Layer normalization instead normalizes across the features. Apply it … to h": the
                    // normalization the part names.)
                    ?? (reading.part.firstMatch(#"\bnormali[sz]ation\b"#) != nil ? part.firstMatch(#"(?:^|[.?!]\s+)apply (?:it|this|that)\b"#) : nil) {
            // "Apply layer normalization over its four features …": the normalized outputs.
            quantity = .outputAll
            asked = match[0]
        } else {
            return .notApplicable
        }
        var finding = Finding(.normalization)
        finding.note(asked)
        let column = FeatureColumn(reading)
        guard let (values, phrase, fromContext) = column.map({ ($0.values, $0.phrase, true) }) ?? values(reading) else { return .failed("\(asked): no batch of numbers") }
        finding.read("values", "(" + values.map(format).joined(separator: ", ") + ")", from: phrase)
        if fromContext { finding.assume(0.98, "values from the context") }
        if let m = reading.scalar(["m"]), !m.fromContext || fromContext, m.value != Double(values.count) {
            return .failed("\(asked): m = \(format(m.value)) but \(values.count) values")
        }
        if let example {
            let positions = values.indices.filter { values[$0] == example }
            guard positions.count == 1, let position = positions.first else {
                return .failed("\(asked): \(positions.isEmpty ? "not" : "more than once") in the batch")
            }
            quantity = .output(index: position + 1)
        }
        var gamma = 1.0
        var beta = 0.0
        if reading.part.firstMatch(Self.withoutAffine) != nil, let fixed = reading.part.firstMatch(Self.fixedAffine) {
            return .failed("\(asked): '\(fixed[0])' sets a scale or shift after all")
        } else if let plain = reading.part.firstMatch(Self.withoutAffine) {
            // ("no affine parameters": γ = 1 and β = 0 whatever the problem's other layer has.)
            finding.read("gamma", "1", from: plain[0])
            finding.read("beta", "0", from: plain[0])
        } else if quantity == .outputAll || { if case .output = quantity { true } else { false } }() {
            let names = (gamma: ["γ", "gamma"], beta: ["β", "beta"])
            guard let g = column?.parameter(names.gamma, in: reading) ?? reading.scalar(names.gamma).map({ ($0.value, $0.phrase) }) ?? affine(named: "weight", in: reading.part),
                  let b = column?.parameter(names.beta, in: reading) ?? reading.scalar(names.beta).map({ ($0.value, $0.phrase) }) ?? affine(named: "bias", in: reading.part) else {
                return .failed("\(asked): γ or β not stated")
            }
            gamma = g.value
            beta = b.value
            finding.read("gamma", format(g.value), from: g.phrase)
            finding.read("beta", format(b.value), from: b.phrase)
        }
        let epsilon: Double
        switch Self.epsilon(reading, groups: quantity == .mean || quantity == .variance ? nil : [values], &finding) {
        case .success(let value): epsilon = value
        case .failure(let refusal): return .failed("\(asked): \(refusal.reason)")
        }
        return finding.finish(.batchNorm(values: values, gamma: gamma, beta: beta, epsilon: epsilon, quantity: quantity))
    }

    /// Why ε cannot be taken.
    struct EpsilonRefusal: Error { let reason: String }

    /// ε: the part's or its context's, else a power of ten the text states ("ϵ = 10^{−5}",
    /// which the bindings do not read), else 0 when each of `groups` has a variance large
    /// enough for an unstated ε not to matter (no groups: ε does not enter what is asked).
    static func epsilon(_ reading: PartReading, groups: [[Double]]?, _ finding: inout Finding) -> Result<Double, EpsilonRefusal> {
        if let e = reading.scalar(["ϵ", "ε", "epsilon", "eps"]) {
            if let refusal = epsilonRefusal(e.value, e.phrase) { return .failure(EpsilonRefusal(reason: refusal)) }
            finding.read("epsilon", format(e.value), from: e.phrase)
            return .success(e.value)
        }
        if let stated = [reading.part, reading.problemStatement, reading.conventions].lazy.compactMap(NormalizationGraphReader.epsilon(in:)).first {
            if let refusal = epsilonRefusal(stated, "ε = \(format(stated))") { return .failure(EpsilonRefusal(reason: refusal)) }
            finding.read("epsilon", "\(stated)")
            return .success(stated)
        }
        guard let groups else { return .success(0) }
        guard groups.allSatisfy(epsilonNegligible) else {
            return .failure(EpsilonRefusal(reason: "ε is not stated and the batch variance is small enough for it to matter"))
        }
        finding.read("epsilon", "0")
        finding.assume(0.9, "ε not stated: 0 assumed")
        return .success(0)
    }

    /// Why a stated ε is refused: a stability constant of 1 or more is an exponent lost in
    /// pasting ("ϵ = 10" with its "−5" on the line above). Nil for one that can be used.
    static func epsilonRefusal(_ value: Double, _ phrase: String) -> String? {
        value >= 1 ? "\(phrase) is no stability constant (an exponent lost?)" : nil
    }

    /// Whether a batch's variance is at least 1, so that leaving out an ε the text does not
    /// state (10⁻⁵ or less, as frameworks use) moves no normalized value by more than 10⁻⁴.
    static func epsilonNegligible(_ values: [Double]) -> Bool {
        guard values.count > 1 else { return false }
        let mean = values.reduce(0, +) / Double(values.count)
        return values.reduce(0) { $0 + ($1 - mean) * ($1 - mean) } / Double(values.count) >= 1
    }

    /// The batch: `x_1 = 3, x_2 = 7, …` or `x = (3, 7, 3, 7)`, from the part, else the context.
    /// The names a vector of one example's activations goes by ("the hidden vector h = …").
    private static let activationNames: Set<String> = ["h", "z", "a", "v", "u"]

    static func values(_ reading: PartReading) -> ([Double], String, Bool)? {
        // A part that writes numbers of its own ("applied to the vector (1, 2, 3, 6)") is about
        // them: when they are not the batch read below, the statement's batch is not its input.
        let ownArrays = MathScanner.arrays(in: reading.part.text).filter(\.isNumeric)
        // ("(d) Same feature map as (c): apply instance normalization …": a part that names the
        // part its data comes from takes it from there or the statement, never from a third
        // part's "x = [3, 1, 4, 1, 5, 9, 2]".)
        let context = reading.dataPart.map { MathScanner.bindings(in: reading.problemStatement.text + "\n" + $0.text.text) } ?? reading.contextBindings
        for (bindings, fromContext) in [(reading.partBindings, false), (context, true)] {
            var indexed: [Int: Double] = [:]
            var phrases: [String] = []
            for binding in bindings {
                guard let number = binding.literal.number, binding.name.hasPrefix("x_"), let index = Int(binding.name.dropFirst(2)) else { continue }
                indexed[index] = number
                phrases.append("\(binding.name) = \(binding.literal.text)")
            }
            if !indexed.isEmpty, indexed.keys.sorted() == Array(1...indexed.count) {
                return ((1...indexed.count).compactMap { indexed[$0] }, phrases.joined(separator: ", "), fromContext)
            }
            if let vector = bindings.last(where: { ["x", "X", "B", "x_B"].contains($0.name) && $0.literal.flat != nil }), let flat = vector.literal.flat {
                return (flat, "\(vector.name) = \(vector.literal.text)", fromContext)
            }
            // "A single token has the hidden vector h = (1, 3, 2, 6). Apply layer normalization …":
            // the part's one vector of activations (never a γ or a β).
            let activations = bindings.filter { activationNames.contains($0.name) && $0.literal.flat != nil && $0.literal.isNumeric }
            if !fromContext, activations.count == 1, ownArrays.count == 1, let vector = activations.first, let flat = vector.literal.flat {
                return (flat, "\(vector.name) = \(vector.literal.text)", fromContext)
            }
            if !ownArrays.isEmpty { return nil }
            // "A layer-norm layer … normalizes the hidden vector h = (2, −2, 4, 0) of one token" then
            // "Compute the output of the layer.": the statement's one vector, for layer norm.
            if fromContext, reading.problemStatement.firstMatch(#"\blayer[- ]?norm"#) != nil {
                let stated = MathScanner.bindings(in: reading.problemStatement.text)
                    .filter { activationNames.contains($0.name) && $0.literal.flat != nil && $0.literal.isNumeric }
                if stated.count == 1, let vector = stated.first, let flat = vector.literal.flat {
                    return (flat, "\(vector.name) = \(vector.literal.text)", true)
                }
            }
        }
        // A table's row, flattened by the reader: "x_i 2 4 6 8"; or the row under a row of
        // example numbers ("| example | 1 | 2 | 3 | 4 |" over "| $x$ | 1 | 2 | 4 | 9 |"), as
        // many values as examples.
        for (text, fromContext) in [(reading.part.text, false), (reading.problemStatement.text, true)] {
            // (A statement's lines are joined: the row ends at the first word that is no number.)
            if let row = text.firstMatch(of: #/(?:^|\s)\$?x_\{?i\}?\$?((?:\s+-?\d+(?:\.\d+)?){2,})(?=\s|$)/#) {
                let numbers = row.output.1.split(separator: " ").compactMap { Double($0) }
                return (numbers, String(row.output.0).trimmingSpaces, fromContext)
            }
            // (Not where another row follows, "h 2 5 11 0", nor where the layer normalizes a quantity
            // computed from x, "z = −2x + 1".)
            if let rows = text.firstMatch(of: #/(?i)(?:^|\s)(?:examples?|samples?|i|n|index|#)((?:\s+\d+){2,})\s+\$?x\$?((?:\s+-?\d+(?:\.\d+)?){2,})(?=\s|$)/#),
               text[rows.range.upperBound...].firstMatch(of: #/^\s+\$?[A-Za-z](?:_\{?\w+\}?)?\$?(?:\s+-?\d+(?:\.\d+)?){2,}/#) == nil,
               text.firstMatch(of: #/\b[A-Za-z](?:_\{?\w+\}?)?\s*=[^=.;]*(?:^|[^A-Za-z])x\b/#) == nil {
                let indices = rows.output.1.split(separator: " ").compactMap { Int($0) }
                let numbers = rows.output.2.split(separator: " ").compactMap { Double($0) }
                guard indices == Array(1...indices.count), numbers.count == indices.count else { continue }
                return (numbers, String(rows.output.0).trimmingSpaces, fromContext)
            }
        }
        return nil
    }

    // MARK: - Axes

    static func readAxes(_ reading: PartReading) -> Attempt {
        guard let asks = reading.part.firstMatch(#"\b(?:which|what) (?:axes|dimensions)\b|\bover which\b|\baxes (?:does|do|is|are)\b[^.?]*\breduc"#)?[0] else {
            return .notApplicable
        }
        var finding = Finding(.normalizationAxes)
        finding.note(asks)
        let question = reading.part.sentences.first(where: { StatementText($0).has(asks) }).map(StatementText.init) ?? reading.part
        let names: [(NormalizationKind, String)] = [(.batch, "batch norm"), (.layer, "layer norm"), (.instance, "instance norm"), (.group, "group norm")]
        var kinds = names.filter { question.has($0.1) }
        if kinds.isEmpty { kinds = names.filter { reading.part.has($0.1) } }
        guard kinds.count == 1, let (kind, phrase) = kinds.first else {
            return .failed("\(asks): \(kinds.isEmpty ? "no" : "several") normalization kinds named")
        }
        finding.note(phrase + "alization")
        var axes = ["N", "C", "H", "W"]
        if let match = reading.part.firstMatch(#"\(([NCHW]), ([NCHW]), ([NCHW]), ([NCHW])\)|\b([NCHW]) ?× ?([NCHW]) ?× ?([NCHW]) ?× ?([NCHW])\b"#) {
            let letters = (match[1].isEmpty ? Array(match[5...8]) : Array(match[1...4]))
            if Set(letters).count == 4 {
                axes = letters
                finding.read("tensor", "(" + letters.joined(separator: ", ") + ")", from: match[0])
            }
        } else {
            finding.assume(0.9, "tensor layout not stated: (N, C, H, W) assumed")
        }
        finding.read("kind", kind.rawValue)
        return finding.finish(.normalizationAxes(kind, axes: axes))
    }

    // MARK: - Mean-only normalization gradient

    static func readMeanGradient(_ reading: PartReading) -> Attempt {
        let part = reading.part
        guard let named = part.firstMatch(#"\bmean[- ]only normali[sz]\w*|\bmean[- ]subtract\w*|\bsubtracts? the (?:batch |sample )?mean\b|\bmean[- ]cent(?:er|r)\w*|\bcentering\b"#)?[0],
              let asks = part.firstMatch(#"∂|\bgradient\b|\bderivative\b"#)?[0] else {
            return .notApplicable
        }
        var finding = Finding(.meanNormalizationGradient)
        finding.note(named)
        finding.note(asks)
        var batchSize: Int?
        if let m = reading.partBindings.last(where: { $0.name == "m" && $0.literal.number != nil }), let value = m.literal.number {
            batchSize = Int(value)
            finding.read("batch size", "\(Int(value))", from: "m = \(m.literal.text)")
        } else if let match = part.firstMatch(#"\bbatch (?:of|with) (?:one|a single|1) (?:example|sample|element|input)\b|\bbatch size (?:of )?1\b|\bsingle[- ]example batch\b"#) {
            batchSize = 1
            finding.read("batch size", "1", from: match[0])
        }
        var upstream: [Double]?
        if let gradient = reading.partBindings.last(where: { ["g", "δ", "∂L/∂y"].contains($0.name) && $0.literal.flat != nil }) {
            upstream = gradient.literal.flat
            finding.read("upstream", gradient.literal.text, from: "\(gradient.name) = \(gradient.literal.text)")
        }
        if batchSize == nil, upstream == nil { finding.assume(0.9, "no batch given: the general expression") }
        return finding.finish(.meanNormalizationGradient(batchSize: batchSize, upstream: upstream))
    }

    static func format(_ value: Double) -> String {
        let text = value == value.rounded() && value.magnitude < 1e15 ? "\(Int(value))" : "\(value)"
        return String(text.map { $0 == "-" ? "−" : $0 })
    }

    /// "no affine parameters", "elementwise_affine=False", "no learnable scale or shift": γ = 1 and β = 0.
    static let withoutAffine = #"\bno (?:learn\w+ |trainable )?affine\b[^.;,)]*|\bwithout (?:the |any )?(?:learn\w+ |trainable )?affine\b[^.;,)]*|\b(?:elementwise_)?affine\s*=\s*False\b|\b(?:no|without(?: an?| any| the)?) (?:learn\w+ |trainable )?(?:scale|gain) (?:(?:or|and|nor) (?:a |any )?)?(?:shift|bias|offset)\b"#

    /// "no learnable scale or shift; instead its output is multiplied by 2", "frozen at γ = 2", "but
    /// with gain 3": a scale or shift that is fixed, not absent.
    static let fixedAffine = #"\bfixed\b|\bfrozen\b|\bconstant\b|\bgain\b|\bmultipl\w*|\badd\w*|γ|β|\bgamma\b|\bbeta\b"#

    /// "Apply layer normalization to … with weight 1, bias 0 and ϵ = 0": a normalization's affine
    /// parameter by PyTorch's name (`weight` for γ, `bias` for β), written as one number later in
    /// the sentence that names the normalization (not "a linear unit with weight 2 …").
    static func affine(named word: String, in part: StatementText) -> (value: Double, phrase: String)? {
        part.firstMatch(#"\b(?:normali[sz]ation|LayerNorm|BatchNorm\w*|GroupNorm|InstanceNorm\w*)\b(?:[^.;]|\.\d)*?\b"# + word + #"\s+(?:of\s+|=\s*)?([-−]?\d+(?:\.\d+)?)(?![\d.]|\s*[×x*/^])"#).flatMap { match in
            Double(match[1].replacingOccurrences(of: "−", with: "-")).map { ($0, match[0]) }
        }
    }
}

