@testable import Grade
import Solve
import Testing

/// Answers offered side by side ("either … or …", "**B**, although **C** …"), from the fifth round of independent transcripts; each on an
/// example written here.
@Suite("Offered alternative families")
struct OfferedAlternativeFamilyTests {
    static func grade(_ text: String, _ key: [String: Answer]) -> [String: Verdict] {
        SummaryAndListFamilyTests.grade(text, key, questions: [:])
    }

    @Test func eitherXOrYInsideARemarkLeavesTheBoldAnswerUnclear() {
        let verdicts = Self.grade("""
            Assistant:
            **(b)** A max-heap insert sifts up one root path, so it is $O(\\log n)$ — **(B)**. (If you count the array doubling, some books quote (D) amortised, so either (B) or (D) could be what the quiz wants.)
            """, ["4b": .choice("B")])
        #expect(verdicts["4b"]?.kind == .unclear, "\(String(describing: verdicts["4b"]))")
    }

    @Test func eitherTwoNumbersBeforeADashIsUnclear() {
        let verdicts = Self.grade("""
            Assistant:
            (c) Counting subsets: s(5) = 32 if the empty set counts, so this is either 32 or 31 — pick whichever your course uses.
            """, ["2c": .integer(32)])
        #expect(verdicts["2c"]?.kind == .unclear, "\(String(describing: verdicts["2c"]))")
    }

    @Test func eitherWithOneValueIsNoAlternative() {
        // "either" that offers one value and a word is no hedge.
        let verdicts = Self.grade("""
            Assistant:
            (a) It comes out the same either by hand or with numpy: the determinant is 14.
            """, ["1a": .integer(14)])
        #expect(verdicts["1a"]?.kind == .correct, "\(String(describing: verdicts["1a"]))")
    }

    @Test func aBoldAlternativeAfterAMarkedAnswerStands() {
        let verdicts = Self.grade("""
            Assistant:
            **(d)** My answer is **A**, although **D** also describes the vanishing-gradient effect they mention.
            """, ["1d": .choice("A")])
        #expect(verdicts["1d"]?.kind == .unclear, "\(String(describing: verdicts["1d"]))")
        // Without the connector both bold spans are just emphasis of one committed answer.
        let plain = Self.grade("""
            Assistant:
            **(d)** My answer is **A**: **the LSTM gate** keeps the gradient alive.
            """, ["1d": .choice("A")])
        #expect(plain["1d"]?.kind == .correct, "\(String(describing: plain["1d"]))")
    }

    @Test func soXOrYDependingOnAConventionIsUnclear() {
        let verdicts = Self.grade("""
            Assistant:
            - **2c** — padding 1 keeps the size → **C**. If the pooling window overlaps you would get 15 instead, so C or D depending on the framework.
            """, ["2c": .choice("C")])
        #expect(verdicts["2c"]?.kind == .unclear, "\(String(describing: verdicts["2c"]))")
    }
}
