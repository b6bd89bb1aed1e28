/// Reads what a part asks of the network its problem gives as a table (``NetworkTable``): the
/// parameters of a named layer or of the whole network, a named convolution's
/// multiply-accumulates for one input, the spatial side of a named layer's output.
///
/// A part that changes the network ("Replace conv3 by …", "If conv2 had stride 2") asks of
/// another network and is left to the readers of what it describes.
enum NetworkTableReader {
    static func read(_ reading: PartReading) -> Attempt {
        guard let table = NetworkTable(reading.problemStatement) else { return .notApplicable }
        let part = reading.part
        if part.firstMatch(#"\b(?:replac\w*|instead|if|suppose|assume|change\w*|remov\w*|add\w*|batch|double\w*|halv\w*|would|given|now|new|were|had|set|uses?)\b"#) != nil { return .notApplicable }
        // ("Conv3 is given stride 2", "… with 5 classes": a number of the part's own beside the rows
        // it names sets something of another network.)
        let unnamed = table.rows.map(\.name).reduce(part.text) { text, name in
            text.replacingOccurrences(of: name.allSatisfy(\.isNumber) ? "(?i)\\blayer \(name)\\b" : "\\b\(name)\\b", with: "", options: .regularExpression)
        }
        if unnamed.contains(where: \.isNumber) { return .notApplicable }
        let named = table.named(in: part)
        let whole = named == nil && part.firstMatch(#"\b(?:whole|entire|full|complete) (?:network|model|cnn)\b|\b(?:network|model) (?:have|has) in total\b"#) != nil
        guard named != nil || whole else { return .notApplicable }
        let input = LayerStackReader.inputShape(reading.problemStatement)
        if part.firstMatch(#"\bparameters\b"#) != nil, part.firstMatch(#"\bhow many\b|\bnumber of\b|\bcount\b|\btotal\b"#) != nil {
            return parameters(table, row: named, input: input, reading)
        }
        // ("How many FLOPs does layer 4 perform? Count one multiply-accumulate as two FLOPs.": twice
        // the count, only where the text says a multiply–add is two.)
        // ("… in the backward pass", "per output channel": another count than the layer's on one input.)
        if named != nil, part.firstMatch(#"\bFLOPs?\b|\bfloating[- ]?point operations\b|\bmultiply[- –]accumulate|\bMACs?\b"#) != nil,
           let other = part.firstMatch(#"\bbackward\b|\bgradients?\b|\bper (?:output|pixel|position|channel|element|unit|filter|location)\b|\beach (?:output|pixel|position|channel|element)\b"#) {
            return .failed("operation count: '\(other[0])' asks another count than the layer's on one input")
        }
        if let index = named, part.firstMatch(#"\bFLOPs?\b|\bfloating[- ]?point operations\b"#) != nil {
            guard let perMAC = OperationCountReader.twoFLOPsPerMAC(reading) else {
                return .failed("FLOPs: whether a multiply–add counts as one or two operations is not stated")
            }
            let counted = multiplyAccumulates(table, row: index, input: input)
            guard case .recognized(var found) = counted, case .integer(let macs) = found.answer else { return counted }
            found.answer = .integer(2 * macs)
            found.solver = "flops_conv"
            found.evidence += "; FLOPs per MAC: 2 (\(perMAC[0]))"
            return .recognized(found)
        }
        if let index = named, part.firstMatch(#"\bmultiply[- –]accumulate|\bMACs?\b"#) != nil {
            return multiplyAccumulates(table, row: index, input: input)
        }
        // ("What is the receptive field (side length, in input pixels) …?" asks another quantity.)
        if let index = named, part.firstMatch(#"\breceptive field\b"#) == nil, let asks = part.firstMatch(#"\bspatial (?:side length|size)\b|\bside length\b"#) {
            guard let (stated, _, phrase) = input, let layers = table.layers(before: index + 1) else {
                return .failed("\(asks[0]): the input's size or a layer's padding is not stated")
            }
            var shaped = Finding(.outputShape)
            shaped.note(asks[0])
            shaped.read("input", "\(stated)", from: phrase)
            shaped.read("layers", table.rows[...index].map(\.phrase).joined(separator: "; "))
            do {
                guard let out = try stated.applying(layers).last, out.height == out.width else { return .failed("\(asks[0]): the output is not square") }
                return shaped.finish(.fixedCount(out.height, name: "network_table_side", family: .outputShape))
            } catch {
                return .failed("\(asks[0]): \(error)")
            }
        }
        return .notApplicable
    }

    /// A named row's parameters, or the whole network's.
    private static func parameters(_ table: NetworkTable, row: Int?, input: (LayerShape, LayerShape.Layout, String)?, _ reading: PartReading) -> Attempt {
        var finding = Finding(.parameterCount)
        guard let bias = ParameterPhrases.bias(in: reading.part) ?? ParameterPhrases.bias(in: reading.problemStatement) else {
            return .failed("parameters of the table's layers: whether they have biases is not stated")
        }
        finding.read("bias", bias.value ? "yes" : "no", from: bias.phrase)
        guard let (stated, _, phrase) = input else { return .failed("parameters of the table's layers: the input's channels are not stated") }
        finding.read("input", "\(stated)", from: phrase)
        let entering = table.inputChannels(startingWith: stated.channels)
        if let index = row {
            guard case .convolution(let filters, let k, _, _) = table.rows[index].kind else {
                return .failed("parameters of \(table.rows[index].name): only a convolution row's are counted here")
            }
            finding.read("layer", table.rows[index].phrase)
            finding.read("in channels", "\(entering[index])")
            return finding.finish(.parameterCountConvolution(inChannels: entering[index], outChannels: filters, kernel: Size2D(k), bias: bias.value))
        }
        var total = 0
        for (index, row) in table.rows.enumerated() {
            switch row.kind {
            case .convolution(let filters, let k, _, _):
                total += k * k * entering[index] * filters + (bias.value ? filters : 0)
            case .pooling:
                continue
            case .linear(let outputs):
                // The linear layer takes the flattened output of the rows before it.
                guard let layers = table.layers(before: index), let flat = (try? stated.applying(layers))?.last ?? (layers.isEmpty ? stated : nil) else {
                    return .failed("parameters of \(row.name): the size of its flattened input needs every padding, and one is not stated")
                }
                let inputs = flat.channels * flat.height * flat.width
                finding.read("\(row.name) inputs", "\(flat.channels)·\(flat.height)·\(flat.width) = \(inputs)")
                total += inputs * outputs + (bias.value ? outputs : 0)
            }
        }
        finding.read("layers", table.rows.map(\.phrase).joined(separator: "; "))
        return finding.finish(.fixedCount(total, name: "param_count_network_table", family: .parameterCount))
    }

    /// A named convolution's multiply-accumulates on one input: its output's positions times
    /// its kernel's taps times its input and output channels.
    private static func multiplyAccumulates(_ table: NetworkTable, row index: Int, input: (LayerShape, LayerShape.Layout, String)?) -> Attempt {
        guard case .convolution(let filters, let k, _, _) = table.rows[index].kind else {
            return .failed("multiply-accumulates of \(table.rows[index].name): only a convolution's are counted here")
        }
        guard let (stated, _, phrase) = input, let layers = table.layers(before: index + 1),
              let shapes = try? stated.applying(layers), let out = shapes.last else {
            return .failed("multiply-accumulates of \(table.rows[index].name): the input's size or a layer's padding is not stated")
        }
        let entering = index == 0 ? stated.channels : shapes[index - 1].channels
        var counting = Finding(.operationCount)
        counting.read("input", "\(stated)", from: phrase)
        counting.read("layer", table.rows[index].phrase)
        counting.read("output", "\(out)")
        return counting.finish(.operationCount(.convolution(inChannels: entering, outChannels: filters, kernel: Size2D(k),
                                                           output: Size2D(rows: out.height, columns: out.width), groups: 1)))
    }
}
