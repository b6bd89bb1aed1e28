@testable import Grade
import Solve
import Testing

/// Families of writing from the twenty-first round of independent corpora (`final39/`), each on
/// an example written here.
@Suite("Twenty-first-round families")
struct TwentyFirstRoundFamilyTests {
    static func grade(_ text: String, _ key: [String: Answer], questions: [String: String], stems: [String: String] = [:]) -> [String: Verdict] {
        SummaryAndListFamilyTests.grade(text, key, questions: questions, stems: stems)
    }

    @Test func aPartsLabelAloneOpensItsSubParts() {
        let questions = ["3b": "Compute the mean.", "3c.i": "Compute the variance.", "3c.ii": "Compute the standard deviation."]
        let verdicts = Self.grade("""
            User: problem 3

            Assistant: **(b)** The mean is 4.

            **(c)**
            - (i) Var = E[X²] − 4² = 20 − 16 = 4
            - (ii) σ = 2
            """, ["3b": .integer(4), "3c.i": .integer(4), "3c.ii": .integer(2)], questions: questions)
        #expect(verdicts["3b"]?.kind == .correct, "\(String(describing: verdicts["3b"]))")
        #expect(verdicts["3c.i"]?.kind == .correct, "\(String(describing: verdicts["3c.i"]))")
        #expect(verdicts["3c.ii"]?.kind == .correct, "\(String(describing: verdicts["3c.ii"]))")
    }

    @Test func congruencesCopiedFromTheQuestionAreNotTheAnswer() {
        let stems = ["5": "Find the least positive y with y ≡ 1 (mod 4) and y ≡ 3 (mod 5)."]
        let verdicts = Self.grade("""
            User: problem 5

            Assistant: **Problem 5.** Since gcd(4, 5) = 1, the system $y \\equiv 1 \\pmod 4$, $y \\equiv 3 \\pmod 5$ has exactly one solution modulo 20.
            """, ["5": .integer(13)], questions: ["5": stems["5"]!], stems: stems)
        #expect(verdicts["5"]?.kind == .missing, "\(String(describing: verdicts["5"]))")
        let solved = Self.grade("""
            User: problem 5

            Assistant: **Problem 5.** The system $y \\equiv 1 \\pmod 4$, $y \\equiv 3 \\pmod 5$ gives $y \\equiv 13 \\pmod{20}$.
            """, ["5": .integer(13)], questions: ["5": stems["5"]!], stems: stems)
        #expect(solved["5"]?.kind == .correct, "\(String(describing: solved["5"]))")
    }

    @Test func lettersOfTheKeyWrittenSideBySideAreAProduct() {
        let questions = ["2a": "Expand (x + 1)(y − 1).", "2b": "Expand (u − 2)(v − 3)."]
        let verdicts = Self.grade("""
            User: problem 2

            Assistant: **(a)** $(x+1)(y-1) = xy - x + y - 1$

            **(b)** $uv - 3u - 2v + 5$
            """, ["2a": .expression("(x+1)*(y-1)"), "2b": .expression("(u-2)*(v-3)")], questions: questions)
        #expect(verdicts["2a"]?.kind == .correct, "\(String(describing: verdicts["2a"]))")
        // uv − 3u − 2v + 6 is the expansion: + 5 is wrong.
        #expect(verdicts["2b"]?.kind == .incorrect, "\(String(describing: verdicts["2b"]))")
    }

    @Test func theSettingAValueHoldsUnderIsNotTheValue() {
        let questions = ["4a": "What is the expected waiting time W in minutes?"]
        let verdicts = Self.grade("""
            User: 4a

            Assistant: **(a)** **Answer: W = 1/(μ − λ) = 0.25 min with the λ = 6 arrival rate**
            """, ["4a": .real(RealValue(0.25))], questions: questions)
        #expect(verdicts["4a"]?.kind == .correct, "\(String(describing: verdicts["4a"]))")
    }

    @Test func anotherFormulaAndItsValueAfterOrIsASecondAnswer() {
        let questions = ["6a": "What is the allele frequency at equilibrium?"]
        let verdicts = Self.grade("""
            User: 6a

            Assistant: **(a)** **Answer: p ≈ u/v = 0.3, or u/(u+v) = 0.23**
            """, ["6a": .real(RealValue(0.23))], questions: questions)
        #expect(verdicts["6a"]?.kind == .unclear, "\(String(describing: verdicts["6a"]))")
    }
}
