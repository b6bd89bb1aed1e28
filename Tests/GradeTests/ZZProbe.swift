@testable import Grade
import Solve
import Testing
@Test func zzProbe() {
    for t in ["(b) ⌊log₂ 1,000,000⌋ + 1 = 19 + 1 = **20** probes (21 if your course also counts the final check on the empty range as a probe).", "(b) 19 + 1 = **20** (21 if your course counts the last check).", "(b) 19 + 1 = 20 probes (21 if your course counts the last check).", "(b) Revenue is \\$270 per day. So revenue ≈ \\$270–\\$300.", "(b) So revenue ≈ 270–300 dollars."] {
        let v = ThirtyNinthRoundFamilyTests.grade("User: 3b\n\nAssistant:\n" + t + "\n", ["3b": .integer(20)], questions: [:])
        print("PROBE", v["3b"]!.kind, v["3b"]!.diagnosis ?? "", String(describing: v["3b"]!.extracted))
    }
}
