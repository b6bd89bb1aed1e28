/// A table of layers, one numbered row each, as the reader flattens it:
/// "Layer Type Kernel / stride Channels 1 Conv 3 × 3, stride 1, padding 1 32 2 MaxPool 2 × 2,
/// stride 2 32 …". Rows must be numbered 1, 2, 3, … without gaps, each with its kernel, stride
/// (padding 0 when a row states none) and output channels.
struct LayerTable: Sendable {
    struct Row: Sendable {
        var number: Int
        var layer: Layer
        var kernel: Int
        var stride: Int
        var channels: Int
        var phrase: String
    }

    var rows: [Row]

    private static let pattern = #"(?:^|\s)(\d+)\s+(conv\w*|max[- ]?pool\w*|avg[- ]?pool\w*|average[- ]?pool\w*)\s+(\d+)\s*[×x]\s*(\d+),?\s*stride\s*(\d+)(?:,?\s*padding\s*(\d+))?\s+(\d+)(?=\s|$)"#

    init?(_ text: StatementText) {
        var rows: [Row] = []
        for match in text.matches(Self.pattern) {
            guard let number = Int(match[1]), let k = Int(match[3]), Int(match[4]) == k, let stride = Int(match[5]), let channels = Int(match[7]) else { return nil }
            let padding = Int(match[6]) ?? 0
            let type = match[2].lowercased()
            let layer: Layer = type.hasPrefix("conv")
                ? .convolution(filters: channels, kernel: Size2D(k), stride: Size2D(stride), padding: Padding2D(padding))
                : .pooling(type.hasPrefix("max") ? .max : .average, window: Size2D(k), stride: Size2D(stride), padding: Padding2D(padding))
            rows.append(Row(number: number, layer: layer, kernel: k, stride: stride, channels: channels, phrase: match[0].trimmingSpaces))
        }
        guard rows.count >= 2, rows.map(\.number) == Array(1...rows.count) else { return nil }
        self.rows = rows
    }

    /// The layer a part names ("the output of layer 3"), if it names exactly one that is in
    /// the table.
    func named(in part: StatementText) -> Int? {
        let numbers = Set(part.matches(#"\blayer (\d+)\b"#).compactMap { Int($0[1]) })
        guard numbers.count == 1, let number = numbers.first, number >= 1, number <= rows.count else { return nil }
        return number
    }
}
