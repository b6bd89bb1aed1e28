import Foundation
@testable import Solve
import TestSupport
import Testing

/// Networks and computational graphs written as equations: the tensor algebra and reverse-mode
/// gradients against hand values and finite differences, and the parts that ask for values,
/// gradients, formulas and attention, including the ones that must not be computed.
@Suite("Computational graphs")
struct ComputationGraphTests {
    static func answer(_ text: String, statement: String) -> Recognition {
        Recognizer().recognize(PartStatement(id: "2b", text: text, context: statement))
    }

    static func numbers(_ recognition: Recognition) -> [Double]? {
        switch recognition.answer {
        case .real(let value)?: [value.value]
        case .integer(let value)?: [Double(value)]
        case .vector(let values)?: values
        case .matrix(let rows)?: rows.flatMap { $0 }
        default: nil
        }
    }

    static func isGraph(_ recognition: Recognition) -> Bool {
        if case .recognized(let answer) = recognition { return answer.family == .computationGraph }
        return false
    }

    // MARK: - Solver

    @Test func tensorProductsFollowTheWrittenOrientation() throws {
        let w = try Tensor.matrix([[1, 2], [3, 4], [5, 6]])
        let x = Tensor.vector([1, -1])
        #expect(try Tensor.product(w, x).entries == [-1, -1, -1])
        #expect(try Tensor.product(Tensor.vector([1, 0, 1]), w).entries == [6, 8])
        #expect(try Tensor.product(x.transposed, Tensor.vector([2, 3])).entries == [-1])
        #expect(try Tensor.product(x, Tensor.vector([2, 3]).transposed).rowArrays == [[2, 3], [-2, -3]])
        #expect(throws: SolverError.self) { try Tensor.product(x, Tensor.vector([2, 3])) }
        // A bias broadcast over a batch's rows; refused for a square matrix, where it is ambiguous.
        #expect(try Tensor.entrywise(w.transposed, Tensor.vector([1, 1, 1]), +).rowArrays == [[2, 4, 6], [3, 5, 7]])
        #expect(throws: SolverError.self) { try Tensor.entrywise(try Tensor.matrix([[1, 2], [3, 4]]), x, +) }
        let a = try Tensor.matrix([[4, 7], [2, 6]])
        #expect(isClose(try a.inverse.entries, [0.6, -0.7, -0.2, 0.4]))
        #expect(throws: SolverError.self) { try Tensor.matrix([[1, 2], [2, 4]]).inverse }
    }

    /// y = tanh(W x + b), L = ½‖y‖² written with a dot product, at random points: every
    /// reverse-mode gradient equals central differences.
    @Test func gradientsMatchFiniteDifferences() throws {
        var generator = SplitMix(seed: 11)
        for _ in 0..<40 {
            let rows = Int.random(in: 1...3, using: &generator), columns = Int.random(in: 1...3, using: &generator)
            func random(_ n: Int) -> [Double] { (0..<n).map { _ in Double.random(in: -2...2, using: &generator) } }
            var values: [String: Tensor] = [
                "W": try Tensor.matrix((0..<rows).map { _ in random(columns) }),
                "x": .vector(random(columns)), "b": .vector(random(rows)),
            ]
            let definitions: [String: Formula] = [
                "y": .function(.tanh, .sum(.product(.name("W"), .name("x")), .name("b"))),
                "L": .product(.number(0.5), .product(.transpose(.name("y")), .name("y"))),
            ]
            let graph = ComputationGraph(values: values, definitions: definitions)
            for name in ["W", "x", "b"] {
                let gradient = try graph.gradient(of: .name("L"), withRespectTo: name)
                let original = values[name]!
                for index in original.entries.indices {
                    func loss(_ delta: Double) throws -> Double {
                        var shifted = original
                        shifted.entries[index] += delta
                        values[name] = shifted
                        return try ComputationGraph(values: values, definitions: definitions).value(.name("L")).entries[0]
                    }
                    let numeric = (try loss(1e-6) - loss(-1e-6)) / 2e-6
                    values[name] = original
                    #expect(abs(gradient.entries[index] - numeric) < 1e-6)
                }
            }
        }
    }

    @Test func reluAtZeroNeedsItsConvention() throws {
        let values: [String: Tensor] = ["x": .vector([0, 2])]
        let definitions: [String: Formula] = ["L": .product(.transpose(.function(.relu, .name("x"))), .function(.relu, .name("x")))]
        #expect(throws: SolverError.self) { try ComputationGraph(values: values, definitions: definitions).gradient(of: .name("L"), withRespectTo: "x") }
        let stated = ComputationGraph(values: values, definitions: definitions, reluDerivativeAtZero: 0)
        #expect(try stated.gradient(of: .name("L"), withRespectTo: "x").entries == [0, 4])
    }

    // MARK: - Recognition

    static let network = "A tiny regression network computes z = W_1x + b_1, h = ReLU(z), ŷ = w_2^⊤h + b_2, L = 1/2(ŷ − y)^2, "
        + "with x = (2, 1)^⊤, W_1 = [1 −1; 0 2], b_1 = (0, −1)^⊤, w_2 = (2, −3)^⊤, b_2 = 1 and y = 2."

    @Test func networkValuesAndGradients() {
        // z = (1, 1), h = (1, 1), ŷ = 2 − 3 + 1 = 0, L = 2; ∂L/∂ŷ = −2.
        #expect(Self.numbers(Self.answer("Compute the hidden pre-activation z.", statement: Self.network)) == [1, 1])
        #expect(Self.numbers(Self.answer("What is the prediction ŷ?", statement: Self.network)) == [0])
        #expect(Self.numbers(Self.answer("Evaluate the loss L.", statement: Self.network)) == [2])
        #expect(Self.numbers(Self.answer("Compute ∂L/∂w_2.", statement: Self.network)) == [-2, -2])
        #expect(Self.numbers(Self.answer("Compute ∂L/∂b_1.", statement: Self.network)) == [-4, 6])
        #expect(Self.numbers(Self.answer("Compute ∂L/∂W_1.", statement: Self.network)) == [-8, -4, 12, 6])
        #expect(Self.numbers(Self.answer("Give (∂L/∂b_2, ∂L/∂ŷ).", statement: Self.network)) == [-2, -2])
    }

    @Test func aPartWithItsOwnGraphUsesItsOwnValues() {
        let recognition = Self.answer("Separately, let p = a*b − c and q = p^2, at a = 2, b = 3, c = 1. Give [dq/da, dq/db, dq/dc].",
                                      statement: Self.network)
        #expect(Self.numbers(recognition) == [30, 20, -10])
    }

    @Test func severalAsksOrUnreadFormulasAreNotComputed() {
        // Two quantities at once.
        #expect(!Self.isGraph(Self.answer("Compute the forward pass: give z, h and L.", statement: Self.network)))
        // A formula the parser cannot read (a floor) defines nothing; a maximum of two it reads.
        let withFloor = "Consider g(u, v, w) = (u − v) · floor(v / w) at u = 4, v = 1, w = 3."
        #expect(!Self.isGraph(Self.answer("Compute the forward value g.", statement: withFloor)))
        let withMax = "Consider g(u, v, w) = (u − v) · max(v, w) at u = 4, v = 1, w = 3."
        #expect(Self.numbers(Self.answer("Compute the forward value g.", statement: withMax)) == [9])
        // σ defined as the logistic function is the sigmoid: q = σ(2); defined otherwise, it is not.
        let logistic = "Let a = v x + c and q = σ(a) with σ(t) = 1/(1 + e^{−t}). Take v = 3, x = 1 and c = −1."
        #expect(Self.numbers(Self.answer("Compute q.", statement: logistic)).map { abs($0[0] - 1 / (1 + exp(-2))) < 1e-9 } == true)
        let other = "Let a = v x + c and q = σ(a) with σ(t) = t^2 + 1. Take v = 3, x = 1 and c = −1."
        #expect(!Self.isGraph(Self.answer("Compute q.", statement: other)))
        #expect(!Self.isGraph(Self.answer("Compute q = σ(a).", statement: other)))
        // A pasted loss whose ½ and square were flattened: `21 (f − y)2`.
        let pasted = "Consider the scalar network a = v1 x + c, f = v2 a, L = 21 (f − y)2 , with x = 3, y = 0, v1 = 1, c = 2, v2 = 4."
        #expect(!Self.isGraph(Self.answer("Compute L.", statement: pasted)))
        // A value with its unit is a setting, and the ask is something else.
        #expect(!Self.isGraph(Self.answer("For M = 2 kg and r = 0.25 m, find the period of small oscillations.",
                                          statement: "A hoop of mass M and radius r hangs from a nail.")))
        // The part's equation is one of two things asked.
        #expect(!Self.isGraph(Self.answer("Compute the ratio ρ = α/β and the mean wait.", statement: "Arrivals come at α = 4 and service at β = 5.")))
        // A recurrence over time steps.
        #expect(!Self.isGraph(Self.answer("Momentum uses v_t = βv_{t−1} + g_t and w_t = w_{t−1} − ηv_t with β = 0.5, η = 0.2. Find w_2.",
                                          statement: "A weight starts at w_0 = 3.")))
        // A number of the part that plays no role.
        #expect(!Self.isGraph(Self.answer("Compute the loss L. Use 3 examples.", statement: Self.network)))
    }

    @Test func attentionFromItsDefinitionOrItsName() throws {
        let defined = "Q = [1 0; 0 2], K = [0 1; 1 1; 2 0] and V = [1 2; 3 4; 5 6]. Attention(Q, K, V) = softmax(QK^⊤/√d_k) V with d_k = 2."
        let named = "Use scaled dot-product attention with Q = [1 0; 0 2], K = [0 1; 1 1; 2 0] and V = [1 2; 3 4; 5 6]."
        let scores = [0, 1, 2, 2, 2, 0].map { $0 / 2.0.squareRoot() }
        for statement in [defined, named] {
            let s = try #require(Self.numbers(Self.answer("Compute the scaled scores.", statement: statement)))
            #expect(isClose(s, scores))
            let weights = try #require(Self.numbers(Self.answer("Give the attention weights.", statement: statement)))
            let rows = [Array(scores[0..<3]), Array(scores[3..<6])].map { row in row.map { Foundation.exp($0) / row.map(Foundation.exp).reduce(0, +) } }
            #expect(isClose(weights, rows.flatMap { $0 }))
            let output = try #require(Self.numbers(Self.answer("Compute the output.", statement: statement)))
            let expected = rows.flatMap { w in (0..<2).map { j in zip(w, [[1.0, 2], [3, 4], [5, 6]]).reduce(0) { $0 + $1.0 * $1.1[j] } } }
            #expect(isClose(output, expected))
        }
        // d_k that contradicts K's width is not used.
        let wrong = defined.replacingOccurrences(of: "d_k = 2", with: "d_k = 4")
        #expect(!Self.isGraph(Self.answer("Give the attention weights.", statement: wrong)))
    }

    @Test func closedFormFromTheFormulaThePartWrites() {
        let statement = "Let X = [1 0; 1 1; 1 2] and y = (1, 3, 4)^⊤."
        // XᵀX = [3 3; 3 5], Xᵀy = (8, 11): ŵ = (7/6, 3/2).
        let ols = Self.numbers(Self.answer("Compute the least-squares solution ŵ = (X^⊤X)^{−1}X^⊤y.", statement: statement))
        #expect(ols.map { isClose($0, [7.0 / 6, 1.5]) } == true)
        // With λ = 2: [5 3; 3 7]⁻¹ (8, 11) = (23/26, 31/26).
        let ridge = Self.numbers(Self.answer("Compute the ridge solution ŵ = (X^⊤X + λI)^{−1}X^⊤y with λ = 2.", statement: statement))
        #expect(ridge.map { isClose($0, [23.0 / 26, 31.0 / 26]) } == true)
    }

    @Test func sideBySideMatricesAreReadApart() {
        let text = """
        A = [[2, 0],      B = [[1, 1, 0],      c = [1, 2]
        [1, 3]]           [0, 1, 1]]
        """
        let lines = SideBySideAssignments.rewrite(text).split(separator: "\n").map(String.init)
        #expect(lines == ["A = [[2, 0], [1, 3]]", "B = [[1, 1, 0], [0, 1, 1]]", "c = [1, 2]"])
        // Continuation rows that do not match the open matrices leave the text alone.
        let ragged = "A = [[2, 0],      B = [[1, 1],\n[1, 3]]"
        #expect(SideBySideAssignments.rewrite(ragged) == ragged)
    }
}

/// Normalization beyond batch statistics, through the normalization written as a graph;
/// statements written for these tests.
@Suite("Normalization gradients and special batches")
struct NormalizationGraphTests {
    static let statement = "A batch-norm layer sees the values x = (1, 3, 5, 7) of one feature. It has γ = 0.5 and β = −1; use the biased variance and ε = 0."

    static func numbers(_ text: String, context: String = statement) -> [Double]? {
        ComputationGraphTests.numbers(Recognizer().recognize(PartStatement(id: "1c", text: text, context: context)))
    }

    @Test func gradientsFromAnUpstreamGradient() throws {
        // μ = 4, σ² = 5, x̂ = (−3, −1, 1, 3)/√5. With g = (0, 1, 0, 0): ∂L/∂β = 1, ∂L/∂γ = x̂_2,
        // ∂L/∂x = γ/σ (g − mean(g) − x̂ mean(g x̂)).
        let sigma = 5.0.squareRoot()
        let xhat = [-3.0, -1, 1, 3].map { $0 / sigma }
        let g = [0.0, 1, 0, 0]
        let meanG = 0.25, meanGX = zip(g, xhat).reduce(0) { $0 + $1.0 * $1.1 } / 4
        let expected = (0..<4).map { 0.5 / sigma * (g[$0] - meanG - xhat[$0] * meanGX) }
        let dx = try #require(Self.numbers("The upstream gradient is ∂L/∂y = (0, 1, 0, 0). Compute ∂L/∂x."))
        #expect(isClose(dx, expected))
        let context = Self.statement + "\n(c) The upstream gradient is ∂L/∂y = (0, 1, 0, 0). Compute ∂L/∂x."
        let affine = try #require(Self.numbers("For the same upstream gradient, give (∂L/∂γ, ∂L/∂β).", context: context))
        #expect(isClose(affine, [xhat[1], 1]))
    }

    @Test func aBatchOfOneExample() {
        let context = Self.statement + "\n(d) Now the batch holds a single example, x = 4, with ε = 10^{−3} and the same γ, β. What is the output y?"
        #expect(Self.numbers("Now the batch holds a single example, x = 4, with ε = 10^{−3} and the same γ, β. What is the output y?") == [-1])
        #expect(Self.numbers("For that single example, what is ∂L/∂x if ∂L/∂y = 5?", context: context) == [0])
        // With ε = 0 a batch of one divides by zero: not computed.
        #expect(Self.numbers("Now the batch holds a single example, x = 4, still with ε = 0. What is the output y?") == nil)
    }

    @Test func unbiasedVarianceAndLayerNorm() throws {
        let context = Self.statement + "\n(a) Compute the normalized values x̂_i."
        let unbiased = try #require(Self.numbers("Repeat (a) with the unbiased variance (divide by n − 1).", context: context))
        #expect(isClose(unbiased, [-3.0, -1, 1, 3].map { $0 / (20.0 / 3).squareRoot() }))
        let layer = try #require(Self.numbers("Layer normalization with no affine parameters and ε = 0 is applied to the feature vector (2, 2, 5, 7). Give the output."))
        #expect(isClose(layer, [-2.0, -2, 1, 3].map { $0 / 4.5.squareRoot() }))
    }

    @Test func theQuestionNotTheStatementSaysWhatIsAsked() {
        // The statement names the variance it uses; the question asks for one output.
        let text = "A batch-norm layer receives the batch x = (1, 2, 2, 7). It normalises with the biased batch variance, ε = 0, scale γ = 2 and shift β = 0. What is the output for the example x = 7?"
        let recognition = Recognizer().recognize(PartStatement(id: "3", text: text))
        // μ = 3, σ² = (4 + 1 + 1 + 16)/4 = 5.5: y = 2 · 4/√5.5.
        #expect(ComputationGraphTests.numbers(recognition).map { isClose($0, [8 / 5.5.squareRoot()]) } == true)
        let repeated = text.replacingOccurrences(of: "x = 7?", with: "x = 2?")
        #expect(ComputationGraphTests.numbers(Recognizer().recognize(PartStatement(id: "3", text: repeated))) == nil)
    }
}

extension ComputationGraphTests {
    @Test func indexedDefinitionsRowsAndFragments() throws {
        // A schedule over steps, asked at one step.
        let schedule = "A warm-up schedule sets α_k = α_{max} k/K with α_{max} = 0.3 and K = 10. What is α_{4}?"
        #expect(Self.numbers(Self.answer(schedule, statement: "")).map { isClose($0, [0.12]) } == true)
        // One row of an attention output, by its ordinal.
        let attention = "Three tokens have Q = [1 0; 0 1; 1 1], K = [1 0; 0 1; 1 1] and V = [2 0; 0 2; 1 1]. Attention(Q, K, V) = softmax(QK^⊤/√d_k) V with d_k = 2."
        let all = try #require(Self.numbers(Self.answer("Compute the output.", statement: attention)))
        let third = try #require(Self.numbers(Self.answer("Give the output for the third token.", statement: attention)))
        #expect(third == Array(all[4..<6]))
        #expect(!Self.isGraph(Self.answer("Give the output for the token 'cat'.", statement: attention)))
        // The tail of a formula the parser could not read is no formula of its own.
        let pasted = "A query q = (1, 0) attends over keys with dk = 2."
        #expect(!Self.isGraph(Self.answer("Compute the three scaled scores si = q⊤ ki / √ dk .", statement: pasted)))
    }
}

/// Least squares and ridge in closed form, on data written for these tests.
@Suite("Least squares")
struct LeastSquaresTests {
    static let statement = "We fit y ≈ w_0 + w_1x to three points:\nx 1 2 4\ny 2 3 7\nWrite X for the design matrix with a leading column of ones."

    static func numbers(_ text: String, context: String = statement) -> [Double]? {
        ComputationGraphTests.numbers(Recognizer().recognize(PartStatement(id: "3b", text: text, context: context)))
    }

    @Test func fitsErrorsAndPredictions() throws {
        // XᵀX = [3 7; 7 21], Xᵀy = (12, 36): w = (0, 12/7).
        let ols = try #require(Self.numbers("Compute the ordinary least-squares solution ŵ = (X^⊤X)^{−1}X^⊤y."))
        #expect(isClose(ols, [0, 12.0 / 7]))
        // Residuals (12/7 − 2, 24/7 − 3, 48/7 − 7) = (−2/7, 3/7, −1/7): MSE = 14/49/3.
        let context = Self.statement + "\n(a) Compute the ordinary least-squares solution ŵ = (X^⊤X)^{−1}X^⊤y.\n(b) Compute the ridge solution ŵ = (X^⊤X + λI)^{−1}X^⊤y with λ = 3."
        let mse = try #require(Self.numbers("What is the mean squared training error of the fit from (a)?", context: context))
        #expect(isClose(mse, [14.0 / 49 / 3]))
        // Ridge: [6 7; 7 24]⁻¹ (12, 36) = (36/95, 132/95); at x = 5: 36/95 + 660/95.
        let prediction = try #require(Self.numbers("Using the ridge model from (b), predict y at x = 5.", context: context))
        #expect(isClose(prediction, [696.0 / 95]))
        // Ridge without its formula written (how λ scales, whether the intercept is penalized): not computed.
        #expect(Self.numbers("Give the ridge estimate for λ = 3.") == nil)
    }

    @Test func aModelWithoutIntercept() {
        let statement = "Fit the model y = wx (no intercept) to the data x = (1, 3), y = (2, 5)."
        // w = Σxy/Σx² = 17/10.
        #expect(Self.numbers("Give the least-squares estimate.", context: statement).map { isClose($0, [1.7]) } == true)
    }
}
