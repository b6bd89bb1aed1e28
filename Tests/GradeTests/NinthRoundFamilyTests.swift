import Grade
import Solve
import Testing

/// Families of writing from the ninth round of independent corpora (`final18/`, `dev13/`),
/// each on an example written here.
@Suite("Ninth-round families")
struct NinthRoundFamilyTests {
    static func grade(_ text: String, _ key: [String: Answer], questions: [String: String], stems: [String: String] = [:]) -> [String: Verdict] {
        SummaryAndListFamilyTests.grade(text, key, questions: questions, stems: stems)
    }

    static let queue = [
        "2a": "Find the utilization of the server.",
        "2b": "Find the mean number of jobs in the system.",
    ]

    @Test func aSummaryCellOfferingTwoValuesLeavesThePartUnclear() {
        let verdicts = Self.grade("""
            User: solve problem 2

            Assistant: **(a)** ρ = λ/μ = 3/4 = 0.75.

            **(b)** L = ρ/(1 − ρ) = 3.

            | Part | Answer |
            |---|---|
            | 2a | 0.75 |
            | 2b | 3 or 2.25 |
            """, ["2a": .real(RealValue(0.75)), "2b": .integer(3)], questions: Self.queue)
        #expect(verdicts["2a"]?.kind == .correct, "\(String(describing: verdicts["2a"]))")
        #expect(verdicts["2b"]?.kind == .unclear, "\(String(describing: verdicts["2b"]))\n\(String(describing: verdicts))")
    }

    @Test func aValueAfterASemicolonAndAConditionWithInsteadIsAnotherReading() {
        let verdicts = Self.grade("""
            User: solve problem 2

            Assistant: (a) The server is busy ρ = 0.75 of the time.

            (b) L = ρ/(1 − ρ) = 3 jobs; if you count only the jobs waiting in the queue instead you get L_q = 2.25.
            """, ["2a": .real(RealValue(0.75)), "2b": .integer(3)], questions: Self.queue)
        #expect(verdicts["2a"]?.kind == .correct, "\(String(describing: verdicts["2a"]))")
        #expect(verdicts["2b"]?.kind == .unclear, "\(String(describing: verdicts["2b"]))\n\(String(describing: verdicts))")
    }
}
