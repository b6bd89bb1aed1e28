import Foundation

/// Reads "how many multiply–accumulate operations (MACs)" parts for a convolution (standard,
/// grouped or depthwise separable) or a fully connected layer: the layer, the input size,
/// stride and padding from the part, the part it belongs to, the part it names and its
/// problem's statement.
///
/// FLOPs are not computed unless the text says how a multiply–add is counted; a count
/// "including biases" is not computed (conventions differ); stride and padding must be stated.
enum OperationCountReader {
    /// "Count one multiply-accumulate as two FLOPs", "two FLOPs per MAC".
    /// The phrase that counts a multiply–accumulate as two FLOPs: the part's, its statement's, or
    /// the set's conventions' (only where neither the part nor the statement counts one FLOP per
    /// MAC, and the conventions' sentence sets no scope: "in Problem 2 only", "unless …").
    static func twoFLOPsPerMAC(_ reading: PartReading) -> [String]? {
        if let own = [reading.part, reading.problemStatement].lazy.compactMap({ $0.firstMatch(Self.twoFLOPsPerMAC) }).first { return own }
        let single = #"\b(?:a single|one|1)\s+(?:FLOP|floating[- ]point operation)\b|\bFLOPs?\s+(?:as|=)\s+(?:the number of\s+)?(?:MACs|multiply)|\bas (?:a single|one) (?:FLOP|operation)\b"#
        guard [reading.part, reading.problemStatement].allSatisfy({ $0.firstMatch(single) == nil }) else { return nil }
        guard let sentence = reading.conventions.sentences.first(where: { StatementText($0).firstMatch(Self.twoFLOPsPerMAC) != nil }).map(StatementText.init),
              sentence.firstMatch(#"\bunless\b|\bonly\b|\bexcept\b|\b(?:problem|question|exercise|part)s?\s+\d"#) == nil else { return nil }
        return sentence.firstMatch(Self.twoFLOPsPerMAC)
    }

    static let twoFLOPsPerMAC = #"\b(?:each|every|one|a|1) (?:MAC|multiply[- –]+(?:accumulate|add))(?:\s*\(MACs?\))?(?![\w-])[^.?]{0,30}?(?:\b(?:as |counts? as |is )|=\s?)(?:two|2)\b|\b(?:two|2) (?:FLOPs|floating[- ]?point operations) (?:per|for each|for every) (?:MAC|multiply[- –]+(?:accumulate|add))\b"#

    static func read(_ reading: PartReading) -> Attempt {
        let part = reading.part
        guard let asks = part.firstMatch(#"\bMACs?\b|\bmultiply[- –—]+(?:accumulate|add)s?\b|\bmultiply[- –—]+accumulate operations\b|\bFLOPs?\b|\bfloating[- ]?point operations\b|\bhow many multiplications\b"#)?[0] else {
            return .notApplicable
        }
        // ("What is the ratio (MACs of …) / (MACs of …)?": a ratio of two counts, not a count.)
        if let ratio = part.firstMatch(#"\bratio\b|\bhow many times\b|\bby what factor\b|\bwhat fraction\b"#) {
            return .failed("'\(ratio[0])': a ratio of counts is asked, not a count")
        }
        // ("give your answer in millions of MACs", "in GFLOPs": a count in another unit.)
        if let scale = part.firstMatch(#"\bin (?:millions|billions|thousands)\b|\b(?:mega|giga)[- ]?(?:MACs|FLOPs)\b|\b[MG](?:MACs|FLOPs)\b"#) {
            return .failed("'\(scale[0])': the count in another unit is not given")
        }
        var finding = Finding(.operationCount)
        finding.note(asks)
        // ("Counting each MAC as two floating-point operations, how many FLOPs is that?": the
        // question's own sentence says which count is asked.)
        let questions = part.sentences.filter { $0.contains("?") }
        let flops = questions.isEmpty ? asks.uppercased().hasPrefix("FLOP") || asks.lowercased().hasPrefix("floating")
            : questions.contains { StatementText($0).firstMatch(#"\bhow many (?:FLOPs?|floating[- ]?point operations)\b|\bFLOPs? (?:count|does|do|is|are)\b|\bnumber of (?:FLOPs?|floating[- ]?point operations)\b"#) != nil }
        // "Counting each MAC as two floating-point operations, how many FLOPs is that?"
        let perMAC = flops ? Self.twoFLOPsPerMAC(reading) : nil
        if flops, perMAC == nil {
            return .failed("\(asks): whether a multiply–add counts as one or two operations is not stated")
        }
        if let perMAC { finding.read("FLOPs per MAC", "2", from: perMAC[0]) }
        // "Express the cost from (b) in FLOPs, counting one multiply–accumulate as two FLOPs": twice
        // the count of the part it names, when that part asked for multiply–accumulates.
        if flops, let reference = part.firstMatch(#"\b(?:cost|count|MACs?|answer|result|number)\s+(?:from|of|in|for)\s+(?:part\s+)?\(([a-z])\)"#),
           case .integer(let macs)? = reading.earlierAnswers[reference[1]],
           let asked = reading.segments.last(where: { $0.label == reference[1] }).map({ StatementText($0.text) }),
           asked.firstMatch(#"\bMACs?\b|\bmultiply[- –—]+(?:accumulate|add)"#) != nil, asked.firstMatch(#"\bFLOPs?\b"#) == nil {
            finding.read("MACs", "\(macs)", from: reference[0])
            return finding.finish(.fixedCount(2 * macs, name: "flops_from_macs", family: .operationCount))
        }
        if part.firstMatch(#"\binclud\w* (?:the )?bias"#) != nil {
            return .failed("\(asks): counting the bias additions follows no single convention")
        }
        // "How many MACs does layer 1 perform?" under a numbered table of layers.
        // (A table without the input's shape leaves the part's own words: "Layer 4 maps 64 channels
        // to 128 channels on a 56 × 56 feature map".)
        if !flops, let table = LayerTable(reading.problemStatement), let number = table.named(in: part) {
            var tabled = finding
            let attempt = fromTable(table, layer: number, reading, &tabled, asks: asks)
            if case .failed = attempt, NamedLayerTable.convolutionRow(named: reading.part, in: reading.problemStatement) != nil {
                // (Read again from the part's own words, below.)
            } else {
                return attempt
            }
        }
        // "How many MACs does conv2 perform?" under a table of named layers with their channels and padding.
        if !flops, let table = NamedLayerTable(reading.problemStatement), let index = table.named(in: part),
           let layers = table.layers(through: index) {
            return fromNamedTable(table, row: index, layers: layers, reading, &finding, asks: asks)
        }
        var texts = [reading.part]
        // ("Layer 4 maps 64 channels to 128 …": the kernel of row 4 of the statement's table.)
        if let row = NamedLayerTable.convolutionRow(named: reading.part, in: reading.problemStatement) { texts.append(row) }
        if let parent = reading.parentPart { texts.append(parent) }
        if let referenced = reading.referencedPart { texts.append(referenced.text) }
        texts.append(reading.problemStatement)
        if let elsewhere = reading.crossReferenced { texts.append(elsewhere) }
        // "the depthwise separable version of part (b)"; "the standard convolution" is the layer itself.
        // ("the layer of (b)" where (b) is a depthwise separable convolution: that layer.)
        let named = reading.referencedPart.map { [part, $0.text] } ?? [part]
        let depthwise = named.contains { $0.firstMatch(#"\bdepthwise\b"#) != nil } && part.firstMatch(#"\bstandard\b|\boriginal\b"#) == nil
        // ("How many MACs does the depthwise convolution perform?" of a depthwise separable block:
        // one stage, which the block's count is not.)
        if depthwise, let stage = part.firstMatch(#"\b(?:does|do)\s+the\s+(?:depthwise|pointwise)\s+(?:convolution|conv|stage|layer|part)\b|\b(?:MACs?|FLOPs?|operations)\s+(?:of|for|in)\s+the\s+(?:depthwise|pointwise)\s+(?:convolution|conv|stage|layer|part)\b"#),
           part.firstMatch(#"\btotal\b|\btogether\b|\bboth\b|\bwhole\b|\bblock\b[^.?]{0,30}\b(?:perform|take|need|use)"#) == nil {
            return .failed("\(asks): '\(stage[0])' asks of one stage of the block")
        }
        let connected = #"\bfully[- ]connected\b|\blinear layer\b|\bdense layer\b|\bnn\.Linear\("#
        // The fully connected layer the part names, or the statement's only module when the part
        // names no other operation ("the attention scores QKᵀ" beside an `nn.Linear` is not it).
        let partNamesIt = part.firstMatch(connected) != nil
        let other = part.firstMatch(#"\battention\b|\bscores?\b|\bQ\s*K|\bsoftmax\b|\bprojections?\b|\bheads?\b|\bLSTM\b|\bGRU\b|\bRNN\b|\bembedding\b|\bswap\w*|\breplac\w*"#) != nil
        let modules = FrameworkCall.calls(in: reading.problemStatement.text).count
        if partNamesIt || !other && modules <= 1 && texts.contains(where: { $0.firstMatch(connected) != nil }),
           !texts.contains(where: { $0.firstMatch(#"\bconv\w*"#) != nil }) {
            return fullyConnected(texts, perMAC: perMAC != nil, asks: asks, &finding)
        }
        if partNamesIt {
            // ("A fully connected layer nn.Linear(4096, 1000) processes a batch of 32 vectors" under
            // a statement about a convolution: the part's own layer, sizes and all.)
            // (Not when the statement sets a batch the part may count over.)
            if part.firstMatch(fullyConnectedSizes) != nil, reading.problemStatement.firstMatch(LayerStackReader.batchSize) == nil {
                finding.note("the part's own fully connected layer")
                return fullyConnected([part], perMAC: perMAC != nil, asks: asks, &finding)
            }
            return .failed("\(asks): a fully connected layer beside a convolution")
        }
        guard let (kernel, inChannels, layerOut) = ParameterCountReader.layer(texts, kernel: { self.kernel($0, skippingPointwise: depthwise) }, &finding) else {
            return .failed("\(asks): the layer's kernel or channels are not stated")
        }
        var outChannels = layerOut
        // "a depthwise nn.Conv2d(64, 64, 3, groups=64) followed by a pointwise nn.Conv2d(64, 128, kernel_size=1)":
        // the pair's output channels are the pointwise convolution's, not the depthwise one's.
        if depthwise, let pointwise = texts.lazy.compactMap({ $0.firstMatch(#"\bConv2d\(\s*(\d+)\s*,\s*(\d+)\s*,\s*(?:kernel_size\s*=\s*)?(?:1|\(1,\s*1\))\s*[,)]"#) }).first,
           Int(pointwise[1]) == inChannels, let out = Int(pointwise[2]) {
            outChannels = out
            finding.read("out channels", "\(out)", from: pointwise[0])
        } else if depthwise, layerOut == inChannels, texts.contains(where: { $0.firstMatch(#"\bgroups\s*=\s*"# + String(inChannels) + #"\b"#) != nil }) {
            return .failed("\(asks): the depthwise convolution is written, and the pointwise one that sets the output channels is not read")
        }
        if let resized = texts.lazy.compactMap({ $0.firstMatch(#"\b(?:resiz\w*|rescal\w*|crop\w*|upsampl\w*|downsampl\w*|interpolat\w*)\b"#) }).first {
            return .failed("\(asks): '\(resized[0])': the input's size is stated more than once")
        }
        guard let (height, width, sizePhrase) = inputSize(texts, channels: inChannels) else {
            return .failed("\(asks): the input's height and width are not stated")
        }
        // (An input of shape (N, C, H, W) counts per example; a part asking about a batch of them is not computed.)
        if StatementText(sizePhrase).firstMatch(#"\bshape\s+\(\s*[A-Za-z]"#) != nil, part.firstMatch(#"\bbatch\b|\bN\s*="#) != nil,
           part.firstMatch(ShapeReader.perExample) == nil {
            return .failed("\(asks): the input is a batch of N, and the part does not say whether it counts per example")
        }
        // ("How many MACs does layer 3 perform?" of a numbered list of modules on "3 × 32 × 32
        // images": the stated input is the first module's, and another one's is not stated.)
        if reading.usedModules.count == 1, !part.text.contains(sizePhrase),
           let used = reading.namedModules.first(where: { $0.name == reading.usedModules[0] }),
           let first = FrameworkCall.calls(in: reading.problemStatement.text).first, first.text != used.call {
            return .failed("\(asks): the stated input is \(first.text)'s, not \(reading.usedModules[0])'s")
        }
        finding.read("input", "\(height)×\(width)", from: sizePhrase)
        // "How many MACs does nn.Conv2d(1, 8, kernel_size=5) perform?" (a module of a list, its
        // name replaced by its call): the call's own stride and padding, PyTorch's defaults where
        // it writes none, never another module's.
        let own = FrameworkCall.calls(in: part.text).filter { $0.name == "Conv2d" }
        var fromCall: (stride: (Int, String), padding: (Int, String))? = nil
        if !depthwise, own.count == 1, let call = own.first {
            guard let (layer, callChannels) = try? call.layer(),
                  case .convolution(let filters, let callKernel, let stride, let padding, let dilation, let groups) = layer,
                  filters == outChannels, callKernel == kernel, callChannels == nil || callChannels == inChannels else {
                return .failed("\(asks): \(call.text) is not the layer the sizes read describe")
            }
            guard dilation == 1, groups == 1, stride.rows == stride.columns, padding == Padding2D(padding.rows.before) else {
                return .failed("\(asks): \(call.text) is dilated, grouped or padded unevenly")
            }
            fromCall = ((stride.rows, call.text), (padding.rows.before, call.text))
        }
        // PyTorch's padding='same' works at stride 1 only, and a `Conv2d(…)` call without `stride=` has stride 1.
        // ("… with padding 1, so the spatial size is preserved": only stride 1 keeps it.)
        let preserved = #"\b(?:spatial (?:size|dimensions?|resolution)|feature[- ]map size|height and width) (?:is |are )?(?:preserved|unchanged|kept|maintained)\b|\bpreserv\w* the spatial (?:size|dimensions?|resolution)\b"#
        // (A statement, not the question "Is the spatial size preserved?".)
        let keepsSize = texts.lazy.flatMap { $0.sentences.filter { !$0.contains("?") } }.compactMap { StatementText($0).firstMatch(preserved) }.first
        let implied = texts.lazy.compactMap { $0.firstMatch(#"\bpadding\s*=\s*'same'|Conv2d\((?:(?!stride)[^()])*\)"#) }.first.map { (1, $0[0]) }
            ?? keepsSize.map { (1, $0[0]) }
        let padding = fromCall?.padding ?? padding(texts, kernel: kernel)
        guard let stride = fromCall?.stride ?? setting(texts, #"\bstride (?:of |is |= ?)?(\d+)\b|\bstride\s*=\s*(\d+)\b|\bstride[- ](\d+)\b"#) ?? implied
                ?? padding.flatMap({ strideFromOutput([part] + [reading.parentPart].compactMap { $0 } + [reading.problemStatement], height: height, width: width, kernel: kernel, padding: $0.0, outChannels: outChannels) }),
              let padding else {
            return .failed("\(asks): stride and padding must both be stated")
        }
        finding.read("stride", "\(stride.0)", from: stride.1)
        finding.read("padding", "\(padding.0)", from: padding.1)
        let rows = (height + 2 * padding.0 - kernel.rows) / stride.0 + 1
        let columns = (width + 2 * padding.0 - kernel.columns) / stride.0 + 1
        guard height + 2 * padding.0 >= kernel.rows, width + 2 * padding.0 >= kernel.columns else {
            return .failed("\(asks): the kernel does not fit the padded input")
        }
        if let keepsSize, rows != height || columns != width {
            return .failed("\(asks): '\(keepsSize[0])', and stride \(stride.0) with padding \(padding.0) gives \(rows)×\(columns)")
        }
        finding.read("output", "\(rows)×\(columns)")
        if part.firstMatch(#"\bignor\w* (?:the )?bias|\bwithout bias|\bno bias"#) == nil {
            finding.assume(0.95, "bias additions not counted")
        }
        var count: OperationCount = .convolution(inChannels: inChannels, outChannels: outChannels, kernel: kernel,
                                                 output: Size2D(rows: rows, columns: columns), groups: 1)
        if depthwise {
            finding.note("depthwise separable")
            count = .depthwiseSeparable(inChannels: inChannels, outChannels: outChannels, kernel: kernel, output: Size2D(rows: rows, columns: columns))
        }
        switch overBatch(count, part: part, &finding) {
        case .success(let counted): count = counted
        case .failure(let refusal): return .failed("\(asks): \(refusal.reason)")
        }
        // (FLOPs only where the text counts a multiply–add as two, read above.)
        if flops { count = .scaled(count, by: 2) }
        return finding.finish(.operationCount(count))
    }

    struct Refusal: Error { var reason: String }

    /// A convolution's count over the batch the part applies it to: "applied to a mini-batch of
    /// thirty-two … feature maps" counts 32 examples; a batch whose size is not read is refused,
    /// and a part that asks per example counts one.
    private static func overBatch(_ count: OperationCount, part: StatementText, _ finding: inout Finding) -> Result<OperationCount, Refusal> {
        guard part.firstMatch(#"\b(?:mini-?)?batch(?:es)?\b"#) != nil, part.firstMatch(ShapeReader.perExample) == nil else { return .success(count) }
        guard let stated = part.firstMatch(#"\b(?:mini-?)?batch (?:of|size(?: of| is|\s*=)?)\s*(\d+|[a-z]+(?:-[a-z]+)?)\b(?!\s*[×x*]\s*\d)"#), let size = NumberWords.value(stated[1]), size > 0 else {
            return .failure(Refusal(reason: "the part counts over a batch whose size is not read"))
        }
        // ("a batch of two hundred …", "a hundred …": a number of several words is not read.)
        if part.firstMatch(NSRegularExpression.escapedPattern(for: stated[0]) + #"\s+(?:hundred|thousand|million|and)\b"#) != nil || ["a", "an"].contains(stated[1].lowercased()) {
            return .failure(Refusal(reason: "the batch's size '\(stated[0])…' is not read"))
        }
        finding.read("batch", "\(size)", from: stated[0])
        return .success(size == 1 ? count : .scaled(count, by: size))
    }

    /// "… and padding 1 keeps the output at 32×32": the stride that stated output size implies,
    /// `(H + 2p − k)/(H_out − 1)`, when it is a whole number for both sides; nil otherwise.
    /// The part's own words, its parent part's and its problem's statement are read, and none
    /// may change the size on the way ("halves the resolution").
    private static func strideFromOutput(_ texts: [StatementText], height: Int, width: Int, kernel: Size2D, padding: Int, outChannels: Int) -> (Int, String)? {
        guard !texts.contains(where: { $0.firstMatch(#"\bhalv\w*|\bdownsampl\w*|\bupsampl\w*|\breduc\w* (?:the )?(?:spatial )?(?:size|resolution)\b|\bdoubl\w*"#) != nil }) else { return nil }
        // ("so the output is 128 × 32 × 32": channels first, then the two sides.)
        let pattern = #"\b(?:keeps?|preserves?|leaves?|maintains?) (?:the )?(?:output|spatial size|feature map|output size)(?: size)? (?:at |as |of )?(\d+)\s*[×x]\s*(\d+)\b(?!\s*[×x])|\boutput (?:is|stays|remains) (?:\d+\s*[×x]\s*(?=\d+\s*[×x]\s*\d+))?(\d+)\s*[×x]\s*(\d+)\b(?!\s*[×x])|\b(?:produces?|outputs?|returns?) (?:an? |the )?"# + String(outChannels) + #"\s*[×x]\s*(\d+)\s*[×x]\s*(\d+)\b(?!\s*[×x])"#
        // (Only a sentence about this layer: "the layer uses padding 1, so the output is …", never "the
        // final output is 4 × 4" of a whole network.)
        guard let match = texts.lazy.compactMap({ text in
                  text.sentences.lazy.map(StatementText.init).compactMap { sentence -> [String]? in
                      guard sentence.firstMatch(#"\bfinal\b|\bnetwork\b|\bmodel\b|\blast\b"#) == nil,
                            sentence.firstMatch(#"\b(?:the|this|its) (?:layer|convolution)\b|\bpadding\b"#) != nil else { return nil }
                      return sentence.firstMatch(pattern)
                  }.first
              }).first,
              let rows = Int(match[1]) ?? Int(match[3]) ?? Int(match[5]), let columns = Int(match[2]) ?? Int(match[4]) ?? Int(match[6]), rows > 1, columns > 1 else { return nil }
        let (spanRows, spanColumns) = (height + 2 * padding - kernel.rows, width + 2 * padding - kernel.columns)
        guard spanRows >= 0, spanColumns >= 0, spanRows % (rows - 1) == 0, spanColumns % (columns - 1) == 0,
              case let stride = spanRows / (rows - 1), stride >= 1, spanColumns / (columns - 1) == stride else { return nil }
        return (stride, match[0])
    }

    private static let fullyConnectedSizes = #"\b(\d[\d,]*) inputs?\b[^.?]{0,20}?\b(\d[\d,]*) outputs?\b(?!\s*(?:channels|feature maps|maps|filters))|\bnn\.Linear\(\s*(\d+)\s*,\s*(\d+)|\bfrom (\d[\d,]*) to (\d[\d,]*) (?:units|features|neurons)\b"#

    /// "A fully connected layer with 1024 inputs and 4096 outputs is applied to a mini-batch of
    /// 32 vectors": inputs × outputs MACs per example, times the batch when one is stated.
    private static func fullyConnected(_ texts: [StatementText], perMAC: Bool, asks: String, _ finding: inout Finding) -> Attempt {
        guard let match = texts.lazy.compactMap({ $0.firstMatch(fullyConnectedSizes) }).first else { return .failed("\(asks): the layer's inputs and outputs are not stated") }
        let numbers = match.dropFirst().filter { !$0.isEmpty }.compactMap { Int($0.replacingOccurrences(of: ",", with: "")) }
        guard numbers.count == 2 else { return .failed("\(asks): the layer's inputs and outputs are not read") }
        finding.read("inputs", "\(numbers[0])", from: match[0])
        finding.read("outputs", "\(numbers[1])")
        var count = OperationCount.fullyConnected(inputs: numbers[0], outputs: numbers[1])
        let batches = texts.flatMap { $0.matches(LayerStackReader.batchSize) }
        if let first = batches.first, let size = Int(first[1]) {
            guard batches.allSatisfy({ Int($0[1]) == size }) else { return .failed("\(asks): batches of different sizes are stated") }
            if texts[0].firstMatch(ShapeReader.perExample) == nil {
                finding.read("batch", "\(size)", from: first[0])
                count = .scaled(count, by: size)
                // "a batch of 32 sequences of 128 tokens each": the layer runs on every token.
                if let tokens = texts.lazy.compactMap({ $0.firstMatch(#"\bbatch of \d+ (?:sequences|sentences|documents|examples|samples) of (\d+) (?:tokens|positions|time ?steps|words)\b"#) }).first,
                   let length = Int(tokens[1]) {
                    finding.read("tokens per sequence", "\(length)", from: tokens[0])
                    count = .scaled(count, by: length)
                } else if let other = texts.lazy.compactMap({
                    // ("applied to a batch of 32 tokens": the tokens are the batch's inputs.)
                    // (Not when another multiplier stands beside it: "… for each of 4 sequences", "once per head".)
                    let ofTokens = #"\bbatch of \d+ (?:tokens|token vectors|positions)\b"#
                    return $0.firstMatch(ofTokens) == nil ? $0.firstMatch(#"\b(?:tokens|positions|time ?steps|sequence length|spatial|pixels?)\b"#)
                        : $0.removing(ofTokens).firstMatch(#"\b(?:tokens|positions|time ?steps|sequence length|spatial|pixels?|sequences?|heads?|each|per|times|layers|steps)\b"#)
                }).first {
                    return .failed("\(asks): '\(other[0])' may multiply the count beyond the batch")
                }
            }
        }
        // ("… in one forward pass over a mini-batch": a batch asked whose size is not read is not one example.)
        if batches.isEmpty, texts[0].firstMatch(#"\bbatch\b"#) != nil, texts[0].firstMatch(ShapeReader.perExample) == nil {
            return .failed("\(asks): the part counts over a batch whose size is not read")
        }
        if perMAC { count = .scaled(count, by: 2) }
        return finding.finish(.operationCount(count))
    }

    private static func fromTable(_ table: LayerTable, layer number: Int, _ reading: PartReading, _ finding: inout Finding, asks: String) -> Attempt {
        guard let (input, _, phrase) = LayerStackReader.inputShape(reading.problemStatement) else {
            return .failed("\(asks): the input shape of the table's first layer is not stated")
        }
        if let batch = input.batch, batch > 1, reading.part.firstMatch(ShapeReader.perExample) == nil {
            return .failed("\(asks): the input is a batch of \(batch), and the part does not say whether it counts per example")
        }
        finding.read("input", "\(input.channels)×\(input.height)×\(input.width)", from: phrase)
        let row = table.rows[number - 1]
        let layers = table.rows.prefix(number).compactMap(\.layer)
        guard layers.count == number, let outChannels = row.channels else { return .failed("\(asks): the table leaves out the number of filters of a layer") }
        guard case .convolution(_, let kernel, _, _, _, _)? = row.layer else { return .failed("\(asks): layer \(number) is not a convolution") }
        let shapes: [LayerShape]
        do { shapes = try input.applying(layers) } catch {
            return .failed("\(asks): \(error.localizedDescription)")
        }
        let before = number == 1 ? input : shapes[number - 2]
        let output = shapes[number - 1]
        finding.note(row.phrase)
        finding.read("layer", "\(number) of the table")
        if reading.part.firstMatch(#"\bignor\w* (?:the )?bias|\bwithout bias|\bno bias"#) == nil { finding.assume(0.95, "bias additions not counted") }
        return finding.finish(.operationCount(.convolution(inChannels: before.channels, outChannels: outChannels, kernel: kernel,
                                                           output: Size2D(rows: output.height, columns: output.width), groups: 1)))
    }

    /// The MACs of a named row of a table, its input shape from the layers before it. "Replace
    /// conv2 by a depthwise separable convolution" counts that pair in its place, when what the
    /// part states of it (kernel, stride, padding, output channels) is the row's.
    private static func fromNamedTable(_ table: NamedLayerTable, row index: Int, layers: [Layer], _ reading: PartReading,
                                       _ finding: inout Finding, asks: String) -> Attempt {
        let part = reading.part
        // Only the row as the table gives it, on one input image: a part that changes the row or
        // the input, or asks per pixel, per batch or for a saving, asks something else.
        if let other = part.firstMatch(#"\bsame network\b|\bbut\b|\bif\b|\binstead\b|\bchang\w*|\bnow\b|\bgroup\w*|\bdilat\w*|\bbatch\b|\bper (?:output |input )?(?:pixel|position|location|element|example|image|channel)\b|\bsav\w*|\bcompared\b|\bratio\b|\bfewer\b|\breduc\w*|\binput (?:image |feature map )?(?:is|of)\b|\d+\s*[×x]\s*\d+\s*[×x]\s*\d+|\b(?:count|includ)\w* (?:the )?bias"#) {
            return .failed("\(asks): '\(other[0])' changes or qualifies \(table.rows[index].name) as the table gives it")
        }
        guard let (input, _, phrase) = LayerStackReader.inputShape(reading.problemStatement) else {
            return .failed("\(asks): the input shape of the table's first layer is not stated")
        }
        if let batch = input.batch, batch > 1, part.firstMatch(ShapeReader.perExample) == nil {
            return .failed("\(asks): the input is a batch of \(batch), and the part does not say whether it counts per example")
        }
        guard case .convolution(let filters, let kernel, let stride, let padding, let dilation, 1) = layers[index], dilation == Size2D(1) else {
            return .failed("\(asks): \(table.rows[index].name) is not a plain convolution")
        }
        finding.read("input", "\(input.channels)×\(input.height)×\(input.width)", from: phrase)
        let shapes: [LayerShape]
        do { shapes = try input.applying(layers) } catch {
            return .failed("\(asks): \(error.localizedDescription)")
        }
        let before = index == 0 ? input : shapes[index - 1]
        let output = Size2D(rows: shapes[index].height, columns: shapes[index].width)
        for row in table.rows.prefix(index + 1) { finding.note(row.phrase) }
        finding.read("layer", table.rows[index].name)
        if part.firstMatch(#"\bignor\w* (?:the )?bias|\bwithout bias|\bno bias"#) == nil { finding.assume(0.95, "bias additions not counted") }
        guard part.firstMatch(#"\bdepthwise\b"#) != nil else {
            return finding.finish(.operationCount(.convolution(inChannels: before.channels, outChannels: filters, kernel: kernel, output: output, groups: 1)))
        }
        guard part.firstMatch(#"\breplac\w*|\binstead\b|\bswap\w*"#) != nil else {
            return .failed("\(asks): a depthwise convolution is named, and not as a replacement of \(table.rows[index].name)")
        }
        // Every number the part states of the replacement must be the row's (any kernel but the
        // pointwise 1 × 1; any count of channels or filters), and it must state them all.
        let stated: [(String, Int)] = [
            (#"\b([2-9]|\d{2,})\s*[×x]\s*\d+\b"#, kernel.rows), (#"\bstride (?:of )?(\d+)\b"#, stride.rows),
            (#"\bpadding (?:of )?(\d+)\b"#, padding.rows.before),
            (#"\b(\d+) (?:output |out )?(?:channels|filters|feature maps)\b"#, filters),
        ]
        for (pattern, _) in stated where part.firstMatch(pattern) == nil {
            return .failed("\(asks): the replacement's settings are not all stated")
        }
        for (pattern, value) in stated {
            for match in part.matches(pattern) where Int(match[1]) != value {
                return .failed("\(asks): the replacement's '\(match[0])' is not \(table.rows[index].name)'s")
            }
        }
        guard part.firstMatch(#"\b1\s*[×x]\s*1\b|\bpointwise\b"#) != nil else {
            return .failed("\(asks): the depthwise convolution's pointwise half is not stated")
        }
        finding.note("depthwise separable in place of \(table.rows[index].name)")
        return finding.finish(.operationCount(.depthwiseSeparable(inChannels: before.channels, outChannels: filters, kernel: kernel, output: output)))
    }

    /// The kernel a layer phrase names ("a 5 × 5 kernel", "3 × 3 depthwise convolution",
    /// "kernel size 3"), never an input size ("32 × 56 × 56"); a 1 × 1 pointwise kernel is
    /// not the layer's.
    private static func kernel(_ text: StatementText, skippingPointwise: Bool) -> Size2D? {
        // (Swift's Regex has no lookbehind: the character before the size is captured instead.)
        for match in text.matches(#"(^|[^×x*\s\d]\s*|\s)\b(\d+)\s*[×x]\s*(\d+)\b(?!\s*[×x*])\s*(?:(?:depthwise\s+|standard\s+|spatial\s+)?(?:kernels?|filters?|convolutions?|conv\b)|depthwise\b)"#) {
            guard !match[1].contains(where: { "×x*".contains($0) }), let rows = Int(match[2]), let columns = Int(match[3]),
                  !skippingPointwise || rows * columns > 1 else { continue }
            return Size2D(rows: rows, columns: columns)
        }
        if let match = text.firstMatch(#"\b(?:kernel|filter) (?:size|width) (?:of\s+|=\s*|is\s+)?(\d+)\b|\bkernel_size\s*=\s*(\d+)\b"#), let size = Int(match[1]) ?? Int(match[2]) {
            return Size2D(size)
        }
        return nil
    }

    /// Height and width from "the input is 8 × 32 × 32" (channels first or last, told by the
    /// channel count) or "a 32 × 32 input".
    private static func inputSize(_ texts: [StatementText], channels: Int) -> (Int, Int, String)? {
        // ("Its input feature map is 56 × 56": the input named by what it is.)
        let named = #"(?:(?:feature map|image|tensor|activations?)\s+)?"#
        let three = #"\binput "# + named + #"(?:is |be |of size |of shape |has shape |tensor )?(?:of )?(\d+)\s*[×x*]\s*(\d+)\s*[×x*]\s*(\d+)\b"#
        // "a 64 × 32 × 32 (channels × height × width) feature map".
        let described = #"\b(\d+)\s*[×x*]\s*(\d+)\s*[×x*]\s*(\d+)\s*(?:\([^()]*\)\s*)?"# + LayerStackReader.datasetName + #"(?:input|image|feature map|tensor|digit)s?\b"#
        let two = #"\b(\d+)\s*[×x*]\s*(\d+) (?:input|image|feature map)\b|\binput "# + named + #"(?:is |be |of size )?(\d+)\s*[×x*]\s*(\d+)\b(?!\s*[×x*])"#
        // "whose input has shape (N, 64, 56, 56)": a batch named by a letter, then one example's dimensions.
        let batched = #"\b(?:input|images?|tensor|feature map)\b[^.;:]{0,30}?\bshape\s+\(\s*(?:N|B|n|b|batch(?:_size)?)\s*,\s*(\d+)\s*,\s*(\d+)\s*,\s*(\d+)\s*\)"#
        // "50,000 training images of size 3 × 32 × 32".
        let sized = #"\b(?:inputs?|images?|feature maps?|tensors?)\s+(?:(?:is|are|has|have)\s+)?(?:of\s+|with\s+)?(?:size|shape|dimensions?)\s+(?:of\s+)?(\d+)\s*[×x*]\s*(\d+)\s*[×x*]\s*(\d+)\b"#
        // "It is applied to feature maps of spatial size 56 × 56", "input images of resolution 224 × 224":
        // the maps the layer takes, by what is done to them (an output's size is not this).
        // (Feature maps the one layer is applied to, never a network's input images: "A network
        // operates on input images of resolution 224 × 224. Its second layer …" is another size.)
        let spatial = #"\b(?:applied to|operat\w* on)\s+(?:the\s+)?(?:input\s+)?feature maps?\s+(?:of\s+|with\s+)?(?:spatial\s+)?(?:size|resolution|dimensions?)\s+(?:of\s+)?(\d+)\s*[×x*]\s*(\d+)\b(?!\s*[×x*])"#
        for text in texts {
            if let match = text.firstMatch(three) ?? text.firstMatch(described) ?? text.firstMatch(batched) ?? text.firstMatch(sized),
               let a = Int(match[1]), let b = Int(match[2]), let c = Int(match[3]) {
                switch (a == channels, c == channels) {
                case (true, false): return (b, c, match[0])
                case (false, true): return (a, b, match[0])
                case (true, true) where a == b && b == c: return (b, c, match[0])
                default: return nil
                }
            }
            if let match = text.firstMatch(two) {
                let numbers = match[1...4].compactMap { Int($0) }
                if numbers.count == 2 { return (numbers[0], numbers[1], match[0]) }
            }
            if let match = text.firstMatch(spatial), let height = Int(match[1]), let width = Int(match[2]),
               text.firstMatch(#"\b(?:second|third|fourth|next|later|deeper|stages?|after|pool\w*|layers)\b"#) == nil {
                return (height, width, match[0])
            }
        }
        return nil
    }

    private static func setting(_ texts: [StatementText], _ pattern: String) -> (Int, String)? {
        for text in texts {
            if let match = text.firstMatch(pattern), let value = match[1...].lazy.compactMap({ Int($0) }).first { return (value, match[0]) }
        }
        return nil
    }

    private static func padding(_ texts: [StatementText], kernel: Size2D) -> (Int, String)? {
        for text in texts {
            if let match = text.firstMatch(#"\bno (?:zero[- ])?padding\b|\bpadding (?:of )?0\b|\bvalid padding\b"#) { return (0, match[0]) }
            if let match = text.firstMatch(#"\bsame padding\b|\bpadding\s*=\s*'same'"#), kernel.rows == kernel.columns, kernel.rows % 2 == 1 {
                return ((kernel.rows - 1) / 2, match[0])
            }
            if let match = text.firstMatch(#"\bpadding (?:of |is |= ?)?(\d+)\b|\bpadding\s*=\s*(\d+)\b|\b(\d+) (?:pixels? of )?(?:zero[- ])?padding\b|\bpad(?:ded)? (?:by|with) (\d+)\b"#),
               let value = match[1...].lazy.compactMap({ Int($0) }).first {
                return (value, match[0])
            }
        }
        return nil
    }
}
