import Solve
import Testing

@Suite("Kernel recovery")
struct KernelRecoveryTests {
    @Test func recoversTheHomeworkFilter() throws {
        // Checked by hand: 1·2 + 4·(−1) + 0·3 = −2; 4·2 + 0 − 2·3 = 2; 0 + (−2)(−1) + 3·3 = 11.
        let outcome = try KernelRecovery.recover(input: [1, 4, 0, -2, 3], output: [-2, 2, 11])
        #expect(outcome == .kernel([q(2), q(-1), q(3)]))
        // Under true convolution the same numbers mean the flipped filter [3, −1, 2].
        let flipped = try KernelRecovery.recover(input: [1, 4, 0, -2, 3], output: [-2, 2, 11], mode: .trueConvolution)
        #expect(flipped == .kernel([q(3), q(-1), q(2)]))
        #expect(try KernelRecovery.recover(input: [1, 4, 0, -2, 3], output: [-1, 8, 8], mode: .trueConvolution).get() == [q(2), q(-1), q(3)])
    }

    @Test func fractionalKernelsAndStride() throws {
        // [1,2,3,4] ⋆ [1/2, 1/3] = [1/2 + 2/3, 1 + 1, 3/2 + 4/3] = [7/6, 2, 17/6]: more equations than unknowns.
        let outcome = try KernelRecovery.recover(
            input: [q(1), q(2), q(3), q(4)], output: [q(7, 6), q(2), q(17, 6)])
        #expect(outcome == .kernel([q(1, 2), q(1, 3)]))
        // Stride 2, padding 1: [1,2,3,4,5] ⋆ [1,1,1] = [3, 9, 9].
        let strided = try KernelRecovery.recover(input: [1, 2, 3, 4, 5], output: [3, 9, 9], kernelLength: 3, stride: 2, padding: 1)
        #expect(strided == .kernel([q(1), q(1), q(1)]))
    }

    @Test func twoDimensional() throws {
        let input = [[1, 2, 0], [0, 1, 3], [2, 1, 1]]
        let expected = [[q(1), q(-1)], [q(2), q(0)]]
        #expect(try KernelRecovery.recover(input: input, output: [[-1, 4], [3, 0]]) == .kernel(expected))
        #expect(try KernelRecovery.recover(input: input, output: [[5, 2], [1, 6]], mode: .trueConvolution) == .kernel(expected))
    }

    @Test func neverGuesses() throws {
        // A constant signal cannot tell the three weights apart.
        let flat = try KernelRecovery.recover(input: [1, 1, 1, 1], output: [2, 2], kernelLength: 3)
        #expect(flat == .underdetermined(rank: 1, unknowns: 3))
        #expect(throws: SolverError.underdetermined(rank: 1, unknowns: 3)) { try flat.get() }
        // w0 + 2w1 = 1 and 2w0 + 3w1 = 1 force w = (−1, 1), which gives 1, not 5, for the third.
        let contradictory = try KernelRecovery.recover(input: [1, 2, 3, 4], output: [1, 1, 5])
        #expect(contradictory == .inconsistent)
        #expect(throws: SolverError.inconsistent) { try contradictory.get() }
    }

    @Test func invalidInputThrows() {
        #expect(throws: SolverError.self) { try KernelRecovery.recover(input: [1, 2], output: [1, 2, 3]) }
        #expect(throws: SolverError.self) { try KernelRecovery.recover(input: [1, 2, 3], output: [1], kernelLength: 2) }
        #expect(throws: SolverError.self) { try KernelRecovery.recover(input: [1, 2, 3, 4], output: [1, 2], stride: 2) }
        #expect(throws: SolverError.self) { try KernelRecovery.recover(input: [Int](), output: [1]) }
        #expect(throws: SolverError.self) { try KernelRecovery.recover(input: [[1, 2], [3]], output: [[1]]) }
        #expect(throws: SolverError.self) { try KernelRecovery.recover(input: [1, 2, 3], output: [1], stride: 0) }
        #expect(throws: SolverError.self) { try KernelRecovery.recover(input: [1, 2, 3], output: [1], padding: 1_000_000_000) }
        #expect(throws: SolverError.self) {
            try KernelRecovery.recover(input: [1, 2, 3], output: [1], kernelLength: Int.max, padding: Padding(before: Int.max, after: 0))
        }
    }

    @Test func linearSystemReportsRank() throws {
        let system = try LinearSystem(coefficients: [[q(1), q(2)], [q(2), q(4)]], constants: [q(3), q(6)])
        #expect(try system.solve() == .underdetermined(rank: 1, unknowns: 2))
        let solvable = try LinearSystem(coefficients: [[q(2), q(1)], [q(1), q(3)]], constants: [q(5), q(10)])
        #expect(try solvable.solve() == .unique([q(1), q(3)]))
        #expect(throws: SolverError.self) { try LinearSystem(coefficients: [[q(1)]], constants: []) }
    }
}
