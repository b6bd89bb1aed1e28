import Yams

/// The key's solver calls for networks and training: optimizer steps, step schedules,
/// least squares and ridge, computational graphs written as formulas, dropout of a layer and
/// the MACs of a fully connected layer. Defaults: one step, Adam's β₁ 0.9, β₂ 0.999, ε 1e-8,
/// no intercept column added, epochs counted from 0.
extension KeySolver {
    static let networkNames: [String] = [
        "gradient_descent", "momentum", "nesterov_pytorch", "nesterov_lookahead", "adam", "adamw", "step_schedule",
        "least_squares", "ridge", "graph_value", "graph_gradient", "dropout_training_outputs", "dropout_test_outputs",
        "macs_fc", "batch_norm_inference", "clip_grad_norm",
    ]

    static func networkCall(_ p: inout KeyParameters) throws(Problem) -> SolverCall {
        switch p.solver {
        case "gradient_descent", "momentum", "nesterov_pytorch", "nesterov_lookahead", "adam", "adamw":
            return try optimizer(&p)
        case "clip_grad_norm":
            return .gradientClipping(GradientClipping(maxNorm: try p.double("max_norm")), gradient: try p.vector("gradient"))
        case "step_schedule":
            let initial = try p.double("initial")
            let factor = try p.double("factor")
            let every = try p.int("every")
            let first = try p.int("first_epoch", default: 0)
            let epoch = try p.int("epoch")
            guard every > 0, epoch >= first else { throw Problem(detail: "step_schedule: 'every' must be positive and 'epoch' at least 'first_epoch'") }
            var value = initial
            for _ in 0..<((epoch - first) / every) { value *= factor }
            return .fixedValue(value, name: "step_schedule")
        case "least_squares", "ridge":
            var design = try p.matrix("X")
            if try p.bool("intercept", default: false) { design = design.map { [1] + $0 } }
            let lambda = p.solver == "ridge" ? try p.double("lambda") : 0
            let quantity: LeastSquares.Quantity
            switch try p.string("quantity", default: "weights") {
            case "weights": quantity = .weights
            case "mse": quantity = .meanSquaredError
            case "sse": quantity = .sumOfSquares
            case "r_squared": quantity = .coefficientOfDetermination
            case "prediction":
                let row = try p.vector("row")
                quantity = .prediction(try p.bool("intercept", default: false) ? [1] + row : row)
            case let other: throw Problem(detail: "\(p.solver): 'quantity' must be weights, mse, sse, r_squared or prediction, got '\(other)'")
            }
            return .leastSquares(LeastSquares(design: design, targets: try p.vector("y"), lambda: lambda), quantity)
        case "graph_value", "graph_gradient":
            return try graph(&p)
        case "dropout_training_outputs", "dropout_test_outputs":
            let (keep, variant) = try dropoutSetting(&p)
            let activations = try p.vector("activations")
            if p.solver == "dropout_test_outputs" { return .dropout(keep: keep, variant: variant, quantity: .testOutputs(activations: activations)) }
            let mask = try p.vector("mask")
            guard mask.allSatisfy({ $0 == 0 || $0 == 1 }) else { throw Problem(detail: "dropout_training_outputs: 'mask' must be a list of 0 and 1") }
            return .dropout(keep: keep, variant: variant, quantity: .trainingOutputs(activations: activations, keepMask: mask.map { $0 == 1 }))
        case "batch_norm_inference":
            return .batchNormInference(x: try p.double("x"), mean: try p.double("mean"), variance: try p.double("variance"),
                                       gamma: try p.double("gamma", default: 1), beta: try p.double("beta", default: 0),
                                       epsilon: try p.double("epsilon", default: 0))
        case "macs_fc":
            return .operationCount(.fullyConnected(inputs: try p.int("inputs"), outputs: try p.int("outputs")))
        default:
            throw Problem(detail: "unknown solver '\(p.solver)'")
        }
    }

    /// `start`, `learning_rate`, `steps` (1) and the gradient: `gradient` (constant) or
    /// `gradient_matrix` and `gradient_offset` (∇f(w) = A·w + b).
    private static func optimizer(_ p: inout KeyParameters) throws(Problem) -> SolverCall {
        let rule: Optimizer.Rule
        switch p.solver {
        case "gradient_descent": rule = .gradientDescent(weightDecay: try p.double("weight_decay", default: 0))
        case "momentum": rule = .momentum(try p.double("momentum"))
        case "nesterov_pytorch": rule = .nesterovPyTorch(try p.double("momentum"))
        case "nesterov_lookahead": rule = .nesterovLookahead(try p.double("momentum"))
        case "adamw": rule = .adamW(beta1: try p.double("beta1", default: 0.9), beta2: try p.double("beta2", default: 0.999),
                                    epsilon: try p.double("epsilon", default: 1e-8), weightDecay: try p.double("weight_decay"))
        default: rule = .adam(beta1: try p.double("beta1", default: 0.9), beta2: try p.double("beta2", default: 0.999),
                             epsilon: try p.double("epsilon", default: 1e-8))
        }
        let start = try p.vector("start")
        let gradient: Optimizer.AffineGradient
        switch (p.has("gradient"), p.has("gradient_matrix")) {
        case (true, false):
            gradient = .constant(try p.vector("gradient"))
        case (false, true):
            let matrix = try p.matrix("gradient_matrix")
            let offset = try p.optionalVector("gradient_offset") ?? Array(repeating: 0, count: start.count)
            gradient = Optimizer.AffineGradient(matrix: matrix, offset: offset)
        default:
            throw Problem(detail: "\(p.solver): give exactly one of 'gradient' and 'gradient_matrix'")
        }
        guard gradient.offset.count == start.count, gradient.matrix.count == start.count,
              gradient.matrix.allSatisfy({ $0.count == start.count }) else {
            throw Problem(detail: "\(p.solver): the gradient must have as many entries as 'start'")
        }
        let steps = try p.int("steps", default: 1)
        guard steps > 0 else { throw Problem(detail: "\(p.solver): 'steps' must be positive") }
        return .optimizer(Optimizer(rule, learningRate: try p.double("learning_rate")), start: start, gradient: gradient, steps: steps)
    }

    /// `values` (names to numbers, lists or rows), `definitions` (names to formulas), and the
    /// formula asked: `value:` for graph_value, `of:` and `wrt:` (a name or a list) for
    /// graph_gradient. `softmax_rows`, `relu_derivative_at_0` as the statement fixes them.
    private static func graph(_ p: inout KeyParameters) throws(Problem) -> SolverCall {
        guard let valueMap = p.node("values")?.mapping else { throw Problem(detail: "\(p.solver): 'values' must map names to numbers, lists or rows") }
        var values: [String: Tensor] = [:]
        for (key, node) in valueMap {
            guard let name = key.scalar?.string else { throw Problem(detail: "\(p.solver): 'values' must map names to numbers, lists or rows") }
            if let number = KeyParameters.number(node) { values[name] = .scalar(number) }
            else if let vector = KeyParameters.vector(node) { values[name] = .vector(vector) }
            else if let rows = KeyParameters.matrix(node), let matrix = try? Tensor.matrix(rows) { values[name] = matrix }
            else { throw Problem(detail: "\(p.solver): value '\(name)' must be a number, a list or rows of equal length") }
        }
        var texts: [String: String] = [:]
        if let node = p.node("definitions") {
            guard let mapping = node.mapping else { throw Problem(detail: "\(p.solver): 'definitions' must map names to formulas") }
            for (key, formula) in mapping {
                guard let name = key.scalar?.string, let text = formula.scalar?.string else {
                    throw Problem(detail: "\(p.solver): 'definitions' must map names to formulas")
                }
                texts[name] = text
            }
        }
        let names = Set(values.keys).union(texts.keys)
        func parse(_ text: String, _ what: String) throws(Problem) -> Formula {
            var parser = FormulaParser(text, names: names)
            guard let formula = parser.wholeFormula() else { throw Problem(detail: "\(p.solver): cannot read the formula of \(what): '\(text)'") }
            return formula
        }
        var definitions: [String: Formula] = [:]
        for (name, text) in texts { definitions[name] = try parse(text, "'\(name)'") }
        let graph = ComputationGraph(values: values, definitions: definitions, softmaxOverRows: try p.bool("softmax_rows", default: false),
                                     reluDerivativeAtZero: p.has("relu_derivative_at_0") ? try p.double("relu_derivative_at_0") : nil)
        if p.solver == "graph_value" {
            let text = try p.string("value")
            return .graph(graph, try parse(text, "'value'"), gradients: nil, flatten: false)
        }
        let target = try p.string("of")
        var wrt: [String]
        if let list = p.node("wrt")?.sequence {
            wrt = list.compactMap { $0.scalar?.string }
            guard wrt.count == list.count, !wrt.isEmpty else { throw Problem(detail: "graph_gradient: 'wrt' must be a name or a list of names") }
        } else {
            wrt = [try p.string("wrt")]
        }
        for name in wrt where !names.contains(name) { throw Problem(detail: "graph_gradient: '\(name)' is neither a value nor a definition") }
        return .graph(graph, try parse(target, "'of'"), gradients: wrt, flatten: false)
    }
}
