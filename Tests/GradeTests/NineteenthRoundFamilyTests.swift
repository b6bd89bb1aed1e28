@testable import Grade
import Solve
import Testing

/// Families of writing from the nineteenth round of independent corpora (`final37/`), each on an
/// example written here.
@Suite("Nineteenth-round families")
struct NineteenthRoundFamilyTests {
    static func grade(_ text: String, _ key: [String: Answer], questions: [String: String]) -> [String: Verdict] {
        SummaryAndListFamilyTests.grade(text, key, questions: questions, stems: [:])
    }

    /// Keys for parts (a)–(c) of problems 1–3, problem 2's as given: list numbers 1–3 are problems' too.
    static func nineParts(_ two: [String: Answer]) -> [String: Answer] {
        var key = two
        for problem in [1, 3] { for part in ["a", "b", "c"] { key["\(problem)\(part)"] = .integer(100 + problem) } }
        return key
    }

    static let pricing = ["3a": "How many orderings are there?", "3b": "How many committees?", "3c": "How many paths?"]

    @Test func aRecapBetweenMiddleDotsSummarisesEachLabelledPart() {
        let verdicts = Self.grade("""
            User: problem 3 please

            Assistant: a) 4! = 24 orderings.

            b) C(6, 2) = 15 committees.

            c) The lattice paths number C(6, 3).

            Recap: 3a 24 · 3b 20 · 3c 20
            """, ["3a": .integer(24), "3b": .integer(15), "3c": .integer(20)], questions: Self.pricing)
        #expect(verdicts["3a"]?.kind == .correct, "\(String(describing: verdicts["3a"]))")
        #expect(verdicts["3b"]?.kind == .unclear, "\(String(describing: verdicts["3b"]))")
        #expect(verdicts["3c"]?.kind == .correct, "\(String(describing: verdicts["3c"]))")
    }

    @Test func aSummaryNamingWhatTheBodyAssignedIsThatPartsSummary() {
        let questions = ["2a": "Find the equilibrium wage.", "2b": "What is the total surplus lost?"]
        let verdicts = Self.grade("""
            User: 2

            Assistant: **(a)** Setting supply equal to demand gives w = 15.

            **(b)** $TSL = \\tfrac12 \\times 4 \\times 10 = 20$

            **Summary:** w = 15, TSL = 40.
            """, ["2a": .integer(15), "2b": .integer(20)], questions: questions)
        #expect(verdicts["2a"]?.kind == .correct, "\(String(describing: verdicts["2a"]))")
        #expect(verdicts["2b"]?.kind == .unclear, "\(String(describing: verdicts["2b"]))")
    }

    @Test func bareLettersUnderAPartHeadingAreTheProblemsParts() {
        let questions = ["4a": "Find the tension.", "4b": "Give the accelerations (a1, a2)."]
        let verdicts = Self.grade("""
            User: Problem 4: a) tension b) accelerations (a1, a2)

            Assistant: **a)** T = **12 N**

            **b)** (a₁, a₂) = **(2, 3)** m/s²

            | Part | Answer |
            |---|---|
            | a | 12 N |
            | b | a₁′ = 3 m/s², a₂′ = 2 m/s² |
            """, ["4a": .integer(12), "4b": .vector([2, 3])], questions: questions)
        #expect(verdicts["4a"]?.kind == .correct, "\(String(describing: verdicts["4a"]))")
        #expect(verdicts["4b"]?.kind == .unclear, "\(String(describing: verdicts["4b"]))")
    }

    @Test func aLetterColumnNotHeadedAsPartsIsNoSummary() {
        let grammar = PartLabelGrammar(ids: ["4a", "4b"])
        #expect(grammar.idInCell("a", problem: "4") == nil)
        #expect(grammar.idInCell("a", problem: "4", bareLetters: true) == "4a")
        #expect(grammar.idInCell("a", problem: nil, bareLetters: true) == nil)
    }

    @Test func aNumberedListUnderAProblemHeadingAsLongAsItsPartsIsTheParts() {
        var questions: [String: String] = [:]
        for problem in 1...3 { for part in ["a", "b", "c"] { questions["\(problem)\(part)"] = "Question \(problem)\(part)." } }
        let verdicts = Self.grade("""
            User: all three problems

            Assistant: ### Problem 2

            1. **Moment:** $M = 3 \\times 4 = 12$ N·m
            2. **Force:** $F = 12/2 = 6$ N
            3. **Work:** $W = 6 \\times 5 = 30$ J
            """, Self.nineParts(["2a": .integer(12), "2b": .integer(6), "2c": .integer(31)]), questions: questions)
        #expect(verdicts["2a"]?.kind == .correct, "\(String(describing: verdicts["2a"]))")
        #expect(verdicts["2b"]?.kind == .correct, "\(String(describing: verdicts["2b"]))")
        #expect(verdicts["2c"]?.kind == .incorrect, "\(String(describing: verdicts["2c"]))")
    }

    @Test func aNumberedListOfAnotherLengthStaysSteps() {
        var questions: [String: String] = [:]
        for problem in 1...3 { for part in ["a", "b", "c"] { questions["\(problem)\(part)"] = "Question \(problem)\(part)." } }
        let verdicts = Self.grade("""
            User: all three problems

            Assistant: ### Problem 2

            1. **Moment:** $M = 3 \\times 4 = 12$ N·m
            2. **Force:** $F = 12/2 = 6$ N
            """, Self.nineParts(["2a": .integer(12), "2b": .integer(6), "2c": .integer(30)]), questions: questions)
        #expect(verdicts["2a"]?.kind != .correct, "\(String(describing: verdicts["2a"]))")
    }

    @Test func lettersAfterACoefficientAreAProductInAFormula() {
        let questions = ["5": "Give the speed at the bottom in terms of g and h."]
        let right = Self.grade("User: 5\n\nAssistant: $$v = \\sqrt{\\frac{10gh}{7}}$$", ["5": .expression("sqrt(10*g*h/7)")], questions: questions)
        #expect(right["5"]?.kind == .correct, "\(String(describing: right["5"]))")
        let wrong = Self.grade("User: 5\n\nAssistant: $$v = \\sqrt{2gh}$$", ["5": .expression("sqrt(10*g*h/7)")], questions: questions)
        #expect(wrong["5"]?.kind == .incorrect, "\(String(describing: wrong["5"]))")
        #expect(AnswerGrammar.Parser.letterProduct("kg") == nil)
        #expect(AnswerGrammar.Parser.letterProduct("and") == nil)
    }

    @Test func partsSharingALabelTakeTheirBoldValuesInOrder() {
        let questions = ["1a": "Find the equilibrium price.", "1b": "Find the equilibrium quantity."]
        let verdicts = Self.grade("""
            User: 1

            Assistant: **(a)–(b)** Equating gives $5P = 150$, so **P = 30** and **Q = 90 − 30 = 60**.
            """, ["1a": .integer(30), "1b": .integer(60)], questions: questions)
        #expect(verdicts["1a"]?.kind == .correct, "\(String(describing: verdicts["1a"]))")
        #expect(verdicts["1b"]?.kind == .correct, "\(String(describing: verdicts["1b"]))")
    }

    @Test func valuesAFormulaIsAppliedWithAreNotItsResult() {
        let questions = ["2c": "How many derangements of 4 letters are there?"]
        let verdicts = Self.grade("""
            User: 2c

            Assistant: c) These are derangements. You can get the count from D₄ = 3(D₃ + D₂) with D₃ = 2 and D₂ = 1.
            """, ["2c": .integer(9)], questions: questions)
        #expect(verdicts["2c"]?.kind == .missing, "\(String(describing: verdicts["2c"]))")
    }

    @Test func aSubPartNumeralWithADotAfterItsPartsLabel() {
        let questions = ["3a": "Count.", "3b.i": "How many?", "3b.ii": "Is it possible?", "3c.i": "Sum of degrees?", "3c.ii": "Is there such a graph?"]
        let verdicts = Self.grade("""
            User: 3

            Assistant: a) 5.

            b) i. There are 6.

            ii. False.

            c) i. The handshake lemma gives 2 × 7 = 14.

            ii. True.
            """, ["3a": .integer(5), "3b.i": .integer(6), "3b.ii": .text("false"), "3c.i": .integer(14), "3c.ii": .text("true")], questions: questions)
        #expect(verdicts["3b.i"]?.kind == .correct, "\(String(describing: verdicts["3b.i"]))")
        #expect(verdicts["3c.i"]?.kind == .correct, "\(String(describing: verdicts["3c.i"]))")
        #expect(verdicts["3c.ii"]?.kind == .correct, "\(String(describing: verdicts["3c.ii"]))")
    }
}
