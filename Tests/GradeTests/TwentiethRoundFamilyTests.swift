@testable import Grade
import Solve
import Testing

/// Families of writing from the twentieth round of independent corpora (`final38/`), each on an
/// example written here.
@Suite("Twentieth-round families")
struct TwentiethRoundFamilyTests {
    static func grade(_ text: String, _ key: [String: Answer], questions: [String: String]) -> [String: Verdict] {
        SummaryAndListFamilyTests.grade(text, key, questions: questions, stems: [:])
    }

    @Test func aChoiceSaidToBeWhatTheCourseMayWantTooIsAHedge() {
        let questions = ["1a": "Which matrix is singular? (A) … (B) … (C) … (D) …", "1b": "What is det(M)?"]
        let verdicts = Self.grade("""
            User: 1a and 1b

            Assistant: **(a)** The answer is **(D)**, since its rows are parallel. If your instructor counts a zero row as parallel too, (A) might also be the intended answer, as its second row vanishes.

            **(b)** det(M) = **-3**
            """, ["1a": .choice("D"), "1b": .integer(-3)], questions: questions)
        #expect(verdicts["1a"]?.kind == .unclear, "\(String(describing: verdicts["1a"]))")
        #expect(verdicts["1b"]?.kind == .correct, "\(String(describing: verdicts["1b"]))")
    }

    @Test func oneLetterOverAnotherIsAQuotientNotANamedPair() {
        let questions = ["2a": "Give the slopes (m1, m2)."]
        let verdicts = Self.grade("""
            User: 2a

            Assistant: **(a)** Rise over run: $m_1 = a/b = 3/4 = 0.75$ and $m_2 = c/d = 5/2 = 2.5$, so the slopes are $(0.75,\\ 2.5)$.
            """, ["2a": .vector([0.75, 2.5])], questions: questions)
        #expect(verdicts["2a"]?.kind == .correct, "\(String(describing: verdicts["2a"]))")
    }

    @Test func namedComponentsOverSlashesStillReadAsATuple() {
        let questions = ["3a": "Give the tag, index and offset bits."]
        let verdicts = Self.grade("""
            User: 3a

            Assistant: (a) tag / index / offset = 18 / 8 / 6
            """, ["3a": .vector([18, 8, 6])], questions: questions)
        #expect(verdicts["3a"]?.kind == .correct, "\(String(describing: verdicts["3a"]))")
    }

    @Test func aValueInScientificNotationAndTheBaseUnitMeetsAPartAskedInAPrefixedUnit() {
        let questions = ["4a": "What is the wavelength of the wave, in mm?"]
        let verdicts = Self.grade("""
            User: 4a

            Assistant: (a) λ = v/f = 340/85000 = **4.0 × 10⁻³ m**
            """, ["4a": .real(RealValue(4.0))], questions: questions)
        #expect(verdicts["4a"]?.kind == .correct, "\(String(describing: verdicts["4a"]))")
    }

    @Test func aRemarkInWordsAfterAColonIsNoPartOfTheValue() {
        let questions = ["5a": "Find the image distance.", "5b": "Find the magnification."]
        let verdicts = Self.grade("""
            User: 5a and 5b

            Assistant: (a) 1/d_i = 1/20 − 1/12, so $d_i = -30$ cm: a virtual image behind the mirror.

            (b) The magnification is 2.5: an upright, enlarged image.
            """, ["5a": .integer(-30), "5b": .real(RealValue(2.5))], questions: questions)
        #expect(verdicts["5a"]?.kind == .correct, "\(String(describing: verdicts["5a"]))")
        #expect(verdicts["5b"]?.kind == .correct, "\(String(describing: verdicts["5b"]))")
    }

    @Test func anOptionAfterAColonStillStatesTheAnswer() {
        let questions = ["6b": "After 3τ the charge is about what fraction? (A) 63 % (B) 86 % (C) 95 % (D) 99 %"]
        let verdicts = Self.grade("""
            User: 6b

            Assistant: (b) 1 − e^(−3) ≈ 0.950, so the capacitor holds about 95 % of its final charge: option C.
            """, ["6b": .choice("C")], questions: questions)
        #expect(verdicts["6b"]?.kind == .correct, "\(String(describing: verdicts["6b"]))")
    }
}
