import Foundation
import Grade
import Solve
import TestSupport

/// Renders chat transcripts from a verdict plan, in many styles: speaker markers, problem
/// and part labels, answer formats, distractors (the pasted problem, intermediate values,
/// wrong first attempts with corrections, summary tables). The expected verdict of every
/// part is known by construction.
struct GeneratedTranscripts {
    /// What the transcript should make of a part.
    enum Plan: CaseIterable {
        case correct, incorrect, missing, unclear, corrected
        var verdict: Verdict.Kind {
            switch self {
            case .correct, .corrected: .correct
            case .incorrect: .incorrect
            case .missing: .missing
            case .unclear: .unclear
            }
        }
    }

    /// One generated case.
    struct Case {
        var text: String
        var plans: [String: Plan]
        var style: String
    }

    /// The problem set: ids and key answers of every kind.
    static let ids = ["1a", "1b", "1c", "2a", "2b", "2c", "3"]
    static let key: [String: Answer] = [
        "1a": .integer(73856),
        "1b": .real(RealValue(3.125, exact: "25/8")),
        "1c": .vector([2, -1, 3]),
        "2a": .matrix([[6, 5], [7, 8]]),
        "2b": .shape(dimensions: [16, 32, 32], layout: "CHW"),
        "2c": .choice("B"),
        "3": .text("false"),
    ]

    var random: SplitMix

    init(seed: UInt64) { random = SplitMix(seed: seed) }

    static let turnStyles: [(user: String, assistant: String)] = [
        ("User:", "Assistant:"), ("**User:**", "**Assistant:**"), ("#### You:", "#### ChatGPT:"),
        ("## 👤 User · 2025-03-02 14:11", "## 🤖 Assistant · 2025-03-02 14:12"), ("Human:", "Claude:"),
        ("You said:", "ChatGPT said:"), ("You:", "ChatGPT:"), ("### User", "### Assistant"),
    ]
    static let problemStyles = ["## Problem %@", "**Problem %@.**", "### Question %@", "## %@. Part %@ of the sheet", "Problem %@:", "## Exercise %@"]
    static let partStyles = ["### (%@)", "**(%@)**", "(%@)", "%@)", "**Part (%@):**", "%P(%@)", "**%P%@.**", "Q%P%@:", "%P%@)"]

    mutating func pick<T>(_ items: [T]) -> T { items[random.next(items.count)] }

    /// A case with a random style and plan.
    mutating func make() -> Case {
        let turns = pick(Self.turnStyles)
        let problemStyle = pick(Self.problemStyles)
        let partStyle = pick(Self.partStyles)
        var plans: [String: Plan] = [:]
        for id in Self.ids { plans[id] = pick(Plan.allCases) }
        var lines: [String] = []
        lines.append(turns.user)
        lines.append("Please solve homework 4. Problem 1: a layer has 64 inputs and 128 outputs with 3 × 3 kernels. (a) How many weights? (b) Compute 25/8. (c) Solve for w. Problem 2: (a) max pooling of a 4 × 4 map (b) output shape for 32 × 32 input (c) which option? (A) 12 (B) 16 (C) 20. Problem 3: true or false?")
        lines.append("")
        lines.append(turns.assistant)
        lines.append("Sure, here are the answers.")
        lines.append("")
        var summary: [(String, String)] = []
        for problem in ["1", "2", "3"] {
            let title = problemStyle.replacingOccurrences(of: "%@", with: problem)
            lines.append(title)
            lines.append("")
            let parts = Self.ids.filter { PartLabel.problem($0) == problem }
            for id in parts {
                let plan = plans[id]!
                let letter = String(id.dropFirst(problem.count))
                if !letter.isEmpty {
                    let label = partStyle.replacingOccurrences(of: "%P", with: problem).replacingOccurrences(of: "%@", with: letter)
                    lines.append(label)
                }
                lines.append(contentsOf: body(id: id, plan: plan))
                lines.append("")
                if plan == .correct || plan == .corrected, random.next(4) == 0 { summary.append((id, render(Self.key[id]!, id: id))) }
            }
        }
        if !summary.isEmpty {
            lines.append("| Part | Answer |")
            lines.append("|---|---|")
            for (id, value) in summary { lines.append("| \(id) | \(value) |") }
        }
        return Case(text: lines.joined(separator: "\n"), plans: plans, style: "\(turns.user) / \(problemStyle) / \(partStyle)")
    }

    /// The text of one part.
    mutating func body(id: String, plan: Plan) -> [String] {
        let key = Self.key[id]!
        switch plan {
        case .correct:
            return intermediate(id) + [final(render(key, id: id))]
        case .incorrect:
            return intermediate(id) + [final(render(wrong(key), id: id))]
        case .missing:
            return [pick(["I can't read this part of the screenshot; could you paste it again?", "I'll skip this one for now.",
                          "This part depends on a figure that did not come through."])]
        case .unclear:
            let a = render(key, id: id), b = render(wrong(key), id: id)
            return ["It is either \(a) or \(b), depending on the convention."]
        case .corrected:
            return intermediate(id) + [final(render(wrong(key), id: id)), pick(["Wait, let me recompute that.", "Actually, I made an error above.", "Correction: I dropped a term."]),
                                       final(render(key, id: id))]
        }
    }

    /// A derivation line with numbers that are not the answer.
    mutating func intermediate(_ id: String) -> [String] {
        guard random.next(2) == 0 else { return [] }
        return [pick(["We use the formula from the lecture with the numbers given: 9 · 64 = 576 per filter.",
                      "First the padded input: 32 + 2 · 1 = 34 pixels, then the rest follows.",
                      "The intermediate sum is 12 + 7 = 19, which we do not need further."])]
    }

    /// How the answer is committed to.
    mutating func final(_ value: String) -> String {
        pick(["**Answer:** \(value)", "$\\boxed{\(value)}$", "Final answer: \(value)", "So the result is **\(value)**.", "✅ \(value)", "\(value)",
              "= \(value)"])
    }

    /// A wrong answer of the same kind.
    mutating func wrong(_ answer: Answer) -> Answer {
        switch answer {
        case .integer(let n): return .integer(n + pick([-64, 64, 512, -1]))
        case .real(let r): return .real(RealValue(r.value * pick([1.1, 0.9, 2])))
        case .vector(let v): var w = v; w[random.next(w.count)] += pick([1, -2]); return .vector(w)
        case .matrix(let m): var w = m; w[random.next(w.count)][0] += pick([1, 2]); return .matrix(w)
        case .shape(let d, let layout): return .shape(dimensions: d.map { $0 == 32 ? 30 : $0 }, layout: layout)
        case .choice(let c): return .choice(c == "B" ? pick(["A", "C"]) : "B")
        case .text(let t): return .text(t == "false" ? "true" : "false")
        case .expression(let e): return .expression(e + " + 1")
        }
    }

    /// An answer in one of its written formats.
    mutating func render(_ answer: Answer, id: String) -> String {
        switch answer {
        case .integer(let n):
            let plain = String(n)
            let grouped = Self.grouped(n)
            return pick([plain, grouped, grouped.replacingOccurrences(of: ",", with: "\\,"), "\(grouped) weights", "$\(grouped.replacingOccurrences(of: ",", with: "{,}"))$"])
        case .real(let r):
            if r.value == 3.125 { return pick(["3.125", "\\frac{25}{8}", "$\\dfrac{25}{8}$", "25/8", "≈ 3.13"]) }
            let text = String(format: "%.4f", r.value)
            return pick([text, "$\(text)$"])
        case .vector(let v):
            let items = v.map { Self.number($0) }
            return pick(["(\(items.joined(separator: ", ")))", "[\(items.joined(separator: ", "))]",
                         "$\\begin{bmatrix}\(items.joined(separator: " & "))\\end{bmatrix}$",
                         "(\(items.map { $0.replacingOccurrences(of: "-", with: "−") }.joined(separator: ", ")))"])
        case .matrix(let m):
            let rows = m.map { $0.map { Self.number($0) } }
            return pick(["[[\(rows.map { $0.joined(separator: ", ") }.joined(separator: "], ["))]]",
                         "$\\begin{bmatrix} \(rows.map { $0.joined(separator: " & ") }.joined(separator: " \\\\ ")) \\end{bmatrix}$",
                         "[\(rows.map { $0.joined(separator: " ") }.joined(separator: "; "))]"])
        case .shape(let d, _):
            let dims = d.map(String.init)
            return pick([dims.joined(separator: " × "), dims.joined(separator: "x"), "(N, \(dims.joined(separator: ", ")))",
                         "$\(dims.joined(separator: " \\times "))$"])
        case .choice(let c):
            return pick(["(\(c))", c, "option \(c)", "$\(c)$", "\\text{\(c)}"])
        case .text(let t):
            let word = t.capitalized
            return pick([word, "**\(word)**", "the statement is \(t)", t.uppercased()])
        case .expression(let e):
            return e
        }
    }

    static func number(_ value: Double) -> String {
        value == value.rounded() ? String(Int(value)) : String(value)
    }

    static func grouped(_ n: Int) -> String {
        let digits = Array(String(abs(n)))
        var out = ""
        for (index, digit) in digits.enumerated() {
            if index > 0, (digits.count - index) % 3 == 0 { out += "," }
            out.append(digit)
        }
        return (n < 0 ? "-" : "") + out
    }
}

/// The problem of a part id: the leading digits.
enum PartLabel {
    static func problem(_ id: String) -> String { String(id.prefix { $0.isNumber }) }
}
