/// Reads a step learning-rate schedule: "starts at η = 0.1 and multiplies the learning rate by
/// 0.5 every 10 epochs (epochs are counted from 0) … What learning rate is used during epoch
/// 25?" — η₀ · γ^⌊(e − e₀)/k⌋. When the text does not say whether epochs count from 0 or 1, the
/// rate is given only if both countings agree.
enum ScheduleReader {
    static func read(_ reading: PartReading) -> Attempt {
        let text = StatementText(reading.part.text + " " + reading.problemStatement.text)
        guard let asked = reading.part.firstMatch(#"\blearning rate\b[^.?]*\b(?:epoch|step|iteration) (\d+)\b|\b(?:epoch|step|iteration) (\d+)\b[^.?]*\blearning rate\b"#),
              let epoch = Int(asked[1]) ?? Int(asked[2]) else { return .notApplicable }
        if let milestones = milestones(text, epoch: epoch, asked: asked[0]) { return milestones }
        guard let rule = text.firstMatch(#"\b(?:starts?|begins?) at (?:η\s*=\s*|η_0\s*=\s*|a learning rate of\s+)?(\d*\.?\d+)[^.]*?\b(?:multiplie[sd]|scale[sd]|decay(?:s|ed)?)\b[^.]*?\bby (?:a factor of )?(\d*\.?\d+) every (\d+) (epochs|steps|iterations)\b"#),
              let initial = Double(rule[1]), let factor = Double(rule[2]), let every = Int(rule[3]), every > 0 else {
            return .notApplicable
        }
        var finding = Finding(.optimizerStep)
        finding.note(rule[0])
        finding.note(asked[0])
        let base = text.firstMatch(#"\bcounted from (0|1|zero|one)\b|\bstarting (?:at|from) (?:epoch )?(0|1)\b"#)
        func rate(from first: Int) -> Double? {
            guard epoch >= first else { return nil }
            var value = initial
            for _ in 0..<((epoch - first) / every) { value *= factor }
            return (value * 1e12).rounded() / 1e12
        }
        let value: Double
        if let base {
            let first = ["0", "zero"].contains(base[1].lowercased()) || base[2] == "0" ? 0 : 1
            guard let found = rate(from: first) else { return .failed("schedule: epoch \(epoch) is before the first") }
            finding.read("first epoch", "\(first)", from: base[0])
            value = found
        } else {
            guard let zero = rate(from: 0), let one = rate(from: 1), zero == one else {
                return .failed("schedule: whether epochs count from 0 or 1 changes the rate at epoch \(epoch)")
            }
            value = zero
        }
        finding.read("schedule", "\(RealValue.format(initial)) × \(RealValue.format(factor)) every \(every) \(rule[4])")
        return finding.finish(.fixedValue(value, name: "step_schedule"))
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
        let passed = marks.filter { $0 < epoch }.count
        var value = initial
        for _ in 0..<passed { value *= factor }
        value = (value * 1e12).rounded() / 1e12
        finding.read("schedule", "\(RealValue.format(initial)) × \(RealValue.format(factor)) at \(marks.map(String.init).joined(separator: ", "))", from: start[0])
        return finding.finish(.fixedValue(value, name: "step_schedule"))
    }
}
