/// Reads convolution, transposed convolution and kernel-recovery parts: the input and
/// kernel (or output) arrays, stride, padding and whether the kernel is flipped.
enum ConvolutionReader {
    /// Which operation the wording names.
    enum Kind: Sendable {
        case convolution
        case transposed
    }

    /// The operation the part names, else the one its context names.
    static func kind(_ reading: PartReading) -> (kind: Kind, phrase: String, fromContext: Bool)? {
        func named(_ text: StatementText) -> (Kind, String)? {
            if let match = text.firstMatch(#"\btransposed?[- ]conv\w*|\bdeconvolution\b|\bfractionally[- ]strided\b|convtranspose\w*"#) {
                return (.transposed, match[0])
            }
            if let match = text.firstMatch(#"\bcross[- ]\)?\s*correlat\w*|\bconvol\w*|\bconv[12]d\b"#) {
                return (.convolution, match[0])
            }
            return nil
        }
        if let (kind, phrase) = named(reading.part) { return (kind, phrase, false) }
        // "y = x ⋆ w": the star operator between two names (the flip is read apart).
        if let match = reading.part.firstMatch(#"\b[A-Za-z]\w*\s*[⋆★]\s*[A-Za-z]\w*"#) {
            return (.convolution, match[0], false)
        }
        // "Apply the filter w to x": a kernel slid over an input is a convolution, whatever an
        // earlier part of the problem did.
        if let match = reading.part.firstMatch(#"\b(?:apply|applies|applied|slide|slid|sliding)\b[^.?]*\b(?:filter|kernel)\b|\b(?:filter|kernel)\b[^.?]*\b(?:applied|slid)\b"#) {
            return (.convolution, match[0], false)
        }
        // "Compute the output of applying K to X" (a kernel and an input the problem binds to
        // matrices): a kernel slid over an input, under the sheet's convention.
        if let match = reading.part.firstMatch(#"\b(?:apply|applying|applied)\s+\$?([A-Z])\$?\s+to\s+\$?([A-Z])\$?"#),
           let kernel = reading.array(named: match[1]), let input = reading.array(named: match[2]),
           kernel.binding.literal.isNumeric, input.binding.literal.isNumeric, match[1] != match[2] {
            return (.convolution, match[0], false)
        }
        // ("Repeat the previous part with a stride of 2.": the operation of the part it repeats.)
        if let repeated = reading.repeatedPart, let (kind, phrase) = named(repeated.text) { return (kind, phrase, false) }
        // (A repeat of a repeat names no operation of its own: the statement's is not assumed.)
        if let repeated = reading.repeatedPart, PartReading.isRepeat(repeated.text) { return nil }
        if let (kind, phrase) = named(reading.context) { return (kind, phrase, true) }
        return nil
    }

    /// Whether the part asks to find an unknown kernel from an output.
    static func asksForKernel(_ reading: PartReading) -> String? {
        // "Recover w." where w is a filter of unknowns (`w = [w_0, w_1]`).
        // … or named a kernel in words without numbers ("A 2 × 2 kernel K … Recover K.").
        // (Or by the statement: "A 1D layer computes y = x ⋆ w with a three-tap kernel w … (a) Find w.")
        let named = (reading.part.matches(#"\b(?:kernel|filter)\s+([A-Za-z]\w*)\b"#) + reading.problemStatement.matches(#"\b(?:kernel|filter)\s+([A-Za-z]\w*)\b"#))
            .map { $0[1] }
            .filter { name in !(reading.partBindings + reading.contextBindings).contains { $0.name == name && $0.literal.isNumeric } }
        let unknown = Set(reading.partBindings.filter { $0.role == .kernel && !$0.literal.isNumeric }.map(\.name) + named)
        if let match = reading.part.firstMatch(#"\b(?:solve for|recover|find|determine|reconstruct)\s+(\w+)\b"#), unknown.contains(match[1]) {
            return match[0]
        }
        // ("A length-2 filter [a, b] is applied to u = … and produces [4, 3, 1]. Find [a, b].": a
        // filter written as letters, asked for.)
        if let letters = reading.part.firstMatch(#"\b(?:filter|kernel)\s+\$?([\[(]\s*[a-z](?:\s*,\s*[a-z]){1,4}\s*[\])])"#),
           let asked = reading.part.firstMatch(#"\b(?:find|determine|solve for|recover|what (?:is|are))\s+\$?([\[(]\s*[a-z](?:\s*,\s*[a-z]){1,4}\s*[\])])"#),
           letters[1].filter({ $0.isLetter }) == asked[1].filter({ $0.isLetter }) {
            return asked[0]
        }
        // ("… maps x = (1, 2, 3, 4) to y = (5, 8, 11). What is its kernel (w1, w2)?")
        return reading.part.firstMatch(#"\bmaps?\b[^.?]*\bto\b[^.?]*[.;]\s*what (?:is|are) (?:its|the) (?:kernel|filter|weights|taps)\b|\bunknown\s+(?:filter|kernel|weights?)\b|\b(?:solve for|recover|find|determine|reconstruct)\s+(?:the\s+)?(?:unknown\s+)?(?:filter|kernel|weights?)\b|\b(?:filter|kernel) (?:that|which) (?:produced|produces|gives)\b"#)?[0]
    }

    // MARK: - Convolution and transposed convolution

    static func read(_ reading: PartReading) -> Attempt {
        // "A two-channel 3 × 3 input is convolved with one 2 × 2 × 2 filter": several channels are
        // not read here.
        if let channels = reading.part.firstMatch(#"\b(?:two|three|four|multi|\d+)[- ]channel\b|\b\d+\s*[×x]\s*\d+\s*[×x]\s*\d+\s+(?:filter|kernel)\b"#) {
            return .failed("'\(channels[0])': a convolution over several channels is not read")
        }
        // "flip K vertically", "mirror the kernel left to right": a flip along one axis is neither
        // cross-correlation nor true convolution (which turns the kernel by 180°).
        if let axis = reading.part.firstMatch(#"\b(?:flip\w*|mirror\w*|revers\w*)\b[^.;]{0,30}?\b(?:vertical\w*|horizontal\w*|upside[- ]down|left[- ]to[- ]right|top[- ]to[- ]bottom|its rows|its columns|along)\b"#) {
            return .failed("'\(axis[0])': a flip along one axis is not read")
        }
        guard let (kind, kindPhrase, kindFromContext) = kind(reading) else { return .notApplicable }
        // ("A bias of −3 is added to every entry of your answer to (a) and a ReLU is applied": an
        // earlier part's result changed further, not a convolution of the part's own.)
        if let earlier = reading.part.firstMatch(#"\b(?:your|the) (?:answer|result|output)s? (?:to|of|from|in) (?:part )?\(?[a-z]\)"#),
           let more = reading.part.firstMatch(#"\badd\w*|\bbias\b|\bReLU\b|\bsigmoid\b|\btanh\b|\bactivation\b|\bappl(?:y|ied)\b|\bpool\w*|\bmultipl\w*|\bscal\w*"#) {
            return .failed("'\(earlier[0])' with '\(more[0])': an earlier result changed further is not a convolution of the part's own")
        }
        if let recover = reading.part.firstMatch(#"\b(?:recover|reconstruct|solve for)\b"#) {
            return .failed("\(recover[0]): the part asks for an unknown, not for an output")
        }
        if let asked = asksForKernel(reading) {
            return .failed("'\(asked)': the part asks for the kernel from an output, not for an output")
        }
        // "A two-tap filter maps the input u = (1, 2, 0, −1) to the output (1, 6, 1). Find the two
        // taps.": the kernel asked for from a given output is no forward convolution.
        if let asked = reading.part.firstMatch(#"\b(?:find|determine|what are|compute|give)\s+(?:the\s+|its\s+)?(?:(?:two|three|four|five|\d+|unknown|filter|kernel)\s+)?(?:taps|coefficients|kernel|filter|weights)\b(?!['’]s|\s+(?:output|response|result|applied|slid))|\bmaps?\b[^.?]{0,80}\bto the output\s+(?:[a-z]\s*=\s*)?[(\[]\s*[-−\d]"#) {
            return .failed("'\(asked[0])': the part asks for the kernel from an output, not for an output")
        }
        var finding = Finding(kind == .transposed ? .transposedConvolution : .convolution)
        finding.note(kindPhrase)
        if kindFromContext { finding.assume(0.97, "operation named by the problem statement") }
        let input: (binding: ValueBinding, fromContext: Bool), kernel: (binding: ValueBinding, fromContext: Bool)
        // ("(b) Same setting as above, but with stride 2.": the operands the repeated part names.)
        let repeatedOperands = namedOperands(reading.part) == nil ? reading.repeatedPart.flatMap { repeated in namedOperands(repeated.text).map { (repeated.label, $0) } } : nil
        if let (label, _) = repeatedOperands { finding.read("repeats", "part (\(label))") }
        if let (inputName, kernelName) = namedOperands(reading.part) ?? repeatedOperands?.1 {
            // "x ∗ w", "convolving X with K": exactly those, or nothing.
            guard let named = reading.array(named: inputName), let namedKernel = reading.array(named: kernelName) else {
                return .failed("\(kindPhrase): no numbers for \(inputName) or \(kernelName)")
            }
            (input, kernel) = (named, namedKernel)
        } else {
            guard let found = reading.array(.input), found.binding.literal.isNumeric else {
                return .failed("\(kindPhrase): no numeric input array")
            }
            guard let foundKernel = reading.array(.kernel), foundKernel.binding.literal.isNumeric else {
                return .failed("\(kindPhrase): no numeric kernel")
            }
            (input, kernel) = (found, foundKernel)
        }
        finding.read("input", display(input.binding.literal.text), from: "\(input.binding.name) = \(display(input.binding.literal.text))")
        finding.read("kernel", display(kernel.binding.literal.text), from: "\(kernel.binding.name) = \(display(kernel.binding.literal.text))")
        if reading.part.isShredded, !input.fromContext || !kernel.fromContext {
            return .failed("\(kindPhrase): the part's matrices were shredded in the text (pieces of stretched brackets)")
        }
        if input.fromContext || kernel.fromContext { finding.assume(0.98, "arrays from the context") }
        // ("(a) … kernel w = (1, −1, 2) … applied to x = (3, 1, …)" then "(d) A stack has three
        // Conv1d layers with kernel size 3 … How many input time steps does one output see?": arrays
        // an earlier part wrote are that part's, unless this part refers back to it.)
        // (A sub-part's own part, "(a) … is applied to u = (2, −1, 1)" over "(ii) Give the output", is its own.)
        let earlierOnly = [input, kernel].filter { array in
            array.fromContext && ![reading.problemStatement, reading.parentPart].contains { $0?.text.contains(array.binding.literal.text) == true }
        }
        if !earlierOnly.isEmpty, namedOperands(reading.part) == nil, reading.repeatedPart == nil,
           reading.part.firstMatch(#"\b(?:same|above|previous|preceding|earlier|again|these|those)\b|\([a-z]\)|\bpart\b|\bthe (?:input|signal|sequence|kernel|filter)\b"#) == nil {
            return .failed("\(kindPhrase): the arrays are an earlier part's, and the part does not refer to it")
        }
        // ("Compute the 2 × 2 transposed convolution of the input / 1 2 / 3 4 / with the kernel …",
        // its matrices scattered by a paste: rows of numbers the part writes and that were not
        // read are its operands, not an earlier part's arrays.)
        // (The pieces of a stretched bracket a paste leaves, control characters such as U+0014, stand
        // between the rows: "the kernel . −1 1 ␔ ␕ 1 2".)
        let unbracketed = StatementText(String(reading.part.text.unicodeScalars.map { $0.value < 0x20 && $0 != "\n" ? " " : Character($0) }))
        if input.fromContext || kernel.fromContext,
           let row = unbracketed.firstMatch(#"(?m)^\s*[-−]?\d+(?:\.\d+)?(?:[ \t]+[-−]?\d+(?:\.\d+)?)+\s*$|\b(?:input|kernel|filter|image|signal|matrix)\s*[.:]?\s+[-−]?\d+(?:\.\d+)?(?:\s+[-−]?\d+(?:\.\d+)?){2,}(?![\d.]|\s*[×x*^])"#) {
            return .failed("\(kindPhrase): the part writes numbers of its own ('\(row[0].trimmingSpaces)') that are not read as arrays")
        }
        if let other = reading.part.firstMatch(#"\breceptive field\b|\bhow many (?:input )?(?:time ?steps|positions|samples|pixels|inputs)\b[^.?]*\bsees?\b"#) {
            return .failed("'\(other[0])': a receptive field is asked, not a convolution's output")
        }
        // "A 4 × 4 image X is convolved with the 2 × 2 kernel K" (its matrices lost in a paste):
        // arrays of other names are not the ones the part speaks of.
        for match in reading.part.matches(#"\b(?:image|input|signal|matrix|map|kernel|filter)\s+([A-Z])\b(?!\s*=)"#)
        where ![input.binding.name, kernel.binding.name].contains(match[1]) && reading.array(named: match[1]) == nil {
            return .failed("\(kindPhrase): the part's \(match[0]) has no numbers")
        }
        // "Same X and K, but with padding 1" after "Consider the input X and the kernel K" (their
        // matrices lost): a letter the problem introduces as an operand, named by the part, is
        // not another array's stand-in.
        let introduced = Set(reading.context.text.matches(of: #/(?:image|input|signal|matrix|map|kernel|filter)\s+([A-Z])(?![\w])/#).map { String($0.output.1) })
        for letter in reading.part.text.matches(of: #/(?:^|[\s(,])([B-HJ-Z])(?=[\s,.)?]|$)/#).map({ String($0.output.1) })
        where introduced.contains(letter) && ![input.binding.name, kernel.binding.name].contains(letter) && reading.array(named: letter) == nil {
            return .failed("\(kindPhrase): the part's \(letter) has no numbers")
        }
        // "Same input and kernel, but now with padding 1" after "For the remaining parts use the 5 × 5
        // input X and the 3 × 3 kernel K" (their matrices lost in a paste): arrays taken from the
        // context are not the ones meant while the problem introduces operands without numbers.
        if input.fromContext || kernel.fromContext,
           let unread = introduced.sorted().first(where: { ![input.binding.name, kernel.binding.name].contains($0) && reading.array(named: $0) == nil }) {
            return .failed("\(kindPhrase): the problem introduces \(unread) without its numbers")
        }
        // A part that writes arrays of its own is about them, not about its problem's (unless it
        // names its operands, "x * w").
        if namedOperands(reading.part) == nil, input.fromContext, kernel.fromContext,
           reading.partBindings.contains(where: { $0.literal.isArray && $0.literal.isNumeric }) {
            return .failed("\(kindPhrase): the part's own arrays are not its input and kernel")
        }

        guard let stride = stride(reading, &finding) else {
            return .failed("\(kindPhrase): stride not stated or ambiguous")
        }
        guard let padding = padding(reading, kernel: kernel.binding.literal, stride: stride, &finding) else {
            return .failed("\(kindPhrase): padding ambiguous")
        }

        // "the 2D cross-correlation of the image …" over a statement's 1D signal, or "1-D" over
        // matrices: the operands are not the ones the part asks about.
        let twoD = input.binding.literal.grid != nil
        if let stated = reading.part.firstMatch(twoD ? #"\b1-?D\b|\bone-dimensional\b"# : #"\b2-?D\b|\btwo-dimensional\b|\b\d+\s*[×x]\s*\d+\s*(?:output|input|image|map|matrix|(?:transposed\s+)?(?:convolution|cross-correlation|correlation))\b"#) {
            return .failed("\(kindPhrase): '\(stated[0])' asked, the operands read are \(twoD ? "2D" : "1D")")
        }
        // "Redo part (a) with a dilation of 2": the kernel's taps spread apart, zeros between them.
        var dilation = 1
        switch reading.stated(ParameterPhrases.dilations) {
        case .value(let value, let phrase, let fromContext):
            guard value >= 1 else { return .failed("\(kindPhrase): a dilation of \(value)") }
            dilation = value
            finding.read("dilation", "\(value)", from: phrase)
            if fromContext { finding.assume(0.9, "dilation from the context") }
        case .ambiguous:
            return .failed("\(kindPhrase): dilation ambiguous")
        case .missing:
            break
        }
        if dilation > 1, kind == .transposed { return .failed("\(kindPhrase): a dilated transposed convolution is not computed") }
        let countAsked = reading.part.firstMatch(#"\bhow many (?:entries|elements|values|numbers|outputs|output (?:entries|values|elements))\b|\b(?:length|number of (?:entries|elements|values)) of the (?:output|result)\b"#)
        if let countAsked { finding.read("asked", "the number of output entries", from: countAsked[0]) }
        let call: SolverCall
        if let inputGrid = input.binding.literal.grid {
            guard let kernelGrid = kernel.binding.literal.grid else { return .failed("\(kindPhrase): a 2D input with a 1D kernel") }
            if kind == .transposed {
                call = .transposedConvolution2D(input: inputGrid, kernel: kernelGrid, stride: stride, padding: padding)
            } else {
                guard let mode = mode(reading, flipChangesNothing: countAsked != nil || kernelGrid == kernelGrid.reversed().map { $0.reversed() }, &finding) else {
                    return .failed(ambiguousFlip(kindPhrase))
                }
                call = .convolution2D(input: inputGrid, kernel: dilated(kernelGrid, by: dilation), stride: stride, padding: padding, mode: mode)
            }
        } else if let inputFlat = input.binding.literal.flat {
            guard let kernelFlat = kernel.binding.literal.flat else { return .failed("\(kindPhrase): a 1D input with a 2D kernel") }
            if kind == .transposed {
                call = .transposedConvolution1D(input: inputFlat, kernel: kernelFlat, stride: stride, padding: padding)
            } else {
                guard let mode = mode(reading, flipChangesNothing: countAsked != nil || kernelFlat == kernelFlat.reversed(), &finding) else {
                    return .failed(ambiguousFlip(kindPhrase))
                }
                call = .convolution1D(input: inputFlat, kernel: dilated([kernelFlat], by: dilation)[0], stride: stride, padding: padding, mode: mode)
            }
        } else {
            return .failed("\(kindPhrase): the input is not a vector or matrix")
        }
        var attempt = finding.finish(call)
        // "How many entries does the valid convolution of x with w have?": the count, which
        // the flip never changes.
        if countAsked != nil, case .recognized(var found) = attempt {
            found.answer = .integer(size(of: found.answer).reduce(1, *))
            found.solver += "_entries"
            attempt = .recognized(found)
        }
        if case .recognized(let answer) = attempt, countAsked == nil, let stated = statedOutputSize(reading), stated != size(of: answer.answer) {
            return .failed("\(kindPhrase): computed a \(size(of: answer.answer).map(String.init).joined(separator: "×")) output, but the part states \(stated.map(String.init).joined(separator: "×"))")
        }
        return attempt
    }

    /// The input and kernel a part names: "x ⋆ w", "x ∗ w", "convolving X with K".
    static func namedOperands(_ text: StatementText) -> (String, String)? {
        if let match = text.firstMatch(#"\b([A-Za-z](?:_\w+)?)\s*[⋆★∗*]\s*([A-Za-z](?:_\w+)?)\b"#) {
            // ("y = w ⋆ x", "K ⋆ X": a course that writes the kernel first.)
            if ["w", "W", "k", "K"].contains(match[1]), ["x", "X", "u", "U", "I", "s"].contains(match[2]) { return (match[2], match[1]) }
            return (match[1], match[2])
        }
        if let match = text.firstMatch(#"\b(?:convolv\w*|correlat\w*|filter\w*)\s+([A-Za-z](?:_\w+)?)\s+with\s+(?:the\s+)?(?:kernel\s+|filter\s+)?([A-Za-z](?:_\w+)?)\b"#) {
            return (match[1], match[2])
        }
        // "Same X and K as in (d)", "using X and W": capitals joined by "and" after the words that
        // bring back operands (the input first unless it is a kernel's letter).
        if let match = text.firstMatch(#"\b(?:same|using|with)\s+\$?((?-i:[A-Z]))\$?\s+and\s+\$?((?-i:[A-Z]))\$?(?=\s|[,.;]|$)"#) {
            return ["K", "W", "F"].contains(match[1]) && !["K", "W", "F"].contains(match[2]) ? (match[2], match[1]) : (match[1], match[2])
        }
        // "the convolution of x and w", "the valid cross-correlation of M with K".
        if let match = text.firstMatch(#"\b(?:convolution|correlation)\s+of\s+([A-Za-z](?:_\w+)?)\s+(?:and|with)\s+(?:the\s+)?(?:kernel\s+|filter\s+)?([A-Za-z](?:_\w+)?)\b(?!\s*=)"#) {
            return (match[1], match[2])
        }
        return nil
    }

    // MARK: - Kernel recovery

    static func readKernelRecovery(_ reading: PartReading) -> Attempt {
        guard let asks = asksForKernel(reading) else { return .notApplicable }
        // ("A length-2 filter [a, b] with bias c = 1 …": a bias the recovery does not solve for.)
        if let bias = reading.part.firstMatch(#"\bbias\b(?!\s*\))(?!\s*=\s*False)"#), reading.part.firstMatch(#"\bno bias\b|\bwithout (?:a )?bias\b|\bbias[- ]free\b"#) == nil {
            return .failed("\(asks): the part names a '\(bias[0])', which the recovery does not solve for")
        }
        if reading.part.isShredded { return .failed("\(asks): the part's matrices were shredded in the text (pieces of stretched brackets)") }
        var finding = Finding(.kernelRecovery)
        finding.note(asks)
        // "G is applied to A = (…) and gives B = (…)": the part's own operands by the verbs that name them.
        let appliedTo = reading.part.firstMatch(#"\bapplied\b[^.=]{0,40}?\bto\s+([A-Za-z]\w*)\s*="#).flatMap { reading.array(named: $0[1]) }.flatMap { $0.fromContext ? nil : $0 }
        let gives = reading.part.firstMatch(#"\b(?:gives|produces|yields|returns|outputs)\s+([A-Za-z]\w*)\s*="#).flatMap { reading.array(named: $0[1]) }.flatMap { $0.fromContext ? nil : $0 }
        // "A 2 × 2 filter maps the image […] to […]": the part's own two arrays, unnamed, by the verb.
        let mapped = appliedTo == nil && gives == nil ? mapsOwnArrays(reading) : nil
        guard let input = mapped?.input ?? appliedTo ?? reading.array(.input), input.binding.literal.isNumeric else { return .failed("\(asks): no numeric input") }
        guard let output = mapped?.output ?? gives ?? reading.array(.output), output.binding.literal.isNumeric else { return .failed("\(asks): no numeric output") }
        finding.read("input", display(input.binding.literal.text), from: "\(input.binding.name) = \(display(input.binding.literal.text))")
        finding.read("output", display(output.binding.literal.text), from: "\(output.binding.name) = \(display(output.binding.literal.text))")
        // ("`nn.Conv1d(1, 1, kernel_size=2)` maps x … to y …": the call keeps its default bias, an
        // unknown the output cannot separate from the taps.)
        if let call = FrameworkCall.calls(in: reading.part.text).first(where: { $0.name.hasPrefix("Conv") }),
           call.text.range(of: #"bias\s*=\s*False"#, options: .regularExpression) == nil {
            return .failed("\(asks): \(call.text) has a bias, which the output does not separate from the kernel")
        }
        guard let stride = stride(reading, &finding) else { return .failed("\(asks): stride not stated or ambiguous") }
        guard let padding = padding(reading, kernel: nil, stride: stride, &finding) else { return .failed("\(asks): padding ambiguous") }
        let stated = mode(reading, &finding)
        let attempt = recoverKernel(reading, input: input, output: output, stride: stride, padding: padding, mode: stated ?? .crossCorrelation, asks: asks, &finding)
        // Unstated, the flip decides which of two mirrored kernels is meant — unless they are one.
        if stated == nil, case .recognized(let found) = attempt, !readsTheSameFlipped(found.answer) {
            return .failed(ambiguousFlip(asks))
        }
        return attempt
    }

    /// The input and output of "maps the image […] to […]" (or "turns", "transforms"), when the
    /// part writes exactly two arrays, both numeric and unnamed, the first after the verb and
    /// the second after its "to".
    private static func mapsOwnArrays(_ reading: PartReading) -> (input: (binding: ValueBinding, fromContext: Bool), output: (binding: ValueBinding, fromContext: Bool))? {
        let arrays = MathScanner.arrays(in: reading.part.text)
        // (Not with a bias, an offset or an activation the part names besides the filter.)
        guard reading.part.firstMatch(#"\bbias\b(?!\s*\))|\boffset\b|\bconstant\b|\badded\b|\bplus\b|\bactivation\b|\brelu\b|\bsigmoid\b|\btanh\b"#) == nil
                || reading.part.firstMatch(#"\bno bias\b|\bwithout (?:a )?bias\b"#) != nil else { return nil }
        // "A filter v of length two maps the same x to (5, −5, 6, −1, −2)": the input by its name,
        // the output the one array the part writes, after "to".
        if arrays.count == 1, arrays[0].isNumeric, reading.partBindings.allSatisfy({ !$0.literal.isNumeric || $0.literal.length == nil }),
           let named = reading.part.firstMatch(#"\b(?:maps|turns|transforms|takes)\s+(?:the\s+same\s+|the\s+)?(?:input\s+|signal\s+|sequence\s+)?([A-Za-z]\w*)\s+(?:in)?to\s*[\[(]"#),
           let input = reading.array(named: named[1]), input.binding.literal.isNumeric {
            let output = ValueBinding(name: "output", literal: arrays[0], role: .output, roleFromWords: true)
            return (input, (output, false))
        }
        guard arrays.count == 2, arrays.allSatisfy(\.isNumeric), reading.partBindings.allSatisfy({ !$0.literal.isNumeric || $0.literal.length == nil }),
              reading.part.firstMatch(#"\b(?:maps|turns|transforms|takes)\s+(?:the\s+|an?\s+)?(?:[\w-]+\s+){0,2}?(?:image|input|signal|matrix|array|map|sequence)?\s*[\[(][^=]*?\bto\s*[\[(]"#) != nil
        else { return nil }
        let input = ValueBinding(name: "input", literal: arrays[0], role: .input, roleFromWords: true)
        let output = ValueBinding(name: "output", literal: arrays[1], role: .output, roleFromWords: true)
        return ((input, false), (output, false))
    }

    /// A kernel with `dilation − 1` zeros between neighbouring taps, along each axis it spans.
    static func dilated(_ rows: [[Double]], by dilation: Int) -> [[Double]] {
        guard dilation > 1 else { return rows }
        func spread(_ values: [Double], zero: Double) -> [Double] {
            values.enumerated().flatMap { index, value in index == values.count - 1 ? [value] : [value] + Array(repeating: zero, count: dilation - 1) }
        }
        let widened = rows.map { spread($0, zero: 0) }
        guard widened.count > 1 else { return widened }
        let width = widened[0].count
        return widened.enumerated().flatMap { index, row in
            index == widened.count - 1 ? [row] : [row] + Array(repeating: Array(repeating: 0, count: width), count: dilation - 1)
        }
    }

    static func readsTheSameFlipped(_ answer: Answer) -> Bool {
        switch answer {
        case .vector(let values): return values == values.reversed()
        case .matrix(let rows): return rows == rows.reversed().map { $0.reversed() }
        default: return false
        }
    }

    static func recoverKernel(_ reading: PartReading, input: (binding: ValueBinding, fromContext: Bool), output: (binding: ValueBinding, fromContext: Bool),
                              stride: Int, padding: Int, mode: Convolution.Mode, asks: String, _ finding: inout Finding) -> Attempt {
        if let inputGrid = input.binding.literal.grid {
            guard let outputGrid = output.binding.literal.grid else { return .failed("\(asks): a 2D input with a 1D output") }
            var size: Int?
            if let match = reading.part.firstMatch(#"\b(\d+)\s*[×x]\s*(\d+)\s+(?:kernel|filter)\b|\b(?:kernel|filter) of size (\d+)\s*[×x]\s*\d+"#) {
                size = Int(match[1]) ?? Int(match[3])
                finding.read("kernel size", "\(size ?? 0)", from: match[0])
            }
            return finding.finish(.kernelRecovery2D(input: inputGrid, output: outputGrid, kernelSize: size, stride: stride, padding: padding, mode: mode))
        }
        guard let inputFlat = input.binding.literal.flat, let outputFlat = output.binding.literal.flat else {
            return .failed("\(asks): the input or output is not a vector")
        }
        if let size = reading.part.firstMatch(#"\b(\d+)\s*[×x]\s*(\d+)\s+(?:kernel|filter)\b"#), size[1] != "1", size[2] != "1" {
            return .failed("\(asks): a \(size[1]) × \(size[2]) kernel named, but the arrays read are vectors")
        }
        var length: Int?
        if let kernel = reading.partBindings.first(where: { $0.role == .kernel && !$0.literal.isNumeric }), let count = kernel.literal.length {
            length = count
            finding.read("kernel length", "\(count)", from: "\(kernel.name) = \(kernel.literal.text)")
        } else if let match = reading.part.firstMatch(#"\blength[- ](\d+)\s+(?:filter|kernel)\b|\b(?:filter|kernel) of length (\d+)\b|\b(\d+)-tap\b"#) {
            length = Int(match[1]) ?? Int(match[2]) ?? Int(match[3])
            finding.read("kernel length", "\(length ?? 0)", from: match[0])
        }
        return finding.finish(.kernelRecovery1D(input: inputFlat, output: outputFlat, kernelLength: length, stride: stride, padding: padding, mode: mode))
    }

    // MARK: - Shared readings

    static func stride(_ reading: PartReading, _ finding: inout Finding) -> Int? {
        // ("`nn.Conv1d(1, 1, kernel_size=2, bias=False)` maps x … to y …": the part's one call
        // without `stride=` has the framework's stride 1, whatever other parts use.)
        let calls = FrameworkCall.calls(in: reading.part.text).filter { $0.name.hasPrefix("Conv") }
        if calls.count == 1, !calls[0].text.contains("stride"), ParameterPhrases.strides(in: reading.part).isEmpty {
            finding.read("stride", "1", from: calls[0].text)
            return 1
        }
        switch reading.stated(ParameterPhrases.strides) {
        case .value(let value, let phrase, let fromContext):
            finding.read("stride", "\(value)", from: phrase)
            if fromContext { finding.assume(0.9, "stride from the context") }
            return value
        case .ambiguous, .missing:
            return nil
        }
    }

    /// The padding, or nil when it is ambiguous; a padding the text never mentions is none
    /// (the default of every framework), at lower confidence.
    static func padding(_ reading: PartReading, kernel: MathLiteral?, stride: Int, _ finding: inout Finding) -> Int? {
        // A part that speaks of padding in words not read here ("pad the borders with copies of
        // the edge") is not read as the problem's padding, nor as none.
        if reading.part.firstMatch(#"\bpad\w*"#) != nil, ParameterPhrases.paddings(in: reading.part).isEmpty { return nil }
        switch reading.stated(ParameterPhrases.paddings) {
        case .value(let value, let phrase, let fromContext):
            let amount: Int
            switch value {
            case .amount(let count): amount = count
            case .same:
                let size = kernel?.grid?.count ?? kernel?.length ?? 0
                guard stride == 1, size % 2 == 1 else { return nil }
                amount = (size - 1) / 2
            }
            finding.read("padding", "\(amount)", from: phrase)
            if fromContext { finding.assume(0.9, "padding from the context") }
            return amount
        case .ambiguous:
            return nil
        case .missing:
            finding.read("padding", "0")
            finding.assume(0.8, "padding not stated: none assumed")
            return 0
        }
    }

    /// Whether the kernel is flipped: as stated by the part, its problem or the set; else
    /// cross-correlation when the part or its problem speaks of a network's layer (PyTorch's
    /// `Conv1d`, "the convolutional layer"), and nil for a bare "convolution of x and w",
    /// which the two conventions answer differently.
    static func mode(_ reading: PartReading, flipChangesNothing: Bool = false, _ finding: inout Finding) -> Convolution.Mode? {
        // A kind stated in words, as read.
        func stated(_ found: (mode: Convolution.Mode, phrase: String)) -> Convolution.Mode {
            finding.read("mode", found.mode == .crossCorrelation ? "cross-correlation" : "flipped kernel", from: found.phrase)
            return found.mode
        }
        // ("… never flips its kernel, but a true convolution does. Compute the true convolution …":
        // a text naming both kinds decides by its request, or not at all.)
        // (A notation that defines both, "x * w denotes true convolution (the kernel is flipped) and
        // x ⋆ w cross-correlation (no flip)", is read below by the part's operator.)
        func conflicting(_ text: StatementText) -> Convolution.Mode?? {
            if ParameterPhrases.namesBothModes(text) { return nil }
            switch ParameterPhrases.conflict(in: text) {
            case .decided(let mode, let phrase)?: return .some(stated((mode, phrase)))
            case .undecided?: return .some(nil)
            case nil: return nil
            }
        }
        if let decided = conflicting(reading.part) { return decided }
        // Never an earlier part's flip: "(d) flip the kernel" says nothing of (e).
        if let found = ParameterPhrases.mode(in: reading.part) { return stated(found) }
        // ("Repeat (a) with a stride of 2", "(a) Compute the cross-correlation …": a repeat keeps the flip of the part it repeats.)
        if let repeated = reading.repeatedPart {
            // (A repeat of a repeat, "(c) Repeat the previous part with zero padding", is not followed back.)
            if PartReading.isRepeat(repeated.text) { return nil }
            if let decided = conflicting(repeated.text) { return decided }
            if let found = ParameterPhrases.mode(in: repeated.text) { return stated(found) }
        }
        for text in [reading.problemStatement, reading.conventions] {
            if let decided = conflicting(text) { return decided }
        }
        // A notation that names both ("x * w denotes true convolution and x ⋆ w denotes
        // cross-correlation") decides by the part's operator or word, never by itself.
        for text in [reading.problemStatement, reading.conventions] where ParameterPhrases.namesBothModes(text) {
            if let found = ParameterPhrases.notatedMode(of: reading.part, under: text) { return stated(found) }
        }
        if let found = [reading.problemStatement, reading.conventions].filter({ !ParameterPhrases.namesBothModes($0) }).lazy
            .compactMap({ ParameterPhrases.mode(in: $0) }).first {
            return stated(found)
        }
        // "x ⋆ w": the star is cross-correlation's own sign.
        if let star = reading.part.firstMatch(#"\b[A-Za-z](?:_\{?\w+\}?)?\s*⋆\s*[A-Za-z]\b"#) {
            finding.read("mode", "cross-correlation", from: star[0])
            return .crossCorrelation
        }
        guard let framing = [reading.part, reading.problemStatement].lazy.compactMap({ $0.firstMatch(networkFraming) }).first else {
            if flipChangesNothing {
                finding.read("mode", "either (the flip changes nothing asked)")
                return .crossCorrelation
            }
            return nil
        }
        finding.read("mode", "cross-correlation", from: framing[0])
        finding.assume(0.9, "kernel flip not stated: deep-learning cross-correlation assumed")
        return .crossCorrelation
    }

    /// Words that put a convolution in a network, where it means cross-correlation.
    static let networkFraming = #"\blayers?\b|\b(?:nn\.|tf\.|keras\.)?Conv(?:Transpose)?[123][dD]\b|\bconv\d*\b|\bCNNs?\b|\bconvolutional\b|\bnetworks?\b|\bPyTorch\b|\bTensorFlow\b|\bKeras\b|\bfeature maps?\b|\bchannels?\b|\bkernel_size\b"#

    static func ambiguousFlip(_ kindPhrase: String) -> String {
        "\(kindPhrase): whether the kernel is flipped is not stated, and no network layer fixes it"
    }

    /// An output size the part states: `Y ∈ ℝ^{2×2}`, "the 3 × 3 output", "output of length 7".
    static func statedOutputSize(_ reading: PartReading) -> [Int]? {
        if let match = reading.part.firstMatch(#"\boutput\s+[A-Za-z]\s*∈\s*ℝ\^\{?(\d+)(?:\s*×\s*(\d+))?\}?"#) {
            return [Int(match[1]), Int(match[2])].compactMap { $0 }
        }
        if let match = reading.part.firstMatch(#"\b(\d+)\s*×\s*(\d+)\s+output\b"#) {
            return [Int(match[1]), Int(match[2])].compactMap { $0 }
        }
        if let match = reading.part.firstMatch(#"\boutput (?:has |of )?length (\d+)\b"#) {
            return [Int(match[1])].compactMap { $0 }
        }
        return nil
    }

    static func size(of answer: Answer) -> [Int] {
        switch answer {
        case .vector(let values): return [values.count]
        case .matrix(let rows): return [rows.count, rows.first?.count ?? 0]
        default: return []
        }
    }

    /// A literal for display, with the Unicode minus of the canonical text.
    static func display(_ text: String) -> String {
        String(text.map { $0 == "-" ? "−" : $0 })
    }
}
