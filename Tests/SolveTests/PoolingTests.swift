import Solve
import Testing

@Suite("Pooling")
struct PoolingTests {
    static let a: [[Double]] = [[1, 3, 2, 4], [5, 6, 1, 2], [7, 2, 3, 0], [1, 8, 4, 5]]

    @Test func maxAndAverageTwoByTwo() throws {
        #expect(try Pooling(.max, window: 2).apply(Self.a) == [[6, 4], [8, 5]])
        #expect(try Pooling(.average, window: 2).apply(Self.a) == [[3.75, 2.25], [4.5, 3]])
    }

    @Test func overlappingWindows() throws {
        // 3×3 windows, stride 1.
        #expect(try Pooling(.max, window: 3, stride: 1).apply(Self.a) == [[7, 6], [8, 8]])
    }

    @Test func paddingCountsForAverageButNeverWinsMax() throws {
        #expect(try Pooling(.max, window: 2, padding: 1).apply(Self.a) == [[1, 3, 4], [7, 6, 2], [1, 8, 5]])
        #expect(try Pooling(.average, window: 2, padding: 1).apply(Self.a)
            == [[0.25, 1.25, 1], [3, 3, 0.5], [0.25, 3, 1.25]])
        // Without counting padding, the corner windows are single cells.
        let exclusive = try Pooling(.average, window: 2, padding: 1, countIncludePadding: false).apply(Self.a)
        #expect(exclusive[0][0] == 1)
        #expect(exclusive[1][1] == 3)
        #expect(exclusive[2][2] == 5)
    }

    @Test func ceilModeKeepsThePartialWindow() throws {
        let b = (0..<5).map { row in (1...5).map { Double(row * 5 + $0) } }
        #expect(try Pooling(.max, window: 2).apply(b) == [[7, 9], [17, 19]])
        #expect(try Pooling(.max, window: 2, ceilMode: true).apply(b) == [[7, 9, 10], [17, 19, 20], [22, 24, 25]])
        #expect(try Pooling(.average, window: 2, ceilMode: true).apply(b)
            == [[4, 6, 7.5], [14, 16, 17.5], [21.5, 23.5, 25]])
        // A huge stride leaves one window, without overflowing in the ceil-mode check.
        #expect(try Pooling(.max, window: 2, stride: Size2D(Int.max), ceilMode: true).apply(Self.a) == [[6]])
    }

    @Test func globalPooling() throws {
        #expect(try Pooling.globalAverage(Self.a) == 3.375)
        #expect(try Pooling.globalMax(Self.a) == 8)
        #expect(try Pooling.globalAverage(channels: [[[1, 2], [3, 4]], [[0, 0], [0, 8]]]) == [2.5, 2])
        #expect(try Pooling(.max, window: 2).apply(channels: [[[1, 2], [3, 4]], [[0, -1], [-2, -3]]]) == [[[4]], [[0]]])
    }

    @Test func invalidParametersThrow() {
        #expect(throws: SolverError.self) { try Pooling(.max, window: 0).apply(Self.a) }
        #expect(throws: SolverError.self) { try Pooling(.max, window: 2, stride: 0).apply(Self.a) }
        #expect(throws: SolverError.self) { try Pooling(.max, window: 5).apply(Self.a) }
        #expect(throws: SolverError.self) { try Pooling(.max, window: 2, padding: 2).apply(Self.a) }
        #expect(throws: SolverError.self) { try Pooling(.average, window: 2).apply([]) }
        #expect(throws: SolverError.self) { try Pooling.globalAverage([[1, 2], [3]]) }
    }
}
