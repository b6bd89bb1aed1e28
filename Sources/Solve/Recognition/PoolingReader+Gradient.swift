/// Backpropagation through a pooling layer of given numbers: "the gradient of the loss with
/// respect to the output of the max-pooling layer in (a) is [1 −2; 3 0.5]. Give the gradient of
/// the loss with respect to F."
extension PoolingReader {
    /// Nil when the part gives no gradient with respect to a pooling layer's output.
    static func readGradient(_ reading: PartReading) -> Attempt? {
        let part = reading.part
        guard let given = part.firstMatch(#"\bgradient\b[^.]{0,60}?\bwith respect to\s+(?:the\s+)?output\s+of\s+(?:the\s+|this\s+|that\s+)?(max|maximum|average|avg|mean)[- ]?pool\w*(?:\s+layer)?(?:\s+(?:in|of|from)\s+(?:part\s+)?\(([a-z])\))?"#) else {
            return nil
        }
        let kind: Pooling.Kind = given[1].lowercased().hasPrefix("max") ? .max : .average
        var finding = Finding(.pooling)
        finding.note(given[0])
        // The gradient asked: with respect to the pooled map.
        guard let asked = part.firstMatch(#"\b(?:gradient|derivative)\b[^.]{0,40}?\bwith respect to\s+(?:the\s+)?(?:input(?:\s+map)?|feature map|map|\$?([A-Z]))\b\$?\s*[.?]"#) else {
            return .failed("pooling gradient: the gradient asked is not the one with respect to the pooled map")
        }
        // The layer: the part's own words, else the part it names.
        let texts = [part] + (given[2].isEmpty ? [] : reading.segments.filter { $0.label == given[2] }.map { StatementText($0.text) })
        // ("(a) Multiply H by 3 and apply 2 × 2 average pooling", "(a) Apply ReLU to G, then …": the
        // layer is not the pooling alone.)
        if let other = texts.dropFirst().lazy.compactMap({ $0.firstMatch(#"\bmultipl\w*|\bReLU\b|\badd\w*|\bsubtract\w*|\bscal\w*|\bthen\b|\bfollowed by\b|\bafter\b|\bbefore\b|\bpadding\b|\bcount_include_pad\b|\bceil"#) }).first {
            return .failed("pooling gradient: '\(other[0])' in the layer's part is not read")
        }
        var window: Size2D?, stride: Size2D?
        for text in texts where window == nil {
            if let match = text.firstMatch(ParameterPhrases.squarePattern + #"\s+(?:max|maximum|average|avg|mean)[- ]?pool"#), let rows = Int(match[1]), let columns = Int(match[2]) {
                window = Size2D(rows: rows, columns: columns)
                finding.read("window", "\(rows)×\(columns)", from: match[0])
                if let value = ParameterPhrases.strides(in: text).first {
                    stride = Size2D(value.value)
                    finding.read("stride", "\(value.value)", from: value.phrase)
                }
            }
        }
        guard let window else { return .failed("pooling gradient: the layer's window is not stated") }
        guard let stride else { return .failed("pooling gradient: the layer's stride is not stated") }
        // The map: the one the part names, else the statement's only one.
        let maps = MathScanner.bindings(in: reading.problemStatement.text).filter { $0.literal.isNumeric && $0.literal.grid != nil }
        let named = asked[1].isEmpty ? maps : maps.filter { $0.name == asked[1] }
        guard named.count == 1, let map = named.first, let input = map.literal.grid else {
            return .failed("pooling gradient: the pooled map is not one stated array")
        }
        finding.read("input", ConvolutionReader.display(map.literal.text), from: "\(map.name) = \(ConvolutionReader.display(map.literal.text))")
        let upstreams = MathScanner.arrays(in: part.text).filter(\.isNumeric).compactMap(\.grid)
        guard upstreams.count == 1, let upstream = upstreams.first else { return .failed("pooling gradient: the gradient with respect to the output is not one array") }
        finding.read("upstream", upstream.map { $0.map(RealValue.format).joined(separator: " ") }.joined(separator: "; "))
        return finding.finish(.poolingGradient(kind, input: input, window: window, stride: stride, upstream: upstream))
    }
}
