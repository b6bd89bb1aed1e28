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
        Final: 1104.71

        If it is compounded once a year:
        1000 × 1.1 = 1100
        Final: 1100.00
        """

    /// Two scenarios the reply lays out itself, each ending in its own marked value ("Final: …"):
    /// offered, neither chosen. A choice after them, or a more explicit answer before them,
    /// settles it.
    @Test func scenariosLaidOutEachWithItsOwnValue() {
        let key: [String: Answer] = ["2": .real(RealValue(1104.71))]
        #expect(Self.grade(Self.scenarios, key)["2"]?.kind == .unclear)
        let chosen = Self.grade(Self.scenarios + "\n\nThe problem says monthly, so the answer is **1104.71**.", key)
        #expect(chosen["2"]?.kind == .correct, "\(String(describing: chosen["2"]))")
        let whatIfs = Self.grade("""
            User: 2. $1000 at 10% compounded monthly for one year. What is the balance?

            Assistant: 2. (1 + 0.1/12)^12 = 1.104713, so the balance is **1104.71**.

            If the rate were 12%:
            Final: 1126.83

            If the rate were 8%:
            Final: 1083.00
            """, key)
        #expect(whatIfs["2"]?.kind == .correct, "\(String(describing: whatIfs["2"]))")
        let agreeing = Self.grade("""
            Assistant: 2. Two ways to get there.

            If the formula is used:
            Final: 1104.71

            If it is stepped month by month:
            Final: 1104.71
            """, key)
        #expect(agreeing["2"]?.kind == .correct, "\(String(describing: agreeing["2"]))")
    }

    /// A subscript the key does not write names another quantity: `E_B(1 − E_B)` where E_A was
    /// asked, `½ m v_0²` for `m*v^2/2` (the review of session 40 found a rule that read the key's
    /// letter as any one subscripted name, and it was withdrawn).
    @Test func anAnswersSubscriptedNameIsNotTheKeysLetter() {
        func kind(_ answer: String, _ key: String) -> Verdict.Kind? {
            Self.grade("Assistant: 3. The answer is $\\boxed{\(answer)}$.", ["3": .expression(key)])["3"]?.kind
        }
        #expect(kind("E_B(1 - E_B)", "E*(1-E)") == .incorrect)
        #expect(kind("\\tfrac12 m v_0^2", "m*v^2/2") == .incorrect)
        #expect(kind("E(1 - E)", "E*(1-E)") == .correct)
    }

    /// Misfires the review of session 40 found, each now as before the session's rules: steps
    /// written "If we …:" are no scenarios; a denied "stands as"; "C — a parabola" is an answer,
    /// not a path; a restated given "measures … at 343 m/s" and "about 2 times as large" are no
    /// answers; "moving toward √2 ≈ 1.414" compares; "If the class has 23 students" is the
    /// problem's own condition, not a course's convention.
    @Test func reviewedMisfiresOfThisRoundsRules() {
        let key: [String: Answer] = ["a": .real(RealValue(40.5))]
        let steps = Self.grade("""
            Assistant: (a)
            If we first find the speed:
            v = 3 × 3 = 9 m/s
            If we then plug into the kinetic energy formula:
            KE = ½ × 1 × 9² = **40.5 J**
            """, key)
        #expect(steps["a"]?.kind == .correct, "\(String(describing: steps["a"]))")
        let denied = Self.grade("Assistant: (b) Dropping the i = 6 term, the sum is 10.5.\nSo 12.5 no longer stands as my answer.", ["b": .real(RealValue(10.5))])
        #expect(denied["b"]?.kind == .correct, "\(String(describing: denied["b"]))")
        for line in ["(a) Answer: C — a parabola, since the graph is quadratic.", "(a) Answer: C — B and D are conics but not graphs of y = x²."] {
            let choice = Self.grade("Assistant: " + line, ["a": .choice("C")])
            #expect(choice["a"]?.kind == .correct, "\(line): \(String(describing: choice["a"]))")
        }
        let given = Self.grade("Assistant: (a) f' = 700 × 343/(343 − 25) ≈ 755.0 Hz.\nHere the pedestrian measures the speed of sound at 343 m/s.", ["a": .real(RealValue(755))])
        #expect(given["a"]?.kind == .correct, "\(String(describing: given["a"]))")
        let ratio = Self.grade("Assistant: (a) v = 6 + 6 = 12 m/s.\nSo the speed ends up about 2 times as large as it was.", ["a": .real(RealValue(12))])
        #expect(ratio["a"]?.kind == .correct, "\(String(describing: ratio["a"]))")
        let toward = Self.grade("Assistant: (a) x_1 = x_0 − f(x_0)/f'(x_0) = 1 − (−1)/2 = 1.5.\nThe iterates are moving toward √2 ≈ 1.414.", ["a": .real(RealValue(1.5))])
        #expect(toward["a"]?.kind == .correct, "\(String(describing: toward["a"]))")
        let own = Self.grade("""
            Assistant: (a) The probability that all 23 birthdays differ is about 0.493.

            If the class has 23 students, then the chance of at least one shared birthday is about 0.507.
            """, ["a": .real(RealValue(0.507))])
        #expect(own["a"]?.kind == .correct, "\(String(describing: own["a"]))")
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
