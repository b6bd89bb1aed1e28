/// Walks the edit script of one candidate once, collecting every measure.
struct AlignmentWalk {
    let reference: PreparedReference
    let candidate: [Character]
    private(set) var script = EditScript(operations: [])

    private var ref: [Character] { reference.characters }
    private var formulaCount: Int { reference.reference.formulas.count }

    // Per formula.
    private var formulaLength: [Int] = []
    private var formulaMatched: [Int] = []
    private var formulaErrors: [Int] = []
    private var formulaWindow: [(lower: Int, upper: Int)] = []
    private var formulaSlashLost: [Bool] = []
    private var formulaRowBreakLost: [Bool] = []
    private var formulaInsertedLetters: [Int] = []
    private var formulaKinds: [[GarbleKind]] = []
    /// Pass-through events already counted per formula, by reference symbol.
    private var formulaPassThrough: [[Character: Int]] = []
    /// Share of a formula's visible characters found anywhere in its candidate window.
    private var formulaPresence: [Double] = []
    /// Edits attributed to each reference position (an insertion to the position before it).
    private var errorsAt: [Int32] = []
    /// Taxonomy events attributed to reference positions.
    private var eventsAt: [(Int, GarbleKind)] = []
    /// Reference position of each operation (filled as the walk goes).
    private var operationPosition: [Int32] = []
    // Totals.
    private var proseErrors = 0
    private var formulaErrorTotal = 0
    private var classTotals: [SymbolClass: Int] = [:]
    private var classSurvived: [SymbolClass: Int] = [:]
    private var confusionCounts: [String: (String, String, Int)] = [:]
    private var eventCounts: [GarbleKind: Int] = [:]
    private var eventExamples: [GarbleKind: [GarbleExample]] = [:]
    /// Kinds found per operation index, for the side-by-side view.
    private var operationKinds: [Int: [GarbleKind]] = [:]

    /// For OCR'd text a `∑` read as `X` is a look-alike, not a font's pass-through.
    let recognized: Bool

    init(reference: PreparedReference, candidate: [Character], recognized: Bool = false) {
        self.reference = reference
        self.candidate = candidate
        self.recognized = recognized
    }

    mutating func run() {
        var table = SymbolTable<Character>()
        let a = ref.map { table.id($0) }
        // Candidate characters that never occur in the reference can only mismatch, so one
        // shared id serves them all and the alphabet stays the reference's.
        let stranger = Int32(table.count)
        let known = table
        let b = candidate.map { known.existingID($0) ?? stranger }
        script = EditScript.align(a, b, alphabetSize: table.count + 1)

        let count = formulaCount
        formulaLength = Array(repeating: 0, count: count)
        formulaMatched = Array(repeating: 0, count: count)
        formulaErrors = Array(repeating: 0, count: count)
        formulaWindow = Array(repeating: (Int.max, -1), count: count)
        formulaSlashLost = Array(repeating: false, count: count)
        formulaRowBreakLost = Array(repeating: false, count: count)
        formulaInsertedLetters = Array(repeating: 0, count: count)
        formulaKinds = Array(repeating: [], count: count)
        formulaPresence = Array(repeating: 1, count: count)
        formulaPassThrough = Array(repeating: [:], count: count)
        errorsAt = Array(repeating: 0, count: ref.count)
        operationPosition = Array(repeating: 0, count: script.operations.count)

        var i = 0
        var j = 0
        var blockStart: (op: Int, i: Int, j: Int)? = nil
        for (k, operation) in script.operations.enumerated() {
            let formula = formulaAt(operation: operation, i: i)
            operationPosition[k] = Int32(i)
            if operation == .match {
                if let start = blockStart {
                    classifyBlock(ops: start.op..<k, refRange: start.i..<i, candRange: start.j..<j)
                    blockStart = nil
                }
            } else if blockStart == nil {
                blockStart = (k, i, j)
            }
            if formula >= 0 {
                if operation != .insert { formulaLength[formula] += 1 }
                if operation != .delete {
                    formulaWindow[formula].lower = min(formulaWindow[formula].lower, j)
                    formulaWindow[formula].upper = max(formulaWindow[formula].upper, j)
                }
            }
            if operation != .match, !errorsAt.isEmpty { errorsAt[min(operation == .insert ? max(i - 1, 0) : i, errorsAt.count - 1)] += 1 }
            switch operation {
            case .match:
                if formula >= 0 { formulaMatched[formula] += 1 }
                tally(ref[i], formula: formula, survived: true)
                i += 1
                j += 1
            case .substitute:
                record(error: formula)
                tally(ref[i], formula: formula, survived: false)
                noteLoss(ref[i], formula: formula, at: i)
                confusion(String(ref[i]), String(candidate[j]))
                i += 1
                j += 1
            case .delete:
                record(error: formula)
                tally(ref[i], formula: formula, survived: false)
                noteLoss(ref[i], formula: formula, at: i)
                confusion(String(ref[i]), "")
                i += 1
            case .insert:
                record(error: formula)
                if formula >= 0, candidate[j].isLetter { formulaInsertedLetters[formula] += 1 }
                confusion("", String(candidate[j]))
                j += 1
            }
        }
        if let start = blockStart {
            classifyBlock(ops: start.op..<script.operations.count, refRange: start.i..<i, candRange: start.j..<j)
        }
        classifyFormulas()
    }

    /// The formula an operation belongs to: its reference character's, or for an insertion,
    /// the formula holding the reference characters on both sides of it.
    private func formulaAt(operation: EditOperation, i: Int) -> Int {
        let formulaOf = reference.formulaOf
        if operation != .insert { return Int(formulaOf[i]) }
        guard i > 0, i < formulaOf.count, formulaOf[i - 1] == formulaOf[i] else { return -1 }
        return Int(formulaOf[i])
    }

    private mutating func record(error formula: Int) {
        if formula >= 0 {
            formulaErrors[formula] += 1
            formulaErrorTotal += 1
        } else {
            proseErrors += 1
        }
    }

    private mutating func tally(_ character: Character, formula: Int, survived: Bool) {
        guard let symbolClass = SymbolClass.of(character, inFormula: formula >= 0), symbolClass != .matrix else { return }
        classTotals[symbolClass, default: 0] += 1
        if survived { classSurvived[symbolClass, default: 0] += 1 }
    }

    /// Reference positions of big operators that did not come through.
    private var lostAt = Set<Int>()

    private mutating func noteLoss(_ character: Character, formula: Int, at index: Int) {
        if GarbleTaxonomy.passThrough[character] != nil { lostAt.insert(index) }
        guard formula >= 0 else { return }
        if character == "/" { formulaSlashLost[formula] = true }
        if character == ";" { formulaRowBreakLost[formula] = true }
    }

    private mutating func confusion(_ reference: String, _ candidate: String) {
        let key = reference + "\u{0}" + candidate
        confusionCounts[key, default: (reference, candidate, 0)].2 += 1
    }

    /// Kinds found in the block being classified, attached to its operations once at its end.
    private var blockKinds: [GarbleKind] = []

    private mutating func event(_ kind: GarbleKind, reference: String, candidate: String, formula: Int?, operations: Range<Int>?) {
        eventCounts[kind, default: 0] += 1
        let known = eventExamples[kind, default: []]
        // Up to eight examples (more for big operators, the telling case), at most two for
        // one reference piece, none twice.
        let limit = reference.count == 1 && GarbleTaxonomy.passThrough[Character(reference)] != nil ? 12 : 8
        if known.count < limit, known.filter({ $0.reference == reference }).count < 2,
            !known.contains(where: { $0.reference == reference && $0.candidate == candidate })
        {
            eventExamples[kind, default: []].append(
                GarbleExample(reference: reference, candidate: candidate, formula: formula.map { formulaID($0) }))
        }
        if let formula { formulaKinds[formula].append(kind) }
        if let position = eventPosition(formula: formula, operations: operations) { eventsAt.append((position, kind)) }
        if let operations {
            if operations.count == 1 {
                operationKinds[operations.lowerBound, default: []].append(kind)
            } else if !blockKinds.contains(kind) {
                blockKinds.append(kind)
            }
        }
    }

    /// Where an event happened in the reference: its formula's start, else its first operation's position.
    private func eventPosition(formula: Int?, operations: Range<Int>?) -> Int? {
        if let formula, !reference.formulaRanges[formula].isEmpty { return reference.formulaRanges[formula].lowerBound }
        guard let operations, let first = operations.first else { return nil }
        return min(Int(operationPosition[first]), max(ref.count - 1, 0))
    }

    func regionMeasures() -> [RegionMeasure] {
        reference.reference.regions.enumerated().map { index, region in
            let range = reference.regionRanges[index]
            var errors = 0
            var formulaCharacters = 0
            var formulaErrors = 0
            for k in range {
                errors += Int(errorsAt[k])
                if reference.formulaOf[k] >= 0 {
                    formulaCharacters += 1
                    formulaErrors += Int(errorsAt[k])
                }
            }
            var events: [String: Int] = [:]
            for (position, kind) in eventsAt where range.contains(position) { events[kind.rawValue, default: 0] += 1 }
            return RegionMeasure(
                id: region.id, characters: range.count, errors: errors,
                cer: range.isEmpty ? 0 : Double(errors) / Double(range.count), formulaCharacters: formulaCharacters,
                formulaErrors: formulaErrors,
                formulaCER: formulaCharacters == 0 ? 0 : Double(formulaErrors) / Double(formulaCharacters), events: events)
        }
    }

    private func formulaID(_ index: Int) -> Int { reference.reference.formulas[index].id }

    private func context(_ range: Range<Int>, in characters: [Character], pad: Int = 2) -> String {
        let lower = max(0, range.lowerBound - pad)
        let upper = min(characters.count, range.upperBound + pad)
        return String(characters[lower..<upper])
    }

    /// Classifies one maximal run of non-matching operations.
    private mutating func classifyBlock(ops: Range<Int>, refRange: Range<Int>, candRange: Range<Int>) {
        let refSlice = Array(ref[refRange])
        let candSlice = Array(candidate[candRange])
        var formula: Int? = nil
        for i in refRange where reference.formulaOf[i] >= 0 {
            formula = Int(reference.formulaOf[i])
            break
        }
        if formula == nil, refRange.lowerBound > 0, refRange.lowerBound < ref.count,
            reference.formulaOf[refRange.lowerBound - 1] >= 0,
            reference.formulaOf[refRange.lowerBound - 1] == reference.formulaOf[refRange.lowerBound]
        {
            formula = Int(reference.formulaOf[refRange.lowerBound])
        }
        var used = [Bool](repeating: false, count: candSlice.count)
        blockKinds = []
        defer {
            if !blockKinds.isEmpty {
                for k in ops { operationKinds[k, default: []].append(contentsOf: blockKinds) }
            }
        }

        // Glyph pass-through of big operators and radicals; candidate positions by character,
        // taken in order, so a long block is scanned once.
        var positions: [Character: [Int]] = [:]
        for (index, c) in candSlice.enumerated() where GarbleTaxonomy.passThroughLetters.contains(c) {
            positions[c, default: []].append(index)
        }
        var taken: [Character: Int] = [:]
        func takeLetter(_ letters: Set<Character>) -> Int? {
            var best: Int? = nil
            for letter in letters {
                guard let list = positions[letter] else { continue }
                var next = taken[letter, default: 0]
                while next < list.count, used[list[next]] { next += 1 }
                taken[letter] = next
                if next < list.count, best == nil || list[next] < best! { best = list[next] }
            }
            return best
        }
        for r in refSlice {
            guard let letters = GarbleTaxonomy.passThrough[r] else { continue }
            if let index = takeLetter(letters) {
                used[index] = true
                event(recognized ? .lookAlike : .glyphPassThrough, reference: String(r), candidate: String(candSlice[index]), formula: formula, operations: ops)
                if let formula { formulaPassThrough[formula][r, default: 0] += 1 }
            }
        }
        // Big delimiter pieces passed through as control or private-use codes.
        let bracket = refSlice.first { "[]()|{}‖⌊⌋⌈⌉⟨⟩".contains($0) }.map(String.init) ?? ""
        for (index, c) in candSlice.enumerated() where !recognized && !used[index] && GarbleTaxonomy.isDelimiterPassThrough(c) {
            used[index] = true
            let code = c.unicodeScalars.map { "U+" + String($0.value, radix: 16, uppercase: true) }.joined()
            event(.glyphPassThrough, reference: bracket.isEmpty ? "big delimiter" : bracket, candidate: code, formula: formula, operations: ops)
        }
        // Look-alikes and flattened scripts, operation by operation.
        var i = refRange.lowerBound
        var j = candRange.lowerBound
        for k in ops {
            let operation = script.operations[k]
            switch operation {
            case .substitute:
                let r = ref[i]
                let c = candidate[j]
                if !used[j - candRange.lowerBound], GarbleTaxonomy.lookAlikes[r]?.contains(c) == true,
                    GarbleTaxonomy.passThrough[r]?.contains(c) != true
                {
                    used[j - candRange.lowerBound] = true
                    event(.lookAlike, reference: String(r), candidate: String(c), formula: formula, operations: k..<(k + 1))
                } else if (r == "_" || r == "^"), reference.formulaOf[i] >= 0 {
                    event(.flattenedScript, reference: context(i..<(i + 1), in: ref), candidate: context(j..<(j + 1), in: candidate),
                        formula: Int(reference.formulaOf[i]), operations: k..<(k + 1))
                }
                i += 1
                j += 1
            case .delete:
                if (ref[i] == "_" || ref[i] == "^"), reference.formulaOf[i] >= 0 {
                    event(.flattenedScript, reference: context(i..<(i + 1), in: ref), candidate: context(j..<j, in: candidate),
                        formula: Int(reference.formulaOf[i]), operations: k..<(k + 1))
                }
                i += 1
            case .insert:
                j += 1
            case .match:
                i += 1
                j += 1
            }
        }
        // Ligatures lost in prose.
        if formula == nil {
            let refText = String(refSlice)
            let candText = String(candSlice)
            if let pair = GarbleTaxonomy.ligaturePairs.first(where: { refText.contains($0) && !candText.contains($0) }) {
                event(.ligature, reference: context(refRange, in: ref), candidate: context(candRange, in: candidate), formula: nil, operations: ops)
                _ = pair
            }
        }
        // A hyphen (and space) inserted inside a word: hyphenation not undone.
        if refSlice.isEmpty, candSlice.first == "-", candSlice.allSatisfy({ $0 == "-" || $0 == " " }),
            refRange.lowerBound > 0, refRange.lowerBound < ref.count,
            ref[refRange.lowerBound - 1].isLetter, ref[refRange.lowerBound].isLetter
        {
            event(.hyphenation, reference: context(refRange, in: ref, pad: 4), candidate: context(candRange, in: candidate, pad: 4),
                formula: formula, operations: ops)
        }
    }

    /// Formula-level events: vanished formulas (under a quarter of its characters anywhere in
    /// the candidate text aligned with it), split or reordered fractions, scattered matrices.
    private mutating func classifyFormulas() {
        for (index, formula) in reference.reference.formulas.enumerated() where formulaLength[index] > 0 {
            let canonical = canonicalText(of: index)
            let window = windowText(of: index)
            formulaPresence[index] = Self.presence(of: canonical, in: window)
            // Big operators whose pass-through letter landed elsewhere in the formula's text.
            var lost: [Character: Int] = [:]
            for k in reference.formulaRanges[index] where reference.formulaOf[k] == Int32(index) && lostAt.contains(k) {
                lost[ref[k], default: 0] += 1
            }
            for (symbol, count) in lost where !recognized {
                let letters = GarbleTaxonomy.passThrough[symbol]!
                let available = window.filter { letters.contains($0) }.count - formulaPassThrough[index][symbol, default: 0]
                let found = min(count - formulaPassThrough[index][symbol, default: 0], available)
                for _ in 0..<max(0, found) {
                    let letter = window.first { letters.contains($0) }.map(String.init) ?? ""
                    event(.glyphPassThrough, reference: String(symbol), candidate: letter, formula: index, operations: nil)
                }
            }
            if formulaErrors[index] > 0, formulaPresence[index] < 0.25 {
                event(.vanishedFormula, reference: String(canonical.prefix(60)), candidate: String(window.prefix(60)), formula: index, operations: nil)
                continue
            }
            if formulaSlashLost[index], let (numerator, denominator) = Self.fractionParts(canonical) {
                let w = Array(window)
                let n = Self.find(Array(numerator), in: w)
                let d = Self.find(Array(denominator), in: w)
                let kind: GarbleKind = (n != nil && d != nil && d! < n!) ? .reorderedFraction : .splitFraction
                event(kind, reference: String(canonical.prefix(60)), candidate: String(window.prefix(60)), formula: index, operations: nil)
            }
            let isMatrix = formula.latex.contains("matrix") || formula.latex.contains("\\begin{array")
            if isMatrix, formulaRowBreakLost[index] || formulaInsertedLetters[index] >= 3 {
                event(.scatteredMatrix, reference: String(canonical.prefix(60)), candidate: String(window.prefix(60)), formula: index, operations: nil)
            }
        }
    }

    /// The share of the formula's non-space characters that the window holds, in any order.
    static func presence(of formula: String, in window: String) -> Double {
        var available: [Character: Int] = [:]
        for c in window where c != " " { available[c, default: 0] += 1 }
        var total = 0
        var found = 0
        for c in formula where c != " " {
            total += 1
            if let left = available[c], left > 0 {
                found += 1
                available[c] = left - 1
            }
        }
        return total == 0 ? 1 : Double(found) / Double(total)
    }

    private func canonicalText(of index: Int) -> String {
        var characters: [Character] = []
        for k in reference.formulaRanges[index] where reference.formulaOf[k] == Int32(index) { characters.append(ref[k]) }
        return String(characters)
    }

    private func windowText(of index: Int) -> String {
        let window = formulaWindow[index]
        guard window.upper >= window.lower, window.lower < candidate.count else { return "" }
        return String(candidate[window.lower...min(window.upper, candidate.count - 1)])
    }

    /// Numerator and denominator around the first `/` of a canonical formula, brackets removed.
    static func fractionParts(_ text: String) -> (String, String)? {
        let characters = Array(text)
        guard let slash = characters.firstIndex(of: "/") else { return nil }
        func operand(from start: Int, step: Int) -> String {
            var k = start
            var depth = 0
            var out: [Character] = []
            while k >= 0, k < characters.count {
                let c = characters[k]
                if c == (step < 0 ? ")" : "(") { depth += 1 }
                else if c == (step < 0 ? "(" : ")") {
                    if depth == 0 { break }
                    depth -= 1
                } else if depth == 0, c == " " || c == "=" || c == "," { break }
                out.append(c)
                if depth == 0, c != "(" && c != ")" && !(c.isLetter || c.isNumber || c == "_" || c == "^" || c == "∂") { break }
                k += step
            }
            if step < 0 { out.reverse() }
            return String(out.filter { $0 != "(" && $0 != ")" && $0 != "_" && $0 != "^" && $0 != " " })
        }
        let numerator = operand(from: slash - 1, step: -1)
        let denominator = operand(from: slash + 1, step: 1)
        guard !numerator.isEmpty, !denominator.isEmpty else { return nil }
        return (numerator, denominator)
    }

    static func find(_ needle: [Character], in haystack: [Character]) -> Int? {
        guard !needle.isEmpty, needle.count <= haystack.count else { return nil }
        let filtered = haystack
        for start in 0...(filtered.count - needle.count) where Array(filtered[start..<(start + needle.count)]) == needle {
            return start
        }
        return nil
    }

    // MARK: Results

    func formulaSummary() -> FormulaSummary {
        let formulaCharacters = formulaLength.reduce(0, +)
        let proseCharacters = ref.count - formulaCharacters
        var intact = 0
        var damaged = 0
        var vanished = 0
        for index in 0..<formulaCount where formulaLength[index] > 0 {
            switch status(index) {
            case .intact: intact += 1
            case .damaged: damaged += 1
            case .vanished: vanished += 1
            }
        }
        return FormulaSummary(
            formulaCharacters: formulaCharacters, formulaErrors: formulaErrorTotal,
            formulaCER: formulaCharacters == 0 ? 0 : Double(formulaErrorTotal) / Double(formulaCharacters),
            proseCharacters: proseCharacters, proseErrors: proseErrors,
            proseCER: proseCharacters == 0 ? 0 : Double(proseErrors) / Double(proseCharacters),
            formulas: intact + damaged + vanished, intact: intact, damaged: damaged, vanished: vanished)
    }

    private func status(_ index: Int) -> FormulaMeasure.Status {
        if formulaErrors[index] == 0 { return .intact }
        return formulaPresence[index] < 0.25 ? .vanished : .damaged
    }

    func symbolSurvival() -> [SymbolSurvival] {
        var result: [SymbolSurvival] = []
        for symbolClass in SymbolClass.allCases {
            if symbolClass == .matrix {
                let matrices = reference.reference.formulas.indices.filter { index in
                    let latex = reference.reference.formulas[index].latex
                    return formulaLength[index] > 0 && (latex.contains("matrix") || latex.contains("\\begin{array"))
                }
                guard !matrices.isEmpty else { continue }
                let survived = matrices.filter { index in
                    !formulaRowBreakLost[index] && Double(formulaMatched[index]) >= 0.8 * Double(formulaLength[index])
                }.count
                result.append(SymbolSurvival(symbolClass: .matrix, total: matrices.count, survived: survived, rate: Double(survived) / Double(matrices.count)))
                continue
            }
            let total = classTotals[symbolClass, default: 0]
            guard total > 0 else { continue }
            let survived = classSurvived[symbolClass, default: 0]
            result.append(SymbolSurvival(symbolClass: symbolClass, total: total, survived: survived, rate: Double(survived) / Double(total)))
        }
        return result
    }

    func events() -> [GarbleEvent] {
        GarbleKind.allCases.compactMap { kind in
            guard let count = eventCounts[kind] else { return nil }
            return GarbleEvent(kind: kind, count: count, cause: kind.cause, examples: eventExamples[kind] ?? [])
        }
    }

    /// The most frequent confusions first (ties by text), at most 50.
    func confusions() -> [Confusion] {
        confusionCounts.values
            .map { Confusion(reference: $0.0, candidate: $0.1, count: $0.2) }
            .sorted { ($1.count, $0.reference, $0.candidate) < ($0.count, $1.reference, $1.candidate) }
            .prefix(50).map { $0 }
    }

    func formulaMeasures() -> [FormulaMeasure] {
        reference.reference.formulas.enumerated().compactMap { index, formula in
            guard formulaLength[index] > 0 else { return nil }
            var kinds: [GarbleKind] = []
            for kind in formulaKinds[index] where !kinds.contains(kind) { kinds.append(kind) }
            return FormulaMeasure(
                id: formula.id, latex: formula.latex, reference: canonicalText(of: index), candidate: windowText(of: index),
                errors: formulaErrors[index], cer: Double(formulaErrors[index]) / Double(formulaLength[index]),
                matched: Double(formulaMatched[index]) / Double(formulaLength[index]), status: status(index), events: kinds)
        }
    }

    /// Runs of equal operation and formula, for the side-by-side view.
    func pieces() -> [AlignedPiece] {
        var pieces: [AlignedPiece] = []
        var i = 0
        var j = 0
        for (k, operation) in script.operations.enumerated() {
            let formulaIndex = formulaAt(operation: operation, i: i)
            let formula = formulaIndex >= 0 ? formulaID(formulaIndex) : nil
            let kinds = operationKinds[k] ?? []
            let r = operation == .insert ? "" : String(ref[i])
            let c = operation == .delete ? "" : String(candidate[j])
            if var last = pieces.last, last.operation == operation, last.formula == formula, last.kinds == kinds {
                last.reference += r
                last.candidate += c
                pieces[pieces.count - 1] = last
            } else {
                pieces.append(AlignedPiece(operation: operation, reference: r, candidate: c, formula: formula, kinds: kinds))
            }
            if operation != .insert { i += 1 }
            if operation != .delete { j += 1 }
        }
        return pieces
    }
}
