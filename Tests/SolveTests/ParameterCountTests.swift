import Solve
import Testing

@Suite("Parameter counts")
struct ParameterCountTests {
    @Test func standardConvolution() throws {
        #expect(try ParameterCount.convolution(inChannels: 3, outChannels: 4, kernel: 3, bias: false).total == 108)
        #expect(try ParameterCount.convolution(inChannels: 64, outChannels: 128, kernel: 3).total == 73856)
        #expect(try ParameterCount.convolution(inChannels: 3, outChannels: 16, kernel: 5).total == 1216)
        // Grouped: 128 · (64/4) · 9 = 18432.
        #expect(try ParameterCount.convolution(inChannels: 64, outChannels: 128, kernel: 3, bias: false, groups: 4).total == 18432)
    }

    @Test func depthwiseSeparable() throws {
        let small = try ParameterCount.depthwiseSeparable(inChannels: 3, outChannels: 4, kernel: 3, depthwiseBias: false, pointwiseBias: false)
        #expect(small.parts.map(\.count) == [27, 12])
        #expect(small.total == 39)
        let large = try ParameterCount.depthwiseSeparable(inChannels: 64, outChannels: 128, kernel: 3)
        #expect(large.parts.map(\.count) == [576, 64, 8192, 128])
        #expect(large.total == 8960)
        #expect(large.description == "576 + 64 + 8192 + 128 = 8960")
        #expect(large.count(of: "pointwise weights") == 8192)
    }

    @Test func fullyConnectedAndNormalization() throws {
        #expect(try ParameterCount.fullyConnected(inputs: 4096, outputs: 1000).total == 4_097_000)
        #expect(try ParameterCount.fullyConnected(inputs: 10, outputs: 5, bias: false).total == 50)
        let batchNorm = try ParameterCount.batchNormalization(channels: 128)
        #expect(batchNorm.trainable == 256)
        #expect(batchNorm.nonTrainable == 256)
        #expect(batchNorm.total == 512)
        #expect(try ParameterCount.layerNormalization(features: 512).trainable == 1024)
    }

    @Test func invalidParametersThrow() {
        #expect(throws: SolverError.self) { try ParameterCount.convolution(inChannels: 0, outChannels: 4, kernel: 3) }
        #expect(throws: SolverError.self) { try ParameterCount.convolution(inChannels: 6, outChannels: 4, kernel: 3, groups: 4) }
        #expect(throws: SolverError.self) { try ParameterCount.convolution(inChannels: 3, outChannels: 4, kernel: -3) }
        #expect(throws: SolverError.overflow) { try ParameterCount.fullyConnected(inputs: Int.max, outputs: 2) }
        #expect(throws: SolverError.self) { try ParameterCount.batchNormalization(channels: -1) }
    }
}
