import Solve
import Testing

@Suite("Transposed convolution")
struct TransposedConvolutionTests {
    @Test func oneDimensionalStrideAndCropping() throws {
        // [1,2,3] with kernel [1,1], stride 2: each value copied twice.
        #expect(try TransposedConvolution(stride: 2).apply([1, 2, 3], kernel: [1, 1]) == [1, 1, 2, 2, 3, 3])
        // padding 1 crops one position from each side.
        #expect(try TransposedConvolution(stride: 2, padding: 1).apply([1, 2, 3], kernel: [1, 1]) == [1, 2, 2, 3])
        // output padding adds a position at the end.
        #expect(try TransposedConvolution(stride: 2, outputPadding: 1).apply([1, 2, 3], kernel: [1, 1]) == [1, 1, 2, 2, 3, 3, 0])
        // Overlap: full [1,2,5,4,9,6,9], cropped by 1 → [2,5,4,9,6].
        #expect(try TransposedConvolution(stride: 2, padding: 1).apply([1, 2, 3], kernel: [1, 2, 3]) == [2, 5, 4, 9, 6])
    }

    @Test func outputLengthFormula() throws {
        // (L − 1)·S − 2P + D·(K − 1) + output_padding + 1
        #expect(try TransposedConvolution.outputLength(input: 3, kernel: 3, stride: 2, padding: 1) == 5)
        #expect(try TransposedConvolution.outputLength(input: 7, kernel: 4, stride: 2, padding: 1) == 14)
        #expect(try TransposedConvolution.outputLength(input: 4, kernel: 3, stride: 2, padding: 1, outputPadding: 1) == 8)
    }

    @Test func twoDimensional() throws {
        let x: [[Double]] = [[0, 1], [2, 3]]
        let k: [[Double]] = [[0, 1], [2, 3]]
        #expect(try TransposedConvolution2D().apply(x, kernel: k) == [[0, 0, 1], [0, 4, 6], [4, 12, 9]])
        #expect(try TransposedConvolution2D(stride: 2).apply(x, kernel: k)
            == [[0, 0, 0, 1], [0, 0, 2, 3], [0, 2, 0, 3], [4, 6, 6, 9]])
        // 2×2 input, 3×3 kernel, stride 2, padding 1, output padding 1 → 4×4.
        let output = try TransposedConvolution2D(stride: 2, padding: 1, outputPadding: 1)
            .apply([[1, 2], [3, 4]], kernel: [[1, 0, -1], [2, 1, 0], [0, 1, 1]])
        #expect(output == [[1, 4, 2, 0], [1, 2, 2, -2], [3, 8, 4, 0], [3, 3, 4, 4]])
    }

    @Test func multiChannelWeightsAreInputMajor() throws {
        // weights[C_in = 2][C_out = 1][2][2], bias 0.5.
        let output = try TransposedConvolution2D().apply(
            channels: [[[1, 0], [0, 1]], [[2, 1], [0, 0]]],
            weights: [[[[1, 1], [1, 1]]], [[[1, -1], [0, 1]]]],
            bias: [0.5])
        #expect(output == [[[3.5, 0.5, -0.5], [1.5, 4.5, 2.5], [0.5, 1.5, 1.5]]])
    }

    @Test func invalidParametersThrow() {
        #expect(throws: SolverError.self) { try TransposedConvolution(stride: 0).apply([1], kernel: [1]) }
        #expect(throws: SolverError.self) { try TransposedConvolution(stride: 2, outputPadding: 2).apply([1], kernel: [1]) }
        #expect(throws: SolverError.self) { try TransposedConvolution(padding: 2).apply([1, 2], kernel: [1]) }
        #expect(throws: SolverError.self) { try TransposedConvolution(padding: -1).apply([1, 2], kernel: [1]) }
        #expect(throws: SolverError.self) { try TransposedConvolution(stride: 1_000_000_000_000).apply([1, 2], kernel: [1]) }
        #expect(throws: SolverError.overflow) { try TransposedConvolution(stride: Int.max).apply([1, 2, 3], kernel: [1]) }
        #expect(throws: SolverError.self) {
            try TransposedConvolution2D().apply(channels: [[[1]]], weights: [[[[1]]], [[[1]]]])
        }
    }
}
