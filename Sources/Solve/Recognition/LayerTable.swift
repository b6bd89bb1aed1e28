/// A table of layers, one numbered row each, as the reader flattens it:
/// "Layer Type Kernel / stride Channels 1 Conv 3 × 3, stride 1, padding 1 32 2 MaxPool 2 × 2,
/// stride 2 32 …" or "1 Conv 3 × 3, stride 1, 64 filters 2 MaxPool 2 × 2, stride 2 …". Rows
/// must be numbered 1, 2, 3, … without gaps, each with its kernel and stride (padding 0 when a
/// row states none). A row's output channels may be left out: a pooling row keeps the row
/// before's, a convolution row without them has no layer (its kernel and stride still give
/// receptive fields). Also rows under "Kernel Stride" columns: "1 conv 3 × 3 1".
struct LayerTable: Sendable {
    struct Row: Sendable {
        var number: Int
        /// Nil for a convolution whose number of filters the row does not state.
        var layer: Layer?
        var kernel: Int
        var stride: Int
        /// 1 unless a dilation column gives another ("--" for a pooling row is 1).
        var dilation: Int = 1
        var channels: Int?
        var phrase: String
        /// Whether the row writes its padding (else it is taken as 0).
        var paddingStated = true
    }

    var rows: [Row]

    // (A number right before the next row's type word is that row's number, not channels.)
    // ("conv 3 × 3, stride 1, dilation 2": the dilation is group 7 and the channels group 8.)
    private static let pattern = #"(?:^|\s)(\d+)\s+(conv\w*|max[- ]?pool\w*|avg[- ]?pool\w*|average[- ]?pool\w*)\s+(\d+)\s*[×x]\s*(\d+),?\s*stride\s*(\d+)(?:,?\s*padding\s*(\d+))?(?:,?\s*dilation\s*(\d+))?(?:,?\s+(\d+)(?:\s+(?:filters|channels|kernels))?(?!\s+(?:conv|max|avg|average)))?(?=\s|$|[,.;])"#

    /// Rows under a header with a kernel column and a stride column ("Layer Operation Kernel
    /// Stride" then "1 conv 3 × 3 1"): the stride is the number after the kernel.
    /// (The operation is a word, not a layer's name: "1 conv2 3 × 3 1" is conv1's stride, then conv2.)
    private static let columnar = #"(?:^|\s)(\d+)\s+(conv(?:olution)?|max[- ]?pool(?:ing)?|avg[- ]?pool(?:ing)?|average[- ]?pool(?:ing)?)(?![\w-])\s+(\d+)\s*[×x]\s*(\d+)\s+(\d+)()()(?=\s|$)"#

    /// The same under "Kernel Stride Dilation": the dilation after the stride (group 8).
    private static let columnarDilated = #"(?:^|\s)(\d+)\s+(conv(?:olution)?|max[- ]?pool(?:ing)?|avg[- ]?pool(?:ing)?|average[- ]?pool(?:ing)?)(?![\w-])\s+(\d+)\s*[×x]\s*(\d+)\s+(\d+)()()\s+(\d+|--|–|—|-)(?=\s|$)"#

    /// Rows with no number under "Kernel Stride" ("Layer Kernel Stride Conv 3 × 3 1 MaxPool 2 × 2
    /// 2 …"), numbered in their order. (Read as numbered rows, each row's stride would pass for
    /// the next one's number: "1 Conv 3 × 3 1" and "2 Conv 3 × 3 1" out of four rows.)
    private static let unnumbered = #"(?:^|\s)()(conv(?:olution)?|max[- ]?pool(?:ing)?|avg[- ]?pool(?:ing)?|average[- ]?pool(?:ing)?)(?![\w-])\s+(\d+)\s*[×x]\s*(\d+)\s+(\d+)()()(?=\s|$)"#

    init?(_ statement: StatementText) {
        // ("1 Conv 3 × 3, 64 channels, stride 1": the channels before the stride, read as if after it.)
        let text = StatementText(statement.text.replacing(#/(\d+\s*[×x]\s*\d+),\s*(\d+)\s+(channels|filters|kernels),\s*(stride\s*\d+(?:,\s*padding\s*\d+)?(?:,\s*dilation\s*\d+)?)/#) { match in
            "\(match.output.1), \(match.output.4), \(match.output.2) \(match.output.3)"
        })
        var rows: [Row] = []
        let columns = text.firstMatch(#"\bkernel(?: size)?\s*\|?\s*stride\b"#) != nil && text.matches(Self.pattern).isEmpty
        // ("Kernel Stride Dilation": a third column a row must fill, or the table is not read.)
        let dilated = columns && text.firstMatch(#"\bstride\s*\|?\s*dilation\b"#) != nil
        let unnumbered = columns && !dilated && text.firstMatch(#"\bkernel(?: size)?\s*\|?\s*stride\s*\|?\s*(?:conv(?:olution)?|max[- ]?pool(?:ing)?|avg[- ]?pool(?:ing)?|average[- ]?pool(?:ing)?)(?![\w-])"#) != nil
        for match in text.matches(dilated ? Self.columnarDilated : unnumbered ? Self.unnumbered : columns ? Self.columnar : Self.pattern) {
            guard let number = unnumbered ? rows.count + 1 : Int(match[1]), let k = Int(match[3]), Int(match[4]) == k, let stride = Int(match[5]) else { return nil }
            let padding = Int(match[6]) ?? 0
            let type = match[2].lowercased()
            let layer: Layer?
            let written = !columns && !dilated
            var channels = Int(match[written ? 8 : 7])
            if type.hasPrefix("conv") {
                layer = channels.map { .convolution(filters: $0, kernel: Size2D(k), stride: Size2D(stride), padding: Padding2D(padding)) }
            } else {
                channels = channels ?? rows.last?.channels
                layer = .pooling(type.hasPrefix("max") ? .max : .average, window: Size2D(k), stride: Size2D(stride), padding: Padding2D(padding))
            }
            var row = Row(number: number, layer: layer, kernel: k, stride: stride, channels: channels, phrase: match[0].trimmingSpaces,
                          paddingStated: !match[6].isEmpty)
            if dilated || written && !match[7].isEmpty {
                let dilation = Int(match[dilated ? 8 : 7]) ?? 1
                guard dilation >= 1 else { return nil }
                row.dilation = dilation
                // (A dilated convolution's shape is not this table's to give.)
                if dilation != 1 { row.layer = nil }
            }
            rows.append(row)
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
