import Foundation

/// Reads linear least-squares and ridge parts: "We fit y ≈ w_0 + w_1 x to four points: x 0 1 2
/// 3 / y 1 2 2 4. (a) Compute the least-squares solution ŵ = (XᵀX)⁻¹Xᵀy. (b) … the ridge
/// solution ŵ = (XᵀX + λI)⁻¹Xᵀy with λ = 1. (c) the mean squared training error of the fit
/// from (a). (d) Using the ridge model from (b), predict y at x = 4."
///
/// The data are the statement's: a design matrix `X` and targets `y`, or a table or vectors of
/// `x` and `y` with an intercept column when the statement says so ("leading column of ones",
/// "w_0 + w_1 x"). Ridge needs its λ and the formula `(XᵀX + λI)⁻¹Xᵀy` written somewhere (so
/// whether the intercept is penalized and how the loss is scaled are not guessed); a statement
/// that leaves the intercept unpenalized is not computed.
enum LeastSquaresReader {
    static func read(_ reading: PartReading) -> Attempt {
        let part = reading.part
        // ("the fit in a)", "Refit part a) with …": a label with its closing bracket only, too.)
        let referenced = reading.part.firstMatch(#"\b(?:fit|model|solution|weights|estimate|answer)s? (?:from|of|in|to) (?:part )?\(?([a-z])\)|\brefit (?:part )?\(?([a-z])\)"#)
            .flatMap { match in reading.segments.first { $0.label == (match[1].isEmpty ? match[2] : match[1]) }.map { StatementText($0.text) } }
            // "the residual sum of squares of that fit": the latest earlier part that fits.
            ?? (reading.part.firstMatch(#"\b(?:that|this|the same|the previous|your) (?:fit|model|regression)\b"#) == nil ? nil
                : reading.segments.last { $0.label != nil && StatementText($0.text).firstMatch(#"\bleast[- ]squares\b|\bOLS\b|\bridge\b"#) != nil }
                    .map { StatementText($0.text) })
        // ("Repeat (c) for the objective 1/n‖y − Xw‖² + λ‖w‖²": what (c) asks, of the fit the part writes.)
        let repeated = reading.repeatedPart?.text
        let about = StatementText(part.text + " " + (referenced?.text ?? "") + " " + (repeated?.text ?? ""))
        guard about.firstMatch(#"\bleast[- ]squares\b|\bOLS\b|\bridge\b|\bnormal equations\b|\blinear regression\b"#) != nil
            || reading.problemStatement.firstMatch(#"\bleast[- ]squares\b|\bdesign matrix\b|\bridge\b"#) != nil && referenced != nil else { return .notApplicable }
        var finding = Finding(.leastSquares)
        if let label = reading.repeatedPart?.label, part.firstMatch(PartReading.repeatPattern) != nil { finding.read("repeats", "part (\(label))") }

        // What is asked: by the part, else by the part it repeats.
        let quantityWords = #"\bpredict|\bR\s*\^|\bR²|\bcoefficient of determination\b|\bMSE\b|\bmean squared\b|\bsum of squares?\b|\bRSS\b|\bSSE\b|\bsolution\b|\bweights?\b|\bcoefficients\b|\bestimate\b|\bminimi[sz]er\b|ŵ|\bsolve\b"#
        let asking = part.firstMatch(quantityWords) == nil ? repeated ?? part : part
        // "Repeat (a) for the objective …": the change must be one read here (an objective or a λ);
        // "Repeat (a) with the last example removed" changes what is not read.
        if asking.text != part.text, part.firstMatch(#"[‖|]{1,2}\s*(?:X[wθβ]|y)\b|\bλ\s*=|\blambda\s*="#) == nil {
            return .failed("least squares: the change the part makes to the one it repeats is not read")
        }
        enum Quantity { case weights, meanSquaredError, sumOfSquares, coefficientOfDetermination, prediction(Double), predictionAt([Double]) }
        let quantity: Quantity
        // ("predict y for a new point with x1 = 1, x2 = 2": the inputs by their indices, in order.)
        if let match = asking.firstMatch(#"\bpredict\w*\b[^.?]*?\bx_?\{?1\}?\s*=\s*(-?\d+(?:\.\d+)?)\s*(?:,\s*(?:and\s+)?|and\s+)x_?\{?2\}?\s*=\s*(-?\d+(?:\.\d+)?)(?:\s*(?:,\s*(?:and\s+)?|and\s+)x_?\{?3\}?\s*=\s*(-?\d+(?:\.\d+)?))?(?!\d|\.\d|\s*,?\s*(?:and\s+)?x_?\{?\d)"#) {
            quantity = .predictionAt([match[1], match[2], match[3]].filter { !$0.isEmpty }.compactMap(Double.init))
            finding.note(match[0])
        } else if let match = asking.firstMatch(#"\bpredict\w*\b[^.?]*?\bat x\s*=\s*(-?\d+(?:\.\d+)?)|\bprediction (?:at|for) x\s*=\s*(-?\d+(?:\.\d+)?)"#),
           let value = Double(match[1]) ?? Double(match[2]) {
            quantity = .prediction(value)
            finding.note(match[0])
        } else if let match = asking.removing(#"∈\s*(?:\\mathbb\{R\}|R|ℝ)\s*\^?\s*\{?\d+\}?|\\mathbb\{R\}\s*\^?\s*\{?\d+\}?"#)
                    .firstMatch(#"\bR\s*\^\s*\{?2\}?|\bR²|\bcoefficient of determination\b"#) {
            // ("Using R² = 1 − RSS/TSS, compute R²": the residual sum it names is on the way.)
            quantity = .coefficientOfDetermination
            finding.note(match[0])
        } else if let match = asking.firstMatch(#"\bmean squared (?:training )?(?:error|residual)s?\b|\btraining MSE\b|\bMSE\b"#) {
            quantity = .meanSquaredError
            finding.note(match[0])
        } else if let match = asking.firstMatch(#"\b(?:residual )?sum of squared (?:residuals|errors)\b|\bresidual sum of squares\b|\bsum of (?:the )?squares of (?:the )?residuals\b|\bRSS\b|\bSSE\b"#) {
            quantity = .sumOfSquares
            finding.note(match[0])
        } else if let match = asking.firstMatch(#"\b(?:compute|find|give|what is|what are|determine)\b[^.?]*\b(?:solution|weights?|coefficients|estimate|minimi[sz]er|ŵ|w\^?\*)|\bsolve (?:the )?(?:ridge|least[- ]squares)\b|\b(?:give|report|find)\s+\$?\((?:w_?0|b|β_0)(?:,\s*w_?\{?\d\}?)+\)|\b(?:give|report|find)\s+\$?\(w_?\{?1\}?(?:,\s*w_?\{?\d\}?)*,\s*(?:b|c|w_?\{?0\}?|β_\{?0\}?)\)|"# + Self.bareWeights) {
            // ("What is the squared residual norm of the solution of (a)?": a quantity of the fit, not its weights.)
            if let other = asking.firstMatch(#"\b(?:residuals?|errors?|loss|norm)\b[^.?]{0,60}?\b(?:of|for|from) (?:the |this |that |your )?(?:solution|weights?|fit|estimate|minimi[sz]er)\b"#) {
                return .failed("least squares: '\(other[0])' asks a quantity of the fit, not its weights")
            }
            quantity = .weights
            finding.note(match[0])
        } else {
            return .notApplicable
        }

        // ("… the label of the third example is changed to 5", "weighted least squares", "after
        // dropping the third example", "using only the first two examples": data the part
        // changes are not read.)
        if let changed = part.firstMatch(#"\b(?:changed?|changing|weighted|dropp(?:ed|ing)|remov\w*|exclud\w*|omit\w*|counts? twice|only the (?:first|last)|instead|replac\w*|suppose|were)\b|\bif\b"#) {
            return .failed("least squares: '\(changed[0])' changes the data, which is not read")
        }
        // The data, with the intercept the part states, else the statement's.
        // (The part's own words, else those of the fit it refers to: "the fit in (a)".)
        let intercept = Self.intercept(part) ?? referenced.flatMap { Self.intercept($0) }
        // ("Refit … after making the intercept …": an intercept the part speaks of and this does not read.)
        // (Whether the penalty takes the intercept is the ridge's question, below.)
        // ("written as (intercept, slope)": the order the design's leading column gives.)
        if intercept == nil, part.removing(#"\bintercept\b[^.]{0,40}\b(?:un)?(?:penali[sz]\w*|regulari[sz]\w*)|\b(?:penal|regulari[sz])\w*[^.]{0,40}\bintercept\b|\(\s*intercept\s*,\s*slope\s*\)"#)
            .firstMatch(#"\bintercept|\bbias term\b"#) != nil {
            return .failed("least squares: the part speaks of the intercept in words not read")
        }
        // ("… shown for reference only and must NOT be used", "the last row is a validation point":
        // a table with rows set apart is not fitted whole, and which rows are apart is not read.)
        if let apart = [part, reading.problemStatement].lazy.compactMap({ $0.firstMatch(Self.setApart) }).first {
            return .failed("least squares: '\(apart[0])' sets data apart, which is not read")
        }
        guard var (x, y, phrase) = data(part, intercept: intercept) ?? data(reading.problemStatement, intercept: intercept) else {
            return .failed("least squares: the data X and y are not read")
        }

        // Which fit.
        let lambda: Double
        if about.firstMatch(#"\bridge\b"#) != nil {
            let lambdaSources = [part] + (referenced.map { [$0] } ?? []) + [reading.problemStatement]
            guard let value = lambdaSources.lazy.compactMap({ MathScanner.bindings(in: $0.text).last { ["λ", "lambda", "α"].contains($0.name) && $0.literal.number != nil }?.literal.number }).first else {
                return .failed("ridge: λ is not stated")
            }
            // The closed form written, or the objective ‖Xw − y‖² + λ‖w‖² with the intercept said to
            // be penalized (else how λ scales and what it penalizes are not known).
            // (Also in ASCII: "(X^T X + lambda*I)^{-1} X^T y".)
            let written = lambdaSources.contains { $0.text.replacingOccurrences(of: " ", with: "").replacingOccurrences(of: "lambda*", with: "λ").replacingOccurrences(of: "lambda", with: "λ").contains("λI") }
                || lambdaSources.contains { written in
                    // (The weights named w, θ or β; "the intercept **is** penalized" in bold.)
                    // ("||Xw - y||^2 + lambda ||w||^2" in a plain-text handout.)
                    let text = StatementText(written.text.replacingOccurrences(of: "*", with: "").replacingOccurrences(of: "lambda", with: "λ"))
                    return text.firstMatch(#"[‖|]{1,2}\s*(?:X([wθβ])\s*-\s*y|y\s*-\s*X([wθβ]))\s*[‖|]{1,2}(?:_2)?\^2\s*\+\s*λ\s*[‖|]{1,2}\s*[wθβ]\s*[‖|]{1,2}(?:_2)?\^2"#) != nil
                        // (A model without an intercept has no intercept to leave out of the penalty.)
                        && (phrase.hasSuffix("no intercept") || text.firstMatch(#"\bpenalty (?:also )?includes the intercept\b|\bintercept is (?:also )?penali[sz]ed\b|\bpenali[sz]\w* (?:the intercept|every weight|all (?:the )?weights|both)\b|\bpenalty (?:applies|is applied) to (?:both|all|every)\b"#) != nil)
                }
            guard written else { return .failed("ridge: the formula (XᵀX + λI)⁻¹Xᵀy is not written, so the penalty's scaling and the intercept are not known") }
            // "1/n‖y − Xw‖² + λ‖w‖²" is the ridge of nλ, "½‖y − Xw‖² + λ‖w‖²" of 2λ; any other
            // factor before the squared error is not read.
            var scale = 1.0
            let objective = #"[‖|]{1,2}\s*(?:X[wθβ]\s*-\s*y|y\s*-\s*X[wθβ])\s*[‖|]{1,2}(?:_2)?\^2\s*\+\s*λ"#
            if let source = lambdaSources.first(where: { StatementText($0.text.replacingOccurrences(of: "*", with: "").replacingOccurrences(of: "lambda", with: "λ")).firstMatch(objective) != nil }) {
                let text = source.text.replacingOccurrences(of: "*", with: "").replacingOccurrences(of: "lambda", with: "λ").replacingOccurrences(of: "−", with: "-")
                if let found = text.range(of: objective, options: .regularExpression) {
                    let before = String(text[..<found.lowerBound].suffix(16))
                    // (A word or sign before it, "minimizes ‖…", "objective: ‖…", "= ‖…", carries no factor;
                    // anything else, "(1/N)", "1/m", "2", is a factor not read.)
                    // ("arg min_w ‖…": a word's subscript is no factor.)
                    let tail = before.trimmingCharacters(in: .whitespaces).replacingOccurrences(of: #"(?<=[A-Za-z])_\{?[A-Za-zθβ]\w*\}?$"#, with: "", options: .regularExpression)
                    let letters = tail.reversed().prefix { $0.isLetter }.count
                    let plain = tail.isEmpty || tail.last.map { "=:($".contains($0) } == true
                        || letters >= 2 && !(tail.dropLast(letters).last.map { "/\\{".contains($0) } ?? false)
                    if before.range(of: #"(?:\b1\s*/\s*[nN]|\\frac\{?1\}?\{?[nN]\}?|\(1\s*/\s*[nN]\))\s*$"#, options: .regularExpression) != nil {
                        scale = Double(x.count)
                        finding.note("1/n before the squared error: λ counts n = \(x.count) times")
                    } else if before.range(of: #"(?:\b1\s*/\s*2|½|\\frac\{?1\}?\{?2\}?|\(1\s*/\s*2\))\s*$"#, options: .regularExpression) != nil {
                        scale = 2
                        finding.note("½ before the squared error: λ counts twice")
                    } else if !plain {
                        return .failed("ridge: a factor before the squared error ('\(tail.suffix(8))') is not read")
                    }
                }
            }
            if reading.context.firstMatch(#"\bintercept (?:is )?not (?:penali[sz]ed|regulari[sz]ed)|\bunpenali[sz]ed intercept\b|\bdo not penali[sz]e the (?:intercept|bias)\b"#) != nil {
                return .failed("ridge with an unpenalized intercept")
            }
            lambda = value * scale
            finding.read("fit", "ridge, λ = \(RealValue.format(value))")
        } else {
            lambda = 0
            finding.read("fit", "ordinary least squares")
        }

        finding.read("data", phrase)
        // A prediction at one x needs the design built from x here (not a given X).
        let builtFromX = phrase.hasSuffix("intercept column") || phrase.hasSuffix("no intercept")
        if case .prediction = quantity, !builtFromX { return .failed("least squares: a prediction at one x needs the model written in x") }
        // (One x for a model of one input, with or without its intercept column; named inputs for
        // a model of that many.)
        if case .prediction = quantity, x.first?.count != (phrase.hasSuffix("intercept column") ? 2 : 1) {
            return .failed("least squares: a prediction at one x for a model of several inputs")
        }
        if case .predictionAt(let inputs) = quantity,
           !(phrase.hasPrefix("inputs") && x.first?.count == inputs.count + (phrase.hasSuffix("intercept column") ? 1 : 0)) {
            return .failed("least squares: the inputs of the prediction do not match the model's")
        }
        // R² as 1 − RSS/TSS holds for a fit with an intercept; without one its definitions differ.
        if case .coefficientOfDetermination = quantity, !x.allSatisfy({ $0.first == 1 }) {
            return .failed("least squares: R² of a fit without an intercept column")
        }
        // ("Give w." of a model with an intercept: w alone, without b, is not what the fit returns.)
        if case .weights = quantity, phrase.hasSuffix("intercept column"),
           let bare = asking.firstMatch(Self.bareWeights) {
            return .failed("least squares: '\(bare[0])' of a model with an intercept")
        }
        // "Report (w_1, w_2, b)": the weights in the order asked, the intercept's column last.
        if case .weights = quantity, let tuple = part.firstMatch(#"\((w_\{?\d\}?(?:\s*,\s*w_\{?\d\}?)*)\s*,\s*(?:b|c|w_\{?0\}?|β_\{?0\}?)\)"#) {
            let indices: [Int] = StatementText(tuple[1]).matches(#"w_\{?(\d)\}?"#).compactMap { Int($0[1]) }
            let width = indices.count + 1
            let fits = x.allSatisfy { row in row.first == 1 && row.count == width }
            guard phrase.hasSuffix("intercept column"), fits, indices == Array(1...indices.count) else {
                return .failed("least squares: the weights asked as \(tuple[0]) do not match the model's columns")
            }
            x = x.map { Array($0.dropFirst()) + [1] }
            finding.note("intercept last, as \(tuple[0]) asks")
        }
        return finding.finish(.leastSquares(LeastSquares(design: x, targets: y, lambda: lambda), {
            switch quantity {
            case .weights: .weights
            case .meanSquaredError: .meanSquaredError
            case .sumOfSquares: .sumOfSquares
            case .coefficientOfDetermination: .coefficientOfDetermination
            case .prediction(let value): .prediction(x.first?.count == 2 ? [1, value] : [value])
            case .predictionAt(let inputs): .prediction(phrase.hasSuffix("intercept column") ? [1] + inputs : inputs)
            }
        }()))
    }

    /// Words that set some of a statement's data apart from the fit.
    /// ("a fifth reading … is shown for reference only and must NOT be used", "the last row is a
    /// validation point", "4 | 20  <- held out": tied to the data's rows, points or readings.)
    static let setApart = #"\b(?:row|point|reading|example|observation|sample|measurement|pair)s?\b[^.]{0,80}?\b(?:held[- ]out|(?:is|are|must|should) not (?:be )?used|not (?:be )?used (?:for|in|when|to)|for reference only|left out of the fit|excluded from)\b|\b(?:held[- ]out|validation|test|reference)\s+(?:row|point|reading|example|observation|measurement|pair)s?\b|<-+\s*(?:held[- ]out|do not use|not used|excluded)"#

    /// "Give w.", "Find w in closed form": the weights asked by their bare name.
    /// ("Report w = (w1, w2).": the weights spelled out after it.)
    static let bareWeights = #"\b(?:give|report|compute|find)\s+(?:the\s+)?\$?w\$?(?=\s+(?:in closed form|numerically|explicitly)\b|\s*[.;]|$|\s*=\s*\(w_?\{?1\}?(?:\s*,\s*w_?\{?\d\}?)+\))"#

    /// "the four points (x, y) ∈ {(0, 1), (1, 3), (2, 4)}", "the data points (0, 1), (1, 3) and (2, 4)":
    /// one run of (x, y) pairs after words that name them as points.
    static func points(_ statement: StatementText) -> (points: [(Double, Double)], variable: String)? {
        let number = #"\s*(-?\d+(?:\.\d+)?)\s*"#
        let pair = #"\("# + number + "," + number + #"\)"#
        guard let run = statement.firstMatch(#"(?:\bpoints?|\bdata(?: points)?|\bobservations|\bpairs|\(\s*([a-w]|x)_?i?\s*,\s*y_?i?\s*\))\s*(?:∈|=|:|are)?\s*\{?\s*((?:"# + pair + #"\s*[,;]?\s*(?:and\s+)?){2,})(\}?)"#) else { return nil }
        // (A pair the run did not take, "… and (4, 5)" after an odd separator, would drop a point.)
        if let end = statement.text.range(of: run[0])?.upperBound, StatementText(String(statement.text[end...].prefix(40))).firstMatch(#"^\s*(?:[,;]|and|or)?\s*\(\s*-?\d"#) != nil {
            return nil
        }
        let pairs = StatementText(run[2]).matches(pair).compactMap { match -> (Double, Double)? in
            guard let x = Double(match[1]), let y = Double(match[2]) else { return nil }
            return (x, y)
        }
        return pairs.count >= 2 ? (pairs, run[1].isEmpty ? "x" : run[1]) : nil
    }

    /// A table with a header of names, one of them x and one y ("i x_i y_i"), then its rows of
    /// numbers, as many per row as the header has names (the reader may have joined the lines):
    /// its x and y columns.
    static func columns(_ text: String) -> (x: [Double], y: [Double])? {
        // (A Markdown table's rule row, "|----:|----:|", is no cell.)
        let tokens = text.split(whereSeparator: { $0.isWhitespace || $0 == "|" }).map(String.init)
            .filter { !$0.allSatisfy { "-:=+".contains($0) } }
        func letter(_ token: String) -> String? {
            token.wholeMatch(of: #/\$?([A-Za-z])(?:_\{?[a-z]\}?)?\$?/#).map { String($0.output.1) }
        }
        for start in tokens.indices {
            for width in 2...4 where start + width <= tokens.count {
                // ("| x | y | record |": a column named by a word, a record id beside the data, is
                // read past; x and y are the letters.)
                let header = tokens[start..<start + width].map { letter($0) ?? ($0.wholeMatch(of: #/[a-z]{3,12}/#) != nil ? "word:" + $0 : nil) }
                guard header.allSatisfy({ $0 != nil }), let x = header.firstIndex(of: "x"), let y = header.firstIndex(of: "y"),
                      header.filter({ $0 == "x" || $0 == "y" }).count == 2, header.filter({ $0?.hasPrefix("word:") == true }).count <= 1 else { continue }
                let numbers = tokens[(start + width)...].prefix { Double($0) != nil }.compactMap(Double.init)
                let rows = numbers.count / width
                // The run ends where the table does: at a word, or where a row would be cut.
                guard rows >= 2, numbers.count % width == 0 else { continue }
                return ((0..<rows).map { numbers[$0 * width + x] }, (0..<rows).map { numbers[$0 * width + y] })
            }
        }
        return nil
    }

    /// A table whose header names several inputs by index and the target ("x_1 x_2 y",
    /// "$x_1$ | $x_2$ | $y$", after a column "i" numbering the rows), then its rows: the rows of
    /// inputs and the targets.
    static func featureColumns(_ text: String) -> (features: [[Double]], y: [Double])? {
        // ("x1 x2 | y": a bar before the target sets the table's columns apart too.)
        let barred = text.range(of: #"\|\s*x_?\d|x_?\d(?:\s+x_?\d)+\s*\|\s*y\b"#, options: .regularExpression) != nil
        // (An ASCII table's rules, "-----+-----------+------", are no cells.)
        let tokens = text.split(whereSeparator: { $0.isWhitespace || $0 == "|" })
            .filter { !$0.allSatisfy { "-+=".contains($0) } }
            .map { $0.trimmingCharacters(in: CharacterSet(charactersIn: "$:-")) }.filter { !$0.isEmpty }
        for start in tokens.indices {
            var index = start
            var inputs = 0
            // ("x1 x2 y" bare only in an ASCII table with bars, whose rows stay rows: a PDF's table
            // pasted as "x1 x2 y 1 0 1 2 0 1 1 1 …" gives its columns one after the other.)
            while index < tokens.count, tokens[index].wholeMatch(of: #/x_\{?\d\}?/#) != nil || barred && tokens[index].wholeMatch(of: #/x\d/#) != nil { inputs += 1; index += 1 }
            guard inputs >= 2, index < tokens.count, tokens[index] == "y" else { continue }
            // (Each input once, numbered 1, 2, … in order.)
            let names = tokens[start..<index].map { $0.filter(\.isNumber) }
            guard names == (1...inputs).map(String.init) else { continue }
            // ("| i | x_1 | x_2 | y |": a column that numbers the rows 1, 2, … leads each row.)
            let indexed = start > 0 && ["i", "n", "j", "#", "example", "point", "sample"].contains(tokens[start - 1].lowercased())
            let width = inputs + 1 + (indexed ? 1 : 0)
            var numbers = tokens[(index + 1)...].prefix { Double($0) != nil }.compactMap(Double.init)
            let rows = numbers.count / width
            guard rows > inputs, numbers.count % width == 0 else { return nil }
            if indexed {
                guard (0..<rows).allSatisfy({ numbers[$0 * width] == Double($0 + 1) }) else { return nil }
                numbers = (0..<rows).flatMap { numbers[($0 * width + 1)..<($0 * width + width)] }
            }
            let stride = inputs + 1
            return ((0..<rows).map { Array(numbers[$0 * stride..<$0 * stride + inputs]) }, (0..<rows).map { numbers[$0 * stride + inputs] })
        }
        return nil
    }

    /// The design matrix and targets: `X = […]` and `y = (…)`, or rows/vectors of x and y with an
    /// intercept column the statement asks for.
    /// Whether the text gives the model an intercept (true), says it has none (false), or
    /// neither or both (nil). `variable`: the name of the input in "y ≈ w_0 + w_1 t".
    static func intercept(_ text: StatementText, variable: String = "x") -> Bool? {
        // ("do not drop the intercept", "without dropping the bias": kept.)
        let kept = text.removing(#"\b(?:do not|don['’]t|not|without|never)\s+drop\w*\s+the\s+(?:intercept|bias)\b"#)
        let without = kept.firstMatch(#"\bno intercept\b|\bwithout (?:an |a )?(?:intercept|bias)\b|\bthrough the origin\b|\by = wx\b|\bdrop(?:s|ping)? the (?:intercept|bias)\b"#) != nil
        // ("ŷ = a + b x", "y = β_0 + β_1 x", "y = w0 + w1*x", "y ~ w0 + w1 * x", "… whose first column is all ones", "ŷ = b + w_1 x_1 + w_2 x_2",
        // "with an (unregularized) intercept".)
        // ("each x includes a leading 1 for the intercept", "X has rows (1, x_i)".)
        let with = text.firstMatch(#"\bcolumn of ones\b|\bcolumn is all ones\b|\bleading (?:1|one)\b|\brows\s*\$?\(\s*1\s*,\s*x_?\{?i?\}?\s*\)|\bwith an (?:\(\w+\) |unregulari[sz]ed |unpenali[sz]ed )?intercept\b|\badd(?:ing|s|ed)? (?:an? |the )?(?:\(\w+\) |unregulari[sz]ed |unpenali[sz]ed )?intercept\b|(?:[=≈~∼]|\\approx|\\sim)\s*[a-zα-ω](?:_\{?0\}?|0)?\s*\+\s*[a-zα-ω](?:_\{?1\}?|1)?\s*(?:[*·]\s*|\\cdot\s*)?"# + variable + #"(?!\s*(?:\^|²|\*\*))(?:\b|_\{?1\}?\s*\+)"#) != nil
            // ("ŷ = w_1 x_1 + w_2 x_2 + b": the intercept last.)
            || interceptLast(text) != nil
        return with == without ? nil : with
    }

    /// "ŷ = w_1 x_1 + w_2 x_2 + b": a model of indexed inputs whose intercept comes last; its name.
    static func interceptLast(_ text: StatementText) -> String? {
        text.firstMatch(#"(?:[=≈~∼]|\\approx|\\sim)\s*[a-zα-ω]_\{?1\}?\s*x_\{?1\}?(?:\s*\+\s*[a-zα-ω]_\{?\d\}?\s*x_\{?\d\}?)+\s*\+\s*(b|c|w_\{?0\}?|β_\{?0\}?)(?![\w_{])(?!\s*(?:x\b|[·*]|\\cdot|[a-zα-ω]_))"#)?[1]
    }

    static func data(_ statement: StatementText, intercept stated: Bool? = nil) -> ([[Double]], [Double], String)? {
        let bindings = MathScanner.bindings(in: statement.text)
        if let design = bindings.last(where: { $0.name == "X" })?.literal.grid, let targets = bindings.last(where: { $0.name == "y" })?.literal.flat,
           design.count == targets.count {
            return (design, targets, "X and y as given")
        }
        let pairs = points(statement)
        // A table's rows, flattened by the reader: "x 0 1 2 3 y 1 2 2 4", or "t 0 1 2 3 y 1 3 4 8"
        // under a model in t (the one row besides y names the input).
        // ("x | 0 1 2 3" / "y | 1 3 4 8" of an ASCII table: a bar or a colon after the name.)
        let rows = statement.text.matches(of: #/(?:^|\s)([a-z])(?:\s*[|:])?((?:\s+-?\d+(?:\.\d+)?){2,})(?=\s|$)/#).map { (String($0.output.1), String($0.output.2)) }
        let names = Set(rows.map(\.0))
        let tabled = names.count == 2 && names.contains("y") ? names.subtracting(["y"]).first : nil
        let variable = pairs?.variable ?? tabled ?? "x"
        guard let with = stated ?? intercept(statement, variable: variable) else { return nil }
        // A table of several inputs "x_1 x_2 y": one row of the design per row of the table.
        if let table = featureColumns(statement.text) {
            let data = "inputs " + table.features.map { "(" + $0.map(RealValue.format).joined(separator: ", ") + ")" }.joined(separator: ", ")
                + ", y = (\(table.y.map(RealValue.format).joined(separator: ", ")))"
            return with ? (table.features.map { [1] + $0 }, table.y, data + ", with an intercept column") : (table.features, table.y, data + ", no intercept")
        }
        var xs: [Double]?, ys: [Double]?
        for (name, row) in rows where name == "y" || name == "x" || name == tabled {
            let numbers = row.split(whereSeparator: \.isWhitespace).compactMap { Double($0) }
            if name == "y" { ys = numbers } else { xs = numbers }
        }
        if xs == nil, ys == nil, let columns = columns(statement.text) { (xs, ys) = (columns.x, columns.y) }
        xs = xs ?? bindings.last(where: { $0.name == "x" })?.literal.flat
        ys = ys ?? bindings.last(where: { $0.name == "y" })?.literal.flat
        if xs == nil, ys == nil, let pairs { (xs, ys) = (pairs.points.map(\.0), pairs.points.map(\.1)) }
        guard let xs, let ys, xs.count == ys.count, xs.count >= 2 else { return nil }
        let data = "x = (\(xs.map(RealValue.format).joined(separator: ", "))), y = (\(ys.map(RealValue.format).joined(separator: ", ")))"
        return with ? (xs.map { [1, $0] }, ys, data + ", with an intercept column") : (xs.map { [$0] }, ys, data + ", no intercept")
    }
}
