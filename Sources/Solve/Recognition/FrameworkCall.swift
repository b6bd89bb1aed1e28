/// A framework call as a statement writes it: `nn.Conv2d(3, 16, kernel_size=3, padding=1)`,
/// `torch.nn.LSTM(128, 256, num_layers=2)`. Arguments stay as written; ``module()`` binds
/// them to PyTorch's signature.
struct FrameworkCall: Sendable, Hashable {
    /// The class name: `Conv2d`.
    var name: String
    var positional: [String]
    var keywords: [String: String]
    /// The call as written.
    var text: String

    /// Every `nn.X(…)` call in a text, arguments split at top-level commas (tuples stay whole).
    static func calls(in text: String) -> [FrameworkCall] {
        text.matches(of: #/(?:torch\.)?nn\.([A-Z][A-Za-z0-9]*)\(/#).compactMap { match in
            call(String(match.1), in: text, from: match.range.lowerBound, arguments: match.range.upperBound)
        }
    }

    /// Every Keras `Conv2D(…)` call (`tf.keras.layers.Conv2D`, `layers.Conv2D`), named `Conv2D`.
    static func kerasConvolutions(in text: String) -> [FrameworkCall] {
        text.matches(of: #/(?:(?:tf\.)?keras\.layers\.|layers\.)?Conv2D\s*\(/#).compactMap { match in
            call("Conv2D", in: text, from: match.range.lowerBound, arguments: match.range.upperBound)
        }
    }

    /// The call whose text starts at `start` and whose arguments start at `arguments`; nil when
    /// its parenthesis is not closed.
    private static func call(_ name: String, in text: String, from start: String.Index, arguments first: String.Index) -> FrameworkCall? {
        var depth = 1
        var index = first
        var arguments: [String] = []
        var current = ""
        while index < text.endIndex, depth > 0 {
            let character = text[index]
            switch character {
            case "(", "[": depth += 1
            case ")", "]": depth -= 1
            default: break
            }
            if depth == 0 { break }
            if character == ",", depth == 1 {
                arguments.append(current)
                current = ""
            } else {
                current.append(character)
            }
            index = text.index(after: index)
        }
        guard depth == 0 else { return nil }
        arguments.append(current)
        var call = FrameworkCall(name: name, positional: [], keywords: [:], text: String(text[start...index]))
        for argument in arguments.map({ $0.trimmingSpaces }) where !argument.isEmpty {
            // "num layers=2": a PDF's text layer can lose the underscore of `num_layers`.
            if let equals = argument.firstIndex(of: "="), argument[..<equals].allSatisfy({ $0.isLetter || $0 == "_" || $0 == " " }) {
                let name = String(argument[..<equals]).trimmingSpaces.replacingOccurrences(of: " ", with: "_")
                call.keywords[name] = String(argument[argument.index(after: equals)...]).trimmingSpaces
            } else {
                call.positional.append(argument)
            }
        }
        return call
    }

    /// Why a call cannot be counted.
    struct Unreadable: Error, Sendable {
        var reason: String
    }

    /// A class's arguments in PyTorch's positional order, how many are required, and the
    /// keywords that change neither its parameters nor its output shape.
    private struct Signature {
        var arguments: [String]
        var required: Int
        var ignoring: Set<String> = ["device", "dtype"]
    }

    private static let signatures: [String: Signature] = {
        let convolution = Signature(arguments: ["in_channels", "out_channels", "kernel_size", "stride", "padding", "dilation", "groups", "bias"],
                                    required: 3, ignoring: ["padding_mode", "device", "dtype"])
        let transposed = Signature(arguments: ["in_channels", "out_channels", "kernel_size", "stride", "padding", "output_padding", "groups", "bias", "dilation"],
                                   required: 3, ignoring: ["padding_mode", "device", "dtype"])
        let recurrent = Signature(arguments: ["input_size", "hidden_size", "num_layers", "bias", "batch_first", "dropout", "bidirectional", "proj_size"],
                                  required: 2, ignoring: ["nonlinearity", "device", "dtype"])
        let batchNorm = Signature(arguments: ["num_features", "eps", "momentum", "affine", "track_running_stats"], required: 1)
        var table: [String: Signature] = [
            "Linear": Signature(arguments: ["in_features", "out_features", "bias"], required: 2),
            "Embedding": Signature(arguments: ["num_embeddings", "embedding_dim", "padding_idx", "max_norm"], required: 2,
                                   ignoring: ["norm_type", "scale_grad_by_freq", "sparse", "device", "dtype"]),
            "MultiheadAttention": Signature(arguments: ["embed_dim", "num_heads", "dropout", "bias", "add_bias_kv", "add_zero_attn", "kdim", "vdim"],
                                            required: 2, ignoring: ["batch_first", "device", "dtype"]),
            "LayerNorm": Signature(arguments: ["normalized_shape", "eps", "elementwise_affine", "bias"], required: 1),
            "GroupNorm": Signature(arguments: ["num_groups", "num_channels", "eps", "affine"], required: 2),
            "MaxPool2d": Signature(arguments: ["kernel_size", "stride", "padding", "dilation", "return_indices", "ceil_mode"], required: 1, ignoring: []),
            "AvgPool2d": Signature(arguments: ["kernel_size", "stride", "padding", "ceil_mode", "count_include_pad", "divisor_override"], required: 1, ignoring: []),
        ]
        for dimensions in 1...3 {
            table["Conv\(dimensions)d"] = convolution
            table["ConvTranspose\(dimensions)d"] = transposed
            table["BatchNorm\(dimensions)d"] = batchNorm
            table["InstanceNorm\(dimensions)d"] = batchNorm
        }
        for name in ["RNN", "LSTM", "GRU"] { table[name] = recurrent }
        return table
    }()

    /// The call with one argument set to `value`: in place when it is written positionally,
    /// else as a keyword ("Repeat (a) with a stride of 2").
    func setting(_ argument: String, to value: String) -> FrameworkCall {
        var call = self
        if let position = Self.signatures[name]?.arguments.firstIndex(of: argument), position < positional.count {
            call.positional[position] = value
        } else {
            call.keywords[argument] = value
        }
        call.text = "nn.\(name)(" + (call.positional + call.keywords.sorted { $0.key < $1.key }.map { "\($0.key)=\($0.value)" })
            .joined(separator: ", ") + ")"
        return call
    }

    /// The module with PyTorch's defaults for every argument not written.
    func module() throws(Unreadable) -> FrameworkModule {
        switch name {
        case "Linear":
            let a = try bind()
            return .linear(inputs: try int(a, "in_features"), outputs: try int(a, "out_features"), bias: try bool(a, "bias", true))
        case "Conv1d", "Conv2d", "Conv3d", "ConvTranspose1d", "ConvTranspose2d", "ConvTranspose3d":
            let transposed = name.hasPrefix("ConvTranspose")
            let dimensions = Int(String(name.dropLast().last!)) ?? 2
            let a = try bind()
            let inChannels = try int(a, "in_channels"), outChannels = try int(a, "out_channels")
            let groups = a["groups"] == nil ? 1 : try int(a, "groups")
            guard groups > 0, inChannels % groups == 0, outChannels % groups == 0 else {
                throw Unreadable(reason: "\(text): channels not divisible by groups")
            }
            var kernel = try ints(a, "kernel_size")
            if kernel.count == 1 { kernel = Array(repeating: kernel[0], count: dimensions) }
            guard kernel.count == dimensions else { throw Unreadable(reason: "\(text): kernel_size of \(kernel.count) sizes") }
            return .convolution(inChannels: inChannels, outChannels: outChannels, kernel: kernel, groups: groups,
                                bias: try bool(a, "bias", true), transposed: transposed)
        case "Embedding":
            let a = try bind()
            return .embedding(count: try int(a, "num_embeddings"), dimension: try int(a, "embedding_dim"))
        case "RNN", "LSTM", "GRU":
            let a = try bind()
            if let projection = a["proj_size"], projection != "0" { throw Unreadable(reason: "\(text): proj_size is not counted") }
            let cell: FrameworkModule.Cell = name == "LSTM" ? .lstm : name == "GRU" ? .gru : .rnn
            return .recurrent(cell, inputs: try int(a, "input_size"), hidden: try int(a, "hidden_size"),
                              layers: a["num_layers"] == nil ? 1 : try int(a, "num_layers"),
                              bias: try bool(a, "bias", true), bidirectional: try bool(a, "bidirectional", false))
        case "MultiheadAttention":
            let a = try bind()
            let embedding = try int(a, "embed_dim")
            for key in ["kdim", "vdim"] where a[key] != nil && a[key] != "None" && a[key] != String(embedding) {
                throw Unreadable(reason: "\(text): \(key) other than embed_dim is not counted")
            }
            if try bool(a, "add_bias_kv", false) { throw Unreadable(reason: "\(text): add_bias_kv is not counted") }
            return .multiheadAttention(embedding: embedding, heads: try int(a, "num_heads"), bias: try bool(a, "bias", true))
        case "LayerNorm":
            let a = try bind()
            return .layerNorm(shape: try ints(a, "normalized_shape"), affine: try bool(a, "elementwise_affine", true), bias: try bool(a, "bias", true))
        case "BatchNorm1d", "BatchNorm2d", "BatchNorm3d":
            let a = try bind()
            return .channelNorm(channels: try int(a, "num_features"), affine: try bool(a, "affine", true))
        case "InstanceNorm1d", "InstanceNorm2d", "InstanceNorm3d":
            let a = try bind()
            return .channelNorm(channels: try int(a, "num_features"), affine: try bool(a, "affine", false))
        case "GroupNorm":
            let a = try bind()
            return .channelNorm(channels: try int(a, "num_channels"), affine: try bool(a, "affine", true))
        case _ where Self.parameterFree.contains(name):
            return .parameterFree(name)
        default:
            throw Unreadable(reason: "\(text): nn.\(name) is not a module hwlens counts")
        }
    }

    /// The layer a 2D convolution, transposed convolution or pooling call describes, with
    /// its input channels for a check (nil for pooling); PyTorch's defaults for the rest.
    func layer() throws(Unreadable) -> (layer: Layer, inChannels: Int?) {
        switch name {
        case "Conv2d":
            let a = try bind()
            let kernel = try size(a, "kernel_size"), dilation = try size(a, "dilation", default: 1)
            let stride = try size(a, "stride", default: 1)
            let padding: Size2D
            switch a["padding"]?.trimmingCharacters(in: ["'", "\"", " "]) {
            case "same"?:
                // PyTorch pads d(k − 1) in all, split evenly; it refuses 'same' with a stride.
                guard stride == Size2D(1) else { throw Unreadable(reason: "\(text): padding='same' with a stride") }
                guard (dilation.rows * (kernel.rows - 1)) % 2 == 0, (dilation.columns * (kernel.columns - 1)) % 2 == 0 else {
                    throw Unreadable(reason: "\(text): padding='same' split unevenly")
                }
                padding = Size2D(rows: dilation.rows * (kernel.rows - 1) / 2, columns: dilation.columns * (kernel.columns - 1) / 2)
            case "valid"?: padding = Size2D(0)
            default: padding = try size(a, "padding", default: 0)
            }
            return (.convolution(filters: try int(a, "out_channels"), kernel: kernel, stride: stride,
                                 padding: Padding2D(rows: Padding(padding.rows), columns: Padding(padding.columns)), dilation: dilation,
                                 groups: a["groups"] == nil ? 1 : try int(a, "groups")), try int(a, "in_channels"))
        case "ConvTranspose2d":
            let a = try bind()
            return (.transposedConvolution(filters: try int(a, "out_channels"), kernel: try size(a, "kernel_size"),
                                           stride: try size(a, "stride", default: 1), padding: try size(a, "padding", default: 0),
                                           outputPadding: try size(a, "output_padding", default: 0), dilation: try size(a, "dilation", default: 1)),
                    try int(a, "in_channels"))
        case "MaxPool2d", "AvgPool2d":
            let a = try bind()
            if let dilation = a["dilation"], dilation != "1" { throw Unreadable(reason: "\(text): pooling with dilation") }
            let window = try size(a, "kernel_size")
            let stride = a["stride"] == nil || a["stride"] == "None" ? nil : try size(a, "stride")
            let padding = try size(a, "padding", default: 0)
            return (.pooling(name == "MaxPool2d" ? .max : .average, window: window, stride: stride,
                             padding: Padding2D(rows: Padding(padding.rows), columns: Padding(padding.columns)),
                             ceilMode: try bool(a, "ceil_mode", false)), nil)
        default:
            throw Unreadable(reason: "\(text): nn.\(name) has no output shape hwlens computes")
        }
    }

    /// A 2D size: `3` or `(3, 5)`; `fallback` when the argument is not written.
    private func size(_ arguments: [String: String], _ name: String, default fallback: Int? = nil) throws(Unreadable) -> Size2D {
        if arguments[name] == nil, let fallback { return Size2D(fallback) }
        guard let values = arguments[name].flatMap(Self.whole), values.allSatisfy({ $0 >= 0 }) else {
            throw Unreadable(reason: "\(text): \(name) is not a size")
        }
        switch values.count {
        case 1: return Size2D(values[0])
        case 2: return Size2D(rows: values[0], columns: values[1])
        default: throw Unreadable(reason: "\(text): \(name) is not a 2D size")
        }
    }

    /// Whole numbers as written: `3`, `(3, 5)`, `[2, 2]`; nil when one is not.
    private static func whole(_ written: String) -> [Int]? {
        let inner = written.trimmingCharacters(in: ["(", ")", "[", "]", " "])
        let values = inner.split(separator: ",").compactMap { Int(String($0).trimmingSpaces) }
        return values.isEmpty || values.count != inner.split(separator: ",").count ? nil : values
    }

    private static let parameterFree: Set<String> = [
        "ReLU", "ReLU6", "LeakyReLU", "GELU", "SiLU", "ELU", "Sigmoid", "Tanh", "Softmax", "LogSoftmax", "Dropout",
        "Dropout1d", "Dropout2d", "Dropout3d", "MaxPool1d", "MaxPool2d", "MaxPool3d", "AvgPool1d", "AvgPool2d",
        "AvgPool3d", "AdaptiveAvgPool1d", "AdaptiveAvgPool2d", "AdaptiveMaxPool2d", "Flatten", "Identity", "Upsample",
    ]

    /// Arguments by name: positional ones in the signature's order, then keywords. A keyword
    /// outside the signature (and not known to leave the count alone) makes the call unreadable.
    /// Whether a recurrent layer takes its input batch-first (`batch_first=True`).
    func batchFirst() throws(Unreadable) -> Bool {
        try bool(bind(), "batch_first", false)
    }

    /// The size of each attention head of `nn.MultiheadAttention`: `embed_dim / num_heads`.
    func headDimension() throws(Unreadable) -> Int {
        let a = try bind()
        let embedding = try int(a, "embed_dim"), heads = try int(a, "num_heads")
        guard embedding % heads == 0 else { throw Unreadable(reason: "\(text): embed_dim is not divisible by num_heads") }
        return embedding / heads
    }

    private func bind() throws(Unreadable) -> [String: String] {
        guard let signature = Self.signatures[name] else { throw Unreadable(reason: "\(text): nn.\(name) has no known signature") }
        guard positional.count <= signature.arguments.count else { throw Unreadable(reason: "\(text): too many arguments") }
        var bound: [String: String] = [:]
        for (name, value) in zip(signature.arguments, positional) { bound[name] = value }
        for (name, value) in keywords {
            if signature.ignoring.contains(name) { continue }
            guard signature.arguments.contains(name) else { throw Unreadable(reason: "\(text): unknown argument \(name)") }
            guard bound[name] == nil else { throw Unreadable(reason: "\(text): \(name) given twice") }
            bound[name] = value
        }
        for name in signature.arguments.prefix(signature.required) where bound[name] == nil {
            throw Unreadable(reason: "\(text): \(name) missing")
        }
        return bound
    }

    private func int(_ arguments: [String: String], _ name: String) throws(Unreadable) -> Int {
        guard let written = arguments[name], let value = Int(written), value > 0 else {
            throw Unreadable(reason: "\(text): \(name) is not a positive whole number")
        }
        return value
    }

    /// A size or a tuple of sizes: `3`, `(3, 5)`, `[2, 2]`.
    private func ints(_ arguments: [String: String], _ name: String) throws(Unreadable) -> [Int] {
        guard let written = arguments[name] else { throw Unreadable(reason: "\(text): \(name) missing") }
        guard let values = Self.whole(written), values.allSatisfy({ $0 > 0 }) else {
            throw Unreadable(reason: "\(text): \(name) is not a size")
        }
        return values
    }

    private func bool(_ arguments: [String: String], _ name: String, _ fallback: Bool) throws(Unreadable) -> Bool {
        switch arguments[name] {
        case nil: return fallback
        case "True": return true
        case "False": return false
        case let written?: throw Unreadable(reason: "\(text): \(name)=\(written) is not True or False")
        }
    }
}
