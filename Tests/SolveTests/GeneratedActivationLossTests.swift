import Foundation
import Problems
import Solve
import Source
import Testing
import TestSupport

/// Generated problem sets about activations, single-example losses, optimizer steps and
/// multiply–accumulate counts, in several phrasings and three source forms, with distractor
/// numbers and parts that must not be computed (a ReLU derivative at 0 without its
/// convention, a class number whose indexing is not stated, Nesterov momentum in an unnamed
/// form, a convolution without stride and padding). Expected answers come from the formulas written here, not from hwlens'
/// solvers.
@Suite("Solve: generated activation, loss, optimizer and MAC problems")
struct GeneratedActivationLossTests {
    enum Expected {
        case vector([Double])
        case number(Double)
        /// The part must be left without an answer.
        case abstain
    }

    struct Item {
        var plain: String
        /// The part as written in LaTeX math (Markdown and LaTeX forms).
        var math: String
        var expected: Expected
    }

    struct Generated {
        var title: String
        var plainStatement: String
        var mathStatement: String
        var items: [Item]
    }

    static func pick<T>(_ values: [T], _ random: inout SplitMix) -> T { values[random.next(values.count)] }

    static func values(_ count: Int, _ random: inout SplitMix) -> [Double] {
        (0..<count).map { _ in Double(random.next(13) - 6) / 2 }
    }

    static func written(_ value: Double) -> String {
        value == value.rounded() ? String(Int(value)) : String(value)
    }

    static func tuple(_ values: [Double]) -> String { "(" + values.map(written).joined(separator: ", ") + ")" }

    static func sigmoid(_ z: Double) -> Double { 1 / (1 + exp(-z)) }

    static func softmax(_ s: [Double], _ t: Double = 1) -> [Double] {
        let e = s.map { exp($0 / t) }
        let total = e.reduce(0, +)
        return e.map { $0 / total }
    }

    // MARK: Activations

    static func activationProblem(_ random: inout SplitMix) -> Generated {
        let name = pick(["z", "a", "h", "u", "v"], &random)
        let z = values(2 + random.next(4), &random)
        let distractor = pick(["", " This problem is worth 6 points.", " (Due on March 3; 8 pts.)", " The weights w = (1, 2) are not needed here."], &random)
        let zeroConvention = random.next(2) == 0
        let convention = zeroConvention ? pick([" Take the derivative of ReLU at 0 to be 0.", " Use ReLU'(0) = 0 throughout."], &random) : ""
        let lead = pick(["Let", "Consider the pre-activations", "A layer computes the vector"], &random)
        let plainStatement = "\(lead) \(name) = \(tuple(z)).\(convention)\(distractor)"
        let mathStatement = "\(lead) $\\mathbf{\(name)} = \(tuple(z))^\\top$.\(convention)\(distractor)"
        var items: [Item] = []
        for _ in 0..<(2 + random.next(3)) {
            switch random.next(6) {
            case 0:
                let (plain, math) = pick([
                    ("Compute σ(\(name)) elementwise.", "Compute $\\sigma(\\mathbf{\(name)})$ elementwise."),
                    ("Apply the sigmoid function to \(name).", "Apply the sigmoid function to $\\mathbf{\(name)}$."),
                    ("What is sigmoid(\(name))?", "What is $\\mathrm{sigmoid}(\\mathbf{\(name)})$?"),
                ], &random)
                items.append(Item(plain: plain, math: math, expected: .vector(z.map(sigmoid))))
            case 1:
                let (plain, math) = pick([
                    ("Compute σ'(\(name)) at each entry.", "Compute $\\sigma'(\\mathbf{\(name)})$ at each entry."),
                    ("What is the derivative of the sigmoid at each entry of \(name)?", "What is the derivative of the sigmoid at each entry of $\\mathbf{\(name)}$?"),
                ], &random)
                items.append(Item(plain: plain, math: math, expected: .vector(z.map { sigmoid($0) * (1 - sigmoid($0)) })))
            case 2:
                let derivative = random.next(2) == 0
                let (plain, math) = derivative
                    ? ("Compute tanh'(\(name)) = 1 - tanh(\(name))^2 entrywise.", "Compute $\\tanh'(\\mathbf{\(name)}) = 1 - \\tanh^2(\\mathbf{\(name)})$ entrywise.")
                    : ("Compute tanh(\(name)).", "Compute $\\tanh(\\mathbf{\(name)})$.")
                items.append(Item(plain: plain, math: math, expected: .vector(z.map { derivative ? 1 - tanh($0) * tanh($0) : tanh($0) })))
            case 3:
                let (plain, math) = ("Compute ReLU'(\(name)) entrywise.", "Compute $\\mathrm{ReLU}'(\\mathbf{\(name)})$ entrywise.")
                let expected: Expected = z.contains(0) && !zeroConvention ? .abstain : .vector(z.map { $0 > 0 ? 1 : 0 })
                items.append(Item(plain: plain, math: math, expected: expected))
            case 4:
                let t = pick([2.0, 0.5, 4.0], &random)
                let (plain, math) = pick([
                    ("Compute softmax(\(name) / T) with temperature T = \(written(t)).", "Compute $\\mathrm{softmax}(\\mathbf{\(name)} / T)$ with temperature $T = \(written(t))$."),
                    ("Give the softmax of \(name) at temperature \(written(t)).", "Give the softmax of $\\mathbf{\(name)}$ at temperature \(written(t))."),
                ], &random)
                items.append(Item(plain: plain, math: math, expected: .vector(softmax(z, t))))
            default:
                let (plain, math) = ("Compute softmax(\(name)).", "Compute $\\operatorname{softmax}(\\mathbf{\(name)})$.")
                items.append(Item(plain: plain, math: math, expected: .vector(softmax(z))))
            }
        }
        return Generated(title: "Activations", plainStatement: plainStatement, mathStatement: mathStatement, items: items)
    }

    // MARK: Losses

    static let ordinals = ["first", "second", "third", "fourth", "fifth"]

    static func lossProblem(_ random: inout SplitMix) -> Generated {
        let name = pick(["s", "z", "o"], &random)
        let count = 3 + random.next(3)
        let s = values(count, &random)
        let target = random.next(count)
        var oneHot = [Double](repeating: 0, count: count)
        oneHot[target] = 1
        let classPlain: String
        let classMath: String
        var classKnown = true
        switch random.next(4) {
        case 0:
            classPlain = "The correct class is the \(ordinals[target]) class."
            classMath = classPlain
        case 1:
            classPlain = "The one-hot target is y = \(tuple(oneHot))."
            classMath = "The one-hot target is $\\mathbf{y} = \(tuple(oneHot))$."
        case 2:
            classPlain = "Classes are indexed from 0 and the true label is y = \(target)."
            classMath = "Classes are indexed from 0 and the true label is $y = \(target)$."
        default:
            // A class number without its indexing: only 0 and n settle it.
            classPlain = "The true label is y = \(target)."
            classMath = "The true label is $y = \(target)$."
            classKnown = target == 0
        }
        let lead = pick(["A classifier produces the logits", "The network outputs the scores (logits)", "The unnormalized scores are the logits"], &random)
        let plainStatement = "\(lead) \(name) = \(tuple(s)) for one example. \(classPlain)"
        let mathStatement = "\(lead) $\\mathbf{\(name)} = \(tuple(s))$ for one example. \(classMath)"
        let p = softmax(s)
        var items: [Item] = []
        for _ in 0..<(2 + random.next(3)) {
            switch random.next(4) {
            case 0:
                let (plain, math) = pick([
                    ("Compute the cross-entropy loss of this example.", "Compute the cross-entropy loss $-\\log p_y$ of this example."),
                    ("What is the softmax cross-entropy loss (natural log)?", "What is the softmax cross-entropy loss (natural log)?"),
                ], &random)
                items.append(Item(plain: plain, math: math, expected: classKnown ? .number(-log(p[target])) : .abstain))
            case 1:
                var gradient = p
                gradient[target] -= 1
                let (plain, math) = pick([
                    ("Compute the gradient of the cross-entropy loss with respect to the logits.", "Compute the gradient of the cross-entropy loss with respect to the logits."),
                    ("Give ∂L/∂\(name) for the cross-entropy loss L.", "Give $\\frac{\\partial L}{\\partial \\mathbf{\(name)}}$ for the cross-entropy loss $L$."),
                ], &random)
                items.append(Item(plain: plain, math: math, expected: classKnown ? .vector(gradient) : .abstain))
            case 2:
                let margin = pick([1.0, 2.0, 0.5], &random)
                let hinge = s.indices.filter { $0 != target }.reduce(0.0) { $0 + max(0, s[$1] - s[target] + margin) }
                let plain = "Compute the multiclass SVM (hinge) loss with margin Δ = \(written(margin))."
                let math = "Compute the multiclass SVM (hinge) loss with margin $\\Delta = \(written(margin))$."
                items.append(Item(plain: plain, math: math, expected: classKnown ? .number(hinge) : .abstain))
            default:
                let prediction = values(count, &random), truth = values(count, &random)
                let squares = zip(prediction, truth).map { ($0 - $1) * ($0 - $1) }
                let mean = random.next(2) == 0
                let plain = "A regression head predicts \(tuple(prediction)) for the targets \(tuple(truth)). What is the \(mean ? "mean squared error" : "sum of squared errors")?"
                items.append(Item(plain: plain, math: plain, expected: .number(squares.reduce(0, +) / (mean ? Double(count) : 1))))
            }
        }
        return Generated(title: "Losses", plainStatement: plainStatement, mathStatement: mathStatement, items: items)
    }

    // MARK: Optimizer steps

    static func optimizerProblem(_ random: inout SplitMix) -> Generated {
        let a = Double(1 + random.next(4)), b = Double(1 + random.next(9))
        let start = [Double(random.next(5) - 2), Double(1 + random.next(3))]
        let rate = pick([0.1, 0.05, 0.2], &random)
        let gradient: ([Double]) -> [Double] = { w in [a * w[0], b * w[1]] }
        let formula = "(\(written(a)) w_1, \(written(b)) w_2)"
        let plainStatement = "We minimize f(w) = (\(written(a)) w_1^2 + \(written(b)) w_2^2)/2, whose gradient is ∇f(w) = \(formula). "
            + "Every optimizer starts from w^{(0)} = \(tuple(start)) with learning rate η = \(written(rate)). Momentum buffers start at zero."
        let mathStatement = "We minimize $f(w) = \\tfrac12(\(written(a)) w_1^2 + \(written(b)) w_2^2)$, whose gradient is $\\nabla f(w) = \(formula)$. "
            + "Every optimizer starts from $w^{(0)} = \(tuple(start))$ with learning rate $\\eta = \(written(rate))$. Momentum buffers start at zero."
        var items: [Item] = []
        for _ in 0..<(2 + random.next(2)) {
            let steps = 1 + random.next(3)
            let count = ["one", "two", "three"][steps - 1]
            var w = start, v = [0.0, 0.0]
            switch random.next(3) {
            case 0:
                for _ in 0..<steps { let g = gradient(w); w = [w[0] - rate * g[0], w[1] - rate * g[1]] }
                let text = pick(["Take \(count) step\(steps > 1 ? "s" : "") of gradient descent. What is w^{(\(steps))}?",
                                 "Run plain gradient descent for \(count) step\(steps > 1 ? "s" : "") and give the weights."], &random)
                items.append(Item(plain: text, math: text, expected: .vector(w)))
            case 1:
                let mu = pick([0.9, 0.5], &random)
                for _ in 0..<steps {
                    let g = gradient(w)
                    v = [mu * v[0] + g[0], mu * v[1] + g[1]]
                    w = [w[0] - rate * v[0], w[1] - rate * v[1]]
                }
                let text = "Take \(count) step\(steps > 1 ? "s" : "") of SGD with momentum μ = \(written(mu)). What is w^{(\(steps))}?"
                items.append(Item(plain: text, math: text.replacingOccurrences(of: "μ = \(written(mu))", with: "$\\mu = \(written(mu))$"), expected: .vector(w)))
            default:
                // Nesterov without PyTorch's form named: several forms, not computed.
                let text = "Take one step of Nesterov momentum with μ = 0.9. What is w^{(1)}?"
                items.append(Item(plain: text, math: text, expected: .abstain))
            }
        }
        return Generated(title: "Optimizers", plainStatement: plainStatement, mathStatement: mathStatement, items: items)
    }

    // MARK: Multiply–accumulate counts

    static func macsProblem(_ random: inout SplitMix) -> Generated {
        let inChannels = pick([3, 8, 16], &random), outChannels = pick([8, 16, 32], &random)
        let kernel = pick([1, 3, 5], &random), size = pick([16, 28, 32], &random)
        let stride = pick([1, 2], &random), padding = kernel / 2
        let out = (size + 2 * padding - kernel) / stride + 1
        let plainStatement = "A convolutional layer maps \(inChannels) input channels to \(outChannels) output channels with a \(kernel) × \(kernel) kernel."
        let mathStatement = "A convolutional layer maps \(inChannels) input channels to \(outChannels) output channels with a $\(kernel) \\times \(kernel)$ kernel."
        var items: [Item] = []
        let input = random.next(2) == 0 ? "\(inChannels) × \(size) × \(size)" : "\(size) × \(size) × \(inChannels)"
        let setting = "The input is \(input), with stride \(stride) and padding \(padding)."
        items.append(Item(plain: "\(setting) How many multiply-accumulate operations (MACs) does the layer perform? Ignore biases.",
                          math: "\(setting.replacingOccurrences(of: " × ", with: " $\\times$ ")) How many multiply-accumulate operations (MACs) does the layer perform? Ignore biases.",
                          expected: .number(Double(out * out * outChannels * inChannels * kernel * kernel))))
        // Without stride and padding the count is not determined.
        items.append(Item(plain: "On a \(size) × \(size) input, how many MACs does the layer perform?",
                          math: "On a $\(size) \\times \(size)$ input, how many MACs does the layer perform?", expected: .abstain))
        return Generated(title: "Operation counts", plainStatement: plainStatement, mathStatement: mathStatement, items: items)
    }

    // MARK: Rendering

    enum Form: CaseIterable { case plain, markdown, latex }

    static func render(_ problems: [Generated], as form: Form) -> SourceText {
        let letters = Array("abcdefgh")
        switch form {
        case .plain:
            var text = "Discussion handout — activations and losses\nRound to 4 decimal places.\n\n"
            for (n, problem) in problems.enumerated() {
                text += "Problem \(n + 1). \(problem.title)\n\(problem.plainStatement)\n"
                for (k, item) in problem.items.enumerated() { text += "  \(letters[k])) \(item.plain)\n" }
                text += "\n"
            }
            return SourceReader.plain(text)
        case .markdown:
            var text = "# Homework 3\n\n"
            for (n, problem) in problems.enumerated() {
                text += "## \(n + 1). \(problem.title)\n\n\(problem.mathStatement)\n\n"
                for (k, item) in problem.items.enumerated() { text += "**(\(letters[k]))** \(item.math)\n\n" }
            }
            return SourceReader.markdown(text)
        case .latex:
            var text = "\\documentclass{article}\n\\usepackage{amsmath}\n\\usepackage{enumitem}\n\\begin{document}\n"
            for (n, problem) in problems.enumerated() {
                text += "\\section*{Problem \(n + 1): \(problem.title)}\n\(problem.mathStatement)\n\\begin{enumerate}[label=(\\alph*)]\n"
                for item in problem.items { text += "  \\item \(item.math)\n" }
                text += "\\end{enumerate}\n"
            }
            return SourceReader.latex(text + "\\end{document}\n")
        }
    }

    static func matches(_ answer: Answer, _ expected: Expected) -> Bool {
        switch (answer, expected) {
        case (.vector(let got), .vector(let want)): isClose(got, want, tolerance: 1e-9)
        case (.real(let got), .number(let want)): isClose(got.value, want, tolerance: 1e-9)
        case (.integer(let got), .number(let want)): Double(got) == want
        default: false
        }
    }

    // MARK: The test

    @Test func everyGeneratedPartIsAnsweredRightOrLeftAlone() {
        var random = SplitMix(seed: 182)
        var total = 0, computable = 0, answered = 0
        var wrong: [String] = []
        var missed: [String] = []
        for _ in 0..<130 {
            let problems = (0..<(1 + random.next(3))).map { _ in
                switch random.next(4) {
                case 0: Self.activationProblem(&random)
                case 1: Self.lossProblem(&random)
                case 2: Self.optimizerProblem(&random)
                default: Self.macsProblem(&random)
                }
            }
            for form in Form.allCases {
                let document = ProblemDocument(source: Self.render(problems, as: form))
                let recognitions = Dictionary(document.partStatements.map { ($0.id, Recognizer().recognize($0)) }, uniquingKeysWith: { a, _ in a })
                for (n, problem) in problems.enumerated() {
                    for (k, item) in problem.items.enumerated() {
                        let label = String(Array("abcdefgh")[k])
                        let id = "\(n + 1)\(label)"
                        total += 1
                        let got = recognitions[id]?.answer
                        if case .abstain = item.expected {
                            if let got { wrong.append("\(form) \(id) '\(item.plain)': \(got) where it must abstain") }
                            continue
                        }
                        computable += 1
                        guard let got else {
                            if missed.count < 8 { missed.append("\(form) \(id) '\(item.plain)': \(recognitions[id]?.reason ?? "no part")") }
                            continue
                        }
                        answered += 1
                        if !Self.matches(got, item.expected) { wrong.append("\(form) \(id) '\(item.plain)': \(got) ≠ \(item.expected)") }
                    }
                }
            }
        }
        #expect(wrong.isEmpty, "\(wrong.count) wrong of \(total): \(wrong.prefix(5).joined(separator: "; "))")
        #expect(computable > 1_400 && total - computable > 300, "\(computable) computable, \(total - computable) to leave alone")
        #expect(answered == computable, "answered \(answered) of \(computable); \(missed.joined(separator: "; "))")
        #expect(total > 1_900)
    }
}
