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

    /// A table of counts in the reply ("| class | red | blue | total |" over "| A | 2 | 3 | 5 |"):
    /// a column of small numbers under a heading that names something else holds counts, not
    /// problem numbers, so no row is a summary of a problem without parts.
    @Test func aColumnOfCountsIsNoColumnOfProblemNumbers() {
        let key: [String: Answer] = ["1a": .real(RealValue(0.4)), "2": .integer(120)]
        let questions = ["1a": "What is the probability of drawing red from urn A?", "2": "How many orderings of the five balls are there?"]
        let text = """
            User: Urn problems. Problem 1 (Urns). Urn A holds 2 red and 3 blue balls.
            (a) What is the probability of drawing red from urn A?
            Problem 2. How many orderings of the five balls are there?

            Assistant: ## Problem 1

            | urn | red | blue | total |
            |---|---|---|---|
            | A | 2 | 3 | 5 |
            | B | 1 | 2 | 3 |

            **(a)** P(red from A) = 2/5 = 0.4.

            Problem 2 I'll leave for you to try first.
            """
        let verdicts = Self.grade(text, key, questions: questions)
        #expect(verdicts["1a"]?.kind == .correct, "\(String(describing: verdicts["1a"]))")
        #expect(verdicts["2"]?.kind == .missing, "\(String(describing: verdicts["2"]))")
    }

    /// "Homework 3. Problem 1 (Trees). …" opening the user's paste mid-line, before "Problem 2."
    /// starts a line: the paste starts at problem 1, so the reply's opening is no answer to 2.
    @Test func aPasteOpenedMidLineStartsAtTheProblemItNamesFirst() {
        let key: [String: Answer] = ["1a": .integer(9), "2": .integer(6)]
        let questions = ["1a": "How many edges does a tree on 10 vertices have?", "2": "How many leaves does the tree in the figure have?"]
        let text = """
            User: Homework 3. Problem 1 (Trees). Answer briefly.
            (a) How many edges does a tree on 10 vertices have?
            Problem 2. How many leaves does the tree in the figure have?

            Assistant: I count **4 leaves** in your sketch, but let's go in order.

            ## Problem 1

            (a) A tree on n vertices has n − 1 edges, so 9.

            ## Problem 2

            The leaves are the vertices of degree one: there are 6 of them.
            """
        let verdicts = Self.grade(text, key, questions: questions)
        #expect(verdicts["1a"]?.kind == .correct, "\(String(describing: verdicts["1a"]))")
        #expect(verdicts["2"]?.kind == .correct, "\(String(describing: verdicts["2"]))")
    }

    /// "about **3.2 billion** comparisons": a number and its scale word are one number; where
    /// the question asks its answer in millions, "45 million" is the 45 it asks for.
    @Test func aScaleWordAfterANumberMultipliesIt() {
        let key: [String: Answer] = ["4a": .integer(3_200_000_000), "4b": .integer(45), "4c": .integer(12_000)]
        let questions = [
            "4a": "How many pairwise comparisons does the all-pairs join make?",
            "4b": "What is the annual cost of the cluster, in millions of dollars?",
            "4c": "How many rows does the sample keep?",
        ]
        let text = """
            User: problem 4

            Assistant: (a) 80,000 × 40,000 pairs, so about **3.2 billion** comparisons.

            (b) The annual cost is about $45 million.

            (c) A 1% sample of 1.2 million rows is 12 thousand rows.
            """
        let verdicts = Self.grade(text, key, questions: questions)
        #expect(verdicts["4a"]?.kind == .correct, "\(String(describing: verdicts["4a"]))")
        #expect(verdicts["4b"]?.kind == .correct, "\(String(describing: verdicts["4b"]))")
        #expect(verdicts["4c"]?.kind == .correct, "\(String(describing: verdicts["4c"]))")
    }

    /// "Correction on 2b: … so **2b is 0.75**, not 0.5 — my mistake." after a list of answers:
    /// a paragraph whose lead-in names a part is about that part, and a check that withdraws
    /// the answer states the new one.
    @Test func aLeadInNamingAPartCorrectsThatPart() {
        let key: [String: Answer] = ["2a": .integer(3), "2b": .real(RealValue(0.75)), "3": .integer(64)]
        let questions = ["2a": "How many heads are expected in 6 tosses?", "2b": "What is the probability of at least one head in 2 tosses?", "3": "How many outcomes do 6 tosses have?"]
        for lead in ["Correction on 2b:", "Double-check on 2b:"] {
            let text = """
                User: answers only for 2a 2b 3

                Assistant:
                - **2a** = 3
                - **2b** = 0.5
                - **3** = 64

                \(lead) P(no head) = 1/4, so P(at least one) = 1 − 1/4, i.e. **2b is 0.75**, not 0.5 — my mistake.
                """
            let verdicts = Self.grade(text, key, questions: questions)
            #expect(verdicts["2b"]?.kind == .correct, "\(lead) \(String(describing: verdicts["2b"]))")
            #expect(verdicts["3"]?.kind == .correct, "\(lead) \(String(describing: verdicts["3"]))")
        }
    }

    /// "Equivalently, … this is **…**" after a formula: a restatement claims the same answer
    /// however it is marked, so one that differs leaves both standing (unclear), and one that
    /// agrees changes nothing.
    @Test func anEquivalentRestatementThatDiffersLeavesBothStanding() {
        let questions = ["1d": "Write the mean of the Gamma(k, θ) posterior as a function of n."]
        func verdict(_ restated: String) -> Verdict? {
            Self.grade("""
                User: 1d

                Assistant: **(d)** Adding the n observations to the prior:

                m(n) = (3 + n) / (2 + n)

                Equivalently, dividing through, this is **\(restated)**.
                """, ["1d": .expression("(3 + n)/(2 + n)")], questions: questions)["1d"]
        }
        #expect(verdict("(n + 3)/(n + 2)")?.kind == .correct, "\(String(describing: verdict("(n + 3)/(n + 2)")))")
        #expect(verdict("(3n + 1)/(2n + 1)")?.kind == .unclear, "\(String(describing: verdict("(3n + 1)/(2n + 1)")))")
    }

    /// "… = 2.5 as the sample variance; if your textbook uses the population formula, σ² = …": a value
    /// under a course's convention after a semicolon is offered beside the first; neither is chosen.
    @Test func aValueUnderTheCoursesConventionAfterASemicolonIsOffered() {
        let questions = ["5c": "Compute the variance of the four measurements."]
        let verdicts = Self.grade("""
            User: 5c

            Assistant: (c) s² = 7.5 / 3 = 2.5 as the sample variance; if your textbook uses the population formula, σ² = 7.5 / 4 = 1.875.
            """, ["5c": .real(RealValue(2.5))], questions: questions)
        #expect(verdicts["5c"]?.kind == .unclear, "\(String(describing: verdicts["5c"]))")
    }

    /// "can you also say what … ?" after the last part was answered: a question beyond the
    /// problem set, whose reply is not a new answer to that part.
    @Test func aFurtherQuestionAfterTheLastPartIsAFollowUp() {
        let key: [String: Answer] = ["3": .real(RealValue(0.25))]
        let questions = ["3": "What fraction of the 12 orders arrive late?"]
        let verdicts = Self.grade("""
            User: problem 3

            Assistant: 3) Late orders

            Three of the twelve orders are late, so the fraction is 3/12 = 1/4.

            User: can you also say how many delivery vans the depot needs for them?

            Assistant: With four parcels per van, the depot needs 12/4 = 3 vans.
            """, key, questions: questions)
        #expect(verdicts["3"]?.kind == .correct, "\(String(describing: verdicts["3"]))")
    }

    /// Misfires a review of this round's rules found, each now graded as before.
    @Test func reviewedMisfiresOfThisRoundsRules() {
        // A scale word the question asks in ("in million dollars"): the number alone.
        var verdicts = Self.grade("User: 1b\n\nAssistant: (b) The annual cost comes to $45 million.",
                                  ["1b": .integer(45)], questions: ["1b": "What is the annual cost, in million dollars?"])
        #expect(verdicts["1b"]?.kind == .correct, "\(String(describing: verdicts["1b"]))")
        // A check line that says "sorry" without restating an answer in bold is still a check.
        verdicts = Self.grade("""
            User: 1a

            Assistant: **(a)** Each face is equally likely, so P(3) = 1/4 = 0.25.

            Quick check: 4 × 0.25 = 1 ✓ — sorry, I skipped this step above.
            """, ["1a": .real(RealValue(0.25))], questions: ["1a": "A fair four-sided die is rolled. What is the probability of rolling a 3?"])
        #expect(verdicts["1a"]?.kind == .correct, "\(String(describing: verdicts["1a"]))")
        // "Same idea as for 2a:" in (b)'s section is (b)'s.
        verdicts = Self.grade("""
            User: problem 2

            Assistant: **(a)** The tosses are independent, so P(HH) = 0.6² = 0.36.

            **(b)**

            Same idea as for 2a: P(TT) = 0.4² = 0.16.
            """, ["2a": .real(RealValue(0.36)), "2b": .real(RealValue(0.16))],
            questions: ["2a": "What is the probability of two heads in two tosses?", "2b": "What is the probability of two tails in two tosses?"])
        #expect(verdicts["2a"]?.kind == .correct, "\(String(describing: verdicts["2a"]))")
        #expect(verdicts["2b"]?.kind == .correct, "\(String(describing: verdicts["2b"]))")
        // A summary table under "Problem number".
        verdicts = Self.grade("""
            User: problems 1-3, answers in a table

            Assistant:
            | Problem number | Answer |
            |---|---|
            | 1 | 9 |
            | 2 | 6 |
            | 3 | 24 |
            """, ["1": .integer(9), "2": .integer(6), "3": .integer(24)],
            questions: ["1": "How many edges does a tree on 10 vertices have?", "2": "How many leaves does a star on 7 vertices have?", "3": "What is the degree sum of a graph with 12 edges?"])
        #expect(verdicts["2"]?.kind == .correct, "\(String(describing: verdicts["2"]))")
        // A fraction on its own line before a footer is the answer, not a page counter.
        verdicts = Self.grade("""
            You said:
            problem 2
            ChatGPT said:
            Problem 2. Two of the eight vertices have degree one, so the fraction of leaves is

            1/4

            https://chatgpt.com/c/0f3a2b7c-1d2e-4f5a-9b8c-7d6e5f4a3b2c
            """, ["2": .real(RealValue(0.25))], questions: ["2": "What fraction of the vertices are leaves?"])
        #expect(verdicts["2"]?.kind == .correct, "\(String(describing: verdicts["2"]))")
        // "can you also work out what 1b comes to?" names its part.
        verdicts = Self.grade("""
            User: 1a please

            Assistant: **(a)** P(3) = 1/4 = 0.25.

            User: can you also work out what 1b comes to?

            Assistant: E = (1 + 2 + 3 + 4)/4 = 10/4 = 2.5.
            """, ["1a": .real(RealValue(0.25)), "1b": .real(RealValue(2.5))],
            questions: ["1a": "What is the probability of rolling a 3?", "1b": "What is the expected value of the roll?"])
        #expect(verdicts["1b"]?.kind == .correct, "\(String(describing: verdicts["1b"]))")
        // An instance after the general formula ("With k = 2, …") may be the answer asked.
        verdicts = Self.grade("User: 1b\n\nAssistant: (b) Differentiating term by term, f'(x) = 3x^2 + 2kx. With k = 2, f'(x) = 3x^2 + 4x.",
                              ["1b": .expression("3*x^2 + 4*x")], questions: ["1b": "Let f(x) = x^3 + k x^2 with k = 2. Find f'(x)."])
        #expect(verdicts["1b"]?.kind == .correct, "\(String(describing: verdicts["1b"]))")
        // A problem the user sets aside in an opening sentence opens no paste.
        verdicts = Self.grade("""
            User: I already did most of this set on my own, and I am only stuck on the last one, which I have tried three times now without getting anywhere, so I would really appreciate a careful explanation of the reasoning rather than just the final number. Problem 1 (Trees): done, no need to check it. Here's the one I'm stuck on, copied from the sheet exactly as it was handed out in the Tuesday section, including the small note about the drawing, which you can ignore since the star is described in words anyway:
            Problem 2. How many leaves does a star on 7 vertices have?

            Assistant: A star on 7 vertices has one centre joined to the other 6 vertices, each of degree one, so it has 6 leaves.
            """, ["1": .integer(9), "2": .integer(6)], questions: ["1": "How many edges does a tree on 10 vertices have?", "2": "How many leaves does a star on 7 vertices have?"])
        #expect(verdicts["2"]?.kind == .correct, "\(String(describing: verdicts["2"]))")
    }
}
