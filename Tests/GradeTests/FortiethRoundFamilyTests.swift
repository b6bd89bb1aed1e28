import Foundation
@testable import Grade
import Solve
import Testing

/// Families found in the held-out run of `grading/final72` (session 40), each tested on
/// transcripts written for these tests.
@Suite("Grading families, fortieth round")
struct FortiethRoundFamilyTests {
    static func grade(_ text: String, _ key: [String: Answer], questions: [String: String] = [:]) -> [String: Verdict] {
        ThirtyNinthRoundFamilyTests.grade(text, key, questions: questions)
    }

    static let scenarios = """
        User: 2. $1000 at 10% for one year. What is the balance?

        Assistant: 2. It depends on the compounding.

        If the interest is compounded monthly:
        (1 + 0.1/12)^12 = 1.104713
        Balance: 1104.71

        If it is compounded once a year:
        1000 × 1.1 = 1100
        Balance: 1100.00
        """

    /// Two scenarios the reply lays out itself, each ending in its own value: offered, neither
    /// chosen. A choice after them, or a more explicit answer before them, settles it.
    @Test func scenariosLaidOutEachWithItsOwnValue() {
        let key: [String: Answer] = ["2": .real(RealValue(1104.71))]
        #expect(Self.grade(Self.scenarios, key)["2"]?.kind == .unclear)
        let chosen = Self.grade(Self.scenarios + "\n\nThe problem says monthly, so the answer is **1104.71**.", key)
        #expect(chosen["2"]?.kind == .correct, "\(String(describing: chosen["2"]))")
        let whatIfs = Self.grade("""
            User: 2. $1000 at 10% compounded monthly for one year. What is the balance?

            Assistant: 2. (1 + 0.1/12)^12 = 1.104713, so the balance is **1104.71**.

            If the rate were 12%:
            Balance: 1126.83

            If the rate were 8%:
            Balance: 1083.00
            """, key)
        #expect(whatIfs["2"]?.kind == .correct, "\(String(describing: whatIfs["2"]))")
        let agreeing = Self.grade("""
            Assistant: 2. Two ways to get there.

            If you use the formula:
            Balance: 1104.71

            If you step month by month:
            Balance: 1104.71
            """, key)
        #expect(agreeing["2"]?.kind == .correct, "\(String(describing: agreeing["2"]))")
    }

    /// "r N_t (1 − N_t)" against the key `r*N*(1-N)`: the key abbreviates the one subscripted
    /// name the answer writes. Two subscripts of the letter, or a name the key lacks, are not it.
    @Test func aKeyThatDropsTheSubscriptOfTheAnswersName() {
        let key: [String: Answer] = ["3": .expression("r*N*(1-N)")]
        func kind(_ answer: String) -> Verdict.Kind? {
            Self.grade("Assistant: 3. The growth rate is $\\boxed{\(answer)}$.", key)["3"]?.kind
        }
        #expect(kind("r N_t (1 - N_t)") == .correct)
        #expect(kind("r N_t (1 - N_{t+1})") == .incorrect)
        #expect(kind("r N_t (1 - N_t) / c") == .incorrect)
        #expect(kind("r N_t (1 - 2 N_t)") == .incorrect)
    }

    /// "… = 5.2 h — or, if you fit …, t½ = 5.6 h": a second value after a dash, "or" and its
    /// condition, offered beside the first. (A dash that only explains keeps its one value.)
    @Test func aValueAfterADashOrAndACondition() {
        let key: [String: Answer] = ["1": .real(RealValue(5.2))]
        let offered = Self.grade("Assistant: 1. The half-life is t½ = ln 2 / k = 5.2 h — or, if you fit k to the first two points only, t½ = 5.6 h.", key)
        #expect(offered["1"]?.kind == .unclear, "\(String(describing: offered["1"]))")
        let explained = Self.grade("Assistant: 1. The half-life is t½ = ln 2 / k = 5.2 h — as expected, if you compare it with the data.", key)
        #expect(explained["1"]?.kind == .correct, "\(String(describing: explained["1"]))")
        let formula = Self.grade("Assistant: **(2)** $S(t) = e^{-0.1t}$ — or, if your course assumes a linear decline within the year, $S(t) = 1 - 0.1t$ for $0 \\le t \\le 1$.",
                                 ["2": .expression("exp(-0.1*t)")])
        #expect(formula["2"]?.kind == .unclear, "\(String(describing: formula["2"]))")
    }

    /// "… the loop runs to i = 6, and 12.5 stands as my answer to 3(b).": the value before
    /// "stands as the answer" is the answer, not the index beside it.
    @Test func aValueThatStandsAsTheAnswer() {
        let verdicts = Self.grade("""
            User: 3(b) Why does the loop stop at i = 6?

            Assistant: Good question. The last full step ends at i = 6, so the sum stops there, and 12.5 stands as my answer to 3(b).
            """, ["3b": .real(RealValue(12.5))])
        #expect(verdicts["3b"]?.kind == .correct, "\(String(describing: verdicts["3b"]))")
    }

    /// "Critical path B–C–E–F → (D)": letters joined by dashes or arrows are a path, and the
    /// option stands apart from them.
    @Test func lettersOfAPathAreNoOption() {
        let verdicts = Self.grade("Assistant: 2. The longest path is B–C–E–F (19 days) → (D)", ["2": .choice("D")])
        #expect(verdicts["2"]?.kind == .correct, "\(String(describing: verdicts["2"]))")
    }

    /// Answers stated as what an observer hears or measures: "The diver hears the horn at
    /// 1,486 Hz (to the nearest hertz).", "So the listener hears roughly 512 Hz once the train
    /// has passed." A body "moving toward a source" compares with no value.
    @Test func whatAnObserverHearsOrMeasures() {
        let heard = Self.grade("""
            Assistant: (a) With f = 1200 Hz, v = 1480 m/s and u = 12 m/s:

            The diver hears the horn at 1,486 Hz (to the nearest hertz).
            (b) So the listener hears roughly 512 Hz once the train has passed.
            (c) listener moving toward a source at rest: $f = 500 \\cdot \\dfrac{343 + 9}{343} = \\mathbf{513.1\\ Hz}$
            """, ["a": .real(RealValue(1486)), "b": .real(RealValue(512)), "c": .real(RealValue(513.1))])
        #expect(heard["a"]?.kind == .correct, "\(String(describing: heard["a"]))")
        #expect(heard["b"]?.kind == .correct, "\(String(describing: heard["b"]))")
        #expect(heard["c"]?.kind == .correct, "\(String(describing: heard["c"]))")
    }

    /// "If your instructor rounds …, then … = 0.7190." after a plain answer: offered under the
    /// course's convention, beside it (unclear).
    @Test func aValueUnderTheInstructorsConvention() {
        let verdicts = Self.grade("""
            Assistant: **(b)** With σ = 4:

            $$P = \\Phi(0.5) = 0.6915$$

            If your instructor rounds durations up to whole weeks, then $z = 0.58$ and $P = 0.7190$.
            """, ["b": .real(RealValue(0.6915))])
        #expect(verdicts["b"]?.kind == .unclear, "\(String(describing: verdicts["b"]))")
    }
}
