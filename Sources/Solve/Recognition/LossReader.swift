/// Reads the loss of one example and the cross-entropy gradient with respect to the
/// logits: "the cross-entropy loss of this example" (logits or probabilities and the true
/// class), "the gradient … with respect to the logits s", "the multiclass hinge (SVM) loss",
/// "the mean squared error" of a prediction and a target.
///
/// The vectors come from the part or its problem's statement, each told apart by the
/// words before it ("logits", "probabilities", "predicts", "target"). The true class is
/// read from an ordinal ("the second class"), a value ("the one with logit 1"), a one-hot
/// target or a class number whose indexing the text settles; anything else is not
/// computed.
import Foundation

enum LossReader {
    /// Words that name an array as the predictions, and as the targets.
    static let predictionWords = try! NSRegularExpression(pattern: #"predict\w*|\\hat\{?y|ŷ|yhat|y_hat|outputs?|estimates?"#)
    static let targetWords = try! NSRegularExpression(pattern: #"targets?|true|labels?|ground[- ]truth|actual|observed"#)

    private enum Asked { case crossEntropy, crossEntropyGradient, hinge, hingeGradient }

    /// "gradient", "derivative", "∂", `\partial`, `\nabla`: a gradient asked.
    private static let gradientWords = #"\bgradients?\b|\bderivatives?\b|∂|\\partial|\\nabla"#

    /// "max(0, …)^2", "+ 0.5‖W‖²", "regularized": more than the plain multiclass hinge.
    private static let hingeExtras = #"\)\s*(?:\^\s*\{?\s*2|²)|‖|\|\|\s*W|\bregulari[sz]\w*|\bweight decay\b|\bpenalt\w*|\bsquared\b"#
    /// "∂L/∂s_dog", "with respect to the correct-class score only": one entry of a gradient.
    private static let oneEntry = #"∂\s*\S{0,8}\s*/\s*∂\s*[A-Za-zŷ]\S{0,6}_\{?\w+|\bwith respect to (?:the )?(?:first|second|third|fourth|fifth|last|correct[- ]class|true[- ]class|target[- ]class|\w+['’]s) (?:score|prediction|logit|output|entry)\b(?!s)|\bonly\b"#

    private static let lossWords = #"\bcross[- ]entropy\b|\blog[- ]loss\b|\bnegative log[- ]likelihood\b|\bNLL\b|\bhinge\b|\bSVM loss\b"#

    static func read(_ reading: PartReading) -> Attempt {
        // "Compute the gradient ∂L/∂z of the loss from (d).": the loss, and its example, of the part it names.
        // (Also "Compute the gradient ∂L/∂z." after "(b) Compute the cross-entropy loss L = −log p_1.": the latest
        // earlier part that defines L as a loss.)
        let named = reading.part.firstMatch(#"\bthe loss (?:from|of|in) (?:part )?\(([a-z])\)"#).flatMap { match in reading.segments.first { $0.label == match[1] } }
            // ("What is the gradient of that loss with respect to the logits?": the latest earlier part that names a loss.)
            ?? (reading.part.firstMatch(#"\b(?:that|this|the same|the above|the previous) loss\b"#) != nil
                ? reading.segments.last { $0.label != nil && StatementText($0.text).firstMatch(lossWords) != nil } : nil)
        // (The loss may carry a subscript: "∂L_{CE}/∂z" after "the cross-entropy loss L_{CE} = −log …"
        // or "(b) Compute the cross-entropy loss L_{CE}.")
        // (Or "the gradient of L with respect to the scores".)
        let symbol = (reading.part.firstMatch(#"\(?∂\s*(L(?:_\{?[A-Za-z]+\}?)?)(?![\w{])"#)
            ?? reading.part.firstMatch(#"\b(?:gradient|derivative)s?\s+of\s+\$?(L(?:_\{?[A-Za-z]+\}?)?)\$?\s+(?:with respect to|w\.r\.t)"#))
            .map { NSRegularExpression.escapedPattern(for: $0[1]) }
        func definition(_ name: String) -> String {
            #"\bloss\s+\$?"# + name + #"\s*(?:=|[.?,;$]|$)|(?:^|[^\w])"# + name + #"\s*=\s*[-−]\s*log\b"#
        }
        let defined = symbol.flatMap { name in
            reading.segments.last { $0.label != nil && StatementText($0.text).firstMatch(definition(name)) != nil }
        }
        if reading.part.firstMatch(lossWords) == nil, let segment = named ?? defined, StatementText(segment.text).firstMatch(lossWords) != nil {
            let combined = prefixed(segment.text, to: reading)
            guard combined.part.firstMatch(Self.gradientWords) != nil else { return .notApplicable }
            return read(combined)
        }
        // "Use the multiclass SVM loss L = Σ_{j≠y} max(0, s_j − s_y + Δ) with margin Δ = 1." then
        // "(a) Compute L." or "(b) Compute ∂L/∂s.": the loss the problem's statement defines by
        // that symbol, asked by the symbol alone.
        let asksSymbol = symbol ?? reading.part.firstMatch(#"^\W*(?:compute|find|calculate|evaluate|what is)\s+(?:the value of\s+)?\$?(L(?:_\{?[A-Za-z]+\}?)?)\$?\s*[.?]?\s*$"#)
            .map { NSRegularExpression.escapedPattern(for: $0[1]) }
        if reading.part.firstMatch(lossWords) == nil, let name = asksSymbol,
           let sentence = reading.problemStatement.sentences.last(where: { StatementText($0).firstMatch(lossWords) != nil && StatementText($0).firstMatch(definition(name)) != nil }) {
            return read(prefixed(sentence, to: reading))
        }
        // "Instead of cross-entropy, use the multiclass hinge loss": the loss set aside is not asked.
        let part = reading.part.removing(#"\b(?:instead of|rather than|in place of)\s+(?:the\s+)?[\w -]{1,40}?(?=,|\s+(?:use|compute|take|consider)\b)"#)
        let asked: Asked
        let phrase: String
        if let match = part.firstMatch(#"\bcross[- ]entropy\b|\blog[- ]loss\b|\bnegative log[- ]likelihood\b|\bNLL\b"#) {
            phrase = match[0]
            if part.firstMatch(Self.gradientWords) != nil {
                guard part.firstMatch(#"(?:with respect to|w\.r\.t\.?|\bwrt)\s+(?:the\s+)?(?:logits?|scores|pre-softmax)"#) != nil
                    || gradientWithRespectToScoresName(reading, allArrays(reading) + (earlierLogits(reading)?.arrays ?? [])) else {
                    return .failed("loss: a cross-entropy gradient with respect to something other than the logits")
                }
                asked = .crossEntropyGradient
            } else {
                asked = .crossEntropy
            }
        } else if let match = part.firstMatch(#"\bhinge\b|\bSVM loss\b"#) {
            phrase = match[0]
            // "Compute ∂L/∂s (one entry per class)": the hinge's subgradient with respect to the scores.
            if part.firstMatch(Self.gradientWords) != nil {
                guard part.firstMatch(#"(?:with respect to|w\.r\.t\.?|\bwrt)\s+(?:the\s+)?(?:logits?|scores)"#) != nil
                    || gradientWithRespectToScoresName(reading, allArrays(reading)) else {
                    return .failed("loss: a hinge-loss gradient with respect to something other than the scores")
                }
                asked = .hingeGradient
            } else {
                asked = .hinge
            }
        } else if let match = part.firstMatch(#"\bmean[- ]squared error\b|\bMSE\b|\bsum of (?:the )?squared (?:errors|residuals)\b|\bSSE\b|\bsquared error\b"#) {
            return squaredError(reading, phrase: match[0])
        } else if let match = part.firstMatch(#"\bmean absolute error\b|\bMAE\b"#) {
            return squaredError(reading, phrase: match[0], absolute: true)
        } else {
            return .notApplicable
        }
        var finding = Finding(.loss)
        finding.note(phrase)
        if asked == .crossEntropy, let binary = binaryCrossEntropy(reading, part: part, phrase: phrase) { return binary }
        if part.firstMatch(#"\bbinary cross[- ]entropy\b|\bBCE\b|\bsquared hinge\b|\bbatch\b|\baverag\w* (?:loss )?over\b|\bmean over\b"#) != nil {
            return .failed("loss: \(phrase) of a kind or batch not computed here")
        }
        // ("The staff now train with label smoothing, ε = 0.1 … compute the cross-entropy": a target
        // that is not the class's one-hot vector; "with class weights (1, 2, 1)": a weighted loss.)
        if let other = [part, reading.problemStatement].lazy.compactMap({ $0.firstMatch(#"\blabel[- ]smooth\w*|\bsmooth(?:ed|ing)\b|\bsoft (?:targets?|labels?)\b|\bclass[- ]weights?\b|\bweighted\b|\bfocal\b|\bdistillation\b"#) }).first {
            return .failed("loss: '\(other[0])' changes the target or the weights of the \(phrase)")
        }
        var arrays = allArrays(reading)
        // "(d) The correct label is the second class. What is the cross-entropy loss?" after "(c) A
        // classifier produces the logits s = (…)": with no vector of its own or of the statement,
        // the latest earlier part's logits or probabilities.
        var scratch = Finding(.loss)
        // (A true class named by its number, "The true class is class 2", writes no values.)
        // (Nor the loss's formula written out: "Σ_{j≠y} max(0, s_j − s_y + 1)".)
        let writesValues = reading.part.removing(#"\b(?:true |correct |target )?(?:class|label|category)(?: index)?\s+(?:is\s+)?(?:c\s*=\s*)?\d+\b|\by\s*=\s*\d+\b"#)
            .removing(#"\bmax\s*\(\s*0\s*,\s*[^()]*\)"#).writesNumbers
        // ("For the same scores and label, compute the hinge loss with margin Δ = 1": numbers of
        // its own, and the vector still an earlier part's.)
        // (Not with something done to them first: "… divided by a temperature", "label smoothing".)
        let same = reading.part.firstMatch(#"\b(?:the )?same (?:scores|logits|probabilities|predictions|outputs)\b"#) != nil
            && reading.part.firstMatch(#"\btemperature\b|\bsmooth\w*|\bdivid\w*|\bscal\w*|\bmultipl\w*|\bweight\w*|\bfocal\b|\bclip\w*"#) == nil
        // ("The correct class for the example in (a) is …": the vector of that part, no other.)
        let namedExample = reading.part.firstMatch(#"\b(?:example|input|sample) (?:in|of|from) (?:part )?\(([a-z])\)"#)?[1]
        if arrays.isEmpty, !writesValues || same, scores(arrays, &scratch) == nil {
            for segment in reading.segments.reversed() where segment.label != nil {
                let earlier = described(in: segment.text, fromContext: true)
                if scores(earlier, &scratch) != nil {
                    if let namedExample, segment.label != namedExample { return .failed("loss: the example of part (\(namedExample)) is named, and the latest vector is part (\(segment.label!))'s") }
                    arrays = earlier
                    finding.assume(0.95, "the vector of part (\(segment.label!))")
                    break
                }
            }
        }
        // ("(a) Compute the logits z." then "(b) Compute the cross-entropy loss L.": the logits the
        // earlier part's answer gives, when no vector is described as logits.)
        if scores(arrays, &scratch) == nil, !writesValues, let (label, logits) = earlierLogits(reading) {
            arrays += logits
            finding.assume(0.95, "the vector found for part (\(label))")
        }
        guard let scores = scores(arrays, &finding) else {
            return .failed("loss: no single vector described as logits, scores or probabilities")
        }
        guard let target = targetClass(reading, arrays, scores: scores.values, &finding) else {
            return .failed("loss: the true class is not stated unambiguously")
        }
        switch asked {
        case .crossEntropy:
            guard let base = logarithmBase(reading, &finding) else { return .failed("loss: the logarithm's base is stated two ways") }
            return finding.finish(.loss(.crossEntropy(scores: scores.values, kind: scores.kind, target: target, base: base)))
        case .crossEntropyGradient:
            guard scores.kind == .logits else { return .failed("loss: gradient asked with respect to logits, but the vector is probabilities") }
            return finding.finish(.loss(.crossEntropyGradient(logits: scores.values, target: target)))
        case .hinge:
            if part.firstMatch(#"\bbinary\b|\by\s*∈\s*\{\s*-1"#) != nil { return .failed("loss: binary hinge loss is not computed here") }
            if let more = part.firstMatch(Self.hingeExtras) { return .failed("loss: '\(more[0])' adds to the hinge, which is not read") }
            guard scores.kind == .logits else { return .failed("loss: a hinge loss over probabilities") }
            let margin = hingeMargin(reading, &finding)
            return finding.finish(.loss(.multiclassHinge(scores: scores.values, target: target, margin: margin)))
        case .hingeGradient:
            if part.firstMatch(#"\bbinary\b|\by\s*∈\s*\{\s*-1|\bsquared\b"#) != nil { return .failed("loss: a binary or squared hinge gradient is not computed here") }
            if let more = part.firstMatch(Self.hingeExtras) { return .failed("loss: '\(more[0])' adds to the hinge, which is not read") }
            if let one = part.firstMatch(Self.oneEntry) { return .failed("loss: '\(one[0])' asks one entry of the gradient") }
            guard scores.kind == .logits else { return .failed("loss: a hinge loss over probabilities") }
            let margin = hingeMargin(reading, &finding)
            return finding.finish(.loss(.multiclassHingeGradient(scores: scores.values, target: target, margin: margin)))
        }
    }

    /// The part read with `text` (the loss it names, defined elsewhere) written before it.
    private static func prefixed(_ text: String, to reading: PartReading) -> PartReading {
        var statement = PartStatement(id: reading.id, text: text + "\n" + reading.part.text, context: reading.context.text)
        statement.conventions = reading.conventions.text
        statement.earlierAnswers = reading.earlierAnswers
        return PartReading(statement)
    }

    /// `∂L/∂s` where `s` names the logits.
    private static func gradientWithRespectToScoresName(_ reading: PartReading, _ arrays: [Described]) -> Bool {
        guard let match = reading.part.firstMatch(#"(?:with respect to|w\.r\.t\.?|\bwrt)\s+\$?([A-Za-z])\$?\b|\(?∂\s*L(?:_\{?[A-Za-z]+\}?)?\)?\s*/\s*\(?∂\s*([A-Za-z])\)?(?![A-Za-z])|\\partial L\s*/\s*\\partial\s+([A-Za-z])\b"#) else { return false }
        let name = [match[1], match[2], match[3]].first { !$0.isEmpty } ?? ""
        return arrays.contains { $0.name == name && kind(of: $0.words) == .logits }
    }

    // MARK: - Vectors and their roles

    struct Described {
        var literal: MathLiteral
        /// The bound name, if any.
        var name: String?
        /// The words before it in its sentence, lower-case.
        var words: String
        var fromContext: Bool
    }

    /// Every numeric one-dimensional array of the part, then of its problem's statement.
    /// ("class 0 1 2" over "logit s_k 2.0 −1.0 0.5": a table's named row is its vector,
    /// ``StatementText/namingIndexedRows``; read so by this family only, whose vectors are
    /// described by their names.)
    private static func allArrays(_ reading: PartReading) -> [Described] {
        described(in: reading.part.namingIndexedRows.text, fromContext: false) + described(in: reading.problemStatement.namingIndexedRows.text, fromContext: true)
    }

    /// Every numeric one-dimensional array of `text`, with the words that describe it.
    private static func described(in text: String, fromContext: Bool) -> [Described] {
        var result: [Described] = []
        do {
            let bindings = MathScanner.bindings(in: text)
            let characters = Array(text)
            // ("target y : 2.0 -1.0 0.5": a labelled row's values, which no bracket holds, count too.)
            let bracketed = MathScanner.arrays(in: text)
            let rows = bindings.map(\.literal).filter { row in
                if case .vector = row.value { return !row.text.isEmpty && !bracketed.contains { $0.range.overlaps(row.range) } && characters.indices.contains(row.range.lowerBound) && !"([{".contains(characters[row.range.lowerBound]) }
                return false
            }
            for literal in (bracketed + rows).sorted(by: { $0.range.lowerBound < $1.range.lowerBound }) where literal.isNumeric && literal.flat != nil {
                var start = literal.range.lowerBound
                var steps = 0
                while start > 0, steps < 80 {
                    let previous = characters[start - 1]
                    if previous == "\n" && start >= 2 && characters[start - 2] == "\n" { break }
                    if (previous == "." || previous == "?" || previous == ";") && start < literal.range.lowerBound { break }
                    start -= 1
                    steps += 1
                }
                var words = String(characters[start..<literal.range.lowerBound]).lowercased()
                // "Let z = (1.0, −2.0, 0.5)ᵀ be the logits …": the description after the vector.
                let following = String(characters[literal.range.upperBound..<min(characters.count, literal.range.upperBound + 60)])
                    .prefix { $0 != "." && $0 != "\n" && $0 != ";" }.lowercased()
                if let described = following.firstMatch(of: #/^\W{0,3}(?:ᵀ|⊤|\^\{?(?:t|⊤|\\top)\}?)?\s*(?:be|are|is|denote|as)\s+(?:the\s+)?(?:raw\s+|unnormali[sz]ed\s+)?(logits?|scores?|probabilities)\b/#) {
                    words += " " + String(described.1)
                }
                let name = bindings.first { $0.literal.range == literal.range }?.name
                result.append(Described(literal: literal, name: name, words: words, fromContext: fromContext))
            }
        }
        return result
    }

    private static func kind(of words: String) -> Loss.Scores? {
        let tail = String(words.suffix(40))
        let logit = tail.range(of: #"logits?|scores?|pre-softmax|unnormali[sz]ed"#, options: .regularExpression)
        let probability = tail.range(of: #"probabilit|distribution|softmax output|predicted p|\bp\s*=\s*$|\\hat\{?p|p̂"#, options: .regularExpression)
        switch (logit, probability) {
        case (let l?, let p?): return l.lowerBound > p.lowerBound ? .logits : .probabilities
        case (_?, nil): return .logits
        case (nil, _?): return .probabilities
        case (nil, nil): return nil
        }
    }

    /// The logits an earlier part computed ("(a) Compute the logits z."), under the name it gives
    /// them, as a vector described as logits.
    private static func earlierLogits(_ reading: PartReading) -> (label: String, arrays: [Described])? {
        // ("(c) Compute the output scores s. (d) Compute the class probabilities p." then "(e) … the
        // cross-entropy loss": the latest such part, its scores as logits, its probabilities as such.)
        let asks = #"\b(?:compute|find|give|what are|calculate)\b[^.?]*\b(logits|(?:output |class )?scores|(?:class |predicted )?probabilities)\b"#
        guard let segment = reading.segments.last(where: { $0.label != nil && $0.label != reading.ownLabel && StatementText($0.text).firstMatch(asks) != nil }),
              let label = segment.label, case .vector(let values)? = reading.earlierAnswers[label],
              let asked = StatementText(segment.text).firstMatch(asks) else { return nil }
        let probabilities = asked[1].hasSuffix("probabilities")
        guard !probabilities || (values.allSatisfy { $0 >= 0 } && abs(values.reduce(0, +) - 1) < 1e-6) else { return nil }
        let name = StatementText(segment.text).firstMatch(#"\b(?:logits|scores|probabilities)\s+\$?\\?(?:mathbf\{|vec\{)?([A-Za-z])\b"#)?[1] ?? (probabilities ? "p" : "z")
        return (label, described(in: "The \(probabilities ? "probabilities" : "logits") are \(name) = (" + values.map { RealValue.format($0) }.joined(separator: ", ") + ").", fromContext: true))
    }

    private static func scores(_ arrays: [Described], _ finding: inout Finding) -> (values: [Double], kind: Loss.Scores)? {
        for fromContext in [false, true] {
            let candidates = arrays.filter { $0.fromContext == fromContext }.compactMap { array -> (Described, Loss.Scores)? in
                guard !isOneHotTarget(array), let kind = kind(of: array.words) else { return nil }
                return (array, kind)
            }
            guard let first = candidates.first else { continue }
            guard candidates.allSatisfy({ $0.0.literal.value == first.0.literal.value && $0.1 == first.1 }),
                  let values = first.0.literal.flat else { return nil }
            finding.read(first.1.rawValue, (first.0.name.map { "\($0) = " } ?? "") + ConvolutionReader.display(first.0.literal.text))
            if fromContext { finding.assume(0.98, "\(first.1.rawValue) from the problem's statement") }
            return (values, first.1)
        }
        return nil
    }

    private static func isOneHotTarget(_ array: Described) -> Bool {
        guard let values = array.literal.flat, values.allSatisfy({ $0 == 0 || $0 == 1 }), values.filter({ $0 == 1 }).count == 1 else { return false }
        return array.words.suffix(40).range(of: #"target|label|one-hot|onehot|true|ground|\by\s*=\s*$"#, options: .regularExpression) != nil
    }

    private static let ordinals = ["first", "second", "third", "fourth", "fifth", "sixth", "seventh", "eighth", "ninth", "tenth"]

    /// The 0-based index of the true class, when every statement of it agrees.
    private static func targetClass(_ reading: PartReading, _ arrays: [Described], scores: [Double], _ finding: inout Finding) -> Int? {
        var found: [(Int, String)] = []
        // The classes the part's own text names.
        var own: [(Int, String)] = []
        // ("For the same scores and label, …": the latest earlier part that names a class too.)
        let earlier = reading.part.firstMatch(#"\bsame (?:[a-z]+ )?(?:and )?(?:label|class|target)\b"#) == nil ? [] : reading.segments.reversed()
            .filter { $0.label != nil && $0.text != reading.part.text }.map { StatementText($0.text) }
            .first { $0.firstMatch(#"\b(?:true|correct|target|ground[- ]truth)\s+(?:class|label)\b"#) != nil }.map { [$0] } ?? []
        let texts = [reading.part, reading.problemStatement] + earlier
        let classWord = #"(?:class|label|category|output|entry|component|logit|score)"#
        for text in texts {
            // ("the third class", "The correct class is the third one.", "The correct class for the
            // example in (b) is the second one.")
            for match in text.matches(#"\b(first|second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth|last)\s+"# + classWord + #"\b|\b(?:true|correct|target)\s+(?:class|label)\b(?:\s+(?:for|of)\s+(?:the|this|that)\s+(?:example|input|sample)(?:\s+(?:in|of|from)\s+(?:part\s+)?\([a-z]\))?)?\s+is\s+(?:the\s+)?(first|second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth|last)(?:\s+one)?\b"#) {
                let word = (match[1].isEmpty ? match[2] : match[1]).lowercased()
                if word == "last" { found.append((scores.count - 1, match[0])) }
                else if let index = ordinals.firstIndex(of: word) { found.append((index, match[0])) }
                if text == reading.part, let last = found.last { own.append(last) }
            }
            for match in text.matches(#"\bwith (?:the )?(?:logit|score|probability) (?:of )?(-?\d+(?:\.\d+)?)\b"#) {
                guard let value = Double(match[1]) else { continue }
                let indices = scores.indices.filter { scores[$0] == value }
                guard indices.count == 1 else { return nil }
                found.append((indices[0], match[0]))
            }
        }
        for array in arrays where isOneHotTarget(array) {
            guard let values = array.literal.flat, values.count == scores.count, let index = values.firstIndex(of: 1) else { return nil }
            found.append((index, array.literal.text))
        }
        for text in texts {
            // ("true class (a)–(c) 0", "true class in (f) 1": a table's row for some parts, read only
            // by those.)
            for match in text.matches(#"\b(?:true|correct|target|ground[- ]truth)\s+(?:class|label)\s+(?:(?:in|for)\s+(?:parts?\s+)?)?(?:\(([a-z])\)(?:\s*(?:–|—|-|to|through)\s*\(([a-z])\))?\s+)?(?:(?:is|was|were|would be|becomes|became)(?:\s+now)?\s+|=\s*|of\s+)?(?:class\s+)?(?:[A-Za-z]\s*=\s*)?(\d+)\b|\b(?:class|label)\s+(\d+)\s+is\s+(?:the\s+)?(?:true|correct)\b|\by\s*=\s*(\d+)\b"#) {
                let number = Int([match[3], match[4], match[5]].first { !$0.isEmpty } ?? "") ?? -1
                guard number >= 0 else { continue }
                if let from = match[1].first, let own = reading.ownLabel?.first {
                    let to = match[2].first ?? from
                    guard from <= to, (from...to).contains(own) else { continue }
                }
                guard let index = classIndex(number, count: scores.count, reading) else { return nil }
                found.append((index, match[0]))
                if text == reading.part { own.append((index, match[0])) }
            }
        }
        // "for the classes (cat, dog, bird) … The true label is **dog**": a class named by its word.
        if let classes = ClassNames(reading, count: scores.count) {
            for text in texts {
                // (Not what an image shows where the part sets the label otherwise: "Suppose instead the image had been labelled frog".)
                let depiction = reading.part.firstMatch(#"\blabel\w*|\bsuppos\w*|\binstead\b|\bhad been\b|\bwere\b"#) == nil
                if let named = classes.target(in: text, depiction: depiction) { found.append((named.index, named.phrase)) }
            }
        }
        // "Same logits, but now the correct class is class 2": the part's own class replaces the statement's.
        if let mine = own.first, own.allSatisfy({ $0.0 == mine.0 }), reading.part.firstMatch(#"\b(?:now|instead|this time)\b"#) != nil {
            finding.read("target", "\(mine.0) (0-based)", from: mine.1)
            return mine.0
        }
        guard let first = found.first, found.allSatisfy({ $0.0 == first.0 }) else { return nil }
        finding.read("target", "\(first.0) (0-based)", from: first.1)
        return first.0
    }

    /// A class number as a 0-based index: by the indexing the text states, else when only
    /// one indexing makes sense (0 → 0-based, n → 1-based).
    private static func classIndex(_ number: Int, count: Int, _ reading: PartReading) -> Int? {
        // ("classes are numbered 1, 2, 3", "numbered from 0", "numbered 0–3")
        let zeroBased = #"\b(?:0|zero)[- ](?:indexed|based)\b|\b(?:indexed|numbered|counted) from (?:0|zero)\b|\bclass(?:es)? 0\b|\{\s*0\s*,\s*1\s*,|\bnumbered 0\s*,\s*1\b|\bclass(?:es)?\b[^.]{0,30}?\b(?:indexed|labell?ed) 0\s*,\s*1\b|\b(?:numbered|indexed|labell?ed) (?:from )?0\s*(?:–|—|-|to|through)\s*\d+\b"#
        let oneBased = #"\b(?:1|one)[- ](?:indexed|based)\b|\b(?:indexed|numbered|counted) from (?:1|one)\b|\bclasses 1\b|\{\s*1\s*,\s*2\s*,|\bnumbered 1\s*,\s*2\b|\bclass(?:es)?\b[^.]{0,30}?\b(?:indexed|labell?ed) 1\s*,\s*2\b|\b(?:numbered|indexed|labell?ed) (?:from )?1\s*(?:–|—|-|to|through)\s*\d+\b"#
        var zero = false, one = false
        for text in [reading.part, reading.problemStatement, reading.conventions] {
            if text.firstMatch(zeroBased) != nil { zero = true }
            if text.firstMatch(oneBased) != nil { one = true }
            // "class 1 (the first class)", "label 2, i.e. the third": a number with its ordinal
            // states the numbering.
            for match in text.matches(#"\b(?:class|label|category)\s+(\d+)\s*(?:\(|,)\s*(?:i\.\s?e\.,?\s+)?the (first|second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth)\b"#) {
                guard let stated = Int(match[1]), let ordinal = ordinals.firstIndex(of: match[2].lowercased()) else { continue }
                if stated == ordinal { zero = true } else if stated == ordinal + 1 { one = true } else { return nil }
            }
        }
        switch (zero, one) {
        case (true, false): return number < count ? number : nil
        case (false, true): return number >= 1 && number <= count ? number - 1 : nil
        case (true, true): return nil
        case (false, false):
            if number == 0 { return 0 }
            if number == count { return count - 1 }
            return nil
        }
    }

    static func logarithmBase(_ reading: PartReading, _ finding: inout Finding) -> Double? {
        var bases: Set<Double> = []
        for text in [reading.part, reading.problemStatement, reading.conventions] {
            if let match = text.firstMatch(#"\blog_?\{?2\}?\b|\blog base 2\b|\bbase[- ]2\b|\bin bits\b"#) { bases.insert(2); finding.note(match[0]) }
            if let match = text.firstMatch(#"\blog_?\{?10\}?\b|\bbase[- ]10\b"#) { bases.insert(10); finding.note(match[0]) }
            if let match = text.firstMatch(#"\bnatural log(?:arithm)?\b|\bin nats\b|\\ln\b|\bln\b"#) { bases.insert(M_E); finding.note(match[0]) }
        }
        if bases.count > 1 { return nil }
        if let base = bases.first {
            finding.read("base", base == 2 ? "2" : base == 10 ? "10" : "e")
            return base
        }
        finding.read("base", "e")
        finding.assume(0.95, "natural logarithm assumed")
        return M_E
    }

    private static func hingeMargin(_ reading: PartReading, _ finding: inout Finding) -> Double {
        for text in [reading.part, reading.problemStatement] {
            if let match = text.firstMatch(#"s_\{?y\}?\s*\+\s*(\d+(?:\.\d+)?)\b|\bmargin\s+(?:of\s+|Δ\s*=\s*|\\Delta\s*=\s*|=\s*|is\s+)?(\d+(?:\.\d+)?)\b|(?:Δ|\\Delta)\s*=\s*(\d+(?:\.\d+)?)\b"#),
               let margin = Double([match[1], match[2], match[3]].first { !$0.isEmpty } ?? "") {
                finding.read("margin", NormalizationReader.format(margin), from: match[0])
                return margin
            }
        }
        finding.read("margin", "1")
        finding.assume(0.9, "margin not stated: 1 assumed")
        return 1
    }

    // MARK: - Squared error

    /// A squared (or, with `absolute`, an absolute) error over a prediction and a target.
    private static func squaredError(_ reading: PartReading, phrase: String, absolute: Bool = false) -> Attempt {
        var finding = Finding(.loss)
        finding.note(phrase)
        let part = reading.part
        if let root = part.firstMatch(#"\broot[- ]mean[- ]squared?\b|\bRMSE\b|\bsquare root\b"#) { return .failed("loss: '\(root[0])' is not the squared error") }
        let reduction: Loss.Reduction
        if part.firstMatch(#"\bmean\b|\bMSE\b|\bMAE\b|\baverag"#) != nil {
            reduction = .mean
        } else if part.firstMatch(#"\bsum of (?:the )?squared\b|\bSSE\b|\bsummed\b"#) != nil {
            reduction = .sum
        } else {
            return .failed("loss: squared error without saying mean or sum")
        }
        if part.firstMatch(#"\(1/2\)|\\frac\{?1\}?\{?2\}?|\\tfrac|½|\bhalf\b|\bbatch\b"#) != nil {
            return .failed("loss: a halved or batched squared error")
        }
        // "Compute the gradient of the MSE in (a) with respect to the prediction vector ŷ": 2(ŷ − y)/n,
        // when the error the part names is not halved where it is defined (the part it names, or
        // a sentence of the problem's statement).
        let gradient = part.firstMatch(Self.gradientWords)
        if let gradient {
            if absolute { return .failed("loss: a gradient of the absolute error, undefined where an error is 0") }
            guard part.firstMatch(#"(?:with respect to|w\.r\.t\.?|\bwrt)\s+(?:the\s+|each\s+|every\s+)?(?:predict\w*|(?:network['’]s\s+)?outputs?\b|ŷ|\\hat\s*\{?\s*y\b|y-?hat\b)|[∂]\s*(?:ŷ|\\hat\s*\{?\s*y\b)"#) != nil else {
                return .failed("loss: a squared-error gradient with respect to something other than the predictions")
            }
            let named = part.firstMatch(#"\b(?:in|from|of)\s+(?:part\s+)?\(([a-z])\)"#).flatMap { match in reading.segments.first { $0.label == match[1] } }
            let halving = #"\(1/2\)|\\frac\{?1\}?\{?2|\\tfrac\{?1\}?\{?2|\\frac\{?1\}?\{?2\s*[nNmB]|1\s*/\s*\(?2\s*[nNmB]|½|\bhalf\b"#
            // (The whole statement: a definition may be a formula alone, "L = (1/2n) Σ (ŷ_i − y_i)^2".)
            let definitions = [named.map { StatementText($0.text) }].compactMap { $0 } + [reading.problemStatement]
            if let halved = definitions.lazy.compactMap({ $0.firstMatch(halving) }).first {
                return .failed("loss: the squared error is defined with '\(halved[0])', whose gradient is not 2(ŷ − y)")
            }
            if let one = part.firstMatch(Self.oneEntry) { return .failed("loss: '\(one[0])' asks one entry of the gradient") }
            finding.read("gradient", "with respect to the predictions", from: gradient[0])
        }
        finding.read("reduction", reduction.rawValue)
        func error(_ prediction: [Double], _ target: [Double]) -> Loss {
            if gradient != nil { return .squaredErrorGradient(prediction: prediction, target: target, reduction: reduction) }
            return absolute ? .absoluteError(prediction: prediction, target: target, reduction: reduction)
                : .squaredError(prediction: prediction, target: target, reduction: reduction)
        }
        let arrays = allArrays(reading)
        /// The role whose word comes last before the array ("predicts (2, 0) for targets (1, 1)").
        func isPrediction(_ array: Described) -> Bool? {
            let words = String(array.words.suffix(40))
            // (The last match of each: Foundation's backwards search returns the first on Linux.)
            let whole = NSRange(words.startIndex..., in: words)
            let prediction = predictionWords.matches(in: words, range: whole).last.flatMap { Range($0.range, in: words)?.lowerBound }
            let target = targetWords.matches(in: words, range: whole).last.flatMap { Range($0.range, in: words)?.lowerBound }
            switch (prediction, target) {
            case (let p?, let t?): return p > t
            case (_?, nil): return true
            case (nil, _?): return false
            case (nil, nil): return nil
            }
        }
        func role(_ prediction: Bool) -> [Described] { arrays.filter { isPrediction($0) == prediction } }
        for fromContext in [false, true] {
            let predictions = role(true).filter { $0.fromContext == fromContext }
            let targets = role(false).filter { $0.fromContext == fromContext }
            guard !predictions.isEmpty || !targets.isEmpty else { continue }
            guard predictions.count == 1, targets.count == 1,
                  predictions[0].literal.range != targets[0].literal.range,
                  let prediction = predictions[0].literal.flat, let target = targets[0].literal.flat else {
                return .failed("loss: prediction and target not told apart")
            }
            finding.read("prediction", ConvolutionReader.display(predictions[0].literal.text))
            finding.read("target", ConvolutionReader.display(targets[0].literal.text))
            return finding.finish(.loss(error(prediction, target)))
        }
        // "between the softmax output of (a) and the one-hot target of the first class": an earlier
        // part's vector, and a one-hot target its class named by an ordinal (never by a number,
        // which may count from 0 or from 1).
        // (Both as they are: not smoothed, clipped, scaled, nor asked with a gradient.)
        if part.firstMatch(#"\bsmooth\w*|\bclip\w*|\bgradient\b|\bderivative\b|\bscal\w*|\bnormali[sz]\w*|\bround\w*|\bafter\b|\bbefore\b|\bexcept\b|\bweighted\b|\bsquared? root\b"#) == nil,
           let reference = part.firstMatch(#"\b(?:output|outputs|prediction|predictions|probabilities|result|answer|vector)\s+(?:of|from|in|to)\s+(?:part\s+)?\(([a-z])\)"#),
           case .vector(let prediction)? = reading.earlierAnswers[reference[1]],
           let hot = part.firstMatch(#"\bone-?hot\s+(?:target|label|vector|encoding)?\s*(?:vector\s+)?(?:of|for)\s+(?:the\s+)?(first|second|third|fourth|fifth|sixth)\s+(?:class|category)\b"#),
           let index = Self.ordinals.firstIndex(of: hot[1].lowercased()), index < prediction.count {
            let target = prediction.indices.map { $0 == index ? 1.0 : 0.0 }
            finding.read("prediction", "the answer of (\(reference[1]))", from: reference[0])
            finding.read("target", "one-hot " + target.map { NormalizationReader.format($0) }.joined(separator: ", "), from: hot[0])
            return finding.finish(.loss(error(prediction, target)))
        }
        return .failed("loss: \(phrase) without a prediction and a target")
    }
}

extension LossReader {
    /// "A binary classifier predicts p = 0.8 for the positive class on an example whose label is 1.
    /// Compute the binary cross-entropy.": −[y log p + (1 − y) log(1 − p)] of one prediction, as
    /// the cross-entropy of (1 − p, p) at class y. Nil unless the part (or, where it states
    /// neither, its problem) gives one probability strictly between 0 and 1 and one label, 0 or 1
    /// (a batch, or a gradient, is not read here).
    static func binaryCrossEntropy(_ reading: PartReading, part: StatementText, phrase: String) -> Attempt? {
        guard part.firstMatch(#"\bbinary cross[- ]entropy\b|\bBCE\b"#) != nil else { return nil }
        if let other = part.firstMatch(#"\bbatch\b|\baverage\w*|\bmean\b|\bgradients?\b|\bderivatives?\b|∂|\\partial|\blogits?\b|\bsigmoid\b|\bweight\w*"#) {
            return .failed("loss: binary cross-entropy with '\(other[0])' is not computed here")
        }
        // (The part's numbers, or those of the part it says it shares them with: "Same classifier as
        // in (a), same prediction p = 0.8, but now the label is 0.")
        let probability = #"(?:\bp|ŷ|\\hat\{?y\}?|\byhat|\bpredict\w*(?:\s+(?:a\s+)?probability(?:\s+of)?)?|\bprobability(?:\s+of)?)\s*(?:=|is|of)?\s*(0?\.\d+)\b"#
        let label = #"\b(?:label|target|true class)\s*(?:is|=|of)?\s*([01])\b(?!\d|\.\d)|\by\s*=\s*([01])\b(?!\d|\.\d)"#
        // (Either from the part, or, where the part states neither, from its problem's statement.)
        func values(_ text: StatementText) -> (Set<Double>, Set<Int>) {
            (Set(text.matches(probability).compactMap { Double($0[1]) }), Set(text.matches(label).compactMap { Int($0[1].isEmpty ? $0[2] : $0[1]) }))
        }
        var (probabilities, labels) = values(part)
        if probabilities.isEmpty, labels.isEmpty { (probabilities, labels) = values(reading.problemStatement) }
        guard probabilities.count == 1, let p = probabilities.first, p > 0, p < 1, labels.count == 1, let y = labels.first else {
            return .failed("loss: binary cross-entropy needs one predicted probability and one label (0 or 1) in the part")
        }
        // ("a probability of 0.8 that it is legitimate (label 0)": p of the negative class, which
        // way round is not read.)
        if let other = [part, reading.problemStatement].lazy.compactMap({ $0.firstMatch(#"\d\s*(?:that|for|of)\b[^.;]{0,60}?(?:\(\s*(?:label|class|y\s*=)\s*0\s*\)|\bnegative class\b|\bclass 0\b|\blabel 0\b)"#) }).first {
            return .failed("loss: the predicted probability is of another class than label 1 ('\(other[0])')")
        }
        var finding = Finding(.loss)
        finding.note(phrase)
        finding.read("prediction", NormalizationReader.format(p))
        finding.read("label", "\(y)")
        guard let base = logarithmBase(reading, &finding) else { return .failed("loss: the logarithm's base is stated two ways") }
        return finding.finish(.loss(.crossEntropy(scores: [1 - p, p], kind: .probabilities, target: y, base: base)))
    }
}
