import Foundation
@testable import Grade
import Solve
import Testing

/// Transcripts a reviewer wrote against session 47's new grading rules, each a misfire of the
/// rule as first written; they keep their verdicts from before the session, or better.
@Suite("Reviewed grading misfires, session 47")
struct ReviewedGradingMisfiresOfSessionFortySeven {
    static func grade(_ text: String, _ key: [String: Answer], questions: [String: String] = [:]) -> [String: Verdict] {
        ThirtyNinthRoundFamilyTests.grade(text, key, questions: questions)
    }

    static let battery = [
        "1a": "What discharge current (A) does the load draw?",
        "1b": "How long (hours) can the battery supply that current?",
        "1c": "What energy (Wh) does the battery store?",
        "2c": "How deep (in cm) does a 0.20 m tall block of relative density 0.8125 sink in water?",
    ]

    /// A final number without a unit after working in other units still answers; a value in
    /// metres answers a part asked in centimetres.
    @Test func aUnitlessResultAfterWorkingInOtherUnits() {
        let verdicts = Self.grade("""
            **User:** battery homework, pls answer all parts

            **Assistant:** Here you go.

            **1(a)** I = P/V = 30 W / 12 V = **2.5**

            **1(b)** t = 50 Ah / 2.5 A = **20**

            **1(c)** E = 12 V × 50 Ah = **600 Wh**

            **2(c)** Submerged depth = 0.8125 × 0.20 m = **0.1625 m**
            """, ["1a": .real(RealValue(2.5)), "1b": .integer(20), "1c": .integer(600), "2c": .real(RealValue(16.25))], questions: Self.battery)
        for id in ["1a", "1b", "1c", "2c"] { #expect(verdicts[id]?.kind == .correct, "\(id): \(String(describing: verdicts[id]))") }
    }

    /// "Final answers: 600 Wh stored, drawn at 2.5 A, lasting 20 h." (out of the parts' order) and
    /// "Recap: given 12 V, 50 Ah, and 30 W, …" are no recap of (a)–(c) in order.
    @Test func aRecapOutOfOrderOrOfGivens() {
        for recap in ["Final answers: 600 Wh stored, drawn at 2.5 A, lasting 20 h.", "Recap: given 12 V, 50 Ah, and 30 W, the answers are as above."] {
            let verdicts = Self.grade("""
                **User:** battery homework, pls answer all parts

                **Assistant:** Sure.

                **1(a)** I = P/V = 30 W / 12 V = **2.5 A**

                **1(b)** t = 50 Ah / 2.5 A = **20 h**

                **1(c)** E = 12 V × 50 Ah = **600 Wh**

                \(recap)
                """, ["1a": .real(RealValue(2.5)), "1b": .integer(20), "1c": .integer(600)], questions: Self.battery)
            for id in ["1a", "1b", "1c"] { #expect(verdicts[id]?.kind == .correct, "\(recap) \(id): \(String(describing: verdicts[id]))") }
        }
    }

    /// A choice whose reply writes its letter in words ("which is option B", "— option C", "The
    /// correct choice is A"), or bolds a negation or a number among numeric options, is read by
    /// its letter, not by the bold content.
    @Test func aChoiceWhoseReplyWritesItsLetter() {
        let questions = [
            "1": "A source's activity drops from 800 kBq to 50 kBq in 12 hours. Its half-life, in hours, is\n(A) 2\n(B) 3\n(C) 4\n(D) 6",
            "2": "Which gene lies in the middle?\n(A) x\n(B) y\n(C) z",
            "3": "As the temperature rises, the reaction rate will\n(A) increase\n(B) decrease\n(C) stay the same",
        ]
        let key: [String: Answer] = ["1": .choice("B"), "2": .choice("C"), "3": .choice("A")]
        let letters = Self.grade("""
            **User:** three MCQs, answer each

            **Assistant:**

            **1.** 800/50 = 16 = 2⁴, so **4 half-lives** fit in 12 hours; the half-life is 3 h, so B.

            **2.** x and y are farthest apart, so **y is an outer gene**; z is in the middle, so the answer is C.

            **3.** By Arrhenius the rate goes up, so A.
            """, key, questions: questions)
        #expect(letters["1"]?.kind != .incorrect, "\(String(describing: letters["1"]))")
        #expect(letters["2"]?.kind == .correct, "\(String(describing: letters["2"]))")
        let negated = Self.grade("""
            **User:** 3?

            **Assistant:** **3.** By Arrhenius the rate goes up; it does **not stay the same**. The correct choice is A.
            """, ["3": .choice("A")], questions: questions)
        #expect(negated["3"]?.kind == .correct, "\(String(describing: negated["3"]))")
    }

    /// "**v = 14.0 m/s.** If we redo it with t = 2.02 s instead, we get **v = 19.8 m/s**, which is the
    /// answer.": a later bold the sentence names the answer is no alternative.
    @Test func aLaterBoldNamedTheAnswer() {
        let verdicts = Self.grade("""
            User: (b)?

            Assistant: **(b)** **v = 14.0 m/s.** If we redo it with t = 2.02 s instead, we get **v = 19.8 m/s**, which is the answer.
            """, ["b": .real(RealValue(19.8))])
        #expect(verdicts["b"]?.kind == .correct, "\(String(describing: verdicts["b"]))")
    }

    /// A recap whose clause is in a quotient unit ("CL ≈ 4.0 L/h" for a clearance asked "in L/h")
    /// is still read in order: its last clause contradicting the body leaves that part unclear.
    @Test func aRecapWithAQuotientUnit() {
        let questions = ["1a": "Find the initial plasma concentration $C_0$ in mg/L, to three significant figures.",
                         "1b": "Find the elimination rate constant $k$ in h$^{-1}$, to four decimal places.",
                         "1c": "Find the clearance $CL$ in L/h, to two decimal places.",
                         "1d": "Give the plasma concentration 12~h after the dose as an exact fraction (mg/L)."]
        let verdicts = Self.grade("""
            Q1: Problem 1, all parts.

            A1: Here's the full working.

            1(a) C0 = 500 mg ÷ 35 L = **14.3 mg/L**

            1(b) k = ln2 / 6 h = **0.1155 h⁻¹**

            1(c) CL = k × Vd = 0.1155 × 35 ≈ **4.0 L/h**

            1(d) After 12 h: C = (500/35)/4 = **25/7 mg/L**

            Recap:
            - C0 = 14.3 mg/L
            - k = 0.1155 h⁻¹
            - CL ≈ 4.0 L/h
            - C(12 h) = 50/7 mg/L
            """, ["1a": .real(RealValue(14.3)), "1b": .real(RealValue(0.1155)), "1c": .real(RealValue(4.0)), "1d": .real(RealValue(25.0 / 7))], questions: questions)
        #expect(verdicts["1d"]?.kind == .unclear, "\(String(describing: verdicts["1d"]))")
    }
}
