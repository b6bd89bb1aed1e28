import Foundation
/// Reads max and average pooling of given numbers: the map, the window and the stride.
enum PoolingReader {
    static func read(_ reading: PartReading) -> Attempt {
        let kinds = reading.part.matches(#"\b(max|maximum|average|avg|mean)[- ]?pool\w*"#)
        guard let first = kinds.first else { return .notApplicable }
        if reading.part.isShredded { return .failed("pooling: the part's matrices were shredded in the text (pieces of stretched brackets)") }
        if let gradient = readGradient(reading) { return gradient }
        // ("count_include_pad=False", "ceil_mode=True": a framework setting that is not read.)
        if let setting = reading.part.firstMatch(#"\bcount_include_pad\b|\bceil_mode\b|\bexclud\w* (?:the )?padd\w*|\bnot count\w* (?:the )?padd\w*"#) {
            return .failed("\(first[0]): '\(setting[0])' is not read")
        }
        // ("Multiply H by 3 and apply 2 × 2 average pooling": an operation before the pooling that is not read.)
        if let other = reading.part.firstMatch(#"\bmultipl\w*\b|\bscal(?:e|ed|ing)\b(?! factor)|\badd(?:s|ed|ing)?\b|\bsubtract\w*\b|\bsquar\w*\b|\bsigmoid\b|\btanh\b"#) {
            return .failed("\(first[0]): '\(other[0])' before the pooling is not read")
        }
        let kind: Pooling.Kind = first[1].lowercased().hasPrefix("max") ? .max : .average
        guard kinds.allSatisfy({ ($0[1].lowercased().hasPrefix("max") ? Pooling.Kind.max : .average) == kind }) else {
            return .failed("both max and average pooling named")
        }
        var finding = Finding(.pooling)
        finding.note(first[0])

        // "What does global average pooling return? Give one number per channel." under "channel 1
        // = [1 3; 5 7], channel 2 = [2 2; 0 4]": each channel pooled whole.
        // ("The block produces a feature map with 3 channels: [..] [..] [..]", a table of rows "c1  1 3 5 7":
        // the statement's channels, when the part writes no array of its own.)
        if let global = reading.part.firstMatch(#"\bglobal[- ](?:max|maximum|average|avg|mean)[- ]?pool\w*"#), kinds.count == 1,
           let channels = Self.channels(in: reading.part) ?? Self.channels(in: reading.problemStatement) ?? Self.writtenChannels(in: reading.part)
               ?? (Self.poolsTheStatementsChannels(reading) ? Self.writtenChannels(in: reading.problemStatement) ?? Self.tabledChannels(in: reading.problemStatement) : nil) {
            finding.read("channels", "\(channels.count), each pooled whole", from: global[0])
            return finding.finish(.globalPoolingChannels(kind, channels: channels))
        }
        // "to your output from (a)": the input is another part's answer, not a stated array; it
        // is used when that part has an array for an answer, else nothing is.
        var literal: MathLiteral
        // (A subpart's operand may be named by the part it belongs to: "(e) Pool the output Y of
        // part (a) down to a single number. (i) What does global average pooling return?")
        // ("to X from (a)" names (a)'s result only when X holds no numbers of its own: the input
        // (a) was given is X itself.)
        // ("to the input patch X itself (not to the output of (a))": a reference denied is none.)
        let negated = #"\(\s*not\b(?:[^()]|\([^()]*\))*\)|\bnot\s+(?:to|on|from)\s+(?:the\s+)?(?:output|answer|result)\s+(?:of|from)\s+(?:part\s+)?\([a-z]\)"#
        if let reference = [reading.part, reading.parentPart].compactMap({ $0?.removing(negated).firstMatch(PartReading.answerReferencePattern) }).first(where: { match in
            // ("to your Z from part (a)": "your" makes it that part's result, whatever Z the statement gives.)
            if match[0].firstMatch(of: #/^(?:to|on) your\b/#) != nil { return true }
            guard let named = match[0].firstMatch(of: #/^(?:to|on) \$?([A-Z])/#) else { return true }
            return reading.array(named: String(named.output.1)) == nil
        }) {
            guard let answer = reading.earlierAnswers[reference[1].lowercased()], let map = MathLiteral(answer) else {
                return .failed("\(first[0]): the input is the answer of part (\(reference[1])), which was not computed")
            }
            literal = map
            finding.read("input", "\(answer)", from: reference[0])
            finding.assume(0.95, "input: the answer found for part (\(reference[1]))")
        } else if let named = namedOperand(reading.part) {
            // "Apply 2 × 2 max pooling to X": only X will do.
            if let binding = reading.array(named: named) {
                literal = binding.binding.literal
                finding.read("input", ConvolutionReader.display(literal.text), from: "\(named) = \(ConvolutionReader.display(literal.text))")
            } else if reading.part.firstMatch(#"\b(?:transpose\w*|flip\w*|rotat\w*|negat\w*|denotes|now|instead|redefine\w*)\b|(?:^|[^\w])"# + NSRegularExpression.escapedPattern(for: named) + #"\s*="#) == nil,
                      let computed = reading.earlierAnswer(named: named), let map = MathLiteral(computed.answer) {
                // ("Apply max pooling to Y" after "(d) Compute the feature map Y = X ⋆ K".)
                literal = map
                finding.read("input", "\(computed.answer)", from: "\(named), computed in part (\(computed.label))")
                finding.assume(0.95, "input: the answer found for part (\(computed.label))")
            } else {
                return .failed("\(first[0]): no numbers for \(named)")
            }
        } else if let input = reading.array(.input), input.binding.literal.isNumeric, !input.fromContext || !hasOwnArray(reading) {
            literal = input.binding.literal
            finding.read("input", ConvolutionReader.display(literal.text), from: "\(input.binding.name) = \(ConvolutionReader.display(literal.text))")
            if input.fromContext { finding.assume(0.98, "map from the context") }
        } else if let own = MathScanner.arrays(in: reading.part.text).last(where: \.isNumeric) {
            // ("has channels [..] and [..]": two maps written and none named; which one is meant, or
            // whether both are, is not for the pooling of one map to guess.)
            let written = Set(MathScanner.arrays(in: reading.part.text).filter(\.isNumeric).map(\.text))
            guard written.count == 1 else { return .failed("\(first[0]): \(written.count) arrays written in the part and none named") }
            literal = own
            finding.read("input", ConvolutionReader.display(literal.text), from: ConvolutionReader.display(literal.text))
        } else if let only = soleMap(reading) {
            // "The following 4×4 feature map … F = […]" then "1. Apply 2×2 max pooling with stride 2.":
            // the one map the problem gives, when the part names none.
            literal = only.literal
            finding.read("input", ConvolutionReader.display(literal.text), from: "\(only.name) = \(ConvolutionReader.display(literal.text))")
            finding.assume(0.97, "the problem's only map")
        } else {
            return .failed("\(first[0]): no numeric map to pool")
        }

        // "Apply a ReLU to …, then a 2 × 2 max pooling": the map is rectified first. A ReLU
        // after the pooling, or one the part names in some other way, is not read.
        if let relu = reading.part.firstMatch(#"\bReLU\b"#), reading.part.firstMatch(#"\b(?:before|without|no)\s+(?:any\s+|a\s+)?ReLU\b"#) == nil {
            guard let rectify = reading.part.firstMatch(#"\bapply(?:ing)?\s+(?:a\s+|the\s+)?ReLU\b[^.;]*?,?\s*(?:and\s+)?then\b[^.;]*?\bpool"#) else {
                return .failed("\(first[0]): '\(relu[0])' named, and not as what comes before the pooling")
            }
            literal = literal.rectified
            finding.read("activation", "ReLU before the pooling", from: rectify[0])
        }
        let oneDimensional = literal.grid == nil
        let input = oneDimensional ? [literal.flat ?? []] : (literal.grid ?? [])
        // "2 channels of size 3x3" read as one map (the rows of two matrices side by side) is
        // some other array: the map read must be the one the part describes.
        if let channels = reading.part.firstMatch(#"\b(\d+|two|three|four|five|six|eight)\s+(?:channels|feature maps|maps)\b"#),
           let count = NumberWords.value(channels[1]), count > 1 {
            return .failed("\(first[0]): \(channels[0]) are stated, and one map was read")
        }
        if let size = reading.part.firstMatch(#"\b(?:of )?size (\d+)\s*[x×]\s*(\d+)\b"#), let rows = Int(size[1]), let columns = Int(size[2]),
           oneDimensional || input.count != rows || input.first?.count != columns {
            return .failed("\(first[0]): the map read is not \(rows)×\(columns)")
        }
        // Global pooling: one window over the whole map.
        if let global = reading.part.firstMatch(#"\bglobal (?:max|maximum|average|avg|mean)[- ]?pool\w*"#) {
            guard kinds.count == 1, let width = input.first?.count, width > 0 else { return .failed("\(global[0]): one global pooling of one map expected") }
            finding.read("window", "the whole map (\(input.count)×\(width))", from: global[0])
            return finding.finish(.globalPooling(kind, input: input))
        }
        guard let (window, planar) = window(reading.part, oneDimensional: oneDimensional, &finding) else {
            return .failed("\(first[0]): window size not stated")
        }
        if oneDimensional, planar { return .failed("\(first[0]): a two-dimensional window over a one-dimensional array") }
        var stride: Size2D?
        let strides = ParameterPhrases.strides(in: reading.part)
        if let value = strides.first {
            guard Set(strides.map(\.value)).count == 1 else { return .failed("\(first[0]): several strides stated") }
            stride = oneDimensional ? Size2D(rows: 1, columns: value.value) : Size2D(value.value)
            finding.read("stride", "\(value.value)", from: value.phrase)
        } else {
            finding.read("stride", "\(window.columns)")
            finding.assume(0.85, "stride not stated: the window size (non-overlapping) assumed")
        }
        var padding = 0
        let paddings = ParameterPhrases.paddings(in: reading.part)
        if let value = paddings.first {
            guard case .amount(let amount) = value.value, Set(paddings.map(\.value)).count == 1 else {
                return .failed("\(first[0]): padding ambiguous")
            }
            padding = amount
            finding.read("padding", "\(amount)", from: value.phrase)
        }
        let attempt = finding.finish(.pooling(kind, input: input, window: window, stride: stride, padding: padding))
        // "Give the resulting 2 × 2 matrix": the size the part states must be the size computed.
        if case .recognized(let found) = attempt, let stated = statedResultSize(reading.part) {
            let computed = ConvolutionReader.size(of: found.answer)
            if computed != stated, computed != [1] + stated, [1] + computed != stated {
                return .failed("\(first[0]): computed a \(computed.map(String.init).joined(separator: "×")) result, but the part states \(stated.map(String.init).joined(separator: "×"))")
            }
        }
        return attempt
    }

    /// A result size the part states: "the resulting 2 × 2 matrix", "a 3 × 3 output".
    static func statedResultSize(_ text: StatementText) -> [Int]? {
        guard let match = text.firstMatch(#"\b(?:resulting|output|result)\s+(\d+)\s*[×x]\s*(\d+)\b|\b(\d+)\s*[×x]\s*(\d+)\s+(?:output|result)\b"#) else { return nil }
        return [Int(match[1]) ?? Int(match[3]), Int(match[2]) ?? Int(match[4])].compactMap { $0 }
    }

    private static func hasOwnArray(_ reading: PartReading) -> Bool {
        MathScanner.arrays(in: reading.part.text).contains(where: \.isNumeric)
    }

    /// The array a part names as what it pools: "to X", "of the map P", "on matrix A".
    private static func namedOperand(_ text: StatementText) -> String? {
        // ("What does global average pooling return for X?": "for" names it too.)
        text.firstMatch(#"\b(?:to|of|on|over|for)\s+(?:the\s+|your\s+)?(?:(?:input|feature map|map|matrix|array|signal|image)\s+)?([A-Z](?:_\w+)?)(?![\w×=])(?!\s*[-+−*/·⊙∘])"#)?[1]
    }

    /// The window, and whether it was written with two sides larger than one ("2 × 2").
    private static func window(_ text: StatementText, oneDimensional: Bool, _ finding: inout Finding) -> (Size2D, Bool)? {
        let square = ParameterPhrases.squarePattern
        let patterns = [
            "\(square)\\s+(?:max|maximum|average|avg|mean)[- ]?pool",
            "pool\\w*\\s+(?:with|using|over)\\s+(?:a\\s+|an\\s+)?\(square)\\s+(?:window|kernel|region|patch)",
            "\\bwindows?\\s+(?:of\\s+)?(?:size\\s+)?\(square)",
            "\(square)\\s+(?:pooling\\s+)?(?:window|region|patch)s?\\b",
            // ("Apply 2 × 2 pooling with stride 2 to X:" then "(i) max pooling;")
            "\(square)\\s+pool(?:ing)?\\b",
        ]
        for pattern in patterns {
            if let match = text.firstMatch(pattern), let rows = Int(match[1]), let columns = Int(match[2]) {
                finding.read("window", "\(rows)×\(columns)", from: match[0])
                return (oneDimensional ? Size2D(rows: 1, columns: columns) : Size2D(rows: rows, columns: columns), rows > 1 && columns > 1)
            }
        }
        if let match = text.firstMatch(#"\b(?:window|pool|kernel)[ _](?:of\s+)?(?:size|width|length)\s*(?:=\s*|of\s+)?(\d+)\b|\bsize[- ](\d+) window\b|\bwindows? of (\d+)\b"#),
           let size = Int(match[1]) ?? Int(match[2]) ?? Int(match[3]) {
            finding.read("window", oneDimensional ? "\(size)" : "\(size)×\(size)", from: match[0])
            return (oneDimensional ? Size2D(rows: 1, columns: size) : Size2D(size), false)
        }
        return nil
    }

    /// The maps of a text that names its channels "channel 1 = [1 3; 5 7], channel 2 = […]":
    /// numbered 1, 2, … in order, each numeric and of one shape; nil unless two or more.
    static func channels(in text: StatementText) -> [[[Double]]]? {
        var maps: [[[Double]]] = []
        for match in text.text.matches(of: #/(?i)\bchannel\s+(\d+)\s*=\s*/#) {
            guard Int(match.output.1) == maps.count + 1,
                  let literal = MathScanner.literal(Array(text.text[match.range.upperBound...]), at: 0), let grid = literal.grid else { return nil }
            maps.append(grid)
        }
        guard maps.count >= 2, let first = maps.first, maps.allSatisfy({ $0.count == first.count && $0.first?.count == first.first?.count }) else { return nil }
        return maps
    }

    /// The maps a part writes as the channels of one feature map: "A two-channel feature map has
    /// channels [..] and [..]", "3 channels: [..], [..], [..]". Every array written must be one,
    /// all of one size, and their count must be the one the words give when they give one.
    static func writtenChannels(in text: StatementText) -> [[[Double]]]? {
        guard let named = text.firstMatch(#"\b(?:(\d+|two|three|four)[- ]channel\b|(?:has|with|its) (?:the )?(?:(\d+|two|three|four) )?channels\b)"#),
              // (An array the words call something else is no channel: "…, and a kernel [1 0; 0 1]".)
              text.firstMatch(#"\b(?:kernels?|filters?|masks?|weights?)\b"#) == nil else { return nil }
        let arrays = MathScanner.arrays(in: text.text)
        guard arrays.count >= 2, arrays.allSatisfy(\.isNumeric) else { return nil }
        let maps = arrays.compactMap(\.grid)
        guard maps.count == arrays.count, let first = maps.first,
              maps.allSatisfy({ $0.count == first.count && $0.first?.count == first.first?.count }) else { return nil }
        let stated = [named[1], named[2]].first { !$0.isEmpty }.flatMap { NumberWords.value($0) }
        if let stated, stated != maps.count { return nil }
        return maps
    }

    /// Whether a part asks global pooling of the statement's channels as they stand: it writes no
    /// array, applies nothing before or after ("after a ReLU"), picks no channels or images ("of
    /// ch1 and ch2 only", "for image 1"), and the statement holds one example.
    static func poolsTheStatementsChannels(_ reading: PartReading) -> Bool {
        MathScanner.arrays(in: reading.part.text).isEmpty
            && reading.part.firstMatch(#"\brelu\b|\bsigmoid\b|\btanh\b|\bsoftmax\b|\bafter\b|\bbefore\b|\bthen\b|\bonly\b|\bexcept\b|\b(?:image|example|sample|batch)\b|\bfirst\b|\bsecond\b|\blast\b|\bch(?:annel)?\s*\d|\bc\d\b|\bscal\w*|\bmultipl\w*|\badd\w*|\bsubtract\w*|\bnormali[sz]\w*|\bweights?\b|\bbias\b|\blinear\b|\blogits?\b|\bscores?\b|\bif\b|\bwere\b|\binstead\b"#) == nil
            && reading.problemStatement.firstMatch(#"\b(?:images?|examples?|samples?)\s*\d|\b(?:two|three|four|\d+)\s+(?:images|examples|samples)\b|\bbatch\b"#) == nil
    }

    /// The channels of a table with one row per channel, "c1  1 3 5 7", "channel 2: 0 0 4 0",
    /// numbered 1, 2, … in order, each with the same count of values (pooled whole, so kept as
    /// one row); nil unless two or more, or when the words give another count of channels.
    static func tabledChannels(in text: StatementText) -> [[[Double]]]? {
        var maps: [[[Double]]] = []
        // (A reader may have joined the rows into one line: "c1 1 3 5 7 c2 0 0 4 0 …"; the rows
        // must follow one another with nothing else between them.)
        let row = #/(?i)\b(?:c|ch|channel[ \t]*)(\d+)\s*[:=|]?((?:[\s|]+-?\d+(?:\.\d+)?(?![\w.]))+)/#
        var end: String.Index?
        for match in text.text.matches(of: row) {
            if let end, !text.text[end..<match.range.lowerBound].allSatisfy({ $0.isWhitespace || $0 == "|" }) {
                if maps.count >= 2 { break }
                maps = []
            }
            guard Int(match.output.1) == maps.count + 1 else { return nil }
            let values = match.output.2.split(whereSeparator: { $0.isWhitespace || $0 == "|" }).compactMap { Double($0) }
            guard values.count >= 2 else { return nil }
            maps.append([values])
            end = match.range.upperBound
        }
        guard maps.count >= 2, let count = maps.first?.first?.count, count >= 1, maps.allSatisfy({ $0[0].count == count }) else { return nil }
        if let named = text.firstMatch(#"\b(\d+|two|three|four|five|six|eight) (?:feature )?channels\b"#), NumberWords.value(named[1]) != maps.count { return nil }
        // ("on a 2x2 grid": as many values as the grid has cells.)
        if let grid = text.firstMatch(#"\b(\d+)\s*[×x]\s*(\d+)\s+(?:grid|map|spatial)"#), let rows = Int(grid[1]), let columns = Int(grid[2]), rows * columns != count { return nil }
        return maps
    }

    /// The one numeric two-dimensional array the problem's statement binds, when the part writes
    /// no array and names no operand; not one the words call a kernel (a name alone, `F`, may be
    /// a feature map).
    private static func soleMap(_ reading: PartReading) -> ValueBinding? {
        // ("… to the result", "… to the pooled map", "the output of (a)": another operand; "Give
        // the full 4×4 result" asks for the answer.)
        guard MathScanner.arrays(in: reading.part.text).isEmpty,
              reading.part.firstMatch(#"\b(?:to|on|of)\s+\$?[A-Z]\b(?!\s*[×x])|\b(?:to|on|of|from) (?:the |this |that |its |your )?(?:\w+ )?(?:result|output|pooled)\w*|\bresulting\b|\bthen\b|\bagain\b|\bprevious\b|\babove\b|\(\s*[a-h]\s*\)"#) == nil
        else { return nil }
        let arrays = reading.contextBindings.filter { $0.literal.isArray && $0.literal.isNumeric }
        // (Every array the statement writes counts, named or not: "the kernel K = … applied to the input […]" has two.)
        let written = MathScanner.arrays(in: reading.problemStatement.text).filter(\.isNumeric)
        guard let only = arrays.first, Set(arrays.map(\.literal.text)).count == 1, Set(written.map(\.text)).count <= 1,
              only.role != .kernel || !only.roleFromWords, only.literal.grid != nil,
              reading.problemStatement.firstMatch(#"\bkernel\b|\bfilter\b|\bweights?\b"#) == nil else { return nil }
        return only
    }
}
