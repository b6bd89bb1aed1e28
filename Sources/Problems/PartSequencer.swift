/// Decides, inside one problem, where a label belongs in the tree of parts — continuing a
/// level (a, b, c …; i, ii …; 1, 2 …), opening a deeper one, or listing a question's
/// options — and builds the part ids.
///
/// Ids are the problem id followed by the labels down the tree: a letter right after a
/// number is attached directly, every other level is joined with a dot ("2a", "2a.ii",
/// "3.1", "3.1a", "3.i").
struct PartSequencer: Sendable {
    /// How a level of labels counts.
    enum Style: Sendable, Equatable {
        case lowercase, uppercase, roman, arabic
    }

    /// One level of the tree: its style and the last value seen (1 for a, i, 1).
    struct Level: Sendable, Equatable {
        var style: Style
        var value: Int
        /// What the label wraps its token in: "()" for "(h)", "." for "i.". Not compared.
        var decoration = ""

        static func == (a: Level, b: Level) -> Bool { a.style == b.style && a.value == b.value }
    }

    /// What an accepted label is.
    enum Decision: Sendable, Equatable {
        /// A part at this depth (0 for the problem's own parts).
        case part(depth: Int, Level)
        /// An option of the question just before it ("(A) elastic").
        case option(Level)

        /// Options finish the question's sentence ("The image is" then "(a) real and inverted;").
        var isOption: Bool {
            if case .option = self { return true }
            return false
        }
    }

    /// What the builder knows about the text around a label.
    struct Context {
        /// The text of the part (or stem) the label would nest under.
        var parentText: String
        /// The label's own text with the lines that continue it (a pasted line wraps anywhere).
        var itemText: String = ""
        /// Whether the next line opens sub-parts under this label ("1. Activation parameters"
        /// then "a. Calculate …").
        var opensSubparts = false
        /// The texts of the items that follow in the same numbered list ("2. …", "3. …"):
        /// a list sets tasks as a whole, so "1. Recover h." is a part when "2. Compute …" is.
        var siblingTexts: [String] = []
    }

    static let depthLimit = 4

    let problemID: String
    private(set) var levels: [Level] = []
    private var options: Level?

    init(problemID: String) {
        self.problemID = problemID
    }

    /// The decision for a label, or nil when it does not continue or open any level.
    func decide(_ label: PartLabel, context: Context = Context(parentText: "")) -> Decision? {
        let decoration = label.label.replacingOccurrences(of: label.token, with: "").filter { !$0.isWhitespace && $0 != "*" }
        let readings = Self.readings(of: label.token).map { reading in
            var dressed = reading
            dressed.decoration = decoration
            return dressed
        }
        let levelStyles = Set(levels.map(\.style))
        let nextOption = options.flatMap { options in readings.first { $0.style == options.style && $0.value == options.value + 1 } }
        // "a) 0", "b) P", then "c) 2P": a run of options in the style of an outer level goes
        // on while its items read as options (short, asking nothing).
        if let reading = nextOption, levelStyles.contains(reading.style), !label.rest.contains("?"), !Self.startsTask(label.rest),
           label.rest.count <= 120, ProblemHeader.pointsGroup(Array(label.rest), at: 0) == nil
        {
            return .option(reading)
        }
        // Continue a level, the deepest first: after (c)(ii), "(iii)" continues the romans
        // and "(d)" the letters.
        for depth in levels.indices.reversed() {
            if let reading = readings.first(where: { $0.style == levels[depth].style && $0.value == levels[depth].value + 1 }) {
                // "(h)" then "i.": an i dressed otherwise than the letters opens roman sub-parts.
                if reading.style == .lowercase, !levels[depth].decoration.isEmpty, reading.decoration != levels[depth].decoration,
                   !levelStyles.contains(.roman), levels.count < Self.depthLimit,
                   let deeper = readings.first(where: { $0.style == .roman && $0.value == 1 }) {
                    return .part(depth: levels.count, deeper)
                }
                return .part(depth: depth, reading)
            }
        }
        if let reading = nextOption {
            return .option(reading)
        }
        // "iii. Which of the following equals P²?" then "a) 0", "1. Match each …" then a table
        // of "1. Sinusoidal encoding", "2. Causal mask": options in the style of a level in use
        // start again at its first label.
        if let reading = readings.first(where: { $0.value == 1 && levelStyles.contains($0.style) }),
           Self.asksChoice(context.parentText), !label.rest.contains("?"), !Self.startsTask(label.rest)
        {
            return .option(reading)
        }
        // Open a deeper level.
        if let reading = readings.first(where: { $0.value == 1 && !levelStyles.contains($0.style) }) {
            if Self.isOption(label, reading, under: context.parentText, nested: !levels.isEmpty), !context.itemText.contains("?") { return .option(reading) }
            // A numbered list sets tasks to be parts ("1. Find …?"); "1. Conv 3×3, 64" is data.
            if reading.style == .arabic, !Self.setsTask(label.rest), !Self.setsTask(context.itemText), !context.opensSubparts,
               !context.siblingTexts.contains(where: Self.setsTask), !Self.leadsIntoTasks(context.parentText) { return nil }
            if levels.count < Self.depthLimit, reading.style != .uppercase || levels.isEmpty {
                return .part(depth: levels.count, reading)
            }
            return nil
        }
        // A strong label one past the next (a lost label in OCR or a paste).
        guard label.isStrong else { return nil }
        if levels.isEmpty, let reading = readings.first(where: { $0.style == .lowercase && $0.value == 2 }) {
            return .part(depth: 0, reading)
        }
        for depth in levels.indices.reversed() where levels[depth].style == .lowercase || levels[depth].style == .uppercase {
            if let reading = readings.first(where: { $0.style == levels[depth].style && $0.value == levels[depth].value + 2 }) {
                return .part(depth: depth, reading)
            }
        }
        return nil
    }

    /// Whether a strong label lists sub-parts although the sentence before it runs on:
    /// "approximate I with" then "(i) the trapezoidal rule," then "(ii) Simpson's rule" —
    /// a deeper level at its first value, or the next of the deepest level after `,` or `;`.
    /// A weak label, or one at the top level, only right after the line that opened the part
    /// before it ("a) the value of f," then "b) df/dx,"): a problem's own sentence may run on
    /// into a label.
    func listsOn(_ decision: Decision, strong: Bool, after last: Character?, afterPart: Bool = false) -> Bool {
        guard case .part(let depth, let level) = decision, strong && depth > 0 || afterPart && !levels.isEmpty else { return false }
        if depth == levels.count { return level.value == 1 }
        return depth == levels.count - 1 && level.value == levels[depth].value + 1 && (last == "," || last == ";")
    }

    /// Ids of parts whose label skipped one ("(a)" then "(c)"), for a warning.
    private(set) var skipped: [String] = []

    /// Records an accepted part and returns its id.
    mutating func accept(_ decision: Decision) -> String? {
        switch decision {
        case .part(let depth, let level):
            let expected = depth < levels.count ? levels[depth].value + 1 : 1
            levels = Array(levels.prefix(depth)) + [level]
            if level.value != expected { skipped.append(id(of: levels)) }
            options = nil
            return id(of: levels)
        case .option(let level):
            options = level
            return nil
        }
    }

    /// The id of the part at the end of a path of levels.
    func id(of path: [Level]) -> String {
        var id = problemID
        for level in path {
            let token = Self.token(level) ?? "?"
            // "2a", "3.1a", and "IIa" after a problem numbered in roman numerals.
            let attaches = (level.style == .lowercase || level.style == .uppercase)
                && (id.last?.isNumber == true || id == problemID && RomanNumeral.value(of: id) != nil)
            id += attaches ? token : "." + token
        }
        return id
    }

    /// A level's label token in lowercase: "b", "ii", "3"; nil past z or xxxix.
    static func token(_ level: Level) -> String? {
        switch level.style {
        case .lowercase, .uppercase:
            guard (1...26).contains(level.value), let scalar = Unicode.Scalar(96 + level.value) else { return nil }
            return String(Character(scalar))
        case .roman: return RomanNumeral.numeral(level.value)
        case .arabic: return String(level.value)
        }
    }

    /// Every way a label token can be read: "i" is the letter i and the numeral one.
    static func readings(of token: String) -> [Level] {
        var readings: [Level] = []
        if let number = Int(token) { return [Level(style: .arabic, value: number)] }
        if token.count == 1, let scalar = token.lowercased().unicodeScalars.first, ("a"..."z").contains(scalar) {
            readings.append(Level(style: token == token.lowercased() ? .lowercase : .uppercase, value: Int(scalar.value) - 96))
        }
        if token == token.lowercased(), let value = RomanNumeral.value(of: token) {
            readings.append(Level(style: .roman, value: value))
        }
        return readings
    }

    /// Whether a label opening a new level lists the options of the question before it
    /// rather than sub-parts: capital letters under a part, or labels whose text asks nothing
    /// under a question that asks for a choice ("Which of the following …?").
    private static func isOption(_ label: PartLabel, _ reading: Level, under parent: String, nested: Bool) -> Bool {
        // "(3 points) How many …": points open a question, not an option.
        if ProblemHeader.pointsGroup(Array(label.rest), at: 0) != nil { return false }
        let text = label.rest
        guard !text.contains("?"), text.count <= 200 else { return false }
        // "(a) True / False: A 1 × 1 convolution … has 16,384 parameters." under "Circle one": a
        // claim to judge is a question of its own.
        if text.range(of: #"^(?i:true\s*(?:/|or)\s*false|t\s*/\s*f)\b"#, options: .regularExpression) != nil { return false }
        // ("As Y approaches 1, Webster's optimum cycle length" over "(A) decreases toward L", "(B)
        // stays the same": capitals that finish the stem's sentence are its options.)
        if reading.style == .uppercase {
            return nested || asksChoice(parent, acrossAbbreviations: true) || completedByOptions(parent) && !startsTask(text) && text.count <= 80
        }
        if startsTask(text) { return false }
        // "If every logit is increased by 3, the loss" then "a) increases": options that
        // complete the question's sentence.
        return asksChoice(parent) || completedByOptions(parent) && text.count <= 80 && text.first?.isUppercase != true
    }

    /// A question that is answered by picking among listed options.
    static func asksChoice(_ text: String, acrossAbbreviations: Bool = false) -> Bool {
        // ("What is the largest h for which it is stable, i.e. |1 + hλ| ≤ 1?" over (A)–(D): an
        // abbreviation's points end no sentence, where capitals list what to choose from.)
        var tail = String(text.suffix(400)).lowercased()
        if acrossAbbreviations {
            tail = tail.replacingOccurrences(of: #"\b(?:i\.e|e\.g|cf|vs|etc|approx|resp)\."#, with: "_", options: .regularExpression)
        }
        // "State whether each of the following is true or false": each item is answered.
        // "… is fed to each layer below": each item is an input to work on, not an option.
        if tail.contains(#/\beach (of the following|statement|claim)|\bfor each\b|\beach [a-z]+ (?:below|listed|shown|that follows)/#),
           !tail.contains(#/\bmatch\b/#) { return false }
        return tail.contains(#/\b(which|what)\b[^.?!]*\?|\b(select|choose|circle|tick|pick|mark)\b[^.]*\b(one|all|each|the|correct|best|true)\b|all that apply|one or more|of the following|\bmatch (each|the)\b/#)
    }

    /// "Give the shape of" then "1. the output of the embedding;": a task whose sentence each
    /// numbered item finishes.
    static func leadsIntoTasks(_ text: String) -> Bool {
        let trimmed = text.trimmed
        guard let last = trimmed.last, last.isLetter || last == ":" else { return false }
        let sentence = trimmed.split(whereSeparator: { ".?!".contains($0) }).last ?? Substring(trimmed)
        return sentence.lowercased().split(whereSeparator: { !$0.isLetter }).contains { taskVerbs.contains(String($0)) }
    }

    /// A question whose sentence stops short, to be finished by the options under it.
    static func completedByOptions(_ text: String) -> Bool {
        let trimmed = text.trimmed
        guard let last = trimmed.last, trimmed.split(separator: " ").count >= 3 else { return false }
        // "For K = 10, the closed loop is:" too.
        guard last.isLetter || last == "…" || last == ":" || trimmed.hasSuffix("___") || trimmed.hasSuffix("...") else { return false }
        // "compute the variance estimate" then "(i) with …, (ii) with …" sets the task itself:
        // what follows are its sub-parts.
        let sentence = trimmed.split(whereSeparator: { ".?!:".contains($0) }).last ?? Substring(trimmed)
        return !sentence.lowercased().split(whereSeparator: { !$0.isLetter }).contains { taskVerbs.contains(String($0)) }
    }

    private static let taskWords: Set<String> = [
        "compute", "find", "show", "prove", "derive", "explain", "calculate", "determine", "what", "how", "why", "give",
        "write", "state", "sketch", "plot", "evaluate", "estimate", "verify", "describe", "repeat", "using", "use", "suppose",
        "assume", "now", "consider", "justify", "is", "are", "does", "do", "can", "for", "test", "list", "name",
        "define", "draw", "fit", "run", "check", "report", "classify", "identify", "rank", "simulate", "implement", "train",
        "solve", "simplify", "approximate", "apply", "perform", "let", "redo", "interpret", "select",
        "choose", "mark", "match", "decide", "predict", "construct", "design", "express", "convert", "expand",
    ]

    /// A numbered item that reads as a task: a question, a task word, or a sentence.
    private static func setsTask(_ written: String) -> Bool {
        // "… show that [a, a†] = 1. (4 points)": the points are no part of the sentence.
        // "(3 pts) What is …?": so are points before it.
        var text = written.trimmed
        let characters = Array(text)
        if let after = ProblemHeader.pointsGroup(characters, at: 0) { text = String(characters[after...]) }
        if let open = text.lastIndex(where: { $0 == "(" || $0 == "[" }), open > text.startIndex,
           ProblemHeader.pointsGroup(Array(text[open...]), at: 0) != nil || text[open...].lowercased().contains("point")
        {
            text = String(text[..<open]).trimmed
        }
        if text.contains("?") || startsTask(text) { return true }
        let words = text.lowercased().split(whereSeparator: { !$0.isLetter })
        if words.contains(where: { taskVerbs.contains(String($0)) }) { return true }
        return text.split(separator: " ").count >= 6 && (text.hasSuffix(".") || text.hasSuffix(":"))
    }

    private static let taskVerbs: Set<String> = [
        "compute", "find", "calculate", "determine", "give", "write", "derive", "show", "evaluate", "estimate", "report",
        "list", "state", "explain", "prove", "sketch", "plot", "describe", "verify", "justify", "approximate", "solve",
        "simplify", "expand", "convert", "apply", "perform", "use", "correlate", "convolve", "differentiate", "recover",
        "recompute", "tabulate", "rewrite",
    ]

    /// Text that sets a task of its own ("Compute …", "Suppose …").
    private static func startsTask(_ text: String) -> Bool {
        guard let first = text.split(whereSeparator: { !$0.isLetter }).first else { return false }
        return taskWords.contains(first.lowercased())
    }
}
