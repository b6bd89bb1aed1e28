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
        #expect(FinalAnswer.verification.firstMatch(in: "Let's double-check: 3 + 4 = 7.", range: NSRange(location: 0, length: 28)) != nil)
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
