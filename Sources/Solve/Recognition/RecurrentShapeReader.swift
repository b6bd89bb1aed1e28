/// Reads the output shape of one recurrent layer written as a call, and the size of each head
/// of a multi-head attention call: "`nn.LSTM(256, 512)` receives a tensor of shape (35, 20, 256)
/// (sequence length 35, batch 20). What is the shape of its first output?", "the same 20
/// sequences of length 35, now batch-first", "What is the dimension of each head in
/// `nn.MultiheadAttention(256, 8)`?".
///
/// Only the first output (every step's hidden state) is answered; a part about h_n, c_n or
/// the final hidden state is left alone, as is a stated input whose order contradicts the
/// layer's `batch_first` or whose features differ from its `input_size`.
enum RecurrentShapeReader {
    static func read(_ reading: PartReading) -> Attempt {
        let calls = FrameworkCall.calls(in: reading.part.text)
        if let attention = calls.first(where: { $0.name == "MultiheadAttention" }), calls.count == 1,
           let asks = reading.part.firstMatch(#"\b(?:dimension|size|width)s? (?:of )?(?:each|every|one|a single|per) head\b|\bhead (?:dimension|size)\b|\bper-head dimension\b"#) {
            var finding = Finding(.outputShape)
            finding.note(asks[0])
            do {
                let size = try attention.headDimension()
                finding.read("module", attention.text, from: attention.text)
                return finding.finish(.fixedCount(size, name: "attention_head_dimension", family: .outputShape))
            } catch {
                return .failed(error.reason)
            }
        }
        let recurrent = calls.filter { ["RNN", "LSTM", "GRU"].contains($0.name) }
        guard !recurrent.isEmpty, let asks = ShapeReader.asksForShape(reading.part) ?? reading.part.firstMatch(#"\bshape of (?:its|the) (?:first )?output\b"#)?[0]
        else { return .notApplicable }
        guard recurrent.count == 1, let call = recurrent.first else { return .failed("output shape of \(recurrent.count) recurrent modules") }
        if let other = reading.part.firstMatch(#"\bh_n\b|\bc_n\b|\bh_?\{?n\}?\b|\b(?:final|last) hidden state\b|\bsecond output\b|\bcell state\b"#) {
            return .failed("\(call.text): the part asks about '\(other[0])', not the first output")
        }
        var finding = Finding(.outputShape)
        finding.note(asks)
        let module: FrameworkModule, batchFirst: Bool
        do { (module, batchFirst) = (try call.module(), try call.batchFirst()) } catch { return .failed(error.reason) }
        guard case .recurrent(_, let inputs, let hidden, _, _, let bidirectional) = module else { return .failed("\(call.text): not a recurrent layer") }
        finding.read("module", call.text, from: call.text)

        let text = reading.part
        let length: Int, batch: Int
        if let tuple = text.firstMatch(#"\bshape\s+\(?\[?\s*(\d+)\s*,\s*(\d+)\s*,\s*(\d+)\s*\]?\)?"#),
           let a = Int(tuple[1]), let b = Int(tuple[2]), let features = Int(tuple[3]) {
            guard features == inputs else { return .failed("\(call.text): the input has \(features) features, the layer takes \(inputs)") }
            (length, batch) = batchFirst ? (b, a) : (a, b)
            finding.read("input", "(\(a), \(b), \(features))", from: tuple[0])
            // "(sequence length 35, batch 20)": words that name the sizes must agree with the layout.
            if let named = text.firstMatch(#"\b(?:sequence length|length|seq_len)\s*(?:of\s+|=\s*)?(\d+)\b"#), Int(named[1]) != length {
                return .failed("\(call.text): '\(named[0])' disagrees with batch_first=\(batchFirst ? "True" : "False")")
            }
            if let named = text.firstMatch(#"\bbatch(?: size)?\s*(?:of\s+|=\s*)?(\d+)\b"#), Int(named[1]) != batch {
                return .failed("\(call.text): '\(named[0])' disagrees with batch_first=\(batchFirst ? "True" : "False")")
            }
        } else if let words = text.firstMatch(#"\b(\d+)\s+(?:\w+\s+)?sequences\s+of\s+length\s+(\d+)\b"#), let n = Int(words[1]), let l = Int(words[2]) {
            (length, batch) = (l, n)
            finding.read("input", "\(n) sequences of length \(l)", from: words[0])
        } else {
            return .failed("\(asks): the input's length and batch are not stated")
        }
        // "now laid out batch-first" must be the layer's own setting.
        if let layout = text.firstMatch(#"\bbatch[- _]first\b"#), !batchFirst {
            return .failed("\(call.text): '\(layout[0])' but the layer is not batch_first")
        }
        let width = (bidirectional ? 2 : 1) * hidden
        let dimensions = batchFirst ? [batch, length, width] : [length, batch, width]
        finding.read("layout", batchFirst ? "(N, L, D·H_out)" : "(L, N, D·H_out)")
        return finding.finish(.fixedTensorShape(dimensions, name: "recurrent_output_shape"))
    }
}
