import Foundation

/// Reads a described stack of layers: "An image of shape 32 × 32 × 3 passes through a
/// convolution with sixteen 5 × 5 filters, stride 1 and padding 2; then 2 × 2 max pooling
/// with stride 2; …".
enum LayerStackReader {
    /// The stack, nil when the text describes no layer, or a failure naming what is missing.
    /// `defaultStride`: the stride the set's conventions give a layer that states none
    /// ("Unless a part says otherwise: … the stride is 1").
    static func read(_ text: StatementText, defaultStride: Int? = nil) -> Result<LayerStack, StackError>? {
        var body = text.text
        var stack = LayerStack(input: nil, inputLayout: nil, layers: [], phrases: [])
        if let (shape, layout, phrase) = inputShape(text) {
            stack.input = shape
            stack.inputLayout = layout
            stack.phrases.append(phrase)
            if let range = body.range(of: phrase) { body.replaceSubrange(range, with: "input") }
        }
        var clauses: [String] = []
        for sentence in StatementText(body).sentences {
            var pieces = [sentence]
            // ("Conv 3×3 (stride 1) → MaxPool 2×2 (stride 2) → Conv 3×3": a stack written with arrows.)
            for separator in [";", " then ", ", followed by ", " followed by ", " and then ", " → ", " -> "] {
                pieces = pieces.flatMap { $0.components(separatedBy: separator) }
            }
            // "… the following layers, in order: conv 3 × 3 (stride 1), conv 3 × 3 (stride 1),
            // max-pool 2 × 2 (stride 2), …": a list whose every item opens with a layer word.
            // (Only after words that announce the list: "Design B is conv 3 × 3, conv 3 × 3, …" beside
            // "Design A is …" is not one stack.)
            pieces = pieces.flatMap { piece in
                piece.range(of: #"(?i):|\bfollowing layers\b|\bin order\b|\bconsists? of\b"#, options: .regularExpression) == nil
                    ? [piece] : piece.split(separator: Self.listComma).map(String.init)
            }
            clauses += pieces
        }
        for clause in clauses {
            switch layer(StatementText(clause), defaultStride: defaultStride) {
            case nil: continue
            case .success(let (layers, phrase)):
                // "Conv Conv MaxPool Conv 3 × 3, stride 1 …" (a table a paste scattered), "a conv
                // layer and a max-pool layer": a clause naming more layers than it yields.
                let named = StatementText(clause).matches(layerWord).count
                if named > layers.count {
                    return .failure(StackError(message: "\(named) layers named in one clause, \(layers.count) read: '\(phrase.prefix(80))'"))
                }
                stack.layers += layers
                stack.phrases.append(phrase)
            case .failure(let error):
                return .failure(error)
            }
        }
        // "Three convolutions are stacked: …": the count the text announces is the count read.
        let sizes = StatementText(text.text.replacing(#/\d+\s*[×x]\s*\d+/#, with: "SIZE"))
        if !stack.layers.isEmpty, let match = sizes.firstMatch("\\b(\(count))\\s+(?:stacked\\s+|consecutive\\s+|identical\\s+)?(?:(?:1-?D|2-?D|one-dimensional|dilated)\\s+)?(convolutional layers|conv layers|conv[123]d layers|convolution layers|convolutions|layers)\\b"),
           let announced = NumberWords.value(match[1]), announced > 1 {
            let read = match[2].lowercased() == "layers" ? stack.layers.count : stack.layers.filter { if case .convolution = $0 { true } else { false } }.count
            if read != announced { return .failure(StackError(message: "'\(match[0])' announced, \(read) read")) }
        }
        return stack.layers.isEmpty ? nil : .success(stack)
    }

    /// A comma, or ", and", before an item that opens with a layer word and its size: "…,
    /// max-pool 2 × 2 (stride 2)".
    nonisolated(unsafe) private static let listComma = #/,\s+(?:and\s+)?(?=(?:an?\s+|the\s+)?(?i:conv(?:olution)?|max[- ]?pool(?:ing)?|avg[- ]?pool(?:ing)?|average[- ]?pool(?:ing)?)\s+\$?\d+\s*(?:[×x]|\\times)\s*\d+)/#

    /// A word that names one layer (adjectives such as "convolutional" do not).
    private static let layerWord = #"(?i)\b(?:conv|conv[123]d|convolution|convolutions|maxpool|avgpool|(?:max|maximum|average|avg|mean)[- ]pool(?:ing)?|pool|pooling)\b"#

    /// Why a described stack cannot be used.
    struct StackError: Error, Sendable, Hashable {
        var message: String
    }

    private static let square = ParameterPhrases.squarePattern
    private static let count = NumberWords.pattern

    /// One clause's layers (several for "three stacked 3 × 3 convolutions"), nil when the
    /// clause describes none.
    private static func layer(_ written: StatementText, defaultStride: Int? = nil) -> Result<([Layer], String), StackError>? {
        let clause = written.sizesInDigits
        let phrase = clause.text.trimmingSpaces.trimming(",. ")
        // A framework call ("nn.Conv2d(3, 64, kernel_size=7, stride=2, padding=3)") is its layer.
        let calls = FrameworkCall.calls(in: clause.text).filter { ["Conv2d", "MaxPool2d", "AvgPool2d", "ConvTranspose2d"].contains($0.name) }
        if calls.count > 1 { return .failure(StackError(message: "\(calls.count) layer calls in one clause: '\(phrase.prefix(80))'")) }
        if let call = calls.first {
            do { return .success(([try call.layer().layer], call.text)) } catch { return .failure(StackError(message: error.reason)) }
        }
        let size = clause.firstMatch(square).flatMap { match -> Size2D? in
            guard let rows = Int(match[1]), let columns = Int(match[2]) else { return nil }
            return Size2D(rows: rows, columns: columns)
        } ?? clause.firstMatch(#"\b(?:kernel|filter|window|pool) (?:size|width) (?:of\s+|=\s*)?(\d+)\b"#).flatMap { Int($0[1]).map { Size2D($0) } }
        // "four 3 × 3 convolutions with strides 1, 2, 1 and 2": a stride for each layer, in order.
        let strideList = clause.firstMatch(#"\bstrides\s+(?:of\s+)?(\d+(?:\s*,\s*\d+)*(?:,?\s+and\s+\d+))\b"#).map { match in
            match[1].split(whereSeparator: { !$0.isNumber }).compactMap { Int($0) }
        }
        let strides = strideList == nil ? ParameterPhrases.strides(in: clause) : []
        // A stride the clause names and no phrase reads is never taken for the default.
        // ("where k_l and s_l are the kernel size and stride of layer l" states no value.)
        if strides.isEmpty, strideList == nil, let named = clause.firstMatch(#"\bstrides?\s+(?:of|=|is|equal to)\s*(?!(?:layer|each|every|the|all|a|an|its)\b)\S+"#) {
            return .failure(StackError(message: "'\(named[0])' in '\(phrase)' is not read"))
        }
        guard Set(strides.map(\.value)).count <= 1 else { return .failure(StackError(message: "several strides in '\(phrase)'")) }
        let stride = strides.first.map { Size2D($0.value) }
        let paddings = ParameterPhrases.paddings(in: clause)
        guard Set(paddings.map(\.value)).count <= 1 else { return .failure(StackError(message: "several paddings in '\(phrase)'")) }

        if let pool = clause.firstMatch(#"\b(max|maximum|average|avg|mean)[- ]?pool\w*"#) {
            guard let window = size else { return .failure(StackError(message: "no window size in '\(phrase)'")) }
            let kind: Pooling.Kind = pool[1].lowercased().hasPrefix("max") ? .max : .average
            var padding = 0
            if case .amount(let amount)? = paddings.first?.value { padding = amount }
            return .success(([.pooling(kind, window: window, stride: stride, padding: Padding2D(padding))], phrase))
        }
        // "A layer with 8 output channels and a 7 × 7 kernel", "a 3 × 3 kernel … (still 16 output
        // channels)", "the first layer has 64 filters of size 7 × 7": a kernel with output channels
        // is a convolution too; so are "sixteen filters with a seven-by-seven kernel".
        let counted = "\\b(?:\(count))\\s+filters\\b[^.;]*\\bkernels?\\b|\\bkernels?\\b[^.;]*\\b(?:\(count))\\s+filters\\b|"
        let convolution = counted + #"\bconv\w*|\blayer (?:with|has|having|uses|using)\b[^.;]*\b(?:kernels?|filters?)\b|\bkernels?\b[^.;]*\boutput channels\b|\boutput channels\b[^.;]*\bkernels?\b"#
        guard clause.firstMatch(convolution) != nil, let kernel = size else { return nil }
        // "padding='same'" is a framework's argument, and both PyTorch and Keras default the stride to 1.
        let frameworkSame = clause.firstMatch(#"\bpadding\s*=\s*['"]same['"]"#) != nil ? Size2D(1) : nil
        guard let stride = stride ?? strideList.map({ Size2D($0.first ?? 1) }) ?? defaultStride.map({ Size2D($0) }) ?? frameworkSame else { return .failure(StackError(message: "no stride in '\(phrase)'")) }
        var padding = 0
        switch paddings.first?.value {
        case .amount(let amount)?: padding = amount
        case .same?:
            guard kernel.rows % 2 == 1, kernel.rows == kernel.columns else { return .failure(StackError(message: "same padding for an even kernel in '\(phrase)'")) }
            padding = (kernel.rows - 1) / 2
        case nil: break
        }
        // Sizes become one token, so "3 × 3 filters" is not read as three filters.
        let sized = StatementText(clause.text.replacing(#/\d+\s*[×x]\s*\d+/#, with: "SIZE"))
        var filters = 0
        if let match = sized.firstMatch("\\b(\(count))\\s+(?:SIZE\\s+)?(?:filters|kernels|output channels|feature maps)\\b") {
            filters = NumberWords.value(match[1]) ?? 0
        } else if let match = sized.firstMatch("\\b(?:to|into|producing|with|outputs?)\\s+(\(count))\\s+(?:output\\s+)?channels\\b") {
            filters = NumberWords.value(match[1]) ?? 0
        }
        var dilation = 1
        if let match = clause.firstMatch("\\bdilation(?: rate)?(?: of|\\s*=)?\\s*(\(NumberWords.pattern))\\b"), let value = NumberWords.value(match[1]) { dilation = value }
        // "with dilations 1, 2 and 4", "dilation 1, 2 and 4 respectively": one for each layer, in order.
        let dilationList = clause.firstMatch(#"\bdilations?(?: rates?)?\s+(?:of\s+)?(\d+(?:\s*,\s*\d+)*,?\s+and\s+\d+)\b"#).map { match in
            match[1].split(whereSeparator: { !$0.isNumber }).compactMap { Int($0) }
        }
        if dilationList == nil, let named = clause.firstMatch(#"\bdilations\b"#) {
            return .failure(StackError(message: "'\(named[0])' in '\(phrase)' is not read"))
        }
        var repeats = 1
        if let match = sized.firstMatch("\\b(\(count))\\s+(?:stacked\\s+|consecutive\\s+|successive\\s+|identical\\s+)?SIZE\\s+conv"),
           let value = NumberWords.value(match[1]), value > 1 {
            repeats = value
        } else if let match = sized.firstMatch("\\b(\(count))\\s+(?:stacked\\s+|consecutive\\s+|successive\\s+|identical\\s+)?(?:(?:1-?D|2-?D|one-dimensional|dilated)\\s+)?(?:convolutional\\s+|conv\\s+|conv[123]d\\s+|convolution\\s+)?(?:layers|convolutions)\\b[^.;]*\\b(?:each|respectively)\\b"),
                  let value = NumberWords.value(match[1]), value > 1 {
            // "three convolutional layers, each with a 3 × 3 kernel".
            repeats = value
        }
        var layers = Array(repeating: Layer.convolution(filters: max(filters, 1), kernel: kernel, stride: stride, padding: Padding2D(padding), dilation: Size2D(dilation)), count: repeats)
        if let strideList {
            guard strideList.count == repeats else {
                return .failure(StackError(message: "\(strideList.count) strides for \(repeats) layers in '\(phrase)'"))
            }
            layers = strideList.map { Layer.convolution(filters: max(filters, 1), kernel: kernel, stride: Size2D($0), padding: Padding2D(padding), dilation: Size2D(dilation)) }
        }
        if let dilationList {
            guard dilationList.count == layers.count, dilationList.allSatisfy({ $0 >= 1 }) else {
                return .failure(StackError(message: "\(dilationList.count) dilations for \(layers.count) layers in '\(phrase)'"))
            }
            let strides = strideList ?? Array(repeating: stride.rows, count: layers.count)
            layers = zip(strides, dilationList).map { Layer.convolution(filters: max(filters, 1), kernel: kernel, stride: Size2D($0), padding: Padding2D(padding), dilation: Size2D($1)) }
        }
        if filters == 0 {
            // Only the receptive field can do without the number of filters.
            return .success((layers, phrase + " [filters not stated]"))
        }
        return .success((layers, phrase))
    }

    /// The input's shape: `32 × 32 × 3`, `3 × 224 × 224 (channels first)`, a `28 × 28`
    /// grayscale image.
    /// A dataset's name, and the space after it, that may stand between an input's shape and
    /// its noun: "3 × 32 × 32 CIFAR-10 images", "28 × 28 MNIST digits". Optional.
    static let datasetName = #"(?:(?:fashion-)?mnist\s+|cifar-?\d+\s+|(?:tiny[- ])?imagenet\s+|svhn\s+|stl-?10\s+|celeba\s+)?"#

    static func inputShape(_ text: StatementText) -> (LayerShape, LayerShape.Layout, String)? {
        // ("Each input tile has 13 spectral bands and 256 × 256 pixels": its channels in the same phrase.)
        let pattern = #"\b(?:images?|inputs?|tensors?|feature maps?|volumes?|activations?)\b(?:[^.;:]{0,30}?|\s+\w+\s+(?:has|have|with)\s+\d+\s+(?:spectral\s+)?(?:bands|channels)\s+and\s+)(\d+)\s*[×x]\s*(\d+)(?:\s*[×x]\s*(\d+))?(\s*\((?:channels[- ](?:first|last)|[CHW], [CHW], [CHW]|[CHW] ?[×x] ?[CHW] ?[×x] ?[CHW])\))?"#
        // ("3 × 32 × 32 CIFAR-10 images": a dataset's name between the shape and its noun.)
        let before = #"(\d+)\s*[×x]\s*(\d+)(?:\s*[×x]\s*(\d+))?(\s*\((?:channels[- ](?:first|last)|[CHW], [CHW], [CHW])\))?\s+(?:(?:rgb|colou?r|gr[ae]yscale|single-channel|monochrome)\s+)?"# + datasetName + #"(?:input|image|feature map|tensor|digit|crop|patch|patche|frame)s?\b"#
        // "fed images of shape (225, 225, 3)": a tuple after "shape".
        let tuple = #"\b(?:images?|inputs?|tensors?|feature maps?)\b[^.;:]{0,30}?\bshape\s+\((\d+),\s*(\d+)(?:,\s*(\d+))?\)()"#
        // ("Its input is a log-mel spectrogram with 1 channel, 40 mel bins and 101 frames, i.e. of
        // shape 1 × 40 × 101": the input described in words first, then its shape.)
        // (Not "… go through the stem, whose output has 64 channels, i.e. of shape 64 × 56 × 56": the
        // shape of an output.)
        let described = #"\b(?:images?|inputs?|tensors?)\b(?:(?!\boutputs?\b|\bthrough\b)[^.;:?]|\b(?:i\.e|e\.g)\.){0,100}?\b(?:i\.e\.|that is|namely),?\s+(?:of\s+|with\s+)?(?:shape|size)\s+(\d+)\s*[×x]\s*(\d+)\s*[×x]\s*(\d+)()"#
        if let batched = batchedTuple(text) { return batched }
        // (Not a size right after a layer's word: "images is conv 3x3 (stride 1) -> …" gives a kernel.)
        let own = text.matches(pattern).first { match in
            match[0].range(of: #"(?i)\b(?:conv|max-?pool|avg-?pool|pool|kernel|filter)\w*\s*\$?\d+\s*[×x]"#, options: .regularExpression) == nil
        }
        guard let match = own ?? text.firstMatch(before) ?? text.firstMatch(tuple) ?? text.firstMatch(described), let a = Int(match[1]), let b = Int(match[2]) else { return nil }
        guard let (shape, layout) = shape(match, a, b, in: text) else { return nil }
        // "a mini-batch of 8 RGB images of size 64 × 64, i.e. a tensor of shape (8, 3, 64, 64)".
        guard let batch = batch(near: match[0], in: text, of: shape) else { return (shape, layout, match[0]) }
        guard let size = batch.size else { return nil }
        var batched = shape
        batched.batch = size
        return (batched, layout, match[0] + " (" + batch.phrase + ")")
    }

    /// A four-dimensional shape after "shape": `(8, 3, 64, 64)` with its batch first, channels
    /// first or last (the channels the dimension of at most four whose other two are equal).
    private static func batchedTuple(_ text: StatementText) -> (LayerShape, LayerShape.Layout, String)? {
        let pattern = #"\b(?:images?|inputs?|tensors?|feature maps?|batch(?:es)?)\b[^.;:]{0,40}?\bshape\s+\((\d+),\s*(\d+),\s*(\d+),\s*(\d+)\)"#
        guard let match = text.firstMatch(pattern) else { return nil }
        let d = (1...4).compactMap { Int(match[$0]) }
        guard d.count == 4 else { return nil }
        if d[1] <= 4, d[2] == d[3], d[3] > 4 || text.has("(n, c, h, w)", "channels first", "channels-first") {
            return (LayerShape(height: d[2], width: d[3], channels: d[1], batch: d[0]), .chw, match[0])
        }
        if d[3] <= 4, d[1] == d[2], d[1] > 4 || text.has("(n, h, w, c)", "channels last", "channels-last") {
            return (LayerShape(height: d[1], width: d[2], channels: d[3], batch: d[0]), .hwc, match[0])
        }
        return nil
    }

    /// "a mini-batch of 8", "batch size 32"; group 1 is the size.
    static let batchSize = #"\b(?:mini-?)?batch(?:es)? (?:of|size(?: of| is|\s*=)?)\s*(\d+)\b"#

    /// The batch a statement gives with its input shape: "a mini-batch of 8", "batch size 32",
    /// or a four-dimensional tuple whose last three are the shape's. `size` nil when two
    /// disagree.
    private static func batch(near phrase: String, in text: StatementText, of shape: LayerShape) -> (size: Int?, phrase: String)? {
        // The shape's sentence and its neighbours ("…, i.e. a tensor of shape (8, 3, 64, 64)").
        let sentences = text.sentences
        guard let index = sentences.firstIndex(where: { $0.contains(phrase) }) else { return nil }
        let near = StatementText(sentences[max(0, index - 1)...min(sentences.count - 1, index + 1)].joined(separator: " "))
        var found: [(Int, String)] = []
        for match in near.matches(batchSize + #"|\b(\d+) (?:\w+ )?(?:images|examples|inputs|samples) (?:per|in (?:a|each|one)) (?:mini-?)?batch\b"#) {
            if let size = Int(match[1]) ?? Int(match[2]) { found.append((size, match[0])) }
        }
        for match in near.matches(#"\((\d+),\s*(\d+),\s*(\d+),\s*(\d+)\)"#) {
            let d = (1...4).compactMap { Int(match[$0]) }
            if d.count == 4, Array(d.dropFirst()) == shape.dimensions(.chw) || Array(d.dropFirst()) == shape.dimensions(.hwc) {
                found.append((d[0], match[0]))
            }
        }
        guard let first = found.first else { return nil }
        return (found.allSatisfy { $0.0 == first.0 } ? first.0 : nil, first.1)
    }

    /// The shape a matched phrase gives, two dimensions with channels from the words, or three
    /// in the layout the text or the sizes say.
    private static func shape(_ match: [String], _ a: Int, _ b: Int, in text: StatementText) -> (LayerShape, LayerShape.Layout)? {
        let note = match[4].lowercased()
        guard let c = Int(match[3]) else {
            // Two dimensions: the channels from the words (the input's own phrase first).
            let channels: Int
            if let stated = match[0].firstMatch(of: #/(\d+)\s+(?:spectral\s+)?(?:bands|channels)\b/#).flatMap({ Int($0.1) }) { channels = stated }
            else if text.has("grayscale", "greyscale", "single-channel", "single channel", "one channel", "monochrome") { channels = 1 }
            else if text.has("rgb", "color image", "colour image", "three channels", "3 channels") { channels = 3 }
            else { return nil }
            return (LayerShape(height: a, width: b, channels: channels), .hwc)
        }
        // ("with 1 channel, 40 mel bins and 101 frames, i.e. of shape 1 × 40 × 101": the channels
        // the phrase states, first or last.)
        let channels = match[0].firstMatch(of: #/\b(\d+)\s+channels?\b/#).flatMap { Int($0.1) }
        let layout: LayerShape.Layout
        if note.contains("first") || note.hasPrefix(" (c") { layout = .chw }
        else if let channels, channels == a, channels != c { layout = .chw }
        else if let channels, channels == c, channels != a { layout = .hwc }
        else if note.contains("last") || note.contains("h") { layout = .hwc }
        else if text.has("channels first", "channels-first", "c × h × w", "(c, h, w)", "(n, c, h, w)") { layout = .chw }
        else if c <= 4, a == b { layout = .hwc }
        else if a <= 4, b == c { layout = .chw }
        else if a == b { layout = .hwc }
        else if b == c { layout = .chw }
        else { return nil }
        let shape = layout == .hwc ? LayerShape(height: a, width: b, channels: c) : LayerShape(height: b, width: c, channels: a)
        return (shape, layout)
    }
}
