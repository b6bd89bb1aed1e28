import Foundation
/// Everything a family reader needs from one part: its text, its context, the values
/// bound in both, and the earlier part a reference such as "part (c)" points to.
struct PartReading: Sendable {
    /// The part's id, e.g. `1d.ii`.
    let id: String
    let part: StatementText
    let context: StatementText
    /// The set's conventions (its text before the first problem).
    let conventions: StatementText
    /// Parts of other problems the part or its problem names ("the convolution of 1(a)(i)").
    let crossReferenced: StatementText?
    /// Modules the problem binds to names in code, in order (`conv1 = nn.Conv2d(…)`).
    let namedModules: [(name: String, call: String)]
    /// The names of ``namedModules`` the part uses (its text has their calls in their place).
    let usedModules: [String]
    /// Answers found for the problem's earlier parts, by bare label.
    let earlierAnswers: [String: Answer]
    let partBindings: [ValueBinding]
    let contextBindings: [ValueBinding]
    /// The context split at lines starting with a part label: `(label, text)`;
    /// the problem statement has label nil.
    let segments: [(label: String?, text: String)]
    /// The statement of the problem (the context before its first part); with a table of
    /// settings per part (``settingsRow``), the part's row and the statement without the table.
    let problemStatement: StatementText
    /// The part's row of its statement's table of settings, if the statement has one
    /// (``settingsTableRow(id:statement:)``).
    let settingsRow: (row: StatementText?, steps: Int?, statement: StatementText)?

    /// A linear layer's input features that the statement leaves as a symbol after a
    /// flattening (`nn.Linear(D, 10)`), worked out from the modules before it.
    let flattenedFeatures: FlattenedFeatures?

    init(_ statement: PartStatement) {
        id = statement.id
        // "nn.Flatten() then nn.Linear(D, 10)": the statement read with D's value in place, except
        // by a part that writes D itself ("D is changed accordingly").
        // ("Layer 5 is replaced by global average pooling …, and D is changed accordingly": one
        // feature per channel.)
        let asked = Self.strippingLabel(statement.text)
        let listed = FlattenedFeatures(in: statement.context)
        let pooled = listed?.afterGlobalPooling(in: asked)
        let flattened = pooled ?? listed
        flattenedFeatures = flattened
        // ("The digits are now padded to 1 × 32 × 32. How many parameters …?": a part that changes the
        // network or its input leaves D to be worked out anew.)
        let changes = asked.range(of: #"\d+\s*[×x]\s*\d+|\b(?:now|instead|replac\w*|chang\w*|resiz\w*|padded|crop\w*|if|were|would|remov\w*|insert\w*|add\w*)\b"#, options: [.regularExpression, .caseInsensitive]) != nil
        let unfilled = flattened.flatMap { features in
            pooled != nil || !features.isNamed(in: asked) && !changes ? statement.context.replacingOccurrences(of: features.call, with: features.resolved) : nil
        } ?? statement.context
        // ("self.embed = nn.Embedding(vocab, dim)" under "def __init__(self, vocab=10000, dim=128)":
        // every call read with the defaults in place, unless the part names a parameter itself,
        // "if hidden were 512".)
        let defaults = NamedModules.constructorDefaults(in: unfilled)
        // (Nor where the prose around the code gives sizes of its own, "a vocabulary of 20,000
        // words", unless it says the defaults are used.)
        let sizedInProse = !defaults.isEmpty
            && unfilled.range(of: #"\bclass\s+\w+\s*\(|\bdef\s"#, options: .regularExpression).map { unfilled[..<$0.lowerBound].contains(where: \.isNumber) } == true
            && unfilled.range(of: #"\bdefaults?\b"#, options: [.regularExpression, .caseInsensitive]) == nil
        let keepsDefaults = !sizedInProse && !NamedModules.namesParameter(of: defaults, in: statement.text)
        let source = keepsDefaults ? NamedModules.fillingCalls(in: unfilled, with: defaults) : unfilled
        // "How many parameters does `lstm` have?" after "lstm = nn.LSTM(…)" in the statement's code.
        // (With the modules of another problem the part or its statement names: "Use the network of Problem 1.")
        let own = NamedModules.ordered(in: source)
        let elsewhere = statement.crossReferences.map { NamedModules.ordered(in: $0) } ?? []
        namedModules = own + elsewhere.filter { module in !own.contains { $0.name == module.name } }
        context = StatementText(source).unwrappingArrayCalls.codeAssignmentsAsFormulas.sizesInDigits.bracketingBareRows.namingTupleRows
        let segments = Self.segments(of: context)
        let asWritten = Self.continuing(Self.withoutRefusalAsides(Self.strippingLabel(statement.text)), id: statement.id, segments: segments)
        let written = keepsDefaults ? NamedModules.fillingCalls(in: asWritten, with: defaults) : asWritten
        let used = NamedModules.used(in: written, bindings: namedModules)
        let classes = ModuleClasses.defined(in: source)
        let ordered = NamedModules.orderStated(in: StatementText(source))
        let substituted = NamedModules.substituting(written, bindings: namedModules, ordered: ordered)
        // ("conv1 through conv3" of modules whose order is not stated, "passed from pool to conv2":
        // the modules a part names by a span are none of them alone.)
        let between = substituted.range(of: #"\bfrom\s+(?:nn\.\w+\([^()]*\)|[A-Za-z_]\w*)\s+(?:in)?to\s+(?:nn\.\w+\(|[A-Za-z_]\w*\b)"#, options: .regularExpression) != nil
            && !used.isEmpty && !FrameworkCall.calls(in: substituted).isEmpty
        if substituted.contains(NamedModules.unorderedRange) || between || NamedModules.chainIsQualified(written, bindings: namedModules) {
            usedModules = []
            part = StatementText(NamedModules.unorderedRange)
        } else {
            usedModules = used
            part = StatementText(ModuleClasses.substituting(substituted, classes: classes)).unwrappingArrayCalls.codeAssignmentsAsFormulas.sizesInDigits.bracketingBareRows
        }
        conventions = StatementText(statement.conventions).sizesInDigits
        crossReferenced = statement.crossReferences.map { StatementText($0).sizesInDigits }
        earlierAnswers = statement.earlierAnswers
        partBindings = MathScanner.bindings(in: part.text)
        contextBindings = MathScanner.bindings(in: context.text)
        self.segments = segments
        let stated = StatementText(segments.first(where: { $0.0 == nil })?.1 ?? "")
        let settings = Self.settingsTableRow(id: statement.id, statement: stated)
        settingsRow = settings
        // (The part's row first: it overrides what the statement sets for every part.)
        let whole = settings.map { StatementText(($0.row.map { $0.text + " " } ?? "") + $0.statement.text) } ?? stated
        problemStatement = Self.scoped(whole, to: statement.id)
        operationPart = Self.operationPart(of: part, bindings: partBindings, segments: segments)
    }

    /// The statement without its sentences that speak only of other parts: "In parts a–c the
    /// input is a single grayscale image …" says nothing of (h). A sentence scoped to a range
    /// or list of letters is dropped for a part whose letter is outside it.
    static func scoped(_ statement: StatementText, to id: String) -> StatementText {
        guard let own = id.firstMatch(of: #/^\d+(?:\.\d+)?([a-z])(?:\.[a-z]+)?$/#).map({ Character(String($0.output.1)) }) else { return statement }
        let dropped = statement.sentences.filter { sentence in
            // ("For parts (a)–(b) use stride 1, and in every part use zero padding of 1": a sentence
            // that also speaks of every part is kept.)
            guard sentence.firstMatch(of: #/(?i)\b(?:every|each|all|any) (?:parts?|questions?)\b|\bthroughout\b|\balways\b/#) == nil,
                  let scope = sentence.firstMatch(of: #/(?i)^(?:in|for|throughout) (?:the )?(?:parts?|questions?|sub-?parts?) \(?([a-z])\)?\s*(?:–|—|-|to|through)\s*\(?([a-z])\)?(?=[\s,:])/#),
                  let from = String(scope.output.1).lowercased().first, let to = String(scope.output.2).lowercased().first, from < to
            else { return false }
            return !(from...to).contains(own)
        }
        guard !dropped.isEmpty else { return statement }
        var text = statement.text
        for sentence in dropped {
            if let range = text.range(of: sentence) { text.removeSubrange(range) }
        }
        return StatementText(text)
    }

    /// The context split at lines starting with a part label.
    private static func segments(of context: StatementText) -> [(label: String?, text: String)] {
        var segments: [(label: String?, text: String)] = []
        for line in context.text.split(separator: "\n", omittingEmptySubsequences: false) {
            let line = String(line)
            if let match = line.firstMatch(of: #/^\(([a-z])\)\s/#) {
                segments.append((String(match.output.1), Self.strippingLabel(String(line[match.range.upperBound...]))))
            } else if let last = segments.last {
                segments[segments.count - 1] = (last.label, last.text + "\n" + line)
            } else {
                segments.append((nil, line))
            }
        }
        return segments
    }

    /// A sub-part that only finishes or varies its part's question, read with it: "(d)
    /// Cross-correlate X with K (no padding):" then "(i) with stride 1;" reads "Cross-correlate
    /// X with K (no padding): with stride 1;", and so does "(i) Stride 1." Read alone, such a
    /// sub-part would take whatever arrays the problem gives first. A sub-part that starts in
    /// lower case, or a short one that sets no task ("Stride 2."), under a part that asks no
    /// question; any other is a sentence of its own.
    private static func continuing(_ own: String, id: String, segments: [(label: String?, text: String)]) -> String {
        guard let parent = parentText(of: id, in: segments)?.trimmingSpaces, !parent.isEmpty, !parent.contains("\n") else { return own }
        // ("(b) For the LSTM:" over "(i) how many parameters are in its first layer?": a part that
        // only names what its sub-parts ask about gives them their subject.)
        if parent.count <= 40, parent.hasSuffix(":"), !parent.contains(where: \.isNumber),
           parent.firstMatch(of: #/(?i)^(?:for|about|regarding|consider|on) (?:the|this|that|each|every)\b/#) != nil,
           own.firstMatch(of: #/(?i)\b(?:its|it|this|that)\b/#) != nil {
            return parent + " " + own
        }
        // (Neither asks a question: "(a) How many parameters does each module have?" over "(i)
        // embed" asks of one module, and "(i) how many belong to the first layer?" asks its own.)
        guard !own.contains("?"), !parent.contains("?") else { return own }
        // ("(b) Apply max pooling with a 2 × 2 window:" then "(ii) with the window moved to 3 × 3.": a
        // sub-part that writes numbers where its part writes some changes a setting; read alone.)
        if own.contains(where: \.isNumber), parent.contains(where: \.isNumber) { return own }
        let fragment = own.first?.isLowercase == true
            || own.count <= 40 && !own.contains("=")
            && own.firstMatch(of: #/(?i)^\W*(?:compute|calculate|find|what|which|how|give|determine|repeat|redo|explain|show|evaluate|write|is|are|does|do|can|now|suppose|assume|let|using|use)\b/#) == nil
        return fragment ? parent + " " + own : own
    }

    /// A part's text without asides that say what a framework or the course refuses or does
    /// not allow: "… keeping 2 pixels of zero padding (PyTorch refuses padding='same' when the
    /// stride is larger than 1)" sets no second padding.
    static func withoutRefusalAsides(_ text: String) -> String {
        // (Not one that instructs: "(… does not support biases, so count the weights only)".)
        text.replacingOccurrences(of: #"\s*\((?=[^()]*\b(?:refuses?|rejects?|does(?:n['’]t| not) (?:allow|support|accept|permit)|(?:is|are) not (?:allowed|supported|permitted)|cannot|can['’]t|won['’]t|disallows?|raises an? (?:error|exception))\b)(?![^()]*\b(?:so|count\w*|only|ignor\w*|exclud\w*|assum\w*|use|treat|drop)\b)[^()]{1,200}\)"#,
                                  with: "", options: .regularExpression)
    }

    /// A part's text without its leading label `(b) `.
    static func strippingLabel(_ text: String) -> String {
        var trimmed = text.trimmingSpaces
        if let match = trimmed.firstMatch(of: #/^\(?[a-z]\)\s+/#) { trimmed = String(trimmed[match.range.upperBound...]) }
        // "(2 pts) Repeat (a) with a stride of 2": the points are no part of the question.
        // ("[3] Compute …": points in square brackets need no unit.)
        if let points = trimmed.firstMatch(of: #/^(?:[(\[]\s*\d+(?:\.\d+)?\s*(?:pts?|points?|marks?)\.?\s*[)\]]|\[\d{1,2}\])\s*/#) {
            trimmed = String(trimmed[points.range.upperBound...])
        }
        // ("Compute the normalized values. [3]": points after the question's last sentence.)
        if let points = trimmed.firstMatch(of: #/([.?!:)])\s*(?:[(\[]\s*\d+(?:\.\d+)?\s*(?:pts?|points?|marks?)\.?\s*[)\]]|\[\d{1,2}\])\s*$/#) {
            trimmed = String(trimmed[..<points.range.lowerBound]) + points.output.1
        }
        return trimmed
    }

    /// The part's own letter: "c" for `1c` and for `1c.ii`.
    var ownLabel: String? {
        id.firstMatch(of: #/([a-z])(?:\.[ivx]+)?$/#).map { String($0.output.1) }
    }

    /// The text of the part a sub-part belongs to ("(d) Suppose the input is …" for `1d.ii`).
    var parentPart: StatementText? {
        Self.parentText(of: id, in: segments).map(StatementText.init)
    }

    /// The text of the part a sub-part `id` (`1d.ii`) belongs to, from the context's segments.
    private static func parentText(of id: String, in segments: [(label: String?, text: String)]) -> String? {
        guard let match = id.firstMatch(of: #/^\d+(?:\.\d+)?([a-z])\.[a-z]+$/#) else { return nil }
        return segments.last(where: { $0.label == String(match.output.1) })?.text
    }

    /// Sentences of the problem's earlier parts that set something for the parts after them:
    /// "From now on consider a single image."
    var standingInstructions: StatementText {
        let sentences = segments.filter { $0.label != nil }.flatMap { StatementText($0.text).sentences }.filter {
            StatementText($0).firstMatch(#"^\s*(?:from now on|from here on|henceforth|for the rest of (?:this|the) (?:problem|exercise|question)|(?:in|for) (?:all )?the remaining parts)\b"#) != nil
        }
        return StatementText(sentences.joined(separator: " "))
    }

    /// The row of a table of settings, one row per part, that the problem statement gives ahead
    /// of its parts ("Part Optimizer Settings Steps (a) SGD lr=0.05 1 (b) SGD lr=0.05,
    /// momentum=0.9 2 …", as a Markdown or LaTeX table reads once its cells are text), and the
    /// statement without the table, whose rows belong to other parts. A row under a heading
    /// that ends "Steps" ends with its count, given as `steps`. Nil when the statement has
    /// no rows labelled (a), (b), … in order; the row is nil when none is this part's.
    static func settingsTableRow(id: String, statement: StatementText) -> (row: StatementText?, steps: Int?, statement: StatementText)? {
        // (Only a lettered part's problem: the statement of a problem without parts may list its options so.)
        guard id.firstMatch(of: #/^\d+(?:\.\d+)?[a-z]/#) != nil else { return nil }
        let text = statement.text
        let labels = text.matches(of: #/(?:^|\s)\(([a-z])\)\s/#)
        guard labels.count >= 2,
              labels.enumerated().allSatisfy({ $0.element.output.1.first?.asciiValue == Character("a").asciiValue! + UInt8($0.offset) })
        else { return nil }
        // The last row ends with its line, or before the next sentence.
        let tail = text[labels.last!.range.upperBound...]
        let tableEnd = tail.firstRange(of: #/\n|\.\s+[A-Z]/#).map { $0.lowerBound } ?? text.endIndex
        let before = String(text[..<labels[0].range.lowerBound])
        let countsSteps = before.split(separator: " ").last.map { $0.wholeMatch(of: #/(?i)steps?|iterations?|updates?/#) != nil } == true
        var row: StatementText?
        var steps: Int?
        if let label = id.firstMatch(of: #/^\d+(?:\.\d+)?([a-z])$/#).map({ String($0.output.1) }),
           let index = labels.firstIndex(where: { $0.output.1 == label }) {
            let end = index + 1 < labels.count ? labels[index + 1].range.lowerBound : tableEnd
            let written = String(text[labels[index].range.upperBound..<end]).trimmingSpaces
            if countsSteps, let count = written.split(separator: " ").last { steps = Int(count) }
            row = StatementText(written)
        }
        return (row, steps, StatementText(before + " " + text[tableEnd...]))
    }

    /// The part just before this one when this one only changes its setting: "Same question
    /// for the output of layer 5.", "Same question, but with stride 2."
    var sameQuestionAs: StatementText? {
        guard part.firstMatch(#"^\s*(?:(?:answer )?the )?same question\b"#) != nil,
              let previous = segments.last(where: { $0.label != nil }) else { return nil }
        return StatementText(previous.text)
    }

    /// The earlier part the text refers to ("part (c)", "in (a)"), if it is in the context.
    var referencedPart: (label: String, text: StatementText)? {
        guard let match = part.firstMatch(#"\b(?:part|parts|of|in)\s+\(([a-z])\)"#) else { return nil }
        let label = match[1].lowercased()
        guard let segment = segments.first(where: { $0.label == label }) else { return nil }
        return (label, StatementText(segment.text))
    }

    /// The earlier part whose data this one says it uses: "Same feature map as (c)", "the same
    /// batch as in part (b)", "Using the matrix of (a)". Its label and text, or nil.
    var dataPart: (label: String, text: StatementText)? {
        guard let match = part.firstMatch(#"\b(?:(?:the )?same\s+(?:[\w-]+\s+){0,3}?as(?:\s+in)?|(?:using|with|from|take|reuse|use)\s+the\s+(?:[\w-]+\s+){0,2}?(?:of|from|in))\s+(?:part\s+)?\(([a-z])\)"#),
              let segment = segments.first(where: { $0.label == match[1].lowercased() }) else { return nil }
        return (match[1].lowercased(), StatementText(segment.text))
    }

    /// A phrase that takes another part's answer as an operand: "your output from (a)", "the
    /// result of part (b)", "your answer to (c)"; group 1 is the label.
    static let answerReferencePattern = #"\b(?:(?:your|the) (?:answer|result|output|value|matrix|map|feature map)(?: \$?[A-Z](?:_\{?\w+\}?)?\$?)?|(?:the )?(?:matrix|map|array) (?:you )?(?:computed|found|obtained)|(?:to|on) (?:your )?\$?[A-Z](?:_\{?\w+\}?)?\$?) (?:from|of|to|in|for) (?:part )?\(([a-z])\)"#


    /// The pattern of a part that repeats another: "Repeat (a) …", "Same as (b), but …",
    /// "Redo (c) with …", "Same setting as (d), but …"; group 1 is the label.
    /// A padding mode named in words ("'same' padding", "valid padding"), which no reader takes
    /// from a repeat's change.
    static let namedPaddingMode = #"\b(?:same|valid)[- ]padding\b|['‘’](?:same|valid)['‘’]"#

    /// ("Take the layer from (b) but use stride 1, …": that part's layer, changed.)
    static let repeatPattern = #"\b(?:repeat|redo|same as|(?:the )?same (?:setting|setup|set-up|configuration|inputs?|data|operands|matrices|arrays|layer|question) as(?: in)?|(?:take|reuse|use) the (?:layer|convolution|module) (?:from|of|in))\s+(?:part\s+)?\(([a-z])\)"#

    /// A repeat of the part just before, named by place instead of label.
    /// ("Same inputs as above." points back at the statement's data, and asks no question again.)
    static let repeatPreviousPattern = #"\b"# + repeatPrevious + #"\b|\b"# + sameAsAbove + #"\s*,?\s*(?:but|now|with)\b"#

    /// "Same as above, but …", "Repeat the previous part with …" opening a part: group 1 is the change.
    static let repeatPreviousLead = #"^\s*(?:"# + repeatPrevious + "|" + sameAsAbove + #")\s*[,:;]?\s*(?:but\s+)?(.+)$"#

    private static let repeatPrevious = #"(?:repeat|redo)\s+(?:the )?(?:previous|preceding|last) part"#
    private static let sameAsAbove = #"(?:the )?same(?: (?:setting|setup|set-up|configuration|question|computation))? as (?:above|before|in the (?:previous|preceding|last) part)"#

    /// Whether a part's text (its label stripped) opens as a repeat of another part.
    static func isRepeat(_ text: StatementText) -> Bool {
        let stripped = StatementText(strippingLabel(text.text))
        return stripped.firstMatch(repeatPattern) != nil || stripped.firstMatch(repeatPreviousLead) != nil
    }

    /// The part this one repeats ("Repeat (a), but with the unbiased variance"): its label and
    /// text, or nil when the part repeats none or the one it names is not in the problem.
    var repeatedPart: (label: String, text: StatementText)? {
        // ("Same setting as above, but with stride 2.", "Repeat the previous part with …": the part just before.)
        if part.firstMatch(Self.repeatPattern) == nil, part.firstMatch(Self.repeatPreviousPattern) != nil,
           let previous = segments.last(where: { $0.label != nil }), let label = previous.label {
            return (label, StatementText(previous.text))
        }
        guard let label = part.firstMatch(Self.repeatPattern)?[1],
              let segment = segments.first(where: { $0.label == label }) else { return nil }
        return (label, StatementText(segment.text))
    }

    /// The earlier part whose operation this one names ("the transposed convolution in part
    /// (a)", "the layer of (b)"): its label and text. A part that only takes an earlier part's
    /// result ("your answer from part (a)") names no operation there.
    /// (Read once, when the part is read: `stated(_:)` consults it for every setting.)
    let operationPart: (label: String, text: StatementText)?

    private static func operationPart(of part: StatementText, bindings partBindings: [ValueBinding],
                                      segments: [(label: String?, text: String)]) -> (label: String, text: StatementText)? {
        let operation = #"\bthe\s+(?:[\w-]+\s+){0,3}?(?:convolution|deconvolution|cross-correlation|layer|pooling|operation|network|model|optimi[sz]er|update|schedule)\s+(?:in|of|from|described in|defined in)\s+(?:part\s+)?\(([a-z])\)"#
        // ("Instead of the pooling in part (a), cross-correlate x with w = (1, −1)", "A second layer
        // is applied after the cross-correlation in part (a): …": a part that sets another operation
        // beside or after it, or writes operands of its own, does not repeat it.)
        guard let found = part.firstMatch(operation), case let label = found[1],
              part.firstMatch(#"\b(?:instead of|after|before|unlike|than|besides|following|then)\s+"# + NSRegularExpression.escapedPattern(for: found[0])) == nil,
              !partBindings.contains(where: { $0.literal.isArray && $0.literal.isNumeric }),
              MathScanner.unnamedArrays(in: part.text).isEmpty,
              let segment = segments.first(where: { $0.label == label }) else { return nil }
        return (label, StatementText(segment.text))
    }

    /// The array bound with this role: the part's own first, else the context's latest.
    /// `fromContext` tells which.
    func array(_ role: ValueBinding.Role) -> (binding: ValueBinding, fromContext: Bool)? {
        if let own = best(partBindings, role) { return (own, false) }
        // "kernel [1, 0, 2] … applied to the input [1, 2, −1]": an array its words name.
        if let unnamed = MathScanner.unnamedArrays(in: part.text).last(where: { $0.role == role }) { return (unnamed, false) }
        if let earlier = best(contextBindings, role) { return (earlier, true) }
        return nil
    }

    private func best(_ bindings: [ValueBinding], _ role: ValueBinding.Role) -> ValueBinding? {
        let arrays = bindings.filter { $0.literal.isArray && $0.role == role }
        return arrays.last(where: \.roleFromWords) ?? arrays.last
    }

    /// The numeric array bound to `name` ("to X", "x ⋆ w"): the part's own, else the
    /// context's latest.
    func array(named name: String) -> (binding: ValueBinding, fromContext: Bool)? {
        for (bindings, fromContext) in [(partBindings, false), (contextBindings, true)] {
            if let binding = bindings.last(where: { $0.name == name && $0.literal.isNumeric && $0.literal.isArray }) {
                return (binding, fromContext)
            }
        }
        return nil
    }

    /// The answer of the latest earlier part that computes `name` ("(d) Compute the 3 × 3 feature
    /// map Y = X ⋆ K." then "(e) Apply max pooling to Y"), when the name holds no numbers of
    /// its own and that part was answered.
    func earlierAnswer(named name: String) -> (label: String, answer: Answer)? {
        guard array(named: name) == nil else { return nil }
        let escaped = NSRegularExpression.escapedPattern(for: name)
        let defining = #"\b(?:compute|calculate|find|determine|give|what is|evaluate)\b[^.?]*?(?:[^\w$]|^)\$?"# + escaped + #"\$?\s*=(?!=)"#
        let earlier = segments.prefix { $0.label != ownLabel }.filter { $0.label != nil }
        guard let segment = earlier.last(where: { StatementText($0.text).firstMatch(defining) != nil }), let label = segment.label,
              let answer = earlierAnswers[label] else { return nil }
        return (label, answer)
    }

    /// The number bound to one of `names` (exact, case-sensitive): the part's own first,
    /// else the context's latest.
    ///
    /// An earlier part that sets the number to another value than the problem's statement does
    /// ("(c) Now let γ = 2 and β = −1 for feature 2") sets it for itself: a later part takes the
    /// statement's value when the statement says parts may override it ("γ = 1 unless a part
    /// says otherwise"), the earlier part's when it names that part ("in the setting of (c)")
    /// or the earlier part says it holds from then on, and none otherwise.
    func scalar(_ names: [String]) -> (value: Double, phrase: String, fromContext: Bool)? {
        func number(_ bindings: [ValueBinding]) -> (value: Double, phrase: String)? {
            guard let binding = bindings.last(where: { names.contains($0.name) && $0.literal.number != nil }), let value = binding.literal.number else { return nil }
            return (value, "\(binding.name) = \(ConvolutionReader.display(binding.literal.text))")
        }
        if let own = number(partBindings) { return (own.value, own.phrase, false) }
        guard let latest = number(contextBindings) else { return nil }
        // A sub-part's setting is its part's ("(e) For this part only use γ = 2 … (i) What does
        // the layer output?"), over the statement's and over any default the statement allows,
        // while nothing after the part sets it again.
        if let parent = parentPart, let inherited = number(MathScanner.bindings(in: parent.text)), inherited.value == latest.value,
           number(MathScanner.bindings(in: standingInstructions.text)) == nil {
            return (inherited.value, inherited.phrase, true)
        }
        if let stated = number(MathScanner.bindings(in: problemStatement.text)), stated.value != latest.value,
           let setter = segments.last(where: { $0.label != nil && number(MathScanner.bindings(in: $0.text))?.value == latest.value }),
           let label = setter.label, !namesPart(label), number(MathScanner.bindings(in: standingInstructions.text)) == nil {
            let overridable = #"\b(?:unless|except where|except when) (?:a|the|an?) (?:later |individual )?(?:part|question|sub-?part) (?:says|states|specifies|gives|sets)\b|\bunless (?:stated|specified|noted) otherwise\b"#
            guard [problemStatement, conventions].contains(where: { $0.firstMatch(overridable) != nil }) else { return nil }
            return (stated.value, stated.phrase, true)
        }
        return (latest.value, latest.phrase, true)
    }

    /// Whether the part names the earlier part `label`: "part (c)", "in the setting of (c)",
    /// "Repeat (c)", or "Same question …" after it.
    private func namesPart(_ label: String) -> Bool {
        if part.firstMatch(#"\((?:"# + label + #")\)"#) != nil { return true }
        if part.firstMatch(#"\b(?:previous|preceding|last) (?:part|question|sub-?part)\b|\bsame question\b"#) != nil,
           segments.last(where: { $0.label != nil })?.label == label { return true }
        return false
    }

    /// The one value a text states for a hyperparameter: the part's own, else one its
    /// problem's statement (or the set's conventions) agrees on. `.ambiguous` when the first
    /// of them that states any states different values.
    enum Stated<Value: Hashable & Sendable>: Sendable {
        case value(Value, phrase: String, fromContext: Bool)
        case ambiguous([String])
        case missing
    }

    func stated<Value: Hashable & Sendable>(_ read: (StatementText) -> [(value: Value, phrase: String)]) -> Stated<Value> {
        // The part a sub-part belongs to ("(d) A transposed convolution with stride 2 … (i) What
        // is the length?"), the problem's statement, then the set's conventions ("stride 1 and no
        // padding unless stated otherwise"); never an earlier part, whose settings are its own
        // ("(c) with one zero of padding" says nothing of (d)).
        // ("Compute the output of the transposed convolution in part (a)": the operation that part
        // sets up, its settings before the problem's and the set's.)
        for (text, fromContext) in [(part, false)] + [parentPart, operationPart?.text].compactMap({ $0.map { ($0, true) } }) + [(problemStatement, true), (conventions, true)] {
            let found = read(text)
            guard let first = found.first else { continue }
            if Set(found.map(\.value)).count > 1 { return .ambiguous(found.map(\.phrase)) }
            return .value(first.value, phrase: first.phrase, fromContext: fromContext)
        }
        return .missing
    }
}
