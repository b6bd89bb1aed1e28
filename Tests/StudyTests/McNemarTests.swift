@testable import Study
import Foundation
import Testing

@Suite("McNemar's exact test")
struct McNemarTests {
    @Test func knownValues() {
        #expect(McNemar.exactPValue(0, 0) == 1)
        // 2 · P(X ≤ 0), n = 5: 2/32.
        #expect(McNemar.exactPValue(5, 0) == 0.0625)
        #expect(McNemar.exactPValue(0, 5) == 0.0625)
        // n = 10, k = 1: 2 · 11/1024.
        #expect(abs(McNemar.exactPValue(1, 9) - 0.021484) < 1e-6)
        #expect(McNemar.exactPValue(3, 3) == 1)
        // Large n stays finite.
        #expect(McNemar.exactPValue(600, 600) == 1)
        #expect(McNemar.exactPValue(0, 2000) == 0)
    }
}
