import Problems
import Solve
import Source
import Testing
import TestSupport

/// Generated problem sets about framework modules — parameter counts and output shapes —
/// in five phrasings each, with distractor numbers, facts in the statement or in an earlier
/// part, rendered as plain text, Markdown and LaTeX. The expected answers come from the
/// formulas written here (PyTorch's), not from hwlens' solvers; every part must be answered
/// and none wrongly.
@Suite("Solve: generated module problems")
struct GeneratedModuleTests {
    /// One generated part and its answer.
    struct Item {
        var text: String
        var answer: Answer
    }

    /// One generated problem: its statement and parts.
    struct Generated {
        var title: String
        var statement: String
        var items: [Item]
    }

    static func pick<T>(_ values: [T], _ random: inout SplitMix) -> T { values[random.next(values.count)] }

    // MARK: Parameter counts

    static func countProblem(_ random: inout SplitMix) -> Generated {
        let askers: [(String) -> String] = [
            { "How many parameters does \($0) have?" },
            { "Count the learnable parameters of \($0)." },
            { "What is the number of trainable parameters in \($0)?" },
            { "\($0): how many parameters does it have in total?" },
            { "Give the parameter count of \($0)." },
        ]
        var items: [Item] = []
        let bare = random.next(3) == 0
        for _ in 0..<(2 + random.next(3)) {
            let (call, count) = module(&random)
            items.append(Item(text: bare ? call : pick(askers, &random)(call), answer: .integer(count)))
        }
        let statement = (bare ? "Count the parameters of each of the following PyTorch modules." : "Use PyTorch's default arguments.")
            + pick([" This problem is worth 12 points.", " Due on March 3.", "", " Show your work for full credit (8 pts)."], &random)
        return Generated(title: "Parameter counts", statement: statement, items: items)
    }

    /// A module call and its parameter count by PyTorch's formulas.
    static func module(_ random: inout SplitMix) -> (String, Int) {
        let sizes = [4, 8, 16, 32, 64, 128]
        switch random.next(7) {
        case 0:
            let groups = pick([1, 1, 2, 4], &random)
            let inChannels = pick(sizes, &random) * groups, outChannels = pick(sizes, &random) * groups
            let kernel = pick([1, 3, 5, 7], &random), bias = random.next(3) != 0
            var call = "nn.Conv2d(\(inChannels), \(outChannels), kernel_size=\(kernel)"
            if groups > 1 { call += ", groups=\(groups)" }
            if !bias { call += ", bias=False" }
            return (call + ")", outChannels * (inChannels / groups) * kernel * kernel + (bias ? outChannels : 0))
        case 1:
            let inputs = pick(sizes, &random), outputs = pick([10, 100, 256, 512], &random), bias = random.next(2) == 0
            return ("nn.Linear(\(inputs), \(outputs)\(bias ? "" : ", bias=False"))", inputs * outputs + (bias ? outputs : 0))
        case 2:
            let count = pick([1000, 5000, 30000], &random), dimension = pick(sizes, &random)
            return ("nn.Embedding(\(count), \(dimension))", count * dimension)
        case 3:
            let (name, gates) = pick([("LSTM", 4), ("GRU", 3), ("RNN", 1)], &random)
            let inputs = pick(sizes, &random), hidden = pick(sizes, &random), layers = 1 + random.next(3)
            let bidirectional = random.next(4) == 0
            var total = 0
            let directions = bidirectional ? 2 : 1
            for layer in 0..<layers {
                let layerInputs = layer == 0 ? inputs : hidden * directions
                total += directions * (gates * hidden * layerInputs + gates * hidden * hidden + 2 * gates * hidden)
            }
            var call = "nn.\(name)(\(inputs), \(hidden)"
            if layers > 1 { call += ", num_layers=\(layers)" }
            if bidirectional { call += ", bidirectional=True" }
            return (call + ")", total)
        case 4:
            let embedding = pick([32, 64, 256, 512], &random), heads = pick([1, 2, 4, 8], &random)
            return ("nn.MultiheadAttention(embed_dim=\(embedding), num_heads=\(heads))", 4 * embedding * embedding + 4 * embedding)
        case 5:
            let features = pick(sizes, &random)
            return ("nn.LayerNorm(\(features))", 2 * features)
        default:
            let channels = pick(sizes, &random)
            return ("nn.BatchNorm2d(\(channels))", 2 * channels)
        }
    }

    // MARK: Output shapes

    static func shapeProblem(_ random: inout SplitMix) -> Generated {
        let side = pick([28, 32, 64, 96, 224], &random)
        let (channels, input) = pick([(3, "An RGB image of size \(side) × \(side)"), (1, "A grayscale image of size \(side) × \(side)"),
                                      (3, "An input of shape 3 × \(side) × \(side) (channels first)")], &random)
        let ask = pick(["Give the shape of the output as C × H × W.", "What is the output shape (C × H × W)?",
                        "Write the output shape in the order C × H × W.", "State the shape of the output, channels first (C × H × W).",
                        "For each layer, what is the output shape? Use C × H × W."], &random)
        let statement = "\(input) is fed to each layer below. \(ask)" + pick(["", " (10 points)", " Recall the formula from lecture 4."], &random)
        var items: [Item] = []
        // (a): a convolution on the stated input.
        let filters = pick([8, 16, 32], &random), kernel = pick([3, 5, 7], &random), padding = random.next(3), stride = 1 + random.next(2)
        func out(_ size: Int, _ k: Int, _ s: Int, _ p: Int, _ d: Int = 1) -> Int { (size + 2 * p - d * (k - 1) - 1) / s + 1 }
        let a = out(side, kernel, stride, padding)
        items.append(Item(text: "nn.Conv2d(\(channels), \(filters), kernel_size=\(kernel), stride=\(stride), padding=\(padding))",
                          answer: .shape(dimensions: [filters, a, a], layout: "CHW")))
        // (b): pooling of (a)'s output.
        let window = pick([2, 3], &random), poolStride = pick([1, 2], &random)
        let b = out(a, window, poolStride, 0)
        items.append(Item(text: "nn.MaxPool2d(kernel_size=\(window), stride=\(poolStride)) applied to the output of (a)",
                          answer: .shape(dimensions: [filters, b, b], layout: "CHW")))
        // (c): (a) again with a change.
        let newStride = stride == 1 ? 2 : 1
        let c = out(side, kernel, newStride, padding)
        items.append(Item(text: pick(["Repeat (a) with a stride of \(newStride).", "Redo (a) with stride \(newStride)."], &random),
                          answer: .shape(dimensions: [filters, c, c], layout: "CHW")))
        // (d): 'same' padding with dilation.
        let dilation = pick([1, 2], &random), same = pick([3, 5], &random)
        items.append(Item(text: "nn.Conv2d(\(channels), 4, kernel_size=\(same), dilation=\(dilation), padding='same')",
                          answer: .shape(dimensions: [4, side, side], layout: "CHW")))
        return Generated(title: "Output shapes", statement: statement, items: items)
    }

    // MARK: Rendering

    enum Form: CaseIterable { case plain, markdown, latex }

    static func render(_ problems: [Generated], as form: Form) -> SourceText {
        let letters = Array("abcdefgh")
        switch form {
        case .plain:
            var text = "Homework 4 — due Friday\n\n"
            for (n, problem) in problems.enumerated() {
                text += "Problem \(n + 1): \(problem.title)\n\(problem.statement)\n"
                for (k, item) in problem.items.enumerated() { text += "(\(letters[k])) \(item.text)\n" }
                text += "\n"
            }
            return SourceReader.plain(text)
        case .markdown:
            var text = "# Homework 4\n\n"
            for (n, problem) in problems.enumerated() {
                text += "## Problem \(n + 1) (\(problem.title))\n\n\(problem.statement)\n\n"
                for (k, item) in problem.items.enumerated() { text += "**(\(letters[k]))** \(code(item.text, markdown: true))\n\n" }
            }
            return SourceReader.markdown(text)
        case .latex:
            var text = "\\documentclass{article}\n\\usepackage{enumitem}\n\\begin{document}\n"
            for (n, problem) in problems.enumerated() {
                text += "\\section*{Problem \(n + 1): \(problem.title)}\n\(latex(problem.statement))\n\\begin{enumerate}[label=(\\alph*)]\n"
                for item in problem.items { text += "  \\item \(code(item.text, markdown: false))\n" }
                text += "\\end{enumerate}\n"
            }
            return SourceReader.latex(text + "\\end{document}\n")
        }
    }

    /// Calls as code: `nn.X(…)` in Markdown, `\texttt{nn.X(\ldots)}` in LaTeX.
    static func code(_ text: String, markdown: Bool) -> String {
        guard let start = text.range(of: "nn.") else { return markdown ? text : latex(text) }
        var depth = 0
        var end = start.lowerBound
        for index in text[start.lowerBound...].indices {
            if text[index] == "(" { depth += 1 }
            if text[index] == ")" { depth -= 1; if depth == 0 { end = text.index(after: index); break } }
        }
        let call = String(text[start.lowerBound..<end])
        let written = markdown ? "`\(call)`" : "\\texttt{\(call.replacingOccurrences(of: "_", with: "\\_"))}"
        let before = String(text[..<start.lowerBound]), after = String(text[end...])
        return (markdown ? before : latex(before)) + written + (markdown ? after : latex(after))
    }

    static func latex(_ text: String) -> String {
        text.replacingOccurrences(of: "×", with: "$\\times$")
    }

    // MARK: The test

    @Test func everyGeneratedModulePartIsAnsweredRight() {
        var random = SplitMix(seed: 16)
        var total = 0, answered = 0
        var wrong: [String] = []
        var missed: [String] = []
        for _ in 0..<120 {
            let problems = (0..<(1 + random.next(3))).map { _ in random.next(2) == 0 ? Self.countProblem(&random) : Self.shapeProblem(&random) }
            let expected = problems.enumerated().flatMap { n, problem in
                problem.items.enumerated().map { k, item in ("\(n + 1)\(Array("abcdefgh")[k])", item.answer) }
            }
            for form in Form.allCases {
                let document = ProblemDocument(source: Self.render(problems, as: form))
                let recognitions = Dictionary(uniqueKeysWithValues: document.partStatements.map { ($0.id, Recognizer().recognize($0)) })
                for (id, answer) in expected {
                    total += 1
                    guard let got = recognitions[id]?.answer else {
                        if missed.count < 8 { missed.append("\(form) \(id): \(recognitions[id]?.reason ?? "no part")") }
                        continue
                    }
                    answered += 1
                    if got != answer { wrong.append("\(form) \(id): \(got) ≠ \(answer)") }
                }
            }
        }
        #expect(wrong.isEmpty, "\(wrong.count) wrong of \(total): \(wrong.prefix(5).joined(separator: "; "))")
        #expect(Double(answered) >= 0.95 * Double(total), "answered \(answered) of \(total); \(missed.joined(separator: "; "))")
        #expect(total > 2_000)
    }
}
