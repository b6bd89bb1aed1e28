import Solve
import Testing

@Suite("Mean-normalization gradient")
struct MeanNormalizationGradientTests {
    @Test func expression() {
        #expect(MeanNormalizationGradient.expression == "∂L/∂x_i = g_i − (1/m) Σ_j g_j")
        #expect(MeanNormalizationGradient.answer == .expression("∂L/∂x_i = g_i − (1/m) Σ_j g_j"))
    }

    @Test func subtractsTheMeanOfTheUpstreamGradient() throws {
        #expect(try MeanNormalizationGradient.inputGradient(upstream: [1, 2, 3, 6]) == [-2, -1, 0, 3])
        #expect(try MeanNormalizationGradient.inputGradient(upstream: [1, 1, 1]) == [0, 0, 0])
        #expect(try MeanNormalizationGradient.inputGradient(upstream: [q(1), q(0), q(0)]) == [q(2, 3), q(-1, 3), q(-1, 3)])
        // The gradient always sums to zero.
        let gradient = try MeanNormalizationGradient.inputGradient(upstream: [0.5, -2, 4, 7.5])
        #expect(isClose(gradient.reduce(0, +), 0))
    }

    @Test func batchOfOneHasZeroGradient() throws {
        #expect(MeanNormalizationGradient.batchOfOne == 0)
        #expect(try MeanNormalizationGradient.inputGradient(upstream: [5]) == [0])
        #expect(try MeanNormalizationGradient.jacobian(batchSize: 1) == [[q(0)]])
    }

    @Test func jacobian() throws {
        #expect(try MeanNormalizationGradient.jacobian(batchSize: 2) == [[q(1, 2), q(-1, 2)], [q(-1, 2), q(1, 2)]])
        let three = try MeanNormalizationGradient.jacobian(batchSize: 3)
        #expect(three[0] == [q(2, 3), q(-1, 3), q(-1, 3)])
    }

    @Test func invalidInputThrows() {
        #expect(throws: SolverError.self) { try MeanNormalizationGradient.inputGradient(upstream: [Double]()) }
        #expect(throws: SolverError.self) { try MeanNormalizationGradient.inputGradient(upstream: [Rational]()) }
        #expect(throws: SolverError.self) { try MeanNormalizationGradient.jacobian(batchSize: 0) }
        #expect(throws: SolverError.self) { try MeanNormalizationGradient.inputGradient(upstream: [.infinity]) }
    }
}
