/// Reads dropout parts: keep probability or drop rate, inverted or standard, and whether
/// the part asks for the scaling factor, an expected value or an expected count.
enum DropoutReader {
    static func read(_ reading: PartReading) -> Attempt {
        let mentions = #"\bdropout\b|\bdrop(?:ped)? (?:rate|probability)\b|\bkeep probability\b"#
        guard reading.part.firstMatch(mentions) != nil || reading.context.firstMatch(mentions) != nil else { return .notApplicable }
        // What is asked comes from the question's own words: "(no scaling during training;
        // activations are scaled at test time instead)" describes the variant.
        let part = reading.part.removing(#"\([^()]*\)"#)
        // "For the unit with h4 = 3.0, what is the variance of its inverted-dropout output during
        // training?": over the random mask, of one unit whose value the part states.
        if let spread = part.firstMatch(#"\bvariance\b|\bstandard deviation\b"#) {
            guard spread[0].lowercased() == "variance", part.firstMatch(#"\b(?:at|during) (?:test|inference|evaluation)\b|\bsample variance\b|\bacross (?:the )?units\b"#) == nil,
                  reading.part.firstMatch(#"\boutputs?\b"#) != nil else {
                return .failed("dropout: the \(spread[0]) of an output is not computed")
            }
            var finding = Finding(.dropout)
            finding.note(spread[0])
            guard let (value, phrase) = unitActivation(reading, part: part) else { return .failed("dropout variance: the unit's activation is not stated") }
            guard let keep = keepProbability(reading, &finding) else { return .failed("dropout variance: keep probability (or drop rate) not stated unambiguously") }
            guard case .named(let variant, let variantPhrase) = statedVariant(reading) else { return .failed("dropout variance: inverted or standard dropout is not stated") }
            finding.read("variant", variant.rawValue, from: variantPhrase)
            finding.read("activation", NormalizationReader.format(value), from: phrase)
            return finding.finish(.dropout(keep: keep, variant: variant, quantity: .trainingVariance(activation: value)))
        }
        let quantityPhrase: String
        enum Asked { case scale, expectedValue, zeroed, kept, survivor, testTime, maskedTraining }
        let asked: Asked
        let training = #"\b(?:during|in) training\b|\btraining[- ]time output\b|\bin this (?:training )?forward pass\b|\b(?:during|in|on|for) this training (?:step|pass|iteration)\b"#
        let testing = #"\b(?:at|during) (?:test|inference|evaluation)(?:[- ]time)?\b|\bat test[- ]time\b|\bin eval(?:uation)? mode\b|\b(?:test|inference)[- ]time (?:output|activations?|value)s?\b"#
        // "No scaling is done during training. What does the layer output at test time?": when
        // the part names both phases, the question's own sentence says which one is asked.
        let phase = Self.phase(asked: part, training: training, testing: testing)
        if phase == .unclear { return .failed("dropout: the part names training and test time, and its question names both or neither") }
        // ("… samples the keep mask m = (1, 0, 1, 1, 0). Compute the output of the layer.": a sampled mask is training.)
        if phase != .test, let match = part.firstMatch(training) ?? part.firstMatch(#"\bsampl(?:es|ed)\b[^.]*\bmask\b|\bmask\b[^.]*\bsampled\b"#),
           part.firstMatch(#"\boutputs?\b|\bgives?\b|\bproduces?\b|\breturns?\b|\bpass(?:es)? on\b"#) != nil, part.firstMatch(#"\bexpected\b"#) == nil, mask(reading) != nil {
            // "With inverted dropout, what does the layer output during training?" under a mask.
            asked = .maskedTraining
            quantityPhrase = match[0]
        } else if let match = part.firstMatch(#"\bexpected (?:number|count) of (?:units|neurons|activations|hidden units)[^.?]*?\b(?:set to zero|zeroed|dropped|dropped out|inactive|switched off|turned off)\b|\bhow many (?:units|neurons|activations)[^.?]*\b(?:set to zero|zeroed|dropped)\b"#) {
            asked = .zeroed
            quantityPhrase = match[0]
        } else if let match = part.firstMatch(#"\bexpected (?:number|count) of (?:units|neurons|activations|hidden units)[^.?]*?\b(?:kept|retained|survive|active|remain)\w*|\bhow many (?:units|neurons|activations)[^.?]*\b(?:kept|retained|survive|remain active)\b"#) {
            asked = .kept
            quantityPhrase = match[0]
        } else if let match = part.firstMatch(#"\bexpected (?:training[- ]time )?(?:value|output)\b|𝔼\[|\bE\["#) {
            // ("Given that the first unit is dropped, …", "(given …)": an expectation under a
            // condition on the mask is another quantity.)
            if let condition = reading.part.firstMatch(#"\bgiven (?:that )?\b|\bconditional\w*|\bconditioned\b|\bif (?:the|unit|units|it)\b[^.?]*\b(?:dropped|kept|zeroed)\b"#) {
                return .failed("dropout: '\(condition[0])' conditions the expectation on the mask")
            }
            asked = .expectedValue
            quantityPhrase = match[0]
        } else if phase != .training, let match = part.firstMatch(testing),
                  part.firstMatch(#"\boutputs?\b|\bwhat value\b|\bpassed\b|\bproduces?\b"#) != nil {
            asked = .testTime
            quantityPhrase = match[0]
        } else if let match = part.firstMatch(#"\bsurviv\w*\b|\bis (?:kept|retained|not dropped)\b"#),
                  part.firstMatch(#"\bwhat value\b|\bpass(?:es|ed)?\b|\boutputs?\b|\bsen[dt]s?\b"#) != nil {
            asked = .survivor
            quantityPhrase = match[0]
        } else if let match = part.firstMatch(#"\bscal(?:ing|e) factor\b|\bconstant c\b|\bmultipl\w+ by what\b|\bwhat (?:factor|constant)\b|\brescal\w+ factor\b"#) {
            asked = .scale
            quantityPhrase = match[0]
        } else {
            return .notApplicable
        }
        var finding = Finding(.dropout)
        finding.note(quantityPhrase)

        guard let keep = keepProbability(reading, &finding) else {
            return .failed("\(quantityPhrase): keep probability (or drop rate) not stated unambiguously")
        }
        let stated = statedVariant(reading)
        let variant: Dropout.Variant
        if case .both = stated {
            return .failed("\(quantityPhrase): both inverted and standard dropout are named")
        } else if case .named(let found, let phrase) = stated {
            variant = found
            finding.read("variant", found.rawValue, from: phrase)
        } else if asked == .survivor || asked == .testTime || asked == .maskedTraining {
            // What a unit passes on depends entirely on where the rescaling happens. (So do a
            // layer's outputs under a mask in training: held-out sheets label them ambiguous.)
            return .failed("\(quantityPhrase): inverted or standard dropout is not stated")
        } else if let other = reading.part.firstMatch(#"\b(?:another|a different|a second|a classmate['’]s|someone else['’]s) (?:dropout )?(?:layer|implementation|network|model)\b"#) {
            // "Another dropout layer has p = 0.5 …": the problem's variant is not this layer's, and
            // the part does not name one.
            return .failed("\(quantityPhrase): '\(other[0])' without saying inverted or standard dropout")
        } else {
            variant = .inverted
            finding.read("variant", "inverted")
            finding.assume(0.85, "variant not stated: inverted dropout assumed")
        }

        switch asked {
        case .scale:
            return finding.finish(.dropout(keep: keep, variant: variant, quantity: .scale))
        case .maskedTraining:
            guard let (activations, phrase) = activations(reading) else { return .failed("\(quantityPhrase): the layer's activations are not stated") }
            guard let mask = mask(reading), mask.values.count == activations.count else {
                return .failed("\(quantityPhrase): no keep mask of \(activations.count) entries")
            }
            finding.read("activations", phrase)
            finding.read("mask", mask.phrase)
            return finding.finish(.dropout(keep: keep, variant: variant, quantity: .trainingOutputs(activations: activations, keepMask: mask.values)))
        case .expectedValue, .survivor, .testTime:
            guard let activation = part.firstMatch(#"\b(?:value|activation|input)\s+(?:a\s*=\s*|of\s+|is\s+)?(-?\d+(?:\.\d+)?)\b|\ba\s*=\s*(-?\d+(?:\.\d+)?)\b"#) else {
                // "What does the layer output at test time?" of a vector of activations.
                if asked == .testTime, let (activations, phrase) = activations(reading) {
                    finding.read("activations", phrase)
                    return finding.finish(.dropout(keep: keep, variant: variant, quantity: .testOutputs(activations: activations)))
                }
                // "the expected value, over random masks, of the sum of the four training-time outputs":
                // expectation is linear, so it is the expected value of the activations' sum.
                // (The outputs as dropout leaves them: not squared, conditioned or passed on.)
                if asked == .expectedValue,
                   part.firstMatch(#"\b(?:sum|total) of (?:the |all )?(?:(?:\d+|two|three|four|five|six|seven|eight|nine|ten) )?(?:training[- ]time |layer['’]?s? )?outputs\b"#) != nil,
                   part.firstMatch(#"\bsquare\w*|\bgiven\b|\bcondition\w*|\bif\b|\bdropped\b|\bthen\b|\bpass\w*|\bReLU\b|\bdoubl\w*|\bafter\b|\bfinal\b|\babsolute\b"#) == nil,
                   let (activations, phrase) = activations(reading) {
                    let sum = activations.reduce(0, +)
                    finding.read("activations", phrase)
                    finding.read("sum", NormalizationReader.format(sum))
                    return finding.finish(.dropout(keep: keep, variant: variant, quantity: .expectedValue(activation: sum, decimal: sum != sum.rounded())))
                }
                // "the expected value … of the fourth output unit": that unit of the layer's activations.
                if asked == .expectedValue, let (value, phrase) = unitByOrdinal(reading, part: part) {
                    finding.read("activation", NormalizationReader.format(value), from: phrase)
                    return finding.finish(.dropout(keep: keep, variant: variant, quantity: .expectedValue(activation: value, decimal: value != value.rounded())))
                }
                return .failed("\(quantityPhrase): activation value not stated")
            }
            let text = activation[1].isEmpty ? activation[2] : activation[1]
            guard let value = Double(text) else { return .failed("\(quantityPhrase): activation value not readable") }
            finding.read("activation", text, from: activation[0])
            let quantity: SolverCall.DropoutQuantity = switch asked {
            case .survivor: .survivingOutput(activation: value)
            case .testTime: .testOutput(activation: value)
            default: .expectedValue(activation: value, decimal: text.contains("."))
            }
            return finding.finish(.dropout(keep: keep, variant: variant, quantity: quantity))
        case .zeroed, .kept:
            guard let match = part.firstMatch("\\b(\(NumberWords.pattern))\\s+(?:hidden\\s+)?(?:units|neurons|activations|nodes)\\b"),
                  let units = NumberWords.value(match[1]) else {
                return .failed("\(quantityPhrase): number of units not stated")
            }
            finding.read("units", "\(units)", from: match[0])
            return finding.finish(.dropout(keep: keep, variant: variant, quantity: asked == .zeroed ? .expectedZeroed(units: units) : .expectedKept(units: units)))
        }
    }

    /// (The word may stand in quotes: "the course's older ``classic'' dropout"; or the part says
    /// what it does: "dropped … during training without any rescaling".)
    private static let standardWords = #"\b(?:standard|vanilla|original|non-inverted|classic)["”’'`]*(?: \([^)]{0,20}\))? dropout\b|\bno (?:re)?scaling (?:happens |occurs |is (?:done|applied) )?(?:during|in) training\b|\bduring training without (?:any )?(?:re)?scaling\b|\bdo(?:es)?(?:n['’]t| not) (?:re)?scale (?:\w+ )?(?:during|in) training\b|\b(?:instead|only) (?:re)?scales? (?:\w+ )?at test[- ]time\b|\b(?:re)?scales? (?:\w+ )?(?:only|instead) at test[- ]time\b"#
    /// ("inverted-dropout output", but not "non-inverted dropout".)
    private static let invertedWords = #"(?:^|[^\w-])inverted(?: \([^)]{0,20}\))?[- ]dropout\b"#
    /// A framework's dropout module, "nn.Dropout(p=0.4)", "layers.Dropout(0.3)": inverted dropout.
    private static let frameworkModule = #"(?:^|[^.\w]|torch\.|keras\.)(?:nn|F|functional|layers)\.dropout\("#

    /// What the texts say of the variant.
    private enum StatedVariant {
        case named(Dropout.Variant, phrase: String)
        case both
        case unstated
    }

    /// The variant the part's own words name, else its problem's statement or the set's
    /// conventions — never an earlier part's ("(d) classic dropout …" says nothing of "(e) with
    /// inverted dropout"). The first text that names one decides.
    private static func statedVariant(_ reading: PartReading) -> StatedVariant {
        // ("Suppose instead that the course's older … dropout is used": a part that changes the
        // variant does not take the statement's module.)
        let changes = reading.part.firstMatch(#"\binstead\b|\bsuppose\b|\bolder\b|\bdifferent\b|\banother\b|\bvariant\b"#) != nil
        for text in [reading.part, reading.problemStatement, reading.conventions] {
            let standard = text.firstMatch(standardWords)
            let inverted = text.firstMatch(invertedWords) ?? (changes && text.text != reading.part.text ? nil : text.firstMatch(frameworkModule))
            switch (standard, inverted) {
            case let (standard?, nil): return .named(.standard, phrase: standard[0])
            case let (nil, inverted?): return .named(.inverted, phrase: inverted[0])
            case (.some, .some): return .both
            case (nil, nil): continue
            }
        }
        return .unstated
    }

    /// The activation of the one unit a part asks about: stated ("a unit has activation a = 2",
    /// "the unit whose activation is 4.0") or named by its place in the layer's activations
    /// ("the fourth unit"). When the part does both, they must agree.
    private static func unitActivation(_ reading: PartReading, part: StatementText) -> (Double, String)? {
        // (A word for the value, or a name set to it, must follow "has"/"with": not "each unit has a 20% chance".)
        let unit = #"\b(?:unit|neuron|node)\s+(?:whose (?:value|activation|input|output before dropout) is\s+(?:[A-Za-z]\w{0,3}\s*=\s*)?|of value\s+|(?:with|that has|has)\s+(?:an?\s+)?(?:value|activation|input)\s+(?:of\s+|is\s+)?(?:[A-Za-z]\w{0,3}\s*=\s*)?|(?:with|that has|has)\s+[A-Za-z]\w{0,3}\s*=\s*)(-?\d+(?:\.\d+)?)\b(?!\s*%)"#
        let values = Set(part.matches(unit).compactMap { Double($0[1]) })
        guard values.count <= 1 else { return nil }
        let stated = part.firstMatch(unit).flatMap { match in Double(match[1]).map { ($0, match[0]) } }
        let placed = unitByOrdinal(reading, part: part)
        switch (stated, placed) {
        case let (stated?, placed?): return (stated.0 - placed.0).magnitude < 1e-9 ? placed : nil
        case let (stated?, nil): return stated
        case let (nil, placed?): return placed
        case (nil, nil): return nil
        }
    }

    /// "the fourth unit", "the first unit's output": that entry of the layer's activations.
    private static func unitByOrdinal(_ reading: PartReading, part: StatementText) -> (Double, String)? {
        guard let (activations, phrase) = activations(reading),
              let unit = part.firstMatch(#"\b(first|second|third|fourth|fifth|sixth|seventh|eighth|last)\s+(?:output\s+|hidden\s+)?(?:unit|neuron|activation|entry|component)\b"#) else { return nil }
        let ordinals = ["first": 1, "second": 2, "third": 3, "fourth": 4, "fifth": 5, "sixth": 6, "seventh": 7, "eighth": 8, "last": activations.count]
        guard let n = ordinals[unit[1].lowercased()], n >= 1, n <= activations.count else { return nil }
        return (activations[n - 1], "\(unit[0]) of \(phrase)")
    }

    private enum Phase { case training, test, either, unclear }

    /// Which phase a part that names both asks about: the one its question sentence names.
    private static func phase(asked part: StatementText, training: String, testing: String) -> Phase {
        guard part.firstMatch(training) != nil, part.firstMatch(testing) != nil else { return .either }
        let questions = part.sentences.filter { $0.contains("?") }
        guard !questions.isEmpty else { return .unclear }
        // ("With the original dropout, which does not rescale during training, what does the
        // layer output at test time?": a relative clause describes the variant.)
        let question = StatementText(questions.joined(separator: " ")).removing(#",\s*(?:which|that|where)\b[^,?]*,"#)
        switch (question.firstMatch(training) != nil, question.firstMatch(testing) != nil) {
        case (true, false): return .training
        case (false, true): return .test
        default: return .unclear
        }
    }

    /// The layer's activations: a vector named `a`, `h` or `x`, the part's own else its problem's.
    private static func activations(_ reading: PartReading) -> ([Double], String)? {
        // ("… for the h of part (b)": the activations the named part gives.)
        let referenced = reading.referencedPart.map { MathScanner.bindings(in: $0.text.text) } ?? []
        // "Dropout … is applied to h from (a)(i)" under "z = (−1.5, 0, 0.5, 2.0)": the vector the
        // part names, or none (z is what h is computed from, not h).
        // (A name, not the article of "applied to a hidden layer's activations": punctuation or a
        // word of where it comes from follows it.)
        let named = reading.part.firstMatch(#"\b(?:appl(?:y|ied|ies)|used?)\s+(?:it\s+)?(?:to|on)\s+(?:the\s+)?(?:(?:activations?|vector|outputs?)\s+)?([ahxz])(?=\s*(?:[.,;:)]|$)|\s+(?:from|in|of|during|at|with|above|computed|given|obtained|produced|before|after)\b)"#)?[1]
        let names = named.map { [$0] } ?? ["a", "h", "x", "z"]
        // ("… feeds in h' = (2, 6) with mask (1, 0)": a part that writes numbers of its own, none of
        // them the activations read, is about other activations than the statement's.)
        // (A mask of 0s and 1s the part samples is no activations.)
        // (A mask the part names is no activations: "mask (1, 0, 1)", "m = (1, 0, 1)"; an unnamed
        // 0/1 vector may be either, and is the part's own numbers.)
        let maskText = reading.part.firstMatch(#"\bmask\s*(?:is\s*|of\s*|=\s*)?([(\[][01\s,]+[)\]])"#)?[1]
        let maskNames = Set(MathScanner.bindings(in: reading.part.text).filter { ["m", "mask", "M"].contains($0.name) }.map(\.literal.text))
        let own = MathScanner.arrays(in: reading.part.text).filter { $0.isNumeric && $0.text != maskText && !maskNames.contains($0.text) }
        // ("… sees the same activations a at test time": the latest earlier part that gives them.)
        let same = reading.part.firstMatch(#"\bthe same (?:activations?|inputs?|vector|outputs?)\b"#) == nil ? [] :
            reading.segments.filter { $0.label != nil && $0.label != reading.ownLabel }.reversed()
                .map { MathScanner.bindings(in: $0.text) }.first { bindings in bindings.contains { names.contains($0.name) && $0.literal.isArray } } ?? []
        for (index, bindings) in [reading.partBindings, MathScanner.bindings(in: reading.problemStatement.text), referenced, same].enumerated() {
            if let binding = bindings.last(where: { names.contains($0.name) && $0.literal.isArray }), let values = binding.literal.flat {
                if index > 0, !own.isEmpty { return nil }
                return (values, "\(binding.name) = \(ConvolutionReader.display(binding.literal.text))")
            }
        }
        return nil
    }

    /// A keep mask of 0s and 1s ("the sampled mask is m = (1, 0, 1, 1), where 1 means kept").
    /// A mask whose 1 could mean "dropped" is not read.
    private static func mask(_ reading: PartReading) -> (values: [Bool], phrase: String)? {
        // "… draws the mask (0, 1, 1, 0)": an array written right after "mask" is the part's own
        // keep mask; not a "drop mask", nor one whose 1 marks a dropped unit.
        let dropped = #"\b(?:a |the )?1(?:s)?\s*(?:(?:means|marks|indicates|denotes|stands for)\b|=)[^.;]{0,30}?\b(?:drop(?:ped)?|zeroed|removed|dropout)\b|\b0(?:s)?\s*(?:(?:means|marks|indicates|denotes)\b|=)[^.;]{0,30}?\bkep[tp]\b"#
        // ("the random mask (1 = keep) turns out to be [1, 0, 1, 1]": a note on the mask's code, then its values.)
        if let own = reading.part.firstMatch(#"(\w+\s+)?\bmask\s*(?:\([^()]{0,20}\)\s*)?(?:is\s*|of\s*|=\s*|was\s*|turn(?:s|ed)? out to be\s*|c(?:o|a)mes? out (?:as|to be)\s*)?([(\[][01\s,]+[)\]])"#) {
            guard !["drop", "dropped", "dropping"].contains(own[1].trimmingCharacters(in: .whitespaces).lowercased()),
                  reading.part.firstMatch(dropped) == nil, let values = MathScanner.arrays(in: own[2]).first?.flat else { return nil }
            return (values.map { $0 == 1 }, "mask \(ConvolutionReader.display(own[2]))")
        }
        for text in [reading.part, reading.problemStatement] {
            guard let binding = MathScanner.bindings(in: text.text).last(where: { ["m", "mask", "M"].contains($0.name) && $0.literal.isArray }),
                  let values = binding.literal.flat, values.allSatisfy({ $0 == 0 || $0 == 1 }) else { continue }
            if text.firstMatch(dropped) != nil { return nil }
            return (values.map { $0 == 1 }, "\(binding.name) = \(ConvolutionReader.display(binding.literal.text))")
        }
        return maskInWords(reading)
    }

    /// "the sampled mask keeps units 1, 2 and 4 (counting from 1) and drops units 3 and 5": the
    /// kept units by number, counted as the text says, or (without a word on it) when the kept
    /// and dropped units together are exactly 1…n or 0…n−1.
    private static func maskInWords(_ reading: PartReading) -> (values: [Bool], phrase: String)? {
        guard let count = activations(reading)?.0.count else { return nil }
        let list = #"((?:\d+\s*(?:,\s*(?:and\s+)?|and\s+)?)+)"#
        for text in [reading.part, reading.problemStatement] {
            guard let kept = text.firstMatch(#"\bkeeps? (?:only )?(?:units?|neurons?|entries|elements|positions|components) "# + list) else { continue }
            func numbers(_ written: String) -> [Int] { written.split(whereSeparator: { !$0.isNumber }).compactMap { Int($0) } }
            let keep = numbers(kept[1])
            let drop = text.firstMatch(#"\bdrops? (?:units?|neurons?|entries|elements|positions|components) "# + list).map { numbers($0[1]) } ?? []
            let first: Int
            if let base = text.firstMatch(#"\b(?:counting|numbered|indexed|counted) from (0|1)\b|\b(0|1)-(?:indexed|based)\b"#) {
                first = (base[1] + base[2]) == "0" ? 0 : 1
            } else if Set(keep + drop) == Set(1...count), keep.count + drop.count == count {
                first = 1
            } else if Set(keep + drop) == Set(0..<count), keep.count + drop.count == count {
                first = 0
            } else {
                return nil
            }
            let positions = keep.map { $0 - first }
            guard !positions.isEmpty, positions.allSatisfy({ $0 >= 0 && $0 < count }),
                  drop.allSatisfy({ !keep.contains($0) && $0 - first >= 0 && $0 - first < count }) else { return nil }
            return ((0..<count).map { positions.contains($0) }, kept[0])
        }
        return nil
    }

    /// The keep probability from "keep probability p = 0.8", "drop rate 0.2", "drops each
    /// unit with probability 0.3"; nil when missing or contradictory. A bare "p = 0.5"
    /// is ambiguous (keep in the original paper, drop in PyTorch) and is not read.
    private static func keepProbability(_ reading: PartReading, _ finding: inout Finding) -> Double? {
        let number = #"(\d*\.\d+|[01](?:\.\d+)?|\d+\s*%)"#
        let keepPatterns = [
            #"\b(?:keep|retain|retention|survival) probability (?:of |is |[pqα](?:_\{?keep\}?)? = |= )?"# + number,
            #"\bkeeps? (?:each|every) (?:unit|neuron|activation|node)[^.;]{0,30}?with (?:keep )?probability (?:p = )?"# + number,
            #"\bp_\{?keep\}? = "# + number,
        ]
        let dropPatterns = [
            #"\b(?:drop(?:out)?|dropping) (?:rate|probability) (?:of |is )?(?:q = |α = |p = |= )?"# + number + #"(?!\s*[−\-+*/])"#,
            #"\bdrops? (?:each|every) (?:unit|neuron|activation|node)[^.;]{0,30}?with probability (?:p = |q = )?"# + number,
            #"\bprobability of (?:dropping|being dropped|zeroing) (?:a unit )?(?:is )?"# + number,
            #"\bdropout (?:with |of |at )?(?:a )?(?:rate )?"# + number,
            // "nn.Dropout(p=0.4)", "F.dropout(x, p=0.2)", "layers.Dropout(0.3)": the frameworks'
            // argument is the drop rate.
            // (Not TensorFlow 1's tf.nn.dropout(x, 0.8), whose second argument is the keep probability.)
            #"(?:^|[^.\w]|torch\.|keras\.)(?:nn|F|functional|layers)\.dropout\((?:\s*\w+\s*,)?\s*(?:(?:p|rate)\s*=\s*)?"# + number + #"\s*[,)]"#,
        ]
        // "The original paper used a drop rate of 0.5; here we use a drop rate of p = 0.4": a
        // sentence that attributes its rate elsewhere is background. Rates that still differ
        // leave the keep probability unread.
        // ("… trained with the original, non-inverted dropout and keep probability q = 0.8": an
        // original variant is the problem's own.)
        let background = #"\b(?:paper|last year|literature|popular|recommended|often)\b|\boriginal (?:paper|work|authors?|article|publication|implementation)\b"#
        func first(_ patterns: [String], in text: StatementText) -> (Double, String)?? {
            var found: [(value: Double, phrase: String, background: Bool)] = []
            for sentence in text.text.components(separatedBy: ". ").flatMap({ $0.components(separatedBy: "; ") }) {
                let sentence = StatementText(sentence)
                let isBackground = sentence.firstMatch(background) != nil
                for pattern in patterns {
                    for match in sentence.matches(pattern) {
                        if let value = probability(match[1]) { found.append((value, match[0], isBackground)) }
                    }
                }
            }
            // A rate only ever attributed to others ("the original paper used 0.5") is not this one.
            guard !found.isEmpty else { return .some(nil) }
            let stated = found.filter { !$0.background }
            guard let chosen = stated.first else { return nil }
            guard stated.allSatisfy({ ($0.value - chosen.value).magnitude < 1e-9 }) else { return nil }
            return (chosen.value, chosen.phrase)
        }
        // "Another layer has p = 0.5" under "drop rate p = 0.25": the part's bare p means what the
        // statement named p; a bare p the context never names is not read, and does not let the
        // context's rate stand for it.
        let ownBare = reading.part.firstMatch(#"(?:^|[^\w.])([pq])\s*=\s*(\d*\.\d+|[01](?:\.\d+)?)(?![\d.])"#)
        for (text, fromContext) in [(reading.part, false), (reading.problemStatement, true), (reading.conventions, true)] {
            guard var keep = first(keepPatterns, in: text), var drop = first(dropPatterns, in: text) else { return nil }
            if fromContext, let ownBare, keep != nil || drop != nil {
                // ("Suppose instead p = 0.8 is the keep probability": the part says what its p is,
                // in words its own patterns did not read.)
                let sentence = reading.part.sentences.first { $0.contains(ownBare[0].trimmingCharacters(in: .whitespaces)) } ?? reading.part.text
                if StatementText(sentence).firstMatch(#"\bkeep\w*|\bretain\w*|\bdrop(?:s|ped|ping)?\b|\bsurviv\w*"#) != nil { return nil }
                guard let value = probability(ownBare[2]) else { return nil }
                let named = { (phrase: String) in StatementText(phrase).firstMatch(#"(?:^|[^\w.])"# + ownBare[1] + #"\s*="#) != nil }
                if let found = keep, named(found.1) { keep = (value, ownBare[0]); drop = nil }
                else if let found = drop, named(found.1) { drop = (value, ownBare[0]); keep = nil }
                else if abs((keep.map { $0.0 } ?? drop.map { 1 - $0.0 } ?? -1) - value) > 1e-9, abs((drop.map { $0.0 } ?? -1) - value) > 1e-9 { return nil }
            }
            if let keep, let drop, (keep.0 + drop.0 - 1).magnitude > 1e-9 { return nil }
            if let keep {
                finding.read("keep", NormalizationReader.format(keep.0), from: keep.1)
                if let drop { finding.note(drop.1) }
                if fromContext { finding.assume(0.98, "keep probability from the context") }
                return keep.0
            }
            if let drop {
                finding.read("drop", NormalizationReader.format(drop.0), from: drop.1)
                if fromContext { finding.assume(0.98, "drop rate from the context") }
                return 1 - drop.0
            }
        }
        return nil
    }

    private static func probability(_ text: String) -> Double? {
        let trimmed = text.filter { $0 != " " }
        if trimmed.hasSuffix("%"), let percent = Double(trimmed.dropLast()) { return percent / 100 }
        guard let value = Double(trimmed), value >= 0, value <= 1 else { return nil }
        return value
    }
}
