/// A table of layers with a header row and named rows, as the reader flattens it: "Layer Type
/// Kernel Stride Dilation conv1 convolution 3 × 3 1 1 conv2 convolution 3 × 3 1 1 pool1 max
/// pooling 2 × 2 2 -- …". Columns are read by the header: kernel and stride, and dilation when
/// the header has it (a pooling row's "--" is 1). Every row must read, kernels square.
struct NamedLayerTable: Sendable {
    struct Row: Sendable {
        var name: String
        var stage: ReceptiveField.Stage
        var phrase: String
        /// The row as a layer shapes see, when the table gives its type, padding and (for a
        /// convolution) its output channels.
        var layer: Layer? = nil
        /// The channels a convolution row says it takes ("3 → 32 channels").
        var inputChannels: Int? = nil
    }

    var rows: [Row]
    /// The header row as written, where the table starts.
    private var header: String

    init?(_ text: StatementText) {
        // ("Layer Kernel Stride Dilation conv1 3 × 3 1 1 … pool1 (max) 2 × 2 2 1": without a type
        // column, each row's name says what it is.)
        // ("Layer Kernel Stride Output channels": a last column of channels, read past.)
        guard let header = text.firstMatch(#"\bLayer\s+(Type\s+)?Kernel\s+Stride(\s+Dilation)?(\s+(?:Out(?:put)?\s+channels|Channels|Filters|C_?\{?out\}?))?\b"#),
              let start = text.text.range(of: header[0]) else {
            guard let described = Self.described(text) ?? Self.detailed(text) ?? Self.columned(text) ?? Self.network(text) else { return nil }
            self = described
            return
        }
        let dilated = !header[2].isEmpty
        let body = StatementText(String(text.text[start.upperBound...]))
        let type = #"(convolution|conv|max[- ]?pool(?:ing)?|average[- ]?pool(?:ing)?|avg[- ]?pool(?:ing)?)"#
        // (A type cell may say how many channels: "Conv, 16 channels".)
        let name = header[1].isEmpty ? #"^\s*((?:conv|pool|maxpool|avgpool)\d+)()(?:\s*\((?:max|avg|average|mean)\))?"#
            : #"^\s*([A-Za-z]+\d+|\d+)\s+"# + type + #"(?:,?\s*\d+\s+(?:output\s+)?(?:channels|filters|feature maps|maps))?"#
        let pattern = name + #"\s+(\d+)\s*[×x]\s*(\d+)\s+(\d+)"# + (dilated ? #"\s+(\d+|--|–|—|-)"# : "") + (header[3].isEmpty ? "" : #"\s+\d+"#) + #"(?=\s|$)"#
        guard let (rows, _) = Self.rows(body.text[...], pattern: pattern), rows.count >= 2 else {
            // ("Layer Type Kernel Stride Padding Out channels": more columns than these rows read.)
            guard let columned = Self.columned(text) else { return nil }
            self = columned
            return
        }
        self.rows = rows
        self.header = header[0]
    }

    /// The rows `pattern` reads one after another from the start of `rest` (groups: name, type,
    /// kernel rows, kernel columns, stride, and a dilation that is 1 when absent or "--"), and
    /// the text after them. Rows follow each other with nothing between them; the table ends at
    /// the first text that is no row. Nil for a non-square kernel or a name given twice.
    private static func rows(_ rest: Substring, pattern: String) -> (rows: [Row], rest: Substring)? {
        var rest = rest
        var rows: [Row] = []
        while rows.count < 64, let match = StatementText(String(rest)).firstMatch(pattern) {
            guard let k = Int(match[3]), Int(match[4]) == k, let stride = Int(match[5]),
                  !rows.contains(where: { $0.name == match[1] }) else { return nil }
            let dilation = match.count > 6 ? Int(match[6]) ?? 1 : 1
            rows.append(Row(name: match[1], stage: ReceptiveField.Stage(kernel: k, stride: stride, dilation: dilation), phrase: match[0].trimmingSpaces))
            guard let range = rest.range(of: match[0]) else { break }
            rest = rest[range.upperBound...]
        }
        return (rows, rest)
    }

    /// "Layer Type Details conv1 Conv 3 × 3, stride 1 … pool MaxPool 2 × 2, stride 2 conv4 Conv
    /// 3 × 3, stride 1, dilation 2": a details column that writes each setting by name. A row
    /// must state its stride; an unstated dilation is 1.
    private static func described(_ text: StatementText) -> NamedLayerTable? {
        guard let header = text.firstMatch(#"\bLayer\s+Type\s+(?:Details|Configuration|Settings|Parameters|Hyper-?parameters|Description)\b"#),
              let start = text.text.range(of: header[0]) else { return nil }
        let type = #"(conv\w*|convolution|max[- ]?pool\w*|avg[- ]?pool\w*|average[- ]?pool\w*)"#
        let pattern = #"^\s*([A-Za-z]+\d*)\s+"# + type + #"\s+(\d+)\s*[×x]\s*(\d+),\s*stride\s+(\d+)(?:,\s*dilation\s+(\d+))?(?=\s|$)"#
        guard let (rows, rest) = rows(text.text[start.upperBound...], pattern: pattern) else { return nil }
        // A row the pattern leaves unread ("conv5 Conv 3 × 3, stride 1, padding 1") leaves the
        // whole table unread: "the final layer" would be another row.
        guard rows.count >= 2, StatementText(String(rest)).firstMatch(#"^\s*[A-Za-z]+\d*\s+"# + type) == nil else { return nil }
        return NamedLayerTable(rows: rows, header: header[0])
    }

    /// "Layer Type Hyper-parameters" then one row per line, "L1 Conv2d 3 → 32 channels, 7 × 7
    /// kernel, stride 2, padding 3", "L2 MaxPool2d 3 × 3 window, stride 2, padding 1", "L3 Conv2d
    /// 32 → 64 channels, 3 × 3 kernel, padding='same'": a details cell of settings by name, in any
    /// order. A convolution's unstated stride is 1 and padding 0; a PyTorch pooling's
    /// (`MaxPool2d`) unstated stride is its window. A setting not read leaves the table unread.
    /// ("Layer Configuration" then "conv1 Conv 3 × 3, 32 filters, stride 1, padding 1", "pool
    /// MaxPool 2 × 2, stride 2": the type opens the configuration cell; a convolution's filters
    /// alone give its output channels.)
    private static func detailed(_ text: StatementText) -> NamedLayerTable? {
        guard let header = text.firstMatch(#"\bLayer\s+(?:Type\s+)?(?:Details|Configuration|Settings|Parameters|Hyper-?parameters|Description)\b"#),
              let start = text.text.range(of: header[0]) else { return nil }
        // (The rows may stand on lines or run together: each starts with a numbered name and a type,
        // the last ends with its line or sentence.)
        let body = String(text.text[start.upperBound...])
        let starts = body.matches(of: #/(?i)(?:^|\s)([A-Za-z]+\d*)\s+(conv\w*|convolution|max[- ]?pool\w*|avg[- ]?pool\w*|average[- ]?pool\w*)\s+/#)
        guard let first = starts.first, body[..<first.range.lowerBound].allSatisfy(\.isWhitespace) else { return nil }
        var rows: [Row] = []
        for (offset, start) in starts.enumerated() {
            var settings = body[start.range.upperBound..<(offset + 1 < starts.count ? starts[offset + 1].range.lowerBound : body.endIndex)]
            if offset + 1 == starts.count, let end = settings.firstRange(of: #/\n|\.(?:\s|$)/#) { settings = settings[..<end.lowerBound] }
            let name = String(start.output.1), type = String(start.output.2)
            guard let row = detailedRow(name: name, type: type, settings: String(settings), phrase: (name + " " + type + " " + settings).trimmingSpaces),
                  !rows.contains(where: { $0.name == row.name }) else { return nil }
            rows.append(row)
        }
        guard rows.count >= 2 else { return nil }
        // Each convolution takes the channels the one before it gives.
        var channels: Int? = nil
        for row in rows {
            if let entering = row.inputChannels, let channels, entering != channels { return nil }
            if case .convolution(let filters, _, _, _, _, _)? = row.layer { channels = filters }
        }
        return NamedLayerTable(rows: rows, header: header[0])
    }

    private static func detailedRow(name: String, type: String, settings: String, phrase: String) -> Row? {
        var kernel: Int?, stride: Int?, padding: Int?, same = false, dilation = 1, channels: (Int?, Int)?
        for setting in settings.split(separator: ",").map({ StatementText(String($0)) }) {
            if let m = setting.firstMatch(#"^\s*(\d+)\s*(?:→|->|to)\s*(\d+)\s*(?:channels|filters|feature maps)?\s*$"#), let a = Int(m[1]), let b = Int(m[2]) {
                channels = (a, b)
            } else if let m = setting.firstMatch(#"^\s*(\d+)\s+(?:filters|output channels|out channels|channels|kernels|feature maps)\s*$"#), let b = Int(m[1]), channels == nil {
                channels = (nil, b)
            } else if let m = setting.firstMatch(#"^\s*(\d+)\s*[×x]\s*(\d+)\s*(?:kernel|window|filter|pool(?:ing)?)?\s*$"#), let k = Int(m[1]), Int(m[2]) == k {
                kernel = k
            } else if let m = setting.firstMatch(#"^\s*stride\s*[=:]?\s*(\d+)\s*$"#) {
                stride = Int(m[1])
            } else if let m = setting.firstMatch(#"^\s*padding\s*[=:]?\s*(\d+)\s*$"#) {
                padding = Int(m[1])
            } else if setting.firstMatch(#"^\s*padding\s*[=:]?\s*['‘’"]?same['‘’"]?\s*$"#) != nil {
                same = true
            } else if setting.firstMatch(#"^\s*no padding\s*$"#) != nil {
                padding = 0
            } else if let m = setting.firstMatch(#"^\s*dilation\s*[=:]?\s*(\d+)\s*$"#), let d = Int(m[1]) {
                dilation = d
            } else {
                return nil
            }
        }
        guard let kernel, kernel >= 1, dilation >= 1 else { return nil }
        let lower = type.lowercased()
        // (A transposed convolution, "ConvTranspose2d", grows its input: a row not read here.)
        if lower.contains("transpose") || lower.hasPrefix("deconv") { return nil }
        if lower.hasPrefix("conv") {
            guard let (entering, filters) = channels else { return nil }
            let step = stride ?? 1
            if same {
                // ('same' keeps the size only at stride 1, with an odd span.)
                guard padding == nil, step == 1, (dilation * (kernel - 1)) % 2 == 0 else { return nil }
                padding = dilation * (kernel - 1) / 2
            }
            let layer = Layer.convolution(filters: filters, kernel: Size2D(kernel), stride: Size2D(step), padding: Padding2D(padding ?? 0), dilation: Size2D(dilation))
            return Row(name: name, stage: ReceptiveField.Stage(kernel: kernel, stride: step, dilation: dilation), phrase: phrase, layer: layer, inputChannels: entering)
        }
        // A pooling row: PyTorch's class names default the stride to the window.
        guard channels == nil, dilation == 1, !same, let step = stride ?? (type.hasSuffix("2d") ? kernel : nil) else { return nil }
        let layer = Layer.pooling(lower.hasPrefix("max") ? .max : .average, window: Size2D(kernel), stride: Size2D(step), padding: Padding2D(padding ?? 0))
        return Row(name: name, stage: ReceptiveField.Stage(kernel: kernel, stride: step), phrase: phrase, layer: layer)
    }

    /// The cells a column of a layer table holds, by the column's header.
    private enum Column: CaseIterable {
        case type, channels, kernel, stride, padding, dilation

        var header: String {
            switch self {
            case .type: #"type|operation|op|kind"#
            case .channels: #"out(?:put)? channels|channels|filters|out"#
            case .kernel: #"kernel(?: size)?|filter size|window"#
            case .stride: #"stride"#
            case .padding: #"padding|pad"#
            case .dilation: #"dilation"#
            }
        }

        /// The cell's pattern and how many groups it has.
        var cell: (pattern: String, groups: Int) {
            let optional = #"(\d+|---|--|–|—|-)"#
            switch self {
            // ("Conv, dilation 2": a type cell may give the dilation.)
            case .type: return (#"(convolution|conv|max[- ]?pool(?:ing)?|average[- ]?pool(?:ing)?|avg[- ]?pool(?:ing)?)(?:,?\s*dilation\s+(\d+))?"#, 2)
            case .channels, .padding, .dilation: return (optional, 1)
            case .kernel: return (#"(\d+)\s*[×x]\s*(\d+)"#, 2)
            case .stride: return (#"(\d+)"#, 1)
            }
        }
    }

    /// "Layer Operation Out channels Kernel Stride Padding" then "conv1 convolution 16 3 × 3 1 1",
    /// "pool1 max pooling — 2 × 2 2 0": rows read cell by cell in the header's order of columns,
    /// which must include the kernel and the stride; an unstated or dashed dilation is 1.
    private static func columned(_ text: StatementText) -> NamedLayerTable? {
        let any = Column.allCases.map(\.header).joined(separator: "|")
        guard let header = text.firstMatch(#"\bLayer(?: name)?((?:\s+(?:"# + any + #"))+)(?=\s|$)"#),
              let start = text.text.range(of: header[0]) else { return nil }
        var columns: [Column] = []
        var rest = header[1].lowercased()
        while let (column, range) = Column.allCases.lazy.compactMap({ column in
            rest.range(of: #"^\s+(?:"# + column.header + #")(?=\s|$)"#, options: .regularExpression).map { (column, $0) }
        }).first {
            columns.append(column)
            rest = String(rest[range.upperBound...])
        }
        guard rest.isEmpty, Set(columns).count == columns.count, columns.contains(.kernel), columns.contains(.stride), columns.count >= 3 else { return nil }
        // ("pool MaxPool 128 2×2 2 0": a row's name may have no number.)
        var pattern = #"^\s*([A-Za-z]+\d*|\d+)"#
        var group = 2
        var places: [Column: Int] = [:]
        for column in columns {
            pattern += #"\s+"# + column.cell.pattern
            places[column] = group
            group += column.cell.groups
        }
        pattern += #"(?=\s|$)"#
        var body = text.text[start.upperBound...]
        var rows: [Row] = []
        while rows.count < 64, let match = StatementText(String(body)).firstMatch(pattern) {
            guard let kernelAt = places[.kernel], let strideAt = places[.stride],
                  let k = Int(match[kernelAt]), Int(match[kernelAt + 1]) == k, let stride = Int(match[strideAt]),
                  !rows.contains(where: { $0.name == match[1] }) else { return nil }
            let typed = places[.type].flatMap { Int(match[$0 + 1]) }
            if typed != nil, places[.dilation] != nil { return nil }
            let dilation = places[.dilation].flatMap { Int(match[$0]) } ?? typed ?? 1
            let padding = places[.padding].flatMap { Int(match[$0]) }
            let type = places[.type].map { match[$0].lowercased() } ?? ""
            var layer: Layer? = nil
            if let padding, type.hasPrefix("conv"), let filters = places[.channels].flatMap({ Int(match[$0]) }) {
                layer = .convolution(filters: filters, kernel: Size2D(k), stride: Size2D(stride), padding: Padding2D(padding), dilation: Size2D(dilation))
            } else if let padding, dilation == 1, type.contains("pool") {
                layer = .pooling(type.hasPrefix("max") ? .max : .average, window: Size2D(k), stride: Size2D(stride), padding: Padding2D(padding))
            }
            rows.append(Row(name: match[1], stage: ReceptiveField.Stage(kernel: k, stride: stride, dilation: dilation), phrase: match[0].trimmingSpaces,
                            layer: layer))
            guard let range = body.range(of: match[0]) else { break }
            body = body[range.upperBound...]
        }
        // A row the pattern leaves unread ("relu1 ReLU — — —", "fc1 fully connected …") leaves the
        // whole table unread.
        // ("dw DWConv 32 3×3 1 1": a name, a type this does not read, then numbers is a row too.)
        guard rows.count >= 2, StatementText(String(body)).firstMatch(#"^\s*(?:[A-Za-z]+\d+\b|[A-Za-z]+\s+(?:conv|max|avg|average|pool|relu|fc|fully|linear|dense|batch|bn|dropout|flatten|softmax|[—–-]|\d)|[A-Za-z]+\d*\s+[A-Za-z][\w-]*\s+(?:\d|[—–-]))"#) == nil else { return nil }
        return NamedLayerTable(rows: rows, header: header[0])
    }

    /// The convolution and pooling rows of a ``NetworkTable`` ("conv1 Conv 3 × 3, 32 stride 1,
    /// padding 1"), up to a linear row.
    private static func network(_ text: StatementText) -> NamedLayerTable? {
        guard let table = NetworkTable(text), let header = text.firstMatch(#"\bLayer\s+Type\b"#) else { return nil }
        let rows = table.rows.compactMap { row in row.kind.stage.map { Row(name: row.name, stage: $0, phrase: row.phrase) } }
        return rows.count >= 2 ? NamedLayerTable(rows: rows, header: header[0]) : nil
    }

    private init(rows: [Row], header: String) {
        self.rows = rows
        self.header = header
    }

    /// The one row a part names ("the output of conv3", "layer 4" for a numbered row, "the last
    /// layer"), if it names exactly one.
    func named(in text: StatementText) -> Int? {
        // (A part that holds the table names its row before it.)
        let part = text.text.range(of: header).map { StatementText(String(text.text[..<$0.lowerBound])) } ?? text
        func pattern(_ name: String) -> String { name.allSatisfy(\.isNumber) ? "\\blayer \(name)\\b" : "\\b\(name)\\b" }
        var named = rows.indices.filter { part.firstMatch(pattern(rows[$0].name)) != nil }
        if named.count > 1 {
            // ("the output of L4? (Remember that L3 uses 'same' padding.)": a row named in an aside is
            // not the one asked about.)
            let outside = part.removing(#"\([^()]{8,}\)"#)
            let asked = named.filter { outside.firstMatch(pattern(rows[$0].name)) != nil }
            if !asked.isEmpty { named = asked }
        }
        if named.count > 1 {
            // ("the output of L4, given that L3 uses 'same' padding": the row whose output is asked.)
            let asked = named.filter { part.firstMatch(#"\b(?:output|outputs|result) (?:of|from|after) (?:layer )?"# + pattern(rows[$0].name).dropFirst(2)) != nil }
            if asked.count == 1 { named = asked }
        }
        if named.isEmpty, part.firstMatch(#"\b(?:the )?(?:last|final) layer\b"#) != nil { return rows.count - 1 }
        return named.count == 1 ? named[0] : nil
    }

    /// The channels the first row says it takes, when it says.
    var inputChannels: Int? { rows.first?.inputChannels }

    /// The layers of the rows up to and including `index`; nil when one of them is not known
    /// in full.
    func layers(through index: Int) -> [Layer]? {
        let layers = rows.prefix(index + 1).compactMap(\.layer)
        return layers.count == index + 1 ? layers : nil
    }

    /// The kernel and stride of the convolution row a part names ("Layer 4 maps 64 channels to
    /// 128 channels …" under a table whose row 4 is a 3 × 3 convolution), as a phrase the
    /// readers of parameter and operation counts read; nil when the part names no convolution row.
    static func convolutionRow(named part: StatementText, in statement: StatementText) -> StatementText? {
        // ("Replace conv3 by a grouped convolution with 4 groups (same kernel size, same number of
        // output channels)": a network table gives the row's channels too.)
        // (Not when the part sets a kernel or channels of its own: "Replace conv3 by a 5×5
        // convolution with 256 output channels" is another layer.)
        if let network = NetworkTable(statement), let index = network.named(in: part),
           case .convolution(let filters, let k, let stride, _) = network.rows[index].kind,
           part.firstMatch(#"\d+\s*[×x]\s*\d+|\b\d+\s+(?:output\s+|input\s+)?(?:channels|filters|feature maps)\b"#) == nil,
           let (input, _, _) = LayerStackReader.inputShape(statement) {
            let entering = network.inputChannels(startingWith: input.channels)[index]
            return StatementText("a \(k) × \(k) kernel, stride \(stride), from \(entering) input channels to \(filters) output channels")
        }
        guard let table = NamedLayerTable(statement), let index = table.named(in: part),
              table.rows[index].phrase.lowercased().contains("conv") else { return nil }
        let stage = table.rows[index].stage
        return StatementText("a \(stage.kernel) × \(stage.kernel) kernel, stride \(stage.stride)")
    }
}
