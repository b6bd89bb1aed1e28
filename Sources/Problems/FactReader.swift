/// Reads the facts a statement gives: named quantities from prose ("a stride of 2", "8
/// input channels", "a 5×5 kernel"), assignments ("η = 0.1", "m = 2 kg", "x = (1, 3, −2)"),
/// numbers in words ("seven-by-seven", "a stride of three"), framework calls
/// (`nn.Conv2d(3, 16, kernel_size=3, padding=1)`) and table rows ("x 0 1 2 3").
///
/// Each number is read once, by the first reading that claims it, in the order above
/// from the most specific (calls) to the least (rows).
enum FactReader {
    static func facts(in statement: String) -> [Fact] {
        let text = NumberWords.digits(in: NumberWords.fractions(in: statement.replacingOccurrences(of: "\u{2212}", with: "-")))
        guard text.contains(where: \.isASCIIDigit) || text.contains(absent) else { return [] }
        var facts: [Fact] = []
        var claimed: [Range<String.Index>] = []
        func add(_ fact: Fact, _ range: Range<String.Index>) {
            guard !claimed.contains(where: { $0.overlaps(range) }) else { return }
            // A match that starts inside a script or a decimal ("x^2 = 4", "0.5 units") is none.
            if range.lowerBound > text.startIndex, "^_.".contains(text[text.index(before: range.lowerBound)]) { return }
            claimed.append(range)
            facts.append(fact)
        }
        for match in text.matches(of: call) {
            facts += callFacts(String(match.1), arguments: String(match.2), text: String(match.0))
            claimed.append(match.range)
        }
        for match in text.matches(of: tensorShape) {
            let values = match.2.split(separator: ",").compactMap { Double(String($0).trimmed) }
            add(Fact(name: String(match.1) + " shape", values: values, text: String(match.0)), match.range)
        }
        for match in text.matches(of: matrixStart) {
            let start = match.range.upperBound
            let window = String(text[start...].prefix(400))
            guard case .matrix(let rows, let written)? = MathValueExtractor.values(in: window).first,
                  let offset = window.range(of: written), window[..<offset.lowerBound].allSatisfy({ $0 == " " || $0 == "(" || $0 == "[" })
            else { continue }
            let end = text.index(start, offsetBy: window.distance(from: window.startIndex, to: offset.upperBound))
            add(Fact(name: String(match.1), values: rows.flatMap { $0 }, shape: [rows.count, rows.first?.count ?? 0], text: String(text[match.range.lowerBound..<end])), match.range.lowerBound..<end)
        }
        for match in text.matches(of: tuple) {
            let values = match.2.split(separator: ",").compactMap { Double(String($0).trimmed) }
            add(Fact(name: String(match.1), values: values, text: String(match.0)), match.range)
        }
        for match in text.matches(of: named) {
            let name = String(match.1).lowercased()
            guard let value = ratio(String(match.3)) else { continue }
            add(Fact(name: name, values: [value], unit: unit(match.4), symbol: match.2.map(String.init), text: String(match.0).trimmed), match.range)
        }
        for match in text.matches(of: assignment) {
            guard let value = Double(match.2) else { continue }
            add(Fact(name: String(match.1), values: [value], unit: unit(match.3), text: String(match.0).trimmed), match.range)
        }
        for match in text.matches(of: kernel) {
            guard let a = Double(match.1), let b = Double(match.2) else { continue }
            add(Fact(name: "kernel size", values: a == b ? [a] : [a, b], text: String(match.0)), match.range)
        }
        for match in text.matches(of: spatialBefore) {
            add(Fact(name: "\(match.4.lowercased()) size", values: squareOrAll(match.1, match.2, match.3), text: String(match.0)), match.range)
        }
        for match in text.matches(of: spatialAfter) {
            add(Fact(name: "\(match.1.lowercased()) size", values: squareOrAll(match.2, match.3, match.4), text: String(match.0)), match.range)
        }
        for match in text.matches(of: absent) {
            add(Fact(name: String(match.1).lowercased(), values: [0], text: String(match.0)), match.range)
        }
        for match in text.matches(of: hyphenCount) {
            guard let value = Double(match.1), let name = hyphenNames[String(match.2).lowercased()] else { continue }
            add(Fact(name: name, values: [value], text: String(match.0)), match.range)
        }
        for match in text.matches(of: proportion) {
            guard let a = Double(match.1), let b = Double(match.2), b > a else { continue }
            add(Fact(name: "proportion", values: [a / b], text: String(match.0)), match.range)
        }
        for match in text.matches(of: measured) {
            guard let value = Double(match.1), let dimension = dimension(of: String(match.2)) else { continue }
            add(Fact(name: dimension, values: [value], unit: String(match.2), text: String(match.0)), match.range)
        }
        for match in text.matches(of: list) {
            let values = match.2.split(separator: ",").compactMap { Double(String($0).trimmed) }
            add(Fact(name: String(match.1), values: values, text: String(match.0)), match.range)
        }
        for match in text.matches(of: counted) {
            guard let value = Double(match.1) else { continue }
            add(Fact(name: String(match.2).lowercased(), values: [value], text: String(match.0)), match.range)
        }
        for match in text.matches(of: row) {
            let values = match.2.split(separator: " ").compactMap { Double($0) }
            add(Fact(name: String(match.1), values: values, text: String(match.0).trimmed), match.range)
        }
        for (name, values, range) in labelledRows(text) {
            add(Fact(name: name, values: values, text: String(text[range]).trimmed), range)
        }
        return facts
    }

    /// "64×64" as [64], "32×32×3" as [32, 32, 3].
    private static func squareOrAll(_ a: Substring, _ b: Substring, _ c: Substring?) -> [Double] {
        let values = [a, b] + (c.map { [$0] } ?? [])
        let numbers = values.compactMap { Double($0) }
        return numbers.count == 2 && numbers[0] == numbers[1] ? [numbers[0]] : numbers
    }

    /// Rows of a table a word names ("cat 2.0", "dog 1.0" from `| cat | 2.0 |`; "weight 4 1 2
    /// 5"): a name and two numbers or more, or lines of a name and one number two or more in
    /// a row — one such line alone ("Step 3") is prose.
    private static func labelledRows(_ text: String) -> [(String, [Double], Range<String.Index>)] {
        var rows: [(String, [Double], Range<String.Index>)] = []
        var run: [(String, [Double], Range<String.Index>)] = []
        func close() {
            if run.count >= 2 { rows += run }
            run = []
        }
        var start = text.startIndex
        while start < text.endIndex {
            let end = text[start...].firstIndex(of: "\n") ?? text.endIndex
            let line = text[start..<end]
            if let match = line.wholeMatch(of: labelledRow) {
                let values = match.2.split(separator: " ").compactMap { Double($0) }
                run.append((String(match.1), values, start..<end))
                // "weight 4 1 2 5": a row of numbers is a row on its own.
                if values.count >= 2, run.count == 1 { rows += run; run = [] }
            } else {
                close()
            }
            start = end < text.endIndex ? text.index(after: end) : end
        }
        close()
        return rows
    }

    private static let knownUnits: Set<String> = [
        "kg", "g", "mg", "m", "cm", "mm", "km", "nm", "s", "ms", "min", "h", "K", "J", "kJ", "N", "W", "kW", "Pa", "kPa",
        "MPa", "Hz", "kHz", "MHz", "L", "mL", "mol", "V", "mV", "A", "mA", "eV", "atm", "bar", "°C", "°", "%", "m/s",
        "m/s^2", "rad", "rad/s", "dB", "bits", "bit", "bytes", "B", "GB", "MB", "px", "pixels",
    ]

    /// "0.8", or "4 in 5" as 0.8.
    private static func ratio(_ written: String) -> Double? {
        let pieces = written.split(separator: " ")
        if pieces.count == 3, let a = Double(pieces[0]), let b = Double(pieces[2]), b != 0 { return a / b }
        return Double(written)
    }

    private static func unit(_ written: Substring?) -> String? {
        guard let written, knownUnits.contains(String(written)) else { return nil }
        return String(written)
    }

    // MARK: Patterns

    /// `nn.Conv2d(3, 16, kernel_size=3, padding=1)`, `torch.nn.LSTM(128, 256, num_layers=2)`.
    nonisolated(unsafe) private static let call = #/(?:torch\.)?nn\.([A-Za-z0-9]+)\(([^()]*)\)/#

    /// `x = torch.randn(32, 50, 128)`, `X = np.zeros((4, 3))`: a tensor of that shape.
    nonisolated(unsafe) private static let tensorShape = #/\b([A-Za-z]\w*)\s*=\s*(?:torch|np|numpy)\.(?:random\.)?(?:randn|rand|zeros|ones|empty|normal)\(\(?\s*(\d+(?:\s*,\s*\d+)+)\s*\)?\s*\)/#

    /// "a 32×32 image", "64 x 64 grayscale images", "a 28×28×1 input".
    nonisolated(unsafe) private static let spatialBefore = #/\b(\d+)\s*[×x]\s*(\d+)(?:\s*[×x]\s*(\d+))?\s+(?:(?:grayscale|gr[ae]y-?scale|RGB|colou?r|binary|input|pixel)\s+)?(image|input|feature map|grid|patch|picture|frame)s?\b/#

    /// "an image of size 64 × 64", "input resolution 224×224", "a feature map of shape 8×8".
    nonisolated(unsafe) private static let spatialAfter = #/(?i)\b(image|input|feature map|grid|patch)(?-i)\s+(?:of\s+)?(?:size|resolution|shape|dimensions?)\s+(?:of\s+)?(\d+)\s*[×x]\s*(\d+)(?:\s*[×x]\s*(\d+))?/#

    /// "no padding", "without momentum": a setting of zero.
    nonisolated(unsafe) private static let absent = #/(?i)\b(?:no|without)\s+(padding|momentum|weight decay)\b/#

    /// "a 3-class classifier", "6-sided dice", "a 2-layer network", "10-fold".
    nonisolated(unsafe) private static let hyphenCount = #/\b(\d+)-(class|sided|layer|dimensional|state|head|fold|step|bit|channel)\b/#

    private static let hyphenNames: [String: String] = [
        "class": "classes", "sided": "sides", "layer": "layers", "dimensional": "dimensions", "state": "states",
        "head": "heads", "fold": "folds", "step": "steps", "bit": "bits", "channel": "channels",
    ]

    /// "1 in 100 people", "3 out of 20 patients": a proportion of a population.
    nonisolated(unsafe) private static let proportion = #/\b(\d+)\s+(?:in|out of)\s+(\d+)\s+(?:[a-z]+\s+)?(?:people|persons|patients|adults|children|students|customers|users|items|units|parts|emails|messages|voters|cases|births|products|chips|devices|samples|individuals|men|women)\b/#

    /// One line of a word-labelled table: "cat 2.0", "layer1 64 128".
    nonisolated(unsafe) private static let labelledRow = #/\s*([A-Za-z][A-Za-z_-]*[0-9]?)\s+(-?\d+(?:\.\d+)?(?:\s+-?\d+(?:\.\d+)?)*)\s*/#

    /// `X = ` before a matrix: `[3 1; 1 3]`, `[[1, 0], [2, 1]]`, `np.array([[…]])`.
    nonisolated(unsafe) private static let matrixStart = #/\b([A-Za-zα-ωΑ-Ω](?:_\{?\w+\}?)?)\s*=\s*(?:np\.array\(|torch\.tensor\()?/#

    /// `x = (1, 3, -2, 0, 4)`, `w = [2, -1, 1]`.
    /// `x[n] = (1, 2, 0)` and `h(t) = [1, -1]` too.
    nonisolated(unsafe) private static let tuple = #/\b((?:alpha|beta|gamma|delta|epsilon|eps|eta|theta|lambda|mu|sigma|tau|rho|omega|[A-Za-zα-ωΑ-Ω])(?:_\{?\w+\}?)?(?:\[\w\]|\(\w\))?)\s*=\s*[(\[]\s*(-?\d+(?:\.\d+)?(?:\s*,\s*-?\d+(?:\.\d+)?)+)\s*[)\]]/#

    /// "a stride of 2", "learning rate η = 0.1", "the temperature is 300 K", "batch size 64".
    nonisolated(unsafe) private static let named = #/(?i)\b(stride|padding|dilation|kernel size|learning rate|step size|momentum|weight decay|batch size|dropout rate|drop rate|dropout probability|keep probability|discount factor|temperature|pressure|mass|volume|length|width|height|radius|velocity|speed|frequency|probability|sample size|sequence length|hidden size|embedding dimension|model dimension|vocabulary size|number of heads|number of layers|hidden units|time step|spring constant|charge|current|voltage|resistance|energy|work|heat|force|angle|distance|time|rate|mean|variance|standard deviation|significance level|confidence level|threshold|margin|bias|sensitivity|specificity|prevalence|accuracy|precision|recall|prior|odds)(?-i)[ \t]*\n?[ \t]*(?:(?:of|is|was|equals|equal to|set to|=|:)[ \t]*\n?[ \t]*)?(?:([A-Za-zα-ωΑ-Ω](?:_\w+)?)\s*=\s*)?(-?\d+(?:\.\d+)?(?:\s+in\s+\d+)?)(?:[ \t]*([A-Za-z°%][A-Za-z/^0-9]*))?(?!\s*,\s*-?\d)/#

    /// `η = 0.1`, `m = 2 kg`, `d_k = 64` — a number that ends its expression.
    nonisolated(unsafe) private static let assignment = #/\b((?:alpha|beta|gamma|delta|epsilon|eps|eta|theta|lambda|mu|sigma|tau|rho|omega|[A-Za-zα-ωΑ-Ω])(?:_\{?\w+\}?)?)\s*=\s*(-?\d+(?:\.\d+)?)(?:[ \t]*([A-Za-z°%][A-Za-z/^0-9]*))?(?!\s*[-+*/×·^(\d])(?!\s*,\s*-?\d)/#

    /// "a 5×5 kernel", "3 x 3 filters".
    nonisolated(unsafe) private static let kernel = #/(\d+)\s*[×x]\s*(\d+)\s+(?:convolution(?:al)?\s+)?(?:kernels?|filters?|windows?|convolutions?|max[- ]pool(?:ing)?|average[- ]pool(?:ing)?|pooling)/#

    /// "8 input channels", "32 examples", "3 heads".
    nonisolated(unsafe) private static let counted = #/\b(\d+(?:\.\d+)?)\s+((?:[A-Za-z-]+\s){0,2}?(?:channels|examples|samples|heads|layers|units|neurons|filters|features|tokens|classes|steps|epochs|iterations|images|words|states|actions|trials|nodes|dimensions|bits|coins|balls|cards|students|items|observations|data points|points|moles?|particles|dice|draws|rolls|tosses|flips|people|patients|customers|servers|machines|days|weeks))\b/#

    /// "2.0 kg", "at 20 °C", "300 K", "10 kΩ", "4.7 μF", "thirty centimetres": a number in a
    /// unit names its dimension. A unit on the next line is a word ("20⏎minutes" where a
    /// paste wrapped), never a symbol ("Step 3⏎A layer").
    nonisolated(unsafe) private static let measured = #/\b(\d+(?:\.\d+)?)(?:[ \t]*\n[ \t]*(?=[a-z]{3})|[ \t\u{00A0}]*)((?:[kMGmµμnpc]?(?:g|m|s|J|N|W|Pa|Hz|L|mol|V|A|Ω|F|eV|ohms?))|K|°C|C|min|h|atm|bar|m/s\^2|m/s|(?:centi|milli|kilo)?(?:metres?|meters?|grams?|litres?|liters?)|seconds?|minutes?|hours?|volts?|amps?|watts?|joules?|kelvin)(?![\w/])/#

    /// The dimension a unit measures, its prefix aside.
    static func dimension(of unit: String) -> String? {
        if let dimension = dimensions[unit] { return dimension }
        for (word, dimension) in writtenUnits where unit.hasSuffix(word) || unit.hasSuffix(word + "s") { return dimension }
        guard unit.count >= 2, "kMGmµμnpc".contains(unit.first!) else { return nil }
        return dimensions[String(unit.dropFirst())]
    }

    private static let dimensions: [String: String] = [
        "g": "mass", "m": "length", "s": "time", "min": "time", "h": "time", "K": "temperature", "°C": "temperature",
        "C": "temperature", "J": "energy", "eV": "energy", "N": "force", "W": "power", "Pa": "pressure", "atm": "pressure",
        "bar": "pressure", "Hz": "frequency", "L": "volume", "mol": "amount", "V": "voltage", "A": "current",
        "Ω": "resistance", "ohm": "resistance", "ohms": "resistance", "F": "capacitance", "m/s": "speed",
        "m/s^2": "acceleration",
    ]

    private static let writtenUnits: [(String, String)] = [
        ("metre", "length"), ("meter", "length"), ("gram", "mass"), ("litre", "volume"), ("liter", "volume"),
        ("second", "time"), ("minute", "time"), ("hour", "time"), ("volt", "voltage"), ("amp", "current"),
        ("watt", "power"), ("joule", "energy"), ("kelvin", "temperature"),
    ]

    /// "values 1, 2, 3, 6", "x[n] = 1, 2, 3, 4": three numbers or more after a name.
    nonisolated(unsafe) private static let list = #/\b([A-Za-z][\w-]*(?:\[\w\])?)\s*(?:=|:|are|is|of)?\s*(-?\d+(?:\.\d+)?(?:\s*,\s*-?\d+(?:\.\d+)?){2,})(?!\s*,?\s*\d)/#

    /// A table row: a name then two numbers or more ("x 0 1 2 3").
    nonisolated(unsafe) private static let row = #/(?m)^\s*([A-Za-z](?:_\w+)?)\s+((?:-?\d+(?:\.\d+)?\s+){1,}-?\d+(?:\.\d+)?)\s*$/#

    // MARK: Framework calls

    /// Positional parameters of the layers homework uses, in PyTorch's order.
    private static let signatures: [String: [String]] = [
        "Conv1d": ["in_channels", "out_channels", "kernel_size", "stride", "padding"],
        "Conv2d": ["in_channels", "out_channels", "kernel_size", "stride", "padding"],
        "Conv3d": ["in_channels", "out_channels", "kernel_size", "stride", "padding"],
        "ConvTranspose2d": ["in_channels", "out_channels", "kernel_size", "stride", "padding"],
        "Linear": ["in_features", "out_features"],
        "LSTM": ["input_size", "hidden_size", "num_layers"], "GRU": ["input_size", "hidden_size", "num_layers"],
        "RNN": ["input_size", "hidden_size", "num_layers"],
        "Embedding": ["num_embeddings", "embedding_dim"],
        "MaxPool1d": ["kernel_size", "stride", "padding"], "MaxPool2d": ["kernel_size", "stride", "padding"],
        "AvgPool1d": ["kernel_size", "stride", "padding"], "AvgPool2d": ["kernel_size", "stride", "padding"],
        "BatchNorm1d": ["num_features"], "BatchNorm2d": ["num_features"], "LayerNorm": ["normalized_shape"],
        "MultiheadAttention": ["embed_dim", "num_heads"], "Dropout": ["p"],
    ]

    private static func callFacts(_ layer: String, arguments: String, text: String) -> [Fact] {
        let names = signatures[layer] ?? []
        var facts: [Fact] = []
        for (position, argument) in arguments.split(separator: ",").map({ String($0).trimmed }).enumerated() {
            let pieces = argument.split(separator: "=", maxSplits: 1).map { String($0).trimmed }
            let name = pieces.count == 2 ? pieces[0] : position < names.count ? names[position] : nil
            let written = pieces.count == 2 ? pieces[1] : pieces[0]
            let value = Double(written) ?? (written == "True" ? 1 : written == "False" ? 0 : nil)
            guard let name, let value else { continue }
            facts.append(Fact(name: name, values: [value], text: text))
        }
        return facts
    }
}
