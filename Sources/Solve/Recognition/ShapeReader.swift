/// Reads output-shape and receptive-field parts: a described stack of layers, or the
/// sizes of one layer given as numbers or symbols (`k = 4, s = 2, p = 1, L_in = 8`).
enum ShapeReader {
    /// Whether the part asks for an output shape or length.
    static func asksForShape(_ reading: PartReading) -> String? {
        asksForShape(reading.part)
    }

    /// Whether a text asks for an output shape or length.
    static func asksForShape(_ text: StatementText) -> String? {
        if text.has("entries", "values of the output", "compute the output", "output vector", "output matrix") { return nil }
        // "What is the receptive field (side length, in input pixels)?" asks another quantity.
        if text.firstMatch(#"\breceptive field\b"#) != nil { return nil }
        // "… to preserve the spatial size. What value of padding should be passed?" asks a setting.
        if text.firstMatch(SamePaddingReader.questionPattern) != nil { return nil }
        let patterns = [
            // ("give the shape of the layer's output")
            // ("give the shape C × H × W of the output")
            #"\boutput (?:shape|size|dimensions?|length|volume|resolution)\b|\b(?:shape|length|size|dimensions?)\s+(?:\(?[NCHW](?:\s*[×x,]\s*[NCHW]){2,3}\)?\s+)?of the (?:(?:layer|network|block|stack|module)['’]s\s+)?(?:output|result)\b"#,
            #"\bL_\{?out\}?\b|\bspatial (?:size|dimensions?|resolution)\b|\bas (?:N ?× ?)?[HC] ?× ?[WH] ?× ?[CW]\b|\bas \(\s*(?:N\s*,\s*)?[HC]\s*,\s*[WH]\s*,\s*[CW]\s*\)"#,
            #"\b(?:what|which) (?:is the )?shape\b|\bhow (?:long|large|big) is the output\b|\bside length\b"#,
            // ("Give the shape of one output example in the order (H, W, C).")
            #"\b(?:shape|size|dimensions?) of (?:one|each|a single|an?) output\b"#,
            // ("What is the resulting shape per image?", "the shape of the full output tensor")
            #"\bresulting (?:tensor |feature map |activation )?(?:shape|dimensions)\b|\bshape of the (?:full|whole|entire|final|resulting) (?:output|result)\b"#,
            // ("Shape after layer 4?", "the shape after the pooling layer")
            #"\b(?:shape|dimensions)\s+(?:after|following)\s+(?:layer\s+\d+|the\s+[\w-]+(?:\s+layer)?)\b"#,
        ]
        for pattern in patterns {
            if let match = text.firstMatch(pattern) { return match[0] }
        }
        return nil
    }

    // MARK: - Output shape

    static func readShape(_ reading: PartReading) -> Attempt {
        // "Give the shape of the output" said once by the problem for parts that only describe a
        // layer ("(c) A layer with 8 output channels and a 7 × 7 kernel, dilation 2").
        let describesOnly = !reading.part.text.contains("?")
            && reading.part.firstMatch(#"\b(?:how many|compute|calculate|what|which|find|give|count|determine|explain|why)\b"#) == nil
        guard let asks = asksForShape(reading) ?? (describesOnly && !ModuleShapeReader.asksMoreThanShapes(reading.problemStatement) ? asksForShape(reading.problemStatement) : nil) else { return .notApplicable }
        // "… applied to the output of part (a)": its input is another part's result, not the statement's.
        // It is used when that part's answer is a shape and the part names the layers it passes through.
        var finding = Finding(.outputShape)
        if let reference = reading.part.firstMatch(#"\b(?:output|result|answer) (?:of|from|to) (?:part )?\(([a-z])\)"#) {
            let label = reference[1].lowercased()
            guard let (input, layout) = reading.earlierShape(label),
                  case .success(var stack)? = LayerStackReader.read(reading.part, defaultStride: conventionalStride(reading)), stack.input == nil else {
                return .failed("output shape: the input is the output of part (\(reference[1]))")
            }
            stack.input = input
            stack.inputLayout = layout
            stack.phrases.insert(reference[0], at: 0)
            finding.note(asks)
            finding.assume(0.95, "input: the shape found for part (\(label))")
            return shape(of: stack, input: input, reading, &finding, layout: layout)
        }
        finding.note(asks)
        // "The layer from (a), followed by 3 × 3 max pooling": a stack that starts with another
        // part's layer, which the stack read from this part's words would leave out.
        if let other = reading.part.firstMatch(#"\b(?:the\s+)?(?:layer|layers|network|stack|block|convolution)\s+(?:of|from|in)\s+(?:part\s+)?\([a-z]\)"#) {
            return .failed("output shape: the stack includes '\(other[0])', which is not read into it")
        }
        // "What is the shape of the output of L4?" under the statement's input and its table of
        // named layers: the rows up to the one named.
        if let table = NamedLayerTable(reading.problemStatement), let index = table.named(in: reading.part),
           let (input, layout, phrase) = LayerStackReader.inputShape(reading.problemStatement) {
            // ("the input to c2", "if p1 is removed", "for a batch of 4", "after it is flattened": not
            // the row's output on the table's input as it stands.)
            if let other = reading.part.firstMatch(#"\binput (?:to|of|into)\b|\benter\w*|\bfed (?:in)?to\b|\bif\b|\bwhen\b|\binstead\b|\bchang\w*|\bremov\w*|\bdrop\w*|\breplac\w*|\bwithout\b|\bbatch\b|\bflatten\w*|\breshap\w*|\d+\s*[×x]\s*\d+"#) {
                return .failed("\(asks): '\(other[0])' asks of another setting than the table's")
            }
            guard let layers = table.layers(through: index) else { return .failed("\(asks): a row up to \(table.rows[index].name) is not read in full") }
            if let entering = table.inputChannels, entering != input.channels {
                return .failed("\(asks): the input has \(input.channels) channels, the first layer takes \(entering)")
            }
            let stack = LayerStack(input: input, inputLayout: layout, layers: layers, phrases: [phrase] + table.rows.prefix(index + 1).map(\.phrase))
            finding.assume(0.97, "layers \(table.rows[0].name)–\(table.rows[index].name) of the statement's table")
            return shape(of: stack, input: input, reading, &finding, layout: ModuleShapeReader.layout(reading, &finding))
        }
        if let numbered = numberedTableShape(reading, asks: asks, &finding) { return numbered }
        if let result = LayerStackReader.read(reading.part, defaultStride: conventionalStride(reading)) {
            switch result {
            case .failure(let error): return .failed(error.message)
            case .success(let stack):
                if let input = stack.input {
                    return shape(of: stack, input: input, reading, &finding)
                }
                // One layer on an input stated elsewhere, in the layout the part asks for.
                func given(_ input: LayerShape, _ layout: LayerShape.Layout, phrase: String, confidence: Double, assumption: String) -> Attempt {
                    var stated = stack
                    stated.input = input
                    stated.inputLayout = layout
                    stated.phrases.insert(phrase, at: 0)
                    finding.assume(confidence, assumption)
                    let asked = ModuleShapeReader.layout(reading, &finding)
                    return shape(of: stated, input: input, reading, &finding, layout: asked)
                }
                // "Each of parts (a)–(e) takes as input the output of the previous part."
                if stack.layers.count == 1, let chained = reading.chainedInput {
                    return given(chained.shape, chained.layout, phrase: "input: the output of (\(chained.label)), as the problem chains its parts",
                                 confidence: 0.95, assumption: "input: the shape found for part (\(chained.label))")
                }
                if stack.layers.count == 1, let previous = reading.chainedFrom {
                    return .failed("\(asks): the input is the output of (\(previous)), whose shape is not computed")
                }
                // "Throughout this problem the input is … 3 × 64 × 64" then "(c) Now use a 3 × 3 kernel …
                // What is the output shape?": one layer takes the statement's input, unless an
                // earlier part stated an input of its own (then which one is meant is unclear).
                // (A later part's input, "(g) … the same image in channels-last layout", says nothing of this one.)
                let earlierInputs = reading.segments.contains { segment in
                    guard let label = segment.label else { return false }
                    if let own = reading.ownLabel, label >= own { return false }
                    return LayerStackReader.inputShape(StatementText(segment.text)) != nil
                }
                if describesOnly || !earlierInputs, stack.layers.count == 1,
                   let (input, layout, phrase) = LayerStackReader.inputShape(reading.problemStatement) {
                    return given(input, layout, phrase: phrase, confidence: 0.97, assumption: "input from the problem's statement")
                }
                if stack.layers.count > 1 { return .failed("\(asks): a stack without an input shape") }
            }
        }
        return length(reading, asks, &finding)
    }

    private static func shape(of stack: LayerStack, input stated: LayerShape, _ reading: PartReading, _ finding: inout Finding,
                              layout decided: LayerShape.Layout? = nil) -> Attempt {
        if stack.phrases.contains(where: { $0.hasSuffix("[filters not stated]") }) {
            return .failed("a convolution without its number of filters")
        }
        let layout: LayerShape.Layout
        if let decided {
            layout = decided
        } else if let match = reading.part.firstMatch(#"\b(?:as|in the form|format)\s+([HC]) ?× ?[WH] ?× ?[CW]\b|\bchannels[- ](first|last)\b"#) {
            layout = match[1].uppercased() == "C" || match[2].lowercased() == "first" ? .chw : .hwc
            finding.read("layout", layout.rawValue, from: match[0])
        } else {
            layout = stack.inputLayout ?? .hwc
            finding.read("layout", layout.rawValue)
        }
        let input: LayerShape
        switch batched(stated, reading, &finding) {
        case .success(let shape): input = shape
        case .failure(let error): return .failed(error.reason)
        }
        finding.read("input", input.dimensions(stack.inputLayout ?? .hwc).map(String.init).joined(separator: "×"), from: stack.phrases.first)
        finding.read("layers", describe(stack.layers))
        for phrase in stack.phrases.dropFirst() { finding.note(phrase) }
        return finding.finish(.outputShape(input: input, layers: stack.layers, layout: layout))
    }

    /// "Shape of the output of layer 2?" under the statement's input and its table of numbered
    /// rows ("1 conv 7x7, stride 2, padding 3 32"): the rows up to the one named. Nil when the
    /// statement has no such table or input.
    private static func numberedTableShape(_ reading: PartReading, asks: String, _ finding: inout Finding) -> Attempt? {
        guard let table = LayerTable(reading.problemStatement), let number = table.named(in: reading.part),
              var (input, layout, phrase) = LayerStackReader.inputShape(reading.problemStatement) else { return nil }
        let inputPhrase = phrase
        // ("Same network, but the crops are resized to 100 x 100.": the statement's input at the
        // part's size, its channels kept.)
        let resizing = #"\b(?:resized|rescaled|changed|enlarged|shrunk|downsampled|upsampled)\s+to\s+(\d+)\s*[×x]\s*(\d+)\b"#
        let resized = reading.part.matches(resizing)
        if resized.count == 1, let height = Int(resized[0][1]), let width = Int(resized[0][2]) {
            input = LayerShape(height: height, width: width, channels: input.channels, batch: input.batch)
            phrase = "\(phrase); \(resized[0][0])"
        }
        if let other = reading.part.removing(resizing).firstMatch(#"\binput (?:to|of|into)\b|\benter\w*|\bfed (?:in)?to\b|\bif\b|\bwhen\b|\binstead\b|\bchang\w*|\bresiz\w*|\bremov\w*|\bdrop\w*|\breplac\w*|\bwithout\b|\bbatch\b|\bflatten\w*|\breshap\w*|\d+\s*[×x]\s*\d+"#) {
            return .failed("\(asks): '\(other[0])' asks of another setting than the table's")
        }
        let rows = table.rows.prefix(number)
        let layers = rows.compactMap(\.layer)
        guard layers.count == rows.count else { return .failed("\(asks): a row up to layer \(number) is not read in full") }
        // (Rows under "in out", "1 conv 7x7, stride 2, padding 3  1  32", have a column not read.)
        let statement = reading.problemStatement.text
        if let header = reading.problemStatement.firstMatch(#"\bin\s+out\b|\bin(?:put)?[ _]?(?:channels|ch)\b[^.]{0,20}?\bout(?:put)?[ _]?(?:channels|ch)\b|\bC_?\{?in\}?\b[^.]{0,10}?\bC_?\{?out\}?\b"#) {
            return .failed("\(asks): the table's columns '\(header[0])' are not read")
        }
        // ("Max pooling uses ceil mode", "each crop is first center-cropped to 88 x 88 before layer
        // 1", "Layer 1 is applied twice": the statement changes the layers or the input beyond
        // the table.)
        let outside = table.rows.reduce(statement.replacingOccurrences(of: inputPhrase, with: "")) { $0.replacingOccurrences(of: $1.phrase, with: "") }
        if let other = StatementText(outside).firstMatch(#"\bceil\w*|\d+\s*[×x]\s*\d+|\bcrop\w* to\b|\bresiz\w*|\brescal\w*|\b(?:up|down)sampl\w*|\bpadded to\b|\bdilat\w*|\bgroups?\b|\btwice\b|\bthrice\b|\b(?:\d+|two|three) times\b|\brepeat\w*|\bweights? shared\b|\bskip\b|\bresidual\b|\bconcat\w*"#) {
            return .failed("\(asks): '\(other[0])' in the statement is not read into the table's layers")
        }
        // (A convolution row's padding must be written in it: "(all convolutions have padding 1)"
        // above the table, or nothing, leaves it to guess. A pooling row without one has none,
        // unless the statement speaks of padding outside its rows.)
        func pooling(_ row: LayerTable.Row) -> Bool { if case .pooling? = row.layer { return true } else { return false } }
        if let unstated = rows.first(where: { !$0.paddingStated && !pooling($0) }) {
            return .failed("\(asks): row \(unstated.number) of the table states no padding")
        }
        if rows.contains(where: { !$0.paddingStated }),
           table.rows.reduce(statement, { $0.replacingOccurrences(of: $1.phrase, with: "") }).range(of: "padding", options: .caseInsensitive) != nil {
            return .failed("\(asks): the statement speaks of padding outside the rows of its table")
        }
        let stack = LayerStack(input: input, inputLayout: layout, layers: layers, phrases: [phrase] + rows.map(\.phrase))
        finding.assume(0.97, "layers 1–\(number) of the statement's table")
        return shape(of: stack, input: input, reading, &finding, layout: ModuleShapeReader.layout(reading, &finding))
    }

    /// A shape with its batch dimension when the input has one and the question asks for the
    /// whole tensor; one example's when it asks for `C × H × W` or per image. Fails when the
    /// question asks for `(N, C, H, W)` and no batch size is stated.
    static func batched(_ shape: LayerShape, _ reading: PartReading, _ finding: inout Finding) -> Result<LayerShape, FrameworkCall.Unreadable> {
        let withBatch = #"\(\s*N\s*,\s*[CHW]\s*,\s*[CHW]\s*,\s*[CHW]\s*\)|\bN ?× ?[CHW] ?× ?[CHW] ?× ?[CHW]\b|\b(?:including|with|keep(?:ing)?) the batch (?:dimension|axis)\b"#
        let oneExample = #"\(\s*[CHW]\s*,\s*[CHW]\s*,\s*[CHW]\s*\)|\b[CHW] ?× ?[CHW] ?× ?[CHW]\b|"# + perExample + #"|\b(?:to|for|of|on) each (?:input )?(?:image|example|sample)\b|\bbatch (?:dimension|axis) (?:is )?(?:omitted|dropped|ignored|left out)\b|\b(?:omit|drop|ignore|without) the batch (?:dimension|axis)\b"#
        // ("From now on consider a single image", said in an earlier part, holds for this one.)
        for text in [reading.part, reading.standingInstructions, reading.context, reading.conventions] {
            let all = text.firstMatch(withBatch)
            // "C × H × W" inside "N × C × H × W" is not a request for one example's shape.
            let one = text.removing(withBatch).firstMatch(oneExample)
            if let all, one == nil {
                guard shape.batch != nil else { return .failure(.init(reason: "'\(all[0])' asked, and the batch size is not stated")) }
                finding.read("batch", "\(shape.batch!)", from: all[0])
                return .success(shape)
            }
            if let one, all == nil {
                if shape.batch != nil { finding.note("one example's shape: \(one[0])") }
                return .success(shape.example)
            }
        }
        return .success(shape)
    }

    /// "per image", "for a single example": a count or shape asked of one example of a batch.
    static let perExample = #"\bper (?:image|example|sample|input|vector)\b|\b(?:to|for|of|on|consider|take) (?:one|a single) (?:input )?(?:image|example|sample|vector)\b"#

    /// The stride the set's conventions or the problem's statement give every layer unless a
    /// part says otherwise ("Unless a part says otherwise: …, the stride is 1, …").
    static func conventionalStride(_ reading: PartReading) -> Int? {
        for text in [reading.problemStatement, reading.conventions] {
            for sentence in text.sentences where StatementText(sentence).firstMatch(#"\bunless\b|\bthroughout\b|\bby default\b"#) != nil {
                if let match = StatementText(sentence).firstMatch(#"\bthe stride is (\d+)\b|\bstride (?:of )?(\d+)\b"#) {
                    return Int(match[1]) ?? Int(match[2])
                }
            }
        }
        return nil
    }

    /// A one-axis output length from numbers or bound symbols.
    private static func length(_ reading: PartReading, _ asks: String, _ finding: inout Finding) -> Attempt {
        let kind = ConvolutionReader.kind(reading)
        let transposed = kind?.kind == .transposed
        if transposed { finding.note("transposed convolution") }
        let part = reading.part
        // "A transposed convolution has kernel w = [1, 2, −1], stride 2 … Its input is z = [3, −1, 2].
        // (a) What is the length of the output?": the lengths of the given vectors, when the part
        // states no sizes of its own.
        if kind != nil, !part.writesNumbers,
           let input = reading.array(.input), let kernel = reading.array(.kernel), input.binding.literal.isNumeric, kernel.binding.literal.isNumeric,
           input.binding.literal.grid == nil, kernel.binding.literal.grid == nil,
           let x = input.binding.literal.flat, let k = kernel.binding.literal.flat {
            if reading.context.firstMatch(#"\boutput[_ ]padding\s*(?:=|of)?\s*[1-9]"#) != nil { return .failed("\(asks): an output padding is stated") }
            guard let stride = ConvolutionReader.stride(reading, &finding) else { return .failed("\(asks): stride not stated or ambiguous") }
            guard let padding = ConvolutionReader.padding(reading, kernel: kernel.binding.literal, stride: stride, &finding) else {
                return .failed("\(asks): padding ambiguous")
            }
            finding.read("input", "\(x.count) entries", from: "\(input.binding.name) = \(ConvolutionReader.display(input.binding.literal.text))")
            finding.read("kernel", "\(k.count) entries", from: "\(kernel.binding.name) = \(ConvolutionReader.display(kernel.binding.literal.text))")
            return finding.finish(.outputLength(input: x.count, kernel: k.count, stride: stride, padding: padding, transposed: transposed))
        }
        func value(_ names: [String], _ patterns: [String], _ name: String) -> Int? {
            for pattern in patterns {
                if let match = part.firstMatch(pattern), let number = Int(match[1]) {
                    finding.read(name, "\(number)", from: match[0])
                    return number
                }
            }
            if let bound = reading.scalar(names), bound.value == bound.value.rounded(), bound.value >= 0 {
                finding.read(name, "\(Int(bound.value))", from: bound.phrase)
                if bound.fromContext { finding.assume(0.95, "\(name) from the context") }
                return Int(bound.value)
            }
            return nil
        }
        guard let input = value(["L_in", "L", "n", "H", "W", "N", "H_in", "W_in", "n_in"],
                                [#"\binput (?:of |with )?(?:length|size|width|height) (?:of\s+)?(\d+)\b"#, #"\binput length (?:is\s+)?(\d+)\b"#, #"\b(\d+)-(?:pixel|sample|element|long)\b"#], "input")
        else { return .failed("\(asks): input size not stated") }
        guard let kernel = value(["k", "K", "f", "F", "k_l"],
                                 [#"\b(?:kernel|filter) (?:size|length|width) (?:of\s+|is\s+)?(\d+)\b"#, #"\b(\d+)-tap\b"#, #"\bsize[- ](\d+) (?:kernel|filter)\b"#], "kernel")
        else { return .failed("\(asks): kernel size not stated") }
        let stride: Int
        let strides = ParameterPhrases.strides(in: part)
        if let first = strides.first {
            guard Set(strides.map(\.value)).count == 1 else { return .failed("\(asks): several strides stated") }
            stride = first.value
            finding.read("stride", "\(stride)", from: first.phrase)
        } else if let bound = value(["s", "S"], [], "stride") {
            stride = bound
        } else {
            return .failed("\(asks): stride not stated")
        }
        var padding = 0
        let paddings = ParameterPhrases.paddings(in: part)
        if let first = paddings.first {
            guard case .amount(let amount) = first.value, Set(paddings.map(\.value)).count == 1 else { return .failed("\(asks): padding ambiguous") }
            padding = amount
            finding.read("padding", "\(amount)", from: first.phrase)
        } else if let bound = value(["p", "P"], [], "padding") {
            padding = bound
        } else {
            finding.read("padding", "0")
            finding.assume(0.8, "padding not stated: none assumed")
        }
        return finding.finish(.outputLength(input: input, kernel: kernel, stride: stride, padding: padding, transposed: transposed))
    }

    // MARK: - Receptive field

    /// "The smallest number of stacked 3 × 3, stride-1, undilated convolutions whose output units
    /// have a receptive field of at least 15 × 15": each such layer widens the field by k − 1,
    /// so ⌈(R − 1)/(k − 1)⌉ layers. Only for a stack the part describes in full (one kernel size,
    /// stride 1 stated, no dilation, no pooling, nothing added to an existing stack).
    private static func layersForField(_ part: StatementText, asked: String) -> Attempt? {
        // (Nothing that changes the stack: a dilation in any words, blocks of several layers, layers
        // added to a stack already there, a stem of another size, down- or sub-sampling.)
        guard part.firstMatch(#"\b(?:additional|more|extra|appended|added|add|existing|further|already|still)\b|\bpool\w*|\bdilat\w*|\batrous\b|\bblocks?\b|\bresidual\b|\bstem\b|\b(?:down|sub)-?sampl\w*|\bstrided\b|\bfactor\b"#) == nil,
              part.firstMatch(#"\bstride[- ]?(?:of\s+)?1\b|\bstride[- ]one\b|\bunit stride\b"#) != nil,
              part.firstMatch(#"\bstride[- ]?(?:of\s+)?[2-9]"#) == nil else { return nil }
        let kernels = Set(part.matches(#"\b(\d+)\s*[×x]\s*(\d+)\b(?=[,\s]+(?:[\w-]+[,\s]+){0,4}?(?:convolutions?|convs?|layers?|kernels?|filters?))"#).compactMap { match -> Int? in
            guard let a = Int(match[1]), a == Int(match[2]) else { return -1 }
            return a
        })
        guard kernels.count == 1, let k = kernels.first, k >= 2,
              let target = part.firstMatch(#"\breceptive field\b[^.?]{0,30}?\b(?:of\s+)?at least\s+(\d+)(?:\s*[×x]\s*(\d+))?\b"#),
              let r = Int(target[1]), target[2].isEmpty || Int(target[2]) == r, r >= 2 else { return nil }
        var finding = Finding(.receptiveField)
        finding.note(asked)
        finding.read("kernel", "\(k) × \(k), stride 1")
        finding.read("receptive field", "at least \(r)", from: target[0])
        let layers = (r - 1 + k - 2) / (k - 1)
        return finding.finish(.fixedCount(layers, name: "layers_for_receptive_field", family: .receptiveField))
    }

    static func readReceptiveField(_ reading: PartReading) -> Attempt {
        // ("How many input time steps does one output of the last layer see?": its receptive field.
        // Not "how many input pixels", a count over two dimensions.)
        let field = #"\breceptive fields?\b|\bhow many (?:input )?(?:time ?steps|positions|samples)\b[^.?]*\b(?:sees?|depends? on)\b"#
        guard let asks = (reading.part.firstMatch(field) ?? reading.sameQuestionAs?.firstMatch(field))?[0] else {
            return .notApplicable
        }
        // "How many additional 3 × 3 convolutions must be appended so that the receptive field is at
        // least 40?": a number of layers, not a receptive field.
        if let count = reading.part.firstMatch(#"\bhow many (?:(?!pixels?\b|inputs?\b|receptive\b|units?\b|entries\b)[^.?]){0,50}?\b(?:layers?|convolutions?|convs?|blocks?)\b|\b(?:number|minimum number) of (?:additional |more |extra )?(?:layers?|convolutions?|convs?|blocks?)\b|\b(?:smallest|minimum|least|fewest|minimal)\s+(?:number|count)\s+of\b[^.?]{0,60}?\b(?:layers?|convolutions?|convs?|blocks?)\b"#) {
            if let layers = layersForField(reading.part, asked: count[0]) { return layers }
            return .failed("'\(count[0])': a number of layers is asked, not a receptive field")
        }
        var finding = Finding(.receptiveField)
        finding.note(asks)
        // "How many input pixels apart are the centres of the receptive fields of two adjacent
        // units?": the jump (the product of the strides), not the size.
        // "By how many input pixels do the receptive fields of two horizontally adjacent units
        // shift?", "the offset between neighbouring outputs' receptive fields", "differ in
        // position (the cumulative stride)": the same jump. (Not a hint to keep track of the
        // cumulative stride while the part asks the receptive field.)
        let adjacent = reading.part.firstMatch(#"\b(?:adjacent|neighbou?ring)\s+(?:output\s+)?(?:units?|outputs?|neurons?|pixels?|positions?|activations?|locations?)\b"#) != nil
        let jump = reading.part.firstMatch(#"\bpixels? apart\b|\bjump\b|\beffective stride\b|\b(?:what is|give|compute|find|report)\s+(?:the\s+)?(?:cumulative|total|overall) stride\b|\(\s*(?:i\.e\.,?\s*)?the (?:cumulative|total|overall) stride\s*\)|\bdistance between (?:the )?cent(?:re|er)s\b|\bcent(?:re|er)s of (?:the |their )?receptive fields\b"#) != nil
            || adjacent && reading.part.firstMatch(#"\b(?:shifts?|shifted|offsets?|spacing|spaced|apart|moves?|displaced|displacement|differ\w* in (?:their )?positions?)\b"#) != nil
        // Two adjacent units asked in any other way (their overlap, their union) is neither.
        if adjacent, !jump, reading.part.firstMatch(#"\b(?:two|pair of|both)\b[^.?]{0,60}\b(?:units?|outputs?|neurons?|pixels?|activations?)\b"#) != nil {
            return .failed("\(asks): two adjacent units are asked about, neither one receptive field nor the jump")
        }
        func call(_ stages: [ReceptiveField.Stage]) -> SolverCall { jump ? .receptiveFieldJump(stages) : .receptiveField(stages) }
        // "Same network, but layer 4 now uses dilation 2": the statement's numbered table with
        // that one setting changed.
        if let changed = changedTableLayer(reading, asks: asks, finding, call: call) { return changed }
        // "Same network as in (d), but layer 5 is replaced by …": a change to a stack read elsewhere.
        if let change = reading.part.firstMatch(#"\b(?:same (?:network|stack|model)|as in (?:part )?\([a-z]\))[^.?]*\b(?:replaced|instead|but)\b|\breplaced by\b"#) {
            return .failed("\(asks): '\(change[0])' changes a stack described elsewhere")
        }
        // "of a unit of the output of conv3" under modules the statement lists in order ("the
        // following layers, in order: conv1 nn.Conv2d(…) pool1 nn.MaxPool2d(2) conv2 …", or
        // `nn.Sequential`): every module up to the one named. (Modules bound in a class run in
        // the order its `forward` gives, which is not read.)
        if reading.usedModules.count == 1, reading.namedModules.count >= 2,
           let index = reading.namedModules.firstIndex(where: { $0.name == reading.usedModules[0] }) {
            guard NamedModules.orderStated(in: reading.problemStatement),
                  reading.problemStatement.firstMatch(#"\bdef forward\b|\bforward\s*\("#) == nil else {
                return .failed("\(asks): the order of the modules is not stated")
            }
            if let alone = reading.part.firstMatch(#"\b(?:its own|on its own|alone|by itself|in isolation)\b"#) {
                return .failed("\(asks): '\(alone[0])': of one module, not of the stack up to it")
            }
            // ("If conv3 used dilation 2, …": a change the part makes is not read into the stack.)
            if let change = reading.part.removing(#"(?:torch\.)?nn\.\w+\((?:[^()]|\([^()]*\))*\)"#).firstMatch(#"\bif\b|\bsuppose\b|\bwere\b|\binstead\b|\breplaced?\b|\bdilation\b|\bstride\b|\bpadding\b"#) {
                return .failed("\(asks): '\(change[0])' changes the modules")
            }
            var layers: [Layer] = []
            for module in reading.namedModules[...index] {
                guard let call = FrameworkCall.calls(in: module.call).first else { return .failed("\(asks): \(module.name) is not read") }
                // (An activation or normalization keeps the receptive field.)
                if ["ReLU", "LeakyReLU", "GELU", "SiLU", "ELU", "Sigmoid", "Tanh", "BatchNorm2d", "Dropout", "Dropout2d", "Identity"].contains(call.name) { continue }
                do { layers.append(try call.layer().layer) } catch { return .failed("\(asks): \(error.reason)") }
            }
            let stack = LayerStack(input: nil, inputLayout: nil, layers: layers, phrases: [])
            guard let stages = stack.stages else { return .failed("\(asks): a module up to \(reading.usedModules[0]) has no square receptive field") }
            finding.read("layers", "\(reading.namedModules[0].name)–\(reading.usedModules[0]) of the statement's modules")
            finding.read("kernels", stages.map { String($0.kernel) }.joined(separator: ", "))
            finding.read("strides", stages.map { String($0.stride) }.joined(separator: ", "))
            if stages.contains(where: { $0.dilation != 1 }) {
                finding.read("dilations", stages.map { String($0.dilation) }.joined(separator: ", "))
            }
            return finding.finish(call(stages))
        }
        // A numbered table of layers: up to the layer the part names.
        if let table = LayerTable(reading.part) ?? LayerTable(reading.problemStatement) {
            let mentions = reading.part.matches(#"\blayer (\d+)\b"#)
            // ("… of one unit of the second convolution": a row named by its place, which is not read;
            // the last layer's is the whole table's.)
            if let ordinal = reading.part.firstMatch(#"\b(?:first|second|third|fourth|fifth|sixth)\s+(?:conv\w*|layer|pool\w*)\b|\b(?:after|before) the (?:pool\w*|conv\w*)\b|\bconv\d\b|\bpool\d\b"#) {
                return .failed("\(asks): '\(ordinal[0])' names one row of a table whose rows are not numbered as the part names them")
            }
            guard mentions.isEmpty || table.named(in: reading.part) != nil else { return .failed("\(asks): the layer asked is not one row of the table") }
            let last = table.named(in: reading.part) ?? table.rows.count
            let rows = table.rows.prefix(last)
            for row in rows { finding.note(row.phrase) }
            finding.read("layers", "1–\(last) of the table")
            return finding.finish(call(rows.map { ReceptiveField.Stage(kernel: $0.kernel, stride: $0.stride, dilation: $0.dilation) }))
        }
        // A table of named layers under a header row: up to the one row the part names. A table
        // that an earlier part's text carries (set between two runs of parts) counts when the
        // part names one of its rows.
        let earlierTables = reading.segments.reversed().lazy.compactMap { NamedLayerTable(StatementText($0.text)) }.filter { $0.named(in: reading.part) != nil }
        if let table = NamedLayerTable(reading.part) ?? NamedLayerTable(reading.problemStatement) ?? earlierTables.first {
            guard let last = table.named(in: reading.part) else { return .failed("\(asks): the part names no single row of the table") }
            let rows = table.rows.prefix(last + 1)
            for row in rows { finding.note(row.phrase) }
            finding.read("layers", "\(table.rows[0].name)–\(table.rows[last].name) of the table")
            return finding.finish(call(rows.map(\.stage)))
        }
        // "of one unit of conv4": a layer the part names that no table holds is not in a stack
        // read from the text either.
        if let named = reading.part.firstMatch(#"\b(?:of|after|at) (?:one unit of |a unit (?:of|in) |the output of )?((?:conv|pool|fc|block|stage)\d+)\b"#) {
            return .failed("\(asks): \(named[1]) is named, and no table of named layers holds it")
        }
        var sources: [(StatementText, String?)] = [(reading.part, nil)]
        if let referenced = reading.referencedPart { sources.append((referenced.text, "stack of part (\(referenced.label))")) }
        // (An earlier part that applies a layer to given numbers, "Apply 2 × 2 average pooling
        // to B", computes with it; it describes no network.)
        for segment in reading.segments.reversed() where segment.label == nil
            || StatementText(segment.text).firstMatch(#"\bapply(?:ing)?\b[^.?]*\bto (?:the (?:matrix|map|input|array) )?[A-Z]\b"#) == nil {
            sources.append((StatementText(segment.text), "stack from the context"))
        }
        for (text, origin) in sources {
            // "The layer of (a) is followed by a 2 × 2 max-pooling layer …": a stack that starts
            // with another part's layer, which the stack read here would leave out.
            if let other = text.firstMatch(#"\b(?:layer|layers|output|network|stack|block) (?:of|from) (?:part )?\([a-z]\)"#) {
                return .failed("\(asks): the stack includes '\(other[0])', which is not read into it")
            }
            guard let result = LayerStackReader.read(text) else { continue }
            switch result {
            case .failure(let error): return .failed(error.message)
            case .success(let stack):
                guard var stages = stack.stages else { return .failed("\(asks): kernels or strides that are not square") }
                // "after the first three layers": that many from the start; any other layer the
                // part singles out ("after the second conv", "layer 4") is not read.
                // (Not a part that changes the stack, compares, states a value, or names more than one
                // layer; nor a count over a stack whose activations may count as layers.)
                let ordinalPattern = #"\b(first|second|third|fourth|fifth|sixth|last|final) (conv\w*|pool\w*|layer|stage)\b|\blayer (\d+)\b"#
                let singled = reading.part.matches(ordinalPattern).count + reading.part.matches(#"\bfirst \w+ (?:layers|stages)\b"#).count
                if singled > 1 || singled == 1
                    && reading.part.firstMatch(#"\bif\b|\bremov\w*|\bwithout\b|\binstead\b|\bgrow\w*|\brelative\b|\bmeasured\b|\bignor\w*|\bchang\w*|\bis \d+|\bfrom the\b"#) != nil {
                    return .failed("\(asks): the layers the part singles out are not read")
                }
                if let first = reading.part.firstMatch(#"\b(?:after|of|through|for) the first (\w+) (?:layers|stages)\b"#) {
                    if let activation = text.firstMatch(#"\bReLU\b|\bactivation\w*|\bbatch[- ]?norm\w*|\bdropout\b|\bGELU\b|\bsigmoid\b|\btanh\b"#) {
                        return .failed("\(asks): '\(activation[0])' may count among the first layers")
                    }
                    guard let count = NumberWords.value(first[1]), count >= 1, count <= stages.count else {
                        return .failed("\(asks): '\(first[0])' of a stack of \(stages.count) layers")
                    }
                    stages = Array(stages.prefix(count))
                    finding.read("layers", "the first \(count) of \(stack.layers.count)", from: first[0])
                } else if let named = reading.part.firstMatch(ordinalPattern) {
                    // "of the second layer", "after the second conv", "layer 3", "the last layer": the
                    // stack up to that layer.
                    let ordinals = ["first", "second", "third", "fourth", "fifth", "sixth"]
                    let kinds: [Int] = stack.layers.indices.filter { index in
                        switch named[2].lowercased().prefix(4) {
                        case "conv": if case .convolution = stack.layers[index] { return true } else { return false }
                        case "pool": if case .pooling = stack.layers[index] { return true } else { return false }
                        default: return true
                        }
                    }
                    let place: Int? = named[3].isEmpty
                        ? (["last", "final"].contains(named[1].lowercased()) ? kinds.count : ordinals.firstIndex(of: named[1].lowercased()).map { $0 + 1 })
                        : Int(named[3])
                    guard let place, place >= 1, place <= kinds.count, stages.count == stack.layers.count else {
                        return .failed("\(asks): '\(named[0])' is not one layer of the stack read")
                    }
                    stages = Array(stages.prefix(kinds[place - 1] + 1))
                    if stages.count < stack.layers.count { finding.read("layers", "up to \(named[0])", from: named[0]) }
                } else if let other = reading.part.firstMatch(#"\bfirst (?:\w+ )?layers\b"#) {
                    return .failed("\(asks): '\(other[0])' singles out layers of the stack, and is not read")
                }
                if let origin {
                    finding.note(origin)
                    if origin == "stack from the context" { finding.assume(0.9, "no part named") }
                }
                for phrase in stack.phrases { finding.note(phrase.replacingSuffix(" [filters not stated]")) }
                finding.read("kernels", stages.map { String($0.kernel) }.joined(separator: ", "))
                finding.read("strides", stages.map { String($0.stride) }.joined(separator: ", "))
                if stages.contains(where: { $0.dilation != 1 }) {
                    finding.read("dilations", stages.map { String($0.dilation) }.joined(separator: ", "))
                }
                return finding.finish(call(stages))
            }
        }
        return .failed("\(asks): no stack of layers with kernel sizes and strides")
    }

    /// The stages up to the layer the part asks about, of the statement's numbered table with
    /// the one setting the part changes ("Same network, but layer 4 now uses dilation 2", "…
    /// layer 3 has stride 1"); nil when the part changes no numbered layer's dilation or stride,
    /// and not read when it changes more than that or the table lacks the layer.
    private static func changedTableLayer(_ reading: PartReading, asks: String, _ finding: Finding,
                                          call: ([ReceptiveField.Stage]) -> SolverCall) -> Attempt? {
        var finding = finding
        guard reading.part.firstMatch(#"\bsame (?:network|stack|model|layers)\b"#) != nil else { return nil }
        // (Padding moves no receptive field: "conv3 now has a dilation of 2 (and padding 2)".)
        let unread = #"\breplaced\b|\bremoved\b|\badded\b|\binserted\b|\bkernel\b"#
        let changes = reading.part.matches(#"\blayer (\d+) (?:now |instead )?(?:uses|has|gets|is given|with) (?:a )?(dilation|stride) (?:of )?(\d+)\b"#)
        // "Same network, but conv3 now has a dilation of 2": a row of the statement's table of named layers.
        if changes.isEmpty, let table = NamedLayerTable(reading.problemStatement) {
            let named = reading.part.matches(#"\b([A-Za-z]+\d*) (?:now |instead )?(?:uses|has|gets|is given|with) (?:a )?(dilation|stride) (?:of )?(\d+)\b"#)
                .filter { change in table.rows.contains { $0.name == change[1] } }
            // (One change and nothing more: "… and conv1 a stride of 2", "… and 5×5 filters", "an extra
            // convolution conv4" change more than the row read.)
            let rest = StatementText(reading.part.text.replacing(named.first?[0] ?? "", with: ""))
            guard named.count == 1, reading.part.firstMatch(unread) == nil, let value = Int(named[0][3]), value >= 1,
                  rest.firstMatch(#"\b(?:dilation|stride|kernel|filters?|channels?|groups?)\b|\d+\s*[×x]\s*\d+|\b(?:extra|additional|another|append\w*|add\w*|insert\w*|remov\w*|replac\w*|new)\b"#) == nil,
                  let changed = table.rows.firstIndex(where: { $0.name == named[0][1] }) else { return nil }
            let last = table.named(in: StatementText(reading.part.text.replacingOccurrences(of: named[0][0], with: ""))) ?? table.rows.count - 1
            var stages = table.rows.map(\.stage)
            if named[0][2].lowercased() == "dilation" { stages[changed].dilation = value } else { stages[changed].stride = value }
            for row in table.rows.prefix(last + 1) { finding.note(row.phrase) }
            finding.read("layers", "\(table.rows[0].name)–\(table.rows[last].name) of the statement's table, \(named[0][1]) with \(named[0][2].lowercased()) \(value)", from: named[0][0])
            return finding.finish(call(Array(stages.prefix(last + 1))))
        }
        guard !changes.isEmpty else { return nil }
        guard changes.count == 1, reading.part.firstMatch(unread) == nil,
              let table = LayerTable(reading.problemStatement), let layer = Int(changes[0][1]), let value = Int(changes[0][3]), value >= 1,
              layer >= 1, layer <= table.rows.count else {
            return .failed("\(asks): '\(changes[0][0])' changes a stack in a way not read")
        }
        let last = table.named(in: StatementText(reading.part.text.replacingOccurrences(of: changes[0][0], with: ""))) ?? table.rows.count
        guard last >= 1, last <= table.rows.count else { return .failed("\(asks): the layer asked is not one row of the table") }
        var stages = table.rows.map { ReceptiveField.Stage(kernel: $0.kernel, stride: $0.stride, dilation: $0.dilation) }
        if changes[0][2].lowercased() == "dilation" { stages[layer - 1].dilation = value } else { stages[layer - 1].stride = value }
        for row in table.rows.prefix(last) { finding.note(row.phrase) }
        finding.read("layers", "1–\(last) of the statement's table, layer \(layer) with \(changes[0][2].lowercased()) \(value)", from: changes[0][0])
        return finding.finish(call(Array(stages.prefix(last))))
    }

    /// `conv 5×5/1 p2 → maxpool 2×2/2 → conv 3×3/1`.
    static func describe(_ layers: [Layer]) -> String {
        layers.map { layer in
            switch layer {
            case .convolution(let filters, let kernel, let stride, let padding, _, _):
                "conv \(filters)×\(kernel)/\(stride.rows) p\(padding.rows.before)"
            case .pooling(let kind, let window, let stride, _, _):
                "\(kind == .max ? "maxpool" : "avgpool") \(window)/\((stride ?? window).rows)"
            case .globalAveragePooling: "global average pooling"
            case .transposedConvolution(let filters, let kernel, let stride, _, _, _):
                "transposed conv \(filters)×\(kernel)/\(stride.rows)"
            }
        }.joined(separator: " → ")
    }
}

private extension String {
    func replacingSuffix(_ suffix: String) -> String {
        hasSuffix(suffix) ? String(dropLast(suffix.count)) : self
    }
}
