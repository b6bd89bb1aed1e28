import Foundation

/// Reads "take two steps of SGD with momentum μ = 0.9 … What is w^{(2)}?": the optimizer, its
/// hyperparameters, the start, and a gradient given as numbers or as a formula affine in
/// the weights ("∇f(w) = (w_1, 10 w_2)").
///
/// Not computed: a numeric gradient used for more than one step, Nesterov momentum in any
/// form but PyTorch's named one, Adam with weight decay (Adam and AdamW differ; AdamW with its decay stated is), a
/// gradient formula that is not affine in indexed weights, and a missing start or
/// learning rate.
enum OptimizerReader {
    private enum Kind { case gradientDescent, momentum, nesterov, adam }

    static func read(_ reading: PartReading) -> Attempt {
        let part = reading.part
        // "Continue the run of (d) for one more step": (d)'s method, settings and steps, plus these.
        // ("Continue Adam for one more step.": without a label, the part just before, when it names that method.)
        // ("Continue (e) for a second Adam step": one step more, the second.)
        let continuing = part.firstMatch(#"\bcontinue\b(?:[^.]*?\(([a-z])\))?[^.]*?\b(?:(one|two|three|four|five|\d+) more steps?|(?:a|one) (second|third|fourth|further|another|additional) (?:(?:Adam(?:W)?|Nesterov|momentum|SGD|gradient[- ]descent) )?(?:step|update|iteration))\b"#)
        let continued = continuing.flatMap { match -> (label: String, text: StatementText, more: Int?)? in
            let segment = match[1].isEmpty ? reading.segments.last { $0.label != nil } : reading.segments.first { $0.label == match[1] }
            guard let segment, let label = segment.label else { return nil }
            if match[1].isEmpty, let method = part.firstMatch(#"\bAdam(?:W)?\b|\bNesterov\b|\bmomentum\b"#),
               StatementText(segment.text).firstMatch("\\b" + method[0] + "\\b") == nil { return nil }
            // ("Continue for a second step." right after "(b) Take one step of plain gradient
            // descent …": the part just before, when it names one method.)
            if match[1].isEmpty, part.firstMatch(#"\bAdam(?:W)?\b|\bNesterov\b|\bmomentum\b|\bgradient descent\b|\bSGD\b"#) == nil,
               Set(StatementText(segment.text).matches(#"\bAdam(?:W)?\b|\bNesterov\b|\bmomentum\b|\bgradient descent\b|\bSGD\b"#).map { $0[0].lowercased() }).count != 1
                || part.writesNumbers && part.firstMatch(#"(?:w|θ|\\theta)\s*(?:\^\s*\{?\(\s*\d+\s*\)\}?|_\{?\d+\}?)"#) == nil
                // (Only an iterate asked: "What is the loss f(w^{(2)})?", "the gradient used in this step" ask others.)
                || part.firstMatch(#"\bloss\b|\bgradients?\b|\b[fLJ]\s*\(|\bnorm\b|\bvelocity\b|\bmoments?\b|\bvalue of\b|\bchange\b|\bdistance\b"#) != nil { return nil }
            return (label: label, text: StatementText(segment.text), more: match[3].isEmpty ? NumberWords.value(match[2]) : 1)
        }
        // "Take a second Adam step from your answer to (d)": (d)'s run and one step more (the
        // second when (d) took one).
        let another = continued == nil ? part.firstMatch(#"\b(?:take|do|perform|compute|run|apply)\s+(?:a|one)\s+(second|third|fourth|further|more|another|additional)\s+(?:(?:Adam(?:W)?|Nesterov|momentum|SGD|gradient[- ]descent)\s+)?(?:step|update|iteration)\b[^.]*?\bfrom\s+(?:your\s+(?:answer|result)\s+(?:to|of|in|from)\s+|the\s+(?:result|iterate)\s+of\s+)?(?:part\s+)?\(([a-z])\)"#) : nil
        let ordinal = (another?[1] ?? continued.flatMap { _ in continuing?[3] }).flatMap { ["second": 2, "third": 3, "fourth": 4][$0.lowercased()] }
        let continuedRun = continued ?? another.flatMap { match -> (label: String, text: StatementText, more: Int?)? in
            guard let segment = reading.segments.first(where: { $0.label == match[2] }) else { return nil }
            return (label: match[2], text: StatementText(segment.text), more: 1)
        }
        let names = #"\bAdam(?:W)?\b|\bNesterov\b|\bmomentum\b|\bgradient descent\b|\bSGD\b|\bGD\b"#
        if continuing == nil, another == nil, part.firstMatch(names) == nil, let asked = part.firstMatch(Self.gradientAtStartAsked) {
            return gradientAtStart(reading, asked: asked[0])
        }
        // "(d) Use Adam with β1 = 0.9, … (i) What is w_1?": a sub-part under its part's method and settings.
        let parent = part.firstMatch(names) == nil ? reading.parentPart.flatMap { $0.firstMatch(names) != nil ? $0 : nil } : nil
        // ("Same as (a), but with weight decay": (a)'s method.)
        // ("One step of SGD (no momentum) with weight decay": a method said to be absent is not the one used.)
        // ("Adam is run with step size α = 0.01, … (b) Compute θ_1.": the one method the problem's statement names.)
        // ("SGD with momentum μ = 0.9" names one method: the plain name is the family's.)
        var statementMethods = Set(reading.problemStatement.matches(names).map { $0[0].lowercased() })
        if statementMethods.count > 1, reading.problemStatement.firstMatch(#"\b(?:SGD|GD|gradient descent) with (?:\w+ )?momentum\b|\bmomentum (?:SGD|GD|gradient descent)\b|\bAdam\b"#) != nil {
            statementMethods.subtract(["sgd", "gd", "gradient descent"])
        }
        let statementMethod = statementMethods.count == 1 ? reading.problemStatement : nil
        let named = (part.firstMatch(names) != nil ? part : (continuedRun?.text ?? parent ?? reading.repeatedPart?.text ?? statementMethod ?? part))
            .removing(#"\(?\b(?:no|without(?: any)?)\s+(?:Nesterov\s+)?momentum\b\)?"#)
        let kind: Kind
        let phrase: String
        if let match = named.firstMatch(#"\bAdam(?:W)?\b"#) {
            kind = .adam
            phrase = match[0]
        } else if let match = named.firstMatch(#"\bNesterov\b"#) {
            kind = .nesterov
            phrase = match[0]
        } else if let match = named.firstMatch(#"\bmomentum\b"#) {
            kind = .momentum
            phrase = match[0]
        } else if let match = named.firstMatch(#"\b(?:stochastic )?gradient descent\b|\bSGD\b|\bGD\b"#) {
            kind = .gradientDescent
            phrase = match[0]
        } else {
            return .notApplicable
        }
        // ("What is w_2?" asks for an iterate as plainly as "after two steps"; "Same as (a), but
        // with weight decay" asks what (a) asks.)
        // (The weights may be named θ: "Compute θ_1.")
        let asksIterate = #"\bsteps?\b|\bupdates?\b|\biterations?\b|(?:\bw|θ|\\theta|\btheta)\s*\^\s*\{?\(\s*\d+\s*\)\}?\s*\?|(?:\bw|θ|\\theta|\btheta)_\{?\d+\}?\s*\?|\b(?:give|report|compute|find)\s+(?:the\s+)?(?:iterate\s+)?\$?(?:w|θ|\\theta)(?:_\{?\d+\}?|\s*\^\s*\{?\(\s*\d+\s*\)\}?)|\b(?:give|report|compute|find)\s+θ\d\b"#
        // "Converges exactly when 0 < η < η_max. Find η_max.": a learning rate asked, not an iterate.
        // "What is the largest η_max such that plain gradient descent on f converges from every
        // starting point?": 2/λ_max of the quadratic's Hessian.
        if kind == .gradientDescent, part.firstMatch(#"\btrue or false\b|\bmomentum\b|\bAdam\b"#) == nil,
           part.firstMatch(#"\bconverge|\bstable\b|\bstability\b|\bdiverge"#) != nil,
           // ("… converges exactly when 0 < η < η^∗. Find η^∗.": the bound named with a star.)
           let asked = part.firstMatch(#"\b(?:largest|maximum|max|critical|supremum)\b[^.?]{0,60}\b(?:η|\\eta|eta|lr|learning[- ]rate|step[- ]size)|\b(?:η|\\eta|eta|lr)_\{?max\b|<\s*(?:η|\\eta)\s*\^?\s*\{?(?:\*|∗|\\ast)\}?[^.?]*[.?]\s*(?:find|give|compute|determine|what is)\s+(?:η|\\eta)\s*\^?\s*\{?(?:\*|∗|\\ast)"#) {
            // ("converges without overshooting", "the second coordinate converges": other bounds.)
            if let qualified = part.firstMatch(#"\bovershoot\w*|\bmonoton\w*|\boscillat\w*|\bcoordinate\b|\bcomponent\b|\bwithout\b|\bfastest\b|\boptimal\b"#) {
                return .failed("\(phrase): '\(qualified[0])' qualifies the convergence; the bound 2/λ_max is not it")
            }
            return maxStableRate(reading, asked: asked[0], method: phrase)
        }
        if let rate = part.firstMatch(#"\b(?:find|give|compute|determine|what is|what are|state)\s+(?:the\s+)?(?:(?:largest|smallest|maximum|minimum|max(?:imal)?|critical|optimal|best|range of|threshold)\s+)?(?:(?:stable|admissible|constant)\s+)?(?:η|\\eta|eta|learning[- ]rates?|step[- ]sizes?|lr)(?![a-z])|\bwhich\s+(?:learning[- ]rates?|step[- ]sizes?|values? of (?:η|\\eta|eta))\b|\b(?:largest|maximum|critical) (?:stable )?(?:learning[- ]rate|step[- ]size)\b"#) {
            return .failed("\(phrase): '\(rate[0])' asks for a learning rate, not an iterate")
        }
        let repeatedAsks = reading.repeatedPart.map { $0.text.firstMatch(asksIterate) != nil } == true
        guard part.firstMatch(asksIterate) != nil || parent != nil || repeatedAsks else {
            return .notApplicable
        }
        if part.firstMatch(#"\bschedule\b|\bwarm-?up\b|\bdecay(?:s|ing)? the learning rate\b"#) != nil {
            return .failed("\(phrase): a learning-rate schedule is not computed here")
        }
        // "One step … using the clipped gradient": a gradient another part (or a rule) changed, not the one given.
        // (Not "using the averaged gradient" or "this noisy gradient", the gradient given; nor "We do
        // not clip the gradient".)
        if part.firstMatch(#"\b(?:do not|don['’]t|does not|doesn['’]t|no need to|not|never|without)\s+(?:\w+\s+)?clip"#) == nil,
           let changed = part.firstMatch(#"\b(?:clipped|rescaled|normali[sz]ed)\s+(?:gradients?|g)\b|\bgradients?\s+(?:after|once)\s+(?:it is\s+)?clip\w*|\bafter\s+(?:gradient[- ]|norm[- ])?clipping\b|\bclip\w*\s+(?:the\s+)?(?:gradient|g)\b"#) {
            return .failed("\(phrase): '\(changed[0])' is not the gradient the statement gives")
        }
        var finding = Finding(.optimizerStep)
        finding.note(phrase)
        // ("| (d) | `Adam` | `lr=0.1, …` | 2 |": the statement holds the part's row of a table of
        // settings first, and none of the other parts' rows.)
        var texts = [reading.part, reading.problemStatement, reading.conventions]
        if let parent { texts.insert(parent, at: 1) }
        // "AdamW with lr=0.1 and the other settings of (d)": (d)'s settings where the part states none.
        if let settings = part.firstMatch(#"\bsettings (?:of|from|in|as in) (?:part )?\(([a-z])\)"#),
           let segment = reading.segments.first(where: { $0.label == settings[1] }) {
            texts.insert(StatementText(segment.text), at: 1)
            finding.read("settings of the referenced part", "(\(settings[1]))", from: settings[0])
        }
        // "Repeat (b) with Nesterov momentum, …": (b)'s settings where the part states none.
        if continuedRun == nil, let repeated = reading.repeatedPart {
            texts.insert(repeated.text, at: 1)
            finding.read("repeats", "part (\(repeated.label))")
        }
        // The method's words are the part's own, or its parent's for a sub-part.
        let method = parent ?? part

        // "Continue the Adam run of (d) for one more step": (d)'s settings and its steps, plus these.
        var steps = another == nil ? steps(part, &finding) : nil
        if let counted = reading.settingsRow?.steps {
            guard steps == nil || steps == counted else { return .failed("\(phrase): the part and its row of settings give different numbers of steps") }
            steps = counted
        }
        if steps == nil, another == nil, continuedRun == nil, let repeated = reading.repeatedPart { steps = self.steps(repeated.text, &finding) }
        if let continued = continuedRun {
            // ("Continue (a) with a second SGD step", "… with learning rate η = 0.01", "… this time with
            // plain SGD": a continuation that changes the method or a setting is another run.)
            let methods = #"\bAdam(?:W)?\b|\bNesterov\b|\bmomentum\b|\bSGD\b|\bgradient descent\b|\bGD\b"#
            let ownMethods = Set(part.matches(methods).map { $0[0].lowercased() })
            let theirs = Set(continued.text.matches(methods).map { $0[0].lowercased() })
            if !ownMethods.isSubset(of: theirs) || part.firstMatch(#"η|\\eta|\blr\b|\blearning rate\b|β|\\beta|μ|\\mu|\bthis time\b|\binstead\b|\bplain\b|\bdifferent\b|\bswitch\w*"#) != nil {
                return .failed("\(phrase): the continuation of (\(continued.label)) changes its method or a setting")
            }
            var scratch = Finding(.optimizerStep)
            guard let before = self.steps(continued.text, &scratch), let more = continued.more else {
                return .failed("\(phrase): the steps of (\(continued.label)) are not read")
            }
            if let ordinal, before + more != ordinal {
                return .failed("\(phrase): step \(ordinal) asked after the \(before) of (\(continued.label))")
            }
            steps = before + more
            texts.insert(continued.text, at: 1)
            // (Read through the part it continues, which the recognizer requires of a continuation.)
            finding.read("steps of the referenced part", "\(before) of (\(continued.label)), then \(more) more")
        }
        guard let steps else { return .failed("\(phrase): the number of steps is not stated") }
        // ("If alpha were 0.01, …": a setting the part changes in words is not read.)
        if let changed = part.firstMatch(#"\b(?:alpha|α|eta|η|lr|learning rate|step size|beta1|beta2|β_?[12]?|momentum|lambda|λ|weight decay)\s+(?:were|was|becomes|became|is changed to|is set to|changed to|set to|instead)\b"#) {
            return .failed("\(phrase): '\(changed[0])' changes a setting in words")
        }
        guard let (start, startPhrase) = start(texts) else { return .failed("\(phrase): the starting weights are not stated") }
        finding.read("start", ConvolutionReader.display(startPhrase))
        // "The first two gradients are g_1 = 0.5 and g_2 = −0.2": one given gradient per step, in
        // place of a formula or of one numeric gradient.
        let formula = formulaGradient(reading, texts, dimension: start.count)
        var sequence: [[Double]]? = nil
        let gradient: Optimizer.AffineGradient
        if formula?.constant != false, let given = givenGradients(texts, dimension: start.count), given.values.count >= steps {
            sequence = Array(given.values.prefix(steps))
            gradient = .constant([Double](repeating: 0, count: start.count))
            finding.read("gradients", given.phrase)
        } else {
            guard let (formulaGradient, gradientPhrase, constant) = formula else {
                return .failed("\(phrase): the gradient is not given as numbers or as a formula affine in the weights")
            }
            finding.read("gradient", gradientPhrase)
            if constant, steps > 1 { return .failed("\(phrase): a numeric gradient is known only at the start, not for \(steps) steps") }
            gradient = formulaGradient
        }
        // (Adam's "step size α = 0.01" is its learning rate; "eta = 0.1" is η spelled out in a plain-text handout.)
        // (And α listed with β_1 and β_2, "using α = 0.01, β_1 = 0.9, β_2 = 0.999": Adam's own
        // tuple of hyperparameters, whose α is the step size.)
        let adamTuple = texts.contains { $0.firstMatch(#"(?:α|\\alpha|\balpha)\s*=\s*[\d.]+\s*,\s*(?:β|\\beta|\bbeta)_?\{?1\}?\s*=\s*[\d.]+\s*,\s*(?:β|\\beta|\bbeta)_?\{?2\}?\s*="#) != nil }
        let adamRate = kind == .adam ? #"|\bstep[- ]size\s+(?:of\s+|is\s+)?(?:α\s*=\s*|\\alpha\s*=\s*)?"# + (adamTuple ? #"|(?:^|[\s(,;])(?:α|\\alpha|\balpha)\s*=\s*(?=[\d.]+\s*,\s*(?:β|\\beta|\bbeta))"# : "") : ""
        guard let (rate, ratePhrase) = value(texts, #"(?:\blearning rate\s+(?:of\s+|is\s+)?(?:η\s*=\s*|\\eta\s*=\s*|eta\s*=\s*|α\s*=\s*)?|(?:^|[\s(,;])(?:η|\\eta|eta|lr)\s*=\s*"# + adamRate + ")") else {
            return .failed("\(phrase): the learning rate is not stated")
        }
        finding.read("learning rate", NormalizationReader.format(rate), from: ratePhrase)

        // (Also a framework call's keyword: `torch.optim.SGD([w], lr=0.1, weight_decay=0.01)`.)
        // ("weight decay with coefficient λ = 0.5", "weight decay of strength 0.01".)
        var decay = value(texts, #"\bweight_decay\s*=\s*|\bweight decay\s+(?:(?:with\s+)?(?:a\s+)?(?:coefficient|strength|factor|rate)\s+(?:of\s+)?|of\s+)?(?:λ\s*=\s*|\\lambda\s*=\s*|lambda\s*=\s*)?|\bL2 (?:penalty|regularization)\s+(?:of\s+|with\s+)?(?:λ\s*=\s*)?"#)
        // "the L_2-regularized objective L(w) + λ/2‖w‖^2 with λ = 0.01": the penalty's gradient is λw
        // (2λw without the ½); a regularized objective read no further is not computed.
        if decay == nil, let penalty = part.firstMatch(#"\+\s*(λ\s*/\s*2|\(λ\s*/\s*2\)|½\s*λ|\\frac\{λ\}\{2\}|λ)\s*(?:‖|\|\|)\s*w\s*(?:‖|\|\|)\s*(?:\^\s*2|²)"#),
           let (lambda, phrase) = value(texts, #"(?:^|[\s(,;])(?:λ|\\lambda)\s*=\s*"#) {
            decay = (penalty[1] == "λ" ? 2 * lambda : lambda, penalty[0] + " with " + phrase)
        }
        // "the update uses ∇L(w) + λw with λ = 0.01": the decay written into the gradient.
        if decay == nil, let written = part.firstMatch(#"(?:∇|\\nabla)\s*(?:_\{?w\}?\s*)?L\s*\(\s*w\s*\)\s*\+\s*(?:λ|\\lambda)\s*w\b"#),
           let (lambda, phrase) = value(texts, #"(?:^|[\s(,;])(?:λ|\\lambda)\s*=\s*"#) {
            decay = (lambda, written[0] + " with " + phrase)
        }
        // (A weight decay named and not read is never left out.)
        if decay == nil, let regularized = part.removing(#"\b(?:no|without)\s+(?:weight[ _]decay|regulari[sz]ation|penalty|L2(?: penalty| regulari[sz]ation)?)\b"#).firstMatch(#"\bregulari[sz]ed\b|\bpenali[sz]ed\b|\bpenalty\b|\bweight[ _]decay\b|\bL2\b"#) {
            return .failed("\(phrase): the penalty or weight decay ('\(regularized[0])') is not read")
        }
        let rule: Optimizer.Rule
        switch kind {
        case .gradientDescent:
            if let (lambda, phrase) = decay { finding.read("weight decay", NormalizationReader.format(lambda), from: phrase) }
            rule = .gradientDescent(weightDecay: decay?.0 ?? 0)
        case .momentum, .nesterov:
            guard decay == nil else { return .failed("\(phrase): momentum with weight decay is not computed here") }
            // (Also a framework call's keyword: `torch.optim.SGD([w], lr=0.1, momentum=0.9)`.)
            // ("v_{t+1} = β v_t + ∇L(w_t) … with β = 0.9": β names the coefficient the velocity is multiplied by.)
            // (Also "v <- beta * v + grad f(w)" in a plain-text handout.)
            let betaIsMomentum = method.firstMatch(#"(?:β|\\beta|\bbeta)\s*\*?\s*(?:\\mathbf\{)?v|\bbeta\s*\*?\s*v(?![a-z])"#) != nil
            guard let (mu, muPhrase) = value(texts, #"(?:\bmomentum\s+(?:coefficient\s+(?:of\s+|is\s+)?|of\s+|with\s+)?(?:μ\s*=\s*|\\mu\s*=\s*|mu\s*=\s*|β\s*=\s*)?|(?:^|[\s(,;])(?:μ|\\mu|mu)\s*=\s*|\bmomentum\s*=\s*)"#)
                    ?? (betaIsMomentum ? value(texts, #"(?:^|[\s(,;])(?:β|\\beta|beta)\s*=\s*"#) : nil) else {
                return .failed("\(phrase): the momentum coefficient is not stated")
            }
            finding.read("momentum", NormalizationReader.format(mu), from: muPhrase)
            // "a nonzero initial velocity v_0 = (−0.5, 0.5)": the velocity starts elsewhere than at zero.
            if let start = texts.lazy.compactMap({ $0.firstMatch(#"\b(?:nonzero|non-zero) initial (?:velocity|momentum)\b|\b(?:v|m|b|buf|velocity)_?\{?0\}?\s*=\s*[(\[]?\s*[-−]?0*[1-9]|\b(?:v|m|b|buf|velocity)_?\{?0\}?\s*=\s*[(\[]?\s*[-−]?0?\.\d*[1-9]|\binitial (?:velocity|momentum(?: buffer)?) (?:is|of|=)\s*[(\[]?\s*[-−]?(?:0*[1-9]|0?\.\d*[1-9])"#) }).first {
                return .failed("\(phrase): '\(start[0])': a velocity that does not start at zero is not computed here")
            }
            // ("start from the velocity v^{(0)} = (0, −1)": any entry of a starting velocity, written
            // with a superscript (0) or a subscript 0, that is not zero.)
            if let start = texts.lazy.flatMap({ $0.matches(#"\b(?:v|m|buf|velocity)(?:_?\{?0\}?|\s*\^\s*\{?\(\s*0\s*\)\}?)\s*=\s*(\([^()]*\)|\[[^\[\]]*\]|[-−]?\d*\.?\d+)"#) })
                .first(where: { match in match[1].matches(of: #/\d*\.?\d+/#).contains { (Double($0.output) ?? 0) != 0 } }) {
                return .failed("\(phrase): '\(start[0])': a velocity that does not start at zero is not computed here")
            }
            // "v ← β v + (1 − β) g" averages the gradients: another method.
            if part.firstMatch(#"\(\s*1\s*-\s*(?:β|μ|\\beta|\\mu)\s*\)"#) != nil {
                return .failed("\(phrase): an exponential-average velocity (1 − β) is not computed here")
            }
            if kind == .nesterov {
                // ("v <- beta * v + grad f(w - eta * beta * v)": the same in ASCII.)
                if part.firstMatch(#"(?:∇|\bgrad)\s*[A-Za-z]?\s*\(\s*w\S*\s*-\s*(?:(?:η|eta)\s*\*?\s*)?(?:β|μ|beta|mu)\s*\*?\s*(?:(?:η|eta)\s*\*?\s*)?v|\blook-?ahead (?:point|position)\b[^.]*?\bw\S*\s*-\s*(?:η\s*)?(?:β|μ)\s*(?:η\s*)?v"#) != nil {
                    // The look-ahead gradient written out: ∇f(w − ηβv).
                    finding.note("look-ahead gradient ∇f(w − ημv)")
                    rule = .nesterovLookahead(mu)
                } else if part.firstMatch(#"(?:∇|\\nabla|\bgrad)\s*[A-Za-z]?\s*\(\s*w\S*\s*\+\s*(?:β|μ|\\mu|\\beta|mu)\s*\*?\s*v"#) != nil,
                          part.firstMatch(#"(?:β|μ|\\mu|\\beta|mu)\s*\*?\s*v\S*\s*-\s*(?:η|\\eta|eta)\s*\*?\s*(?:∇|\\nabla|grad\b)"#) != nil {
                    // "v_{t+1} = μ v_t − η ∇L(w_t + μ v_t), w_{t+1} = w_t + v_{t+1}": the same look-ahead
                    // with the step folded into the velocity (or in ASCII: "v <- mu*v - eta*grad f(w + mu*v)").
                    finding.note("look-ahead gradient ∇L(w + μv), v = μv − η∇L")
                    rule = .nesterovLookahead(mu)
                } else if part.firstMatch(#"\bv\S*\s*(?:=|←|:=|<-|\\leftarrow)"#) == nil,
                          [part, reading.problemStatement, reading.conventions].contains(where: { $0.firstMatch(#"\bPyTorch|\btorch\.optim\b"#) != nil }) {
                    // PyTorch's form named, by the part or the set ("Use the conventions of torch.optim"),
                    // and no other update written in the part. ("PyTorch's" is one word to \b.)
                    rule = .nesterovPyTorch(mu)
                } else if texts.contains(where: { $0.firstMatch(Self.pyTorchNesterovWritten) != nil }) {
                    // "v ← μv + g and w ← w − η(g + μv)": PyTorch's form written out.
                    finding.note("w ← w − η(g + μv)")
                    rule = .nesterovPyTorch(mu)
                } else {
                    return .failed("\(phrase): Nesterov momentum has several forms; only PyTorch's named one or the look-ahead written out is computed")
                }
            } else {
                rule = .momentum(mu)
            }
        case .adam:
            // AdamW with its decay stated: PyTorch's decoupled step. (Adam with a decay is L2 in the
            // gradient in PyTorch and decoupled elsewhere; AdamW's default decay is not assumed.)
            let decoupled = named.firstMatch(#"\bAdamW\b"#) != nil
            guard decoupled ? decay != nil : decay == nil else { return .failed("\(phrase): Adam with weight decay (Adam or AdamW) is not computed here") }
            if part.firstMatch(#"\bwithout bias[- ]correction\b|\bno bias[- ]correction\b"#) != nil {
                return .failed("\(phrase): Adam without bias correction is not computed here")
            }
            let names = Self.adamSettingNames
            var read = names.map { value(texts, $0) }
            // "AdamW (same betas and ε)", "… the same betas as in part (a)", "same β1, but β2 = 0.999":
            // the settings the phrase covers and neither the part nor its problem states, from the
            // earlier part that runs Adam (the one named, else the last before this one).
            if let same = part.firstMatch(#"\bsame\s+(betas?|β_?\{?[12]\}?|beta_?[12]|\\beta_\{?[12]\}?|β|\\beta|ε|ϵ|\\epsilon|epsilon|settings|hyperparameters?)(?![\w}])((?:\s*(?:and|,)\s*(?:ε|ϵ|\\epsilon|epsilon|eps)\b)?)(?:\s+as\s+(?:in\s+)?(?:part\s+)?\(([a-z])\))?"#) {
                let word = same[1].lowercased()
                let all = word.hasPrefix("settings") || word.hasPrefix("hyperparameter")
                let isEpsilon = ["ε", "ϵ", "\\epsilon", "epsilon"].contains(word)
                let covered = [all || !isEpsilon && !word.contains("2"), all || !isEpsilon && !word.contains("1"), all || isEpsilon || !same[2].isEmpty]
                if (0..<3).contains(where: { covered[$0] && read[$0] == nil }) {
                    let labelled = same[3].isEmpty ? nil : reading.segments.first { $0.label == same[3] }.map { (label: same[3], text: StatementText($0.text)) }
                    guard let earlier = labelled ?? (same[3].isEmpty ? earlierAdamPart(reading) : nil) else {
                        return .failed("\(phrase): '\(same[0])' refers to settings of no earlier Adam part")
                    }
                    for k in 0..<3 where covered[k] && read[k] == nil { read[k] = value([earlier.text], names[k]) }
                    finding.read("settings", "part (\(earlier.label))", from: same[0])
                }
            }
            // `betas=(0.9, 0.999)`: both at once, as torch.optim.Adam takes them.
            if read[0] == nil, read[1] == nil, let text = texts.first(where: { $0.firstMatch(#"\bbetas\s*=\s*\("#) != nil }),
               let pair = text.firstMatch(#"\bbetas\s*=\s*\(\s*(\d*\.?\d+)\s*,\s*(\d*\.?\d+)\s*\)"#), let b1 = Double(pair[1]), let b2 = Double(pair[2]) {
                read[0] = (b1, pair[0])
                read[1] = (b2, pair[0])
            }
            // A setting that is stated but not read ("ϵ = 0.5−1") is no default.
            for (name, found) in zip(names, read) where found == nil && texts.contains(where: { $0.firstMatch(name) != nil }) {
                return .failed("\(phrase): a setting is stated in a form that is not read")
            }
            let (beta1, beta2, epsilon) = (read[0], read[1], read[2])
            // "ϵ = 10 and bias correction" with a lone "−8" on the line above: an exponent lost in
            // pasting. A stability constant is small; a β is below 1.
            if let epsilon, let refusal = NormalizationReader.epsilonRefusal(epsilon.0, "ε = \(NormalizationReader.format(epsilon.0))") {
                return .failed("\(phrase): \(refusal)")
            }
            if let beta = [beta1, beta2].compactMap({ $0 }).first(where: { $0.0 >= 1 || $0.0 < 0 }) {
                return .failed("\(phrase): β = \(NormalizationReader.format(beta.0)) is outside [0, 1)")
            }
            if beta1 == nil || beta2 == nil { finding.assume(0.9, "Adam's β1 = 0.9, β2 = 0.999 assumed where not stated") }
            if epsilon == nil { finding.assume(0.98, "ε = 1e-8 assumed") }
            finding.read("beta1", NormalizationReader.format(beta1?.0 ?? 0.9))
            finding.read("beta2", NormalizationReader.format(beta2?.0 ?? 0.999))
            finding.read("epsilon", "\(epsilon?.0 ?? 1e-8)")
            if decoupled, let (lambda, _) = decay {
                rule = .adamW(beta1: beta1?.0 ?? 0.9, beta2: beta2?.0 ?? 0.999, epsilon: epsilon?.0 ?? 1e-8, weightDecay: lambda)
            } else {
                rule = .adam(beta1: beta1?.0 ?? 0.9, beta2: beta2?.0 ?? 0.999, epsilon: epsilon?.0 ?? 1e-8)
            }
        }
        // "f(w) = 0.5 * (w1^2 + 4*w2^2) … Take one step. Give w1.": w1 names the loss's first weight
        // and (after w0) the first iterate; the answer is one number or the whole vector. (Not where
        // the text writes iterates by a running index, "w_{t+1} = w_t − η v_{t+1}", or calls it the iterate.)
        // ("Report the new w2", "Give the updated w1 only" ask for one weight whatever the notation;
        // an iterate's index is the number of steps taken.)
        let iterateNotation = texts.contains { $0.firstMatch(#"\bw_\{?[tkn](?:\s*[+−-]\s*1)?\}?(?![\w{])|\bw\^\{?\(\s*[tkn]|\biterates?\b"#) != nil }
        if let asked = part.firstMatch(#"\b(?:give|report|state|what is)\s+(?:the\s+)?(?:new\s+|updated\s+|resulting\s+)?\$?w_?\{?(\d)\}?\$?(?=\s*(?:only\b|[.,;?]|$))"#),
           texts.contains(where: { $0.firstMatch(#"\b[LfJE]\s*\(\s*w\s*\)\s*=[^=;]*?\bw_?\{?"# + asked[1] + #"\}?(?![\d}])"#) != nil }) {
            if !iterateNotation || Int(asked[1]) != steps || asked[0].range(of: #"(?i)\b(?:new|updated|resulting)\b"#, options: .regularExpression) != nil
                || part.firstMatch(#"\bw_?\{?\d\}?\$?\s+only\b|\bonly\s+(?:the\s+)?\$?w_?\{?\d"#) != nil {
                return .failed("\(phrase): '\(asked[0])' names one weight of the loss and an iterate alike; which is asked is not read")
            }
        }
        finding.read("steps", "\(steps)")
        if let sequence { return finding.finish(.optimizerSequence(Optimizer(rule, learningRate: rate), start: start, gradients: sequence)) }
        return finding.finish(.optimizer(Optimizer(rule, learningRate: rate), start: start, gradient: gradient, steps: steps))
    }

    /// "one step", "two steps", "3 iterations", agreeing with an asked `w^{(k)}` when both appear.
    private static func steps(_ part: StatementText, _ finding: inout Finding) -> Int? {
        var counted: Int?
        // ("Continue for one more step and compute θ_2": steps added to a run, not the run's count.)
        if let match = part.firstMatch("\\b(\(NumberWords.pattern)|a single|a|an)\\s+(?:[\\w-]+\\s+){0,2}?(?:steps?|updates?|iterations?)\\b"),
           match[0].range(of: #"\b(?:more|additional|further|extra)\b"#, options: .regularExpression) == nil {
            let word = match[1].lowercased()
            counted = ["a", "an", "a single"].contains(word) ? 1 : NumberWords.value(word)
            if counted != nil { finding.note(match[0]) }
        }
        var asked: Int?
        // ("What is theta after step 1?", "… after iteration 2": the step asked by its number.)
        if let after = part.firstMatch(#"\bafter (?:step|iteration|update) (?:t\s*=\s*)?(\d+)\b"#), let k = Int(after[1]), k > 0 {
            asked = k
            finding.note(after[0])
        }
        // The iterate asked for ("What is w^{(2)}?"), not the start "w^{(0)} = …" nor one a note
        // mentions ("Give w^{(2)}. (Note w^{(1)} is the same as in (b).)").
        for match in part.removing(#"\((?:note|recall|hint|remark)\b(?:[^()]|\([^()]*\))*\)"#).matches(#"(?:\bw|θ|\\theta|\btheta)\s*\^\s*\{?\(\s*(\d+)\s*\)\}?|(?:\bw|θ|\\theta|\btheta)_\{?(\d+)\}?\s*\?|\b(?:give|report|compute|find)\s+(?:the\s+)?(?:iterate\s+)?\$?(?:w|θ|\\theta)_\{?(\d+)\}?|\b(?:give|report|compute|find)\s+θ(\d)\b"#) {
            if let k = Int(match[1]) ?? Int(match[2]) ?? Int(match[3]) ?? Int(match[4]), k > 0 { asked = k }
        }
        switch (counted, asked) {
        case (let c?, let a?): return c == a ? c : nil
        case (let c?, nil): return c
        case (nil, let a?): return a
        case (nil, nil): return nil
        }
    }

    /// The last part before this one that names Adam and states a β.
    private static func earlierAdamPart(_ reading: PartReading) -> (label: String, text: StatementText)? {
        // (The context holds the other parts, not this one: earlier ones have earlier letters.)
        guard let own = reading.id.last, own.isLetter else { return nil }
        for segment in reading.segments.reversed() {
            guard let label = segment.label, let letter = label.first, label.count == 1, letter < own else { continue }
            let text = StatementText(segment.text)
            if text.firstMatch(#"\bAdam"#) != nil, text.firstMatch(adamSettingNames[0]) != nil || text.firstMatch(adamSettingNames[1]) != nil {
                return (label, text)
            }
        }
        return nil
    }

    /// "Compute the gradient ∇f at w^{(0)}", "… at the starting point": the gradient of the loss
    /// before any step.
    static let gradientAtStartAsked = #"\b(?:compute|find|evaluate|what is|give|state|write down)\s+(?:the\s+)?gradient\b[^.?;]{0,30}?\bat\s+(?:the\s+)?(?:start(?:ing point)?\b|initial (?:point|weights?|iterate)\b|\$?(?:w|θ|\\theta)\s*(?:\^\s*\{?\(\s*0\s*\)\}?|_\{?0\}?|\(0\)|⁽⁰⁾)(?![\w(^])(?!\$?\s*[+−-]))|\b(?:compute|find|evaluate|what is|give|state|write down)\s+(?:the\s+)?gradient\s+\$?(?:∇|\\nabla)\s*[A-Za-z]?\s*\(\s*(?:w|θ|\\theta)\s*(?:\^\s*\{?\(\s*0\s*\)\}?|_\{?0\}?|⁽⁰⁾)\s*\)"#

    /// The gradient of a quadratic loss (or an affine gradient formula) at the start, before any step.
    /// Not computed when the part also asks for a step, or when the gradient is given as numbers.
    private static func gradientAtStart(_ reading: PartReading, asked: String) -> Attempt {
        let part = reading.part
        if let step = part.firstMatch(#"\bsteps?\b|\bupdates?\b|\biterations?\b|\biterates?\b"#) {
            return .failed("gradient: '\(step[0])' asks for more than the gradient at the start")
        }
        // ("the gradient norm", "its direction as a unit vector", "∂f/∂w_2", "and the Hessian",
        // "then the value L(w^(0))": another quantity, or more than the gradient.)
        if let other = part.firstMatch(#"\bnorm\b|\bmagnitude\b|\blength\b|\bdirection\b|\bunit vector\b|\bcomponents?\b|\bwith respect to\b|∂|\\partial|\bHessian\b|\bvalue\b|\bentr(?:y|ies)\b|\band\b[^.?]*\b(?:then|also)\b"#) {
            return .failed("gradient: '\(other[0])' asks for another quantity than the gradient")
        }
        // The function asked ("∇g", "the gradient of J") must be the one whose formula is read; with
        // several defined, one must be named.
        let definition = #"\b([A-Za-z])\s*\(\s*(?:w|\\mathbf\{w\}|θ)[^()]*\)\s*="#
        let defined = Set((reading.problemStatement.matches(definition) + part.matches(definition)).map { $0[1] })
        let named = part.firstMatch(#"(?:∇|\\nabla)\s*_?\{?\s*(?:w\s*\}?\s*)?([A-Za-z])\b|\bgradient of\s+\$?([A-Za-z])\b"#).map { $0[1].isEmpty ? $0[2] : $0[1] }
        var finding = Finding(.optimizerStep)
        finding.note(asked)
        let texts = [part, reading.problemStatement, reading.conventions]
        guard let (start, startPhrase) = start(texts) else { return .failed("gradient: the starting weights are not stated") }
        finding.read("start", ConvolutionReader.display(startPhrase))
        guard let (gradient, phrase, constant) = formulaGradient(reading, texts, dimension: start.count), !constant else {
            return .failed("gradient: the loss is not read as a quadratic in the weights")
        }
        let read = phrase.firstMatch(of: #/^∇ of ([A-Za-z])/#).map { String($0.output.1) }
        if let named, named != read { return .failed("gradient: ∇\(named) is asked, and the formula read is \(read.map { "\($0)'s" } ?? "another function's")") }
        if named == nil, defined.count > 1 { return .failed("gradient: several functions are defined and the part names none") }
        finding.read("gradient", phrase)
        return finding.finish(.gradientAtPoint(gradient, point: start))
    }

    /// The largest learning rate for which gradient descent converges on a quadratic: 2/λ_max of
    /// its Hessian, which must be symmetric with positive eigenvalues (one or two weights, or a
    /// diagonal Hessian).
    private static func maxStableRate(_ reading: PartReading, asked: String, method: String) -> Attempt {
        let texts = [reading.part, reading.problemStatement, reading.conventions]
        // (With weight decay or a penalty the curvature changes; "monotonically" asks 1/λ_max.)
        if let other = texts.lazy.compactMap({ $0.firstMatch(#"\bdecay\b|\bregulari[sz]|\bpenal|λ|\bmonoton|\boscillat"#) }).first {
            return .failed("\(method): '\(other[0])' changes the stable learning rate, which is not computed")
        }
        guard let (start, _) = start(texts), let (gradient, gradientPhrase, constant) = formulaGradient(reading, texts, dimension: start.count), !constant else {
            return .failed("\(method): '\(asked)' needs a quadratic's gradient, which is not read")
        }
        let h = gradient.matrix
        let n = h.count
        guard n >= 1, h.allSatisfy({ $0.count == n }), (0..<n).allSatisfy({ i in (0..<n).allSatisfy { abs(h[i][$0] - h[$0][i]) < 1e-12 } }) else {
            return .failed("\(method): the Hessian is not symmetric")
        }
        let eigenvalues: [Double]
        if n == 2 {
            let mean = (h[0][0] + h[1][1]) / 2, gap = sqrt(pow((h[0][0] - h[1][1]) / 2, 2) + h[0][1] * h[0][1])
            eigenvalues = [mean - gap, mean + gap]
        } else if (0..<n).allSatisfy({ i in (0..<n).allSatisfy { i == $0 || h[i][$0] == 0 } }) {
            eigenvalues = (0..<n).map { h[$0][$0] }
        } else {
            return .failed("\(method): eigenvalues of a \(n)×\(n) Hessian are not computed here")
        }
        guard let largest = eigenvalues.max(), eigenvalues.allSatisfy({ $0 > 0 }) else {
            return .failed("\(method): the quadratic is not convex in every direction")
        }
        var finding = Finding(.optimizerStep)
        finding.note(asked)
        finding.read("gradient", gradientPhrase)
        finding.read("largest Hessian eigenvalue", NormalizationReader.format(largest))
        return finding.finish(.fixedValue(2 / largest, name: "max_stable_learning_rate"))
    }

    /// The gradient as numbers or a formula affine in the weights, else a quadratic's written with a matrix.
    private static func formulaGradient(_ reading: PartReading, _ texts: [StatementText], dimension: Int) -> (Optimizer.AffineGradient, String, constant: Bool)? {
        gradient(texts, dimension: dimension) ?? matrixGradient(reading, texts, dimension: dimension).map { ($0.0, $0.1, false) }
    }

    /// Gradients given one per step, `g_1 = 0.5`, `g_2 = −0.2`, … (numbered from 1 without a gap,
    /// each a number or a vector of the weights' length), from the first text that gives `g_1`.
    static func givenGradients(_ texts: [StatementText], dimension: Int) -> (values: [[Double]], phrase: String)? {
        for text in texts {
            let bindings = MathScanner.bindings(in: text.text)
            // ("g1 = 0.5 and g2 = −0.2": a paste flattens the subscripts.)
            func named(_ k: Int) -> ValueBinding? { bindings.first { ["g_\(k)", "g_{\(k)}", "g\(k)"].contains($0.name) } }
            // (Counted from g_0, the first step's gradient is g_0: not read.)
            guard named(1) != nil, !bindings.contains(where: { ["g_0", "g_{0}", "g0"].contains($0.name) }) else { continue }
            var values: [[Double]] = [], phrases: [String] = []
            while let binding = named(values.count + 1) {
                if let number = binding.literal.number, dimension == 1 { values.append([number]) }
                else if let flat = binding.literal.flat, binding.literal.isNumeric, flat.count == dimension { values.append(flat) }
                else { return nil }
                phrases.append("\(binding.name) = \(ConvolutionReader.display(binding.literal.text))")
            }
            return values.isEmpty ? nil : (values, phrases.joined(separator: ", "))
        }
        // "step t 1 2 3" over "gradient g_t 0.2 −0.1 0.4": a table of one weight's gradients by
        // step, the steps counted 1, 2, 3, … and one gradient under each.
        guard dimension == 1 else { return nil }
        let number = #"[-−]?(?:\d+(?:\.\d+)?|\.\d+)"#
        for text in texts {
            // (A statement reaches the reader as one line: the rows follow each other.)
            guard let table = text.firstMatch(#"\b(?:steps?|iterations?)(?:\s+[tkn])?((?:\s+\d+)+)\s+(?:gradients?|g)(?:\s+g_?\{?[tkn]\}?)?((?:\s+"# + number + #")+)(?=\s*$|\s*\n|\.\s|[,;])"#) else { continue }
            let steps = table[1].split(separator: " ").compactMap { Int($0) }
            let gradients = table[2].split(separator: " ").compactMap { Double($0.replacingOccurrences(of: "−", with: "-")) }
            guard !steps.isEmpty, steps == Array(1...steps.count), gradients.count == steps.count else { continue }
            return (gradients.map { [$0] }, table[0].trimmingCharacters(in: .whitespacesAndNewlines).replacingOccurrences(of: "\n", with: "; "))
        }
        // "step t   gradient g_t" then "1   0.5", "2   −0.2": the same table in columns, a row per
        // step (a rule of dashes under the header).
        for text in texts {
            guard let table = text.firstMatch(#"\b(?:steps?|iterations?)(?:\s+[tkn])?\s+(?:gradients?|g)(?:\s+g_?\{?[tkn]\}?)?(?:\s+[-–—=]{3,})*((?:\s+\d+\s+"# + number + #")+)(?=\s*$|\s*\n|\.\s|[,;]|\s+[A-Za-z])"#) else { continue }
            let cells = table[1].split(whereSeparator: \.isWhitespace).map(String.init)
            guard cells.count % 2 == 0 else { continue }
            let steps = stride(from: 0, to: cells.count, by: 2).compactMap { Int(cells[$0]) }
            let gradients = stride(from: 1, to: cells.count, by: 2).compactMap { Double(cells[$0].replacingOccurrences(of: "−", with: "-")) }
            guard !steps.isEmpty, steps == Array(1...steps.count), gradients.count == steps.count else { continue }
            return (gradients.map { [$0] }, table[0].trimmingCharacters(in: .whitespacesAndNewlines).replacingOccurrences(of: "\n", with: "; "))
        }
        return nil
    }

    /// `w^{(0)} = (1, 1)`, "starts from w = (1, 1)", "initial weights (0.5, −1)".
    private static func start(_ texts: [StatementText]) -> ([Double], String)? {
        let patterns = [
            // ("w(0) = (1, 1)", "w0 = (1, 1)": a PDF paste's flattened superscript or subscript;
            // "w⁽⁰⁾ = (2, 1)": one written in Unicode superscripts.)
            #"(?:\bw|θ|\\theta|\btheta)\s*(?:\^\s*\{?\(\s*0\s*\)\}?|\(\s*0\s*\)|⁽⁰⁾|⁰|_\{?0\}?|₀|0)\s*=\s*"#,
            #"\bstart(?:s|ing)?\s+(?:from|at)\s+(?:w\s*=\s*|the point\s+|weights\s+)?"#,
            #"\binitial (?:weights?|point|parameters?|value)\s+(?:is\s+|are\s+|of\s+)?(?:w\s*=\s*)?"#,
            #"\b(?:gradient|weights are|currently)\s+at\s+w\s*=\s*"#,
        ]
        for text in texts {
            for pattern in patterns {
                for match in text.matches(pattern + #"(?<literal>[(\[].*)$"#) {
                    let rest = Array(match[1])
                    guard let literal = MathScanner.literal(rest, at: 0), let values = literal.flat else { continue }
                    return (values, literal.text)
                }
            }
        }
        // "A scalar parameter starts at θ_0 = 1.0": one weight, written as a number.
        for text in texts {
            // (Not "θ_0 = 1/2" or "w_0 = 2e-3", read short; nor θ_0 beside θ_1 = …, an intercept and a slope.)
            if text.firstMatch(#"(?:\bw|θ|\\theta|\btheta)\s*(?:_\{?1\}?|₁|1)\s*=\s*[-−]?\d"#) != nil { continue }
            if let match = text.firstMatch(patterns[0] + #"([-−]?\d+(?:\.\d+)?)(?![\d.]*\d|\s*[×x·^(\[/eE*+\-−])"#),
               let value = Double(match[1].replacingOccurrences(of: "−", with: "-")) {
                return ([value], match[1])
            }
        }
        return nil
    }

    /// PyTorch's Nesterov update written out: `w ← w − η(g + μv)`.
    static let pyTorchNesterovWritten = #"\bw\S*\s*(?:←|:=|=|<-|\\leftarrow)\s*w\S*\s*-\s*(?:η|\\eta|α|lr|eta)\s*\*?\s*\(\s*(?:g|∇\s*\w*\s*(?:\(\s*w\S*\s*\))?)\S*\s*\+\s*(?:μ|β|\\mu|\\beta|mu|beta)\s*\*?\s*v\S*\s*\)"#

    /// The gradient: numbers ("gradient g = (0.5, −1)", constant) or a formula affine in the
    /// weights ("∇f(w) = (w_1, 10 w_2)").
    private static func gradient(_ texts: [StatementText], dimension: Int) -> (Optimizer.AffineGradient, String, constant: Bool)? {
        for text in texts {
            let literal = #"([(\[][^()\[\]]*[)\]])"#
            // ("grad f(w) = [w1, 10*w2]": a plain-text handout's ∇.)
            guard let match = text.firstMatch(#"(?:∇|\\nabla|\bgrad\b)\s*[A-Za-z]*\s*(?:\(\s*[A-Za-z]+\s*\))?\s*=\s*"# + literal
                + #"|\bgradient\b(?:[^.;()\[\]]|[(\[][^()\[\]]*[)\]]){0,40}?\b(?:is|are|equals)\s+(?:g\s*=\s*)?"# + literal + #"|\bgradient\s+g\s*=\s*"# + literal)
            else { continue }
            let written = match[1...].first { !$0.isEmpty } ?? ""
            let characters = Array(written)
            if let literal = MathScanner.literal(characters, at: 0), literal.isNumeric, let values = literal.flat, values.count == dimension {
                return (.constant(values), ConvolutionReader.display(literal.text), true)
            }
            if let affine = affine(String(written.dropFirst().dropLast()), dimension: dimension) { return (affine, written, false) }
            // A parenthesis of prose ("(i.e. the gradient used is g + λw)") is no gradient; a
            // formula that is not affine is.
            if written.contains(where: { $0 == " " }), written.split(separator: " ").contains(where: { $0.count >= 3 && $0.allSatisfy(\.isLetter) }) { continue }
            return nil
        }
        // "Minimize L(w) = w_1^2 + 3w_2^2", "f(w) = 0.5 * (w1^2 + 4*w2^2)": the gradient of a loss
        // quadratic in each weight. (The formula runs on past a function's name: "+ log(1 + e^{w_1})"
        // makes it no quadratic.)
        for text in texts {
            guard let match = text.firstMatch(#"\b[LfJE]\s*\(\s*"# + Self.weightArguments + #"\s*\)\s*=\s*((?:1/2|½|0\.5)\s*[*·]?\s*\(([^()]*)\)|(?:[^()=,;]|\([^()=,;]*\))*?)(?=\s+(?!(?:log|ln|exp|sin|cos|tan|tanh|sqrt|max|min|abs)\b)[A-Za-z]{3,}|\s*[,;]|\.\s|\.?$)"#) else { continue }
            let half = !match[2].isEmpty
            let formula = half ? match[2] : match[1]
            guard let gradient = quadraticGradient(formula, scale: half ? 0.5 : 1, dimension: dimension)
                    ?? flattened(formula, dimension: dimension).flatMap({ quadraticGradient($0, scale: half ? 0.5 : 1, dimension: dimension) })
            else { continue }
            // A loss to minimize that is not convex in every weight is a garbled formula far more
            // often than a saddle ("L(w) = 2 w1 + 10 w2" pasted from ½w₁² + 5w₂²).
            guard Self.isPositiveDefinite(gradient.matrix) else { return nil }
            return (gradient, "∇ of " + match[0].trimmingSpaces, false)
        }
        return nil
    }

    /// "f(w) = ½ wᵀAw − bᵀw, … so that ∇f(w) = Aw − b" with A and b given as arrays: the gradient
    /// `A w ∓ b`, written out as ∇ of a named matrix times w, or read from the quadratic form when A
    /// is symmetric. Nil unless A is d × d and b has d entries.
    private static func matrixGradient(_ reading: PartReading, _ texts: [StatementText], dimension: Int) -> (Optimizer.AffineGradient, String)? {
        let vector = #"(?:\\mathbf\{)?w\}?"#
        let written = #"(?:∇|\\nabla)\s*[A-Za-z]*\s*(?:\(\s*"# + vector + #"\s*\))?\s*=\s*([A-Z])\s*"# + vector + #"(?:\s*([+-])\s*([a-z])\b)?(?![\w^(]|\s*[-+^(])"#
        let quadratic = #"\b[fLJ]\s*\(\s*"# + vector + #"\s*\)\s*=\s*(?:\\tfrac12|\\frac\{1\}\{2\}|½|1/2)\s*"# + vector + #"\s*\^?\s*(?:\\top|⊤|T|\{\\top\})\s*([A-Z])\s*"# + vector
            + #"(?:\s*([+-])\s*([a-z])\s*\^?\s*(?:\\top|⊤|T|\{\\top\})\s*"# + vector + #")?(?![\w^(]|\s*[-+^(])"#
        for (pattern, needsSymmetry) in [(written, false), (quadratic, true)] {
            for text in texts {
                guard let match = text.firstMatch(pattern),
                      let matrix = reading.array(named: match[1])?.binding.literal.grid,
                      matrix.count == dimension, matrix.allSatisfy({ $0.count == dimension }) else { continue }
                if needsSymmetry, !(0..<dimension).allSatisfy({ i in (0..<dimension).allSatisfy { matrix[i][$0] == matrix[$0][i] } }) { continue }
                var offset = [Double](repeating: 0, count: dimension)
                if !match[3].isEmpty {
                    guard let b = reading.array(named: match[3])?.binding.literal.flat, b.count == dimension else { continue }
                    offset = b.map { match[2] == "-" ? -$0 : $0 }
                }
                return (Optimizer.AffineGradient(matrix: matrix, offset: offset), match[0].trimmingSpaces)
            }
        }
        return nil
    }

    /// A loss's arguments: `w`, or the weights one by one, `w_1, w_2` (`w1, w2` pasted).
    static let weightArguments = #"(?:w|w_?\{?1\}?(?:\s*,\s*w_?\{?\d\}?)+)"#

    /// Whether a symmetric matrix is positive definite (a Cholesky factorization succeeds).
    static func isPositiveDefinite(_ matrix: [[Double]]) -> Bool {
        let n = matrix.count
        var lower = [[Double]](repeating: [Double](repeating: 0, count: n), count: n)
        for i in 0..<n {
            for j in 0...i {
                let sum = (0..<j).reduce(matrix[i][j]) { $0 - lower[i][$1] * lower[j][$1] }
                if i == j {
                    guard sum > 1e-12 else { return false }
                    lower[i][i] = sum.squareRoot()
                } else {
                    lower[i][j] = sum / lower[j][j]
                }
            }
        }
        return true
    }

    /// The gradient of `Σ c_i w_i^2 + Σ c_ij w_i w_j + Σ b_i w_i + c` (times `scale`):
    /// `(2 c_i w_i + Σ_j c_ij w_j + b_i)`; nil for any other formula (a product with a power, a
    /// power other than 1 or 2, an unknown name).
    static func quadraticGradient(_ formula: String, scale: Double, dimension: Int) -> Optimizer.AffineGradient? {
        let text = formula.replacingOccurrences(of: "−", with: "-").replacingOccurrences(of: "²", with: "^2").filter { $0 != " " && $0 != "{" && $0 != "}" && $0 != "\\" }
        guard !text.isEmpty else { return nil }
        var matrix = [[Double]](repeating: [Double](repeating: 0, count: dimension), count: dimension)
        var offset = [Double](repeating: 0, count: dimension)
        // (A shifted square "(w_1 − 1)^2" stands for a square and a linear term: its gradient is
        // 2(w_1 − 1).)
        // ("2w_1w_2": a product of two weights, whose gradient is 2w_2 in w_1 and 2w_1 in w_2.)
        let term = #/([+-]?)(\d*\.?\d*)(?:\*|·|cdot)?(?:w_?(\d+)(?:\^(\d))?(?:(?:\*|·|cdot)?w_?(\d+)(?:\^(\d))?)?|\(w_?(\d+)([+-]\d*\.?\d+)\)\^2)?/#
        var consumed = text.startIndex
        for piece in text.matches(of: term) where !piece.range.isEmpty {
            guard piece.range.lowerBound == consumed, consumed == text.startIndex || !piece.output.1.isEmpty else { return nil }
            consumed = piece.range.upperBound
            let sign = piece.output.1 == "-" ? -1.0 : 1.0
            let digits = String(piece.output.2)
            guard let coefficient = digits.isEmpty ? 1.0 : Double(digits) else { return nil }
            if let shifted = piece.output.7.flatMap({ Int($0) }) {
                guard shifted >= 1, shifted <= dimension, let shift = piece.output.8.flatMap({ Double($0) }) else { return nil }
                matrix[shifted - 1][shifted - 1] += 2 * sign * coefficient * scale
                offset[shifted - 1] += 2 * sign * coefficient * scale * shift
                continue
            }
            guard let index = piece.output.3.flatMap({ Int($0) }) else { continue }  // a constant: no gradient
            guard index >= 1, index <= dimension else { return nil }
            if let other = piece.output.5.flatMap({ Int($0) }) {
                // (A product with a power, "w_1^2 w_2", is no quadratic.)
                guard other >= 1, other <= dimension, piece.output.4 == nil, piece.output.6 == nil else { return nil }
                matrix[index - 1][other - 1] += sign * coefficient * scale
                matrix[other - 1][index - 1] += sign * coefficient * scale
                continue
            }
            switch piece.output.4.flatMap({ Int($0) }) ?? 1 {
            case 2: matrix[index - 1][index - 1] += 2 * sign * coefficient * scale
            case 1: offset[index - 1] += sign * coefficient * scale
            default: return nil
            }
        }
        guard consumed == text.endIndex else { return nil }
        return Optimizer.AffineGradient(matrix: matrix, offset: offset)
    }

    /// A loss pasted from a PDF, its scripts flattened onto the line: "(w1 − 1)2 + 5 w22" is
    /// `(w_1 − 1)^2 + 5 w_2^2` when the weights are w_1 … w_d (d ≤ 9), so a digit after a weight's
    /// index or after a closing parenthesis can only be the square. Nil when the formula has
    /// scripts of its own, when a digit after an index is not 2, and when a coefficient of two
    /// or more nonzero digits could be a stacked fraction ("21 w12" from ½ w₁²).
    static func flattened(_ formula: String, dimension: Int) -> String? {
        guard dimension <= 9, !formula.contains(where: { "_^²{}\\".contains($0) }) else { return nil }
        let text = formula.replacingOccurrences(of: "−", with: "-")
        if text.matches(of: #/[A-Za-z0-9.]+/#).contains(where: { $0.output.count >= 2 && $0.output.allSatisfy { "123456789".contains($0) } }) { return nil }
        var result = ""
        var index = text.startIndex
        while index < text.endIndex {
            let character = text[index]
            result.append(character)
            index = text.index(after: index)
            if character == "w", let digit = text[index...].first, let weight = digit.wholeNumberValue, (1...dimension).contains(weight) {
                result.append("_\(digit)")
                index = text.index(after: index)
                if let power = text[index...].first, power.isNumber {
                    guard power == "2" else { return nil }
                    result.append("^2")
                    index = text.index(after: index)
                }
            } else if character == ")", let power = text[index...].first, power.isNumber {
                guard power == "2" else { return nil }
                result.append("^2")
                index = text.index(after: index)
            }
        }
        return result
    }

    /// Components such as `w_1`, `10 w_2`, `2w_1 − w_2 + 3`: each a sum of a constant and
    /// multiples of `w_i` (1-based); nil for anything else.
    static func affine(_ inner: String, dimension: Int) -> Optimizer.AffineGradient? {
        // ("(2w₁, 8w₂)": subscript digits are the weights' indices.)
        let subscripts: [Character: Character] = ["₀": "0", "₁": "1", "₂": "2", "₃": "3", "₄": "4", "₅": "5", "₆": "6", "₇": "7", "₈": "8", "₉": "9"]
        let components = inner.split(separator: ",").map {
            String(String($0).replacingOccurrences(of: "−", with: "-").filter { $0 != " " && $0 != "\\" }.map { subscripts[$0] ?? $0 })
        }
        guard components.count == dimension else { return nil }
        var matrix: [[Double]] = []
        var offset: [Double] = []
        for component in components {
            var row = [Double](repeating: 0, count: dimension)
            var constant = 0.0
            let terms = #/([+-]?)(\d*\.?\d*)(?:[*·]|cdot)?(?:w_?\{?(\d+)\}?)?/#
            var consumed = component.startIndex
            for term in component.matches(of: terms) where !term.range.isEmpty {
                // Terms follow one another only after a sign ("w_1 w_2" is a product).
                guard term.range.lowerBound == consumed,
                      consumed == component.startIndex || !term.output.1.isEmpty else { return nil }
                consumed = term.range.upperBound
                let sign = term.output.1 == "-" ? -1.0 : 1.0
                let digits = String(term.output.2)
                // (An index that is no plain number is no index: never a constant term.)
                if let written = term.output.3, Int(written) == nil { return nil }
                let index = term.output.3.flatMap { Int($0) }
                let coefficient = digits.isEmpty ? 1.0 : Double(digits)
                guard let coefficient else { return nil }
                if let index {
                    guard index >= 1, index <= dimension else { return nil }
                    row[index - 1] += sign * coefficient
                } else {
                    guard !digits.isEmpty else { return nil }
                    constant += sign * coefficient
                }
            }
            guard consumed == component.endIndex, !component.isEmpty else { return nil }
            matrix.append(row)
            offset.append(constant)
        }
        return Optimizer.AffineGradient(matrix: matrix, offset: offset)
    }

    /// The number after `pattern` (decimal, `10^{−8}`, `1e-8`) in the first text that states
    /// one, with the phrase.
    /// Adam's β₁, β₂ and ε as a text writes each before its value.
    static let adamSettingNames = [#"(?:β_?1|β_\{1\}|\\beta_1|beta1)\s*=\s*"#, #"(?:β_?2|β_\{2\}|\\beta_2|beta2)\s*=\s*"#, #"(?:ϵ|ε|\\epsilon|\\varepsilon|eps)\s*=\s*"#]

    static func value(_ texts: [StatementText], _ pattern: String) -> (Double, String)? {
        for text in texts {
            guard let match = text.firstMatch("(?:" + pattern + ")" + #"(10\^\{?-?\d+\}?|\d+(?:\.\d+)?(?:\s*[×x]\s*10\^\{?-?\d+\}?|[eE]-?\d+)?)((?:\s*[×x]\s*10)?(?:\s?[−-]\s?\d+)?)"#),
                  let number = scientific(match[1]) else { continue }
            // "ϵ = 10−8" pasted from a PDF: the exponent's caret lost, its minus kept. Another
            // number run into a minus and digits is not read.
            if !match[2].isEmpty {
                // ("2 × 10−5": the mantissa, then the power.)
                let scaled = match[2].contains("10")
                let exponentText = scaled ? String(match[2].drop(while: { $0 != "−" && $0 != "-" })) : match[2]
                guard scaled || match[1] == "10", case let digits = exponentText.filter(\.isNumber), !digits.isEmpty,
                      exponentText.contains(where: { $0 == "−" || $0 == "-" }), let exponent = Double(digits) else { return nil }
                return ((scaled ? number : 1) * pow(10, -exponent), match[0])
            }
            return (number, match[0])
        }
        return nil
    }

    static func scientific(_ text: String) -> Double? {
        let plain = text.filter { $0 != " " && $0 != "{" && $0 != "}" }
        if let value = Double(plain) { return value }
        if let match = plain.wholeMatch(of: #/(?:(\d+(?:\.\d+)?)[×x])?10\^(-?\d+)/#), let exponent = Double(match.output.2) {
            return (match.output.1.flatMap { Double($0) } ?? 1) * pow(10, exponent)
        }
        return nil
    }
}
