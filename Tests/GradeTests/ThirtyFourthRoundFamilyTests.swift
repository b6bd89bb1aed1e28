import Foundation
@testable import Grade
import Solve
import Testing

/// Families of writing from the thirty-fourth round of independent corpora (`final57/`), each
/// on an example written here.
@Suite("Thirty-fourth-round families")
struct ThirtyFourthRoundFamilyTests {
    static func grade(_ text: String, _ key: [String: Answer], questions: [String: String], stems: [String: String] = [:]) -> [String: Verdict] {
        SummaryAndListFamilyTests.grade(text, key, questions: questions, stems: stems)
    }

    /// A student's turn retyping two parts' questions whose words, taken together, lean to no
    /// one problem: the problem whose parts answer each question best, summed. Its reply's
    /// closing "the X is … and the Y is …" gives each part its clause.
    @Test func questionsThatEachMatchAPartOfOneProblemNameThatProblem() {
        let key: [String: Answer] = ["1a": .integer(4), "1b": .real(RealValue(9.5)), "2a": .integer(12), "2b": .integer(3), "3": .integer(10)]
        let questions = [
            "1a": "Compute the mean absolute deviation of the quiz scores.",
            "1b": "Compute the interquartile range of the quiz scores, using the median-of-halves rule.",
            "2a": "Compute the interquartile range of the delivery times, in minutes.",
            "2b": "How many delivery times are outliers by the 1.5 IQR rule?",
            "3": "Compute the mean absolute deviation of the plant heights, in cm.",
        ]
        let stems = ["1": "Spread of a small sample.", "2": "Delivery times.", "3": "Plant heights."]
        let text = """
            Q1: my data are 4, 7, 9, 12, 18. what's the mean absolute deviation? and the interquartile range?

            A1: The mean is 50/5 = 10, and the absolute deviations are 6, 3, 1, 2, 8, which sum to 20, so the average deviation is 20/5 = 4.

            For the spread of the middle half: the lower half 4, 7 has median 5.5 and the upper half 12, 18 has median 15, so the range between them is 15 − 5.5 = 9.5.

            So the mean absolute deviation is 4 and the interquartile range is 9.5.
            """
        let verdicts = Self.grade(text, key, questions: questions, stems: stems)
        #expect(verdicts["1a"]?.kind == .correct, "\(String(describing: verdicts["1a"]))")
        #expect(verdicts["1b"]?.kind == .correct, "\(String(describing: verdicts["1b"]))")
        #expect(verdicts["2a"]?.kind == .missing, "\(String(describing: verdicts["2a"]))")
    }

    /// A user turn that pastes its problems one per line, "Question 1 (a) … (b) …" up to a last
    /// problem without parts: the paste starts at problem 1, so the reply's opening sentence
    /// ("all three questions … 6 rows") is no answer to the last problem.
    @Test func problemsPastedOnePerLineWithTheirPartsStartAtTheFirst() {
        let key: [String: Answer] = ["1a": .integer(12), "1b": .integer(30), "2": .real(RealValue(0.25))]
        let questions = [
            "1a": "How many edges does the graph have?",
            "1b": "What is the sum of the degrees?",
            "2": "What fraction of the vertices are leaves?",
        ]
        for (first, second) in [("Question 1 (a)", "Question 2 What"), ("1. (a)", "2. What")] {
            let text = """
                User: Graph homework.
                \(first) How many edges does the graph have? (b) What is the sum of the degrees?
                \(second) fraction of the vertices are leaves?

                Assistant: Let's do both questions. The graph has **8 vertices** and **2 leaves**.

                ### Question 1

                (a) Counting the adjacency list gives 12 edges.

                (b) By the handshake lemma the degrees sum to 2 · 12 = 24.

                ### Question 2

                Two of the eight vertices are leaves, so the fraction is 2/8 = 1/4.
                """
            let verdicts = Self.grade(text, key, questions: questions)
            #expect(verdicts["1a"]?.kind == .correct, "\(String(describing: verdicts["1a"]))")
            #expect(verdicts["1b"]?.kind == .incorrect, "\(String(describing: verdicts["1b"]))")
            #expect(verdicts["2"]?.kind == .correct, "\(first): \(String(describing: verdicts["2"]))")
        }
    }

    /// A print's page break copied as text: the footer's address and its page counter on lines
    /// of their own, then a form feed before the next page's date header. None of them is a
    /// value of the part whose answer the page ended with.
    @Test func aPageCounterNextToThePrintsFooterIsNoValue() {
        let key: [String: Answer] = ["2a": .real(RealValue(3.5)), "2b": .real(RealValue(0.2))]
        let questions = ["2a": "Find the half-life in hours.", "2b": "Find the elimination rate constant in 1/h."]
        let text = """
            You said:
            problem 2 please
            ChatGPT said:
            (a) From the two readings the concentration halves every 3.5 h, so the half-life is 3.5 h.

            https://chatgpt.com/c/0f3a2b7c-1d2e-4f5a-9b8c-7d6e5f4a3b2c

            2/3

            \u{0C}12/4/26, 9:15 AM

            (b) k = ln 2 / 3.5 ≈ 0.198 per hour, about 0.2 h⁻¹.
            """
        let verdicts = Self.grade(text, key, questions: questions)
        #expect(verdicts["2a"]?.kind == .correct, "\(String(describing: verdicts["2a"]))")
    }

    /// "g(x) = 3x² − 2. It is zero at x = …": a property of the formula written after it on the
    /// same line is no second answer.
    @Test func aPropertyOfTheFormulaOnItsLineIsNoAnswer() {
        let questions = ["1c": "Give the derivative g(x) = f'(x) of f(x) = x³ − 2x."]
        let verdicts = Self.grade("""
            User: 1c

            Assistant: (c) Term by term the derivative simplifies to g(x) = 3x^2 − 2. It is zero at x = 0.8165 where f = −1.0887.
            """, ["1c": .expression("3*x^2 - 2")], questions: questions)
        #expect(verdicts["1c"]?.kind == .correct, "\(String(describing: verdicts["1c"]))")
    }
}
