import Foundation

/// Reads "how many parameters" asked of one framework module written as a call:
/// "How many parameters does `nn.Conv2d(8, 16, 5, groups=4)` have?", or a bare
/// `nn.GRU(64, 32)` under a statement that says "Count the parameters of each module".
///
/// It answers only for exactly one call whose every argument is read, and never for a
/// portion of the module ("the first layer", "per head", "only the weights").
enum ModuleParameterReader {
    /// Weights tied between modules ("head.weight = emb.weight", "we tie the output weights to the
    /// embedding"): a count of distinct parameters that no module's own count gives.
    static let tiedWeights = #"\bti(?:e|es|ed|ing)\b[^.?]{0,40}\bweights?\b|\bweights?\b[^.?]{0,40}\bti(?:e|es|ed|ing)\b|\bweight[- ]tying\b|\b\w+\.weight\s*=\s*\w+\.weight\b|\bshar(?:e|es|ed|ing)\s+(?:the\s+|their\s+|its\s+)?weights\b"#

    static func read(_ reading: PartReading) -> Attempt {
        // ("requires_grad=False", "the embedding is frozen": trainable counts leave such modules out,
        // which is not read.)
        if let frozen = [reading.part, reading.problemStatement].lazy.compactMap({ $0.firstMatch(#"\brequires_grad\w*\s*(?:=\s*False|\(\s*False\s*\))|\bfrozen\b|\bfreez\w*"#) }).first,
           !FrameworkCall.calls(in: reading.part.text + " " + reading.problemStatement.text).isEmpty {
            return .failed("parameter count: '\(frozen[0])': modules left out of the count are not read")
        }
        var calls = FrameworkCall.calls(in: reading.part.text)
        var finding = Finding(.parameterCount)
        if let tied = reading.part.firstMatch(Self.tiedWeights), asksCount(reading.part) != nil {
            return .failed("parameters: '\(tied[0])': tied weights are not counted here")
        }
        // ("How many parameters does the whole model have, emb included?" under three modules, the
        // part naming one: the sum of them all is asked, not that one's count.)
        if let whole = reading.part.firstMatch(#"\b(?:whole|entire|full|complete) (?:model|network|net)\b"#), asksCount(reading.part) != nil,
           !reading.usedModules.isEmpty, reading.namedModules.count > reading.usedModules.count {
            return .failed("parameters: '\(whole[0])' over \(reading.namedModules.count) modules is not read")
        }
        // "How many parameters do `gru` and `head` have together?": a module the statement binds
        // to a name the part writes but that was not read as the module ("head" is also a word)
        // leaves the part's count unread.
        if let unread = reading.namedModules.first(where: { module in
            !reading.usedModules.contains(module.name) && reading.part.firstMatch("(?-i:\\b\(NSRegularExpression.escapedPattern(for: module.name))\\b)") != nil
               && reading.part.firstMatch("(?:\\band\\b|,|&|→|->|⟶)\\s*`?\(NSRegularExpression.escapedPattern(for: module.name))`?\\b|\\b\(NSRegularExpression.escapedPattern(for: module.name))`?\\s*(?:\\band\\b|,|&|→|->|⟶)") != nil
        }), asksCount(reading.part) != nil {
            return .failed("parameters: '\(unread.name)' names a module of the statement, and is not read as it")
        }
        // "(a) Consider nn.Conv2d(64, 128, 3). (i) How many parameters does this layer have?"
        // ("(a) Consider nn.LSTM(…, num_layers=2). (i) How many parameters does the first layer
        // have? (ii) … the whole module?": a sub-part that names no module asks of its part's.)
        // ("(b) For `self.lstm` (…): (i) how many parameters belong to the first layer?": the
        // part may name the module by the name the statement's code binds it to.)
        if calls.isEmpty, let parent = reading.parentPart {
            let parentCalls = FrameworkCall.calls(in: NamedModules.substituting(parent.text, bindings: NamedModules.ordered(in: reading.problemStatement.text)))
            if reading.part.firstMatch(#"\bthis (?:layer|module|block)\b"#) != nil || asksCount(reading.part) != nil && parentCalls.count == 1 {
                calls = parentCalls
                if !calls.isEmpty { finding.note("the module of the part it belongs to") }
            } else if parentCalls.count > 1, asksCount(reading.part) != nil, !reading.part.writesNumbers,
                      reading.part.firstMatch(#"\bif\b|\bwere\b|\bwithout\b|\binstead\b|\bexcept\b|\bper\b|\beach\b|\bonly\b|\bfold\w*|\bnot counting\b|\bexclud\w*|\bbias\w*|\bweights? only\b|\binference\b|\bonce\b|\bmerg\w*"#) == nil {
                // ("(d) Consider nn.Conv2d(32, 64, 3, bias=False) followed by nn.BatchNorm2d(64)." over
                // "(i) … does the batch-norm layer have?" and "(ii) … do the two layers have together?":
                // the one the sub-part names by its kind, or all of them together.)
                let named = parentCalls.filter { call in Self.kindWords(call.name).contains { reading.part.firstMatch($0) != nil } }
                if let together = reading.part.firstMatch(#"\btogether\b|\bcombined\b|\bin total\b|\bboth (?:layers|modules)\b|\b(?:the )?(?:two|three|four) (?:layers|modules)\b"#) {
                    finding.note("the modules of the part it belongs to")
                    return group(parentCalls, phrase: together[0], &finding)
                } else if named.count == 1 {
                    calls = named
                    finding.note("the \(named[0].name) of the part it belongs to, which the sub-part names")
                }
                // (Else another reader may know the stage named: "the depthwise layer".)
            }
        }
        // "(a) What is the output shape of nn.Conv2d(3, 8, kernel_size=5)? (b) How many parameters
        // does that layer have?": the one call of the part just before.
        // (Not one the part changes: "How many would that layer have with 16 filters?")
        // ("How many parameters does this patch-embedding layer have?": the layer named by what it does.)
        // (Only by a word of the part before that the statement does not use: "this classifier layer"
        // is the statement's classifier.)
        if calls.isEmpty, let this = reading.part.firstMatch(#"\b(?:that|the same|this) (?:([\w-]+) )?(?:layer|module|convolution)\b"#), asksCount(reading.part) != nil,
           this[1].isEmpty || Self.namesThePartBefore(this[1], reading),
           !reading.part.writesNumbers, reading.part.firstMatch(#"\b(?:if|were|would|instead|replac\w*|chang\w*|doubl\w*|halv\w*|without|but)\b"#) == nil,
           let previous = reading.segments.prefix(while: { $0.label != reading.ownLabel }).last(where: { $0.label != nil }) {
            let previousCalls = FrameworkCall.calls(in: previous.text)
            if previousCalls.count == 1 {
                calls = previousCalls
                finding.note("the module of part (\(previous.label!))")
            }
        }
        // "How many parameters does the whole two-layer LSTM of part (a) have?": the one call of
        // the part named, whole. (Not one the part changes, nor a portion of it.)
        if calls.isEmpty, asksCount(reading.part) != nil, !reading.part.removing(#"\b\d-layer\b"#).writesNumbers,
           let reference = reading.part.firstMatch(#"\b(?:of|from|in) (?:part |question )?\(([a-z])\)"#),
           reading.part.firstMatch(#"\b(?:if|were|would|instead|replac\w*|chang\w*|doubl\w*|halv\w*|without|but|except|only|first|second|last|per|each|made|twice|when|with|as an?|bidirectional|bias\w*|weights?|bytes?|bits?|precision|memory|[KMG]B)\b"#) == nil,
           let segment = reading.segments.first(where: { $0.label == reference[1] }),
           case let referenced = FrameworkCall.calls(in: segment.text), referenced.count == 1 {
            // ("the whole two-layer LSTM": the layers it says must be the call's.)
            if let stated = reading.part.firstMatch(#"\b(\w+)-layer\b"#), let count = NumberWords.value(stated[1]),
               count != referenced[0].keywords["num_layers"].flatMap({ Int($0) }) ?? 1 {
                return .failed("parameters: '\(stated[0])' against \(referenced[0].text)")
            }
            calls = referenced
            finding.note("the module of part (\(reference[1]))")
        }
        // "Same as part (a), but with bidirectional=True.": (a)'s one call with the settings the part writes.
        if calls.isEmpty, let repeated = reading.repeatedPart {
            var theirs = FrameworkCall.calls(in: repeated.text.text)
            // ("Consider nn.LSTM(…, num_layers=2). (a) How many parameters does this LSTM have? (b) Same as
            // above, but with bidirectional=True.": the part repeated asks of the statement's one call.)
            if theirs.isEmpty, case let stated = FrameworkCall.calls(in: reading.problemStatement.text), stated.count == 1,
               Self.asksBareCount(repeated.text, of: stated[0]) {
                theirs = stated
            }
            let settings = reading.part.matches(Self.settingPattern)
            guard theirs.count == 1, var call = theirs.first, !settings.isEmpty else { return .notApplicable }
            // (Every other word of the change must be understood: "… with bias=False and twice the width" is not.)
            let rest = reading.part.removing(PartReading.repeatPattern).removing(Self.settingPattern)
                .removing(#"^\s*(?:\([a-z]\)\s*)?(?:\[\d+\]\s*)?"#).removing(#"\b(?:but|with|and|instead|now)\b|[,.;:]"#)
            guard rest.text.trimmingCharacters(in: .whitespaces).isEmpty else { return .notApplicable }
            for setting in settings { call = call.setting(setting[1], to: setting[2]) }
            finding.read("repeats", "part (\(repeated.label))", from: settings.map(\.first!).joined(separator: ", "))
            calls = [call]
        }
        // "a single-layer bidirectional LSTM with input size 10, hidden size 20 and bias=False":
        // a recurrent layer described in words, read as its call.
        if calls.isEmpty, asksCount(reading.part) != nil, let described = describedRecurrent(reading.part) {
            // (PyTorch keeps two bias vectors per gate, most textbooks one: a layer described in
            // words is counted PyTorch's way only where the part names PyTorch, or the sheet
            // says how recurrent biases are counted. Code of PyTorch elsewhere in the problem
            // does not say it: "A classmate's textbook asks: … a single-layer LSTM …".)
            let recurrentConvention = #"\b(?:two|2|both|separate)\s+bias(?:es| vectors?| terms?)\s+(?:per|for each|for every|in each)\s+gate\b|\bb_?\{?ih\}?\b[^.]*\bb_?\{?hh\}?\b|\b(?:pytorch|torch)\b[^.]*\b(?:LSTM|GRU|RNN|recurrent)|\b(?:LSTM|GRU|RNN|recurrent)\b[^.]*\b(?:pytorch|torch)\b"#
            // (Without biases, "bias=False", the count is every framework's.)
            // ("Unlike PyTorch, we count a single bias vector per gate": a convention against it.)
            let texts = [reading.part, reading.problemStatement, reading.conventions]
            if let against = texts.lazy.compactMap({ $0.firstMatch(#"\bunlike (?:in )?pytorch\b|\bnot (?:as in |like |the )?pytorch\b|\b(?:single|one) bias(?: vector| term)? (?:per|for each|in each) gate\b|\bpytorch['’]s \w+ is not\b"#) }).first {
                return .failed("\(described.text): '\(against[0])': a bias convention other than PyTorch's")
            }
            guard described.keywords["bias"] == "False" || reading.part.firstMatch(#"\b(?:pytorch|torch)\b|\bnn\."#) != nil
                    || texts.contains(where: { $0.firstMatch(recurrentConvention) != nil }) else {
                return .failed("\(described.text): a recurrent layer described in words, no framework named (PyTorch keeps two bias vectors per gate, textbooks one)")
            }
            calls = [described]
            finding.note("the layer the part describes, as \(described.text)")
        }
        // "Consider the layer nn.Conv2d(64, 128, 3) …" then "(a) How many parameters does the layer have?",
        // "(d) Instead, the original layer is made a grouped convolution with groups=4.": the statement's one call.
        // ("How many parameters does this attention module have?": a word may name the module's kind.)
        // ("How many parameters does it have with bias=False?": "it" is that call too, while no
        // earlier part writes a module of its own.)
        // (Only with a setting of the module's own, "with bias=False", and only where the statement
        // writes that one module and nothing stacked around it; an earlier part that changes the
        // module makes "it" the changed one.)
        // ("How many parameters does it have?" alone, right under "The attention block is
        // nn.MultiheadAttention(…).": the statement's one call, as it stands.)
        let pronoun = reading.part.firstMatch(#"\b(?:does|do|would|will) it have\b"#) != nil
            && (reading.part.firstMatch(Self.settingPattern) != nil
                || reading.part.firstMatch(#"^\W*how many (?:learnable |trainable )?parameters does it have\s*\?\s*$"#) != nil)
            && reading.part.firstMatch(#"\bnow\b|\bif\b|\bshared\b|\btwice\b|\bcop(?:y|ies)\b|\bwiden\w*|\bdoubl\w*"#) == nil
            && reading.problemStatement.firstMatch(#"\bfollowed by\b|\bthen\b|\bstack\w*|\bcop(?:y|ies)\b|\btwice\b|\bthrice\b|\b(?:two|three|four|five|six) (?:of|times|such|identical)\b|\bconsists? of\b|\band an?\b|\bsequence\b|\bnetwork\b|\bmodel\b|\bbackbone\b|\bfrozen\b|\bpre-?trained\b|\bfed (?:to|into)\b|\bfeeds?\b|\bparameters\b|\d(?:\.\d+)?\s*[MK]\b"#) == nil
            && !reading.segments.contains { $0.label != nil && (!FrameworkCall.calls(in: $0.text).isEmpty
                || StatementText($0.text).firstMatch(#"\bwiden\w*|\breplac\w*|\bchang\w*|\bdoubl\w*|\bincreas\w*|\bdecreas\w*|\badd\w*|\bremov\w*|\binstead\b"#) != nil) }
        // ("How many parameters does this LSTM have?": the part may name the one call by its kind.)
        let statedCalls = FrameworkCall.calls(in: reading.problemStatement.text)
        // (Only the bare question: "a 2-layer version of this LSTM", "when run bidirectionally",
        // "without its bias vectors" change it in words.)
        let namesKind = statedCalls.count == 1 && Self.asksBareCount(reading.part, of: statedCalls[0])
        if calls.isEmpty, pronoun || namesKind || reading.part.firstMatch(#"\b(?:the|this|that|the original|the same) (?:[a-z-]+ )?(?:layer|module)\b"#) != nil,
           reading.part.firstMatch(Self.piece) == nil {
            let stated = statedCalls
            if stated.count == 1, var call = stated.first {
                // (A depthwise separable replacement is two layers: another reader's.)
                if reading.part.firstMatch(#"\bdepthwise\b|\bseparable\b|\bpointwise\b|\breplaced\b|\bfollowed by\b"#) != nil {
                    return .notApplicable
                }
                // "… constructed with bias=False", "with groups=4": the statement's call with those settings.
                let settings = reading.part.matches(Self.settingPattern)
                for setting in settings { call = call.setting(setting[1], to: setting[2]) }
                if settings.isEmpty, reading.part.firstMatch(#"\bgrouped\b|\binstead\b|\bchange\w*\b|\bwith(?:out)? (?:a |the )?bias\b"#) != nil {
                    return .notApplicable
                }
                // ("How many parameters would this LSTM have with hidden size 256?": a change in words.)
                if settings.isEmpty, asksCount(reading.part) != nil,
                   reading.part.removing(#"\b\d-layer\b"#).writesNumbers || reading.part.firstMatch(#"\bif\b|\bwere\b|\bwould\b"#) != nil {
                    return .failed("parameters: '\(reading.part.text.prefix(60))' changes the statement's \(call.text) in words, which is not read")
                }
                finding.note(settings.isEmpty ? "the layer of the problem's statement" : "the statement's layer with " + settings.map(\.first!).joined(separator: ", "))
                calls = [call]
            }
        }
        // "How many parameters does the attention module have?", "… does the LayerNorm have?" under
        // "A block uses nn.MultiheadAttention(…) followed by nn.LayerNorm(512).": the one call of
        // the statement whose kind the part names.
        // (Not a part that describes a module of its own: "… uses single-head self-attention with
        // model dimension 512. How many parameters does that attention layer have?")
        // (Nor a piece of the module: "the attention layer's output projection", "… are biases?")
        // ("How many parameters are in the first layer of the LSTM?", "For the LSTM: how many … in
        // its first layer?": the first layer of the one module named, counted below.)
        let unportioned = reading.part.removing(#"\b(?:its|the) first (?:recurrent )?layer(?: of the\b)?"#)
        if calls.isEmpty, asksCount(reading.part) != nil, !reading.part.writesNumbers,
           reading.part.firstMatch(Self.piece) == nil, unportioned.firstMatch(#"\bof the\b"#) == nil,
           unportioned.firstMatch(#"\b(?:that|such an?|another|a different|a new|their|its) (?:[\w-]+ )?(?:module|layer|block)\b"#) == nil,
           reading.part.firstMatch(#"\bdepthwise\b|\bseparable\b|\bgroups?\b|\bgrouped\b|\binstead\b|\breplaced?\b|\bif\b|\bwere\b|=|\beach\b|\bper\b|\bboth\b|\btogether\b|\bin total\b|\bfrozen\b|\bfreez\w*|\bupdat\w*|\btrainable\b|\bbesides\b|\bapart\b|\bother than\b|\bexcept\b|\bexclud\w*|\bnon-|\bmodel\b|\bnetwork\b|\brest\b"#) == nil {
            // (A container, `nn.Sequential(…)`, is no module of a kind; "the first nn.Linear" of two
            // is the one its ordinal names, in the order the statement writes them.)
            let stated = FrameworkCall.calls(in: reading.problemStatement.text).filter { !Self.containers.contains($0.name) }
            let named = stated.filter { call in Self.kindWords(call.name).contains { reading.part.firstMatch($0) != nil } }
            if stated.count > 1, named.count == 1 {
                finding.note("the statement's \(named[0].name), which the part names")
                calls = named
            } else if stated.count > 1, named.count > 1, Set(named.map(\.name)).count == 1,
                      let ordinal = reading.part.firstMatch(#"\b(first|second|third|last)\s+(?:nn\.)?"# + named[0].name + #"\b|\b(first|second|third|last)\s+(?:linear|embedding|recurrent|normali[sz]ation)\s+(?:layer|module)\b"#),
                      reading.part.matches(#"\b(?:first|second|third|last)\b"#).count == 1 {
                let word = (ordinal[1].isEmpty ? ordinal[2] : ordinal[1]).lowercased()
                let index = ["first": 0, "second": 1, "third": 2][word] ?? named.count - 1
                if index < named.count {
                    finding.note("the \(word) \(named[0].name) of the statement")
                    finding.read("module", named[index].text, from: ordinal[0])
                    calls = [named[index]]
                }
            }
        }
        // "How many parameters does the whole model have?" under `model = nn.Sequential(…)`: the
        // modules the statement's one container holds, together (only when it holds every call).
        if calls.isEmpty, asksCount(reading.part) != nil, !reading.part.writesNumbers,
           let whole = reading.part.firstMatch(#"\b(?:the|this) (?:(?:whole|entire|full|complete) )?(?:model|network)\b"#),
           reading.part.firstMatch(#"\bif\b|\bwere\b|\bwithout\b|\binstead\b|\bexcept\b|\beach\b|\bper\b|\breplac\w*|\bchang\w*|\btrainable\b|\bfrozen\b|\bfreez\w*|\bupdat\w*|\bbias\w*|\bweights?\b|\bti(?:e|ed|es|ing)\b|\bshar\w*|\bexclud\w*|\bnot counting\b|\bwhen\b|\bafter\b|\bbefore\b|\bfirst\b|\blast\b|\bnon-|\bhead\b|\bbesides\b|\bapart\b|\bother than\b|\bin its\b|\bmodel['’]s\b|\blayers\b|\bmodules\b|\bembedding\b|\bbackbone\b"#) == nil,
           case let stated = FrameworkCall.calls(in: reading.problemStatement.text), stated.count >= 3,
           // (A loop, "for _ in range(4)", repeats modules; "a classifier for a vocabulary" is no loop.
           // Prose that multiplies or mirrors the code does too: "3 blocks of the form below", "two
           // encoders of this form, one for the left image", "The decoder mirrors the encoder".)
           reading.problemStatement.firstMatch(#"\bfrozen\b|\bfreez\w*|\bti(?:e|ed|es|ing)\b|\btying\b|\bshar\w*|\bcop(?:y|ies)\b|\beach\b|\btimes\b|\brepeat\w*|\bstack\w*|\bfor\s+\w+\s+in\b|\brange\s*\(|\bmirror\w*|\bone for\b|\bof (?:the|this) form\b|\bform below\b|\b(?:two|three|four|five|six|eight|\d+)\s+(?:blocks|encoders|decoders|copies|stages|branches|towers|heads|instances|such)\b"#) == nil {
            let containers = stated.filter { Self.containers.contains($0.name) }
            // (`model = nn.Sequential(…)` holding every call, or one `class …(nn.Module)` assigning them.)
            let sequential = containers.count == 1 && stated.allSatisfy { $0 == containers[0] || containers[0].text.contains($0.text) }
            // (A class that assigns a module of its own, `self.encoder = Encoder()`, or a bare
            // parameter, holds more than the calls read.)
            let defined = containers.isEmpty && reading.problemStatement.matches(#"\bclass\s+\w+\s*\(\s*(?:nn\.)?Module\s*\)"#).count == 1
                && reading.problemStatement.firstMatch(#"\bself\.\w+\s*=\s*(?!nn\.)[A-Za-z_][\w.]*\s*\(|nn\.Parameter\b"#) == nil
            if sequential || defined {
                return group(stated.filter { !Self.containers.contains($0.name) }, phrase: whole[0], &finding)
            }
        }
        // "How many parameters does the block have?" under "A transformer's feed-forward block is
        // nn.Linear(1024, 4096) -> GELU -> nn.Linear(4096, 1024)": the one sentence that names the
        // thing asked of by its noun and writes every call of the statement.
        // (A part that describes or changes a block of its own, "replaced by a depthwise separable
        // block: … groups=64 …", is another reader's.)
        if calls.isEmpty, asksCount(reading.part) != nil,
           let asked = reading.part.firstMatch(#"\b(?:does|do) (?:the|this) (?:(?:whole|entire|full) )?(block|network|model|MLP|stack|module|head|encoder|decoder) have\b"#),
           // (A portion of it: "the model's output head", "in its linear layers", "non-embedding".)
           reading.part.removing(NSRegularExpression.escapedPattern(for: asked[0])).firstMatch(#"\bnon-|\bhead\b|\bin its\b|['’]s\b|\blayers\b|\bmodules\b|\bembedding\b|\bbackbone\b|\bfirst\b|\blast\b|\bbesides\b|\bapart\b|\bother than\b"#) == nil,
           reading.part.firstMatch(#"\bif\b|\bwere\b|\bwithout\b|\binstead\b|\bexcept\b|=\s*\w|\beach\b|\bper\b|\breplac\w*|\bchang\w*|\btrainable\b|\bfrozen\b|\bbias\w*|\bweights?\b|\bwidth\b|\bdoubl\w*|\bprun\w*|\bshar\w*|\bti(?:e|ed|es|ing)\b|\bexclud\w*|\bnot counting\b|\bwhen\b|\bafter\b"#) == nil,
           !reading.part.writesNumbers,
           reading.problemStatement.firstMatch(#"\bfrozen\b|\bfreez\w*|\bti(?:e|ed|es|ing)\b|\bshar\w*|\bstack\w*|\bcop(?:y|ies)\b|\beach\b|\bsuch\b|\btimes\b|\brepeat\w*|\bfor\s+\w+\s+in\b|\brange\s*\("#) == nil {
            // (A container, `nn.Sequential(…)`, is counted by what it holds; a ModuleList may hold copies.)
            let written = FrameworkCall.calls(in: reading.problemStatement.text)
            guard written.allSatisfy({ $0.name != "ModuleList" && $0.name != "ModuleDict" }) else {
                return .failed("parameters: a module list is not counted")
            }
            let stated = written.filter { !Self.containers.contains($0.name) }
            // (One noun of a kind in that sentence: "The encoder is … and its decoder is …" defines two.)
            let nouns = #"\b(?:block|network|model|MLP|stack|module|head|encoder|decoder)s?\b"#
            let defining = reading.problemStatement.sentences.filter { sentence in
                StatementText(sentence).firstMatch(#"\b"# + NSRegularExpression.escapedPattern(for: asked[1]) + #"\b"#) != nil
                    && FrameworkCall.calls(in: sentence).filter({ !Self.containers.contains($0.name) }).count == stated.count && StatementText(sentence).matches(nouns).count == 1
            }
            if stated.count >= 2, defining.count == 1 {
                return group(stated, phrase: asked[0], &finding)
            }
        }
        // "How many parameters does the whole network have?" under a numbered list of its modules.
        if calls.isEmpty, let whole = reading.part.firstMatch(#"\b(?:the )?(?:whole|entire|full) (?:network|model|MLP)\b"#), asksCount(reading.part) != nil,
           case let rows = NamedModules.numbered(in: reading.problemStatement.text).filter({ $0.name.hasPrefix("module") }), !rows.isEmpty {
            // (Any change the part makes to the modules, "if every layer had bias=False", is not read.)
            guard reading.part.firstMatch(#"\bif\b|\bwere\b|\bwithout\b|\binstead\b|\bexcept\b|=\s*\w"#) == nil else {
                return .failed("the whole network with a change the part makes is not counted")
            }
            return group(rows.compactMap { FrameworkCall.calls(in: $0.call).first }, phrase: whole[0], &finding)
        }
        // "(h) A two-layer LSTM, nn.LSTM(…, num_layers=2). (i) How many parameters are in the first
        // layer alone? (ii) How many in total?": the whole module of the part it belongs to.
        if calls.isEmpty, let total = reading.part.firstMatch(#"^\W*(?:and\s+)?how many (?:are there )?(?:in total|altogether|overall)\s*\?\s*$"#),
           let parent = reading.parentPart, case let owned = FrameworkCall.calls(in: parent.text), owned.count == 1,
           // ("(b) Layer 3 is replaced by nn.Conv2d(…). (ii) How many in total?": the network's total.)
           parent.firstMatch(#"\breplac\w*|\binstead\b|\bchang\w*|\bremov\w*|\badd\w*|\binsert\w*|\blayer \d|\bnetwork\b|\bmodel\b"#) == nil,
           let asks = asksCount(parent) ?? statementAsksCount(reading.problemStatement) ?? siblingsAsk(reading) {
            finding.note(total[0])
            finding.note(asks)
            finding.read("module", owned[0].text, from: "the module of the part it belongs to")
            do {
                return finding.finish(.parameterCountModule(try owned[0].module()))
            } catch {
                return .failed("\(owned[0].text): \(error.reason)")
            }
        }
        guard !calls.isEmpty else { return .notApplicable }
        // "a depthwise separable replacement of conv1", "conv1 as a grouped convolution": another
        // layer than the call ("Replace the LSTM by nn.GRU(…)" names its new layer by the call).
        if reading.part.firstMatch(#"\bdepthwise\b|\bseparable\b|\bgroups?\b|\bgrouped\b"#) != nil,
           !calls.contains(where: { $0.text.contains("groups") }) {
            return .notApplicable
        }
        // A part that only describes its module ("The classifier head nn.Linear(512, 10).")
        // under a statement that asks for every count.
        let describesOnly = !reading.part.text.contains("?")
            && reading.part.firstMatch(#"\b(?:how many|compute|calculate|what|which|find|give|determine|explain|why)\b"#) == nil
        if let asks = asksCount(reading.part), let qualified = StatementText(asks).firstMatch(Self.qualifiedCount) {
            // ("How many bias parameters does nn.Linear(10, 4) have?": a portion of the count.)
            return .failed("parameters: '\(qualified[0])' asks a portion of the count, which is not read")
        } else if let asks = asksCount(reading.part) {
            finding.note(asks)
        } else if isBare(reading.part, calls) || describesOnly, let asks = statementAsksCount(reading.problemStatement),
                  // ("… count each parameter as 4 bytes. How much memory …": another quantity.)
                  reading.problemStatement.firstMatch(#"\bbytes?\b|\bmemory\b|\b[KMG]i?B\b|\bfloat(?:16|32|64)\b|\bfp(?:16|32)\b|\bbits?\b"#) == nil {
            finding.note(asks)
            finding.note("question from the statement")
        } else if isBare(reading.part, calls), let asks = reading.parentPart.flatMap(asksCount) {
            // "(a) How many parameters does each module have? (i) `embed` (ii) `rnn`": the part's question.
            finding.note(asks)
            finding.note("question of the part it belongs to")
        } else if isBare(reading.part, calls) || describesOnly, reading.part.firstMatch(#"^\s*(?:consider|let|suppose|given|take)\b"#) == nil,
                  let asks = siblingsAsk(reading) {
            // "(a) … How many parameters does the first layer have? (b) `nn.GRU(64, 32)`, a single
            // layer.": a part that only names its module asks what every earlier part asks.
            finding.note(asks)
            finding.note("question of the parts before it")
            finding.assume(0.9, "the question of the earlier parts")
        } else if let elided = reading.part.firstMatch(Self.elidedCount), let asks = countAskedBefore(reading) {
            // "(b) How many does nn.LSTM(128, 256, num_layers=2) have?" after "(a) How many learnable
            // parameters does nn.LSTM(128, 256) have?": the count the earlier parts ask, its noun elided.
            finding.note(elided[0])
            finding.note(asks)
            finding.assume(0.95, "the count the earlier parts ask")
        } else {
            return .notApplicable
        }
        // ("The output projection is nn.Linear(768, 50000). How many parameters do the embedding
        // table and the output projection have together?": a sum over more than the one module
        // written, unless the sum is of that module's own weights and biases.)
        if calls.count == 1, let question = reading.part.sentences.last(where: { $0.contains("?") }).map(StatementText.init),
           question.firstMatch(#"\btogether\b|\bcombined\b|\baltogether\b|\bin total\b"#) != nil,
           // ("… do the two layers have together?": the part writes one of them; not "(both layers
           // together)" of one module with num_layers=2.)
           question.firstMatch(#"\b(?:do|are|have)\b[^?]*\band\b|\b(?:two|three|these|those) (?:layers|modules)\b|\bthe (?:layers|modules|block|pair)\b"#) != nil,
           calls[0].text.range(of: #"\bnum_layers\s*=\s*[2-9]"#, options: .regularExpression) == nil,
           question.firstMatch(#"\b(?:weights?|biases?|parameters?|kernels?)\s+and\s+(?:(?:its|the)\s+)?(?:weights?|biases?|parameters?|kernels?)\b"#) == nil {
            return .failed("parameters in total: the question counts more than the one module written")
        }
        // "How many parameters does `ff` have?" for `ff = nn.Sequential(nn.Linear(…), nn.ReLU(), …)`:
        // the modules inside it, together.
        if let sequential = calls.first(where: { $0.name == "Sequential" }),
           calls.allSatisfy({ $0 == sequential || sequential.text.contains($0.text) }) {
            return group(calls.filter { $0 != sequential }, phrase: sequential.text, &finding)
        }
        // "How many parameters do `norm1` and `norm2` have together?": the sum.
        if calls.count > 1, let together = reading.part.firstMatch(#"\btogether\b|\bcombined\b|\baltogether\b|\bin total\b|\bsummed\b"#) {
            if let missing = unresolvedMember(reading.part, calls) { return .failed("parameters in total: \(missing)") }
            return group(calls, phrase: together[0], &finding)
        }
        // "Replace it by a depthwise separable block: nn.Conv2d(64, 64, 3, groups=64) nn.Conv2d(64,
        // 128, 1). How many parameters does the block have?": the block the part writes, its modules
        // together (not a portion of it, a comparison, or a change).
        // (Only the calls listed after the noun and a colon, nothing else between them: not "The block
        // is …, and it is followed by nn.LayerNorm(64).")
        if calls.count > 1, Self.listsBlock(reading.part.text, calls),
           let question = reading.part.sentences.last(where: { $0.contains("?") }).map(StatementText.init),
           let block = question.firstMatch(#"\b(?:does|do) (?:the|this|that|your) (?:(?:whole|entire|new|resulting|replacement) )?(?:block|stack|pair|sequence|combination) (?:now )?(?:have|hold|contain)\b"#),
           reading.part.firstMatch(#"\beach\b|\bper\b|\bfirst\b|\bsecond\b|\blast\b|\bdifference\b|\bratio\b|\bmore\b|\bfewer\b|\bsav(?:e|es|ed|ing)\b|\bif\b|\bwere\b|\bwithout\b|\bexcept\b|\bexclud\w*|\bcop(?:y|ies)\b|\btimes\b|\brepeat\w*|\bbias\w*|\bweights?\b|\bnon-|\bapart\b|\bbesides\b|\bother than\b|\bfrozen\b|\btrainable\b"#) == nil {
            return group(calls, phrase: block[0], &finding)
        }
        // "… swaps each LayerNorm for nn.BatchNorm1d(256). How many parameters does one nn.BatchNorm1d(256) have?":
        // the same call written twice, the question naming it once.
        if calls.count > 1, Set(calls.map(\.text)).count == 1,
           let question = reading.part.sentences.last(where: { $0.contains("?") }), question.components(separatedBy: calls[0].text).count == 2 {
            calls = [calls[0]]
        }
        // "Layer 5 is replaced by global average pooling …. How many parameters does layer 6 have
        // now?": the one module the question asks of (its name replaced by its call).
        if calls.count > 1, let question = reading.part.sentences.last(where: { $0.contains("?") }),
           FrameworkCall.calls(in: question).count == 1, let asked = FrameworkCall.calls(in: question).first,
           question.range(of: #"\b(?:does|do)\s+`?"# + NSRegularExpression.escapedPattern(for: asked.text) + #"`?\s+(?:now\s+)?(?:have|hold|contain)\b"#, options: .regularExpression) != nil {
            finding.read("module", asked.text, from: question)
            calls = [asked]
        }
        // "We replace L4 by the grouped convolution nn.Conv2d(…). How many parameters does it
        // have?", "A nn.BatchNorm2d(64) layer is inserted after L3. How many … does it add?": the
        // new module (the part's text has the named one's call in place of its name).
        if calls.count == 2 {
            let text = reading.part.text
            for (old, new) in [(calls[0], calls[1]), (calls[1], calls[0])] {
                let (was, now) = (NSRegularExpression.escapedPattern(for: old.text), NSRegularExpression.escapedPattern(for: new.text))
                let inserted = now + #"`?\s+(?:[\w-]+\s+){0,3}(?:is|are|gets)\s+(?:inserted|added|placed|appended)\s+(?:right\s+|directly\s+)?(?:after|before|behind)\s+`?"# + was
                let phrase = NamedModules.replacement(of: old.text, in: text).flatMap { $0.call.text == new.text ? $0.phrase : nil }
                    ?? text.range(of: inserted, options: .regularExpression).map { String(text[$0]) }
                if let phrase {
                    finding.read("module", new.text, from: phrase)
                    calls = [new]
                    break
                }
            }
        }
        // "The feed-forward block is nn.Linear(512, 2048), ReLU, nn.Linear(2048, 512). How many
        // parameters?": the block its modules make up, the sum of their counts.
        // (Only one block, all of whose modules the one sentence lists once each: not "… followed by
        // nn.LayerNorm(512)", "three copies of …", "The encoder is … and the decoder is …".)
        if calls.count >= 2, let composed = reading.part.firstMatch(#"\b(?:is|consists of|is made (?:up )?of|comprises)\s+`?(?:torch\.)?nn\."#),
           let sentence = reading.part.sentences.first(where: { $0.contains(composed[0]) }),
           FrameworkCall.calls(in: sentence).count == calls.count,
           StatementText(sentence).matches(#"\b(?:is|are|consists of|comprises)\b"#).count == 1,
           StatementText(sentence).firstMatch(#"\bfollowed\b|\bcop(?:y|ies)\b|\brepeat\w*|\btimes\b|\bthen\b|\btwice\b|\bstack\w*|\blayers\b|\bblocks\b|\bdecoder\b|\bencoder\b"#) == nil,
           reading.part.firstMatch(#"\beach\b|\bper\b|\bwhich\b|\bone of\b|\bfirst\b|\bsecond\b|\blast\b|\bdifference\b|\bratio\b|\bmore\b"#) == nil {
            var total = 0
            for call in calls {
                do {
                    guard case .integer(let count) = try SolverCall.parameterCountModule(try call.module()).solve() else {
                        return .failed("parameters of \(call.text): not a whole number")
                    }
                    total += count
                } catch {
                    return .failed("parameters of \(call.text): \(error)")
                }
            }
            finding.read("modules", calls.map(\.text).joined(separator: " + "), from: composed[0])
            return finding.finish(.fixedCount(total, name: "param_count_modules", family: .parameterCount))
        }
        // ("How many learnable parameters does the network in the table have in total (conv1
        // through fc)?" read with one module: the whole network is asked, not that module.)
        if calls.count == 1, let whole = reading.part.firstMatch(#"\b(?:network|model|table)\b[^.?]*\bin total\b|\bin total\b[^.?]*\b(?:network|model)\b|\b[a-z]+\d+\s+(?:through|thru)\s+[a-z]+\d*\b"#) {
            return .failed("'\(whole[0])': the whole network is asked, and only \(calls[0].text) is read")
        }
        guard calls.count == 1, var call = calls.first else {
            return .failed("parameters of \(calls.count) modules: which one, or their sum, is not clear")
        }
        // "the first layer" of a stacked recurrent module: the same module with one layer.
        if let first = reading.part.firstMatch(#"\bfirst (?:recurrent )?layer\b"#), ["LSTM", "GRU", "RNN"].contains(call.name),
           let layers = call.keywords["num_layers"].flatMap({ Int($0) }), layers > 1 {
            // (A portion of that layer, or a change to it, is not counted: "excluding biases", "in
            // one direction", "when it is made bidirectional".)
            // ("Remember that PyTorch keeps two bias vectors per gate.": a note on how it is built.)
            if let more = reading.part.removing(#"\bfirst (?:recurrent )?layer\b|\([^()]*\b(?:has|have|uses|includes|keeps)\b[^()]*\)|"# + Self.constructionNotes).firstMatch(#"\b(?:first|second|last|each|every|one|single|per|forward|backward)\s+(?:layer|direction|head|gate|cell)\b|\bweights? only\b|\bonly the weights\b|\bexclud\w*|\bwithout\b|\bbias\w*|\bdirection\w*|\bmade\b|\bwhen\b|\bif\b|\bwere\b|\binstead\b"#) {
                return .failed("\(call.text): the first layer with '\(more[0])' is not counted")
            }
            call = call.setting("num_layers", to: "1")
            finding.read("portion", "the first of \(layers) layers", from: first[0])
        // ("(PyTorch's GRU has both b_ih and b_hh for each gate.)", "Recall that PyTorch gives every
        // gate two bias vectors.", "Use PyTorch's convention of two bias vectors per gate.": a note
        // on how the module is built asks for no portion.)
        } else if let portion = reading.part.removing(#"\ba (?:single|one)[- ]layer\b|\(\s*(?:a )?(?:single|one)[- ]layer\s*\)|\([^()]*\b(?:has|have|uses|includes)\b[^()]*\)|"# + Self.constructionNotes).firstMatch(#"\b(?:first|second|last|each|every|one|single|per)\s+(?:layer|direction|head|gate|cell)\b|\bweights? only\b|\bonly the weights\b|\bexclud\w*|\bwithout (?:the )?bias"#) {
            return .failed("\(call.text): the part asks for a portion ('\(portion[0])')")
        }
        // ("nn.GRU(64, 32), a single layer": so it is, when the call stacks no more.)
        // ("… bidirectional=True) have (one layer)?": the same.)
        if let single = reading.part.firstMatch(#"\ba (?:single|one)[- ]layer\b|\(\s*(?:a )?(?:single|one)[- ]layer\s*\)"#), let layers = call.keywords["num_layers"].flatMap({ Int($0) }), layers != 1 {
            return .failed("\(call.text): '\(single[0])' against num_layers=\(layers)")
        }
        let module: FrameworkModule
        do {
            module = try call.module()
        } catch {
            return .failed(error.reason)
        }
        if let bias = reading.part.firstMatch(#"\b(?:ignore|ignoring|no|without)\s+(?:the\s+)?bias(?:es)?\b"#) {
            return .failed("\(call.text): '\(bias[0])' against the call's own bias")
        }
        finding.read("module", call.text, from: call.text)
        return finding.finish(.parameterCountModule(module))
    }

    /// Why the modules a part sums are not all in `calls`, if they are not: "the four
    /// convolutional layers" with three calls read, or a list "(nn.Conv2d(…), nn.Conv2d(…), up)"
    /// with a member no call stands for. Summing the rest would give a smaller total.
    static func unresolvedMember(_ part: StatementText, _ calls: [FrameworkCall]) -> String? {
        let counted = #"\b(?:the|all|these|those)\s+("# + NumberWords.pattern + #")\s+(?:[\w-]+\s+){0,2}(?:layers|modules|convolutions|blocks)\b"#
        // (Modules without parameters, an activation or a pooling, may stand between the counted ones.)
        let learnable = calls.filter { !["ReLU", "GELU", "SiLU", "Tanh", "Sigmoid", "Dropout", "Flatten", "Identity", "MaxPool1d", "MaxPool2d", "AvgPool1d", "AvgPool2d", "Softmax"].contains($0.name) }
        if let stated = part.firstMatch(counted), let count = NumberWords.value(stated[1]), count != calls.count, count != learnable.count {
            return "'\(stated[0])' but \(learnable.count) modules read"
        }
        var text = part.text
        for call in calls { text = text.replacingOccurrences(of: call.text, with: "§") }
        for list in text.matches(of: #/\(([^()]*)\)/#) {
            let members = list.output.1.split(separator: ",").map { $0.replacing(#/^\s*(?:and\s+)?|\s+$/#, with: "") }
            guard members.count > 1, members.contains("§") else { continue }
            // (A member that is a name, not a remark like "bias included".)
            if let other = members.first(where: { $0 != "§" && $0.wholeMatch(of: #/[A-Za-z_][\w.]*/#) != nil }) { return "'\(other)' names no module read" }
        }
        return nil
    }

    /// A piece of a module a part may ask about: "the attention layer's output projection", "…
    /// are biases?", "the query weights".
    /// ("Count the input projections for Q, K, V and the output projection." says how to count the whole.)
    static let piece = #"['’]s\s+(?:output|input|in|out|query|key|value|q|k|v)?\s*(?:projection|weight|bias|matri)|\bweights? (?:matrix|matrices) (?:of|for)\b|\bare bias(?:es)?\b|\bbias(?:es)? only\b"#

    /// Patterns of the words a part may name a module's kind with ("the attention module" for
    /// `MultiheadAttention`, "the LayerNorm", "the embedding").
    /// Whether `text` lists exactly `calls` after a block's noun and a colon, with nothing but
    /// separators between them, before its question ("… block:\n nn.Conv2d(…)\n nn.Conv2d(…)\n How many …").
    static func listsBlock(_ text: String, _ calls: [FrameworkCall]) -> Bool {
        guard let listed = text.firstMatch(of: #/(?i)\b(?:block|pair|stack|sequence)\b[^.?:]{0,40}:((?:.|\n)*?)(?=\s*(?:How|What)\b)/#) else { return false }
        var between = String(listed.output.1)
        for call in calls {
            guard let range = between.range(of: call.text) else { return false }
            between.replaceSubrange(range, with: " ")
        }
        return between.allSatisfy { $0.isWhitespace || ",;→".contains($0) }
    }

    /// Whether `question` is only "How many parameters does this LSTM (the layer, the module) have?"
    /// of `call`: a question that names its module and nothing else ("a linear layer mapping its
    /// output to 5 classes" is another module; a repeat of a repeat is not followed).
    static func asksBareCount(_ question: StatementText, of call: FrameworkCall) -> Bool {
        guard !containers.contains(call.name) else { return false }
        let kinds = kindWords(call.name).map { $0.replacingOccurrences(of: #"\bthe "#, with: "") } + [#"layer\b"#, #"module\b"#]
        let bare = PartReading.strippingLabel(question.text).trimmingCharacters(in: .whitespaces)
        return kinds.contains { kind in
            StatementText(bare).firstMatch(#"^(?:\[\d+\s*(?:pts?|points?)?\]\s*)?how many (?:learnable |trainable )?parameters does (?:this|that|the) (?:"# + kind + #")\s+have\s*\?\s*$"#) != nil
        }
    }

    /// Modules that only hold others.
    static let containers: Set<String> = ["Sequential", "ModuleList", "ModuleDict"]

    static func kindWords(_ name: String) -> [String] {
        switch name {
        case "MultiheadAttention": [#"\battention (?:module|layer|sublayer|sub-layer)\b"#, #"\bMultiheadAttention\b"#, #"\bmulti-?head(?:ed)?[- ]attention (?:module|layer|sublayer|sub-layer|block)\b"#]
        case "LayerNorm": [#"\bLayerNorm\b"#, #"\blayer[- ]?norm(?:ali[sz]ation)?\b"#]
        case "Embedding": [#"\bembedding (?:module|layer|table)\b"#, #"\bthe Embedding\b"#]
        case "Linear": [#"\blinear (?:module|layer)\b"#, #"\bthe Linear\b"#, #"\bnn\.Linear\b(?!\s*\()"#]
        case "LSTM", "GRU", "RNN": ["\\bthe \(name)\\b"]
        default: name.hasPrefix("BatchNorm") ? ["\\b\(name)\\b", #"\bbatch[- ]?norm(?:ali[sz]ation)? (?:layer|module)\b"#] : []
        }
    }

    /// The modules of `calls` counted together, each read in full.
    private static func group(_ calls: [FrameworkCall], phrase: String, _ finding: inout Finding) -> Attempt {
        var modules: [FrameworkModule] = []
        for call in calls {
            do { modules.append(try call.module()) } catch { return .failed(error.reason) }
        }
        finding.read("modules", calls.map(\.text).joined(separator: " + "), from: phrase)
        return finding.finish(.parameterCountModule(.group(modules)))
    }

    /// Notes on how a recurrent module is built, which ask for no portion of it: "Remember that
    /// PyTorch keeps two bias vectors per gate.", "count both bias vectors per gate".
    static let constructionNotes = #"\b(?:recall|note|remember)(?: that)?\b[^.?]*\.?|\b(?:two|2|both|separate)\s+bias(?:es| vectors?| terms?)\s+(?:per|for each|for every|in each)\s+gate\b"#

    /// A setting written as a keyword argument: `bidirectional=True`, `groups=4`.
    static let settingPattern = #"\b(bias|groups|kernel_size|stride|padding|dilation|num_layers|bidirectional|hidden_size)\s*=\s*(\w+)"#

    /// The phrase that asks for a parameter count, if any ("PyTorch gives every gate two bias
    /// vectors; count both." asks it of the modules its parts name).
    /// (Also the terse question of a handout, "…, groups=4). Parameters?")
    static func asksCount(_ text: StatementText) -> String? {
        text.firstMatch(#"\b(?:how many|number of|count(?:s|ing)?(?: the)?|total)\b[^.?]{0,60}?\b(?:trainable |learnable )?parameters\b|\bcount(?:s|ing)? (?:every|each|all) (?:trainable |learnable )?parameter\b|\bparameters? counts?\b|\bbias(?:es| vectors?| terms?)\b[^.?]{0,60}?\bcount (?:both|them|all|each)\b|(?:^|[.)]\s+)(?:(?:total|learnable|trainable) )?(?:number of )?parameters\s*\?"#)?[0]
    }

    /// The count a statement asks of every part ("Count the parameters of each module"), unless its
    /// sentence asks more or another thing: "state whether its number of parameters depends on
    /// the input size", "give the output shape and the number of parameters".
    static func statementAsksCount(_ text: StatementText) -> String? {
        guard let asks = asksCount(text), let sentence = text.sentences.first(where: { $0.contains(asks) }),
              StatementText(sentence).firstMatch(#"\bwhether\b|\bdepends?\b|\boutput shapes?\b|\bshapes?\b[^.?]{0,20}\band\b|\band the (?:output|shape)\b|\bexplain\b|\bwhy\b|\bcompare\b"#) == nil else { return nil }
        return asks
    }

    /// The count every earlier part of the problem asks, when at least one asks it and none
    /// asks anything else.
    /// "how many bias parameters", "how many weight parameters": a count of one kind of parameter.
    static let qualifiedCount = #"\bhow many\s+(?!(?:learnable|trainable|total|free|model)\s+parameters\b|parameters\b)[a-z-]+\s+(?:[a-z-]+\s+)?parameters\b"#

    /// Whether a word naming a layer ("patch-embedding") shares a stem with a word of the part just
    /// before and with none of the statement's.
    private static func namesThePartBefore(_ word: String, _ reading: PartReading) -> Bool {
        let stems = word.lowercased().split(separator: "-").map { String($0.prefix(5)) }.filter { $0.count >= 4 }
        guard !stems.isEmpty, let previous = reading.segments.prefix(while: { $0.label != reading.ownLabel }).last(where: { $0.label != nil }) else { return false }
        func uses(_ text: String) -> Bool {
            let words = text.lowercased().split(whereSeparator: { !$0.isLetter }).map { String($0.prefix(5)) }
            return stems.contains(where: words.contains)
        }
        return uses(previous.text) && !uses(reading.problemStatement.text)
    }

    /// "How many does nn.GRU(128, 256) have?": a count whose noun is left to the parts before.
    static let elidedCount = #"^\W*(?:and\s+)?how many (?:does|do)\b[^?]{0,120}?\b(?:have|hold|contain)\s*\?\s*$"#

    /// The count the earlier asking parts all ask (those that elide it aside); nil when one asks another thing.
    private static func countAskedBefore(_ reading: PartReading) -> String? {
        let earlier = reading.segments.filter { $0.label != nil }.map { StatementText($0.text) }
            .filter { $0.text.contains("?") || $0.firstMatch(#"\b(?:how many|compute|calculate|what|which|find|give|determine)\b"#) != nil }
            .filter { $0.firstMatch(Self.elidedCount) == nil }
        guard !earlier.isEmpty, earlier.allSatisfy({ asksCount($0) != nil }), let asks = asksCount(earlier[earlier.count - 1]),
              // ("How many bias parameters …": a qualified count is not carried over.)
              StatementText(asks).firstMatch(Self.qualifiedCount) == nil else { return nil }
        return asks
    }

    private static func siblingsAsk(_ reading: PartReading) -> String? {
        let earlier = reading.segments.filter { $0.label != nil }.map { StatementText($0.text) }
        let asking = earlier.filter { $0.text.contains("?") || $0.firstMatch(#"\b(?:how many|compute|calculate|what|which|find|give|determine)\b"#) != nil }
        guard !asking.isEmpty, asking.allSatisfy({ asksCount($0) != nil }) else { return nil }
        return asksCount(asking[0])
    }

    /// A part that is (nearly) only its call: "`nn.LayerNorm(256)`".
    private static func isBare(_ text: StatementText, _ calls: [FrameworkCall]) -> Bool {
        var rest = text.text
        for call in calls { rest = rest.replacingOccurrences(of: call.text, with: "") }
        return rest.filter(\.isLetter).count <= 12
    }

    /// "a single-layer bidirectional LSTM with input size 10, hidden size 20 and bias=False", "a
    /// two-layer GRU with input size 32 and hidden size 64": the call that layer is. Nil unless
    /// the part names one recurrent kind with both sizes, and every other setting it writes is
    /// one of the number of layers, the direction and the bias.
    static func describedRecurrent(_ part: StatementText) -> FrameworkCall? {
        let kinds = Set(part.matches(#"\b(LSTM|GRU|RNN)s?\b"#).map { $0[1] })
        guard kinds.count == 1, let kind = kinds.first,
              let sizes = part.firstMatch(#"\b(?:(single|one|two|three|four|\d+)[- ]layer\s+)?(bidirectional\s+|uni-?directional\s+)?(?:LSTM|GRU|RNN)\b[^.?;]*?\binput (?:size|dimension) (?:of\s+|=\s*)?(\d+),?\s+(?:and\s+)?(?:a\s+)?hidden (?:size|dimension) (?:of\s+|=\s*)?(\d+)\b"#),
              let inputs = Int(sizes[3]), let hidden = Int(sizes[4]) else { return nil }
        let layers = sizes[1].isEmpty ? 1 : sizes[1].lowercased() == "single" ? 1 : NumberWords.value(sizes[1]) ?? 0
        guard layers >= 1 else { return nil }
        // (Any other setting in words, "with dropout 0.2", "proj_size=8", "stacked 3 deep", "2 stacked
        // layers", a direction asked alone, or other modules with it, is not read.)
        let rest = part.removing(#"\bbias\s*=\s*(?:False|True)\b|\b(?:without|no|with) (?:a |any )?bias(?:es)?\b"#).removing(NSRegularExpression.escapedPattern(for: sizes[0]))
        if rest.firstMatch(#"\b\w+\s*=\s*\w+|\bdropout\b|\bproj\w*|\bbatch_first\b|\bpeephole\w*|\bstack\w*|\blayers?\b|\bdeep\b|\bdirection\w*|\bforward\b|\bbackward\b|\bfeeds?\b|\bfollowed\b|\blinear\b|\bmodel\b|\btotal\b|\bplus\b|\bnetwork\b|\bembedding\b|\bhead\b|\bcell\b"#) != nil { return nil }
        let noBias = part.firstMatch(#"\bbias\s*=\s*False\b|\b(?:without|no) (?:a |any )?bias(?:es)?\b"#) != nil
        var arguments = ["\(inputs)", "\(hidden)"]
        if layers > 1 { arguments.append("num_layers=\(layers)") }
        if !noBias, part.firstMatch(#"\bbias\s*=\s*True\b|\bwith (?:a |any )?bias(?:es)?\b"#) == nil, part.firstMatch(#"\bbias\b"#) != nil { return nil }
        if noBias { arguments.append("bias=False") }
        if sizes[2].lowercased().hasPrefix("bi") { arguments.append("bidirectional=True") }
        return FrameworkCall.calls(in: "nn.\(kind)(" + arguments.joined(separator: ", ") + ")").first
    }

}
