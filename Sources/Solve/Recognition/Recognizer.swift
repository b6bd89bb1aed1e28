import Foundation
import Problems

/// Decides which solver a problem part needs, reads its parameters from the wording and
/// numbers, and computes the answer with the pure solvers.
///
/// The recognizer never guesses: a multiple-choice part, a part whose parameters are
/// missing or ambiguous, or one no solver family fits comes back
/// ``Recognition/notRecognized(reason:)``. Conventions it does apply (no padding when none
/// is mentioned, a pooling stride equal to the window, cross-correlation when the kernel
/// flip is not mentioned, ε = 0) lower the confidence and are named in the evidence.
public struct Recognizer: Sendable {
    public init() {}

    /// Recognizes one part.
    public func recognize(_ part: PartStatement) -> Recognition {
        let reading = PartReading(part)
        if reading.part.isEmpty { return .notRecognized(reason: "empty part") }
        // "(e) Apply 2 × 2 pooling with stride 2 to X:" over "(i) max pooling;" and "(ii) average
        // pooling.": the part only leads into its sub-parts, which ask the questions.
        // ("(c) Cross-correlate X with K, stride 1 and no padding." over "(i) Same, but flip K" sets a
        // task of its own, a whole sentence that starts with what to do.)
        let own = PartReading.strippingLabel(part.text).trimmingSpaces
        let ownTask = own.hasSuffix(".") && StatementText(own).firstMatch(#"^(?:compute|calculate|find|determine|evaluate|cross-correlate|convolve|apply|give|write|report)\b"#) != nil
        if part.hasSubparts, own.hasSuffix(":") || !own.contains("?") && !ownTask {
            return .notRecognized(reason: "it leads into its sub-parts, which ask the questions")
        }
        if let verb = Self.explanation(reading.part) { return .notRecognized(reason: "asks for an explanation ('\(verb)'), not a value") }
        // "Give a general expression for ∂L/∂z in terms of a and y": a formula, not a number.
        // ("Derive ∂L/∂z as an expression in p and y.")
        if let phrase = reading.part.firstMatch(#"\bgeneral (?:expression|formula)\b|\bas an? (?:expression|formula)\b|\b(?:expression|formula) in (?:[A-Za-zα-ω](?:_\w+)?|the \w+)\b|\bsymbolic(?:ally)?\b|\b(?:expression|formula) for\b[^.?]*\bin terms of\b|\bin terms of (?:[A-Za-zα-ω](?:_\w+)?|the \w+)(?:,? (?:and|or) [A-Za-zα-ω])?(?: only)?\s*[.?]?\s*$"#) {
            return .notRecognized(reason: "asks for an expression ('\(phrase[0])'), not a value")
        }
        // "Decide for each statement whether it is true or false": each part is a claim.
        if Self.multipleChoice(reading.part) == nil, part.options.isEmpty,
           reading.problemStatement.firstMatch(#"\btrue or false\b|\btrue/false\b|\bT/F\b"#) != nil,
           !reading.part.text.contains("?") {
            var claim = part
            claim.text = "True or False: " + PartReading.strippingLabel(part.text)
            return judging(claim) ?? .notRecognized(reason: "a true-or-false claim: needs an answer key")
        }
        if let choice = Self.multipleChoice(reading.part) ?? (part.options.isEmpty ? nil : "options") {
            if part.options.isEmpty, let judged = judging(part) { return judged }
            return choosing(part, phrase: choice)
        }
        // ("(2 points) Repeat (i) with a stride of 2": the points are no part of the question.)
        // (Or the part just before, named by place: "Same setting as above, but with stride 2.")
        let repeatedLabel = StatementText(PartReading.strippingLabel(reading.part.text)).firstMatch(#"^\s*"# + PartReading.repeatPattern)?[1]
            ?? (reading.part.firstMatch(PartReading.repeatPreviousPattern) != nil ? reading.repeatedPart?.label : nil)
        if let label = repeatedLabel, !reading.segments.contains(where: { $0.label == label }) {
            return .notRecognized(reason: "it repeats part (\(label)), which is not in the problem")
        }
        var direct = compute(reading)
        // "Repeat (i) with a stride of 2" read on its own takes its operands from wherever they
        // stand (the problem's 1D signal for (i)'s 2D map): only a reading through the repeated
        // part (its layer, or its question with the change) answers it.
        if repeatedLabel != nil, case .recognized(let answer) = direct, !answer.parameters.keys.contains(where: { $0.contains("referenced part") || $0 == "repeats" }) {
            direct = .notRecognized(reason: "it repeats another part, and its own text was read without that part's question")
        }
        // "Continue (d) for a second Adam step" starts where (d) ended: a reading of its own
        // words starts from the problem's initial state.
        if let continued = StatementText(PartReading.strippingLabel(reading.part.text)).firstMatch(Self.continuationPattern),
           case .recognized(let answer) = direct, !answer.parameters.keys.contains(where: { $0.contains("referenced part") }) {
            let label = continued[1].isEmpty ? continued[2] : continued[1]
            return .notRecognized(reason: "it continues part (\(label)) from where that part ended, which is not read")
        }
        if case .notRecognized = direct, let repeated = repeating(reading) {
            if case .recognized(var answer) = compute(repeated) {
                // The answer of the part it repeats, unchanged: the change was not read.
                if let label = reading.repeatedPart?.label, reading.earlierAnswers[label] == answer.answer {
                    return .notRecognized(reason: "it repeats part (\(label)) with a change that leaves (\(label))'s answer: the change is not understood")
                }
                answer.evidence += "; the question of the part it repeats, with its change"
                return .recognized(answer)
            }
        }
        return direct
    }

    /// "Continue (d) for a second step", "Continuing from (b), …", "Starting from your answer
    /// to (c), …"; group 1 is the label.
    static let continuationPattern = #"^\s*(?:continue|continuing|carry on|proceed)(?: from| with)? (?:part )?\(([a-z])\)|^\s*(?:starting|start) (?:from|at|with) (?:your |the )?(?:answer|result|output|weights?|values?|point|iterate) (?:(?:to|of|from|in) )?(?:part )?\(([a-z])\)"#

    /// "Same as (a), but with a stride of 2": (a)'s question with the settings the change names
    /// taken out (its "(valid)", "stride 1", "no padding"), then the change.
    private func repeating(_ reading: PartReading) -> PartReading? {
        let own = StatementText(PartReading.strippingLabel(reading.part.text))
        let found: (segment: (label: String?, text: String), change: String)
        if let match = own.firstMatch(#"^\s*"# + PartReading.repeatPattern + #"[,:;]?\s*(?:but\s+)?(.+)$"#),
           let segment = reading.segments.first(where: { $0.label == match[1] }) {
            found = (segment, match[2])
        } else if let match = own.firstMatch(PartReading.repeatPreviousLead), let segment = reading.segments.last(where: { $0.label != nil }) {
            // "Same as above, but with bidirectional=True.": the part just before.
            found = (segment, match[1])
        } else {
            return nil
        }
        let segment = found.segment
        var change = StatementText(found.change)
        var question = StatementText(segment.text)
        // "Same setting as (a), but using the depthwise separable block of 1(b) instead": (a)'s
        // question of "the layer of 1(a)" asked of the block of 1(b).
        let object = #"\bthe\s+(?:[\w-]+\s+){0,3}?(?:layer|block|module|network|convolution|model)\s+(?:of|in|from)\s+(?:problem\s+|question\s+)?\d+(?:\.\d+)?\s?\([a-z]\)"#
        if let new = change.firstMatch(#"^\s*(?:using|with|for|on)\s+("# + object + #")\s+instead\b"#),
           let old = question.firstMatch(object) {
            question = StatementText(question.text.replacingOccurrences(of: old[0], with: new[1]))
            change = change.removing(#"^\s*(?:using|with|for|on)\s+"# + object + #"\s+instead\b"#)
        }
        // "Same as (c), but with average pooling": (c)'s question with the other kind of pooling.
        let poolingKind = #"\b(max|maximum|average|avg|mean)(?=[- ]?pool)"#
        // (Only a change that is that alone: not "with global average pooling", nor "with average
        // pooling applied to X first, then the max pooling".)
        if let kind = change.firstMatch(poolingKind), let old = question.firstMatch(poolingKind),
           kind[1].lowercased().hasPrefix("max") != old[1].lowercased().hasPrefix("max"),
           change.firstMatch(#"^\s*(?:with|using)\s+(?:max|maximum|average|avg|mean)[- ]?pool\w*(?:\s+instead)?\s*[.;]?\s*$"#) != nil {
            question = StatementText(question.text.replacingOccurrences(of: "(?i)" + poolingKind, with: kind[1], options: .regularExpression))
            change = change.removing(#"\b(?:with\s+|using\s+)?(?:max|maximum|average|avg|mean)[- ]?pool\w*"#)
        }
        // "Same as (a), but with `bidirectional=True`" of "How many parameters does `lstm` have?":
        // (a)'s one module call (named, or written in the question) with the keyword arguments
        // the change writes in code, and nothing else.
        if let keywords = Self.keywordChange(change.text) {
            var target = question.text
            for module in reading.namedModules where target.range(of: #"(?<![\w.])"# + NSRegularExpression.escapedPattern(for: module.name) + #"(?![\w(])"#, options: .regularExpression) != nil {
                target = target.replacingOccurrences(of: #"(?<![\w.])"# + NSRegularExpression.escapedPattern(for: module.name) + #"(?![\w(])"#, with: module.call, options: .regularExpression)
            }
            // ("Consider nn.LSTM(…). (a) How many parameters does this LSTM have? (b) Same as above, but
            // with bidirectional=True.": a question without a call of its own asks of the statement's one call.)
            // (Only a question that asks the count of that module and nothing else.)
            if target.matches(of: #/\bnn\.\w+\([^()]*\)/#).isEmpty,
               case let stated = FrameworkCall.calls(in: reading.problemStatement.text), stated.count == 1,
               ModuleParameterReader.asksBareCount(question, of: stated[0]) {
                target += " (" + stated[0].text + ")"
            }
            let calls = target.matches(of: #/\bnn\.\w+\([^()]*\)/#)
            guard calls.count == 1, let call = calls.first else { return nil }
            var arguments = String(target[call.range])
            for (keyword, value) in keywords { arguments = Self.setting(keyword, to: value, in: arguments) }
            var statement = PartStatement(id: reading.id, text: target.replacingCharacters(in: call.range, with: arguments), context: reading.context.text)
            statement.conventions = reading.conventions.text
            statement.crossReferences = reading.crossReferenced?.text
            return PartReading(statement)
        }
        // "Repeat (b) for nn.LSTM(128, 256).": (b)'s question of its one module call asked of the
        // call the change writes, and nothing else.
        if let swap = change.firstMatch(#"^\s*(?:for|with|using|on)\s+(?:an?\s+|the\s+)?(?:single-layer\s+)?`?(nn\.\w+\([^()]*\))`?(?:\s+instead)?\s*[.;]?\s*$"#) {
            let calls = question.text.matches(of: #/\bnn\.\w+\([^()]*\)/#)
            guard calls.count == 1, let call = calls.first else { return nil }
            var statement = PartStatement(id: reading.id, text: question.text.replacingCharacters(in: call.range, with: swap[1]), context: reading.context.text)
            statement.conventions = reading.conventions.text
            statement.crossReferences = reading.crossReferenced?.text
            return PartReading(statement)
        }
        // "Repeat part (c) when the hidden nonlinearity is tanh instead of ReLU": (c)'s question
        // over the problem's equations with the one activation swapped.
        var context = reading.context.text
        let activation = #"(relu|tanh|sigmoid|sigma|σ|softplus|elu|gelu|leaky[_ ]?relu)"#
        if let swap = change.firstMatch(#"^\s*(?:when|with|if|using)\s+(?:the\s+)?(?:hidden\s+)?(?:non-?linearity|activation(?: function)?)\s+(?:is\s+|replaced by\s+)?"# + activation + #"\s+instead of\s+(?:the\s+)?"# + activation + #"\s*[.;]?\s*$"#) {
            let written = try? NSRegularExpression(pattern: #"\b"# + NSRegularExpression.escapedPattern(for: swap[2]) + #"(?=\s*\()"#, options: .caseInsensitive)
            guard let written, written.numberOfMatches(in: context, range: NSRange(context.startIndex..., in: context)) == 1 else { return nil }
            context = written.stringByReplacingMatches(in: context, range: NSRange(context.startIndex..., in: context), withTemplate: swap[1])
            change = StatementText("")
        }
        // Each setting's name and phrases: "a stride of 2", "stride=2"; "no padding", "padding 1"; "dilation 2".
        let settings: [(named: String, phrases: String)] = [
            (#"stride"#, #"\bstride (?:of )?\d+\b|\bstride\s*=\s*\d+"#),
            (#"pad\w*"#, #"\((?:valid|same)\)|\bvalid\b|\b(?:no|without) (?:zero[- ])?padding\b|\bpadding (?:of )?\d+\b|\bpadding\s*=\s*\w+"#),
            (#"dilat\w*"#, #"\bdilation (?:of )?\d+\b|\bdilation\s*=\s*\d+"#),
        ]
        // The change is settings only: a number it states outside them ("and 16 filters") is a
        // change this does not understand.
        // (A module the repeated part names, "conv1", stands in the change as its call: it is the
        // same layer, not a number of the change's.)
        var rest = change
        for module in reading.namedModules where segment.text.range(of: #"\b"# + NSRegularExpression.escapedPattern(for: module.name) + #"\b"#, options: .regularExpression) != nil {
            rest = StatementText(rest.text.replacingOccurrences(of: module.call, with: module.name))
        }
        for setting in settings { rest = rest.removing(setting.phrases) }
        // (A layer's name, "conv1", is no number; a module of its own, "followed by
        // nn.BatchNorm2d(128)", is a change this does not understand.)
        guard rest.removing(#"\b[A-Za-z_]+\d+\b"#).firstMatch(#"\d"#) == nil else { return nil }
        // (Nor a padding mode by name, which no reader takes from a change: "and 'same' padding".)
        guard rest.firstMatch(PartReading.namedPaddingMode) == nil else { return nil }
        // (Not a setting the change keeps: "keep the kernel size and padding of (a)".)
        let changed = settings.filter { setting in
            change.firstMatch("\\b" + setting.named) != nil
                && change.firstMatch(#"\b(?:keep|keeping|retain|retaining)\b(?:\s+[\w-]+){0,5}?\s+"# + setting.named + #"\b|\b"# + setting.named + #"\s+(?:unchanged|as (?:in|before))\b"#) == nil
        }
        // A framework call takes its settings from its arguments, not from the words after it:
        // "Repeat (a) with a stride of 2" for `nn.Conv2d(3, 32, kernel_size=5, stride=1, padding=2)`
        // is that call with `stride=2`.
        if question.firstMatch(Self.frameworkCall) != nil, !changed.isEmpty {
            guard let call = Self.call(question.text, changing: changed.map { String($0.named.prefix(3)) }, by: change) else { return nil }
            question = StatementText(call)
        } else {
            for setting in changed { question = question.removing(setting.phrases) }
        }
        // "Compute the 3 × 3 output Y …" repeated with a stride of 2: the size was the old setting's.
        if !changed.isEmpty {
            question = question.removing(#"\b\d+\s*[×x]\s*\d+\s+(?=output\b)|\b(?:of |with )?length \d+\s+(?=output\b)"#)
        }
        var statement = PartStatement(id: reading.id, text: question.text + " " + change.text, context: context)
        statement.conventions = reading.conventions.text
        statement.crossReferences = reading.crossReferenced?.text
        return PartReading(statement)
    }

    /// "with `bidirectional=True`", "using `groups=4, bias=False` instead" (then the question
    /// again, "How many parameters?"): a change that is keyword arguments in code and nothing
    /// else; nil otherwise.
    static func keywordChange(_ change: String) -> [(String, String)]? {
        guard let match = change.wholeMatch(of: #/\s*(?i:with|using|setting)?\s*`?([a-z_]+\s*=\s*\w+(?:\s*,\s*[a-z_]+\s*=\s*\w+)*)`?\s*(?i:instead)?\s*[.;]?\s*(?:(?i:how many|what)\b[^.?]*\?)?\s*/#) else { return nil }
        var keywords: [(String, String)] = []
        for item in match.1.split(separator: ",") {
            guard let pair = item.wholeMatch(of: #/\s*([a-z_]+)\s*=\s*(True|False|\d+)\s*/#) else { return nil }
            keywords.append((String(pair.1), String(pair.2)))
        }
        return keywords.isEmpty ? nil : keywords
    }

    /// `call` with the keyword argument `keyword=value` in place of the one it had, if any.
    static func setting(_ keyword: String, to value: String, in call: String) -> String {
        let without = call.replacingOccurrences(of: #"\s*,\s*"# + keyword + #"\s*=\s*[^,()]*"#, with: "", options: .regularExpression)
        return String(without.dropLast()) + ", \(keyword)=\(value))"
    }

    /// A PyTorch module call in a question: `nn.Conv2d(3, 32, kernel_size=5, padding=2)` (the
    /// same pattern as the literal in ``call(_:changing:by:)``).
    static let frameworkCall = #"\bnn\.\w+\([^()]*\)"#

    /// `question` with its one PyTorch call given the settings `change` states ("a stride of 2",
    /// "padding=0", "no padding") as keyword arguments in place of the ones it had; nil when
    /// the question holds another framework's call or several calls, or a setting in `changing`
    /// (by its first three letters) has no value the change states in digits. ("Valid" padding
    /// is none; a change to "same" padding never reaches here.)
    private static func call(_ question: String, changing: [String], by change: StatementText) -> String? {
        let calls = question.matches(of: #/\bnn\.\w+\([^()]*\)/#)
        guard calls.count == 1, let call = calls.first,
              question.range(of: #"\b(?:layers|keras|tf|torch\.nn\.functional|F)\.\w+\("#, options: .regularExpression) == nil else { return nil }
        var arguments = String(question[call.range])
        for keyword in ["stride", "padding", "dilation"] {
            let value: String
            if let stated = change.firstMatch("\\b" + keyword + #"(?: of)?\s*(?:=\s*)?(\d+)\b"#) {
                value = stated[1]
            } else if keyword == "padding", change.firstMatch(#"\b(?:no|without) (?:zero[- ])?padding\b|\bvalid\b"#) != nil {
                value = "0"
            } else if changing.contains(String(keyword.prefix(3))) {
                return nil
            } else {
                continue
            }
            arguments = setting(keyword, to: value, in: arguments)
        }
        return question.replacingCharacters(in: call.range, with: arguments)
    }

    /// "True or False: in a layer of 200 units with drop rate 0.2, the expected number of units
    /// zeroed is 40." The claim's subject is computed as a question and compared with the
    /// number it states: equal is `true`; a difference beyond the claim's rounding is `false`;
    /// within its rounding, only a hedged claim ("about 0.37") is `true`, else no verdict.
    private func judging(_ part: PartStatement) -> Recognition? {
        if let property = InvarianceReader.judge(part) { return .recognized(property) }
        let text = StatementText(part.text)
        // ("True / False:", "T/F:" open a claim too.)
        let opening = #"^\s*(?:\(?(?:true|t)\s*(?:or|/)\s*(?:false|f)\)?[:.,]?\s*)"#
        var question = part
        let match: [String]
        if let stated = text.firstMatch(opening + #"(.+?)\s+(?:is|equals|=|will be|would be|comes to)\s+(about |approximately |roughly |≈ ?)?(-?\d+(?:\.(\d+))?)\s*\.?\s*$"#) {
            match = stated
            question.text = match[1].trimmingSpaces + ". What is it?"
        } else if let counted = text.firstMatch(opening + #"(.+?)\s+(?:has|have|contains?)\s+(?:exactly\s+)?(about |approximately |roughly |≈ ?)?(\d{1,3}(?:,\d{3})+|\d+)()\s+((?:trainable |learnable )?(?:parameters|weights|biases|multiply-accumulates?|MACs|FLOPs))\s*\.?\s*$"#) {
            // "nn.BatchNorm2d(64) has 256 trainable parameters": how many it has, compared.
            match = counted
            question.text = "How many \(counted[5]) does \(counted[1].trimmingSpaces) have?"
        } else {
            return nil
        }
        guard let claimed = Double(match[3].replacingOccurrences(of: ",", with: "")) else { return nil }
        guard case .recognized(var computed) = compute(PartReading(question)) else {
            return .notRecognized(reason: "true or false: the claimed quantity is not computed")
        }
        let value: Double
        switch computed.answer {
        case .integer(let number): value = Double(number)
        case .real(let number): value = number.value
        default: return .notRecognized(reason: "true or false: computed \(computed.answer), not a number to compare")
        }
        let decimals = match[4].count
        let difference = abs(value - claimed)
        let verdict: Bool
        if difference <= RealValue.noise(around: value) {
            verdict = true
        } else if difference <= 0.5 * pow(10, -Double(decimals)) + 1e-12 {
            guard !match[2].isEmpty else { return .notRecognized(reason: "true or false: computed \(computed.answer), equal to the claimed \(match[3]) only after rounding") }
            verdict = true
        } else {
            verdict = false
        }
        computed.evidence += "; computed \(computed.answer), claimed \(match[2])\(match[3])"
        computed.answer = .text(verdict ? "true" : "false")
        return .recognized(computed)
    }

    /// A multiple-choice part whose options are numbers: the question computed without its
    /// options, then the one option equal to the result. Anything else needs a key.
    private func choosing(_ part: PartStatement, phrase: String) -> Recognition {
        let needsKey = Recognition.notRecognized(reason: "multiple choice (\(phrase)): needs an answer key")
        if let property = InvarianceReader.choose(part) { return .recognized(property) }
        if let extremum = choosingExtremum(part) { return extremum }
        if let shaped = choosingByShape(part) ?? choosingBySide(part) { return shaped }
        if let chosen = choosingArray(part) { return chosen }
        let values = part.options.compactMap { OptionValue.number(in: $0.text) }
        guard part.options.count >= 2, values.count == part.options.count, let reading = Self.question(of: part) else { return needsKey }
        guard Self.multipleChoice(reading.part) == nil, case .recognized(var computed) = compute(reading) else { return needsKey }
        let result: Double
        switch computed.answer {
        case .integer(let value): result = Double(value)
        case .real(let value): result = value.value
        case .vector(let values) where reading.part.firstMatch(#"\bsum of (?:its|the|all(?: the)?|these) (?:\w+ )?(?:outputs|entries|values|components|elements|activations)\b"#) != nil:
            // "The sum of its three outputs is (A) 2.1 (B) 1.9 …": the computed vector's sum.
            result = values.reduce(0, +)
            computed.evidence += "; the sum of \(computed.answer)"
        case .shape(let dimensions, let layout):
            // "What is the spatial size of the output (height = width)?" over numbers: the side
            // of a square output.
            guard reading.part.firstMatch(#"\bspatial (?:size|dimension|resolution|extent)\b|\b(?:height|width|side(?: length)?)\b"#) != nil,
                  let side = Self.squareSide(dimensions, layout: layout) else {
                return .notRecognized(reason: "multiple choice: computed \(computed.answer), not a number to match the options")
            }
            result = Double(side)
        default: return .notRecognized(reason: "multiple choice: computed \(computed.answer), not a number to match the options")
        }
        var matching = zip(part.options, values).filter { $0.1.matches(result) }
        // "The ratio … is closest to (A) 2 (B) 4 (C) 8 (D) 9": the nearest option, when clearly nearest.
        if matching.isEmpty, reading.part.firstMatch(#"\b(?:closest|nearest) to\b|\bapproximately\b|\broughly\b|\bbest approximat\w*"#) != nil,
           let nearest = OptionValue.nearest(to: result, among: values) {
            matching = [(part.options[nearest], values[nearest])]
            computed.evidence += "; the option nearest to it"
        }
        return Self.chosen(computed, among: matching.map(\.0))
    }

    /// The part's question without its options, read as a part of its own.
    static func question(of part: PartStatement) -> PartReading? {
        guard let cut = optionsStart(part) else { return nil }
        var question = part
        question.text = String(part.text[..<cut])
        question.options = []
        return PartReading(question)
    }

    /// The one option the computed answer matches, as the part's answer; no verdict for none or several.
    static func chosen(_ computed: RecognizedAnswer, among matching: [PartOption]) -> Recognition {
        guard matching.count == 1, let option = matching.first else {
            return .notRecognized(reason: "multiple choice: computed \(computed.answer), which matches \(matching.count) of the options")
        }
        var chosen = computed
        chosen.evidence += "; computed \(computed.answer) is option (\(option.label)) \(option.text)"
        chosen.answer = .choice(option.label)
        return .recognized(chosen)
    }

    /// "Which matrix is the result of 2 × 2 max pooling with stride 2 on M? (A) [3 8; 6 7] (B) …":
    /// options that are each one array; the question computed, the one option equal to its
    /// answer. Nil when the options are not arrays; no verdict when none or several equal it.
    private func choosingArray(_ part: PartStatement) -> Recognition? {
        let arrays = part.options.map { option -> [[Double]]? in
            let found = MathScanner.arrays(in: StatementText(option.text).text).filter(\.isNumeric)
            guard found.count == 1 else { return nil }
            return found[0].grid ?? found[0].flat.map { [$0] }
        }
        guard part.options.count >= 2, arrays.allSatisfy({ $0 != nil }), let reading = Self.question(of: part) else { return nil }
        guard Self.multipleChoice(reading.part) == nil, case .recognized(let computed) = compute(reading) else {
            return .notRecognized(reason: "multiple choice among arrays: the question is not computed")
        }
        let rows: [[Double]]
        switch computed.answer {
        case .matrix(let value): rows = value
        case .vector(let value): rows = [value]
        default: return .notRecognized(reason: "multiple choice among arrays: computed \(computed.answer), not an array")
        }
        func equal(_ a: [[Double]], _ b: [[Double]]) -> Bool {
            a.count == b.count && zip(a, b).allSatisfy { x, y in x.count == y.count && zip(x, y).allSatisfy { abs($0 - $1) <= RealValue.noise(around: $1) } }
        }
        // (A vector matches a row or a column.)
        let matching = zip(part.options, arrays).filter { equal(rows, $0.1!) || rows.count == 1 && equal(rows[0].map { [$0] }, $0.1!) }
        return Self.chosen(computed, among: matching.map(\.0))
    }

    /// The height of a shape whose height and width are equal, by its layout.
    static func squareSide(_ dimensions: [Int], layout: String?) -> Int? {
        guard let layout, layout.count == dimensions.count, let h = layout.firstIndex(of: "H"), let w = layout.firstIndex(of: "W") else { return nil }
        let (height, width) = (dimensions[layout.distance(from: layout.startIndex, to: h)], dimensions[layout.distance(from: layout.startIndex, to: w)])
        return height == width ? height : nil
    }

    /// Where the options start: the last "(A) ", "A) " or "A. " that the second option's label
    /// follows.
    static func optionsStart(_ part: PartStatement) -> String.Index? {
        guard part.options.count >= 2 else { return nil }
        func forms(_ label: String) -> [String] { ["(\(label)) ", "\(label)) ", "\(label). ", "(\(label))\n", "\(label).\n"] }
        let text = part.text
        let firsts = forms(part.options[0].label).flatMap { text.ranges(of: $0) }
            .filter { $0.lowerBound == text.startIndex || text[text.index(before: $0.lowerBound)].isWhitespace }
            .sorted { $0.lowerBound < $1.lowerBound }
        let second = forms(part.options[1].label)
        return firsts.last { range in second.contains { text[range.upperBound...].contains($0) } }?.lowerBound
    }

    private func compute(_ reading: PartReading) -> Recognition {
        // Most specific wording first; the first family that computes an answer wins.
        let readers: [(PartReading) -> Attempt] = [
            DerivedReader.read,
            TokenLossReader.read,
            FlattenedFeatures.read,
            AttentionCostReader.read,
            AttentionCostReader.readWeightEntries,
            NetworkTableReader.read,
            OperationCountReader.read,
            FeedForwardReader.read,
            ModuleParameterReader.read,
            LayerSizesReader.read,
            SamePaddingReader.read,
            ModuleShapeReader.read,
            KerasShapeReader.read,
            RecurrentShapeReader.read,
            ShapeReader.readReceptiveField,
            ParameterCountReader.read,
            NormalizationReader.readAxes,
            NormalizationReader.readMeanGradient,
            DropoutReader.read,
            LeastSquaresReader.read,
            AttentionReader.read,
            ScheduleReader.read,
            AdamMomentReader.read,
            GradientClipReader.read,
            OptimizerReader.read,
            LossReader.read,
            ActivationReader.read,
            NormalizationReader.readInference,
            NormalizationGraphReader.read,
            NormalizationReader.readNumbers,
            ShapeReader.readShape,
            PoolingReader.read,
            ConvolutionReader.readKernelRecovery,
            ConvolutionReader.read,
            GraphReader.read,
        ]
        for reader in readers {
            switch reader(reading) {
            case .notApplicable: continue
            case .recognized(let answer): return Self.selectingEntry(answer, reading)
            case .failed(let reason):
                // A part that a more specific family claims but cannot solve ("max pooling
                // of the output of (a)") is not handed on to a looser one; only the equations
                // the statement writes out ("a = w x + c, q = tanh(a)") may still answer it.
                // (Not when the part masks what the equations compute: "With a causal mask, compute QKᵀ/√d_k".)
                // (Nor when the part a sub-part belongs to does: "(e) Now apply a causal mask … (ii) Give the output.")
                if reading.part.firstMatch(#"\bmask\w*\b|\bcausal\b"#) == nil, reading.parentPart?.firstMatch(#"\bmask\w*\b|\bcausal\b"#) == nil,
                   case .recognized(let answer) = GraphReader.read(reading) { return Self.selectingEntry(answer, reading) }
                return .notRecognized(reason: reason)
            }
        }
        return .notRecognized(reason: "no solver family matches the wording")
    }

    /// The one entry of the computed array that the part asks for ("the top-left entry of …").
    private static func selectingEntry(_ computed: RecognizedAnswer, _ reading: PartReading) -> Recognition {
        // "What is the largest entry of the first row of …?": the extreme of a vector; of anything
        // else, not taken.
        if computed.answer.scalar == nil, let extreme = reading.part.firstMatch(#"\b(largest|smallest|biggest|maximum|minimum|max|min|highest|lowest)\s+(?:(?:predicted|output|class|softmax|posterior|attention)\s+)?(?:entry|element|value|component|weight|probability|score)\b"#) {
            guard case .vector(let values) = computed.answer, let value = ["largest", "biggest", "maximum", "max", "highest"].contains(extreme[1].lowercased()) ? values.max() : values.min() else {
                return .notRecognized(reason: "'\(extreme[0])' of the computed \(computed.answer) is not taken")
            }
            var answer = computed
            answer.evidence += "; '\(extreme[0])' of \(computed.answer)"
            answer.answer = EntrySelection.entry(value)
            return .recognized(answer)
        }
        // "What probability does the model now assign to *cat*?" of the classes (cat, dog, bird): cat's entry.
        if EntrySelection.asked(in: reading.part) == nil, case .vector(let values) = computed.answer,
           let classes = ClassNames(reading, count: values.count), let named = classes.asked(in: reading.part) {
            var answer = computed
            answer.evidence += "; '\(named.phrase)' of \(computed.answer)"
            answer.answer = EntrySelection.entry(values[named.index])
            return .recognized(answer)
        }
        // "what probability is assigned to the correct class?" under "… whose correct label is the
        // **first** class": that class's entry; a single probability asked of a vector otherwise is
        // not taken.
        if EntrySelection.asked(in: reading.part) == nil, case .vector(let values) = computed.answer, computed.solver == "softmax",
           let asked = reading.part.firstMatch(#"\bprobability\b[^.?]{0,40}?\b(?:correct|true|target|right)\s+(?:class|label|category)\b|\bwhat (?:is the )?probability (?:is )?(?:assigned|given|put)\b|\bwhat probability does\b"#) {
            let ordinals = ["first": 1, "second": 2, "third": 3, "fourth": 4, "fifth": 5, "sixth": 6, "last": values.count]
            let stated = [reading.part, reading.problemStatement].lazy.compactMap {
                $0.firstMatch(#"\b(?:correct|true|target)\s+(?:label|class)\s+is\s+(?:the\s+)?\**(first|second|third|fourth|fifth|sixth|last)\**\s+(?:class|one|entry|logit)\b"#)
            }.first
            // (Only the correct class itself: not "the second class", "the classes other than the
            // correct one", nor a part that sets another correct class, "suppose the correct label were …".)
            let correct = reading.part.firstMatch(#"\bprobability\b[^.?]{0,40}?\b(?:correct|true|target|right)\s+(?:class|label|category)\b"#) != nil
            let otherwise = reading.part.firstMatch(#"\bother than\b|\bexcept\b|\bin total\b|\bcombined\b|\bwere\b|\bsuppose\b|\binstead\b"#)
            // ("What probability does the model assign to the second class?": that class's entry.)
            let named = correct ? nil : reading.part.firstMatch(#"\b(?:to|of|for) the (first|second|third|fourth|fifth|sixth|last) (?:class|category)\b"#)
            guard otherwise == nil, let choice = named ?? (correct ? stated : nil), let index = ordinals[choice[1].lowercased()], index >= 1, index <= values.count else {
                return .notRecognized(reason: "'\(asked[0])' asks for one probability, and which entry of \(computed.answer) is not read")
            }
            var answer = computed
            answer.evidence += "; '\(choice[0])' of \(computed.answer)"
            answer.answer = EntrySelection.entry(values[index - 1])
            return .recognized(answer)
        }
        guard let selection = EntrySelection.asked(in: reading.part) else { return .recognized(computed) }
        switch selection.select(from: computed.answer) {
        case .success(let entry):
            guard entry != computed.answer else { return .recognized(computed) }
            var answer = computed
            answer.evidence += "; '\(selection.phrase)' of \(computed.answer)"
            answer.answer = entry
            return .recognized(answer)
        case .failure(let refusal):
            return .notRecognized(reason: refusal.reason)
        }
    }

    /// Recognizes several parts in order.
    public func recognize(_ parts: [PartStatement]) -> [Recognition] {
        var earlier = EarlierAnswers()
        return parts.map { part in
            let recognition = recognize(earlier.filling(part))
            earlier.record(recognition.recognized?.answer, for: part.id)
            return recognition
        }
    }

    /// The verb of a part that asks for words, not a value: "Briefly discuss why …", "Explain …",
    /// "Show that …", "Give two reasons why …" (its first sentence, after a points marker).
    static func explanation(_ text: StatementText) -> String? {
        // (Leading brackets are labels and markers: "(g) (Ungraded) Explain …", "[2 pts] Why …".)
        let sentences = text.removing(#"^(?:\s*[(\[][^()\[\]\n]{0,25}[)\]])+"#).sentences.map(StatementText.init)
        // "Give two reasons why …", "Name one advantage of …": words asked with a value's verb.
        // ("Give an example of an input for which …": one of many, not the value.)
        let reasons = #"^\s*(?:give|name|list|state|provide|identify)\s+(?:(?:one|two|three|a few|some|the main|an?)\s+)?(?:reasons?|advantages?|disadvantages?|benefits?|drawbacks?|ways?|differences?|examples? of (?:when|why|how))\b|^\s*(?:give|name|provide|construct|find)\s+(?:an|one|a)\s+(?:(?:simple|concrete|specific)\s+)?example\b|^\s*(?:give|provide|write)\s+(?:(?:a|an|one)\s+)?(?:(?:short|brief|one-sentence)\s+)?explanation\b"#
        // A sentence that asks for a value makes it a computation, whatever else it asks.
        // ("What does this suggest about …?", "What does it mean …": a question for words.)
        if sentences.contains(where: { $0.firstMatch(reasons) == nil && $0.firstMatch(#"^\s*(?:compute|calculate|find|give|what|which|how many|how large|determine|evaluate|recover|report|write (?:out|down))\b"#) != nil
            && $0.firstMatch(#"^\s*what (?:does|do|did|would|might) (?:this|that|it|these|those|the result) (?:suggest|mean|imply|tell|say|show|indicate)\b"#) == nil }) {
            return nil
        }
        return sentences.lazy.compactMap {
            // ("In (f), explain why …": a part referred to first.)
            $0.firstMatch(#"^\s*(?:(?:in|for|using|from|regarding) (?:part )?\([a-z]\),?\s+)?(?:briefly\s+|in (?:one|two|three|a few)(?: or (?:two|three))? sentences?,?\s+)?(explain|discuss|describe|justify|show that|prove|argue|why|comment|interpret|sketch|suggest|propose|design)\b"#)?[1]
                ?? $0.firstMatch(reasons).map { _ in "give reasons" }
                ?? $0.firstMatch(#"^\s*what (?:does|do|did|would|might) (?:this|that|it|these|those|the result) (suggest|mean|imply|tell|say|show|indicate)\b"#)?[1]
        }.first
    }

    /// The phrase that makes a part multiple choice, if any.
    static func multipleChoice(_ text: StatementText) -> String? {
        // ("True / False: …", "T/F: …": a claim offered for judging.)
        if let phrase = text.firstMatch(#"\b(?:choose|select|pick|circle) (?:one|the correct|the best|all that apply)\b|\bwhich of the following\b|\btrue or false\b|\btrue\s*/\s*false\b|^\s*T\s*/\s*F\b"#)?[0] {
            return phrase
        }
        // (Capitals only: "the count in (a) to the count in (b)" names parts.)
        if let options = text.firstMatch(#"(?-i:(?:^|\n|\s)\(A\)\s[\s\S]*?(?:^|\n|\s)\(B\)\s)"#) {
            return options[0].trimmingSpaces.prefix(3) + "… (B)"
        }
        return nil
    }
}
