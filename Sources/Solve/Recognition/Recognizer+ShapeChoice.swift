/// "Select all layers that map an input of shape (1, 3, 32, 32) to an output of shape
/// (1, 16, 32, 32). (A) nn.Conv2d(3, 16, 3, padding=1) (B) …": each option's output shape,
/// computed as its own question on the stated input, and the options whose shape is the one
/// asked ("which layer" asks for exactly one).
extension Recognizer {
    /// The matching options; nil when the part asks no such question, and not recognized when an
    /// option's shape is not computed (or "which" finds other than one).
    func choosingByShape(_ part: PartStatement) -> Recognition? {
        let text = StatementText(part.text)
        let tuple = #"\(\s*(\d+(?:\s*,\s*\d+){2,3})\s*\)"#
        // (Options the segmenter did not split off: "(A) nn.Conv2d(…) (B) …" in the part's text.)
        let options = part.options.count >= 2 ? part.options.map { (label: $0.label, text: $0.text) } : Self.inlineOptions(part.text)
        guard options.count >= 2 else { return nil }
        let all: Bool
        let input: [Int]
        var target: [Int]
        let asks: [String]
        if let written = text.firstMatch(#"\b(select all|which)\b[^?.]{0,60}?\b(?:layers?|modules?|options?)\b[^?.]{0,30}?\bmaps?\s+an?\s+input\s+of\s+shape\s+"# + tuple + #"\s+to\s+an?\s+output\s+of\s+shape\s+"# + tuple) {
            asks = written
            all = asks[1].lowercased() == "select all"
            input = asks[2].split(separator: ",").compactMap { Int($0.trimmingCharacters(in: .whitespaces)) }
            target = asks[3].split(separator: ",").compactMap { Int($0.trimmingCharacters(in: .whitespaces)) }
        } else if let stated = text.firstMatch(#"\b(select all|which)\b[^?.]{0,60}?\b(?:layers?|modules?|options?)\b[^?.]{0,30}?\bmaps?\s+the\s+(?:(\d+)\s*[×x]\s*(\d+)\s*[×x]\s*(\d+)\s+)?(?:input|image|tensor|feature map)\s+to\s+an?\s+(?:output|tensor)\s+of\s+shape\s+(\d+)\s*[×x]\s*(\d+)\s*[×x]\s*(\d+)\s*[?.]"#),
                  // (Not under a change of its own: "Now the input is 3 × 128 × 128 instead.")
                  StatementText(String(part.text.prefix { $0 != "(" })).removing(#"\b(?:select all|which)\b.*$"#).firstMatch(#"\d+\s*[×x]\s*\d+|\binstead\b|\bnow\b"#) == nil,
                  case let named = [stated[2], stated[3], stated[4]].compactMap({ Int($0) }),
                  let problemInput = named.count == 3 ? named : LayerStackReader.inputShape(StatementText(part.context)).flatMap({ found in
                      found.1 == .chw ? [found.0.channels, found.0.height, found.0.width] : nil
                  }),
                  StatementText(part.context + " " + part.conventions).firstMatch(#"\bC\s*[×x]\s*H\s*[×x]\s*W\b|\bchannels[- ]first\b"#) != nil {
            // ("Which one of the following layers maps the input to an output of shape 16 × 32 × 32?"
            // under "… images of size 3 × 64 × 64 … give the shape C × H × W": the problem's input,
            // both shapes channels first.)
            // ("… maps the 3 × 64 × 64 image to a tensor of shape 10 × 21 × 21?": the input it names.)
            input = problemInput
            asks = [stated[0], stated[1], input.map(String.init).joined(separator: ", "), [stated[5], stated[6], stated[7]].joined(separator: ", ")]
            all = asks[1].lowercased() == "select all"
            target = [stated[5], stated[6], stated[7]].compactMap { Int($0) }
        } else {
            return nil
        }
        // (PyTorch's (N, C, H, W): one example's C × H × W, the batch unchanged.)
        var example = input
        if input.count == 4 {
            guard target.count == 4, target[0] == input[0] else { return .notRecognized(reason: "multiple choice: the batch changes between the shapes") }
            example = Array(input.dropFirst())
            target = Array(target.dropFirst())
        }
        guard example.count == 3, target.count == 3 else { return nil }
        // ("(All five have 10 output channels.)": options that write only a kernel, a stride and a
        // padding take the channels the part gives them all.)
        let shared = text.firstMatch(#"\b(?:all|each|every)(?: (?:five|four|three|six|\d+|of them|options?|layers?))? (?:ha(?:ve|s)|uses?|produces?) (\d+) (?:output channels|filters)\b"#).flatMap { Int($0[1]) }
        var matching: [String] = []
        var confidence = 1.0
        for option in options {
            var question = part
            let layer = option.text.trimmingSpaces.trimming(",. ")
            let described = shared.flatMap { count in
                StatementText(layer).firstMatch(#"^kernel\b"#) != nil && StatementText(layer).firstMatch(#"\bchannels?\b|\bfilters?\b|\bConv"#) == nil
                    ? "a convolution with \(count) output channels, " + layer : nil
            } ?? layer
            question.text = "An input of size \(example.map(String.init).joined(separator: " × ")) (C × H × W) is fed to \(described). What is the shape of the output?"
            question.options = []
            guard case .recognized(let computed) = recognize(question), case .shape(let dimensions, let layout) = computed.answer,
                  layout?.hasSuffix("CHW") == true else {
                return .notRecognized(reason: "multiple choice: the output shape of option (\(option.label)) is not computed")
            }
            if dimensions.suffix(3) == target[...] { matching.append(option.label) }
            confidence = min(confidence, computed.confidence)
        }
        guard all ? !matching.isEmpty : matching.count == 1 else {
            return .notRecognized(reason: "multiple choice: \(matching.count) options give the shape asked")
        }
        return .recognized(RecognizedAnswer(answer: .choice(matching.joined(separator: ", ")), family: .outputShape, solver: "options_by_shape",
                                            parameters: ["shape": asks[3]], confidence: confidence, evidence: asks[0]))
    }

    /// "Select all layers that map a 28 × 28 input to a 28 × 28 output (stride 1 in every case).
    /// (A) kernel 3, padding 1 (B) kernel 5, padding 2 …": each option's side,
    /// ⌊(H + 2p − d(k − 1) − 1)/s⌋ + 1, from the kernel, padding and dilation it writes and the
    /// stride it or the part states. Nil unless every option writes a kernel and a padding.
    func choosingBySide(_ part: PartStatement) -> Recognition? {
        let text = StatementText(part.text)
        let options = part.options.count >= 2 ? part.options.map { (label: $0.label, text: $0.text) } : Self.inlineOptions(part.text)
        guard options.count >= 2,
              let asks = text.firstMatch(#"\b(select all|which)\b[^?.]{0,60}?\b(?:layers?|convolutions?|options?)\b[^?.]{0,30}?\bmaps?\s+an?\s+(\d+)\s*[×x]\s*(\d+)\s+input\s+to\s+an?\s+(\d+)\s*[×x]\s*(\d+)\s+output"#),
              case let sides = asks[2...5].compactMap({ Int($0) }), sides.count == 4, sides.allSatisfy({ (1...100_000).contains($0) }) else { return nil }
        let (height, width, outHeight, outWidth) = (sides[0], sides[1], sides[2], sides[3])
        let all = asks[1].lowercased() == "select all"
        let question = text.removing(#"\([A-H]\).*"#)
        let partStride = question.firstMatch(#"\bstride\s*(?:of\s*|=\s*)?(\d+)\b"#).flatMap { Int($0[1]) }
        let partDilation = question.firstMatch(#"\bdilation\s*(?:of\s*|=\s*)?(\d+)\b"#).flatMap { Int($0[1]) }
        var matching: [String] = []
        for option in options {
            let words = StatementText(option.text)
            // (A transposed convolution, a pooling or an upsampling grows or shrinks by other rules.)
            if let other = words.firstMatch(#"\btransposed\b|\bdeconv\w*|\bpool\w*|\bupsampl\w*|\bunpool\w*|\bgroups?\b|\bceil\b"#) {
                return .notRecognized(reason: "multiple choice: option (\(option.label)) is '\(other[0])', not read")
            }
            guard let kernel = words.firstMatch(#"\bkernel(?:[ _]size)?\s*(?:=\s*)?(\d+)\b"#).flatMap({ Int($0[1]) }),
                  let padding = words.firstMatch(#"\bpadding\s*(?:=\s*)?(\d+)\b"#).flatMap({ Int($0[1]) }) else {
                return .notRecognized(reason: "multiple choice: option (\(option.label)) writes no kernel and padding")
            }
            let dilation = words.firstMatch(#"\bdilation\s*(?:=\s*)?(\d+)\b"#).flatMap { Int($0[1]) } ?? partDilation ?? 1
            // (Sizes a text could write are small; anything else is no layer.)
            guard [kernel, padding, dilation].allSatisfy({ (0...100_000).contains($0) }), kernel > 0, dilation > 0 else {
                return .notRecognized(reason: "multiple choice: option (\(option.label)) has sizes out of range")
            }
            guard let stride = words.firstMatch(#"\bstride\s*(?:=\s*)?(\d+)\b"#).flatMap({ Int($0[1]) }) ?? partStride, stride > 0 else {
                return .notRecognized(reason: "multiple choice: the stride of option (\(option.label)) is not stated")
            }
            func side(_ size: Int) -> Int { (size + 2 * padding - dilation * (kernel - 1) - 1) / stride + 1 }
            if side(height) == outHeight, side(width) == outWidth { matching.append(option.label) }
        }
        guard all ? !matching.isEmpty : matching.count == 1 else {
            return .notRecognized(reason: "multiple choice: \(matching.count) options give the size asked")
        }
        return .recognized(RecognizedAnswer(answer: .choice(matching.joined(separator: ", ")), family: .outputShape, solver: "options_by_side",
                                            parameters: ["input": "\(height)×\(width)", "output": "\(outHeight)×\(outWidth)"], confidence: 0.95, evidence: asks[0]))
    }

    /// "(A) … (B) … (C) …" written in the text: the labels in order A, B, C, … and their texts.
    static func inlineOptions(_ text: String) -> [(label: String, text: String)] {
        let marks = text.matches(of: #/(?:^|\s)\(([A-H])\)\s+/#)
        guard marks.count >= 2, marks.enumerated().allSatisfy({ $0.element.output.1 == String(Character(UnicodeScalar(65 + $0.offset)!)) }) else { return [] }
        return marks.enumerated().map { index, mark in
            let end = index + 1 < marks.count ? marks[index + 1].range.lowerBound : text.endIndex
            return (String(mark.output.1), String(text[mark.range.upperBound..<end]).trimmingCharacters(in: .whitespacesAndNewlines))
        }
    }
}
