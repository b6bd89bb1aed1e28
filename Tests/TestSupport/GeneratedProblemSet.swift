import Foundation

/// A problem set made from a seed, with everything a reader would say about it known by
/// construction: problem and part ids, which parts are multiple choice, true/false or
/// select-all, their options, the facts each stem states and which parts refer to which.
/// ``render(_:)`` writes it in one of several house styles.
public struct GeneratedProblemSet: Sendable {
    /// A fact a stem states: a name, its value and the words that state it.
    public struct Fact: Sendable, Equatable {
        public var name: String
        /// Names a reader may give it: "learning rate" or "η".
        public var names: [String]
        public var value: Double
    }

    public struct Part: Sendable {
        public var id: String
        /// "value", "mcq", "true-false", "select-all" or "open".
        public var kind: String
        public var text: String
        public var options: [String] = []
        /// Ids of parts this part refers to.
        public var references: [String] = []
        public var children: [Part] = []
    }

    public struct Problem: Sendable {
        public var id: String
        public var title: String
        public var stem: [String]
        public var facts: [Fact]
        /// A numbered list of data after the stem ("1. Conv 3×3, 64 channels"): no parts.
        public var dataList: [String]
        public var parts: [Part]
        /// When the problem has no parts: its kind and options.
        public var kind: String
        public var options: [String]
    }

    /// How a level of parts is labelled.
    public enum LabelStyle: Sendable, CaseIterable {
        case letters, numbers, romans
    }

    /// House styles of the whole document.
    public enum Style: String, Sendable, CaseIterable {
        case latexArticle, latexTheorem, latexExam, markdown, plain
        /// Plain text as pasted from a PDF: lines wrapped, a running header and page numbers.
        case pasted
    }

    public var problems: [Problem]
    /// The first style of part labels (a problem's top level).
    public var topStyle: LabelStyle
    /// "Exercise 4.2"-style numbers instead of 1, 2, 3.
    public var chapter: Int?

    /// Every part id in document order, containers included.
    public var partIDs: [String] {
        func walk(_ parts: [Part]) -> [String] { parts.flatMap { [$0.id] + walk($0.children) } }
        return problems.flatMap { walk($0.parts) }
    }

    /// Every part, flattened in document order.
    public var allParts: [Part] {
        func walk(_ parts: [Part]) -> [Part] { parts.flatMap { [$0] + walk($0.children) } }
        return problems.flatMap { walk($0.parts) }
    }

    // MARK: - Generation

    /// Facts a stem can state: a name, the names a reader may give it, the sentence ("#"
    /// for the value) and the values it takes.
    private static let quantities: [(name: String, names: [String], template: String, values: [Double])] = [
        ("input channels", ["input channels", "in_channels"], "The layer has # input channels.", [3, 8, 16, 32]),
        ("kernel size", ["kernel", "kernel size", "kernel_size"], "It uses a #×# kernel.", [3, 5, 7]),
        ("stride", ["stride"], "The stride is #.", [1, 2, 3]),
        ("learning rate", ["learning rate", "η"], "Use a learning rate η = #.", [0.1, 0.01, 0.5]),
        ("batch size", ["examples", "batch size", "batch"], "A batch holds # examples.", [4, 8, 32, 64]),
        ("mass", ["mass", "m"], "A block of mass m = # kg rests on the incline.", [2, 3.5, 10]),
        ("temperature", ["temperature", "T"], "The gas is kept at T = # K.", [300, 273, 350]),
        ("probability", ["probability", "p"], "Each trial succeeds with probability p = #.", [0.2, 0.25, 0.5]),
    ]

    private static let titles = [
        "Convolutions", "Backpropagation", "Bayes rule", "Entropy", "Gradient descent", "Attention", "Ideal gases",
        "Least squares", "Dropout", "Eigenvalues", "Markov chains", "Friction",
    ]

    private static let questions = [
        "What is the output size?", "Compute the number of parameters.", "Find the gradient at the given point.",
        "How many multiplications are needed?", "Determine the expected value.", "Compute the entropy in bits.",
        "What is the final temperature?", "Find the eigenvalues of the matrix.", "Give the update after one step.",
    ]

    private static let openQuestions = [
        "Explain why the result does not depend on the batch size.", "Prove that the estimator is unbiased.",
        "Sketch the loss as a function of the weight.",
    ]

    private static let choiceQuestions = [
        "Which of the following activations is bounded?", "Which optimizer keeps a running average of squared gradients?",
        "Which layer has no learnable parameters?",
    ]

    private static let choiceOptions = [
        ["sigmoid", "ReLU", "leaky ReLU", "softplus"], ["SGD", "momentum", "RMSProp", "Nesterov"],
        ["max pooling", "batch normalization", "a linear layer", "an embedding"],
    ]

    private static let statements = [
        "doubling the stride halves the output size", "the posterior is proportional to the likelihood times the prior",
        "dropout is applied at test time", "a convex function has at most one minimum value",
    ]

    public init(seed: UInt64) {
        var random = SplitMix(seed: seed)
        topStyle = LabelStyle.allCases[random.next(LabelStyle.allCases.count)]
        chapter = random.next(4) == 0 ? 2 + random.next(6) : nil
        let count = 2 + random.next(4)
        problems = []
        for n in 1...count {
            let id = chapter.map { "\($0).\(n)" } ?? "\(n)"
            var facts: [Fact] = []
            var stem: [String] = []
            for index in Self.pick(1 + random.next(3), of: Self.quantities.count, &random) {
                let quantity = Self.quantities[index]
                let value = quantity.values[random.next(quantity.values.count)]
                facts.append(Fact(name: quantity.name, names: quantity.names, value: value))
                stem.append(quantity.template.replacingOccurrences(of: "#", with: Self.written(value)))
            }
            let dataList = random.next(6) == 0 ? ["Conv 3×3, 64 channels", "MaxPool 2×2", "Linear 256 → 10"] : []
            var problem = Problem(
                id: id, title: Self.titles[random.next(Self.titles.count)], stem: stem, facts: facts, dataList: dataList,
                parts: [], kind: "value", options: [])
            if random.next(7) == 0 {
                // A problem without parts, sometimes a multiple-choice question.
                if random.next(2) == 0 {
                    let pick = random.next(Self.choiceQuestions.count)
                    problem.stem.append(Self.choiceQuestions[pick])
                    problem.kind = "mcq"
                    problem.options = Self.choiceOptions[pick]
                } else {
                    problem.stem.append(Self.questions[random.next(Self.questions.count)])
                }
            } else {
                problem.parts = Self.parts(under: id, path: [], style: topStyle, depth: 0, &random)
            }
            problems.append(problem)
        }
    }

    private static func parts(under problemID: String, path: [String], style: LabelStyle, depth: Int, _ random: inout SplitMix) -> [Part] {
        let count = depth == 0 ? 1 + random.next(5) : 2 + random.next(2)
        var parts: [Part] = []
        for n in 1...count {
            let token = Self.token(style, n)
            let id = Self.id(problemID, path + [token], style: style)
            var part = Part(id: id, kind: "value", text: questions[random.next(questions.count)])
            let roll = random.next(12)
            if roll == 0 {
                part.kind = "open"
                part.text = openQuestions[random.next(openQuestions.count)]
            } else if roll == 1 {
                let pick = random.next(choiceQuestions.count)
                part.kind = "mcq"
                part.text = choiceQuestions[pick]
                part.options = choiceOptions[pick]
            } else if roll == 2 {
                part.kind = "true-false"
                part.text = "True or false: " + statements[random.next(statements.count)] + "."
            } else if roll == 3 {
                part.kind = "select-all"
                part.text = "Select all statements that are true."
                part.options = Array(statements.prefix(3 + random.next(2))).map { $0.prefix(1).uppercased() + $0.dropFirst() }
            } else if roll <= 5, let previous = parts.last, previous.children.isEmpty {
                let written = "(" + Self.token(style, n - 1) + ")"
                switch random.next(3) {
                case 0: part.text = "Repeat \(written) with a stride of 2."
                case 1: part.text = "Using your answer to \(written), compute the total cost."
                default: part.text = "Same setting as above, but with twice as many examples."
                }
                part.references = [previous.id]
            }
            // Nesting as courses write it: 1 → a → i, a → i, i → a.
            let childStyle: LabelStyle? = switch (style, depth) {
            case (.numbers, _), (.romans, 0): .letters
            case (.letters, _) where depth == 0 || (depth == 1 && path.first.map { Int($0) != nil } == true): .romans
            default: nil
            }
            if let childStyle, part.kind == "value", random.next(6) == 0 {
                part.text = "Consider the setting above with the stride doubled."
                part.children = Self.parts(under: problemID, path: path + [token], style: childStyle, depth: depth + 1, &random)
                part.references = []
            }
            parts.append(part)
        }
        return parts
    }

    /// Labels down a path joined as a reader cites them: "2a.ii", "3.1a", "4.i". Letter
    /// levels never pass "h", so a one-letter token from a..h is a letter.
    private static func id(_ problemID: String, _ path: [String], style: LabelStyle) -> String {
        var id = problemID
        for token in path {
            let letter = token.count == 1 && ("a"..."h").contains(token)
            id += letter && id.last!.isNumber ? token : "." + token
        }
        return id
    }

    static func token(_ style: LabelStyle, _ n: Int) -> String {
        switch style {
        case .letters: return String(Character(Unicode.Scalar(96 + n)!))
        case .numbers: return String(n)
        case .romans: return ["i", "ii", "iii", "iv", "v", "vi", "vii"][n - 1]
        }
    }

    private static func written(_ value: Double) -> String {
        value == value.rounded() ? String(Int(value)) : String(value)
    }

    private static func pick(_ count: Int, of total: Int, _ random: inout SplitMix) -> [Int] {
        var chosen: [Int] = []
        while chosen.count < min(count, total) {
            let index = random.next(total)
            if !chosen.contains(index) { chosen.append(index) }
        }
        return chosen.sorted()
    }
}

