import Foundation
@testable import Grade
import Solve
import Testing

/// Families found in session 47's held-out runs (`grading/final93` …, and cases left from
/// `final92`), each tested on transcripts written for these tests.
@Suite("Grading families, forty-seventh round")
struct FortySeventhRoundFamilyTests {
    static func grade(_ text: String, _ key: [String: Answer], questions: [String: String] = [:]) -> [String: Verdict] {
        ThirtyNinthRoundFamilyTests.grade(text, key, questions: questions)
    }

    /// "- 5: No (the rate constant rises with temperature, …)" in a summary list after "- 4b: …":
    /// the entry names problem 5 (without parts), however long its explanation, and a summary
    /// that contradicts the body leaves the part unclear. Numbered steps inside a part's answer
    /// (not under a summary's lead) still do not open problems.
    @Test func aSummaryEntryForAProblemWithoutPartsPastTheCurrentOne() {
        let key: [String: Answer] = ["4a": .integer(12), "4b": .integer(30), "5": .text("yes")]
        func transcript(_ entry: String) -> String {
            """
            User: please do 4 and 5

            Assistant:
            **4(a)** The half-life count gives **12**.

            **4(b)** Multiplying out, **30**.

            **5.** Raising the temperature raises k, so the reaction speeds up: **Yes**.

            **Final answers**

            - 4a: 12
            - 4b: 30
            - \(entry)
            """
        }
        let contradicting = Self.grade(transcript("5: No (the rate constant rises with temperature, but the equilibrium would shift the other way)"), key)
        #expect(contradicting["5"]?.kind == .unclear, "\(String(describing: contradicting["5"]))")
        #expect(contradicting["4b"]?.kind == .correct, "\(String(describing: contradicting["4b"]))")
        let agreeing = Self.grade(transcript("5: Yes (the rate constant rises with temperature, as the Arrhenius factor grows)"), key)
        #expect(agreeing["5"]?.kind == .correct, "\(String(describing: agreeing["5"]))")
        let steps = Self.grade("""
            User: 4 please

            Assistant:
            **4(a)** Counting the halvings:

            - 1: 800 → 400
            - 2: 400 → 200
            - 5: 200 → 100

            so **12**.
            """, ["4a": .integer(12), "5": .text("yes")])
        #expect(steps["4a"]?.kind == .correct, "\(String(describing: steps["4a"]))")
        #expect(steps["5"]?.kind == .missing, "\(String(describing: steps["5"]))")
    }

    /// A question retyped as "the mean wait, then the delays on each of the two links, and the
    /// total" answered with one bold number per part, where the question's middle phrase asks two
    /// parts: the parts between the matched ones join the group, so each value goes to its own
    /// part. A question that skips a part is answered with as many numbers as it asks.
    @Test func aRetypedQuestionWhoseOnePhraseAsksTwoParts() {
        let questions = [
            "3a": "Which router is the bottleneck?",
            "3b": "Delay (ms) on the link between the source and the bottleneck router.",
            "3c": "Delay (ms) on the link between the bottleneck router and the destination.",
            "3d": "Total end-to-end delay (ms), the sum of the two link delays.",
        ]
        let key: [String: Answer] = ["3a": .text("R2"), "3b": .real(RealValue(4.5)), "3c": .real(RealValue(2.5)), "3d": .integer(7)]
        func transcript(_ values: String) -> String {
            """
            Q3: Which router is the bottleneck router, and what are the delays on the link between the bottleneck router and each end, and the total end-to-end delay?

            A3: 1. **Bottleneck.** R2 has the smallest capacity.

            2. **Per link** (queueing included):
               - one link: (2 + 0.5) ms
            \(values)
            """
        }
        let swapped = Self.grade(transcript("   - source–R2: **2.5 ms**\n   - R2–destination: **4.5 ms**\n   - total: 2.5 + 4.5 = **7 ms**"), key, questions: questions)
        #expect(swapped["3b"]?.kind == .incorrect, "\(String(describing: swapped["3b"]))")
        #expect(swapped["3c"]?.kind == .incorrect, "\(String(describing: swapped["3c"]))")
        #expect(swapped["3d"]?.kind == .correct, "\(String(describing: swapped["3d"]))")
        let right = Self.grade(transcript("   - source–R2: **4.5 ms**\n   - R2–destination: **2.5 ms**\n   - total: 4.5 + 2.5 = **7 ms**"), key, questions: questions)
        #expect(right["3b"]?.kind == .correct, "\(String(describing: right["3b"]))")
        #expect(right["3c"]?.kind == .correct, "\(String(describing: right["3c"]))")
    }

    /// "1. **(a)** …", "2. **(b)** …" under "**Question 1**": a numbered list whose items carry the
    /// parts' bold labels answers those parts (it is neither steps nor problems).
    @Test func aNumberedListWhoseItemsCarryBoldLabels() {
        let key: [String: Answer] = ["1a": .real(RealValue(12.5)), "1b": .integer(40), "1c": .integer(3), "2a": .integer(9)]
        let verdicts = Self.grade("""
            User: all of sheet 4 please

            Assistant: Here is the sheet.

            **Question 1**

            1. **(a)** Flow: Q = 2.5 × 5 = **12.5 L/s**
            2. **(b)** Volume after 3.2 s of flow plus the 0 L start: **40 L**
            3. **(c)** Pumps needed: **3**

            **Question 2**

            - **(a)** **9**
            """, key)
        #expect(verdicts["1a"]?.kind == .correct, "\(String(describing: verdicts["1a"]))")
        #expect(verdicts["1b"]?.kind == .correct, "\(String(describing: verdicts["1b"]))")
        #expect(verdicts["1c"]?.kind == .correct, "\(String(describing: verdicts["1c"]))")
        #expect(verdicts["2a"]?.kind == .correct, "\(String(describing: verdicts["2a"]))")
    }

    /// "How far does it drift (km, two decimal places)?": a unit opening a parenthesis asks for it,
    /// so "≈ 4 580 m ≈ 4.58 km" is read in kilometres; a question that asks no unit still reads the
    /// value before its restatement.
    @Test func aUnitAskedInAParenthesis() {
        let asked = Self.grade("User: 2b\n\nAssistant:\n(b) Drift = 0.5 m/s × 9160 s ≈ 4 580 m ≈ 4.58 km\n", ["2b": .real(RealValue(4.58))],
                               questions: ["2b": "How far does the buoy drift in that time (km, two decimal places)?"])
        #expect(asked["2b"]?.kind == .correct, "\(String(describing: asked["2b"]))")
        let hours = Self.grade("User: 1a\n\nAssistant:\n(a) t = 9160 s ≈ 2.54 h\n", ["1a": .real(RealValue(2.54))],
                               questions: ["1a": "How long (hours, two decimal places) does the crossing take?"])
        #expect(hours["1a"]?.kind == .correct, "\(String(describing: hours["1a"]))")
        #expect(AskedUnit.symbols(askedIn: "What is the area (A) of the plate?") == nil)
        #expect(AskedUnit.symbols(askedIn: "What current (A) flows?") == ["A"])
        #expect(AskedUnit.symbols(askedIn: "Which is larger? (A) 3 (B) 4") == nil)
        #expect(AskedUnit.symbols(askedIn: "Find the root(s) of the cubic.") == nil)
    }

    /// A current asked "(A)": a paragraph whose every value is in watt-hours or amp-hours is no
    /// answer to it (a retyped question's reply that never gives the current leaves it missing),
    /// and a later reply about the current does not answer the capacity part its question's
    /// words happen to match.
    @Test func aPieceInUnitsOfAnotherQuantityDoesNotAnswer() {
        let questions = [
            "4a": "What is the nominal pack voltage (V)?",
            "4b": "What is the pack capacity (Ah)?",
            "4c": "What is the stored energy (Wh)?",
            "4d": "What charging current (A) corresponds to a 0.5C rate for the pack?",
        ]
        let key: [String: Answer] = ["4a": .real(RealValue(7.4)), "4b": .integer(6), "4c": .real(RealValue(44.4)), "4d": .integer(3)]
        let unanswered = Self.grade("""
            You:
            2S2P pack of 3.7 V 3 Ah cells: nominal pack voltage, pack capacity, stored energy in Wh, and the 0.5C charging current?

            ChatGPT:
            For a 2S2P pack:

            - Pack voltage: 2 × 3.7 V = 7.4 V
            - Pack capacity: 2 × 3 Ah = 6 Ah
            - Energy: 7.4 V × 6 Ah = 44.4 Wh

            So the pack holds 44.4 Wh, the same as 4 cells × 3.7 V × 3 Ah = 44.4 Wh.
            """, key, questions: questions)
        #expect(unanswered["4c"]?.kind == .correct, "\(String(describing: unanswered["4c"]))")
        #expect(unanswered["4d"]?.kind == .missing, "\(String(describing: unanswered["4d"]))")
    }

    /// "Final answers: 2.54 h, 4.58 km, and a heading of about 41°." right after the turn answered
    /// (a)–(c) of the problem: one clause per part, in order, a recap of them; one that contradicts
    /// the body leaves its part unclear.
    @Test func anUnlabelledRecapOfTheProblemJustAnswered() {
        let key: [String: Answer] = ["3a": .real(RealValue(2.54)), "3b": .real(RealValue(4.58)), "3c": .integer(38)]
        func transcript(_ recap: String) -> String {
            """
            User: 3 please

            Assistant:
            3(a)
            t = 9160 s = 2.54 h

            3(b)
            d = 0.5 × 9160 = 4580 m = 4.58 km

            3(c)
            θ = atan(0.78) = 38°

            Final answers: \(recap)
            """
        }
        let contradicting = Self.grade(transcript("2.54 h, 4.58 km, and a heading of about 41°."), key)
        #expect(contradicting["3c"]?.kind == .unclear, "\(String(describing: contradicting["3c"]))")
        #expect(contradicting["3a"]?.kind == .correct, "\(String(describing: contradicting["3a"]))")
        let agreeing = Self.grade(transcript("2.54 h, 4.58 km, and a heading of about 38°."), key)
        #expect(agreeing["3c"]?.kind == .correct, "\(String(describing: agreeing["3c"]))")
    }

    /// "**Speed: 4.2 km/s.** Note that some textbooks use the mean radius instead, which gives
    /// **4.4 km/s** here" and "**12.6 kJ**; counted from the boiling point instead, the same water
    /// takes **14.1 kJ**, so either figure may be expected": a second bold value offered under
    /// another convention leaves the part unclear, whichever the key holds.
    @Test func aSecondBoldValueUnderAnotherConvention() {
        for key in [4.2, 4.4] {
            let verdicts = Self.grade("""
                User: 2a?

                Assistant: **(a)** Orbital speed from v = √(GM/r):

                **Speed: 4.2 km/s.** Note that some textbooks use the mean radius instead, which gives **4.4 km/s** here — both are common.
                """, ["2a": .real(RealValue(key))])
            #expect(verdicts["2a"]?.kind == .unclear, "\(key): \(String(describing: verdicts["2a"]))")
        }
        for key in [12.6, 14.1] {
            let verdicts = Self.grade("""
                User: 3b?

                Assistant: (b) The heat needed is 0.5 kg × 4.18 kJ/(kg·K) × 6 K = **12.6 kJ**; counted from the boiling point instead, the same water takes **14.1 kJ**, so either figure may be expected.
                """, ["3b": .real(RealValue(key))])
            #expect(verdicts["3b"]?.kind == .unclear, "\(key): \(String(describing: verdicts["3b"]))")
        }
        // (A second bold that is a step of the same reading still stands alone.)
        let steps = Self.grade("""
            User: 3b?

            Assistant: (b) Per kilogram it is **25.1 kJ**; for the 0.5 kg sample that is **12.6 kJ**.
            """, ["3b": .real(RealValue(12.6))])
        #expect(steps["3b"]?.kind == .correct, "\(String(describing: steps["3b"]))")
    }

    /// "**Mercury is closest**" for "Which planet is closest to the Sun? (A) Venus (B) Mercury
    /// (C) Mars": the one option the bold answer names is the choice; a bold naming two options,
    /// or an answer with a letter of its own, is read as before.
    @Test func aChoiceAnsweredByTheOptionsContent() {
        let questions = ["1c": "Which planet is closest to the Sun?\n(A) Venus\n(B) Mercury\n(C) Mars"]
        let named = Self.grade("User: 1c\n\nAssistant: (c) Comparing the semi-major axes, **Mercury is closest** at 0.39 AU.\n", ["1c": .choice("B")], questions: questions)
        #expect(named["1c"]?.kind == .correct, "\(String(describing: named["1c"]))")
        let wrong = Self.grade("User: 1c\n\nAssistant: (c) Comparing the semi-major axes, **Venus is closest**.\n", ["1c": .choice("B")], questions: questions)
        #expect(wrong["1c"]?.kind == .incorrect, "\(String(describing: wrong["1c"]))")
        let both = Self.grade("User: 1c\n\nAssistant: (c) **Mercury, then Venus**.\n", ["1c": .choice("B")], questions: questions)
        #expect(both["1c"]?.kind != .correct, "\(String(describing: both["1c"]))")
        let lettered = Self.grade("User: 1c\n\nAssistant: (c) **(C)**, since Mercury is not an option I trust here.\n", ["1c": .choice("B")], questions: questions)
        #expect(lettered["1c"]?.kind == .incorrect, "\(String(describing: lettered["1c"]))")
    }

    /// "**Exercise 3.2**" alone on a line, then "1. … **0.25 m**", …, one item per part of 3.2:
    /// the items are the parts in order, not steps (so are items that open on bold titles).
    @Test func numberedItemsUnderABoldExerciseLine() {
        let key: [String: Answer] = ["3.1a": .integer(12), "3.1b": .real(RealValue(0.5)), "3.2a": .real(RealValue(0.25)), "3.2b": .real(RealValue(1.5)), "3.2c": .integer(9)]
        let verdicts = Self.grade("""
            User: 3.1 and 3.2 please

            Assistant:
            **Exercise 3.1**

            1. **Pressure**

               $$p = \\rho g h = 12$$

               Rounded: **12 kPa**

            2. **Ratio**

               The ratio is **0.5**.

            **Exercise 3.2**

            1. h = 0.5 × 0.5 = **0.25 m**
            2. $v = 3 \\times 0.5 = 1.5$; the flow is $= 1.5 \\times 2 =$ **3.0 L/s**
            3. n = 4.5 × 2 = **9**
            """, key)
        #expect(verdicts["3.1a"]?.kind == .correct, "\(String(describing: verdicts["3.1a"]))")
        #expect(verdicts["3.1b"]?.kind == .correct, "\(String(describing: verdicts["3.1b"]))")
        #expect(verdicts["3.2a"]?.kind == .correct, "\(String(describing: verdicts["3.2a"]))")
        #expect(verdicts["3.2c"]?.kind == .correct, "\(String(describing: verdicts["3.2c"]))")
    }
}
