/// The output shape of Keras's `Conv2D(filters, kernel_size, strides=…, padding=…,
/// dilation_rate=…)` (also written `tf.keras.layers.Conv2D`, `layers.Conv2D`) on one
/// channels-last image.
///
/// `padding='same'` gives a side of ⌈H/s⌉ whatever the kernel (TensorFlow's rule, which pads
/// unevenly when it must); `'valid'`, the default, gives ⌊(H − d(k − 1) − 1)/s⌋ + 1. The input
/// is the call's `input_shape`, the part's own `H × W × C` (read channels-last only when the part
/// says so or its two sides are equal and its channels differ), or the problem's image when the
/// part applies the layer to "the same image". `data_format='channels_first'`, groups, an
/// argument that is not a size, or a keyword that may change the shape leave the part unanswered.
enum KerasShapeReader {
    static func read(_ reading: PartReading) -> Attempt {
        guard reading.part.text.firstMatch(of: #/Conv2D\s*\(/#) != nil, let asks = ShapeReader.asksForShape(reading.part) else { return .notApplicable }
        guard let call = FrameworkCall.kerasConvolutions(in: reading.part.text).first else { return .failed("Conv2D: its arguments are not closed") }
        // ("Conv2D(…) followed by MaxPooling2D(2)": a stack is another reader's.)
        if FrameworkCall.kerasConvolutions(in: reading.part.text).count > 1
            || reading.part.firstMatch(#"\b(?:MaxPooling|AveragePooling|GlobalAveragePooling|GlobalMaxPooling)\dD\b|\bDense\(|\bFlatten\(|\bfollowed by\b|\bthen\b"#) != nil {
            return .failed("Conv2D: one of several layers")
        }
        var finding = Finding(.outputShape)
        finding.note(asks)
        let (positional, keywords) = (call.positional, call.keywords)
        let harmless: Set<String> = ["filters", "kernel_size", "strides", "padding", "dilation_rate", "input_shape", "data_format", "activation",
                                     "use_bias", "name", "kernel_initializer", "bias_initializer", "kernel_regularizer", "bias_regularizer"]
        if let unknown = keywords.keys.first(where: { !harmless.contains($0) }) { return .failed("Conv2D: '\(unknown)' is not read") }
        if let format = keywords["data_format"], !format.lowercased().contains("channels_last") { return .failed("Conv2D: data_format \(format)") }
        guard positional.count <= 2, let filters = Int(keywords["filters"] ?? positional.first ?? ""),
              let kernel = size(keywords["kernel_size"] ?? (positional.count > 1 ? positional[1] : nil)) else {
            return .failed("Conv2D: filters or kernel_size not read")
        }
        let stride: (Int, Int)?, dilation: (Int, Int)?
        if let written = keywords["strides"] { stride = size(written) } else { stride = (1, 1) }
        if let written = keywords["dilation_rate"] { dilation = size(written) } else { dilation = (1, 1) }
        guard let stride, let dilation else {
            return .failed("Conv2D: strides or dilation_rate is not a size")
        }
        let padding = keywords["padding"]?.trimmingCharacters(in: ["'", "\"", " "]).lowercased() ?? "valid"
        guard padding == "same" || padding == "valid" else { return .failed("Conv2D: padding \(padding)") }
        // TensorFlow refuses a dilation with a stride.
        if dilation != (1, 1), stride != (1, 1) { return .failed("Conv2D: a dilation with a stride") }
        finding.read("layer", "Conv2D(\(filters), \(kernel.0)×\(kernel.1), strides \(stride.0)×\(stride.1), padding '\(padding)'\(dilation == (1, 1) ? "" : ", dilation \(dilation.0)×\(dilation.1)"))")

        guard let (height, width, channels, phrase) = input(keywords["input_shape"], reading) else {
            return .failed("Conv2D: the channels-last input is not stated")
        }
        finding.read("input", "\(height)×\(width)×\(channels)", from: phrase)
        func side(_ n: Int, _ k: Int, _ s: Int, _ d: Int) -> Int? {
            if padding == "same" { return (n + s - 1) / s }
            let span = d * (k - 1) + 1
            return n >= span ? (n - span) / s + 1 : nil
        }
        guard let h = side(height, kernel.0, stride.0, dilation.0), let w = side(width, kernel.1, stride.1, dilation.1) else {
            return .failed("Conv2D: the kernel is larger than the input")
        }
        // The layout the question asks, Keras's own when it names none.
        let first = reading.part.firstMatch(#"\bC ?× ?H ?× ?W\b|\(C, H, W\)"#), last = reading.part.firstMatch(#"\bH ?× ?W ?× ?C\b|\(H, W, C\)"#)
        let layout: LayerShape.Layout
        switch (first, last) {
        case (let f?, nil): layout = .chw; finding.read("layout", "CHW", from: f[0])
        case (nil, let l?): layout = .hwc; finding.read("layout", "HWC", from: l[0])
        case (nil, nil): layout = .hwc; finding.assume(0.9, "layout not stated: Keras's H × W × C")
        default: return .failed("Conv2D: the part names two layouts")
        }
        if reading.part.firstMatch(#"\b(?:including|with|keep(?:ing)?) the batch (?:dimension|axis)\b|\(N, [CHW]|\bN ?× ?[CHW]"#) != nil {
            return .failed("Conv2D: the batch dimension is asked")
        }
        return finding.finish(.fixedShape(LayerShape(height: h, width: w, channels: filters), layout: layout))
    }

    /// `3` or `(3, 5)`.
    private static func size(_ written: String?) -> (Int, Int)? {
        guard let written else { return nil }
        let values = written.trimmingCharacters(in: ["(", ")", "[", "]", " "]).split(separator: ",").map { Int(String($0).trimmingSpaces) }
        guard !values.isEmpty, values.allSatisfy({ ($0 ?? 0) > 0 }) else { return nil }
        switch values.count {
        case 1: return (values[0]!, values[0]!)
        case 2: return (values[0]!, values[1]!)
        default: return nil
        }
    }

    /// The image the layer is applied to: `input_shape=(H, W, C)`, the part's own channels-last
    /// size, or the problem's image when the part says "the same image".
    private static func input(_ inputShape: String?, _ reading: PartReading) -> (Int, Int, Int, String)? {
        if let inputShape {
            let values = inputShape.trimmingCharacters(in: ["(", ")", "[", "]", " "]).split(separator: ",").compactMap { Int(String($0).trimmingSpaces) }
            return values.count == 3 ? (values[0], values[1], values[2], "input_shape=\(inputShape)") : nil
        }
        let part = reading.part
        let triples = part.matches(#"\((\d+),\s*(\d+),\s*(\d+)\)|\b(\d+)\s*[×x]\s*(\d+)\s*[×x]\s*(\d+)\b"#).compactMap { match -> (Int, Int, Int, String)? in
            let numbers = (match[1].isEmpty ? [match[4], match[5], match[6]] : [match[1], match[2], match[3]]).compactMap(Int.init)
            return numbers.count == 3 ? (numbers[0], numbers[1], numbers[2], match[0]) : nil
        }
        if let triple = triples.first {
            guard triples.count == 1 || triples.allSatisfy({ $0.0 == triple.0 && $0.1 == triple.1 && $0.2 == triple.2 }) else { return nil }
            let saysLast = part.firstMatch(#"\bchannels[- ]last\b"#) != nil
            guard saysLast || (triple.0 == triple.1 && triple.2 != triple.0) else { return nil }
            return triple
        }
        // ("RGB images of size 65 × 65": three channels; grayscale, one.)
        if let image = part.firstMatch(#"\b(RGB|colou?r|gr[ae]yscale)\s+(?:input\s+)?images?\s+(?:of\s+size\s+|of\s+|at\s+|sized\s+)?(\d+)\s*[×x]\s*(\d+)\b(?!\s*[×x])"#),
           let height = Int(image[2]), let width = Int(image[3]) {
            return (height, width, image[1].lowercased().hasPrefix("gr") ? 1 : 3, image[0])
        }
        // ("… is applied to the input image": the statement's images.)
        guard part.firstMatch(#"\b(?:the )?same (?:input )?image\b|\bthe input (?:image|images|batch|tensor)\b"#) != nil,
              let (shape, _, phrase) = LayerStackReader.inputShape(reading.problemStatement) else { return nil }
        return (shape.height, shape.width, shape.channels, phrase)
    }
}
