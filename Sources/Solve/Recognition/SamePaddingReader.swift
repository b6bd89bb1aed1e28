/// The zero padding that keeps a convolution's spatial size: "What value of padding should be
/// passed to nn.Conv2d so that conv3 preserves the size of its input, keeping the dilation of
/// 2?" — p = d(k − 1)/2 on each side at stride 1.
///
/// The kernel and dilation come from the layer's call in the part (a module the problem names
/// stands in its place) or from the part's words ("a 5 × 5 kernel with dilation 2"); a kernel
/// given both ways must agree. A stride other than 1, an odd total d(k − 1) (no symmetric
/// padding exists), or a non-square kernel leave the part unanswered.
enum SamePaddingReader {
    static func read(_ reading: PartReading) -> Attempt {
        let part = reading.part
        guard let asked = part.firstMatch(questionPattern) else { return .notApplicable }
        guard let keeps = part.firstMatch(#"\bsame\b|\bpreserv\w*\b|\bkeeps?\b[^.?]*\b(?:size|resolution|dimensions?|shape)\b|\bunchanged\b|\bequal to (?:the|its) input\b"#) else {
            return .notApplicable
        }
        var finding = Finding(.outputShape)
        finding.note(asked[0])
        finding.note(keeps[0])
        var kernel: Int?, dilation: Int?, stride: Int?
        let calls = FrameworkCall.calls(in: part.text).filter { $0.name == "Conv2d" || $0.name == "Conv1d" }
        if calls.count > 1 { return .failed("same padding: \(calls.count) convolutions named") }
        if let call = calls.first {
            switch Result(catching: { () throws(FrameworkCall.Unreadable) in try call.layer() }) {
            case .success(let (layer, _)):
                guard case .convolution(_, let k, let s, _, let d, _) = layer else { return .failed("same padding: \(call.text) is not a convolution") }
                guard k.rows == k.columns, s.rows == s.columns, d.rows == d.columns else { return .failed("same padding: a non-square kernel, stride or dilation") }
                (kernel, stride, dilation) = (k.rows, s.rows, d.rows)
                finding.read("layer", call.text)
            case .failure(let error):
                // (Conv1d has no 2D layer; its kernel and dilation are read from the words.)
                guard call.name == "Conv1d" else { return .failed(error.reason) }
            }
        }
        if let words = part.firstMatch(#"\b(\d+)\s*[×x]\s*(\d+)\s+(?:kernel|filter|convolution)\b|\bkernel(?:[_ ]size)?\s*(?:=|of|is)?\s*(\d+)\b|\b(\d+)-tap\b"#) {
            let size = Int(words[1]) ?? Int(words[3]) ?? Int(words[4])
            if !words[1].isEmpty, words[1] != words[2] { return .failed("same padding: a non-square kernel") }
            if let kernel, let size, kernel != size { return .failed("same padding: two kernel sizes stated") }
            kernel = kernel ?? size
        }
        if let words = part.firstMatch(#"\bdilation(?:[_ ]rate)?\s*(?:=|of|is)?\s*(\d+)\b"#), let value = Int(words[1]) {
            if let dilation, dilation != value { return .failed("same padding: two dilations stated") }
            dilation = value
        }
        let strides = ParameterPhrases.strides(in: part)
        if let stated = strides.first {
            if let stride, stride != stated.value { return .failed("same padding: two strides stated") }
            stride = stated.value
        }
        // ("Suppose we want L4 to preserve the spatial size of its input, keeping the dilation of 2":
        // the convolution row the part names in the statement's table of named layers.)
        if kernel == nil, calls.isEmpty, let table = NamedLayerTable(reading.problemStatement), let index = table.named(in: part),
           // ("… if its kernel is changed to 7 × 7": another layer than the row.)
           part.firstMatch(#"\bif\b|\binstead\b|\bchang\w*|\breplac\w*|\bwere\b|\d+\s*[×x]\s*\d+"#) == nil,
           case .convolution(_, let k, let s, _, let d, _)? = table.rows[index].layer {
            if let dilation, dilation != d.rows { return .failed("same padding: dilation \(dilation) stated, \(table.rows[index].name) has \(d.rows)") }
            if let stride, stride != s.rows { return .failed("same padding: stride \(stride) stated, \(table.rows[index].name) has \(s.rows)") }
            (kernel, stride, dilation) = (k.rows, s.rows, d.rows)
            finding.read("layer", table.rows[index].phrase)
        }
        guard let kernel else { return .failed("same padding: the kernel size is not stated") }
        if stride == nil {
            finding.assume(0.9, "stride not stated: 1 assumed")
        }
        guard (stride ?? 1) == 1 else { return .failed("same padding with a stride of \(stride!): the output cannot keep the input's size") }
        let d = dilation ?? 1
        guard (d * (kernel - 1)) % 2 == 0 else { return .failed("same padding: d(k − 1) = \(d * (kernel - 1)) is odd, so no symmetric padding keeps the size") }
        finding.read("kernel", "\(kernel)")
        finding.read("dilation", "\(d)")
        return finding.finish(.fixedCount(d * (kernel - 1) / 2, name: "same_padding", family: .outputShape))
    }

    /// "What value of padding should be passed …?", "How much zero padding …?", "What padding p …?"
    static let questionPattern = #"\bwhat (?:value of |amount of )?(?:zero[- ])?padding\b|\bhow much (?:zero[- ])?padding\b|\bwhich (?:value of )?padding\b|\bwhat (?:should|must) (?:the )?padding\b|\bwhat (?:value|integer) (?:of |for )?(?:the )?`?padding`?\b"#
}
