import Foundation
@testable import Grade
import Solve
import Testing

/// Families of writing from the thirty-sixth round (the held-out `final61/`, now development
/// data), each on an example written here.
@Suite("Thirty-sixth-round families")
struct ThirtySixthRoundFamilyTests {
    static func grade(_ text: String, _ key: [String: Answer], questions: [String: String], stems: [String: String] = [:]) -> [String: Verdict] {
        SummaryAndListFamilyTests.grade(text, key, questions: questions, stems: stems)
    }

    /// "kinetic energy in joules? and the momentum" answered "… = 9 J …" then "Momentum: … p = …
    /// = 6 kg·m/s. So the momentum …": a paragraph opening on a plain title that names one of the retyped
    /// parts is that part's answer, all its lines; the text before it is the other part's.
    @Test func aPlainTitleInAReplyToSeveralRetypedPartsOpensThatPartsAnswer() {
        let key: [String: Answer] = ["1a": .integer(9), "1b": .integer(6), "1c": .real(RealValue(0.5))]
        let questions = ["1a": "Find the kinetic energy of the cart in joules.", "1b": "Find the momentum of the cart.",
                         "1c": "How long does the brake take to stop the cart?"]
        let stems = ["1": "A cart of mass 2 kg rolls at 3 m/s on a level track."]
        let text = """
            User: cart of 2 kg at 3 m/s. kinetic energy in joules? and the momentum

            Assistant: Using the usual formula:
            ½mv² = ½ · 2 · 3² = 9 J of energy in the moving cart.

            Momentum: for motion along a line it is mass times velocity, which gives
            p = mv = 2 × 3 = 6 kg·m/s.
            So the momentum of the cart is about 6 kg·m/s.
            """
        let verdicts = Self.grade(text, key, questions: questions, stems: stems)
        #expect(verdicts["1a"]?.kind == .correct, "\(String(describing: verdicts["1a"]))")
        #expect(verdicts["1b"]?.kind == .correct, "\(String(describing: verdicts["1b"]))")
    }
}

extension ThirtySixthRoundFamilyTests {
    /// "You can verify it directly: … sum to 16" after a corrected answer: a check offered to the
    /// reader restates another quantity, not the answer.
    @Test func aCheckOfferedToTheReaderIsNoAnswer() {
        let key: [String: Answer] = ["2a": .integer(2)]
        let questions = ["2a": "Find the standard deviation of the four readings."]
        let text = """
            User: 2a please

            Assistant: **2(a)** The deviations are −2, 2, −2, 2, so the standard deviation is √4 = 2.

            You can check it directly: the squared deviations are 4 each and they sum to 16.
            """
        let verdicts = Self.grade(text, key, questions: questions)
        #expect(verdicts["2a"]?.kind == .correct, "\(String(describing: verdicts["2a"]))")
        #expect(FinalAnswer.verification.firstMatch(in: "You could verify: 3 + 4 = 7.", range: NSRange(location: 0, length: 28)) != nil)
    }

    /// "**λ₁ = 2√2 ≈ 2.8284** and **λ₂ = √2 ≈ 1.4142**": each component is the decimal its surd is
    /// evaluated to (never the surd's coefficient), in bold or plain, Unicode or LaTeX.
    @Test func indexedComponentsWrittenAsSurdsAreTheirDecimals() {
        let key: [String: Answer] = ["3a": .vector([2.8284, 1.4142])]
        let questions = ["3a": "Find the two eigenvalues λ₁ ≥ λ₂."]
        for line in ["**3(a)** so **λ₁ = 2√2 ≈ 2.8284** and **λ₂ = √2 ≈ 1.4142**.",
                     #"**3(a)** $\lambda_1 = 2\sqrt{2} \approx 2.8284$, $\lambda_2 = \sqrt{2} \approx 1.4142$"#] {
            let verdicts = Self.grade("User: 3a\n\nAssistant:\n\(line)\n", key, questions: questions)
            #expect(verdicts["3a"]?.kind == .correct, "\(line) \(String(describing: verdicts["3a"]))")
        }
    }

    /// "u = ±(0.6, 0.8)": a vector given with both signs offers two answers, unclear where the
    /// key fixes one.
    @Test func aVectorWithBothSignsIsUnclear() {
        guard case .ambiguous(_, let values) = AnswerGrammar.read("u = ±(0.6, 0.8)", expecting: .sequence) else {
            Issue.record("\(AnswerGrammar.read("u = ±(0.6, 0.8)", expecting: .sequence))"); return
        }
        #expect(values.map(\.description) == ["(0.6, 0.8)", "(-0.6, -0.8)"], "\(values)")
        let verdicts = Self.grade("Assistant:\n**4(b)** The unit normal is **n = ±(0.6, 0.8)**.\n", ["4b": .vector([0.6, 0.8])],
                                  questions: ["4b": "Give the unit normal n with positive first entry."])
        #expect(verdicts["4b"]?.kind == .unclear, "\(String(describing: verdicts["4b"]))")
    }

    /// "25,000 × 128" where a shape is expected: the comma separates thousands where × separates
    /// the dimensions; "(16,128,128)" stays three dimensions.
    @Test func aShapeWithThousandsSeparatorsIsItsDimensions() {
        #expect(AnswerGrammar.read("the table is 25,000 × 128", expecting: .shape) == .value(.shape([25000, 128], layout: nil)))
        #expect(AnswerGrammar.read("(16,128,128)", expecting: .shape) == .value(.shape([16, 128, 128], layout: nil)))
    }

    /// "∂f/∂x₊ = 2x₊ − 1": a subscript sign is the subscript `_+`, so the name is the key's.
    @Test func aSubscriptSignIsTheSubscriptWrittenOut() {
        let verdicts = Self.grade("Assistant:\n**1(c)** ∂f/∂x₊ = **2x₊ − 1**\n", ["1c": .expression("2*x - 1")],
                                  questions: ["1c": "Give ∂f/∂x₊ as an expression in x₊."])
        #expect(verdicts["1c"]?.kind == .correct, "\(String(describing: verdicts["1c"]))")
    }

    /// "Quick numerical check ```python" (a citation marker stood before the fence): the fence
    /// opens code, so the code's lines are not read as the answer's text.
    @Test func aFenceWithItsLanguageAtTheEndOfALineOpensCode() {
        let text = """
            Assistant: **2(b)** Differentiating term by term:

            $$\\frac{dy}{dt} = 1 - e^{-t}$$

            Quick numerical check ```python
            import math
            f = lambda t: t + math.exp(-t)
            print((f(1.001) - f(1)) / 0.001)
            ```
            """
        let verdicts = Self.grade(text, ["2b": .expression("1 - exp(-t)")], questions: ["2b": "Find dy/dt for y = t + e^{-t}."])
        #expect(verdicts["2b"]?.kind == .correct, "\(String(describing: verdicts["2b"]))")
        #expect(TurnSegments.fencesApart("see ```python\nx = 1\n```") == "see\n```python\nx = 1\n```")
    }
}

/// Families of writing from the held-out `final62/` (now development data), each on an example
/// written here.
extension ThirtySixthRoundFamilyTests {
    /// A printed chat's summary table given column after column ("Part", its labels, then
    /// "Answer" and as many values): each label takes its value; columns of different lengths
    /// are left unread.
    @Test func aSummaryTableGivenColumnAfterColumnIsReadByRows() {
        let key: [String: Answer] = ["2a": .integer(14), "2b": .integer(-3), "2c": .text("true")]
        let questions = ["2a": "Find the trace.", "2b": "Find the determinant.", "2c": "True or false: the matrix is invertible."]
        let text = """
            Assistant:
            Working through problem 2 (the displays were lost in printing).
            Summary
            Part
            2(a)
            2(b)
            2(c)

            Answer
            tr = 14
            det = −3
            True

            Want me to check anything else?
            """
        let verdicts = Self.grade(text, key, questions: questions)
        for id in ["2a", "2b", "2c"] { #expect(verdicts[id]?.kind == .correct, "\(id) \(String(describing: verdicts[id]))") }
        #expect(TurnSegments.columnsAsRows("Part\n1(a)\n1(b)\n\nAnswer\n3\n").contains("|") == false)
    }

    /// "−6" / "= 3/7." / "−14" (a fraction a print stacked around the value it equals) and
    /// "Therefore x₂ =" (a relation continued below): none is an answer.
    @Test func aStackedFractionsPiecesAndAnOpenRelationAreNoAnswers() {
        let text = """
            Assistant:
            (b) Solving for the second unknown by Cramer's rule:
            = −6. Therefore x2 =
            −6
            = 3/7.
            −14
            """
        let verdicts = Self.grade(text, ["1b": Answer(try! Rational(3, 7))], questions: ["1b": "Find x₂ by Cramer's rule."])
        #expect(verdicts["1b"]?.kind == .correct, "\(String(describing: verdicts["1b"]))")
    }

    /// "| 2 | −1 |" over "| 0 | 3 |" with no header of words: a matrix written as a table.
    @Test func numericRowsOfBarsAreAMatrix() {
        let text = """
            Assistant:
            (c) The inverse is

            | 0.5 | 0.25 |
            | 0 | -1 |
            """
        let verdicts = Self.grade(text, ["3c": .matrix([[0.5, 0.25], [0, -1]])], questions: ["3c": "Find the inverse of B."])
        #expect(verdicts["3c"]?.kind == .correct, "\(String(describing: verdicts["3c"]))")
    }

    /// "**a)** … So (i) P = 0.42 and (ii) Q = 0.58." under a part with sub-parts: each label
    /// inside the sentence opens its sub-part.
    @Test func subpartLabelsInsideASentenceOpenTheirSubparts() {
        let text = """
            Assistant:
            ## Problem 2

            **a)** Reading both off the table,

            | x | P | Q |
            |---|---|---|
            | 1 | 0.42 | 0.58 |

            So (i) P = 0.42 and (ii) Q = 0.58.

            **b)** The total is 100.
            """
        // (Part (a) itself, which leads into its sub-parts, has no answer of its own.)
        let ids = ["2a", "2a.i", "2a.ii", "2b"]
        let questions = ["2a": "Read off", "2a.i": "Find P.", "2a.ii": "Find Q.", "2b": "Find the total."]
        let expected: [String: Answer?] = ["2a": nil, "2a.i": .real(RealValue(0.42)), "2a.ii": .real(RealValue(0.58)), "2b": .integer(100)]
        let verdicts = Dictionary(uniqueKeysWithValues: Grader.grade(transcript: TranscriptReader.fromText(text), expected: expected, partIDs: ids,
            tolerances: [:], questions: QuestionMatch(questions: questions, stems: [:], partIDs: ids)).map { ($0.part, $0) })
        #expect(verdicts["2a.i"]?.kind == .correct, "\(String(describing: verdicts["2a.i"]))")
        #expect(verdicts["2a.ii"]?.kind == .correct, "\(String(describing: verdicts["2a.ii"]))")
    }

    /// "x′ = B x with B = …" in a reply to a multiple-choice part: the matrix's name is no option.
    @Test func aCapitalMultiplyingAVectorIsNoOption() {
        let verdicts = Self.grade("""
            Assistant:
            **6.** The answer is (C).

            User: and the next one?

            Assistant: Hint: write x′ = B x with B = [[0, 1], [−1, 0]] and post x₂ when you have it.
            """, ["6": .choice("C")], questions: ["6": "Which statement about the system holds? (A) … (B) … (C) … (D) …"])
        #expect(verdicts["6"]?.kind == .correct, "\(String(describing: verdicts["6"]))")
        #expect(AnswerGrammar.read("so y = C v", expecting: .choice) == .none)
    }

    /// "b/c) Both from the same table:" opens parts (b) and (c) together.
    @Test func twoLettersJoinedByASlashOpenBothParts() {
        let verdicts = Self.grade("""
            Assistant:
            a) The mean is 4.
            b/c) From the same table:
               median = 3.5
               (q1, q3) = (2, 6)
            """, ["1a": .integer(4), "1b": .real(RealValue(3.5)), "1c": .vector([2, 6])],
            questions: ["1a": "Find the mean.", "1b": "Find the median.", "1c": "Give the quartiles (Q1, Q3)."])
        for id in ["1a", "1b", "1c"] { #expect(verdicts[id]?.kind == .correct, "\(id) \(String(describing: verdicts[id]))") }
    }
}

extension ThirtySixthRoundFamilyTests {
    /// Misfires a review of this round's rules found, each written here anew and now graded as
    /// a reader would.
    @Test func reviewedMisfiresOfThisRoundsRules() {
        // "Answer: B y = 3x": an option letter before its option's equation is the answer.
        var verdicts = Self.grade("Assistant: I first thought of (A), but that line misses the point (2, 7).\n\nAnswer: B y = 3x + 1\n",
                                  ["2": .choice("A")], questions: ["2": "Which line is tangent? (A) y = 2x (B) y = 3x + 1 (C) … (D) …"])
        #expect(verdicts["2"]?.kind == .incorrect, "\(String(describing: verdicts["2"]))")
        // "Let me double-check: … = **0.9**": the model's own check may revise its answer.
        verdicts = Self.grade("Assistant: **(a)** The union is 0.3 + 0.6 − 0.1 = 0.8.\n\nLet me double-check: the overlap was never counted twice, so the union is 0.3 + 0.6 = **0.9**.\n",
                              ["3a": .real(RealValue(0.8))], questions: ["3a": "Find P(A ∪ B)."])
        #expect(verdicts["3a"]?.kind != .correct, "\(String(describing: verdicts["3a"]))")
        // "a/c: 3/5 = 0.6" is a ratio, no label of parts (a)–(c).
        verdicts = Self.grade("""
            Assistant: **(a)** The hypotenuse is c = 13.

            **(b)** The area is 30.

            **(c)** cos B is adjacent over hypotenuse, i.e. the ratio
            a/c: 5/13 ≈ 0.385.
            """, ["4a": .integer(13), "4b": .integer(30), "4c": .real(RealValue(0.385))],
            questions: ["4a": "Find the hypotenuse c.", "4b": "Find the area.", "4c": "Find cos B."])
        for id in ["4a", "4b", "4c"] { #expect(verdicts[id]?.kind == .correct, "\(id) \(String(describing: verdicts[id]))") }
        // Correct roundings of mixed precision stay correct.
        let mixed = AnswerGrammar.read("(2.236, 3.16)", expecting: .sequence).value
        #expect(mixed.map { Equivalence.compare($0, .vector([2.2361, 3.1623])).equal } == true)
        // "For (ii) we first need (i): …": labels talked about in prose open no sub-parts.
        let ids = ["5a", "5a.i", "5a.ii"]
        let text = "Assistant: **(a)** For (ii) we first need (i): the mean is 0·0.5 + 6·0.5 = 3, and then the variance is 18 − 9 = 9.\n"
        let expected: [String: Answer?] = ["5a": nil, "5a.i": .integer(3), "5a.ii": .integer(9)]
        let sub = Dictionary(uniqueKeysWithValues: Grader.grade(transcript: TranscriptReader.fromText(text), expected: expected, partIDs: ids,
            tolerances: [:], questions: QuestionMatch(questions: ["5a": "Find", "5a.i": "Find the mean.", "5a.ii": "Find the variance."], stems: [:], partIDs: ids)).map { ($0.part, $0) })
        #expect(sub["5a.i"]?.kind != .incorrect, "\(String(describing: sub["5a.i"]))")
        // A table that checks the answer ("A A⁻¹ gives" the identity, with a rule row) is no answer.
        verdicts = Self.grade("Assistant: **(a)** The inverse is [[2, -1], [-1, 1]].\n\nMultiplying back, B B⁻¹ gives\n\n| 1 | 0 |\n|---|---|\n| 0 | 1 |\n\nas it should.\n",
                              ["6a": .matrix([[2, -1], [-1, 1]])], questions: ["6a": "Find the inverse of B."])
        #expect(verdicts["6a"]?.kind != .incorrect, "\(String(describing: verdicts["6a"]))")
        // LaTeX components with text between them: "\(y_1 = 4\) and \(y_2 = -2\)".
        verdicts = Self.grade(#"Assistant: **(a)** \(y_1 = 4\) and \(y_2 = -2\)."#, ["7a": .vector([4, -2])], questions: ["7a": "Find both roots y₁ > y₂."])
        #expect(verdicts["7a"]?.kind == .correct, "\(String(describing: verdicts["7a"]))")
        // "(8,64,64) — the 3×3 kernel keeps …": a list, not a number with thousands separators.
        #expect(AnswerGrammar.read("Output shape: (8,64,64) — the 3×3 kernel with padding 1 keeps H and W.", expecting: .shape)
                == .value(.shape([8, 64, 64], layout: nil)))
        // A line ending on "=" that holds a bold answer, and a fence in prose that no line closes.
        verdicts = Self.grade("Assistant: **(a)** So the volume is **24 cm³**, since 2 × 3 × 4 =\n", ["8a": .integer(24)], questions: ["8a": "Find the volume."])
        #expect(verdicts["8a"]?.kind == .correct, "\(String(describing: verdicts["8a"]))")
        verdicts = Self.grade("Assistant: To start a code block, type three backticks and the language, e.g. ```swift\n\n**(a)** The volume is 2 × 3 × 4 = 24 cm³.\n",
                              ["8a": .integer(24)], questions: ["8a": "Find the volume."])
        #expect(verdicts["8a"]?.kind == .correct, "\(String(describing: verdicts["8a"]))")
        // A data column of bare numbers ("#", "1 2 3", "Value", …) is no summary of answers.
        verdicts = Self.grade("Assistant:\nProblem 1: the median is 7.\nProblem 2: reading the table,\n#\n1\n2\n\nValue\n4\n9\n",
                              ["1": .integer(7), "2": .integer(9)], questions: ["1": "Find the median.", "2": "Find the largest value."])
        #expect(verdicts["1"]?.kind == .correct, "\(String(describing: verdicts["1"]))")
        // "Here is the working." then "Speed: …": a lead without a number answers no retyped part.
        verdicts = Self.grade("""
            User: 3 kg block, 6 N force from rest. distance after 2 s? and the acceleration

            Assistant: Here is the working.

            Acceleration: a = F/m = 6/3 = 2 m/s². Then the block covers ½·2·2² = 4 m in two seconds.
            """, ["9a": .integer(4), "9b": .integer(2)], questions: ["9a": "How far does the block move in 2 s?", "9b": "What is the acceleration?"])
        #expect(verdicts["9a"]?.kind != .missing, "\(String(describing: verdicts["9a"]))")
    }
}
