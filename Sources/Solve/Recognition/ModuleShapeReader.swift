import Foundation

/// Reads the output shape of one framework layer written as a call and applied to a stated
/// input: "An RGB image of size 64 × 64 is fed to each layer. Give the shape of the output.
/// (a) `nn.Conv2d(3, 16, kernel_size=5, padding=2)`", and "(d) `nn.MaxPool2d(3, stride=2)`
/// applied to the output of (a)", which chains through (a)'s own layer.
///
/// The input's channels must match the call's `in_channels` (a self-check); the answer is
/// written channels-first when the part, its problem or the set's conventions say so.
enum ModuleShapeReader {
    static func read(_ reading: PartReading) -> Attempt {
        var calls = FrameworkCall.calls(in: reading.part.text).filter { shaped.contains($0.name) }
        // "Repeat (a) with a stride of 2" under (a)'s call counts as one.
        let repeats = calls.isEmpty && (try? repeated(reading.part, in: reading)?.get()) != nil
        // "… takes a 3 × 224 × 224 image and applies nn.Conv2d(3, 64, …)." then "What is the
        // output shape?": the one layer the problem's statement writes, when the part names none.
        var part = reading.part
        if calls.isEmpty, !repeats, reading.namedModules.isEmpty, ShapeReader.asksForShape(reading.part) != nil,
           reading.part.firstMatch(#"\([a-z]\)|\b(?:layer|conv\w*|pool\w*|linear)\b"#) == nil,
           // (Not "the spatial size", "the side length": a part of the shape.)
           reading.part.firstMatch(#"\bspatial\b|\bside length\b|\bL_\{?out|\b(?:height|width|number of (?:output )?channels) of\b"#) == nil {
            let stated = FrameworkCall.calls(in: reading.problemStatement.text)
            if stated.count == 1, shaped.contains(stated[0].name) {
                calls = stated
                part = StatementText(reading.part.text + " (" + stated[0].text + ")")
            }
        }
        // "What is the shape right after the second convolution?" of the problem's nn.Sequential:
        // its modules up to that one, on the stated input.
        if !repeats, let model = SequentialModel(reading), ShapeReader.asksForShape(reading.part) != nil {
            return throughModel(model, reading)
        }
        guard !calls.isEmpty || repeats else { return .notApplicable }
        // ("Repeat (a) with a stride of 2" asks what (a) asks.)
        let asks = ShapeReader.asksForShape(reading.part)
            ?? (repeats ? reading.repeatedPart.flatMap { ShapeReader.asksForShape($0.text) } : nil)
            ?? (asksOther(reading.part) || asksMoreThanShapes(reading.problemStatement) ? nil : ShapeReader.asksForShape(reading.problemStatement))
        guard let asks else { return .notApplicable }
        // "An image is passed through the following layers: conv1 = …, pool = …, conv2 = …" then
        // "What is the shape after pool?": the named module's input is the output of those before it.
        let pipeline = NamedModules.distinctRows(reading.namedModules, naming: reading.usedModules.first)
            .filter { binding in FrameworkCall.calls(in: binding.call).allSatisfy { shaped.contains($0.name) } }
        // ("the output of conv2 (that is, after pool1 and conv2)": the latest module named, when the
        // part asks for its output and the others come before it.)
        // ("Output shape of pool2. (This should agree with the input size of fc.)": of the modules it
        // names, the one alone in the pipeline, when it is named first.)
        // (Only a part that asks just that: "Output shape of X." and a remark in parentheses.)
        let inPipeline = reading.usedModules.filter { used in pipeline.contains { $0.name == used } }
        let asksOnlyOutput = PartReading.strippingLabel(reading.part.text).replacingOccurrences(of: #"nn\.\w+\([^()]*\)"#, with: "MODULE", options: .regularExpression)
            .replacingOccurrences(of: #"\([^()]*\)"#, with: "", options: .regularExpression)
            .range(of: #"(?i)^\s*(?:what is |give |find )?(?:the )?output shape of\s+`?[^\s`]+`?\s*[.?]?\s*$"#, options: .regularExpression) != nil
        let asked = reading.usedModules.count == 1 ? reading.usedModules.first
            : lastOfPipeline(reading, pipeline) ?? (asksOnlyOutput && inPipeline.count == 1 && reading.usedModules.first == inPipeline.first ? inPipeline.first : nil)
        let chained = calls.count == 2 && reading.part.text.contains("output of " + calls[0].text) || inOrder(calls, in: reading.part.text)
        guard calls.count == 1 || repeats || chained || (asked != nil && pipeline.count >= 2) else {
            return .failed("output shape through \(calls.count) modules: their order is not stated")
        }
        var finding = Finding(.outputShape)
        finding.note(asks)
        if pipeline.count >= 2, let used = asked,
           let position = pipeline.firstIndex(where: { $0.name == used }) {
            guard NamedModules.orderStated(in: reading.problemStatement) else {
                return .failed("\(used): one of \(pipeline.count) modules the problem names, and their order is not stated")
            }
            // "Same network, but L4 is replaced by nn.Conv2d(…, padding='same')": the new call in
            // the old one's place (the part's text has L4's call in place of its name).
            var calls = pipeline.map(\.call)
            var replaced = false
            for (index, call) in calls.enumerated() {
                guard let (new, phrase) = NamedModules.replacement(of: call, in: reading.part.text) else { continue }
                calls[index] = new.text
                replaced = true
                finding.read("replaced", "\(pipeline[index].name) by \(new.text)", from: phrase)
            }
            // ("Suppose conv1 were instead nn.Conv2d(…) followed by a 2 × 2 max pooling": a change
            // the replacement does not read leaves the network unknown.)
            if !replaced, let change = reading.part.firstMatch(#"\b(?:were|was|is|are) instead\b|\binstead of\b|\breplac\w*|\bswap\w*|\bsubstitut\w*|\bchanged to\b|\b(?:inserted|added|removed|dropped)\b"#) {
                return .failed("\(used): '\(change[0])' changes the network, and the change is not read")
            }
            let chain = calls[...position].joined(separator: ", then ")
            let text = StatementText("The input passes through " + chain + ".")
            let shape: LayerShape
            switch output(of: text, in: reading, depth: 0, &finding) {
            case .success(let value): shape = value
            case .failure(let error): return .failed(error.reason)
            }
            finding.note("the modules up to \(used), in the order the problem lists them")
            return finish(shape, reading, &finding)
        }
        // (A module of the problem's pipeline after its first takes their output, not the network's
        // input: "Does the input size of fc agree with the output shape of pool2?")
        if pipeline.count >= 2, let later = reading.usedModules.first(where: { used in (pipeline.firstIndex { $0.name == used } ?? 0) > 0 }) {
            return .failed("\(later): it comes after other modules of the network, and the part is not read as asking its output alone")
        }
        let shape: LayerShape
        switch output(of: part, in: reading, depth: 0, &finding) {
        case .success(let value): shape = value
        case .failure(let error): return .failed(error.reason)
        }
        return finish(shape, reading, &finding)
    }

    /// The shape after `model`'s target: every module before it must be one whose shape is
    /// known here or one that leaves the shape alone.
    private static func throughModel(_ model: SequentialModel, _ reading: PartReading) -> Attempt {
        var finding = Finding(.outputShape)
        if let asks = ShapeReader.asksForShape(reading.part) { finding.note(asks) }
        guard let (stated, _, inputPhrase) = LayerStackReader.inputShape(reading.part) ?? LayerStackReader.inputShape(reading.problemStatement) else {
            return .failed("\(model.phrase): the input shape is not stated")
        }
        finding.note(inputPhrase)
        var shape = stated
        for call in model.throughTarget where !shapeless.contains(call.name) {
            guard shaped.contains(call.name) else { return .failed("\(model.phrase): \(call.text) comes before it, and its output shape is not computed here") }
            switch apply(call, to: shape) {
            case .success(let next): shape = next
            case .failure(let error): return .failed(error.reason)
            }
        }
        finding.read("modules", model.throughTarget.map(\.text).joined(separator: " → "), from: model.phrase)
        return finish(shape, reading, &finding)
    }

    /// Of several modules a part names, the one whose output it asks for: the latest in the
    /// problem's order, named after "output of", with every other one named before it.
    private static func lastOfPipeline(_ reading: PartReading, _ pipeline: [(name: String, call: String)]) -> String? {
        let positions = reading.usedModules.compactMap { used in pipeline.firstIndex { $0.name == used } }
        guard positions.count == reading.usedModules.count, positions.count >= 2, let last = positions.max() else { return nil }
        let name = pipeline[last].name
        let written = PartReading.strippingLabel(reading.part.text)
        // (The part's text has each module's call in place of its name: look for the call.)
        guard written.contains("output of " + pipeline[last].call) || written.contains("output of `" + pipeline[last].call) else { return nil }
        return name
    }

    /// The shape in the layout asked, with or without its batch as asked.
    private static func finish(_ shape: LayerShape, _ reading: PartReading, _ finding: inout Finding) -> Attempt {
        let layout = self.layout(reading, &finding)
        switch ShapeReader.batched(shape, reading, &finding) {
        case .success(let shown): return finding.finish(.fixedShape(shown, layout: layout))
        case .failure(let error): return .failed(error.reason)
        }
    }

    static let shaped: Set<String> = ["Conv2d", "ConvTranspose2d", "MaxPool2d", "AvgPool2d"]

    /// The output shape of the one call in `text`, its input stated in the text or in the
    /// problem, or the output of the part it is applied to.
    private static func output(of text: StatementText, in reading: PartReading, depth: Int, _ finding: inout Finding)
        -> Result<LayerShape, FrameworkCall.Unreadable>
    {
        let calls = FrameworkCall.calls(in: text.text).filter { shaped.contains($0.name) }
        if calls.isEmpty, depth < 4, let repeated = repeated(text, in: reading) {
            switch repeated {
            case .success(let changed): return output(of: changed, in: reading, depth: depth + 1, &finding)
            case .failure(let error): return .failure(error)
            }
        }
        // "The output of `conv` goes through `nn.MaxPool2d(3, stride=2)`" (a module named in the
        // statement's code): the first call on the stated input, then the second on its output.
        if calls.count == 2, depth < 4, let first = text.text.range(of: "output of " + calls[0].text),
           let second = text.text.range(of: calls[1].text), second.lowerBound >= first.upperBound {
            let input: LayerShape
            switch output(of: StatementText(calls[0].text), in: reading, depth: depth + 1, &finding) {
            case .success(let shape): input = shape
            case .failure(let error): return .failure(error)
            }
            finding.read("module", calls[1].text, from: calls[1].text)
            return apply(calls[1], to: input)
        }
        // "goes through `conv`, then a ReLU, then `nn.MaxPool2d(2)`": calls in the order the text
        // gives with "then", on the stated input.
        // ("`conv1` is followed by nn.MaxPool2d(…)" where the problem chains its parts and conv1 is
        // the previous part's layer: the rest of the calls on that part's output.)
        var chained: (label: String, shape: LayerShape, layout: LayerShape.Layout)? = nil
        if calls.count >= 2, depth == 0, inOrder(calls, in: text.text), LayerStackReader.inputShape(text) == nil,
           let previous = reading.chainedFrom {
            // (Only a module the part names by its name, "`conv1` is followed by …": a call written
            // out again, "A second, identical convolution nn.Conv2d(…)", is a new layer.)
            let named = reading.namedModules.contains { $0.call == calls[0].text && reading.usedModules.contains($0.name) }
            guard named, reading.segments.first(where: { $0.label == previous })?.text.contains(calls[0].text) == true,
                  let input = reading.chainedInput else {
                return .failure(.init(reason: "\(calls[0].text): the input is the output of (\(previous)), whose shape is not computed"))
            }
            chained = input
        }
        if calls.count >= 2, depth == 0, inOrder(calls, in: text.text),
           let (stated, _, phrase) = chained.map({ ($0.shape, $0.layout, "input: the output of (\($0.label)), as the problem chains its parts") })
            ?? LayerStackReader.inputShape(text) ?? LayerStackReader.inputShape(reading.problemStatement) {
            var shape = stated
            finding.note(phrase)
            let applied = calls.dropFirst(chained == nil ? 0 : 1)
            finding.read("modules", applied.map(\.text).joined(separator: " → "))
            for call in applied {
                switch apply(call, to: shape) {
                case .success(let next): shape = next
                case .failure(let error): return .failure(error)
                }
            }
            return .success(shape)
        }
        guard calls.count == 1, let call = calls.first else {
            return .failure(.init(reason: "no single layer call in '\(text.text.prefix(60))'"))
        }
        let layer: Layer, inChannels: Int?
        do { (layer, inChannels) = try call.layer() } catch { return .failure(error) }
        let input: LayerShape
        // "applied to the output of (a)", "The output of the layer in (b) is passed through …".
        // ("The layer of part (a) is followed by nn.MaxPool2d(…)": the same.)
        // ("The pooled tensor from part (c) then goes through …": the result of that part.)
        if let found = text.firstMatch(#"\boutput of\b[^.?()]{0,30}?\(([a-z])\)|\b(?:layer|convolution|module|block|network)\s+(?:of|in|from)\s+(?:part\s+)?\(([a-z])\)\s+(?:is\s+|are\s+)?(?:then\s+)?(?:followed|fed|passed)\b|\b(?:tensor|result|feature maps?|activations?)\s+(?:from|of)\s+(?:part\s+)?\(([a-z])\)"#),
           case let reference = [found[0], !found[1].isEmpty ? found[1] : !found[3].isEmpty ? found[3] : found[2]] {
            // ("The layer of part (a) is fed a 3 × 32 × 32 image instead and followed by …": (a)'s layer
            // on another input, not (a)'s output.)
            // ("Instead, the output of (b) is fed to …" takes (b)'s output as it is.)
            // ("The feature maps from part (a) are first downsampled by 2 × 2 max pooling and then
            // passed through …": operations in words before the call are not read.)
            if !found[3].isEmpty, let after = text.text.range(of: found[0]).map({ StatementText(String(text.text[$0.upperBound...])) }),
               let other = after.removing(#"\bnn\.\w+\([^()]*\)"#).firstMatch(#"\bfirst\b|\bpool\w*|\bdownsampl\w*|\bupsampl\w*|\bReLU\b|\bactivation\b|\bnormali[sz]\w*|\bflatten\w*|\bconcatenat\w*|\bresiz\w*|\bcrop\w*|\binterpolat\w*"#) {
                return .failure(.init(reason: "\(call.text): '\(other[0])' changes the output of part (\(reference[1])) first"))
            }
            if !found[2].isEmpty, let other = text.firstMatch(#"\binstead\b|\bchang\w*|\breplac\w*|\bif\b|\bfed (?:a|an|with)\b"#) {
                return .failure(.init(reason: "\(call.text): '\(other[0])' changes the input of part (\(reference[1]))"))
            }
            guard depth < 4, let segment = reading.segments.first(where: { $0.label == reference[1] }) else {
                return .failure(.init(reason: "\(call.text): part (\(reference[1])) is not in the problem"))
            }
            switch output(of: StatementText(segment.text), in: reading, depth: depth + 1, &finding) {
            case .success(let shape): input = shape
            case .failure(let error):
                // ("The output of (a) then goes through a 2 × 2 max-pooling layer": a part with no call
                // of its own, whose answer was found another way.)
                guard depth == 0, let (shape, _) = reading.earlierShape(reference[1]) else { return .failure(error) }
                input = shape
                finding.assume(0.95, "input: the shape found for part (\(reference[1]))")
            }
            finding.note("input: the output of (\(reference[1])) = \(input.dimensions(.chw).map(String.init).joined(separator: "×")) (C×H×W)")
        } else if depth == 0, LayerStackReader.inputShape(text) == nil, let chained = reading.chainedInput {
            // "Each of parts (a)–(e) takes as input the output of the previous part."
            input = chained.shape
            finding.note("input: the output of (\(chained.label)), as the problem chains its parts")
            finding.assume(0.95, "input: the shape found for part (\(chained.label))")
        } else if depth == 0, LayerStackReader.inputShape(text) == nil, let previous = reading.chainedFrom {
            return .failure(.init(reason: "\(call.text): the input is the output of (\(previous)), whose shape is not computed"))
        } else if let (shape, _, phrase) = LayerStackReader.inputShape(text) ?? LayerStackReader.inputShape(reading.problemStatement) {
            input = shape
            finding.note(phrase)
        } else {
            return .failure(.init(reason: "\(call.text): the input shape is not stated"))
        }
        if let inChannels, inChannels != input.channels {
            return .failure(.init(reason: "\(call.text) expects \(inChannels) channels, the input has \(input.channels)"))
        }
        finding.read(depth == 0 ? "module" : "module of the referenced part", call.text, from: call.text)
        do {
            return .success(try input.applying(layer))
        } catch {
            return .failure(.init(reason: "\(call.text): \(error.localizedDescription)"))
        }
    }

    /// The shape after one call, its input's channels checked against the call's.
    private static func apply(_ call: FrameworkCall, to input: LayerShape) -> Result<LayerShape, FrameworkCall.Unreadable> {
        do {
            let (layer, inChannels) = try call.layer()
            if let inChannels, inChannels != input.channels {
                return .failure(.init(reason: "\(call.text) expects \(inChannels) channels, the input has \(input.channels)"))
            }
            return .success(try input.applying(layer))
        } catch let error as FrameworkCall.Unreadable {
            return .failure(error)
        } catch {
            return .failure(.init(reason: "\(call.text): \(error.localizedDescription)"))
        }
    }

    /// Whether the text passes its input through the calls one after another ("through A, then
    /// a ReLU, then B"), every other module it names leaving the shape alone.
    private static func inOrder(_ calls: [FrameworkCall], in text: String) -> Bool {
        // ("The first layer is nn.Conv2d(…), followed by nn.MaxPool2d(2). What is the output shape of
        // the first layer?": the question asks of a layer before the last.)
        if let question = text.split(whereSeparator: { ".?!".contains($0) }).last(where: { $0.range(of: #"(?i)\b(?:what|which|give|compute|find)\b"#, options: .regularExpression) != nil }),
           question.range(of: #"(?i)\bfirst\b|\bconvolution(?:al)?(?: layer)?\b|\bthe conv\w*\b|\b(?:that|this|the) layer\b|\bbefore\b"#, options: .regularExpression) != nil,
           question.range(of: #"(?i)\bpool\w*|\bboth\b|\bsecond\b|\blast\b|\bfinal\b|\bafter\b|\bblock\b|\bnetwork\b|\bstack\b|\bpair\b"#, options: .regularExpression) == nil {
            return false
        }
        guard calls.count >= 2, text.range(of: #"\bthrough\b|\bis fed to\b|\bpasses\b|\bgoes\b|\bfollowed by\b"#, options: .regularExpression) != nil,
              FrameworkCall.calls(in: text).allSatisfy({ shaped.contains($0.name) || shapeless.contains($0.name) }) else { return false }
        var from = text.startIndex
        for (index, call) in calls.enumerated() {
            guard let range = text.range(of: call.text, range: from..<text.endIndex) else { return false }
            if index > 0, text[from..<range.lowerBound].range(of: #"\bthen\b|\bfollowed by\b"#, options: .regularExpression) == nil { return false }
            from = range.upperBound
        }
        return true
    }

    /// Whether the statement's question of every part asks another quantity beside the shape:
    /// "For each layer, give the output shape and the number of learnable parameters."
    static func asksMoreThanShapes(_ statement: StatementText) -> Bool {
        guard let asks = ShapeReader.asksForShape(statement), let sentence = statement.sentences.first(where: { $0.contains(asks) }) else { return false }
        return StatementText(sentence).firstMatch(#"\bparameters?\b|\bFLOPs?\b|\bMACs?\b|\breceptive field\b|\bnumber of\b"#) != nil
    }

    static let shapeless: Set<String> = ["ReLU", "LeakyReLU", "GELU", "SiLU", "ELU", "Sigmoid", "Tanh", "Dropout", "Dropout2d", "Identity", "BatchNorm2d"]

    /// "Repeat (a) with a stride of 2": (a)'s text with its call changed as stated. Every
    /// number of the part must be one of the changes.
    private static func repeated(_ text: StatementText, in reading: PartReading) -> Result<StatementText, FrameworkCall.Unreadable>? {
        guard let match = text.firstMatch(PartReading.repeatPattern) else { return nil }
        guard let segment = reading.segments.first(where: { $0.label == match[1] }) else {
            return .failure(.init(reason: "part (\(match[1])) is not in the problem"))
        }
        let calls = FrameworkCall.calls(in: segment.text).filter { shaped.contains($0.name) }
        guard calls.count == 1, let original = calls.first else { return .failure(.init(reason: "part (\(match[1])) has no single layer call")) }
        // ("but with a stride of two": a small setting in words.)
        let stated = #"\b(stride|padding|dilation)\s+(?:of\s+|=\s*)?(\d+|zero|one|two|three|four|five|six|seven|eight|nine)\b"#
        // "and no padding", "without padding": padding 0.
        let unpadded = #"\bno (?:zero[- ])?padding\b|\bwithout (?:any )?(?:zero[- ])?padding\b|\bunpadded\b"#
        // "keeping 2 pixels of zero padding on every side": a padding by its width.
        // (Not a total split between the sides: "4 pixels of zero padding in total".)
        let widths = #"\b(\d+|one|two|three|four|five)\s+(?:pixels?|zeros?)\s+of\s+(?:zero[- ])?padding(?:\s+on\s+(?:every|each|all|both)\s+sides?)?(?!\s*,?\s*(?:in total|total|altogether|overall|split|divided|shared))"#
        var changes = text.matches(stated)
        if text.firstMatch(unpadded) != nil { changes.append(["", "padding", "0"]) }
        let padded = text.matches(widths)
        changes += padded.map { ["", "padding", $0[1]] }
        let numbers = text.matches(#"\d+"#).count - padded.filter { $0[1].first?.isNumber == true }.count
        // A setting the change names in words this does not read ("'same' padding", "and a
        // 3 × 3 kernel", "a padding of 5 on the left only", "a padding of one more", "a stride of
        // two along the width") is a change not understood.
        let unread = text.removing(widths).removing(stated).removing(unpadded)
            .firstMatch(#"\bpad|\bstrid|\bdilat|\bkernel|\bfilters?\b|\bchannels?\b|\bgroups?\b|\bbias|\b(?:left|right|top|bottom)\b|\bone side\b|\basymmetric\w*|\b(?:more|less|fewer|only|along)\b|\bin place of\b|\binstead of\b|\b(?:width|height|horizontal\w*|vertical\w*)\b|\beach side\b|\boutput[_ ]padding\b|\b(?:same|valid)[- ]convolution\b|\((?:same|valid)\)|"# + PartReading.namedPaddingMode)
        // (A setting named twice, "a stride of one in place of the stride of two", is no one change.)
        guard !changes.isEmpty, text.matches(stated).filter({ $0[2].first?.isNumber == true }).count == numbers, unread == nil,
              Set(changes.map { $0[1].lowercased() }).count == changes.count else {
            return .failure(.init(reason: "'\(text.text.prefix(60))': changes to (\(match[1])) not all understood"))
        }
        let changed = changes.reduce(original) { call, change in
            call.setting(change[1], to: NumberWords.value(change[2]).map(String.init) ?? change[2])
        }
        return .success(StatementText(segment.text.replacingOccurrences(of: original.text, with: changed.text)))
    }

    /// A part that asks something other than a shape ("How many parameters …").
    private static func asksOther(_ text: StatementText) -> Bool {
        text.firstMatch(#"\bparameters?\b|\bFLOPs?\b|\bMACs?\b|\breceptive field\b|\bexplain\b|\bwhy\b"#) != nil
    }

    /// The order the part, its problem or the set's conventions ask for; PyTorch's C × H × W
    /// when none says.
    static func layout(_ reading: PartReading, _ finding: inout Finding) -> LayerShape.Layout {
        let first = #"\bchannels[- ]first\b|\bC ?× ?H ?× ?W\b|\(C, H, W\)|\(N, C, H, W\)"#
        let last = #"\bchannels[- ]last\b|\bH ?× ?W ?× ?C\b|\(H, W, C\)|\(N, H, W, C\)"#
        for (text, origin) in [(reading.part, "the part"), (reading.context, "the problem"), (reading.conventions, "the set's conventions")] {
            let saysFirst = text.firstMatch(first), saysLast = text.firstMatch(last)
            if let saysFirst, saysLast == nil {
                finding.read("layout", "CHW", from: "\(saysFirst[0]) (\(origin))")
                return .chw
            }
            if let saysLast, saysFirst == nil {
                finding.read("layout", "HWC", from: "\(saysLast[0]) (\(origin))")
                return .hwc
            }
        }
        // PyTorch's own order.
        finding.read("layout", "CHW")
        finding.assume(0.9, "layout not stated: PyTorch's C × H × W")
        return .chw
    }
}
