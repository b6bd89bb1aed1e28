import Foundation
@testable import Grade
import Solve
import Testing

/// Families of writing from the twenty-ninth round of independent corpora (`final47/`), each
/// on an example written here.
@Suite("Twenty-ninth-round families")
struct TwentyNinthRoundFamilyTests {
    static func grade(_ text: String, _ key: [String: Answer], questions: [String: String], tolerances: [String: Double] = [:]) -> [String: Verdict] {
        SummaryAndListFamilyTests.grade(text, key, questions: questions, tolerances: tolerances)
    }

    static let questions = ["3a": "How many arrangements are there?", "3b": "What is the expected total?"]

    @Test func aTurnAskingWhetherAValueIsWrongIsAboutThePartThatGaveIt() {
        let verdicts = Self.grade("""
            User: Problem 3, both parts please.

            Assistant: **3(a)** Choosing the seats in order gives 6 · 7 = 42, so there are 42 arrangements.

            **3(b)** By linearity the expected total is 7.5.

            User: my tutor wrote 40 on the board, is 42 wrong?

            Assistant: Let me recount. Two of those seatings are the same rotation, so the count is **40**.
            """, ["3a": .integer(40), "3b": .real(RealValue(7.5))], questions: Self.questions)
        #expect(verdicts["3a"]?.kind == .correct, "\(String(describing: verdicts["3a"]))")
        #expect(verdicts["3b"]?.kind == .correct, "\(String(describing: verdicts["3b"]))")
    }

    @Test func aRestatementAtAnotherPrecisionIsTheSameAnswer() {
        let text = """
            Assistant: ### 1(a) Beat frequency

            $$f = \\frac{v}{2L} = \\frac{343}{0.67} \\approx 511.9\\ \\text{Hz}$$

            ✅ **1(a): f ≈ 512 Hz**
            """
        let verdicts = Self.grade(text, ["1a": .integer(512)], questions: ["1a": "Find the frequency in Hz."], tolerances: ["1a": 0.5])
        #expect(verdicts["1a"]?.kind == .correct, "\(String(describing: verdicts["1a"]))")
        func same(_ a: String, _ b: String) -> Bool {
            FinalAnswer.same(AnswerGrammar.read(a, expecting: .scalar), AnswerGrammar.read(b, expecting: .scalar))
        }
        #expect(same("302.6", "303"))
        #expect(same("1035.5", "1035"))
        // Fewer than three figures, or more than half a unit away: another answer.
        #expect(!same("30.6", "31"))
        #expect(!same("302.6", "300"))
        #expect(!same("302.6", "304"))
    }

    @Test func aTurnOpeningWithABareLabelAsksThatPart() {
        let transcript = TranscriptReader.fromText("""
            Q1: how do I do 1(a)? thin lens f = 20 cm, object 30 cm away, where's the image
            A1: 1/v = 1/20 − 1/30 = 1/60, so v = 60 cm.

            Q2: and (b), the magnification for that
            A2: Inverted and twice as big: −60/30 = −2.

            Q3: (c) 0.5 W lamp, 2 m away, intensity?
            A3: Spread over a sphere: 0.5/(16π) ≈ 0.00995 W/m².

            Q4: (d) and at twice the distance
            A4: A quarter of it, 0.00249 W/m².
            """)
        let parts = PartAttribution(transcript: transcript, partIDs: ["1a", "1b", "1c", "1d", "2a"]).parts
        #expect(parts["1c"]?.map(\.text) == ["Spread over a sphere: 0.5/(16π) ≈ 0.00995 W/m²."])
        #expect(parts["1d"]?.map(\.text) == ["A quarter of it, 0.00249 W/m²."])
    }

    @Test func aSummaryLineNamesItsProblemAndNoteLinesNamingExercisesStateNoValue() {
        let verdicts = Self.grade("""
            Assistant: ## Exercise 4.1

            The pairs multiply out to 12, so the answer is 12.

            ## Exercise 4.2

            Reducing step by step gives 35.

            **Summary**
            - 4.1: 12
            - 4.2: n = 35

            Your file seems to end after Exercise 4.2 (page 2 of 3), so I could not see Exercise 4.3.
            """, ["4.1": .integer(12), "4.2": .integer(35)], questions: ["4.1": "Compute the product.", "4.2": "Find n."])
        #expect(verdicts["4.1"]?.kind == .correct, "\(String(describing: verdicts["4.1"]))")
        #expect(verdicts["4.2"]?.kind == .correct, "\(String(describing: verdicts["4.2"]))")
    }

    @Test func aValueOpeningWithItsProblemsNumberAfterItsLabelKeepsThatNumber() {
        let verdicts = Self.grade("""
            Assistant: **1.** The gauge reads the excess over the atmosphere.

            **2.** The column of water adds ρ g h on top.

            Summary

            **1.** 350 kPa
            **2.** 2 × 10³ Pa
            """, ["1": .integer(350), "2": .integer(2000)], questions: ["1": "Find the gauge pressure in kPa.", "2": "Find the added pressure in Pa."])
        #expect(verdicts["2"]?.kind == .correct, "\(String(describing: verdicts["2"]))")
    }

    @Test func aBareLabelOpeningATurnGivesWayToWhatTheTurnPointsAt() {
        let transcript = TranscriptReader.fromText("""
            User: (a) and (b) please

            Assistant: **(a)** The sum is 12.

            **(b)** The product is 35.

            User: (a) makes sense now, thanks. Are you sure about the last one?

            Assistant: Checking again: 5 · 7 = 35, so the product stays 35.
            """)
        let parts = PartAttribution(transcript: transcript, partIDs: ["a", "b"]).parts
        #expect(parts["a"]?.contains { $0.text.contains("stays 35") } != true)
        for text in ["so the answer is 12 right?", "is 12 correct?"] {
            #expect(PartAttribution.disputedValue.firstMatch(in: text, range: NSRange(text.startIndex..., in: text)) == nil, "\(text)")
        }
        let disputed = "is 157 wrong?"
        #expect(PartAttribution.disputedValue.firstMatch(in: disputed, range: NSRange(disputed.startIndex..., in: disputed)) != nil)
    }

    @Test func aReferenceNamesAnExerciseOrPageAndNotAStepOrEquation() {
        func stripped(_ text: String) -> String { text.replacingOccurrences(of: FinalAnswer.reference, with: "", options: .regularExpression) }
        #expect(stripped("stops after Exercise 5.3 (page 2 of 3)") == "stops after  ()")
        #expect(stripped("step 12") == "step 12")
        #expect(stripped("Equation 2") == "Equation 2")
        #expect(stripped("Problem 2 a = 4") == " a = 4")
    }

    @Test func lettersInParenthesesBetweenAValueAndAnOperatorNameSymbols() {
        let verdicts = Self.grade("""
            Assistant: **1(a)** The entropy is about 1.85 bits.

            **1(b)** Merge the rarest pairs: 0.15 (c) + 0.15 (d) → 0.3; 0.3 (b) + 0.4 (a) → 0.7. The code lengths are (1, 2, 3, 3), so L̄ = 1.9 bits.

            **1(c)** The efficiency is 1.85/1.9 ≈ 0.974.
            """, ["1a": .real(RealValue(1.85)), "1b": .real(RealValue(1.9)), "1c": .real(RealValue(0.974)), "1d": .integer(1)],
            questions: ["1a": "Compute the entropy.", "1b": "Compute the expected code length.", "1c": "Compute the efficiency.", "1d": "Compute the Kraft sum."],
            tolerances: ["1a": 0.005, "1b": 0.005, "1c": 0.0005])
        for part in ["1a", "1b", "1c"] { #expect(verdicts[part]?.kind == .correct, "\(part): \(String(describing: verdicts[part]))") }
    }

    @Test func aFollowUpAboutAValueFoundInAPartAsksSomethingElse() {
        let verdicts = Self.grade("""
            User: problem 1 please

            Assistant: **1(a)** The mean is 4.

            **1(b)** The variance is 2.5.

            User: what's the standard deviation for the variance you found in 1(b)?

            Assistant: √2.5 ≈ 1.58.
            """, ["1a": .integer(4), "1b": .real(RealValue(2.5))], questions: ["1a": "Find the mean.", "1b": "Find the variance."])
        #expect(verdicts["1b"]?.kind == .correct, "\(String(describing: verdicts["1b"]))")
    }

    @Test func valuesQualifiedInParenthesesAndJoinedByOrAreBothOffered() {
        let verdicts = Self.grade("""
            Assistant: **(a)** With both strategies in play the value is p = 0.4 (mixed) or p = 1 (pure).
            """, ["a": .real(RealValue(0.4))], questions: ["a": "Find the equilibrium probability."])
        #expect(verdicts["a"]?.kind == .unclear, "\(String(describing: verdicts["a"]))")
        let single = Self.grade("""
            Assistant: **(a)** So p = 0.4 (exact).
            """, ["a": .real(RealValue(0.4))], questions: ["a": "Find the equilibrium probability."])
        #expect(single["a"]?.kind == .correct, "\(String(describing: single["a"]))")
    }

    @Test func boldValuesAfterLabelsAndChallengesNamingAPartStay() {
        let verdicts = Self.grade("""
            Assistant: (a) 5  (b) **12**  (c) 7
            """, ["a": .integer(5), "b": .integer(12), "c": .integer(7)], questions: ["a": "Find x.", "b": "Find y.", "c": "Find z."])
        for part in ["a", "b", "c"] { #expect(verdicts[part]?.kind == .correct, "\(part): \(String(describing: verdicts[part]))") }
        let challenged = Self.grade("""
            User: problem 2 please

            Assistant: **2(a)** The rate is 0.3.

            **2(b)** The total is 12.

            User: is the answer you gave for 2(a) correct? I got 0.4.

            Assistant: You're right, I slipped: the rate is **0.4**.
            """, ["2a": .real(RealValue(0.4)), "2b": .integer(12)], questions: ["2a": "Find the rate.", "2b": "Find the total."])
        #expect(challenged["2a"]?.kind == .correct, "\(String(describing: challenged["2a"]))")
    }
}
