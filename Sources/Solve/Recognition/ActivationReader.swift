import Foundation
/// Reads parts that apply an activation function to given numbers: "Compute sigmoid(z)",
/// "σ'(z) at each entry", "tanh'(z) = 1 − tanh(z)^2", "softmax(s / T) with T = 2",
/// "ReLU'(z), taking the derivative at 0 to be 0".
///
/// The operand must be a literal or a name bound to numbers in the part or its problem's
/// statement (never an earlier part's); an expression (`σ(Wx + b)`), two different
/// functions, a ReLU derivative at 0 without its convention, or a softmax of a matrix
/// without "each row" is not computed.
enum ActivationReader {
    /// "What is the largest value the derivative of the logistic sigmoid takes over all real z?":
    /// σ′ peaks at 1/4 and tanh′ at 1, both at z = 0. Not over an interval or a set the part gives.
    static func largestDerivative(_ part: StatementText) -> Attempt? {
        let function = #"(logistic sigmoid|sigmoid|logistic function|tanh|hyperbolic tangent)"#
        guard let match = part.firstMatch(#"\b(?:largest|maximum|greatest|highest) (?:possible )?value\b[^.?]{0,40}?\bderivative of (?:the )?"# + function + #"\b"#)
                ?? part.firstMatch(#"\bderivative of (?:the )?"# + function + #"\b[^.?]{0,60}?\b(?:largest|maximum|greatest|highest) (?:possible )?value\b"#) else { return nil }
        if let restricted = part.firstMatch(#"\[\s*[-−]?\d|\b(?:on|over) the interval\b|\b(?:for|when|where|if) [a-z] (?:≥|>|<|≤|>=|<=)|\bat [a-z]\s*="#) {
            return .failed("largest derivative: '\(restricted[0])' restricts where it is taken")
        }
        // (Only of the function itself, at its own variable: not "σ(2z)", "tanh(3x)", "log σ(z)", a
        // second derivative or a product over layers.)
        let defined = part.removing(#"σ\s*\(\s*[a-z]\s*\)\s*=\s*1\s*/\s*\(\s*1\s*\+\s*e\s*\^?\s*\{?\s*[-−]\s*[a-z]\s*\}?\s*\)"#)
        if let other = defined.firstMatch(#"\d|\bsecond\b|\bthird\b|\blog(?!istic)\w*|\bln\b|\blayers?\b|\bproduct\b|\bcompos\w*|\bsquared?\b|\bsum\b"#) {
            return .failed("largest derivative: '\(other[0])' asks of something else than the function itself")
        }
        var finding = Finding(.activation)
        finding.note(match[0])
        let tanh = match[1].lowercased().contains("tanh") || match[1].lowercased().contains("hyperbolic")
        finding.read("maximum", tanh ? "tanh′(0) = 1" : "σ′(0) = σ(0)(1 − σ(0)) = 1/4")
        return finding.finish(.fixedValue(tanh ? 1 : 0.25, name: "largest_derivative"))
    }

    private static let functionPattern =
        #"(?<name>(?:\\(?:mathrm|operatorname|text|mathbf)\{)?(?:leaky[ _-]?relu|relu|\belu\b|softmax|sigmoid|tanh)\}?|\\tanh|(?-i:\\sigma|σ)|\bsigma(?=\s*(?:'|′|’)?\s*\())"#
    private static let applicationPattern = functionPattern
        + #"\s*(?<prime>'|′|’|\^\{?\\prime\}?)?\s*(?:\\left)?\(\s*(?<operand>[^()\n]{1,60}?)\s*(?:\\right)?\)"#

    /// "1 − tanh²(z)", "1 - \\tanh^2(\\mathbf{z})": tanh′ by its identity; group 1 the operand.
    private static let tanhDerivativeIdentity = #"\b1\s*[-−]\s*\\?tanh\s*(?:\^\s*\{?\s*2\s*\}?|²)\s*(?:\\left)?\(\s*([^()\n]{1,60}?)\s*(?:\\right)?\)"#
    /// Words that ask for something made of the values ("Σ_i", "the mean of", "diag(…)", "the largest").
    private static let aggregateWords = #"[Σ∑]|\\sum\b|\bsum\b|\bdiag\w*|\bmean\b|\baverage\b|\bJacobian\b|\bnorm\b|\b(?:largest|smallest|max\w*|min\w*)\b"#

    /// Both the function's value and its derivative asked: "σ(z) and σ'(z)", "(σ(z), σ'(z))",
    /// "sigmoid(0.5) and its derivative", "the value and the slope of tanh at 0.3".
    private static let valueAndDerivative: String = {
        let function = "(?:" + functionPattern.replacingOccurrences(of: "(?<name>", with: "(?:") + ")"
        let prime = #"(?:'|′|’|\^\{?\\prime\}?)"#
        return function + #"\s*\(\s*[^()\n]{1,20}\)\s*\$?\s*(?:,|and|&|\\text\{\s*and\s*\})\s*\$?\s*"# + function + #"\s*"# + prime
            + "|" + function + #"\s*(?:\(\s*[^()\n]{1,20}\))?\s*\$?\s*(?:and|as well as|together with)\s+(?:its|the)\s+(?:derivative|slope|gradient)\b"#
            + #"|\b(?:value|output)s?\s+and\s+(?:the\s+|its\s+)?(?:derivative|slope|gradient)s?\b"#
            + #"|\b(?:derivative|slope|gradient)\b(?:[^.?]|\.(?=\d)){0,60}?,?\s+and\s+(?:also\s+)?(?:its|the)\s+(?:value|output)\b"#
    }()

    /// "of z", "to the vector a", "at each entry of h": the operand named in words.
    private static let operandPhrase = #"\b(?:of|to|at|on)\s+(?:each (?:entry|element|component) of\s+)?(?:the\s+)?(?:vector|logits|scores|inputs?|pre-activations?)?\s*\$?((?:\\mathbf\{|\\boldsymbol\{|\\vec\{)?[A-Za-z](?:_\{?\w+\}?|\d{1,2})?\}?)\$?(?=[\s,.;?]|$)"#

    private static let factPattern = functionPattern
        + #"\s*(?:'|′|’|\^\{?\\prime\}?)?\s*\(\s*-?\d+(?:\.\d+)?\s*\)\s*(?:=|:=|is|to be)\s*-?\d+(?:\.\d+|/\d+)?"#

    static func read(_ reading: PartReading) -> Attempt {
        if let extreme = largestDerivative(reading.part) { return extreme }
        // "Use ReLU'(0) = 0", "σ(0) = 1/2": a value stated at a number is a fact, not the ask.
        let part = reading.part.removing(factPattern)
        // ("Compute 2(1 − tanh²(z))", "1 − tanh(z)²", "Σ_i (1 − tanh²(z_i))": an activation inside a
        // larger expression, which is not its value nor its derivative; the identity alone is.)
        let applied = part.matches(applicationPattern)
        let hasIdentity = part.firstMatch(Self.tanhDerivativeIdentity) != nil
        let identityAlone = hasIdentity && part.firstMatch(Self.aggregateWords) == nil
            && part.firstMatch(#"[\d)*·×/^]\s*\(?\s*1\s*[-−]\s*\\?tanh"#) == nil
        // (A derivative named with its prime, "σ'(z) = σ(z)(1 − σ(z))", says what is asked.)
        let primedAsked = applied.contains { !$0[2].isEmpty }
        if !identityAlone, !primedAsked, let composite = part.firstMatch(#"[-−+*/×·]\s*\\?(?:tanh|sigmoid|σ|relu)[\w²^{}]*\s*(?:\\left)?\(|\\?(?:tanh|sigmoid|σ|relu)\s*(?:\\left)?\([^()\n]{1,40}\)\s*(?:\\right\))?\s*(?:\^|²|\*\*)"#) {
            return .failed("activation: '\(composite[0])' is part of a larger expression")
        }
        // ("Compute tanh(z) and 1 − tanh²(z)": the value and the derivative, one answer would give one.)
        if hasIdentity, applied.contains(where: { kind(named: $0[1]) == .tanh && $0[2].isEmpty && !$0[0].contains("^") && !$0[0].contains("²") }),
           part.removing(Self.tanhDerivativeIdentity).firstMatch(#"\\?tanh\s*(?:\\left)?\("#) != nil {
            return .failed("activation: tanh and its derivative 1 − tanh² both asked, one answer would give only one")
        }
        // ("the derivative of tanh, 1 − tanh²(z)": tanh′ written as its identity applies tanh′ to z,
        // when it is all that is asked: not "Σ_i (1 − tanh²(z_i))", "diag(1 − tanh²(z))", "2(1 − tanh²(z))".)
        let applications = applied
            + (identityAlone ? part.matches(#"(?:^|[^\d(*·×/^\w])\s*"# + Self.tanhDerivativeIdentity).map { [$0[0], "tanh", "′", $0[1]] } : [])
        // σ alone is also a standard deviation (`σ_B^2`): only an application of it is sigmoid.
        let mentioned = part.matches(functionPattern).filter { !["σ", "\\sigma", "sigma"].contains($0[1]) }.compactMap { kind(named: $0[1]) }
            + applications.compactMap { kind(named: $0[1]) }
        guard !mentioned.isEmpty else { return .notApplicable }
        // "Let f(x, y, z) = (x + y) * sigmoid(z) … give the gradient (df/dx, df/dy, df/dz)": a
        // function the activation is only a factor of is a graph's, not the activation's.
        let severalVariables = #"\b[a-zA-Z]\s*\(\s*[a-z](?:\s*,\s*[a-z])+\s*\)\s*="#
        if part.firstMatch(severalVariables + #"[^=.;]*(?:[*·×+/]|\)\s*\()[^=.;]*"# + Self.functionPattern) != nil
            || part.firstMatch(severalVariables + #"\s*"# + Self.functionPattern + #"[^=.;]*[*·×+/]"#) != nil {
            return .notApplicable
        }
        // ("Apply ReLU to G, then 2 × 2 max pooling": the pooling reader's, the ReLU its first step.)
        if part.firstMatch(#"\b(?:max|maximum|average|avg|mean)[- ]?pool\w*"#) != nil { return .notApplicable }
        // Losses and gradients of losses are the loss reader's.
        if part.firstMatch(#"\bd\s*L\s*/|∂\s*L\b|\\partial\s*L\b|\bloss\b|cross[- ]entropy|\bsquared error\b|\bMSE\b|\bhinge\b|\battention\b"#) != nil { return .notApplicable }
        let kinds = Set(mentioned)
        guard kinds.count == 1, let kind = kinds.first else {
            return .failed("activation: the part names \(kinds.count) different functions")
        }
        var finding = Finding(.activation)
        finding.read("function", kind.rawValue, from: applications.first?[0] ?? mentioned.first.map { $0.rawValue })

        // ("with negative slope 0.1" is leaky ReLU's setting, not a derivative asked.)
        let derivativeWords = part.removing(#"\b(?:negative[- ])?slope\s*(?:of\s+|=\s*|is\s+)?\d*\.?\d+"#).firstMatch(#"\bderivatives?\b|\bgradients?\b|\bslopes?\b|\\frac\{d|"# + Self.leibniz)
        let primed = applications.first { !$0[2].isEmpty }
        let derivative = derivativeWords != nil || primed != nil
        if let phrase = derivativeWords?[0] ?? primed?[0] { finding.read("derivative", derivative ? "yes" : "no", from: phrase) }
        if let log = part.firstMatch(#"\blog[- ]?softmax\b|\blog\s*\(\s*softmax"#) {
            return .failed("activation: '\(log[0])' is not computed here")
        }
        // (Not where the pair is named in a clause that asks for words: "… and explain why σ(z) and
        // σ'(z) behave differently", "compare the output and gradient magnitudes".)
        if derivative, let both = part.firstMatch(Self.valueAndDerivative),
           !part.sentences.contains(where: { $0.contains(both[0]) && StatementText($0).firstMatch(#"\b(?:explain|why|compare|discuss|behav\w*|describe|sketch|plot|magnitudes?)\b"#) != nil }) {
            return .failed("activation: '\(both[0])' asks for the value and the derivative, one answer would give only one")
        }

        // ("at z1 = 2.0 and at z2 = −1.0", "at h1 = −0.5 and h3 = 2": several points, of which one
        // answer would give only the first.)
        let points = reading.part.matches(#"\b[A-Za-z](?:_\{?\w+\}?|\d{1,2})\s*=\s*\$?[-−]?\d"#)
        if points.count > 1, applications.isEmpty {
            return .failed("activation: \(points.count) points named, one answer would give only one")
        }
        guard var operand = operand(reading, applications: applications, &finding) else {
            // A function named in passing ("the ReLU layers of the network") is no ask.
            guard !applications.isEmpty || reading.part.firstMatch(operandPhrase) != nil else { return .notApplicable }
            return .failed("activation: the numbers it applies to are not given in the part or its problem")
        }
        let function: Activation.Function
        switch kind {
        case .sigmoid: function = .sigmoid
        case .tanh: function = .tanh
        case .relu: function = .relu
        case .leakyReLU:
            guard let slope = leakySlope(reading, &finding) else {
                return .failed("activation: leaky ReLU slope not stated")
            }
            function = .leakyReLU(slope: slope)
        case .elu:
            // (α has no default the sheet can be assumed to share.)
            guard let alpha = eluAlpha(reading, &finding) else { return .failed("activation: ELU's α not stated") }
            function = .elu(alpha: alpha)
        case .softmax:
            // ("Now divide the same scores by √d_k with d_k = 4 before the softmax": the numbers
            // changed in words, other than by a temperature, are not read.)
            if operand.divisor == nil, part.firstMatch(#"\btemperature\b"#) == nil,
               let changed = part.firstMatch(#"\bdivid\w*|\bscal(?:e|ed|es|ing)\b|\bmultipl\w*|\bsubtract\w*|\badd(?:s|ed|ing)?\b|\bdoubl\w*|\bhalv\w*|\btripl\w*|\bnegat\w*|\bsquar\w*|\bshift\w*|\bincreas\w*|\bdecreas\w*|\breduc\w*|\btimes\b|\bsign\b"#) {
                return .failed("activation: '\(changed[0])' changes the numbers before the softmax")
            }
            guard let temperature = temperature(reading, divisor: operand.divisor, &finding) else {
                return .failed("activation: softmax temperature named but its value not stated")
            }
            function = .softmax(temperature: temperature)
            operand.divisor = nil
            // ("the softmax at z1 = 3.0, keeping the other logits": one entry changed, not a softmax of one number.)
            if case .scalar = operand.value { return .failed("activation: the softmax of a single number") }
            if case .matrix = operand.value,
               part.firstMatch(#"\b(?:each|every) row\b|\brow[- ]?wise\b|\bover (?:the )?rows\b"#) == nil,
               reading.problemStatement.firstMatch(#"\b(?:each|every) row\b|\brow[- ]?wise\b"#) == nil {
                return .failed("activation: softmax of a matrix without the axis")
            }
        }
        if operand.divisor != nil { return .failed("activation: the operand divides by a value only softmax's temperature explains") }
        var atZero: Double?
        if derivative, kind == .relu || kind == .leakyReLU {
            atZero = derivativeAtZero(reading)
            if let atZero { finding.read("derivative_at_0", NormalizationReader.format(atZero)) }
        }
        return finding.finish(.activation(Activation(function, derivative: derivative, derivativeAtZero: atZero), operand.value))
    }

    enum Kind: String, Hashable {
        case sigmoid, tanh, relu
        case leakyReLU = "leaky_relu"
        case elu
        case softmax
    }

    private static func kind(named raw: String) -> Kind? {
        let name = raw.lowercased().filter { $0.isLetter || $0 == "σ" }
            .replacingOccurrences(of: "mathrm", with: "").replacingOccurrences(of: "operatorname", with: "")
            .replacingOccurrences(of: "mathbf", with: "").replacingOccurrences(of: "text", with: "")
        switch name {
        case "sigmoid", "sigma", "σ": return .sigmoid
        case "tanh": return .tanh
        case "relu": return .relu
        case "leakyrelu": return .leakyReLU
        case "elu": return .elu
        case "softmax": return .softmax
        default: return nil
        }
    }

    struct Operand {
        var value: SolverCall.Operand
        /// `s / T`: the divisor's text (a name or a number).
        var divisor: String?
    }

    /// The operand of the first application, else "of z" / "to z" / "at each entry of z",
    /// else the part's one literal array.
    private static func operand(_ reading: PartReading, applications: [[String]], _ finding: inout Finding) -> Operand? {
        var texts = applications.map { $0[3] }
        // "Evaluate the derivative of tanh at the same four points.": the numbers of the part before.
        // (The part a label names, "the same points as in (a)", "Same logits as in (d), but …", else
        // the one earlier part with numbers.)
        // ("Using your answer to (a), compute σ′(z) at the same three points.": a name the part
        // leaves unbound is the earlier part's numbers too.)
        let unbound = texts.allSatisfy { text in text.allSatisfy { $0.isLetter || $0 == "_" } && bound(text, reading) == nil }
        if texts.isEmpty || unbound, let same = reading.part.firstMatch(#"\b(?:(?:at|to|on|for) (?:the|those) )?same (?:\w+ )?(?:points|inputs|values|numbers|arguments|vectors?|logits|scores)\b(?:\s+as\s+(?:in\s+)?(?:part\s+)?\(([a-z])\))?"#) {
            func numeric(_ text: String) -> [ValueBinding] {
                MathScanner.bindings(in: text).filter { $0.literal.isNumeric && $0.literal.flat != nil && $0.literal.grid == nil }
            }
            // ("Same scores as in (a), but each score is doubled / the last is replaced by 5.0 / with a
            // fourth class": numbers changed from the part's, not its numbers.)
            if let change = reading.part.firstMatch(#"\b(?:doubl\w*|tripl\w*|halv\w*|replac\w*|chang\w*|add\w*|remov\w*|drop\w*|fourth|fifth|extra|another|new|multipl\w*|subtract\w*|shift\w*|negat\w*|except|increas\w*|decreas\w*|set to|scaled?)\b"#) {
                finding.note("'\(change[0])' changes the numbers of the part it names")
                return nil
            }
            let withNumbers = reading.segments.filter { $0.label != nil && !numeric($0.text).isEmpty }
            let chosen = same[1].isEmpty ? (withNumbers.count == 1 ? withNumbers.first : nil) : reading.segments.first { $0.label == same[1] }
            guard let previous = chosen, let label = previous.label, numeric(previous.text).count == 1, let binding = numeric(previous.text).first else { return nil }
            finding.read("input", "\(binding.name) = \(ConvolutionReader.display(binding.literal.text))", from: same[0])
            finding.assume(0.97, "the numbers of part (\(label))")
            return value(of: binding.literal).map { Operand(value: $0, divisor: nil) }
        }
        // "What is the derivative of the sigmoid at pre-activation 1.0?": the one point the part
        // states right after the function (not the statement's vector; not "a threshold at 0.5").
        if texts.isEmpty, let point = reading.part.firstMatch(#"(?i:\b(?:derivative|slope|gradient)\s+of\s+(?:the\s+)?(?:sigmoid|σ|tanh|relu|softplus|gelu|elu|swish|activation)(?:\s+(?:function|unit|activation))?|\b(?:sigmoid|tanh|relu|softplus|gelu|elu)(?:['′’]|['’]s derivative)?)\s+(?:evaluated\s+)?at\s+(?:the\s+)?(?:(?:pre-?activation|input|point|argument|value)\s+)?(?:\$?[A-Za-z](?:_\{?\w+\}?)?\$?\s*=\s*)?\$?([-−]?\d+(?:\.\d+)?)\$?(?=\s*[?.,;]|\s*$)"#),
           let value = Double(point[1].replacingOccurrences(of: "−", with: "-")) {
            finding.read("input", point[1], from: point[0])
            return Operand(value: .scalar(value), divisor: nil)
        }
        if texts.isEmpty, let match = reading.part.firstMatch(operandPhrase) {
            texts = [match[1]]
        }
        for text in texts {
            let cleaned = text.replacingOccurrences(of: "\\mathbf{", with: "").replacingOccurrences(of: "\\boldsymbol{", with: "")
                .replacingOccurrences(of: "\\vec{", with: "").filter { $0 != "}" && $0 != "$" }.trimmingSpaces
            var divisor: String?
            var name = cleaned
            if let slash = cleaned.firstMatch(of: #/^(.+?)\s*/\s*([A-Za-zτ]\w*|\d+(?:\.\d+)?)$/#) {
                name = String(slash.output.1).trimmingSpaces
                divisor = String(slash.output.2)
            }
            let characters = Array(name)
            if let literal = MathScanner.literal(characters, at: 0), literal.range.upperBound == characters.count, literal.isNumeric {
                finding.read("input", ConvolutionReader.display(literal.text))
                return value(of: literal).map { Operand(value: $0, divisor: divisor) }
            }
            // "softmax(1000, 1001, 1002)": the function applied to its numbers written as arguments.
            let arguments = name.split(separator: ",").map { String($0).trimmingSpaces.replacingOccurrences(of: "−", with: "-") }
            if arguments.count >= 2, case let values = arguments.compactMap(Double.init), values.count == arguments.count {
                finding.read("input", "(" + name + ")")
                return Operand(value: .vector(values), divisor: divisor)
            }
            guard name.allSatisfy({ $0.isLetter || $0.isNumber || $0 == "_" }), name.first?.isLetter == true else { return nil }
            // "σ′(z_k) … for each of the four logits": a free index over a stated vector z is each entry.
            var element: (literal: MathLiteral, fromContext: Bool)? = nil
            if bound(name, reading) == nil, let indexed = name.wholeMatch(of: #/([A-Za-z])_([ijkn])/#),
               reading.part.firstMatch("\\b" + String(indexed.output.2) + #"\s*=\s*\d"#) == nil,
               let (literal, fromContext) = bound(String(indexed.output.1), reading), literal.flat != nil, literal.grid == nil {
                element = (literal, fromContext)
                name = String(indexed.output.1)
            }
            guard let (literal, fromContext) = element ?? bound(name, reading) else { return nil }
            finding.read("input", "\(name) = \(ConvolutionReader.display(literal.text))")
            if fromContext { finding.assume(0.98, "\(name) from the problem's statement") }
            return value(of: literal).map { Operand(value: $0, divisor: divisor) }
        }
        if texts.isEmpty {
            let arrays = MathScanner.arrays(in: reading.part.text).filter(\.isNumeric)
            if arrays.count == 1, let only = arrays.first {
                finding.read("input", ConvolutionReader.display(only.text))
                return value(of: only).map { Operand(value: $0, divisor: nil) }
            }
            // "A classifier outputs the logits s = (2.0, 1.0, 0.1) … (a) Compute the softmax
            // probabilities.": a part with no numbers of its own takes the one array its
            // problem's statement gives.
            let statement = reading.problemStatement.text
            let stated = MathScanner.arrays(in: statement).filter(\.isNumeric)
            // (Not when the part gives numbers of its own: "at z1 = 2.0" is one point, "when z1 = 3.0"
            // changes one entry; neither is the logits as stated.)
            if arrays.isEmpty, stated.count == 1, let only = stated.first, describesOperand(only, in: statement),
               reading.part.firstMatch(#"\bat\s+\$?[A-Za-z](?:_\{?\w+\}?|\d{1,2})?\$?\s*=\s*\$?[-−]?\d|\b[A-Za-z](?:_\{?\w+\}?|\d{1,2})\$?\s*=\s*\$?[-−]?\d"#) == nil {
                finding.read("input", ConvolutionReader.display(only.text))
                finding.assume(0.95, "the numbers of the problem's statement")
                return value(of: only).map { Operand(value: $0, divisor: nil) }
            }
        }
        return nil
    }

    /// Whether the words just before an array call it what an activation applies to: "outputs
    /// the logits s = …", "the pre-activations z = …", "scores (…)".
    private static func describesOperand(_ literal: MathLiteral, in text: String) -> Bool {
        let characters = Array(text)
        let before = String(characters[max(0, literal.range.lowerBound - 40)..<min(literal.range.lowerBound, characters.count)])
        return before.range(of: #"\b(?:logits|scores|pre-?activations?|activations)\b"#, options: [.regularExpression, .caseInsensitive]) != nil
    }

    private static func value(of literal: MathLiteral) -> SolverCall.Operand? {
        if let number = literal.number { return .scalar(number) }
        if let flat = literal.flat { return .vector(flat) }
        if let grid = literal.grid { return .matrix(grid) }
        return nil
    }

    /// The one numeric value `name` is bound to in the part, else in the problem's
    /// statement (all its bindings there agreeing). `fromContext` tells which.
    static func bound(_ name: String, _ reading: PartReading) -> (MathLiteral, fromContext: Bool)? {
        // ("Compute ReLU'(z). At z = 0 use ReLU'(0) = 0, as PyTorch does.": the point of a
        // derivative's convention is not the input.)
        // (Only the binding inside that clause: "Compute ReLU'(z) for z = 0. At z = 0 use …" asks at 0.)
        let text = reading.part.text
        let clauses = text.matches(of: #/(?i)\bat\s+([A-Za-z]\w*)\s*=\s*([-−]?\d+(?:\.\d+)?)\s*,?\s*(?:we\s+)?(?:use|take|set|define|let|assume)\b[^.;]*?(?:'|′|’)\s*\(\s*([-−]?\d+(?:\.\d+)?)\s*\)\s*(?:=|:=|to be)/#)
            .filter { $0.output.2 == $0.output.3 }
            .map { text.distance(from: text.startIndex, to: $0.range.lowerBound)..<text.distance(from: text.startIndex, to: $0.range.upperBound) }
        if let own = reading.partBindings.last(where: { binding in
            binding.name == name && binding.literal.isNumeric && !clauses.contains { $0.contains(binding.literal.range.lowerBound) }
        }) { return (own.literal, false) }
        let statement = MathScanner.bindings(in: reading.problemStatement.text).filter { $0.name == name && $0.literal.isNumeric }
        if let first = statement.first, statement.allSatisfy({ $0.literal.value == first.literal.value }) { return (first.literal, true) }
        // ("Compute tanh'(z) element-wise for the same z." after "(c) Let z = (−2, 0.5, 1). …": the
        // latest earlier part that binds the name, when the part says it is the same.)
        // (Not a value the part changes, "for the same z, after doubling each entry"; "the same z as in
        // part (a)" is (a)'s.)
        guard statement.isEmpty, let same = reading.part.firstMatch(#"\b(?:the\s+)?same\s+\$?"# + NSRegularExpression.escapedPattern(for: name) + #"\$?(?![\w(])(?:\s+as\s+(?:in\s+)?(?:part\s+)?\(([a-z])\))?"#),
              reading.part.firstMatch(#"\b(?:doubl\w*|halv\w*|tripl\w*|scal\w*|multipl\w*|divid\w*|negat\w*|add\w*|plus|minus|shift\w*|squar\w*|times|increas\w*|decreas\w*|chang\w*|replac\w*|except|but)\b"#) == nil else { return nil }
        for segment in reading.segments.reversed() where segment.label != nil && (same[1].isEmpty || segment.label == same[1]) {
            let earlier = MathScanner.bindings(in: segment.text).filter { $0.name == name && $0.literal.isNumeric }
            if let last = earlier.last, earlier.allSatisfy({ $0.literal.value == last.literal.value }) { return (last.literal, true) }
            if !earlier.isEmpty { return nil }
        }
        return nil
    }

    /// Softmax's temperature: the divisor in `softmax(s / T)` (a number or a bound name),
    /// else "temperature T = 2" in the part; 1 when no temperature is mentioned.
    private static func temperature(_ reading: PartReading, divisor: String?, _ finding: inout Finding) -> Double? {
        if let divisor, let number = Double(divisor) {
            finding.read("temperature", divisor)
            return number
        }
        let names = divisor.map { [$0] } ?? ["T", "τ", "tau"]
        let mentioned = reading.part.firstMatch(#"\btemperature\b"#) != nil
        guard divisor != nil || mentioned else { return 1 }
        for name in names {
            if let (literal, _) = bound(name, reading), let number = literal.number {
                finding.read("temperature", "\(name) = \(NormalizationReader.format(number))")
                return number
            }
        }
        if let match = reading.part.firstMatch(#"\btemperature\s+(?:(?:T|τ|\\tau)\s*)?(?:=\s*|of\s+|is\s+)?(\d+(?:\.\d+)?)\b"#), let number = Double(match[1]) {
            finding.read("temperature", match[1], from: match[0])
            return number
        }
        return nil
    }

    /// ELU's α: "ELU with alpha = 1", "α = 0.5".
    private static func eluAlpha(_ reading: PartReading, _ finding: inout Finding) -> Double? {
        // (A statement's α is ELU's only in a sentence about ELU: "the learning rate is α = 0.01" is not.)
        let statement = reading.problemStatement.sentences.filter { StatementText($0).firstMatch(#"\belu\b"#) != nil }.map(StatementText.init)
        for text in [reading.part] + statement {
            if let match = text.firstMatch(#"(?:\balpha|α|\\alpha)\s*(?:of\s+|=\s*|is\s+)?(\d*\.\d+|\d+)\b"#), let value = Double(match[1]), value > 0 {
                finding.read("alpha", match[1], from: match[0])
                return value
            }
        }
        return nil
    }

    private static func leakySlope(_ reading: PartReading, _ finding: inout Finding) -> Double? {
        // "that leaky ReLU" (or "the same"): the earlier parts that state its slope, latest first.
        let earlier = reading.part.firstMatch(#"\b(?:that|the same|this) leaky\b"#) == nil ? []
            : reading.segments.reversed().filter { $0.label != nil }.map { StatementText($0.text) }
        for text in [reading.part, reading.problemStatement] + earlier {
            if let match = text.firstMatch(#"\b(?:negative[- ]slope|slope|leak|α|\\alpha|alpha)\s*(?:of\s+|=\s*|is\s+)?(\d*\.\d+|\d+)\b"#),
               let value = Double(match[1]) {
                finding.read("slope", match[1], from: match[0])
                return value
            }
        }
        return nil
    }

    /// A derivative written as an operator: "d/dt tanh(t)", "(d)/(dz)", "∂/∂z", "dσ/dz",
    /// "d tanh(x)/dx", and a pasted stacked "d/dz" whose numerator went elsewhere: "closest
    /// to dz tanh(z)" (a "dz" right before a function of z).
    static let leibniz = #"\(?(?:\bd|∂)\)?\s*/\s*\(?(?:d|∂)\s*[a-zA-Z]\b|(?:\bd|∂)\s*(?:σ|tanh|sigmoid|relu|softmax)\b[^/\n]{0,8}/\s*\(?(?:d|∂)\s*[a-z]\b|(?:\bd|∂)([a-z])\s+(?:σ|tanh|sigmoid|relu|softmax|ReLU)\s*\(\s*\1\s*\)"#

    /// The derivative of ReLU at 0 as the statement fixes it: "ReLU'(0) = 0", "take the
    /// derivative (of ReLU) at 0 to be 0".
    private static func derivativeAtZero(_ reading: PartReading) -> Double? {
        let patterns = [
            #"(?:relu|\\mathrm\{ReLU\}|\\text\{ReLU\}|\\operatorname\{ReLU\})\s*(?:'|′|’|\^\{?\\prime\}?)\s*\(\s*0\s*\)\s*(?:=|:=|to be|is)\s*(0\.5|1/2|0|1)(?!\d|\.\d)"#,
            #"\b(?:derivative|gradient|subgradient)[^.;]{0,30}?\bat\s+(?:z\s*=\s*|x\s*=\s*)?(?:zero|0)\b[^.;]{0,15}?(?:to be|is|as|=|equal to|equals)\s*(0\.5|1/2|0|1)(?!\d|\.\d)"#,
        ]
        for text in [reading.part, reading.problemStatement, reading.conventions] {
            for pattern in patterns {
                if let match = text.firstMatch(pattern) {
                    return match[1] == "1/2" ? 0.5 : Double(match[1])
                }
            }
        }
        return nil
    }
}
