import Solve
import Testing

@Suite("Layer shapes")
struct LayerShapeTests {
    @Test func outputLengthFormula() throws {
        // ⌊(H + 2P − D(K−1) − 1)/S⌋ + 1
        #expect(try LayerShape.outputLength(input: 32, kernel: 5, stride: 1, padding: 2) == 32)
        #expect(try LayerShape.outputLength(input: 227, kernel: 11, stride: 4) == 55)
        #expect(try LayerShape.outputLength(input: 7, kernel: 3, stride: 2, padding: 1) == 4)
        #expect(try LayerShape.outputLength(input: 7, kernel: 3, dilation: 2) == 3)
        #expect(try LayerShape.outputLength(input: 6, kernel: 3, stride: 2) == 2)
    }

    @Test func ceilMode() throws {
        #expect(try LayerShape.outputLength(input: 5, kernel: 2, stride: 2) == 2)
        #expect(try LayerShape.outputLength(input: 5, kernel: 2, stride: 2, ceilMode: true) == 3)
        #expect(try LayerShape.outputLength(input: 6, kernel: 3, stride: 2, ceilMode: true) == 3)
        // A last window starting in the padding is dropped: 5, k2, s2, p1 → 3 (not 4).
        #expect(try LayerShape.outputLength(input: 5, kernel: 2, stride: 2, padding: 1, ceilMode: true) == 3)
    }

    @Test func stackOfLayers() throws {
        // 32×32×3 → conv 5×5 ×16, pad 2 → maxpool 2×2 s2 → conv 3×3 ×32 → 14×14×32.
        let shapes = try LayerShape(height: 32, width: 32, channels: 3).applying([
            .convolution(filters: 16, kernel: 5, stride: 1, padding: 2),
            .pooling(.max, window: 2, stride: 2),
            .convolution(filters: 32, kernel: 3),
        ])
        #expect(shapes.map(\.description) == ["32×32×16", "16×16×16", "14×14×32"])
        #expect(shapes.last?.answer() == .shape(dimensions: [14, 14, 32], layout: "HWC"))
        #expect(shapes.last?.answer(.chw) == .shape(dimensions: [32, 14, 14], layout: "CHW"))
    }

    @Test func alexNetStemAndOtherLayers() throws {
        let input = LayerShape(height: 227, width: 227, channels: 3)
        let shapes = try input.applying([
            .convolution(filters: 96, kernel: 11, stride: 4),
            .pooling(.max, window: 3, stride: 2),
            .globalAveragePooling,
        ])
        #expect(shapes.map(\.description) == ["55×55×96", "27×27×96", "1×1×96"])
        let upsampled = try LayerShape(height: 7, width: 7, channels: 64)
            .applying(.transposedConvolution(filters: 32, kernel: 4, stride: 2, padding: 1))
        #expect(upsampled == LayerShape(height: 14, width: 14, channels: 32))
        let rectangular = try LayerShape(height: 10, width: 20, channels: 1)
            .applying(.convolution(filters: 4, kernel: Size2D(rows: 3, columns: 5), stride: Size2D(rows: 1, columns: 5)))
        #expect(rectangular == LayerShape(height: 8, width: 4, channels: 4))
    }

    @Test func invalidParametersThrow() {
        #expect(throws: SolverError.self) { try LayerShape.outputLength(input: 5, kernel: 3, stride: 0) }
        #expect(throws: SolverError.kernelTooLarge(kernel: 7, paddedInput: 5)) { try LayerShape.outputLength(input: 5, kernel: 7) }
        #expect(throws: SolverError.self) { try LayerShape.outputLength(input: -1, kernel: 1) }
        #expect(throws: SolverError.self) { try LayerShape.outputLength(input: 5, kernel: 3, padding: -1) }
        #expect(throws: SolverError.self) { try LayerShape.outputLength(input: Int.max, kernel: 3, padding: 5) }
        #expect(throws: SolverError.self) {
            try LayerShape(height: 8, width: 8, channels: 3).applying(.convolution(filters: 6, kernel: 3, groups: 2))
        }
    }
}
