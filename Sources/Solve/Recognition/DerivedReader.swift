/// Reads a part that combines the answers of earlier parts of its problem: "What is the ratio
/// of your answer in (b) to your answer in (a)?", "the ratio (b)/(a)". Both parts must have a
/// number for an answer; otherwise nothing is computed.
enum DerivedReader {
    /// One operand: "your answer in (b)", "the MAC count of (a)", "part (c)", "(c)".
    private static let operand = #"(?:(?:your|the) [\w -]{0,30}?(?:in|to|of|from|for) )?(?:part )?\(([a-z])\)"#

    /// Quantities a ratio may compare, by the words that name them.
    static let quantities: [(String, String)] = [
        ("multiply-accumulates", #"\bMACs?\b|\bmultiply[-–— ]+(?:and[- ])?accumulat\w*"#),
        ("FLOPs", #"\bFLOPs?\b|\bfloating[- ]point operations\b"#),
        ("parameters", #"\bparameters?\b|\bweights?\b"#),
    ]

    static func read(_ reading: PartReading) -> Attempt {
        let patterns = [
            #"\bratio of "# + operand + #"\s+(?:to|and|over)\s+"# + operand,
            #"\bratio\b[^.?]{0,20}?\(([a-z])\)\s*/\s*\(([a-z])\)"#,
            // "(Give (e)/(d).)": the quotient written out.
            #"\b(?:give|compute|report|i\.e\.,?)\s+\(([a-z])\)\s*/\s*\(([a-z])\)(?=\s*(?:[.)?]|$))(?!\s*[.)?]?\s*(?:[-+×*x/−]|minus|times|subtract))"#,
        ]
        let labels: [String]
        let phrase: String
        if let match = patterns.lazy.compactMap({ reading.part.firstMatch($0) }).first {
            (labels, phrase) = ([match[1].lowercased(), match[2].lowercased()], match[0])
        } else if let comparison = comparison(reading.part) {
            (labels, phrase) = comparison
        } else if let sum = composition(reading) {
            return sum
        } else if let predicted = prediction(reading) {
            return predicted
        } else if let ratio = separableCostRatio(reading) {
            return ratio
        } else if let asked = reading.part.firstMatch(asksRatio) {
            // "By what factor does the cost fall?" without the parts it compares: no other family
            // may answer it with a count or a shape.
            return .failed("'\(asked[0])' asks for a ratio, and the parts it compares are not named")
        } else {
            return .notApplicable
        }
        let answers = labels.compactMap { reading.earlierAnswers[$0] }
        guard answers.count == 2, answers.allSatisfy({ $0.scalar != nil }) else {
            return .failed("'\(phrase)': the parts it divides have no numbers for answers")
        }
        // ("… as a percentage", "(a)/(b) subtracted from 1": the quotient is a step of what is asked.)
        if let more = reading.part.firstMatch(#"\bpercent\w*|%|\bsubtract\w*|\bminus\b|\b1\s*[-−]\s*\(|\bsavings?\b|\breduc\w* by\b"#) {
            return .failed("'\(phrase)': '\(more[0])' asks more than the quotient")
        }
        // ("(c) Parameters? FLOPs on a … input?": a part that asks two things has two answers, and
        // which one its found answer is, is not known.)
        if let label = labels.first(where: { label in (reading.segments.first { $0.label == label }?.text.filter { $0 == "?" }.count ?? 0) > 1 }) {
            return .failed("'\(phrase)': part (\(label)) asks more than one thing")
        }
        // ("By what factor does the block of (b) reduce the MACs compared with (d)?" where (b) counts
        // parameters: a quantity the ratio names must be the one each part asks for.)
        for (kind, pattern) in Self.quantities where StatementText(phrase + " " + reading.part.text).firstMatch(pattern) != nil {
            for label in labels {
                guard let segment = reading.segments.first(where: { $0.label == label }), StatementText(segment.text).firstMatch(pattern) != nil else {
                    return .failed("'\(phrase)': part (\(label)) does not ask for the \(kind) the ratio compares")
                }
            }
        }
        var finding = Finding(.derived)
        finding.read("numerator", "\(answers[0])", from: phrase)
        finding.read("denominator", "\(answers[1])")
        finding.assume(0.95, "operands: the answers found for parts (\(labels[0])) and (\(labels[1]))")
        return finding.finish(.answerRatio(numerator: answers[0], denominator: answers[1]))
    }

    /// "One encoder layer consists of the attention module of (b), the feed-forward block of (d)
    /// and two LayerNorms as in (c). How many parameters does it have?": the sum of the parts'
    /// counts, each as many times as the list says. Every item must name one earlier part whose
    /// answer is a whole number, and the part must ask for a count.
    static func composition(_ reading: PartReading) -> Attempt? {
        // (Parameter counts only, each listed part's question asking for parameters too.)
        guard let lead = reading.part.firstMatch(#"\b(?:consists of|is made (?:up )?of|comprises|is composed of)\s+([^.?;]+)"#),
              reading.part.firstMatch(#"\bparameters\b"#) != nil, ModuleParameterReader.asksCount(reading.part) != nil else { return nil }
        let items = lead[1].replacing(#/,?\s+and\s+/#, with: ", ").components(separatedBy: ", ").map { $0.trimmingCharacters(in: .whitespaces) }
        guard items.count >= 2 else { return nil }
        var total = 0
        var read: [String] = []
        for item in items {
            let labels = item.matches(of: #/\(([a-z])\)/#).map { String($0.output.1) }
            guard labels.count == 1, let label = labels.first else { return nil }
            guard let asked = reading.segments.last(where: { $0.label == label }), StatementText(asked.text).firstMatch(#"\bparameters\b"#) != nil else {
                return .failed("'\(item)': part (\(label)) does not count parameters")
            }
            // ("3 × 3 convolutions as in (c)": a size, not a count.)
            if item.firstMatch(of: #/^\d+\s*[×x*]/#) != nil { return nil }
            let count = item.firstMatch(of: #/^(?:(a|an|one|the|two|three|four|five|six|\d+)\s+)/#).flatMap { match -> Int? in
                let word = String(match.output.1).lowercased()
                return ["a", "an", "the"].contains(word) ? 1 : NumberWords.value(word)
            } ?? 1
            guard case .integer(let value)? = reading.earlierAnswers[label] else {
                return .failed("'\(item)': part (\(label)) has no whole number for an answer")
            }
            total += count * value
            read.append(count == 1 ? "(\(label)) \(value)" : "\(count) × (\(label)) \(value)")
        }
        var finding = Finding(.derived)
        finding.read("sum", read.joined(separator: " + "), from: lead[0])
        finding.assume(0.95, "operands: the answers found for the parts it lists")
        return finding.finish(.fixedCount(total, name: "sum_of_parts", family: .derived))
    }

    /// "Using the ridge model from (c), predict y for the new input (x_1, x_2) = (3, −1).": the
    /// weights an earlier part found, dotted with the input. Only for a linear model without an
    /// intercept, as its problem or the part that fit it says, and weights as many as the input's
    /// entries.
    static func prediction(_ reading: PartReading) -> Attempt? {
        guard let asks = reading.part.firstMatch(#"\bpredict\w*\b"#),
              let model = reading.part.firstMatch(#"\b(?:model|weights|fit|solution|regression)\s+(?:from|of|in|found in)\s+(?:part\s+)?\(([a-z])\)"#),
              let input = reading.part.firstMatch(#"\b(?:input|point|example|features?)\b[^.?=]{0,30}=\s*\(([^()]+)\)"#) else { return nil }
        // (Or the part that fit it: "(c) Now drop the intercept and fit ŷ = wᵀx …".)
        let fitting = reading.segments.first { $0.label == model[1] }.map { StatementText($0.text) }
        guard reading.problemStatement.firstMatch(#"\b(?:without|no)\s+(?:an?\s+)?(?:intercept|bias)\b"#) != nil
                || fitting.flatMap({ LeastSquaresReader.intercept($0) }) == false else {
            return .failed("'\(asks[0])': whether the model of (\(model[1])) has an intercept is not stated")
        }
        let entries = input[1].split(separator: ",").map { Double($0.trimmingCharacters(in: .whitespaces).replacingOccurrences(of: "−", with: "-")) }
        guard case .vector(let weights)? = reading.earlierAnswers[model[1]], entries.allSatisfy({ $0 != nil }), weights.count == entries.count else {
            return .failed("'\(asks[0])': part (\(model[1]))'s weights and the input do not match")
        }
        let value = zip(weights, entries.compactMap { $0 }).map(*).reduce(0, +)
        var finding = Finding(.derived)
        finding.read("weights", "\(weights)", from: model[0])
        finding.read("input", input[1], from: input[0])
        finding.assume(0.95, "weights: the answer found for part (\(model[1]))")
        return finding.finish(.fixedValue(value, name: "linear_prediction"))
    }

    /// Words that ask for a ratio or a factor between two quantities.
    static let asksRatio = #"\bby what factor (?:does|do|is|are|did)\b[^?.]{0,120}?\b(?:reduc|decreas|cut|shrink|lower|increas|grow|rais)\w*|\bhow many times (?:more|fewer|less|larger|smaller|bigger|greater)\b|\bwhat is the ratio of\b|\b(?:reduction|compression|speed-?up) factor\b"#

    /// "What is the ratio of the MACs of the standard convolution to the MACs of the depthwise
    /// separable convolution?": k²·C_out / (k² + C_out) for the statement's layer (C_in and the
    /// output's size cancel), or its inverse in the other order. Multiply–accumulates only (no
    /// bias, the same output size for both); parameters, with their biases, are not computed here.
    static func separableCostRatio(_ reading: PartReading) -> Attempt? {
        let part = reading.part
        let standard = #"(?:standard|regular|ordinary|original|plain|full|normal) (?:\d+\s*[×x]\s*\d+ )?(?:conv\w*|layer)"#
        let separable = #"(?:depthwise[- ])?separable (?:conv\w*|version|layer|replacement|block)"#
        let cost = #"(?:MACs?|multiply[- –]+(?:accumulate|add)s?(?: operations)?|multiplications)"#
        // "the ratio of the MACs of the standard convolution to …", and "the ratio of the standard
        // layer's MACs to the separable layer's MACs".
        guard let ratio = part.firstMatch(#"\bratio of (?:the )?"# + cost + #"\b[^.?]{0,40}?\b(?:(?:the )?("# + standard + "|" + separable + #"))[^.?]{0,60}?\bto (?:the )?(?:(?:MACs?|multiply[- –]+(?:accumulate|add)s?|multiplications|those|that) of (?:the |a |its )?)?(?:(?:the )?("# + standard + "|" + separable + "))")
                ?? part.firstMatch(#"\bratio of (?:the )?("# + standard + "|" + separable + #")'s "# + cost + #" to (?:the |a )?("# + standard + "|" + separable + #")'s "# + cost + #"\b"#)
                // ("the ratio (MACs of the depthwise separable layer of part (b)) / (MACs of the standard layer of part (a))")
                ?? part.firstMatch(#"\bratio\s*\(\s*"# + cost + #"\s+of\s+(?:the\s+)?("# + standard + "|" + separable + #")[^/]*?\)\s*/\s*\(\s*"# + cost + #"\s+of\s+(?:the\s+)?("# + standard + "|" + separable + ")") else { return nil }
        let first = StatementText(ratio[1]).firstMatch(#"\bseparable\b"#) == nil
        let second = StatementText(ratio[2]).firstMatch(#"\bseparable\b"#) == nil
        guard first != second else { return .failed("'\(ratio[0])': the two layers it compares are one") }
        if part.firstMatch(#"\binclud\w* (?:the )?bias"#) != nil { return .failed("'\(ratio[0])': counting the bias additions follows no single convention") }
        var finding = Finding(.derived)
        finding.note(ratio[0])
        // (The layer as the part states it, channels and all, else its problem's statement.)
        let texts = ParameterCountReader.channels(part) != nil ? [part, reading.problemStatement] : [reading.problemStatement]
        guard let (kernel, _, outChannels) = ParameterCountReader.layer(texts, kernel: { ParameterCountReader.kernel($0, skippingPointwise: true) }, &finding) else {
            return .failed("'\(ratio[0])': the standard convolution's kernel or channels are not stated")
        }
        // ("the depthwise separable convolution of part (b)": one whose sizes differ is another layer.)
        // (Every kernel the texts write must be the standard one's: "whose depthwise convolution uses
        // a 3 × 3 kernel" under a 5 × 5 layer is another layer.)
        // (Every part the ratio names, not only the one referenced: "(MACs of … part (a)) / (MACs of
        // … part (b))" where (b)'s depthwise stage has stride 2.)
        let named = part.matches(#"\(([a-z])\)"#).compactMap { label in reading.segments.last(where: { $0.label == label[1] }).map { StatementText($0.text) } }
        for text in [part, reading.problemStatement, reading.referencedPart?.text].compactMap({ $0 }) + named {
            for size in text.matches(#"\b(\d+)\s*[×x]\s*(\d+)\s+(?:depthwise\s+)?(?:kernel|filter|conv\w*)\b|\b(?:kernel|filter) (?:of size |size )?(\d+)\s*[×x]\s*(\d+)\b|\ba (\d+)\s*[×x]\s*(\d+) kernel\b"#) {
                let sides = size[1...].compactMap { Int($0) }
                guard sides.count == 2 else { continue }
                if sides[0] == 1 && sides[1] == 1 { continue }
                if sides[0] != kernel.rows || sides[1] != kernel.columns { return .failed("'\(size[0])': a kernel other than the standard layer's") }
            }
        }
        for text in [part, reading.referencedPart?.text].compactMap({ $0 }) + named {
            if let out = text.firstMatch(#"\bpointwise\b[^.?]{0,60}?\bto (\d+) (?:output )?channels\b"#), Int(out[1]) != outChannels {
                return .failed("'\(out[0])': the separable layer's output channels differ from the standard one's")
            }
            if let depthwise = text.firstMatch(#"\b(\d+)\s*[×x]\s*(\d+) depthwise\b"#), Int(depthwise[1]) != kernel.rows || Int(depthwise[2]) != kernel.columns {
                return .failed("'\(depthwise[0])': the separable layer's kernel differs from the standard one's")
            }
            if let multiplier = text.firstMatch(#"\b(?:channel|depth) multiplier\b"#) { return .failed("'\(multiplier[0])' is not read") }
            if let stride = text.firstMatch(#"\bstride(?:\s+of|\s*=)?\s*([2-9])\b"#) { return .failed("'\(ratio[0])': '\(stride[0])' may be either layer's") }
        }
        guard kernel.rows <= 1_000, kernel.columns <= 1_000, outChannels <= 1_000_000 else { return .failed("'\(ratio[0])': sizes out of range") }
        let area = kernel.rows * kernel.columns
        finding.read("ratio", first ? "k²·C_out / (k² + C_out)" : "(k² + C_out) / (k²·C_out)")
        let (numerator, denominator) = first ? (area * outChannels, area + outChannels) : (area + outChannels, area * outChannels)
        return finding.finish(.answerRatio(numerator: .integer(numerator), denominator: .integer(denominator)))
    }

    /// A comparison of one part's answer with another's: "By what factor does the layer of
    /// part (b) reduce the parameter count relative to part (a)?" (a over b), "How many times
    /// more multiplications does (c) need than (a)?" (c over a). The labels come back as
    /// numerator, denominator.
    static func comparison(_ part: StatementText) -> (labels: [String], phrase: String)? {
        let reference = #"\s+(?:that of\s+|the [\w -]{0,30}?\s(?:of|in)\s+)?(?:part\s+)?\(([a-z])\)"#
        let factor = #"\bby what factor (?:does|do|is|are|did) [^?.]{0,80}?\(([a-z])\)[^?.]{0,60}?\b(reduc|decreas|cut|shrink|lower|increas|grow|rais|multipl)\w*[^?.]{0,60}?\b(?:relative to|compared (?:to|with)|versus|vs\.?|over|than)"# + reference
        if let match = part.firstMatch(factor) {
            let (subject, other) = (match[1].lowercased(), match[3].lowercased())
            guard subject != other else { return nil }
            let falls = ["reduc", "decreas", "cut", "shrink", "lower"].contains(match[2].lowercased())
            return (falls ? [other, subject] : [subject, other], match[0])
        }
        let times = #"\bhow many times (more|fewer|less|larger|smaller|bigger|greater)\b[^?.]{0,80}?\(([a-z])\)[^?.]{0,60}?\bthan"# + reference
        if let match = part.firstMatch(times) {
            let (subject, other) = (match[2].lowercased(), match[3].lowercased())
            guard subject != other else { return nil }
            let falls = ["fewer", "less", "smaller"].contains(match[1].lowercased())
            return (falls ? [other, subject] : [subject, other], match[0])
        }
        return nil
    }
}
