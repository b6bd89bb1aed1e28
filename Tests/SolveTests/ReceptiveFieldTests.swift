import Solve
import Testing

@Suite("Receptive field")
struct ReceptiveFieldTests {
    @Test func stackedThreeByThrees() throws {
        let field = try ReceptiveField(kernels: [3, 3, 3], strides: [1, 1, 1])
        #expect(field.sizes == [3, 5, 7])
        #expect(field.size == 7)
    }

    @Test func stridesMultiplyLaterGrowth() throws {
        // conv3 s1, pool2 s2, conv3 s1: 1 + 2·1 + 1·1 + 2·2 = 8.
        let field = try ReceptiveField(kernels: [3, 2, 3], strides: [1, 2, 1])
        #expect(field.sizes == [3, 4, 8])
        #expect(field.jumps == [1, 2, 2])
        // Two conv 3×3 stride 2: 1 + 2 + 2·2 = 7.
        #expect(try ReceptiveField(kernels: [3, 3], strides: [2, 2]).size == 7)
    }

    @Test func dilationUsesTheEffectiveKernel() throws {
        // 3×3 with dilation 1, 2, 4: 1 + 2 + 4 + 8 = 15.
        #expect(try ReceptiveField(kernels: [3, 3, 3], strides: [1, 1, 1], dilations: [1, 2, 4]).size == 15)
        #expect(try ReceptiveField.Stage(kernel: 3, dilation: 4).effectiveKernel() == 9)
    }

    @Test func fromLayers() throws {
        let size = try ReceptiveField.size(of: [
            .convolution(filters: 16, kernel: 5, padding: 2),
            .pooling(.max, window: 2),
            .convolution(filters: 32, kernel: 3),
        ])
        // 1 + 4 + 1 + 2·2 = 10.
        #expect(size == Size2D(10))
        #expect(try ReceptiveField(stages: []).size == 1)
    }

    @Test func invalidParametersThrow() {
        #expect(throws: SolverError.self) { try ReceptiveField(kernels: [3, 0], strides: [1, 1]) }
        #expect(throws: SolverError.self) { try ReceptiveField(kernels: [3], strides: [0]) }
        #expect(throws: SolverError.self) { try ReceptiveField(kernels: [3, 3], strides: [1]) }
        #expect(throws: SolverError.self) { try ReceptiveField.size(of: [.globalAveragePooling]) }
    }
}
