import Solve
import Testing

@Suite("Convolution")
struct ConvolutionTests {
    // MARK: 1D

    @Test func crossCorrelationVersusTrueConvolution1D() throws {
        // [1,2,3,4,5] ⋆ [1,0,−1]: x[i] − x[i+2] = −2; flipped kernel [−1,0,1] gives +2.
        #expect(try Convolution().apply([1, 2, 3, 4, 5], kernel: [1, 0, -1]) == [-2, -2, -2])
        #expect(try Convolution(mode: .trueConvolution).apply([1, 2, 3, 4, 5], kernel: [1, 0, -1]) == [2, 2, 2])
        // The kernel-recovery example: [1,4,0,−2,3] ⋆ [2,−1,3] = [−2, 2, 11]; true convolution gives [−1, 8, 8].
        #expect(try Convolution().apply([1, 4, 0, -2, 3], kernel: [2, -1, 3]) == [-2, 2, 11])
        #expect(try Convolution(mode: .trueConvolution).apply([1, 4, 0, -2, 3], kernel: [2, -1, 3]) == [-1, 8, 8])
    }

    @Test func strideAndPadding1D() throws {
        // Padded [0,1,2,3,4,5,0], windows at 0, 2, 4 of [1,1,1]: 3, 9, 9.
        #expect(try Convolution(stride: 2, padding: 1).apply([1, 2, 3, 4, 5], kernel: [1, 1, 1]) == [3, 9, 9])
        // Padding before only: [0,0,1,2,3] ⋆ [1,2,3] = [3, 8, 14].
        #expect(try Convolution(padding: Padding(before: 2, after: 0)).apply([1, 2, 3], kernel: [1, 2, 3]) == [3, 8, 14])
        // Bias is added to every output.
        #expect(try Convolution().apply([1, 2, 3], kernel: [1, 1], bias: 0.5) == [3.5, 5.5])
        #expect(try Convolution(stride: 2, padding: 1).outputLength(inputLength: 5, kernelLength: 3) == 3)
    }

    @Test func dilation1D() throws {
        // Dilation 2: 2·x[i] + x[i+2] = 5, 8, 11, 14.
        #expect(try Convolution(dilation: 2).apply([1, 2, 3, 4, 5, 6], kernel: [2, 1]) == [5, 8, 11, 14])
    }

    @Test func multiChannel1D() throws {
        // out0 = [1,2,3]⋆[1,1] + [4,5,6]⋆[0,1] = [3,5] + [5,6]; out1 = [−1,−1] + [8,10] + 1.
        let output = try Convolution().apply(
            channels: [[1, 2, 3], [4, 5, 6]],
            weights: [[[1, 1], [0, 1]], [[1, -1], [2, 0]]],
            bias: [0, 1])
        #expect(output == [[8, 11], [8, 10]])
    }

    // MARK: 2D

    @Test func classicTwoDimensional() throws {
        let input: [[Double]] = [[1, 2, 3, 0], [0, 1, 2, 3], [3, 0, 1, 2], [2, 3, 0, 1]]
        let kernel: [[Double]] = [[2, 0, 1], [0, 1, 2], [1, 0, 2]]
        #expect(try Convolution2D().apply(input, kernel: kernel) == [[15, 16], [6, 15]])
        #expect(try Convolution2D(mode: .trueConvolution).apply(input, kernel: kernel) == [[11, 12], [10, 11]])
        // Padding 1, stride 2: top-left = 1·1 + 2·2 + 2·1 = 7.
        #expect(try Convolution2D(stride: 2, padding: 1).apply(input, kernel: kernel) == [[7, 10], [10, 15]])
    }

    @Test func dilation2D() throws {
        // 5×5 of 1…25, kernel [[1,0],[0,−1]] dilated by 2: x[i][j] − x[i+2][j+2] = −12.
        let input = (0..<5).map { row in (1...5).map { Double(row * 5 + $0) } }
        let output = try Convolution2D(dilation: 2).apply(input, kernel: [[1, 0], [0, -1]])
        #expect(output == Array(repeating: [-12, -12, -12], count: 3))
    }

    @Test func multiChannelWithBias2D() throws {
        let input: [[[Double]]] = [[[1, 2, 0], [0, 1, 3], [2, 1, 1]], [[0, 1, 1], [2, 0, 1], [1, 1, 0]]]
        let weights: [[[[Double]]]] = [
            [[[1, 0], [0, 1]], [[1, 1], [0, 0]]],
            [[[0, 1], [-1, 0]], [[2, 0], [0, -1]]],
        ]
        let output = try Convolution2D().apply(channels: input, weights: weights, bias: [1, -1])
        #expect(output == [[[4, 8], [4, 4]], [[1, -1], [1, 1]]])
    }

    @Test func asymmetricPadding2D() throws {
        // One zero row on top only: [[0,0],[1,2],[3,4]] ⋆ ones(2×2) = [[3],[10]].
        let layer = Convolution2D(padding: Padding2D(top: 1, bottom: 0, left: 0, right: 0))
        #expect(try layer.apply([[1, 2], [3, 4]], kernel: [[1, 1], [1, 1]]) == [[3], [10]])
    }

    // MARK: Errors

    @Test func invalidParametersThrow() {
        #expect(throws: SolverError.self) { try Convolution(stride: 0).apply([1, 2, 3], kernel: [1]) }
        #expect(throws: SolverError.kernelTooLarge(kernel: 4, paddedInput: 3)) { try Convolution().apply([1, 2, 3], kernel: [1, 1, 1, 1]) }
        #expect(throws: SolverError.self) { try Convolution(padding: -1).apply([1, 2, 3], kernel: [1]) }
        #expect(throws: SolverError.self) { try Convolution(dilation: 0).apply([1, 2, 3], kernel: [1]) }
        #expect(throws: SolverError.emptyInput("input")) { try Convolution().apply([], kernel: [1]) }
        // Absurd sizes throw instead of overflowing or exhausting memory.
        #expect(throws: SolverError.self) { try Convolution(padding: 1_000_000_000_000).apply([1], kernel: [1]) }
        #expect(throws: SolverError.overflow) { try Convolution(padding: Padding(before: Int.max, after: Int.max)).apply([1], kernel: [1]) }
        #expect(throws: SolverError.self) { try Convolution(dilation: Int.max).apply([1, 2], kernel: [1, 1]) }
        #expect(throws: SolverError.self) { try Convolution2D().apply([[1, 2], [3]], kernel: [[1]]) }
        #expect(throws: SolverError.self) { try Convolution2D().apply([[1, 2], [3, 4]], kernel: [[1, 1, 1]]) }
        #expect(throws: SolverError.self) {
            // Weights for two input channels, input with one.
            try Convolution2D().apply(channels: [[[1]]], weights: [[[[1]], [[1]]]])
        }
        #expect(throws: SolverError.self) {
            try Convolution2D().apply(channels: [[[1]]], weights: [[[[1]]]], bias: [1, 2])
        }
    }
}
