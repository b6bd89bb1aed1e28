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
    /// "20 sequences of length 35", "16 utterances, each 50 frames long": the batch, then the length.
    static let sequencesInWords = #"\b(\d+)\s+(?:\w+\s+)?(?:sequences|utterances|sentences|clips|documents|series)\s+of\s+length\s+(\d+)\b|\b(\d+)\s+(?:\w+\s+)?(?:sequences|utterances|sentences|clips|documents|series),?\s+each\s+(\d+)\s+(?:frames|tokens|steps|time ?steps|words|characters|samples)\s+long\b"#

    /// "a tensor of shape (35, 20, 256)": the input's three sizes.
    static let shapeTuple = #"\bshape\s+\(?\[?\s*(\d+)\s*,\s*(\d+)\s*,\s*(\d+)\s*\]?\)?"#

    /// Whether a text states the input: a shape tuple or sequences in words.
    static func input(in text: StatementText) -> String? {
        (text.firstMatch(shapeTuple) ?? text.firstMatch(sequencesInWords))?[0]
    }

    static func read(_ reading: PartReading) -> Attempt {
        var calls = FrameworkCall.calls(in: reading.part.text)
        // "(d) A tensor of shape (50, 16, 128) … is passed to `lstm`" over "(i) What is the shape
        // of output?": the sub-part asks of its part's module and input.
        var setting: StatementText?
        if calls.isEmpty, let parent = reading.parentPart, !parent.text.contains("?"),
           // (Not a sub-part that changes the module: "… if the LSTM is made bidirectional?")
           reading.part.firstMatch(#"\bif\b|\binstead\b|\bmade\b|\bwere\b|\bbidirectional\b|\bstack\w*|\blayers?\b|\bnow\b|\bsuppose\b|\bwith\b|\bchange\w*"#) == nil {
            let substituted = StatementText(NamedModules.substituting(parent.text, bindings: reading.namedModules))
            calls = FrameworkCall.calls(in: substituted.text).filter { ["RNN", "LSTM", "GRU"].contains($0.name) }
            setting = substituted
        }
        // ("What is the dimension of each head?" under "A block uses nn.MultiheadAttention(…) …":
        // the statement's one attention call.)
        let stated = FrameworkCall.calls(in: reading.problemStatement.text).filter { $0.name == "MultiheadAttention" }
        // (Not when the part changes it: "Suppose we use 16 heads instead.")
        let unchanged = !reading.part.writesNumbers && reading.part.firstMatch(#"\binstead\b|\bsuppose\b|\bif\b|\bwere\b|\bnow\b|\bchange"#) == nil
        let attentionCalls = calls.isEmpty && stated.count == 1 && unchanged ? stated : calls
        if let attention = attentionCalls.first(where: { $0.name == "MultiheadAttention" }), attentionCalls.count == 1,
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
        // (A module named twice, "passed to `rnn` … returned by `rnn`", is one module.)
        var recurrent: [FrameworkCall] = []
        for call in calls where ["RNN", "LSTM", "GRU"].contains(call.name) && !recurrent.contains(call) { recurrent.append(call) }
        guard !recurrent.isEmpty, let asks = ShapeReader.asksForShape(reading.part) ?? reading.part.firstMatch(#"\bshape of (?:its|the) (?:first )?output\b"#)?[0]
        else { return .notApplicable }
        guard recurrent.count == 1, let call = recurrent.first else { return .failed("output shape of \(recurrent.count) recurrent modules") }
        // h_n (and an LSTM's c_n) is (D·num_layers, N, H_out) whatever batch_first says; "the
        // second output" of an LSTM is the pair of them, not one shape.
        if let other = reading.part.firstMatch(#"\bsecond output\b"#) {
            return .failed("\(call.text): the part asks about '\(other[0])', not one tensor")
        }
        // ("What is the shape of output in output, (h_n, c_n) = lstm(x)?" asks for the output: the
        // name after "shape of" decides; without one, a part that names both is not read.)
        // ("h n": a PDF's paste of h_n, its underscore lost.)
        let statePattern = #"\bh_n\b|\bh_?\{?n\}?\b|\bh n\b|\b(?:final|last) hidden state\b|\bc_n\b|\bc n\b|\b(?:final |last )?cell state\b"#
        let named = reading.part.firstMatch(#"\bshape of (?:the )?(?:tensor )?(h_n|c_n|h_\{n\}|hn|h n|c n|outputs?|(?:final|last) (?:hidden|cell) state|cell state)\b"#)?[1].lowercased()
        // ("What is the shape of h?" or of anything else named: not read as the output.)
        if named == nil, let other = reading.part.firstMatch(#"\bshape of (?:the )?(?:tensor )?`?([A-Za-z][A-Za-z0-9_]{0,3})`?\s*[?.,;]"#), !other[1].lowercased().hasPrefix("out") {
            return .failed("\(call.text): the shape of '\(other[1])' is not read")
        }
        let finalState: [String]?
        switch named {
        case let name? where name.hasPrefix("output"): finalState = nil
        case .some: finalState = reading.part.firstMatch(statePattern)
        case nil:
            finalState = reading.part.firstMatch(statePattern)
            if finalState != nil, reading.part.firstMatch(#"\boutputs?\b"#) != nil {
                return .failed("\(call.text): the part names the output and the final state, and which shape it asks is not read")
            }
        }
        var finding = Finding(.outputShape)
        finding.note(asks)
        let module: FrameworkModule, batchFirst: Bool
        do { (module, batchFirst) = (try call.module(), try call.batchFirst()) } catch { return .failed(error.reason) }
        guard case .recurrent(let cell, let inputs, let hidden, let layers, _, let bidirectional) = module else { return .failed("\(call.text): not a recurrent layer") }
        let asksCell = finalState.map { $0[0].lowercased().hasPrefix("c") || $0[0].lowercased().contains("cell") } == true
        if let finalState, asksCell, cell != .lstm {
            return .failed("\(call.text): '\(finalState[0])' of a layer without a cell state")
        }
        finding.read("module", call.text, from: call.text)

        // The part's own input, else the one its problem's statement describes.
        let ownInput = Self.input(in: reading.part) != nil
        let fromSetting = !ownInput && setting.flatMap { Self.input(in: $0) } != nil
        let text = ownInput ? reading.part : fromSetting ? setting! : reading.problemStatement
        if !ownInput, !fromSetting { finding.assume(0.97, "input from the problem's statement") }
        let length: Int, batch: Int
        if let tuple = text.firstMatch(Self.shapeTuple),
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
        } else if let words = text.firstMatch(Self.sequencesInWords), let n = Int(words[1]) ?? Int(words[3]), let l = Int(words[2]) ?? Int(words[4]) {
            (length, batch) = (l, n)
            finding.read("input", "\(n) sequences of length \(l)", from: words[0])
        } else {
            return .failed("\(asks): the input's length and batch are not stated")
        }
        // "now laid out batch-first" must be the layer's own setting ("batch_first=False" says it is not).
        if let layout = text.firstMatch(#"\bbatch[- _]first\b(?!\s*=\s*False)"#), !batchFirst {
            return .failed("\(call.text): '\(layout[0])' but the layer is not batch_first")
        }
        if let finalState {
            finding.note(finalState[0])
            finding.read("layout", "(D·num_layers, N, H_out)")
            return finding.finish(.fixedTensorShape([(bidirectional ? 2 : 1) * layers, batch, hidden], name: "recurrent_final_state_shape"))
        }
        let width = (bidirectional ? 2 : 1) * hidden
        let dimensions = batchFirst ? [batch, length, width] : [length, batch, width]
        finding.read("layout", batchFirst ? "(N, L, D·H_out)" : "(L, N, D·H_out)")
        return finding.finish(.fixedTensorShape(dimensions, name: "recurrent_output_shape"))
    }
}
