import Foundation

/// Modules a statement binds to names in code (`lstm = nn.LSTM(input_size=256, hidden_size=512)`),
/// and a part's text with each name it uses replaced by its call: "How many parameters does
/// `lstm` have?" reads as a question about `nn.LSTM(input_size=256, hidden_size=512)`.
enum NamedModules {
    /// The bindings in the order the statement writes them (a name bound twice is left out).
    static func ordered(in text: String) -> [(name: String, call: String)] {
        var found: [(name: String, call: String)] = []
        var repeated: Set<String> = []
        // (Statements reach the reader as one line: the code's lines are joined with spaces.)
        // ("self.emb = nn.Embedding(…)" in a module's __init__: the attribute is named with its `self.`.)
        for match in text.matches(of: #/(?:^|[\s;])((?:self\.)?[A-Za-z_][A-Za-z0-9_]*)\s*=\s*(?=(?:torch\.)?nn\.[A-Z])/#) {
            guard let call = FrameworkCall.calls(in: String(text[match.range.upperBound...])).first,
                  text[match.range.upperBound...].hasPrefix(call.text) else { continue }
            let name = String(match.output.1)
            if found.contains(where: { $0.name == name }) { repeated.insert(name) }
            found.append((name, call.text))
        }
        let defaults = constructorDefaults(in: text)
        let bound = found.filter { !repeated.contains($0.name) }.map { (name: $0.name, call: Self.filling($0.call, with: defaults)) }
        return bound + numbered(in: text) + tabled(in: text).filter { row in !bound.contains(where: { $0.name == row.name }) }
    }

    /// Whether a statement says its named modules run in the order written: "in order", "one
    /// after the other", `nn.Sequential`, "the following layers". (Not "the network below": a
    /// listing of named modules says nothing of the order its `forward` runs them in; a list
    /// numbered 1, 2, … is its own order.)
    static func orderStated(in statement: StatementText) -> Bool {
        // (Not modules each applied on its own: "Each of the candidate layers below is applied on its
        // own (not in sequence)".)
        guard statement.firstMatch(#"\bon its own\b|\bseparately\b|\bindependently\b|\bnot in (?:sequence|order)\b|\bcandidates?\b|\beach of the (?:following|layers below)\b|\balternatives?\b"#) == nil else { return false }
        // (A list numbered 1, 2, … is its own order.)
        // (A table of named layers lists a network's layers in its order, unless it lists options
        // or branches: "three options for the first layer", "The shortcut is applied to the
        // block's input".)
        let tabled = !chainedRows(in: statement.text).isEmpty
            && statement.firstMatch(#"\boptions?\b|\b(?:any|one) of the following\b|\bchoices?\b|\bchoose\b|\bversions?\b|\binstead\b|\bshortcut\b|\bskip\b|\bresidual\b|\bbranch\w*|\bparallel\b|\bconcatenat\w*|\badded to\b|\bapplied to the (?:block's |layer's |network's )?input\b"#) == nil
        return !numbered(in: statement.text).isEmpty || tabled ||
        statement.firstMatch(#"\bin (?:this |that |the following )?order\b|\bin the order (?:listed|given|shown|written|(?:they are|they're) (?:listed|given|written)|they appear)\b|\bthe following layers\b|\bnn\.Sequential\b|\bone after (?:the )?other\b|\bsequential\w*\b|\bin sequence\b"#) != nil
    }

    /// The numeric defaults of a module's constructor, `def __init__(self, vocab=10_000, d=256)`,
    /// by name; empty when the text defines no constructor or two, or builds the module with
    /// arguments of its own (`TinyLM(vocab=65, d=64)`), which the defaults do not describe.
    static func constructorDefaults(in text: String) -> [String: String] {
        let constructors = text.matches(of: #/\bdef\s+__init__\s*\(\s*self\s*,([^)]*)\)/#)
        guard constructors.count == 1, let signature = constructors.first?.output.1 else { return [:] }
        for defined in text.matches(of: #/\bclass\s+([A-Za-z_]\w*)\s*\(/#) {
            let name = NSRegularExpression.escapedPattern(for: String(defined.output.1))
            if text.range(of: #"(?<!class )\b"# + name + #"\s*\(\s*[^)\s]"#, options: .regularExpression) != nil { return [:] }
        }
        var defaults: [String: String] = [:]
        for parameter in signature.matches(of: #/([A-Za-z_]\w*)\s*(?::\s*\w+\s*)?=\s*(\d[\d_]*(?:\.\d+)?)\b/#) {
            let name = String(parameter.output.1)
            // ("emb = emb * 2", "hid //= 2" in the constructor: the default is not what the calls see.)
            let escaped = NSRegularExpression.escapedPattern(for: name)
            if let body = constructors.first.map({ text[$0.range.upperBound...] }),
               body.range(of: #"(?:^|[\s;:])"# + escaped + #"\s*(?:[-+*/%]|//)?=(?!=)"#, options: .regularExpression) != nil { continue }
            defaults[name] = String(parameter.output.2).replacingOccurrences(of: "_", with: "")
        }
        return defaults
    }

    /// `call` with each argument that is a constructor parameter replaced by its default:
    /// `nn.Embedding(vocab, d)` is `nn.Embedding(10000, 256)`. (Keyword names stay.)
    static func filling(_ call: String, with defaults: [String: String]) -> String {
        guard !defaults.isEmpty, let open = call.firstIndex(of: "(") else { return call }
        var arguments = String(call[open...])
        for (name, value) in defaults {
            arguments = arguments.replacingOccurrences(of: #"(?<![\w.])"# + NSRegularExpression.escapedPattern(for: name) + #"(?![\w.]|\s*=(?!=))"#,
                                                       with: value, options: .regularExpression)
        }
        return String(call[..<open]) + evaluatingProducts(arguments)
    }

    /// The arguments with each product or sum of whole numbers worked out, `4 * 256` as `1024`
    /// (a quotient only when whole: `256 // 8`); anything else stays as written.
    private static func evaluatingProducts(_ arguments: String) -> String {
        arguments.replacing(#/([(,=]\s{0,3})(\d+(?:\s*(?:\*|//|\+|-)\s*\d+)+)(?=\s*[,)])/#) { match in
            let written = String(match.output.2)
            guard let value = ConstantExpression.value(of: written.replacingOccurrences(of: "//", with: "/")),
                  value == value.rounded(), value > 0, value < 1e15 else { return match.output.1 + written }
            return match.output.1 + String(Int(value))
        }
    }

    /// The text with every framework call's constructor parameters replaced by their defaults
    /// (``filling(_:with:)``): "How many parameters does the embedding layer have?" reads the
    /// statement's `nn.Embedding(vocab, dim)` as `nn.Embedding(10000, 128)`.
    static func fillingCalls(in text: String, with defaults: [String: String]) -> String {
        guard !defaults.isEmpty else { return text }
        var result = text
        for call in Set(FrameworkCall.calls(in: text).map(\.text)) {
            let filled = filling(call, with: defaults)
            if filled != call { result = result.replacingOccurrences(of: call, with: filled) }
        }
        return result
    }

    /// Whether a part speaks of a constructor parameter by name outside a framework call ("if
    /// `hidden` were 512", "with vocab = 20000"): its defaults may not be what the part means.
    static func namesParameter(of defaults: [String: String], in part: String) -> Bool {
        var prose = part
        for call in FrameworkCall.calls(in: part) { prose = prose.replacingOccurrences(of: call.text, with: " ") }
        return defaults.keys.contains { name in
            prose.range(of: #"(?<![\w.])"# + NSRegularExpression.escapedPattern(for: name) + #"(?![\w(])"#, options: .regularExpression) != nil
        }
    }

    /// The call a part puts in the place of the module written `old`: "L4 is replaced by
    /// nn.Conv2d(…)", "We replace L4 by the grouped convolution nn.Conv2d(…)" (the part's text has
    /// the named module's call in place of its name). With the phrase that says so.
    static func replacement(of old: String, in text: String) -> (call: FrameworkCall, phrase: String)? {
        let was = NSRegularExpression.escapedPattern(for: old)
        // ("replace self.lstm by a GRU with the same sizes, nn.GRU(…)": a few words, and a comma, before the call.)
        let by = #"\s+(?:by|with|for)\s+(?:(?:the|a|an)\s+)?(?:[\w-]+,?\s+){0,6}`?"#
        for pattern in [was + #"`?\s+(?:(?:is|are|gets|has been)\s+)?(?i:replaced|swapped|substituted)"# + by,
                        #"(?i:\b(?:replace|swap|substitute)\w*)\s+`?"# + was + "`?" + by,
                        // ("Suppose conv1 were instead nn.Conv2d(…)", "conv1 is changed to nn.Conv2d(…)".)
                        was + #"`?\s+(?:were|was|is|are|gets)\s+(?:instead|changed to|now|made)\s+(?:(?:the|a|an)\s+)?`?"#,
                        was + #"`?\s+(?:becomes|became|turns into)\s+(?:(?:the|a|an)\s+)?`?"#] {
            // ("conv2 is now … only in the second copy, and the first copy is unchanged": a change of
            // another network than the one asked about.)
            // ("Back to the original model …, swap self.lstm for …" is a replacement.)
            guard text.range(of: #"(?i)\bunchanged\b|\bcop(?:y|ies)\b|\bonly in the\b"#, options: .regularExpression) == nil,
                  let range = text.range(of: pattern, options: .regularExpression),
                  let new = FrameworkCall.calls(in: String(text[range.upperBound...])).first,
                  text[range.upperBound...].hasPrefix(new.text) else { continue }
            // ("replace self.fc with two layers, nn.Linear(512, 64) and nn.Linear(64, 10)": several
            // modules in place of one are not one replacement.)
            let words = text[range]
            let after = text[range.upperBound...].dropFirst(new.text.count).prefix { !".?!".contains($0) }
            if words.range(of: #"(?i)\b(?:two|three|four|pair|several|stack|sequence|layers|modules|blocks)\b"#, options: .regularExpression) != nil
                || !FrameworkCall.calls(in: String(after)).isEmpty
                || after.range(of: #"(?i)^\s*,?\s*(?:and|followed by|then)\b"#, options: .regularExpression) != nil { return nil }
            return (new, String(text[range]) + new.text)
        }
        return nil
    }

    /// A table of named layers flattened to a line: "Layer Type PyTorch module L1 convolution
    /// nn.Conv2d(3, 32, kernel_size=5) L2 max pooling nn.MaxPool2d(2) …": each row's name (a
    /// word with a number) and its call, with up to three words of type between them. At least
    /// two rows, every name once.
    static func tabled(in text: String) -> [(name: String, call: String)] {
        let chained = chainedRows(in: text)
        if !chained.isEmpty { return chained }
        var rows: [(name: String, call: String)] = []
        for match in text.matches(of: #/(?:^|\s)([A-Za-z]{1,8}_?\d{1,2})\s+(?:[A-Za-z-]+\s+){0,3}(?=(?:torch\.)?nn\.[A-Z])/#) {
            guard let call = FrameworkCall.calls(in: String(text[match.range.upperBound...])).first,
                  text[match.range.upperBound...].hasPrefix(call.text) else { continue }
            rows.append((String(match.output.1), call.text))
        }
        if rows.count < 2 { rows = tabledColumns(in: text) }
        guard rows.count >= 2, Set(rows.map(\.name)).count == rows.count else { return [] }
        return rows
    }

    /// A table of named layers, its rows one after the other: "name layer conv1 nn.Conv2d(1, 32,
    /// kernel_size=3) pool nn.MaxPool2d(2) conv2 nn.Conv2d(…) fc nn.Linear(64, 12)": each row a
    /// name of any form and its call, nothing between one row's call and the next row's name.
    /// Three rows or more, every name once, one name at least with a number (prose has none).
    static func chainedRows(in text: String) -> [(name: String, call: String)] {
        let stop: Set<String> = ["return", "yield", "lambda", "then", "and", "or", "by", "with", "use", "uses", "apply", "applies", "is", "are", "to", "a", "an", "the"]
        var best: [(name: String, call: String)] = []
        var run: [(name: String, call: String)] = []
        var end: String.Index? = nil
        for match in text.matches(of: #/(?:^|\s)([A-Za-z_][A-Za-z0-9_]{0,15})\s+(?=(?:torch\.)?nn\.[A-Z])/#) {
            let name = String(match.output.1)
            guard !stop.contains(name.lowercased()), let call = FrameworkCall.calls(in: String(text[match.range.upperBound...])).first,
                  text[match.range.upperBound...].hasPrefix(call.text) else { end = nil; continue }
            let adjacent = end.map { text[$0..<match.range.lowerBound].allSatisfy(\.isWhitespace) } ?? false
            if !adjacent || run.contains(where: { $0.name == name }) {
                if run.count > best.count { best = run }
                run = []
            }
            run.append((name, call.text))
            end = text.index(match.range.upperBound, offsetBy: call.text.count)
        }
        if run.count > best.count { best = run }
        guard best.count >= 3, best.contains(where: { $0.name.contains(where: \.isNumber) }) else { return [] }
        return best
    }

    /// The same table pasted from a PDF, its columns one after the other: "L1 L2 L3 convolution
    /// max pooling convolution nn.Conv2d(…) nn.MaxPool2d(…) nn.Conv2d(…)": names of one stem
    /// numbered 1, 2, … and then, after the other columns, as many calls in a row.
    private static func tabledColumns(in text: String) -> [(name: String, call: String)] {
        guard let names = text.firstMatch(of: #/(?:^|\s)([A-Za-z]{1,8}_?)1(?:\s+\1\d{1,2}){1,20}(?=\s)/#) else { return namedColumn(in: text) }
        let stem = String(names.output.1)
        let numbered = names.output.0.split(whereSeparator: \.isWhitespace).map(String.init)
        guard numbered.enumerated().allSatisfy({ $0.element == "\(stem)\($0.offset + 1)" }) else { return [] }
        // The first run of calls after the names, separated by white space only.
        var rest = text[names.range.upperBound...]
        guard let first = rest.firstRange(of: #/(?:torch\.)?nn\.[A-Z]/#) else { return [] }
        rest = rest[first.lowerBound...]
        var calls: [String] = []
        while calls.count < numbered.count, let call = FrameworkCall.calls(in: String(rest)).first, rest.hasPrefix(call.text) {
            calls.append(call.text)
            rest = rest.dropFirst(call.text.count).drop(while: \.isWhitespace)
        }
        guard calls.count == numbered.count else { return [] }
        return zip(numbered, calls).map { (name: $0, call: $1) }
    }

    /// "Name Layer conv1 pool1 conv2 conv3 up nn.Conv2d(…) nn.MaxPool2d(2) …": a column of names
    /// of any stems right before as many calls in a row, separated by white space only. The
    /// names differ, and one at least has a number (prose words before calls have none).
    private static func namedColumn(in text: String) -> [(name: String, call: String)] {
        guard let first = text.firstRange(of: #/(?:torch\.)?nn\.[A-Z]/#) else { return [] }
        var rest = text[first.lowerBound...]
        var calls: [String] = []
        while calls.count < 40, let call = FrameworkCall.calls(in: String(rest)).first, rest.hasPrefix(call.text) {
            calls.append(call.text)
            rest = rest.dropFirst(call.text.count).drop(while: \.isWhitespace)
        }
        let before = text[..<first.lowerBound].split(whereSeparator: \.isWhitespace).suffix(calls.count).map(String.init)
        guard calls.count >= 2, before.count == calls.count, Set(before).count == before.count,
              before.allSatisfy({ $0.wholeMatch(of: #/[A-Za-z][A-Za-z0-9_]{0,11}/#) != nil }),
              before.contains(where: { $0.contains(where: \.isNumber) }) else { return [] }
        return zip(before, calls).map { (name: $0, call: $1) }
    }

    /// A numbered list of modules ("# Module 1 nn.Flatten() 2 nn.Linear(784, 256) 3 nn.ReLU() …",
    /// a table flattened): "module 2" and "layer 2" name row 2's call. Only rows numbered 1, 2, …
    /// without gaps, at least two.
    static func numbered(in text: String) -> [(name: String, call: String)] {
        var rows: [(number: Int, call: String)] = []
        for match in text.matches(of: #/(?:^|\s)(\d{1,2})[.)]?\s+(?=(?:torch\.)?nn\.[A-Z])/#) {
            guard let number = Int(match.output.1), let call = FrameworkCall.calls(in: String(text[match.range.upperBound...])).first,
                  text[match.range.upperBound...].hasPrefix(call.text) else { continue }
            rows.append((number, call.text))
        }
        if rows.count < 2 || rows.map(\.number) != Array(1...rows.count) { rows = columns(in: text) }
        guard rows.count >= 2 else { return [] }
        return rows.flatMap { row in ["module", "Module", "layer", "Layer"].map { (name: "\($0) \(row.number)", call: row.call) } }
    }

    /// `bindings` with the aliases of a numbered row ("module 2", "Layer 2", …) kept once, under
    /// the name `used` when it is one of them: one binding per module, in order.
    static func distinctRows(_ bindings: [(name: String, call: String)], naming used: String?) -> [(name: String, call: String)] {
        func row(_ name: String) -> Substring? { name.wholeMatch(of: #/(?:[Mm]odule|[Ll]ayer) (\d{1,2})/#)?.output.1 }
        var rows: [(name: String, call: String)] = []
        for binding in bindings {
            if let number = row(binding.name), let last = rows.last, row(last.name) == number, last.call == binding.call {
                if binding.name == used { rows[rows.count - 1].name = binding.name }
                continue
            }
            rows.append(binding)
        }
        return rows
    }

    /// The same table pasted from a PDF, its columns one after the other: "1 2 3 4 nn.Flatten()
    /// nn.Linear(784, 256) nn.ReLU() nn.Linear(256, 10)", as many calls in a row as numbers.
    private static func columns(in text: String) -> [(number: Int, call: String)] {
        guard let numbers = text.firstMatch(of: #/(?:^|\s)1(?:\s+\d{1,2})+\s+(?=(?:torch\.)?nn\.[A-Z])/#) else { return [] }
        let count = numbers.output.split(whereSeparator: \.isWhitespace).count
        guard numbers.output.split(whereSeparator: \.isWhitespace).compactMap({ Int($0) }) == Array(1...count) else { return [] }
        var rest = text[numbers.range.upperBound...]
        var rows: [(number: Int, call: String)] = []
        for number in 1...count {
            guard let call = FrameworkCall.calls(in: String(rest)).first, rest.hasPrefix(call.text) else { return [] }
            rows.append((number, call.text))
            rest = rest.dropFirst(call.text.count).drop(while: \.isWhitespace)
        }
        return rows
    }

    /// Names that are also words of the prose around them.
    static let words: Set<String> = [
        "head", "heads", "model", "net", "network", "layer", "layers", "block", "encoder", "decoder", "norm", "pool", "embed",
        "attention", "linear", "output", "input", "cell", "out", "one", "two", "first", "second", "last", "final", "this", "that",
        "it", "its", "the", "and", "or", "in", "on", "to", "of", "is", "as", "at", "by", "for", "with",
        "query", "key", "value", "projection", "classifier", "features", "feature", "filter", "up", "down", "skip",
    ]

    /// The name standing as a whole word (group 1 is what precedes it); nil for a name that is
    /// also a word of the prose ("each head in head"), which counts only in backticks.
    private static func bareName(_ name: String) -> Regex<AnyRegexOutput>? {
        guard name.count >= 2, !words.contains(name.lowercased()) else { return nil }
        return try? Regex("(^|[^\\w.])" + NSRegularExpression.escapedPattern(for: name) + "(?![\\w(=])")
    }

    /// Words of ``words`` that never name a module, however they stand.
    static let functionWords: Set<String> = [
        "one", "two", "first", "second", "last", "final", "this", "that", "it", "its", "the", "and", "or", "in", "on", "to", "of", "is", "as", "at", "by", "for", "with",
    ]

    /// Names that are nouns of the prose, which name the module when no determiner stands
    /// before them: "How many parameters does model have?" (its backticks lost) is `model`'s
    /// question, "the model" is the prose's.
    static let nouns: Set<String> = ["model", "net", "network", "encoder", "decoder", "classifier", "block"]

    /// Names that are also words of the prose about a module's insides ("per head", "the
    /// attention head", "layer norm"): the module's only as the subject of "does … have"
    /// ("How many parameters does head have?", its backticks lost).
    static let askedNouns: Set<String> = ["head", "embed", "norm", "pool", "attention", "projection", "proj", "out"]

    private static func undeterminedNoun(_ name: String) -> NSRegularExpression? {
        // ("What is the output shape of down?", "the output of pool?": a name that is a word of the
        // prose, without a determiner, after "of" and at the end of the question.)
        let questioned = #"(?<=\bof\s)"# + NSRegularExpression.escapedPattern(for: name) + #"(?=\s*[?;:)]|\s*\.(?!\w)|\s*$)"#
        if askedNouns.contains(name) {
            return try? NSRegularExpression(pattern: #"(?<=\b(?:does|do|did)\s)"# + name + #"(?=\s+(?:have|has|contain|hold|add)\b)|"# + questioned)
        }
        if words.contains(name), !functionWords.contains(name), !nouns.contains(name) {
            return try? NSRegularExpression(pattern: questioned)
        }
        guard nouns.contains(name) else { return nil }
        return try? NSRegularExpression(pattern: #"(?<![\w.])(?<!\b(?:the|a|an|this|that|each|every|our|your|its|their|one|whole|full|same|such|any)\s)"#
            + name + #"(?![\w(=])"#)
    }

    /// A name in a chain of modules, "`emb → lstm → head`": beside an arrow, whatever the word.
    private static func chained(_ name: String) -> NSRegularExpression? {
        let escaped = NSRegularExpression.escapedPattern(for: name)
        return try? NSRegularExpression(pattern: #"(?:→|->|⟶|\\to)\s*`?"# + escaped + #"`?(?![\w(=]|\.\w)|(?<![\w.])`?"# + escaped + #"`?\s*(?:→|->|⟶|\\to\b)"#)
    }

    /// Whether a part's chain of arrows ("`enc → rnn → head`") comes with words that change what
    /// it counts: a member named again outside the chain ("where enc is pretrained", "head is
    /// replaced by …"), another chain, or a member frozen, replaced or run otherwise. Its modules
    /// are then not read.
    static func chainIsQualified(_ part: String, bindings: [(name: String, call: String)]) -> Bool {
        let names = bindings.map(\.name).filter { $0.count >= 2 && !$0.contains(" ") }
        guard !names.isEmpty else { return false }
        let alternatives = names.sorted { $0.count > $1.count }.map { NSRegularExpression.escapedPattern(for: $0) }.joined(separator: "|")
        guard let chain = try? NSRegularExpression(pattern: "`?(?:" + alternatives + ")`?(?:\\s*(?:→|->|⟶)\\s*`?(?:" + alternatives + ")`?)+"),
              case let matches = chain.matches(in: part, range: NSRange(part.startIndex..., in: part)), let first = matches.first,
              let range = Range(first.range, in: part) else { return false }
        if matches.count > 1 { return true }
        let members = Set(names.filter { name in part[range].range(of: "(?<![\\w.])" + NSRegularExpression.escapedPattern(for: name) + "(?![\\w(])", options: .regularExpression) != nil })
        var rest = part
        rest.removeSubrange(range)
        if members.contains(where: { rest.range(of: "(?<![\\w.])`?" + NSRegularExpression.escapedPattern(for: $0) + "`?(?![\\w(])", options: .regularExpression) != nil }) { return true }
        return rest.range(of: #"(?i)\b(?:frozen|freez\w*|pre-?trained|replac\w*|baseline|instead|would be|time ?steps?|except|without|shared|tied)\b"#, options: .regularExpression) != nil
    }

    /// The names of `bindings` that a part's text uses (in backticks, as a whole word, or in a
    /// chain of arrows).
    static func used(in part: String, bindings: [(name: String, call: String)]) -> [String] {
        if let whole = wholeName(part, bindings: bindings) { return [whole.name] }
        return bindings.map(\.name).filter { name in
            spellings(of: name, among: bindings).contains { name in
                name.count >= 2 && (part.contains("`\(name)`") || bareName(name).map { part.contains($0) } == true
                    || undeterminedNoun(name).map { $0.firstMatch(in: part, range: NSRange(part.startIndex..., in: part)) != nil } == true
                    || chained(name).map { $0.firstMatch(in: part, range: NSRange(part.startIndex..., in: part)) != nil } == true)
            }
        }
    }

    /// A binding's name and, for an attribute (`self.conv1`), its own name ("the output of
    /// conv1"), where no other binding has that name.
    static func spellings(of name: String, among bindings: [(name: String, call: String)]) -> [String] {
        guard name.hasPrefix("self.") else { return [name] }
        let attribute = String(name.dropFirst(5))
        return bindings.contains(where: { $0.name == attribute }) ? [name] : [name, attribute]
    }

    /// The binding a part consists of ("(i) embed [2 pts]" under "How many parameters does each
    /// module have?"): its name alone is no word of prose, whatever the word.
    private static func wholeName(_ part: String, bindings: [(name: String, call: String)]) -> (name: String, call: String)? {
        var text = part.replacing(#/[(\[]\s*\d+(?:\.\d+)?\s*(?:pts?|points?|marks?)\.?\s*[)\]]/#, with: "")
        text = text.trimmingCharacters(in: CharacterSet(charactersIn: " \t\n`'\"“”‘’.,:;"))
        return bindings.first { $0.name == text }
    }

    /// What a part that names modules by a span it cannot follow reads as: no module.
    static let unorderedRange = "the modules of a span whose order is not stated"

    /// "the network in the table (conv1 through fc)": every module from the first name to the
    /// second in the order the bindings are written, together, when both are names of one word,
    /// the first comes before the second and the statement states that order
    /// (``unorderedRange`` otherwise).
    private static func substitutingNamedRanges(_ text: String, bindings: [(name: String, call: String)], ordered: Bool) -> String {
        let names = bindings.map(\.name).filter { $0.count >= 2 && !$0.contains(" ") }
        guard names.count >= 2 else { return text }
        let alternatives = names.sorted { $0.count > $1.count }.map { NSRegularExpression.escapedPattern(for: $0) }.joined(separator: "|")
        guard let range = try? NSRegularExpression(pattern: "(?<![\\w.`])`?(" + alternatives + ")`?\\s*(?:--|–|—|\\bto\\b|\\bthrough\\b)\\s*`?(" + alternatives + ")`?(?![\\w(])") else { return text }
        let result = NSMutableString(string: text)
        for match in range.matches(in: text, range: NSRange(text.startIndex..., in: text)).reversed() {
            guard let whole = Range(match.range, in: text), let a = Range(match.range(at: 1), in: text), let b = Range(match.range(at: 2), in: text),
                  let first = names.firstIndex(of: String(text[a])), let last = names.firstIndex(of: String(text[b])), first < last,
                  // ("the tensor passed from pool to conv2": between two modules, not a range of them.)
                  text[..<whole.lowerBound].range(of: #"\b(?:from|between)\s*$"#, options: .regularExpression) == nil else { continue }
            // (Declared modules run in the order `forward` gives, which a range cannot follow.)
            guard ordered else {
                result.replaceCharacters(in: match.range, with: unorderedRange)
                continue
            }
            result.replaceCharacters(in: match.range, with: names[first...last].compactMap { name in bindings.first { $0.name == name }?.call }.joined(separator: ", ") + " together")
        }
        return result as String
    }

    /// The part's text with each bound name it uses (in backticks, or as a whole word of two or
    /// more characters, case as written) replaced by its call.
    static func substituting(_ part: String, bindings: [(name: String, call: String)], ordered: Bool = false) -> String {
        if let whole = wholeName(part, bindings: bindings) { return whole.call }
        var text = part
        // "the network L1--L6", "layers L2 to L4": every module of the range, together.
        // (Not "passed from conv1 to conv2": between two modules, not a range of them.)
        let original = text
        text = text.replacing(#/\b([A-Za-z]{1,8}_?)(\d{1,2})\s*(?:--|–|—|-|to|through)\s*\1(\d{1,2})\b/#) { match in
            if original[..<match.range.lowerBound].range(of: #"\b(?:from|between)\s*$"#, options: .regularExpression) != nil { return String(match.output.0) }
            guard let first = Int(match.output.2), let last = Int(match.output.3), first < last else { return String(match.output.0) }
            let calls = (first...last).map { number in bindings.first { $0.name == "\(match.output.1)\(number)" }?.call }
            guard calls.allSatisfy({ $0 != nil }) else { return String(match.output.0) }
            return calls.compactMap { $0 }.joined(separator: ", ") + " together"
        }
        text = substitutingNamedRanges(text, bindings: bindings, ordered: ordered)
        let spelled = bindings.flatMap { binding in spellings(of: binding.name, among: bindings).map { (name: $0, call: binding.call) } }
        for (name, call) in spelled.sorted(by: { $0.name.count > $1.name.count }) where name.count >= 2 {
            text = text.replacingOccurrences(of: "`\(name)`", with: call)
            if let noun = undeterminedNoun(name) {
                text = noun.stringByReplacingMatches(in: text, range: NSRange(text.startIndex..., in: text), withTemplate: NSRegularExpression.escapedTemplate(for: call))
            }
            // ("`emb → lstm → head`": the name beside an arrow, its arrow kept.)
            if words.contains(name.lowercased()), let arrow = try? NSRegularExpression(pattern: #"(→|->|⟶)(\s*`?)"# + NSRegularExpression.escapedPattern(for: name) + #"(?![\w(=]|\.\w)"#) {
                text = arrow.stringByReplacingMatches(in: text, range: NSRange(text.startIndex..., in: text), withTemplate: "$1$2" + NSRegularExpression.escapedTemplate(for: call))
            }
            guard let word = bareName(name) else { continue }
            text = text.replacing(word) { match in (match.output[1].substring ?? "") + call }
        }
        return text
    }
}
