/// Reads a step learning-rate schedule: "starts at η = 0.1 and multiplies the learning rate by
/// 0.5 every 10 epochs (epochs are counted from 0) … What learning rate is used during epoch
/// 25?" — η₀ · γ^⌊(e − e₀)/k⌋. When the text does not say whether epochs count from 0 or 1, the
/// rate is given only if both countings agree.
enum ScheduleReader {
    static func read(_ reading: PartReading) -> Attempt {
        let text = StatementText(reading.part.text + " " + reading.problemStatement.text)
        guard let asked = reading.part.firstMatch(#"\blearning rate\b[^.?]*\b(?:epoch|step|iteration) (\d+)\b|\b(?:epoch|step|iteration) (\d+)\b[^.?]*\blearning rate\b"#),
              let epoch = Int(asked[1]) ?? Int(asked[2]),
              let rule = text.firstMatch(#"\b(?:starts?|begins?) at (?:η\s*=\s*|η_0\s*=\s*|a learning rate of\s+)?(\d*\.?\d+)[^.]*?\b(?:multiplie[sd]|scale[sd]|decay(?:s|ed)?)\b[^.]*?\bby (?:a factor of )?(\d*\.?\d+) every (\d+) (epochs|steps|iterations)\b"#),
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
            return value
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
}
