import Foundation

/// Reads a step learning-rate schedule: "starts at η = 0.1 and multiplies the learning rate by
/// 0.5 every 10 epochs (epochs are counted from 0) … What learning rate is used during epoch
/// 25?" — η₀ · γ^⌊(e − e₀)/k⌋. When the text does not say whether epochs count from 0 or 1, the
/// rate is given only if both countings agree.
enum ScheduleReader {
    static func read(_ reading: PartReading) -> Attempt {
        // ("Same base learning rate, but with CosineAnnealingLR(…)": the rate of the part before.)
        // ("Same base learning rate as in (a)": that part.)
        let same = reading.part.firstMatch(#"\bsame (?:base |initial |starting )?(?:learning rate|lr)\b(?:\s+as\s+(?:in\s+)?(?:part\s+)?\(([a-z])\))?"#)
        let before = same.flatMap { same in
            same[1].isEmpty ? reading.segments.prefix { $0.label != reading.ownLabel }.last { $0.label != nil }?.text
                : reading.segments.first { $0.label == same[1] }?.text
        }
        let text = StatementText(reading.part.text + " " + reading.problemStatement.text + (before.map { " " + $0 } ?? ""))
        // "What is the learning rate after scheduler.step() has been called 35 times?": the
        // scheduler's own count, t = 35 from t = 0, whatever the epochs' numbering.
        if let calls = reading.part.firstMatch(#"\bafter\s+(\d+)\s+calls?\s+to\s+`?(?:scheduler|sched|lr_scheduler)\.step\(\)|\b(?:scheduler|sched|lr_scheduler)\.step\(\)`?\s+(?:has been|is|was) called\s+(\d+)\s+times\b"#),
           reading.part.firstMatch(#"\blearning rate\b|\blr\b"#) != nil, let count = Int(calls[1]) ?? Int(calls[2]) {
            return frameworkCall(reading.part, in: text, own: reading.ownLabel, epoch: count, asked: calls[0], counted: true)
                ?? .failed("schedule: '\(calls[0])' of a scheduler not read")
        }
        // (The epoch of the part's question: "(… the first halving happens at epoch 10.) What is the
        // learning rate during epoch 25?" asks of 25.)
        let askedPattern = #"\blearning rate\b[^.?]*\b(?:epoch|step|iteration) (?:t\s*=\s*)?(\d+)\b|\b(?:epoch|step|iteration) (?:t\s*=\s*)?(\d+)\b[^.?]*\blearning rate\b"#
        let questions = reading.part.sentences.filter { $0.trimmingSpaces.hasSuffix("?") }.reversed()
        guard let asked = questions.lazy.compactMap({ StatementText($0).firstMatch(askedPattern) }).first ?? reading.part.firstMatch(askedPattern),
              let epoch = Int(asked[1]) ?? Int(asked[2]) else { return .notApplicable }
        if let warmUp = linearWarmUp(reading.part, step: epoch, asked: asked[0]) { return warmUp }
        if let milestones = milestones(text, epoch: epoch, asked: asked[0]) { return milestones }
        if let call = frameworkCall(reading.part, in: text, own: reading.ownLabel, epoch: epoch, asked: asked[0]) { return call }
        // "… multiplies it by 0.5 every 10 epochs", "… halves the learning rate every 30 epochs",
        // "… divides it by 10 every 20 epochs".
        // ("… and halves it every ten epochs": the period in words too.)
        let decay = #"\b(?:(?:multiplie[sd]|scale[sd]|decay(?:s|ed)?)\b[^.]*?\bby (?:a factor of )?(\d*\.?\d+)|(halve[sd]?|halving)\b[^.]*?|divide[sd]?\b[^.]*?\bby (\d+(?:\.\d+)?)) every (\d+|"# + NumberWords.pattern + #") (epochs|steps|iterations)\b"#
        // ("The base learning rate is 0.1 …" then "StepLR: the rate is multiplied by 0.5 every 10
        // epochs": the start and the decay stated apart, each once.)
        let apart: [String]? = {
            let bases = text.matches(#"\b(?:base|initial|starting) (?:learning )?rate (?:is |of |=\s*)(?:η\s*=\s*|η_0\s*=\s*)?(\d*\.?\d+)\b"#)
            let decays = text.matches(decay)
            // (Only one run: "Run A uses a base learning rate of 0.2; Run B starts from 0.05" is two.)
            guard bases.count == 1, decays.count == 1,
                  text.firstMatch(#"\bstarts? (?:from|at)\b|\bruns? [A-Z0-9]\b|\b(?:second|another|other) (?:run|schedule|model)\b"#) == nil else { return nil }
            return [decays[0][0], bases[0][1]] + Array(decays[0][1...])
        }()
        guard let rule = text.firstMatch(#"\b(?:starts?|begins?) at (?:η\s*=\s*|η_0\s*=\s*|a learning rate of\s+)?(\d*\.?\d+)[^.]*?"# + decay) ?? apart,
              let initial = Double(rule[1]), let every = Int(rule[5]) ?? NumberWords.value(rule[5].lowercased()), every > 0 else {
            return .notApplicable
        }
        // ("A second run starts at 0.2 and multiplies it by 0.1 every one hundred epochs": a part
        // that states its own schedule is not answered with its problem's.)
        if !reading.part.text.contains(rule[0]), reading.part.firstMatch(#"\b(?:starts?|begins?) at\b|\bevery\b[^.?]*\b(?:epochs|steps|iterations)\b"#) != nil {
            return .failed("schedule: the part states a schedule of its own that is not read")
        }
        let factor: Double
        if let multiplier = Double(rule[2]) {
            // ("decays by a factor of 10": a divisor written as a factor; not read.)
            guard multiplier > 0, multiplier <= 1 else { return .failed("schedule: a factor of \(rule[2]) for a decay") }
            factor = multiplier
        } else if !rule[3].isEmpty {
            factor = 0.5
        } else if let divisor = Double(rule[4]), divisor >= 1 {
            factor = 1 / divisor
        } else {
            return .notApplicable
        }
        var finding = Finding(.optimizerStep)
        finding.note(rule[0])
        finding.note(asked[0])
        finding.read("schedule", "\(RealValue.format(initial)) × \(RealValue.format(factor)) every \(every) \(rule[6])")
        return stepped(initial: initial, factor: factor, every: every, epoch: epoch, text: text, finding)
    }

    /// η₀ · γ^⌊(e − e₀)/k⌋ at epoch `epoch`, counting from the first epoch the text states
    /// ("counted from 0", "epochs are numbered from 0", "t = 0, 1, …"), else only when both
    /// countings agree.
    private static func stepped(initial: Double, factor: Double, every: Int, epoch: Int, text: StatementText, _ finding: Finding,
                                counted: Bool = false) -> Attempt {
        var finding = finding
        let found = atEpoch(epoch, text: text, &finding, outside: "is before the first", counted: counted) { first in
            epoch >= first ? decayed(initial, by: factor, times: (epoch - first) / every) : nil
        }
        switch found {
        case .success(let value): return finding.finish(.fixedValue(value, name: "step_schedule"))
        case .failure(let refusal): return .failed(refusal.reason)
        }
    }

    /// A schedule's rate at `epoch`, given by `rate(first)` for epochs counted from `first`:
    /// from the first epoch the text states ("counted from 0", "numbered t = 0, 1, …"), else
    /// only when both countings agree. A failure names why (`outside` when the rate is undefined).
    /// (`counted`: the epoch is a count of the scheduler's steps, from 0.)
    private static func atEpoch(_ epoch: Int, text: StatementText, _ finding: inout Finding, outside: String, counted: Bool = false,
                                rate: (Int) -> Double?) -> Result<Double, Refusal> {
        if counted {
            guard let found = rate(0) else { return .failure(Refusal("schedule: step \(epoch) \(outside)")) }
            finding.read("steps", "\(epoch) calls, from t = 0")
            return .success(found)
        }
        let base = text.firstMatch(#"\b(?:counted|counting epochs|numbered|indexed) from (0|1|zero|one)\b|\bstarting (?:at|from) (?:epoch )?(0|1)\b|\bnumbered (?:(?:t|e)\s*=\s*)?(0|1)\s*,"#)
        guard let base else {
            guard let zero = rate(0), let one = rate(1), zero == one else {
                return .failure(Refusal("schedule: whether epochs count from 0 or 1 changes the rate at epoch \(epoch)"))
            }
            return .success(zero)
        }
        let first = ["0", "zero"].contains(base[1].lowercased()) || base[2] == "0" || base[3] == "0" ? 0 : 1
        guard let found = rate(first) else { return .failure(Refusal("schedule: epoch \(epoch) \(outside)")) }
        finding.read("first epoch", "\(first)", from: base[0])
        return .success(found)
    }

    /// Why a schedule's rate is not given.
    private struct Refusal: Error {
        let reason: String
        init(_ reason: String) { self.reason = reason }
    }

    /// `initial` multiplied by `factor` `times` times, rounded at 10⁻¹² (0.1 · 0.5² is 0.025,
    /// not 0.025000000000000005).
    private static func decayed(_ initial: Double, by factor: Double, times: Int) -> Double {
        var value = initial
        for _ in 0..<times { value *= factor }
        return (value * 1e12).rounded() / 1e12
    }

    /// `StepLR(opt, step_size=10, gamma=0.5)` (its underscore lost in pasting, "step size=10")
    /// in the part, stepped once per epoch, from the one initial learning rate the text states.
    /// A scheduler stepped per iteration or batch is not read.
    private static func frameworkCall(_ part: StatementText, in text: StatementText, own: String?, epoch: Int, asked: String,
                                      counted: Bool = false) -> Attempt? {
        // (Or its arguments in prose: "StepLR with initial learning rate 0.1, step_size=30 and gamma=0.5".)
        if let cosine = part.firstMatch(#"\bCosineAnnealingLR\s*\(([^()]*)\)"#) {
            return cosineAnnealing(cosine, own: own, text: text, epoch: epoch, asked: asked, counted: counted)
        }
        guard let call = part.firstMatch(#"\bStepLR\s*\([^()]*?\bstep[_ ]size\s*=\s*(\d+)\s*,\s*gamma\s*=\s*(\d*\.?\d+)\s*\)|\bStepLR\b(?:[^.?;()]|\.\d)*?\bstep[_ ]size\s*=\s*(\d+)\b(?:[^.?;()]|\.\d)*?\bgamma\s*=\s*(\d*\.?\d+)"#),
              let every = Int(call[1]) ?? Int(call[3]), every > 0, let factor = Double(call[2]) ?? Double(call[4]) else { return nil }
        // (A count of the scheduler's own steps does not care what one step is.)
        if !counted, let other = perIteration(text, own: own) { return .failed("schedule: the scheduler is stepped '\(other)', not per epoch") }
        if let chained = text.firstMatch(#"\bwarm[- ]?up\b|\bwarmed[- ]up\b|\bSequentialLR\b|\bLinearLR\b|\bChainedScheduler\b"#) {
            return .failed("schedule: '\(chained[0])' changes the steps")
        }
        guard let initial = initialRate(text) else { return .failed("schedule: one initial learning rate is not stated") }
        // ("the initial rate of 0.2 is halved by hand before training starts": not the rate it starts from.)
        if let changed = text.firstMatch(#"\b(?:initial|base|starting) (?:learning )?rate\b(?:[^.;]|\.\d)*\b(?:is|are|gets|was|were)\s+(?:first\s+)?(?:halved|doubled|tripled|scaled|multiplied|divided|reduced|increased|changed|lowered|raised)\b"#) {
            return .failed("schedule: '\(changed[0])' changes the initial rate")
        }
        var finding = Finding(.optimizerStep)
        finding.note(call[0])
        finding.note(asked)
        finding.read("schedule", "\(RealValue.format(initial)) × \(RealValue.format(factor)) every \(every) epochs", from: call[0])
        return stepped(initial: initial, factor: factor, every: every, epoch: epoch, text: text, finding, counted: counted)
    }

    /// A phrase saying the scheduler is stepped per iteration or batch, unless it names another
    /// part ("stepped once per epoch (once per iteration in part c)").
    private static func perIteration(_ text: StatementText, own: String?) -> String? {
        for match in text.matches(#"\b(?:per|every|each|once per|after each) (?:iteration|batch|mini-?batch|optimizer step)\b(?:[^.;()]{0,20}?\b(?:in|for) part\s*\(?([a-z])\)?)?"#) {
            if !match[1].isEmpty, match[1].lowercased() != own { continue }
            return match[0]
        }
        return nil
    }

    /// The one initial learning rate the text states ("initial learning rate 0.1", "The base
    /// learning rate is 0.1", "η_0 = 0.1", "lr=0.1"); nil when none or two differ.
    private static func initialRate(_ text: StatementText) -> Double? {
        // ("The learning rate starts at 0.1", "eta_0 = 0.1" in plain text.)
        let stated = text.matches(#"\b(?:initial|base|starting) (?:learning )?rate (?:of |is |=\s*)?(?:η(?:_0)?\s*=\s*)?\$?(\d*\.?\d+)|\bη_?0\s*=\s*(\d*\.?\d+)|\blr\s*=\s*(\d*\.?\d+)|\blearning rate (?:starts|begins) (?:at|from) (\d*\.?\d+)|\beta_?0\s*=\s*(\d*\.?\d+)"#)
            .compactMap { match in (1...5).lazy.compactMap { Double(match[$0]) }.first }
        guard let initial = stated.first, stated.allSatisfy({ $0 == initial }) else { return nil }
        return initial
    }

    /// `CosineAnnealingLR(opt, T_max=100, eta_min=0)` stepped once per epoch: η_min + ½(η₀ −
    /// η_min)(1 + cos(π t / T_max)) at the scheduler's step t, the epoch counted from 0. When
    /// the text does not say how epochs are counted, only if both countings agree. Its keywords
    /// in any order; another keyword, or a warm-up or chained scheduler in the text, is not read.
    private static func cosineAnnealing(_ call: [String], own: String?, text: StatementText, epoch: Int, asked: String, counted: Bool = false) -> Attempt {
        let arguments = call[1].split(separator: ",").map { $0.trimmingCharacters(in: .whitespaces) }
        var keywords: [String: String] = [:]
        for argument in arguments.dropFirst() {
            let pair = argument.split(separator: "=", maxSplits: 1).map { $0.trimmingCharacters(in: .whitespaces).replacingOccurrences(of: " ", with: "_") }
            guard pair.count == 2, ["T_max", "eta_min"].contains(pair[0]) else { return .failed("schedule: '\(argument)' in \(call[0]) is not read") }
            keywords[pair[0]] = pair[1]
        }
        guard let period = keywords["T_max"].flatMap({ Int($0) }), period > 0 else { return .failed("schedule: \(call[0]) without a whole T_max") }
        if let chained = text.firstMatch(#"\bwarm[- ]?up\b|\bSequentialLR\b|\bLinearLR\b|\bChainedScheduler\b|\brestarts?\b"#) {
            return .failed("schedule: '\(chained[0])' changes the cosine")
        }
        if !counted, let other = perIteration(text, own: own) { return .failed("schedule: the scheduler is stepped '\(other)', not per epoch") }
        guard let initial = initialRate(text) else { return .failed("schedule: one initial learning rate is not stated") }
        guard let floor = keywords["eta_min"].map({ Double($0) }) ?? 0 else { return .failed("schedule: eta_min is not a number") }
        func rate(_ step: Int) -> Double? {
            guard step >= 0, step <= period else { return nil }
            let value = floor + 0.5 * (initial - floor) * (1 + cos(Double.pi * Double(step) / Double(period)))
            return (value * 1e12).rounded() / 1e12
        }
        var finding = Finding(.optimizerStep)
        finding.note(call[0])
        finding.note(asked)
        finding.read("schedule", "cosine from \(RealValue.format(initial)) to \(RealValue.format(floor)) over \(period) epochs", from: call[0])
        switch atEpoch(epoch, text: text, &finding, outside: "is outside the cosine's period", counted: counted, rate: { first in rate(epoch - first) }) {
        case .success(let value): return finding.finish(.fixedValue(value, name: "cosine_schedule"))
        case .failure(let refusal): return .failed(refusal.reason)
        }
    }

    /// "multiplies the learning rate by 0.1 at epochs 30 and 60, starting from η = 0.05": the
    /// initial rate times the factor once per milestone passed. An epoch next to a milestone
    /// (where counting from 0 or 1, or "at" meaning before or after, changes the answer) is
    /// not answered.
    private static func milestones(_ text: StatementText, epoch: Int, asked: String) -> Attempt? {
        guard let rule = text.firstMatch(#"\b(?:multiplie[sd]|scale[sd]|decay(?:s|ed)?|drops?|reduce[sd]?)\b[^.]*?\bby (?:a factor of )?(\d*\.?\d+) (?:at|after) (?:the )?(?:epochs?|steps?|iterations?) (\d+(?:\s*(?:,|and|,\s*and)\s*\d+)*)"#),
              let factor = Double(rule[1]) else { return nil }
        let marks = rule[2].split(whereSeparator: { !$0.isNumber }).compactMap { Int($0) }
        guard !marks.isEmpty, marks == marks.sorted() else { return .failed("schedule: milestones '\(rule[2])' not in order") }
        guard let start = text.firstMatch(#"\b(?:start(?:s|ing)?|begins?|beginning) (?:at|from|with) (?:η\s*=\s*|η_0\s*=\s*|\\eta\s*=\s*|a learning rate of\s+|the learning rate\s+)?(\d*\.?\d+)\b|\binitial learning rate (?:of |is )?(?:η\s*=\s*)?(\d*\.?\d+)\b"#),
              let initial = Double(start[1]) ?? Double(start[2]) else { return .failed("schedule: the initial learning rate is not stated") }
        if marks.contains(where: { abs($0 - epoch) <= 1 }) {
            return .failed("schedule: epoch \(epoch) is next to a milestone, where the counting convention decides")
        }
        var finding = Finding(.optimizerStep)
        finding.note(rule[0])
        finding.note(asked)
        let value = decayed(initial, by: factor, times: marks.filter { $0 < epoch }.count)
        finding.read("schedule", "\(RealValue.format(initial)) × \(RealValue.format(factor)) at \(marks.map(String.init).joined(separator: ", "))", from: start[0])
        return finding.finish(.fixedValue(value, name: "step_schedule"))
    }

    /// "linear warm-up from 0 to a peak learning rate of 3 × 10^{-4} over the first 500 steps …
    /// What is the learning rate at step 200?": the start plus the share of the rise, at a step
    /// within the warm-up (beyond it, what follows is another schedule's). Nil when the part
    /// states no such warm-up.
    private static func linearWarmUp(_ part: StatementText, step: Int, asked: String) -> Attempt? {
        let number = #"(\d*\.?\d+(?:\s*[×x*]\s*10\s*\^\s*\{?\s*[-−]?\d+\s*\}?|[eE][-−]?\d+)?)"#
        guard let warm = part.firstMatch(#"\blinear(?:ly)?\s+warm[- ]?up\b[^.?]*?\bfrom\s+"# + number + #"\s+to\s+(?:a\s+|the\s+)?(?:peak|maximum|max|target|base)?\s*(?:learning rate|lr)?\s*(?:of\s+|η_?\{?(?:peak|max)\}?\s*=\s*)?"# + number + #"\s+over\s+(?:the\s+first\s+)?(\d+)\s+(steps|iterations|epochs)\b"#) else { return nil }
        guard let start = scientific(warm[1]), let peak = scientific(warm[2]), let length = Int(warm[3]), length > 0,
              asked.lowercased().contains(warm[4].lowercased().dropLast()) else {
            return .failed("warm-up: '\(warm[0])' not read")
        }
        guard step <= length else { return .failed("warm-up: step \(step) is past the \(length)-step warm-up, and what follows is not read") }
        // (A rate the part changes or scales, for one layer or under accumulation, or a formula of
        // its own other than peak · t / N, is not this one.)
        if let change = part.firstMatch(#"\b(?:if|when|multipl\w*|scal\w*|doubl\w*|halv\w*|tripl\w*|heads?|layers?|groups?|accumulat\w*|micro-?batch\w*|every \d+|times|factor|instead|except|but)\b|\(\s*t\s*[+−-]\s*\d+\s*\)|\bt\s*[+−-]\s*\d"#) {
            return .failed("warm-up: '\(change[0])' changes the schedule")
        }
        var finding = Finding(.optimizerStep)
        finding.note(asked)
        finding.read("warm-up", "\(RealValue.format(start)) → \(RealValue.format(peak)) over \(length) \(warm[4])", from: warm[0])
        return finding.finish(.fixedValue(start + (peak - start) * Double(step) / Double(length), name: "linear_warmup"))
    }

    /// "3 × 10^{-4}", "3e-4", "0.1": a number, perhaps in scientific notation.
    private static func scientific(_ text: String) -> Double? {
        let plain = text.replacingOccurrences(of: "−", with: "-")
        if let value = Double(plain) { return value }
        guard let match = plain.firstMatch(of: #/^(\d*\.?\d+)\s*[×x*]\s*10\s*\^\s*\{?\s*(-?\d+)\s*\}?$/#),
              let mantissa = Double(match.output.1), let exponent = Double(match.output.2) else { return nil }
        return mantissa * pow(10, exponent)
    }
}
