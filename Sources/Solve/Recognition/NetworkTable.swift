/// A network given as a table of named layers, read into its layers in order, as the reader
/// flattens it. Two forms:
/// - a configuration column: "Layer Type Configuration conv1 Conv 3 × 3, 32 stride 1, padding 1
///   pool1 MaxPool 2 × 2 stride 2 … fc Linear → 10 applied to the flattened output of pool2";
/// - a column per setting, by the header: "Layer Type Kernel Stride Output channels 1 Conv 3 × 3
///   1 32 … 3 MaxPool 2 × 2 2 32", where the padding may be stated in the statement's words
///   ("Every convolution with stride 1 uses 'same' padding; layer 5 uses padding 2").
///
/// Every row must read; a table with a row left unread is no table. A convolution's padding
/// may stay unknown (its counts of parameters still read; its shapes do not).
struct NetworkTable: Sendable {
    enum Kind: Sendable, Hashable {
        /// `padding` nil when neither the row nor the statement gives it.
        case convolution(filters: Int, kernel: Int, stride: Int, padding: Int?)
        case pooling(Pooling.Kind, window: Int, stride: Int)
        case linear(outputs: Int)

        /// The row's receptive-field stage; nil for a linear row.
        var stage: ReceptiveField.Stage? {
            switch self {
            case .convolution(_, let k, let stride, _): ReceptiveField.Stage(kernel: k, stride: stride)
            case .pooling(_, let window, let stride): ReceptiveField.Stage(kernel: window, stride: stride)
            case .linear: nil
            }
        }
    }

    struct Row: Sendable {
        var name: String
        var kind: Kind
        var phrase: String
    }

    var rows: [Row]

    init?(_ text: StatementText) {
        guard let rows = Self.configured(text) ?? Self.columned(text), rows.count >= 2 else { return nil }
        self.rows = rows
    }

    /// What follows a table whose rows stopped at one that was not read: a name, then a layer's
    /// word. (Ordinary text after a table, "All convolutions use ReLU", also stops it: no table.)
    private static let unreadRow = #"^\s*[A-Za-z]*\d*\s+(?:[A-Za-z]*(?:conv|pool|linear|dense|relu|gelu|batch|bn|norm|dropout|flatten|softmax|fc|global|embed|lstm|gru|attention)\w*)\b"#

    /// Rows under "Layer Type Configuration" (or Details, Settings): "conv1 Conv 3 × 3, 32 stride
    /// 1, padding 1", "pool1 MaxPool 2 × 2 stride 2", and a last "fc Linear → 10 …".
    private static func configured(_ text: StatementText) -> [Row]? {
        guard let header = text.firstMatch(#"\bLayer\s+Type\s+(?:Configuration|Details|Settings)\b"#),
              let start = text.text.range(of: header[0]) else { return nil }
        var rest = Substring(text.text[start.upperBound...])
        var rows: [Row] = []
        let convolution = #"^\s*([A-Za-z]+\d*)\s+conv(?:olution)?\s+(\d+)\s*[×x]\s*(\d+),\s*(\d+)(?:\s+(?:filters|channels))?,?\s+stride\s+(\d+)(?:,\s*padding\s+(\d+))?(?=\s|$)"#
        let pooling = #"^\s*([A-Za-z]+\d*)\s+(max|avg|average)[- ]?pool(?:ing)?\s+(\d+)\s*[×x]\s*(\d+),?\s+stride\s+(\d+)(?=\s|$)"#
        let linear = #"^\s*([A-Za-z]+\d*)\s+(?:linear|fc|dense|fully[- ]connected)\s*(?:→|->|to)\s*(\d+)\b"#
        while rows.count < 64 {
            let remaining = StatementText(String(rest))
            if let match = remaining.firstMatch(convolution), let k = Int(match[2]), Int(match[3]) == k, let filters = Int(match[4]), let stride = Int(match[5]) {
                rows.append(Row(name: match[1], kind: .convolution(filters: filters, kernel: k, stride: stride, padding: Int(match[6])), phrase: match[0].trimmingSpaces))
                rest = rest[(rest.range(of: match[0])?.upperBound ?? rest.endIndex)...]
            } else if let match = remaining.firstMatch(pooling), let k = Int(match[3]), Int(match[4]) == k, let stride = Int(match[5]) {
                rows.append(Row(name: match[1], kind: .pooling(match[2].lowercased() == "max" ? .max : .average, window: k, stride: stride), phrase: match[0].trimmingSpaces))
                rest = rest[(rest.range(of: match[0])?.upperBound ?? rest.endIndex)...]
            } else if let match = remaining.firstMatch(linear), let outputs = Int(match[2]) {
                // (The linear layer ends the table; words after it describe it: "applied to the
                // flattened output of pool2", never "after global average pooling", which another
                // input would be.)
                let after = rest[(rest.range(of: match[0])?.upperBound ?? rest.endIndex)...].prefix(100)
                if StatementText(String(after)).firstMatch(#"\bglobal\b|\baverag\w*|\bGAP\b|\bmean\b|\bpool\w*\s+(?:over|across)\b"#) != nil { return nil }
                rows.append(Row(name: match[1], kind: .linear(outputs: outputs), phrase: match[0].trimmingSpaces))
                return paddingsStated(rows, in: text)
            } else {
                break
            }
        }
        // A row left unread ("relu1 ReLU —", "bn BatchNorm") leaves the table unread.
        return StatementText(String(rest)).firstMatch(Self.unreadRow) == nil ? paddingsStated(rows, in: text) : nil
    }

    /// Rows under a header with a column per setting ("Layer Type Kernel Stride Output channels"),
    /// cell by cell in the header's order; the kernel, the stride and the output channels are
    /// needed, and the type unless each name says it ("conv1", "pool2").
    private static func columned(_ text: StatementText) -> [Row]? {
        let columns: [(name: String, header: String, cell: String, groups: Int)] = [
            ("type", #"type|operation|op|kind"#, #"(conv(?:olution)?|max[- ]?pool(?:ing)?|avg[- ]?pool(?:ing)?|average[- ]?pool(?:ing)?)"#, 1),
            ("channels", #"out(?:put)? channels|channels|filters"#, #"(\d+|---|--|–|—|-)"#, 1),
            ("kernel", #"kernel(?: size)?|filter size|window"#, #"(\d+)\s*[×x]\s*(\d+)"#, 2),
            ("stride", #"stride"#, #"(\d+)"#, 1),
            ("padding", #"padding|pad"#, #"(\d+|same|---|--|–|—|-)"#, 1),
        ]
        let any = columns.map(\.header).joined(separator: "|")
        guard let header = text.firstMatch(#"\bLayer(?: name)?((?:\s+(?:"# + any + #"))+)(?=\s|$)"#),
              let start = text.text.range(of: header[0]) else { return nil }
        var order: [Int] = []
        var names = header[1].lowercased()
        while let (index, range) = columns.indices.lazy.compactMap({ index in
            names.range(of: #"^\s+(?:"# + columns[index].header + #")(?=\s|$)"#, options: .regularExpression).map { (index, $0) }
        }).first {
            order.append(index)
            names = String(names[range.upperBound...])
        }
        let named = Set(order.map { columns[$0].name })
        guard names.isEmpty, order.count == named.count, named.isSuperset(of: ["kernel", "stride", "channels"]) else { return nil }
        var pattern = #"^\s*([A-Za-z]+\d+|\d+)"#
        var group = 2
        var places: [String: Int] = [:]
        for index in order {
            pattern += #"\s+"# + columns[index].cell
            places[columns[index].name] = group
            group += columns[index].groups
        }
        pattern += #"(?=\s|$)"#
        var rest = Substring(text.text[start.upperBound...])
        var rows: [Row] = []
        while rows.count < 64, let match = StatementText(String(rest)).firstMatch(pattern) {
            guard let k = Int(match[places["kernel"]!]), Int(match[places["kernel"]! + 1]) == k, let stride = Int(match[places["stride"]!]) else { return nil }
            let typeWord = places["type"].map { match[$0].lowercased() } ?? match[1].lowercased()
            let padding = places["padding"].flatMap { Int(match[$0]) }
            if typeWord.hasPrefix("conv") {
                guard let filters = Int(match[places["channels"]!]) else { return nil }
                rows.append(Row(name: match[1], kind: .convolution(filters: filters, kernel: k, stride: stride, padding: padding), phrase: match[0].trimmingSpaces))
            } else if typeWord.contains("pool") {
                rows.append(Row(name: match[1], kind: .pooling(typeWord.hasPrefix("max") ? .max : .average, window: k, stride: stride), phrase: match[0].trimmingSpaces))
            } else {
                return nil
            }
            rest = rest[(rest.range(of: match[0])?.upperBound ?? rest.endIndex)...]
        }
        // (A row left unread, "7 Linear 10", "fc Linear --- --- 10", leaves the table unread.)
        guard StatementText(String(rest)).firstMatch(Self.unreadRow) == nil else { return nil }
        return rows.isEmpty ? nil : Self.paddingsStated(rows, in: text)
    }

    /// Paddings the statement's words give rows without a padding cell: "every convolution with
    /// stride 1 uses 'same' padding", "layer 5 uses padding 2". A row the words leave out keeps
    /// an unknown padding.
    private static func paddingsStated(_ rows: [Row], in text: StatementText) -> [Row] {
        var rows = rows
        let sameForUnitStride = text.firstMatch(#"\b(?:every|each|all) (?:conv\w*|convolutional layers?)(?: with (?:a )?stride(?: of)? 1)? uses? [`'‘’"“”]*same[`'‘’"“”]* padding\b"#) != nil
        for index in rows.indices {
            guard case .convolution(let filters, let k, let stride, nil) = rows[index].kind else { continue }
            var padding: Int?
            if let stated = text.firstMatch("\\blayer \(rows[index].name) uses (?:a )?padding(?: of)? (\\d+)\\b") {
                padding = Int(stated[1])
            } else if sameForUnitStride, stride == 1, k % 2 == 1 {
                padding = (k - 1) / 2
            }
            rows[index].kind = .convolution(filters: filters, kernel: k, stride: stride, padding: padding)
        }
        return rows
    }

    /// The index of the one row a text names by its name ("conv3", "layer 6" for a numbered row).
    func named(in text: StatementText) -> Int? {
        let named = rows.indices.filter { index in
            let name = rows[index].name
            return text.firstMatch(name.allSatisfy(\.isNumber) ? "\\blayer \(name)\\b" : "\\b\(name)\\b") != nil
        }
        return named.count == 1 ? named[0] : nil
    }

    /// The channels entering each row, from the input's channels: a convolution sets them, a
    /// pooling keeps them.
    func inputChannels(startingWith channels: Int) -> [Int] {
        var entering: [Int] = []
        var current = channels
        for row in rows {
            entering.append(current)
            if case .convolution(let filters, _, _, _) = row.kind { current = filters }
            if case .linear(let outputs) = row.kind { current = outputs }
        }
        return entering
    }

    /// The layers of the rows before `end` as shapes see them; nil when a convolution's padding
    /// is unknown or a linear row comes first.
    func layers(before end: Int) -> [Layer]? {
        var layers: [Layer] = []
        for row in rows[..<end] {
            switch row.kind {
            case .convolution(let filters, let k, let stride, let padding):
                guard let padding else { return nil }
                layers.append(.convolution(filters: filters, kernel: Size2D(k), stride: Size2D(stride), padding: Padding2D(padding)))
            case .pooling(let kind, let window, let stride):
                layers.append(.pooling(kind, window: Size2D(window), stride: Size2D(stride)))
            case .linear:
                return nil
            }
        }
        return layers
    }
}
