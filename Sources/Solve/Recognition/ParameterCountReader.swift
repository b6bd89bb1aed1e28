/// Reads "how many parameters" parts: convolutions, depthwise separable convolutions,
/// fully connected layers and batch/layer normalization.
enum ParameterCountReader {
    private static let count = NumberWords.pattern

    static func read(_ reading: PartReading) -> Attempt {
        // ("How many trainable parameters does each of the following have?" over "(e) A fully
        // connected head mapping 512 features to 10 classes." or "(c) … What is the total?": the
        // statement's question, for a part that asks none of its own.)
        let own = reading.part.firstMatch(#"\bhow many\b[^.?]*\b(?:parameters|weights|running statistics|statistics|numbers are stored)\b|\bnumber of (?:learnable |trainable )?(?:parameters|weights)\b|\bparameter count\b|\bcount the parameters\b"#)?[0]
        let elliptic = reading.part.removing(#"\bwhat is the total\b|\bhow many in total\b"#)
            .firstMatch(#"\b(?:how|what|which|compute|calculate|find|give|determine|explain|why|show|compare|estimate|express)\b|(?:^|[.?!]\s+)(?:is|are|does|do)\b"#) == nil
        let stated = own == nil && elliptic
            ? reading.problemStatement.firstMatch(#"\b(?:how many|count|give the number of|compute the number of)\b[^.?]*\bparameters\b[^.?]*\b(?:each|every one) of the following\b|\b(?:for|of) (?:each|every) (?:layer|module)\b,?\s+(?:give|compute|find|count|state)\s+(?:the\s+)?(?:total\s+)?(?:number|count) of (?:learnable |trainable )?parameters\s*(?:\([^()]*\))?\s*[.:]"#)?[0] : nil
        guard let asks = own ?? stated else {
            return .notApplicable
        }
        var finding = Finding(.parameterCount)
        finding.note(asks)
        if let tied = reading.part.firstMatch(ModuleParameterReader.tiedWeights) {
            return .failed("\(asks): '\(tied[0])': tied weights are not counted here")
        }
        if stated != nil {
            // ("… mapping 300 inputs to 20 outputs, followed by one mapping 20 inputs to 5 outputs": two layers.)
            // (A depthwise separable convolution is one layer of two stages.)
            if reading.part.firstMatch(#"\bdepthwise\b|\bseparable\b"#) == nil,
               let more = reading.part.firstMatch(#"\bfollowed by\b|\bthen\b|\band (?:a|one|another)\b|\btwo\b|\bboth\b|\beach\b|\bstack\w*"#) {
                return .failed("\(asks): '\(more[0])' describes more than one layer")
            }
            finding.note("question from the statement")
        }
        var part = reading.part
        var named = kinds(in: part)
        // ("Each hidden nn.Linear is now followed by an nn.BatchNorm1d …; how many parameters does
        // the network have now?": layers of several kinds together, or one of them, is not said.)
        if Set(named.map { "\($0.0)" }).count > 1, let whole = part.firstMatch(#"\b(?:network|model|MLP|in total|altogether|together)\b"#) {
            return .failed("\(asks): several kinds of layer named with '\(whole[0])'")
        }
        // "How many parameters does the layer have?": the layer the statement describes, when
        // it describes one kind only.
        // ("A word-embedding table covers a vocabulary of 30,000 tokens …" under a statement's
        // convolution: a part with numbers of its own is about another layer.)
        if named.isEmpty, reading.part.writesNumbers {
            return .failed("\(asks): the part's own numbers describe a layer it does not name")
        }
        // ("(d) Consider nn.Conv2d(32, 64, 3, bias=False) followed by nn.BatchNorm2d(64)." over "(i)
        // How many learnable parameters does the batch-norm layer have?": the modules of the part
        // it belongs to are the subject, never the statement's layer.)
        if named.isEmpty, let parent = reading.parentPart, !FrameworkCall.calls(in: parent.text).isEmpty {
            return .failed("\(asks): the part it belongs to writes modules of its own")
        }
        if named.isEmpty {
            let stated = kinds(in: reading.problemStatement)
            if stated.count == 1 {
                named = stated
                part = StatementText(reading.part.text + " (" + reading.problemStatement.text + ")")
                finding.assume(0.97, "layer kind from the problem statement")
            }
        }
        guard let (kind, phrase) = named.first else { return .failed("\(asks): no layer type named") }
        finding.note(phrase)
        switch kind {
        case .depthwise:
            return depthwiseSeparable(reading, &finding)
        case .linear:
            return fullyConnected(reading, &finding)
        case .batchNorm:
            return batchNorm(reading, &finding)
        case .layerNorm:
            guard let match = part.firstMatch("\\b(\(count))\\s+(?:features|units|channels|dimensions|hidden units)\\b"),
                  let features = NumberWords.value(match[1]) else { return .failed("\(phrase): number of features not stated") }
            finding.read("features", "\(features)", from: match[0])
            return finding.finish(.parameterCountLayerNorm(features: features))
        case .embedding:
            // ("A model uses a vocabulary of fifty thousand tokens and 768-dimensional embeddings." then
            // "(a) How many parameters does the embedding table have?": the statement's sizes, for a
            // part that writes none of its own.)
            var stated = finding
            let own = embedding(part, &finding)
            if !reading.part.writesNumbers, case .failed = own {
                stated.assume(0.97, "sizes from the problem statement")
                let attempt = embedding(StatementText(part.text + " (" + reading.problemStatement.sizesInDigits.text + ")"), &stated)
                if case .recognized = attempt { return attempt }
            }
            return own
        case .convolution:
            // "… if it is instead a grouped convolution with groups=4": the number of groups must be stated.
            var groups = 1
            if let grouped = reading.part.firstMatch(#"\bgroups\s*=\s*(\d+)|\b(\d+) groups\b|\b(\d+)-group\b"#) ?? reading.part.firstMatch(#"\bgrouped\b"#) {
                guard let value = Int(grouped.dropFirst().first { !$0.isEmpty } ?? "") else {
                    return .failed("\(grouped[0]): the number of groups is not stated")
                }
                groups = value
                finding.read("groups", "\(value)", from: grouped[0])
            }
            return convolution(reading, groups: groups, &finding)
        }
    }

    /// The layers this reader counts.
    private enum LayerKind {
        case depthwise, linear, batchNorm, layerNorm, convolution, embedding
    }

    /// The phrases that name each kind, the most specific kind first.
    private static let kindPhrases: [(LayerKind, [String])] = [
        (.depthwise, ["depthwise separable", "depthwise-separable", "depthwise", "pointwise"]),
        (.linear, ["fully connected", "fully-connected", "dense layer", "linear layer", "affine layer"]),
        (.batchNorm, ["batch normalization", "batch normalisation", "batch norm", "batchnorm"]),
        (.layerNorm, ["layer normalization", "layer normalisation", "layer norm", "layernorm"]),
        (.embedding, ["embedding table", "embedding matrix", "embedding layer", "word embeddings", "token embeddings", "embedding lookup"]),
    ]

    /// The layer kinds a text names with their phrases, the most specific first; a depthwise
    /// separable convolution is not also a plain convolution.
    private static func kinds(in text: StatementText) -> [(kind: LayerKind, phrase: String)] {
        var found: [(kind: LayerKind, phrase: String)] = kindPhrases.compactMap { kind, phrases in text.find(phrases).map { (kind, $0) } }
        if !found.contains(where: { $0.kind == .depthwise }), let phrase = text.firstMatch(#"\bconv\w*"#)?[0] {
            found.append((.convolution, phrase))
        }
        return found
    }

    // MARK: - Layers

    /// "A vocabulary of 30,000 tokens, each mapped to a 512-dimensional vector by an embedding
    /// table": one vector per token. Not with a second vocabulary or dimension, nor with
    /// positions or a tied output layer, which change what is counted.
    private static func embedding(_ written: StatementText, _ finding: inout Finding) -> Attempt {
        // ("a vocabulary of fifty thousand tokens": thousands in words.)
        var part = written
        for match in written.matches("\\b(" + NumberWords.pattern + ")[- ]thousand\\b").reversed() {
            guard let value = NumberWords.value(match[1]) else { continue }
            part = StatementText(part.text.replacingOccurrences(of: match[0], with: String(value * 1000)))
        }
        let sizes = #"\b(\d{1,3}(?:,\d{3})+|\d+)"#
        // (The vocabulary said to be one: "a vocabulary of 30,000 tokens", "a 50k-word vocabulary",
        // "each of 8000 words"; never "a sequence of 128 tokens".)
        if let sequence = part.firstMatch(#"\bsequences?\b|\bcontext\b|\bbatch\b|\blength\b"#) {
            return .failed("embedding: '\(sequence[0])' near the counts: a vocabulary is not said to be one")
        }
        let vocabularies = part.matches(#"\bvocabulary (?:size )?(?:of |is |=\s*)?"# + sizes + #"\b|"# + sizes + #"[- ](?:token|word)s?[- ]vocabulary\b|\beach of "# + sizes + #" (?:distinct |different )?(?:tokens|words)\b"#)
        let dimensions = part.matches(sizes + #"[- ]dimensional\b|\b(?:embedding|vector) (?:dimension|size|dim|length)\s*(?:of |is |=\s*|d\s*=\s*)?"# + sizes + #"\b"#)
        guard vocabularies.count == 1, dimensions.count == 1,
              let count = vocabularies[0].dropFirst().lazy.compactMap({ Int($0.replacingOccurrences(of: ",", with: "")) }).first,
              let dimension = dimensions[0].dropFirst().lazy.compactMap({ Int($0) }).first else {
            return .failed("embedding: one vocabulary size and one dimension are needed")
        }
        // (Nor more than one table: "keeps two embedding tables (input and output vectors)".)
        if let other = part.firstMatch(#"\bposition(?:al)?\b|\btied\b|\bweight[- ]tying\b|\bshared with\b|\b(?:tables|matrices)\b|\b(?:two|three|four|both|2|3|4)\s+(?:\w+\s+){0,2}embeddings\b"#) {
            return .failed("embedding: '\(other[0])' changes what is counted")
        }
        finding.read("embeddings", "\(count)", from: vocabularies[0][0])
        finding.read("dimension", "\(dimension)", from: dimensions[0][0])
        return finding.finish(.parameterCountModule(.embedding(count: count, dimension: dimension)))
    }

    private static func convolution(_ reading: PartReading, groups: Int, _ finding: inout Finding) -> Attempt {
        // The layer may be stated once in the problem's statement and shared by its parts.
        var texts = [reading.part]
        // ("Layer 4 maps 64 channels to 128 …": the kernel of row 4 of the statement's table.)
        if let row = NamedLayerTable.convolutionRow(named: reading.part, in: reading.problemStatement) { texts.append(row) }
        if let referenced = reading.referencedPart { texts.append(referenced.text) }
        texts.append(reading.problemStatement)
        // ("How many parameters does a 1 × 1 convolution with bias have?" of a statement's 3 × 3 layer:
        // the part's own kernel, with the channels it leaves to the statement.)
        // (Not a layer after it, "followed by a 1 × 1 conv that keeps the channels", whose channels
        // are not the statement's.)
        let follows = reading.part.firstMatch(#"\bfollow\w*|\bafter\b|\bthen\b|\boutputs?\b|\bnext\b|\bon top\b|\bstack\w*|\bchannels?\b|\bkeeps?\b|\bproduc\w*"#) != nil
        let partKernel = kernel(reading.part, skippingPointwise: false)
        let ownKernel = follows ? nil : partKernel
        for (position, text) in texts.enumerated() {
            // (A layer after the statement's, with a kernel of its own, is not the statement's layer.)
            if follows, position > 0, let own = partKernel, let theirs = kernel(text, skippingPointwise: false), own != theirs {
                return .failed("convolution: the part's own layer after the statement's is not read")
            }
            guard let kernel = position > 0 ? ownKernel ?? kernel(text, skippingPointwise: false) : kernel(text, skippingPointwise: false),
                  let (inChannels, outChannels, phrase) = channels(text) else { continue }
            // ("A second 3 × 3 convolution then takes these feature maps to 128 channels": a part that
            // describes a layer of its own, unread, does not take the statement's.)
            if position == texts.count - 1, position > 0,
               let own = reading.part.firstMatch(#"\b(?:second|third|another|next|new) (?:\d+\s*[×x]\s*\d+ )?(?:conv\w*|layer)\b|\bto \d+ (?:output )?channels\b|\b\d+ (?:output channels|filters)\b"#) {
                return .failed("convolution: the part's own layer ('\(own[0])') is not read")
            }
            // ("… a 1 × 1 convolution …, then a 3 × 3 convolution …, then a 1 × 1 convolution": a statement
            // of several layers is not one layer.)
            if position == texts.count - 1, position > 0,
               Set(text.matches(#"\b(\d+)\s*[×x]\s*(\d+)\s+(?:depthwise |pointwise |transposed )?(?:conv\w*|kernel|filter)"#).map { $0[1] + "x" + $0[2] }).count > 1
                || text.matches(#"\bconv\w*"#).count > 1 && text.firstMatch(#"\bthen\b|\bfollowed by\b|\bblock\b"#) != nil {
                return .failed("convolution: the statement describes several layers, and the part's is not read")
            }
            // ("A convolution with groups=2 maps …", "A grouped convolution with 4 groups …": groups
            // stated in words, which this count does not read.)
            if groups == 1, let grouped = text.firstMatch(#"\bgroups?\s*=\s*\d+|\b(?:\d+|two|three|four|eight) groups\b|\bgrouped\b"#) {
                return .failed("convolution: '\(grouped[0])' is not read into the count")
            }
            if position == texts.count - 1 { finding.assume(0.97, "layer from the problem statement") }
            finding.read("kernel", "\(kernel.rows)×\(kernel.columns)")
            finding.read("in channels", "\(inChannels)", from: phrase)
            finding.read("out channels", "\(outChannels)")
            let bias = bias(reading, &finding)
            if groups != 1 {
                guard groups > 0, inChannels % groups == 0, outChannels % groups == 0 else {
                    return .failed("grouped convolution: \(inChannels) → \(outChannels) channels do not divide into \(groups) groups")
                }
                return finding.finish(.parameterCountModule(.convolution(inChannels: inChannels, outChannels: outChannels, kernel: [kernel.rows, kernel.columns],
                                                                          groups: groups, bias: bias, transposed: false)))
            }
            return finding.finish(.parameterCountConvolution(inChannels: inChannels, outChannels: outChannels, kernel: kernel, bias: bias))
        }
        return .failed("convolution: kernel size or channels not stated")
    }

    private static func depthwiseSeparable(_ reading: PartReading, _ finding: inout Finding) -> Attempt {
        var texts = [reading.part]
        // ("Layer 4 maps 64 channels to 128 …": the kernel of row 4 of the statement's table.)
        if let row = NamedLayerTable.convolutionRow(named: reading.part, in: reading.problemStatement) { texts.append(row) }
        if let referenced = reading.referencedPart { texts.append(referenced.text) }
        // "It is replaced by a depthwise separable block": the layer of the part it belongs to.
        if let parent = reading.parentPart { texts.append(parent) }
        texts.append(reading.problemStatement)
        guard let (kernel, inChannels, outChannels) = layer(texts, kernel: { self.kernel($0, skippingPointwise: true) }, &finding) else {
            return .failed("depthwise separable convolution: kernel size or channels not stated")
        }
        let bias = bias(reading, &finding)
        // ("How many parameters does the depthwise layer have?" of a depthwise separable block: its
        // one stage, C_in·k² (+ C_in); the pointwise one, C_in·C_out (+ C_out).)
        // (Not a part that names both stages or the whole: "a depthwise convolution followed by a
        // pointwise one … How many parameters in total?")
        if reading.part.firstMatch(#"\bseparable\b|\btotal\b|\btogether\b|\bboth\b|\bblock\b|\bfollowed by\b|\bthen\b"#) == nil,
           (reading.part.firstMatch(#"\bdepthwise\b"#) == nil) != (reading.part.firstMatch(#"\bpointwise\b"#) == nil),
           let stage = reading.part.firstMatch(#"\b(depthwise|pointwise)\s+(?:layer|convolution|conv|stage|part|step|filter)s?\b"#) {
            // ("What percentage … is in the pointwise stage?", "If the pointwise layer is removed, how
            // many remain?", "… if its output channels are doubled?": not the stage's own count.)
            if let other = reading.part.firstMatch(#"\bpercent\w*|\bfraction\b|\bshare\b|\bratio\b|\bproportion\b|\bremov\w*|\bremain\w*|\bwithout\b|\bif\b|\bdoubl\w*|\bhalv\w*|\bchang\w*|\binstead\b|\bwere\b|\bwould\b"#) {
                return .failed("\(stage[0]): '\(other[0])' asks for more than the stage's count")
            }
            let depthwise = stage[1].lowercased() == "depthwise"
            finding.read("stage", stage[1].lowercased(), from: stage[0])
            let count = depthwise ? inChannels * kernel.rows * kernel.columns + (bias ? inChannels : 0) : inChannels * outChannels + (bias ? outChannels : 0)
            return finding.finish(.fixedCount(count, name: depthwise ? "param_count_depthwise_stage" : "param_count_pointwise_stage", family: .parameterCount))
        }
        return finding.finish(.parameterCountDepthwiseSeparable(inChannels: inChannels, outChannels: outChannels, kernel: kernel, bias: bias))
    }

    /// The kernel and the channels of the layer the texts describe, each from the first text
    /// that states it (read with `kernel`), recorded in `finding`.
    static func layer(_ texts: [StatementText], kernel read: (StatementText) -> Size2D?, _ finding: inout Finding) -> (Size2D, Int, Int)? {
        var kernel: Size2D?
        var channels: (Int, Int, String)?
        for text in texts {
            kernel = kernel ?? read(text)
            channels = channels ?? self.channels(text)
        }
        // `nn.Conv2d(64, 128, kernel_size=3)` ("It is replaced by …", "the convolution of
        // 1(a)"): channels and kernel together from the one call, never mixed with other sizes.
        if channels == nil, let call = texts.lazy.compactMap(frameworkConvolution).first {
            (kernel, channels) = (call.kernel, (call.inChannels, call.outChannels, call.phrase))
        }
        guard let kernel, let (inChannels, outChannels, phrase) = channels else { return nil }
        finding.read("kernel", "\(kernel.rows)×\(kernel.columns)")
        finding.read("in channels", "\(inChannels)", from: phrase)
        finding.read("out channels", "\(outChannels)")
        return (kernel, inChannels, outChannels)
    }

    private static func fullyConnected(_ reading: PartReading, _ finding: inout Finding) -> Attempt {
        let patterns = [
            "\\bfrom\\s+(\(count))\\s+(?:inputs?|input units|input features|features|units|neurons)\\s+to\\s+(\(count))\\b",
            "\\b(\(count))\\s+inputs?\\s+(?:and|to)\\s+(\(count))\\s+outputs?\\b",
            "\\b(\(count))\\s+input (?:units|features|neurons|nodes|dimensions)\\b[^.?]*?\\b(\(count))\\s+output (?:units|features|neurons|nodes|classes|dimensions)\\b",
            "\\bmaps?\\s+(?:an?\\s+)?(\(count))[- ]dimensional\\s+(?:input|vector)s?\\s+to\\s+(?:an?\\s+)?(\(count))\\b",
            // ("a classifier head mapping 512 features to 10 classes")
            "\\b(?:maps?|mapping)\\s+(\(count))\\s+(?:features|inputs|input features|units)\\s+to\\s+(\(count))\\s+(?:classes|outputs|output units|units|features|logits)\\b",
            "\\b(\\d+)\\s*→\\s*(\\d+)\\b",
        ]
        for text in [reading.part, reading.problemStatement] {
            for pattern in patterns {
                guard let match = text.firstMatch(pattern), let inputs = NumberWords.value(match[1]), let outputs = NumberWords.value(match[2]) else { continue }
                if text.text != reading.part.text { finding.assume(0.97, "layer from the problem statement") }
                finding.read("inputs", "\(inputs)", from: match[0])
                finding.read("outputs", "\(outputs)")
                let bias = bias(reading, &finding)
                return finding.finish(.parameterCountFullyConnected(inputs: inputs, outputs: outputs, bias: bias))
            }
        }
        // "a 64 × 8 × 8 feature map is flattened and fed to a fully connected layer with 10
        // outputs": the inputs are the map's entries.
        let flattened = "\\b(\\d+)\\s*[×x]\\s*(\\d+)(?:\\s*[×x]\\s*(\\d+))?\\s+(?:feature maps?|maps?|volumes?|tensors?|activations?|outputs?)\\b[^.?;]*?\\bflatten\\w*[^.?;]*?\\b(?:with|to|into|of|producing|giving)\\s+(\(count))\\s+(?:outputs?|output units|output features|units|classes|neurons|logits)\\b"
        if let match = reading.part.firstMatch(flattened), let outputs = NumberWords.value(match[4]) {
            let sides = [match[1], match[2], match[3]].compactMap { Int($0) }
            let inputs = sides.reduce(1, *)
            finding.read("inputs", "\(inputs)", from: match[0])
            finding.read("outputs", "\(outputs)")
            let bias = bias(reading, &finding)
            return finding.finish(.parameterCountFullyConnected(inputs: inputs, outputs: outputs, bias: bias))
        }
        return .failed("fully connected layer: inputs and outputs not stated")
    }

    private static func batchNorm(_ reading: PartReading, _ finding: inout Finding) -> Attempt {
        let channelPattern = "\\b(\(count))\\s+(?:channels|features|feature maps)\\b|\\bC\\s*=\\s*(\\d+)\\b"
        var channels: Int?
        if let match = reading.part.firstMatch(channelPattern) {
            channels = NumberWords.value(match[1]) ?? Int(match[2])
            finding.read("channels", "\(channels ?? 0)", from: match[0])
        } else {
            // "The same batch normalization layer": the latest sentence that gave its channels.
            for sentence in reading.context.sentences.reversed() where StatementText(sentence).has("batch norm") {
                if let match = StatementText(sentence).firstMatch(channelPattern) {
                    channels = NumberWords.value(match[1]) ?? Int(match[2])
                    finding.read("channels", "\(channels ?? 0)", from: match[0])
                    finding.assume(0.97, "channels from the context")
                    break
                }
            }
        }
        guard let channels else { return .failed("batch normalization: number of channels not stated") }
        let part = reading.part
        let counted: SolverCall.BatchNormCount
        let running = part.firstMatch(#"\brunning (?:statistics|mean|variance|averages?)\b|\bnon-?trainable\b|\bbuffers?\b|\bnot (?:updated|trained|learned)\b"#)?[0]
        let learnable = part.firstMatch(#"\b(?:learnable|trainable|learned)\b"#)?[0]
        let total = part.firstMatch(#"\bin total\b|\baltogether\b|\bincluding (?:the )?running\b|\ball (?:the )?(?:numbers|values|parameters and buffers)\b"#)?[0]
        if let total, running != nil {
            counted = .total
            finding.note(total)
        } else if let running {
            counted = .running
            finding.note(running)
        } else if let learnable {
            counted = .learnable
            finding.note(learnable)
        } else {
            counted = .learnable
            finding.assume(0.85, "learnable γ and β counted")
        }
        finding.read("count", counted.rawValue)
        return finding.finish(.parameterCountBatchNorm(channels: channels, count: counted))
    }

    // MARK: - Pieces

    /// The kernel of the text (skipping `1 × 1` for a depthwise separable layer): a size named a
    /// kernel or filter, else one named a convolution or window (one size of each kind), else the
    /// first `k × k` that is no image's size or shape's sides, else "kernel size k".
    ///
    /// "(… 224 × 224 inputs), one layer takes a 64 × 56 × 56 feature map … using 3 × 3 kernels"
    /// reads 3 × 3. A shape's three sides are matched whole, and read only when they name a
    /// kernel: "a 64 × 3 × 3 filter" (C × k × k), "3 × 3 × 64 filters" (k × k × C).
    static func kernel(_ text: StatementText, skippingPointwise: Bool) -> Size2D? {
        let named = text.matches(#"\b(\d+)\s*[×x]\s*(\d+)((?:\s*[×x]\s*\d+)*)(?:\s+(?:depthwise\s+|pointwise\s+|transposed\s+|grouped\s+|standard\s+)?(?:kernels?|filters?|conv\w*|windows?)\b)?"#)
        // ("after the stem's 7 × 7 convolution …, using 3 × 3 kernels": the kernels'.)
        for words in [#"\b(?:kernels?|filters?)$"#, #"\b(?:conv\w*|windows?)$"#] {
            let sizes = named.filter { StatementText($0[0]).firstMatch(words) != nil }.compactMap { match -> Size2D? in
                let sides = ([match[1], match[2]] + match[3].split(whereSeparator: { !$0.isNumber }).map(String.init)).compactMap { Int($0) }
                switch sides.count {
                case 2: return Size2D(rows: sides[0], columns: sides[1])
                case 3 where sides[1] == sides[2] && sides[0] != sides[1]: return Size2D(sides[1])
                case 3 where sides[0] == sides[1] && sides[2] != sides[0]: return Size2D(sides[0])
                default: return nil
                }
            }.filter { !(skippingPointwise && $0.rows == 1 && $0.columns == 1) }
            guard let first = sizes.first else { continue }
            return sizes.allSatisfy({ $0 == first }) ? first : nil
        }
        for match in text.matches(#"\b(\d+)\s*[×x]\s*(\d+)((?:\s*[×x]\s*\d+)*)(\s+(?:inputs?|images?|pixels?|feature maps?|maps?|outputs?|tensors?|resolution|grid|photos?|frames?)\b)?"#)
        where match[3].isEmpty && match[4].isEmpty {
            guard let rows = Int(match[1]), let columns = Int(match[2]) else { continue }
            if skippingPointwise, rows == 1, columns == 1 { continue }
            return Size2D(rows: rows, columns: columns)
        }
        if let match = text.firstMatch(#"\b(?:kernel|filter) (?:size|width) (?:of\s+|=\s*|is\s+)?(\d+)\b|\bk\s*=\s*(\d+)\b|\bkernel_size\s*=\s*(\d+)\b"#),
           let size = Int(match[1]) ?? Int(match[2]) ?? Int(match[3]) {
            return Size2D(size)
        }
        return nil
    }

    /// The channels and square kernel of the first `Conv2d(in, out, kernel_size=k)` call.
    static func frameworkConvolution(_ text: StatementText) -> (kernel: Size2D, inChannels: Int, outChannels: Int, phrase: String)? {
        guard let match = text.firstMatch(#"Conv2d\(\s*(?:in_channels\s*=\s*)?(\d+)\s*,\s*(?:out_channels\s*=\s*)?(\d+)\s*,\s*(?:kernel_size\s*=\s*)?(\d+)\s*[,)]"#),
              let a = Int(match[1]), let b = Int(match[2]), let k = Int(match[3]) else { return nil }
        return (Size2D(k), a, b, match[0])
    }

    /// Input and output channels with the phrase they came from.
    static func channels(_ text: StatementText) -> (Int, Int, String)? {
        let patterns = [
            // ("(still 3 × 3, 32 to 64 channels)" without its "from", as an item of a list; not "1 × 1 to
            // 128 channels", "a factor of 4 to 64 channels" or "padding 1 to 64 channels".)
            "\\bfrom\\s+(\(count))\\s+(?:input\\s+)?(?:channels\\s+)?to\\s+(\(count))\\s+(?:output\\s+)?channels\\b",
            "(?:^|[(,;:])\\s*(\(count))\\s+(?:input\\s+)?(?:channels\\s+)?to\\s+(\(count))\\s+(?:output\\s+)?channels\\b",
            "\\bmaps?\\s+(\(count))\\s+(?:input\\s+)?channels?\\s+to\\s+(\(count))\\b",
            "\\b(\(count))\\s+input channels\\b[^.?]*?\\b(\(count))\\s+(?:output channels|filters)\\b",
            // "on the 64 input channels followed by a pointwise 1 × 1 convolution to 128 channels".
            "\\b(\(count))\\s+input channels\\b[^.?;]*?\\bpointwise\\b[^.?;]*?\\bto\\s+(\(count))\\s+channels\\b",
            "\\bC_\\{?in\\}?\\s*=\\s*(\\d+)\\b[^.?]*?\\bC_\\{?out\\}?\\s*=\\s*(\\d+)\\b",
            // "maps a 64-channel feature map to 128 channels", "takes a 3-channel image to 16 channels",
            // "maps a 64-channel 56x56 feature map to 128 channels".
            "\\b(?:maps?|takes?|turns?|transforms?|converts?)\\s+(?:an?\\s+)?(\(count))[- ]channel\\s+(?:\\d+\\s*[×x]\\s*\\d+\\s+)?(?:input|image|feature map|tensor|activation)s?\\s+(?:in)?to\\s+(?:an?\\s+)?(\(count))(?:[- ]channel\\b|\\s+(?:output\\s+)?channels\\b)",
        ]
        for pattern in patterns {
            if let match = text.firstMatch(pattern), let a = NumberWords.value(match[1]), let b = NumberWords.value(match[2]) {
                return (a, b, match[0])
            }
        }
        // "takes a 64 × 56 × 56 feature map and produces a 128 × 56 × 56 feature map": the channels
        // are the dimension that changes while the other two stay (first: C × H × W; last: H × W × C).
        if let shapes = text.firstMatch(#"\b(?:takes?|maps?|transforms?|turns?|converts?|receives?)\s+(?:an?\s+|the\s+|its\s+)?(\d+)\s*[×x]\s*(\d+)\s*[×x]\s*(\d+)\s+(?:input|image|feature map|tensor|activation)s?\b[^.?;]{0,40}?\b(?:produces?|outputs?|gives?|returns?|to|into)\s+(?:an?\s+|the\s+)?(\d+)\s*[×x]\s*(\d+)\s*[×x]\s*(\d+)\b"#),
           case let dimensions = shapes[1...6].compactMap({ Int($0) }), dimensions.count == 6,
           // (Of one layer only: not "Conv1 takes … Conv2 …", nor "using two stacked 3 × 3 convolutions".)
           text.firstMatch(#"\b(?:two|three|four|several|stacked|block|layers|convolutions)\b|\bconv\w*\s*\d\b|\blayer\s+\d"#) == nil {
            let (input, output) = (Array(dimensions[0..<3]), Array(dimensions[3..<6]))
            let firstChanges = input[1...] == output[1...] && input[0] != output[0]
            let lastChanges = input[..<2] == output[..<2] && input[2] != output[2]
            if firstChanges != lastChanges { return firstChanges ? (input[0], output[0], shapes[0]) : (input[2], output[2], shapes[0]) }
        }
        // "maps a 64 x 28 x 28 feature map to 128 output channels": the input's channels are the
        // dimension its two equal (spatial) ones leave, first (C × H × W) or last (H × W × C).
        if let mapped = text.firstMatch("\\b(?:takes?|maps?|transforms?|turns?|converts?|receives?)\\s+(?:an?\\s+|the\\s+|its\\s+)?(\\d+)\\s*[×x]\\s*(\\d+)\\s*[×x]\\s*(\\d+)\\s+(?:input|image|feature map|tensor|activation)s?\\s+(?:in)?to\\s+(\(count))\\s+(?:output\\s+)?channels\\b"),
           case let dimensions = mapped[1...3].compactMap({ Int($0) }), dimensions.count == 3, let b = NumberWords.value(mapped[4]),
           // (Not a block of several stages, "A depthwise separable block (…) maps a 32 × 56 × 56
           // input to 64 output channels", whose one stage a part may ask.)
           text.firstMatch(#"\b(?:two|three|four|several|stacked|layers|convolutions)\b|\bconv\w*\s*\d\b|\blayer\s+\d|\bdepthwise\b|\bpointwise\b|\bseparable\b|\bblock\b|\bgroups?\b|\bgrouped\b"#) == nil {
            let first = dimensions[1] == dimensions[2] && dimensions[0] != dimensions[1]
            let last = dimensions[0] == dimensions[1] && dimensions[2] != dimensions[1]
            if first != last { return (first ? dimensions[0] : dimensions[2], b, mapped[0]) }
        }
        // "64 filters … on a 32-channel input".
        if let filters = text.firstMatch("\\b(\(count))\\s+(?:\\d+\\s*[×x]\\s*\\d+\\s+)?(?:filters|kernels|output channels)\\b"),
           let input = text.firstMatch("\\b(\(count))[- ]channel (?:input|image|feature map|tensor)\\b|\\binput (?:with|of|has|having) (\(count)) channels\\b"),
           let b = NumberWords.value(filters[1]), let a = NumberWords.value(input[1]) ?? NumberWords.value(input[2]) {
            return (a, b, "\(input[0]); \(filters[0])")
        }
        return nil
    }

    private static func bias(_ reading: PartReading, _ finding: inout Finding) -> Bool {
        if let (value, phrase) = ParameterPhrases.bias(in: reading.part) {
            finding.read("bias", value ? "yes" : "no", from: phrase)
            return value
        }
        if let (value, phrase) = ParameterPhrases.bias(in: reading.problemStatement) {
            finding.read("bias", value ? "yes" : "no", from: phrase)
            finding.assume(0.97, "bias rule from the problem statement")
            return value
        }
        finding.read("bias", "yes")
        finding.assume(0.85, "bias not mentioned: counted")
        return true
    }
}
