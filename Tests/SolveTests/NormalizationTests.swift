import Problems
import Source
import Solve
import Testing

@Suite("Batch and layer normalization")
struct NormalizationTests {
    @Test func exactBatchOfFour() throws {
        // 3, 7, 3, 7 with γ = 3, β = −1, ε = 0: μ = 5, σ² = 4, x̂ = ∓1, y = −4 / 2.
        let group = try NormalizationLayer().normalize([3, 7, 3, 7], gamma: 3, beta: -1)
        #expect(group.mean == RealValue(5, exact: "5"))
        #expect(group.variance == RealValue(4, exact: "4"))
        #expect(group.standardDeviation == RealValue(2, exact: "2"))
        #expect(group.normalized.map(\.value) == [-1, 1, -1, 1])
        #expect(group.normalized[1].exact == "1")
        #expect(group.output.map(\.value) == [-4, 2, -4, 2])
        #expect(group.output[1] == RealValue(2, exact: "2"))
    }

    @Test func closedFormsWithSquareRoots() throws {
        // 1, 3, 5 with ε = 1/3: μ = 3, σ² = 8/3, σ² + ε = 3, x̂₁ = −2/√3, y₁ = −1 − 2√3.
        let group = try NormalizationLayer(epsilon: 1.0 / 3.0).normalize([1, 3, 5], gamma: 3, beta: -1)
        #expect(group.variance.exact == "8/3")
        #expect(group.standardDeviation.exact == "√3")
        #expect(group.normalized.map(\.exact) == ["-2/√3", "0", "2/√3"])
        #expect(isClose(group.normalized[0].value, -1.1547005383792517))
        #expect(group.output.map(\.exact) == ["-1 - 2√3", "-1", "-1 + 2√3"])
        #expect(isClose(group.output[0].value, -4.464101615137754))
        // 0, 2, 4 with ε = 0: σ² = 8/3, √(8/3) = 2√6/3, x̂₁ = −2/(2√6/3) = −3/√6 = −√6/2 ≈ −1.2247.
        let other = try NormalizationLayer().normalize([0, 2, 4])
        #expect(other.standardDeviation.exact == "2√6/3")
        #expect(other.normalized[0].exact == "-√6/2")
        #expect(isClose(other.normalized[0].value, -1.224744871391589))
    }

    @Test func irrationalInputsHaveNoExactForm() throws {
        let group = try NormalizationLayer().normalize([Double(2).squareRoot(), 0])
        #expect(group.mean.exact == nil)
        #expect(isClose(group.variance.value, 0.5))
        #expect(isClose(group.normalized.map(\.value), [1, -1]))
    }

    @Test func batchNormalizesColumnsLayerNormalizesRows() throws {
        let batch = try NormalizationLayer().batchNormalization([[1, 2], [3, 6]], gamma: [2, 1], beta: [0, 1])
        #expect(batch.groups.map(\.mean.value) == [2, 4])
        #expect(batch.groups.map(\.variance.value) == [1, 4])
        #expect(batch.output.map { $0.map(\.value) } == [[-2, 0], [2, 2]])

        let layer = try NormalizationLayer().layerNormalization([[1, 3], [2, 6]])
        #expect(layer.groups.map(\.mean.value) == [2, 4])
        #expect(layer.groups.map(\.variance.value) == [1, 4])
        #expect(layer.normalized.map { $0.map(\.value) } == [[-1, 1], [-1, 1]])
    }

    @Test func reducedAxes() {
        #expect(NormalizationKind.batch.reducedAxes == ["N", "H", "W"])
        #expect(NormalizationKind.layer.reducedAxes == ["C", "H", "W"])
        #expect(NormalizationKind.instance.reducedAxes == ["H", "W"])
        #expect(NormalizationKind.group.reducedAxes == ["C", "H", "W"])
        #expect(NormalizationKind.batch.statisticsPer == ["C"])
        #expect(NormalizationKind.group.statisticsPer == ["N", "G"])
        #expect(NormalizationKind.allCases.filter(\.dependsOnBatch) == [.batch])
    }

    @Test func invalidInputThrows() {
        // Constant input with ε = 0: x̂ = 0/0.
        #expect(throws: SolverError.self) { try NormalizationLayer().normalize([2, 2, 2]) }
        #expect(throws: SolverError.self) { try NormalizationLayer(epsilon: -1).normalize([1, 2]) }
        #expect(throws: SolverError.self) { try NormalizationLayer().normalize([]) }
        #expect(throws: SolverError.self) { try NormalizationLayer().normalize([1, 2], gamma: [1], beta: [0, 0]) }
        #expect(throws: SolverError.self) { try NormalizationLayer().batchNormalization([[1, 2], [3]]) }
        #expect(throws: SolverError.self) { try NormalizationLayer().layerNormalization([[1, 2]], gamma: [1, 2, 3]) }
        #expect(throws: SolverError.self) { try NormalizationLayer().normalize([.nan, 1]) }
    }

    @Test func epsilonRescuesConstantInput() throws {
        let group = try NormalizationLayer(epsilon: 1).normalize([2, 2], gamma: 5, beta: 0.5)
        #expect(group.normalized.map(\.value) == [0, 0])
        #expect(group.output == [RealValue(0.5, exact: "1/2"), RealValue(0.5, exact: "1/2")])
    }
}

/// Every element's normalized value or output, with the batch in a Markdown table's row; and a
/// part with numbers of its own, which the statement's batch does not answer.
@Suite("Normalization of a whole batch")
struct WholeBatchNormalizationTests {
    static let sheet = """
        # Quiz

        ## 1. Batch norm

        One feature takes these values in a batch:

        | example | 1 | 2 | 3 |
        |---|---|---|---|
        | $x_i$ | 1 | 3 | 5 |

        The layer has $\\gamma = 3$ and $\\beta = -1$; use $\\epsilon = 0$ and the biased variance.

        **(a)** Compute the normalized values $\\hat{x}_i$.

        **(b)** Compute the layer's outputs $y_i = \\gamma \\hat{x}_i + \\beta$.

        **(c)** Layer normalization (biased variance, no affine parameters) is applied to the vector $(2, 4, 4, 6)$. What is its variance?
        """

    @Test func wholeBatch() throws {
        let document = ProblemDocument(source: SourceReader.markdown(Self.sheet))
        let answers = Dictionary(document.partStatements.map { ($0.id, Recognizer().recognize($0)) }, uniquingKeysWith: { a, _ in a })
        // Mean 3, biased variance 8/3: x̂ = (−2, 0, 2)/√(8/3).
        let scale = (8.0 / 3.0).squareRoot()
        guard case .vector(let normalized)? = answers["1a"]?.answer else { Issue.record("1a: \(String(describing: answers["1a"]))"); return }
        #expect(isClose(normalized, [-2 / scale, 0, 2 / scale]))
        guard case .vector(let outputs)? = answers["1b"]?.answer else { Issue.record("1b: \(String(describing: answers["1b"]))"); return }
        #expect(isClose(outputs, [-6 / scale - 1, -1, 6 / scale - 1]))
        // Its own vector, not the table's batch.
        #expect(answers["1c"]?.answer == nil, "\(String(describing: answers["1c"]))")
    }
}
